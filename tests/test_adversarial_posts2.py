"""Adversarial post pairs written by a second adversary who had read the reader's code.

``tests/posts/incoming/adversarial2/CASES.tsv`` lists each post, the line of its one
planted step and what it should get: a false step (``*-false.md``) and its correct
twin (``*-true.md``) of the same shape. They attack the readings the post reader
learned after the first adversarial set (moments of declared laws, density
conventions, prose labels, products side by side, ``\\Sigma`` as a sum, estimates after
first-order conditions, roundings, ...); README.md there says what each pair attacks
and what the reader gave when they were written. They were written before anyone
fixed what they found, and are kept as they were: a soundness test that fails here
names a reading that proves a false step or refutes a correct one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import (
    cases,
    correct_twins_refuted,
    differing_lines,
    false_steps_proved,
    floors,
    planted_off_display,
    planted_verdicts,
    unpaired,
)

ROOT = Path(__file__).parent / "posts" / "incoming" / "adversarial2"

#: Floors measured on the tree these posts were written against (README.md: 24 of 39
#: false steps refuted, 21 of 39 twins proved); raise them as the reader improves, never
#: lower them without saying why. Lowered once, 24 -> 21 and 21 -> 20, by the soundness
#: fixes these posts called for: 32-false and 34-false had been refuted only because
#: E[X_1 X_2] was read as E[X] (now no value: given); 30-false was refuted with its true
#: twin alike, the label "up to a constant," skipped (now unparsed); 38-true was proved
#: by fitting either exponential convention (now given); 07-true was proved only with
#: another engineer's uncommitted notation change in the tree when the README was written.
MIN_FALSE_REFUTED = 21
MIN_TRUE_PROVED = 20


def _cases() -> list[tuple[str, int]]:
    return cases(ROOT)


@pytest.fixture(scope="module")
def verdicts() -> dict[str, str]:
    return planted_verdicts(ROOT)


def test_every_case_is_a_pair_with_its_planted_row():
    cases = _cases()
    names = {n for n, _ in cases}
    assert len(names) == len(cases) >= 78
    assert not unpaired(ROOT)
    # the listed line is a display row of the post (so a verdict can be looked up)
    assert not planted_off_display(ROOT)


def test_twins_differ_only_where_planted():
    """Each pair has the same shape: the planted row differs, and at most one other
    passage (a density a pair needs to make its twin correct)."""
    for name, line in _cases():
        if not name.endswith("-false.md"):
            continue
        differ = differing_lines(ROOT, name)
        assert differ is not None, name  # the twins have as many lines
        # 22-absolute-value-support: the same row under two densities (Laplace, shifted exponential)
        assert line in differ or name.startswith("22-absolute-value-support"), name
        assert len([k for k in differ if k > 4]) <= 2, (name, differ)


def test_no_false_step_is_proved(verdicts):
    assert not false_steps_proved(verdicts)


def test_no_correct_twin_is_refuted(verdicts):
    assert not correct_twins_refuted(verdicts)


def test_floors(verdicts):
    false_refuted, true_proved = floors(verdicts)
    assert false_refuted >= MIN_FALSE_REFUTED and true_proved >= MIN_TRUE_PROVED
