"""``\\frac{\\partial \\ell}{\\partial \\mu}(\\mu, \\lambda)``: a derivative written before its
arguments, and ``\\ell_\\mathbf{x}``: a subscript that is a command with its argument.

An inverse-Gaussian answer writes the score as ``\\frac{\\partial \\ell_\\mathbf{x}}{\\partial
\\mu}(\\mu, \\lambda)``. The bracket lists the arguments of the function differentiated, so
the row reads as ``\\frac{\\partial \\ell(\\mu, \\lambda)}{\\partial \\mu}``; read as a product,
``\\frac{d\\ell}{d\\theta}(\\theta)`` was theta times the derivative (a silent misreading).
A bracket of names that does not hold the variable (the derivative at an estimate,
``(\\hat\\theta)``) is not read rather than read as a product.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("after", "inside"),
    [
        (r"\frac{d\ell}{d\theta}(\theta)", r"\frac{d\ell(\theta)}{d\theta}"),
        (
            r"\frac{\partial \ell}{\partial \mu}(\mu, \lambda)",
            r"\frac{\partial \ell(\mu, \lambda)}{\partial \mu}",
        ),
        (
            r"\frac{\partial L}{\partial p}\left(p\right) + 1",
            r"\frac{\partial L(p)}{\partial p} + 1",
        ),
        (r"\frac{d^2\ell}{d\theta^2}(\theta)", r"\frac{d^2\ell(\theta)}{d\theta^2}"),
        (
            r"\frac{\partial \ell_\mathbf{x}}{\partial \lambda}(\mu, \lambda)",
            r"\frac{\partial \ell_\mathbf{x}(\mu, \lambda)}{\partial \lambda}",
        ),
    ],
)
def test_the_arguments_after_a_derivative_are_the_functions(after, inside):
    assert parse_expression(after)[0] == parse_expression(inside)[0]


@pytest.mark.parametrize(
    "text", [r"\frac{d\ell}{d\theta}(\hat\theta)", r"\frac{\partial L}{\partial p}(q)"]
)
def test_a_derivative_at_another_point_is_not_a_product(text):
    with pytest.raises(ValueError, match="at"):
        parse_expression(text)


def test_a_bracket_holding_an_expression_still_multiplies():
    read = parse_expression(r"\frac{d\ell}{d\theta}(\theta - 1)")[0]
    assert read == parse_expression(r"\frac{d\ell}{d\theta} \cdot (\theta - 1)")[0]


@pytest.mark.parametrize(
    ("command", "braced"),
    [
        (r"\ell_\mathbf{x}(\mu, \lambda)", r"\ell_{\mathbf{x}}(\mu, \lambda)"),
        (r"\ell_\mathbf{x}", r"\ell_{\mathbf{x}}"),
        (r"\theta_\hat{k}", r"\theta_{\hat{k}}"),
    ],
)
def test_a_command_as_subscript_is_the_subscript(command, braced):
    assert parse_expression(command)[0] == parse_expression(braced)[0]
