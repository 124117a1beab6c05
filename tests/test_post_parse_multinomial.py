"""The multinomial coefficient ``{n \\choose x_1, \\ldots, x_m}`` (``\\binom{n}{a, b, c}``) is
``n! / (x_1! \\cdots x_m!)``: the list below the line is the counts, written out or from
``x_1`` to ``x_m`` as the ellipsis of a sum is (held-out and corpus multinomial posts left
the likelihood unparsed at the comma)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex)[0]


def _value(e: sp.Basic, values: dict[str, int]) -> sp.Basic:
    """``e`` with its names and counts (by how they print: ``n``, ``x[2]``) at ``values``."""
    e = e.doit()
    atoms = e.atoms(sp.Symbol, sp.Indexed)
    return sp.simplify(e.subs({a: values[str(a)] for a in atoms if str(a) in values}))


@pytest.mark.parametrize(
    "latex",
    [
        r"{n \choose x_1, \ldots, x_m}",
        r"{{n}\choose{x_1, ..., x_m}}",
        r"\binom{n}{x_1, \dots, x_m}",
        r"\binom{n}{x_1, x_2, \ldots, x_m}",
    ],
)
def test_a_listed_multinomial_coefficient_is_n_factorial_over_the_counts(latex):
    e = _read(latex).subs({s: 3 for s in _read(latex).free_symbols if s.name == "m"})
    assert _value(e, {"n": 6, "x[1]": 1, "x[2]": 2, "x[3]": 3}) == 60  # 6! / (1! 2! 3!)


def test_a_multinomial_coefficient_of_named_counts():
    e = _read(r"\binom{n}{a, b, c}")
    assert _value(e, {"n": 5, "a": 1, "b": 2, "c": 2}) == 30


@pytest.mark.parametrize(
    "latex",
    [
        r"\binom{n}{x_1, \ldots}",  # no last count
        r"\binom{n}{x_1, \ldots, y_m}",  # the list does not run from x_1 to x_m
        r"\binom{n}{x_2, \ldots, x_m}",  # from where?
    ],
)
def test_other_lists_are_not_read(latex):
    with pytest.raises(ValueError):
        _read(latex)


POST = (
    "$$\\begin{{align}}\nL(p) &= {{{{n}}\\choose{{x_1, ..., x_m}}}}\\prod_{{i=1}}^m p_i^{{x_i}} \\\\\n"
    "&= {right}\n\\end{{align}}$$\n"
)


def test_the_multinomial_likelihood_is_not_refuted_and_its_twin_not_proved(tmp_path: Path):
    good = POST.format(right="n! \\prod_{i=1}^m \\frac{p_i^{x_i}}{x_i!}")
    assert verdict_of_row(tmp_path, good, "&= n!") == "proved"
    bad = POST.format(right="n! \\prod_{i=1}^m p_i^{x_i} x_i!")
    assert verdict_of_row(tmp_path, bad, "&= n!") == "refuted"
