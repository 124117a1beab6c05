"""Expectations of polynomials in declared samples (``_expectation`` with ``_moments``).

``E[(\\sum_i y_i)^3]``, ``E[(\\sum_i y_i^2)^2]`` and ``E[y_1^2 y_2^2]`` have values only when
the samples are declared independent (and, for a product, at distinct indices); a
numbered sample ``x_1`` of samples whose law a density gives (``f_\\theta(x) = ...``) has
that law's moments. A Fisher-information row ``-E[\\partial^2_\\theta \\log g(x)]`` whose
``g``, as the reader reads it, is not the density of ``x`` (its score has a mean other
than zero) is not compared as a claim about the law.
"""

from __future__ import annotations

import itertools
import random

import pytest
import sympy as sp

from derivations.post import _expectation as M
from derivations.post import check_post
from derivations.post._samples import sample_moment
from derivations.post._tosympy import evaluating

IID = "Let $y_1, \\dots, y_n$ be i.i.d.\n\n$$ y_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"
NOT_IID = "$$ y_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"


def _last(tmp_path, text: str):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    return rows[-1].verdict, rows[-1].reason


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # E[S^2] of a Poisson sum S ~ Poisson(n lambda): n lambda + n^2 lambda^2
        (
            "E\\left[\\left(\\sum_{i=1}^n y_i\\right)^2\\right] = n\\lambda + n^2\\lambda^2",
            "proved",
        ),
        # E[S^3] = m^3 + 3m^2 + m with m = n lambda
        (
            "E\\left[\\left(\\sum_{i=1}^n y_i\\right)^3\\right] = "
            "n^3\\lambda^3 + 3n^2\\lambda^2 + n\\lambda",
            "proved",
        ),
        (
            "E\\left[\\left(\\sum_{i=1}^n y_i\\right)^3\\right] = n^3\\lambda^3 + n\\lambda",
            "refuted",
        ),
        ("E[y_1^2 y_2^2] = (\\lambda + \\lambda^2)^2", "proved"),
        ("E[y_1^2 y_2^2] = \\lambda^2", "refuted"),
        ("E[y_1 y_2^3] = \\lambda (\\lambda^3 + 3\\lambda^2 + \\lambda)", "proved"),
    ],
)
def test_independent_samples(tmp_path, row, verdict):
    got, reason = _last(tmp_path, IID + f"$$ {row} $$\n")
    assert got == verdict, (row, reason)


@pytest.mark.parametrize(
    "row",
    [
        "E\\left[\\left(\\sum_{i=1}^n y_i\\right)^3\\right] = n\\lambda",
        "E[y_1^2 y_2^2] = \\lambda^2",
    ],
)
def test_without_independence_no_product_is_refuted(tmp_path, row):
    got, reason = _last(tmp_path, NOT_IID + f"$$ {row} $$\n")
    assert got not in ("proved", "refuted"), (row, reason)


def test_the_same_sample_twice_is_its_own_moment(tmp_path):
    # E[y_1^2 y_1^2] is E[y^4], not E[y^2]^2, independence or not
    got, reason = _last(tmp_path, IID + "$$ E[y_1^2 y_1^2] = (\\lambda + \\lambda^2)^2 $$\n")
    assert got != "proved", reason


def test_sums_of_powers_agree_with_brute_force():
    """E[(sum_{k=1}^m y_k^e)^r] for Bernoulli samples, against the exact sum over outcomes."""
    p = sp.Rational(3, 10)
    law = M._FAMILY_LAWS["Bernoulli"]
    bound = M.Law(law.family, law.mean, law.variance, (p,), raw=law.raw)
    y = sp.IndexedBase("y")
    k = sp.Symbol("k", integer=True)
    rng = random.Random(3)
    for _ in range(6):
        m, e, r = rng.randint(1, 4), rng.randint(1, 2), rng.randint(2, 4)
        with evaluating(True):
            part = sp.Sum(y[k] ** e, (k, 1, m)) ** r
        got = sample_moment(part, lambda b: bound, lambda b: True)
        ref = sp.S.Zero
        for outcome in itertools.product((0, 1), repeat=m):
            weight = sp.prod([p if o else 1 - p for o in outcome])
            ref += weight * sum(o**e for o in outcome) ** r
        assert got is not None and sp.simplify(got - ref) == 0, (m, e, r, got, ref)


MAXWELL = (
    "Consider i.i.d. random samples $X_1, \\dots, X_n$ from the density\n\n"
    "$$ f_\\theta(x) = \\sqrt{\\frac{2}{\\pi}} \\frac{x^2}{\\theta^3} "
    "e^{-\\frac{x^2}{2\\theta^2}} $$\n\n"
)


def test_a_numbered_sample_written_in_lower_case_has_the_law_of_its_density(tmp_path):
    got, reason = _last(tmp_path, MAXWELL + "$$ E_\\theta(x_1^2) = 3\\theta^2 $$\n")
    assert got == "proved", reason
    got, reason = _last(tmp_path, MAXWELL + "$$ E_\\theta(x_1^2) = \\theta^2 $$\n")
    assert got == "refuted", reason


def test_fisher_information_of_the_density(tmp_path):
    row = (
        "I(\\theta) = -E\\left[\\frac{\\partial^2}{\\partial\\theta^2} \\log\\left(\\frac{1}"
        "{\\theta^3}\\sqrt{\\frac{2}{\\pi}} x^2 e^{-\\frac{x^2}{2\\theta^2}}\\right)\\right] = "
        "\\frac{6}{\\theta^2}"
    )
    got, reason = _last(tmp_path, MAXWELL + f"$$ {row} $$\n")
    assert got == "proved", reason
    got, reason = _last(tmp_path, MAXWELL + f"$$ {row.replace('6}', '3}')} $$\n")
    assert got == "refuted", reason


def test_a_log_density_the_reader_reads_otherwise_is_not_refuted(tmp_path):
    # x^2/2\theta^2 is read (x^2/2) theta^2: that function of x is no density of x (its
    # score's mean is not 0), so the row is no claim about the law the reader can weigh
    row = (
        "I(\\theta) = -E\\left[\\frac{\\partial^2}{\\partial\\theta^2} \\log\\left(\\frac{1}"
        "{\\theta^3}\\sqrt{\\frac{2}{\\pi}} x^2 e^{-x^2/2\\theta^2}\\right)\\right] = "
        "\\frac{3!}{\\theta^2}"
    )
    got, reason = _last(tmp_path, MAXWELL + f"$$ {row} $$\n")
    assert got != "refuted", reason


POISSON_MEAN = (
    "Let the samples be i.i.d.\n\n$$ X_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"
    "with mean\n\n$$ \\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i $$\n\n"
)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("Var(\\bar X) = \\frac{\\lambda}{n}", "proved"),
        ("Var(\\bar X) = \\frac{\\lambda}{n^2}", "refuted"),
        ("Var\\left(\\sum_{i=1}^n X_i\\right) = n\\lambda", "proved"),
        ("Var(2X_1 + 3) = 4\\lambda", "proved"),
        ("Var(X_1 - X_2) = 2\\lambda", "proved"),
        ("Var(X_1 - X_2) = \\lambda", "refuted"),
        ("E[(X_1 - \\lambda)^3] = \\lambda", "proved"),
        ("E\\left[\\left(\\sum_{i=1}^n (X_i - \\lambda)\\right)^3\\right] = n\\lambda", "proved"),
        (
            "E\\left[\\left(\\sum_{i=1}^n (X_i - \\lambda)\\right)^3\\right] = n^3\\lambda",
            "refuted",
        ),
    ],
)
def test_variances_of_linear_forms_and_central_moments(tmp_path, row, verdict):
    got, reason = _last(tmp_path, POISSON_MEAN + f"$$ {row} $$\n")
    assert got == verdict, (row, reason)


@pytest.mark.parametrize(
    "row",
    [
        "E\\left[\\frac{1}{X_1}\\right] = \\frac{1}{\\lambda}",  # E[1/X]: no moment of the table
        "E[X_1^{9}] = \\lambda^9",  # beyond the bound
        "E[X_1^{1/2}] = \\sqrt{\\lambda}",
    ],
)
def test_a_moment_the_table_does_not_give_is_not_made_up(tmp_path, row):
    got, reason = _last(tmp_path, POISSON_MEAN + f"$$ {row} $$\n")
    assert got not in ("proved", "refuted"), (row, reason)


@pytest.mark.parametrize(
    ("density", "right", "wrong"),
    [
        (
            "f(\\sigma, y_i) = \\frac{y_i}{\\sigma^2} e^{-\\frac{y_i^2}{2\\sigma^2}}",
            "E[y_i^2] = 2\\sigma^2",
            "E[y_i^2] = \\sigma^2",
        ),
        (
            "f(x_i \\mid \\theta) = \\theta e^{-\\theta x_i}",
            "E[x_i^2] = \\frac{2}{\\theta^2}",
            "E[x_i^2] = \\frac{1}{\\theta^2}",
        ),
    ],
)
def test_a_density_written_at_a_sample_term_gives_the_law(tmp_path, density, right, wrong):
    text = f"The density of each observation is\n\n$$ {density} $$\n\n"
    got, reason = _last(tmp_path, text + f"$$ {right} $$\n")
    assert got == "proved", reason
    got, reason = _last(tmp_path, text + f"$$ {wrong} $$\n")
    assert got == "refuted", reason


def test_a_density_with_the_bare_letter_too_gives_no_law(tmp_path):
    # y_i and y in one formula: not the density of one observation
    text = (
        "The density of each observation is\n\n"
        "$$ f(\\sigma, y_i) = \\frac{y}{\\sigma^2} e^{-\\frac{y_i^2}{2\\sigma^2}} $$\n\n"
        "$$ E[y_i^2] = \\sigma^2 $$\n"
    )
    got, reason = _last(tmp_path, text)
    assert got != "refuted", reason


NORMAL_S2 = (
    "Let the samples be i.i.d.\n\n$$ X_i \\sim N(\\mu, \\sigma^2) $$\n\nwith\n\n"
    "$$ \\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i $$\n\n"
    "$$ S^2 = \\frac{1}{n-1}\\sum_{i=1}^n (X_i - \\bar X)^2 $$\n\n"
)


def test_a_statistic_named_by_its_square(tmp_path):
    # S^2 names the sample variance: E[S^2] = sigma^2 (n > 1 left open), not (n-1)/n sigma^2
    got, reason = _last(tmp_path, NORMAL_S2 + "$$ E[S^2] = \\sigma^2 $$\n")
    assert got in ("proved", "plausible"), reason
    got, reason = _last(tmp_path, NORMAL_S2 + "$$ E[S^2] = \\frac{n-1}{n}\\sigma^2 $$\n")
    assert got == "refuted", reason


def test_the_square_of_a_declared_variable_names_nothing(tmp_path):
    # X^2 = X of a Bernoulli X is a fact about X, not a statistic put in for X^2
    text = "$$ X \\sim \\mathrm{Bern}(p) $$\n\n$$ X^2 = X $$\n\n$$ E[X^2] = p^2 $$\n"
    got, reason = _last(tmp_path, text)
    assert got != "proved", reason
