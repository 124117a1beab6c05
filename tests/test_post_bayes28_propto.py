"""``\\propto`` rows whose head has no value (helper bayes28; adversarial set 19, pairs 20-26).

Every such row of the held-out posts was "unchecked: '\\propto' (proportional to) holds up to
a factor; it is not checked (pi(...) is not defined in the post)" - also the links after the
first, which compare two kernels the post wrote. The properties:

- ``A \\propto B`` with ``A`` a call without a value states ``A``'s kernel: a premise (given),
  and the rest of the row is compared with it as a function of ``A``'s variable (a prior's
  or a density's argument, what precedes the bar of a posterior): proved when the ratio is
  free of it, refuted when it is not (the variable is the call's own);
- a posterior ``q(theta | x) \\propto B`` after the post stated the likelihood of ``theta``
  and its prior is compared with their product as a function of ``theta`` - a proof only
  (the premises are matched by their calls); with only one of the two stated it is not
  checked, naming what is missing;
- ``L(theta) \\propto B`` after a model was declared is not taken as given (it is a claim
  about the model).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_PRIOR = "For a prior on $\\mu$ with known $\\mu_0$, as a function of $\\mu$:\n\n"


def _row(tmp_path, body: str, row: str) -> str:
    return verdict_of_row(tmp_path, body + row + "\n", row)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # the second link drops e^{-mu_0^2/2}, free of mu: proved
        (
            "$$\\pi(\\mu) \\propto e^{-(\\mu - \\mu_0)^2/2} \\propto e^{-\\mu^2/2 + \\mu_0 \\mu}$$",
            "proved",
        ),
        # it drops e^{mu_0 mu}, a factor in mu: refuted (mu is pi's own argument)
        ("$$\\pi(\\mu) \\propto e^{-(\\mu - \\mu_0)^2/2} \\propto e^{-\\mu^2/2}$$", "refuted"),
        # a kernel alone: the premise, taken as given
        ("$$\\pi(\\mu) \\propto e^{-(\\mu - \\mu_0)^2/2}$$", "given"),
    ],
)
def test_a_prior_kernel_chain(tmp_path, row, verdict):
    assert _row(tmp_path, _PRIOR, row) == verdict


@pytest.mark.parametrize(("shift", "proved"), [(1, True), (-1, False), (2, False)])
def test_a_density_kernel_is_checked_in_its_argument(tmp_path, shift, proved):
    """Property over the completed square: e^{-x^2/2 + x} is proportional to e^{-(x - c)^2/2}
    as a function of x exactly when c = 1."""
    sign = "-" if shift > 0 else "+"
    row = f"$$f(x) \\propto e^{{-x^2/2 + x}} \\propto e^{{-(x {sign} {abs(shift)})^2/2}}$$"
    verdict = _row(tmp_path, "The density of $x$, for real $x$:\n\n", row)
    assert verdict == ("proved" if proved else "refuted")


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # drops e^{-y^2/2}: a factor in y only, free of mu (what precedes the bar)
        (
            "$$p(\\mu \\mid y) \\propto e^{-(\\mu - y)^2/2} \\propto e^{-\\mu^2/2 + \\mu y}$$",
            "proved",
        ),
        # drops e^{mu y}: a factor in mu
        ("$$p(\\mu \\mid y) \\propto e^{-(\\mu - y)^2/2} \\propto e^{-\\mu^2/2}$$", "refuted"),
    ],
)
def test_a_posterior_chain_is_in_what_precedes_the_bar(tmp_path, row, verdict):
    body = "For real $\\mu$ and an observation $y$, the posterior of $\\mu$ given $y$:\n\n"
    assert _row(tmp_path, body, row) == verdict


_CONJUGATE = (
    "For data from an exponential distribution with rate $\\lambda$:\n\n"
    "$$L(\\lambda \\mid x) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i}$$\n\n"
    "$$\\pi(\\lambda) \\propto \\lambda^{\\alpha - 1} e^{-\\beta \\lambda}$$\n\n"
    "The posterior is\n\n"
)


@pytest.mark.parametrize(
    ("row", "allowed"),
    [
        (
            "$$\\pi(\\lambda \\mid x) \\propto \\lambda^{\\alpha + n - 1} "
            "e^{-(\\beta + \\sum_{i=1}^n x_i) \\lambda}$$",
            {"proved"},
        ),
        # one power of lambda too many: never proved, and a premise's mismatch is no
        # refutation of the row
        (
            "$$\\pi(\\lambda \\mid x) \\propto \\lambda^{\\alpha + n} "
            "e^{-(\\beta + \\sum_{i=1}^n x_i) \\lambda}$$",
            {"unchecked"},
        ),
    ],
)
def test_a_posterior_kernel_is_the_likelihood_times_the_prior(tmp_path, row, allowed):
    assert _row(tmp_path, _CONJUGATE, row) in allowed


def test_a_posterior_without_its_prior_is_not_taken_as_given(tmp_path):
    body = (
        "For data from an exponential distribution with rate $\\lambda$:\n\n"
        "$$L(\\lambda \\mid x) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i}$$\n\n"
        "The posterior is\n\n"
    )
    row = "$$\\pi(\\lambda \\mid x) \\propto \\lambda^{n + 3} e^{-\\lambda}$$"
    assert _row(tmp_path, body, row) == "unchecked"


def test_a_likelihood_kernel_after_a_model_is_not_taken_as_given(tmp_path):
    body = "Let $x_1, \\dots, x_n$ be iid Poisson($\\lambda$). Then\n\n"
    row = "$$L(\\lambda) \\propto \\lambda^{\\sum_{i=1}^n x_i + 1} e^{-n \\lambda}$$"
    assert _row(tmp_path, body, row) != "given"
    assert _row(tmp_path, body, row) != "proved"


def test_a_likelihood_of_other_data_is_not_the_posteriors(tmp_path):
    """The likelihood is matched by its call: f(y | lambda) is no likelihood of the
    posterior of lambda given x, whatever its kernel; the row is never proved by it."""
    body = (
        "For two data sets with rate $\\lambda$:\n\n"
        "$$f(y \\mid \\lambda) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n y_i}$$\n\n"
        "$$\\pi(\\lambda) \\propto \\lambda^{\\alpha - 1} e^{-\\beta \\lambda}$$\n\n"
        "The posterior is\n\n"
    )
    row = (
        "$$\\pi(\\lambda \\mid x) \\propto \\lambda^{\\alpha + n - 1} "
        "e^{-(\\beta + \\sum_{i=1}^n y_i) \\lambda}$$"
    )
    assert _row(tmp_path, body, row) == "unchecked"


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("$$\\Pr(\\theta \\mid y) \\propto \\Pr(\\theta) \\Pr(y \\mid \\theta)$$", "proved"),
        ("$$\\Pr(\\theta \\mid y) \\propto \\Pr(\\theta) \\Pr(\\theta \\mid y)$$", "unchecked"),
    ],
)
def test_bayes_rule_under_the_letter_pr(tmp_path, row, verdict):
    """Bayes' rule written with \\Pr (read as the name \\mathrm{Pr}) is matched by its calls
    as written: the likelihood given the posterior's subject, the prior of it."""
    assert _row(tmp_path, "By Bayes' rule,\n\n", row) == verdict
