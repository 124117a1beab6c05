"""``\\left< X \\right>``: angle brackets written with the plain signs (batch 43).

A physics-style homework of external43 (chen-sijin's d2i) writes every expectation as
``\\left< (X - \\bar X)(X - \\bar X)^T \\right>``: after ``\\left`` and ``\\right`` the signs
``<`` and ``>`` are delimiters in TeX, the angle brackets ``\\langle``, ``\\rangle``, never
order signs; the rows were unparsed ("the expression is empty"). They are read as
``\\left\\langle ... \\right\\rangle`` are; ``<`` elsewhere stays an order sign.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts


def test_left_and_right_angle_signs_are_brackets(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "Let $X$ be a random variable.\n\n"
        "$$\\left< 2 X \\right> = 2 \\left< X \\right>$$\n\n"
        "$$\\left< 2 X \\right> = 3 \\left< X \\right>$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[3] == "proved", got
    assert got[5] not in ("proved", "given", "unparsed"), got


def test_a_plain_less_than_stays_an_order_sign(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("Let $x > 0$.\n\n$$x < x + 1$$\n", "utf-8")
    got = first_verdicts(path)
    assert got[3] != "unparsed", got
