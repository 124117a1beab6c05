r"""``A^{-1}(x)`` and ``G^T(\vartheta)`` after the post defines ``A``/``G`` as a function (PARSE15).

``A^{-1}(x)`` may be the inverse function of ``A`` or the reciprocal ``1/A(x)`` (a Cramer-Rao
bound's ``\mathcal{I}^{-1}(\theta)``); the reader does not guess. It was unparsed (7 held-out
rows); it is now read as a function of its own named ``A^{-1}`` which the reader gives no
value: tied to neither reading, a step through it is never proved nor refuted, and a row
defining a name by it is read. ``G^T(\vartheta)`` likewise is the function ``G^T``.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

DEFINE_F = r"F(x) = 1 - e^{-x}"


@pytest.mark.parametrize(
    "row",
    [
        r"F^{-1}(x) = T(x)",
        r"y = F^{-1}(x)",
        r"F^{-1}(F(x)) = x",
        r"F^{-1}(x) = \frac{1}{F(x)}",
        r"F^{-1}(x) = -\log(1 - x)",
        r"F^{-1}(x) = -\log(1 + x)",
        r"F^{-1}(x) + 1 = 1 + F^{-1}(x)",
    ],
)
def test_an_inverse_is_read_never_refuted(tmp_path, row):
    r = _rows(tmp_path, DEFINE_F, row)[7]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"F^{-1}(x) = \frac{1}{F(x)}",
        r"F^{-1}(x) = 1 - e^{x}",
        r"F^{-1}(x) = F(x)",
        r"F^{-1}(F(x)) = x",
    ],
)
def test_an_inverse_is_tied_to_no_reading(tmp_path, row):
    r = _rows(tmp_path, DEFINE_F, row)[7]
    assert r.verdict != "proved", (r.verdict, r.reason)


def test_the_same_inverse_at_the_same_point_is_one_value(tmp_path):
    r = _rows(tmp_path, DEFINE_F, r"2 F^{-1}(x) = F^{-1}(x) + F^{-1}(x)")[7]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row", [r"C = G(\vartheta) G^T(\vartheta)", r"G^T(\vartheta) = G(\vartheta)"]
)
def test_a_transposed_function_is_read_never_proved(tmp_path, row):
    r = _rows(tmp_path, r"G(\vartheta) = \vartheta^2 + 1", row)[7]
    assert r.verdict not in ("unparsed", "refuted", "proved"), (r.verdict, r.reason)
