"""Derivatives of trees kept as written (unevaluated) equal those of the evaluated tree.

sympy 1.14 evaluates ``exp`` of an unevaluated sum of ``log(E**u)`` terms to
``exp(2*E)``-like nonsense, so the derivative of ``ln L`` with
``L = e^{ln e^{-theta n} + ln e^{sum x_i}}`` (a question's log-likelihood written as
logs of exponentials) came out as ``-n exp(2E) ...`` and the correct next row
``d ln L / d theta = -n`` was refuted.
"""

from __future__ import annotations

import sympy as sp

from derivations._forms import evaluated
from derivations.engine._normal import do_derivatives
from derivations.post import check_post

n = sp.Symbol("n", integer=True, positive=True)
theta = sp.Symbol("theta", real=True)
i = sp.Symbol("i", integer=True, positive=True)
x = sp.IndexedBase(sp.Symbol("x", real=True))


def _written_log_of_exp_sum():
    u = sp.Mul(n, sp.Mul(-1, theta, evaluate=False), evaluate=False)
    total = sp.Sum(x[i], (i, 1, n))
    terms = [sp.log(sp.Pow(sp.E, e, evaluate=False), evaluate=False) for e in (u, total)]
    return sp.Add(*terms, evaluate=False)


def test_derivative_of_a_written_tree_is_that_of_the_evaluated_tree():
    inner = _written_log_of_exp_sum()
    # the outer functions kept as written too: sp.exp(inner) itself evaluates to exp(2*E)
    for outer in (
        lambda a: sp.log(sp.exp(a, evaluate=False), evaluate=False),
        lambda a: sp.exp(a, evaluate=False),
        lambda a: sp.Pow(a, 2, evaluate=False),
    ):
        written = sp.Derivative(outer(inner), theta)
        plain = sp.Derivative(outer(evaluated(inner)), theta)
        assert sp.simplify(do_derivatives(written) - do_derivatives(plain)) == 0


def test_a_log_likelihood_written_as_logs_of_exponentials(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\n"
        "$$ \\ln L = \\ln e^{-\\theta n} + \\ln e^{\\sum_{i=1}^n x_i}"
        " = -\\theta n + \\sum_{i=1}^n x_i$$\n"
        "$$ \\frac{d \\ln L}{d\\theta} = -n $$\n",
        encoding="utf-8",
    )
    rows = check_post(post, jobs=1).rows
    assert rows[-1].verdict == "proved", rows[-1]
    post.write_text(post.read_text().replace("= -n $$", "= n $$"))
    assert check_post(post, jobs=1).rows[-1].verdict == "refuted"
