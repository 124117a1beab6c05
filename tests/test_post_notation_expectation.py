"""Expectations written with a subscript or glued to the letters before them.

``E(X)`` and ``E_\\theta[X]`` were read as expectations, but ``E_p(X)`` (a Fisher
information post: ``-E_p\\left(\\frac{d^2}{dp^2}\\log f\\right)``), ``\\mathbb{E}_{p}(X)``
and ``E_p[X]`` were read as a letter E_p times X or not at all (the subscript ``p``
before a bracket was taken for a density ``p(...)``), and ``2pE[X]`` as the product
2*p*E*X. The reading must not depend on how the same expectation is spelled.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        (r"E_p(X)", r"E_p[X]"),
        (r"E_p(1-X)", r"E_p[1-X]"),
        (r"E_p\left(X^2\right)", r"E_p[X^2]"),
        (r"\mathbb{E}_{p}(X)", r"E_p[X]"),
        (r"\mathbb{E}_{p}[X]", r"E_p[X]"),
        (r"\mathrm{E}_\theta(X)", r"E_\theta[X]"),
        (r"\frac{E_p(X)}{p^2}", r"\frac{E_p[X]}{p^2}"),
    ],
)
def test_a_subscripted_expectation_reads_the_same_with_any_bracket(written, plain):
    assert _read(written) == _read(plain)


@pytest.mark.parametrize("sub", ["p", r"\theta", "{p}", r"\mu"])
def test_a_subscripted_expectation_is_the_expectation_with_its_subscript(sub):
    # the subscript is kept (E(X, p)), and the reading is not a product with the letter E
    e = _read(rf"E_{sub}(X)")
    assert type(e).__name__ == "E", e
    assert _read("X") in e.args


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        (r"2pE[X]", r"2 p E[X]"),
        (r"2pE(X)", r"2 p E(X)"),
        (r"npE[X^2]", r"n p E[X^2]"),
        (r"pE_p(X)", r"p E_p(X)"),
        (r"1-2pE[X]+p^2", r"1 - 2 p E[X] + p^2"),
    ],
)
def test_an_expectation_glued_after_letters_reads_as_spaced(glued, spaced):
    assert _read(glued) == _read(spaced)


@pytest.mark.parametrize("text", [r"E_i(x)", r"E_1(x)", r"E_n(x)"])
def test_an_indexed_letter_e_before_parentheses_is_not_made_an_expectation(text):
    # E_i(x) may be a term of a sum or an exponential integral E_1: not guessed to be
    # an expectation with a bracket that is not the square one
    try:
        e = _read(text)
    except ValueError:
        return
    assert type(e).__name__ != "E", e


def test_letters_that_are_no_expectation_keep_their_reading():
    # a capital E not before a bracket is the letter; p(X) stays what it was
    assert _read(r"2pE") == _read(r"2 p E")
    assert _read(r"E_p + 1") == _read(r"E_{p} + 1")


def test_capitals_before_e_spell_a_word_not_a_factor():
    # SE(theta-hat), MSE(...): a standard error is not S times an expectation
    for text in (r"SE(\hat\theta)", r"MSE(\hat\theta)"):
        e = _read(text)
        assert not any(type(a).__name__ == "E" for a in sp.preorder_traversal(e)), e
