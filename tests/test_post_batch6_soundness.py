"""The four correct rows of held-out batch 6 the reader refuted, and their wrong twins.

Each repro in ``tests/posts/incoming/repro5`` is a correct row of a real post that was
refuted at first contact (2026-12-02). The fix must not buy soundness with blindness: a
wrong variant of each row is still refuted where the reader can tell, or at least never
proved.

- ``l_*(theta) = dl/dtheta``: a starred name is a function of its own, not ``l``.
- ``\\Sigma(k_i - 1) = (\\Sigma k_i) - n``: a capital sigma the post writes only before
  subscripted operands is a summation sign.
- J in ``p_i``, an unread ``\\because`` row, then J in ``z_i``: the unread row may say what
  ``z_i`` is, so a disagreement is no refutation.
- ``1 - \\pi_K = c \\pi_K`` followed by ``\\pi_K = ...``: an equation in the unknown the next
  statement solves for, not an identity.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro5"


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


def _post(name):
    return (REPRO / f"{name}.md").read_text(encoding="utf-8")


def _at(rows, line):
    return [r for r in rows if r.line == line]


STAR = "score-named-with-star-subscript-refuted"
SIGMA = "capital-sigma-as-summation-sign-refuted"
BECAUSE = "because-row-in-align-breaks-chain-restatement-refuted"
SOLVED = "sum-to-K-minus-1-then-solved-for-pi-K-refuted"


@pytest.mark.parametrize("name", [STAR, SIGMA, BECAUSE, SOLVED])
def test_no_correct_row_of_the_repros_is_refuted(tmp_path, name):
    rows = _rows(tmp_path, _post(name))
    assert not [r for r in rows if r.verdict == "refuted"], rows


def test_a_starred_score_is_its_own_function_and_checked(tmp_path):
    (row,) = _at(_rows(tmp_path, _post(STAR)), 10)
    assert row.verdict == "proved", row


@pytest.mark.parametrize("star", ["*", "{*}", "{\\ast}"])
def test_a_wrong_starred_score_is_refuted(tmp_path, star):
    wrong = (
        _post(STAR)
        .replace("l_*(\\theta)=", f"l_{star}(\\theta)=")
        .replace("+\\frac{1}{\\theta^2}", "-\\frac{1}{\\theta^2}")
    )
    assert wrong != _post(STAR)
    (row,) = _at(_rows(tmp_path, wrong), 10)
    assert row.verdict == "refuted", row


def test_a_sigma_summation_sign_is_read_as_a_sum(tmp_path):
    (row,) = _at(_rows(tmp_path, _post(SIGMA)), 10)
    assert row.verdict == "proved", row
    wrong = _post(SIGMA).replace("(\\Sigma k_i)-n", "(\\Sigma k_i)+n")
    (row,) = _at(_rows(tmp_path, wrong), 10)
    assert row.verdict == "refuted", row


@pytest.mark.parametrize(
    "elsewhere", ["$$|\\Sigma| = 1$$", "$$\\Sigma^{-1} x = y$$", "$$\\Sigma_k = 2$$"]
)
def test_a_sigma_used_as_a_matrix_anywhere_stays_a_symbol(tmp_path, elsewhere):
    # The same row in a post that also writes Sigma as a covariance: never read as a sum.
    rows = _rows(tmp_path, _post(SIGMA) + "\n" + elsewhere + "\n")
    (row,) = _at(rows, 10)
    assert row.verdict != "proved", row


def test_a_restatement_in_new_symbols_after_an_unread_row_is_not_refuted(tmp_path):
    (row,) = _at(_rows(tmp_path, _post(BECAUSE)), 11)
    assert row.verdict == "unchecked", row
    assert "could not be read" in row.reason and "line 9" in row.reason


def test_without_the_unread_row_a_wrong_restatement_in_old_symbols_is_refuted(tmp_path):
    # The same J restated wrongly in the symbols its definition has: refuted as before.
    text = _post(BECAUSE).replace(
        "J(w_1, w_2, b) &= \\frac{1}{N}\\sum_{i=1}^{N}[\\ln(1 + e^{-z_i}) + (1 - y_i)z_i]",
        "J(w_1, w_2, b) &= \\frac{1}{N}\\sum_{i=1}^{N}[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)]",
    )
    assert text != _post(BECAUSE)
    (row,) = _at(_rows(tmp_path, text), 11)
    assert row.verdict == "refuted", row


def test_an_equation_in_an_unknown_solved_next_is_a_condition(tmp_path):
    first = _at(_rows(tmp_path, _post(SOLVED)), 10)[0]
    assert first.verdict == "unchecked", first
    assert "not an identity" in first.reason
