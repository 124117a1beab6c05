"""A function restated at a setting the prose states in letters (held-out batch 50).

Maja Pavlovic's proof of the log-normal variance (StatProofBook lognorm-var, external50)
writes the normal density ``f_X(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma} \\exp[-\\frac{1}{2}
((x-\\mu)/\\sigma)^2]`` (line 76), then "and, with $\\mu = 2 \\sigma$ and unit variance, this
reads:" ``f_X(x) = \\frac{1}{\\sqrt{2\\pi}} \\exp[-\\frac{1}{2}(x - 2\\sigma)^2]`` (line 82). The
second row was compared with the first as a restatement of f_X and refuted; it is f_X at the
setting the sentence states (mu = 2 sigma and a variance of 1, in words the reader does not
read), so a difference from the unset value is no refutation. Settings of letters to numbers
were already handled (._at_a_setting); a setting to a formula in a letter was not.

Properties: the restatement after such a sentence is not refuted, and not proved; the same
row after a sentence that states no setting is still refuted; a setting of a letter the
function's value does not hold changes nothing (still refuted).
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_DENSITY = (
    "The density of a normal distribution is\n\n"
    "$$ f_X(x) = \\frac{1}{\\sqrt{2 \\pi} \\sigma} \\cdot \\exp \\left[ -\\frac{1}{2} "
    "\\left( \\frac{x-\\mu}{\\sigma} \\right)^2 \\right] $$\n\n"
)
_ROW = "f_X(x) = \\frac{1}{\\sqrt{2 \\pi}} \\cdot \\exp \\left[ -\\frac{1}{2} \\left({x - 2 \\sigma} \\right)^2 \\right]"


@pytest.mark.parametrize(
    "sentence",
    [
        "and, with $\\mu = 2 \\sigma$ and unit variance, this reads:",
        "Setting $\\mu = 2\\sigma$ and $\\sigma = 1$ in the exponent only, we get",
    ],
)
def test_the_function_at_the_setting_is_not_refuted(tmp_path, sentence):
    body = _DENSITY + sentence + f"\n\n$$ {_ROW} $$\n"
    assert verdict_of_row(tmp_path, body, _ROW) not in ("refuted", "proved")


def test_without_a_setting_the_restatement_is_still_refuted(tmp_path):
    body = _DENSITY + "and so this reads:" + f"\n\n$$ {_ROW} $$\n"
    assert verdict_of_row(tmp_path, body, _ROW) == "refuted"


def test_a_setting_of_another_letter_changes_nothing(tmp_path):
    body = _DENSITY + "and, with $\\lambda = 2$, this reads:" + f"\n\n$$ {_ROW} $$\n"
    assert verdict_of_row(tmp_path, body, _ROW) == "refuted"
