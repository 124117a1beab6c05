"""Does a density the post writes integrate to 1? A check of a post's model rows.

A row that defines the density (or mass function) of one observation
(``f(x \\mid \\theta) = ...``, ``p(x; \\theta) = ...``, ``P(X = x) = ...``) or a
likelihood (``L(\\theta) = \\prod_i g(x_i, \\theta)``, or a joint form such as
``\\frac{1}{\\sigma^n} e^{-\\sum (x_i - \\mu)^2 / 2\\sigma^2}``) is a premise: the
reader takes it as given, so a wrongly written density is never caught by the
rows after it. This module weighs such a row by what a density must do: its
total mass over the data's support is 1 for every value of the parameters.

The mass is computed numerically with mpmath (``quad`` over a continuous
support, ``nsum`` cross-checked by direct summation over counts), at a few
parameter values drawn inside their domains, within a time limit. A row is
refuted only when the mass is a *finite* number other than 1 that *depends on
the parameters* (a constant other than 1 is a dropped constant factor, which a
likelihood may drop), and only on a support that is known:

- stated in the post (``x > 0``, ``x_i \\in \\{0, 1\\}``, "for $x \\ge 0$",
  "for $x = 1, 2, \\ldots$", a tail ``, x = 1, 2, \\cdots`` of the row itself,
  ``X \\sim \\mathrm{Exp}(\\lambda)``: the forms :mod:`._support` reads);
- implied by the density itself for a continuous one (``\\log x`` or
  ``x^{\\alpha - 1}``: ``(0, \\infty)``);
- or, with none of these, when *every* plausible support gives such a mass. A
  ``x!`` or ``\\binom{m}{x}`` says the observation is a whole number, not where its
  support starts: a zero-truncated pmf sums to 1 over ``{1, 2, ...}`` and to more
  over ``{0, 1, 2, ...}``, so both are weighed (and ``{1, ..., m}`` beside
  ``{0, ..., m}``). With nothing in the density, the candidates are the reals,
  ``(0, \\infty)``, ``{0, 1, 2, ...}``, ``{1, 2, ...}`` and ``{0, 1}``.

A likelihood may leave out factors free of the parameters (``x_i!``,
``\\binom{m}{x_i}``, the ``x_i`` of a Rayleigh density): one whose mass becomes
free of the parameters once a simple factor of the observation is put back is
not refuted. Where anything is in doubt (the mass is infinite, not computable
to the accuracy asked, the parameters have no values where the function is a
non-negative real) the row is left as it was.

A separate rule reads a likelihood written ``\\prod_{i=1}^n g(x)``: a factor in
the plain ``x`` where the post's samples are ``x_i``. The ``x`` part of every
factor is then the same number, so the product is not the likelihood of the
sample; with ``x_i`` for ``x`` its value differs, which is the counterexample.
"""

from __future__ import annotations

import dataclasses
import math
import random
import re
import zlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import mpmath
import sympy as sp

from .. import _budget, symbols
from ..engine._evaluate import NotEvaluable, TooExpensive, evaluate
from ._announced_density import announced  # EXPECT5: "... follow the exponential distribution:"
from ._factors import likelihood_factor
from ._support import (
    BINARY,
    CANDIDATES,
    COUNTS,
    DECLARED_SUPPORTS,
    POSITIVE,
    POSITIVE_COUNTS,
    REALS,
    Support,
    declared_supports,
    listed_supports,
    stated_support,
    stated_supports,
)
from ._tosympy import READING_ERRORS, Named, NamedApplied, bar_of, evaluating

#: Wall-clock seconds the check may take for one row (past it the row is left as it was).
TIME_LIMIT = 4.0
#: Digits mpmath works with.
DPS = 15
#: Parameter points drawn per row.
POINTS = 6
#: Relative difference from 1 (and between points) that counts as a difference.
RTOL = 1e-6
#: A discrete support is summed term by term up to this many terms.
MAX_TERMS = 4000

_LIKELIHOOD = re.compile(r"^(\\(mathcal|mathscr|mathrm|operatorname)\{)?(L|Lik|lik)\}?(_\{?n\}?)?$")
_DENSITY = re.compile(
    r"^(\\(mathrm|mathbb|operatorname|mathcal)\{)?(f|p|P|Pr|g|\\phi|\\varphi)\}?(_\{?\w+\}?)?$"
)
#: A likelihood head as written (for a row continuing a head the reader could not parse).
_HEAD = re.compile(r"^\s*(\\(mathcal|mathscr)\s*\{\s*L\s*\}|L)\s*(\\left)?\s*\(")
_DENSITY_WORDS = re.compile(
    r"densit|p\.?d\.?f|mass function|p\.?m\.?f|probability (function|distribution)", re.I
)
#: Words that say the support is one the candidates do not cover.
_ODD_SUPPORT = re.compile(r"truncat|censor|mixture|improper|unnormali[sz]ed|kernel", re.I)


@dataclasses.dataclass(frozen=True)
class Finding:
    """Why a row is refuted, with the values that show it."""

    reason: str
    counterexample: dict[str, Any]
    how: str


# ------------------------------------------------------------------ what the row claims


@dataclasses.dataclass(frozen=True)
class Claim:
    """A function the row says is a density: ``C(n) * prod_i g(x_i)`` (C = 1 for one point)."""

    kind: str  # "density" or "likelihood"
    g: sp.Basic  # the density of one observation, in ``obs``
    obs: sp.Symbol
    prefactor: sp.Basic = sp.Integer(1)  # the part free of the samples (may hold n)
    size: sp.Symbol | None = None  # the sample size symbol of a likelihood
    sample: str | None = None  # the name of the samples (``x`` for ``x_i``)
    #: a density of the data stated with ``=`` (see :func:`_of_the_data`): an infinite
    #: mass refutes it too
    data: bool = False


def density_claim(
    lhs: sp.Basic | None,
    rhs: sp.Basic,
    *,
    prose: str = "",
    head_text: str = "",
    declared: str | None = None,
) -> Claim | None:
    """The claim of a definition row ``lhs = rhs`` (or of ``= rhs`` after an unread head).

    ``declared``: the letter whose law the sentence before the row ends by declaring
    (:func:`._announced_density.declared_at_end`; only the law reader passes it): a formula
    in that letter is its density."""
    if rhs is None or not isinstance(rhs, sp.Expr) or not rhs.is_commutative:
        return None
    if lhs is None:
        if not _HEAD.match(head_text or ""):
            return None
        return _likelihood(rhs)
    name = _name(lhs)
    if name is None:
        return None
    if _LIKELIHOOD.match(name):
        return _likelihood(rhs)
    if not _DENSITY.match(name) or not isinstance(lhs, NamedApplied) or not lhs.args:
        return None
    first = lhs.args[0]
    if isinstance(first, sp.Equality):  # P(X = x)
        obs, event = first.rhs, True
    else:
        obs, event = first, False
    if not isinstance(obs, sp.Symbol) or isinstance(obs, Named) or obs not in rhs.free_symbols:
        return None
    said = bool(declared) and obs.name.lower() == str(declared).lower()  # moments65
    if not (
        event or said or len(lhs.args) > 1 or _DENSITY_WORDS.search(prose or "") or announced(prose)
    ):
        # f(x) = ... with no word saying it is a density: any function of the post.
        return None
    if rhs.atoms(sp.Indexed, sp.Sum, sp.Product):
        return None
    return Claim("density", rhs, obs)


def _name(e: sp.Basic) -> str | None:
    if isinstance(e, Named):
        return e.name
    if isinstance(e, NamedApplied):
        return str(e.func)
    return None


def _likelihood(rhs: sp.Basic) -> Claim | None:
    """``rhs = C(n) * prod_i g(x_i)``: the per-observation factor of a likelihood."""
    found = likelihood_factor(rhs)
    if found is None:
        return None
    prefactor, g, obs, size, sample = found
    return Claim("likelihood", g, obs, prefactor, size, sample)


def _joint_claim(lhs: sp.Basic | None, rhs: sp.Basic) -> Claim | None:
    """``f(x \\mid \\mu) = C(n) \\prod_j g(x_j)`` (or a sum in an exponent): the joint density
    of the samples ``x_j`` under a density's name, read as a likelihood's factors are."""
    if not isinstance(lhs, NamedApplied) or not lhs.args or not _DENSITY.match(str(lhs.func)):
        return None
    if not isinstance(rhs, sp.Expr) or not rhs.is_commutative:
        return None
    if len(lhs.args) > 1 and bar_of(lhs) != 1:
        # p(y, lambda): the joint of the data and a parameter, whose mass over the data
        # alone is the parameter's density, not 1 (a correct restated joint was refuted)
        return None
    found = _likelihood(rhs)
    first = lhs.args[0]
    if found is None or not isinstance(first, sp.Symbol) or str(first) != found.sample:
        return None
    return dataclasses.replace(found, kind="joint")


#: The name of an observation: one Latin letter, perhaps with a subscript (``x``, ``y_t``);
#: a Greek letter is a parameter's (a prior's variable), which may be improper.
_DATA_LETTER = re.compile(r"^[A-Za-z](_\{?\w+\}?)?$")


def _of_the_data(claim: Claim, lhs: sp.Basic | None) -> bool:
    """Is ``claim`` a density of the data, conditioned on parameters the head names?

    Only such a density, stated with ``=``, is refuted by an infinite mass: a prior of a
    parameter may be improper (``p(\\mu) = 1``), and a likelihood, a function of the
    parameters, need not integrate to 1 (with factors free of them left out,
    ``e^{\\mu x - \\mu^2/2}`` grows in ``x``)."""
    if claim.kind not in ("density", "joint") or not isinstance(lhs, NamedApplied):
        return False
    first = lhs.args[0] if lhs.args else None
    if isinstance(first, sp.Equality):  # P(X = x)
        first = first.rhs
    if not isinstance(first, sp.Symbol) or isinstance(first, Named):
        return False
    if claim.kind == "density" and first != claim.obs:
        return False
    parameters = set().union(*(a.free_symbols for a in lhs.args[1:]))
    return bool(_DATA_LETTER.match(first.name)) and bool(parameters & claim.g.free_symbols)


# ------------------------------------------------------------------ the data's support


def support_of(
    claim: Claim, stated: Support | None, flags: Mapping[str, bool]
) -> tuple[list[Support], bool]:
    """The supports to weigh and whether they are known (False: every candidate must fail)."""
    implied = _implied(claim.g, claim.obs)
    if stated is not None:
        if implied is not None and implied.discrete != stated.discrete:
            if stated.discrete:
                return [], True  # counts stated for a density of a continuous kind: unclear
            # 0 <= k <= m for the k of a pmf (k!, C(m, k)): the whole numbers in that range.
            lo, hi = stated.lower, stated.upper
            if lo == -sp.oo:
                return [], True
            lo = (
                (sp.floor(lo) + 1 if stated.lower_strict else sp.ceiling(lo))
                if lo.is_number
                else (lo + 1 if stated.lower_strict else lo)
            )
            if hi != sp.oo:
                hi = (
                    (sp.ceiling(hi) - 1 if stated.upper_strict else sp.floor(hi))
                    if hi.is_number
                    else (hi - 1 if stated.upper_strict else hi)
                )
            return [Support(f"the integers from {lo} to {hi}", True, lo, hi)], True
        return [stated], True
    if implied is not None and implied.discrete:
        # Whole numbers from 0, or from 1 (the family truncated at zero): the density
        # does not say which, so the row is refuted only if it fails on both.
        out = [implied, dataclasses.replace(implied, text=_from_one(implied), lower=1)]
        if flags.get("positive") and claim.obs != symbols.n:
            # batch 52: ``n`` is positive as the package's summation index, which says
            # nothing of where a count named n starts (f(n | lambda) of a Poisson count)
            out = out[1:]
        return out, False
    if implied is not None:
        return [implied], True
    out = list(CANDIDATES)
    # What the post's front matter or statements make of the observation's symbol.
    if flags.get("integer"):
        out = [s for s in out if s.discrete]
    if flags.get("positive"):
        out = [s for s in out if s is POSITIVE or s is POSITIVE_COUNTS]
    elif flags.get("nonnegative"):
        out = [s for s in out if s is not REALS]
    return out, False


def _from_one(s: Support) -> str:
    """The text of ``s`` (whole numbers from 0) started at 1."""
    if s is COUNTS:
        return POSITIVE_COUNTS.text
    return f"{{1, ..., {s.upper}}}"


def _implied(g: sp.Basic, obs: sp.Symbol) -> Support | None:
    """A support the density's own formula gives its observation."""
    tops = [b.args[0] for b in g.atoms(sp.binomial) if b.args[1] == obs]
    if len(tops) == 1 and isinstance(tops[0], sp.Symbol) and tops[0] != obs:
        m = tops[0]
        return Support(f"{{0, 1, ..., {m}}}", True, 0, m)
    if any(f.args[0] == obs for f in g.atoms(sp.factorial)):
        return COUNTS
    for p in g.atoms(sp.Pow):
        if p.base == obs and p.exp.free_symbols - {obs} and not p.exp.is_integer:
            return POSITIVE
    if any(lg.args[0] == obs for lg in g.atoms(sp.log)):
        return POSITIVE
    return None


# ------------------------------------------------------------------ numbers


class _Invalid(ValueError):
    """The function is not a non-negative real number there (or has no float value)."""


def _value(e: sp.Basic, env: Mapping[sp.Basic, Any]) -> Any:
    """``e`` at ``env`` with the engine's evaluator (mpmath), or None if not a finite real."""
    try:
        v = evaluate(e, env, dps=DPS)
    except (NotEvaluable, TooExpensive, ZeroDivisionError, ValueError, OverflowError, TypeError):
        return None
    if not isinstance(v, (mpmath.mpf, mpmath.mpc)) or mpmath.isnan(v) or mpmath.isinf(v):
        return None
    if mpmath.im(v) != 0:
        if abs(mpmath.im(v)) > 1e-12 * (1 + abs(mpmath.re(v))):
            return None
        v = mpmath.re(v)
    return v


def _float_function(e: sp.Basic, obs: sp.Symbol) -> Callable[[float], float] | None:
    """``e`` (numbers and ``obs`` only) as a function of one float, or None if it has a
    part with no float value here. A value that leaves the reals raises ``_Invalid``.

    The engine's evaluator (mpmath numbers, any tree) costs about 0.4 ms a value; a
    quadrature needs some hundreds of values per parameter point, so the integrand is
    computed with floats (a few microseconds), which is accurate enough to tell 1 from
    a mass that is not.
    """
    try:
        return _compile_float(e, obs)
    except _Invalid:
        return None


def _compile_float(e: sp.Basic, obs: sp.Symbol) -> Callable[[float], float]:
    if e == obs:
        return lambda t: t
    if e.is_Number or e in (sp.pi, sp.E):
        try:
            c = float(e)
        except (TypeError, ValueError, OverflowError):
            raise _Invalid("not a real number") from None
        if not math.isfinite(c):
            raise _Invalid("not a finite number")
        return lambda t: c
    args = [_compile_float(a, obs) for a in e.args]
    if isinstance(e, sp.Add):
        return lambda t: math.fsum(a(t) for a in args)
    if isinstance(e, sp.Mul):
        return lambda t: math.prod(a(t) for a in args)
    if isinstance(e, sp.Pow):
        b, x = args
        return lambda t: _fpow(b(t), x(t))
    one = _FLOAT_FUNCTIONS.get(type(e))
    if one is not None and len(args) == 1:
        (a,) = args
        return lambda t: one(a(t))
    if isinstance(e, sp.binomial):
        n, k = args
        return lambda t: _fbinomial(n(t), k(t))
    raise _Invalid(f"no float value for {type(e).__name__}")


def _fpow(b: float, x: float) -> float:
    if b < 0 and x != int(x):
        raise _Invalid("a negative number to a fractional power")
    if b == 0 and x < 0:
        raise _Invalid("zero to a negative power")
    return math.pow(b, x)


def _flog(a: float) -> float:
    if a <= 0:
        raise _Invalid("the log of a number that is not positive")
    return math.log(a)


def _fgamma(a: float) -> float:
    if a <= 0 and a == int(a):
        raise _Invalid("the gamma function at a pole")
    return math.gamma(a)


def _ffactorial(a: float) -> float:
    if a < 0:
        raise _Invalid("the factorial of a negative number")
    return math.gamma(a + 1)


def _fbinomial(n: float, k: float) -> float:
    if n == int(n) and k == int(k):
        return float(math.comb(int(n), int(k))) if 0 <= k <= n else 0.0
    if n < 0 or k < 0 or k > n:
        raise _Invalid("a binomial coefficient outside its domain")
    return math.exp(math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1))


_FLOAT_FUNCTIONS: dict[type, Callable[[float], float]] = {
    sp.exp: math.exp,
    sp.log: _flog,
    sp.Abs: abs,
    sp.gamma: _fgamma,
    sp.factorial: _ffactorial,
    sp.sqrt: math.sqrt,
}


def _density_at(fn: Callable[[float], float]) -> Callable[[float], float]:
    def f(t: float) -> float:
        try:
            v = fn(float(t))
        except (OverflowError, ZeroDivisionError, ValueError) as exc:
            raise _Invalid(str(exc)) from None
        if not math.isfinite(v) or v < -1e-15:
            raise _Invalid("not a non-negative real number")
        return v

    return f


def _probes(support: Support, lo: float, hi: float) -> list[float]:
    inf = math.inf
    if support.discrete:
        top = lo + 12 if hi == inf else min(hi, lo + 12)
        return [lo + k for k in range(int(top - lo) + 1)]
    if lo == -inf and hi == inf:
        return [-3.1, -1.2, -0.4, 0.3, 0.9, 1.7, 4.2]
    if hi == inf:
        return [lo + v for v in (0.05, 0.4, 1.1, 2.3, 6)]
    if lo == -inf:
        return [hi - v for v in (0.05, 0.4, 1.1, 2.3, 6)]
    return [lo + (hi - lo) * v for v in (0.03, 0.2, 0.5, 0.8, 0.97)]


def _bounds(support: Support, env: Mapping[sp.Basic, Any]) -> tuple[Any, Any] | None:
    """The ends of ``support`` as mpmath numbers at the parameter values ``env``."""
    out = []
    for b in (support.lower, support.upper):
        if b in (sp.oo, -sp.oo):
            out.append(mpmath.inf if b is sp.oo else -mpmath.inf)
        elif isinstance(b, sp.Basic) and b.free_symbols:
            v = _value(b, env)
            if v is None:
                return None
            out.append(v)
        else:
            out.append(mpmath.mpf(float(b)))
    return out[0], out[1]


def mass(g: sp.Basic, obs: sp.Symbol, support: Support, env: Mapping[sp.Basic, Any]) -> Any:
    """The total mass of ``g`` over ``support`` at the parameter values ``env``.

    Returns None when ``g`` is not a non-negative real at those values, or the
    mass is infinite or cannot be computed to the accuracy asked.
    """
    # The parameters put in once: sympy folds what is free of the observation.
    # A whole value as an integer: sympy writes binomial(x - 1, 3.0) as a ratio of gammas
    # with poles at x = 1, 2, 3, where binomial(x - 1, 3) is 0 (lead69, the r-th success).
    values = {s: _exact(v) for s, v in env.items() if s is not obs}
    bounds = _bounds(support, {s: mpmath.mpf(float(v)) for s, v in env.items()})
    if bounds is None:
        return None
    lo, hi = (float(b) for b in bounds)
    if hi <= lo:
        return None
    with evaluating(True):
        fn = _float_function(g.xreplace(values), obs)
    if fn is None:
        return None
    f = _density_at(fn)
    try:
        for t in _probes(support, lo, hi):
            f(t)
        if support.discrete:
            return _sum(f, lo, hi)
        return _integral(f, lo, hi)
    except (_Invalid, ZeroDivisionError, OverflowError, ValueError):
        return None


def _exact(v: Any) -> sp.Basic:
    """A parameter's value for sympy: an integer when whole (a count), else a float."""
    x = float(v)
    return sp.Integer(int(x)) if x.is_integer() and abs(x) < 2**53 else sp.Float(x, DPS)


def _sum(f: Callable[[float], float], lo: float, hi: float) -> float | None:
    if lo != int(lo) or (hi != math.inf and hi != int(hi)):
        return None
    if hi != math.inf:
        if hi - lo > MAX_TERMS:
            return None
        total = math.fsum(f(k) for k in range(int(lo), int(hi) + 1))
        return total if math.isfinite(total) else None
    total, small = 0.0, 0
    for k in range(int(lo), int(lo) + MAX_TERMS):
        term = f(k)
        total += term
        if not math.isfinite(total):
            return None
        small = small + 1 if k > lo + 5 and term <= 1e-17 * max(total, 1e-300) else 0
        if small >= 10:
            break
    else:
        return None  # the terms do not die out: infinite, or too slow to trust
    # The accelerated sum only confirms that the series converges to about the direct sum:
    # mpmath.fp.nsum can be 1e-9 off on a plain geometric series (ratio 0.87: 7.8503721021
    # for 7.8503721126), so the two must agree to 1e-7, well inside RTOL.
    accelerated = mpmath.fp.nsum(f, [lo, mpmath.inf])
    if not math.isfinite(accelerated) or abs(accelerated - total) > 1e-7 * max(abs(total), 1):
        return None
    return total


def _integral(f: Callable[[float], float], lo: float, hi: float) -> float | None:
    # The tails: a density's mass past 10^12 (or within 10^-30 of a finite end) must be
    # negligible, else the integral is infinite or too slow to trust.
    far = 1e12
    if hi == math.inf and abs(f(far)) * far > 1e-12:
        return None
    if lo == -math.inf and abs(f(-far)) * far > 1e-12:
        return None
    for end, sign in ((lo, 1), (hi, -1)):
        if math.isfinite(end):
            eps = 1e-30 * max(1.0, abs(end))
            try:
                near = f(end + sign * eps)
            except _Invalid:
                continue
            if abs(near) * eps > 1e-12:
                return None
    values = []
    for scale in (1.0, 1.37):
        v, err = mpmath.fp.quad(f, _split_points(lo, hi, scale), error=True)
        if not math.isfinite(v) or err > 1e-9 * max(abs(v), 1):
            return None
        values.append(v)
    if abs(values[0] - values[1]) > 1e-8 * max(abs(values[0]), 1):
        return None
    return values[0]


def _split_points(lo: float, hi: float, scale: float) -> list[float]:
    inner = [-12, -3, 0, 3, 12]
    pts = [lo] + [p * scale + (scale - 1) / 3 for p in inner] + [hi]
    return sorted({p for p in pts if lo <= p <= hi})


# ------------------------------------------------------------------ parameter values


def _parameters(claim: Claim, supports: Sequence[Support]) -> list[sp.Symbol] | None:
    free = set(claim.g.free_symbols) | set(claim.prefactor.free_symbols)
    for s in supports:
        for b in (s.lower, s.upper):
            if isinstance(b, sp.Basic):
                free |= b.free_symbols
    free -= {claim.obs}
    if claim.size is not None:
        free.discard(claim.size)
    if claim.sample is not None and any(str(s) == claim.sample for s in free):
        return None  # the plain x of samples x_i: not a parameter (see plain_for_sample)
    if any(not isinstance(s, sp.Symbol) or isinstance(s, Named) for s in free):
        return None
    return sorted(free, key=str)


def _integers(claim: Claim, supports: Sequence[Support]) -> set[sp.Basic]:
    # A letter counted by a binomial coefficient (m of C(m, k); the r of C(x - 1, r - 1),
    # the r-th success) is a whole number, as the engine's domains read C(m, k): at r = 2.3
    # the coefficients below x = r do not vanish, and a right pmf summed to 0.11 (blind69)
    out: set[sp.Basic] = {
        letter
        for b in claim.g.atoms(sp.binomial)
        for arg in b.args
        if (letter := _counted_letter(arg)) is not None and letter != claim.obs
    }
    out |= {f.args[0] for f in claim.g.atoms(sp.factorial) if f.args[0] != claim.obs}
    for s in supports:
        if s.discrete:
            out |= {b for b in (s.lower, s.upper) if isinstance(b, sp.Symbol)}
    return out


def _counted_letter(arg: sp.Basic) -> sp.Symbol | None:
    """The letter of a binomial coefficient's argument ``r`` or ``r - 1`` (a letter plus a
    whole number); None for anything else."""
    if isinstance(arg, sp.Symbol):
        return arg
    if isinstance(arg, sp.Add) and len(arg.args) == 2:  # as written: r + (-1) unevaluated
        letters = [a for a in arg.args if isinstance(a, sp.Symbol)]
        numbers = [a for a in arg.args if a.is_Integer]
        if len(letters) == 1 and len(numbers) == 1:
            return letters[0]
    return None


def _points(
    params: Sequence[sp.Symbol], integers: set, seed: int, *, unit: bool = False
) -> list[dict]:
    rng = random.Random(seed)
    # n of the row and n of its support "x = 0, 1, ..., n" (an integer) may be two
    # symbols of one name: one letter of the post, so one value (held-out batch 14)
    whole = {str(s) for s in params if s in integers or s.is_integer}
    out = []
    for k in range(POINTS):
        env: dict[sp.Basic, Any] = {}
        for s in params:
            same = next((v for t, v in env.items() if str(t) == str(s)), None)
            if same is not None:
                env[s] = same
                continue
            if str(s) in whole:
                v: float = rng.choice((2, 3, 4, 5, 7))
            elif unit:
                v = rng.uniform(0.1, 0.9)
            elif s.is_positive or s.is_nonnegative or k < POINTS - 2:
                # No domain known: positive values first (the domain of most parameters,
                # and inside it for a location), then the last points with any sign.
                v = rng.uniform(0.15, 0.95) if rng.random() < 0.4 else rng.uniform(1.1, 3.0)
            else:
                v = rng.uniform(-2.5, -0.3) if rng.random() < 0.5 else rng.uniform(0.15, 3.0)
            env[s] = mpmath.mpf(v)
        out.append(env)
    return out


# ------------------------------------------------------------------ the verdict


#: Factors a likelihood may leave out (free of the parameters), tried before refuting one.
def _left_out(claim: Claim, params: Sequence[sp.Symbol]) -> list[sp.Basic]:
    x = claim.obs
    out = [x, 1 / x, x**2, 1 / sp.factorial(x)]
    out += [sp.binomial(m, x) for m in params]
    return out


def _masses(
    claim: Claim, g: sp.Basic, support: Support, points: Sequence[dict]
) -> list[tuple[dict, int, Any]]:
    """(point, n, mass) wherever the mass is finite: one observation, or n = 1, 2, 3."""
    out = []
    sizes = (1,) if claim.size is None else (1, 2, 3)
    for env in points:
        if not _in_range(g, claim.obs, env):
            continue
        m = mass(g, claim.obs, support, env)
        if m is None:
            continue
        for n in sizes:
            if claim.size is None:
                out.append((env, n, m))
                continue
            c = _value(claim.prefactor, {**env, claim.size: mpmath.mpf(n)})
            if c is None:
                break
            out.append((env, n, c * m**n))
    return out


def _in_range(g: sp.Basic, obs: sp.Symbol, env: Mapping[sp.Basic, Any]) -> bool:
    """Are the parameter values ``env`` inside the space the binomials of ``g`` give them?

    ``binom(N - m, n - x)`` at N = 3, m = 7 is 0 for every x, so the hypergeometric
    pmf has mass 0 there: a point outside its parameter space (0 <= m <= N), not a
    wrong pmf (held-out batch 14). A binomial's upper argument free of the observation
    must be a non-negative number, and its lower one, when free of it too, between 0
    and the upper one."""
    for b in g.atoms(sp.binomial):
        top, low = b.args
        if obs in top.free_symbols:
            continue
        n = _value(top, env)
        if n is None or n < 0:
            return False
        if obs not in low.free_symbols:
            k = _value(low, env)
            if k is None or k < 0 or k > n:
                return False
    return True


def _wrong(found: list[tuple[dict, int, Any]]) -> tuple[dict, int, Any] | None:
    """A mass that is not 1 and that depends on the parameters (None when there is none)."""
    for n in sorted({k for _, k, _ in found}):
        here = [(env, m) for env, k, m in found if k == n]
        if len(here) < 2:
            continue
        ms = [m for _, m in here]
        if max(ms) - min(ms) <= RTOL * max(abs(v) for v in ms):
            continue  # free of the parameters: a constant factor, not this check's business
        bad = [(env, m) for env, m in here if abs(m - 1) > RTOL]
        if bad:
            env, m = max(bad, key=lambda p: abs(p[1] - 1))
            return env, n, m
    return None


def _infinite(
    claim: Claim, support: Support, points: Sequence[dict], unit: Sequence[dict] = ()
) -> dict | None:
    """A parameter point at which ``claim`` has infinite mass over ``support``, when it has
    at every point tried (the drawn ones, their negatives and ``unit``, drawn inside
    (0, 1) for a parameter whose domain is there) where it is a density: a non-negative
    real, grown without bound at each infinite end of ``support``. None when some point
    is not shown so (a parameter value the post may mean), or fewer than two points are
    densities at all."""
    ends = [e for e, b in ((1, support.upper), (-1, support.lower)) if b == e * sp.oo]
    if not ends:
        return None
    tried = [*points, *({s: -v for s, v in env.items()} for env in points), *unit]
    shown = []
    for env in tried:
        if not _in_range(claim.g, claim.obs, env) or not _nonnegative(claim, support, env):
            continue
        if not _grows(claim.g, claim.obs, env, ends):
            return None
        shown.append(env)
    return shown[0] if len(shown) >= 2 else None


def _nonnegative(claim: Claim, support: Support, env: Mapping[sp.Basic, Any]) -> bool:
    """Is ``claim`` a non-negative real at ``env`` (its factor at the probes of ``support``,
    its prefactor at one observation)?"""
    if claim.size is not None:
        c = _value(claim.prefactor, {**env, claim.size: mpmath.mpf(1)})
        if c is None or c <= 0:
            return False
    bounds = _bounds(support, env)
    if bounds is None:
        return False
    lo, hi = (float(b) for b in bounds)
    for t in _probes(support, lo, hi):
        v = _value(claim.g, {**env, claim.obs: mpmath.mpf(t)})
        if v is None or v < 0:
            return False
    return True


def _grows(g: sp.Basic, obs: sp.Symbol, env: Mapping[sp.Basic, Any], ends: Sequence[int]) -> bool:
    """Does ``g`` at ``env`` grow without bound towards each end (+1: +oo, -1: -oo)?

    Shown only for ``c e^{P(x)} R(x)``: ``c > 0``, ``P`` a polynomial whose leading term
    goes to +oo at each end, ``R`` a product of powers of polynomials positive far out
    there (which the exponential outgrows); any other form is not shown to grow."""
    values = {s: sp.Float(float(v), DPS) for s, v in env.items() if s is not obs}
    h = g.xreplace(values)
    const, dependent = h.as_independent(obs, as_Add=False)
    c = _value(const, {})
    if c is None or c <= 0:
        return False
    exponent, rest = sp.Integer(0), []
    for f in sp.Mul.make_args(dependent):
        if isinstance(f, sp.exp):
            exponent += f.args[0]
        elif isinstance(f, sp.Pow) and isinstance(f.base, sp.exp) and f.exp.is_number:
            exponent += f.base.args[0] * f.exp
        else:
            rest.append(f)
    try:
        poly = sp.Poly(sp.expand(exponent), obs)
    except sp.PolynomialError:
        return False
    coeffs = poly.all_coeffs()
    if poly.degree() < 1 or not all(k.is_number and k.is_real for k in coeffs):
        return False
    lead, size = float(poly.LC()), max(abs(float(k)) for k in coeffs)
    for end in ends:
        if lead * end ** poly.degree() <= 1e-9 * size:
            return False
        for f in rest:
            base, power = f.as_base_exp()
            if not power.is_number or not base.is_polynomial(obs):
                return False
            far = _value(f, {obs: mpmath.mpf(end * 1e6)})
            if far is None or far <= 0:
                return False
    return True


def check_claim(
    claim: Claim, supports: Sequence[Support], known: bool, seed: int
) -> Finding | None:
    """Refute ``claim`` if its mass is finite, not 1 and depends on the parameters."""
    params = _parameters(claim, supports)
    if params is None or not params:
        return None
    integers = _integers(claim, supports)
    first: tuple[Support, dict, int, Any] | None = None
    for support in supports:
        points = _points(params, integers, seed)
        endless = None
        if claim.data:
            unit = _points(params, integers, seed + 1, unit=True)
            endless = _infinite(claim, support, points, unit)
        if endless is not None:
            if first is None:
                first = (support, endless, 1, math.inf)
            continue
        found = _masses(claim, claim.g, support, points)
        if len({id(env) for env, _, _ in found}) < 2:
            # A series such as sum lambda^x converges only for small parameters: with
            # fewer than two finite masses, the points are drawn again inside (0, 1).
            points = _points(params, integers, seed + 1, unit=True)
            found = _masses(claim, claim.g, support, points)
        wrong = _wrong(found)
        if wrong is None:
            return None  # on a support that may be the data's, nothing is shown wrong
        if claim.kind in ("likelihood", "joint"):
            for extra in _left_out(claim, params):
                if _wrong(_masses(claim, claim.g * extra, support, points)) is None and _masses(
                    claim, claim.g * extra, support, points
                ):
                    return None  # a factor free of the parameters may have been left out
        if first is None:
            first = (support, *wrong)
    if first is None:
        return None
    support, env, n, m = first
    return _finding(claim, support, env, n, m, known, supports)


def _finding(
    claim: Claim,
    support: Support,
    env: dict,
    n: int,
    m: Any,
    known: bool,
    supports: Sequence[Support],
) -> Finding:
    ce: dict[str, Any] = {}
    if claim.kind == "likelihood":
        ce["n"] = n
    ce.update({str(s): float(v) for s, v in env.items() if s is not claim.obs})
    ce["support"] = support.text
    ce["mass"] = "infinite" if m == math.inf else float(m)
    where = f"over {support.text}"
    if not known:
        where += " (the support is not stated; every candidate gives such a mass: " + (
            "; ".join(s.text for s in supports) + ")"
        )
    what = (
        f"the likelihood, read as the joint density of n = {n} observation"
        f"{'s' if n > 1 else ''} (its factor over i the density of one),"
        if claim.kind == "likelihood"
        else "the joint density (its factor over the samples the density of one)"
        if claim.kind == "joint"
        else "the density"
    )
    if m == math.inf:
        reason = (
            f"the density does not integrate to 1: {what} has infinite mass {where}: at every "
            "parameter value tried it grows without bound at each infinite end of that range "
            "(an exponent whose leading term has the wrong sign)"
        )
    else:
        reason = (
            f"the density does not integrate to 1: {what} has total mass {float(m):.6g} "
            f"{where} at the values shown, a finite number that depends on the parameters"
        )
    return Finding(reason, ce, "the density's total mass (mpmath, at random parameter values)")


def check_row(
    lhs: sp.Basic | None,
    rhs: sp.Basic,
    *,
    prose: str = "",
    head_text: str = "",
    stated: Callable[[str], Support | None | bool] = lambda name: None,
    seed_text: str = "",
) -> Finding | None:
    """The finding for a row that defines a density or likelihood (None: nothing shown wrong).

    ``seed_text`` is the row as written: it seeds the parameter draws, and its head
    tells variables from parameters (see :func:`_maybe_joint`).
    """
    if _ODD_SUPPORT.search(prose or ""):
        return None
    try:
        with _budget.time_limit(TIME_LIMIT), evaluating(True):
            lhs, rhs = _density_scale(lhs, rhs)
            claim = density_claim(lhs, rhs, prose=prose, head_text=head_text) or _joint_claim(
                lhs, rhs
            )
            if claim is None or _maybe_joint(claim, lhs, seed_text, prose, stated):
                return None
            claim = _without_free_constants(claim, lhs)  # lead5: \text{constant} in front
            claim = dataclasses.replace(claim, data=_of_the_data(claim, lhs))
            name = _observation_name(claim, rhs)
            given = stated(name) if name else None
            if given is False:
                return None
            flags = claim.obs.assumptions0 if claim.kind == "density" else _sample_flags(rhs)
            supports, known = support_of(claim, given or None, flags)
            if not supports:
                return None
            seed = zlib.crc32(seed_text.encode("utf-8"))
            finding = check_claim(claim, supports, known, seed)
            if finding is None or not given:
                return finding
            # weighed over the support the post states for it: an order the post states on
            # this variable (0 <= k <= m) is met by the check (._conditions)
            ce = {**finding.counterexample, "variable": name}
            return dataclasses.replace(finding, counterexample=ce)
    except (_budget.StepTimeout, RecursionError, ValueError, TypeError, ZeroDivisionError):
        return None


def _density_scale(lhs: sp.Basic | None, rhs: sp.Basic) -> tuple[sp.Basic | None, sp.Basic]:
    """``log p(x | theta) = r`` as the density it defines, ``p(x | theta) = e^r``, term by
    term (an unnamed ``+ const`` stays a factor of its own, which is left out as any
    free constant is); any other row as it is. A likelihood's log (``ell = log L =
    sum ...``) is not read so: terms free of a parameter are left out of it as a rule."""
    if (
        isinstance(lhs, sp.log)
        and isinstance(lhs.args[0], NamedApplied)
        and _DENSITY.match(str(lhs.args[0].func))
        and isinstance(rhs, sp.Expr)
        and not _free_term(lhs, rhs)
    ):
        return lhs.args[0], sp.Mul(*[sp.exp(t) for t in sp.Add.make_args(rhs)])
    return lhs, rhs


def _free_term(lhs: sp.Basic, rhs: sp.Expr) -> bool:
    """Does ``rhs`` add a term of letters found nowhere else (``+ C``, ``+ \\text{const}``)?
    Such a log density is written up to its normalising constant, which may hold any of
    the density's other arguments (``\\log p(\\mu \\mid x) = ... + C``): not weighed."""
    return bool(_lonely_parts(sp.Add.make_args(rhs), lhs.free_symbols))


def _lonely_parts(parts: tuple, keep: set) -> list[int]:
    """The indices of the ``parts`` (terms or factors) whose letters appear in no other
    part and are not in ``keep``: an unnamed constant written beside the rest."""
    lonely = []
    for k, part in enumerate(parts):
        syms = part.free_symbols
        if not syms or syms & keep:
            continue
        rest = set().union(*(p.free_symbols for j, p in enumerate(parts) if j != k))
        if not syms & rest:
            lonely.append(k)
    return lonely


def _without_free_constants(claim: Claim, lhs: sp.Basic | None) -> Claim:
    """``claim`` without the factors made only of symbols that appear nowhere else in it and
    that the row's head does not name as arguments: ``\\text{constant}`` and ``c`` of
    ``L(\\mu, \\sigma) = c \\prod_i ...``, a constant a likelihood may leave unnamed (held-out
    batch 19), not a parameter its mass may depend on."""
    named = (
        set().union(*(a.free_symbols for a in lhs.args)) if isinstance(lhs, NamedApplied) else set()
    )
    keep = {claim.obs} | named | ({claim.size} if claim.size is not None else set())
    parts = [*sp.Mul.make_args(claim.prefactor), *sp.Mul.make_args(claim.g)]
    drop = {
        parts[k]
        for k in _lonely_parts(tuple(parts), keep)
        if all(isinstance(s, sp.Symbol) for s in parts[k].free_symbols)
    }
    if not drop:
        return claim
    pre = sp.Mul(*[f for f in sp.Mul.make_args(claim.prefactor) if f not in drop])
    g = sp.Mul(*[f for f in sp.Mul.make_args(claim.g) if f not in drop])
    return dataclasses.replace(claim, prefactor=pre, g=g)


_JOINT = re.compile(r"\bjoint(ly)?\b", re.I)
#: The arguments of the row's head as written: ``p(x, y \mid \theta)``.
_HEAD_ARGS = re.compile(r"^[^=(]*\(([^()]*)\)")
#: What separates the variables of a density from its parameters (or conditions).
_GIVEN = re.compile(r"\\mid|\\vert|[|;]")


def _maybe_joint(
    claim: Claim,
    lhs: sp.Basic | None,
    text: str,
    prose: str,
    stated: Callable[[str], Support | None | bool],
) -> bool:
    """May ``p(x, y) = ...`` be the joint density of ``x`` and ``y``?

    Its mass is then over both (``4xy`` on the unit square: 1), not over ``x`` with
    ``y`` held (``4y``), and this check integrates over one variable only. The reader
    drops what separates variables from parameters, so the row's text says it: two
    names before a ``|`` or ``;`` are variables; with commas alone (``f(x, \\lambda)``
    is as common as ``p(x, y)``) the others are variables when the post calls the
    density joint or gives one of them a range of its own. Then nothing is shown wrong.
    """
    if claim.kind != "density" or not isinstance(lhs, NamedApplied):
        return False
    if not any(isinstance(a, sp.Symbol) and a in claim.g.free_symbols for a in lhs.args[1:]):
        return False
    head = _HEAD_ARGS.match(text)
    if head and _GIVEN.search(head.group(1)):
        return "," in _GIVEN.split(head.group(1))[0]
    return bool(_JOINT.search(prose)) or any(
        isinstance(stated(a.name), Support) for a in lhs.args[1:] if isinstance(a, sp.Symbol)
    )


def _observation_name(claim: Claim, rhs: sp.Basic) -> str | None:
    if claim.kind == "density":
        return claim.obs.name
    bases = {a.base for a in rhs.atoms(sp.Indexed)}
    return str(next(iter(bases)).label) if len(bases) == 1 else None


def _sample_flags(rhs: sp.Basic) -> dict[str, bool]:
    bases = {a.base for a in rhs.atoms(sp.Indexed)}
    if len(bases) != 1:
        return {}
    label = next(iter(bases)).label
    return dict(getattr(label, "assumptions0", {}) or {})


# ------------------------------------------------------------------ x written for x_i


def plain_for_sample(
    rhs: sp.Basic, sample_names: Mapping[str, str], defined: Callable[[sp.Basic], bool]
) -> tuple[sp.Symbol, sp.Product] | None:
    """A product over ``i`` whose factor holds the plain ``x`` of samples ``x_i``."""
    for p in rhs.atoms(sp.Product):
        if len(p.limits) != 1:
            continue
        idx = p.limits[0][0]
        for s in p.function.free_symbols:
            if (
                isinstance(s, sp.Symbol)
                and not isinstance(s, Named)
                and s.is_commutative
                and sample_names.get(s.name) == idx.name
                and not defined(s)
            ):
                return s, p
    return None


def check_plain_for_sample(
    lhs: sp.Basic,
    rhs: sp.Basic,
    sample_names: Mapping[str, str],
    defined: Callable[[sp.Basic], bool],
    seed_text: str = "",
) -> Finding | None:
    """Refute a likelihood ``prod_i g(x)`` whose factor writes ``x`` for the samples ``x_i``."""
    name = _name(lhs)
    if name is None or not _LIKELIHOOD.match(name):
        return None
    try:
        with _budget.time_limit(TIME_LIMIT), evaluating(True):
            found = plain_for_sample(rhs, sample_names, defined)
            if found is None:
                return None
            s, product = found
            idx, lo, hi = product.limits[0]
            if lo != 1 or not isinstance(hi, sp.Symbol):
                return None
            base = sp.IndexedBase(s.name)
            body = product.function
            # x -> x_i where x stands alone (the x of an x_i in the factor is its label).
            masks = {a: sp.Dummy() for a in body.atoms(sp.Indexed)}
            body = body.xreplace(masks).xreplace({s: base[idx]})
            body = body.xreplace({d: a for a, d in masks.items()})
            meant = rhs.xreplace({product: sp.Product(body, (idx, lo, hi))})
            return _plain_counterexample(rhs, meant, s, base, hi, seed_text)
    except (_budget.StepTimeout, RecursionError, ValueError, TypeError, ZeroDivisionError):
        return None


def _label(p: sp.Basic) -> str:
    """``x_0`` for the sample element ``x[0]``, the name of any other symbol."""
    if isinstance(p, sp.Indexed):
        return f"{p.base.label}_{p.indices[0]}"
    return str(p)


def _plain_counterexample(
    written: sp.Basic,
    meant: sp.Basic,
    s: sp.Symbol,
    base: sp.IndexedBase,
    size: sp.Symbol,
    seed_text: str,
) -> Finding | None:
    # The samples x_i of the row may be an IndexedBase with flags: one base, by name.
    same = {
        a.base: base
        for e in (written, meant)
        for a in e.atoms(sp.Indexed)
        if str(a.base.label) == str(base.label)
    }
    written, meant = written.xreplace(same), meant.xreplace(same)
    if {str(a.base.label) for e in (written, meant) for a in e.atoms(sp.Indexed)} - {s.name}:
        return None  # other samples in the row: not a likelihood of x alone
    labels = {a.base.label for e in (written, meant) for a in e.atoms(sp.Indexed)}
    free = (written.free_symbols | meant.free_symbols) - {s, size} - labels
    params = sorted((p for p in free if not isinstance(p, sp.Indexed)), key=str)
    if any(not isinstance(p, sp.Symbol) or isinstance(p, Named) for p in params):
        return None
    # x_0 (a known scale, an initial value) beside x_1..x_n: a constant of the row
    params += sorted(
        {a for e in (written, meant) for a in e.atoms(sp.Indexed) if a.indices[0].is_Integer},
        key=str,
    )
    rng = random.Random(zlib.crc32(seed_text.encode("utf-8")))
    n = 2
    for _ in range(12):
        env: dict[sp.Basic, Any] = {size: mpmath.mpf(n)}
        # Small whole numbers: values a count or a measurement may take.
        xs = [mpmath.mpf(v) for v in rng.sample((1, 2, 3), n)]
        plain = mpmath.mpf(rng.choice((1, 2, 3)))
        env[s] = plain
        for k, v in enumerate(xs, 1):
            env[base[k]] = v
        for p in params:
            env[p] = mpmath.mpf(rng.uniform(0.8, 2.0))
        a, b = _value(written, env), _value(meant, env)
        if a is None or b is None or not mpmath.isfinite(a) or not mpmath.isfinite(b):
            continue
        if abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-300):
            continue
        ce: dict[str, Any] = {"n": n, s.name: float(plain)}
        ce.update({f"{s.name}_{k}": float(v) for k, v in enumerate(xs, 1)})
        ce.update({_label(p): float(env[p]) for p in params})
        ce["written"] = float(a)
        ce[f"with {s.name}_i"] = float(b)
        reason = (
            f"the likelihood's product runs over the samples {s.name}_i, but its factor is "
            f"written in {s.name}, not {s.name}_i (the post writes the samples {s.name}_i): "
            f"the {s.name} part is the same number in every factor, so the row is not the "
            f"likelihood of {s.name}_1, ..., {s.name}_n (with {s.name}_i for {s.name} its value "
            "differs)"
        )
        return Finding(reason, ce, f"the product's factor read with {s.name}_i")
    return None


# EXPECT5: a constant density on the range its own row states (see ._announced_density)
def constant_claim(pr: Any, lhs: sp.Basic, rhs: sp.Basic, prose: str) -> Any | None:
    """The density claim of ``f(x) = c, lo <= x <= hi`` (``c`` free of ``x``) when the row
    states the range of ``x`` and ``prose``, if any, calls the formula a density; None
    otherwise (see the module). The parameters may follow a bar or a semicolon
    (``f(x | \\theta) = 1/\\theta``, ``f(x \\mid a, b)``; moments61), never a comma alone:
    ``f(x, y) = 1/y, 0 < x < y`` may be the joint density of two variables."""
    if not isinstance(lhs, NamedApplied) or not lhs.args:
        return None
    if len(lhs.args) > 1 and not _parameters_after_bar(lhs):
        return None
    if not _DENSITY.match(str(lhs.func)):
        return None
    obs = lhs.args[0]
    if not isinstance(obs, sp.Symbol) or len(obs.name) != 1 or not obs.name.islower():
        return None
    if not isinstance(rhs, sp.Expr) or obs in rhs.free_symbols or rhs.is_zero is not False:
        return None
    if rhs.atoms(sp.Indexed, sp.Sum, sp.Product, sp.Integral, sp.Function):
        return None
    if prose and not (_DENSITY_WORDS.search(prose) or announced(prose)):
        return None  # a paragraph that does not call it a density: any function
    if not _states_range(pr, obs):
        return None
    return Claim("density", rhs, obs)


def _parameters_after_bar(lhs: NamedApplied) -> bool:
    """``f(x | a, b)``: one variable before the bar (or semicolon), and only plain letters,
    other than it, after (the parameters)."""
    first, *rest = lhs.args
    return bar_of(lhs) == 1 and all(isinstance(a, sp.Symbol) and a != first for a in rest)


def _states_range(pr: Any, obs: sp.Symbol) -> bool:
    """Does a later statement of the row bound ``obs`` on both sides (``0 \\le x \\le a``)?"""
    for st in pr.statements[1:]:
        if not st.relations or not set(st.relations) <= {"<", "<="}:
            continue
        sides = list(st.sides)
        if sides.count(obs) == 1 and 0 < sides.index(obs) < len(sides) - 1:
            return True
    return False


__all__ = [
    "BINARY",
    "CANDIDATES",
    "COUNTS",
    "DECLARED_SUPPORTS",
    "POSITIVE",
    "POSITIVE_COUNTS",
    "REALS",
    "Claim",
    "Finding",
    "Support",
    "check_claim",
    "check_plain_for_sample",
    "check_row",
    "constant_claim",
    "declared_supports",
    "density_claim",
    "density_links",
    "listed_supports",
    "mass",
    "stated_support",
    "stated_supports",
    "support_of",
]


# ------------------------------------------------------------------ the row builder's hook


def density_links(
    pr: Any,
    links: Sequence[Any],
    *,
    head_text: str = "",
    sample_names: Mapping[str, str] | None = None,
    defined: Callable[[sp.Basic], bool] = lambda s: False,
    stated: Callable[[str], Support | None | bool] = lambda name: None,
) -> list[Any]:
    """The links to add to a row the builder has planned: a refutation when the row
    defines a density or likelihood that is shown wrong (empty otherwise).

    ``head_text`` is the text of the row this row continues when the reader could not
    parse it (``L(\\mu, \\sigma; x) &= ...`` with an unread right side).
    """
    try:
        return _density_links(pr, links, head_text, sample_names or {}, defined, stated)
    except (*READING_ERRORS, ArithmeticError):
        # Never a crash: the row stays as the builder planned it.
        return []


def _density_links(
    pr: Any,
    links: Sequence[Any],
    head_text: str,
    sample_names: Mapping[str, str],
    defined: Callable[[sp.Basic], bool],
    stated: Callable[[str], Support | None | bool],
) -> list[Any]:
    from ._plans import DEFINITION, OWN, UNRELATED, LinkPlan

    if not pr.ok or not pr.statements or not links:
        return []
    st = pr.statements[0]
    if not st.relations or st.relations[0] not in ("=", ":=") or len(st.sides) < 2:
        return []
    lhs, rhs = st.sides[0], st.sides[1]
    if rhs is None:
        return []
    first = links[0]
    if lhs is not None:
        if first.kind != DEFINITION or not first.how.startswith("defines"):
            return []
        head_text = ""
    elif not (head_text and first.kind == UNRELATED):
        return []
    finding = None
    if lhs is not None:
        finding = check_plain_for_sample(lhs, rhs, sample_names, defined, seed_text=pr.row.text)
    if finding is None:
        finding = check_row(
            lhs,
            rhs,
            prose=f"{pr.row.prose}\n{pr.row.annotation}",
            head_text=head_text,
            stated=stated,
            seed_text=pr.row.text,
        )
    if finding is None:
        return []
    return [
        LinkPlan(
            st.relations[0],
            OWN,
            verdict="refuted",
            reason=finding.reason,
            how=finding.how,
            counterexample=finding.counterexample,
        )
    ]
