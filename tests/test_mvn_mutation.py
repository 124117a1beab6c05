"""Mutation suite for the multivariate derivation: every wrong variant of a line is caught.

As ``tests/test_mutation.py`` does for the scalar post, every rewrite or
equation step of ``gaussian-mvn-mle`` gets mutants - a line mis-copied the way
a person mis-copies matrix algebra:

- the sign of one term flipped, one term dropped,
- one numeric factor changed (r -> 2r, r -> r + 1), one exponent changed,
- one transpose or one inverse dropped,
- two factors of a matrix product swapped (matrices do not commute),
- mu and x_n swapped inside a sum, N replaced by N - 1.

A mutant that is not well typed (a product of matrices of the wrong shapes) is
not a line and is skipped, as is one that says the same as the original (the
matrix normal form and the numbers at random points both say so; a mutant on
which they disagree is kept and recorded). Every remaining mutant, checked as
step ``i``, must not be ``proved``; the kill rate and the refuted rate are
printed.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterator

import numpy as np
import pytest
import sympy as sp
from test_mutation import interleaved

import derivations
from derivations import Step
from derivations.engine import check_step, validate
from derivations.engine._domains import Domains
from derivations.engine._matrix_expr import MatrixSum, Scalar, VectorSample
from derivations.engine._matrix_normal import Unsupported, matrix_normal
from derivations.engine._matrix_symbolic import symbolic_check
from derivations.engine._normal import is_zero
from derivations.engine._sampling import Context

NAME = "gaussian-mvn-mle"
MUTANTS_PER_STEP = min(6, int(os.environ.get("DERIVATIONS_MUTANTS_PER_STEP", "3")))
SEED = 20261201

Path = tuple[int, ...]


def _nodes(e: sp.Basic, path: Path = ()) -> Iterator[tuple[Path, sp.Basic]]:
    yield path, e
    if e.is_Atom or isinstance(e, (VectorSample, sp.MatrixSymbol)):
        return
    for k, a in enumerate(e.args):
        yield from _nodes(a, path + (k,))


def _rebuild(node: sp.Basic, args: list[sp.Basic]) -> sp.Basic:
    if isinstance(node, (sp.Add, sp.Mul, sp.Pow, sp.Function, sp.Equality)):
        return node.func(*args, evaluate=False)
    return node.func(*args)


def _put(e: sp.Basic, path: Path, new: sp.Basic) -> sp.Basic:
    if not path:
        return new
    args = list(e.args)
    args[path[0]] = _put(args[path[0]], path[1:], new)
    return _rebuild(e, args)


def _variants(op, e):
    """The operator's mutants that can be built at all (a Scalar of a non-1 x 1 product
    cannot: such a mutant is not a line)."""
    gen = op(e)
    while True:
        try:
            yield next(gen)
        except StopIteration:
            return
        except (TypeError, ValueError):
            continue


def _in_limits(e: sp.Basic, path: Path) -> bool:
    node = e
    for k in path:
        if isinstance(node, (sp.Sum, sp.Product, MatrixSum, sp.Derivative)) and k > 0:
            return True
        node = node.args[k]
    return False


def sign_flips(e):
    for path, node in _nodes(e):
        if isinstance(node, (sp.Add, sp.MatAdd)):
            for k, t in enumerate(node.args):
                neg = (
                    sp.MatMul(-1, t)
                    if isinstance(node, sp.MatAdd)
                    else sp.Mul(-1, t, evaluate=False)
                )
                yield f"negate term {t}", _put(e, path + (k,), neg)


def dropped_terms(e):
    for path, node in _nodes(e):
        if isinstance(node, (sp.Add, sp.MatAdd)) and len(node.args) > 1:
            for k, t in enumerate(node.args):
                rest = node.args[:k] + node.args[k + 1 :]
                new = rest[0] if len(rest) == 1 else _rebuild(node, list(rest))
                yield f"drop term {t}", _put(e, path, new)


def coefficient_changes(e):
    for path, node in _nodes(e):
        if isinstance(node, (sp.Mul, sp.MatMul)) and not _in_limits(e, path):
            for k, f in enumerate(node.args):
                if isinstance(f, sp.Rational):
                    for new in (f * 2, f + 1):
                        yield f"coefficient {f} -> {new}", _put(e, path + (k,), new)


def exponent_changes(e):
    for path, node in _nodes(e):
        if isinstance(node, sp.Pow) and not _in_limits(e, path):
            new = sp.Pow(node.base, node.exp + 1, evaluate=False)
            yield f"exponent {node.exp} -> {node.exp + 1}", _put(e, path, new)


def transpose_or_inverse_dropped(e):
    for path, node in _nodes(e):
        if isinstance(node, (sp.Transpose, sp.Inverse)):
            yield f"drop the {type(node).__name__.lower()} of {node.arg}", _put(e, path, node.arg)


def factors_swapped(e):
    for path, node in _nodes(e):
        if isinstance(node, sp.MatMul):
            mats = [k for k, a in enumerate(node.args) if getattr(a, "is_Matrix", False)]
            for a, b in zip(mats, mats[1:], strict=False):
                args = list(node.args)
                args[a], args[b] = args[b], args[a]
                yield f"swap {node.args[a]} and {node.args[b]}", _put(e, path, sp.MatMul(*args))


def swap_mu_x(e):
    mu = next((m for m in e.atoms(sp.MatrixSymbol) if str(m.name) == "mu"), None)
    xs = [v for v in e.atoms(VectorSample)]
    if mu is None or not xs:
        return
    xn = xs[0]
    sums = [s for s in e.atoms(sp.Sum, MatrixSum) if s.has(mu) and s.has(xn)]
    if sums:
        swapped = {s: s.xreplace({mu: xn, xn: mu}) for s in sums}
        yield "swap mu and x_n", e.xreplace(swapped)


def n_minus_one(e):
    from derivations.symbols import N

    if e.has(N):
        yield "N -> N - 1", e.xreplace({N: sp.Add(N, -1, evaluate=False)})


OPERATORS: tuple[Callable[[sp.Basic], Iterator[tuple[str, sp.Basic]]], ...] = (
    sign_flips,
    dropped_terms,
    coefficient_changes,
    exponent_changes,
    transpose_or_inverse_dropped,
    factors_swapped,
    swap_mu_x,
    n_minus_one,
)

# --------------------------------------------------------------------------- well typed?


class IllTyped(ValueError):
    pass


def shape(e: sp.Basic):
    """The shape of a matrix expression (None for a number); IllTyped when shapes clash."""
    if isinstance(e, (sp.MatrixSymbol, VectorSample, sp.Identity, sp.ZeroMatrix)):
        return e.shape
    if isinstance(e, sp.Equality):
        a, b = shape(e.lhs), shape(e.rhs)
        if a is not None and b is not None and a != b:
            raise IllTyped("an equation between different shapes")
        return None
    if isinstance(e, (sp.MatMul, sp.Mul)):
        current = None
        for a in e.args:
            s = shape(a)
            if s is None:
                continue
            if current is not None:
                if isinstance(e, sp.Mul) and not isinstance(e, sp.MatMul):
                    raise IllTyped("two matrices in a product of numbers")
                if current[1] != s[0]:
                    raise IllTyped(f"{current} times {s}")
                current = (current[0], s[1])
            else:
                current = s
        return current
    if isinstance(e, (sp.MatAdd, sp.Add)):
        shapes = [shape(a) for a in e.args]
        mats = {s for s in shapes if s is not None}
        if len(mats) > 1:
            raise IllTyped("adding different shapes")
        if mats and any(s is None and a != 0 for s, a in zip(shapes, e.args, strict=False)):
            raise IllTyped("a number added to a matrix")
        return mats.pop() if mats else None
    if isinstance(e, sp.Transpose):
        s = shape(e.arg)
        return (s[1], s[0])
    if isinstance(e, (sp.Inverse, sp.Determinant, sp.Trace)):
        s = shape(e.arg)
        if s is None or s[0] != s[1]:
            raise IllTyped("not square")
        return s if isinstance(e, sp.Inverse) else None
    if isinstance(e, Scalar):
        if shape(e.matrix) != (1, 1):
            raise IllTyped("not 1 x 1")
        return None
    if isinstance(e, (MatrixSum, sp.Sum)):
        return shape(e.function)
    if isinstance(e, sp.Derivative):
        inner = shape(e.expr)
        v = e.variables[0]
        if getattr(v, "is_Matrix", False):
            if inner is not None:
                raise IllTyped("a derivative of a matrix by a matrix")
            return v.shape
        return inner
    for a in e.args:
        s = shape(a)
        if s is not None and s != (1, 1):
            raise IllTyped(f"a matrix inside {type(e).__name__}")
    return None


# --------------------------------------------------------------------------- equivalence

DISAGREEMENTS: list[tuple[sp.Basic, sp.Basic]] = []


def equivalent(orig: sp.Basic, mutant: sp.Basic, ctx: Context, domains: Domains) -> bool:
    if isinstance(orig, sp.Equality) != isinstance(mutant, sp.Equality):
        return False
    pairs = (
        [(orig.lhs, mutant.lhs), (orig.rhs, mutant.rhs)]
        if isinstance(orig, sp.Equality)
        else [(orig, mutant)]
    )
    try:
        normal_equal = all(_normal_equal(a, b, domains) for a, b in pairs)
    except Unsupported:
        normal_equal = None
    numbers = Context([orig, mutant], np.random.default_rng(5), domains=domains)
    numeric_equal = all(
        numbers.agree(a, b, k)[0] for a, b in pairs for k in range(len(numbers.points))
    )
    if normal_equal and not numeric_equal:
        DISAGREEMENTS.append((orig, mutant))
        return False
    if normal_equal or (normal_equal is None and numeric_equal):
        return True
    if isinstance(orig, sp.Equality):
        return symbolic_check(orig, mutant, "<=>", domains).status == "pass"
    return False


def _normal_equal(a, b, domains) -> bool:
    sa, va, _ = matrix_normal(a, domains)
    sb, vb, _ = matrix_normal(b, domains)
    return sa == sb and is_zero(sp.expand(va - vb)) is True


# --------------------------------------------------------------------------- the suite


@pytest.fixture(scope="module")
def mvn():
    return derivations.load(NAME)


def mutable_steps(d) -> list[int]:
    return [i for i, s in enumerate(d.steps) if s.relation in ("=", "<=>", "=>")]


def mutants(d, i: int, domains: Domains, ctx: Context) -> list[tuple[str, sp.Basic]]:
    orig = d.steps[i].expr
    ordered = interleaved(orig, OPERATORS, f"{SEED}-{i}", i, variants=_variants)
    chosen = []
    for op, desc, m in ordered:
        try:
            shape(m)
            validate(
                dataclasses.replace(
                    d,
                    steps=[
                        Step(d.steps[i - 1].expr, "definition", "start"),
                        dataclasses.replace(d.steps[i], expr=m),
                    ],
                )
            )
        except (IllTyped, ValueError, TypeError, AttributeError):
            continue
        if equivalent(orig, m, ctx, domains):
            continue
        chosen.append((f"{op}: {desc}", m))
        if len(chosen) == MUTANTS_PER_STEP:
            break
    return chosen


@pytest.fixture(scope="module")
def outcomes(mvn):
    domains = Domains.of(mvn)
    with sp.evaluate(True):
        ctx = Context([s.expr for s in mvn.steps], np.random.default_rng(0), domains=domains)
        out = {}
        for i in mutable_steps(mvn):
            out[i] = [
                (desc, m, check_step(mvn.replace(i, m), i, ctx))
                for desc, m in mutants(mvn, i, domains, ctx)
            ]
    return out


def _describe(i, desc, m, r) -> str:
    return (
        f"step {i} [{r.step.rule}] {desc}\n    mutant: {m}\n    verdict: {r.verdict} ({r.reason})"
    )


def test_normal_form_never_equates_numerically_different_lines(outcomes):
    assert not DISAGREEMENTS, "\n".join(f"{a}  vs  {b}" for a, b in DISAGREEMENTS)


def test_every_mutable_step_gets_mutants(mvn, outcomes):
    assert len(outcomes) >= 40
    empty = [i for i, ms in outcomes.items() if not ms]
    assert len(empty) <= 3, f"steps without a non-equivalent mutant: {empty}"


def test_no_mutant_is_proved_and_the_kill_rate(outcomes, capsys):
    results = [(i, desc, m, r) for i, ms in outcomes.items() for desc, m, r in ms]
    total = len(results)
    killed = sum(r.verdict != "proved" for *_, r in results)
    refuted = [r for *_, r in results if r.verdict == "refuted"]
    verdicts: dict[str, int] = {}
    for *_, r in results:
        verdicts[r.verdict] = verdicts.get(r.verdict, 0) + 1
    with capsys.disabled():
        print(
            f"\nmvn mutation suite: {total} non-equivalent mutants over {len(outcomes)} steps; "
            f"killed (not proved) {killed}/{total} = {killed / total:.1%}; refuted with a "
            f"counterexample {len(refuted)}/{total} = {len(refuted) / total:.1%}; "
            f"verdicts {verdicts}"
        )
        for i, desc, m, r in results:
            if r.verdict != "refuted":
                print("  not refuted: " + _describe(i, desc, m, r).replace("\n", "\n  "))
    survivors = [_describe(i, d_, m, r) for i, d_, m, r in results if r.verdict == "proved"]
    assert not survivors, "mutants proved:\n" + "\n".join(survivors)
    assert all(r.counterexample is not None for r in refuted)


def test_no_mutant_crashes_a_check(outcomes):
    crashed = [
        _describe(i, desc, m, r)
        for i, ms in outcomes.items()
        for desc, m, r in ms
        if r.verdict == "unchecked" and "failed" in r.reason
    ]
    assert not crashed, "\n".join(crashed)


def test_every_operator_is_exercised(outcomes):
    used = {desc.split(":")[0] for ms in outcomes.values() for desc, *_ in ms}
    assert used == {op.__name__ for op in OPERATORS}
