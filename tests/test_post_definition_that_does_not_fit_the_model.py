"""A definition that does not fit the model stated under another heading (bench_mutants
DOWNSTREAM, seed 62, lead 2026-12-07). Muntazir Abidi's geometric post (external45) states
the pmf under "Distribution Properties" and ``\\ell(p)`` under "Step 2: Log-Likelihood". With
``\\ell`` slipped (``- n\\log p``), the row is unchecked - it does not fit the pmf, but the
model there may be another - and the right derivative below it was refuted against the
slip. A name whose value is in that doubt is like a refuted definition's: a row refuted
through it cannot say which row is wrong (NAMES9, ``._refuted_names``). With the right
``\\ell``, a wrong derivative is still refuted."""

from __future__ import annotations

from _post_rows import rows_of_text

_POST = """# Geometric

## Distribution

$$P(X = x) = (1-p)^{{x-1}}p$$

for $x = 1, 2, \\dots$ and $0 < p < 1$.

## Likelihood

$$L(p) = \\prod_{{i=1}}^n (1-p)^{{x_i-1}}p$$

## Log-likelihood

$$\\ell(p) = {ell}$$

## Derivative

$$\\frac{{d\\ell}}{{dp}} = {derivative}$$
"""

_ELL = "(\\sum_{i=1}^n x_i - n)\\log(1-p) + n\\log(p)"
_SLIPPED = "(\\sum_{i=1}^n x_i - n)\\log(1-p) - n\\log(p)"
_DERIVATIVE = "-\\frac{\\sum_{i=1}^n x_i - n}{1-p} + \\frac{n}{p}"


def _rows(tmp_path, ell: str, derivative: str):
    rows = rows_of_text(tmp_path, _POST.format(ell=ell, derivative=derivative))
    return [rows[k] for k in sorted(rows)][-2:]


def test_the_right_derivative_of_a_slipped_definition_is_not_refuted(tmp_path):
    ell, derivative = _rows(tmp_path, _SLIPPED, _DERIVATIVE)
    assert ell.verdict in ("unchecked", "refuted"), (ell.verdict, ell.reason)
    assert derivative.verdict != "refuted", (derivative.verdict, derivative.reason)
    assert f"line {ell.line}" in derivative.reason, derivative.reason


def test_a_wrong_derivative_of_the_right_definition_is_refuted(tmp_path):
    ell, derivative = _rows(tmp_path, _ELL, "-\\frac{\\sum_{i=1}^n x_i - n}{1-p} - \\frac{n}{p}")
    assert ell.verdict == "proved", (ell.verdict, ell.reason)
    assert derivative.verdict == "refuted", (derivative.verdict, derivative.reason)


def test_the_right_derivative_of_the_right_definition_is_proved(tmp_path):
    ell, derivative = _rows(tmp_path, _ELL, _DERIVATIVE)
    assert derivative.verdict == "proved", (derivative.verdict, derivative.reason)
