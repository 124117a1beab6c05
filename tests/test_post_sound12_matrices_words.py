"""Two readings that proved false rows of adversarial set 12:

- pair 119: ``\\mathrm{tr}(ABC) = \\mathrm{tr}(BAC)`` with the matrices named in one span
  (``$A, B, C$``) and no transpose: ``tr`` was an unknown function of commuting numbers.
  Capitals inside a trace or a determinant are matrices now (``_trace_args``).
- pair 128: ``... \\text{ if } x > 0 \\text{ and } -x^2 \\text{ otherwise}``: ``and`` began a
  second value, read as a second condition, and the false branch was never checked
  (``_and_branch``).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._trace_args import trace_arguments

_MATRICES = "Let $A, B, C$ be real $3 \\times 3$ matrices. Then\n\n$$ROW$$\n"
_SQUARE = "Let all the capitals below be square matrices of one size.\n\n$$ROW$$\n"

TRACE_PAIRS = [
    (_MATRICES, "\\mathrm{tr}(ABC) = \\mathrm{tr}(BAC)", "\\mathrm{tr}(ABC) = \\mathrm{tr}(CAB)"),
    (
        _SQUARE,
        "\\operatorname{tr}(ABCD) = \\operatorname{tr}(ACBD)",
        "\\operatorname{tr}(ABCD) = \\operatorname{tr}(DABC)",
    ),
]


@pytest.mark.parametrize(("post", "wrong", "right"), TRACE_PAIRS)
def test_matrices_in_a_trace_do_not_commute(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), TRACE_PAIRS)
def test_a_cyclic_order_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_trace_arguments_letter_by_letter():
    assert trace_arguments("\\mathrm{tr}(ABC) = \\det(X^T Y)") >= {"A", "B", "C", "X", "Y"}
    assert trace_arguments("\\operatorname{tr}(\\Sigma^{-1} S)") == {"S"}
    assert trace_arguments("\\mathrm{tr}(" + "A" * 10_000) == frozenset()  # unclosed: nothing


_REAL = "For a real $x$ and a real $y$,\n\n$$ROW$$\n"
AND_PAIRS = [
    (
        "\\sqrt{x^4} = x^2 \\text{ if } x > 0 \\text{ and } -x^2 \\text{ otherwise}",
        "\\sqrt{x^4} = x^2",
    ),
    (
        "|x| = x \\text{ if } x \\ge 0 \\text{ and } x \\text{ otherwise}",
        "|x| = x \\text{ if } x \\ge 0 \\text{ and } -x \\text{ otherwise}",
    ),
]


@pytest.mark.parametrize(("wrong", "right"), AND_PAIRS)
def test_a_second_value_after_and_is_not_a_condition(tmp_path, wrong, right):
    assert verdict_of_row(tmp_path, _REAL.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("wrong", "right"), AND_PAIRS)
def test_the_correct_row_is_not_refuted(tmp_path, wrong, right):
    assert verdict_of_row(tmp_path, _REAL.replace("ROW", right), right) != "refuted"


def test_and_between_two_conditions_still_joins(tmp_path):
    row = "|x| + |y| = x + y \\text{ if } x \\ge 0 \\text{ and } y \\ge 0"
    assert verdict_of_row(tmp_path, _REAL.replace("ROW", row), row) != "refuted"
    wrong = "|x| + |y| = x - y \\text{ if } x \\ge 0 \\text{ and } y \\ge 0"
    assert verdict_of_row(tmp_path, _REAL.replace("ROW", wrong), wrong) != "proved"
