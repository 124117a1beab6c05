"""A bare ``\\nabla \\log p(x)`` whose function has one named argument (adversarial33, 31).

"The score in the data, the gradient of $\\log p$ with respect to $x$, is $\\nabla \\log p(x) =
-\\frac{x - \\mu}{\\sigma^2}$", in a post whose only other derivative is by ``\\mu``: the bare
nabla before ``\\log`` was read as by ``\\mu`` (the post's one variable), so the correct row was
refuted and its false twin ``+\\frac{x - \\mu}{\\sigma^2}`` proved. ``\\nabla f(\\beta)`` is read
by the function's argument; before a log of a function of one named argument the argument is
as good a reading as the post's variable, and when the two differ the row's variable is in
doubt: it is not read by either. Where they agree, or the post differentiates by nothing else,
the argument is the variable; with no single argument (``p(x \\vert \\theta)``) the post's
variable is read as before (test_post_nabla_of_a_log.py).
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_DENSITY = "Let $p(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma} e^{-\\frac{(x - \\mu)^2}{2\\sigma^2}}$. "
_BY_MU = "By the mean it has $\\frac{d}{d\\mu} \\log p(x) = \\frac{x - \\mu}{\\sigma^2}$. "
_SAID = "The score in the data, the gradient of $\\log p$ with respect to $x$, is\n\n"

RIGHT = r"\nabla \log p(x) = -\frac{x - \mu}{\sigma^2}"
WRONG = r"\nabla \log p(x) = \frac{x - \mu}{\sigma^2}"


def _body(prose: str, row: str) -> str:
    return f"\n{prose}\n\n$${row}$$\n"


@pytest.mark.parametrize("log", [r"\log", r"\ln"])
def test_by_the_argument_against_the_posts_variable_is_neither_way(tmp_path, log):
    prose = _DENSITY + _BY_MU + _SAID
    right, wrong = (r.replace(r"\log", log) for r in (RIGHT, WRONG))
    assert verdict_of_row(tmp_path, _body(prose, right), right) != "refuted"
    assert verdict_of_row(tmp_path, _body(prose, wrong), wrong) != "proved"


def test_with_no_other_variable_the_argument_is_read(tmp_path):
    prose = _DENSITY + _SAID
    assert verdict_of_row(tmp_path, _body(prose, RIGHT), RIGHT) == "proved"
    assert verdict_of_row(tmp_path, _body(prose, WRONG), WRONG) == "refuted"


def test_where_the_argument_is_the_posts_variable_it_is_read(tmp_path):
    """The log-likelihood of theta, differentiated by theta elsewhere in the post."""
    prose = (
        "Let $L(\\theta) = \\theta^n e^{-\\theta s}$, so "
        "$\\frac{d}{d\\theta} \\log L(\\theta) = \\frac{n}{\\theta} - s$. Its gradient:\n\n"
    )
    right = r"\nabla \log L(\theta) = \frac{n}{\theta} - s"
    wrong = r"\nabla \log L(\theta) = \frac{n}{\theta} + s"
    assert verdict_of_row(tmp_path, _body(prose, right), right) == "proved"
    assert verdict_of_row(tmp_path, _body(prose, wrong), wrong) != "proved"
