"""A sum whose subscript is only its first value: ``\\sum_1^n X_i``.

Written without the index (``\\sum_1^n`` for ``\\sum_{i=1}^n``), the index is the one
the body is indexed by, as for a sum written without limits (``\\sum x_i``). It was
unparsed ("unexpected '1'"). A body with no index or two indices is not guessed.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("short", "full"),
    [
        (r"\sum_1^nX_i", r"\sum_{i=1}^{n} X_i"),
        (r"\frac{\sum_1^n X_i}{\theta^2}", r"\frac{\sum_{i=1}^n X_i}{\theta^2}"),
        (r"\sum_{1}^{n} (x_i - \mu)^2", r"\sum_{i=1}^{n} (x_i - \mu)^2"),
        (r"\sum_0^N x_k", r"\sum_{k=0}^{N} x_k"),
        (r"\prod_1^n f(x_i)", r"\prod_{i=1}^n f(x_i)"),
    ],
)
def test_a_numeric_lower_limit_takes_the_index_of_the_body(short, full):
    assert _read(short) == _read(full)


@pytest.mark.parametrize("text", [r"\sum_1^n 2", r"\sum_1^n x_i y_j"])
def test_no_index_or_two_indices_are_not_guessed(text):
    with pytest.raises(ValueError):
        _read(text)
