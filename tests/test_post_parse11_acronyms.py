"""PARSE11: a name of capitals applied to arguments (``KL(q|p)``, ``MSE(\\theta)``,
``NLL(\\theta)``) is a function, never a product of its letters.

Letter by letter, ``NLL(\\theta)`` was the product ``N*L*L(\\theta)`` and ``KL(q|p)`` was
``K*L(q, p)``: a post that defines ``NLL(\\theta) = -\\log L(\\theta)`` had that correct
definition and the derivative after it refuted (a counterexample of the product). The
divergence bar ``\\|`` (also ``||``, ``\\Vert``, ``\\parallel``) between the two arguments
of such a call is a separator, as ``|`` is in ``p(x | \\theta)``; anywhere else it is a
norm, which is not read.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.post import check_post
from derivations.post._lexer import LatexError
from derivations.post._parse import parse_expression


def _calls(e: sp.Basic) -> list[AppliedUndef]:
    return sorted(e.atoms(AppliedUndef), key=str)


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        (r"KL(q|p)", "KL", ("q", "p")),
        (r"KL(q \| p)", "KL", ("q", "p")),
        (r"KL(q \parallel p)", "KL", ("q", "p")),
        (r"\mathrm{KL}(q \Vert p)", "KL", ("q", "p")),
        (r"D(P||Q)", "D", ("P", "Q")),
        (r"D_{KL}(P\|Q)", "D", ("P", "Q")),
        (r"MSE(\theta)", "MSE", ("theta",)),
        (r"SE(x)", "SE", ("x",)),
        (r"CE(y)", "CE", ("y",)),
        (r"NLL(\theta)", "NLL", ("theta",)),
        (r"MLE(\theta)", "MLE", ("theta",)),
        (r"ML(x)", "ML", ("x",)),
    ],
)
def test_a_name_applied_to_arguments_is_one_call(text, name, args):
    e, _ = parse_expression(text)
    calls = _calls(e)
    assert len(calls) == 1, sp.srepr(e)
    assert name in str(calls[0].func)
    assert tuple(str(a) for a in calls[0].args) == args
    # nothing multiplies the call: no letter of the name is left over as a factor
    assert e == calls[0], sp.srepr(e)


@pytest.mark.parametrize("word", ["AB", "KL", "MSE", "NLL", "RSS", "SSE", "XYZW"])
def test_property_capitals_before_a_bracket_never_multiply(word):
    e, _ = parse_expression(word + r"(x + y)")
    assert {s.name for s in e.free_symbols} == {"x", "y"}
    assert len(_calls(e)) == 1


def test_the_order_of_a_divergence_is_kept():
    a, _ = parse_expression(r"KL(q \| p)")
    b, _ = parse_expression(r"KL(p \| q)")
    assert a != b


@pytest.mark.parametrize(
    "text", [r"\|x\|", r"f(\|x\|)", r"\left\| x - y \right\|^2", r"g(a \| b \| c)"]
)
def test_a_norm_is_read_as_a_whole(text):
    """PARSE13 (tests/test_post_parse13_norms.py): a norm is a call of ``norm``, which has
    no value (these stayed unread before); never a divergence's separator."""
    e, _ = parse_expression(text)
    assert any(str(getattr(f, "func", "")) == "norm" for f in e.atoms(object)), e


@pytest.mark.parametrize("text", [r"a \| b", r"\|x", r"f(a \| b) \|"])
def test_a_lone_double_bar_stays_unread(text):
    with pytest.raises(LatexError):
        parse_expression(text)


def test_lower_case_letters_and_single_capitals_read_as_before():
    e, _ = parse_expression(r"ab(x)")  # a times b times x, as before
    assert not _calls(e)
    e, _ = parse_expression(r"P(A|B)")
    assert len(_calls(e)) == 1 and str(_calls(e)[0].func) == "P"


_NLL = """---
title: a negative log-likelihood
---

The likelihood of $N$ samples is $L(\\theta) = \\theta^{{N}}$ for $\\theta > 0$.

$$
NLL(\\theta) = -\\log L(\\theta) = -N \\log \\theta
$$

$$
\\frac{{d}}{{d\\theta}} NLL(\\theta) = {derivative}
$$
"""


def test_a_defined_acronym_is_not_refuted(tmp_path: Path):
    post = tmp_path / "nll.md"
    post.write_text(_NLL.format(derivative=r"-\frac{N}{\theta}"))
    rows = check_post(post, jobs=1).rows
    assert rows and all(r.verdict != "refuted" for r in rows), [(r.line, r.verdict) for r in rows]


def test_a_wrong_derivative_of_an_acronym_is_not_proved(tmp_path: Path):
    post = tmp_path / "nll.md"
    post.write_text(_NLL.format(derivative=r"\frac{N}{\theta}"))
    rows = check_post(post, jobs=1).rows
    last = max(rows, key=lambda r: r.line)
    assert last.verdict != "proved"


def test_every_two_capitals_are_a_call():
    for a in string.ascii_uppercase[:6]:
        for b in string.ascii_uppercase[-6:]:
            e, _ = parse_expression(f"{a}{b}(t)")
            assert len(_calls(e)) == 1 and {s.name for s in e.free_symbols} == {"t"}
