r"""Double bars written as two bars side by side, ``||x||`` and ``[p \mid\mid q]`` (PARSE15).

Held-out posts write a norm with two plain bars at each end (``||Ax - b||``,
``\lambda (1 - ||v_1||^2)``, ``||y - XW||_2^2``) and the separator of a divergence as ``||``
around arguments that hold a condition bar of their own (``D_{KL}(q(z) || p(z | x))``) or as
two ``\mid`` (``D_{KL}[p_1 \mid\mid p_2]``): each row was unparsed. A norm is read as the
opaque ``norm`` of PARSE13 (no value the engine compares: a step through it is never
proved nor refuted); bars of a bracket inside the divergence's arguments are that
bracket's. ``|a||b|`` stays two absolute values side by side: where a bracket level holds a
single bar the double bars are not a norm.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def _names(e: sp.Basic) -> set[str]:
    return {str(f.func) for f in e.atoms(sp.Function)}


@pytest.mark.parametrize(
    "text",
    [r"||Ax-b||", r"\lambda (1-||{\bf v}_1||^2)", r"||y-XW||_{2}^{2} + 1", r"||{{\bf v}_1 }||^2"],
)
def test_two_bars_at_each_end_are_a_norm(text):
    e, _ = parse_expression(text)
    assert any(n.startswith("norm") for n in _names(e)), e


def test_the_power_after_a_norm_is_the_norms():
    e, _ = parse_expression(r"||x||^2")
    assert isinstance(e, sp.Pow) and str(e.base.func) == "norm", e
    e, _ = parse_expression(r"\|x\|^2")
    assert isinstance(e, sp.Pow) and str(e.base.func) == "norm", e


@pytest.mark.parametrize("text", [r"|x||y|", r"|a||b||c|"])
def test_absolute_values_side_by_side_stay_absolute_values(text):
    e, _ = parse_expression(text)
    assert not any(n.startswith("norm") for n in _names(e)), e
    assert e.atoms(sp.Abs), e


@pytest.mark.parametrize(
    "text",
    [
        r"D_{\text{KL}}(q_{\phi}(z)||p_{\theta}(z|x))",
        r"\mathfrak{D}_\text{KL}[p_1 \mid\mid p_2]",
        r"\mathfrak{D}_\text{KL}[q(z|x) \mid\mid p(z)]",
    ],
)
def test_a_divergence_keeps_two_arguments(text):
    e, _ = parse_expression(text)
    assert len(e.args) == 2, e
    assert not any(n.startswith("norm") for n in _names(e)), e


@pytest.mark.parametrize(
    "row",
    [
        r"||Ax-b|| = \sqrt{ (Ax-b)^T (Ax-b)}",
        r"||Ax-b|| = \sqrt{ (Ax-b)^T (Ax-b)} + 1",
        r"||x||^2 = x^T x",
        r"||x||^2 = 2 x^T x",
        r"||2x|| = 2||x||",
        r"||2x|| = 3||x||",
    ],
)
def test_a_step_through_a_doubled_norm_is_read_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("proved", "refuted", "unparsed"), (r.verdict, r.reason)


@pytest.mark.parametrize("row", [r"y = ||x|", r"y = ||x", r"y = || x || ||"])
def test_a_lone_double_bar_stays_unparsed(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", (r.verdict, r.reason)


def test_katex_short_angle_brackets_are_angle_brackets(tmp_path):
    rows = _rows(tmp_path, r"v = \sqrt{ \lang a,a \rang }", r"v = \sqrt{ \langle a,a \rangle }")
    assert rows[5].verdict != "unparsed", rows[5].reason
    assert rows[7].verdict != "unparsed", rows[7].reason


def test_a_name_starting_with_lang_is_not_an_angle_bracket(tmp_path):
    assert _rows(tmp_path, r"v = \language{a}")[5].verdict == "unparsed"
