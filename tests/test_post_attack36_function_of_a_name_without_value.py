r"""A derivative of a function of a name or an element without a value (``h_t^2``, ``e^{h_t}``,
``2 h_t``, ``\sqrt{L}``, ``h^{(1)}_t`` read ``h_t^1``) by a variable it does not hold is kept
unevaluated, as the derivative of the name alone (``d h_t / d\alpha``, ``d \ln L / d\theta``)
already was (adversarial set 28, 75-79).

``_name_without_value`` looked only at the name and its log: ``\frac{\partial h_t^2}
{\partial\alpha} = 0`` was proved (``h_t`` a constant of ``\alpha``), and so was the
derivative of a recursion ``h^{(1)}_t = \alpha_0 + \alpha_1 h^{(1)}_{t-1}`` by ``\alpha_1``
said 0, whose correct derivative was refuted. Failed at f31b68c. A term written out
(``\frac{n}{2} \log 2\pi``, a letter times a name) is read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "A variance $h_t$ that depends on $\\alpha$, and a likelihood $L$ of $\\theta$.\n\n"


def _verdict(tmp_path, row: str, before: str = "") -> str:
    return verdict_of_row(tmp_path, f"{PROSE}{before}$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial h_t^2}{\partial \alpha} = 0",
        r"\frac{\partial L^2}{\partial \theta} = 0",
        r"\frac{\partial e^{h_t}}{\partial \alpha} = 0",
        r"\frac{\partial (2 h_t)}{\partial \alpha} = 0",
        r"\frac{\partial \log h_t^2}{\partial \alpha} = 0",
        r"\frac{\partial}{\partial \alpha} \frac{1}{h_t} = 0",
        r"\frac{\partial \sqrt{L}}{\partial \theta} = 0",
        r"\frac{\partial h^{(1)}_t}{\partial \alpha} = 0",
    ],
)
def test_a_function_of_a_name_without_value_is_not_a_constant(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "plausible")


def test_the_recursions_derivative_is_not_refuted(tmp_path):
    before = "$$h^{(1)}_t = \\alpha_0 + \\alpha_1 h^{(1)}_{t-1}$$\n\n"
    right = r"h^{(1)}_{t-1} + \alpha_1 \frac{\partial h^{(1)}_{t-1}}{\partial \alpha_1}"
    row = r"\frac{\partial h^{(1)}_t}{\partial \alpha_1} = " + right
    assert _verdict(tmp_path, row, before) != "refuted"
    assert _verdict(tmp_path, r"\frac{\partial h^{(1)}_t}{\partial \alpha_1} = 0", before) != (
        "proved"
    )


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{d}{dx} x^2 = 2x",
        r"\frac{d}{dx} e^{2x} = 2 e^{2x}",
        r"\frac{\partial}{\partial \theta} \frac{n}{2} \log 2\pi = 0",
        r"\frac{\partial}{\partial \alpha} (3 \alpha^2) = 6 \alpha",
        # another element of the variable's letter is a constant of it (adversarial27, 13)
        r"\frac{\partial}{\partial \theta_{12}} (\theta_{10} + \theta_{11})^2 = 0",
    ],
)
def test_rows_in_the_variable_or_written_out_are_read_as_before(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac{\partial (h_t + h_{t-1})}{\partial \alpha} = 0",
        r"\frac{\partial (L_1 L_2)}{\partial \theta} = 0",
        r"\frac{\partial}{\partial \alpha} \left( \log h_t + \frac{y_t^2}{h_t} \right) = 0",
    ],
)
def test_a_function_of_several_names_without_value_is_not_a_constant(tmp_path, row):
    """Sums and products of such names (Engle's ARCH term ``log h_t + y_t^2 / h_t``) are no
    constants of the variable either (proved or plausible at f31b68c)."""
    assert _verdict(tmp_path, row) not in ("proved", "plausible")


def test_a_term_in_a_parameter_of_the_post_is_a_constant(tmp_path):
    """A name the post differentiates by elsewhere is a parameter: a term in it alone is a
    constant of another variable (``n/2 log sigma^2`` by ``mu``), as before."""
    before = "$$\\frac{\\partial}{\\partial \\sigma} \\sigma^2 = 2 \\sigma$$\n\n"
    row = r"\frac{\partial}{\partial \mu} \frac{n}{2} \log \sigma^2 = 0"
    assert _verdict(tmp_path, row, before) == "proved"
