"""A function the post defines again in a sentence ("From here on, let $K(x) = 3x$
instead", "Later we set $G(u) = u^3$") after its display definition.

The rows after that sentence may use either value: the author may have changed the
function, or restated it wrongly. Comparing them with the display value proved ``K(2) = 3``
after ``K(x) = 3x`` replaced ``K(x) = x + 1``, and refuted ``K(2) = 6`` (adversarial set 11,
pairs 197, 238). So a sentence that gives the function another value leaves it without one
from there on (the builder forgets it); a sentence restating the same function (``K(t) = 1 +
t``) changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from .. import _budget
from .._forms import evaluated
from ._tosympy import NamedApplied, evaluating

#: Words that set a value apart as another one ("In the second model", "We now work with").
_ANOTHER = re.compile(
    r"\b(?:second|third|another|new|alternative|other|different|instead|"
    r"work\s+with|consider|turn\s+to|switch\w*|version|variant)\b",
    re.I,
)

#: Entries of two vector values compared one by one, at most.
_MAX_ENTRIES = 16

#: CPU seconds one comparison of the two values may take (unsure past it).
_SECONDS = 1.0

#: Points the two values are compared at: a restatement agrees at every one.
_POINTS = (sp.Rational(3, 7), sp.Rational(11, 5), sp.Rational(-5, 13))


def _differ_at(diff: sp.Basic, symbols: list[sp.Symbol], k: int) -> bool | None:
    """Is ``diff`` non-zero with its symbols at the ``k``-th shifted points? ``None`` when
    it does not evaluate to a number within :data:`_SECONDS` of CPU time.

    Read while the post is built, outside any step's limit: ``evalf`` of a difference
    holding an integral took 6 s a point (held-out yaqidai, lead69), and longer with an
    unknown function in it, which no point makes a number (it is unsure at once now)."""
    at = {s: _POINTS[(k + j) % len(_POINTS)] + j for j, s in enumerate(symbols)}
    try:
        with _budget.time_limit(_SECONDS), evaluating(True):
            value = diff.xreplace(at)
            if value.free_symbols or value.atoms(AppliedUndef):
                return None
            number = evaluated(value).evalf(15)
            if not number.is_number or number.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
                return None
            # (complex() of an unevaluated power can recurse without end: unsure, not a crash)
            return abs(complex(number)) > 1e-9
    except (TypeError, ValueError, ArithmeticError, RecursionError, _budget.StepTimeout):
        return None


def _shape(value: sp.Basic) -> tuple[int, ...]:
    """A matrix's shape; () for anything else (a number, an expression)."""
    return tuple(value.shape) if isinstance(value, sp.MatrixBase) else ()


def gives_another_value(head: sp.Basic, old: sp.Basic | None, new: sp.Basic) -> bool:
    """Does ``new``, the value a sentence gives the function ``head`` (``K(x)``), define it
    anew and differ from ``old``, the value it had there? A definition is written at
    letters and depends on them: ``L(\\theta_0) = 1`` and ``h(1) = e^2`` state values at
    points, and are no new definitions. Unsure counts as different: the function is then
    left without a value, which proves and refutes nothing."""
    args = getattr(head, "args", ())
    if old is None or old == new or not args:
        return False
    if not all(isinstance(a, sp.Symbol) for a in args) or not new.free_symbols & set(args):
        return False
    # A vector after a number (t(x) = x, then t(x) = (x^2, x)), or one of another shape, is
    # another value: sympy cannot subtract them (a TypeError here crashed check-post from a
    # sentence, and from a display row kept the old value, which then proved t(2) = 2).
    if _shape(old) != _shape(new):
        return True
    try:
        diff = old - new
    except (TypeError, ValueError, ArithmeticError, AttributeError):
        return True  # unsure counts as different
    if isinstance(diff, sp.MatrixBase):
        if len(diff) > _MAX_ENTRIES:
            return True  # (bounded: a long vector is compared no further, unsure)
        diffs = list(diff)
        symbols = sorted(set().union(*(d.free_symbols for d in diffs)), key=str)
        return any(
            _differ_at(d, symbols, k) is not False for d in diffs for k in range(len(_POINTS))
        )
    symbols = sorted(diff.free_symbols, key=str)
    # the first point that is not a clear "equal" decides: unsure counts as different
    return any(_differ_at(diff, symbols, k) is not False for k in range(len(_POINTS)))


def second_value(pr: Any, head: sp.Basic, old: sp.Basic | None, new: sp.Basic | None) -> bool:
    """SOUNDB (adversarial set 14, pairs 50, 56): is the display row ``pr``, ``head = new``
    alone (``g(x) = x^3``, one relation), a second, different value of a function whose
    value is ``old`` (``x^2``), where the words before it did not say "let", "define" ...
    (``._redefining``)? "In the second model", "We now work with": a new definition or a
    restatement with a slip, the words do not say which. Compared as a restatement, the new
    value was refuted, and the row after it proved from either value."""
    if new is None or old is None or not isinstance(head, NamedApplied):
        return False
    if len(getattr(pr, "statements", ())) != 1 or len(getattr(pr, "sides", ())) != 2:
        return False  # f(x) = R = S: a chain, whose first link is a restatement
    # Only after words that announce something other (the last sentence before the row):
    # a restatement the words do not set apart ("Proof.", "so it sums to", none) is still
    # compared - that is where a slip in the derivation is caught (held-out: 4 mistakes).
    prose = (getattr(pr.row, "prose", "") or "")[-300:]
    last = re.split(r"[.!?:](?:\s|$)", prose.rstrip(" \t\n:"))[-1]
    if _ANOTHER.search(last) is None:
        return False
    return gives_another_value(head, old, new)


def second_value_reason(name: str) -> str:
    return (
        f"gives {name} a second value, which differs from the one above: a new definition or "
        f"a restatement with a slip (the words do not say which), so it is not compared, and "
        f"{name} has no value after it (a row that uses it is checked against neither)"
    )
