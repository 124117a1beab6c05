"""A function name typed in a text box with a space, ``-2\\text{ log}L`` or
``n\\text{ log}(|\\Sigma|)`` (held-out batch 35, a mirrored math.SE answer): the box was
taken for words before a relation ("the words 'log' before a relation are not read") and
the row was unparsed. A box holding only a function's name (log, ln, exp, ...) is that
function, as ``\\text{log}`` without the space is already: the row gets the verdict of the
same row written with ``\\log``."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_FIRST = r"F = \log(a) + \exp(b) + 2"

_CASES = [
    (r"F = \text{ log}(a) + \text{exp}(b) + 2", r"F = \log(a) + \exp(b) + 2"),
    (r"F = \text{ log }(a) + \text{ exp}(b) + 2", r"F = \log(a) + \exp(b) + 2"),
    (r"F = \mathrm{ ln}(a) + \exp(b) + 2", r"F = \ln(a) + \exp(b) + 2"),
    # a slip: refuted either way
    (r"F = \text{ log}(a) + \text{ exp}(b) + 3", r"F = \log(a) + \exp(b) + 3"),
]


@pytest.mark.parametrize(("boxed", "plain"), _CASES)
def test_a_boxed_function_name_gets_the_verdict_of_the_plain_row(tmp_path, boxed, plain):
    a = display_rows(_dir(tmp_path, "a"), _FIRST, boxed)
    b = display_rows(_dir(tmp_path, "b"), _FIRST, plain)
    assert b[7].verdict in ("proved", "refuted")
    assert a[7].verdict == b[7].verdict, (a[7].verdict, a[7].reason)


def test_words_before_a_relation_are_still_not_read(tmp_path):
    # words that are no function name stay words (adversarial set 11)
    rows = display_rows(tmp_path, _FIRST, r"F = \log(a) \text{ unless } b = 0")
    assert rows[7].verdict == "unparsed"


def _dir(tmp_path, name):
    d = tmp_path / name
    d.mkdir()
    return d
