"""A sum's index is the same name in its body: ``\\sum_{k=1}^{N} k`` sums k, whatever the letter.

Found on new material (tests/posts/incoming/repro/sum-index-k-refuted.md): the body's
``k`` was read as a free real symbol, unrelated to the bound integer ``k`` of the
limits, so the correct closed form of ``\\sum_{k=1}^N k`` was REFUTED at a random ``k``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post


def verdicts(tmp_path: Path, body: str) -> list[str]:
    p = tmp_path / "post.md"
    p.write_text(body)
    return [r.verdict for r in check_post(p, jobs=1).rows]


@pytest.mark.parametrize("letter", ["n", "k", "i", "j", "t", "m"])
def test_closed_form_of_a_sum_of_its_index_is_proved(tmp_path, letter):
    body = f"$$\\sum_{{{letter}=1}}^{{N}} {letter} = \\frac{{N(N+1)}}{{2}}$$\n"
    assert verdicts(tmp_path, body) == ["proved"]


@pytest.mark.parametrize("letter", ["k", "i", "j"])
def test_wrong_closed_form_is_refuted_whatever_the_letter(tmp_path, letter):
    body = f"$$\\sum_{{{letter}=1}}^{{N}} {letter} = \\frac{{N(N-1)}}{{2}}$$\n"
    assert verdicts(tmp_path, body) == ["refuted"]


def test_renaming_the_index_is_an_identity(tmp_path):
    body = "$$\\sum_{k=1}^{N} k^2 = \\sum_{j=1}^{N} j^2$$\n"
    assert verdicts(tmp_path, body) == ["proved"]


def test_index_and_a_free_symbol_of_the_same_name_outside_stay_apart(tmp_path):
    # Outside the sum, k is a free quantity; the sum's k is bound. k*N(N+1)/2 is
    # k times the sum, not the sum.
    body = "$$k \\sum_{k=1}^{N} k = \\frac{N(N+1)}{2}$$\n"
    assert verdicts(tmp_path, body) != ["proved"]
