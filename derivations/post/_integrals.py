"""Where an integral's parts are: limits, integrand and differential (``\\int_a^b f\\,dx``).

TeX marks the end of an integrand only by its differential (``dx``, ``\\mathrm{d}x``,
``\\text{d}\\theta``), so the integrand is everything from the limits to the
differential at the integral's own bracket depth (``\\int_0^1 x + 1\\,dx`` is the
integral of ``x + 1``). Inner integrals take the first differentials
(``\\int\\int f\\,dx\\,dy``: x is the inner variable). A differential written first
(``\\int dx\\, f(x)``) takes the rest of the term, as a sum takes its body.

Anything whose reading would be a guess is refused with its column, never read
another way: no differential, no limits (an antiderivative is defined only up to a
constant, so an equation between two is no identity), a region for limits
(``\\int_D``), several differentials for one sign, a Stieltjes or measure
differential (``dF(x)``, ``d\\mu(x)``), ``\\iint``. The lexer turns the parts into
tokens (``INT``, the limits, ``INTL`` body ``DIFF`` variable ``INTR``); the grammar's
``integral`` rule and ``_tosympy`` build ``Integral(body, (x, a, b))``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from . import _notation as T
from ._tokens import LatexError

_OPENERS = frozenset(["{", "(", "[", "\\{", "\\lbrace", "\\begin", "\\langle", "\\lvert"])
_CLOSERS = frozenset(["}", ")", "]", "\\}", "\\rbrace", "\\end", "\\rangle", "\\rvert"])
#: Upright wrappers of the letter d of a differential (``\\mathrm{d}x``).
_UPRIGHT = frozenset(["\\mathrm", "\\text", "\\textrm", "\\operatorname", "\\mathit", "\\rm"])
_SPACES = frozenset("\\" + s for s in ("!", ",", ";", ":", " ", "quad", "qquad"))
_MULTIPLE = {"\\iint": "a double", "\\iiint": "a triple", "\\oint": "a contour"}


@dataclasses.dataclass
class Parts:
    """An integral's raw parts (lists of the lexer's raw tokens) and where it ends."""

    lower: list
    upper: list
    body: list
    variable: Any
    end: int


def split(raw: list, i: int, group: Any) -> Parts:
    """The parts of the integral whose sign is ``raw[i]``; ``group`` reads a ``{...}``."""
    sign = raw[i]
    if sign.text in _MULTIPLE:
        raise LatexError(f"{_MULTIPLE[sign.text]} integral ({sign.text}) is not read", sign.col)
    j = i + 1
    while j < len(raw) and raw[j].text in ("\\limits", "\\nolimits"):
        j += 1
    scripts: dict[str, list] = {}
    while j < len(raw) and raw[j].text in ("_", "^") and raw[j].text not in scripts:
        key = raw[j].text
        if j + 1 >= len(raw):
            raise LatexError(f"{key} after \\int needs a limit", raw[j].col)
        if raw[j + 1].text == "{":
            scripts[key], j = group(raw, j + 1)
        else:
            scripts[key], j = [raw[j + 1]], j + 2
    if len(scripts) < 2:
        where = "only a region below the sign" if "_" in scripts else "no limits"
        raise LatexError(
            f"an integral with {where} is not read: write its limits (\\int_a^b); without "
            "them it is an antiderivative, defined only up to a constant",
            sign.col,
        )
    found = _differential(raw, j)
    if found is not None and found[0] == j:
        # \int dx\, f(x): the differential first, the integrand is the rest of the term
        _, var, after = found
        stop = _term_end(raw, after)
        body = raw[after:stop]
        if not body or _first_differential(raw, after, stop) is not None:
            raise LatexError("where the integrand after the differential ends is unclear", sign.col)
        return Parts(scripts["_"], scripts["^"], body, var, stop)
    at = _own_differential(raw, j)
    if at is None:
        raise LatexError(
            "an integral without its differential (dx) after the integrand: where the "
            "integrand ends is not written",
            sign.col,
        )
    start, var, after = at
    if _differential(raw, _skip_spaces(raw, after)) is not None:
        raise LatexError(
            "several differentials after one integral sign (write one \\int per variable)",
            raw[after].col if after < len(raw) else sign.col,
        )
    return Parts(scripts["_"], scripts["^"], raw[j:start], var, after)


def _own_differential(raw: list, j: int) -> tuple[int, Any, int] | None:
    """The differential of the integral whose integrand starts at ``j``: the first at
    depth 0 not taken by an inner integral sign."""
    depth = 0
    inner = 0
    k = j
    while k < len(raw):
        text = raw[k].text
        if text in _OPENERS:
            depth += 1
        elif text in _CLOSERS:
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and text in ("\\int", "\\intop"):
            inner += 1
        elif depth == 0:
            found = _differential(raw, k)
            if found is not None:
                if inner == 0:
                    return found
                inner -= 1
                k = found[2]
                continue
        k += 1
    return None


def _first_differential(raw: list, a: int, b: int) -> int | None:
    for k in range(a, b):
        if _differential(raw, k) is not None:
            return k
    return None


def _term_end(raw: list, j: int) -> int:
    """The end of the term that starts at ``j``: a sign or a closing bracket at depth 0."""
    depth = 0
    for k in range(j, len(raw)):
        text = raw[k].text
        if text in _OPENERS:
            depth += 1
        elif text in _CLOSERS:
            depth -= 1
            if depth < 0:
                return k
        elif depth == 0 and text in ("+", "-") and k > j:
            return k
    return len(raw)


def _skip_spaces(raw: list, k: int) -> int:
    while k < len(raw) and raw[k].text in _SPACES:
        k += 1
    return k


def _differential(raw: list, k: int) -> tuple[int, Any, int] | None:
    """``(k, variable, index after)`` when a differential starts at ``raw[k]``.

    The letter d (plain, or upright: ``\\mathrm{d}``, ``\\text{d}``), spacing, then one
    letter or Greek letter. A d that is a script (``x^d``) is no differential. A
    variable with a subscript, a power or a bracket after it (``dx_1``, ``dF(x)``,
    ``d\\mu(x)``) is refused: a measure or an unclear variable.
    """
    if k >= len(raw):
        return None
    r = raw[k]
    if k > 0 and raw[k - 1].text in ("_", "^"):
        return None
    if r.kind == "letter" and r.text == "d":
        v = k + 1
    elif r.text in _UPRIGHT and [t.text for t in raw[k + 1 : k + 4]] == ["{", "d", "}"]:
        v = k + 4
    elif r.text in _UPRIGHT and k + 1 < len(raw) and raw[k + 1].text == "d":
        v = k + 2  # \mathrm d\theta: the single-token argument
    else:
        return None
    v = _skip_spaces(raw, v)
    if v >= len(raw):
        return None
    var = raw[v]
    if not (var.kind == "letter" or (var.kind == "cmd" and var.text[1:] in T.GREEK)):
        return None
    after = v + 1
    if after < len(raw) and raw[after].text in ("_", "^", "(", "["):
        raise LatexError(
            f"the differential d{var.text} is followed by {raw[after].text!r}: a measure "
            "(dF(x)) or a variable with a script is not read",
            var.col,
        )
    return k, var, after
