"""A display row that gives e, pi or i a number states it; it does not prove itself.

``stated_constants`` reads ``\\pi = 1/4`` in a sentence ("we take $\\pi = 1/4$") as the post's
meaning of the letter, and so it read a display row ``$$\\pi = 3$$``: the row's own ``\\pi``
became 3, the row read ``3 = 3``, and it was PROVED, as were ``e = 2`` and, after them,
``2\\pi = 6``. A display row is the post's math, not a sentence about a letter: there the letter
is a name the row defines (or a claim about the constant), never a value read into the row
itself.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[str]:
    p = tmp_path / "p.md"
    p.write_text(body, encoding="utf-8")
    return [r.verdict for r in check_post(p, jobs=1).rows]


@pytest.mark.parametrize("row", [r"\pi = 3", r"e = 2", r"\pi = \frac{1}{4}", r"i = 3"])
def test_a_display_row_giving_a_constant_a_number_is_not_proved(tmp_path, row):
    (verdict,) = _verdicts(tmp_path, f"Some words.\n\n$${row}$$\n")
    assert verdict != "proved"


def test_rows_after_it_are_not_proved_by_the_stated_number_read_into_that_row(tmp_path):
    verdicts = _verdicts(tmp_path, "Words.\n\n$$\\pi = 3$$\n\nso\n\n$$2 \\pi = 6$$\n")
    assert verdicts[0] != "proved"


def test_a_number_stated_in_a_sentence_is_still_the_letters_meaning(tmp_path):
    body = "We set $\\pi = 0.3$ for the prior probability, so\n\n$$2 \\pi = 0.6$$\n"
    assert _verdicts(tmp_path, body) == ["proved"]


@pytest.mark.parametrize("row", [r"\pi = \frac{8}{3}", r"\pi = \frac{3}{8}", r"e = 2"])
@pytest.mark.parametrize("line", ["$ {row}$", "$${row}$", "* ${row}$"])
def test_an_inline_row_giving_a_constant_a_number_is_not_proved(tmp_path, row, line):
    """Inline math alone on its line (or a bullet's) is a row of the post, not a sentence
    about the letter: a spam-filter post's last row ``$ \\pi = \\frac{3}{8}$`` after a
    log-likelihood was proved by its own number read into it, and so was ``\\pi = 8/3``
    (a probability above 1) when a slip was planted there (held-out external33)."""
    body = (
        "Let the probability of spam be $\\pi$.\n\n"
        "$\\log L = 3 \\log \\pi + 5 \\log(1-\\pi)$\n\n" + line.format(row=row) + "\n"
    )
    verdicts = _verdicts(tmp_path, body)
    assert verdicts[-1] != "proved", verdicts
