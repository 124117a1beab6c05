r"""A subscript that labels a name with a conditioning bar or a range: ``\mu_{t|t-1}``,
``\Sigma_{t|t-1}``, ``y_{1:t}``, ``O_{t+1:T}``, ``F_{Y|X}`` (held-out external54 n1o Kalman
filter, external51 kunigami Baum-Welch, external39 marco-c-yu).

``\mu_{t|t-1}`` is the predicted mean at t given the data up to t-1, ``y_{1:t}`` the data
y_1, ..., y_t: each is one name, the same wherever the post writes it, and never a bar or a
colon inside an expression (the rows were "a '|' without its partner", "unsupported symbol
':'"). Only two sides of a letter or a number, each perhaps plus or minus a letter or a
number, around one bar, ``\mid`` or colon, as the subscript of a letter or a Greek letter;
a set-builder subscript (``\sum_{i:t_i<t}``), more than two sides, a comma, or the subscript
of an expectation (``E_{Z|X}``, whose subscript is a measure) stay as before.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _names(text: str) -> set[str]:
    got, _ = parse_expression(text)
    return {str(s) for s in got.free_symbols}


@pytest.mark.parametrize(
    "label",
    [r"t|t-1", r"t|t", r"1:t", r"1:t-1", r"t+1:T", r"Y|X", r"t \mid t-1"],
)
def test_a_labelled_subscript_is_one_name(label):
    got, _ = parse_expression(rf"\mu_{{{label}}} + 1")
    (name,) = got.free_symbols
    assert isinstance(name, sp.Symbol)
    assert sp.expand(got - name - 1) == 0
    # the same label gives the same name; another label another name
    assert sp.expand(parse_expression(rf"2\mu_{{{label}}}")[0] - 2 * name) == 0
    assert parse_expression(r"\mu_{s|s-1} + 1")[0] != got


def test_the_authors_rows_are_read():
    # external54 lines 24, 25, 38: the predicted mean and covariance
    assert len(_names(r"A_t\mu_{t-1} + B_t u_t - \mu_{t|t-1}")) >= 3
    a, _ = parse_expression(r"\mu_{t|t-1} - \mu_{t|t-1}")
    assert sp.simplify(a) == 0
    b, _ = parse_expression(r"\mu_{t|t-1} - \mu_{t|t}")
    assert sp.simplify(b) != 0


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a typo in the label (external54 line 80): not a label of this shape
        (r"\mu_{t|t-1A}", "t|t-1A"),
        (r"\mu_{t|s|r}", "t|s|r"),  # more than two sides (read as before: t |s| r)
        (r"\mu_{t|s,r}", "t|s,r"),  # a comma
        (r"\sum_{i:t_i<t} x_i", "i:t"),  # a set-builder subscript of a sum (read as before)
        (r"\mu_{i:C_i=1}", "i:C"),  # a condition, not a range
    ],
)
def test_other_subscripts_are_no_label(text, label):
    try:
        got, _ = parse_expression(text)
    except (LatexError, PostSyntaxError):
        return
    assert not any(label in str(s) for s in got.free_symbols), got


def test_an_expectations_subscript_is_not_a_label():
    # E_{Z|X}[...] is an expectation over Z given X, read (or not) as before: never a name E_{Z|X}
    try:
        got, _ = parse_expression(r"E_{Z|X}[Z]")
    except (LatexError, PostSyntaxError):
        return
    assert not any("Z|X" in str(s) for s in got.free_symbols)


# --- an order event after the bar of a density or a variance (external45 stappit) ---------


@pytest.mark.parametrize(
    "text",
    [
        r"p(\theta \mid y \ge 100)",  # line 30: the posterior given the censored observation
        r"\mathbb V \left(\theta \mid y \ge 100 \right)",  # line 83
        r"\mathbb{V}(\theta | y > 1)",
        r"\operatorname{Var}(X \mid X > 0)",
    ],
)
def test_an_order_event_after_the_bar_is_a_condition(text):
    got, _ = parse_expression(text)
    rel = [a for a in sp.preorder_traversal(got) if isinstance(a, sp.Rel)]
    assert len(rel) == 1 and isinstance(rel[0], (sp.Gt, sp.Ge)), got
    # the event is an argument of the call, never a relation of the row
    assert not isinstance(got, sp.Rel)


@pytest.mark.parametrize(
    "text",
    [
        r"p(\theta \ge 1 \mid y)",  # an order sign before the bar of a density: not read
        r"p(\theta \mid y \ge 100 \ge z)",  # two signs in one part of the condition
        r"q(\theta \mid y \ge 100)",  # a letter the reader does not know as a density
        r"p(a < y < b)",  # a chain
    ],
)
def test_other_order_signs_in_a_density_stay_unread(text):
    with pytest.raises((LatexError, PostSyntaxError)):
        parse_expression(text)


# --- braces around a subscripted expectation (external48 yuqianliu lines 53-54) -----------


@pytest.mark.parametrize(
    ("braced", "plain"),
    [
        (r"-{{\rm E}_\theta }\{ l(\theta )\}", r"-{\rm E}_\theta \{ l(\theta )\}"),
        (r"- n{{\rm E}_\theta }[X_i - \theta]", r"- n{\rm E}_\theta [X_i - \theta]"),
        (r"{\mathbb{E}_{\theta}}[X]", r"\mathbb{E}_{\theta}[X]"),
    ],
)
def test_braces_around_a_subscripted_expectation_group_nothing(braced, plain):
    assert parse_expression(braced)[0] == parse_expression(plain)[0]


def test_braces_around_more_than_the_expectation_stay_as_before():
    # {{\rm E}_\theta X} holds a factor too: the braces are not dropped, the row reads as
    # before (an expectation without a bracket before its factor: not read)
    with pytest.raises((LatexError, PostSyntaxError)):
        parse_expression(r"{{\rm E}_\theta X Y}")


# --- \space is a space, as \ is (external26 yuqiii lines 35-38) ---------------------------


@pytest.mark.parametrize(
    ("spaced", "plain"),
    [
        (r"ln \space L_n(y;\theta)", r"ln \ L_n(y;\theta)"),
        (
            r"\frac{\partial ln \space L_n(\mathbf{y};\theta)}{\partial \theta_1}",
            r"\frac{\partial ln \ L_n(\mathbf{y};\theta)}{\partial \theta_1}",
        ),
    ],
)
def test_space_command_is_a_space(spaced, plain):
    # never the product l*n*L (read so before, silently)
    got, slips = parse_expression(spaced)
    assert got == parse_expression(plain)[0]
    assert any("ln" in s.message for s in slips), slips


# --- a bracket primed with the variable below: [...]^{'}_\theta (external48 huiqiongliao) --


@pytest.mark.parametrize(
    ("primed", "spelled"),
    [
        (
            r"[\sum_{i=1}^n \ln(1+(\theta-x_{i})^2)]^{'}_\theta",
            r"\frac{d}{d\theta}[\sum_{i=1}^n \ln(1+(\theta-x_{i})^2)]",
        ),
        (
            r"-2 (\cfrac{\theta-x_{i}}{1+(\theta-x_{i})^2})^{'}_\theta",
            r"-2 \frac{d}{d\theta}(\cfrac{\theta-x_{i}}{1+(\theta-x_{i})^2})",
        ),
        (r"(a \theta^2 + b)'_{\theta}", r"\frac{d}{d\theta}(a \theta^2 + b)"),
    ],
)
def test_a_bracket_primed_with_its_variable_below_is_the_derivative(primed, spelled):
    got, slips = parse_expression(primed)
    assert got == parse_expression(spelled)[0]
    assert sp.simplify(got.doit() - parse_expression(spelled)[0].doit()) == 0


@pytest.mark.parametrize(
    "text",
    [
        r"(a \theta^2 + b)'",  # no variable below: a derivative or a transpose? not said
        r"(a \theta^2 + b)^{'}_{\theta x}",  # two letters below
    ],
)
def test_a_bracket_primed_without_one_variable_below_stays_unread(text):
    with pytest.raises((LatexError, PostSyntaxError)):
        parse_expression(text)


# --- a bar typed inside a bold group: \mathbf{|x} (external39 munk-nielsen lines 56-57) ----


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            r"\mathrm{E}\left(y^\star \mathbf{|x},y^\star>0\right)",
            r"\mathrm{E}\left(y^\star | \mathbf{x},y^\star>0\right)",
        ),
        (r"p(y \boldsymbol{|\beta})", r"p(y | \boldsymbol{\beta})"),
    ],
)
def test_a_bar_opening_a_bold_group_is_the_bar_before_it(typed, meant):
    assert parse_expression(typed)[0] == parse_expression(meant)[0]


# --- log before an absolute value or a determinant, backslash missing (external48 wudai) ---


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (r"log|\sigma^2|", r"\log|\sigma^2|"),
        (r"p_{ij}log|\sigma^{2(k+1)}|", r"p_{ij}\log|\sigma^{2(k+1)}|"),
        (r"ln\left|x\right|", r"\ln\left|x\right|"),
        (r"a\, log \lvert x \rvert", r"a\, \log \lvert x \rvert"),
    ],
)
def test_log_letters_before_a_bar_are_the_log(typed, meant):
    # never the product l*o*g*|x| (read so before, silently)
    got, slips = parse_expression(typed)
    assert got == parse_expression(meant)[0]
    assert any("backslash is missing" in s.message for s in slips), slips


# --- one digit below a name the post also writes with two indices (external48 wudai) -------

TWO_INDEX_POST = r"""---
title: terms
---

The terms are $I_3 = \sum_{j=1}^m I_{3j}$ and

$$I_1 = a + b$$

$$Q = I_1 + I_3$$

$$Q = a + b + \sum_{j=1}^m I_{3j}$$

$$Q = a + \sum_{j=1}^m I_{3j}$$
"""


@pytest.fixture(scope="module")
def two_index_rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("parse65") / "terms.md"
    path.write_text(TWO_INDEX_POST)
    return {r.line: r for r in check_post(path).rows}


def test_one_digit_below_a_two_index_name_is_one_element(two_index_rows):
    # I_1 was "the post writes I with two indices, which digits are which is not clear"
    assert all(r.verdict != "unparsed" for r in two_index_rows.values()), two_index_rows
    # I_1 and I_3 are the ones the rows above define (their sums are the same sum)
    assert "normal forms agree" in two_index_rows[11].reason, two_index_rows[11]
    # the row that drops b is wrong, and never proved
    assert two_index_rows[13].verdict != "proved", two_index_rows[13]
    assert "differ by b" in two_index_rows[13].reason, two_index_rows[13]
