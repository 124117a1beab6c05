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
# scipy's fitted tuple to our parameters. Only for distributions scipy has.
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


def _bounded_scalar(fun: Any, bounds: Any, *, integrality: Any = None) -> Any:
    """An optimizer for ``scipy.stats.fit`` with one free parameter: bounded Brent.

    ``stats.fit``'s default, differential evolution, took 12.5 s on 1e6 Poisson counts and
    agreed with the closed form to 2e-8; bounded Brent took 0.74 s and agreed to 1e-8. A
    minimiser of function values cannot do better than about sqrt(machine epsilon)
    relative: the log-likelihood is flat to rounding that close to its maximum.
    """
    from scipy import optimize

    bounds = np.asarray(bounds, dtype=np.float64)
    free = [i for i, (a, b) in enumerate(bounds) if a != b]
    if len(free) != 1:
        raise ValueError(f"expected one free parameter, got bounds {bounds.tolist()}.")
    base = bounds[:, 0].copy()

    def f1(v: float) -> float:
        z = base.copy()
        z[free[0]] = v
        return float(fun(z))

    res = optimize.minimize_scalar(
        f1, bounds=tuple(bounds[free[0]]), method="bounded", options={"xatol": 1e-14}
    )
    z = base.copy()
    z[free[0]] = res.x
    return optimize.OptimizeResult(x=z, fun=res.fun, success=res.success)


def _poisson(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    # scipy.stats.fit (discrete distributions have no .fit method) maximises numerically.
    res = stats.fit(
        stats.poisson,
        col,
        optimizer=_bounded_scalar,
        bounds={"mu": (1e-12, max(1.0, 2 * col.max()))},
    )
    return {"lambda": float(res.params.mu)}


def _bernoulli(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    res = stats.fit(stats.bernoulli, col, optimizer=_bounded_scalar, bounds={"p": (0.0, 1.0)})
    return {"p": float(res.params.p)}


def _binom(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    m = float(np.asarray(known["m"]).reshape(-1)[0])
    res = stats.fit(
        stats.binom, col, optimizer=_bounded_scalar, bounds={"n": (m, m), "p": (0.0, 1.0)}
    )
    return {"p": float(res.params.p)}


def _geom(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    # scipy's geom counts trials up to the first success (support 1, 2, ...), as ours.
    res = stats.fit(stats.geom, col, optimizer=_bounded_scalar, bounds={"p": (0.0, 1.0)})
    return {"p": float(res.params.p)}


def _gamma_known_shape(col: np.ndarray, known: Mapping[str, float]) -> dict[str, float]:
    from scipy import stats

    alpha = float(np.asarray(known["alpha"]).reshape(-1)[0])
    _, _, scale = stats.gamma.fit(col, fa=alpha, floc=0)
    return {"beta": 1.0 / scale}


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
