"""Mutation suite for the library of bundled derivations (``tests/_library_cases.py``).

The operators and the equivalence filter are those of ``tests/test_mutation.py``
(sign flips, changed coefficients and exponents, dropped terms, N -> N - 1),
plus a swap of each parameter with the sample ``x_n`` inside sums (the
Gaussian suite's mu <-> x_n swap, for any parameter). Whether a mutant says
the same as the original line is decided at random points drawn inside each
derivation's domains (``_library_cases.random_values``), with sympy alone, or
by the engine's normal form when a line cannot be evaluated. Every remaining
mutant, checked as step ``i``, must be refuted with a counterexample (100%).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

import numpy as np
import pytest
import sympy as sp
from _library_cases import LIBRARY, PARAMETERS, random_values, symbols_of
from test_mutation import (
    MUTANTS_PER_STEP,
    coefficient_changes,
    dropped_terms,
    exponent_changes,
    interleaved,
    n_minus_one,
    sign_flips,
)

import derivations
from derivations import Step
from derivations.engine import check_step, difference, is_zero, validate
from derivations.engine._domains import Domains
from derivations.engine._sampling import Context
from derivations.symbols import N, n

SEED = 20261201


def parameter_swaps(name: str):
    syms = symbols_of(name)
    x = syms["x"]
    params = [syms[p] for p in PARAMETERS[name]]

    def swap_parameter_x(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
        """Each parameter exchanged with x[n] inside every sum over n."""
        for p in params:
            sums = [s for s in e.atoms(sp.Sum) if s.has(p) or s.has(x[n])]
            if sums:
                swapped = {s: s.xreplace({p: x[n], x[n]: p}) for s in sums}
                yield f"swap {p} and x[n]", e.xreplace(swapped)

    return swap_parameter_x


def operators(name: str):
    return (
        sign_flips,
        coefficient_changes,
        exponent_changes,
        dropped_terms,
        parameter_swaps(name),
        n_minus_one,
    )


@functools.lru_cache(maxsize=4096)
def _written_out(e: sp.Basic, size: int) -> sp.Basic:
    return e.xreplace({N: sp.Integer(size)}).doit()


def _value(e: sp.Basic, size: int, values: dict) -> complex:
    c = _written_out(e, size).xreplace(values)
    v = complex(sp.N(c, 30))
    if v != v:  # nan: the line is not defined there
        raise ValueError("undefined")
    return v


def _points(name: str):
    return [
        (size, random_values(name, np.random.default_rng(100 + k)))
        for k, size in enumerate((2, 3, 5))
    ]


def _close(a: complex, b: complex) -> bool:
    return abs(a - b) <= 1e-20 * max(1.0, abs(a), abs(b))


def _equal_at_points(a, b, points) -> bool:
    return all(_close(_value(a, s, v), _value(b, s, v)) for s, v in points)


def _same_solutions(a: sp.Eq, b: sp.Eq, d) -> bool:
    """The residuals differ by a factor the engine's domains prove finite and non-zero."""
    domains = Domains.of(d)
    for size in (2, 3):
        ra = (a.lhs - a.rhs).xreplace({N: sp.Integer(size)}).doit()
        rb = (b.lhs - b.rhs).xreplace({N: sp.Integer(size)}).doit()
        if sp.expand(ra) == 0:
            return sp.expand(rb) == 0
        num, den = sp.fraction(sp.cancel(sp.together(rb / ra)))
        if not (domains.is_nonzero(num) and domains.is_nonzero(den)):
            return False
    return True


DISAGREEMENTS: list[tuple[str, sp.Basic, sp.Basic]] = []


def equivalent(name, d, orig, mutant, points) -> bool:
    if isinstance(orig, sp.Equality) != isinstance(mutant, sp.Equality):
        return False
    pairs = (
        [(orig.lhs, mutant.lhs), (orig.rhs, mutant.rhs)]
        if isinstance(orig, sp.Equality)
        else [(orig, mutant)]
    )
    normal_zero = all(difference(p, q) == 0 for p, q in pairs)
    try:
        numeric_equal = all(_equal_at_points(p, q, points) for p, q in pairs)
    except (TypeError, ValueError, ZeroDivisionError):
        numeric_equal = None
    if normal_zero and numeric_equal is False:
        DISAGREEMENTS.append((name, orig, mutant))
        return False
    if normal_zero or numeric_equal:
        return True
    if numeric_equal is None and all(_proved_equal(p, q) for p, q in pairs):
        return True
    return isinstance(orig, sp.Equality) and _same_solutions(orig, mutant, d)


def _proved_equal(a: sp.Basic, b: sp.Basic) -> bool:
    try:
        return is_zero(difference(a, b)) is True
    except (StopIteration, RuntimeError):
        # sympy's sum_simplify raises StopIteration on some products of sums
        # (sympy 1.14): undecided, so the mutant is kept.
        return False


def mutants(name: str, d, i: int, points, limit: int = MUTANTS_PER_STEP):
    orig = d.steps[i].expr
    ordered = interleaved(orig, operators(name), f"{SEED}-{name}-{i}", i)
    chosen = []
    for op, desc, m in ordered:
        try:
            validate(
                dataclasses.replace(
                    d,
                    steps=[
                        Step(d.steps[i - 1].expr, "definition", "start"),
                        dataclasses.replace(d.steps[i], expr=m),
                    ],
                )
            )
        except ValueError:
            continue
        if equivalent(name, d, orig, m, points):
            continue
        chosen.append((f"{op}: {desc}", m))
        if len(chosen) == limit:
            break
    return chosen


@pytest.fixture(scope="module", params=LIBRARY)
def outcomes(request):
    name = request.param
    d = derivations.load(name)
    points = _points(name)
    with sp.evaluate(True):
        ctx = Context([s.expr for s in d.steps], np.random.default_rng(0), domains=Domains.of(d))
    out = {}
    for i, s in enumerate(d.steps):
        if s.relation in ("=", "<=>", "=>"):
            out[i] = [
                (desc, m, check_step(d.replace(i, m), i, ctx))
                for desc, m in mutants(name, d, i, points)
            ]
    return name, out


def _describe(i, desc, m, r) -> str:
    return (
        f"step {i} [{r.step.rule}] {desc}\n    mutant: {m}\n    verdict: {r.verdict} ({r.reason})"
    )


def _nowhere_defined(name: str, e: sp.Basic) -> bool:
    """The line has no finite value at any of the test points of the domain."""
    parts = [e.lhs, e.rhs] if isinstance(e, sp.Equality) else [e]
    for size, values in _points(name):
        try:
            if all(abs(_value(p, size, values)) < float("inf") for p in parts):
                return False
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            continue
    return True


def test_every_mutant_is_refuted_with_a_counterexample(outcomes, capsys):
    """Kill rate 100%: no mutant is proved. Every mutant that has a value somewhere on
    the domain is refuted with a counterexample; one defined nowhere (swapping p and
    x_n in log p^x_n with x_n in {0, 1} puts log(0) in every term) cannot have one."""
    name, out = outcomes
    results = [(i, desc, m, r) for i, ms in out.items() for desc, m, r in ms]
    proved = [_describe(*t) for t in results if t[3].verdict == "proved"]
    refuted = [t for t in results if t[3].verdict == "refuted" and t[3].counterexample]
    nowhere = [t for t in results if t not in refuted and _nowhere_defined(name, t[2])]
    with capsys.disabled():
        print(
            f"\n{name}: {len(results)} mutants over {len(out)} steps, killed "
            f"{len(results) - len(proved)}/{len(results)}, refuted with a counterexample "
            f"{len(refuted)}, defined nowhere on the domain {len(nowhere)}"
        )
    assert not proved, "\n".join(proved)
    missed = [_describe(*t) for t in results if t not in refuted and t not in nowhere]
    assert not missed, "\n".join(missed)
    # Most rewrite and equation steps have something to break.
    assert len(results) >= 2 * len(out)
    empty = [i for i, ms in out.items() if not ms]
    assert len(empty) <= 1, f"{name}: steps without a mutant: {empty}"


def test_normal_form_never_equates_numerically_different_lines(outcomes):
    name, _ = outcomes
    mine = [(a, b) for who, a, b in DISAGREEMENTS if who == name]
    assert not mine, "\n".join(f"{a}  vs  {b}" for a, b in mine)
