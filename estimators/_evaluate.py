"""Estimates and observed information from a plan's statistics (see ``_plan``).

Shapes: statistics of shape ``(n_sums, *shape)`` with ``shape`` = ``(D,)`` for an
estimator, ``(K, D)`` for a classifier's classes; every result has that ``shape``.
"""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ._compile import CompiledExpr, compile_sample_expr
from ._plan import Plan, is_median, parametric_part
from ._solve import maximise, transform
from ._sums import linearise, prepare


def estimate(
    plan: Plan,
    state: Any,
    known: dict[str, np.ndarray],
    arr: np.ndarray | None = None,
    w: Any = None,
    chunk_rows: Any = None,
    forms: Any = None,
    samples: Any = None,
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """``(values, information (*shape, p, p), converged (*shape))`` of a fitted state.

    ``samples``: the other sample bases (``{"y": Y}``), for a ``"sequential"`` plan.
    """
    if plan.kind == "sums":
        stats, count = state
        values, converged = closed_and_numeric(plan, stats, count, known)
        info = evaluate_info(plan, stats, count, values)
        return values, info, converged
    if plan.kind == "moments":
        return _moments(plan, state, known)
    return _sequential(plan, arr, w, chunk_rows, known, samples)


def closed_and_numeric(
    plan: Plan, stats: np.ndarray, count: Any, known: dict[str, Any]
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Numeric parameters (profile maximisation), then closed forms in dependency order."""
    st = plan.stats
    assert st is not None
    shape = stats.shape[1:]
    values: dict[str, Any] = {
        k: np.broadcast_to(v, shape) if np.ndim(v) else v for k, v in known.items()
    }
    converged = np.ones(shape, dtype=bool)
    with np.errstate(all="ignore"):
        if plan.numeric:
            u, converged = _solve_numeric(plan, stats, count, values, shape)
            for i, p in enumerate(plan.numeric):
                values[p.name] = transform(_transform_of(plan, p), u[i])
        for p in plan.params:
            if p in plan.closed:
                out = st.evaluate(
                    plan.sum_outer[p.name], stats, count, _with_nan(plan, values, shape)
                )
                values[p.name] = np.broadcast_to(np.asarray(out[0], dtype=np.float64), shape).copy()
    return values, converged


def evaluate_info(plan: Plan, stats: np.ndarray, count: Any, values: dict[str, Any]) -> np.ndarray:
    st = plan.stats
    assert st is not None
    shape = stats.shape[1:]
    with np.errstate(all="ignore"):
        entries = st.evaluate(plan.sum_outer["info"], stats, count, values)
    return _matrix(entries, len(plan.params), shape)


def _matrix(entries: list[Any], p: int, shape: tuple[int, ...]) -> np.ndarray:
    flat = [np.broadcast_to(np.asarray(e, dtype=np.float64), shape) for e in entries]
    return np.stack(flat, axis=-1).reshape(*shape, p, p)


def _with_nan(plan: Plan, values: dict[str, Any], shape: tuple[int, ...]) -> dict[str, Any]:
    # Forms compiled with every parameter as an input; those not computed yet are unused
    # (dependency order) and stand as NaN, so a misuse would show.
    out = dict(values)
    for p in plan.all_params:
        out.setdefault(p.name, np.full(shape, np.nan))
    return out


def _transform_of(plan: Plan, p: Any) -> str:
    if p.name in plan.family.transforms:
        return plan.family.transforms[p.name]
    return "log" if p.is_positive else "identity"


@functools.lru_cache(maxsize=16)
def _profile(plan: Plan) -> CompiledExpr:
    """(profile LL, gradient, Hessian) in unconstrained coordinates, over the statistics."""
    import sympy as sp

    st = plan.stats
    assert st is not None
    prof = parametric_part(linearise(plan.ll), plan.params)
    # Substitute the closed forms, later ones first: they may use earlier ones.
    for p in reversed([q for q in plan.params if q in plan.closed]):
        prof = prof.subs(p, linearise(plan.closed[p]))
    us = [sp.Symbol(f"_u_{p.name}", real=True) for p in plan.numeric]
    prof = prof.subs(
        {p: transform(_transform_of(plan, p), u) for p, u in zip(plan.numeric, us, strict=True)}
    )
    prof = st.replace(prof)
    grads = [sp.diff(prof, u) for u in us]
    hess = [sp.diff(g, v) for g in grads for v in us]
    return compile_sample_expr((prof, *grads, *hess), (*st.symbols, *us, *plan.known))


def _solve_numeric(
    plan: Plan, stats: np.ndarray, count: Any, known: dict[str, Any], shape: tuple[int, ...]
) -> tuple[np.ndarray, np.ndarray]:
    st = plan.stats
    assert st is not None
    compiled = _profile(plan)
    q = len(plan.numeric)
    base = {s.name: stats[i] for i, s in enumerate(st.symbols)}
    base.update(known)

    def objective(u: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        vals = dict(base)
        vals.update({f"_u_{p.name}": u[i] for i, p in enumerate(plan.numeric)})
        out = [
            np.broadcast_to(np.asarray(o, dtype=np.float64), shape)
            for o in compiled._combine_all([], count, vals)
        ]
        return out[0], np.stack(out[1 : 1 + q]), np.stack(out[1 + q :]).reshape(q, q, *shape)

    return maximise(objective, np.zeros((q, *shape)))


# --------------------------------------------------------------------------- moments


@functools.lru_cache(maxsize=8)
def _moment_info(plan: Plan) -> CompiledExpr:
    """The information entries with x_n = mu + d + y_n, over Sum(y_n) and Sum(y_n^2).

    ``y`` is centred on the merged mean (Sum(y) = 0, Sum(y^2) = m2) and ``d`` is the mean
    minus mu (0 at the estimate): expanding in ``y`` and ``d`` cannot cancel, where
    expanding ``(x_n - mu)^2`` in ``x_n`` and ``mu`` would for a large mean. The Gaussian
    information then needs no data once the moments are merged.
    """
    import sympy as sp

    from derivations.symbols import mu, n, x

    d = sp.Symbol("_d", real=True)
    m1, m2 = sp.Symbol("_m1", real=True), sp.Symbol("_m2", real=True)
    y = sp.IndexedBase("_y", real=True)
    out = []
    for row in plan.information_exprs():
        for e in row:
            lin = linearise(prepare(e).xreplace({x[n]: mu + d + y[n]}), powers=True)
            subs = {}
            for s in lin.atoms(sp.Sum):
                if s.function == y[n]:
                    subs[s] = m1
                elif s.function == y[n] ** 2:
                    subs[s] = m2
                else:
                    raise ValueError(
                        f"The information term {s} is not a centred moment of order <= 2."
                    )
            out.append(lin.xreplace(subs))
    return compile_sample_expr(tuple(out), (d, m1, m2, *plan.all_params))


def _moments(
    plan: Plan, stats: Any, known: dict[str, Any]
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    from derivations.symbols import mu, sigma2

    mean, var = stats.mean[0], stats.var[0]
    shape = mean.shape
    values = {mu.name: mean, sigma2.name: var, **known}
    count = float(stats.count[0])
    with np.errstate(all="ignore"):
        entries = _moment_info(plan)._combine_all(
            [], count, {"_d": np.zeros(shape), "_m1": np.zeros(shape), "_m2": stats.m2[0], **values}
        )
    info = _matrix(entries, len(plan.params), shape)
    return values, info, np.ones(shape, dtype=bool)


def _sequential(
    plan: Plan, arr: Any, w: Any, chunk_rows: Any, known: dict[str, Any], samples: Any = None
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    if plan.numeric:
        names = [p.name for p in plan.numeric]
        raise ValueError(
            f"{plan.name!r} has no closed form for {names} and a log-likelihood whose sums keep "
            "a parameter inside: solving its score equations would need a pass over the data per "
            "iteration, which is not implemented."
        )
    shape = (arr.shape[1],)
    values: dict[str, Any] = dict(known)
    with np.errstate(all="ignore"):
        for p in plan.params:
            if is_median(plan.closed[p]):
                values[p.name] = weighted_median(arr, w)
                continue
            args = _with_nan(plan, values, shape)
            values[p.name] = plan.data_closed[p](
                arr,
                weights=w,
                chunk_rows=chunk_rows,
                **_samples_of(plan.data_closed[p], samples),
                **args,
            )
        info = plan.data_info
        entries = info(
            arr, weights=w, chunk_rows=chunk_rows, **_samples_of(info, samples), **values
        )
    info = np.moveaxis(np.asarray(entries), 0, -1).reshape(
        *shape, len(plan.params), len(plan.params)
    )
    return values, info, np.ones(shape, dtype=bool)


def _samples_of(compiled: CompiledExpr, samples: Any) -> dict[str, Any]:
    """The ``samples=`` keyword for a compiled form: the bases it reads, if any."""
    if not compiled.samples:
        return {}
    return {"samples": {k: samples[k] for k in compiled.samples}}


def weighted_median(arr: np.ndarray, w: Any) -> np.ndarray:
    """Per column: the median, as ``Median(x, N)`` states it (mean of the two middle values).

    With weights: the midpoint of the lower and upper weighted medians (the first values
    whose cumulative weight reaches, and passes, half the total), which for integer
    weights is ``np.median`` of the rows repeated that many times.
    """
    if w is None:
        return np.median(arr, axis=0)
    order = np.argsort(arr, axis=0, kind="stable")
    xs = np.take_along_axis(arr, order, axis=0).astype(np.float64)
    cw = np.cumsum(w[order], axis=0)
    half = cw[-1] / 2
    lower = np.argmax(cw >= half, axis=0)
    upper = np.argmax(cw > half, axis=0)
    cols = np.arange(arr.shape[1])
    return (xs[lower, cols] + xs[upper, cols]) / 2


__all__ = ["closed_and_numeric", "estimate", "evaluate_info"]
