"""``\\mathbb{E} \\Vert \\theta - \\hat\\theta \\Vert^2``: a norm is one factor (batch 49).

A risk is written so in most James-Stein derivations (external49's Stein's-paradox post,
lines 55-57, 74: ``R(\\theta) = \\E \\Vert \\theta - \\hat{\\theta} \\Vert^2``). The expectation
without a bracket takes the one factor written after it (``test_post_lead27_...``), but a
norm between double bars was not taken for one: every such row was unparsed ("an
expectation without a bracket before more than one factor"). The norm, with its scripts, is
now the operand when a sign, a relation or the end follows it, as a letter or a fraction
is; before anything longer the row is still left unread.
"""

from __future__ import annotations

import pytest

from tests._post_rows import display_rows

_NORMS = [
    r"\Vert \theta - X \Vert^2",
    r"\| \theta - X \|^2",
    r"\left\Vert \theta - X \right\Vert^2",
    r"\lVert \theta - X \rVert_2^2",
]


@pytest.mark.parametrize("norm", _NORMS)
def test_a_norm_after_the_expectation_is_its_operand(tmp_path, norm):
    row = display_rows(tmp_path, rf"R = \mathbb{{E}} {norm} + 1")[5]
    assert row.verdict != "unparsed", row.reason


@pytest.mark.parametrize("norm", _NORMS)
def test_it_reads_as_the_bracketed_expectation(tmp_path, norm):
    row = display_rows(tmp_path, rf"\mathbb{{E}} {norm} = \mathbb{{E}}\left[{norm}\right]")[5]
    assert row.verdict == "proved", row.reason


def test_a_norm_then_more_factors_is_not_guessed(tmp_path):
    row = display_rows(tmp_path, r"R = \mathbb{E} \Vert X \Vert^2 Y")[5]
    assert row.verdict == "unparsed" and "expectation" in row.reason, row.reason


def test_an_unclosed_norm_is_not_guessed(tmp_path):
    row = display_rows(tmp_path, r"R = \mathbb{E} \Vert X + 1")[5]
    assert row.verdict == "unparsed", row.reason
