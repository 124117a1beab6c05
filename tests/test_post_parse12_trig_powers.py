r"""``\sin^2 x``: a power written on a trigonometric function is the power of its value.

``\sin^2 x``, ``\cos^{2}(\theta)``, ``\tanh^3 u`` are (sin x)^2, (cos theta)^2, (tanh u)^3
by a convention with no exception for whole positive powers; the reader refused them
("unexpected '^'", a known gap of issue 12). ``\sin^{-1} x`` is the inverse function
(arcsin), not 1/sin x, and ``\sin^{1/2} x`` is unusual: both stay unparsed. A wrong
identity stays unproved.
"""

from __future__ import annotations

import math

import pytest
from _post_rows import display_rows as _rows


@pytest.mark.parametrize(
    ("row", "proved"),
    [
        (r"g(x) = \sin^2 x + \cos^2 x + x = 1 + x", True),
        (r"g(x) = \sin^2 x + \cos^2 x + x = 2 + x", False),
        (r"h(\theta) = \cos^{2}(\theta) = 1 - \sin^{2}(\theta)", True),
        (r"h(\theta) = \cos^{2}(\theta) = 1 + \sin^{2}(\theta)", False),
        (r"k(u) = \cosh^2 u - \sinh^2 u + u = 1 + u", True),
        (r"k(u) = \cosh^2 u + \sinh^2 u + u = 1 + u", False),
    ],
)
def test_the_power_is_read_on_the_value(tmp_path, row, proved):
    r = _rows(tmp_path, row)[5]
    assert r.verdict != "unparsed", r.reason
    assert (r.verdict == "proved") is proved, r.reason


@pytest.mark.parametrize("f", ["sin", "cos", "tan", "tanh"])
@pytest.mark.parametrize("n", [2, 3])
def test_the_reading_is_the_power_of_the_value_not_of_the_argument(tmp_path, f, n):
    """Property: ``\\f^n x`` is (f x)^n (proved) and not f(x^n) (refuted), for each
    function and power, as sympy's numbers agree: the two differ at x = 0.7."""
    x = 0.7
    assert abs(getattr(math, f)(x) ** n - getattr(math, f)(x**n)) > 1e-3
    rows = _rows(
        tmp_path,
        rf"m(x) = \{f}^{n} x = \left(\{f} x\right)^{n}",
        rf"q(x) = \{f}^{{{n}}} x = \{f}(x^{n})",
    )
    assert rows[5].verdict == "proved", rows[5].reason
    assert rows[7].verdict != "proved", rows[7].reason


@pytest.mark.parametrize(
    "row", [r"q(x) = \sin^{-1} x = \frac{1}{\sin x}", r"q(x) = \sin^{1/2} x = 1"]
)
def test_other_powers_stay_unread(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", r.reason


@pytest.mark.parametrize(
    ("row", "proved"),
    [
        (r"f(x) = \cos 2x = \cos(2x)", True),
        (r"f(x) = \cos 2x = \cos(2) x", False),
        (r"g(x) = \sin^2 x = \frac{1 - \cos 2x}{2}", True),
        (r"g(x) = \sin^2 x = \frac{1 + \cos 2x}{2}", False),
        (r"k(x) = \sin^2 2x = \left(\sin(2x)\right)^2", True),
        (r"k(x) = \sin^2 2x = 2 x \sin(2)^2", False),
        (r"n(x) = \cos 2\pi x = \cos(2 \pi x)", True),
        (r"m(x) = \exp 2x = e^{2x}", True),
        (r"m(x) = \exp 2x = x e^{2}", False),
    ],
)
def test_a_number_after_the_function_starts_the_product_it_takes(tmp_path, row, proved):
    """``\\cos 2x`` is cos(2x), as ``\\log 2x`` is log(2x): read as cos(2) x, the correct
    ``\\cos 2x = \\cos(2x)`` (and the half-angle identity) was refuted."""
    r = _rows(tmp_path, row)[5]
    assert r.verdict != "unparsed", r.reason
    assert (r.verdict == "proved") is proved, r.reason
