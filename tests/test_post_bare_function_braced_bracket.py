"""A function's name typed without its backslash before a braced bracket, ``exp{(-\\frac{1}{2}
q)}`` (held-out batch 35, a mirrored math.SE question): the braces are invisible in TeX and
the name is the function, as ``exp(-x)`` is read already; it was read as the product
``e*x*p*(...)``, and the next row, the log of that likelihood written with ``log``, was
refuted against the product. A row so written gets the verdict of the row with
``\\exp``/``\\log``."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_FIRST = r"F = \exp(-x) + \log(y)"

_CASES = [
    (r"F = exp{(-x)} + \log(y)", r"F = \exp(-x) + \log(y)"),
    (r"F = \exp(-x) + log{(y)}", r"F = \exp(-x) + \log(y)"),
    (r"F = \frac{1}{2}exp{(-x)} \cdot 2 + \log(y)", r"F = \frac{1}{2}\exp(-x) \cdot 2 + \log(y)"),
    # a slip: refuted either way
    (r"F = exp{(-2x)} + \log(y)", r"F = \exp(-2x) + \log(y)"),
]


@pytest.mark.parametrize(("bare", "plain"), _CASES)
def test_a_bare_name_before_a_braced_bracket_is_the_function(tmp_path, bare, plain):
    a = display_rows(_dir(tmp_path, "a"), _FIRST, bare)
    b = display_rows(_dir(tmp_path, "b"), _FIRST, plain)
    assert b[7].verdict in ("proved", "refuted")
    assert a[7].verdict == b[7].verdict, (a[7].verdict, a[7].reason)


def _dir(tmp_path, name):
    d = tmp_path / name
    d.mkdir()
    return d
