"""A family of matrices the post defines (``S_i := (x_i - mu)(x_i - mu)^T``) is put in for
its value, and a differential ``d\\Sigma`` is never checked as ``d`` times ``\\Sigma`` (MATRIX5).

The reader keeps ``S_i`` as a member of a family, which the engine's matrix types
know only as a column: ``tr(Sigma^{-1} S_i)`` had no shapes and every row with it
(the Gaussian discriminant analysis notes, lines 219-275) fell back to the 1x1
reading. Put in for its value, the rows are about the post's own vectors.

``d\\Sigma`` is read as the number ``d`` times ``\\Sigma``, which commutes with
``\\Sigma^{-1}``: a trace with its factors in a wrong order would be proved as
matrices. Such lines get no matrix reading.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HELD_OUT = Path(__file__).parent / "posts" / "incoming"
GDA = HELD_OUT / "external16" / "tohhongxiang-gda-mle-phi-mu-sigma-trace-notes.md"

_POST = r"""---
title: t
---

The scatter matrices:

$$ S_i \coloneqq (\mathbf{{x}}_i - \boldsymbol{{\mu}})(\mathbf{{x}}_i - \boldsymbol{{\mu}})^T $$

The log-likelihood in Sigma:

$$
\begin{{align*}}
\ell &= -\frac{{n}}{{2}} \log |\Sigma| - \frac{{1}}{{2}} \sum_{{i=1}}^n (\mathbf{{x}}_i - \boldsymbol{{\mu}})^T \Sigma^{{-1}} (\mathbf{{x}}_i - \boldsymbol{{\mu}}) \\
&= {right}
\end{{align*}}
$$
"""


def _row(tmp_path, right: str):
    p = tmp_path / "post.md"
    p.write_text(_POST.format(right=right), encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}[14]


def test_a_defined_family_of_matrices_is_put_in_for_its_value(tmp_path):
    r = _row(
        tmp_path,
        r"-\frac{n}{2} \log |\Sigma| - \frac{1}{2} \sum_{i=1}^n \operatorname{tr}(\Sigma^{-1} S_i)",
    )
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "right",
    [
        r"-\frac{n}{2} \log |\Sigma| - \frac{1}{2} \sum_{i=1}^n \operatorname{tr}(\Sigma S_i)",  # Sigma for its inverse
        r"-\frac{n}{2} \log |\Sigma| - \sum_{i=1}^n \operatorname{tr}(\Sigma^{-1} S_i)",  # the 1/2 dropped
        r"-\frac{n}{2} \log |\Sigma| + \frac{1}{2} \sum_{i=1}^n \operatorname{tr}(\Sigma^{-1} S_i)",  # a sign
    ],
)
def test_its_wrong_twins_are_not_proved(tmp_path, right):
    r = _row(tmp_path, right)
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


_SUM = r"""---
title: t
---

The scatter matrices:

$$ S_i \coloneqq (\mathbf{{x}}_i - \boldsymbol{{\mu}})(\mathbf{{x}}_i - \boldsymbol{{\mu}})^T $$

The estimate:

$$ \hat\Sigma = \frac{{1}}{{n}} \sum_{{i=1}}^n S_i = {right} $$
"""


def _sum_link(tmp_path, right: str):
    p = tmp_path / "post.md"
    p.write_text(_SUM.format(right=right), encoding="utf-8")
    r = {r.line: r for r in check_post(p).rows}[11]
    return r.links[-1]


def test_the_sum_of_the_family_is_the_sum_of_its_values(tmp_path):
    right = r"\frac{1}{n} \sum_{i=1}^n (\mathbf{x}_i - \boldsymbol{\mu}) (\mathbf{x}_i - \boldsymbol{\mu})^T"
    link = _sum_link(tmp_path, right)
    assert link["verdict"] == "proved", link


def test_the_inner_product_for_the_outer_one_is_not_proved(tmp_path):
    right = r"\frac{1}{n} \sum_{i=1}^n (\mathbf{x}_i - \boldsymbol{\mu})^T (\mathbf{x}_i - \boldsymbol{\mu})"
    link = _sum_link(tmp_path, right)
    assert link["verdict"] not in ("proved", "plausible"), link


# -- d Sigma: a differential, not d times Sigma -------------------------------------------

_DIFF = r"""---
title: t
---

$$
\begin{{align*}}
q &= \operatorname{{tr}}(\Sigma^{{-1}} (d\Sigma) \Sigma^{{-1}} \mathbf{{A}}) \\
&= {right}
\end{{align*}}
$$
"""


def _diff_row(tmp_path, right: str):
    p = tmp_path / "post.md"
    p.write_text(_DIFF.format(right=right), encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}[8]


def test_a_trace_with_a_differential_in_a_wrong_order_is_not_proved(tmp_path):
    # d Sigma does not commute with Sigma^{-1}; d times Sigma would.
    r = _diff_row(tmp_path, r"\operatorname{tr}(\Sigma^{-1} \Sigma^{-1} (d\Sigma) \mathbf{A})")
    assert r.verdict not in ("proved", "plausible"), (r.verdict, r.reason)


def test_the_cyclic_rotation_with_a_differential_is_proved(tmp_path):
    r = _diff_row(tmp_path, r"\operatorname{tr}(\Sigma^{-1} \mathbf{A} \Sigma^{-1} (d\Sigma))")
    assert r.verdict == "proved", (r.verdict, r.reason)


def test_a_row_that_needs_the_differential_symmetric_is_not_refuted(tmp_path):
    # d Sigma of a symmetric Sigma is symmetric: tr(M A dSigma) = tr(A^T M^T dSigma) holds
    # then (the transpose inside the trace), not for any square matrix.
    r = _diff_row(tmp_path, r"\operatorname{tr}(\mathbf{A}^T \Sigma^{-1} (d\Sigma) \Sigma^{-1})")
    assert r.verdict != "refuted", (r.verdict, r.reason)
    assert r.verdict != "proved", (r.verdict, r.reason)


def test_the_differential_check_sees_d_beside_a_matrix():
    import sympy as sp

    from derivations.post._matrices import _differential_times_matrix

    s = sp.Symbol("Sigma", commutative=False)
    d, n = sp.Symbol("d"), sp.Symbol("n")
    assert _differential_times_matrix(sp.Mul(s**-1, d, s, evaluate=False))
    assert not _differential_times_matrix(sp.Mul(n, d, sp.log(2), evaluate=False))
    assert not _differential_times_matrix(sp.Mul(n, s, evaluate=False))
    det = sp.Function("det")(s)  # d log|Sigma|: the dimension times a number
    assert not _differential_times_matrix(sp.Mul(d, sp.log(det), evaluate=False))


# -- the real post --------------------------------------------------------------------------


def test_the_gda_rows_with_the_scatter_matrices_are_checked_as_matrices():
    rows = {r.line: r for r in check_post(GDA).rows}
    for line in (219, 248, 255, 256, 264, 265, 266, 274, 275):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)
    for line in (231, 232, 233):  # after the differential of line 230: d Sigma a matrix
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)


@pytest.mark.parametrize(
    ("line", "old", "new"),
    [
        (219, r"\operatorname{tr}(\Sigma^{-1} S_i)", r"\operatorname{tr}(\Sigma S_i)"),
        (
            231,
            r"\operatorname{tr}(\Sigma^{-1} S_i \Sigma^{-1} (d\Sigma))",
            r"\operatorname{tr}(\Sigma^{-1} \Sigma^{-1} S_i (d\Sigma))",
        ),
        (266, r"n\Sigma &= \sum_{i=1}^n S_i", r"n\Sigma^{-1} &= \sum_{i=1}^n S_i"),
        (
            275,
            r"(\mathbf{x}^{(i)} - \mu_{y^{(i)}}) (\mathbf{x}^{(i)} - \mu_{y^{(i)}})^T",
            r"(\mathbf{x}^{(i)} - \mu_{y^{(i)}})^T (\mathbf{x}^{(i)} - \mu_{y^{(i)}})",
        ),
    ],
)
def test_wrong_twins_of_the_gda_rows_are_not_proved(tmp_path, line, old, new):
    lines = GDA.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new)
    p = tmp_path / GDA.name
    p.write_text("\n".join(lines), encoding="utf-8")
    r = {r.line: r for r in check_post(p).rows}[line]
    assert r.verdict not in ("proved", "plausible"), (line, r.verdict, r.reason)
