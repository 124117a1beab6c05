"""A function of the parameter given a number (``L(\\theta) = 0.1 \\times 0.2 \\times 0.5 =
0.01`` after "If $\\theta_1 = 0.1$, ..."): the value at a setting of the parameter the prose
states, not the function's value. Taken as the function's value, the next setting's
``L(\\theta) = 0.5 \\times 0.8 \\times 0.5 = 0.2`` was refuted against 0.01 (held-out batch 16,
mkdocs bigram post line 61, repro15). The arithmetic of each row is still checked."""

from __future__ import annotations

from _post_rows import verdict_of_row

_POST = (
    "Let\n\n$$L(\\theta) = \\theta_1 \\theta_2$$\n\n"
    "If $\\theta_1 = 0.1$ and $\\theta_2 = 0.2$:\n\n$$L(\\theta) = 0.1 \\times 0.2 = 0.02$$\n\n"
    "If $\\theta_1 = 0.5$ and $\\theta_2 = 0.8$:\n\n$$ROW$$\n"
)


def test_a_value_at_another_setting_is_not_refuted(tmp_path):
    row = "L(\\theta) = 0.5 \\times 0.8 = 0.4"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) != "refuted"


def test_the_arithmetic_of_the_row_is_still_checked(tmp_path):
    row = "L(\\theta) = 0.5 \\times 0.8 = 0.3"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", row), row) == "refuted"


def test_a_number_for_a_plain_name_is_still_its_value(tmp_path):
    body = "Let\n\n$$c = 2$$\n\nThen\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", "c + 1 = 4"), "c + 1 = 4") == "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", "c + 1 = 3"), "c + 1 = 3") == "proved"
