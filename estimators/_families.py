"""What the estimators need to know about each bundled distribution beyond its derivation.

The derivation gives the closed forms, the log-likelihood and the observed information;
it does not say which sample values are admissible in a form numpy can test, which of its
symbols a user must supply (the binomial's number of trials), how scipy names the same
distribution, or which pseudo-observations smooth a degenerate MLE. One frozen record per
distribution, in one table; a derivation outside the table (a user's file) gets
:data:`GENERIC`: finite real samples, every free symbol of the log-likelihood estimated.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from ._support import SUPPORTS, Support

# scipy's distribution object and frozen-parameter keywords for a fit, and the map from
# scipy's fitted tuple to our parameters. Only for distributions scipy has. Those fitted
# numerically (scipy.stats.fit) also take ``polish=False``: Brent alone, for reports.
ScipyFit = Callable[[np.ndarray, Mapping[str, float]], dict[str, float]]


@dataclasses.dataclass(frozen=True)
class Family:
    """Facts about one distribution that its derivation does not state.

    Attributes
    ----------
    name : str
        The bundled derivation's name (``"poisson-mle"``).
    title : str
        For messages ("Poisson").
    support : Support
        Admissible sample values.
    known : tuple of str
        Symbols the user supplies (``known={"m": 10}``), not estimated.
    scipy_fit : callable or None
        ``scipy_fit(column, known) -> {parameter: value}``: ``scipy.stats.<dist>.fit`` on
        one column, mapped to our parametrisation (scipy's ``scale`` is ``1/rate``, ...).
    scipy_name : str
        The scipy distribution used by ``scipy_fit``, for reports.
    pseudo : tuple of float
        Sample values added with weight ``alpha`` each per class and feature when a
        classifier smooths this likelihood (additive / Laplace smoothing): (0, 1) for
        the Bernoulli gives sklearn's ``(count + alpha) / (N + 2 alpha)``.
    transforms : mapping of str to str
        Unconstrained coordinates for numerical maximisation: ``"log"`` (positive),
        ``"logit"`` (in (0, 1)); parameters not listed: positive symbols ``"log"``,
        others unchanged.
    """

    name: str
    title: str
    support: Support
    known: tuple[str, ...] = ()
    scipy_fit: ScipyFit | None = None
    scipy_name: str = ""
    pseudo: tuple[float, ...] = ()
    transforms: Mapping[str, str] = dataclasses.field(default_factory=dict)


def _norm(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    loc, scale = stats.norm.fit(col)
    return {"mu": loc, "sigma2": scale * scale}


def _expon(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    _, scale = stats.expon.fit(col, floc=0)
    return {"lambda": 1.0 / scale}


def _bounded_scalar(fun: Any, bounds: Any, *, integrality: Any = None, polish: bool = True) -> Any:
    """An optimizer for ``scipy.stats.fit`` with one free parameter, run to convergence.

    ``stats.fit``'s default, differential evolution, took 12.5 s on 1e6 Poisson counts and
    agreed with the closed form to 2e-8. Any minimiser that compares function values stops
    at about sqrt(machine epsilon) relative: near the minimum scipy's objective (minus the
    log-likelihood, ~2e6 at 1e6 Poisson counts) changes by less than its own rounding noise
    (~2e-10, one unit in the last place of the sum). Bounded Brent with ``xatol=1e-14``
    therefore stops 3e-9..2e-8 from the minimiser. So:

    1. bounded Brent (``scipy.optimize.minimize_scalar``) brackets the minimum;
    2. :func:`_newton_polish` then finds the zero of the objective's derivative, estimated
       by five-point central differences of the *same* objective with a step of 1e-3 of the
       parameter: the rounding noise is divided by a step 1e5 times larger than Brent's
       resolution, and the stencil's truncation error (of order step^4) is below 1e-12
       relative for these log-likelihoods. It stops when a step is below 1e-14 relative.

    Nothing here knows the closed form: it only evaluates scipy's objective, and the result
    is scipy's own maximum-likelihood fit located to about 1e-13 instead of 1e-8.
    ``polish=False`` stops after step 1 (for reporting what Brent alone reaches).
    """
    from scipy import optimize

    bounds = np.asarray(bounds, dtype=np.float64)
    free = [i for i, (a, b) in enumerate(bounds) if a != b]
    if len(free) != 1:
        raise ValueError(f"expected one free parameter, got bounds {bounds.tolist()}.")
    base = bounds[:, 0].copy()
    lo, hi = bounds[free[0]]

    def f1(v: float) -> float:
        z = base.copy()
        z[free[0]] = v
        return float(fun(z))

    res = optimize.minimize_scalar(f1, bounds=(lo, hi), method="bounded", options={"xatol": 1e-14})
    best = _newton_polish(f1, float(res.x), lo, hi) if polish else float(res.x)
    z = base.copy()
    z[free[0]] = best
    return optimize.OptimizeResult(x=z, fun=f1(best), success=res.success, brent_x=res.x)


def _newton_polish(f: Any, t: float, lo: float, hi: float, max_iter: int = 6) -> float:
    """Newton's method on the derivative of ``f`` near its minimum ``t``, by differences.

    ``f'`` and ``f''`` from five-point central differences with step ``h = 1e-3 |t|``
    (narrowed to stay inside ``(lo, hi)``). A step is taken only where ``f''`` is positive
    and it stays in the bounds; the iteration stops when a step is below 1e-14 relative.
    Returns ``t`` unchanged when no step can be taken.
    """
    for _ in range(max_iter):
        h = min(1e-3 * max(abs(t), 1e-12), (t - lo) / 4, (hi - t) / 4)
        if not h > 0:
            return t
        fm2, fm1, f0, fp1, fp2 = (f(t + k * h) for k in (-2, -1, 0, 1, 2))
        d1 = (fm2 - 8 * fm1 + 8 * fp1 - fp2) / (12 * h)
        d2 = (-fm2 + 16 * fm1 - 30 * f0 + 16 * fp1 - fp2) / (12 * h * h)
        if not (np.isfinite(d1) and np.isfinite(d2) and d2 > 0):
            return t
        step = d1 / d2
        new = t - step
        if not lo < new < hi:
            return t
        t = new
        if abs(step) <= 1e-14 * max(abs(t), 1e-300):
            break
    return t


def _optimizer(polish: bool) -> Any:
    import functools

    return functools.partial(_bounded_scalar, polish=polish)


def _poisson(col: np.ndarray, known: Mapping[str, float], polish: bool = True) -> dict[str, float]:
    from scipy import stats

    # scipy.stats.fit (discrete distributions have no .fit method) maximises numerically.
    res = stats.fit(
        stats.poisson,
        col,
        optimizer=_optimizer(polish),
        bounds={"mu": (1e-12, max(1.0, 2 * col.max()))},
    )
    return {"lambda": float(res.params.mu)}


def _bernoulli(
    col: np.ndarray, known: Mapping[str, float], polish: bool = True
) -> dict[str, float]:
    from scipy import stats

    res = stats.fit(stats.bernoulli, col, optimizer=_optimizer(polish), bounds={"p": (0.0, 1.0)})
    return {"p": float(res.params.p)}


def _binom(col: np.ndarray, known: Mapping[str, float], polish: bool = True) -> dict[str, float]:
    from scipy import stats

    m = float(np.asarray(known["m"]).reshape(-1)[0])
    res = stats.fit(
        stats.binom, col, optimizer=_optimizer(polish), bounds={"n": (m, m), "p": (0.0, 1.0)}
    )
    return {"p": float(res.params.p)}


def _geom(col: np.ndarray, known: Mapping[str, float], polish: bool = True) -> dict[str, float]:
    from scipy import stats

    # scipy's geom counts trials up to the first success (support 1, 2, ...), as ours.
    res = stats.fit(stats.geom, col, optimizer=_optimizer(polish), bounds={"p": (0.0, 1.0)})
    return {"p": float(res.params.p)}


def _gamma_known_shape(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    alpha = float(np.asarray(known["alpha"]).reshape(-1)[0])
    _, _, scale = stats.gamma.fit(col, fa=alpha, floc=0)
    return {"beta": 1.0 / scale}


def _gamma(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    # With floc=0 scipy solves the same profile score equation for the shape by a root
    # finder (its own code, not ours).
    a, _, scale = stats.gamma.fit(col, floc=0)
    return {"alpha": a, "beta": 1.0 / scale}


def _linregress(
    col: np.ndarray, known: Mapping[str, float], y: np.ndarray | None = None
) -> dict[str, float]:
    from scipy import stats

    # scipy has no likelihood fit of a regression; linregress is its least-squares fit
    # (the same estimates; its standard errors use sigma^2 over N - 2, not the MLE's N).
    res = stats.linregress(col, y)
    return {"beta1": float(res.slope), "beta0": float(res.intercept)}


def _rayleigh(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    _, scale = stats.rayleigh.fit(col, floc=0)
    return {"sigma2": scale * scale}


def _laplace(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    loc, scale = stats.laplace.fit(col)
    return {"mu": loc, "b": scale}


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("gaussian-mle", "Gaussian", SUPPORTS["real"], scipy_fit=_norm, scipy_name="norm"),
        Family(
            "exponential-mle",
            "exponential",
            SUPPORTS["positive"],
            scipy_fit=_expon,
            scipy_name="expon",
            pseudo=(1.0,),
        ),
        Family(
            "poisson-mle",
            "Poisson",
            SUPPORTS["count"],
            scipy_fit=_poisson,
            scipy_name="poisson (scipy.stats.fit)",
            pseudo=(1.0,),
        ),
        Family(
            "bernoulli-mle",
            "Bernoulli",
            SUPPORTS["binary"],
            scipy_fit=_bernoulli,
            scipy_name="bernoulli (scipy.stats.fit)",
            pseudo=(0.0, 1.0),
            transforms={"p": "logit"},
        ),
        Family(
            "binomial-mle",
            "binomial",
            SUPPORTS["bounded-count"],
            known=("m",),
            scipy_fit=_binom,
            scipy_name="binom (scipy.stats.fit, n fixed)",
            transforms={"p": "logit"},
        ),
        Family(
            "geometric-mle",
            "geometric",
            SUPPORTS["positive-count"],
            scipy_fit=_geom,
            scipy_name="geom (scipy.stats.fit)",
            pseudo=(1.0, 2.0),
            transforms={"p": "logit"},
        ),
        Family(
            "rayleigh-mle",
            "Rayleigh",
            SUPPORTS["positive"],
            scipy_fit=_rayleigh,
            scipy_name="rayleigh",
        ),
        Family(
            "gamma-known-shape-mle",
            "gamma",
            SUPPORTS["positive"],
            known=("alpha",),
            scipy_fit=_gamma_known_shape,
            scipy_name="gamma (shape fixed, floc=0)",
        ),
        Family(
            "gamma-mle",
            "gamma",
            SUPPORTS["positive"],
            scipy_fit=_gamma,
            scipy_name="gamma (floc=0)",
        ),
        Family(
            "ols-regression",
            "linear regression",
            SUPPORTS["real"],
            scipy_fit=_linregress,
            scipy_name="linregress",
        ),
        Family(
            "laplace-mle", "Laplace", SUPPORTS["real"], scipy_fit=_laplace, scipy_name="laplace"
        ),
    )
}

GENERIC = Family("", "this distribution's", SUPPORTS["real"])


def family_of(name: str) -> Family:
    """The table's record for a derivation name, or :data:`GENERIC`."""
    if name in FAMILIES:
        return FAMILIES[name]
    return dataclasses.replace(GENERIC, name=name, title=f"{name}'s" if name else GENERIC.title)


def bundled_name(name: str) -> str:
    """``"poisson"`` -> ``"poisson-mle"`` when only the latter is bundled."""
    from derivations.bundled import BUNDLED

    if name in BUNDLED or not isinstance(name, str):
        return name
    if f"{name}-mle" in BUNDLED:
        return f"{name}-mle"
    return name


__all__ = ["FAMILIES", "Family", "GENERIC", "bundled_name", "family_of"]
