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

from ._passes import derivative_d, mark_applications, match_delimiters, word_subscripts
from ._tokens import LatexError, Slip, delim, tok

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
                out.append(delim(tok(kind, name, r.col), size))
                size = 0
                i += 1
                continue
            if name in _WRAPPERS:
                inner, i = _brace_group(raw, i + 1)
                if name == "mathrm" and _text_of(inner) == "d":
                    out.append(tok("LETTER", "d", r.col))
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
                out.append(tok(kind, f"{_ACCENTS[name]}_{base}", r.col))
                continue
            if name == "mathcal" or name == "mathscr":
                inner, i = _brace_group(raw, i + 1)
                out.append(tok("NAME", f"\\{name}{{{_text_of(inner)}}}", r.col))
                continue
            if name == "ell":
                out.append(tok("NAME", "\\ell", r.col))
                i += 1
                continue
            if name == "operatorname":
                inner, i = _brace_group(raw, i + 1)
                word = _text_of(inner)
                if word in ("argmax", "arg\\,max", "arg max"):
                    out.append(tok("ARGMAX", "argmax", r.col))
                elif word in ("log", "ln", "exp"):
                    out.append(tok(word.upper(), word, r.col))
                else:
                    raise LatexError(f"unknown operator \\operatorname{{{word}}}", r.col)
                continue
            if name == "arg" and i + 1 < len(raw) and raw[i + 1].text == "\\max":
                out.append(tok("ARGMAX", "argmax", r.col))
                i += 2
                continue
            if name == "underset":
                under, j = _brace_group(raw, i + 1)
                over, i = _brace_group(raw, j)
                out.extend(_convert(over))
                out.append(tok("SUB", "_", r.col))
                out.append(tok("LBRACE", "{", r.col))
                out.extend(_convert(under))
                out.append(tok("RBRACE", "}", r.col))
                continue
            if name in _SIMPLE:
                out.append(tok(_SIMPLE[name], name, r.col))
                i += 1
                continue
            if name in GREEK:
                out.append(tok("GREEK", name, r.col))
                i += 1
                continue
            if name in ("infty",):
                out.append(tok("GREEK", name, r.col))
                i += 1
                continue
            raise LatexError(f"unsupported command {t}", r.col)
        if r.kind == "num":
            prev = out[-1].type if out else ""
            if prev in ("FRAC", "CARET", "SUB") and len(t) > 1 and "." not in t:
                # TeX takes one character as an argument: \frac12 is 1/2, x^23 is x^2 * 3.
                take = 2 if prev == "FRAC" else 1
                for k, ch in enumerate(t[:take]):
                    out.append(tok("NUM", ch, r.col + k))
                if t[take:]:
                    out.append(tok("NUM", t[take:], r.col + take))
            else:
                out.append(tok("NUM", t, r.col))
        elif r.kind == "letter":
            out.append(tok("LETTER", t, r.col))
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
            token = tok(kind, t, r.col)
            if kind in ("LPAR", "RPAR"):
                delim(token, size)
            out.append(token)
        size = 0
        i += 1
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
    tokens, slips = match_delimiters(tokens)
    tokens = word_subscripts(tokens)
    tokens = derivative_d(tokens)
    tokens = mark_applications(tokens)
    return tokens, slips
