"""A one-letter name the prose gives a value after rows already used it (held-out batch 57).

An Obsidian note on the geometric distribution (external57, line 79) writes the pmf as
``(1-p)^x p = q^x p`` before it says "Let $X \\sim \\mathrm{Geom}(p)$ and $q = 1-p$", and
ends a proof with ``\\Ex[X] = \\frac{q}{p}``. The reader does not take a sentence's value
for a one-letter name it has already seen (the name may be a variable there, the sentence
a condition), so q stayed free, and the right row was refuted by linearity of
expectation at p = 0.44, q = 2.04. A letter whose stated value the reader declined is no
free letter: a row that fails with it free is unchecked, never refuted (it may hold with
the value the post gave).

Properties: the row is not refuted; a row that holds whatever q is stays proved; a row
wrong for every q (a wrong mean with no q in it) is still refuted.
"""

from __future__ import annotations

from _post_rows import rows_of_text

HEAD = (
    "The pmf is\n$$\nP(X=x) = (1-p)^x p = q^x p\n$$\n\n"
    "Let $X \\sim \\mathrm{Geom}(p)$ and $q = 1-p$\n\n"
)


def _verdict(tmp_path, row: str) -> str:
    rows = rows_of_text(tmp_path, HEAD + f"$$\n{row}\n$$\n")
    return rows[max(rows)].verdict


def test_a_row_with_the_stated_letter_is_not_refuted(tmp_path):
    assert _verdict(tmp_path, "\\mathbb{E}[X] = \\frac{q}{p}") != "refuted"


def test_a_row_true_for_every_value_of_the_letter_is_proved(tmp_path):
    assert _verdict(tmp_path, "\\frac{q}{p} + 1 = \\frac{q + p}{p}") == "proved"


def test_a_wrong_mean_without_the_letter_is_still_refuted(tmp_path):
    assert _verdict(tmp_path, "\\mathbb{E}[X] = \\frac{2}{p}") == "refuted"
