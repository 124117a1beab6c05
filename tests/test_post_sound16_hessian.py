"""Held-out batch 16, finding 1: `\\nabla_\\phi^2 f` is the Hessian (the second derivative by
phi), not a derivative by phi^2. Reading it as one made phi a variance parameter (read as
sqrt(phi2)) and every derivative by phi in the post was refused or refuted."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "For $0 < \\phi < 1$ and counts $n_1, n_0 > 0$, the log-likelihood is\n\n"
    "$$\\ell(\\phi) = n_1 \\log \\phi + n_0 \\log(1 - \\phi)$$\n\n"
    "Differentiating w.r.t. $\\phi$:\n\n"
    "$$\\nabla_\\phi \\ell(\\phi) = GRADIENT$$\n\n"
    "The second derivative:\n\n"
    "$$\\nabla_\\phi^2 \\ell(\\phi) = -\\frac{n_1}{\\phi^2} - \\frac{n_0}{(1 - \\phi)^2}$$\n"
)


def test_the_gradient_beside_a_hessian_is_proved(tmp_path):
    grad = "\\frac{n_1}{\\phi} - \\frac{n_0}{1 - \\phi}"
    assert verdict_of_row(tmp_path, _POST.replace("GRADIENT", grad), grad) == "proved"


@pytest.mark.parametrize(
    "grad", ["\\frac{n_1}{\\phi} + \\frac{n_0}{1 - \\phi}", "\\frac{n_1}{\\phi^2} - n_0"]
)
def test_a_wrong_gradient_beside_a_hessian_is_not_proved(tmp_path, grad):
    assert verdict_of_row(tmp_path, _POST.replace("GRADIENT", grad), grad) != "proved"


def test_the_hessian_row_is_proved(tmp_path):
    grad = "\\frac{n_1}{\\phi} - \\frac{n_0}{1 - \\phi}"
    row = "-\\frac{n_1}{\\phi^2} - \\frac{n_0}{(1 - \\phi)^2}"
    assert verdict_of_row(tmp_path, _POST.replace("GRADIENT", grad), row) != "refuted"


def test_a_braced_square_under_nabla_is_still_a_variable():
    """`\\nabla_{\\sigma^2}` (braced) differentiates by the variance sigma^2."""
    from derivations.post._parse import _BY_SQUARE

    assert _BY_SQUARE.findall("\\nabla_{\\sigma^2} \\ell") == ["sigma"]
    assert _BY_SQUARE.findall("\\nabla_\\phi^2 \\ell") == []
