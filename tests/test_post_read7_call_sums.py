"""Sums without limits whose index is the argument of a named quantity (helper READ7):
``\\sum_c P(x_i, c|\\theta)`` in a post that never says what c runs over
(aiwen324-jupyter-em-two-coins...). Read over ``1 .. |c|`` as sums over elements
``w_c`` are (see ``._unstated_ranges``): renumbering the range from 1 is what makes the
reading the author's, so only when c is a whole argument of quantities the post does not
define (a defined function may use its argument as a number) and nowhere else.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._unstated_ranges import RangeSize


def _sums(text: str):
    e = parse_expression(text)[0]
    return e.atoms(sp.Sum)


@pytest.mark.parametrize(
    "text",
    [
        r"\sum_c P(x_i, c|\theta)",
        r"\frac{P(c, x_i|\theta)}{\sum_c P(x_i, c|\theta)}",
        r"\sum_c P(x_i|c, \theta)P(c|\theta)",
    ],
)
def test_a_sum_over_an_argument_of_undefined_quantities_runs_over_a_range_of_its_own(text):
    sums = _sums(text)
    assert sums
    assert all(isinstance(s.limits[0][2], RangeSize) for s in sums)


@pytest.mark.parametrize(
    "text",
    [
        r"\sum_c P(c + 1)",  # a shifted argument: which elements depends on the start
        r"\sum_c c P(c)",  # the index as a number
        r"\sum_c P(2c)",
    ],
)
def test_an_index_used_otherwise_is_read_over_unknown_ends(text):
    # read8: no longer unparsed; never over 1 .. |c| (where the range starts matters)
    (s,) = _sums(text)
    assert s.limits[0][1] != 1 and s.limits[0][1].is_positive is None, s


_POST = "Let $Q(c) = c^2$.\n\n$$S = \\sum_c Q(c)$$\n"


def test_a_function_the_post_defines_is_no_element(tmp_path):
    # Q(c) = c^2 uses c as a number: the sum depends on where the range starts (read8: read
    # over unknown ends, so never proved equal to a sum over 1 .. |c|, never refuted)
    assert verdict_of_row(tmp_path, _POST, "\\sum_c Q(c)") not in ("proved", "refuted")


_EM = (
    "We never say how many coins there are.\n\n"
    "$$\\sum_{{i=1}}^m \\log \\sum_c P(x_i, c|\\theta) = "
    "\\sum_{{i=1}}^m \\log \\sum_c P(c|\\theta) \\cdot "
    "\\frac{{P(x_i, c|\\theta)}}{{P(c|\\theta)}}{tail}$$\n"
)


def test_multiplying_and_dividing_by_a_quantity_is_not_refuted(tmp_path):
    v = verdict_of_row(tmp_path, _EM.format(tail=""), "\\log \\sum_c P(c|")
    assert v not in ("unparsed", "refuted")


def test_its_wrong_twin_is_not_proved(tmp_path):
    v = verdict_of_row(tmp_path, _EM.format(tail=" + 1"), "\\log \\sum_c P(c|")
    assert v != "proved"


@pytest.mark.parametrize("text", [r"\sum_k k", r"\sum_k k a", r"\sum_i i^2", r"\sum_k (k - 1)"])
def test_the_index_as_a_number_is_never_read_over_a_range_of_its_own(text):
    # \sum_k (k - 1) over 1 .. |k| is >= 0; over 0 .. K - 1 it is not (read8: both ends
    # unknown, no sign known)
    (s,) = _sums(text)
    lo, hi = s.limits[0][1:]
    assert lo != 1 and lo.is_nonnegative is None and hi.is_nonnegative is None, s


def test_an_indicator_of_elements_still_reads_over_a_range_of_its_own():
    # i inside the call only as the index of y_i: read as before the calls were weighed
    (s,) = _sums(r"\sum_{i: y_i = 0} x_i")
    assert isinstance(s.limits[0][2], RangeSize)
