"""A sum's limit written with a letter the post only defines as a function (issue 12,
held-out external39, hack-notes' softmax Jacobian: ``h_w(x) = \\sigma(w^T x + b)``, then
``\\sum_{j=1}^h e^{z_j}`` over the h classes).

A limit counts terms. The reader used to put the function's value in for the bare letter
(the rule that reads a bare ``L`` as the quantity ``L(x_1, ..., x_n)``), so the sums ran up
to ``1/(1 + e^{-x})`` and no step of the softmax derivative could be proved. The letter now
stays a letter there: each correct step is proved for every number of terms, and a wrong
twin of the same step is still refuted. A letter with a value of its own (``n = 3``) is
still put in.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._resolve import Names, Value
from derivations.post._tosympy import named_function
from tests._post_rows import rows_of_text

HEAD = "---\ntitle: t\n---\n\nThe model is $h(x) = \\frac{1}{1 + e^{-x}}$ with $h$ classes.\n\n"
S = r"\sum_{j=1}^h e^{z_j}"
FIRST = rf"\frac{{\partial}}{{\partial z_i}}\left[\frac{{e^{{z_i}}}}{{{S}}}\right]"


def _post(step: str) -> str:
    return HEAD + f"$$\n\\begin{{aligned}}\nD &= {FIRST} \\\\\n&= {step}\n\\end{{aligned}}\n$$\n"


RIGHT = rf"\frac{{e^{{z_i}}\left({S} - e^{{z_i}}\right)}}{{\left({S}\right)^2}}"
# wrong: the derivative of the sum (e^{z_i}) left out of the quotient rule
WRONG = rf"\frac{{e^{{z_i}}{S}}}{{\left({S}\right)^2}}"


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    out = {}
    for name, step in (("right", RIGHT), ("wrong", WRONG)):
        rows = rows_of_text(tmp_path_factory.mktemp(name), _post(step))
        out[name] = rows[max(rows)]
    return out


def test_the_correct_step_is_proved(verdicts):
    assert verdicts["right"].verdict == "proved", verdicts["right"].reason


def test_the_wrong_twin_is_refuted(verdicts):
    assert verdicts["wrong"].verdict == "refuted", verdicts["wrong"].reason


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
        assert got.args[1][2] == h and not got.has(sp.exp(-sp.Symbol("x")))
    # the same letter in the body is still the quantity (the rule for a bare L)
    got, _ = names.resolve(sp.Sum(h * body, (j, 1, 3)))
    assert got is not None and not got.function.has(h)


def test_a_letter_with_its_own_value_is_put_in(tmp_path):
    body = "---\ntitle: t\n---\n\n$$n = 3$$\n\n$$S = \\sum_{i=1}^n i = 6$$\n"
    rows = rows_of_text(tmp_path, body)
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
