r"""``a + -b``: the sign of a term right after a plus (PARSE15).

A VAE post writes the KL term as ``-\frac12 (1 + \log(\sigma^2) + - \mu^2 - \sigma^2)``; the
grammar did not read ``+ -`` ("unexpected '-'", 2 held-out rows). Between two operands it
is the plus of a negative term, ``a - b``, as written; a slip says so. Nothing else changes:
``- -`` and a leading ``+ -`` stay unread.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def test_plus_minus_is_minus():
    a, slips = parse_expression(r"1 + \log(s) + - m^2 - s")
    b, _ = parse_expression(r"1 + \log(s) - m^2 - s")
    assert a.expand() == b.expand()
    assert any("+ -" in s.message for s in slips)


@pytest.mark.parametrize("text", [r"a - -b", r"+ - a"])
def test_other_doubled_signs_stay_unread(text):
    with pytest.raises(ValueError):
        parse_expression(text)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"-\frac{1}{2}(1 + s + - m^2 - e^{s}) = \frac{1}{2}(e^{s} + m^2 - 1 - s)", "proved"),
        (r"-\frac{1}{2}(1 + s + - m^2 - e^{s}) = \frac{1}{2}(e^{s} - m^2 - 1 - s)", "refuted"),
    ],
)
def test_the_row_is_checked_as_written(tmp_path, row, verdict):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == verdict, (r.verdict, r.reason)
