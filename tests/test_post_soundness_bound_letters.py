"""A defined function called at the bound variable of a sum, integral or product.

Adversarial batch 7 (pairs 147-158): after ``g(t) = t^2 + 1``, the call ``g(t)`` inside
``\\int_0^1 \\cdot\\,dt`` kept the definition's ``t`` (a post symbol) instead of the
integral's own variable (a :class:`Bound` symbol of the same name), so the integrand was a
constant and ``\\int_0^1 g(t)\\,dt = t^2 + 1`` was proved; a sum's index (an integer symbol
of the same name) was captured the same way (``\\sum_{k=1}^3 g(k) = 3k^2`` proved,
``\\sum_{k=1}^n (2k - 1) = n^2`` refuted). The value at ``g(k)`` is the definition with its
parameter replaced by the call's argument, whatever letters coincide.

Also (pairs 122, 130): a value written at a letter that is not the definition's own
parameter (``L(\\hat\\theta) = 5``, ``f(a) = 2`` at the point ``a``) is a value at that point,
not the function's value everywhere.
"""

from __future__ import annotations

import random

import pytest
import sympy as sp

from derivations.post import check_post


def _rows(tmp_path, text: str):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + text + "\n", encoding="utf-8")
    return check_post(post, jobs=1, cache=False).rows


def _pair(tmp_path, given: str, true_row: str, false_row: str) -> None:
    """The correct row is never refuted, the slip never proved."""
    true = _rows(tmp_path, f"{given}\n\n$${true_row}$$")[-1]
    false = _rows(tmp_path, f"{given}\n\n$${false_row}$$")[-1]
    assert true.verdict != "refuted", true.reason
    assert false.verdict != "proved", false.reason


@pytest.mark.parametrize(
    ("given", "true_row", "false_row"),
    [
        ("Let\n\n$$h(s) = 3s^2$$\n\nThen", "\\int_0^2 h(s)\\,ds = 8", "\\int_0^2 h(s)\\,ds = 6s^2"),
        ("Let $q(x) = b x$ on $[0, 4]$.", "\\int_0^4 q(x)\\,dx = 8b", "\\int_0^4 q(x)\\,dx = 4bx"),
        ("Let\n\n$$g(j) = 2j$$\n\nThen", "\\sum_{j=1}^{4} g(j) = 20", "\\sum_{j=1}^{4} g(j) = 8j"),
        (
            "Let\n\n$$u(m) = 2m + 1$$\n\nThen",
            "\\sum_{m=0}^{n-1} u(m) = n^2",
            "\\sum_{m=0}^{n-1} u(m) = n(2m + 1)",
        ),
        (
            "Let\n\n$$r(i) = i + 2$$\n\nThen",
            "\\prod_{i=1}^{2} r(i) = 12",
            "\\prod_{i=1}^{2} r(i) = (i+2)^2",
        ),
        (
            "Let\n\n$$w(y) = y^3$$\n\nThen",
            "\\int_0^1 w(y)\\,dy + \\int_0^2 w(y)\\,dy = \\frac{17}{4}",
            "\\int_0^1 w(y)\\,dy + \\int_0^2 w(y)\\,dy = 2y^3",
        ),
    ],
)
def test_a_call_at_the_bound_letter_is_the_definition_there(tmp_path, given, true_row, false_row):
    _pair(tmp_path, given, true_row, false_row)


@pytest.mark.parametrize(
    ("given", "true_row", "false_row"),
    [
        (
            "The fitted likelihood is $M(\\hat\\beta) = 7$. Then",
            "\\log M(\\hat\\beta) = \\log 7",
            "\\log M(\\beta) = \\log 7",
        ),
        (
            "Suppose $h$ is smooth with $h(c) = 4$ at the point $c = 2$, and let $d = 5$. Then",
            "h(c) - 1 = 3",
            "h(d) = 4",
        ),
    ],
)
def test_a_value_at_a_letter_point_answers_only_that_point(tmp_path, given, true_row, false_row):
    _pair(tmp_path, given, true_row, false_row)


_LETTERS = ["t", "k", "x", "s"]


def _poly(rng: random.Random, t: sp.Symbol) -> sp.Expr:
    """A polynomial in ``t`` with a free coefficient ``c`` (a row of numbers alone is
    compared to its decimals, which says nothing of how the call was read)."""
    terms = [rng.randint(-3, 3) * t**d for d in range(rng.randint(1, 3) + 1)]
    return sp.Symbol("c") * t ** rng.randint(1, 2) + sum(terms)


@pytest.mark.parametrize("seed", range(4))
def test_sums_and_integrals_of_random_definitions_are_sympys(tmp_path, seed):
    """The value read for ``\\sum_{k=a}^b g(k)`` and ``\\int_a^b g(t)\\,dt`` is sympy's,
    whatever letter the definition and the bound variable use."""
    rng = random.Random(seed)
    letter, bound = rng.choice(_LETTERS), rng.choice([*_LETTERS, None])
    bound = bound or letter
    t, v = sp.Symbol(letter), sp.Symbol(bound)
    g = _poly(rng, t)
    a, b = rng.randint(0, 2), rng.randint(3, 5)
    given = f"Let\n\n$$g({letter}) = {sp.latex(g)}$$\n\nThen"
    total = sp.summation(g.subs(t, v), (v, a, b))
    area = sp.integrate(g.subs(t, v), (v, a, b))
    for row, value in [
        (f"\\sum_{{{bound}={a}}}^{{{b}}} g({bound})", total),
        (f"\\int_{{{a}}}^{{{b}}} g({bound})\\,d{bound}", area),
    ]:
        right = _rows(tmp_path, f"{given}\n\n$${row} = {sp.latex(value)}$$")[-1]
        wrong = _rows(tmp_path, f"{given}\n\n$${row} = {sp.latex(g.subs(t, v) * (b - a))}$$")[-1]
        assert right.verdict == "proved", (row, g, right.reason)
        assert wrong.verdict != "proved", (row, g, wrong.reason)
