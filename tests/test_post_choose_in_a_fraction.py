"""Held-out batch 41 (the RPubs capture-recapture solution, 4 rows): ``{k \\choose x}`` was
read alone but not as an argument of ``\\frac``: ``\\frac{{k \\choose x}{{N-k} \\choose
{n-x}}}{N \\choose n}`` was unparsed ("unexpected 'choose'"). A group holding ``\\choose``
(or ``\\over``) at its top level is one group, the binomial coefficient (or the fraction),
wherever it stands."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex, Context())[0]


def _b(n, k):
    return sp.binomial(n, k)


@pytest.mark.parametrize(
    ("latex", "expected"),
    [
        ("\\frac{a}{N \\choose n}", lambda v: v["a"] / _b(v["N"], v["n"])),
        (
            "\\frac{{k \\choose x}{{N-k} \\choose {n-x}}}{N \\choose n}",
            lambda v: (
                _b(v["k"], v["x"]) * _b(v["N"] - v["k"], v["n"] - v["x"]) / _b(v["N"], v["n"])
            ),
        ),
        ("\\frac{1}{a \\over b}", lambda v: v["b"] / v["a"]),
        ("x^{n \\choose 2}", lambda v: v["x"] ** _b(v["n"], 2)),
    ],
)
def test_a_choose_group_is_read_as_an_argument(latex, expected):
    got = _read(latex)
    names = {s.name: s for s in got.free_symbols}
    assert sp.simplify(got - expected(names)) == 0


def test_a_lone_choose_group_reads_as_before():
    assert _read("{15\\choose 9}p^9") == _read("\\binom{15}{9}p^9")
