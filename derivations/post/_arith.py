"""Arithmetic the reader weighs itself: numbers against the digits written, and signs.

``\\hat{\\sigma} = \\sqrt{87.26/10} = 2.954`` is right to the three decimals it
shows, though not exactly; ``\\log((1/2)^{10^9}) \\approx -301029995.6\\ldots``
is wrong (the natural logarithm gives -693147180.6). The engine compares
exactly, so links between constants where one side is a rounded decimal (or
the relation is ``\\approx``) are compared here, to half a unit of the last
digit written (one unit when the decimal is cut off with ``\\ldots``).

Evaluation is bounded: :func:`evaluate` walks the expression itself with
mpmath at 30 digits, and gives up on anything it does not know, on more than
:data:`MAX_NODES` nodes and on powers whose exponent is beyond
:data:`MAX_EXPONENT` - text cannot make it expensive. Integrals, limits and the special
functions are the engine's to evaluate (its numeric check's evaluator), each under a CPU-time
limit.
"""

from __future__ import annotations

import math
import re

import mpmath
import sympy as sp

from ._tosympy import evaluating

MAX_NODES = 400
MAX_EXPONENT = 10**10
_PREC = 40


class _GiveUp(Exception):
    pass


def constant(e: sp.Basic) -> bool:
    """An expression of numbers only (no symbols, no sums over symbols)."""
    return isinstance(e, sp.Basic) and not e.free_symbols and not e.atoms(sp.Indexed)


def evaluate(e: sp.Basic) -> mpmath.mpf | None:
    """The value of a constant expression to 30 digits, or None (unknown node, too large)."""
    if node_count(e, MAX_NODES + 1) > MAX_NODES:
        return None
    try:
        with mpmath.workdps(_PREC):
            v = _ev(e)
            if isinstance(v, mpmath.mpc):
                if abs(v.imag) > mpmath.mpf(10) ** -25 * max(1, abs(v.real)):
                    return None
                v = v.real
            return mpmath.mpf(v)
    except (_GiveUp, ValueError, ZeroDivisionError, OverflowError, TypeError):
        return None


def _ev(e: sp.Basic):  # noqa: C901 - one branch per kind of node, nothing clever
    if isinstance(e, sp.Integer):
        return mpmath.mpf(int(e))
    if isinstance(e, sp.Rational):
        return mpmath.mpf(int(e.p)) / int(e.q)
    if isinstance(e, sp.Float):
        return mpmath.mpf(str(e))
    if e is sp.pi:
        return mpmath.pi
    if e is sp.E:
        return mpmath.e
    if isinstance(e, sp.Add):
        return mpmath.fsum(_ev(a) for a in e.args)
    if isinstance(e, sp.Mul):
        out = mpmath.mpf(1)
        for a in e.args:
            out *= _ev(a)
        return out
    if isinstance(e, sp.Pow):
        b = _ev(e.base)
        x = _ev(e.exp)
        if abs(x) > MAX_EXPONENT:
            raise _GiveUp
        if b < 0 and x != mpmath.floor(x):
            raise _GiveUp
        return mpmath.power(b, x)
    if isinstance(e, sp.log):
        arg = _ev(e.args[0])
        if arg <= 0:
            raise _GiveUp
        if len(e.args) == 2:
            return mpmath.log(arg) / mpmath.log(_ev(e.args[1]))
        return mpmath.log(arg)
    if isinstance(e, sp.exp):
        x = _ev(e.args[0])
        if abs(x) > MAX_EXPONENT:
            raise _GiveUp
        return mpmath.exp(x)
    if isinstance(e, sp.factorial):
        x = _ev(e.args[0])
        if x < 0 or x > MAX_EXPONENT:
            raise _GiveUp
        return mpmath.factorial(x)
    if isinstance(e, sp.binomial):
        return mpmath.binomial(_ev(e.args[0]), _ev(e.args[1]))
    if isinstance(e, sp.Abs):
        return abs(_ev(e.args[0]))
    if isinstance(e, sp.Piecewise):
        piece = _piece(e)
        if piece is sp.nan:
            raise _GiveUp
        return _ev(piece)
    if isinstance(e, _ENGINE_NODES):
        return _by_the_engine(e)
    if isinstance(e, sp.Integral):
        return _exact_integral(e)
    raise _GiveUp


def _exact_integral(e: sp.Integral):
    """The value of a definite integral of numbers whose integrand is a kernel the engine
    knows exactly (``engine._integrals.kernel``: Beta, Gamma and Gaussian kernels) where it
    converges; _GiveUp for any other (catch65). No quadrature: one can miss a far bump
    (adversarial7/54) or round a tail to nothing (``\\int_{-20}^{20} \\phi = 1``)."""
    from .._forms import evaluated
    from ..engine._integrals import MAX_KERNEL_NUMBER, kernel

    if len(e.limits) != 1 or len(e.limits[0]) != 3 or e.free_symbols:
        raise _GiveUp
    x, lo, hi = e.limits[0]
    with evaluating(True):  # the rows are built unevaluated; the kernel's algebra is not
        lo, hi, body = evaluated(lo), evaluated(hi), e.function
        if lo == 0:
            # over (0, ...) the variable is positive: (z^2/2)^{-1/2} is sqrt(2)/z there
            t = sp.Dummy("t", positive=True)
            body, x = body.xreplace({x: t}), t
        found = kernel(evaluated(body), x, lo, hi, squares=True)
        if found is None:
            raise _GiveUp
        c, kind, a, b = found
        if any(not v.is_number or abs(v) > MAX_KERNEL_NUMBER for v in (a, b)):
            raise _GiveUp
    va, vb = _ev(a), _ev(b)
    if not (va > 0 and vb > 0):
        raise _GiveUp  # diverges
    value = mpmath.beta(va, vb) if kind == "beta" else mpmath.gamma(va) / vb**va
    return _ev(c) * value


#: The reason of an exact claim whose numbers agree to every digit evaluated, through a
#: quadrature: no proof, but a value a row after it can be weighed against (._verdicts).
DIGITS_EQUAL = f"equal to the {_PREC} digits evaluated"

#: Nodes whose value comes from the engine's evaluator (catch64: Gamma(1/2), Beta(3/2, 3/2),
#: cos(49/25), ``(-e^{-r^2}/2)|_0^oo``).
_ENGINE_NODES = (  # not Integral (exact kernels only, _exact_integral): a quadrature can miss
    # a far bump (adversarial7/54)
    sp.Limit,
    sp.gamma,
    sp.beta,
    sp.loggamma,
    sp.digamma,
    sp.sin,
    sp.cos,
    sp.tan,
    sp.atan,
    sp.erf,
)
#: CPU seconds one such node may take.
ENGINE_SECONDS = 1.0


def _by_the_engine(e: sp.Basic):
    """The value of ``e`` from the engine's numeric evaluator (``engine._evaluate``), the one
    the numeric check uses, for the nodes of :data:`_ENGINE_NODES` only (an integral is not one:
    ``_ev`` gives up on it): a limit by sympy's; functions by mpmath, at arguments the engine
    bounds. Under a CPU-time
    limit of :data:`ENGINE_SECONDS`; no value (``_GiveUp``) for anything it cannot give."""
    from .. import _budget
    from ..engine._evaluate import NotEvaluable, TooExpensive
    from ..engine._evaluate import evaluate as engine_value
    from ..engine._integrals import Unresolved

    if e.free_symbols:
        raise _GiveUp
    try:
        with _budget.time_limit(ENGINE_SECONDS), evaluating(True):
            v = engine_value(e, {}, dps=_PREC)
    except (NotEvaluable, TooExpensive, Unresolved, _budget.StepTimeout):
        raise _GiveUp from None
    except (ArithmeticError, ValueError, TypeError, NotImplementedError):
        raise _GiveUp from None
    if not isinstance(v, (mpmath.mpf, mpmath.mpc)) or not mpmath.isfinite(v):
        raise _GiveUp
    return v


def _piece(e: sp.Piecewise) -> sp.Basic:
    """The piece of a constant ``Piecewise`` whose condition holds (a function the post
    defines on a range, read at a number: ``._density_range``); _GiveUp when a condition
    is on a boundary the digits cannot settle or is not a comparison of numbers."""
    for piece, cond in e.args:
        if _holds(cond):
            return piece
    raise _GiveUp


def _holds(cond: sp.Basic) -> bool:
    if cond == sp.true:
        return True
    if cond == sp.false:
        return False
    if isinstance(cond, sp.And):
        return all(_holds(c) for c in cond.args)
    if isinstance(cond, sp.Or):
        return any(_holds(c) for c in cond.args)
    if not isinstance(cond, (sp.Lt, sp.Le, sp.Gt, sp.Ge)):
        raise _GiveUp
    lhs, rhs = cond.args
    if isinstance(lhs, sp.Rational) and isinstance(rhs, sp.Rational):
        a, b = lhs, rhs  # exact, boundaries included
    else:
        a, b = _ev(lhs), _ev(rhs)
        if abs(a - b) <= mpmath.mpf(10) ** -25 * max(1, abs(a)):
            raise _GiveUp  # on the boundary, to the digits: not decided
    # compared as numbers, not as sympy relations (the rows are planned unevaluated)
    return {sp.Lt: a < b, sp.Le: a <= b, sp.Gt: a > b, sp.Ge: a >= b}[cond.func]


def beyond_range(e: sp.Basic) -> bool:
    """Does the constant ``e`` read a function the post defines on a range at a number
    beyond it, where the post says no value (a ``Piecewise`` piece ``nan``)?

    The conditions are decided in :func:`evaluate`'s context (its digits and node bound), so a
    point on the edge of a range is read the same way here as in the row's value.
    """
    if node_count(e, MAX_NODES + 1) > MAX_NODES:
        return False
    with mpmath.workdps(_PREC):
        for p in e.atoms(sp.Piecewise):
            try:
                if _piece(p) is sp.nan:
                    return True
            except (_GiveUp, ValueError, ZeroDivisionError, OverflowError, TypeError):
                continue
    return False


def decimal_places(e: sp.Basic) -> int:
    """The most decimals a decimal number in ``e`` is written with (0 if none).

    Exponents (the 1/2 of a square root) are not written numbers and do not count.
    """
    with evaluating(True):
        return _decimal_places(e)


def _decimal_places(e: sp.Basic) -> int:
    exponents = {p.exp for p in e.atoms(sp.Pow)}
    places = 0
    for r in e.atoms(sp.Rational):
        if r.is_Integer or r in exponents:
            continue
        k = _places_of(r)
        if k is not None:
            places = max(places, k)
    return places


#: A decimal as written: ``0.370``, ``0{,}370`` (the decimal comma in braces).
_DECIMAL = re.compile(r"(?<![\d.])(\d*)(?:\.|\{,\})(\d+)(?![\d.])")


def written_places(text: str, e: sp.Basic) -> int:
    """The decimals of ``e`` as the row's text writes them: ``0.370`` claims three, though
    the number it parses to (37/100) has two. A number written with several paddings
    counts with the fewest (a claim read the lenient way is never refuted for it)."""
    with evaluating(True):
        # (a sign is no digit: -6.80 is the Rational -34/5 and the text's 6.80)
        values = {abs(r) for r in e.atoms(sp.Rational) - {p.exp for p in e.atoms(sp.Pow)}}
    seen: dict[sp.Rational, int] = {}
    for m in _DECIMAL.finditer(text[:100_000]):
        whole, frac = m.group(1) or "0", m.group(2)
        if len(whole) + len(frac) > 40:
            continue
        value = sp.Rational(int(whole + frac), 10 ** len(frac))
        if value in values:
            seen[value] = min(seen.get(value, len(frac)), len(frac))
    return max([decimal_places(e), *seen.values()])


def rounding_places(text: str, prev: sp.Basic, written: sp.Basic, approximate: bool) -> int:
    """The decimals a comparison of ``prev`` with ``written`` claims (negative: a unit of
    tens, hundreds...). The number written as a rounding may stand on either side: ``3.2
    \\approx \\pi`` claims one decimal (read from the right side only, pi's none, it was
    proved), and ``\\approx`` between two written numbers rounds the finer to the coarser
    (``3.1 \\approx 3.14``); ``=`` claims the digits on its right when it writes a number.
    Otherwise those of :func:`written_places`."""
    right, left = number_places(text, written), number_places(text, prev)
    if right is not None and left is not None and approximate:
        return min(right, left)
    if right is not None:
        return right
    if left is not None:
        return left
    return written_places(text, written)


def number_places(text: str, e: sp.Basic) -> int | None:
    """The decimals a side written as one number claims: ``3.14`` 2, ``0.370`` 3 (as the text
    writes it), ``1024`` 0, ``2.7 \\times 10^{-3}`` 4 and ``1.0 \\times 10^3`` -2 (a power of
    ten scales them); None for any other side: pi, a root, a fraction (exact values, which
    claim no digits), an expression."""
    scale = 0
    if _is_power_of_ten_times(e):
        mantissa, power = e.args
        scale, e = int(power.exp), mantissa
    if isinstance(e, sp.Mul) and len(e.args) == 2 and e.args[0] == -1:
        e = e.args[1]
    if not isinstance(e, sp.Rational):
        return None
    decimals = _written_decimals(text, abs(e))
    if decimals is not None:
        return decimals - scale
    return -scale if e.is_Integer else None


def _is_power_of_ten_times(e: sp.Basic) -> bool:
    """``m \\times 10^k`` as parsed: Mul(m, Pow(10, k)) with k a whole number."""
    return (
        isinstance(e, sp.Mul)
        and len(e.args) == 2
        and isinstance(e.args[1], sp.Pow)
        and e.args[1].base == 10
        and isinstance(e.args[1].exp, sp.Integer)
        and abs(int(e.args[1].exp)) <= 300
    )


def _written_decimals(text: str, value: sp.Rational) -> int | None:
    """The fewest decimals the text writes ``value`` with (``0.370``: 3), None when it is not
    written as a decimal there."""
    found = None
    for m in _DECIMAL.finditer(text[:100_000]):
        whole, frac = m.group(1) or "0", m.group(2)
        if len(whole) + len(frac) > 40:
            continue
        if sp.Rational(int(whole + frac), 10 ** len(frac)) == value:
            found = len(frac) if found is None else min(found, len(frac))
    return found


def _places_of(r: sp.Rational) -> int | None:
    """Decimals of a terminating decimal (None for 1/3)."""
    v = r
    for k in range(1, 25):
        v = v * 10
        if v.is_Integer:
            return k
    return None


def claims_exact(text: str, prev: sp.Basic, written: sp.Basic, approximate: bool) -> bool:
    """Does ``prev = written`` claim the two numbers equal exactly, not to digits? So it does
    when the row writes no decimal, neither side is a number written alone (``= 8`` after a
    computation in decimals may be rounded to units) and the line above holds no decimal
    (a rational over a power of ten). catch64: ``sqrt(2) int_0^oo e^{-z^2/2} z dz``
    (= 1.414) after a line worth sqrt(pi) (1.772) was "equal to the 0 decimal(s) written"."""
    if approximate or _DECIMAL.search(text[:100_000]):
        return False
    if number_places(text, prev) is not None or number_places(text, written) is not None:
        return False
    with evaluating(True):
        rationals = prev.atoms(sp.Rational) | written.atoms(sp.Rational)
        floats = prev.atoms(sp.Float) | written.atoms(sp.Float)
    return not floats and not any(r.q % 10 == 0 for r in rationals)


def approx_check(
    prev: sp.Basic,
    written: sp.Basic,
    approximate: bool,
    places: int | None = None,
    exact: bool = False,
) -> tuple[str, str, dict | None]:
    """Compare two constants to the digits written: (verdict, reason, counterexample).

    ``places``: the decimals the text writes (see :func:`written_places`); by default
    those of the parsed number. ``exact`` (:func:`claims_exact`): the row claims the numbers
    equal, to the digits evaluated (1e-20 of their size), not to a rounding."""
    if beyond_range(prev) or beyond_range(written):
        return (
            "unchecked",
            "reads a function the post defines on a range only at a number beyond it, where "
            "the post does not say its value",
            None,
        )
    a, b = evaluate(prev), evaluate(written)
    if a is None or b is None:
        return (
            "unchecked",
            "the numbers cannot be evaluated within the reader's limits "
            f"(at most {MAX_NODES} nodes, exponents up to {MAX_EXPONENT:.0e})",
            None,
        )
    places = decimal_places(written) if places is None else places
    tol = mpmath.mpf(10) ** (-places) * (1 if approximate else mpmath.mpf("0.5"))
    if exact:
        tol = mpmath.mpf(0)
    tol = max(tol, mpmath.mpf(10) ** -20 * max(1, abs(a)))
    diff = abs(a - b)
    # '\\approx': the value rounded to the digits written, in some direction (up, as a
    # sample size is, or down, or to the nearest), so less than one unit of the last digit
    # away; 10 \\approx 11 is no rounding of 10 (it was proved, one unit exactly). Only the
    # nearest rounding, within half a unit, is proved: sqrt 2 \\approx 2 and pi \\approx 4
    # round one way only (up), which is no proof of the number and no refutation either.
    if approximate and tol / 2 < diff < tol:
        return (
            "unchecked",
            f"{mpmath.nstr(a, 12)} rounds to {mpmath.nstr(b, 12)} only in one direction (up or "
            f"down, not to the nearest at {_digits(places)}): a rounding, not checked",
            None,
        )
    if not approximate and diff <= tol and (prev.has(sp.Limit) or written.has(sp.Limit)):
        # adversarial7/53: int_{-20}^{20} phi = 1 - 5.5e-89 is 1 to every digit a quadrature
        # gives; equal to those digits (or to a written whole number) is no proof of an '='
        # (a difference refutes). An integral has a value here only in closed form now (an
        # exact kernel, _exact_integral; catch65), weighed as Gamma's or pi's digits are.
        return (
            "unchecked",
            f"{DIGITS_EQUAL} ({mpmath.nstr(a, 12)}), through a limit valued "
            "numerically: no proof that the numbers are equal",
            None,
        )
    if diff < tol or (diff <= tol and not approximate):
        exact = diff <= mpmath.mpf(10) ** -25 * max(1, abs(a))
        return (
            "proved",
            "" if exact else f"equal to the {_digits(places)} written ({mpmath.nstr(a, 12)})",
            None,
        )
    zeros = max(_rounding_zeros(written), _rounding_zeros(prev)) if approximate else 0
    if zeros and diff < mpmath.mpf(10) ** zeros:
        # 123456 \\approx 123000: a whole number's trailing zeros may be figures or may only
        # place the point (three significant figures); within one unit of the coarsest
        # rounding they allow, the rounding is open, neither proved nor refuted. The rounding
        # may stand on either side (1200 \\approx 1234 was refuted; adversarial set 27)
        return (
            "unchecked",
            f"{mpmath.nstr(a, 12)} is within one unit of the {zeros} trailing zero(s) of "
            f"{mpmath.nstr(b, 12)}, which may be a rounding to fewer figures: not checked",
            None,
        )
    ce = {"previous": float(a), "written": float(b), "tolerance": float(tol)}
    return (
        "refuted",
        f"the numbers differ: {mpmath.nstr(a, 12)} against {mpmath.nstr(b, 12)} as written",
        ce,
    )


def _digits(places: int) -> str:
    """The digits a rounding claims, in words: "2 decimal(s)", "the hundreds"."""
    if places >= 0:
        return f"{places} decimal(s)"
    return f"a unit of 1e{-places}"


def _rounding_zeros(written: sp.Basic) -> int:
    """The trailing zeros of a whole number written alone (``123000``, ``-1000``: 3, 3); 0
    for anything else (a number with decimals claims the digits it shows)."""
    node = written
    if isinstance(node, sp.Mul) and len(node.args) == 2 and node.args[0] == -1:
        node = node.args[1]
    if not isinstance(node, sp.Integer) or node == 0:
        return 0
    digits = str(abs(int(node)))
    return len(digits) - len(digits.rstrip("0"))


def sign_check(diff: sp.Basic, rel: str) -> tuple[str, str]:
    """Is ``diff rel 0`` decided by the symbols' assumptions? (verdict, reason)."""
    try:
        if constant(diff):
            v = evaluate(diff)
            if v is None:
                return "unchecked", "the sign cannot be evaluated within the reader's limits"
            holds = {"<": v < 0, "<=": v <= 0, ">": v > 0, ">=": v >= 0, "!=": v != 0}[rel]
            return ("proved", "") if holds else ("refuted", f"the value is {mpmath.nstr(v, 12)}")
        with evaluating(True):  # sympy's assumptions are asked of evaluated trees
            forms = [diff]
            if node_count(diff, 200) < 200 and expanded_terms(diff) <= _MAX_EXPANDED_TERMS:
                # as written ((x - y)^2 >= 0), and expanded (x + 1 - (x - 1): the sides'
                # terms cancel before the signs are asked)
                forms = [sp.together(diff), sp.together(sp.expand(diff))]
            facts = [_sign_facts(where_defined(e)) for e in forms]
            decided = [f[rel] for f in facts]
            opposite = [f[_OPPOSITE[rel]] for f in facts]
    except Exception:  # noqa: BLE001 - assumptions can fail in many ways; then it is open
        return "unchecked", "the sign is not decided by what is assumed of the symbols"
    if any(decided) and not any(opposite):
        return "proved", ""
    if not any(opposite) and _decided_for_any_denominator(forms, rel):
        return "proved", ""
    if any(opposite) and not any(decided):
        if rel == "!=":
            return "refuted", "the two sides are equal for every value the symbols may take"
        return "refuted", "the assumptions on the symbols decide the opposite sign"
    return "unchecked", "the sign is not decided by what is assumed of the symbols"


def where_defined(e: sp.Basic) -> sp.Basic:
    """``e`` with every real letter it holds under a negative power (``theta`` of
    ``-2n/theta^2``) made non-zero: where that letter is 0 the row is not defined and says
    nothing, so its sign is asked of the other values (a real theta left
    ``-2n/theta^2 < 0`` undecided). A letter under a positive power keeps every value."""
    bases = {
        p.base
        for p in e.atoms(sp.Pow)
        if isinstance(p.base, sp.Symbol)
        and p.base.is_real
        and p.base.is_zero is None
        and p.exp.is_negative
    }
    if not bases:
        return e
    return e.xreplace({b: sp.Symbol(b.name, **{**b.assumptions0, "nonzero": True}) for b in bases})


def _decided_for_any_denominator(forms: list[sp.Basic], rel: str) -> bool:
    """Does ``rel`` hold of a form once each real bracket under a negative power
    (``(1 - \\phi)^{-2}``) is a free non-zero real letter? The row holds for every value
    of that letter, so for the bracket's own value too (where the row is defined): this
    can prove, never refute (the row may hold while the freer one fails)."""
    try:
        with evaluating(True):
            for e in forms:
                brackets = {
                    p.base
                    for p in e.atoms(sp.Pow)
                    if not isinstance(p.base, sp.Symbol)
                    and p.base.is_real
                    and p.base.free_symbols
                    and p.exp.is_negative
                }
                if not brackets or len(brackets) > 4:
                    continue
                free = {b: sp.Dummy("den", real=True, nonzero=True) for b in brackets}
                freer = e.xreplace(
                    {p: free[p.base] ** p.exp for p in e.atoms(sp.Pow) if p.base in free}
                )
                if _sign_facts(where_defined(freer))[rel]:
                    return True
    except Exception:  # noqa: BLE001 - as in sign_check: undecided
        return False
    return False


#: Terms an expansion may have for :func:`sign_check` to ask its sign (``(a + ... + g)^{40}``
#: has 9 million: expanding it took the step's whole time limit).
_MAX_EXPANDED_TERMS = 2000


def expanded_terms(e: sp.Basic) -> int:
    """An upper bound of the terms of ``sp.expand(e)``, at most ``_MAX_EXPANDED_TERMS + 1``
    (a power of a sum of t terms to n: C(t + n - 1, n)), counted without expanding."""
    cap = _MAX_EXPANDED_TERMS + 1
    if isinstance(e, sp.Add):
        return min(cap, sum(expanded_terms(a) for a in e.args))
    if isinstance(e, sp.Mul):
        return min(cap, math.prod(expanded_terms(a) for a in e.args))
    if isinstance(e, sp.Pow) and isinstance(e.exp, sp.Integer) and e.exp > 1:
        t = expanded_terms(e.base)
        if t == 1:
            return 1
        n = int(e.exp)
        return cap if n >= cap else min(cap, math.comb(t + n - 1, n))
    return 1


#: The relation whose truth says ``rel`` is false ("the opposite sign").
_OPPOSITE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<", "!=": "=="}


def _sign_facts(e: sp.Basic) -> dict[str, bool | None]:
    """What sympy's assumptions say of ``e`` against 0, per relation (None: not decided)."""
    return {
        "<": e.is_negative,
        "<=": e.is_nonpositive,
        ">": e.is_positive,
        ">=": e.is_nonnegative,
        "!=": e.is_nonzero,
        "==": e.is_zero,
    }


def node_count(e: sp.Basic, limit: int) -> int:
    """Nodes of ``e``, counted up to ``limit`` (cheap, and safe on unevaluated trees)."""
    n = 0
    stack = [e]
    while stack and n < limit:
        node = stack.pop()
        n += 1
        stack.extend(getattr(node, "args", ()))
    return n


def proportional(a: sp.Basic, b: sp.Basic, variable: sp.Basic | None, trials: int = 3) -> bool:
    """Is ``a / b`` free of the samples? (checked at a few points)

    Used to tell which derivative an equation ``a = 0`` sets to zero: ``\\sum (x_i -
    \\mu) = 0`` is ``\\sigma^2`` times ``d\\ell/d\\mu``, but not a multiple of
    ``d\\ell/d\\sigma^2``; ``\\sum (x_i - \\mu)^2 = n \\sigma^2`` is ``2\\sigma^4`` times
    ``d\\ell/d\\sigma^2`` (a factor in the variable is allowed: it is not zero where
    the derivative is defined). The sample size is 3; other symbols, the
    variable among them, keep one value. A heuristic that only chooses what to
    compare - the engine checks the step.
    """
    import random

    if node_count(a, 300) >= 300 or node_count(b, 300) >= 300:
        return False
    rng = random.Random(7)
    try:
        with evaluating(True):
            syms = {s for s in (a.free_symbols | b.free_symbols) if isinstance(s, sp.Symbol)}
            fixed = {s: sp.Integer(3) for s in syms if s.is_integer and s.is_positive}
            a2 = a.xreplace(fixed).doit()
            b2 = b.xreplace(fixed).doit()
            names = {s for s in (a2.free_symbols | b2.free_symbols) if isinstance(s, sp.Symbol)}
            # With no samples nothing would vary and every pair would be a multiple: then
            # the symbols other than the variable vary instead (misread61: k/p - q^2 = 0
            # was tied to the derivative by q, and refuted)
            moving = not (a2.atoms(sp.Indexed) | b2.atoms(sp.Indexed))
            kept = {variable} if moving else names
            others = {s: sp.Rational(rng.randint(30, 70), 100) for s in names & kept}
            a2, b2 = a2.xreplace(others), b2.xreplace(others)
            ratios = []
            for _ in range(trials):
                point = {s: sp.Rational(rng.randint(30, 170), 100) for s in names - kept}
                for i in a2.atoms(sp.Indexed) | b2.atoms(sp.Indexed):
                    point[i] = sp.Rational(rng.randint(1, 300), 100)
                va = evaluate(a2.xreplace(point))
                vb = evaluate(b2.xreplace(point))
                if va is None or vb is None or vb == 0:
                    return False
                ratios.append(va / vb)
    except Exception:  # noqa: BLE001 - a heuristic: anything odd means "not known to be"
        return False
    first = ratios[0]
    return first != 0 and all(
        abs(r - first) <= mpmath.mpf(10) ** -15 * max(1, abs(first)) for r in ratios
    )


def satisfies(eq: sp.Basic, var: sp.Basic, value: sp.Basic, trials: int = 3) -> bool | None:
    """Does ``var = value`` solve the equation ``eq``? (checked at a few points)

    Used to tell which of several equations a result row solves (``\\mu = \\bar x``
    solves the condition on ``\\mu``, not the one on ``\\sigma^2`` written just
    above it). True or False when the points decide, None when the equation
    cannot be evaluated. A heuristic that only chooses what to compare - the
    engine checks the step.
    """
    import random

    if not isinstance(eq, sp.Equality):
        return None
    if node_count(eq, 400) >= 400 or node_count(value, 300) >= 300:
        return None
    rng = random.Random(11)
    try:
        with evaluating(True):
            residual = sp.Add(eq.lhs, -eq.rhs).xreplace({var: value})
            syms = {s for s in residual.free_symbols if isinstance(s, sp.Symbol)}
            fixed = {s: sp.Integer(3) for s in syms if s.is_integer and s.is_positive}
            residual = residual.xreplace(fixed).doit()
            others = {
                s: sp.Rational(rng.randint(30, 70), 100)
                for s in residual.free_symbols
                if isinstance(s, sp.Symbol)
            }
            residual = residual.xreplace(others)
            for _ in range(trials):
                point = {
                    i: sp.Rational(rng.randint(1, 300), 100) for i in residual.atoms(sp.Indexed)
                }
                v = evaluate(residual.xreplace(point))
                if v is None:
                    return None
                if abs(v) > mpmath.mpf(10) ** -12:
                    return False
    except Exception:  # noqa: BLE001 - a heuristic: anything odd means "not known"
        return None
    return True


#: Two sides of more nodes than this are not tested for being equal identically.
IDENTITY_NODES = 300


def identically_equal(a: sp.Basic, b: sp.Basic) -> bool:
    """Are ``a`` and ``b`` equal for every value of their symbols, by the engine's normal
    forms (``sum_i (x_i - (1/n) sum_j x_j)`` and 0)? Only a proof counts: False when in
    doubt, and for anything with derivatives or functions the post names (their values are
    the post's, not known here)."""
    from sympy.core.function import AppliedUndef

    from ..engine._normal import difference, is_zero
    from ._tosympy import READING_ERRORS, Named, NamedApplied

    for side in (a, b):
        if not isinstance(side, sp.Basic) or isinstance(side, sp.Equality):
            return False
        if side.atoms(sp.Derivative, Named, NamedApplied, AppliedUndef, sp.MatrixSymbol):
            return False
        if node_count(side, IDENTITY_NODES + 1) > IDENTITY_NODES:
            return False
    try:
        # is_zero too: under the reader's evaluate(False), cancel expands Mul(1, x_i) without
        # end (11 s, then False, for sum_i x_i against 0; False for sum_i (x_i - \bar x))
        with evaluating(True):
            d = difference(a, b)
            return is_zero(d, thorough=False) is True
    except (*READING_ERRORS, ArithmeticError, NotImplementedError, RecursionError):
        return False
