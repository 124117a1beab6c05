"""Infinite series: a sum to infinity has a value where it converges, and a closed form
where the post's domains prove it converges.

Probes of 2026-12-05 (evening), written before the fix: on fa1dc12 every row below was
"unchecked". The numeric check could not evaluate a sum to infinity at all ("no point of
the domain where both lines are defined and real"), so even ``sum_k lambda^k / k! =
e^lambda`` stayed unchecked; and sympy's closed form of a geometric series,
``Piecewise((1/p, |1 - p| < 1), (Sum(...), True))``, stayed a Piecewise although the post
says ``0 < p < 1``. Poisson and geometric means, MGFs and the normalising of a mass
function are derived by these series in many posts.

What must hold, beside the examples:
- a series is never "proved" where its convergence is not shown (``sum_k t^k = 1/(1-t)``
  with nothing said of ``t``);
- a series that converges slowly or only conditionally (``sum 1/k^2``, the alternating
  harmonic series) is never "refuted" because its value could not be computed;
- the evaluator's value of a convergent series agrees with its closed form, and a
  divergent or unsettled one has no value (never a partial sum).
"""

from __future__ import annotations

import mpmath
import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.engine._evaluate import evaluate

k = sp.Symbol("k", integer=True)


def _value(expr: sp.Basic, env: dict, dps: int = 30):
    try:
        return evaluate(expr, env, dps)
    except ValueError:
        return None


@pytest.mark.parametrize(
    ("body", "lo", "closed"),
    [
        (lambda t: t**k, 0, lambda t: 1 / (1 - t)),
        (lambda t: k * t ** (k - 1), 1, lambda t: 1 / (1 - t) ** 2),
        (lambda t: k**3 * t**k, 0, lambda t: t * (1 + 4 * t + t**2) / (1 - t) ** 4),
        (lambda t: t**k / sp.factorial(k), 0, sp.exp),
        (lambda t: k * t**k / sp.factorial(k), 0, lambda t: t * sp.exp(t)),
        (lambda t: t**k / k, 1, lambda t: -sp.log(1 - t)),
    ],
)
@pytest.mark.parametrize("at", ["0.3", "-0.45", "0.9", "0.05"])
def test_a_convergent_series_has_the_value_of_its_closed_form(body, lo, closed, at):
    t = sp.Symbol("t")
    with sp.evaluate(False):
        series = sp.Sum(body(t), (k, lo, sp.oo))
    got = _value(series, {t: sp.Rational(at)})
    want = sp.N(closed(sp.Rational(at)), 40)
    assert got is not None
    with mpmath.workdps(40):
        assert abs(mpmath.mpf(str(want)) - mpmath.re(got)) < mpmath.mpf(10) ** -25


@pytest.mark.parametrize(
    "body",
    [
        lambda t: t**k,  # at t = 1.5: diverges
        lambda t: 1 / k,  # the harmonic series
        lambda t: (-1) ** k,  # oscillates
        lambda t: (-1) ** (k + 1) / k,  # converges, but too slowly to settle
        lambda t: k**20 * sp.Rational(999, 1000) ** k,  # converges past the term limit
    ],
)
def test_a_divergent_or_unsettled_series_has_no_value(body):
    t = sp.Symbol("t")
    with sp.evaluate(False):
        series = sp.Sum(body(t), (k, 1, sp.oo))
    got = _value(series, {t: sp.Rational(3, 2)})
    assert got is None or not mpmath.isfinite(got)


POISSON = r"""
Let $\lambda > 0$.

$$\sum_{k=0}^\infty \frac{\lambda^k}{k!} = e^{\lambda}.$$
"""

POISSON_MEAN = r"""
Let $X \sim \text{Poisson}(\lambda)$ with $\lambda > 0$.

$$E[X] = \sum_{k=0}^\infty k\frac{e^{-\lambda}\lambda^k}{k!}
= \lambda e^{-\lambda}\sum_{k=1}^\infty \frac{\lambda^{k-1}}{(k-1)!} = \lambda.$$
"""

GEOMETRIC = r"""
Let $0 < p < 1$.

$$\sum_{k=0}^\infty p(1-p)^k = \frac{p}{1 - (1 - p)} = 1.$$
"""

GEOMETRIC_MEAN = r"""
Let $0 < p < 1$.

$$\sum_{k=1}^\infty k p(1-p)^{k-1} = \frac{1}{p}.$$
"""

LOG_SERIES = r"""
Let $0 < p < 1$.

$$\sum_{k=1}^\infty \frac{(1-p)^k}{k} = -\log p.$$
"""


@pytest.mark.parametrize(
    ("body", "row"),
    [
        (POISSON, r"= e^{\lambda}"),
        (POISSON_MEAN, r"E[X] ="),  # the row starts on the display's first line
        (GEOMETRIC, r"= 1."),
        (GEOMETRIC_MEAN, r"= \frac{1}{p}"),
        (LOG_SERIES, r"= -\log p"),
    ],
    ids=["poisson", "poisson-mean", "geometric", "geometric-mean", "log-series"],
)
def test_a_convergent_series_under_the_posts_domains_is_proved(tmp_path, body, row):
    assert verdict_of_row(tmp_path, body, row) == "proved"


@pytest.mark.parametrize(
    ("body", "old", "new", "row"),
    [
        (POISSON, r"= e^{\lambda}", r"= e^{2\lambda}", r"= e^{2\lambda}"),
        (POISSON_MEAN, r"= \lambda.", r"= \lambda^2.", r"E[X] ="),
        (GEOMETRIC_MEAN, r"= \frac{1}{p}", r"= \frac{1}{p^2}", r"= \frac{1}{p^2}"),
        (LOG_SERIES, r"= -\log p", r"= \log p", r"= \log p"),
    ],
    ids=["poisson", "poisson-mean", "geometric-mean", "log-series"],
)
def test_a_wrong_value_of_a_series_is_refuted(tmp_path, body, old, new, row):
    assert verdict_of_row(tmp_path, body.replace(old, new), row) == "refuted"


@pytest.mark.parametrize(
    "body",
    [
        # nothing says |t| < 1: true where it converges, so never refuted, never proved
        "$$\\sum_{k=0}^\\infty t^k = \\frac{1}{1-t}.$$\n",
        # p could be 3: the series diverges there
        "Let $p > 0$.\n\n$$\\sum_{k=0}^\\infty p(1-p)^k = 1.$$\n",
    ],
)
def test_a_series_whose_convergence_is_not_shown_is_not_proved(tmp_path, body):
    verdict = verdict_of_row(tmp_path, body, "\\sum")
    assert verdict not in ("proved", "refuted")


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("$$\\sum_{k=1}^\\infty \\frac{1}{k^2} = \\frac{\\pi^2}{6}.$$\n", "\\sum"),
        ("$$\\sum_{k=1}^\\infty \\frac{(-1)^{k+1}}{k} = \\log 2.$$\n", "\\sum"),
        ("$$\\sum_{k=1}^\\infty \\frac{1}{k^4} = \\frac{\\pi^4}{90}.$$\n", "\\sum"),
    ],
)
def test_a_slowly_convergent_correct_series_is_never_refuted(tmp_path, body, row):
    assert verdict_of_row(tmp_path, body, row) != "refuted"


class _Everything:
    """Domains that grant every condition (the closed forms' algebra alone is tested)."""

    def decide(self, cond):
        return True


@pytest.mark.parametrize("seed", range(12))
def test_closed_forms_agree_with_the_evaluators_sum(seed):
    """Property: for random polynomial-times-geometric and exponential-type terms, the
    closed form of :mod:`derivations.engine._series` and the term-by-term value of the
    evaluator agree (two independent computations of one series)."""
    import random

    from derivations.engine._series import closed_series

    rng = random.Random(seed)
    r = sp.Symbol("r")
    poly = sum(rng.randint(-3, 3) * k**j for j in range(rng.randint(0, 3) + 1)) + 1
    lo = rng.randint(0, 3)
    if seed % 2:
        term = poly * r**k
        at = sp.Rational(rng.randint(-8, 8), 10)
    else:
        shift = rng.randint(-lo, 2)
        term = poly * r**k / sp.factorial(k + shift)
        at = sp.Rational(rng.choice([-1, 1]) * rng.randint(1, 30), 10)  # (e^c - 1)/c at 0
    series = sp.Sum(term, (k, lo, sp.oo))
    closed = closed_series(series, _Everything())
    assert closed is not None
    got = _value(series, {r: at})
    assert got is not None
    with mpmath.workdps(40):
        want = mpmath.mpf(str(sp.N(closed.subs(r, at), 40)))
        assert abs(want - mpmath.re(got)) < mpmath.mpf(10) ** -20 * max(1, abs(want))


@pytest.mark.parametrize(
    "term",
    [
        lambda r: k ** (10**6) * r**k,  # degree past the bound
        lambda r: r ** (k**2),  # not geometric
        lambda r: r**k / sp.factorial(2 * k),  # not k + shift
        lambda r: sp.gamma(k) * r**k,
        lambda r: sp.IndexedBase("x")[k] * r**k,  # a sample, not a function of k
        lambda r: (k + 1) ** 1000 * r**k,  # past the degree (and not expanded to see it)
    ],
)
def test_terms_outside_the_classes_are_left_alone(term):
    from derivations.engine._series import closed_series

    r = sp.Symbol("r")
    assert closed_series(sp.Sum(term(r), (k, 0, sp.oo)), _Everything()) is None


@pytest.mark.parametrize(
    "said", ["$|t| < 1$", "$\\lvert t \\rvert < 1$", "$\\left| t \\right| < 1$"]
)
def test_an_absolute_bound_in_the_prose_is_the_ratios_domain(tmp_path, said):
    """ "Let $|t| < 1$." bounds t on both sides, as "$-1 < t < 1$" does (it was not read)."""
    body = f"Let {said}.\n\n$$\\sum_{{k=0}}^\\infty t^k = \\frac{{1}}{{1-t}}.$$\n"
    assert verdict_of_row(tmp_path, body, "\\sum") == "proved"


def test_an_absolute_bound_reads_as_two_bounds():
    from derivations.post._assume import expand

    assert expand("|t| < 1") == ["t > -1", "t < 1"]
    assert expand("\\lvert x \\rvert \\le 2.5") == ["x >= -2.5", "x <= 2.5"]
    assert expand("|t| < a") == ["|t| < a"]  # a bound that is no number: not read


@pytest.mark.parametrize("at", [-30, -100, -150])
def test_terms_that_cancel_are_summed_with_the_digits_they_cost(at):
    """``sum t^k / k!`` at t = -100: terms up to 1e42 sum to 4e-44. At the working digits
    plus a fixed guard the total was 1.2e-41 (335 times e^-100), and nsum agreed with it;
    a correct ``= e^t`` could have been refuted there."""
    t = sp.Symbol("t")
    series = sp.Sum(t**k / sp.factorial(k), (k, 0, sp.oo))
    got = _value(series, {t: sp.Integer(at)})
    assert got is not None
    with mpmath.workdps(60):
        assert abs(got / mpmath.exp(at) - 1) < mpmath.mpf(10) ** -25
