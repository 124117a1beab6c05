"""The densities of declared laws, one per convention in common use (laws28).

A post declares a law - ``X \\sim \\mathrm{Gamma}(\\alpha, \\beta)``, "a random sample from
a Weibull distribution $W(k, \\lambda)$", "the data are iid exponential with rate
$\\lambda$" - and then writes its density, likelihood or log-likelihood. Which density
the name means depends on a convention the post may not say: the rate or the scale of
an exponential or gamma law, a geometric count from 0 or from 1, the order of the
Weibull's or Pareto's arguments, a log-normal's variance or standard deviation, the
failures or the trials of a negative binomial. :data:`TABLE` gives, for each name, every
such convention as a family of :data:`._parameter_space.FAMILIES` (its density, the
roles of its parameters, its support) and the order in which the declared arguments are
its parameters.

A row is compared with every convention (:func:`density_disagreement`): it may be
proved when it equals one (the verdict names it), refuted only when it differs from
every one at a point of that convention's parameter space and support, and is left as
planned otherwise. Nothing here reads text: the arguments are sympy symbols or whole
numbers the reader already made.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from ._parameter_space import FAMILIES, Family, _number, sample_observation, sample_value
from ._tosympy import Named, NamedApplied

#: Families that :data:`FAMILIES` lacks (their density is free of the observation, or
#: their support starts at a parameter): only declared laws use them.
_OWN_FAMILIES = (
    Family("uniform", ("real", "real"), lambda x, a, b: 1 / (b - a), "between p0 p1"),
    # Pareto(alpha) with one argument: the scale (the least value) 1
    Family("Pareto (scale 1)", ("positive",), lambda x, a: a / x ** (a + 1), "from 1"),
    # the number of trials up to the r-th success
    Family(
        "negative binomial (trials)",
        ("trials", "probability"),  # a whole number of successes: x - r is a count
        lambda x, r, p: sp.binomial(x - 1, r - 1) * p**r * (1 - p) ** (x - r),
        "from p0",
    ),
)
_BY_NAME = {f.name: f for f in (*FAMILIES, *_OWN_FAMILIES)}


@dataclasses.dataclass(frozen=True)
class Convention:
    """One reading of a declared law: ``family``'s parameter ``k`` is the declared
    argument ``order[k]``; ``label`` says which (``{0}`` the first declared argument)."""

    family: Family
    order: tuple[int, ...]
    label: str
    #: the declared argument at this position is a variance (a square is never a scale)
    variance_at: int | None = None


def _c(name: str, order: tuple[int, ...], label: str, variance_at: int | None = None):
    return Convention(_BY_NAME[name], order, label, variance_at)


_EXP = (
    _c("exponential (rate)", (0,), "{0} the rate"),
    _c("exponential (scale)", (0,), "{0} the scale (the mean)"),
)
_GAMMA = (
    _c("gamma (shape, rate)", (0, 1), "shape {0} and rate {1}"),
    _c("gamma (shape, scale)", (0, 1), "shape {0} and scale {1}"),
)
_WEIBULL = (
    _c("Weibull", (0, 1), "shape {0} and scale {1}"),
    _c("Weibull", (1, 0), "shape {1} and scale {0}"),
    _c("Weibull (rate)", (0, 1), "shape {0} and rate {1}"),
    _c("Weibull (rate)", (1, 0), "shape {1} and rate {0}"),
)
_NORMAL = (
    _c("normal", (0, 1), "mean {0} and variance {1}", 1),
    _c("normal (sd)", (0, 1), "mean {0} and standard deviation {1}"),
)
_LOGNORMAL = (
    _c("log-normal", (0, 1), "log-mean {0} and log-variance {1}", 1),
    _c("log-normal (sd)", (0, 1), "log-mean {0} and log-standard deviation {1}"),
)

_NB = "{{0}} {}, success probability {{1}}, counting {}"

#: Declared name (as the reader writes it, upright commands stripped) -> its conventions.
TABLE: dict[str, tuple[Convention, ...]] = {
    **dict.fromkeys(("Exp", "Expo", "Exponential"), _EXP),
    **dict.fromkeys(("Poisson", "Pois", "Poiss"), (_c("Poisson", (0,), "mean {0}"),)),
    **dict.fromkeys(
        ("Bernoulli", "Bern", "Ber"), (_c("Bernoulli", (0,), "success probability {0}"),)
    ),
    **dict.fromkeys(
        ("Bin", "Binom", "Binomial"),
        (_c("binomial", (0, 1), "{0} trials and success probability {1}"),),
    ),
    **dict.fromkeys(("Normal", "\\mathcal{N}", "N"), _NORMAL),
    **dict.fromkeys(("Gamma", "Gam", "Ga"), _GAMMA),
    **dict.fromkeys(
        ("Geom", "Geo", "Geometric"),
        (
            _c("geometric", (0,), "success probability {0}, counting trials from 1"),
            _c("geometric (from 0)", (0,), "success probability {0}, counting failures from 0"),
        ),
    ),
    **dict.fromkeys(("Beta", "Bet"), (_c("beta", (0, 1), "shapes {0} and {1}"),)),
    **dict.fromkeys(
        ("Uniform", "Unif", "U"), (_c("uniform", (0, 1), "the interval from {0} to {1}"),)
    ),
    **dict.fromkeys(("Laplace", "Lap"), (_c("Laplace", (0, 1), "location {0} and scale {1}"),)),
    **dict.fromkeys(
        ("Rayleigh", "Rayl"),
        (
            _c("Rayleigh", (0,), "scale {0}"),
            _c("Rayleigh (variance)", (0,), "{0} the square of the scale", 0),
        ),
    ),
    **dict.fromkeys(("Weibull", "Weib", "Wei"), _WEIBULL),
    **dict.fromkeys(
        ("Pareto", "Par"),
        (
            _c("Pareto", (0, 1), "shape {0} and scale (minimum) {1}"),
            _c("Pareto", (1, 0), "shape {1} and scale (minimum) {0}"),
            _c("Pareto (scale 1)", (0,), "shape {0} and scale (minimum) 1"),
        ),
    ),
    **dict.fromkeys(("LogNormal", "Lognormal", "LN", "logN", "Lognorm", "LogN"), _LOGNORMAL),
    **dict.fromkeys(
        ("NB", "NegBin", "NegBinom", "NBin", "NegBinomial"),
        (
            _c(
                "negative binomial (p stopping)",
                (0, 1),
                "{0} successes, success probability {1}, counting failures",
            ),
            _c(
                "negative binomial (p counted)",
                (0, 1),
                "{0} failures, success probability {1}, counting successes",
            ),
            _c(
                "negative binomial (trials)",
                (0, 1),
                "{0} successes, success probability {1}, counting trials",
            ),
        ),
    ),
}

_UPRIGHT = re.compile(r"^\\(?:mathrm|text|operatorname|textrm|textsf|mathsf)\{\s*([A-Za-z]+)\s*\}$")


def table_name(name: str) -> str | None:
    """The key of :data:`TABLE` a declared name is (``\\mathrm{NB}`` -> ``NB``), or None."""
    name = re.sub(r"\s+", "", name)
    m = _UPRIGHT.match(name)
    key = m.group(1) if m else name
    return key if key in TABLE else None


def _is_square(a: sp.Basic) -> bool:
    """``\\sigma^2`` (the variance symbol ``sigma2``) or a square."""
    return (isinstance(a, sp.Symbol) and a.name == "sigma2") or (
        isinstance(a, sp.Pow) and a.exp == 2
    )


def conventions(name: str, args: Sequence[sp.Basic]) -> tuple[Convention, ...]:
    """The conventions of the law ``name(*args)``: none for a name the table lacks, a
    count of arguments its families do not take, or arguments that are not distinct
    plain symbols, whole numbers or a variance symbol (``Poisson(\\lambda x_i)``, ``N(\\mu,
    \\mu)``: the draws could not give them values of their own). A square argument is a
    variance: a convention reading it as a scale is left out."""
    key = table_name(name)
    if key is None:
        return ()
    found = tuple(c for c in TABLE[key] if len(c.order) == len(args))
    symbols = [a for a in args if not a.is_number]
    if len(set(symbols)) != len(symbols):
        return ()
    for a in args:
        if a.is_number:
            if not (a.is_Integer or a.is_Rational):
                return ()
        elif not isinstance(a, sp.Symbol):
            return ()
    out = []
    for c in found:
        squares = [k for k, a in enumerate(args) if _is_square(a)]
        if any(k != c.variance_at for k in squares):
            continue  # sigma^2 read as a standard deviation or a scale
        out.append(c)
    return tuple(out)


def with_squares(args: Sequence[sp.Basic], value: sp.Basic) -> list[sp.Basic]:
    """``sigma2`` as ``sigma**2`` when ``value`` writes ``sigma`` and not ``sigma2``
    (``N(\\mu, \\sigma^2)`` and a density in ``\\sigma``); other arguments unchanged."""
    written = {s.name: s for s in value.free_symbols if isinstance(s, sp.Symbol)}
    out = []
    for a in args:
        if isinstance(a, sp.Symbol) and a.name == "sigma2" and "sigma" in written:
            if "sigma2" in written:
                return list(args)  # both written: which is which is not guessed
            out.append(written["sigma"] ** 2)
        else:
            out.append(a)
    return out


def same_variance(value: sp.Basic, args: Sequence[sp.Basic]) -> sp.Basic:
    """``value`` with the variance symbol ``sigma2`` (the reader's ``\\sigma^2``) written as
    ``sigma**2`` when the law's arguments hold ``sigma`` (``Rayleigh(\\sigma)`` and a density
    in ``\\sigma^2``): one name, as the reader means it."""
    sigma = next(
        (
            s
            for a in args
            for s in getattr(a, "free_symbols", ())
            if isinstance(s, sp.Symbol) and s.name == "sigma"
        ),
        None,
    )
    if sigma is None:
        return value
    found = [s for s in value.free_symbols if isinstance(s, sp.Symbol) and s.name == "sigma2"]
    return value.xreplace({s: sigma**2 for s in found}) if found else value


def form(c: Convention, obs: sp.Symbol, args: Sequence[sp.Basic]) -> sp.Basic:
    """The density of convention ``c`` at ``obs`` with the declared ``args``."""
    return c.family.density(obs, *[args[k] for k in c.order])


def describe(c: Convention, args: Sequence[sp.Basic]) -> str:
    """``with shape alpha and rate beta``."""
    return "with " + c.label.format(*[str(a) for a in args])


#: Words a convention's label and a post's prose may both hold: the words that tell the
#: conventions of one family apart.
ROLE_WORDS = frozenset(
    {"rate", "scale", "mean", "variance", "deviation", "trials", "failures", "successes"}
)


def spoken_for(labels: Sequence[str], words: frozenset | set) -> list[bool]:
    """For each convention (by its label), may the post mean it? Not when the post's prose
    ``words`` hold a word that tells another convention apart from it ("rate" beside
    ``Exp(lambda)`` rules the scale out; "mean" rules the rate out): a proof must not rest
    on a convention the words speak against. One convention is always allowed."""
    if len(labels) < 2:
        return [True] * len(labels)
    own = [set(re.findall(r"[a-z]+", label.lower())) & ROLE_WORDS for label in labels]
    out = []
    for k, mine in enumerate(own):
        others = set().union(*(o for j, o in enumerate(own) if j != k)) - mine
        out.append(not others & set(words))
    return out


def _inside(c: Convention, values: Sequence[Any], x: Any) -> bool:
    """Is ``x`` in the support of ``c``'s family at the parameter ``values``?"""
    kind = c.family.support
    if kind == "between p0 p1":
        return values[0] < x < values[1]
    if kind == "above p1":
        return x >= values[1]
    if kind == "from p0":
        return x >= values[0]
    if kind == "from 1":
        return x >= 1
    return True


def _observation(c: Convention, values: Sequence[Any], rng: random.Random) -> Any:
    kind = c.family.support
    if kind == "between p0 p1":
        return values[0] + (values[1] - values[0]) * sp.Rational(rng.randint(5, 95), 100)
    if kind == "from p0":
        return sp.Integer(int(sp.ceiling(values[0]))) + rng.randint(0, 6)
    if kind == "from 1":
        return 1 + sp.Rational(rng.randint(1, 300), 100)
    return sample_observation(c.family, values, rng)


def draw(c: Convention, args: Sequence[sp.Basic], rng: random.Random) -> tuple[dict, list] | None:
    """A point of ``c``'s parameter space for the declared ``args``: (symbol -> value,
    the family's parameter values); None when the whole numbers written leave no room
    (``U(3, 1)``)."""
    values = []
    for k, role in enumerate(c.family.roles):
        a = args[c.order[k]]
        if a.is_number:
            if role == "probability" and not 0 < a < 1 or role == "positive" and not a > 0:
                return None
            values.append(a)
        elif role == "positive" and rng.random() < 0.3:
            values.append(sp.Integer(rng.randint(1, 4)))  # a whole shape: (-x)^k is real
        else:
            values.append(sample_value(role, rng))
    if c.family.support == "between p0 p1" and values[0] >= values[1]:
        wide = sp.Rational(rng.randint(30, 400), 100)
        if not args[c.order[1]].is_number:
            values[1] = values[0] + wide
        elif not args[c.order[0]].is_number:
            values[0] = values[1] - wide
        else:
            return None
    env: dict = {}
    for k, v in enumerate(values):
        a = args[c.order[k]]
        if isinstance(a, sp.Pow):  # sigma**2 (see with_squares): sigma is the root
            env[a.base] = sp.sqrt(v)
        elif not a.is_number:
            env[a] = v
    return env, values


#: Points at which a row is compared with each convention.
POINTS = 6
#: A row larger than this (in operations) is not weighed.
MAX_OPS = 300
#: Relative difference that refutes (values are computed to 30 digits).
RTOL = 1e-10


#: :func:`_draw_inside`'s answer for an observation drawn outside the support.
_OUTSIDE = ({}, [])


def _draw_inside(c: Convention, args: Sequence[sp.Basic], obs: sp.Symbol, rng: random.Random):
    """A point of ``c``'s parameter space with an observation: (symbol -> value, with
    ``obs``; the family's parameter values), :data:`_OUTSIDE` when the observation fell
    outside the support, None when the written numbers leave no room."""
    drawn = draw(c, args, rng)
    if drawn is None:
        return None
    env, values = drawn
    x = _observation(c, values, rng)
    if not _inside(c, values, x):
        return _OUTSIDE
    return {k: v for k, v in {**env, obs: x}.items() if isinstance(k, sp.Symbol)}, values


def _truncation_like(
    value: sp.Basic,
    expected: sp.Basic,
    obs: sp.Symbol,
    env: dict,
    c: Convention,
    args: Sequence[sp.Basic],
    values: Sequence[Any],
    rng: random.Random,
) -> bool:
    """Is the written density the law's times a factor of its parameters that is never
    below 1, as the law restricted to part of its support is (``theta^x e^{-theta} / (x!
    (1 - e^{-theta}))``, the zero-truncated Poisson)? At ``env``'s parameters and at
    another draw of them the ratio is the same at three observations, is at least 1, and
    differs between the two draws. A number times the law (``2 alpha^x (1 -
    alpha)^{1-x}``) or a factor below 1 (``p^2 (1 - p)^x``) is none."""
    first = _ratio_in(value, expected, obs, env, c, values, rng)
    if first is None or first < 1:
        return False
    for _ in range(8):
        drawn = _draw_inside(c, args, obs, rng)
        if drawn is None:
            return False
        if drawn is _OUTSIDE:
            continue
        other, again_values = drawn
        second = _ratio_in(value, expected, obs, other, c, again_values, rng)
        if second is None or second < 1:
            return False
        return abs(first - second) > RTOL * (abs(first) + abs(second)) + 1e-20
    return False


def _ratio_in(
    value: sp.Basic,
    expected: sp.Basic,
    obs: sp.Symbol,
    env: dict,
    c: Convention,
    values: Sequence[Any],
    rng: random.Random,
) -> Any:
    """``value / expected`` when it is the same at ``env``'s observation and two more in
    the support (the parameters kept), else None."""
    mine, theirs = _value(value, env), _value(expected, env)
    if not mine or not theirs:
        return None
    ratio = mine / theirs
    seen = 0
    for _ in range(8):
        x = _observation(c, values, rng)
        if not _inside(c, values, x) or x == env.get(obs):
            continue
        a, b = _value(value, {**env, obs: x}), _value(expected, {**env, obs: x})
        if a is None or not b or abs(a / b - ratio) > RTOL * (abs(ratio) + abs(a / b)) + 1e-20:
            return None
        seen += 1
        if seen == 2:
            return ratio
    return None


def _value(e: sp.Basic, env: dict) -> Any:
    """:func:`._parameter_space._number`, with an overflow of the evaluation None too."""
    try:
        return _number(e, env)
    except OverflowError:
        return None


def density_disagreement(
    name: str,
    args: Sequence[sp.Basic],
    obs: sp.Symbol,
    value: sp.Basic,
    seed: int,
    may_truncate: bool = False,
) -> dict | None:
    """A counterexample when the density ``value`` (of ``obs``) is the density of the law
    ``name(*args)`` under none of its conventions: for each one, a point of its parameter
    space and support where the two are finite reals that differ. None when it may be
    one of them, when a convention could not be weighed (no point gave both sides a
    value), or when ``value`` lacks one of the law's arguments or holds another name than
    them and ``obs`` (a known value put in, another parameter: not this law's density as
    written). ``may_truncate``: the words may mean the law over part of its support, and
    a multiple of its density by a factor of its parameters never below 1 is no
    refutation (:func:`_truncation_like`)."""
    convs = conventions(name, args)
    if not convs or not isinstance(value, sp.Expr):
        return None
    if value.atoms(sp.Indexed, sp.Sum, sp.Product, sp.Derivative, sp.Integral):
        return None
    if sp.count_ops(value) > MAX_OPS:
        return None  # a bound on what a hostile row can make the draws cost
    value = same_variance(value, args)
    args = with_squares(args, value)
    params = set().union(*(a.free_symbols for a in args))
    if not params <= value.free_symbols:
        return None  # a parameter set to a value ("with lambda = 2, f(x) = 2 e^{-2x}")
    allowed = {obs} | params
    if not value.free_symbols <= allowed or any(
        not isinstance(s, sp.Symbol) for s in value.free_symbols
    ):
        return None
    if value.atoms(Named, NamedApplied, AppliedUndef):
        return None  # a name the reader could not give a value
    rng = random.Random(seed)
    found: dict[str, Any] = {}
    for c in convs:
        expected = form(c, obs, args)
        point = None
        for _ in range(3 * POINTS):
            drawn = _draw_inside(c, args, obs, rng)
            if drawn is None:
                return None
            if drawn is _OUTSIDE:
                continue
            env, values = drawn
            mine, theirs = _value(value, env), _value(expected, env)
            if mine is None or theirs is None:
                continue
            if abs(mine - theirs) > RTOL * (abs(mine) + abs(theirs)) and abs(mine - theirs) > 1e-20:
                point = (env, mine, theirs)
                break
        if point is None:
            return None  # it may be this convention's density (or it could not be weighed)
        env, mine, theirs = point
        if may_truncate and _truncation_like(value, expected, obs, env, c, args, values, rng):
            # theta^x e^{-theta} / (x! (1 - e^{-theta})): a multiple of the law's density by
            # a factor of its parameters, the law over part of its support (truncated,
            # conditioned); a number times it (2 alpha^x (1 - alpha)^{1-x}) is refuted
            return None
        tag = describe(c, args)
        for k, v in env.items():
            found[f"{k} ({tag})"] = float(v)
        found[f"written ({tag})"] = float(mine)
        found[f"the law's ({tag})"] = float(theirs)
    return found


__all__ = [
    "TABLE",
    "Convention",
    "conventions",
    "density_disagreement",
    "describe",
    "draw",
    "same_variance",
    "spoken_for",
    "form",
    "table_name",
    "with_squares",
]
