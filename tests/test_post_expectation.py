"""Expectations compared by linearity (a Fisher-information derivation's rows).

``E_p[X^2/p^2] = E_p[X^2]/p^2`` holds for every distribution: such rows were
"unrelated" (E[...] has no value). By linearity they are proved; two lines that
differ as sums of moments are left unchecked, never refuted (the moments are not
independent numbers, and the post may have given them values).
"""

from __future__ import annotations

import sympy as sp

from derivations.post import check_post
from derivations.post._expectation import by_linearity, determined
from derivations.post._tosympy import opaque

X = sp.Symbol("X", real=True)
x = sp.Symbol("x", real=True)
p = sp.Symbol("p", real=True)
E = opaque("E")

POST = (
    "---\ntitle: t\n---\n\nThe Bernoulli model, with\n\n$$ 0 < p < 1 $$\n\n"
    "$$ I(p) = E\\left[\\frac{X^2}{p^2}\\right] - 2E\\left[\\frac{X - X^2}{p(1-p)}\\right]"
    " + E\\left[\\frac{X^2 - 2X + 1}{(1-p)^2}\\right]"
    " = \\frac{E[X^2]}{p^2} - 2\\frac{E[X] - E[X^2]}{p(1-p)}"
    " + \\frac{E[X^2] - 2E[X] + 1}{(1-p)^2} $$\n\n"
    "$$ E[(X - p)^2] = E[X^2] - 2p\\, E[X] + p^2 $$\n"
)


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def test_linearity_rewrites_every_expectation_into_moments():
    e = E(sp.Mul(X**2 - 2 * X + 1, sp.Pow(1 - p, -2)))
    m1, m2 = sp.Symbol("E[X]", real=True), sp.Symbol("E[X**2]", real=True)
    assert sp.simplify(by_linearity(e, {p}) - (m2 - 2 * m1 + 1) / (1 - p) ** 2) == 0
    # a lower-case x may be a data value or a random variable: a moment of its own, with
    # no value (a data value is a random variable with one value: identities hold for it)
    got = by_linearity(E(x**2), {p})
    assert got == sp.Symbol("E[x**2]", real=True) and not determined(got)
    # a letter that is no parameter of the post: not a constant, E[X c] is not c E[X]
    c = sp.Symbol("c", real=True)
    assert by_linearity(E(X * c), {p}) == sp.Symbol("E[X*c]", real=True)
    # a Greek letter that is no parameter (EXPECT11: noise such as \\epsilon): random as
    # well, a moment of its own, never a constant; a parameter of the post is one
    theta = sp.Symbol("theta", real=True)
    got = by_linearity(E(X * theta), {p})
    assert got == sp.Symbol("E[X*theta]", real=True) and not determined(got)
    assert by_linearity(E(X * theta), {p, theta}) == theta * m1


def test_rows_that_hold_by_linearity_are_proved(tmp_path):
    rows = _rows(tmp_path, POST)
    assert rows[9].verdict == "proved", rows[9]
    assert rows[11].verdict == "proved", rows[11]


def test_rows_that_differ_as_moments_are_not_refuted(tmp_path):
    wrong = POST.replace("- 2p\\, E[X] + p^2", "- 3p\\, E[X] + p^2")
    assert wrong != POST
    row = _rows(tmp_path, wrong)[11]
    assert row.verdict == "unchecked", row
