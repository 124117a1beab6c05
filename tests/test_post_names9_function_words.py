"""NAMES9: a word written without a backslash before a bracket (``sigmoid(z)``, ``tanh(z)``,
``softmax(z)``) is a function, never the product of the letters that spell it.

Batch 21 (yanfenglee's README) wrote ``s=sigmoid(z) = \\frac{1}{1+\\exp(-z)}``: letter by
letter it was s*i*g*m*o*i*d*z, the definition chain was checked as an identity and refuted;
``tanh(z)`` was t*a*n*h(z). Now a known elementary function (tanh, cos, arctan, sqrt) is that
function, any other word the function the post defines (or an arbitrary one), as
``\\mathrm{sigmoid}`` is; products of letters before a bracket (``np(1-p)``) stay products.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of, verdict_of_row

REPRO20 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro20"
LETTERS = set("sigmoidtanhcosqrfxlup")


def _read(text: str) -> sp.Basic:
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tanh(z)", sp.tanh(sp.Symbol("z"))),
        ("cos(x)", sp.cos(sp.Symbol("x"))),
        ("sinh(x)", sp.sinh(sp.Symbol("x"))),
        ("arctan(x)", sp.atan(sp.Symbol("x"))),
        ("sqrt(x)", sp.sqrt(sp.Symbol("x"))),
        ("xcos(t)", sp.Symbol("x") * sp.cos(sp.Symbol("t"))),
    ],
)
def test_an_elementary_function_word_is_that_function(text, expected):
    got = _read(text)
    assert sp.simplify(got.subs({s: sp.Symbol(s.name) for s in got.free_symbols}) - expected) == 0


@pytest.mark.parametrize("word", ["sigmoid", "softmax", "logit", "relu", "sign", "expit"])
def test_another_word_is_a_function_not_a_product(word):
    try:
        got = _read(f"{word}(z) + 1")
    except ValueError as e:  # at worst unparsed, naming the word
        assert word in str(e)
        return
    names = {s.name for s in got.free_symbols}
    assert names <= {"z"}, (word, got)  # no letter of the word is a symbol
    assert got.atoms(sp.core.function.AppliedUndef) or got.atoms(sp.Function), got


@pytest.mark.parametrize("text", ["np(1-p)", "mp(y)", "ab(c+d)"])
def test_two_letters_before_a_bracket_are_still_a_product(text):
    got = _read(text)
    assert len(got.free_symbols) >= 2, got


def test_the_sigmoid_definition_is_not_refuted():
    rows = rows_of(REPRO20 / "sigmoid-multiletter-name-definition-refuted.md")
    assert rows[12].verdict not in ("refuted", "unparsed"), rows[12].reason


def test_the_tanh_correct_twin_is_not_refuted():
    rows = rows_of(REPRO20 / "tanh-two-sigmoid-2z-correct-twin-refuted.md")
    assert rows[12].verdict != "refuted", rows[12].reason
    assert rows[15].verdict not in ("refuted", "unparsed"), rows[15].reason


SIGMOID = "$$ s=sigmoid(z) = \\frac{1}{1+\\exp(-z)}$$\n\n"


@pytest.mark.parametrize(
    ("row", "right"),
    [
        ("$$ t=tanh(z) = \\frac{e^z-e^{-z}}{e^z+e^{-z}}=2*sigmoid(2z)-1 $$", True),
        ("$$ t=tanh(z) = \\frac{e^z-e^{-z}}{e^z+e^{-z}}=2*sigmoid(z)-1 $$", False),
        ("$$ 1 - sigmoid(z) = sigmoid(-z) $$", True),
        ("$$ 1 - sigmoid(z) = sigmoid(z) $$", False),
        ("$$ tanh(z) = \\frac{e^z-e^{-z}}{e^z+e^{-z}} $$", True),
        ("$$ tanh(z) = \\frac{e^z+e^{-z}}{e^z-e^{-z}} $$", False),
    ],
)
def test_twins_after_a_definition(tmp_path, row, right):
    verdict = verdict_of_row(tmp_path, SIGMOID + row + "\n", row.strip("$ ")[:12])
    if right:
        assert verdict != "refuted"
    else:
        assert verdict != "proved"
        assert verdict != "given"


@pytest.mark.parametrize(
    ("tail", "right"), [("\\frac{e^{z}}{1+e^{z}}", True), ("\\frac{e^{-z}}{1+e^{z}}", False)]
)
def test_a_step_in_the_definition_chain(tmp_path, tail, right):
    row = "$$ s=sigmoid(z) = \\frac{1}{1+\\exp(-z)} = " + tail + "$$"
    verdict = verdict_of_row(tmp_path, row + "\n", "s=sigmoid")
    assert verdict != ("refuted" if right else "proved"), verdict


YANFENGLEE = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external21"
    / "yanfenglee-readme-softmax-cross-entropy-tanh-sigmoid-slip.md"
)


def test_a_row_using_a_name_a_refuted_row_gave_is_not_refuted():
    rows = rows_of(YANFENGLEE)
    assert rows[18].verdict == "refuted", rows[18].reason  # the author's 2 sigmoid(z) - 1
    assert rows[19].verdict != "refuted", rows[19].reason  # dt/dz = 1 - t^2, right for tanh


def test_the_wrong_twin_after_the_refuted_row_is_not_proved(tmp_path):
    body = (
        "$$ t=tanh(z) = \\frac{e^z-e^{-z}}{e^z+e^{-z}}=2*sigmoid(z)-1 $$\n"
        "$$ \\frac{dt}{dz} = 1-t $$\n"
    )
    assert verdict_of_row(tmp_path, body, "frac{dt}{dz}") != "proved"
