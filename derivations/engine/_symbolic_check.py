"""The symbolic check: the written line proved equal to, or implied by, the previous one."""

from __future__ import annotations

import sympy as sp

from .._report import FAIL, PASS, SKIP, CheckOutcome
from ._normal import difference, is_zero, normal


def _eq_residual(e: sp.Basic) -> sp.Basic:
    return normal(e.lhs) - normal(e.rhs)


def symbolic_check(prev: sp.Basic, cur: sp.Basic, relation: str) -> CheckOutcome:
    try:
        if relation in ("=", "restate"):
            if isinstance(prev, sp.Equality) != isinstance(cur, sp.Equality):
                return CheckOutcome(FAIL, "one line is an equation and the other is not")
            pairs = (
                [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
                if isinstance(prev, sp.Equality)
                else [(prev, cur)]
            )
            for a, b in pairs:
                diff = difference(a, b)
                if is_zero(diff) is not True:
                    return CheckOutcome(FAIL, f"normal forms differ by {sp.simplify(diff)}")
            return CheckOutcome(PASS, "normal forms agree")
        d1, d2 = sp.expand(_eq_residual(prev)), sp.expand(_eq_residual(cur))
        if is_zero(d1, thorough=False) is True:
            return CheckOutcome(
                FAIL, "the previous equation is an identity; nothing follows from it"
            )
        if is_zero(d2, thorough=False) is True:
            if relation == "=>":
                return CheckOutcome(PASS, "the written equation is an identity")
            return CheckOutcome(
                FAIL,
                "the written equation holds identically but the previous one does not: only '=>' follows",
            )
        q = sp.cancel(sp.together(d2 / d1))
        num, den = sp.fraction(q)
        finite = den.is_nonzero or (den.free_symbols == set() and den != 0)
        nonzero = num.is_nonzero or (num.free_symbols == set() and num != 0)
        if relation == "=>" and finite:
            return CheckOutcome(PASS, f"written residual = ({q}) * previous residual")
        if relation == "<=>" and finite and nonzero:
            return CheckOutcome(
                PASS, f"written residual = ({q}) * previous residual, factor non-zero"
            )
        return CheckOutcome(FAIL, f"residual ratio {q} not shown finite and non-zero")
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"symbolic pipeline failed: {type(exc).__name__}: {exc}")
