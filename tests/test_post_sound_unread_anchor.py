"""Adversarial set 8, rows after an unread row: the row after an unread link of a chain of
equalities is proved equal to the line before it only when the unread row holds no other
relation at all - not inside braces (``\\stackrel{(i)}{\\le}``, ``\\mathrel{\\le}``), not as
a command outside a fixed list (``\\lesssim``, ``\\geqq``, ``\\xrightarrow``), not as a
unicode sign, not in words (``\\text{ is at most }``) - and a row ``L = <unread>`` anchors
on its left side as written (``\\mathrm{Var}(X)``, not ``(X)``).

The set's pairs 01-07, 78-82 and 186 are run as written, then the two tests on variants.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts

from derivations.post._unread_anchor import continues_with_equality, left_of_equality

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
PAIRS = ("01", "02", "03", "04", "05", "06", "07", "78", "79", "80", "81", "82", "186")


@pytest.mark.parametrize("num", PAIRS)
def test_an_unread_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    "text",
    [
        r"= \blorp{a} \stackrel{(a)}{<} b",
        r"= \blorp{a} \overset{\text{AM-GM}}{\geq} b",
        r"= \blorp{a} \mathrel{\approx} b",
        r"= \blorp{a} \gtrsim b",
        r"= \blorp{a} \leqq b",
        r"= \blorp{a} \xleftarrow{} b",
        r"= \blorp{a} \succeq b",
        r"= \blorp{a} ≤ b",
        r"= \blorp{a} ⟶ b",
        r"= \blorp{a} \text{ which is no more than } b",
        r"= \blorp{a} \quad \text{so} \quad c",
        r"= \blorp{a} \underset{n}{\longrightarrow} b",
    ],
)
def test_an_unread_row_with_another_relation_anywhere_continues_no_chain(text):
    assert not continues_with_equality(text)
    assert left_of_equality("L " + text) is None


@pytest.mark.parametrize(
    "text",
    [
        r"= \blorp{a}",
        r"= \sum_{i=1}^{n} \blorp{x_i}",
        r"= \blorp{a} \tag{3}",
        r"= \mathrm{Var}(\blorp{X}) \text{,}",
    ],
)
def test_an_unread_row_with_no_other_relation_continues_its_chain(text):
    assert continues_with_equality(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (r"\mathrm{Var}(X) = \blorp{X}", r"\mathrm{Var}(X)"),
        (r"\operatorname{Cov}(Y) = \blorp{Y}", r"\operatorname{Cov}(Y)"),
        (r"\mathrm{E}[W] = \blorp{W}", r"\mathrm{E}[W]"),
        (r"\sum_{i=1}^{n} x_i = \blorp{x}", r"\sum_{i=1}^{n} x_i"),
    ],
)
def test_the_left_side_of_an_unread_row_is_cut_as_written(text, left):
    assert left_of_equality(text) == left
