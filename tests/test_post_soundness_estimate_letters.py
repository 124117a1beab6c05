"""A hatted letter next to its plain letter: ``\\hat{y}`` and ``y`` are two variables when a
post writes both, and a value written in ``\\hat\\theta`` is not a value in ``\\theta``.

Found by held-out batch 12 (tests/posts/incoming/repro11/): the reader read every
derivative by ``\\hat{y}`` as a derivative by ``y`` (right for ``d\\ell/d\\hat\\mu`` of a
log-likelihood written in ``\\mu``, wrong for a loss ``L(y, \\hat{y})``), differentiated a
stored ``l'(\\theta)`` written in ``\\hat\\theta`` by ``\\theta`` (0), and took
``dL/db`` as 0 when ``L`` holds ``\\hat{y}``, whose defining row it could not read.
Each case is a correct row (never refuted) and a slip (never proved).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_SQUARED = "A loss of one prediction:\n\n$$ {row} $$\n"

#: (what, post body with {row}, the correct row, the row with a slip)
CASES = [
    (
        "the derivative of (y - yhat)^2 by yhat",
        _SQUARED,
        "\\frac{\\partial}{\\partial \\hat{y}}(y-\\hat{y})^2 = -2(y-\\hat{y})",
        "\\frac{\\partial}{\\partial \\hat{y}}(y-\\hat{y})^2 = 2(y-\\hat{y})",
    ),
    (
        "the derivative by yhat of a named loss written in y and yhat",
        "$$L(y, \\hat{y}) = -y\\log(\\hat{y}) - (1-y)\\log(1-\\hat{y})$$\n\n$$ {row} $$\n",
        "\\frac{\\partial L}{\\partial \\hat{y}} = -\\frac{y}{\\hat{y}} + \\frac{1-y}{1-\\hat{y}}",
        "\\frac{\\partial L}{\\partial \\hat{y}} = -\\log(\\hat{y}) + \\log(1-\\hat{y})",
    ),
    (
        "the derivative by mu-hat of a named loss written in mu and mu-hat",
        "$$L = (\\mu - \\hat{\\mu})^2 + \\hat{\\mu}^2$$\n\n$$ {row} $$\n",
        "\\frac{\\partial L}{\\partial \\hat{\\mu}} = 4\\hat{\\mu} - 2\\mu",
        "\\frac{\\partial L}{\\partial \\hat{\\mu}} = 2\\mu - 2\\hat{\\mu}",
    ),
]


@pytest.mark.parametrize(("what", "body", "good", "slip"), CASES, ids=[c[0] for c in CASES])
def test_a_hatted_variable_is_its_own_variable_when_the_post_writes_both(
    tmp_path, what, body, good, slip
):
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved", what
    assert verdict_of_row(tmp_path, body.replace("{row}", slip), slip) == "refuted", what


def test_the_derivative_at_the_estimate_is_never_read_as_zero(tmp_path):
    """``d ell / d hat-mu`` of a log-likelihood written in ``mu`` only means the derivative
    by ``mu`` at the estimate (the reading the hat mapping exists for); the reader leaves
    it open today (``hat-mu`` has no value yet), but must never differentiate by a letter
    the value does not hold and compare with 0."""
    body = "$$\\ell(\\mu) = -\\frac{1}{2}\\sum_{i=1}^n (x_i - \\mu)^2$$\n\n$$ {row} $$\n"
    good = "\\frac{\\partial \\ell}{\\partial \\hat{\\mu}} = \\sum_{i=1}^n (x_i - \\hat{\\mu})"
    slip = "\\frac{\\partial \\ell}{\\partial \\hat{\\mu}} = \\sum_{i=1}^n (x_i + \\hat{\\mu})"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("{row}", slip), slip) != "proved"


_LOGNORMAL = (
    "$$l(\\theta) = -\\frac{n}{2}\\log\\theta - \\frac{1}{2\\theta}\\sum_{i=1}^n \\log^2 y_i$$\n\n"
    "$$l'(\\theta) = -\\frac{n}{2\\hat{\\theta}} + \\frac{1}{2\\hat{\\theta}^2}"
    "\\sum_{i=1}^n \\log^2 y_i$$\n\n$$ {row} $$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        # the right second derivative in the post's theta-hat notation, and a slip
        "l''(\\theta) = \\frac{n}{2\\hat{\\theta}^2} - \\frac{1}{\\hat{\\theta}^3}"
        "\\sum_{i=1}^n \\log^2 y_i",
        "l''(\\theta) = \\frac{n}{2\\hat{\\theta}^2} - \\frac{2}{\\hat{\\theta}^3}"
        "\\sum_{i=1}^n \\log^2 y_i",
        "l''(\\theta) = 0",
    ],
)
def test_a_value_written_in_theta_hat_is_not_differentiated_by_theta(tmp_path, row):
    """The stored ``l'`` holds ``hat-theta`` and no ``theta``: its derivative by ``theta``
    is not 0 (the author's hat stands for theta), so no row is compared with 0."""
    verdict = verdict_of_row(tmp_path, _LOGNORMAL.replace("{row}", row), row)
    assert verdict not in ("proved", "refuted"), row


_LOGISTIC = (
    "$$L(y, \\hat{y}) = -y\\log(\\hat{y}) - (1-y)\\log(1-\\hat{y})$$\n\n"
    "$$\\hat{y} = g(w x + b) = \\frac{1}{1+e^-(w x + b)}$$\n\n$$ {row} $$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "\\frac{\\partial L}{\\partial b} = -(y - \\hat{y})",
        "\\frac{\\partial L}{\\partial b} = -(\\hat{y} - y)",
        "\\frac{\\partial L}{\\partial b} = 0",
    ],
)
def test_a_name_defined_in_an_unread_row_may_depend_on_any_variable(tmp_path, row):
    """``hat-y`` is defined (in terms of b) by a row the reader cannot read: ``dL/db`` is
    not known, so it is neither 0 nor anything else."""
    verdict = verdict_of_row(tmp_path, _LOGISTIC.replace("{row}", row), row)
    assert verdict not in ("proved", "refuted"), row
