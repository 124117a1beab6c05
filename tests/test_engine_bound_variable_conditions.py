"""What an integrand needs of its bound variable becomes a condition on the limits.

``\\int_a^b dx / x`` needs ``x != 0`` only where x runs, between a and b; as a condition
of the line, "x != 0" was open forever (x is bound: no assumption speaks of it), and
``\\log b - \\log a`` was plausible though the post said ``0 < a < b``. For a condition
linear in the bound variable the range gives it exactly: ``x > 0`` on (a, b) when the
ends are ``>= 0``; ``x != 0`` when ``a b >= 0`` (0 not strictly between). A condition that
cannot hold on the range (``x > 0`` over (-oo, b)) stays as it was, and so does one
that is not linear in the variable.
"""

from __future__ import annotations

import sympy as sp

from derivations.engine._domains import conditions
from derivations.post import check_post

x = sp.Symbol("x", real=True)
a, b = sp.symbols("a b", real=True)


def test_nonzero_on_a_range_is_a_condition_on_its_ends():
    cs = conditions(sp.Integral(1 / x, (x, a, b)))
    assert not any(c.has(x) for c in cs), cs
    assert sp.GreaterThan(a * b, 0) in cs or any(
        sp.simplify(c.lhs - c.rhs - a * b) == 0 for c in cs if isinstance(c, sp.GreaterThan)
    ), cs


def test_positive_on_a_range_needs_both_ends():
    cs = conditions(sp.Integral(sp.log(x - 1), (x, a, b)))
    assert not any(c.has(x) for c in cs), cs
    assert len(cs) == 2, cs


def test_an_infinite_end_where_the_condition_fails_keeps_it():
    cs = conditions(sp.Integral(sp.log(x), (x, -sp.oo, b)))
    assert any(c.has(x) for c in cs), cs


def test_an_infinite_end_where_it_holds_is_no_condition():
    cs = conditions(sp.Integral(sp.log(x), (x, a, sp.oo)))
    assert not any(c.has(x) for c in cs), cs
    assert len(cs) == 1, cs  # a >= 0


def test_a_condition_not_linear_in_the_variable_is_kept():
    cs = conditions(sp.Integral(sp.log(x**2 - a), (x, a, b)))
    assert any(c.has(x) for c in cs), cs


def _row(tmp_path, domain: str, row: str):
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\nLet ${domain}$.\n\n$${row}$$\n", encoding="utf-8")
    (r,) = check_post(post, jobs=1).rows
    return r


def test_the_integral_of_one_over_x_is_proved_between_positive_ends(tmp_path):
    r = _row(tmp_path, "0 < a < b", "\\int_a^b \\frac{1}{x} dx = \\log b - \\log a")
    assert r.verdict == "proved", r.reason


def test_without_the_ends_stated_it_stays_open(tmp_path):
    r = _row(tmp_path, "c > 0", "\\int_a^b \\frac{1}{x} dx = \\log b - \\log a")
    assert r.verdict != "proved", r.reason


def test_a_wrong_antiderivative_is_still_refuted(tmp_path):
    r = _row(tmp_path, "0 < a < b", "\\int_a^b \\frac{1}{x} dx = \\log b + \\log a")
    assert r.verdict == "refuted", r.reason
