"""The slash doubt covers every factor written against the divisor, and every doubt of a row.

Adversarial set 23 (attack31, written blind against 6f5d9e4): ``p(v) \\propto 1/2\\pi v`` after
``p(v) = \\frac{1}{2\\pi v}`` and ``g(y) \\propto e^{-y}/2\\pi + e^{-y}/2y`` after ``g(y) =
\\frac{e^{-y}}{2\\pi} + \\frac{e^{-y}}{2y}`` were refuted. The doubt of ``a/b c`` was recorded for
the first factor after the divisor only (``\\pi``, a constant: "the two readings differ by a
constant factor", which leaves links up to a factor alone), not for ``v`` after it; and of two
doubts in a row only the first was looked at.

Properties: a correct link up to a factor written with ``a/b c d ...`` is never refuted,
whatever constants come first; a link that holds as read is still proved; one false under both
readings is never proved;."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_CORRECT = [
    ("p(v) = \\frac{1}{2\\pi v}", "p(v) \\propto 1/2\\pi v"),
    ("p(v) = \\frac{1}{2\\pi v}", "p(v) \\propto 1/2\\pi\\, v"),
    ("p(s) = \\frac{3}{2\\pi s^2}", "p(s) \\propto 3/2\\pi s^2"),
    ("q(v) = \\frac{1}{4\\pi e v}", "q(v) \\propto 1/4\\pi e v"),
    (
        "g(y) = \\frac{e^{-y}}{2\\pi} + \\frac{e^{-y}}{2y}",
        "g(y) \\propto e^{-y}/2\\pi + e^{-y}/2y",
    ),
    (
        "g(y) = \\frac{e^{-y}}{2\\pi} + \\frac{e^{-y}}{2y}",
        "g(y) \\propto e^{-y}/2y + e^{-y}/2\\pi",
    ),
]


@pytest.mark.parametrize(("first", "row"), _CORRECT)
def test_a_correct_link_up_to_a_factor_is_never_refuted(tmp_path, first, row):
    assert display_rows(tmp_path, first, row)[7].verdict != "refuted"


@pytest.mark.parametrize(
    ("first", "row"),
    [
        ("p(v) = \\frac{\\pi v}{2}", "p(v) \\propto 1/2\\pi v"),  # holds as read: (1/2) pi v
        ("p(\\tau) = \\frac{\\tau}{2\\pi}", "p(\\tau) \\propto \\tau/2\\pi"),  # constant only
    ],
)
def test_a_link_that_holds_as_read_is_still_proved(tmp_path, first, row):
    assert display_rows(tmp_path, first, row)[7].verdict == "proved"


@pytest.mark.parametrize(
    ("first", "row"),
    [
        ("p(v) = \\frac{1}{2\\pi v}", "p(v) \\propto 1/2\\pi v^3"),
        ("p(\\tau) = \\frac{\\tau}{2\\pi}", "p(\\tau) \\propto \\tau^2/2\\pi"),
    ],
)
def test_a_link_false_under_both_readings_is_not_proved(tmp_path, first, row):
    assert display_rows(tmp_path, first, row)[7].verdict != "proved"
