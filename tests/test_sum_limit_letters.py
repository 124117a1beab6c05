"""A sum's limit written with a letter the post only defines as a function (issue 12,
held-out external39, hack-notes' softmax Jacobian: ``h_w(x) = \\sigma(w^T x + b)``, then
``\\sum_{j=1}^h e^{z_j}`` over the h classes).

A limit counts terms. The reader used to put the function's value in for the bare letter
(the rule that reads a bare ``L`` as the quantity ``L(x_1, ..., x_n)``), so the sums ran up
to ``1/(1 + e^{-x})`` and no step of the softmax derivative could be proved. The letter now
stays a letter there: each correct step is proved for every number of terms, and a wrong
twin of the same step is still refuted. A letter with a value of its own (``n = 3``) is
still put in.

Written out, the sums let the numeric check draw the elements ``a_i`` the post differentiates
by (``\\frac{\\partial}{\\partial a_i}``) and never gives a value: the softmax's last row,
``= a_i (1 - a_i)``, was then refuted. Such an element, brought in by the written line, is
the chain rule's inner value, a function of the other letters: no counterexample.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._resolve import Names, Value
from derivations.post._tosympy import named_function
from tests._post_rows import rows_of_text

HEAD = (
    "---\ntitle: t\n---\n\n"
    "It takes the form of $h_\\mathbf w(\\mathbf x) = "
    "\\mathbf \\sigma(\\mathbf w^T \\mathbf x +b)$.\n\n"
    "$$\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf a} = -\\sum_{k=1}^h y_k \\log a_k$$\n\n"
    "$$\\frac{\\partial}{\\partial a_i}\\left[-y_i \\log a_i\\right] = -\\frac{y_i}{a_i}$$\n\n"
)
S = r"\sum_{j=1}^h e^{z_j}"
FIRST = rf"\frac{{\partial}}{{\partial z_i}}\left[\frac{{e^{{z_i}}}}{{{S}}}\right]"
RIGHT = rf"\frac{{e^{{z_i}}\left({S} - e^{{z_i}}\right)}}{{\left({S}\right)^2}}"
SPLIT = rf"\frac{{e^{{z_i}}}}{{{S}}} \cdot \frac{{{S} - e^{{z_i}}}}{{{S}}}"
# wrong: the quotient split with the e^{z_i} of the numerator left out (1 - a_i alone)
WRONG = rf"\frac{{{S} - e^{{z_i}}}}{{{S}}}"


def _post(split: str) -> str:
    return HEAD + (
        "$$\n\\begin{aligned}\n"
        f"\\frac{{\\partial a_i}}{{\\partial z_i}} &= {FIRST} \\\\\n"
        f"&= {RIGHT} \\\\\n"
        f"&= {split} \\\\\n"
        "&= a_i (1 - a_i)\n"
        "\\end{aligned}\n$$\n"
    )


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    out = {}
    for name, split in (("right", SPLIT), ("wrong", WRONG)):
        rows = rows_of_text(tmp_path_factory.mktemp(name), _post(split))
        out[name] = [rows[k] for k in sorted(rows)[-3:]]
    return out


def test_the_correct_steps_are_proved(verdicts):
    quotient, split, _ = verdicts["right"]
    assert quotient.verdict == "proved", quotient.reason
    assert split.verdict == "proved", split.reason


def test_the_wrong_twin_is_refuted(verdicts):
    quotient, split, _ = verdicts["wrong"]
    assert quotient.verdict == "proved", quotient.reason
    assert split.verdict == "refuted", split.reason


def test_the_inner_value_of_the_chain_rule_is_no_counterexample(verdicts):
    # a_i (1 - a_i) is the softmax's derivative: a_i means e^{z_i} / sum_j e^{z_j}, which
    # the post never writes as a value. Drawn at random it would refute the row.
    *_, inner = verdicts["right"]
    assert inner.verdict == "unchecked", inner.reason
    assert "differentiates by" in inner.reason and "a[i]" in inner.reason


def _names_with_function_h() -> Names:
    names = Names()
    x = sp.Symbol("x")
    names.set_quantity(named_function("h")(x), Value(0, 1 / (1 + sp.exp(-x)), params=(x,)))
    return names


def test_a_function_letter_stays_a_letter_in_limits_only():
    names = _names_with_function_h()
    h, j, z = sp.Symbol("h"), sp.Symbol("j"), sp.IndexedBase("z")
    body = sp.exp(z[j])
    for op in (sp.Sum, sp.Product):
        got, why = names.resolve(op(body, (j, 1, h)))
        assert got is not None, why
        limit = got.args[1][2]
        assert limit.name == "h" and limit.is_integer and limit.is_positive
        assert not got.has(sp.exp(-sp.Symbol("x")))
    # the same letter in the body is still the quantity (the rule for a bare L)
    got, _ = names.resolve(sp.Sum(h * body, (j, 1, 3)))
    assert got is not None and not got.function.has(h)


def test_a_letter_with_its_own_value_is_put_in(tmp_path):
    body = "---\ntitle: t\n---\n\n$$n = 3$$\n\n$$S = \\sum_{i=1}^n i = 6$$\n"
    rows = rows_of_text(tmp_path, body)
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
