"""A condition that is genuinely open is named for what it says about the data.

Solving ``\\beta_1 (\\sum x_i^2 - \\bar x \\sum x_i) = \\ldots`` for ``\\beta_1`` divides by
``n \\sum x_i^2 - (\\sum x_i)^2``, which is 0 exactly when the x_i are all equal: no
declaration discharges it, and the verdict must say so in words, not only as a formula.
What must hold:

- the step is never proved without it: plausible, or proved *assuming* it because the
  written line needs it (a data proviso), and its reason says that the x_i must not all
  be equal;
- a residual ratio whose open part is not such a spread is not called one;
- the engine recognises the spread however it is written, and only then.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.engine._domains import Domains, spread_of
from derivations.post import check_post

POST = r"""---
title: t
---

With the means

$$
\bar{x} = \frac{1}{n} \sum_{i=1}^n x_i, \quad \bar{y} = \frac{1}{n} \sum_{i=1}^n y_i
$$

the derivative of the loss, set to zero:

$$\frac{d Q}{d \beta_1} = 2 \beta_1 \left( \sum_{i=1}^n x_i^2 - \bar{x} \sum_{i=1}^n x_i \right)
- 2 \sum_{i=1}^n x_i (y_i - \bar{y}) = 0$$

$$\beta_1 \left( \sum_{i=1}^n x_i^2 - \bar{x} \sum_{i=1}^n x_i \right)
= \sum_{i=1}^n x_i y_i - \bar{y} \sum_{i=1}^n x_i$$

$$\beta_1 = LAST$$
"""

SOLVED = (
    r"\frac{\sum_{i=1}^n x_i y_i - \bar{y} \sum_{i=1}^n x_i}"
    r"{\sum_{i=1}^n x_i^2 - \bar{x} \sum_{i=1}^n x_i}"
)


def _last(tmp_path, last: str):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("LAST", last))
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


def test_dividing_by_the_spread_stays_open_and_says_why(tmp_path):
    # The written line divides by the spread, so it needs the spread non-zero itself: the
    # step is right wherever that line means something. Since 21d134c (the proviso met in
    # its multiplied-out form) it is proved *assuming* it, as any data proviso the written
    # line needs; the verdict must still name the condition in words.
    row = _last(tmp_path, SOLVED)
    assert row.verdict in ("plausible", "proved"), row.reason
    if row.verdict == "proved":
        assert row.reason.startswith("proved, assuming"), row.reason
        assert "the x_i are not all equal" in row.reason, row.reason
    else:
        assert "the x_i are all equal" in row.reason, row.reason


def test_a_false_solution_is_refuted(tmp_path):
    assert _last(tmp_path, SOLVED + r" + 1").verdict == "refuted"


x = sp.IndexedBase("x")
y = sp.IndexedBase("y")
i = sp.Symbol("i", integer=True)
n = sp.Symbol("n", integer=True, positive=True)
S = sp.Sum(x[i], (i, 1, n))
S2 = sp.Sum(x[i] ** 2, (i, 1, n))


@pytest.mark.parametrize(
    "e",
    [
        n * S2 - S**2,
        S2 - S**2 / n,
        sp.Sum((x[i] - S / n) ** 2, (i, 1, n)),
        3 * (S**2 - n * S2) / n**2,
    ],
    ids=str,
)
def test_the_spread_is_recognised(e):
    assert spread_of(e, Domains()) == x[i]


@pytest.mark.parametrize(
    "e",
    [S2, n * S2 + S**2, (n - 1) * (S2 - S**2 / n), S2 - sp.Sum(y[i], (i, 1, n)) ** 2 / n],
    ids=str,
)
def test_other_sums_are_not_spreads(e):
    assert spread_of(e, Domains()) is None
