"""A stated maximum-likelihood estimate is weighed against the model the post declares.

Held-out posts state results without deriving them ("the Poisson MLE is the sample mean",
cwksc-poisson-mixture-em-m-step-notes line 87; "the unrestricted MLE is the sample mean",
imathworks-glrt line 35); the reader left every such row "unchecked: states a result
before (or without) the rows that derive it", though the post declares the model.

The properties: the right MLE of a declared model (a density row, ``x_i \\sim ...``, or a
law in words) is proved, its score vanishing there; an estimate off by a factor, or with
``n - 1`` for ``n``, is never proved; no stated estimate is refuted by this check (a
maximum on the boundary has a nonzero score); an estimate the words do not call the MLE,
a model with two conventions (``Exp(\\theta)``), or data the prose says are censored is
not weighed.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"

POISSON = "Let $Y_1, \\dots, Y_n$ be a random sample from Poisson($\\lambda$).\n\n"
EXP_ROW = "The density of one observation is\n\n$$ f(x; \\theta) = \\theta e^{-\\theta x} $$\n\n"
BERNOULLI = "Let $X_1, \\ldots, X_n$ be independent draws from Bernoulli($p$).\n\n"
NORMAL = (
    "The data $x_1, \\ldots, x_n$ are independent draws from $\\mathcal{N}(\\mu, \\sigma^2)$.\n\n"
)
MLE = "The maximum likelihood estimator is\n\n$$ {row} $$\n"


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return check_post(path, jobs=1, cache=False).rows


def _last(tmp_path, text):
    return max(_rows(tmp_path, text), key=lambda r: r.line)


#: (model, the right MLE, wrong ones: off by a factor, n - 1 for n)
CASES = {
    "poisson-in-words": (
        POISSON,
        "\\hat\\lambda = \\frac{1}{n}\\sum_{i=1}^n y_i",
        [
            "\\hat\\lambda = \\frac{1}{n-1}\\sum_{i=1}^n y_i",
            "\\hat\\lambda = \\frac{2}{n}\\sum_{i=1}^n y_i",
        ],
    ),
    "exponential-density-row": (
        EXP_ROW,
        "\\hat\\theta = \\frac{n}{\\sum_{i=1}^n x_i}",
        [
            "\\hat\\theta = \\frac{n-1}{\\sum_{i=1}^n x_i}",
            "\\hat\\theta = \\frac{1}{n}\\sum_{i=1}^n x_i",
        ],
    ),
    "bernoulli-mean": (
        BERNOULLI,
        "\\hat p = \\bar{x}",
        ["\\hat p = \\frac{n}{n+1} \\bar{x}", "\\hat p = 1 - \\bar{x}"],
    ),
    "normal-variance-known-mean": (
        NORMAL,
        "\\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\mu)^2",
        [
            "\\hat\\sigma^2 = \\frac{1}{n-1}\\sum_{i=1}^n (x_i - \\mu)^2",
            "\\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\mu)",
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_right_mle_of_the_declared_model_is_proved(tmp_path, case):
    model, right, _ = CASES[case]
    row = _last(tmp_path, model + MLE.format(row=right))
    assert row.verdict == "proved", row
    assert "score" in row.reason, row


@pytest.mark.parametrize(
    ("case", "k"), [(c, k) for c in sorted(CASES) for k in range(len(CASES[c][2]))]
)
def test_a_wrong_mle_is_neither_proved_nor_refuted(tmp_path, case, k):
    model, _, wrong = CASES[case]
    row = _last(tmp_path, model + MLE.format(row=wrong[k]))
    assert row.verdict == "unchecked", row
    assert "does not vanish" in row.reason, row


@pytest.mark.parametrize("factor", ["2", "\\frac{1}{2}", "\\frac{3}{2}", "n"])
def test_a_scaled_estimate_is_never_proved(tmp_path, factor):
    # a property over factors: only the factor 1 makes the Poisson score vanish
    row = _last(tmp_path, POISSON + MLE.format(row=f"\\hat\\lambda = {factor} \\bar{{y}}"))
    assert row.verdict != "proved", row


def test_the_joint_normal_mle_is_proved_with_the_stated_mean(tmp_path):
    text = (
        NORMAL
        + "The maximum likelihood estimates are\n\n$$ \\hat\\mu = \\bar{x} $$\n\nand\n\n"
        + "$$ \\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\bar{x})^2 $$\n"
    )
    rows = sorted(_rows(tmp_path, text), key=lambda r: r.line)
    assert [r.verdict for r in rows[-2:]] == ["proved", "proved"], rows


def test_the_joint_normal_mle_with_n_minus_1_is_not_proved(tmp_path):
    text = (
        NORMAL
        + "The maximum likelihood estimates are\n\n$$ \\hat\\mu = \\bar{x} $$\n\nand\n\n"
        + "$$ \\hat\\sigma^2 = \\frac{1}{n-1}\\sum_{i=1}^n (x_i - \\bar{x})^2 $$\n"
    )
    row = _last(tmp_path, text)
    assert row.verdict == "unchecked", row


def test_a_boundary_mle_is_not_refuted(tmp_path):
    # the uniform's MLE max_i x_i: the score -n/theta never vanishes
    text = (
        "The density of one observation is\n\n$$ f(x; \\theta) = \\frac{1}{\\theta} $$\n\n"
        "for $0 < x < \\theta$. The maximum likelihood estimator is\n\n"
        "$$ \\hat\\theta = \\max_i x_i $$\n"
    )
    for row in _rows(tmp_path, text):
        assert row.verdict != "refuted", row


def test_a_stationary_point_that_is_no_maximum_is_not_proved(tmp_path):
    # log f = theta^2 x: the score 2 theta sum x_i vanishes at 0, a minimum
    text = (
        "The density of one observation is\n\n$$ f(x; \\theta) = e^{\\theta^2 x} $$\n\n"
        + MLE.format(row="\\hat\\theta = 0")
    )
    assert _last(tmp_path, text).verdict != "proved"


@pytest.mark.parametrize(
    ("prose", "row"),
    [
        # the words do not call it the MLE: another estimator may share the hat
        (POISSON + "An estimator is\n\n$$ {row} $$\n", "\\hat\\lambda = \\bar{y}"),
        # Exp(theta) in words: rate or scale is the author's convention
        (
            "Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution "
            "$\\text{Exp}(\\theta)$.\n\n" + MLE,
            "\\hat\\theta = \\frac{1}{\\bar{x}}",
        ),
        # censored data: the MLE is not the plain one
        (
            EXP_ROW + "Two of the lifetimes are censored at the end of the test.\n\n" + MLE,
            "\\hat\\theta = \\frac{n}{\\sum_{i=1}^n x_i}",
        ),
    ],
)
def test_what_is_not_weighed_stays_unchecked(tmp_path, prose, row):
    out = _last(tmp_path, prose.replace("{row}", row))
    assert out.verdict == "unchecked", out
    assert "states a result" in out.reason, out


def test_the_density_under_another_heading_is_not_the_model(tmp_path):
    # the exponential density is stated under its heading; the estimate under the next
    # heading is of another model, whatever it is
    text = (
        "## Exponential model\n\n" + EXP_ROW + "## Another model\n\n"
        "The lifetimes follow another law now.\n\n"
        + MLE.format(row="\\hat\\theta = \\frac{n}{\\sum_{i=1}^n x_i}")
    )
    assert _last(tmp_path, text).verdict != "proved"


#: (model, the right method-of-moments estimate, a wrong one)
MOMENT_CASES = {
    "poisson": (POISSON, "\\hat\\lambda = \\bar{y}", "\\hat\\lambda = \\frac{n}{n-1}\\bar{y}"),
    "binomial-known-trials": (
        "Let $X_1, \\ldots, X_n$ be a sample from $\\text{Bin}(m, p)$ with $m$ known.\n\n",
        "\\hat p = \\frac{\\bar{x}}{m}",
        "\\hat p = \\bar{x}",
    ),
}
MOM = "The method of moments estimator is\n\n$$ {row} $$\n"


@pytest.mark.parametrize("case", sorted(MOMENT_CASES))
def test_the_right_moment_estimate_is_proved_and_a_wrong_one_is_not(tmp_path, case):
    model, right, wrong = MOMENT_CASES[case]
    row = _last(tmp_path, model + MOM.format(row=right))
    assert row.verdict == "proved", row
    assert "moment" in row.reason, row
    row = _last(tmp_path, model + MOM.format(row=wrong))
    assert row.verdict == "unchecked", row


def test_the_normal_moment_estimates_use_the_first_two_moments(tmp_path):
    text = (
        NORMAL + "The method of moments estimates are\n\n$$ \\hat\\mu = \\bar{x} $$\n\nand\n\n"
        "$$ \\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n x_i^2 - \\bar{x}^2 $$\n"
    )
    rows = sorted(_rows(tmp_path, text), key=lambda r: r.line)
    assert [r.verdict for r in rows[-2:]] == ["proved", "proved"], rows


def test_an_estimate_under_a_constraint_is_not_proved(tmp_path):
    # over theta <= 1 the MLE is min(xbar, 1), not xbar: the inner stationary point is
    # not the constrained maximum
    text = (
        POISSON + "Under the null hypothesis $H_0: \\lambda \\le 1$ the maximum likelihood "
        "estimator is\n\n$$ \\hat\\lambda = \\bar{y} $$\n"
    )
    assert _last(tmp_path, text).verdict != "proved"


def test_an_estimate_the_sentence_calls_another_kind_is_not_proved(tmp_path):
    # the MLE is named in the sentence before; the row states "the unbiased estimator",
    # which Sum (x_i - mu)^2 / n would be as well here, but the claim is not the MLE's
    text = (
        NORMAL + "The maximum likelihood estimator is easy. "
        "The unbiased estimator of the variance is\n\n"
        "$$ \\hat\\sigma^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\mu)^2 $$\n"
    )
    assert _last(tmp_path, text).verdict != "proved"
