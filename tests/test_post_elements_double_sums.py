"""Double sums: ``\\sum_i \\sum_j``, and the sums of two indices sympy makes of them.

Differentiating ``\\sum_i \\sum_j a_{ij} x_i x_j`` by ``x_k``, sympy writes one ``Sum`` with
two limits, which the normal form refused ("Only single-index sums are supported"), so the
row was left plausible or unchecked. A sum of two limits is the sum of a sum (the first
limit innermost); the normal form reads it so, each range as stated.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.engine._normal import normal

i, j, k, n, m = sp.symbols("i j k n m", integer=True, positive=True)
a, x = sp.IndexedBase("a", real=True), sp.IndexedBase("x", real=True)


def test_a_sum_of_two_limits_is_the_sum_of_a_sum():
    two = sp.Sum(a[i, j] * x[j] + x[i], (j, 1, m), (i, 1, n))
    nested = sp.Sum(sp.Sum(a[i, j] * x[j], (j, 1, m)), (i, 1, n)) + m * sp.Sum(x[i], (i, 1, n))
    assert sp.expand(normal(two) - normal(nested)) == 0
    wrong = sp.Sum(sp.Sum(a[i, j] * x[j], (j, 1, m)), (i, 1, n)) + n * sp.Sum(x[i], (i, 1, n))
    assert sp.expand(normal(two) - normal(wrong)) != 0


def test_an_inner_range_that_depends_on_the_outer_index():
    two = sp.Sum(sp.S.One, (j, 1, i), (i, 1, n))
    assert sp.expand(normal(two) - normal(sp.Sum(i, (i, 1, n)))) == 0


_QUADRATIC = r"\frac{\partial}{\partial x_k} \sum_{i=1}^{n} \sum_{j=1}^{n} a_{ij} x_i x_j"


@pytest.mark.parametrize(
    ("right", "holds"),
    [
        (r"\sum_{j=1}^{n} (a_{kj} + a_{jk}) x_j", True),
        (r"2 \sum_{j=1}^{n} a_{kj} x_j", False),
        (r"\sum_{j=1}^{n} a_{kj} x_j", False),
    ],
)
def test_the_gradient_of_a_quadratic_form(tmp_path, right, holds):
    body = f"For one index $1 \\le k \\le n$,\n\n$${_QUADRATIC} = {right}$$\n"
    verdict = verdict_of_row(tmp_path, body, _QUADRATIC)
    assert (verdict == "proved") if holds else (verdict != "proved")


@pytest.mark.parametrize(
    ("right", "holds"),
    [
        (r"m \sum_{i=1}^{n} u_i + n \sum_{j=1}^{m} v_j", True),
        (r"m \sum_{i=1}^{n} u_i + m \sum_{j=1}^{m} v_j", False),
        (r"\sum_{i=1}^{n} u_i + \sum_{j=1}^{m} v_j", False),
    ],
)
def test_a_double_sum_split_by_linearity(tmp_path, right, holds):
    row = rf"\sum_{{i=1}}^{{n}} \sum_{{j=1}}^{{m}} (u_i + v_j) = {right}"
    verdict = verdict_of_row(tmp_path, f"$${row}$$\n", row)
    assert (verdict == "proved") if holds else (verdict != "proved")
