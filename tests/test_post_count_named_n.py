"""A pmf of a count named ``n`` is weighed from 0 as well as from 1 (batch 52).

Wei-Ruhan's gamma-Poisson mixture (external52, line 23) writes the Poisson pmf of a count
``n``: ``f(n|\\lambda,E) = \\frac{(\\lambda E)^n}{n!} e^{-\\lambda E}``. With no support
stated, a pmf is weighed over {0, 1, ...} and over {1, 2, ...} and refuted only if it
fails on both; but ``n`` is positive by the package's convention for a summation index,
and that convention dropped the support from 0. The row was refuted (mass 0.48 over {1,
2, ...}). A convention about a letter's use as an index says nothing of a variable's
support.

Properties: the right pmf of ``n`` is not refuted; a pmf of ``n`` wrong on both supports
is still refuted; a zero-truncated pmf of ``n`` is not refuted either.
"""

from __future__ import annotations

from tests._post_rows import rows_of

_POST = r"""# A count

Suppose a count $n$ is drawn from a Poisson distribution with mean $\lambda E$:

$$
f(n|\lambda,E)=%s
$$
"""


def _row(tmp_path, pmf):
    path = tmp_path / "post.md"
    path.write_text(_POST % pmf)
    return rows_of(path)[6]


def test_the_poisson_pmf_of_n_is_not_refuted(tmp_path):
    assert _row(tmp_path, r"\frac{(\lambda E)^n}{n!}e^{-\lambda E}").verdict != "refuted"


def test_a_pmf_of_n_wrong_on_both_supports_is_refuted(tmp_path):
    assert _row(tmp_path, r"\frac{(\lambda E)^n}{n!}e^{-2\lambda E}").verdict == "refuted"


def test_a_zero_truncated_pmf_of_n_is_not_refuted(tmp_path):
    pmf = r"\frac{(\lambda E)^n}{n!(e^{\lambda E} - 1)}"
    assert _row(tmp_path, pmf).verdict != "refuted"
