"""A density or likelihood a post defines must integrate to 1 (``derivations/post/_density.py``).

A model row is a premise the reader takes as given, so a wrongly written density
(``1/\\sqrt{2\\pi\\sigma}``, an exponent 2 for alpha in a Weibull density, ``x`` for
``x_i`` in every factor of a likelihood) is caught by nothing downstream. Each
mistake below is refuted with its counterexample, and each has correct twins
(the densities of tests/posts/domains and of the corpus, likelihoods that leave
out factors free of the parameters) that must stay as they were: ``given``.
"""

from __future__ import annotations

import math

import mpmath
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations.post import _density as D
from derivations.post import check_post

FRONT = "---\ntitle: t\n---\n\n"


def _post(tmp_path, body: str, name: str = "post.md") -> dict[int, object]:
    path = tmp_path / name
    path.write_text(FRONT + body, encoding="utf-8")
    out: dict[int, object] = {}
    for r in check_post(path, jobs=1).rows:
        out.setdefault(r.line, r)
    return out


def _line(body: str, needle: str) -> int:
    """The file line (front matter counted) of the first body line holding ``needle``."""
    for k, text in enumerate(body.splitlines(), FRONT.count("\n") + 1):
        if needle in text:
            return k
    raise AssertionError(needle)


def _refuted_by_mass(row) -> None:
    assert row.verdict == "refuted", (row.verdict, row.reason)
    assert "does not integrate to 1" in row.reason, row.reason
    assert row.counterexample is not None and "mass" in row.counterexample


# ------------------------------------------------------------------ wrong densities


WRONG = {
    # 1/sqrt(2 pi sigma) for 1/sqrt(2 pi sigma^2): mass sqrt(sigma) per factor
    "gaussian-sigma": (
        "The likelihood of the sample is\n\n"
        "$$ L(\\mu, \\sigma) = \\prod_{i=1}^n \\frac{1}{\\sqrt{2 \\pi \\sigma}} "
        "e^{-\\frac{(x_i - \\mu)^2}{2 \\sigma^2}} $$\n",
        "L(\\mu",
    ),
    # the joint form with sigma for sigma^n: mass sigma^(n-1)
    "gaussian-joint": (
        "The likelihood is\n\n"
        "$$ L(\\mu, \\sigma^2) = \\frac{1}{\\sigma \\sqrt{2\\pi}^n} "
        "\\exp\\left(-\\frac{1}{2\\sigma^2} \\sum_{i=1}^n (x_i - \\mu)^2\\right) $$\n",
        "L(\\mu",
    ),
    # a Weibull density with exponent 2 for alpha: mass Gamma(alpha/2 + 1)
    "weibull-exponent": (
        "The Weibull density is\n\n"
        "$$ p(x \\mid \\alpha, \\beta) = \\frac{\\alpha}{\\beta^\\alpha} x^{\\alpha - 1} "
        "\\exp\\left(-\\left(\\frac{x}{\\beta}\\right)^2\\right), \\quad x > 0 $$\n",
        "p(x",
    ),
    # lambda^2 for lambda: mass lambda over the stated support
    "exponential-rate": (
        "The density is\n\n$$ f(x \\mid \\lambda) = \\lambda^2 e^{-\\lambda x} $$\n\n"
        "for $x > 0$.\n",
        "f(x",
    ),
    # lambda^(x+1) for lambda^x: mass lambda over the counts x! implies
    "poisson-power": (
        "The pmf is\n\n$$ P(X = x) = \\frac{\\lambda^{x+1} e^{-\\lambda}}{x!} $$\n",
        "P(X",
    ),
}


@pytest.mark.parametrize("case", sorted(WRONG))
def test_a_density_that_does_not_integrate_to_one_is_refuted(tmp_path, case):
    body, needle = WRONG[case]
    rows = _post(tmp_path, body)
    _refuted_by_mass(rows[_line(body, needle)])


def test_the_mass_reported_is_the_true_mass(tmp_path):
    # lambda^2 e^{-lambda x} on (0, oo) has mass lambda: the counterexample says so.
    body, needle = WRONG["exponential-rate"]
    row = _post(tmp_path, body)[_line(body, needle)]
    ce = row.counterexample
    assert math.isclose(ce["mass"], ce["lambda"], rel_tol=1e-8), ce
    # Gamma(alpha/2 + 1) for the Weibull density with exponent 2.
    body, needle = WRONG["weibull-exponent"]
    row = _post(tmp_path, body, "w.md")[_line(body, needle)]
    ce = row.counterexample
    assert math.isclose(ce["mass"], math.gamma(ce["alpha"] / 2 + 1), rel_tol=1e-8), ce


def test_a_likelihood_with_x_for_x_i_in_every_factor_is_refuted(tmp_path):
    body = (
        "The samples are $x_1, \\ldots, x_n$ and the likelihood is\n\n"
        "$$ L(\\lambda) = \\prod_{i=1}^n \\lambda e^{-\\lambda x} $$\n\n"
        "$$ \\ell(\\lambda) = n \\log \\lambda - \\lambda \\sum_{i=1}^n x_i $$\n"
    )
    row = _post(tmp_path, body)[_line(body, "L(\\lambda)")]
    assert row.verdict == "refuted", row.reason
    assert "written in x, not x_i" in row.reason
    ce = row.counterexample
    assert ce["written"] != ce["with x_i"]
    # The counterexample is the product at those values: lambda^n e^{-lambda n x}.
    lam, x, n = ce["lambda"], ce["x"], ce["n"]
    assert math.isclose(ce["written"], (lam * math.exp(-lam * x)) ** n, rel_tol=1e-9)
    assert math.isclose(
        ce["with x_i"], lam**n * math.exp(-lam * (ce["x_1"] + ce["x_2"])), rel_tol=1e-9
    )


# ------------------------------------------------------------------ correct twins


CORRECT = {
    "gaussian": "f(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} "
    "\\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)",
    "exponential": "f(x \\mid \\lambda) = \\lambda e^{-\\lambda x}, \\quad x > 0",
    "exponential-no-support": "f(x \\mid \\lambda) = \\lambda e^{-\\lambda x}",
    "poisson": "P(X = x) = \\frac{\\lambda^x e^{-\\lambda}}{x!}",
    "bernoulli": "p(x \\mid p) = p^x (1 - p)^{1 - x}",
    "binomial": "P(X = k) = \\binom{m}{k} p^k (1 - p)^{m - k}",
    "geometric": "P(X = x) = (1 - p)^{x - 1} p",
    "geometric-failures": "P(X = x) = (1 - p)^{x} p",
    "rayleigh": "f(x \\mid \\sigma) = \\frac{x}{\\sigma^2} "
    "\\exp\\left(-\\frac{x^2}{2\\sigma^2}\\right)",
    "laplace": "f(x \\mid \\mu, b) = \\frac{1}{2b} \\exp\\left(-\\frac{|x - \\mu|}{b}\\right)",
    "gamma": "f(x \\mid k, \\theta) = \\frac{x^{k-1} e^{-x/\\theta}}{\\Gamma(k) \\theta^k}",
    "weibull": "f(x \\mid \\alpha, \\beta) = \\frac{\\alpha}{\\beta} "
    "\\left(\\frac{x}{\\beta}\\right)^{\\alpha - 1} "
    "\\exp\\left(-\\left(\\frac{x}{\\beta}\\right)^\\alpha\\right)",
    "pareto": "f(x \\mid \\alpha, x_m) = \\frac{\\alpha x_m^\\alpha}{x^{\\alpha + 1}}",
    "lognormal": "f(x \\mid \\mu, \\sigma) = \\frac{1}{x \\sigma \\sqrt{2\\pi}} "
    "\\exp\\left(-\\frac{(\\ln x - \\mu)^2}{2\\sigma^2}\\right)",
    "uniform": "f(x \\mid \\theta) = \\frac{1}{\\theta}",
    # likelihoods that leave out factors free of the parameters
    "poisson-likelihood-no-factorial": "L(\\lambda) = \\prod_{i=1}^n \\lambda^{x_i} e^{-\\lambda}",
    "binomial-likelihood-no-coefficient": "L(p) = \\prod_{i=1}^n p^{x_i} (1 - p)^{m - x_i}",
    "rayleigh-likelihood-no-x": "L(\\sigma^2) = \\prod_{i=1}^n \\frac{1}{\\sigma^2} "
    "\\exp\\left(-\\frac{x_i^2}{2\\sigma^2}\\right)",
    "lognormal-likelihood-no-x": "L(\\mu, \\sigma^2) = \\prod_{i=1}^n "
    "\\frac{1}{\\sqrt{2\\pi\\sigma^2}} "
    "\\exp\\left(-\\frac{(\\log x_i - \\mu)^2}{2\\sigma^2}\\right)",
    "gaussian-likelihood-no-constant": "L(\\mu, \\sigma^2) = \\prod_{i=1}^n \\frac{1}{\\sigma} "
    "\\exp\\left(-\\frac{(x_i - \\mu)^2}{2\\sigma^2}\\right)",
    "gaussian-likelihood-joint": "L(\\mu, \\sigma^2) = (2\\pi\\sigma^2)^{-n/2} "
    "\\exp\\left(-\\frac{1}{2\\sigma^2} \\sum_{i=1}^n (x_i - \\mu)^2\\right)",
    "bernoulli-likelihood-joint": "L(p) = p^{\\sum_{i=1}^n x_i} (1 - p)^{n - \\sum_{i=1}^n x_i}",
    "exponential-likelihood": "L(\\lambda) = \\prod_{i=1}^n \\lambda e^{-\\lambda x_i}",
    # not said to be a density: any function of the post
    "a-function": "h(x) = e^{-a x^2}",
}


@pytest.mark.parametrize("case", sorted(CORRECT))
def test_a_correct_density_or_likelihood_stays_given(tmp_path, case):
    row_text = CORRECT[case]
    body = f"The model of the data $x_i$ is\n\n$$ {row_text} $$\n"
    row = _post(tmp_path, body)[_line(body, "$$")]
    assert row.verdict == "given", (case, row.verdict, row.reason)


def test_a_correct_twin_of_each_wrong_post_stays_given(tmp_path):
    twins = {
        "gaussian-sigma": ("\\sqrt{2 \\pi \\sigma}", "\\sqrt{2 \\pi \\sigma^2}"),
        "gaussian-joint": ("\\sigma \\sqrt{2\\pi}^n", "\\sigma^n \\sqrt{2\\pi}^n"),
        "weibull-exponent": ("\\right)^2\\right)", "\\right)^\\alpha\\right)"),
        "exponential-rate": ("\\lambda^2 e", "\\lambda e"),
        "poisson-power": ("\\lambda^{x+1}", "\\lambda^{x}"),
    }
    for case, (wrong, right) in twins.items():
        body, needle = WRONG[case]
        assert wrong in body, case
        body = body.replace(wrong, right)
        row = _post(tmp_path, body, f"{case}.md")[_line(body, needle)]
        # (given, or proved since laws28 when the prose names the family: "Weibull")
        assert row.verdict in ("given", "proved"), (case, row.verdict, row.reason)


def test_x_for_x_i_is_not_flagged_where_the_post_has_no_samples_x_i(tmp_path):
    # y_i are the samples; x is a constant of the post, the same in every factor.
    body = (
        "$$ L(\\theta) = \\prod_{i=1}^n \\theta x e^{-\\theta y_i} $$\n\n"
        "$$ \\ell(\\theta) = \\sum_{i=1}^n \\log(\\theta x) - \\theta \\sum_{i=1}^n y_i $$\n"
    )
    row = _post(tmp_path, body)[_line(body, "L(\\theta)")]
    assert row.verdict != "refuted", row.reason


def test_proportional_and_restated_rows_are_not_weighed(tmp_path):
    # "\propto" leaves out a factor; a restatement is compared with the row above.
    body = "$$ L(\\lambda) \\propto \\prod_{i=1}^n \\lambda^2 e^{-\\lambda x_i} $$\n"
    row = _post(tmp_path, body)[_line(body, "propto")]
    assert "integrate" not in row.reason


def test_a_stated_range_of_a_pmf_is_read_as_whole_numbers(tmp_path):
    # 0 <= k <= m for the k of C(m, k): the pmf sums to 1 over 0, 1, ..., m (it
    # integrates to less over the interval [0, m], which is no support of a count).
    body = (
        "The count $k$ satisfies $0 \\le k \\le m$ and has the pmf\n\n"
        "$$ p(k \\mid \\theta) = \\binom{m}{k} \\theta^{k} (1 - \\theta)^{m - k} $$\n"
    )
    row = _post(tmp_path, body)[_line(body, "p(k")]
    assert row.verdict == "given", row.reason
    wrong = body.replace("\\theta^{k}", "\\theta^{k+1}")
    row = _post(tmp_path, wrong, "w.md")[_line(wrong, "p(k")]
    _refuted_by_mass(row)
    assert row.counterexample["support"].startswith("the integers from 0 to m")


def test_an_unstated_support_is_weighed_only_when_every_candidate_fails(tmp_path):
    # e^{-x} lambda^2: on the reals the mass is infinite, so nothing is shown wrong
    # unless the support is known; with "for $x > 0$" it is (mass lambda).
    body = "The density is\n\n$$ f(x \\mid \\lambda) = \\lambda^2 e^{-\\lambda x} $$\n"
    row = _post(tmp_path, body)[_line(body, "f(x")]
    assert row.verdict == "given", row.reason


# ------------------------------------------------------------------ the mass itself


x = sp.Symbol("x", real=True)


@settings(max_examples=25, deadline=None)
@given(
    mu=st.floats(-2, 2),
    s2=st.floats(0.3, 4),
    c=st.floats(0.2, 5),
)
def test_mass_of_a_scaled_gaussian_is_the_scale(mu, s2, c):
    g = sp.exp(-((x - mu) ** 2) / (2 * s2)) / sp.sqrt(2 * sp.pi * s2)
    m = D.mass(c * g, x, D.REALS, {})
    assert m is not None and math.isclose(m, c, rel_tol=1e-8)


@settings(max_examples=20, deadline=None)
@given(lam=st.floats(0.2, 6))
def test_mass_of_a_poisson_pmf_is_one_and_a_divergent_series_has_none(lam):
    pmf = lam**x * sp.exp(-lam) / sp.factorial(x)
    assert math.isclose(D.mass(pmf, x, D.COUNTS, {}), 1.0, rel_tol=1e-9)
    # lambda^x alone: finite (1/(1 - lambda)) below 1, infinite from 1 on.
    m = D.mass(sp.Float(lam) ** x, x, D.COUNTS, {})
    if lam >= 1:
        assert m is None
    elif lam < 0.9:
        assert math.isclose(m, 1 / (1 - lam), rel_tol=1e-8)


def test_infinite_and_uncomputable_masses_are_none():
    assert D.mass(1 / x, x, D.POSITIVE, {}) is None  # log divergence at both ends
    assert D.mass(sp.exp(x), x, D.REALS, {}) is None
    assert D.mass(x, x, D.REALS, {}) is None  # negative somewhere: not a density there
    assert D.mass(1 / x**2, x, D.POSITIVE, {}) is None  # a pole at 0


def test_candidate_supports_follow_the_symbols_flags():
    lam = sp.Symbol("lambda", positive=True)
    k = sp.Symbol("k", integer=True, nonnegative=True)
    claim = D.Claim("density", lam * sp.exp(-lam * k), k)
    supports, known = D.support_of(claim, None, k.assumptions0)
    assert not known and all(s.discrete for s in supports)


def test_a_hostile_density_is_bounded_in_time(tmp_path):
    # A huge exponent: the row is left as it was (or refuted), never a hang or a crash.
    body = "The density is\n\n$$ f(x \\mid a) = a^{10^{6}} e^{-a x^{2}} $$\n"
    row = _post(tmp_path, body)[_line(body, "f(x")]
    assert row.verdict in ("given", "refuted", "unchecked"), row.reason
    assert mpmath.mp.dps == 15


# ------------------------------------------------------------------ the corpus
# That the check flags only rows judged wrong is tested on the reports the corpus and
# held-out tests make anyway (test_corpus.py: test_densities_are_weighed_wrong_only_on_rows_
# judged_wrong, check_held_out_shard): reading the 63 corpus posts again here took 52 s.
