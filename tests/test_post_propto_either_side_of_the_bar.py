"""``f(y | \\lambda) \\propto ...`` may be proportional in what precedes the bar (a posterior
``p(\\mu | y)``, a function of mu) or in what follows it (a likelihood, a function of lambda).
The reader chose the names before the bar, and refuted a correct likelihood that drops
``1/y!`` (held-out batch 18, eriktuck line 17; repro17). A failure in one reading is no
counterexample when the other reading may hold: the row is not refuted. A row true in the
reading the reader checks is still proved, and a row false in both readings is never proved."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POISSON = (
    "A likelihood for the Poisson distribution can be expressed as "
    "$ f(y|\\lambda) = \\frac{{e^{{-\\lambda}}\\lambda^y}}{{y!}} \\propto {rhs} $\n"
)
_BINOMIAL = (
    "The likelihood of one count is\n\n"
    "$$p(x|\\theta) = \\binom{{n}}{{x}}\\theta^x(1-\\theta)^{{n-x}} \\propto {rhs}$$\n"
)


@pytest.mark.parametrize(
    "template, rhs",
    [
        (_POISSON, "e^{-\\lambda}\\lambda^y"),
        (_BINOMIAL, "\\theta^x(1-\\theta)^{n-x}"),
    ],
)
def test_a_likelihood_proportional_in_its_parameter_is_not_refuted(tmp_path, template, rhs):
    body = template.format(rhs=rhs)
    assert verdict_of_row(tmp_path, body, rhs) != "refuted"


@pytest.mark.parametrize(
    "template, rhs",
    [
        (_POISSON, "e^{-2\\lambda}\\lambda^y"),
        (_POISSON, "e^{-\\lambda}\\lambda^{2y}"),
        (_BINOMIAL, "\\theta^{x+1}(1-\\theta)^{n-x}"),
    ],
)
def test_a_wrong_kernel_is_not_proved(tmp_path, template, rhs):
    body = template.format(rhs=rhs)
    assert verdict_of_row(tmp_path, body, rhs) != "proved"


def test_a_posterior_is_still_proportional_in_what_precedes_the_bar(tmp_path):
    right = "e^{-(\\mu - a)^2/2}"
    body = (
        "The posterior is\n\n"
        "$$p(\\mu | a) = \\frac{e^{-(\\mu - a)^2/2}}{\\sqrt{2\\pi}} \\propto RHS$$\n"
    )
    assert verdict_of_row(tmp_path, body.replace("RHS", right), right) == "proved"
    wrong = "e^{-(\\mu - a)^2}"
    assert verdict_of_row(tmp_path, body.replace("RHS", wrong), wrong) == "refuted"


_THEN_LOG = (
    _POISSON.format(rhs="e^{-\\lambda}\\lambda^y")
    + "\nThe log-likelihood is $\\ln f(y|\\lambda) = ROW$\n"
)


def test_the_log_of_the_kernel_after_propto_is_not_refuted(tmp_path):
    # the author goes on with the kernel: the log drops ln y!, as the line above allowed
    row = "-\\lambda + y \\ln \\lambda"
    assert verdict_of_row(tmp_path, _THEN_LOG.replace("ROW", row), row) != "refuted"


def test_a_wrong_log_of_the_kernel_after_propto_is_not_proved(tmp_path):
    row = "-2\\lambda + y \\ln \\lambda"
    assert verdict_of_row(tmp_path, _THEN_LOG.replace("ROW", row), row) != "proved"
