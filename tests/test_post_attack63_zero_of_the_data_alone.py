"""A chain ending in ``= 0`` whose line set to zero holds the data alone (adversarial35, 08).

``\\frac{d}{d\\lambda}(\\lambda\\sum_i x_i) = \\sum_i x_i = 0`` behind "The maximiser of
$\\ell$ is where its derivative vanishes; first, the derivative of the data term alone" was
proved on f70b355: the row writes a derivative and the words name one, so its ``= 0`` was read
as a first-order condition. But ``\\sum_i x_i`` holds no parameter or estimate: nothing is
solved for, so the zero is a claim about the data, compared as a claim (a proof only). A
first-order condition in the parameter, or at its estimate, is read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_MAXIMISER = (
    "The maximiser of $\\ell$ is where its derivative vanishes; first, the derivative of the "
    "data term alone:"
)


def _post(words: str, row: str) -> str:
    return f"\nLet $\\bar x$ be the mean of $x_1, \\dots, x_n$. {words}\n\n$${row}$$\n"


@pytest.mark.parametrize(
    ("words", "row"),
    [
        (
            _MAXIMISER,
            "\\frac{d}{d\\lambda}\\left(\\lambda\\sum_{i=1}^n x_i\\right) = \\sum_{i=1}^n x_i = 0",
        ),
        (
            "Setting the derivative to zero:",
            "\\frac{d}{d\\lambda}\\left(\\lambda n \\bar x\\right) = n\\bar x = 0",
        ),
    ],
    ids=["sum-after-maximiser", "listed-mean-after-setting"],
)
def test_a_zero_of_the_data_alone_is_never_proved(tmp_path, words, row):
    """(Before the fix of _arith.identically_equal each such post took 11-20 s under load:
    test_post_attack63_identity_test_unevaluated.py.)"""
    assert verdict_of_row(tmp_path, _post(words, row), row) not in ("proved", "plausible")


@pytest.mark.parametrize(
    "row",
    [
        "\\frac{d}{d\\lambda}\\left(n\\log\\lambda - \\lambda\\sum_{i=1}^n x_i\\right) "
        "= \\frac{n}{\\lambda} - \\sum_{i=1}^n x_i = 0",
        "\\frac{n}{\\hat\\lambda} - \\sum_{i=1}^n x_i = 0",
    ],
    ids=["parameter", "estimate"],
)
def test_a_condition_in_the_parameter_or_its_estimate_is_no_claim(tmp_path, row):
    """n/lambda - sum x_i is no identity: as a claim it would fail; set to zero it holds."""
    text = _post("Setting the derivative to zero:", row)
    assert verdict_of_row(tmp_path, text, row) not in ("refuted", "unchecked")
