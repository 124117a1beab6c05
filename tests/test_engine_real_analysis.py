"""A post is read as real analysis: a written line that is not real at a point only
because a symbol nobody gave a domain took a value there is outside that line's domain.

Found on a new corpus post (mse-multinomial-mle-lagrange, line 25): the correct
sum log(p_i^x_i / x_i!) = sum x_i log p_i - sum log x_i! was REFUTED at p_i < 0 with
even x_i, while the report listed p_i > 0 as the open condition the step needs.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine import check_step

i = sp.Symbol("i", integer=True)
m = sp.Symbol("m", integer=True, positive=True)
x = sp.IndexedBase("x", integer=True, nonnegative=True)


def _check(prev, line, p, *, infer: bool, declared: str | None = None):
    p_assumption = Assumption(p, "p", domain=declared) if declared else Assumption(p, "p")
    d = Derivation(
        "real-analysis",
        "a test",
        [Assumption(m, "m"), Assumption(x, "x"), p_assumption],
        [Step(prev, "definition", "start"), Step(line, "algebra")],
        infer_domains=infer,
    )
    return check_step(d, 1)


def _lines(p, shift=0):
    with sp.evaluate(False):
        prev = sp.Sum(sp.log(p[i] ** x[i] / sp.factorial(x[i])), (i, 1, m))
        line = (
            sp.Sum(x[i] * sp.log(p[i]), (i, 1, m))
            - sp.Sum(sp.log(sp.factorial(x[i])), (i, 1, m))
            + shift
        )
    return prev, line


def test_a_post_is_not_refuted_outside_the_written_lines_domain():
    p = sp.IndexedBase("p", real=True)
    r = _check(*_lines(p), p, infer=True)
    assert r.verdict != "refuted", r.counterexample
    assert r.verdict != "proved"  # p_i > 0 is open: nothing declares it


def _scalar(q, shift=0):
    with sp.evaluate(False):
        return sp.log(q**2), 2 * sp.log(q) + shift


def test_a_wrong_rewrite_is_still_refuted_where_both_lines_are_real():
    q = sp.Symbol("q", real=True)
    r = _check(*_scalar(q, shift=1), q, infer=True)
    assert r.verdict == "refuted"
    assert r.counterexample["q"] > 0  # where the written line is real


def test_a_declared_domain_still_refutes_where_the_written_line_is_not_real():
    # log(q^2) = 2 log q with q declared in (-1, 1): the author said q may be negative.
    q = sp.Symbol("q", real=True)
    r = _check(*_scalar(q), q, infer=True, declared="-1 < q < 1")
    assert r.verdict == "refuted"
    assert r.counterexample["q"] < 0


def test_a_derivation_that_declares_everything_keeps_the_strict_reading():
    p = sp.IndexedBase("p", real=True)
    r = _check(*_lines(p), p, infer=False)
    assert r.verdict == "refuted"
