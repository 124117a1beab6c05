"""A density of a listed sample given a parameter, ``p(x_1, \\ldots, x_n | \\theta)``, is read
as ``p(\\mathbf{x} | \\theta)`` is - with the data as an argument - never as ``p(\\theta)``, the
density of the parameter. Read as ``p(\\theta)``, a post's prior ``p(\\theta) = ...`` written
next "defined p anew", and the correct row ``p(x_1, \\ldots, x_n | \\theta) p(\\theta) \\propto
<likelihood> <prior>`` was refuted with both factors read as the prior (held-out batch 24,
villani 25; ``tests/posts/incoming/repro24/``). Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post import parse_expression


def _read(latex: str):
    return parse_expression(latex)[0]


@pytest.mark.parametrize("bar", ["|", "\\mid", "\\vert", ";"])
@pytest.mark.parametrize("dots", ["\\ldots", "\\dots", "\\cdots"])
@pytest.mark.parametrize(("x", "theta"), [("x", "\\theta"), ("y", "\\mu"), ("z", "\\lambda")])
def test_a_listed_sample_given_a_parameter_is_not_the_parameters_density(bar, dots, x, theta):
    sample = _read(f"p({x}_1, {dots}, {x}_n {bar} {theta})")
    assert sample != _read(f"p({theta})")
    assert sample == _read(f"p(\\mathbf{{{x}}} {bar} {theta})")
    # the posterior keeps the order written: the parameter first, then the data
    posterior = _read(f"p({theta} {bar} {x}_1, {dots}, {x}_n)")
    assert posterior == _read(f"p({theta} {bar} \\mathbf{{{x}}})")
    assert posterior != sample


def test_a_listed_sample_without_a_bar_is_read_as_before():
    # f(x_1, ..., x_n) with nothing after a bar: the data only, as before (no argument kept)
    assert _read("f(x_1, \\ldots, x_n)").args == ()


_POST = """The likelihood is

$$ p(x_1,\\ldots,x_n \\vert \\theta) = \\prod_{i=1}^n \\theta e^{-\\theta x_i}
= \\theta^n e^{-\\theta\\sum_{i=1}^n x_i} $$

The prior is

$$ p(\\theta) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)}\\theta^{\\alpha-1}e^{-\\beta\\theta} $$

The posterior is

$$
\\begin{aligned}
p(\\theta \\vert x_1,\\ldots,x_n) &\\propto p(x_1,\\ldots,x_n \\vert \\theta)p(\\theta) \\\\
&\\propto ROW
\\end{aligned}
$$
"""

_RIGHT = "\\theta^n e^{-\\theta\\sum_{i=1}^n x_i}\\theta^{\\alpha-1}e^{-\\beta\\theta}"
# twins of our own: one factor of the prior lost, the likelihood's theta^n lost
_WRONG = [
    "\\theta^n e^{-\\theta\\sum_{i=1}^n x_i}\\theta^{\\alpha}e^{-\\beta\\theta}",
    "e^{-\\theta\\sum_{i=1}^n x_i}\\theta^{\\alpha-1}e^{-\\beta\\theta}",
]


def test_likelihood_times_prior_under_one_letter_is_not_refuted(tmp_path):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", _RIGHT), _RIGHT) == "proved"


@pytest.mark.parametrize("wrong", _WRONG)
def test_its_wrong_twins_are_not_proved(tmp_path, wrong):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", wrong), wrong) != "proved"


def test_a_prior_stated_in_prose_is_not_read_as_the_likelihood(tmp_path):
    # no row gives p(theta) a value: p(theta) in the posterior row is no factor of the
    # likelihood (read so before, the row's correct right side was refuted)
    prior = next(line for line in _POST.splitlines() if line.startswith("$$ p(\\theta) ="))
    body = _POST.replace(prior, "$\\theta \\sim \\mathrm{Gamma}(\\alpha, \\beta)$.")
    assert "Gamma}(" in body
    assert verdict_of_row(tmp_path, body.replace("ROW", _RIGHT), _RIGHT) != "refuted"
