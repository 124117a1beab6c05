"""An integral over s holding a letter t that the post relates to s ("change the variable
to $s = c t^\\beta$") integrates t as a function of s: read as a constant, a correct row
(held-out batch 12, Weibull moments) was refuted. Such a difference is no refutation;
an integral whose integrand holds no such letter is compared as before."""

from __future__ import annotations

from _post_rows import verdict_of_row

_BODY = (
    "Let $c, \\beta > 0$ and $k > 0$.\n\n"
    "$$ I = \\frac{k}{c\\beta}\\int_0^\\infty e^{-s}\\,ds $$\n\n"
    "Change the variable to $s = c t^\\beta$:\n\n$$ {row} $$\n"
)


def test_a_letter_related_to_the_variable_of_integration_is_no_refutation(tmp_path):
    row = (
        "\\frac{k}{c\\beta}\\int_0^\\infty t^{k-\\beta} e^{-s}\\,ds = "
        "\\frac{k}{c^{k/\\beta}\\beta}\\int_0^\\infty s^{k/\\beta-1} e^{-s}\\,ds"
    )
    assert verdict_of_row(tmp_path, _BODY.replace("{row}", row), row) != "refuted"


def test_an_integral_without_such_a_letter_is_still_compared(tmp_path):
    row = "\\frac{k}{c\\beta}\\int_0^\\infty e^{-s}\\,ds = \\frac{2k}{c\\beta}"
    assert verdict_of_row(tmp_path, _BODY.replace("{row}", row), row) == "refuted"
