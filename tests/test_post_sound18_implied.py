"""A row after ``=> R`` where the relation of ``R`` is not checked (issue 12;
``tests/posts/incoming/repro26/``). ``w = x^2 + 1 \\implies w \\leq 2(x^2 + 1)`` then ``= x^2 + 1``
was proved: the ``=`` row was compared with the line before the bound (``w``), not with the
side it continues (``2(x^2 + 1)``), as the ``\\sim`` row of ``_rewrites._past_unchecked`` was."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (the value of w, the relation after the arrow, its right side, a correct continuation,
#: a wrong one equal to w's value)
CASES = [
    ("x^2 + 1", "\\leq", "2(x^2 + 1)", "2x^2 + 2", "x^2 + 1"),
    ("x^2 + 1", "\\geq", "\\frac{x^2 + 1}{2}", "\\frac{x^2}{2} + \\frac{1}{2}", "x^2 + 1"),
    ("e^{t}", "<", "e^{t} + e^{2t}", "e^{t}(1 + e^{t})", "e^{t}"),
    ("x + 1", "\\sim", "3(x + 1)", "3x + 3", "x + 1"),
    ("(x + 1)^2", "\\neq", "x^2 + 1 + 2x + 5", "(x + 1)^2 + 5", "(x + 1)^2"),
]
ARROWS = ["\\implies", "\\Rightarrow", "\\Longrightarrow"]


def _body(arrow: str, value: str, rel: str, bound: str, row: str) -> str:
    return f"Then\n\n$$w = {value} {arrow} w {rel} {bound}$$\n\n$$= {row}$$\n"


@pytest.mark.parametrize("arrow", ARROWS)
@pytest.mark.parametrize(("value", "rel", "bound", "right", "wrong"), CASES)
def test_a_wrong_continuation_is_never_proved(tmp_path, arrow, value, rel, bound, right, wrong):
    body = _body(arrow, value, rel, bound, wrong)
    assert verdict_of_row(tmp_path, body, f"= {wrong}$") != "proved"


@pytest.mark.parametrize("arrow", ARROWS)
@pytest.mark.parametrize(("value", "rel", "bound", "right", "wrong"), CASES)
def test_a_correct_continuation_is_never_refuted(tmp_path, arrow, value, rel, bound, right, wrong):
    body = _body(arrow, value, rel, bound, right)
    assert verdict_of_row(tmp_path, body, f"= {right}$") != "refuted"


@pytest.mark.parametrize(("value", "rel", "bound", "right", "wrong"), CASES[:3])
def test_the_continuation_goes_on_from_the_bound(tmp_path, value, rel, bound, right, wrong):
    """Read past the bound, the correct continuation is proved; the wrong one disagrees with
    a row the reader does not check (the bound), so it is unchecked, never proved."""
    ok = _body("\\implies", value, rel, bound, right)
    assert verdict_of_row(tmp_path, ok, f"= {right}$") == "proved"
    bad = _body("\\implies", value, rel, bound, wrong)
    assert verdict_of_row(tmp_path, bad, f"= {wrong}$") == "unchecked"
