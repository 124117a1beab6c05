"""A display that only states a substitution: ``du = \\frac{2}{t^2 + \\nu} dw``, or ``u = x^2,
\\frac{du}{dx} = 2x, dx = \\frac{du}{2x}`` after "Substitute:".

Such a display is a side remark of the derivation: the row after it that opens with ``=``
goes on from the integral before the substitution, not from ``du``. Taken as the line in
mind, ``= \\frac{\\alpha}{2} \\frac{2}{t^2 + \\nu} \\int w^{...} e^{-w} dw`` was compared with
``d \\cdot u`` (the reader reads ``du`` as ``d`` times ``u``) and refuted (held-out batch 16,
the Student-t post, line 163). Each statement of the display is still checked by itself
(``\\frac{dw}{du} = ...`` is a derivative); the chain goes on past it, as past an aside.

A display is a substitution when every statement of its row is one of

- a differential: a left side ``du`` (``d`` and one letter, ``\\mathrm{d}u``, ``\\,du``) and a
  right side that holds a differential too (``\\frac{du}{2x}``, ``... \\, dw``);
- a derivative of one letter by another (``\\frac{dw}{du} = ...``);
- a letter given a value (``u = x^2``, ``w = \\frac{t^2 + \\nu}{2} u``),

with at least one differential, or at least one letter given a value and prose just before
the display that names a substitution ("substitute", "substitution", "change of variable").
A display of letters given values without such words (``S = \\sum x_i`` then ``= n\\bar x``)
is left as it was: the row after it may well go on from it.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._plans import OWN, STEP, UNCHECKED, LinkPlan
from ._tosympy import evaluating

#: ``du``, ``d u``, ``\\mathrm{d}u``, ``\\operatorname{d} u``, ``\\text{d}u``: a differential.
_DIFF = r"(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*d\s*\}|(?<![A-Za-z\\])d)\s*[A-Za-z]"
_DIFF_ALONE = re.compile(rf"^\s*{_DIFF}\s*$")
_DIFF_IN = re.compile(rf"(?:^|[^A-Za-z\\]){_DIFF}(?![A-Za-z])")
#: ``\\frac{dw}{du}`` (or ``\\frac{d w}{d u}``) written alone: a derivative of one letter.
_DERIV_ALONE = re.compile(rf"^\s*\\[dt]?frac\s*\{{\s*{_DIFF}\s*\}}\s*\{{\s*{_DIFF}\s*\}}\s*$")
#: One letter, maybe Greek, maybe subscripted: what a substitution names.
_LETTER = re.compile(r"^\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$")
#: Spacing commands, which say nothing (``\\quad dx``).
_SPACE = re.compile(r"\\(?:[,;:! ]|q?quad(?![A-Za-z]))")
#: Prose that names a substitution.
_SUBSTITUTE = re.compile(
    r"\b(?:substitut\w*|change\s+(?:of|the)\s+variables?|variable\s+change|changing\s+variables?)",
    re.I,
)


def _kind(texts: tuple, relations: tuple) -> str:
    """What one statement is: "differential", "derivative", "letter" or ""."""
    if len(texts) != 2 or relations != ("=",):
        return ""
    lhs, rhs = (_SPACE.sub(" ", t or "") for t in texts)
    if _DIFF_ALONE.match(lhs or "") and _DIFF_IN.search(rhs or ""):
        return "differential"
    if _DERIV_ALONE.match(lhs or ""):
        return "derivative"
    if _LETTER.match(lhs or "") and rhs and not _DIFF_IN.search(rhs):
        return "letter"
    return ""


def states_a_substitution(pr: Any, fresh: Any = lambda s: True) -> bool:
    """Does the row ``pr`` (a display row, read) only state a substitution (see the module
    docstring)? Then the chain goes on past it. ``fresh`` tells a letter new to the post:
    a substitution brings in a new letter (``u``), it does not put a value in for an old
    one (``\\mu = \\bar x`` after "substituting the estimate")."""
    row = pr.row
    if getattr(row, "sentence", False) or getattr(row, "aside", False):
        return False
    if not pr.ok or not pr.statements:
        return False
    kinds = [_kind(tuple(st.texts), tuple(st.relations)) for st in pr.statements]
    if not all(kinds):
        return False
    if "differential" in kinds:
        return True
    if "letter" not in kinds:
        return False
    if not all(
        isinstance(st.sides[0], sp.Symbol) and fresh(st.sides[0])
        for st, kind in zip(pr.statements, kinds, strict=True)
        if kind == "letter"
    ):
        return False
    return _SUBSTITUTE.search((row.prose or "")[-300:]) is not None


def past_substitution(links: list, line: int, above: int | None) -> None:
    """The row after a substitution display (``line``) opens with a relation: its first link
    compares it with the line before the substitution (``above``, that line's number). The
    author may go on from the substitution instead (``dy = 2x\\,dx``, then ``= 2\\sqrt{y}\\,
    dx``), so a failure there is no refutation; a proof stands (the row equals the line
    before, which is what it claims)."""
    if not links:
        return
    link = links[0]
    where = f"line {above}" if above else "the line before it"
    why = (
        f"the display above (line {line}) only states a substitution: the row is compared "
        f"with {where}, the line before it, and may go on from the substitution instead, "
        "so a difference is no refutation"
    )
    if link.kind == STEP and not link.disputed:
        link.disputed = why
    elif link.kind == OWN and link.verdict == "refuted":
        link.kind, link.verdict, link.counterexample = UNCHECKED, "", None
        link.reason = f"{link.reason}; but {why}"


#: The letter of a differential written in a side (``dw`` -> ``w``).
_DIFF_LETTER = re.compile(
    r"(?:\\(?:mathrm|operatorname|text|textrm)\s*\{\s*d\s*\}|(?<![A-Za-z\\])d)\s*"
    r"(\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])"
)


def _letter(sides_text: str, symbols: set) -> sp.Symbol | None:
    """The one symbol of ``symbols`` a differential in ``sides_text`` is of (``w`` of
    ``\\frac{2}{t^2 + \\nu} dw``); None when there is not exactly one."""
    names = {m.group(1).lstrip("\\") for m in _DIFF_LETTER.finditer(sides_text)}
    if len(names) != 1:
        return None
    (name,) = names
    found = [s for s in symbols if isinstance(s, sp.Symbol) and s.name == name]
    return found[0] if len(found) == 1 else None


def differential_link(names: Any, st: Any) -> LinkPlan | None:
    """The verdict of a statement ``du = g\\,dw`` of a substitution display (None when the
    statement is no differential): ``d(u)/dv = g\\, d(w)/dv`` for the letter ``v`` of the two
    that has no value, the other put in through its value (``u = x^2``, ``du = 2x\\,dx``:
    ``d(x^2)/dx = 2x``). Proved when it simplifies to 0; otherwise unchecked, never refuted
    (the reader reads ``du`` as ``d`` times ``u``: as a product the row would be compared as
    ``d u = 2 x d x``, refuting a correct differential and proving ``du = x\\,dw`` after ``u =
    x w``, ``w = x``)."""
    texts, rels = tuple(st.texts), tuple(st.relations)
    if _kind(texts, rels) != "differential" or len(st.sides) != 2:
        return None
    unread = LinkPlan(
        "=",
        UNCHECKED,
        reason="a differential (d before a letter) whose derivative the reader could not "
        "work out; not compared as a product",
        how="a differential of a substitution",
    )
    lhs, rhs = st.sides
    if lhs is None or rhs is None:
        return unread
    u = _letter(_SPACE.sub(" ", texts[0]), lhs.free_symbols)
    w = _letter(_SPACE.sub(" ", texts[1]), rhs.free_symbols)
    if u is None or w is None or u.name == "d" or w.name == "d":
        return unread
    ds = [s for s in lhs.free_symbols if isinstance(s, sp.Symbol) and s.name == "d"]
    if len(ds) != 1 or not (isinstance(lhs, sp.Mul) and set(lhs.args) == {ds[0], u}):
        return unread
    try:
        with evaluating(True):
            proved = _holds(names, u, w, ds[0], rhs)
    except (TypeError, ValueError, ArithmeticError, RecursionError, AttributeError):
        proved = False
    if not proved:
        return unread
    how = f"the differential: d{u}/d{w} as the substitution gives it"
    return LinkPlan("=", OWN, verdict="proved", reason=how, how=how)


def _holds(names: Any, u: sp.Symbol, w: sp.Symbol, d: sp.Symbol, rhs: sp.Basic) -> bool:
    r"""Does ``du = rhs`` (``rhs`` = g d w) hold: ``d(u)/dv = g\, d(w)/dv`` for the letter
    ``v`` of the two without a value, the other put in through its value?"""
    g = sp.cancel(rhs / (d * w))
    if d in g.free_symbols or g.has(sp.Integral, sp.Sum, sp.Product, sp.Derivative):
        return False
    values = {}
    for s in (u, w):
        value, _ = names.resolve(s)
        values[s] = s if value is None else value
    free = [s for s in (w, u) if values[s] == s]
    g_value, _ = names.resolve(g)
    if not free or u == w or g_value is None:
        return False
    if any(e.has(sp.Integral, sp.Sum, sp.Product) for e in (*values.values(), g_value)):
        return False
    v = free[0]
    claim = sp.diff(values[u], v) - g_value * sp.diff(values[w], v)
    return sp.simplify(claim) == 0
