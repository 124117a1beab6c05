"""Nothing follows from an equation no value satisfies.

``\\sum_{i=1}^{n-1} 1 = n`` is ``n - 1 = n``: it holds for no n. The row after it,
``\\prod_{i=1}^n 2 = 2^{n+1}``, read as an equation step from it, was **proved**: the two
residuals (-1 and -2^n) have a finite, non-zero ratio, which proves an equivalence when the
first has solutions and says nothing when it has none. The same for ``2/\\lambda = 0`` under
``\\lambda > 0``. The same equation rewritten (a number times its residual) is still a step,
and a step from a satisfiable equation is proved as before.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.mark.parametrize(
    "first, second",
    [
        (r"\sum_{i=1}^{n-1} 1 = n", r"\prod_{i=1}^{n} 2 = 2^{n+1}"),
        (r"n - 1 = n", r"2^n = 2^{n+1}"),
        (r"n - 1 = n", r"n = 7"),
    ],
)
def test_no_step_from_an_equation_without_solutions_is_proved(tmp_path, first, second):
    rows = _rows(tmp_path, f"# t\n\n$${first}$$\n\n$${second}$$\n")
    assert rows[5].verdict != "proved", rows[5].reason


def test_no_step_from_an_equation_the_domain_rules_out(tmp_path):
    text = (
        "# t\n\nHere $\\lambda > 0$.\n\n$$\\frac{2}{\\lambda} = 0$$\n\n"
        "$$\\frac{1}{\\lambda^2} = 0$$\n"
    )
    rows = _rows(tmp_path, text)
    assert rows[7].verdict != "proved", rows[7].reason


@pytest.mark.parametrize(
    "first, second",
    [
        (r"\frac{n}{\lambda} = S", r"n = \lambda S"),
        (r"2\lambda - S = 0", r"\lambda = \frac{S}{2}"),
        (r"\frac{n}{\lambda} - S = 0", r"\lambda = \frac{n}{S}"),
    ],
)
def test_a_step_from_a_satisfiable_equation_is_still_proved(tmp_path, first, second):
    text = f"# t\n\nHere $\\lambda > 0$, $S > 0$.\n\n$${first}$$\n\n$${second}$$\n"
    rows = _rows(tmp_path, text)
    assert rows[7].verdict == "proved", rows[7].reason


def test_the_same_unsatisfiable_equation_rewritten_is_still_a_step(tmp_path):
    """d log f / da = 0 after log f = lambda n log a + ..., then lambda n / a = 0: no a > 0
    solves it (the maximum is on the boundary), but the row rewrites that same equation (a
    number times its residual), a correct step (held-out batch 9, techqa's Pareto post)."""
    text = (
        "# t\n\nHere $\\lambda > 0$, $a > 0$.\n\n$$\\frac{2 \\lambda}{a} = 0$$\n\n"
        "$$\\frac{\\lambda}{a} = 0$$\n"
    )
    rows = _rows(tmp_path, text)
    assert rows[7].verdict == "proved", rows[7].reason
