"""``_arith.proportional`` answers only what it can know (misread61).

It chooses which derivative an equation ``R = 0`` sets to zero: ``R`` is a multiple of the
derivative by a factor free of the samples. It fixed every symbol at one value and varied
only the samples, so for a pair with no samples nothing varied and every pair was
"proportional": in a post with no indexed data, ``k/p - q^2 = 0`` (the derivative by p set
to zero) was tied to the derivative by q written just above it, and the correct row was
refuted. Without samples the ratio must not move when the symbols other than the variable
do; what it cannot tell apart is not a multiple.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._arith import proportional

LL = (
    "The log-likelihood is $\\ell(p, q) = k \\log p + k \\log q - p q^2$.\n\n"
    "$$\\frac{\\partial \\ell}{\\partial p} = \\frac{k}{p} - q^2$$\n\n"
    "$$\\frac{\\partial \\ell}{\\partial q} = \\frac{k}{q} - 2 p q$$\n\n"
)


def _rows(tmp_path: Path, text: str) -> dict[int, str]:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(p, jobs=1).rows}


@pytest.mark.parametrize(
    "zero",
    [
        "Setting the derivative by $p$ to zero:\n\n$$\\frac{k}{p} - q^2 = 0$$\n",
        "Setting the derivatives to zero:\n\n$$\\frac{k}{p} = q^2$$\n",
    ],
)
def test_the_derivative_by_p_set_to_zero_is_not_refuted_as_the_one_by_q(tmp_path, zero):
    verdicts = _rows(tmp_path, LL + zero)
    assert verdicts[9] != "refuted", verdicts


def test_a_false_condition_is_still_not_proved(tmp_path):
    verdicts = _rows(
        tmp_path, LL + "Setting the derivative by $p$ to zero:\n\n$$\\frac{k}{p} = q^3$$\n"
    )
    assert verdicts[9] != "proved", verdicts


a, b, c, x = sp.symbols("a b c x", positive=True)


def _poly(rng: random.Random) -> sp.Expr:
    terms = [a, b, c, a * b, b * c, a**2, c**2, sp.Integer(1)]
    return sum(rng.randint(1, 5) * t for t in rng.sample(terms, 3))


@pytest.mark.parametrize("seed", range(12))
def test_without_samples_only_a_factor_in_the_variable_is_a_multiple(seed):
    """Property: two unrelated polynomials in a, b, c are no multiple of each other; a
    polynomial times a constant, or times a power of the variable, is one."""
    rng = random.Random(seed)
    f, g = _poly(rng), _poly(rng)
    if sp.simplify(f / g).free_symbols - {a}:
        assert not proportional(f, g, a)
    k = rng.randint(2, 9)
    assert proportional(k * f, f, a)
    assert proportional(a**2 * f, f, a)


def test_with_samples_a_factor_in_another_parameter_is_still_allowed():
    """sum (x_i - mu) = 0 is sigma^2 times dl/dmu: a factor free of the samples."""
    xs = sp.IndexedBase("x")
    i = sp.Symbol("i", integer=True, positive=True)
    mu, s2 = sp.symbols("mu sigma2", positive=True)
    n = sp.Symbol("n", integer=True, positive=True)
    residual = sp.Sum(xs[i] - mu, (i, 1, n))
    derivative = sp.Sum(xs[i] - mu, (i, 1, n)) / s2
    assert proportional(residual, derivative, mu)
    other = sp.Sum((xs[i] - mu) ** 2, (i, 1, n)) / (2 * s2**2) - n / (2 * s2)
    assert not proportional(residual, other, s2)


LL_QP = (
    "The log-likelihood is $\\ell(p, q) = k \\log p + k \\log q - p q^2$.\n\n"
    "$$\\frac{\\partial \\ell}{\\partial q} = \\frac{k}{q} - 2 p q$$\n\n"
    "$$\\frac{\\partial \\ell}{\\partial p} = \\frac{k}{p} - q^2$$\n\n"
)


@pytest.mark.parametrize(
    ("first", "zero"),
    [
        (
            LL,
            "Setting the derivative by $p$ to zero and dividing by $q$:\n\n"
            "$$\\frac{k}{p q} - q = 0$$\n",
        ),
        (
            LL_QP,
            "Setting the derivative by $q$ to zero and dividing by $p$:\n\n"
            "$$\\frac{k}{p q} - 2 q = 0$$\n",
        ),
    ],
)
def test_a_condition_tied_to_a_derivative_by_a_guess_is_not_refuted(tmp_path, first, zero):
    """d/dp set to zero and divided by q is a multiple of neither derivative by a factor the
    reader can tell (a factor in the other parameter), so which one it sets to zero is a guess
    (the latest): a failing comparison through that guess is no refutation."""
    verdicts = _rows(tmp_path, first + zero)
    assert verdicts[9] != "refuted", verdicts
