"""A named density whose arguments hold a sum over the samples (issue 12, LAWS).

``\\mathrm{Gam}(\\lambda; a + \\sum_i x_i, b + n)`` - the posterior of a Poisson rate - was
"could not relate this row (RecursionError)" (adversarial set 4, pair 43): the density's
formula was built with its arguments worked out (``Sum.doit``) while the reader holds
sympy's evaluation off, and sympy's summation recurses without end there. The row must
be read: its correct value proved, a wrong exponent refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\nThe posterior of the Poisson rate is\n\n"

LEFT = r"\mathrm{Gam}\left(\lambda; a + \sum_{i=1}^n x_i, b + n\right)"
RIGHT = (
    r"\frac{(b + n)^{a + \sum_{i=1}^n x_i}}{\Gamma(a + \sum_{i=1}^n x_i)}"
    r" \lambda^{a + \sum_{i=1}^n x_i {minus}} e^{-(b + n)\lambda}"
)


def _row(tmp_path, minus: str):
    post = tmp_path / "post.md"
    post.write_text(HEAD + "$$" + LEFT + " = " + RIGHT.replace("{minus}", minus) + "$$\n")
    (row,) = check_post(str(post)).rows
    return row


@pytest.mark.parametrize(
    ("minus", "verdict"),
    [("- 1", "proved"), ("", "refuted"), ("+ 1", "refuted")],
)
def test_gamma_density_with_a_sum_in_its_arguments_is_read(tmp_path, minus, verdict):
    row = _row(tmp_path, minus)
    assert "RecursionError" not in row.reason
    assert row.verdict == verdict, row.reason
