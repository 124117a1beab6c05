"""``\\partial^2/\\partial\\lambda^2\\,(\\log\\lambda - \\lambda x)``: a derivative of higher order
written with a slash, as ``d/dx`` is for the first.

A Fisher-information solution (q4quant) writes ``\\partial^2/\\partial\\lambda^2\\,(\\log\\lambda -
\\lambda x) = -1/\\lambda^2``: unparsed ("unexpected 'partial'"). Worse, ``d^2/d\\lambda^2 (...)``
was read as the product ``d^2/d * \\lambda^2 * (...)``, a silent misreading. Both are the
``\\frac`` they abbreviate; orders that differ above and below are not read.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import verdict_of_row


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("slash", "frac"),
    [
        (
            r"\partial^2/\partial\lambda^2\,(\log\lambda - \lambda x)",
            r"\frac{\partial^2}{\partial\lambda^2}(\log\lambda - \lambda x)",
        ),
        (
            r"d^2/d\lambda^2 (\log\lambda - \lambda x)",
            r"\frac{d^2}{d\lambda^2}(\log\lambda - \lambda x)",
        ),
        (r"d^{3}/dx^{3} (x^4)", r"\frac{d^3}{dx^3}(x^4)"),
        (r"1 + d^2/dt^2 (t^3)", r"1 + \frac{d^2}{dt^2}(t^3)"),
    ],
)
def test_a_slash_derivative_of_higher_order_is_the_fraction(slash, frac):
    assert _read(slash) == _read(frac)


@pytest.mark.parametrize("text", [r"d^2/dx^3 (x^4)", r"\partial^2/\partial x^3 (x^4)"])
def test_orders_that_differ_are_not_read(text):
    with pytest.raises(ValueError):
        _read(text)


def test_the_second_derivative_row_is_proved_and_its_false_twin_refuted(tmp_path):
    body = "$$\\partial^2/\\partial t^2\\,(t^3 - 3 t) = 6 t$$\n"
    assert verdict_of_row(tmp_path, body, "partial^2") == "proved"
    twin = body.replace("= 6 t", "= 6 t + 1")
    assert verdict_of_row(tmp_path, twin, "partial^2") == "refuted"


def test_the_fisher_row_reads_as_its_fraction(tmp_path):
    slash = "$$\\partial^2/\\partial\\lambda^2\\,(\\log\\lambda - \\lambda x) = -1/\\lambda^2$$\n"
    frac = slash.replace(
        "\\partial^2/\\partial\\lambda^2", "\\frac{\\partial^2}{\\partial\\lambda^2}"
    )
    got = verdict_of_row(tmp_path, slash, "partial")
    assert got != "unparsed"
    assert got == verdict_of_row(tmp_path, frac, "partial")
