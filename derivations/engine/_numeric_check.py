"""The numeric check: both lines evaluated at the random points of a sampling ``Context``.

Rewrites are compared value by value; equation steps by solving one equation
for the unknown and evaluating the other's residual there (both ways for
``<=>``). A disagreement comes back as a counterexample.
"""

from __future__ import annotations

import sympy as sp

from .._report import FAIL, PASS, SKIP, CheckOutcome
from . import _sampling


def numeric_check(
    prev: sp.Basic, cur: sp.Basic, relation: str, ctx: _sampling.Context, unknown: sp.Symbol | None
) -> tuple[CheckOutcome, dict | None]:
    try:
        if relation in ("<=>", "=>"):
            return _numeric_equation(prev, cur, relation, ctx, unknown)
        pairs = (
            [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
            if isinstance(prev, sp.Equality)
            else [(prev, cur)]
        )
        n = 0
        for k, pt in enumerate(ctx.points):
            for a, b in pairs:
                same, va, vb = ctx.agree(a, b, k)
                if not (va.is_number and vb.is_number):
                    left = sorted(map(str, (va.free_symbols | vb.free_symbols)))
                    return CheckOutcome(
                        SKIP, f"cannot evaluate: no values for {', '.join(left)}"
                    ), None
                if not same:
                    ce = pt.describe()
                    ce.update({"previous": _plain(va), "written": _plain(vb)})
                    return CheckOutcome(FAIL, f"differ at {ce}"), ce
                n += 1
        return CheckOutcome(PASS, f"{n} random evaluations agree to 1e-18"), None
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"numeric evaluation failed: {type(exc).__name__}: {exc}"), None


def _plain(v: sp.Basic) -> float | str:
    """A float, or the complex value as text when the imaginary part matters."""
    c = complex(v)
    if abs(c.imag) > 1e-12 * max(1.0, abs(c.real)):
        return str(c)
    return c.real


def _numeric_equation(prev, cur, relation, ctx, unknown):
    r1 = sp.Add(prev.lhs, -prev.rhs, evaluate=False)
    r2 = sp.Add(cur.lhs, -cur.rhs, evaluate=False)
    # Without a declared unknown, try the parameters: not sample sizes, and not
    # the labels of indexed samples (x in x[n]), whatever they are called.
    # A residual counts as zero below settings.zero: the root is found to 30 digits
    # and the residual is evaluated with accuracy tracking, so true zeros come out
    # near 1e-25.
    zero = ctx.settings.zero
    labels = {i.base.label for i in r1.atoms(sp.Indexed)}
    candidates = (
        [unknown]
        if unknown is not None
        else sorted(
            (
                s
                for s in r1.free_symbols
                if isinstance(s, sp.Symbol)
                and not (s.is_integer and s.is_positive)
                and s not in labels
            ),
            key=str,
        )
    )
    points = ctx.points
    directions = [(r1, r2, "previous", "written")]
    if relation == "<=>":
        directions.append((r2, r1, "written", "previous"))
    checked = 0
    for k, pt in enumerate(points):
        for src, dst, src_name, dst_name in directions:
            csrc, cdst = ctx.concretized(src, k), ctx.concretized(dst, k)
            for u in candidates:
                # An equation that holds identically is solved by the point's own
                # value of the unknown; root finding would find nothing to test.
                if u in pt.values and _sampling.residual(csrc, pt, {}, zero, confirm=False) <= zero:
                    root = pt.values[u]
                else:
                    root = _sampling.find_root(csrc, u, pt)
                if root is None:
                    continue
                value = _sampling.residual(cdst, pt, {u: root}, zero)
                checked += 1
                if value > zero:
                    ce = pt.describe()
                    ce.update(
                        {
                            str(u): float(root),
                            f"{dst_name}_residual": value,
                            "note": f"{u} solves the {src_name} equation",
                        }
                    )
                    return CheckOutcome(
                        FAIL,
                        f"the {src_name} equation holds but the {dst_name} one does not at {ce}",
                    ), ce
                break
    if checked == 0:
        return CheckOutcome(SKIP, "no numeric root of the equation was found to test"), None
    return CheckOutcome(PASS, f"{checked} roots of one equation satisfy the other"), None
