r"""A function whose value differentiates by its own parameter, called at something else.

StatProofBook's Dirichlet MLE defines ``\psi(x) = \mathrm{d}\log\Gamma(x)/\mathrm{d}x`` and then
writes ``\psi(\sum_{j=1}^k \alpha_j)``. The reader put the argument in for ``x`` only when it was a
sum, product or power of letters; a call at a ``\sum``, at another call or at a number lost its
argument (the value stayed ``d log Gamma(x)/dx`` in ``x``), so every such call read the same:
found by mutating the post's proved rows (``\sum_{j=2}^k`` for ``\sum_{j=1}^k`` was still proved),
and ``\psi(\Gamma(a)) = \psi(b)`` was proved outright. A call at anything but a letter of such a
function is not read through that value.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PSI = r"$$\psi(x) = \frac{\mathrm{d}\log \Gamma(x)}{\mathrm{d}x}$$"
CUBE = r"$$g(t) = \frac{d}{dt} t^3$$"


def _post(*rows: str) -> str:
    return "\n\nThen\n\n".join(rows) + "\n"


def test_the_dirichlet_first_order_condition_with_a_wrong_sum_is_not_proved(tmp_path):
    right = r"0 = n \psi\left( \sum_{j=1}^k \alpha_j \right) - n \psi(\alpha_j) + n \log \bar{y}_j"
    wrong = r"0 = \psi\left( \sum_{j=2}^k \alpha_j \right) - \psi(\alpha_j) + \log \bar{y}_j"
    body = _post(PSI, f"$${right}$$", f"$${wrong}$$")
    assert verdict_of_row(tmp_path, body, wrong) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\psi(\Gamma(a)) = \psi(b)",
        r"\psi\left( \sum_{j=1}^k \alpha_j \right) = \psi(\alpha_1)",
        r"\psi(\sqrt{a}) = \psi(a)",
        r"\psi(2) = \psi(3)",
        r"\psi(\log a) = \psi(e^a)",
    ],
)
def test_calls_at_different_arguments_are_not_proved_equal(tmp_path, row):
    assert verdict_of_row(tmp_path, _post(PSI, f"$${row}$$"), row) != "proved"


@pytest.mark.parametrize("row", [r"g(2) = g(1)", r"g(s) + 1 = g(s + 1)", r"g(\sqrt{s}) = g(s)"])
def test_a_derivative_defined_function_is_not_read_at_a_point_by_losing_it(tmp_path, row):
    assert verdict_of_row(tmp_path, _post(CUBE, f"$${row}$$"), row) != "proved"


def test_a_call_after_a_row_read_as_defining_the_function_anew_is_not_proved(tmp_path):
    """``\\psi(\\sum_j \\alpha_j) = \\psi(\\alpha_1)`` is read as defining psi anew; a row after
    it at two other arguments was "proved" as restating that value."""
    first = r"\psi\left( \sum_{j=1}^k \alpha_j \right) = \psi(\alpha_1)"
    row = r"\psi(\Gamma(a)) = \psi(b)"
    body = _post(PSI, f"$${first}$$", f"$${row}$$")
    assert verdict_of_row(tmp_path, body, row) != "proved"


def test_a_value_written_at_a_formula_is_not_read_at_another(tmp_path):
    """``f(\\log a) = a`` says f is exp; read unsubstituted at ``\\log b`` it was ``a``, so
    ``f(\\log b) = b`` named ``a`` as ``b`` and ``b = a`` was proved."""
    rows = [r"f(\log a) = a", r"f(\log b) = b", r"b = a"]
    body = _post(*(f"$${r}$$" for r in rows))
    assert verdict_of_row(tmp_path, body, r"b = a") != "proved"


@pytest.mark.parametrize(
    "first, second",
    [
        (r"f(\Gamma(a)) = 5", r"f(\Gamma(b)) = 5"),
        (r"f\left(\sum_{i=1}^n a_i\right) = 3", r"f(|b|) = 3"),
        (r"f(e^{a}) = a^2", r"f(e^{b}) = a^2"),
    ],
)
def test_a_value_at_one_formula_proves_nothing_at_another(tmp_path, first, second):
    body = _post(f"$${first}$$", f"$${second}$$")
    assert verdict_of_row(tmp_path, body, second) != "proved"


@pytest.mark.parametrize(
    "rows",
    [
        [r"f\left(\sum_{i=1}^n a_i\right) = f(|b|)", r"f(\Gamma(a)) = f(\sin b)"],
        [r"f(\log a) = f(e^{a})", r"f\left(\sum_{i=1}^n a_i\right) = f(|b|)"],
    ],
)
def test_calls_of_a_defined_function_at_formulas_are_read_at_them(tmp_path, rows):
    """After ``f(x) = x^2 + 1`` a call at a formula that is not a sum, product or power was
    read as ``x^2 + 1`` (the argument lost), and each row below was proved."""
    body = _post(r"$$f(x) = x^2 + 1$$", *(f"$${r}$$" for r in rows))
    for r in rows:
        assert verdict_of_row(tmp_path, body, r) != "proved", r


@pytest.mark.parametrize(
    "row, verdict",
    [
        (r"g(2) = 12", "proved"),
        (r"g(3) = 26", "refuted"),
        (r"g(s+1) = 3(s+1)^2", "proved"),
        (r"g(\log s) = 3\log s", "refuted"),
    ],
)
def test_the_derivative_is_worked_out_before_the_argument_is_put_in(tmp_path, row, verdict):
    """``g(t) = d/dt t^3`` read at a number or formula: ``3 t^2`` there (a number was a
    ValueError, "Can't calculate derivative wrt 2", and the row unchecked)."""
    assert verdict_of_row(tmp_path, _post(CUBE, f"$${row}$$"), row) == verdict
