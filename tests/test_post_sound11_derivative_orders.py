"""``F^{(k)}(a)`` is the k-th derivative of ``F`` at ``a`` (it was read as ``F^k \\cdot a``:
adversarial set 11, pairs 11, 191)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = "Let\n\n$$G(s) = e^{3s}$$\n\nThen\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("G^{(2)}(0) = 9", "G^{(2)}(0) = 0"),
        ("G^{(3)}(0) = 27", "G^{(3)}(0) = 3"),
        ("G^{(1)}(1) = 3e^{3}", "G^{(1)}(1) = e^{3}"),
    ],
)
def test_a_bracketed_order_is_a_derivative(tmp_path, right, wrong):
    assert verdict_of_row(tmp_path, _POST.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, _POST.replace("ROW", wrong), wrong) != "proved"
