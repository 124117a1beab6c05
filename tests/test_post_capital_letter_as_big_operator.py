"""A capital Pi or Sigma with an index running from a start, ``\\Pi_{n=1}^N`` or
``\\Sigma_{i=1}^n`` (held-out batch 35, a mirrored math.SE question: ``L(\\mu)=\\Pi_{n=1}^N
...``), is the product or the sum sign: the ``=`` in its subscript was read as a relation
and the row was unparsed. A subscript that assigns an index is never a letter's label, so a
row so written gets the verdict of the same row with ``\\prod`` or ``\\sum``. A capital
letter with a plain subscript (``\\Sigma_i``, a covariance matrix) is left as it is."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_FIRST = r"S = \sum_{i=1}^n x_i + \prod_{k=1}^{m} y_k"

_CASES = [
    (r"S = \Sigma_{i=1}^n x_i + \Pi_{k=1}^{m} y_k", r"S = \sum_{i=1}^n x_i + \prod_{k=1}^{m} y_k"),
    (
        r"S = \Sigma_{i = 1}^{n} x_i + \prod_{k=1}^{m} y_k",
        r"S = \sum_{i=1}^n x_i + \prod_{k=1}^{m} y_k",
    ),
    # a slip: refuted either way
    (
        r"S = \Sigma_{i=1}^n x_i^2 + \Pi_{k=1}^{m} y_k",
        r"S = \sum_{i=1}^n x_i^2 + \prod_{k=1}^{m} y_k",
    ),
]


@pytest.mark.parametrize(("capital", "sign"), _CASES)
def test_a_capital_with_an_index_range_gets_the_verdict_of_the_sign(tmp_path, capital, sign):
    a = display_rows(_dir(tmp_path, "a"), _FIRST, capital)
    b = display_rows(_dir(tmp_path, "b"), _FIRST, sign)
    assert b[7].verdict in ("proved", "refuted")
    assert a[7].verdict == b[7].verdict, (a[7].verdict, a[7].reason)


def test_a_capital_with_a_plain_subscript_is_a_letter(tmp_path):
    # Sigma_i is a matrix's name: the row is not a sum of x_i
    rows = display_rows(tmp_path, r"S = \sum_{i=1}^n x_i", r"S = \Sigma_i x_i")
    assert rows[7].verdict != "proved"


def _dir(tmp_path, name):
    d = tmp_path / name
    d.mkdir()
    return d
