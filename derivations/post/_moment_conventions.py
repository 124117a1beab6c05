"""Moments of a law whose convention the post leaves open (helper moments29).

``X \\sim \\mathrm{Exp}(\\lambda)`` with no density of ``x`` written, "an exponential with
rate $\\lambda$", ``Y \\sim \\mathrm{Gamma}(k, \\theta)``, ``Geom(p)``, ``N(\\mu, \\sigma)``:
the name means one law under one convention and another under the next (the rate or the
scale, trials or failures, a variance or a deviation), so :func:`._expectation.declared_laws`
gives the variable no law, and ``E[X] = 1/\\lambda`` was "a moment of a variable the post
declares random, which the reader cannot work out". It keeps the law under each
convention instead (``Laws.conventions``), and :func:`readings` compares a row under each:

* proved (the verdict names the convention) when the two sides agree under a convention
  the post's words do not speak against (:func:`._law_table.spoken_for`: "rate" rules
  the scale out, "trials" the count of failures);
* refuted only when they differ under every convention, each at a point of the
  parameters inside every convention's space (positive reals below 1 and whole numbers
  from 2: rates, scales, shapes, probabilities, sizes alike);
* unchecked otherwise, with the convention named that the row fits and the words rule
  out, or the doubt named.

Bounded: at most :data:`MAX_VARIABLES` open variables (so at most nine readings), rows of
at most :data:`MAX_OPS` operations, :data:`POINTS` numeric points, under
:data:`TIME_LIMIT` seconds of CPU; no integral is evaluated (a row that writes one is left
to the reader of integrals).
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
from collections.abc import Container, Mapping
from typing import Any

import sympy as sp

from .. import _budget
from ._law_table import TABLE, describe, spoken_for
from ._tosympy import evaluating

#: Open variables one row may hold (each has two or three conventions).
MAX_VARIABLES = 2
#: A row larger than this (in nodes, both sides) is not weighed.
MAX_OPS = 400
#: Points at which the two sides are compared under each convention.
POINTS = 6
#: CPU seconds for all readings of one row.
TIME_LIMIT = 2.0
#: Relative difference below which two values are taken as one.
_CLOSE = 1e-9
#: Relative difference above which two values are taken as different.
_APART = 1e-6


@dataclasses.dataclass(frozen=True)
class Reading:
    """What a row is under the conventions: ``verdict`` "proved" (``prev``/``written``:
    the sides under the convention that fits, ``how`` naming it), "refuted" (the sides
    under the first convention; every one differs) or "unchecked" (``reason``)."""

    verdict: str
    prev: sp.Basic | None = None
    written: sp.Basic | None = None
    how: str = ""
    reason: str = ""


def _labels(laws: tuple[Any, ...]) -> list[str]:
    """The words of each law's convention (``with {0} the rate``), from the table of
    declared names whose conventions are these families."""
    out = []
    for law in laws:
        label = next(
            (
                describe(c, [str(a) for a in law.args])
                for cs in TABLE.values()
                for c in cs
                if c.family.name == law.family and max(c.order) < len(law.args)
            ),
            law.family,
        )
        out.append(label)
    return out


def _with(laws: Mapping, chosen: Mapping) -> Any:
    """A copy of ``laws`` (its attributes kept) with the ``chosen`` laws added."""
    out = type(laws)(laws)
    out.__dict__.update(getattr(laws, "__dict__", {}))
    out.update(chosen)
    return out


def _compare(a: sp.Basic, b: sp.Basic, rng: random.Random) -> str | None:
    """ "equal" when ``a`` and ``b`` agree at every point, "differs" when they are apart at
    one, None when the points leave it open (a value not a real number)."""
    symbols = sorted((a.free_symbols | b.free_symbols), key=str)
    if any(not isinstance(s, sp.Symbol) for s in symbols):
        return None
    verdict = "equal"
    for _ in range(POINTS):
        env = {
            s: sp.Integer(rng.randint(2, 9))
            if s.is_integer
            else sp.Rational(rng.randint(5, 95), 100)
            for s in symbols
        }
        try:
            x = complex(sp.N(a.xreplace(env), 30))
            y = complex(sp.N(b.xreplace(env), 30))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            return None
        if any(v != v or abs(v) == float("inf") for v in (x, y)):
            return None
        if abs(x.imag) > 1e-12 or abs(y.imag) > 1e-12:
            return None
        gap = abs(x - y) / (1 + abs(x) + abs(y))
        if gap > _APART:
            verdict = "differs"
        elif gap > _CLOSE:
            return None
    return verdict


def readings(
    prev: sp.Basic,
    written: sp.Basic,
    constants: Container,
    laws: Mapping,
    words: frozenset | set,
    linear: Any,
    determined: Any,
    has_expectation: Any,
) -> Reading | None:
    """The row ``prev = written`` under each convention of the open laws it speaks of (see
    the module); None when it speaks of none, a reading leaves a moment without a value,
    or every convention gives the row alike (nothing here to decide).

    ``linear(e, constants, laws)``: the line with its expectations written as moments
    (:func:`._expectation.by_linearity`); ``determined(e)``: no moment left without a value."""
    open_laws = getattr(laws, "conventions", None)
    if not open_laws or written.atoms(sp.Integral) or prev.atoms(sp.Integral):
        return None
    if _size(prev) + _size(written) > MAX_OPS:
        return None
    variables = sorted(open_laws, key=str)
    found: list[tuple[tuple, sp.Basic, sp.Basic]] = []
    try:
        with _budget.time_limit(TIME_LIMIT), evaluating(True):
            base_p = linear(prev, constants, laws) if has_expectation(prev) else prev
            if base_p is None or determined(base_p):
                return None  # no moment of an open law in the line
            spoken = [v for v in variables if _names_variable(base_p, v)]
            if not spoken or len(spoken) > MAX_VARIABLES:
                return None
            for combo in itertools.product(*(open_laws[v] for v in spoken)):
                chosen = _with(laws, dict(zip(spoken, combo, strict=True)))
                lp = linear(prev, constants, chosen) if has_expectation(prev) else prev
                lw = linear(written, constants, chosen) if has_expectation(written) else written
                if lp is None or lw is None or not determined(lp) or not determined(lw):
                    return None
                found.append((combo, lp, lw))
            if len({(lp, lw) for _, lp, lw in found}) == 1:
                return None
            rng = random.Random(29)
            fits = [_compare(lp, lw, rng) for _, lp, lw in found]
    except (_budget.StepTimeout, RecursionError, MemoryError):
        return None
    allowed = []
    for combo, _, _ in found:
        ok = True
        for v, law in zip(spoken, combo, strict=True):
            laws_v = open_laws[v]
            ok = ok and spoken_for(_labels(laws_v), words)[laws_v.index(law)]
        allowed.append(ok)

    def named(combo: tuple) -> str:
        return "; ".join(
            f"{v} {_labels(open_laws[v])[open_laws[v].index(law)]}"
            for v, law in zip(spoken, combo, strict=True)
        )

    if all(fit == "equal" for fit in fits):
        _, lp, lw = found[0]
        how = "by linearity of expectation; the row holds under every convention of the law"
        return Reading("proved", lp, lw, how=how)
    for (combo, lp, lw), fit, ok in zip(found, fits, allowed, strict=True):
        if fit == "equal" and ok:
            how = f"by linearity of expectation, reading the law of {named(combo)}"
            return Reading("proved", lp, lw, how=how)
    fresh = sorted({str(x) for _, lp, lw in found for x in lw.free_symbols - lp.free_symbols})
    if fresh and all(fit != "equal" for fit in fits):
        # -gamma - log(lambda): a name the line above has no value for (Euler's constant
        # or a letter of the post), so a difference is no refutation
        reason = (
            f"{', '.join(fresh)} appears here without a value the reader can use under any "
            "convention of the law, so a difference is no refutation; not checked"
        )
        return Reading("unchecked", reason=reason)
    if all(fit == "differs" for fit in fits):
        _, lp, lw = found[0]
        every = ", ".join(named(c) for c, _, _ in found)
        how = f"by linearity of expectation; the row holds under no convention ({every})"
        return Reading("refuted", lp, lw, how=how)
    against = [named(c) for (c, _, _), fit, ok in zip(found, fits, allowed, strict=True)]
    against = [a for a, fit, ok in zip(against, fits, allowed, strict=True) if fit == "equal"]
    if against:
        reason = (
            f"the row holds with the law read {' or '.join(against)}, which the post's "
            "words speak against; not checked"
        )
    else:
        reason = (
            "the law's convention is not said, and the row is not shown to hold or to fail "
            "under each; not checked"
        )
    return Reading("unchecked", reason=reason)


def _size(e: sp.Basic) -> int:
    """The nodes of ``e``, counted up to just past :data:`MAX_OPS`."""
    n = 0
    for _ in sp.preorder_traversal(e):
        n += 1
        if n > MAX_OPS:
            break
    return n


def _names_variable(e: sp.Basic, v: sp.Basic) -> bool:
    """Does a moment symbol of ``e`` (``E[X**2]``, ``E[X[i]]``) name the variable ``v``?"""
    name = str(getattr(v, "label", v))
    for s in e.free_symbols:
        text = getattr(s, "name", "")
        if text.startswith("E[") and _mentions(text, name):
            return True
    return False


def _mentions(text: str, name: str) -> bool:
    return re.search(rf"(?<![A-Za-z_]){re.escape(name)}(?![A-Za-z])", text) is not None


__all__ = ["MAX_VARIABLES", "Reading", "readings"]
