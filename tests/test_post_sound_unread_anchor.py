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

from derivations.post._chain_commands import only_chain_commands
from derivations.post._parse import parse_expression
from derivations.post._unread_anchor import continues_with_equality, left_of_equality

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
PAIRS = ("01", "02", "03", "04", "05", "06", "07", "78", "79", "80", "81", "82", "186")


#: The unread part of the rows below: a command the reader knows as notation (a contour
#: integral) but cannot read. An unknown command (``\\blorp``) would not do: it may state a
#: relation, so a row holding one anchors nothing (``._chain_commands``, adversarial set 9).
UNREAD = r"\oint"


def test_the_stand_in_for_unread_notation_is_known_and_unread():
    assert only_chain_commands(UNREAD + "{a}")
    with pytest.raises(Exception):  # noqa: B017 (any failure to read will do)
        parse_expression(UNREAD + "{a}")


@pytest.mark.parametrize(
    "text", [r"= \blorp{a}", r"= \sum_{i=1}^{n} \blorp{x_i}", r"= \mathrm{at\,most}(a)"]
)
def test_an_unread_row_with_an_unknown_command_continues_no_chain(text):
    # an unknown command may be a relation the reader has never heard of (\lll, \leadsto)
    assert not continues_with_equality(text)
    assert left_of_equality("L " + text) is None


@pytest.mark.parametrize("num", PAIRS)
def test_an_unread_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    "text",
    [
        r"= \oint{a} \stackrel{(a)}{<} b",
        r"= \oint{a} \overset{\text{AM-GM}}{\geq} b",
        r"= \oint{a} \mathrel{\approx} b",
        r"= \oint{a} \gtrsim b",
        r"= \oint{a} \leqq b",
        r"= \oint{a} \xleftarrow{} b",
        r"= \oint{a} \succeq b",
        r"= \oint{a} ≤ b",
        r"= \oint{a} ⟶ b",
        r"= \oint{a} \text{ which is no more than } b",
        r"= \oint{a} \quad \text{so} \quad c",
        r"= \oint{a} \underset{n}{\longrightarrow} b",
    ],
)
def test_an_unread_row_with_another_relation_anywhere_continues_no_chain(text):
    assert not continues_with_equality(text)
    assert left_of_equality("L " + text) is None


@pytest.mark.parametrize(
    "text",
    [
        r"= \oint{a}",
        r"= \sum_{i=1}^{n} \oint{x_i}",
        r"= \oint{a} \tag{3}",
        r"= \mathrm{Var}(\oint{X}) \text{,}",
    ],
)
def test_an_unread_row_with_no_other_relation_continues_its_chain(text):
    assert continues_with_equality(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (r"\mathrm{Var}(X) = \oint{X}", r"\mathrm{Var}(X)"),
        (r"\operatorname{Cov}(Y) = \oint{Y}", r"\operatorname{Cov}(Y)"),
        (r"\mathrm{E}[W] = \oint{W}", r"\mathrm{E}[W]"),
        (r"\sum_{i=1}^{n} x_i = \oint{x}", r"\sum_{i=1}^{n} x_i"),
    ],
)
def test_the_left_side_of_an_unread_row_is_cut_as_written(text, left):
    assert left_of_equality(text) == left
