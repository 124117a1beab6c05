"""Hostile posts: one hostile display row followed by a good one, and whole-post oddities.

Every contract-3 post has the same shape, so line numbers are known::

    1  ---
    2  assume: a > 0; b > 0
    3  ---
    4
    5  $$<hostile row>$$              <- HOSTILE_LINE
    6
    7  Then:
    8
    9  $$\\log(a b) = \\log a + \\log b$$   <- OK_LINE (proved today)

Rows that are megabytes long or nested hundreds deep are generated here rather
than stored; the readable posts are files in ``posts/``.
"""

from __future__ import annotations

from pathlib import Path

from ._contracts import HERE, PostSpec

FRONT = "---\nassume: a > 0; b > 0\n---\n\n"
GOOD_ROW = r"\log(a b) = \log a + \log b"
HOSTILE_LINE = 5
OK_LINE = 9
POSTS = HERE / "posts"


def with_row(row: str, *, display: str = "$$") -> PostSpec:
    """A post whose line 5 is ``row`` in its own display block, then the good row."""
    close = {"$$": "$$", r"\[": r"\]"}[display]
    assert "\n" not in row
    text = f"{FRONT}{display}{row}{close}\n\nThen:\n\n$${GOOD_ROW}$$\n"
    return PostSpec(text, HOSTILE_LINE, OK_LINE, 2)


def with_align(rows: list[str], hostile_index: int) -> PostSpec:
    """An ``align`` block (lines 5...) whose row ``hostile_index`` is the hostile one."""
    body = " \\\\\n".join(rows)
    text = f"{FRONT}$$\\begin{{align}}\n{body}\n\\end{{align}}$$\n\nThen:\n\n$${GOOD_ROW}$$\n"
    n = len(rows)
    # Lines: 5 opens the block, rows on 6 .. 5 + n, 6 + n closes it, then a blank
    # line, "Then:", a blank line and the good row on 6 + n + 4.
    return PostSpec(text, 6 + hostile_index, 6 + n + 4, n + 1)


def with_bytes(row: bytes) -> PostSpec:
    text = FRONT.encode() + b"$$" + row + b"$$\n\nThen:\n\n$$" + GOOD_ROW.encode() + b"$$\n"
    return PostSpec(text, HOSTILE_LINE, OK_LINE, 2)


def nested(open_: str, close: str, depth: int, core: str = "a") -> str:
    return open_ * depth + core + close * depth


def write_post(d: Path, spec: PostSpec) -> Path:
    p = d / spec.name
    if isinstance(spec.text, bytes):
        p.write_bytes(spec.text)
    else:
        p.write_text(spec.text, encoding="utf-8", newline="")
    return p


def line_of(text: str, needle: str) -> int:
    """1-based line of the first occurrence of ``needle``."""
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def static(name: str) -> str:
    return (POSTS / name).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the rows

#: Size bombs: each must come back `unchecked` with a reason naming the limit.
#: (id, row, known problem)
BOMBS: list[tuple[str, str, str]] = [
    ("mu-tower", r"\mu^{10^{10^{10}}} = \mu^{10^{10^{10}}} \cdot 1", "\\mu^{10^{10^{10}}}: 400 s"),
    ("x-tower", r"x^{10^{10^{10}}} = x^{10^{10^{10}}}", "x^{10^{10^{10}}} hangs"),
    ("power-tower-200", nested("2^{", "}", 200, "2") + " = 1", "a power tower 200 deep hangs"),
    ("factorial-of-tower", r"10^{10^{100}}! = 1", "10^{10^{100}}! hangs"),
    ("factorial-1e8", r"100000000! = 1", "100000000! hangs"),
    ("factorial-chain", r"100!!!!!! = 1", ""),
    ("sum-bound-1e12", r"\sum_{n=1}^{1000000000000} n = 1", "the finite sum is written out"),
    ("product-bound-1e12", r"\prod_{n=1}^{1000000000000} n = 1", ""),
    ("power-50-digits", "2^{" + "9" * 50 + "} = 1", "2^{<50 digits>} hangs"),
    ("exp-tower", r"e^{e^{e^{e^{100}}}} = e^{e^{e^{e^{100}}}} + 0", ""),
    ("tiny-fraction", r"\frac{1}{10^{10^{10}}} = 0", ""),
    ("log-of-tower", r"\log(10^{10^{10}}) = 10^{10} \log 10", ""),
    ("binomial-expansion", r"(a + b)^{100000} = (b + a)^{100000}", ""),
    (
        "tower-inside-sum",
        r"\sum_{n=1}^{N} x_{n}^{10^{10^{10}}} = \sum_{n=1}^{N} x_{n}^{10^{10^{10}}}",
        "",
    ),
    (
        "digits-5000",
        "1" * 5000 + " = 1",
        "'Exceeds the limit (4300 digits) for integer string conversion'",
    ),
]

#: Depth and size: each row is a true identity. It must come back proved in time, or
#: `unchecked`/`unparsed` with a reason naming the limit (never a crash or a hang).
DEPTH: list[tuple[str, str, str]] = [
    (
        "braces-800",
        nested("{", "}", 800, "2 a") + " = 2 a",
        "lark RecursionError on braces 800 deep",
    ),
    (
        "flat-sum-800",
        " + ".join(["a"] * 800) + " = 800 a",
        "lark RecursionError on a flat sum of 800",
    ),
    (
        "log-300",
        "0 + " + nested(r"\log(", ")", 300) + " = " + nested(r"\log(", ")", 300),
        "lark RecursionError on 300 nested \\log(",
    ),
    (
        "sqrt-500",
        "0 + " + nested(r"\sqrt{", "}", 500) + " = " + nested(r"\sqrt{", "}", 500),
        "lark RecursionError on 500 nested \\sqrt{",
    ),
    ("parens-1000", nested("(", ")", 1000, "2 a") + " = 2 a", ""),
    ("frac-300", nested(r"\frac{1}{", "}", 300) + " = a", ""),
    ("left-right-300", nested(r"\left(", r"\right)", 300, "2 a") + " = 2 a", ""),
    ("negation-1000", nested("-(", ")", 1000) + " = a", ""),
    ("product-2000", r" \cdot ".join(["a"] * 2000) + " = a^{2000}", ""),
    (
        "symbol-tower-300",
        "1 \\cdot " + nested("a^{", "}", 300) + " = " + nested("a^{", "}", 300),
        "",
    ),
    (
        "sum-nesting-200",
        "0 + "
        + nested(r"\sum_{n=1}^{N} ", "", 200, "x_{n}")
        + " = "
        + nested(r"\sum_{n=1}^{N} ", "", 200, "x_{n}"),
        "",
    ),
    (
        "mixed-nesting-200",
        "0 + "
        + nested(r"\sqrt{\log(\frac{1}{", "})}", 200)
        + " = "
        + nested(r"\sqrt{\log(\frac{1}{", "})}", 200),
        "",
    ),
    (
        "row-20000-terms",
        " + ".join(["a b"] * 20000) + " = 20000 a b",
        "a huge row (RecursionError)",
    ),
]

#: Junk and payloads: each must come back `unparsed` (or unchecked) with a reason.
JUNK: list[tuple[str, str, str]] = [
    ("control-bel", "a \x07 b = a b", ""),
    ("control-ansi-escape", "a \x1b[31m b = a b", ""),
    ("control-nul", "a \x00 b = a b", ""),
    ("tex-input", r"\input{/etc/passwd} = 1", ""),
    ("tex-include", r"\include{secret} = 1", ""),
    ("tex-write18", r"\immediate\write18{touch hostile-pwned} = 1", ""),
    ("tex-def", r"\def\x{a} \x = a", ""),
    ("tex-newcommand", r"\newcommand{\x}{a} \x = a", ""),
    ("tex-catcode", r"\catcode`\^=12 a = a", ""),
    ("tex-csname", r"\csname x\endcsname = 1", ""),
    ("tex-openin-read", r"\openin5=/etc/passwd \read5 to\x \x = 1", ""),
    ("py-import-os", "__import__('os').system('touch hostile-pwned') = 1", ""),
    ("py-subclasses", "().__class__.__bases__[0].__subclasses__() = 1", ""),
    ("py-lambda", "(lambda: 0)() = 0", ""),
    ("py-eval-text", r"\text{eval('__import__(\"os\").system(\"touch hostile-pwned\")')} = 2", ""),
    ("py-sympify-operator", r"\operatorname{sympify}(x) = x", ""),
    ("py-import-in-subscript", r"x_{__import__('os').system('touch hostile-pwned')} = 1", ""),
    ("py-format-string", r"{0.__class__.__init__.__globals__} = 1", ""),
    ("html-script", "<script>alert(1)</script> = 1", ""),
    ("unicode-zero-width-space", "a\u200b + b = b + a", ""),
    ("unicode-rtl-override", "a + b \u202e= b + a", ""),
    ("unicode-cyrillic-a", "\u0430 + b = b + \u0430", ""),
    ("unicode-emoji", "\U0001f4a9 = 1", ""),
    ("unicode-bom-inside-row", "a \ufeff+ b = b + a", ""),
    ("unbalanced-braces", "{{{ a = a", ""),
    ("stray-end-environment", r"a = a \end{align}", ""),
]
