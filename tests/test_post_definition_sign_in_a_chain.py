"""A chain row written with a definition sign (``&\\triangleq \\prod ...``, ``&:= ...``,
``&\\coloneqq ...``): the author defines what the line above writes as this, which no row
can refute. Held-out batch 51, Huy Nguyen's post line 91: ``p(D \\mid \\mu, \\sigma^2) = \\prod
p(x_n \\mid \\mu, \\sigma^2) \\triangleq \\prod \\frac{1}{(2\\pi\\sigma^2)^{1/2}} \\exp\\{...\\}`` was
compared with p's value under another heading (a multivariate normal) and refuted. The row is
taken as given, and the row after it is compared with it. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_SIGNS = ["\\triangleq", ":=", "\\coloneqq"]
_RIGHT = (
    "(2 \\pi)^{-N/2} \\exp \\Big\\lbrace -\\frac{1}{2} \\sum_{n=1}^{N} (x_n - \\mu)^2 \\Big\\rbrace"
)
_WRONG = "(2 \\pi)^{-N/2} \\exp \\Big\\lbrace -\\sum_{n=1}^{N} (x_n - \\mu)^2 \\Big\\rbrace"


def _post(sign: str, last: str) -> str:
    return (
        "---\ntitle: t\n---\n\n$$f(x \\mid \\mu) = e^{-x}$$\n\nThe likelihood:\n\n$$\n"
        "\\begin{align}\nL(\\mu)\n&= \\prod_{n=1}^{N} f(x_n \\mid \\mu) \\\\\n"
        f"&{sign} \\prod_{{n=1}}^{{N}} \\frac{{1}}{{\\sqrt{{2 \\pi}}}} "
        "\\exp \\Big\\lbrace -\\frac{1}{2} (x_n - \\mu)^2 \\Big\\rbrace \\\\\n"
        f"&= {last}\n\\end{{align}}\n$$\n"
    )


@pytest.mark.parametrize("sign", _SIGNS)
def test_a_row_written_with_a_definition_sign_is_not_refuted(tmp_path, sign):
    rows = rows_of_text(tmp_path, _post(sign, _RIGHT))
    assert rows[13].verdict not in ("refuted", "proved")


@pytest.mark.parametrize("sign", _SIGNS)
def test_the_row_after_it_is_compared_with_it(tmp_path, sign):
    assert rows_of_text(tmp_path, _post(sign, _RIGHT))[14].verdict == "proved"
    assert rows_of_text(tmp_path, _post(sign, _WRONG))[14].verdict == "refuted"
