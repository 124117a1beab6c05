"""Notation of real posts the reader left unparsed (helper READ7, held-out posts):

- ``\\frac{\\partial^2}{\\partial^2 \\lambda}``: the order written on the partial sign below the
  line too, a common slip for ``\\partial \\lambda^2`` (eriktuck-obsidian-jeffreys-prior...);
- ``{\\bf v}_1``: the plain-TeX bold switch in a group, typography as ``\\mathbf{v}`` is
  (techqa-pca-lagrangian-gradient-lambda-counted-twice).

Each reading is exact: a correct row is read (and proved where the engine can), its wrong twin
is not proved, and the ambiguous variant stays unparsed with its reason.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


# -- \partial^2 \lambda below the line ------------------------------------------------------


@pytest.mark.parametrize(
    "slipped, meant",
    [
        (
            r"\frac{\partial^2}{\partial^2 \lambda} \lambda^3",
            r"\frac{\partial^2}{\partial \lambda^2} \lambda^3",
        ),
        (
            r"\frac{\partial^{2}}{\partial^{2}\theta} \theta^3",
            r"\frac{\partial^2}{\partial \theta^2} \theta^3",
        ),
        (
            r"\frac{\partial^2 f(x;\theta)}{\partial^2\theta}",
            r"\frac{\partial^2 f(x;\theta)}{\partial\theta^2}",
        ),
        (r"\frac{d^2}{d^2x} x^4", r"\frac{d^2}{dx^2} x^4"),
    ],
)
def test_the_order_on_the_partial_sign_below_is_read_as_the_variables_power(slipped, meant):
    assert _read(slipped) == _read(meant)


def test_the_order_slip_is_reported():
    _, slips = parse_expression(r"\frac{\partial^2}{\partial^2 \lambda} \lambda^3")
    assert any("order" in s.message for s in slips)


@pytest.mark.parametrize(
    "ambiguous",
    [
        r"\frac{\partial^3}{\partial^2 \lambda} \lambda^3",  # orders differ
        r"\frac{\partial^2}{\partial^2 \lambda \partial \mu} \lambda^3 \mu",  # two variables
        r"\frac{\partial^2}{\partial^2} \lambda^3",  # no variable
    ],
)
def test_a_slipped_order_that_does_not_match_stays_unparsed(ambiguous):
    with pytest.raises(ValueError):
        _read(ambiguous)


_POISSON = (
    "Let $y$ be Poisson with rate $\\lambda > 0$.\n\n"
    "$$\\frac{\\partial^2}{\\partial^2 \\lambda} (y \\ln \\lambda - \\lambda) = {rhs}$$\n"
)


def test_a_second_derivative_with_the_slip_is_proved(tmp_path):
    body = _POISSON.replace("{rhs}", "-\\frac{y}{\\lambda^2}")
    assert verdict_of_row(tmp_path, body, "\\partial^2 \\lambda") == "proved"


def test_its_wrong_twin_is_not_proved(tmp_path):
    body = _POISSON.replace("{rhs}", "-\\frac{y}{\\lambda^3}")
    assert verdict_of_row(tmp_path, body, "\\partial^2 \\lambda") != "proved"


# -- {\bf v} ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bold, meant",
    [
        (r"1-{\bf v}_1^T{\bf v}_1", r"1-\mathbf{v}_1^T\mathbf{v}_1"),
        (r"( {\bf S}-\lambda {\bf I}){\bf v}_1", r"(\mathbf{S}-\lambda \mathbf{I})\mathbf{v}_1"),
        (r"{\bf x}_i^T {\bf \beta}", r"\mathbf{x}_i^T \mathbf{\beta}"),
    ],
)
def test_a_bold_group_reads_as_mathbf(bold, meant):
    assert _read(bold) == _read(meant)


@pytest.mark.parametrize(
    "ambiguous",
    [
        r"{\bf v w}_1",  # two letters in the group: one name or a product?
        r"{v \bf w}_1",  # the switch in the middle of a group
    ],
)
def test_a_bold_group_of_more_than_one_name_stays_unparsed(ambiguous):
    with pytest.raises(ValueError):
        _read(ambiguous)


def test_a_bold_row_is_read_and_its_wrong_twin_not_proved(tmp_path):
    ok = (
        "$$\\frac{\\partial}{\\partial \\lambda} \\lambda (1-{\\bf v}_1^T{\\bf v}_1)"
        " = 1-{\\bf v}_1^T{\\bf v}_1$$\n"
    )
    bad = ok.replace("= 1-", "= 2-")
    assert verdict_of_row(tmp_path, ok, "\\partial \\lambda") not in ("unparsed", "refuted")
    assert verdict_of_row(tmp_path, bad, "\\partial \\lambda") != "proved"


def test_a_slipped_order_over_a_variable_the_row_never_names_stays_unparsed():
    # eriktuck: -nE[\partial^2/\partial^2\theta \ln f(y|\lambda)] means lambda; read as written
    # the correct row was refuted
    with pytest.raises(ValueError, match="nowhere else"):
        _read(r"-nE \Big[ \frac{\partial^2}{\partial^2 \theta} \ln f(y|\lambda) \Big]")


# -- \theta_{a \rightarrow b}, count(a, \cdot) (mkdocs-bigram-markov-chain...) ----------------


def test_an_arrow_between_two_letters_below_a_name_labels_the_name():
    e = _read(r"\theta_{a \rightarrow b}")
    assert isinstance(e, sp.Symbol)
    assert _read(r"\theta_{a \to b}") == e
    assert e != _read(r"\theta_{b \rightarrow a}")
    assert e != _read(r"\theta_{ab}") and e != _read(r"\theta_{a}")


@pytest.mark.parametrize(
    "ambiguous",
    [
        r"\theta_{a \rightarrow b \rightarrow c}",  # a path, not one pair
        r"\theta_{a + 1 \rightarrow b}",
        r"x \rightarrow y",  # outside a subscript: a relation
        r"\lim_{n \to \infty} x_n",
    ],
)
def test_other_arrows_stay_unparsed(ambiguous):
    with pytest.raises(ValueError):
        _read(ambiguous)


@pytest.mark.parametrize("limit", [r"\lim_{x \to a} x^2", r"\sup_{x \rightarrow a} f"])
def test_an_arrow_below_an_operator_is_no_name(limit):
    from derivations.post._lexer import raw_tokens
    from derivations.post._typeset_forms import arrow_names

    raw = raw_tokens(limit)
    assert arrow_names(raw) == raw


def test_a_dot_for_an_argument_is_a_placeholder_of_its_own():
    e = _read(r"\text{count}(a, \cdot)")
    assert e.args[0] == _read("a") and len(e.args) == 2
    assert e != _read(r"\text{count}(a, b)")
    assert _read(r"\frac{\text{count}(a, \cdot)}{\lambda_a}") != _read(
        r"\frac{\text{count}(a, b)}{\lambda_a}"
    )


def test_a_dot_between_factors_is_still_a_product():
    assert _read(r"a \cdot b") == _read("a b")


_BIGRAM = (
    "$$\\frac{{\\text{{count}}(a, b)}}{{\\theta_{{a \\rightarrow b}}}} = \\lambda_a$$\n\n"
    "$$\\theta_{{a \\rightarrow b}} = {rhs}$$\n\n"
    "$$\\frac{{\\text{{count}}(a, \\cdot)}}{{\\lambda_a}} = 1$$\n\n"
    "$$\\lambda_a = {rhs2}$$\n"
)


def test_the_bigram_steps_are_read_and_their_wrong_twins_not_proved(tmp_path):
    ok = _BIGRAM.format(
        rhs="\\frac{\\text{count}(a, b)}{\\lambda_a}", rhs2="\\text{count}(a, \\cdot)"
    )
    for row in ("\\theta_{a \\rightarrow b} =", "\\lambda_a = \\text", "(a, \\cdot)}{"):
        assert verdict_of_row(tmp_path, ok, row) not in ("unparsed", "refuted")
    bad = _BIGRAM.format(rhs="\\frac{\\lambda_a}{\\text{count}(a, b)}", rhs2="\\text{count}(a, b)")
    assert verdict_of_row(tmp_path, bad, "\\theta_{a \\rightarrow b} =") != "proved"
    assert verdict_of_row(tmp_path, bad, "\\lambda_a = \\text") != "proved"


# -- a decimal comma in a fraction: \frac{5}{13,5} (soton-exponential-bulb-lifetimes...) -------


def test_a_decimal_comma_alone_in_a_fraction_is_a_decimal():
    assert _read(r"\frac{5}{13,5}") == _read(r"\frac{5}{13.5}")
    assert _read(r"\frac{2,5}{3}") == _read(r"\frac{2.5}{3}")


@pytest.mark.parametrize(
    "ambiguous",
    [
        r"\frac{5}{13, 5}",  # a space after the comma: a list?
        r"\frac{5}{13,500}",  # a thousands separator?
        r"\frac{5}{13,5,2}",
        r"f(13,5)",  # arguments, not a fraction's part
    ],
)
def test_other_commas_between_digits_are_not_decimals(ambiguous):
    try:
        e = _read(ambiguous)
    except ValueError:
        return
    assert sp.Rational(27, 2) not in e.atoms(sp.Rational) and sp.Rational(2, 27) not in e.atoms(
        sp.Rational
    )


def test_a_decimal_comma_row_is_proved_and_its_wrong_twin_refuted(tmp_path):
    assert verdict_of_row(tmp_path, "$$x=\\frac{5}{13,5}=0.370$$\n", "13,5") == "proved"
    assert verdict_of_row(tmp_path, "$$x=\\frac{5}{13,5}=0.470$$\n", "13,5") != "proved"
