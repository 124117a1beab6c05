"""The numeric check: both lines evaluated at the random points of a sampling ``Context``.

Rewrites are compared value by value; equation steps by solving one equation
for the unknown and evaluating the other's residual there (both ways for
``<=>``). A disagreement comes back as a counterexample.
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy as sp
from sympy.core.function import AppliedUndef

from .._report import FAIL, PASS, SKIP, CheckOutcome
from . import _branches, _sampling  # NAMES9: _branches
from ._matrix_eval import Mat
from ._matrix_expr import ArgMax, is_matrix_valued
from ._matrix_sampling import concrete_shape, draw_matrix
from ._rng import Rng

#: The one documented reason a numeric check may be skipped on a proved step: the
#: lines use arbitrary functions (``f``, ``g`` of a general identity), which have no
#: values. Any other skip leaves the step unproved.
NOT_POSSIBLE = "not possible: the lines use arbitrary functions"

#: An equation step whose equations have no root the search finds inside the
#: domains: nothing to test; a symbolic proof of the step stands on its own.
NO_ROOT = "no numeric root of the equation was found to test"


def numeric_check(
    prev: sp.Basic,
    cur: sp.Basic,
    relation: str,
    ctx: _sampling.Context,
    unknown: sp.Symbol | None,
    *,
    real_analysis: bool = False,
) -> tuple[CheckOutcome, dict | None]:
    """Compare the lines at the context's points; a disagreement is a counterexample.

    A counterexample is a point where the previous line is defined and real
    and the written line differs from it (or is not real). A point where the
    previous line is not real (``log`` of a negative number) lies outside its
    real domain: agreement there counts, a disagreement (another branch) is no
    counterexample. Where either line is undefined, the step needs a condition
    the natural-domain check lists; the point is skipped.

    ``real_analysis`` (a post or a derivation file, whose author declares little): a
    point where the written line is not real only because a symbol whose domain
    nobody declared took a value there (p_i < 0 in sum x_i log p_i) is outside the
    written line's domain, not a counterexample: the step then needs that line's
    natural-domain condition (p_i > 0), which the report lists as open. Where every
    symbol of the written line has a declared domain, such a point still refutes.
    """
    undefined = sorted({str(f.func) for f in (prev.atoms(AppliedUndef) | cur.atoms(AppliedUndef))})
    if undefined:
        return CheckOutcome(SKIP, f"{NOT_POSSIBLE} ({', '.join(undefined)})"), None
    try:
        if relation in ("<=>", "=>"):
            return _numeric_equation(prev, cur, relation, ctx, unknown)
        if isinstance(prev, ArgMax) or isinstance(cur, ArgMax):
            return _numeric_argmax(prev, cur, ctx)
        pairs = (
            [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
            if isinstance(prev, sp.Equality)
            else [(prev, cur)]
        )
        n = 0
        outside = 0
        symmetric_only = 0
        for k, pt in enumerate(ctx.points):
            for a, b in pairs:
                same, va, vb = ctx.agree(a, b, k)
                if va is None or vb is None:
                    missing = _missing(ctx, a if va is None else b, k)
                    return CheckOutcome(SKIP, f"cannot evaluate: no values for {missing}"), None
                if not (_sampling.defined(va) and _sampling.defined(vb)):
                    outside += 1  # a line is undefined here: a domain condition's business
                    continue
                if not same and not _real(va):
                    # The previous line is not real here: the point is outside its real
                    # domain, so a disagreement (another branch of a log or a root) is
                    # no counterexample. Agreement still counts.
                    outside += 1
                    continue
                if not same and real_analysis and not _real(vb) and _undeclared(b, ctx):
                    outside += 1  # outside the written line's domain, which is open
                    continue
                if not same and _symmetric_parts_agree(va, vb, a, b, ctx):
                    symmetric_only += 1
                    continue
                if not same and real_analysis and _agree_with_unstated_signs(a, b, ctx, k):
                    outside += 1  # sqrt(alpha^2) = alpha where nothing states alpha's sign
                    continue
                if not same:
                    ce = pt.describe(a, b)
                    ce.update({"previous": _plain(va), "written": _plain(vb)})
                    return CheckOutcome(FAIL, f"differ at {ce}"), ce
                n += 1
        if symmetric_only:
            return CheckOutcome(SKIP, _SYMMETRIC_ONLY), None
        if n == 0:
            return CheckOutcome(
                SKIP, "no point of the domain where both lines are defined and real"
            ), None
        note = f" ({outside} point(s) outside the lines' domain skipped)" if outside else ""
        return CheckOutcome(PASS, f"{n} random evaluations agree to 1e-18{note}"), None
    except Exception as exc:  # noqa: BLE001
        return CheckOutcome(SKIP, f"numeric evaluation failed: {type(exc).__name__}: {exc}"), None


#: Digits of the fine probe, and the relative difference it must see at both.
FINE_DPS = (100, 200)
FINE_RTOL = 1e-80


def fine_probe(
    prev: sp.Basic, cur: sp.Basic, ctx: _sampling.Context
) -> tuple[CheckOutcome, dict | None] | None:
    """A difference too small for the 30-digit comparison, or None.

    For a rewrite the numbers could not tell from an identity and sympy could not
    prove (``N/S * 1/(1 + 10^{-50}) = N/S``): both lines at 100 and at 200 digits.
    A difference above ``FINE_RTOL`` (relative) that is the same at both precisions
    is a property of the lines, not of rounding, which shrinks with the precision
    (a true identity's difference goes from about 1e-95 to 1e-195). Only lines
    without decimals: a written decimal is rounded on purpose.
    """
    if prev.atoms(sp.Float) or cur.atoms(sp.Float) or is_matrix_valued(prev):
        return None
    pairs = (
        [(prev.lhs, cur.lhs), (prev.rhs, cur.rhs)]
        if isinstance(prev, sp.Equality)
        else [(prev, cur)]
    )
    lo, hi = FINE_DPS
    for k, pt in enumerate(ctx.points[:2]):
        for a, b in pairs:
            with mpmath.workdps(lo):
                va, vb = ctx.precise(a, k, lo), ctx.precise(b, k, lo)
                if not (_sampling.defined(va) and _sampling.defined(vb)) or not _real(va):
                    continue
                if not _real(vb):
                    # The 30-digit check reached here, so it did not take this point for a
                    # counterexample: the written line is outside its real domain there
                    # (log B(a, b) at a point where B < 0), not a line that differs.
                    continue
                d1 = abs(va - vb) / max(abs(va), abs(vb), mpmath.mpf(10) ** -(lo // 2))
                if d1 <= FINE_RTOL:
                    continue
            if _agree_with_unstated_signs(a, b, ctx, k):
                continue  # the 30-digit check skipped this point for that reason
            with mpmath.workdps(hi):
                wa, wb = ctx.precise(a, k, hi), ctx.precise(b, k, hi)
                if not (_sampling.defined(wa) and _sampling.defined(wb)):
                    continue
                d2 = abs(wa - wb) / max(abs(wa), abs(wb), mpmath.mpf(10) ** -(lo // 2))
                if d2 <= FINE_RTOL or abs(d1 - d2) > 1e-3 * d2:
                    continue
            ce = pt.describe(a, b)
            ce.update(
                {
                    "previous": mpmath.nstr(wa, 60),
                    "written": mpmath.nstr(wb, 60),
                    "note": f"the lines differ by a relative {mpmath.nstr(d2, 3)}, "
                    f"the same at {lo} and {hi} digits",
                }
            )
            return CheckOutcome(FAIL, f"differ at {lo} and {hi} digits at {ce}"), ce
    return None


_SYMMETRIC_ONLY = (
    "the lines are derivatives by a symmetric matrix that differ only in their "
    "antisymmetric part, which the symmetry leaves undetermined (two formulas equal on "
    "symmetric matrices have gradients that differ so): no counterexample, no proof"
)


def _symmetric_parts_agree(va: Any, vb: Any, a: sp.Basic, b: sp.Basic, ctx: Any) -> bool:
    """``va + va^T = vb + vb^T`` for the values of derivatives by a symmetric matrix.

    A derivative by ``X`` is taken with the entries of ``X`` varying independently;
    for a symmetric ``X`` only its symmetric part is determined by the function on
    symmetric matrices, so a disagreement confined to the antisymmetric part is no
    counterexample to a line that uses the symmetry.
    """
    if not (isinstance(va, Mat) and isinstance(vb, Mat)) or va.shape != vb.shape:
        return False
    if va.shape[0] != va.shape[1]:
        return False
    by = {
        v
        for line in (a, b)
        for d in line.atoms(sp.Derivative)
        for v in d.variables
        if isinstance(v, sp.MatrixSymbol) and v.shape == v.T.shape
    }
    if not by or not all(ctx.domains.symmetric(v) for v in by):
        return False

    def sym(m: Mat) -> Mat:
        n = m.shape[0]
        return Mat([[m.data[i][j] + m.data[j][i] for j in range(n)] for i in range(n)])

    return _sampling.close(sym(va), sym(vb), ctx.settings.rtol)


def _even_root(e: sp.Basic) -> bool:
    """Does ``e`` hold an even root (``sqrt``, a power ``1/2``, ``3/4``)? An absolute value
    is written on purpose (``sign(x) |x| = x`` planted false, adversarial set 23): not one."""
    return any(
        isinstance(p.exp, sp.Rational) and not p.exp.is_integer and p.exp.q % 2 == 0
        for p in e.atoms(sp.Pow)
    )


def _agree_with_unstated_signs(a: sp.Basic, b: sp.Basic, ctx: _sampling.Context, k: int) -> bool:
    """external50 wald-mean: the previous line ``a`` holds an even root (``\\sqrt{\\alpha^2
    \\gamma^2}``) and the lines disagree at point ``k``, where some symbols whose sign nothing
    declares or infers are negative; with those symbols at their absolute values the lines
    agree. The written line takes a sign the post does not state (``\\alpha\\gamma``): no
    counterexample. A line that differs at the positive values too is still refuted there.
    A symbol whose domain allows both signs only by inference (external52 gmjw: tau != 0,
    from a denominator) counts as unstated; one the post itself declares with both signs
    (``a \\in \\mathbb{R}``, "a is any real number") has its sign stated: a negative value
    is a counterexample (adversarial37/44: ``\\sqrt{a^2\\sigma^2} = |a|\\sigma``)."""
    if not _even_root(a) or is_matrix_valued(a):
        return False
    pt = ctx.points[k]
    flips = {}
    for s in a.free_symbols | b.free_symbols:
        if not isinstance(s, sp.Symbol):
            continue
        # A domain that allows both signs (tau != 0, inferred from a denominator) states
        # none; the absolute value must still be a value the domain allows.
        allowed = ctx.domains.interval(s)
        if allowed.nonnegative or allowed.nonpositive or s in ctx.domains.declared:
            continue
        v = pt.values.get(s)
        if v is not None and getattr(v, "is_real", False) and v < 0 and allowed.contains(-v):
            flips[s] = -v
    if not flips:
        return False
    try:
        env = _sampling._Env(pt, flips)
        va = _sampling._value(ctx.concretized(a, k), env, _sampling.CAREFUL_DPS, {})
        vb = _sampling._value(ctx.concretized(b, k), env, _sampling.CAREFUL_DPS, {})
    except Exception:  # noqa: BLE001 - a line that cannot be evaluated there decides nothing
        return False
    return _sampling.defined(va) and _sampling.defined(vb) and _sampling.close(va, vb)


def _undeclared(e: sp.Basic, ctx: _sampling.Context) -> bool:
    """Does ``e`` use a symbol or sample whose sign nothing declares or infers?"""
    bases = {x.base for x in e.atoms(sp.Indexed)}
    labels = {b.label for b in bases}
    names = [s for s in e.free_symbols if isinstance(s, sp.Symbol) and s not in labels]
    k = sp.Dummy("k", integer=True)
    for s in [*names, *bases]:
        if ctx.domains.domain_of(s) is not None:
            continue
        probe = s[k] if isinstance(s, sp.IndexedBase) else s
        if probe.is_nonnegative or probe.is_nonpositive:
            continue
        return True
    return False


def _missing(ctx: _sampling.Context, e: sp.Basic, k: int) -> str:
    c = ctx.concretized(e, k)
    labels = {i.base.label for i in c.atoms(sp.Indexed)}
    names = sorted(
        {str(s) for s in c.free_symbols if s not in ctx.points[k].values and s not in labels}
    )
    derivs = sorted({str(d) for d in c.atoms(sp.Derivative)})
    return ", ".join(names + derivs) or "a part without a numeric value"


_real = _sampling.is_real


def _plain(v: sp.Basic) -> float | str | list:
    """A float, or the complex value as text when the imaginary part matters (a matrix:
    nested lists of those)."""
    if isinstance(v, Mat):
        return v.tolist()
    c = complex(v)
    if abs(c.imag) > 1e-12 * max(1.0, abs(c.real)):
        return str(c)
    return c.real


def _bounds(f: sp.Basic) -> set:
    """The symbols in the limits of the sum or product ``f``."""
    return {s for _, *ends in f.limits for e in ends for s in e.free_symbols}


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
    # A sum's bound counts its terms (T in sum_{t=3}^{T}): a whole number, never a root
    # of a real equation (T = -1000 "solved" (T - 2) a = sum_{t=3}^{T} x_t).
    labels |= {s for x in (r1, r2) for f in x.atoms(sp.Sum, sp.Product) for s in _bounds(f)}
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
    if unknown is None:  # NAMES9: a common factor divided out is not solved for
        candidates = [u for u in candidates if not _branches.divided_out(r1, r2, u)]
    points = ctx.points
    directions = [(r1, r2, "previous", "written")]
    if relation == "<=>":
        directions.append((r2, r1, "written", "previous"))
    if unknown is not None and isinstance(unknown, sp.MatrixSymbol):
        return _numeric_matrix_equation(directions, ctx, [unknown])
    if unknown is None and is_matrix_valued(r1):
        # A matrix equation without a declared unknown: each matrix of it in turn.
        found = sorted(r1.atoms(sp.MatrixSymbol), key=str)
        return _numeric_matrix_equation(directions, ctx, found)
    checked = 0
    picked = ""
    for k, pt in enumerate(points):
        for src, dst, src_name, dst_name in directions:
            csrc, cdst = ctx.concretized(src, k), ctx.concretized(dst, k)
            for u in candidates:
                # An equation that holds identically is solved by the point's own
                # value of the unknown; root finding would find nothing to test.
                own = (
                    _sampling.residual(csrc, pt, {u: pt.values[u]}, zero, confirm=False)
                    if u in pt.values
                    else None
                )
                if own is not None and own <= zero and _vanishes(csrc, pt, u, own):
                    root = pt.values[u]
                else:
                    root = _sampling.find_root(csrc, u, pt, ctx.domains, ctx.shared(k))
                if root is None:
                    continue
                value = _sampling.residual(cdst, pt, {u: root}, zero)
                if value is None or (
                    value > zero
                    and (
                        _at_a_pole(cdst, pt, u, root, zero)
                        or _branches.real_root_meant(cdst, pt, u, root)
                    )
                ):
                    continue  # the other equation is undefined there: a domain condition
                checked += 1
                if value > zero and not _negligible(cdst, pt, u, root, value):
                    # NAMES9: tan mu = c -> mu = arctan c picks a branch (see _branches);
                    # theta^2 = 4 -> theta = -2 picks one of the solutions
                    branch = _branches.principal_branch(
                        csrc, cdst, pt, u, zero, ctx.domains, ctx.shared(k)
                    )
                    if branch is not None:
                        return CheckOutcome(SKIP, branch), None
                    if src_name == "previous" and (
                        pick := _branches.picked_solution(
                            csrc, cdst, pt, u, zero, ctx.domains, ctx.shared(k)
                        )
                    ):
                        # (the written line picks; read back, a picked line is no pick).
                        # Other points are still tried: at a degenerate one (one sample,
                        # where the line above holds for every slope) a wrong line "picks"
                        picked = pick
                        break
                    ce = pt.describe(src, dst)
                    ce.update(
                        {
                            str(u): _plain(root),
                            f"{dst_name}_residual": value,
                            "note": f"{u} solves the {src_name} equation",
                        }
                    )
                    return CheckOutcome(
                        FAIL,
                        f"the {src_name} equation holds but the {dst_name} one does not at {ce}",
                    ), ce
                break
    if picked:
        return CheckOutcome(SKIP, picked), None
    if checked == 0:
        return CheckOutcome(SKIP, NO_ROOT), None
    return CheckOutcome(PASS, f"{checked} roots of one equation satisfy the other"), None


def _negligible(cdst: sp.Basic, pt: Any, u: Any, root: Any, value: float) -> bool:
    """Is a residual above ``zero`` at a root only the root's own rounding?

    The root is found to some 30 digits; where the other line is steep (a likelihood
    of size 1e20 near its maximum), its value there is 1e-12, not 0, though both lines
    vanish at the exact root. A millionth of the root away on either side the line is
    then a million times larger than at the root; where the two equations have
    different roots, it is about the same size there.
    """
    step = max(abs(root), 1) * 1e-6
    near = [_sampling.residual(cdst, pt, {u: root + s}, 0.0) for s in (-step, step)]
    if any(v is None for v in near):
        return False
    return value * 1e6 <= max(near)


def _at_a_pole(cdst: sp.Basic, pt: Any, u: Any, root: Any, zero: float) -> bool:
    """Does a denominator of the other equation vanish at the root?

    Multiplying ``c = (a + m)/(a/m + 1)`` out by its denominator adds the root
    ``a = -m``, where the line above is 0/0. The root is found to some 30 digits, a
    hair away from the pole, where the line has its limit and looks defined: a
    correct row was refuted there. At the root such a line is undefined, as at any
    point outside its domain.
    """
    bases = {b.base for b in cdst.atoms(sp.Pow) if b.exp.is_negative and b.base.has(u)}
    return any(
        (v := _sampling.residual(b, pt, {u: root}, zero, confirm=False)) is not None and v <= zero
        for b in bases
    )


def _vanishes(csrc: sp.Basic, pt: Any, u: Any, fast: float) -> bool:
    """Is a residual below the absolute ``zero`` a zero, not a small number?

    ``d/d beta [beta^(-3n) e^(-S/beta) / Gamma(27)]`` is about 1e-27 at every beta: below
    the threshold, it looked like an equation that holds identically, the point's own
    beta was taken for a root, and a correct next row was refuted there. A zero of
    rounding shrinks when the line is evaluated with more digits; a small value does not.
    """
    if fast == 0:
        return True
    careful = _sampling.residual(csrc, pt, {u: pt.values[u]}, 0.0)
    return careful is not None and careful <= fast * 1e-6


def _numeric_matrix_equation(directions, ctx, unknowns):
    """Equation steps in a matrix unknown: a root of one equation must solve the other.

    At each point the root search first takes one Newton step in each direction
    (an equation affine in the unknown is solved by it); a direction that needs
    more starts again from the root the other direction found, which for a true
    ``<=>`` step is a root already.
    """
    zero = ctx.settings.zero
    checked = 0
    searches = [2]  # full root searches from no root at all, for the whole step
    for k, pt in enumerate(ctx.points):
        for unknown in unknowns:
            before = checked
            outcome = _matrix_roots_at(directions, ctx, k, pt, unknown, zero, searches)
            if isinstance(outcome, tuple):
                return outcome
            checked += outcome
            if checked > before:
                break
    if checked == 0:
        return CheckOutcome(SKIP, NO_ROOT), None
    return CheckOutcome(PASS, f"{checked} roots of one equation satisfy the other"), None


def _matrix_roots_at(directions, ctx, k, pt, unknown, zero, searches):
    """Roots tested at point ``k`` (a count), or a failing outcome.

    A direction that one Newton step does not solve is searched again from the
    root the other direction found; from nothing (a damped search of 16 steps)
    only ``searches`` times for the whole step, as they are costly.
    """
    checked = 0
    found = None
    pending = []
    for attempt in (1, 16):
        todo = directions if attempt == 1 else pending
        for src, dst, src_name, dst_name in list(todo):
            if attempt > 1 and found is None:
                if searches[0] <= 0:
                    continue
                searches[0] -= 1
            csrc, cdst = ctx.concretized(src, k), ctx.concretized(dst, k)
            root = _sampling.find_matrix_root(csrc, unknown, pt, ctx.domains, found, attempt)
            if root is None:
                if attempt == 1:
                    pending.append((src, dst, src_name, dst_name))
                continue
            found = root
            value = _sampling.residual(cdst, pt, {unknown: root}, zero)
            if value is None:
                continue
            checked += 1
            if value > zero:
                ce = pt.describe(src, dst)
                ce.update(
                    {
                        str(unknown): _plain(root),
                        f"{dst_name}_residual": value,
                        "note": f"{unknown} solves the {src_name} equation",
                    }
                )
                return CheckOutcome(
                    FAIL,
                    f"the {src_name} equation holds but the {dst_name} one does not at {ce}",
                ), ce
    return checked


#: Values of the variables at which two argmax objectives are compared, per point.
ARGMAX_VALUES = 4


def _numeric_argmax(a: sp.Basic, b: sp.Basic, ctx: _sampling.Context):
    """``argmax f = argmax g``: do ``f`` and ``g`` order random values of the variables alike?

    If ``g`` is an increasing function of ``f`` (``log f``, ``f`` plus a constant)
    they order every pair of values the same way, and have the same argmax.
    Agreement at every point is the numeric evidence; a different ordering is
    no counterexample (two objectives can share their maximiser and disagree
    elsewhere), so it leaves the step without numeric support.
    """
    if not (isinstance(a, ArgMax) and isinstance(b, ArgMax)):
        return CheckOutcome(SKIP, "an argmax is compared only with an argmax"), None
    if set(a.variables) != set(b.variables):
        return CheckOutcome(SKIP, "the two argmaxes are over different variables"), None
    compared = 0
    for k, pt in enumerate(ctx.points):
        fa, fb = ctx.concretized(a, k).objective, ctx.concretized(b, k).objective
        values = []
        for j in range(ARGMAX_VALUES):
            at = _argmax_values(a.variables, pt, ctx, j)
            if at is None:
                return CheckOutcome(SKIP, "no random values for the argmax's variables"), None
            env = _sampling._Env(pt, at)
            try:
                va = _sampling.evaluate(fa, env, _sampling.PREC)
                vb = _sampling.evaluate(fb, env, _sampling.PREC)
            except (ZeroDivisionError, OverflowError, ValueError, TypeError):
                continue
            if _sampling.defined(va) and _sampling.defined(vb) and _real(va) and _real(vb):
                values.append((mpmath.re(va), mpmath.re(vb)))
        if len(values) < 2:
            continue
        for i in range(len(values)):
            for j in range(i + 1, len(values)):
                if _sign(values[i][0], values[j][0]) != _sign(values[i][1], values[j][1]):
                    return CheckOutcome(
                        SKIP,
                        "the two objectives order random values of the variables differently; "
                        "their argmaxes are not compared numerically",
                    ), None
        compared += 1
    if compared == 0:
        return CheckOutcome(SKIP, "no point where both objectives are defined"), None
    return CheckOutcome(
        PASS,
        f"the two objectives order {ARGMAX_VALUES} random values of "
        f"{', '.join(str(v) for v in a.variables)} alike at {compared} points "
        "(an increasing function of each other: one argmax)",
    ), None


def _sign(x, y) -> int:
    diff = x - y
    # relative to the values themselves: a likelihood may be 1e-40 and still order
    if abs(diff) <= mpmath.mpf(10) ** -20 * max(abs(x), abs(y)):
        return 0
    return 1 if diff > 0 else -1


def _argmax_values(variables, pt, ctx, j: int) -> dict | None:
    rng = Rng([pt.seed, 4099, j])
    out = {}
    for v in variables:
        dom = ctx.domains.domain_of(v)
        if isinstance(v, sp.MatrixSymbol):
            try:
                shape = concrete_shape(v, pt.values)
            except ValueError:
                return None
            kind = getattr(dom, "matrix", None)
            out[v] = draw_matrix(shape, kind, pt.seed + 31 * j + 1, str(v.name))
        elif isinstance(v, sp.Symbol):
            out[v] = _sampling._draw(ctx.domains.interval(v), dom, rng, pt.values, ctx.domains)
        else:
            return None
    return out
