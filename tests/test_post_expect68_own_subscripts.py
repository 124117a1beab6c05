"""An expectation whose subscript names the random variables it averages over
(``\\mathbb{E}_{D,\\varepsilon}[\\ldots]``, ``\\mathbb{E}_X[X^2]``) is compared by linearity.

Found classifying the held-out rows that stay unchecked with "E(...) has no value the
engine can compare" (expect68, external56 ve1nard lines 40 and 88, a bias-variance
decomposition): the reader puts the subscript in as further arguments, ``E(g, D, epsilon)``,
and took a random letter there for a conditioning variable, so the expectation got no
value. Now ``E_S[g]`` is the mean of ``g`` over the joint law when every random quantity
in ``g`` is one of S's letters (``X``, an element ``X_i`` of ``X``, or a fitted quantity
that carries the letter as its subscript, ``\\hat f_D``): its marginal mean is the joint
one. When ``g`` holds a random quantity that is not one of them (``\\mathbb{E}_D[\\hat
f_D \\varepsilon]``, a function of the noise), the expectation is conditional and keeps no
value, as before: ``\\mathbb{E}_D[g] = \\mathbb{E}_\\varepsilon[g]`` is never proved.

The tests of the correct rows failed before the change (unchecked); the twins held before
and must still hold.
"""

from __future__ import annotations

import itertools

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._expectation import by_linearity
from derivations.post._tosympy import opaque

HEAD = (
    "---\ntitle: a bias-variance decomposition\n---\n"
    "Let $x$ be a fixed input and $y = f(x) + \\varepsilon$, where $\\varepsilon$ is noise. "
    "$\\hat{f}_D(x)$ is the prediction of a model trained on a dataset $D$. "
    "Let $c \\in \\mathbb{R}$ be a constant.\n\n"
)

#: the rows of the brief's first example written with subscripts (correct)
RIGHT = {
    "expanded square, linearity": (
        "\\mathbb{E}_{D,\\varepsilon}[(f(x) - \\hat{f}_D(x))^2 + 2(f(x) - \\hat{f}_D(x))"
        "\\varepsilon + \\varepsilon^2] = \\mathbb{E}_D[(f(x) - \\hat{f}_D(x))^2] + "
        "2\\mathbb{E}_{D,\\varepsilon}[(f(x) - \\hat{f}_D(x))\\varepsilon] + "
        "\\mathbb{E}_\\varepsilon[\\varepsilon^2]"
    ),
    "distance from a constant": (
        "\\mathbb{E}_D[(f(x) - \\hat{f}_D(x))^2] = (f(x) - \\mathbb{E}_D[\\hat{f}_D(x)])^2 + "
        "\\mathbb{E}_D[(\\hat{f}_D(x) - \\mathbb{E}_D[\\hat{f}_D(x)])^2]"
    ),
    "a square about a said constant": (
        "\\mathbb{E}_X[(X - c)^2] = \\mathbb{E}_X[X^2] - 2c\\,\\mathbb{E}_X[X] + c^2"
    ),
}

#: wrong twins (never proved), and whether the row might be right under a reading the
#: post allows (then never refuted either)
WRONG = {
    "a wrong sign": ("\\mathbb{E}_X[(X - c)^2] = \\mathbb{E}_X[X^2] + 2c\\,\\mathbb{E}_X[X] + c^2"),
    "the mean of the square as the square of the mean": ("\\mathbb{E}_X[X^2] = \\mathbb{E}_X[X]^2"),
    "the mean of a reciprocal": "\\mathbb{E}_X[1/X] = 1/\\mathbb{E}_X[X]",
    "the constant's square dropped": (
        "\\mathbb{E}_D[(f(x) - \\hat{f}_D(x))^2] = (f(x) - \\mathbb{E}_D[\\hat{f}_D(x)]) + "
        "\\mathbb{E}_D[(\\hat{f}_D(x) - \\mathbb{E}_D[\\hat{f}_D(x)])^2]"
    ),
    "a dropped cross term (right only if the noise is centred and independent)": (
        "\\mathbb{E}_{D,\\varepsilon}[(f(x) - \\hat{f}_D(x) + \\varepsilon)^2] = "
        "\\mathbb{E}_D[(f(x) - \\hat{f}_D(x))^2] + \\mathbb{E}_\\varepsilon[\\varepsilon^2]"
    ),
    "two conditional means taken for one": (
        "\\mathbb{E}_D[(f(x) - \\hat{f}_D(x))\\varepsilon] = "
        "\\mathbb{E}_\\varepsilon[(f(x) - \\hat{f}_D(x))\\varepsilon]"
    ),
    "linearity through a product of dependent terms": (
        "\\mathbb{E}_{D,\\varepsilon}[\\hat{f}_D(x)\\varepsilon] = "
        "\\mathbb{E}_D[\\hat{f}_D(x)]\\,\\mathbb{E}_\\varepsilon[\\varepsilon]"
    ),
}

#: rows that are right as conditional means (the noise a constant of E_D): never refuted
CONDITIONAL = {
    "the noise out of a mean over the data": (
        "\\mathbb{E}_D[\\hat{f}_D(x)\\varepsilon] = \\varepsilon\\,\\mathbb{E}_D[\\hat{f}_D(x)]"
    ),
}


def _verdict(tmp_path, row: str, head: str = HEAD) -> str:
    path = tmp_path / "post.md"
    path.write_text(head + "$$\n" + row + "\n$$\n", encoding="utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if r.line == head.count("\n") + 2]
    assert len(rows) == 1, rows
    return rows[0].verdict


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_rows_are_proved(tmp_path, name):
    assert _verdict(tmp_path, RIGHT[name]) == "proved"


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_twins_are_not_proved(tmp_path, name):
    verdict = _verdict(tmp_path, WRONG[name])
    assert verdict != "proved"
    if "right only if" in name:
        assert verdict != "refuted"


@pytest.mark.parametrize("name", sorted(CONDITIONAL))
def test_conditional_means_are_not_refuted(tmp_path, name):
    assert _verdict(tmp_path, CONDITIONAL[name]) != "refuted"


LAW = "---\ntitle: a Poisson count\n---\nLet $X \\sim \\mathrm{Poisson}(\\lambda)$.\n\n"


def test_a_declared_law_gives_the_subscripted_moment(tmp_path):
    assert _verdict(tmp_path, "\\mathbb{E}_X[X^2] = \\lambda + \\lambda^2", LAW) == "proved"
    assert _verdict(tmp_path, "\\mathbb{E}_X[X^2] = \\lambda^2", LAW) != "proved"


def test_another_measure_still_has_no_value(tmp_path):
    # q names a measure, not the variable: z's declared law says nothing under it
    head = "---\ntitle: a proposal\n---\nLet $z \\sim N(0, \\sigma^2)$.\n\n"
    assert _verdict(tmp_path, "\\mathbb{E}_q[z] = 0", head) != "proved"


# -- a property of the reading, over every small case -------------------------------------

D, EPS, X, Y = (sp.Symbol(n, real=True) for n in ("D", "epsilon", "X", "Y"))
FIT = sp.Symbol("hat_f_D", real=True)  # \hat f_D: a quantity fitted on D
CONST = sp.Symbol("c", real=True)
E = opaque("E")

#: each random quantity with the subscript letters it is a function of
OWNER = {D: {D}, EPS: {EPS}, X: {X}, Y: {Y}, FIT: {D}}


@pytest.mark.parametrize("k", [1, 2])
def test_a_subscripted_mean_has_a_value_exactly_when_its_argument_is_of_its_letters(k):
    quantities = sorted(OWNER, key=str)
    letters = [D, EPS, X, Y]
    for factors in itertools.combinations_with_replacement(quantities, k):
        g = sp.Mul(*factors) + CONST
        needed = set().union(*(OWNER[q] for q in factors))
        for r in (1, 2):
            for sub in itertools.combinations(letters, r):
                value = by_linearity(E(g, *sub), {CONST}, own_subscripts=True)
                assert (value is not None) == needed.issubset(sub), (g, sub, value)
                if value is not None:
                    # the joint mean: the constant comes out, the rest is one moment symbol
                    assert CONST in value.free_symbols


def test_the_same_argument_under_two_subscripts_is_one_moment_only_when_both_cover_it():
    g = FIT * EPS
    assert by_linearity(E(g, D), {CONST}, own_subscripts=True) is None
    assert by_linearity(E(g, EPS), {CONST}, own_subscripts=True) is None
    assert by_linearity(E(g, D, EPS), {CONST}, own_subscripts=True) == by_linearity(
        E(g, EPS, D), {CONST}, own_subscripts=True
    )


def test_a_density_call_is_a_number_only_beside_means_that_all_name_their_letters():
    x = sp.Symbol("x", real=True)
    p = sp.Function("p")  # the reader's undefined p: a density at its argument
    fixed = E(FIT, D) + p(x)
    assert by_linearity(fixed, {CONST, x}, own_subscripts=True) is not None
    # a plain mean beside it may average over x: log p(x) is not a number there
    assert by_linearity(E(FIT, D) + E(X * sp.log(p(x))), {CONST, x}, own_subscripts=True) is None
    # nor under a mean over X, whose value x is
    assert by_linearity(E(sp.log(p(x)) * X, X), {CONST, x}, own_subscripts=True) is None
