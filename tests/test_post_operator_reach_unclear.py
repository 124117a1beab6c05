"""``\\prod_{i=1}^n 1 - \\cos(x_i - \\theta)``: how far the product reaches is not clear
(held-out batch 48).

Surya Teja Eada's homework (external48, line 197) writes the likelihood of the density
``(1 - \\cos(x - \\theta))/(2\\pi)`` as ``\\frac{1}{(2\\pi)^n}\\prod_{i=1}^{n} 1 - cos(x_i - \\theta)``,
its factor's brackets left out. Read literally it is ``(2\\pi)^{-n} \\prod_i 1`` minus one
``\\cos(x_i - \\theta)`` with ``i`` free; the next rows (the log-likelihood ``-n\\log(2\\pi) +
\\sum \\log(1 - \\cos(x_i - \\theta))``, line 199) were compared with that reading, at an ``i`` of
1.34, and refuted. A product or sum whose body does not hold its index, next to that index
used outside it, is a reach the reader cannot tell: a disagreement with it is no refutation.

Properties: with the brackets written the right row holds (proved, or plausible where\nthe logarithm's domain is open), and a wrong row is refuted; with
them left out, no row after it is refuted and no wrong row proved.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_ROW = "l(\\theta) = {tail}"
_RIGHT = "-n\\log(2\\pi) + \\sum_{i=1}^{n}\\log(1 - \\cos(x_i - \\theta))"
_WRONG = "n\\log(2\\pi) + \\sum_{i=1}^{n}\\log(1 - \\cos(x_i - \\theta))"


def _body(factor: str, tail: str) -> str:
    return (
        f"$$L(\\theta) = \\frac{{1}}{{(2\\pi)^n}}\\prod_{{i=1}}^{{n}} {factor}$$\n\n"
        "$$l(\\theta) = \\log(L(\\theta))$$\n\n"
        f"$${_ROW.replace('{tail}', tail)}$$\n"
    )


@pytest.mark.parametrize("tail", [_RIGHT, _WRONG])
def test_no_refutation_against_an_unclear_reach(tmp_path, tail):
    body = _body("1 - \\cos(x_i - \\theta)", tail)
    verdict = verdict_of_row(tmp_path, body, tail)
    assert verdict != "refuted"
    assert verdict != "proved" or tail == _RIGHT


def test_with_the_brackets_the_right_row_holds(tmp_path):
    # plausible: log of a product against a sum of logs needs 1 - cos > 0, left open
    body = _body("(1 - \\cos(x_i - \\theta))", _RIGHT)
    assert verdict_of_row(tmp_path, body, _RIGHT) in ("proved", "plausible")


def test_with_the_brackets_the_wrong_row_is_refuted(tmp_path):
    body = _body("(1 - \\cos(x_i - \\theta))", _WRONG)
    assert verdict_of_row(tmp_path, body, _WRONG) == "refuted"
