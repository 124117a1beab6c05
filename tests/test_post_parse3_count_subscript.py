"""A sum whose subscript is the count of its terms: ``\\sum_N \\gamma(z_{nk}) x_n`` (a notebook's
"sum over the N points", ``\\sum_K \\pi_k \\mathcal{N}(x; \\mu_k, \\Sigma_k)`` over the K
components). The capital letter is absent from the summand and its small letter indexes the
elements, so it runs n = 1 .. N: the same sum as ``\\sum_{n=1}^{N}``. Anything else written
under a capital (the capital in the summand, the small letter as a number or shifted, no
element at the small letter) stays unparsed."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import PostSyntaxError


def _post(*rows: str) -> str:
    return "Some data.\n\n" + "".join(f"$$ {r} $$\n\n" for r in rows)


@pytest.mark.parametrize(
    ("capital", "small", "sign"),
    [("N", "n", r"\sum"), ("K", "k", r"\sum"), ("N", "n", r"\prod"), ("M", "m", r"\sum\limits")],
)
def test_the_capital_under_a_sum_is_the_count_of_its_small_letter(capital, small, sign):
    e = parse_expression(rf"{sign}_{capital} w_{small}^2")[0]
    explicit = parse_expression(rf"{sign}_{{{small}=1}}^{{{capital}}} w_{small}^2")[0]
    assert e == explicit
    idx, lo, hi = e.limits[0]
    assert (idx.name, lo, hi.name) == (small, 1, capital)
    assert isinstance(e, sp.Product if sign == r"\prod" else sp.Sum)


@pytest.mark.parametrize(
    "latex",
    [
        r"\sum_N N x_n",  # the capital in the summand: a sum over the values of N?
        r"\sum_N n x_n",  # the small letter as a number: where the range starts matters
        r"\sum_N x_{n+1}",  # shifted: likewise
        r"\sum_N x_m",  # no element at the small letter
        r"\sum_N c",  # no element at all
    ],
)
def test_anything_else_under_a_capital_stays_unparsed(latex):
    with pytest.raises(PostSyntaxError, match="without its limits"):
        parse_expression(latex)


def test_a_range_the_post_states_otherwise_is_not_overruled(tmp_path: Path):
    rows = [r"A = \sum_{n=0}^{N-1} x_n", r"B = \sum_N x_n", r"B = A"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[2]) not in ("refuted", "proved")


def test_a_step_under_the_count_subscript_is_proved(tmp_path: Path):
    rows = [r"S = \sum_N (x_n - c)", r"S = \sum_N x_n - N c"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[1]) == "proved"


def test_its_wrong_twin_is_not_proved(tmp_path: Path):
    rows = [r"S = \sum_N (x_n - c)", r"S = \sum_N x_n - c"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[1]) != "proved"


def test_the_count_matches_the_capital_elsewhere(tmp_path: Path):
    rows = [r"\bar{x} = \frac{1}{N} \sum_{n=1}^{N} x_n", r"\sum_N x_n = N \bar{x}"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[1]) == "proved"
