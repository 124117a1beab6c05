"""The sample a log-likelihood is weighed on is never one value repeated (bench_mutants
DOWNSTREAM, seed 62, lead 2026-12-07). Muntazir Abidi's geometric MLE (external45) defines
``\\ell(p) = (\\sum x_i - n)\\log(1-p) + n\\log(p)``; slipped to ``- n\\log(p)`` it was taken as
given, and the right derivative below it was refuted against the slip. The weighing drew the
data set ``x = (1, 1, 1)``, where ``\\sum x_i - n = 0`` and the slipped value is exactly minus
the log-likelihood - an accepted convention for a name of its own - so the comparison was in
doubt; and three of four parameter points were drawn where ``\\log(1-p)`` is not real, so
fewer than three points were left and the comparison was in doubt as well. The data sets are
now spread (at least two distinct values) and a point that is not real is drawn again. The
sign slip of the geometric ``\\ell`` is refuted; the right one, its negation and its average
are not."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """# Geometric MLE{tag}

Let $X_1, \\dots, X_n$ be i.i.d. geometric with

$$P(X = x) = (1-p)^{{x-1}}p$$

for $x = 1, 2, \\dots$

$$L(p) = \\prod_{{i=1}}^n (1-p)^{{x_i-1}}p$$

The log-likelihood is

$$\\ell(p) = {value}$$
"""

_RIGHT = "(\\sum_{i=1}^n x_i - n)\\log(1-p) + n\\log(p)"


def _ell(tmp_path, value: str, tag: str = ""):
    rows = rows_of_text(tmp_path, _POST.format(value=value, tag=tag))
    return rows[max(rows)]


@pytest.mark.parametrize("tag", ["", " (a)", " (b)", " (c)", " (d)"])
def test_a_sign_slip_in_the_log_likelihood_is_refuted(tmp_path, tag):
    # the heading changes nothing of the mathematics
    row = _ell(tmp_path, "(\\sum_{i=1}^n x_i - n)\\log(1-p) - n\\log(p)", tag)
    assert row.verdict == "refuted", (row.verdict, row.reason)


@pytest.mark.parametrize(
    "value",
    [
        _RIGHT,
        "-(\\sum_{i=1}^n x_i - n)\\log(1-p) - n\\log(p)",  # the negated log-likelihood
        "\\frac{1}{n}\\left((\\sum_{i=1}^n x_i - n)\\log(1-p) + n\\log(p)\\right)",  # average
    ],
)
def test_the_log_likelihood_and_its_conventions_are_not_refuted(tmp_path, value):
    row = _ell(tmp_path, value)
    assert row.verdict != "refuted", (row.verdict, row.reason)
