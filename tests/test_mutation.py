"""Mutation suite: every wrong variant of a written line of the post must be caught.

For every non-start step of the bundled Gaussian MLE derivation (a rewrite or an
equation step) the written line is mutated the way a person mis-copies a line:

- the sign of one term flipped (each ``Add`` argument negated in turn),
- one numeric factor changed (each ``Integer``/``Rational`` factor r -> 2r and r -> r + 1),
- one exponent changed (each ``Pow`` exponent e -> e + 1),
- one term dropped (each ``Add`` argument removed in turn),
- mu and x[n] swapped,
- N replaced by N - 1.

A mutant that is still equal to the original line is not a mistake and is skipped:
equality is decided independently of the engine's checks, by evaluating both
lines with plain sympy at random points (falling back to the engine's normal
form ``_canon.difference`` when a line cannot be evaluated); an equation mutant
is also skipped when both equations have the same solutions (their residuals
differ by a factor that sympy proves finite and non-zero). Every
remaining mutant is checked as step ``i`` of the derivation (``check_step`` on
``derivation.replace(i, mutant)``; a step's check depends only on that step and
the line(s) it refers to) and must not be ``proved``, and must be ``refuted`` with
a concrete counterexample; both rates are printed and must be 100%.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import random
from collections.abc import Callable, Iterator

import numpy as np
import pytest
import sympy as sp

import derivations
from derivations import Step
from derivations.engine import check_step, difference, is_zero, validate
from derivations.engine._sampling import Context
from derivations.symbols import N, mu, n, sigma2, x

# A false step costs the engine a few tenths of a second (its symbolic check and the
# confirmation of the numeric disagreement), so the default run checks 3 mutants per
# step (~140 mutants, ~35 s); DERIVATIONS_MUTANTS_PER_STEP=6 runs the full suite
# (~270 mutants, about twice as long).
MUTANTS_PER_STEP = min(6, int(os.environ.get("DERIVATIONS_MUTANTS_PER_STEP", "3")))
SEED = 20261126

# --------------------------------------------------------------------------- #
# mutation operators: each yields (description, mutated expression)

Path = tuple[int, ...]


def _nodes(e: sp.Basic, path: Path = ()) -> Iterator[tuple[Path, sp.Basic]]:
    """Every node of the tree with its path of argument indices (pre-order)."""
    yield path, e
    if isinstance(e, (sp.Indexed, sp.IndexedBase)) or e.is_Atom:
        return
    for k, a in enumerate(e.args):
        yield from _nodes(a, path + (k,))


def _rebuild(node: sp.Basic, args: list[sp.Basic]) -> sp.Basic:
    if isinstance(node, (sp.Add, sp.Mul, sp.Pow, sp.Function, sp.Equality)):
        return node.func(*args, evaluate=False)
    return node.func(*args)


def _put(e: sp.Basic, path: Path, new: sp.Basic) -> sp.Basic:
    """``e`` with the node at ``path`` replaced by ``new``; everything else as written."""
    if not path:
        return new
    args = list(e.args)
    args[path[0]] = _put(args[path[0]], path[1:], new)
    return _rebuild(e, args)


def _in_limits(e: sp.Basic, path: Path) -> bool:
    """True when ``path`` points into the limits of a Sum/Derivative, not its body."""
    node = e
    for k in path:
        if isinstance(node, (sp.Sum, sp.Derivative)) and k > 0:
            return True
        node = node.args[k]
    return False


def sign_flips(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    for path, node in _nodes(e):
        if isinstance(node, sp.Add):
            for k, t in enumerate(node.args):
                yield f"negate term {t}", _put(e, path + (k,), sp.Mul(-1, t, evaluate=False))


def coefficient_changes(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    for path, node in _nodes(e):
        if isinstance(node, sp.Mul) and not _in_limits(e, path):
            for k, f in enumerate(node.args):
                if isinstance(f, sp.Rational):  # Integer is a Rational
                    for new in (f * 2, f + 1):
                        yield f"coefficient {f} -> {new}", _put(e, path + (k,), new)


def exponent_changes(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    for path, node in _nodes(e):
        if isinstance(node, sp.Pow) and not _in_limits(e, path):
            new = sp.Pow(node.base, node.exp + 1, evaluate=False)
            yield f"exponent {node.exp} -> {node.exp + 1} in {node}", _put(e, path, new)


def dropped_terms(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    for path, node in _nodes(e):
        if isinstance(node, sp.Add):
            for k, t in enumerate(node.args):
                rest = node.args[:k] + node.args[k + 1 :]
                new = rest[0] if len(rest) == 1 else sp.Add(*rest, evaluate=False)
                yield f"drop term {t}", _put(e, path, new)


def swap_mu_x(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    """mu and x[n] exchanged inside every sum over n (outside one, x[n] has no meaning)."""
    sums = [s for s in e.atoms(sp.Sum) if s.has(mu) or s.has(x[n])]
    if sums:
        swapped = {s: s.xreplace({mu: x[n], x[n]: mu}) for s in sums}
        yield "swap mu and x[n]", e.xreplace(swapped)


def n_minus_one(e: sp.Basic) -> Iterator[tuple[str, sp.Basic]]:
    if e.has(N):
        with sp.evaluate(False):
            yield "N -> N - 1", e.xreplace({N: N - 1})


OPERATORS: tuple[Callable[[sp.Basic], Iterator[tuple[str, sp.Basic]]], ...] = (
    sign_flips,
    coefficient_changes,
    exponent_changes,
    dropped_terms,
    swap_mu_x,
    n_minus_one,
)

# --------------------------------------------------------------------------- #
# equality of a mutant and the original, decided without the engine's checks


@functools.lru_cache(maxsize=1024)
def _written_out(e: sp.Basic, size: int) -> sp.Basic:
    """``e`` with N = size and plain sympy doit: sums written out, derivatives taken."""
    return e.xreplace({N: sp.Integer(size)}).doit()


def _concrete(e: sp.Basic, size: int, values: dict) -> complex:
    """Value of ``e`` with N = size at the given values of the symbols and samples."""
    c = _written_out(e, size).xreplace(values)
    return complex(sp.N(c, 30))


def _random_values(rng: np.random.Generator) -> dict:
    values = {mu: sp.Float(rng.normal(0, 2), 30), sigma2: sp.Float(10 ** rng.uniform(-1, 1), 30)}
    values.update({x[i]: sp.Float(rng.normal(0, 2), 30) for i in range(0, 8)})
    return values


POINTS = [
    (size, _random_values(np.random.default_rng(100 + k))) for k, size in enumerate((2, 3, 5))
]


def _close(a: complex, b: complex) -> bool:
    return abs(a - b) <= 1e-20 * max(1.0, abs(a), abs(b))


def _numerically_equal(a: sp.Basic, b: sp.Basic) -> bool:
    """Equal at every random point (raises when a line cannot be evaluated)."""
    return all(_close(_concrete(a, s, v), _concrete(b, s, v)) for s, v in POINTS)


def _same_solutions(a: sp.Eq, b: sp.Eq) -> bool:
    """The two equations' residuals differ by a factor that is finite and non-zero.

    Checked exactly for concrete N with plain sympy: sums are written out,
    derivatives taken, and the ratio of the residuals is cancelled; the factor
    must be provably non-zero and finite under the symbols' assumptions.
    """
    for size in (2, 3):
        ra = (a.lhs - a.rhs).xreplace({N: sp.Integer(size)}).doit()
        rb = (b.lhs - b.rhs).xreplace({N: sp.Integer(size)}).doit()
        if sp.expand(ra) == 0:
            return sp.expand(rb) == 0
        num, den = sp.fraction(sp.cancel(sp.together(rb / ra)))
        if not (num.is_nonzero and den.is_nonzero):
            return False
    return True


#: (line, mutant) pairs the engine's normal form calls equal although they differ
#: numerically: filled while mutants are chosen, asserted empty below.
NORMAL_FORM_DISAGREEMENTS: list[tuple[sp.Basic, sp.Basic]] = []


def equivalent(orig: sp.Basic, mutant: sp.Basic) -> bool:
    """True when the mutant says the same thing as the original line.

    A mutant is skipped when the engine's normal form says it is the original
    (``_canon.difference`` is 0, side by side for an equation) or when it agrees
    with the original at every random point; an equation mutant is also skipped
    when both equations have the same solutions (see :func:`_same_solutions`).
    The two deciders must never contradict each other: a normal form of 0 for
    lines that differ numerically would be an unsound canonicalisation, and is
    recorded (and the mutant kept).
    """
    if isinstance(orig, sp.Equality) != isinstance(mutant, sp.Equality):
        return False
    pairs = (
        [(orig.lhs, mutant.lhs), (orig.rhs, mutant.rhs)]
        if isinstance(orig, sp.Equality)
        else [(orig, mutant)]
    )
    normal_zero = all(difference(p, q) == 0 for p, q in pairs)
    try:
        numeric_equal = all(_numerically_equal(p, q) for p, q in pairs)
    except (TypeError, ValueError, ZeroDivisionError):
        # Not evaluable at our points: the engine's normal form decides alone.
        numeric_equal = None
    if normal_zero and numeric_equal is False:
        NORMAL_FORM_DISAGREEMENTS.append((orig, mutant))
        return False
    if normal_zero or numeric_equal:
        return True
    if numeric_equal is None and all(is_zero(difference(p, q)) is True for p, q in pairs):
        return True
    return isinstance(orig, sp.Equality) and _same_solutions(orig, mutant)


# --------------------------------------------------------------------------- #
# the suite


def mutable_steps(d: derivations.Derivation) -> list[int]:
    return [i for i, s in enumerate(d.steps) if s.relation in ("=", "<=>", "=>")]


def interleaved(orig, operators, seed: str, i: int, variants=None) -> list:
    """Every distinct mutant of ``orig`` as ``(operator, description, mutant)``, taken
    round-robin over the operators (each operator's own list shuffled with ``seed``, the
    starting operator rotated by ``i``) so that a per-step limit samples all kinds."""
    variants = variants or (lambda op, e: op(e))
    seen = {orig}
    by_op: dict[str, list] = {}
    rng = random.Random(seed)
    for op in operators:
        items = []
        for desc, m in variants(op, orig):
            if m not in seen:
                seen.add(m)
                items.append((op.__name__, desc, m))
        rng.shuffle(items)
        if items:
            by_op[op.__name__] = items
    names = sorted(by_op)
    if names:
        k = i % len(names)
        names = names[k:] + names[:k]
    ordered = []
    while any(by_op[name] for name in names):
        for name in names:
            if by_op[name]:
                ordered.append(by_op[name].pop(0))
    return ordered


def mutants(
    d: derivations.Derivation, i: int, limit: int | None = None
) -> list[tuple[str, sp.Basic]]:
    """Up to ``limit`` distinct, well-formed, non-equivalent mutants of step ``i``.

    Deterministic: the candidates of each operator are shuffled with a seed
    derived from the step, and operators take turns starting at a step-dependent
    offset, so that with a small limit every operator is still exercised across
    the post.
    """
    limit = MUTANTS_PER_STEP if limit is None else limit
    orig = d.steps[i].expr
    ordered = interleaved(orig, OPERATORS, f"{SEED}-{i}", i)
    chosen = []
    for op, desc, m in ordered:
        try:
            # Validating the whole post per candidate is slow; the step and the line
            # before it are all that validate() looks at for a non-start step.
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
            continue  # not a well-formed line (the bad-input tests cover these)
        if equivalent(orig, m):
            continue
        chosen.append((f"{op}: {desc}", m))
        if len(chosen) == limit:
            break
    return chosen


@pytest.fixture(scope="module")
def outcomes(post):
    """step index -> [(mutant description, mutant, StepResult)]."""
    # One set of random points for every check, as check_derivation does: the
    # previous line's values are then computed once per step, not once per mutant.
    ctx = Context([s.expr for s in post.steps], np.random.default_rng(0))
    out = {}
    for i in mutable_steps(post):
        out[i] = [(desc, m, check_step(post.replace(i, m), i, ctx)) for desc, m in mutants(post, i)]
    return out


def test_operators_produce_mutants_that_differ_from_the_line():
    with sp.evaluate(False):
        e = sp.Add(
            sp.Mul(sp.Rational(-1, 2), sp.Pow(sigma2, -1)), sp.Sum(sp.Pow(x[n] - mu, 3), (n, 1, N))
        )
    produced = {op.__name__: list(op(e)) for op in OPERATORS}
    for name, ms in produced.items():
        assert ms, f"operator {name} produced nothing on {e}"
        for _, m in ms:
            assert m != e
            assert not _numerically_equal(m, e), (name, m)


def test_equivalence_filter_accepts_rewrites_and_rejects_changes():
    with sp.evaluate(False):
        a = sp.Mul(sp.Pow(sigma2, -1), sp.Sum(x[n] - mu, (n, 1, N)))
        same = sp.Sum(sp.Mul(x[n] - mu, sp.Pow(sigma2, -1)), (n, 1, N))
        other = sp.Mul(sp.Pow(sigma2, -1), sp.Sum(x[n] + mu, (n, 1, N)))
        eq = sp.Eq(0, a)
        eq_scaled = sp.Eq(0, sp.Sum(x[n] - mu, (n, 1, N)))  # times sigma2 > 0: same solutions
        eq_other = sp.Eq(0, sp.Sum(x[n] - 2 * mu, (n, 1, N)))
    assert equivalent(a, same)
    assert not equivalent(a, other)
    assert equivalent(eq, eq_scaled)
    assert not equivalent(eq, eq_other)


def test_normal_form_never_equates_numerically_different_lines(outcomes):
    assert not NORMAL_FORM_DISAGREEMENTS, "\n".join(
        f"{a}  vs  {b}" for a, b in NORMAL_FORM_DISAGREEMENTS
    )


def test_every_mutable_step_gets_mutants(post, outcomes):
    assert len(outcomes) >= 40, "the post has more than 40 rewrite/equation steps"
    empty = [i for i, ms in outcomes.items() if not ms]
    # A line with no sub-term to break would be odd; allow a very few.
    assert len(empty) <= 2, f"steps without a non-equivalent mutant: {empty}"


def _describe(i, desc, m, r) -> str:
    return (
        f"step {i} [{r.step.rule}] {desc}\n    mutant: {m}\n    verdict: {r.verdict} ({r.reason})"
    )


def test_no_mutant_crashes_a_check(outcomes):
    crashed = [
        _describe(i, desc, m, r)
        for i, ms in outcomes.items()
        for desc, m, r in ms
        if r.verdict == "unchecked"
    ]
    assert not crashed, "\n".join(crashed)


def test_no_mutant_is_proved(outcomes):
    survivors = [
        _describe(i, desc, m, r)
        for i, ms in outcomes.items()
        for desc, m, r in ms
        if r.verdict == "proved"
    ]
    assert not survivors, "mutants proved:\n" + "\n".join(survivors)


def test_kill_rate(outcomes, capsys):
    results = [(i, desc, m, r) for i, ms in outcomes.items() for desc, m, r in ms]
    total = len(results)
    not_proved = sum(r.verdict != "proved" for *_, r in results)
    refuted = [(i, d_, m, r) for i, d_, m, r in results if r.verdict == "refuted"]
    with_ce = sum(r.counterexample is not None for *_, r in refuted)
    verdicts: dict[str, int] = {}
    for *_, r in results:
        verdicts[r.verdict] = verdicts.get(r.verdict, 0) + 1
    with capsys.disabled():
        print(
            f"\nmutation suite: {total} non-equivalent mutants over "
            f"{len({i for i, *_ in results})} steps; "
            f"not proved {not_proved}/{total} = {not_proved / total:.1%}; "
            f"refuted with counterexample {with_ce}/{total} = {with_ce / total:.1%}; "
            f"verdicts {verdicts}"
        )
        for i, desc, m, r in results:
            if r.verdict != "refuted":
                print("  not refuted: " + _describe(i, desc, m, r).replace("\n", "\n  "))
    assert total >= 2 * len(outcomes)
    assert not_proved == total
    # Every refuted mutant carries its counterexample.
    assert with_ce == len(refuted)


def test_every_operator_is_exercised(outcomes):
    used = {desc.split(":")[0] for ms in outcomes.values() for desc, *_ in ms}
    assert used == {op.__name__ for op in OPERATORS}


def test_every_mutant_is_refuted_with_a_counterexample(outcomes):
    # The bar: a wrong line is not merely "not proved", the numeric check
    # shows where it fails.
    missed = [
        _describe(i, desc, m, r)
        for i, ms in outcomes.items()
        for desc, m, r in ms
        if r.verdict != "refuted" or r.counterexample is None
    ]
    assert not missed, "mutants without a counterexample:\n" + "\n".join(missed)


def test_refuted_mutants_carry_a_rerunnable_counterexample(outcomes):
    refuted = [r for ms in outcomes.values() for *_, r in ms if r.verdict == "refuted"]
    assert refuted
    for r in refuted:
        ce = r.counterexample
        assert ce is not None and ce, r
        assert "N" in ce and isinstance(ce["N"], int)
        assert "x" in ce and len(ce["x"]) == ce["N"]
