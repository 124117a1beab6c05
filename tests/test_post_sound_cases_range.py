"""A function defined by cases with 0 off a range (``\\begin{cases} g & 0 \\le x \\le 1 \\\\
0 & \\text{otherwise} \\end{cases}``), or by an indicator factor (``g(x) I_{(0,\\infty)}(x)``),
is 0 outside that range: the reader rewrites both forms as ``g, \\quad <range>``
(``._support_factors``), and the value the later rows use is ``g`` on the range and 0 beyond
it. Taking ``g`` everywhere proved ``\\int_0^2 f = 4`` and ``f(2) = 4`` for ``f = 2x`` on
``[0, 1]`` (adversarial set 9, pairs 76, 77, 79, 82). Variants of our own: other functions,
other ranges, each with a false twin."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_CASES = (
    "Let\n\n$$g(t) = \\begin{cases} 3t^2 & 0 \\le t \\le 1 \\\\ 0 & \\text{otherwise} "
    "\\end{cases}$$\n\nThen\n\n$$ROW$$\n"
)
_ZERO_FIRST = (
    "Let\n\n$$q(u) = \\begin{cases} 0 & u < 1 \\\\ \\frac{1}{u^2} & u \\ge 1 \\end{cases}$$"
    "\n\nThen\n\n$$ROW$$\n"
)
_INDICATOR = "Let\n\n$$h(x) = 2 e^{-2x} I_{(0,\\infty)}(x)$$\n\nThen\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("body", "right", "wrong"),
    [
        (_CASES, "\\int_0^2 g(t)\\,dt = 1", "\\int_0^2 g(t)\\,dt = 8"),
        (_CASES, "g(2) = 0", "g(2) = 12"),
        (_CASES, "g(\\frac{1}{2}) = \\frac{3}{4}", "g(\\frac{1}{2}) = 0"),
        (_ZERO_FIRST, "\\int_{0}^{\\infty} q(u)\\,du = 1", "\\int_{0}^{\\infty} q(u)\\,du = 2"),
        (_ZERO_FIRST, "q(\\frac{1}{2}) = 0", "q(\\frac{1}{2}) = 4"),
        (
            _INDICATOR,
            "\\int_{-1}^{\\infty} h(x)\\,dx = 1",
            "\\int_{-1}^{\\infty} h(x)\\,dx = e^{2}",
        ),
    ],
)
def test_a_function_by_cases_is_zero_off_its_range(tmp_path, body, right, wrong):
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"


def test_inside_its_range_the_function_by_cases_is_still_checked(tmp_path):
    row = "\\int_0^1 g(t)\\,dt = 1"
    assert verdict_of_row(tmp_path, _CASES.replace("ROW", row), row) == "proved"
    row = "\\int_0^1 g(t)\\,dt = 2"
    assert verdict_of_row(tmp_path, _CASES.replace("ROW", row), row) == "refuted"
