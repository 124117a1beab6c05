"""A result stated before the rows that derive it is proved by them once they are read.

"The answer is beta-hat = xbar/3. Here is why: ..." - the reader left the early row
"unchecked: states a result before (or without) the rows that derive it" (held-out
mse-gamma-shape3 line 28, where line 44 derives the same estimate). When a later row states
the same estimate with an equal value (checked by the engine under the post's assumptions)
and that row and every row its derivation continues are proved (back to a given start), the
early row is proved by it. A different value is never refuted so: the early row may state
another estimator under the same hat (a method-of-moments estimate before the MLE).
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

_POST = r"""---
title: t
---
Let $x_1, \dots, x_n$ be the sample, with mean

$$\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i$$

The answer is

$$\hat{\beta} = EARLY$$

Here is why. The log-likelihood is

$$\log L(\beta) = -3n\log\beta - \frac{1}{\beta}\sum_{i=1}^{n} x_i$$

Setting its derivative to zero:

$$\frac{d \log L(\beta)}{d\beta} = -\frac{K}{\beta} + \frac{1}{\beta^2}\sum_{i=1}^{n} x_i = 0$$

$$\hat{\beta} = \frac{\sum_{i=1}^{n} x_i}{K}$$
"""


def _rows(tmp_path: Path, early: str, k: str = "3n") -> dict:
    p = tmp_path / "post.md"
    p.write_text(_POST.replace("EARLY", early).replace("K", k), encoding="utf-8")
    return rows_of(p)


def test_an_early_result_derived_later_is_proved(tmp_path):
    rows = _rows(tmp_path, r"\frac{\bar{x}}{3}")
    assert rows[20].verdict == "proved"
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
    assert "line 20" in rows[10].reason


def test_an_early_result_the_derivation_does_not_give_is_not_proved_nor_refuted(tmp_path):
    rows = _rows(tmp_path, r"\frac{\bar{x}}{2}")
    assert rows[20].verdict == "proved"
    assert rows[10].verdict == "unchecked", (rows[10].verdict, rows[10].reason)


def test_an_early_result_a_wrong_derivation_gives_is_not_proved(tmp_path):
    rows = _rows(tmp_path, r"\frac{\bar{x}}{2}", k="2n")
    assert rows[18].verdict == "refuted"
    assert rows[20].verdict == "proved"  # it follows from the (wrong) line above
    assert rows[10].verdict == "unchecked", (rows[10].verdict, rows[10].reason)
