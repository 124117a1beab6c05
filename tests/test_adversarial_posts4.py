"""Adversarial post pairs written by a fourth adversary who had read the reader's code.

``tests/posts/incoming/adversarial4/CASES.tsv`` lists each post, the line of its one
planted step and what it should get: a false step (``*-false.md``) and its correct
twin (``*-true.md``) of the same shape. They attack the readings the post reader
learned after the third adversarial set (``Gam``/``Bet`` by name, a value under
another heading, results judged by the condition that decides them, ``dJ/dw`` of a
value with hidden dependence, ``p(mu)`` beside ``p(y | mu)``, laws declared for one
variable or for every ``X_i``, prose labels before an arrow, ``\\because``, ``Pr(X = k)``)
and the readings being added while they were written (``E[y_i y_j]``, sums without
limits); README.md there says what each pair attacks and what the reader gave when
they were written. They were written before anyone fixed what they found, and are
kept as they were: a soundness test that fails here names a reading that proves a
false step or refutes a correct one.
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

ROOT = Path(__file__).parent / "posts" / "incoming" / "adversarial4"

#: Floors measured on the tree these posts were written against (README.md): the lower
#: of HEAD and of the working tree with other engineers' uncommitted edits; raise them
#: as the reader improves, never lower them without saying why.
#: Lowered once, 23 -> 21, by the fixes of this set's findings: false steps refuted for
#: a wrong reason (11, 12, 42, 60, 61: a value for a parameter put into one side only;
#: 82: a section the reader did not see) are now unchecked or given, as their twins.
#: The false steps refuted since (08, 94: a false reason after \because; 100) do not
#: make up for all of them. No false step is proved and no twin refuted.
MIN_FALSE_REFUTED = 21
MIN_TRUE_PROVED = 17


def _cases() -> list[tuple[str, int]]:
    return cases(ROOT)


@pytest.fixture(scope="module")
def verdicts() -> dict[str, str]:
    return planted_verdicts(ROOT)


def test_every_case_is_a_pair_with_its_planted_row():
    cases = _cases()
    names = {n for n, _ in cases}
    assert len(names) == len(cases) >= 202
    assert not unpaired(ROOT)
    # the listed line is a display row of the post (so a verdict can be looked up)
    assert not planted_off_display(ROOT)


def test_twins_differ_only_where_planted():
    """Each pair has the same shape: only the planted row differs."""
    for name, line in _cases():
        if not name.endswith("-false.md"):
            continue
        differ = differing_lines(ROOT, name)
        assert differ is not None, name  # the twins have as many lines
        assert line in differ, name
        assert len([k for k in differ if k > 4]) == 1, (name, differ)


def test_every_planted_row_has_a_verdict(verdicts):
    assert not [n for n, v in verdicts.items() if v == "missing"]


def test_no_false_step_is_proved(verdicts):
    assert not false_steps_proved(verdicts)


def test_no_correct_twin_is_refuted(verdicts):
    assert not correct_twins_refuted(verdicts)


def test_floors(verdicts):
    false_refuted, true_proved = floors(verdicts)
    assert false_refuted >= MIN_FALSE_REFUTED and true_proved >= MIN_TRUE_PROVED
