"""A density the prose defines on a range (``f(x) = ... for $x > 0$``, :mod:`._density_range`)
has its value on the range at a point the line leaves free, ``f(x_i)`` in a likelihood,
however the line is then taken apart: a free sample index compares the row through the
quotient of its sides (``1 - rhs / prod f(x_i)``), where sympy folds ``1 / Piecewise`` into
the pieces (``zoo`` outside) before the value was read on its range, and the link was left
unchecked."""

from __future__ import annotations

from _post_rows import verdict_of_row

BODY = (
    "For $\\lambda > 0$ the density is $f(x) = \\lambda e^{-\\lambda x}$ for $x > 0$.\n\n"
    "$$L(\\lambda) = \\prod_{i=1}^{n} f(x_i) = ROW$$\n"
)


def test_a_free_sample_in_a_likelihood_of_a_ranged_density(tmp_path):
    wrong = "\\lambda^n e^{-n \\lambda x_i}"
    assert verdict_of_row(tmp_path, BODY.replace("ROW", wrong), wrong) == "refuted"
    right = "\\lambda^n e^{-\\lambda \\sum_{i=1}^{n} x_i}"
    assert verdict_of_row(tmp_path, BODY.replace("ROW", right), right) == "proved"


def test_a_ranged_value_under_a_quotient_at_a_free_point(tmp_path):
    body = (
        "Let $\\theta > 0$ and $g(t) = \\theta t^2$ for $t > 0$.\n\n"
        "$$\\frac{1}{g(s)} = \\frac{1}{\\theta s^2}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "\\frac{1}{\\theta s^2}") == "proved"
    wrong = body.replace("\\frac{1}{\\theta s^2}$$", "\\frac{2}{\\theta s^2}$$")
    assert verdict_of_row(tmp_path, wrong, "\\frac{2}{\\theta s^2}") == "refuted"
