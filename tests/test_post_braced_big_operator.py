"""A sum or product sign with its limits alone in braces, ``{\\sum_{i=1}^n}(Y_i - a)^2``
(held-out batch 35, an Obsidian note's likelihood): TeX sets the sign as in
``\\sum_{i=1}^n (Y_i - a)^2`` and the sum runs over what follows; the braces were read as a
group holding an operator with nothing to sum ("unexpected '}'"), and the row was unparsed.
A row so written gets the verdict of the same row without the braces."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_FIRST = r"S = \sum_{i=1}^n (x_i - a)^2 + \prod_{i=1}^n x_i"

_CASES = [
    # (the row as braced, the same row without the braces)
    (
        r"S = {\sum_{i=1}^n}(x_i - a)^2 + {\prod_{i=1}^n} x_i",
        r"S = \sum_{i=1}^n(x_i - a)^2 + \prod_{i=1}^n x_i",
    ),
    (
        r"S = {\sum\limits_{i=1}^{n}}(x_i - a)^2 + \prod_{i=1}^n x_i",
        r"S = \sum\limits_{i=1}^{n}(x_i - a)^2 + \prod_{i=1}^n x_i",
    ),
    # a slip: the power 3, refuted either way
    (
        r"S = {\sum_{i=1}^n}(x_i - a)^3 + \prod_{i=1}^n x_i",
        r"S = \sum_{i=1}^n(x_i - a)^3 + \prod_{i=1}^n x_i",
    ),
    (
        r"S = \frac{1}{2}*{\sum_{i=1}^n}(x_i - a)^2 + \prod_{i=1}^n x_i",
        r"S = \frac{1}{2}*\sum_{i=1}^n(x_i - a)^2 + \prod_{i=1}^n x_i",
    ),
]


@pytest.mark.parametrize(("braced", "plain"), _CASES)
def test_a_braced_sign_gets_the_verdict_of_the_plain_row(tmp_path, braced, plain):
    a = display_rows(_dir(tmp_path, "a"), _FIRST, braced)
    b = display_rows(_dir(tmp_path, "b"), _FIRST, plain)
    assert b[7].verdict in ("proved", "refuted")  # the plain row is decided
    assert a[7].verdict == b[7].verdict, (a[7].verdict, a[7].reason)


def test_a_braced_group_with_its_summand_is_read_as_before(tmp_path):
    rows = display_rows(tmp_path, _FIRST, r"S = {\sum_{i=1}^n (x_i - a)^2} + \prod_{i=1}^n x_i")
    assert rows[7].verdict == "proved"


def _dir(tmp_path, name):
    d = tmp_path / name
    d.mkdir()
    return d
