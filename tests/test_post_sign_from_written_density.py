"""The sign of a row is decided with the domains a density written as a formula implies.

Probe of 2026-12-05 (evening), written before the fix: after ``f(x;\\lambda) = \\lambda
e^{-\\lambda x}, x > 0`` (a display row), ``\\ell''(\\lambda) = -n/\\lambda^2 < 0`` was
"unchecked: the sign is not decided by what is assumed of the symbols", though the engine
already knew ``\\lambda > 0`` from that density (._parameter_space.implied_domains) and the
same row after ``X_i \\sim \\mathrm{Exp}(\\lambda)`` was proved.
"""

from __future__ import annotations

from _post_rows import verdict_of_row

POST = (
    "For $x_1, \\dots, x_n$ i.i.d. with density\n\n"
    "$$f(x;\\lambda) = \\lambda e^{-\\lambda x}, \\quad x > 0,$$\n\n"
    "$$\\ell(\\lambda) = n\\log\\lambda - \\lambda\\sum_{i=1}^n x_i$$\n\n"
    "$$\\ell''(\\lambda) = -\\frac{n}{\\lambda^2} < 0$$\n"
)


def test_the_rate_of_a_written_density_decides_the_sign(tmp_path):
    assert verdict_of_row(tmp_path, POST, "< 0") == "proved"


def test_a_wrong_sign_is_never_proved(tmp_path):
    wrong = POST.replace("< 0$$", "> 0$$")
    assert verdict_of_row(tmp_path, wrong, "> 0") != "proved"


def test_without_a_density_the_sign_stays_open(tmp_path):
    """A row whose sign needs lambda > 0 (-n/lambda^2 < 0 holds for every real lambda != 0:
    test_post_sign_where_defined)."""
    third = POST.replace(
        "\\ell''(\\lambda) = -\\frac{n}{\\lambda^2} < 0",
        "\\ell'''(\\lambda) = \\frac{2n}{\\lambda^3} > 0",
    )
    assert verdict_of_row(tmp_path, third, "> 0") == "proved"
    body = third.replace("$$f(x;\\lambda) = \\lambda e^{-\\lambda x}, \\quad x > 0,$$\n\n", "")
    assert verdict_of_row(tmp_path, body, "> 0") != "proved"
