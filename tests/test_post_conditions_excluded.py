"""A factor that vanishes only at a value the name is known never to take is non-zero.

``\\frac{d \\log L}{d\\theta} = \\frac{n}{\\theta} - \\frac{\\ldots}{1 - \\theta}`` defines the
score where ``\\theta \\ne 0`` and ``\\theta \\ne 1``; multiplying an equation of it by
``1 - \\theta`` is then reversible. Interval arithmetic cannot see that (``\\theta`` may be
on both sides of 1); the root of the factor, 1, is an excluded value. What must hold:

- a linear factor whose root is excluded is non-zero, and so is a product of such;
- a factor whose root is not excluded stays undecided;
- the step that multiplies by ``1 - \\theta`` is proved; multiplying by ``1 - 2\\theta``
  (a root the post does not exclude) is not (it adds a root), and a wrong right side stays
  refuted.
"""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp
from _domains import domains_of as _domains

from derivations.post import check_post

theta = sp.Symbol("theta")
y = sp.IndexedBase("y")
i = sp.Symbol("i", integer=True)


EXCLUDED = (r"\theta \ne 0", r"\theta \ne 1")


@pytest.mark.parametrize(
    "e", [1 - theta, 3 * theta - 3, theta - 1, theta * (1 - theta), (1 - theta) ** 2 / theta]
)
def test_a_factor_with_an_excluded_root_is_non_zero(e):
    assert _domains(*EXCLUDED).is_nonzero(e) is True


@pytest.mark.parametrize("e", [2 - theta, 1 - 2 * theta, theta * (2 - theta), theta**2 - 2])
def test_a_factor_with_a_root_not_excluded_stays_open(e):
    assert _domains(*EXCLUDED).is_nonzero(e) is None


def test_samples_with_an_excluded_value():
    assert _domains("y_i \\ne 2").is_nonzero(y[i] - 2) is True
    assert _domains("y_i \\ne 2").is_nonzero(y[i] - 3) is None


def test_random_linear_factors_are_called_non_zero_only_when_their_root_is_excluded():
    domains = _domains(*EXCLUDED)
    rng = random.Random(3)
    for _ in range(200):
        a, b = rng.choice([-3, -2, -1, 1, 2, 3]), rng.randint(-4, 4)
        root = Fraction(-b, a)
        decided = domains.is_nonzero(a * theta + b)
        assert (decided is True) == (root in (0, 1)), (a, b, decided)


POST = r"""---
title: t
---

The derivative of the log-likelihood, set to zero:

$$\frac{d \log L}{d \theta}=\frac{n}{\theta}-\frac{\sum\limits_{i=1}^{n} x_i}{1-\theta}
+\frac{n}{1-\theta}=0$$

$$\frac{n}{\theta}=\frac{\sum\limits_{i=1}^{n} x_i-n}{1-\theta}$$

Multiplying the equation by $(1-\theta)$

$$LAST$$
"""


def _last(tmp_path, last: str):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("LAST", last))
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


def test_multiplying_by_a_factor_that_cannot_vanish_is_proved(tmp_path):
    row = _last(tmp_path, r"\frac{n(1-\theta)}{\theta}=\sum\limits_{i=1}^{n} x_i-n")
    assert row.verdict == "proved", row.reason


def test_a_false_step_stays_refuted(tmp_path):
    last = r"\frac{n(1-\theta)}{\theta}=\sum\limits_{i=1}^{n} x_i+n"
    assert _last(tmp_path, last).verdict == "refuted"


def test_multiplying_by_a_factor_with_a_new_root_is_not_proved(tmp_path):
    # multiplied by 1 - 2 theta as well: theta = 1/2 is a new root. The row follows from the
    # line above (an implication, as rows with no arrow are read since lead22), so it is not
    # refuted; it is not that equation either, so it is not proved
    last = r"\frac{n(1-\theta)(1-2\theta)}{\theta}=(\sum\limits_{i=1}^{n} x_i-n)(1-2\theta)"
    row = _last(tmp_path, last)
    assert row.verdict == "unchecked" and "adds a root" in row.reason


def test_a_half_integer_root_of_an_integer_name():
    k = sp.Symbol("k", integer=True)
    assert _domains().is_nonzero(2 * k - 1) is True
    assert _domains().is_nonzero(2 * k - 4) is None
    assert _domains("m integer").is_nonzero(2 * sp.Symbol("m") + 1) is True


def test_matrices_are_left_to_the_matrix_checks():
    sigma = sp.MatrixSymbol("Sigma", 2, 2)
    assert _domains(*EXCLUDED).is_nonzero(sp.Trace(sigma) - 1) is None
    assert _domains(*EXCLUDED).is_nonzero(sp.Symbol("s", commutative=False) - 1) is None


@pytest.mark.parametrize(
    "e",
    [
        theta - theta * sp.exp(theta),  # theta (1 - e^theta): both factors signed for theta > 0
        theta * sp.exp(theta) * sp.log(theta + 1) - theta * sp.log(theta + 1),
    ],
    ids=str,
)
def test_a_common_factor_is_taken_out_around_functions(e):
    positive = _domains(r"\theta > 0")
    assert positive.is_nonzero(e) is True
    rng = random.Random(5)
    for _ in range(30):
        assert e.subs(theta, rng.uniform(1e-3, 20)).evalf() != 0
    # theta = 0 is a root: with theta free nothing is decided
    assert _domains().is_nonzero(e) is None
