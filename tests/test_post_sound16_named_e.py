"""Held-out batch 16, finding 7: a post that names a quantity `e` (`e = (y - ax)^2`, the
squared error) and never raises it to a power means that quantity, not Euler's number:
`de/dx` is then its derivative, not the derivative of a constant (which refuted the row)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "For real $a, x, y$, the squared error is\n\n$$e = (y - a x)^2$$\n\n"
    "$e$ is minimized when $de/dx = 0$:\n\n$$\\frac{de}{dx} = ROW$$\n"
)


def test_the_derivative_of_a_named_e_is_proved(tmp_path):
    row = "-2a(y - a x)"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) == "proved"


@pytest.mark.parametrize("row", ["2a(y - a x)", "-2(y - a x)", "0"])
def test_a_wrong_derivative_of_a_named_e_is_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "proved"


def test_euler_e_stays_euler_where_the_post_raises_it(tmp_path):
    """A post that writes e^{...} means Euler's number even beside a row `e = ...`."""
    body = "For real $x$,\n\n$$e = 2.718$$\n\n$$\\frac{d}{dx} e^{2x} = 2 e^{2x}$$\n"
    assert verdict_of_row(tmp_path, body, "= 2 e^{2x}") == "proved"
