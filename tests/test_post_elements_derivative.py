"""Derivatives by one element of a sum over the elements: ``d/dw_j sum_k g(w_k)``.

Only the term with the same index depends on ``w_j``: the derivative is ``g'(w_j)``.
sympy 1.14 alone gives ``Sum(g'(w_k))`` when the index is the bound one; the engine
renames the bound index and keeps the term through a Kronecker delta, with a free
index in the range (the convention of ``engine._normal.reduce_deltas``) and a number
only where it is shown inside (``w_5`` of ``sum_{k=1}^{3}``: 0). Elements of the sum
not written at its index (``w_{k+1}``) and products over the elements stay unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.engine._normal import normal
from tests._post_rows import rows_of

W = [("w", "k", "K", "j"), (r"\alpha", "m", "M", "l"), (r"\beta", "q", "Q", "j")]


def _last(tmp_path: Path, *rows: str):
    path = tmp_path / "post.md"
    path.write_text("\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    rows_ = rows_of(path)
    return rows_[max(rows_)]


def _context(w: str, k: str, big: str, j: str) -> str:
    """A row that makes ``j`` an index of the post (a sum over it), ``w_j`` an element and
    ``big`` the size of a sample (``y_k``)."""
    sum_j = rf"\sum_{{{j}=1}}^{{{big}}} {w}_{{{j}}}"
    return rf"s = {sum_j} + \sum_{{{k}=1}}^{{{big}}} {w}_{{{k}}} y_{{{k}}}"


# (summand g(w), its derivative g'(w)), in the letter W
TERMS = [("W^3", "3 W^2"), ("e^{2 W}", "2 e^{2 W}"), ("(W - c)^2", "2 (W - c)")]


@pytest.mark.parametrize(("term", "derivative"), TERMS)
@pytest.mark.parametrize(("w", "k", "big", "j"), W)
def test_one_term_of_the_sum_depends_on_the_element(tmp_path, w, k, big, j, term, derivative):
    summand = term.replace("W", f"{w}_{{{k}}}")
    lhs = rf"\frac{{\partial}}{{\partial {w}_{{{j}}}}} \sum_{{{k}=1}}^{{{big}}} {summand}"
    right = derivative.replace("W", f"{w}_{{{j}}}")
    row = _last(tmp_path, _context(w, k, big, j), f"{lhs} = {right}")
    assert row.verdict == "proved", row.reason
    wrong = rf"\sum_{{{k}=1}}^{{{big}}} " + derivative.replace("W", f"{w}_{{{k}}}")
    row = _last(tmp_path, _context(w, k, big, j), f"{lhs} = {wrong}")
    assert row.verdict != "proved", row.reason


@pytest.mark.parametrize(("w", "k", "big", "j"), W)
def test_the_element_inside_a_function_of_the_sum(tmp_path, w, k, big, j):
    total = rf"\sum_{{{k}=1}}^{{{big}}} {w}_{{{k}}}"
    lhs = rf"\frac{{\partial}}{{\partial {w}_{{{j}}}}} \log \Gamma\left({total}\right)"
    good = rf"\psi\left({total}\right)"
    row = _last(tmp_path, _context(w, k, big, j), f"{lhs} = {good}")
    assert row.verdict == "proved", row.reason
    row = _last(tmp_path, _context(w, k, big, j), rf"{lhs} = \psi({w}_{{{j}}})")
    assert row.verdict != "proved", row.reason


@pytest.mark.parametrize("letter", ["w", "b"])
def test_a_numbered_element_is_kept_only_inside_the_range(letter):
    w = sp.IndexedBase(letter, real=True)
    k = sp.Symbol("k", integer=True, positive=True)
    big = sp.Symbol("K", integer=True, positive=True)
    s = sp.Sum(w[k] ** 2, (k, 1, big))
    assert normal(sp.Derivative(s, w[1])) == 2 * w[1]
    assert normal(sp.Derivative(sp.Sum(w[k] ** 2, (k, 1, 3)), w[5])) == 0
    assert normal(sp.Derivative(sp.Sum(w[k] ** 2, (k, 2, big)), w[1])) == 0
    # 3 <= K is not known: the term is not taken
    assert normal(sp.Derivative(s, w[3])) != 2 * w[3]


def test_a_named_quantity_with_no_element_is_not_differentiated_to_zero(tmp_path):
    rows = (r"J = \sum_{i=1}^{n} \log(1 + e^{-z_i})", r"\frac{\partial J}{\partial w_1} = 0")
    assert _last(tmp_path, *rows).verdict != "proved"
