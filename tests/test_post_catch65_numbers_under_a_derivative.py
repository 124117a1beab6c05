"""A derivative's value holds only the letters its derivative keeps (catch65).

external46 jimmyhickey 7.11 line 73: ``\\partial^2 \\ell / \\partial \\theta^2 = -n^2/\\theta^2``
(the author squared ``n``) was compared with the derivative, by theta, of ``n/\\theta +
\\sum \\log x_i``, held unevaluated: its ``x`` counted as a letter the row dropped, and since
the post sets ``x`` to numbers elsewhere (``x = 0, 1, \\dots``) the failing comparison was
"the value at numbers the row does not name" (``._template_numbers``), no refutation. A term
the derivative's variable is not in differentiates to 0: its letters are not the value's.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import rows_of_variants

from derivations.post._template_numbers import at_numbers

_POST = r"""---
title: a second derivative
---

Let $X_1, \dots, X_n$ be iid with pdf (not a mass on $x=0, 1, \dots$)

$$f(x | \theta) = \theta x^{\theta - 1}$$

$$\ell(\theta | x) = n \log(\theta) + (\theta - 1) \sum_{i=1}^n \log(x_i)$$

$$\frac{\partial \ell}{\partial \theta} = \frac{n}{\theta} + \sum_{i=1}^n \log(x_i)$$

$$\frac{\partial^2 \ell}{\partial \theta^2} = SECOND < 0$$
"""

_SECOND = {"wrong": r"\frac{-n^2}{\theta^2}", "right": r"\frac{-n}{\theta^2}"}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    return rows_of_variants(tmp_path_factory.mktemp("catch65"), _POST, _SECOND)


def test_the_wrong_second_derivative_is_refuted(rows):
    assert rows["wrong"][13].verdict == "refuted", rows["wrong"][13].reason


def test_the_right_one_is_not_refuted(rows):
    assert rows["right"][13].verdict in ("proved", "plausible"), rows["right"][13].reason


def test_letters_a_derivative_removes_are_not_dropped_by_the_row():
    n, t, x = sp.symbols("n theta x", positive=True)
    value = sp.Derivative(n / t + sp.log(x), t)
    assert at_numbers(value, -(n**2) / t**2, {}, "d", {"x"}) == ""
    # a letter the derivative keeps is still one the row may have put a number for
    kept = sp.Derivative(x * n / t, t)
    assert at_numbers(kept, -2 * n / t**2, {}, "d", {"x"}) != ""
