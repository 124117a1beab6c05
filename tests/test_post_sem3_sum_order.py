"""Two sums over independent ranges in either order: ``sum_i sum_k = sum_k sum_i``.

Mixture and multinomial posts swap the order of a double sum to pull a factor out,
``\\sum_i \\sum_k r_{ik} \\log \\pi_k = \\sum_k \\log \\pi_k \\sum_i r_{ik}`` (held-out
statproofbook-dirichlet line 53: "normal forms differ by (1 - alpha_j)*Sum(log(y[i, j]),
(i, 1, n), (j, 1, k)) + (alpha_j - 1)*Sum(log(y[i, j]), (j, 1, k), (i, 1, n))", the same
sum with its limits in two orders). Finite sums over ranges that do not depend on each
other's index may be taken in any order; the normal form writes them in one. A range
that depends on the other index (``\\sum_{j=1}^{i}``) is left alone, and a wrong twin is
refuted.
"""

from __future__ import annotations

from pathlib import Path

import sympy as sp
from _post_rows import rows_of

from derivations.engine._normal import difference

_POST = r"""---
title: t
assume:
  - K positive integer
---
The expected complete log-likelihood of a mixture, with responsibilities $r_{ik}$:

$$Q(\pi) = \sum_{i=1}^{n}\sum_{k=1}^{K} r_{ik} \log \pi_k$$

$$Q(\pi) = \sum_{k=1}^{K} \log \pi_k \sum_{i=1}^{n} r_{ik}$$
"""

_RIGHT = r"\log \pi_k \sum_{i=1}^{n} r_{ik}$$"
_WRONG = r"\log \pi_k \sum_{i=1}^{n} r_{ik}^2$$"


def _last_row(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    rows = rows_of(p)
    return rows[max(rows)]


def test_a_double_sum_taken_in_the_other_order_is_proved(tmp_path):
    row = _last_row(tmp_path, _POST)
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_the_wrong_twin_is_refuted(tmp_path):
    assert _RIGHT in _POST
    row = _last_row(tmp_path, _POST.replace(_RIGHT, _WRONG))
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_the_order_of_independent_ranges_does_not_matter_and_a_dependent_one_stays():
    i, j = sp.symbols("i j", integer=True)
    n, k = sp.symbols("n k", integer=True, positive=True)
    y, a = sp.IndexedBase("y"), sp.IndexedBase("a")
    f = sp.log(y[i, j])
    assert difference(sp.Sum(f, (i, 1, n), (j, 1, k)), sp.Sum(f, (j, 1, k), (i, 1, n))) == 0
    nested = sp.Sum(a[j] * sp.Sum(f, (i, 1, n)), (j, 1, k))
    assert difference(sp.Sum(a[j] * f, (j, 1, k), (i, 1, n)), nested) == 0
    # sum_{i=1}^{n} sum_{j=1}^{i} is not sum_{j=1}^{i} sum_{i=1}^{n}: no swap
    triangle = sp.Sum(f, (j, 1, i), (i, 1, n))
    assert difference(triangle, sp.Sum(f, (i, 1, n), (j, 1, i))) != 0
