"""``\\theta^{MLE}``, ``\\beta^{OLS}``, ``\\mu^{new}``: an estimator's abbreviation or an
iteration's word above a name labels it, as ``\\theta^{\\text{MLE}}`` does; letter by
letter it was a power of the product of the letters (``\\theta^{M L E}``), so a row that
writes the label once as a word and once as a product was compared as powers. A run of
letters that is no such word stays a product (``e^{ab}``)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


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
def test_a_word_label_is_the_label_in_a_text_box(tmp_path, label, text):
    rows = display_rows(
        tmp_path,
        rf"b = \theta^{{{label}}} + 1",
        rf"b = \theta^{{{text}}} + 1",
        rf"b = \theta^{{{text}}} + 2",
    )
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[9].verdict == "refuted", rows[9].reason


def test_other_letters_stay_a_product(tmp_path):
    rows = display_rows(tmp_path, r"b = e^{ab}", r"b = (e^{a})^{b}")
    assert rows[7].verdict == "proved", rows[7].reason
