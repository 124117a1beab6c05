"""``\\theta^{MLE}``, ``\\beta^{OLS}``, ``\\mu^{new}``: an estimator's abbreviation or an
iteration's word above a name labels it, as ``\\theta^{\\text{MLE}}`` does; letter by
letter it was a power of the product of the letters (``\\theta^{M L E}``). A run of letters
that is no such word stays a product (``e^{ab}``)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

ROWS = (
    r"\begin{aligned} g &= (\theta^{L} + 1)^2 \\ &= (\theta^{L})^2 + 2\theta^{L} + 1 \end{aligned}",
    r"\theta^{L} \theta^{L} = (\theta^{L})^{2}",
    r"(\theta^{L})^{2} = \theta^{2 L}",
)


def _verdicts(tmp_path, label):
    rows = display_rows(tmp_path, *(r.replace("{L}", "{" + label + "}") for r in ROWS))
    return [(line, r.verdict, r.reason) for line, r in sorted(rows.items())]


@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("MLE", r"\text{MLE}"),
        ("OLS", r"\mathrm{OLS}"),
        ("MAP", r"\text{MAP}"),
        ("new", r"\text{new}"),
        ("old", r"\text{old}"),
    ],
)
def test_a_word_label_reads_as_the_label_in_a_text_box(tmp_path, label, text):
    assert _verdicts(tmp_path, label) == _verdicts(tmp_path, text)


def test_other_letters_stay_a_product(tmp_path):
    rows = display_rows(tmp_path, r"b = e^{ab}", r"b = (e^{a})^{b}")
    assert rows[7].verdict == "proved", rows[7].reason
