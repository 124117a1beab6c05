"""Two readings that refuted correct rows once prose labels stopped hiding them.

``A^{-1}(x)`` after ``A(kappa) = ...`` (statproofbook von Mises, the estimate
``\\hat\\kappa = A^{-1}(...)``) was read as A^{-1} times x; it is the inverse function
there, and the reciprocal in ``I^{-1}(\\theta)`` of a Cramer-Rao bound: not guessed (PARSE15:
read as a function of its own with no value).
``n/\\theta + \\sum_i \\ln y_i = 0`` followed by ``n/\\theta - 0.261 - 0.198 - ... = 0``
puts in the logs of the post's sample (held-out external7 beta line 21): unchecked.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


def _rows(tmp_path, *rows):
    path = tmp_path / "post.md"
    text = "---\ntitle: t\n---\n\n" + "\n\n".join(f"$${r}$$" for r in rows) + "\n"
    path.write_text(text, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(path, jobs=1).rows]


@pytest.mark.parametrize("row", ["f^{-1}(x)", "g^{-1}\\left(x\\right)", "\\ell^{-1}(x)"])
def test_the_inverse_of_a_function_is_not_read_as_a_product(row):
    # PARSE15: read as a function of its own ("f^{-1}", no value), neither the inverse
    # function nor the reciprocal (it was unparsed before)
    e, _ = parse_expression(row, Context())
    assert str(e.func).endswith("^{-1}") and len(e.args) == 1, e


def test_an_inverse_of_a_function_the_post_defines_is_not_guessed(tmp_path):
    rows = _rows(tmp_path, "A(\\kappa) = \\frac{\\kappa}{1 + \\kappa}", "\\hat\\kappa = A^{-1}(c)")
    assert rows[-1][0] not in ("unparsed", "proved", "refuted"), rows[-1]
    assert "A^{-1}(...) has no value" in rows[-1][1], rows[-1]


@pytest.mark.parametrize("row", ["\\Sigma^{-1}(x - \\mu) = y", "a^{-1}(b + c) = d"])
def test_a_symbol_to_the_minus_one_before_a_bracket_still_multiplies(row):
    e, _ = parse_expression(row.split("=")[0], Context())
    assert e.free_symbols  # read, as the product it is


def test_decimals_put_in_for_a_data_sum_are_unchecked(tmp_path):
    base = "\\frac{n}{\\theta} + \\sum_{i=1}^n \\ln y_i = 0"
    for written in ("\\frac{n}{\\theta} - 0.261 - 0.198 = 0", "\\frac{n}{\\theta} - 0.459 = 0"):
        (_, (verdict, reason)) = _rows(tmp_path, base, written)
        assert verdict == "unchecked" and "puts in numbers" in reason, reason


@pytest.mark.parametrize(
    ("written", "verdict"),
    [("8", "unchecked"), ("9", "refuted"), ("8.03", "proved"), ("8.1", "refuted")],
)
def test_a_whole_number_after_decimals_is_a_rounding_not_a_proof(tmp_path, written, verdict):
    # held-out external7 beta line 21: theta-hat = 5/0.623 = 8 (8.03 rounded to units)
    (row,) = _rows(tmp_path, f"\\hat\\theta = \\frac{{5}}{{0.623}} = {written}")
    assert row[0] == verdict, row
