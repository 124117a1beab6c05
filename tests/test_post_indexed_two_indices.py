"""Quantities with two indices (``z_{ij}``, ``T_{k,i}^{(t)}``, ``x^{(i)}_j``) are read as
sympy ``Indexed`` elements with two indices.

Before, ``z_{ij}`` was a symbol of its own, so that ``\\sum_{i=1}^{n} z_{ij}`` read as
``n z_{ij}`` (a constant summed n times), and ``\\gamma_{ij}^{(t)}`` (the
responsibilities of an EM step, ``(t)`` the iteration) was unparsed. The properties
below evaluate what is read at random numbers against a hand-written sympy expression.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._indices import defined_by_two_indices
from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import Context, PostSyntaxError

CTX = dataclasses.replace(Context(), index_letters=frozenset("ijk"))


def _read(text: str) -> sp.Basic:
    return parse_expression(text, CTX)[0]


def _numeric(e: sp.Basic, values: dict) -> float:
    """``e`` with its sums written out and every element given its value from ``values``."""
    done = e.doit()
    atoms = done.atoms(sp.Indexed)
    key = {a: values[(str(a.base.label), tuple(int(i) for i in a.indices))] for a in atoms}
    return float(done.xreplace(key).evalf())


def _values(seed: int) -> dict:
    rng = random.Random(seed)
    out = {}
    for name in ("z", "gamma", "pi", "x", "gamma^(t)", "T^(t)", "w"):
        for a in range(1, 5):
            out[(name, (a,))] = rng.uniform(0.1, 3)
            for b in range(1, 5):
                out[(name, (a, b))] = rng.uniform(0.1, 3)
    return out


INDICES = sp.symbols("i j", integer=True, positive=True)


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize(
    ("written", "meant"),
    [
        (
            r"\sum_{i=1}^{3} \sum_{j=1}^{2} z_{ij} \log w_j",
            lambda z, w, **_: sum(z(i, j) * sp.log(w(j)) for i in (1, 2, 3) for j in (1, 2)),
        ),
        (
            r"\sum_{i=1}^{3} \sum_{j=1}^{2} \gamma_{i,j}^{(t)} x_i",
            lambda gt, x, **_: sum(gt(i, j) * x(i) for i in (1, 2, 3) for j in (1, 2)),
        ),
        (
            r"\sum_{k=1}^{2} \sum_{i=1}^{3} T_{k, i}^{(t)}",
            lambda T, **_: sum(T(k, i) for k in (1, 2) for i in (1, 2, 3)),
        ),
        (
            r"\sum_{i=1}^{3} \sum_{k=1}^{4} w_{ik} \log w_{ik}",
            lambda w, **_: sum(w(i, k) * sp.log(w(i, k)) for i in (1, 2, 3) for k in (1, 2, 3, 4)),
        ),
        (
            r"\sum_{i=1}^{2} \sum_{j=1}^{3} w_j x^{(i)}_j",
            lambda w, x, **_: sum(w(j) * x(i, j) for i in (1, 2) for j in (1, 2, 3)),
        ),
    ],
)
def test_two_indices_evaluate_as_written(seed, written, meant):
    values = _values(seed)

    def element(name):
        return lambda *idx: values[(name, idx)]

    expected = meant(
        z=element("z"),
        pi=element("pi"),
        x=element("x"),
        gt=element("gamma^(t)"),
        T=element("T^(t)"),
        w=element("w"),
    )
    assert _numeric(_read(written), values) == pytest.approx(float(expected), rel=1e-9)


def test_the_iteration_label_names_another_quantity():
    plain, labelled = _read(r"\gamma_{ij}"), _read(r"\gamma_{ij}^{(t)}")
    assert isinstance(plain, sp.Indexed) and isinstance(labelled, sp.Indexed)
    assert plain.indices == labelled.indices == INDICES
    assert plain.base != labelled.base  # gamma^(t) is the value at step t, not gamma


def test_comma_and_juxtaposed_indices_read_alike():
    assert _read(r"w_{i,k}") == _read(r"w_{ik}")
    assert len(_read(r"w_{ik}").indices) == 2


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (r"\sum_{i=1}^{3} x_{ia}", "index"),  # i runs over the sum, a is no index letter
        (r"x^{(i)}_{jk}", "three indices"),
        (r"\lambda_{jk}^{(i)}", "three indices"),
    ],
)
def test_unclear_indices_are_refused_with_a_reason(text, why):
    with pytest.raises((PostSyntaxError, LatexError)) as info:
        _read(text)
    assert why in str(info.value)


def test_subscripts_that_are_no_indices_stay_names():
    # theta_{MLE}, x_{ab}: no letter of the post's sums, a name of its own as before
    assert _read(r"\theta_{MLE}") == sp.Symbol("theta_MLE", real=True)
    assert isinstance(_read(r"x_{ab}"), sp.Symbol)
    assert isinstance(_read(r"\theta_0"), sp.Symbol)  # a numbered parameter stays a name


def test_a_long_subscript_costs_little():
    # hostile: a huge subscript is a word (a name), never an index list
    e = _read("x_{" + "ab" * 500 + "}")
    assert isinstance(e, sp.Symbol)


def test_an_element_summed_is_not_a_constant(tmp_path):
    body = (
        "$$\nB = \\sum_{i=1}^{n} w_{ik}\n$$\n\n"
        "$$\nB = n w_{ik}\n$$\n"
    )  # was proved: w_{ik} a name, the same in every term
    assert verdict_of_row(tmp_path, body, r"B = n") != "proved"


def test_a_correct_row_with_two_indices_is_proved(tmp_path):
    body = (
        "$$\nQ = \\sum_{i=1}^{n} \\gamma_{ij}^{(t)} "
        "\\left(-1 + \\frac{x_i}{\\lambda_j}\\right)\n$$\n\n"
        "$$\nQ = -\\sum_{i=1}^{n} \\gamma_{ij}^{(t)} + \\frac{1}{\\lambda_j} "
        "\\sum_{i=1}^{n} \\gamma_{ij}^{(t)} x_i\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, r"Q = -\sum") == "proved"


def test_a_wrong_row_with_two_indices_is_refuted(tmp_path):
    body = (
        "$$\nQ = \\sum_{i=1}^{n} \\gamma_{ij}^{(t)} "
        "\\left(-1 + \\frac{x_i}{\\lambda_j}\\right)\n$$\n\n"
        "$$\nQ = -\\sum_{i=1}^{n} \\gamma_{ij}^{(t)} + \\frac{1}{\\lambda_j} "
        "\\sum_{i=1}^{n} \\gamma_{ji}^{(t)} x_i\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, r"Q = -\sum") == "refuted"


def test_the_next_iteration_is_a_label_not_a_power():
    e = _read(r"\lambda_j^{(t+1)}")
    assert isinstance(e, sp.Indexed) and str(e.base) == "lambda^(t+1)"
    assert not e.atoms(sp.Pow)
    # without a subscript the parenthesis stays what it was (a power)
    assert isinstance(_read(r"(a+b)^{(t+1)}"), sp.Pow)


def test_a_count_defined_by_two_indices_is_a_name():
    texts = [
        r"where $N_j = \sum_{i=1}^n \gamma_{ij}^{(t)}$ is the effective number",
        r"S_k := \sum_{i = 1}^{N} T_{k, i}^{(t)}",
        r"x_i = y_i",  # no element with two indices: x_i stays a sample
        r"a_j = b_j, c = z_{ij}",  # the two indices belong to another statement
        r"y_i = \left[ \begin{matrix} y_{i1} \\ y_{ip} \end{matrix} \right]",  # no sum
    ]
    assert defined_by_two_indices(texts) == frozenset({"N_j", "S_k"})
    ctx = dataclasses.replace(CTX, count_names=frozenset({"N_j"}))
    assert parse_expression("N_j", ctx)[0] == sp.Symbol("N_j", real=True)
    assert isinstance(parse_expression("N_i", ctx)[0], sp.Indexed)


def test_the_count_written_out_is_not_refuted(tmp_path):
    # a correct row (cwksc line 80) was refuted while N_j was an element whose
    # definition in the prose is never put in
    body = (
        "where $N_j = \\sum_{i=1}^n \\gamma_{ij}^{(t)}$ is the effective number.\n\n"
        "$$\nm = \\frac{\\sum_{i=1}^n \\gamma_{ij}^{(t)} x_i}{N_j} = "
        "\\frac{\\sum_{i=1}^n \\gamma_{ij}^{(t)} x_i}{\\sum_{i=1}^n \\gamma_{ij}^{(t)}}\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, r"m = \frac") != "refuted"
