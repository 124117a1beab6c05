"""A condition the previous line already needs, written another way, is not the step's.

``\\frac{\\sum x_i y_i - \\bar y \\sum x_i}{\\sum x_i^2 - \\bar x \\sum x_i} =
\\frac{\\sum (x_i - \\bar x)(y_i - \\bar y)}{\\sum (x_i - \\bar x)^2}`` rewrites the
denominator into an equal one: both lines need the x_i not all equal, and the step adds
nothing to that (a condition both lines share is carried along). The two conditions are
the same only after the sums are expanded, which a plain ``cancel`` does not do. What
must hold:

- such a rewrite is proved;
- a factor the step brings in that can vanish (``1/(n - 1)`` on top and bottom) stays
  open and named;
- a denominator that is not a multiple of the other stays open (engine level), and a
  false rewrite is refuted.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.engine._domains import Domains, implied
from derivations.post import check_post

POST = r"""---
title: t
---

With the means

$$
\bar{x} = \frac{1}{n} \sum_{i=1}^n x_i, \quad \bar{y} = \frac{1}{n} \sum_{i=1}^n y_i
$$

the estimate is rewritten:

$$
\begin{split}
\frac{\sum_{i=1}^n x_i y_i - \bar{y} \sum_{i=1}^n x_i}
{\sum_{i=1}^n x_i^2 - \bar{x} \sum_{i=1}^n x_i} &= LAST
\end{split}
$$
"""

SHARED = r"\frac{\sum_{i=1}^n (x_i - \bar{x}) (y_i - \bar{y})}{\sum_{i=1}^n (x_i - \bar{x})^2}"


def _last(tmp_path, last: str):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("LAST", last))
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


def test_a_denominator_rewritten_into_an_equal_one_is_proved(tmp_path):
    row = _last(tmp_path, SHARED)
    assert row.verdict == "proved", row.reason


def test_a_factor_that_can_vanish_stays_open_and_named(tmp_path):
    last = (
        r"\frac{\frac{1}{n-1} \sum_{i=1}^n (x_i - \bar{x}) (y_i - \bar{y})}"
        r"{\frac{1}{n-1} \sum_{i=1}^n (x_i - \bar{x})^2}"
    )
    row = _last(tmp_path, last)
    assert row.verdict == "plausible", row.reason
    assert "n - 1 != 0" in row.reason


def test_a_false_rewrite_is_refuted(tmp_path):
    last = SHARED + r" \cdot 2"
    assert _last(tmp_path, last).verdict == "refuted"


x = sp.IndexedBase("x")
i = sp.Symbol("i", integer=True)
n = sp.Symbol("n", integer=True, positive=True)
S = sp.Sum(x[i], (i, 1, n))
S2 = sp.Sum(x[i] ** 2, (i, 1, n))
SPREAD = sp.Sum((x[i] - S / n) ** 2, (i, 1, n))


@pytest.mark.parametrize("known", [S2 - S**2 / n, n * S2 - S**2, (S2 - S**2 / n) / 2])
def test_the_spread_written_two_ways_is_one_condition(known):
    assert implied(sp.Ne(SPREAD, 0), [sp.Ne(known, 0)], multiples=True, domains=Domains())


@pytest.mark.parametrize("known", [S2, S2 - S**2, (n - 1) * (S2 - S**2 / n)])
def test_a_condition_that_is_not_a_multiple_stays_open(known):
    # (n - 1) * spread: the factor n - 1 may be 0, so the spread is not known non-zero
    assert not implied(sp.Ne(SPREAD, 0), [sp.Ne(known, 0)], multiples=True, domains=Domains())
