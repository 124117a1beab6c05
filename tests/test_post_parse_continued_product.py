"""A display row that opens with ``\\times`` or ``\\cdot`` (``&\\times \\tau^{1/2} e^{...}``)
goes on with the product of the row above: no row starts with a multiplication sign, so
it is the second factor of the row before, as a row opened by ``+`` or ``-`` is a further
term (held-out: a posterior written over two rows, its second factor unparsed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post._extract import extract, split_front_matter

PRODUCT = (
    "The log-likelihood is\n\n$$\n\\begin{align}\n"
    "f(a) &= a^2 e^{a} \\\\\n"
    "&= a \\cdot a \\\\\n"
    "&{sign} e^{a}\n"
    "\\end{align}\n$$\n"
)


def _rows(body: str) -> list:
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    return [r for r in rows if r.role == "row"]


@pytest.mark.parametrize("sign", ["\\times", "\\cdot", " \\times", "\\cdot{}"])
def test_a_row_opened_by_a_product_sign_goes_on_in_the_row_above(sign):
    rows = _rows(PRODUCT.replace("{sign}", sign))
    assert [r.line for r in rows] == [8, 9]
    assert "e^{a}" in rows[1].text


def test_a_row_of_dots_is_no_product():
    rows = _rows(PRODUCT.replace("{sign}", "\\cdots"))
    assert [r.line for r in rows] == [8, 9, 10]


def test_the_joined_product_is_checked(tmp_path: Path):
    good = PRODUCT.replace("{sign}", "\\times")
    assert verdict_of_row(tmp_path, good, "a \\cdot a") == "proved"
    bad = good.replace("a \\cdot a", "a \\cdot 2a")
    assert verdict_of_row(tmp_path, bad, "a \\cdot 2a") == "refuted"
