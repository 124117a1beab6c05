"""A letter the post gives only through its square holds that square in later rows (batch 49).

The LRT question of external49 (line 18) writes ``S^2=(1/n)\\sum (X_i-\\bar{X})^2`` and then
(line 20) ``L(\\bar{X},S^2)=(2\\pi S^2)^{-n/2}exp(\\frac{-1}{2S^2}\\sum (X_i-\\bar{X})^2)=(2\\pi
S^2)^{-n/2}exp(\\frac{-1}{2S^2}nS^2)``. The reader took line 18 as "an equation in S through
its square" (S's sign is not said, so S gets no value) and then drew S freely in line 20:
the link, true under ``S^2 = ...``, was refuted. Whatever root the post means, every even
power of the letter is the right side's power; a later row is read with it. What still
depends on the root (an odd power) is not refuted on a drawn value: unchecked, naming the row.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import rows_of, rows_of_text

_LRT = (
    Path(__file__).parent
    / "posts/incoming/external49/techqa-normal-mean-equals-variance-lrt-lambda.md"
)

_FRONT = "---\ntitle: t\n---\n"


def _last(tmp_path, body: str):
    rows = rows_of_text(tmp_path, _FRONT + body)
    return rows[max(rows)]


_RIGHT = {
    "capital S of a sample": (
        "$$S^2=\\frac{1}{n}\\sum_{i=1}^n (X_i-\\bar{X})^2$$\n\n"
        "$$Q=\\frac{1}{S^2}\\sum_{i=1}^n (X_i-\\bar{X})^2 = n$$\n"
    ),
    "another letter": (
        "$$T^2=\\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n$$Q=\\frac{1}{T^2}\\sum_{i=1}^n x_i^2 = n$$\n"
    ),
    "a fourth power": (
        "$$T^2=\\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n$$Q=n T^4 = n (\\frac{1}{n}\\sum_{i=1}^n x_i^2)^2$$\n"
    ),
}


@pytest.mark.parametrize("body", list(_RIGHT.values()), ids=list(_RIGHT))
def test_a_link_resting_on_the_square_holds(tmp_path, body):
    assert _last(tmp_path, body).verdict in ("proved", "plausible")


def test_a_wrong_link_on_the_same_square_is_still_refuted(tmp_path):
    body = "$$T^2=\\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n$$Q=\\frac{1}{T^2}\\sum_{i=1}^n x_i^2 = n + 1$$\n"
    assert _last(tmp_path, body).verdict == "refuted"


def test_without_the_square_the_letter_is_free(tmp_path):
    # the property is the square's: with no row giving T^2, the link does not hold
    # (blind65: a letter first written in the row's own definition may be what the row gives
    # a value, as FWHM = \Delta x = x_2 - x_1 does, so the link may also be left unchecked)
    body = "$$Q=\\frac{1}{T^2}\\sum_{i=1}^n x_i^2 = n$$\n"
    assert _last(tmp_path, body).verdict in ("refuted", "unchecked")


def test_a_row_that_depends_on_the_root_is_not_refuted(tmp_path):
    # T = 2 or T = -2: the row takes T = 2, which the square alone neither gives nor rules out
    row = _last(tmp_path, "$$T^2 = 4$$\n\n$$R = T + 1 = 3$$\n")
    assert row.verdict != "refuted"
    assert row.verdict != "proved"


def test_an_equation_step_from_the_square_is_unchanged(tmp_path):
    rows = rows_of_text(tmp_path, _FRONT + "$$\\mu^2 = 4$$\n\n$$\\mu = -2$$\n\n$$\\mu^3 = -8$$\n")
    assert rows[6].verdict != "refuted"
    assert rows[8].verdict == "proved"


def test_the_lrt_question_line_20_is_not_refuted():
    rows = [r for r in rows_of(_LRT).values() if r.line == 20]
    assert rows and all(r.verdict != "refuted" for r in rows)


def test_a_row_on_the_positive_root_is_not_refuted(tmp_path):
    # T sqrt(n) = sqrt(sum x_i^2) takes the positive root of T^2 = (1/n) sum x_i^2; T drawn
    # freely (negative) is off the post's equation
    body = (
        "$$T^2=\\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n"
        "$$Q= T \\sqrt{n} = \\sqrt{\\sum_{i=1}^n x_i^2}$$\n"
    )
    row = _last(tmp_path, body)
    assert row.verdict == "unchecked"
    assert "through its square (line 4)" in row.reason


def test_a_refutation_drawing_no_such_letter_stands(tmp_path):
    body = "$$T^2=\\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n$$Q = 2m = 3m$$\n"
    assert _last(tmp_path, body).verdict == "refuted"
