"""Turn one row of LaTeX into a list of tokens for the grammar.

This is the normalisation layer: the notation posts really use is reduced to
a small token vocabulary here, before any parsing.

- Presentation-only commands vanish: ``\\limits``, ``\\displaystyle``, spacing
  (``\\,``, ``\\quad``), and the size of a delimiter (``\\Big(`` is ``(``).
- Delimiters are matched with their size in mind. A sized closer with no
  opener of the same size (``\\big)`` where the open bracket was ``\\Big(``)
  is a *stray* one: TeX prints it, so a reader sees a stray bracket, and here
  it is dropped and reported as a slip with its column, never silently.
- ``\\mathbf{x}`` is ``x`` (bold is typography); ``\\mathcal{LL}``, ``\\ell``
  and other calligraphic names are *named quantities*; ``\\operatorname{argmax}``
  and ``\\underset{t}{\\operatorname{argmax}}`` become an ``ARGMAX`` token.
- A name directly followed by ``(`` is a function application when it is one
  of ``f, g, h``, a named quantity, or when the parenthesis holds a ``|``
  (``p(X|\\theta)``); otherwise the parenthesis multiplies.

Nothing here evaluates text: the output is a list of ``lark.Token``.
"""

from __future__ import annotations

import dataclasses
import re

from lark import Token

GREEK = {
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "varepsilon",
    "zeta",
    "eta",
    "theta",
    "vartheta",
    "iota",
    "kappa",
    "lambda",
    "mu",
    "nu",
    "xi",
    "pi",
    "rho",
    "sigma",
    "tau",
    "upsilon",
    "phi",
    "varphi",
    "chi",
    "psi",
    "omega",
    "Gamma",
    "Delta",
    "Theta",
    "Lambda",
    "Xi",
    "Pi",
    "Sigma",
    "Phi",
    "Psi",
    "Omega",
}
FUNCTION_LETTERS = frozenset("fgh")

# Commands that only change spacing or presentation.
_IGNORED = {
    "limits",
    "nolimits",
    "displaystyle",
    "textstyle",
    "quad",
    "qquad",
    "left",
    "right",
    "middle",
    "nonumber",
    "notag",
    "!",
    ",",
    ";",
    ":",
    " ",
    "big",
    "Big",
    "bigg",
    "Bigg",
    "bigl",
    "bigr",
    "Bigl",
    "Bigr",
    "biggl",
    "biggr",
    "Biggl",
    "Biggr",
    "bigm",
    "Bigm",
}
_SIZES = {
    "big": 1,
    "bigl": 1,
    "bigr": 1,
    "bigm": 1,
    "Big": 2,
    "Bigl": 2,
    "Bigr": 2,
    "Bigm": 2,
    "bigg": 3,
    "biggl": 3,
    "biggr": 3,
    "Bigg": 4,
    "Biggl": 4,
    "Biggr": 4,
    "left": 9,
    "right": 9,
}
_SIMPLE = {
    "frac": "FRAC",
    "dfrac": "FRAC",
    "tfrac": "FRAC",
    "sqrt": "SQRT",
    "sum": "SUM",
    "prod": "PROD",
    "log": "LOG",
    "ln": "LN",
    "exp": "EXP",
    "partial": "PARTIAL",
    "cdot": "MULOP",
    "times": "MULOP",
    "ldots": "DOTS",
    "cdots": "DOTS",
    "dots": "DOTS",
    "mid": "BAR",
    "vert": "BAR",
}
_ACCENTS = {
    "hat": "hat",
    "widehat": "hat",
    "bar": "bar",
    "overline": "bar",
    "tilde": "tilde",
    "widetilde": "tilde",
}
_WRAPPERS = {"mathbf", "boldsymbol", "bm", "mathrm", "mathit", "textbf", "mathbb"}

_TOKEN_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<cmd>\\(?:[A-Za-z]+|.))
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<letter>[A-Za-z])
  | (?P<punct>[{}()\[\]^_+\-*/,|=!<>:'])
    """,
    re.X,
)


@dataclasses.dataclass(frozen=True)
class Slip:
    """A presentation slip found while reading a row (a stray bracket, ...)."""

    column: int
    message: str


class LatexError(ValueError):
    """A row's LaTeX cannot be tokenised; ``column`` points into the row."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


@dataclasses.dataclass
class _Raw:
    kind: str  # "cmd", "num", "letter", "punct"
    text: str
    col: int


def _raw_tokens(text: str) -> list[_Raw]:
    out = []
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            raise LatexError(f"unexpected character {text[pos]!r}", pos)
        kind = m.lastgroup
        if kind != "space":
            out.append(_Raw(kind, m.group(0), pos))
        pos = m.end()
    return out


def _brace_group(raw: list[_Raw], i: int) -> tuple[list[_Raw], int]:
    """The raw tokens inside the ``{...}`` starting at ``raw[i]``, and the index after it."""
    if i >= len(raw) or raw[i].text != "{":
        col = raw[i].col if i < len(raw) else (raw[-1].col if raw else 0)
        raise LatexError("expected '{'", col)
    depth = 0
    for j in range(i, len(raw)):
        if raw[j].text == "{":
            depth += 1
        elif raw[j].text == "}":
            depth -= 1
            if depth == 0:
                return raw[i + 1 : j], j + 1
    raise LatexError("unclosed '{'", raw[i].col)


def _text_of(raw: list[_Raw]) -> str:
    return "".join(r.text for r in raw)


class _Tok(Token):
    """A lark token that can carry the size of a delimiter (``\\Big`` is 2)."""

    size: int = 0


def _tok(kind: str, value: str, col: int) -> Token:
    return _Tok(kind, value, start_pos=col, column=col + 1)


def _delim(t: Token, size: int) -> Token:
    t.size = size  # type: ignore[attr-defined]
    return t


def _convert(raw: list[_Raw]) -> list[Token]:
    """Raw TeX tokens to grammar tokens (before delimiter matching)."""
    out: list[Token] = []
    i = 0
    size = 0  # size of the delimiter that follows a \big/\left command
    while i < len(raw):
        r = raw[i]
        t = r.text
        if r.kind == "cmd":
            name = t[1:]
            if name in _SIZES:
                size = _SIZES[name]
                i += 1
                continue
            if name in _IGNORED:
                i += 1
                continue
            if name in ("{", "}"):
                kind = "LPAR" if name == "{" else "RPAR"
                out.append(_delim(_tok(kind, name, r.col), size))
                size = 0
                i += 1
                continue
            if name in _WRAPPERS:
                inner, i = _brace_group(raw, i + 1)
                if name == "mathrm" and _text_of(inner) == "d":
                    out.append(_tok("LETTER", "d", r.col))
                    continue
                out.extend(_convert(inner))
                continue
            if name in _ACCENTS:
                # \hat{\mu}, \bar{x}: a symbol of its own (an estimate, a mean), named
                # after what is under the accent.
                if i + 1 < len(raw) and raw[i + 1].text == "{":
                    inner, i = _brace_group(raw, i + 1)
                elif i + 1 < len(raw):
                    inner, i = [raw[i + 1]], i + 2
                else:
                    raise LatexError(f"\\{name} needs an argument", r.col)
                base = _text_of(inner).lstrip("\\")
                if not re.fullmatch(r"[A-Za-z]+", base):
                    raise LatexError(f"\\{name}{{{_text_of(inner)}}} is not a plain name", r.col)
                kind = "LETTER" if len(base) == 1 else "GREEK"
                out.append(_tok(kind, f"{_ACCENTS[name]}_{base}", r.col))
                continue
            if name == "mathcal" or name == "mathscr":
                inner, i = _brace_group(raw, i + 1)
                out.append(_tok("NAME", f"\\{name}{{{_text_of(inner)}}}", r.col))
                continue
            if name == "ell":
                out.append(_tok("NAME", "\\ell", r.col))
                i += 1
                continue
            if name == "operatorname":
                inner, i = _brace_group(raw, i + 1)
                word = _text_of(inner)
                if word in ("argmax", "arg\\,max", "arg max"):
                    out.append(_tok("ARGMAX", "argmax", r.col))
                elif word in ("log", "ln", "exp"):
                    out.append(_tok(word.upper(), word, r.col))
                else:
                    raise LatexError(f"unknown operator \\operatorname{{{word}}}", r.col)
                continue
            if name == "arg" and i + 1 < len(raw) and raw[i + 1].text == "\\max":
                out.append(_tok("ARGMAX", "argmax", r.col))
                i += 2
                continue
            if name == "underset":
                under, j = _brace_group(raw, i + 1)
                over, i = _brace_group(raw, j)
                out.extend(_convert(over))
                out.append(_tok("SUB", "_", r.col))
                out.append(_tok("LBRACE", "{", r.col))
                out.extend(_convert(under))
                out.append(_tok("RBRACE", "}", r.col))
                continue
            if name in _SIMPLE:
                out.append(_tok(_SIMPLE[name], name, r.col))
                i += 1
                continue
            if name in GREEK:
                out.append(_tok("GREEK", name, r.col))
                i += 1
                continue
            if name in ("infty",):
                out.append(_tok("GREEK", name, r.col))
                i += 1
                continue
            raise LatexError(f"unsupported command {t}", r.col)
        if r.kind == "num":
            prev = out[-1].type if out else ""
            if prev in ("FRAC", "CARET", "SUB") and len(t) > 1 and "." not in t:
                # TeX takes one character as an argument: \frac12 is 1/2, x^23 is x^2 * 3.
                take = 2 if prev == "FRAC" else 1
                for k, ch in enumerate(t[:take]):
                    out.append(_tok("NUM", ch, r.col + k))
                if t[take:]:
                    out.append(_tok("NUM", t[take:], r.col + take))
            else:
                out.append(_tok("NUM", t, r.col))
        elif r.kind == "letter":
            out.append(_tok("LETTER", t, r.col))
        else:
            kind = {
                "{": "LBRACE",
                "}": "RBRACE",
                "(": "LPAR",
                ")": "RPAR",
                "[": "LPAR",
                "]": "RPAR",
                "^": "CARET",
                "_": "SUB",
                "+": "PLUS",
                "-": "MINUS",
                "*": "MULOP",
                "/": "SLASH",
                ",": "COMMA",
                "|": "BAR",
                "=": "EQ",
                "!": "BANG",
            }.get(t)
            if kind is None:
                raise LatexError(f"unsupported symbol {t!r} inside an expression", r.col)
            tok = _tok(kind, t, r.col)
            if kind in ("LPAR", "RPAR"):
                _delim(tok, size)
            out.append(tok)
        size = 0
        i += 1
    return out


def _word_subscripts(tokens: list[Token]) -> list[Token]:
    """``\\theta_{MLE}``: a subscript that is a word names a symbol, it is not a product."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.type == "SUB" and k + 1 < len(tokens) and tokens[k + 1].type == "LBRACE":
            j = k + 2
            while j < len(tokens) and tokens[j].type == "LETTER":
                j += 1
            if j < len(tokens) and tokens[j].type == "RBRACE" and j - (k + 2) >= 2:
                word = "".join(str(u) for u in tokens[k + 2 : j])
                out.append(t)
                out.append(_tok("LETTER", word, tokens[k + 2].start_pos))
                k = j + 1
                continue
        out.append(t)
        k += 1
    return out


def _match_delimiters(tokens: list[Token]) -> tuple[list[Token], list[Slip]]:
    """Pair brackets by kind and size; drop stray closers and report them."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[Token] = []
    keep: list[Token] = []
    slips: list[Slip] = []
    for t in tokens:
        if t.type == "LPAR":
            stack.append(t)
        elif t.type == "RPAR":
            want = pairs[t.value]
            sz = getattr(t, "size", 0)

            def fits(o: Token, want: str = want, sz: int = sz) -> bool:
                return o.value == want and getattr(o, "size", 0) == sz

            if stack and fits(stack[-1]):
                stack.pop()
            elif any(fits(o) for o in stack):
                inner = stack[-1]
                raise LatexError(
                    f"bracket {_show(inner)} is not closed before {_show(t)}", inner.start_pos
                )
            elif stack and sz == 0 and stack[-1].value == want:
                # A plain ")" closing a sized "\big(" is fine in TeX.
                stack.pop()
            else:
                slips.append(
                    Slip(
                        t.start_pos,
                        f"stray closing {_show(t)} has no matching opening bracket; ignored",
                    )
                )
                continue
        keep.append(t)
    if stack:
        o = stack[-1]
        raise LatexError(f"bracket {_show(o)} is never closed", o.start_pos)
    return keep, slips


_SIZE_NAMES = {1: "\\big", 2: "\\Big", 3: "\\bigg", 4: "\\Bigg", 9: "\\left/\\right"}


def _show(t: Token) -> str:
    return _SIZE_NAMES.get(getattr(t, "size", 0), "") + str(t.value)


def _mark_applications(tokens: list[Token]) -> list[Token]:
    """Retype a name followed by ``(`` as ``FNAME`` when it applies to arguments."""
    out = list(tokens)
    for k, t in enumerate(out[:-1]):
        if out[k + 1].type != "LPAR":
            continue
        is_fn = t.type == "NAME" or (t.type == "LETTER" and t.value in FUNCTION_LETTERS)
        if not is_fn and t.type == "LETTER":
            depth = 0
            for u in out[k + 1 :]:
                if u.type == "LPAR":
                    depth += 1
                elif u.type == "RPAR":
                    depth -= 1
                    if depth == 0:
                        break
                elif u.type == "BAR" and depth == 1:
                    is_fn = True
                    break
        if is_fn:
            out[k] = _tok("FNAME", t.value, t.start_pos)
    return out


def _derivative_d(tokens: list[Token]) -> list[Token]:
    """Read ``\\frac{d}{dx}`` and ``\\frac{d f}{d x}`` with an upright or plain d."""
    out = list(tokens)
    for k in range(len(out) - 5):
        if (
            out[k].type == "FRAC"
            and out[k + 1].type == "LBRACE"
            and out[k + 2].type == "LETTER"
            and out[k + 2].value == "d"
        ):
            # Find the denominator: it must start with d as well.
            depth = 0
            for j in range(k + 1, len(out)):
                if out[j].type == "LBRACE":
                    depth += 1
                elif out[j].type == "RBRACE":
                    depth -= 1
                    if depth == 0:
                        break
            if (
                j + 2 < len(out)
                and out[j + 1].type == "LBRACE"
                and out[j + 2].type == "LETTER"
                and out[j + 2].value == "d"
            ):
                out[k + 2] = _tok("PARTIAL", "d", out[k + 2].start_pos)
                out[j + 2] = _tok("PARTIAL", "d", out[j + 2].start_pos)
    return out


def tokenize(text: str) -> tuple[list[Token], list[Slip]]:
    """Tokens of one expression (one side of a relation) and the slips found.

    Raises
    ------
    LatexError
        For a command or symbol outside the supported notation, or brackets
        that do not pair up.
    """
    tokens = _convert(_raw_tokens(text))
    tokens, slips = _match_delimiters(tokens)
    tokens = _word_subscripts(tokens)
    tokens = _derivative_d(tokens)
    tokens = _mark_applications(tokens)
    return tokens, slips
