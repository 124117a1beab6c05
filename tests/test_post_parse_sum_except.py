"""A sum over every index but one (``\\sum_{k \\ne j} a_k``, ``\\sum_{k=1, k \\ne 3}^{5}``) is
the whole sum less the term left out: ``\\sum_k a_k - a_j``, over the range written or the one
the post gives ``k``. A condition that names a letter the summand also uses
(``\\sum_{i \\ne j} y_i y_j``: a sum over pairs) stays unread, with a reason that says so
(held-out: the lasso's coordinate step). A condition the data decide (``\\sum_{y_i \\ne 0}``)
is a sum of indicators now (``._sum_where``, tests/test_post_read6_conditional_sums.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex)[0]


def test_a_sum_that_leaves_out_one_number():
    assert _read(r"\sum_{k=1, k \ne 3}^{5} k").doit() == 12
    assert _read(r"\sum_{k=1,\, k \neq 3}^{5} k^2").doit() == 55 - 9


def test_a_sum_that_leaves_out_a_fixed_index_is_the_sum_less_its_term():
    e = _read(r"\sum_{k=1, k \ne j}^{n} a_k")
    values = {"n": 4, "j": 2, "a[1]": 10, "a[2]": 200, "a[3]": 3000, "a[4]": 40000}
    e = e.subs({s: values[s.name] for s in e.free_symbols if s.name in ("n", "j")}).doit()
    assert e.subs({a: values[str(a)] for a in e.atoms(sp.Indexed)}) == 43010


@pytest.mark.parametrize(
    "latex",
    [
        r"\sum_{k=1, k \ne 7}^{5} k",  # 7 is not among 1..5: nothing to leave out
        r"\sum_{k=1, k \ne n+1}^{n} a_k",
        r"\sum_{k=1, k \ne 5/2}^{5} k",
        r"\sum_{k=1, j \ne 3}^{5} k",  # a condition on another letter
    ],
)
def test_a_value_left_out_that_is_not_an_index_of_the_sum_is_not_read(latex):
    with pytest.raises(ValueError):
        _read(latex)


@pytest.mark.parametrize(
    ("latex", "why"),
    [
        (r"\sum_{i \ne j} y_i^2 y_j^2", "pairs"),
        (r"\sum_{k=1, k \ne j}^{n} a_k a_j", "pairs"),
    ],
)
def test_a_condition_that_is_not_one_index_left_out_stays_unread(latex, why):
    with pytest.raises(ValueError, match=why):
        _read(latex)


def test_a_sum_that_leaves_out_one_term_is_proved_and_its_twin_refuted(tmp_path: Path):
    good = "Leaving out $k = 3$,\n\n$$\\sum_{k=1, k \\ne 3}^{5} k^2 = 46$$\n"
    assert verdict_of_row(tmp_path, good, "= 46") == "proved"
    bad = good.replace("= 46", "= 55")
    assert verdict_of_row(tmp_path, bad, "= 55") == "refuted"


LASSO = (
    "Let\n\n$$s = \\sum_{j=0}^n \\theta_j x_j$$\n\nso that\n\n"
    "$$\\sum_{k=0}^n \\theta_k x_k - \\theta_j x_j = \\sum_{k \\neq j}^n \\theta_k x_k {rest}$$\n"
)


def test_a_sum_that_leaves_out_a_free_index_is_never_refuted_nor_proved_wrong(tmp_path: Path):
    good = LASSO.replace("{rest}", "")
    assert verdict_of_row(tmp_path, good, "k \\neq j") not in ("refuted", "unparsed")
    bad = LASSO.replace("{rest}", "+ \\theta_j x_j")
    assert verdict_of_row(tmp_path, bad, "k \\neq j") not in ("proved", "unparsed")


@pytest.mark.parametrize("latex", [r"\sum_{y_i} \frac{y_i}{\lambda}", r"\sum_{y_{i}} y_i"])
def test_a_sum_over_an_element_says_so(latex):
    with pytest.raises(ValueError, match="over the values"):
        _read(latex)
