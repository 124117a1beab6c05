"""Held-out batch 16, finding 5: `S_i \\coloneqq (x_i - m)^2` defines an indexed name the
reader does not take a value from; a later row `\\frac{1}{n}\\sum S_i = \\frac{1}{n}\\sum (x_i -
m)^2` compared S as a free sample and was refuted. A row holding a name whose definition the
reader could not use is not refuted by it (unchecked, with the reason)."""

from __future__ import annotations

from _post_rows import verdict_of_row

_POST = (
    "For real $x_1, \\ldots, x_n$ and $m$, we define\n\n"
    "$$S_i \\coloneqq (x_i - m)^2$$\n\n"
    "Then\n\n"
    "$$V = \\frac{1}{n} \\sum_{i=1}^n S_i = ROW$$\n"
)


def test_a_row_through_an_indexed_definition_is_not_refuted(tmp_path):
    row = "\\frac{1}{n} \\sum_{i=1}^n (x_i - m)^2"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "refuted"


def test_a_wrong_row_through_an_indexed_definition_is_not_proved(tmp_path):
    row = "\\frac{1}{n} \\sum_{i=1}^n (x_i + m)^2"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "proved"


def test_a_wrong_row_without_the_defined_name_is_still_refuted(tmp_path):
    """The name's unread definition excuses only rows that hold it."""
    body = (
        "For real $x_1, \\ldots, x_n$ and $m$, we define\n\n"
        "$$S_i \\coloneqq (x_i - m)^2$$\n\n"
        "$$(a + b)^2 = a^2 + 3ab + b^2$$\n"
    )
    assert verdict_of_row(tmp_path, body, "3ab") == "refuted"


def test_a_continuation_of_a_row_through_the_definition_is_not_refuted(tmp_path):
    """The name is on the row above (`V &= \\frac{1}{n}\\sum S_i \\\\ &= ...`)."""
    body = (
        "For real $x_1, \\ldots, x_n$ and $m$, we define\n\n"
        "$$S_i \\coloneqq (x_i - m)^2$$\n\n"
        "Then\n\n$$\n\\begin{align*}\nV &= \\frac{1}{n} \\sum_{i=1}^n S_i \\\\\n"
        "&= \\frac{1}{n} \\sum_{i=1}^n (x_i - m)^2\n\\end{align*}\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, "&= \\frac{1}{n} \\sum_{i=1}^n (x_i - m)^2") != "refuted"
