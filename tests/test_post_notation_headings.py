"""A heading's inline formula (``## The case $\\sigma^2 = 1$``) is a title, not a row.

In a post written with single dollars and no display math, inline formulas with a
relation are the rows; one in a heading was read as a row of the derivation too
(``\\sigma^2 = 1`` 'defines sigma2'), so the next row was compared with a title.
"""

from __future__ import annotations

from derivations.post._extract import extract, extract_rows

POST = r"""# MLE of a normal sample

## The case $\mu$ known

The log-likelihood is $\ell(\sigma^2) = -\frac{n}{2}\log(2\pi\sigma^2)$.

## The case $\sigma^2 = 1$ and $\mu = 0$ ##

Then $\ell(\mu) = -\frac{n}{2}\log(2\pi)$.
"""


def test_no_row_comes_from_a_heading():
    lines = [r.line for r in extract_rows(POST)]
    assert lines == [5, 9], lines


def test_a_heading_formula_is_kept_as_prose():
    rows, _ = extract(POST)
    assert [(r.line, r.role) for r in rows if r.line == 7] == [(7, "prose"), (7, "prose")]


def test_a_formula_after_a_heading_line_is_still_a_row():
    post = "## Result\n$\\hat\\mu = \\bar x$\n"
    assert [r.line for r in extract_rows(post)] == [2]
