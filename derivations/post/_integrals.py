"""Where an integral's parts are: limits, integrand and differential (``\\int_a^b f\\,dx``).

TeX marks the end of an integrand only by its differential (``dx``, ``\\mathrm{d}x``,
``\\text{d}\\theta``), so the integrand is everything from the limits to the
differential at the integral's own bracket depth (``\\int_0^1 x + 1\\,dx`` is the
integral of ``x + 1``). Inner integrals take the first differentials
(``\\int\\int f\\,dx\\,dy``: x is the inner variable). A differential written first
(``\\int dx\\, f(x)``) takes the rest of the term, as a sum takes its body.

A region below the sign that names a set the reader can state is its limits
(:func:`_region`): ``\\mathbb{R}``, ``\\mathbb{R}^+``, an interval ``(a, b)`` or
``[0, 1]``, a condition on the variable (``x > 0``, ``0 < x < 1``, ``x \\in (0, 1)``).
An integral with no limits, or over a named space (``\\int_\\Theta``, ``\\int_\\Omega``),
is over where its variable lives: its *support*, which only the whole post can give
(``Parts.lower`` is None; :mod:`._integral_support` reads it). When the whole post
never says where it lives, it is over a range of which nothing is known
(:func:`open_range`). Never an antiderivative: in a derivation of a likelihood
``\\int p(x)\\,dx`` is the integral over the support.

Anything whose reading would be a guess is refused with its column, never read
another way: no differential, a region that is no stated set (``\\int_D``,
``\\int_{y > 0} f\\,dx``), several differentials for one sign, a Stieltjes or measure
differential (``dF(x)``, ``d\\mu(x)``), ``\\iint``. The lexer turns the parts into
tokens (``INT``, the limits, ``INTL`` body ``DIFF`` variable ``INTR``); the grammar's
``integral`` rule and ``_tosympy`` build ``Integral(body, (x, a, b))``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

import sympy as sp

from . import _notation as T
from ._tokens import LatexError

_OPENERS = frozenset(["{", "(", "[", "\\{", "\\lbrace", "\\begin", "\\langle", "\\lvert"])
_CLOSERS = frozenset(["}", ")", "]", "\\}", "\\rbrace", "\\end", "\\rangle", "\\rvert"])
#: Upright wrappers of the letter d of a differential (``\\mathrm{d}x``).
_UPRIGHT = frozenset(["\\mathrm", "\\text", "\\textrm", "\\operatorname", "\\mathit", "\\rm"])
_SPACES = frozenset("\\" + s for s in ("!", ",", ";", ":", " ", "quad", "qquad"))
#: What wraps a whole differential (``\\mathop{dp}``, ``\\text{dx}``).
_WRAPPERS = _UPRIGHT | {"\\mathop"}
_FRACTIONS = frozenset(["\\frac", "\\dfrac", "\\tfrac"])
#: The name of the placeholder limits of an integral over its variable's support.
SUPPORT = "int_over_the_support"
#: The name of the placeholder variable of an integral written without its differential.
UNWRITTEN = "int_variable_unwritten"
_MULTIPLE = {"\\iint": "a double", "\\iiint": "a triple", "\\oint": "a contour"}


@dataclasses.dataclass
class Parts:
    """An integral's raw parts (lists of the lexer's raw tokens) and where it ends.

    ``lower`` and ``upper`` are None for an integral over its variable's support (no
    limits written, or a named space below the sign)."""

    lower: list | None
    upper: list | None
    body: list
    variable: Any  # None: no differential written (see unwritten_variable)
    end: int


def split(raw: list, i: int, group: Any) -> Parts:
    """The parts of the integral whose sign is ``raw[i]``; ``group`` reads a ``{...}``."""
    sign = raw[i]
    if sign.text in _MULTIPLE:
        raise LatexError(f"{_MULTIPLE[sign.text]} integral ({sign.text}) is not read", sign.col)
    scripts, j = _scripts(raw, i + 1, group)
    if "^" in scripts and "_" not in scripts:
        raise LatexError("an integral with only an upper limit is not read", sign.col)
    named = _named_variable(scripts)
    body, var, end = _integrand(raw, j, sign, group, named)
    if "^" in scripts:
        return Parts(scripts["_"], scripts["^"], body, var, end)
    if "_" not in scripts:
        return Parts(None, None, body, var, end)
    region = scripts["_"]
    if var is None and _is_variable_of_body(region, body):
        # \int_x p(x) \log \frac{p(x)}{q(x)}: no differential, the region below the sign
        # is one letter of the integrand, "over all of x": x is the variable
        var = [t for t in region if t.text not in _SPACES and t.text not in "{}"][0]
    if _is_named_space(region) or _is_its_variable(region, var):
        return Parts(None, None, body, var, end)
    if var is None:
        # \int_{\mathbb{R}} e^{-x^2}: a set needs no variable to be limits; \int_{t > 0}
        # e^{-t}: a condition limits a variable, and which letter that is, no
        # differential writes
        found = _set_limits(region, sign)
        if found is None:
            raise LatexError(
                "an integral over a region below its sign without its differential (dx): "
                "which variable the region limits is not written",
                sign.col,
            )
        return Parts(found[0], found[1], body, var, end)
    lower, upper = _region(region, var, sign)
    return Parts(lower, upper, body, var, end)


def _scripts(raw: list, j: int, group: Any) -> tuple[dict[str, list], int]:
    """The sub- and superscript after the sign: ``{...}``, one token, or a font command
    with its argument (``_\\mathbb{R}``)."""
    while j < len(raw) and raw[j].text in ("\\limits", "\\nolimits"):
        j += 1
    scripts: dict[str, list] = {}
    while j < len(raw) and raw[j].text in ("_", "^") and raw[j].text not in scripts:
        key = raw[j].text
        if j + 1 >= len(raw):
            raise LatexError(f"{key} after \\int needs a limit", raw[j].col)
        if raw[j + 1].text == "{":
            scripts[key], j = group(raw, j + 1)
        elif raw[j + 1].text in _FONTS and j + 2 < len(raw) and raw[j + 2].text == "{":
            arg, after = group(raw, j + 2)
            scripts[key], j = raw[j + 1 : after], after
        elif raw[j + 1].text in _FONTS and j + 2 < len(raw):
            scripts[key], j = raw[j + 1 : j + 3], j + 3
        else:
            scripts[key], j = [raw[j + 1]], j + 2
    return scripts, j


def _named_variable(scripts: dict[str, list]) -> Any:
    """The variable the lower limit names (``\\int_{x=0}^{1}``: x), which it then loses;
    None when it names none."""
    lower = [t for t in scripts.get("_", []) if t.text not in _SPACES]
    if "^" not in scripts or len(lower) < 3 or lower[1].text != "=" or not _is_variable(lower[0]):
        return None
    scripts["_"] = lower[2:]
    return lower[0]


def _integrand(raw: list, j: int, sign: Any, group: Any, named: Any) -> tuple[list, Any, int]:
    """The integrand's raw tokens, the differential's variable (``named`` by the limits,
    None when neither writes it), and the index after."""
    body, var, end = _integrand_and_differential(raw, j, sign, group)
    if named is not None and var is not None and var.text != named.text:
        raise LatexError(
            f"the limits name the variable {named.text} and the differential d{var.text}",
            sign.col,
        )
    return body, var or named, end


def _integrand_and_differential(raw: list, j: int, sign: Any, group: Any) -> tuple[list, Any, int]:
    over = _over_differential(raw, j, group)
    if over is not None:
        return over
    found = _differential(raw, j)
    if found is not None and found[0] == j:
        # \int dx\, f(x): the differential first, the integrand is the rest of the term
        _, var, after = found
        stop = _term_end(raw, after)
        body = raw[after:stop]
        if not body or _first_differential(raw, after, stop) is not None:
            raise LatexError("where the integrand after the differential ends is unclear", sign.col)
        return body, var, stop
    at = _own_differential(raw, j)
    if at is None:
        last = _last_factor_differential(raw, j, group)
        return last if last is not None else _without_differential(raw, j, sign)
    start, var, after = at
    if _differential(raw, _skip_spaces(raw, after)) is not None:
        raise LatexError(
            "several differentials after one integral sign (write one \\int per variable)",
            raw[after].col if after < len(raw) else sign.col,
        )
    return raw[j:start], var, after


def _without_differential(raw: list, j: int, sign: Any) -> tuple[list, None, int]:
    """``\\int_a^b e^{tz} e^{-z^2}`` with no ``dz``: the integrand is the rest of its side or
    bracket when that is one term (a sum after the sign does not say where it ends); its
    variable is found later (:func:`unwritten_variable`). A letter d in it may be a
    differential inside a bracket (``\\exp(\\theta x\\, dx)``) or a measure
    (``d(t^k)``): never read as a factor d."""
    stop = _term_end(raw, j)
    end = stop
    while end > j and (raw[end - 1].text in _SPACES or raw[end - 1].text == "\\right"):
        end -= 1
    if end == j or (stop < len(raw) and raw[stop].text not in _CLOSERS):
        raise LatexError(
            "an integral without its differential (dx) after the integrand: where the "
            "integrand ends is not written",
            sign.col,
        )
    if any(t.text == "d" for t in raw[j:end]):
        raise LatexError(
            "an integral without its differential (dx) after the integrand, and a letter d "
            "inside it: whether that d is a differential is not read",
            sign.col,
        )
    return raw[j:end], None, end


# ------------------------------------------------------------------ regions below the sign

#: Font commands a region is written in (``\\mathbb{R}``, ``\\mathcal{X}``).
_FONTS = frozenset(["\\mathbb", "\\mathcal", "\\mathscr", "\\Bbb", "\\mathrm", "\\mathbf"])
#: The names of the reals (``\\mathbb{R}`` is read from its letter).
_REALS = frozenset(["\\R", "\\Reals", "\\reals", "\\RR"])
#: Named spaces: where the variable lives (the parameter space, the sample space).
_SPACES_NAMED = frozenset(["\\Theta", "\\Omega", "\\mathcal{X}", "\\mathcal{Y}", "\\mathcal{T}"])
_LESS = frozenset(["<", "\\lt", "\\le", "\\leq", "\\leqslant", "\\leqq"])
_MORE = frozenset([">", "\\gt", "\\ge", "\\geq", "\\geqslant", "\\geqq"])
#: What makes a half line of the reals positive: ``^+``, ``_{>0}``, ``_{\\ge 0}``.
_POSITIVE = (["+"], [">", "0"], ["\\ge", "0"], ["\\geq", "0"], ["\\gt", "0"])


def _texts(tokens: list) -> list[str]:
    return [t.text for t in tokens if t.text not in _SPACES]


def _is_named_space(region: list) -> bool:
    return "".join(_texts(region)) in _SPACES_NAMED


def _is_variable_of_body(region: list, body: list) -> bool:
    """Is the region below the sign one lower-case letter (Latin or Greek) that the
    integrand holds (``\\int_x p(x) \\log \\frac{p(x)}{q(x)}``)? A capital names a set
    or a random variable (``\\int_X``, ``\\int_\\Omega``), not the variable."""
    written = [t for t in region if t.text not in _SPACES and t.text not in "{}"]
    if len(written) != 1 or not _is_variable(written[0]):
        return False
    name = written[0].text.lstrip("\\")
    if not name.islower():
        return False
    return any(t.text == written[0].text for t in body)


def _is_its_variable(region: list, var: Any) -> bool:
    """``\\int_x dx\\, f``: the region is the integral's own variable, "over all of x";
    ``\\int_X f(x)\\,dx``: the random variable whose values x are, "over where X lives"."""
    written = [t for t in _texts(region) if t not in "{}"]
    return var is not None and written in ([var.text], [var.text.upper()])


def _region(region: list, var: Any, sign: Any) -> tuple[list, list]:
    """The limits (raw tokens) of the set ``region`` names, or a LatexError saying which
    region is not read."""
    found = _set_limits(region, sign) or _condition_limits(region, var, sign)
    if found is None:
        text = " ".join(_texts(region))[:60]
        raise LatexError(
            f"the region {text!r} below the integral sign is not a set the reader can state "
            "as limits (the reals, an interval, or a condition on the variable such as "
            f"{var.text} > 0): write its limits (\\int_a^b)",
            sign.col,
        )
    return found


def _set_limits(region: list, sign: Any) -> tuple[list, list] | None:
    """``\\mathbb{R}``, ``\\mathbb{R}^+`` (``_+``, ``_{>0}``), or an interval ``(a, b)``."""
    toks = [t for t in region if t.text not in _SPACES and t.text not in ("\\left", "\\right")]
    texts = [t.text for t in toks]
    if texts[:1] == ["{"] and texts[-1:] == ["}"] and _closes_at_end(texts):
        toks, texts = toks[1:-1], texts[1:-1]
    reals = _reals_length(texts)
    if reals:
        rest = [x for x in texts[reals:] if x not in ("{", "}")]
        if not rest:
            return [_minus(sign), _infinity(sign)], [_infinity(sign)]
        if rest[:1] in (["^"], ["_"]) and rest[1:] in _POSITIVE:
            return [_zero(sign)], [_infinity(sign)]
        return None
    if len(texts) < 5 or texts[0] not in ("(", "[", "]") or texts[-1] not in (")", "]", "["):
        return None
    commas = [k for k, x in enumerate(texts) if x == "," and _depth(texts, k) == 1]
    if len(commas) != 1:
        return None
    k = commas[0]
    lower, upper = toks[1:k], toks[k + 1 : -1]
    return (lower, upper) if lower and upper else None


def _reals_length(texts: list[str]) -> int:
    if texts[:1] and texts[0] in _REALS:
        return 1
    if texts[:2] == ["\\mathbb", "R"] or texts[:2] == ["\\Bbb", "R"]:
        return 2
    if texts[:4] in (["\\mathbb", "{", "R", "}"], ["\\Bbb", "{", "R", "}"]):
        return 4
    return 0


def _condition_limits(region: list, var: Any, sign: Any) -> tuple[list, list] | None:
    """``x > 0``, ``0 < x < 1``, ``x \\in S``: the limits of the values of the variable."""
    toks = [t for t in region if t.text not in _SPACES]
    texts = [t.text for t in toks]
    if len(texts) > 2 and texts[0] == var.text and texts[1] == "\\in":
        return _set_limits(toks[2:], sign)
    cuts = [k for k, x in enumerate(texts) if (x in _LESS or x in _MORE) and _depth(texts, k) == 0]
    pieces = [toks[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(toks)], strict=True)]
    if not cuts or any(not p for p in pieces):
        return None
    signs = ["<" if texts[k] in _LESS else ">" for k in cuts]
    at = [k for k, p in enumerate(pieces) if [t.text for t in p] == [var.text]]
    if len(at) != 1 or len(set(signs)) != 1 or len(pieces) > 3:
        return None
    if signs[0] == ">":
        pieces, at = pieces[::-1], [len(pieces) - 1 - at[0]]
    if len(pieces) == 3:
        return (pieces[0], pieces[2]) if at == [1] else None
    if at == [0]:
        return [_minus(sign), _infinity(sign)], pieces[1]
    return pieces[0], [_infinity(sign)]


def _depth(texts: list[str], k: int) -> int:
    depth = 0
    for x in texts[:k]:
        if x in _OPENERS or x in ("(", "["):
            depth += 1
        elif x in _CLOSERS or x in (")", "]"):
            depth -= 1
    return depth


def _closes_at_end(texts: list[str]) -> bool:
    """Does the ``{`` at the start close only at the end?"""
    return all(_depth(texts, k) > 0 for k in range(1, len(texts)))


def _infinity(sign: Any) -> Any:
    return dataclasses.replace(sign, kind="cmd", text="\\infty", gap=False)


def _minus(sign: Any) -> Any:
    return dataclasses.replace(sign, kind="punct", text="-", gap=False)


def _zero(sign: Any) -> Any:
    return dataclasses.replace(sign, kind="num", text="0", gap=False)


def _own_differential(raw: list, j: int) -> tuple[int, Any, int] | None:
    """The differential of the integral whose integrand starts at ``j``: the first at
    depth 0 not taken by an inner integral sign."""
    inner = 0
    taken = j  # the tokens of an inner integral's differential are read already
    for k in _level_tokens(raw, j):
        if k < taken:
            continue
        if raw[k].text in ("\\int", "\\intop"):
            inner += 1
            continue
        found = _differential(raw, k)
        if found is None:
            continue
        if inner == 0:
            return found
        inner -= 1
        taken = found[2]
    return None


def _first_differential(raw: list, a: int, b: int) -> int | None:
    for k in range(a, b):
        if _differential(raw, k) is not None:
            return k
    return None


def _term_end(raw: list, j: int) -> int:
    """The end of the term that starts at ``j``: a sign or a closing bracket at depth 0."""
    for k in _level_tokens(raw, j):
        if raw[k].text in _CLOSERS or (raw[k].text in ("+", "-") and k > j):
            return k
    return len(raw)


def _level_tokens(raw: list, j: int) -> Iterator[int]:
    """The indices from ``j`` of the tokens at depth 0 (not inside a bracket opened after
    ``j``), ending with the closing bracket of the group ``j`` is in, if one comes: where
    an integrand or a term may end, and where its differential or its sign may be."""
    depth = 0
    for k in range(j, len(raw)):
        text = raw[k].text
        if text in _OPENERS:
            depth += 1
        elif text in _CLOSERS:
            depth -= 1
            if depth < 0:
                yield k
                return
        elif depth == 0:
            yield k


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
    wrapped = _wrapped_differential(raw, k)
    if wrapped is not None:
        return wrapped
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
    if not _is_variable(var):
        return None
    after = v + 1
    if after < len(raw) and raw[after].text in ("_", "^", "(", "["):
        raise LatexError(
            f"the differential d{var.text} is followed by {raw[after].text!r}: a measure "
            "(dF(x)) or a variable with a script is not read",
            var.col,
        )
    return k, var, after


def _is_variable(r: Any) -> bool:
    return r.kind == "letter" or (r.kind == "cmd" and r.text[1:] in T.GREEK)


def _wrapped_differential(raw: list, k: int) -> tuple[int, Any, int] | None:
    """``\\mathop{dp}``, ``\\text{dx}``, ``\\mathrm{d\\theta}``: the whole differential in
    one upright group."""
    texts = [t.text for t in raw[k : k + 5]]
    if len(texts) < 5 or texts[0] not in _WRAPPERS or texts[1:3] != ["{", "d"] or texts[4] != "}":
        return None
    return (k, raw[k + 3], k + 5) if _is_variable(raw[k + 3]) else None


def _over_differential(raw: list, j: int, group: Any) -> tuple[list, Any, int] | None:
    """``\\frac{dx}{g}``, ``\\frac{x\\,dx}{g}``: a differential ending the numerator of the
    fraction the integrand is. The integrand is the fraction without it (``1`` for an
    empty numerator), and must be the whole term: ``\\frac{dx}{x} e^x`` does not say
    whether e^x is integrated. ``\\frac{dy}{dx}`` (a derivative) is left alone."""
    if j + 1 >= len(raw) or raw[j].text not in _FRACTIONS or raw[j + 1].text != "{":
        return None
    num, after_num = group(raw, j + 1)
    hits = [m for m in range(len(num)) if _differential(num, m) is not None]
    if not hits or after_num >= len(raw) or raw[after_num].text != "{":
        return None
    den, after_den = group(raw, after_num)
    if _first_differential(den, 0, len(den)) is not None or any(t.text == "d" for t in den):
        return None
    _, var, end = _differential(num, hits[-1])
    stop = _skip_spaces(raw, after_den)
    if len(hits) > 1 or _skip_spaces(num, end) != len(num) or not _ends_term(raw, stop):
        raise LatexError(
            "a differential in a fraction's numerator is read only at the numerator's end, "
            "with the fraction the whole integrand (bracket what it multiplies)",
            raw[j].col,
        )
    top = num[: hits[-1]]
    while top and top[-1].text in _SPACES:
        top = top[:-1]
    top = top or [dataclasses.replace(raw[j], kind="num", text="1", gap=False)]
    return [raw[j], raw[j + 1], *top, raw[after_num - 1], *raw[after_num:after_den]], var, after_den


#: What may stand before a bracket that multiplies (not a name applied to it: ``P(dx)``).
_BEFORE_FACTOR = _SPACES | {"}", ")", "]", "\\cdot", "\\times"}


def _last_factor_differential(raw: list, j: int, group: Any) -> tuple[list, Any, int] | None:
    """``v u e^{-bu} \\frac{du}{2v}``, ``(\\lambda u)^{n-2} e^{-\\lambda u} (\\lambda\\,du)``
    (parse60): the integrand's last factor, a fraction whose numerator ends with the
    differential or a bracket whose contents end with it, marks the integrand's end as a
    ``du`` after it would. The integrand is the factors before it times that factor without
    the differential. None when the term has no such last factor, or when its reading would
    be a guess (left to :func:`_without_differential`'s refusal): a letter d elsewhere, a
    derivative ``\\frac{du}{dv}``, a bracket after a name (a measure, ``P(dx)``) or holding
    nothing but the differential or a sum before it."""
    stop = _term_end(raw, j)
    end = stop
    while end > j and (raw[end - 1].text in _SPACES or raw[end - 1].text == "\\right"):
        end -= 1
    if end == j:
        return None
    fraction = _trailing_fraction(raw, j, end, group)
    found = fraction if fraction is not None else _trailing_bracket(raw, j, end)
    if found is None:
        return None
    start, top, var = found
    if any(t.text == "d" for t in raw[j:start]):
        return None
    return [*raw[j:start], *top], var, end


def _trailing_fraction(raw: list, j: int, end: int, group: Any) -> tuple[int, list, Any] | None:
    """The fraction ending at ``end`` whose numerator ends with the differential: where it
    starts, its tokens without the differential, the variable."""
    starts = [k for k in _level_tokens(raw, j) if k < end and raw[k].text in _FRACTIONS]
    if not starts or starts[-1] == j or starts[-1] + 1 >= end or raw[starts[-1] + 1].text != "{":
        return None
    k = starts[-1]
    num, after_num = group(raw, k + 1)
    if after_num >= end or raw[after_num].text != "{":
        return None
    den, after_den = group(raw, after_num)
    before = _previous(raw, j, k)
    if after_den != end or (before is not None and raw[before].text in ("^", "_", "/", "\\over")):
        return None
    hits = [m for m in range(len(num)) if _differential(num, m) is not None]
    if not hits or _first_differential(den, 0, len(den)) is not None:
        return None
    if any(t.text == "d" for t in den):
        return None  # \frac{du}{dv}: a derivative
    _, var, stop = _differential(num, hits[-1])
    if len(hits) > 1 or _skip_spaces(num, stop) != len(num):
        raise LatexError(
            "a differential in a fraction's numerator is read only at the numerator's end, "
            "with the fraction the integrand's last factor",
            raw[k].col,
        )
    top = _factor_before(num[: hits[-1]]) or [
        dataclasses.replace(raw[k], kind="num", text="1", gap=False)
    ]
    return k, [raw[k], raw[k + 1], *top, raw[after_num - 1], *raw[after_num:after_den]], var


def _trailing_bracket(raw: list, j: int, end: int) -> tuple[int, list, Any] | None:
    """The parenthesis ending at ``end`` whose contents are a factor times the differential
    (``(\\lambda\\,du)``): where it starts, the bracket without the differential, the
    variable."""
    if raw[end - 1].text != ")":
        return None
    depth, opener = 0, None
    for k in range(end - 1, j - 1, -1):
        text = raw[k].text
        if text in _CLOSERS:
            depth += 1
        elif text in _OPENERS:
            depth -= 1
            if depth == 0:
                opener = k
                break
    if opener is None or raw[opener].text != "(":
        return None
    start = opener - 1 if opener > j and raw[opener - 1].text == "\\left" else opener
    close = end - 2 if raw[end - 2].text == "\\right" else end - 1
    before = _previous(raw, j, start)
    if start == j or (
        before is not None and raw[before].kind != "num" and raw[before].text not in _BEFORE_FACTOR
    ):
        return None  # P(dx), \pi(d\vartheta): a measure applied, or nothing multiplied
    inner = raw[opener + 1 : close]
    hits = [m for m in range(len(inner)) if _differential(inner, m) is not None]
    if len(hits) != 1:
        return None
    _, var, stop = _differential(inner, hits[0])
    top = _factor_before(inner[: hits[0]])
    signs = [k for k in _level_tokens(top, 0) if top[k].text in ("+", "-")]
    if _skip_spaces(inner, stop) != len(inner) or not top or signs:
        return None
    return start, [raw[opener], *top, raw[end - 1]], var


def _previous(raw: list, j: int, k: int) -> int | None:
    """The index of the last token before ``raw[k]`` from ``j`` on that is no space."""
    k -= 1
    while k >= j and raw[k].text in _SPACES:
        k -= 1
    return k if k >= j else None


def _factor_before(tokens: list) -> list:
    """What multiplies a differential: the tokens before it without the spaces and the
    multiplication sign that end them (``4 \\cdot dt``: ``4``)."""
    while tokens and (tokens[-1].text in _SPACES or tokens[-1].text in ("\\cdot", "\\times")):
        tokens = tokens[:-1]
    return tokens


def _ends_term(raw: list, k: int) -> bool:
    """Does the term end at ``raw[k]`` (the end, a sign, a closing bracket)?"""
    return k >= len(raw) or raw[k].text in ("+", "-", "\\right") or raw[k].text in _CLOSERS


# ------------------------------------------------------------------ over the support

#: What the reason of an integral whose variable's support is not (yet) known says: the
#: rows read again once the whole post's supports are known (:mod:`._integral_support`).
MISSING = "the support of"


def over_support(name: str, ctx: Any, column: int) -> tuple[Any, Any]:
    """The limits of an integral over ``name`` written without them: where ``name`` lives,
    as ``ctx.supports`` gives it (a support, None, or the reason it is not used)."""
    lookup = getattr(ctx, "supports", None)
    found = lookup(name) if lookup is not None else None
    if isinstance(found, str):
        raise LatexError(found, column)
    if found is None and lookup is not None:
        return open_range(name)
    if found is None or not hasattr(found, "lower"):
        raise LatexError(
            f"an integral without limits runs over {MISSING} {name} (where {name} lives), "
            f"which the post does not state (declare the law of {name}, state its range, "
            "or write the limits \\int_a^b); it is not read as an antiderivative",
            column,
        )
    return _bound(found.lower, ctx), _bound(found.upper, ctx)


#: What the reason of an integral whose differential is not written says before the
#: variables of the post's integrals are known: such rows are read again then.
UNNAMED = "which variable an integral without its differential runs over"
#: The reason of a row read before every integral of the post is: an evaluation between two
#: ends (``F |_0^t``) takes its letter from them (``._tosympy.evalrange``).
UNNAMED_END = "which letter an evaluation between two ends (|_a^b) runs over"


def integrated_letter(body: sp.Basic, ctx: Any, waiting: str, column: int, unsaid: str) -> str:
    """The one letter of ``body`` the post integrates over with its differential written
    (``ctx.integration_letters``). Until every row is read that is not known, and the row
    waits with the reason ``waiting`` (read again by ``._integral_support.reread``). None
    or several: the row is not read, with ``unsaid`` (a template for ``{said}``: which
    letters the post integrates over) as the reason."""
    letters = getattr(ctx, "integration_letters", None)
    if letters is None:
        raise LatexError(f"{waiting} is known only once the whole post is read", column)
    names = {s.name for s in getattr(body, "free_symbols", ()) if isinstance(s, sp.Symbol)}
    found = sorted(names & letters)
    if len(found) != 1:
        said = f"several of its letters ({', '.join(found)})" if found else "none of its letters"
        raise LatexError(unsaid.format(said=said), column)
    return found[0]


def unwritten_variable(body: sp.Basic, ctx: Any, column: int) -> sp.Basic:
    """The variable of an integral written without its differential: the one letter of
    ``body`` the post integrates over elsewhere with its differential written
    (``ctx.integration_letters``, None until every row is read). Any other letter is
    a parameter, or the integral's variable is a guess, and the row is not read."""
    unsaid = (
        "an integral without its differential (dx) after the integrand: the post "
        "integrates over {said} elsewhere, so which one this integral runs over is "
        "not written"
    )
    return ctx.symbol(integrated_letter(body, ctx, UNNAMED, column, unsaid))


def _bound(v: Any, ctx: Any) -> Any:
    """A support's bound in the post's own symbols (``theta`` as the post assumes it)."""
    if isinstance(v, sp.Symbol):
        return ctx.symbol(v.name)
    return sp.Integer(v) if isinstance(v, int) else v


class OpenEnd(sp.Symbol):
    """An end of the range of an integral without limits over a variable the post never
    says where it lives: a symbol no row can write, one pair per variable name."""


def open_range(name: str) -> tuple[OpenEnd, OpenEnd]:
    """The ends of the range of ``name`` once the whole post is read and never says where
    it lives. The integral is then compared as one over a fixed range of which nothing is
    known: a step that holds over every range (a constant moved out, a split, a
    derivative under the sign) is proved; a step that fails over some range may hold over
    the author's, so it is never refuted (:func:`open_range_why`)."""
    return OpenEnd(f"start of the range of {name}"), OpenEnd(f"end of the range of {name}")


def open_range_why(exprs: Iterable[Any]) -> str:
    """Why a comparison of ``exprs`` is no refutation ("" when it may be one)."""
    ends = {s.name for e in exprs if isinstance(e, sp.Basic) for s in e.atoms(OpenEnd)}
    names = sorted({n.rpartition(" ")[2] for n in ends})
    if not names:
        return ""
    return (
        f"the post never says where {', '.join(names)} lives: an integral without limits "
        "was read over a range of its variable of which nothing is known, and a step that "
        "fails over some range may hold over the one the author means"
    )
