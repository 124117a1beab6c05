"""``var(X)`` and ``cov(X, Y)`` in lower case are the variance and covariance, as ``Var(X)``
is (held-out KL post line 45, truncated normal line 43): they were the letters v, a, r
times the bracket. Letters apart (``v a r(x)``) still multiply."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression


@pytest.mark.parametrize(("tex", "head"), [("var(X)", "Var"), ("cov(X, Y)", "Cov")])
def test_lower_case_operator(tex, head):
    expr, _ = parse_expression(tex)
    assert str(expr.func) == head


def test_letters_apart_still_multiply():
    expr, _ = parse_expression("v a r(x)")
    assert isinstance(expr, sp.Mul)


@pytest.mark.parametrize(("rhs", "good"), [("4 var(X)", True), ("2 var(X)", False)])
def test_a_variance_rule_with_it(tmp_path, rhs, good):
    post = tmp_path / "post.md"
    post.write_text(f"For a random variable $X$,\n\n$$var(2X) = {rhs}$$\n", encoding="utf-8")
    verdict = check_post(post, jobs=1).rows[-1].verdict
    assert verdict == "proved" if good else verdict != "proved"
