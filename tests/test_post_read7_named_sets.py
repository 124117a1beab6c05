"""A sum over a set the post names by a condition (helper READ7,
tohhongxiang-gda-mle-phi-mu-sigma-trace-notes): ``I_0 = \\{i: y^{(i)} = 0\\}`` then
``\\sum_{i \\in I_0} x^{(i)}`` is ``\\sum_{i: y^{(i)} = 0} x^{(i)}`` (see ``._sum_where``).
A set the post does not define that way, or a sum over it by another letter than the
definition's, stays unparsed with its reason.
"""

from __future__ import annotations

import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._lexer import LexInfo
from derivations.post._named_sets import set_definitions
from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context

_DEF = r"I_0 = \{i: y_i = 0 \}, \qquad I_1 = \{i: y_i = 1 \}"


def _ctx(*texts: str) -> Context:
    return Context(lex=LexInfo(sets=set_definitions(texts)))


def test_the_definitions_are_found():
    found = set_definitions([_DEF])
    assert len(found) == 2


def test_a_sum_over_a_named_set_is_the_sum_over_its_condition():
    ctx = _ctx(_DEF)
    over_set = parse_expression(r"\sum_{i=1}^{n} y_i + \sum_{i \in I_0} x_i", ctx)[0]
    over_cond = parse_expression(r"\sum_{i=1}^{n} y_i + \sum_{i: y_i = 0} x_i", ctx)[0]
    assert over_set == over_cond
    one = parse_expression(r"\sum_{i \in I_1} x_i", ctx)[0]
    zero = parse_expression(r"\sum_{i \in I_0} x_i", ctx)[0]
    assert one != zero


def test_braces_around_the_subscript_are_the_same_set():
    ctx = _ctx(_DEF)
    assert (
        parse_expression(r"\sum_{i \in I_{0}} x_i", ctx)[0]
        == parse_expression(r"\sum_{i \in I_0} x_i", ctx)[0]
    )


def test_an_undefined_set_or_another_letter_stays_unparsed():
    ctx = _ctx(_DEF)
    for text in (r"\sum_{i \in I_2} x_i", r"\sum_{j \in I_0} x_j", r"\sum_{i \in S} x_i"):
        try:
            parse_expression(text, ctx)
        except ValueError as exc:
            assert "not read" in str(exc) or "condition" in str(exc)
        else:
            raise AssertionError(text)


_POST = (
    "Let $I_0 = \\{{i: y_i = 0\\}}$ and $n_0$ its size.\n\n"
    "$$\\sum_{{i=1}}^n (x_i - \\mu) = \\sum_{{i=1}}^n x_i - n \\mu$$\n\n"
    "$$\\frac{{\\partial}}{{\\partial \\mu_0}} \\sum_{{i \\in I_0}} (x_i - \\mu_0)^2 = {rhs}$$\n"
)


def test_a_derivative_over_a_named_set_is_read_and_not_refuted(tmp_path):
    body = _POST.format(rhs="-2 \\sum_{i \\in I_0} (x_i - \\mu_0)")
    assert verdict_of_row(tmp_path, body, "\\partial \\mu_0") not in ("unparsed", "refuted")


def test_its_wrong_twin_is_not_proved(tmp_path):
    body = _POST.format(rhs="2 \\sum_{i \\in I_0} (x_i - \\mu_0)")
    assert verdict_of_row(tmp_path, body, "\\partial \\mu_0") != "proved"


def test_the_sum_keeps_its_indicator():
    e = parse_expression(r"\sum_{i \in I_0} x_i", _ctx(_DEF))[0]
    assert any(str(f.func) == "\\mathbb{1}" for f in e.atoms(sp.Function))


def test_the_definition_pattern_is_bounded_on_hostile_text():
    import time

    start = time.process_time()  # CPU: load does not stretch it
    set_definitions(
        [r"I = \{i: " + r"\alpha" * 5000, r"I = \{i: a " * 3000, r"I = \{i: " + "{" * 5000]
    )
    assert time.process_time() - start < 2.0
