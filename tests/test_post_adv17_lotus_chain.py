"""After ``E(h(X)) = \\int h(x) f(x) dx`` is proved by comparing integrands, the next link of
the chain continues the integral written, not its integrand. The integrand step was left as
the line to continue, so ``E(1/X) = \\int_\\theta^\\infty \\theta x^{-3} dx = \\frac{1}{2\\theta}``
compared ``\\theta x^{-3}`` with ``1/(2\\theta)`` and refuted a correct held-out row (external11,
techqa-inverse-square-density-method-of-moments line 40, since 1762952). The property: a
correct value after the integral is never refuted, a wrong one never proved."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_DENSITY = (
    "Let $X$ have the density $f(x) = \\theta x^{-2}$ for $0 < \\theta \\le x < \\infty$.\n\n"
)
_EXP = (
    "Let $X$ be exponential with rate $\\lambda > 0$, density "
    "$f(x) = \\lambda e^{-\\lambda x}$ for $x > 0$.\n\n"
)
_INTEGRAL = "E(e^{-X}) = \\int_0^{\\infty} e^{-x} \\lambda e^{-\\lambda x} dx"


@pytest.mark.parametrize(
    ("saying", "row", "correct"),
    [
        (
            _DENSITY,
            "E(1/X) = \\int_\\theta^{\\infty} \\theta x^{-3} dx = \\frac{1}{2\\theta}",
            True,
        ),
        (
            _DENSITY,
            "E(1/X) = \\int_\\theta^{\\infty} \\theta x^{-3} dx = \\frac{1}{\\theta}",
            False,
        ),
        (
            _EXP,
            _INTEGRAL + " = \\frac{\\lambda}{\\lambda + 1}",
            True,
        ),
        (
            _EXP,
            _INTEGRAL + " = \\frac{1}{\\lambda + 1}",
            False,
        ),
    ],
)
def test_the_link_after_the_integral_continues_the_integral(tmp_path, saying, row, correct):
    verdict = verdict_of_row(tmp_path, f"{saying}$${row}$$\n", row)
    assert verdict != ("refuted" if correct else "proved")
