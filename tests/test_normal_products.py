"""Products over an index in the symbolic check's normal form, and rewrites on a line's domain."""

from __future__ import annotations

import random
from fractions import Fraction

import pytest
import sympy as sp

from derivations.assumptions import Domain
from derivations.engine._domains import Domains
from derivations.engine._normal import linearize_products, normal
from derivations.post import check_post

p, q, s = sp.symbols("p q s")
n = sp.Symbol("n", integer=True, positive=True)
i = sp.Symbol("i", integer=True)
x = sp.IndexedBase("x")
UNIT = Domains(
    {
        p: Domain("p", lower=Fraction(0), lower_strict=True, upper=Fraction(1), upper_strict=True),
        s: Domain("s", lower=Fraction(0), lower_strict=True),
    }
)


def _prod(body):
    return sp.Product(body, (i, 1, n))


def _same(a, b) -> bool:
    return sp.expand(normal(a, UNIT) - normal(b, UNIT)) == 0


def _value(e, n_value: int, xs: list[float], at: dict) -> complex:
    """``e`` with n, the samples and the parameters put in, products and sums written out."""
    e = e.subs(n, n_value).doit()
    e = e.subs({x[k + 1]: v for k, v in enumerate(xs)}).subs(at)
    return complex(e.evalf())


@pytest.mark.parametrize(
    ("product", "closed"),
    [
        # the geometric likelihood
        (_prod(p * (1 - p) ** (x[i] - 1)), p**n * (1 - p) ** (sp.Sum(x[i], (i, 1, n)) - n)),
        # the Gaussian likelihood's exponentials
        (
            _prod(sp.exp(-((x[i] - q) ** 2) / (2 * s)) / sp.sqrt(2 * sp.pi * s)),
            (2 * sp.pi * s) ** (-n / 2) * sp.exp(-sp.Sum((x[i] - q) ** 2, (i, 1, n)) / (2 * s)),
        ),
        # a constant factor and an integer power
        (_prod(3 * x[i] ** 2), 3**n * _prod(x[i]) ** 2),
    ],
)
def test_a_product_and_its_closed_form_have_one_normal_form(product, closed):
    assert _same(product, closed)
    # ... and they are equal: at random points, products and sums written out.
    rng = random.Random(1)
    for _ in range(3):
        k = rng.randint(1, 4)
        xs = [rng.uniform(1, 4) for _ in range(k)]
        at = {p: rng.uniform(0.1, 0.9), q: rng.uniform(-1, 1), s: rng.uniform(0.5, 2)}
        a, b = _value(product, k, xs, at), _value(closed, k, xs, at)
        assert abs(a - b) <= 1e-9 * max(1, abs(a))


def test_a_wrong_closed_form_keeps_a_different_normal_form():
    assert not _same(_prod(p * (1 - p) ** x[i]), p**n * (1 - p) ** (sp.Sum(x[i], (i, 1, n)) - n))
    assert not _same(_prod(2 * x[i]), 2 * _prod(x[i]))


def test_a_base_that_may_be_zero_is_not_moved_into_the_exponent():
    # prod_i q^(x_i) = q^(sum_i x_i) needs one log q for every factor: q != 0.
    e = _prod(q ** x[i])
    assert linearize_products(e, [], UNIT).has(sp.Product)
    assert not linearize_products(_prod(p ** x[i]), [], UNIT).has(sp.Product)


def test_constant_factors_record_the_count_condition():
    conds: list = []
    linearize_products(_prod(3 * x[i]), conds, UNIT)
    assert conds == [sp.GreaterThan(n, 0, evaluate=False)]


def _row(tmp_path, tex: str, assume: str = ""):
    path = tmp_path / "identity.md"
    front = f"---\nassume: {assume}\n---\n\n" if assume else ""
    path.write_text(f"{front}$$\n{tex}\n$$\n", encoding="utf-8")
    (row,) = check_post(path).rows
    return row


def test_a_post_rewrites_on_the_domain_of_the_line_above(tmp_path):
    # log(1/a) is real only for a > 0, where it is -log(a).
    assert _row(tmp_path, r"\log\left(\frac{1}{a}\right) = -\log(a)").verdict == "proved"
    # log(a^2) is real for a < 0 too, where 2 log(a) is not. With a undeclared, such a
    # point is outside the written line's domain (tests/test_engine_real_analysis.py: a
    # correct multinomial row was refuted on the same ground): never proved, the
    # condition a > 0 it needs is named as open.
    row = _row(tmp_path, r"\log(a^2) = 2 \log(a)")
    assert row.verdict in ("plausible", "unchecked")
    assert any("a > 0" in c for c in row.open_conditions)
    # Declared as any real number, a < 0 is in its domain: refuted there.
    declared = _row(tmp_path, r"\log(a^2) = 2 \log(a)", assume=r"-1 < a < 1")
    assert declared.verdict == "refuted"
    # And a false rewrite is still refuted.
    assert _row(tmp_path, r"\log\left(\frac{1}{a}\right) = \log(a)").verdict == "refuted"


def test_a_product_that_a_split_log_uncovers_becomes_a_sum_of_logs():
    # log(a / prod_i f_i) splits into log a - log prod_i f_i only after the logs are
    # expanded; that product's log is then a sum of logs, as the Poisson posts write it.
    pos = Domains(
        {
            p: Domain(
                "p", lower=Fraction(0), lower_strict=True, upper=Fraction(1), upper_strict=True
            ),
            x: Domain("x", sample=True, lower=Fraction(0), integer=True),
        }
    )
    fact = sp.factorial(x[i])
    quotient = sp.log(p / _prod(fact))
    split = sp.log(p) - sp.Sum(sp.log(fact), (i, 1, n))
    assert sp.expand(normal(quotient, pos) - normal(split, pos)) == 0
    # Without positivity of the factors the product's log stays whole.
    wrong = sp.log(p) - sp.Sum(sp.log(x[i] - 2), (i, 1, n))
    other = sp.log(p / _prod(x[i] - 2))
    assert sp.expand(normal(other, pos) - normal(wrong, pos)) != 0


def test_a_poisson_post_with_the_log_of_a_product_of_factorials_is_proved(tmp_path):
    # A lone row: x_i! says the x_i are counts (no definition row says it), so no
    # counterexample is drawn at non-integer x_i, where Gamma is negative.
    row_text = (
        r"\ln\left(\frac{e^{-n\theta}\theta^{\sum_{i=1}^n x_i}}{\prod_{i=1}^n x_i!}\right)"
        r" = -n\theta + \left(\sum_{i=1}^n x_i\right)\ln\theta - \sum_{i=1}^n \ln(x_i!)"
    )
    path = tmp_path / "poisson.md"
    path.write_text(f"For $\\theta > 0$:\n\n$$\n{row_text}\n$$\n", encoding="utf-8")
    row = check_post(path).rows[-1]
    assert row.verdict == "proved"
    # Without theta > 0 the left side's log may be of a negative number: not proved,
    # and never refuted at a point outside the counts.
    (row,) = check_post(_write(tmp_path, row_text)).rows
    assert row.verdict == "plausible"
    # A wrong split is still refuted, at counts.
    wrong = row_text.replace(r"- \sum_{i=1}^n \ln(x_i!)", r"+ \sum_{i=1}^n \ln(x_i!)")
    (row,) = check_post(_write(tmp_path, wrong)).rows
    assert row.verdict == "refuted"
    assert all(float(v) == int(float(v)) >= 0 for v in row.counterexample["x"])


def _write(tmp_path, tex: str):
    path = tmp_path / "lone.md"
    path.write_text(f"$$\n{tex}\n$$\n", encoding="utf-8")
    return path


def test_the_log_of_a_product_is_split_before_it_is_differentiated():
    """``d/dp log prod_i f_i`` in the normal form is ``sum_i d/dp log f_i``, with no product
    left: differentiated as written (a product times a sum of ratios), the score row of a
    textbook Poisson post ran past the engine's 3 s step limit and was only "plausible"."""
    y = sp.IndexedBase("y", integer=True, nonnegative=True)
    body = p ** y[i] * sp.exp(-p) / sp.factorial(y[i])
    score = sp.Derivative(sp.log(_prod(body)), p)
    out = normal(score, UNIT)
    assert not out.has(sp.Product), out
    assert _same(score, sp.Sum(y[i], (i, 1, n)) / p - n)


POISSON = r"""---
title: t
---

Let $x_1, \dots, x_n$ be iid Poisson($\lambda$). The likelihood is

$$
L(\lambda) = \prod_{i=1}^n \frac{\lambda^{x_i} e^{-\lambda}}{x_i!}
$$

$$
\log L(\lambda) = \sum_{i=1}^n x_i \log\lambda - n\lambda - \sum_{i=1}^n \log(x_i!)
$$

$$
\frac{d \log L}{d\lambda} = \frac{1}{\lambda}\sum_{i=1}^n x_i - n = 0
$$

$$
\frac{d \log L}{d\lambda} = \frac{1}{\lambda}\sum_{i=1}^n x_i + n = 0
$$
"""


def test_the_poisson_score_row_is_proved_and_its_wrong_twin_is_not(tmp_path):
    path = tmp_path / "poisson.md"
    path.write_text(POISSON, encoding="utf-8")
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    assert rows[16].verdict == "proved", (rows[16].verdict, rows[16].reason)
    assert rows[20].verdict != "proved", (rows[20].verdict, rows[20].reason)
