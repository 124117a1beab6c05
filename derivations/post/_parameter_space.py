"""The parameters of a named distribution lie in its parameter space.

``y_i \\sim \\mathrm{Poiss}(\\lambda x_i)`` says that the Poisson mean
``\\lambda x_i`` is positive; ``\\varepsilon_n \\sim \\mathcal{N}(0, \\tau)`` that
the variance ``\\tau`` is. A post that states its model this way seldom states
the domain again, and without it the engine draws negative exposures and
refutes ``\\log \\prod_i (\\lambda x_i)^{y_i} \\ldots = \\sum_i \\log \\ldots``.

Only parameters that are positive in every common parameterisation are read
(a Poisson mean, an exponential rate or scale, a normal variance, the shapes
and scales of the gamma, beta, Weibull, Pareto, Rayleigh and Laplace
distributions), and only when the parameter is written as one name or as a
product of plain names with a positive number (``\\lambda``, ``2 \\lambda``,
``\\lambda x_i``). A product of names is read as each name positive: the
rate-times-exposure convention (a rate and an exposure are positive), which is
what authors mean; ``\\lambda x_i > 0`` alone would allow both negative. A sum
(``\\lambda + x_i``), a sign (``-\\lambda``) or anything else bounds nothing.
The success probability of a Bernoulli, binomial or geometric distribution
written as one name is in ``(0, 1)``: the ends are degenerate models whose
log-likelihood is not defined, and no MLE derivation works there.

A post may write the density instead of naming it (``p(x) = x^{\\alpha - 1}
(1 - x)^{\\beta - 1} / B(\\alpha, \\beta)``). :data:`FAMILIES` is a table of named
densities; a definition row the reader took as a density or a likelihood whose
formula equals one of them (checked at points of the family's domain, see
:func:`identify`) implies the family's parameter domain and support
(:func:`implied_domains`): a function is a density only where its parameters
make it one.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import random
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import mpmath
import sympy as sp

from .._forms import memoised
from . import _notation as T
from ._tosympy import Opaque, evaluating

#: distribution (as the reader names it) -> positions of the parameters that are positive.
POSITIVE_PARAMETERS: dict[str, tuple[int, ...]] = {
    "Poiss": (0,),
    "Pois": (0,),
    "Poisson": (0,),
    "Exp": (0,),
    "Expo": (0,),
    "Rayleigh": (0,),
    "Normal": (1,),  # N(mu, sigma^2): the variance
    "\\mathcal{N}": (1,),
    "Laplace": (1,),  # Laplace(mu, b): the scale
    "Cauchy": (1,),  # Cauchy(x0, gamma): the scale
    "Gamma": (0, 1),
    "Gam": (0, 1),  # The Book of Statistical Proofs' names: Gam(a, b), Bet(a, b)
    "Beta": (0, 1),
    "Bet": (0, 1),
    "Weibull": (0, 1),
    "Pareto": (0, 1),
    # BetBin(n, alpha, beta) (the Book of Statistical Proofs): the beta-binomial's shapes
    **dict.fromkeys(("BetBin", "BetaBin", "BetaBinomial"), (1, 2)),
    **dict.fromkeys(("NegBin", "NegBinom"), (0,)),  # NegBin(r, p): the number of successes
}


#: distribution -> position of its success probability (in (0, 1), see the module).
PROBABILITY_PARAMETERS: dict[str, int] = {
    **dict.fromkeys(("Bern", "Ber", "Bernoulli"), 0),
    **dict.fromkeys(("Bin", "Binom", "Binomial"), 1),
    **dict.fromkeys(("Geom", "Geo", "Geometric"), 0),
    **dict.fromkeys(("NegBin", "NegBinom"), 1),
}


def probability_names(dist: sp.Basic) -> list[sp.Basic]:
    """The success probability of a Bernoulli, binomial or geometric distribution, when
    it is written as one name (``Bern(p)``; ``Bern(1 - p)`` or ``Bin(n, \\sigma(z))``: [])."""
    if not isinstance(dist, Opaque):
        return []
    k = PROBABILITY_PARAMETERS.get(str(dist.func))
    if k is None or len(dist.args) != k + 1:
        return []
    arg = dist.args[k]
    return [arg] if isinstance(arg, (sp.Symbol, sp.Indexed)) and not arg.is_number else []


def positive_names(dist: sp.Basic) -> list[sp.Basic]:
    """The names a distribution's positive parameters make positive (see the module)."""
    if not isinstance(dist, Opaque):
        return []
    positions = POSITIVE_PARAMETERS.get(str(dist.func))
    if positions is None:
        return []
    args = dist.args
    if str(dist.func) in ("Normal", "\\mathcal{N}", "Laplace", "Cauchy") and len(args) != 2:
        return []
    out: list[sp.Basic] = []
    for k in positions:
        if k < len(args):
            out += _positive_factors(args[k])
    return list(dict.fromkeys(out))


def _positive_factors(arg: sp.Basic) -> list[sp.Basic]:
    """``\\lambda x_i`` -> ``[lambda, x[i]]``; ``[]`` unless a positive number times names."""
    factors = _flat_product(arg)
    coeff = [f for f in factors if f.is_number]
    names = [f for f in factors if not f.is_number]
    if not names or any(not (c.is_real and c.is_positive) for c in coeff):
        return []
    if not all(isinstance(f, (sp.Symbol, sp.Indexed)) for f in names):
        return []
    return [f for f in names if f.is_positive is not True]  # sigma2, N: already known


def _flat_product(e: sp.Basic) -> list[sp.Basic]:
    if isinstance(e, sp.Mul):
        out: list[sp.Basic] = []
        for a in e.args:
            out += _flat_product(a)
        return out
    return [e]


def _letter_tex(name: str) -> str | None:
    """A Greek letter's or one Latin letter's TeX (``\\lambda``, ``x``), None otherwise."""
    if name in T.GREEK:
        return "\\" + name
    if len(name) == 1 and name.isascii() and name.isalpha():
        return name
    return None


#: A letter with a short subscript of letters or digits, as the reader names it (``sigma_p``).
_SUBSCRIPTED = re.compile(r"^(?P<base>[A-Za-z]+)_(?P<sub>[A-Za-z0-9]{1,3})$")


def tex_name(e: sp.Basic) -> str | None:
    """The TeX the assumption language reads for a plain name (``\\lambda``, ``x_{i}``),
    or for a letter with a subscript that is no index (``\\sigma_{p}``, ``\\mu_{0}``).

    Held-out batch 29 (repro31): a normal density written with ``\\sigma_p`` implies
    ``\\sigma_p > 0`` as one written with ``\\sigma`` implies ``\\sigma > 0``; without a name
    for it the engine drew it negative and refuted the density's second moment. The text is
    kept only when the assumption language reads it back as this very name and not as a
    sample (``\\sigma_i``, an index letter below, is the i-th of a sample: no scalar name)."""
    if isinstance(e, sp.Indexed):
        if len(e.indices) != 1 or not isinstance(e.indices[0], sp.Symbol):
            return None
        base = _letter_tex(str(e.base.label))
        return None if base is None else f"{base}_{{{e.indices[0]}}}"
    if not isinstance(e, sp.Symbol):
        return None
    plain = _letter_tex(e.name)
    if plain is not None:
        return plain
    m = _SUBSCRIPTED.match(e.name)
    base = _letter_tex(m.group("base")) if m else None
    if m is None or base is None:
        return None
    return _read_back(e.name, f"{base}_{{{m.group('sub')}}}")


@functools.lru_cache(maxsize=512)
def _read_back(name: str, tex: str) -> str | None:
    """``tex`` when the assumption language reads ``tex > 0`` as the scalar ``name``."""
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain

    try:
        read = parse_domain(f"{tex} > 0", "name")
    except (AssumptionError, ValueError):
        return None
    if len(read) != 1 or read[0].sample or read[0].name != name:
        return None
    return tex


def distribution_statements(dists: Iterable[sp.Basic]) -> list[str]:
    """``name > 0`` for each name the distributions' parameters make positive."""
    out: list[str] = []
    for d in dists:
        for name in positive_names(d):
            tex = tex_name(name)
            if tex is not None and f"{tex} > 0" not in out:
                out.append(f"{tex} > 0")
        for name in probability_names(d):
            tex = tex_name(name)
            if tex is not None and f"0 < {tex} < 1" not in out:
                out.append(f"0 < {tex} < 1")
    return out


# ------------------------------------------------------------------ densities written out

#: roles of a family's parameters -> the statement the role makes of its name.
_ROLE_STATEMENTS = {
    "positive": "{p} > 0",
    "probability": "0 < {p} < 1",
    "real": "",
    "trials": "{p} positive integer",
}
#: the support of one observation -> statements (``{x}`` the observation, ``{p0}`` ...
#: the parameters' names).
_SUPPORT_STATEMENTS = {
    "reals": (),
    "positive": ("{x} > 0",),
    "unit": ("0 < {x} < 1",),
    "counts": ("{x} nonnegative integer",),
    "positive counts": ("{x} positive integer",),
    "binary": ("{x} \\in \\{{0, 1\\}}",),
    "above p1": ("{x} \\ge {p1}",),
}


@dataclasses.dataclass(frozen=True)
class Family:
    """A named density: its parameters' roles, its formula and its support."""

    name: str
    roles: tuple[str, ...]
    density: Callable[..., sp.Expr]  # (x, *parameters) -> the density at x
    support: str


def _gauss(x: sp.Expr, mu: sp.Expr, v: sp.Expr) -> sp.Expr:
    return sp.exp(-((x - mu) ** 2) / (2 * v)) / sp.sqrt(2 * sp.pi * v)


#: The families whose density a post writes out. A parameterisation is a family of its
#: own (rate and scale): the formula decides which one the post uses.
FAMILIES: tuple[Family, ...] = (
    Family("Bernoulli", ("probability",), lambda x, p: p**x * (1 - p) ** (1 - x), "binary"),
    Family(
        "binomial",
        ("trials", "probability"),
        lambda x, n, p: sp.binomial(n, x) * p**x * (1 - p) ** (n - x),
        "counts",
    ),
    Family("geometric", ("probability",), lambda x, p: p * (1 - p) ** (x - 1), "positive counts"),
    Family("geometric (from 0)", ("probability",), lambda x, p: p * (1 - p) ** x, "counts"),
    Family(
        "Poisson", ("positive",), lambda x, lam: lam**x * sp.exp(-lam) / sp.factorial(x), "counts"
    ),
    # the number of outcomes of one kind before the r-th of the other; p the chance of the
    # kind counted or of the other, as the formula writes it
    Family(
        "negative binomial (p counted)",
        ("positive", "probability"),
        lambda x, r, p: sp.binomial(x + r - 1, x) * p**x * (1 - p) ** r,
        "counts",
    ),
    Family(
        "negative binomial (p stopping)",
        ("positive", "probability"),
        lambda x, r, p: sp.binomial(x + r - 1, x) * (1 - p) ** x * p**r,
        "counts",
    ),
    Family("exponential (rate)", ("positive",), lambda x, lam: lam * sp.exp(-lam * x), "positive"),
    Family("exponential (scale)", ("positive",), lambda x, th: sp.exp(-x / th) / th, "positive"),
    Family(
        "gamma (shape, rate)",
        ("positive", "positive"),
        lambda x, a, b: b**a * x ** (a - 1) * sp.exp(-b * x) / sp.gamma(a),
        "positive",
    ),
    Family(
        "gamma (shape, scale)",
        ("positive", "positive"),
        lambda x, k, th: x ** (k - 1) * sp.exp(-x / th) / (sp.gamma(k) * th**k),
        "positive",
    ),
    Family(
        "beta",
        ("positive", "positive"),
        lambda x, a, b: x ** (a - 1) * (1 - x) ** (b - 1) / sp.beta(a, b),
        "unit",
    ),
    Family("normal", ("real", "positive"), _gauss, "reals"),
    Family("normal (sd)", ("real", "positive"), lambda x, mu, s: _gauss(x, mu, s**2), "reals"),
    Family(
        "log-normal",
        ("real", "positive"),
        lambda x, mu, v: _gauss(sp.log(x), mu, v) / x,
        "positive",
    ),
    Family(
        "log-normal (sd)",
        ("real", "positive"),
        lambda x, mu, s: _gauss(sp.log(x), mu, s**2) / x,
        "positive",
    ),
    Family(
        "Laplace",
        ("real", "positive"),
        lambda x, mu, b: sp.exp(-sp.Abs(x - mu) / b) / (2 * b),
        "reals",
    ),
    Family(
        "Weibull",
        ("positive", "positive"),
        lambda x, k, lam: k / lam * (x / lam) ** (k - 1) * sp.exp(-((x / lam) ** k)),
        "positive",
    ),
    # k lambda x^(k-1) exp(-lambda x^k): the rate form (lambda = scale^-k), as texts that
    # derive the Weibull from the CDF 1 - exp(-lambda t^alpha) write it
    Family(
        "Weibull (rate)",
        ("positive", "positive"),
        lambda x, k, lam: lam * k * x ** (k - 1) * sp.exp(-lam * x**k),
        "positive",
    ),
    Family(
        "Pareto",
        ("positive", "positive"),
        lambda x, a, xm: a * xm**a / x ** (a + 1),
        "above p1",
    ),
    Family(
        "Rayleigh", ("positive",), lambda x, s: x / s**2 * sp.exp(-(x**2) / (2 * s**2)), "positive"
    ),
    Family(
        "Rayleigh (variance)",
        ("positive",),
        lambda x, v: x / v * sp.exp(-(x**2) / (2 * v)),
        "positive",
    ),
    Family(
        "Maxwell",
        ("positive",),
        lambda x, a: sp.sqrt(2 / sp.pi) * x**2 / a**3 * sp.exp(-(x**2) / (2 * a**2)),
        "positive",
    ),
)

#: Points at which a formula is compared with a family's density (and seeds of them).
_POINTS = 4
#: Relative difference that counts as a difference (values are computed to 30 digits).
_RTOL = 1e-18
#: A formula larger than this (in operations) is not compared.
_MAX_OPS = 200


def sample_value(role: str, rng: random.Random) -> Any:
    """A value of a parameter of ``role`` inside its domain."""
    if role == "probability":
        return sp.Rational(rng.randint(5, 95), 100)
    if role == "trials":
        return sp.Integer(rng.randint(4, 12))
    if role == "real":
        return sp.Rational(rng.randint(-300, 300), 100)
    return sp.Rational(rng.randint(30, 400), 100)


def sample_observation(family: Family, values: Sequence[Any], rng: random.Random) -> Any:
    """A point of the family's support at these parameter values."""
    kind = family.support
    if kind == "binary":
        return rng.randint(0, 1)
    if kind == "counts":
        top = int(values[0]) if family.roles[0] == "trials" else 8
        return rng.randint(0, top)
    if kind == "positive counts":
        return rng.randint(1, 8)
    if kind == "unit":
        return sp.Rational(rng.randint(5, 95), 100)
    if kind == "reals":
        return sp.Rational(rng.randint(-300, 300), 100)
    if kind == "above p1":
        return values[1] + sp.Rational(rng.randint(1, 300), 100)
    return sp.Rational(rng.randint(10, 400), 100)


def _number(e: sp.Basic, env: dict) -> Any:
    """The value of ``e`` at ``env`` (30 digits), or None when it is not a finite real."""
    from ..engine._evaluate import NotEvaluable, TooExpensive, evaluate

    try:
        v = evaluate(e, {k: mpmath.mpf(sp.Float(val, 30)) for k, val in env.items()}, dps=30)
    except (NotEvaluable, TooExpensive, ArithmeticError, ValueError, TypeError):
        return None
    if isinstance(v, mpmath.mpc):
        if abs(v.imag) > 1e-25 * max(1, abs(v.real)):
            return None
        v = v.real
    if not isinstance(v, mpmath.mpf) or not mpmath.isfinite(v):
        return None
    return v


def probe_points(
    g: sp.Basic, obs: sp.Symbol, family: Family, names: Sequence[sp.Symbol], up_to: bool
) -> list[tuple[dict, dict | None]]:
    """The points at which :func:`_matches` compares ``g`` with ``family``: each a point of
    the parameter space with an observation, and (``up_to``) the same observation at other
    parameter values.

    They are drawn from the printed formula, so that every process reads a formula alike
    (``srepr`` would print a Dummy's index, which sympy draws at random per process), and
    no two points share an observation (a count law probed at x = 0 alone fits
    ``theta e^{-theta x}``). A two-point law is probed at both of its values.
    """
    rng = random.Random(f"{family.name}|{sp.sstr(g, order='lex')}")
    points: list[tuple[dict, dict | None]] = []
    used: set = set()
    for k in range(_POINTS):
        values = [sample_value(role, rng) for role in family.roles]
        env = dict(zip(names, values, strict=True))
        if family.support == "binary":
            # both outcomes, whatever the draws: p x^(p-1) is the Bernoulli mass at 1 only
            env[obs] = k % 2
        else:
            for _ in range(32):
                env[obs] = sample_observation(family, values, rng)
                if env[obs] not in used:
                    break
            used.add(env[obs])
        other = None
        if up_to:
            other = {
                **env,
                **{n: sample_value(r, rng) for n, r in zip(names, family.roles, strict=True)},
            }
            if family.support == "above p1":
                other[names[1]] = min(other[names[1]], env[obs] / 2)
            if family.roles[0] == "trials":
                other[names[0]] = env[names[0]]
        points.append((env, other))
    return points


def _matches(
    g: sp.Basic, obs: sp.Symbol, family: Family, names: Sequence[sp.Symbol], up_to: bool
) -> bool:
    """``g`` is the family's density with ``names`` for its parameters (at the points of
    :func:`probe_points`); ``up_to``: times a factor of the observation alone (a
    likelihood's factor, which may leave out ``1/x!``)."""
    template = family.density(obs, *names)
    for env, other in probe_points(g, obs, family, names, up_to):
        mine, theirs = _number(g, env), _number(template, env)
        if mine is None or theirs is None or theirs <= 0:
            return False
        if other is None:
            if abs(mine - theirs) > _RTOL * abs(theirs):
                return False
            continue
        # the same observation at other parameter values: the same ratio
        mine2, theirs2 = _number(g, other), _number(template, other)
        if mine2 is None or theirs2 is None or theirs2 <= 0 or mine == 0:
            return False
        if abs(mine / theirs - mine2 / theirs2) > _RTOL * abs(mine / theirs):
            return False
    return True


def identify(
    g: sp.Basic, obs: sp.Symbol, *, up_to_data_factor: bool = False
) -> tuple[Family, dict[sp.Symbol, str]] | None:
    """The family whose density ``g`` (a function of ``obs``) is, and each parameter's
    role; None when it is none of :data:`FAMILIES`' or more than one reading fits.

    The parameters are the other names of ``g`` (plain symbols), matched to the family's
    in every order.

    Memoised (the probe points are seeded by ``g``): a post's densities are identified
    again by each reading of its laws, and a twin or a variant of a post (the adversarial
    sets, the tests) holds the same density - 30 calls took 12% of 180 adversarial posts.
    """
    hit = _identified(g, obs, up_to_data_factor)
    return None if hit is None else (hit[0], dict(hit[1]))


@memoised(1024)
def _identified(
    g: sp.Basic, obs: sp.Symbol, up_to_data_factor: bool
) -> tuple[Family, dict[sp.Symbol, str]] | None:
    if not isinstance(g, sp.Expr) or not g.has(obs) or sp.count_ops(g) > _MAX_OPS:
        return None
    if g.atoms(sp.Indexed, sp.Sum, sp.Product, sp.Derivative, sp.Integral):
        return None
    names = sorted(g.free_symbols - {obs}, key=str)
    if any(not isinstance(n, sp.Symbol) or n.is_number for n in names) or len(names) > 3:
        return None
    found: list[tuple[Family, dict[sp.Symbol, str]]] = []
    for family in FAMILIES:
        if len(family.roles) != len(names):
            continue
        for order in itertools.permutations(names):
            if _matches(g, obs, family, order, up_to_data_factor):
                found.append((family, dict(zip(order, family.roles, strict=True))))
    if len({tuple(sorted(a.items(), key=str)) + (f.support,) for f, a in found}) != 1:
        return None
    return found[0]


def family_statements(family: Family, roles: dict[sp.Symbol, str], obs_tex: str) -> list[str]:
    """What the family says of its parameters and of the observation ``obs_tex``."""
    out: list[str] = []
    order = [n for n in roles]  # the family's order (identify builds it so)
    for name, role in roles.items():
        tex = tex_name(name)
        if tex is not None and _ROLE_STATEMENTS[role]:
            out.append(_ROLE_STATEMENTS[role].format(p=tex))
    texts = {f"p{k}": tex_name(n) for k, n in enumerate(order)}
    for piece in _SUPPORT_STATEMENTS[family.support]:
        needed = re.findall(r"\{(p\d)\}", piece)
        if any(texts.get(k) is None for k in needed):
            continue
        out.append(piece.format(x=obs_tex, **{k: v for k, v in texts.items() if v}))
    return out


#: The name of a density or likelihood as the definition row writes it (``p_\theta(x)``,
#: ``f(x \mid \alpha, \beta)``, ``P(X = x)``, ``L(\theta)``, ``\mathcal{L}(\lambda)``).
_DENSITY_HEAD = re.compile(
    r"^\s*(?:\\(?:mathrm|mathbb|operatorname|mathcal)\s*\{\s*)?(?:f|p|P|Pr|g)\s*\}?"
    r"(?:_\s*(?:\{[^{}]{1,20}\}|\\?[A-Za-z]+))?\s*(?:\\left)?\s*\(\s*(?:[A-Z]\s*=\s*)?"
    r"(?P<obs>[a-z])\s*(?:[;,|)]|\\mid|\\vert|\\right)"
)
_LIKELIHOOD_HEAD = re.compile(
    r"^\s*(?:\\(?:mathcal|mathscr|mathrm|operatorname)\s*\{\s*)?(?:L|Lik|lik)\s*\}?"
    r"(?:_\s*\{?n\}?)?\s*(?:\\left)?\s*\("
)


def _defined_density(step: Any) -> tuple[sp.Basic, sp.Symbol, str, bool] | None:
    """``(g, obs, obs_tex, up_to)`` of a definition step the reader took as a density or a
    likelihood of independent observations; None for any other step."""
    lhs = getattr(step, "lhs_latex", "") or ""
    if getattr(step, "rule", "") != "definition" or not lhs:
        return None
    m = _DENSITY_HEAD.match(lhs)
    if m:
        obs = next((s for s in step.expr.free_symbols if str(s) == m.group("obs")), None)
        if obs is None or not isinstance(obs, sp.Symbol):
            return None
        return step.expr, obs, m.group("obs"), False
    if _LIKELIHOOD_HEAD.match(lhs):
        from ._factors import likelihood_factor

        found = likelihood_factor(step.expr)
        # a sample's letter alone, written with _{i} after it
        sample = None if found is None else _letter_tex(str(found[4]))
        if found is None or sample is None:
            return None
        return found[1], found[2], f"{sample}_{{i}}", True
    return None


def implied_domains(steps: Iterable[Any], stated: Iterable[Any]) -> list[Any]:
    """The domains the densities a derivation defines imply (see the module), for names
    the post states nothing of; each with the row it came from as its source.

    Two densities that imply different domains for one name imply none for it.
    """
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain

    taken = {d.name for d in stated}
    found: dict[tuple[str, bool], list[Any]] = {}
    for step in steps:
        read = _defined_density(step)
        if read is None:
            continue
        g, obs, obs_tex, up_to = read
        with evaluating(True):
            hit = identify(g, obs, up_to_data_factor=up_to)
        if hit is None:
            continue
        family, roles = hit
        rows = getattr(step, "rows", ()) or ()
        line = rows[0].rsplit("@", 1)[-1] if rows else "?"
        where = f"line {line} (implied by the {family.name} density the row writes)"
        for text in family_statements(family, roles, obs_tex):
            try:
                for d in parse_domain(text, where):
                    found.setdefault(d.key, []).append(d)
            except (AssumptionError, ValueError):
                continue
    out = []
    for key, ds in found.items():
        if key[0] in taken or key[0] == "sigma2":
            continue
        if (
            len(
                {
                    (d.lower, d.lower_strict, d.upper, d.upper_strict, d.integer, d.members)
                    for d in ds
                }
            )
            != 1
        ):
            continue  # two densities disagree about the name: nothing is implied
        out.append(ds[0])
    return out
