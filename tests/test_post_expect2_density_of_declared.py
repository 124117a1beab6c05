"""The mass or density of a declared variable at its value: ``P(x_i)``, ``p(x_i \\mid \\lambda)``.

A post that declares ``X_1, ..., X_n`` i.i.d. Poisson(``\\lambda``) and writes the likelihood
as ``\\prod_i P(x_i)``, then puts the mass in (``\\prod_i e^{-\\lambda}\\lambda^{x_i}/x_i!``),
had the second row "given" (``P(...)`` is not defined in the post): the declaration says
what ``P(x_i)`` is, the law's mass at the value ``x_i``. A wrong mass put in is then a
wrong row. Not read so: a function of a value conditioned on something that is no
parameter of the law (``P(x_i \\mid z_i)``), and a law whose parameter the post itself
declares random (``\\lambda \\sim \\mathrm{Gamma}``: ``p(x_i)`` may be the marginal).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws

HEAD = (
    "---\ntitle: t\n---\n\nGiven a realization $x_1,\\dots,x_n$ of these (Poisson $(\\lambda)$ "
    "i.i.d. random variables $X_1,\\dots,X_n$), find the MLE of $\\lambda$.\n\n{extra}"
    "$$\\begin{{align}}\nL(\\lambda) &= P(x_1,\\dots,x_n)\\\\\n"
    "&=\\prod_{{i=1}}^n {mass}\\\\\n&=\\prod_{{i=1}}^n {written}\n\\end{{align}}$$\n"
)
RIGHT = "\\frac{e^{-\\lambda}\\lambda^{x_i}}{x_i!}"


def _rows(tmp_path, written=RIGHT, mass="P(x_i)", extra=""):
    post = tmp_path / "post.md"
    post.write_text(HEAD.format(extra=extra, mass=mass, written=written), encoding="utf-8")
    return {r.line: r for r in check_post(str(post), jobs=1).rows}


@pytest.mark.parametrize("mass", ["P(x_i)", "p(x_i \\mid \\lambda)", "f(x_i; \\lambda)"])
def test_the_declared_mass_put_in_is_proved(tmp_path, mass):
    row = _rows(tmp_path, mass=mass)[10]
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "written",
    [
        "\\frac{e^{-\\lambda}\\lambda^{x_i}}{x_i}",  # the factorial dropped
        "\\frac{e^{-\\lambda}\\lambda^{x_i - 1}}{x_i!}",
    ],
)
def test_a_wrong_mass_put_in_is_not_proved(tmp_path, written):
    row = _rows(tmp_path, written=written)[10]
    assert row.verdict != "proved", row.reason


def test_conditioned_on_what_is_no_parameter_is_not_the_law(tmp_path):
    row = _rows(tmp_path, mass="P(x_i \\mid z_i)")[10]
    assert row.verdict not in ("proved", "refuted"), row.reason


def test_a_parameter_declared_random_leaves_the_mass_unread(tmp_path):
    # with a prior on lambda, p(x_i) may be the marginal (a negative binomial): not the
    # Poisson mass, so neither a proof nor a refutation from the declaration
    extra = "The prior is\n$$\\lambda \\sim \\mathrm{Gamma}(a, b)$$\n\n"
    for written in (RIGHT, "\\frac{e^{-\\lambda}\\lambda^{x_i}}{x_i}"):
        row = _rows(tmp_path, written=written, extra=extra)[13]
        assert row.verdict not in ("proved", "refuted"), row.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a realization ... of these (Poisson ...) random variables": the law of the sample
        (
            "Given a realization (observation) $x_1,\\dots,x_n$ of these (Poisson $(\\lambda)$ "
            "i.i.d. random variables $X_1,\\dots,X_n$) find the estimate.",
            [("x", "Poisson", "", ("lambda",), True)],
        ),
        (
            "Let $x_1, \\dots, x_n$ be a sample of Poisson $(\\lambda)$ counts.",
            [("x", "Poisson", "", ("lambda",), False)],
        ),
        # "of" without a realization or a sample before it: the count of something else
        ("Let $X$ be the number of Poisson $(\\lambda)$ arrivals before noon.", []),
        ("The sum $S$ of exponential $(\\lambda)$ waiting times is a gamma variable.", []),
    ],
)
def test_a_realization_of_a_named_law_declares_it(text, expected):
    assert list(stated_laws(text)) == expected
