"""Adversarial post pairs written by a third adversary who had read the reader's code.

``tests/posts/incoming/adversarial3/CASES.tsv`` lists each post, the line of its one
planted step and what it should get: a false step (``*-false.md``) and its correct
twin (``*-true.md``) of the same shape. They attack the readings the post reader
learned after the second adversarial set (derivatives by one element of an indexed
name, ``\\because`` and ``\\therefore``, the sign function, laws declared inline in a
sentence, ``Pr(X = k)``, lower-case letters inside ``E[...]``, one letter for several
densities, a name defined anew under another heading, chains, estimates after prose
derivatives); README.md there says what each pair attacks and what the reader gave
when they were written. They were written before anyone fixed what they found, and
are kept as they were: a soundness test that fails here names a reading that proves
a false step or refutes a correct one.
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

ROOT = Path(__file__).parent / "posts" / "incoming" / "adversarial3"

#: Floors measured on the tree these posts were written against (README.md); raise
#: them as the reader improves, never lower them without saying why. Lowered once,
#: 14 -> 13, by the fix of pairs 21 and 41 (a value restated under another heading was
#: "defined anew", hiding a slip): another value under another heading is now neither
#: compared nor kept, so 42-false's wrong likelihood there, refuted before by the
#: likelihood's own check, is unchecked.
MIN_FALSE_REFUTED = 13
MIN_TRUE_PROVED = 13


def _cases() -> list[tuple[str, int]]:
    return cases(ROOT)


@pytest.fixture(scope="module")
def verdicts() -> dict[str, str]:
    return planted_verdicts(ROOT)


def test_every_case_is_a_pair_with_its_planted_row():
    cases = _cases()
    names = {n for n, _ in cases}
    assert len(names) == len(cases) >= 84
    assert not unpaired(ROOT)
    # the listed line is a display row of the post (so a verdict can be looked up)
    assert not planted_off_display(ROOT)


def test_twins_differ_only_where_planted():
    """Each pair has the same shape: the planted row differs, and at most one other
    passage (21: the restatement under a new heading that the planted row follows)."""
    for name, line in _cases():
        if not name.endswith("-false.md"):
            continue
        differ = differing_lines(ROOT, name)
        assert differ is not None, name  # the twins have as many lines
        assert line in differ, name
        assert len([k for k in differ if k > 4]) <= 2, (name, differ)


def test_every_planted_row_has_a_verdict(verdicts):
    assert not [n for n, v in verdicts.items() if v == "missing"]


def test_no_false_step_is_proved(verdicts):
    assert not false_steps_proved(verdicts)


def test_no_correct_twin_is_refuted(verdicts):
    assert not correct_twins_refuted(verdicts)


def test_floors(verdicts):
    false_refuted, true_proved = floors(verdicts)
    assert false_refuted >= MIN_FALSE_REFUTED and true_proved >= MIN_TRUE_PROVED
