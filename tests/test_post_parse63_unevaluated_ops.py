r"""A power read with evaluation off must not crash the normal constant's slip finder (PARSE63).

The held-out log-normal variance (statproofbook, external50 line 103) wrote
``\exp(2\sigma^2 + 2\mu) - [\exp(\mu + \frac{1}{2}\sigma^2)]^2``; relating it, the slip finder
met the power ``2 (2 \sqrt{\sigma^2}) + \sigma^2`` built with evaluation off (a product inside
a product). sympy's ``count_ops`` then sums ``MUL*1 + MUL*1`` left unevaluated and raises
"Cannot convert symbols to int", and the row was "the reader could not relate this row
(TypeError ...)". The size of a power is the same however it was built, so it is counted
with evaluation on.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._slips import _half_power, find_slip

s2, n = sp.Symbol("sigma2", positive=True), sp.Symbol("n", positive=True)


def _exps():
    yield sp.Add(sp.Mul(2, sp.Mul(2, sp.sqrt(s2), evaluate=False), evaluate=False), s2)
    yield sp.Mul(sp.Rational(1, 2), n, evaluate=False)
    yield sp.Mul(-1, sp.Mul(n, sp.Rational(1, 2), evaluate=False), evaluate=False)
    yield sp.Add(n, sp.Mul(1, n, evaluate=False), evaluate=False)
    yield sp.Mul(sp.Mul(n, n, evaluate=False), sp.Rational(1, 2), evaluate=False)


@pytest.mark.parametrize("exp", list(_exps()), ids=str)
def test_a_power_built_with_evaluation_off_is_judged_as_when_on(exp):
    with sp.evaluate(True):
        on = _half_power(exp)
    with sp.evaluate(False):
        off = _half_power(exp)
    assert on == off
    with sp.evaluate(True):
        twice = sp.simplify(2 * exp.doit())
    assert on == (len(exp.free_symbols) == 1 and (twice.is_Symbol or (-twice).is_Symbol))


def test_the_author_power_does_not_crash_the_slip_finder():
    bad = list(_exps())[0]
    with sp.evaluate(False):
        e = sp.Pow(sp.Mul(2, sp.pi, s2, evaluate=False), bad) + s2
        find_slip(e)  # no TypeError


def test_the_author_row_is_related(tmp_path):
    rows = _rows(
        tmp_path,
        r"\mathrm{Var}(X) = \exp \left(2\sigma^2 + 2\mu \right) - "
        r"\left[ \exp \left(\mu + \frac{1}{2} \sigma^2 \right) \right]^2"
        r" = \exp \left(2\sigma^2 + 2\mu \right) - \exp \left(2\mu + \sigma^2\right)",
    )
    r = rows[5]
    assert "could not relate" not in r.reason, r.reason
    assert r.verdict not in ("refuted", "unparsed"), (r.verdict, r.reason)
