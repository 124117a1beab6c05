"""A sum over j never holds a name subscripted by j as one quantity, the same for every j
(misread61).

StatProofBook's Dirichlet MLE (held-out external10, lines 52-54 and on) differentiates by
"a particular parameter $\\alpha_j$" and sums ``\\sum_{j=1}^k \\alpha_j`` in the same rows:
``\\alpha_j`` was read as one name, so the sum became ``k \\alpha_j`` - a bound the author
never meant on a quantity that does not depend on j. A sum is read with its terms depending
on its index, or not read (unparsed, the name and the index said); never as a product.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._run import read_post

HERE = Path(__file__).parent
DIRICHLET = HERE / "posts/incoming/external10/statproofbook-dirichlet-mle.md"


def _named_by_index(side: sp.Basic) -> list[str]:
    """Free names of a sum's or product's body whose subscript is the bound index."""
    out = []
    for agg in side.atoms(sp.Sum, sp.Product):
        idx = agg.limits[0][0]
        for s in agg.function.free_symbols:
            head, _, sub = s.name.rpartition("_")
            if head and str(idx) in re.findall(r"[A-Za-z]+|\d+", sub):
                out.append(f"{s.name} in a sum over {idx}")
    return out


def _misread(path: Path) -> list[str]:
    _, plans = read_post(path)
    bad = []
    for pl in plans:
        pr = getattr(pl, "parsed", None)
        for st in getattr(pr, "statements", ()) or ():
            for side in st.sides:
                if isinstance(side, sp.Basic):
                    bad += [f"line {pr.row.line}: {w}" for w in _named_by_index(side)]
    return bad


def test_the_dirichlet_post_reads_no_sum_of_a_name_as_a_product():
    assert _misread(DIRICHLET) == []


@pytest.mark.parametrize("letter", ["\\beta", "\\theta", "\\lambda", "\\eta"])
def test_property_whatever_the_letter(tmp_path, letter):
    """The same post with its parameter renamed: no sum holds the renamed name either."""
    p = tmp_path / "post.md"
    p.write_text(DIRICHLET.read_text(encoding="utf-8").replace("\\alpha", letter), "utf-8")
    assert _misread(p) == []


def test_the_rows_are_not_checked_through_the_product(tmp_path):
    rows = {r.line: r for r in check_post(DIRICHLET, jobs=1).rows}
    for line in (52, 53, 54):
        assert "alpha_j*k" not in (rows[line].reason or ""), rows[line].reason
        assert rows[line].verdict not in ("proved", "refuted")


def test_a_false_row_through_the_product_is_never_proved(tmp_path):
    """sum_j alpha_j = k alpha_j holds only under the misreading."""
    text = DIRICHLET.read_text(encoding="utf-8")
    text += "\n$$\n\\sum_{j=1}^k \\alpha_j = k \\, \\alpha_j\n$$\n"
    p = tmp_path / "post.md"
    p.write_text(text, "utf-8")
    last = check_post(p, jobs=1).rows[-1]
    assert last.verdict != "proved", last.reason


@pytest.mark.parametrize(
    "defined",
    ["here $\\alpha_i=\\frac{1}{1+e^{-w x_i}}$", "where $\\alpha_i = x_i^2$ for each $i$"],
)
def test_a_name_the_post_defines_by_its_element_stays_one(tmp_path, defined):
    """``\\alpha_i = ...x_i...`` defined in a sentence: the name in a product over i is put in
    by its value, which depends on i (duzhongxiang's logistic regression, line 12, whose
    missing minus sign is caught through it; test_post_matrix59_capital_summands)."""
    p = tmp_path / "post.md"
    p.write_text(
        f"So {defined}.\n\n$$\n\\log \\prod_{{i=1}}^{{n}} \\alpha_i = \\sum_{{i=1}}^{{n}} "
        "\\log \\alpha_i\n$$\n",
        "utf-8",
    )
    rows = check_post(p, jobs=1).rows
    assert rows[-1].verdict != "unparsed", rows[-1].reason
