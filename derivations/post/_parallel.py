"""Check a derivation's steps in several processes.

Each step's check is independent of the others (the engine seeds step ``i``
with ``[seed, i]``), so the steps can be spread over worker processes and the
result is the same report :meth:`Derivation.check` gives - a test asserts so.
Workers are forked after the derivation is built, so they inherit it and
sympy's import instead of paying for them again; only step indices go out and
results (without their ``Step``, which holds a mappingproxy) come back.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time
from typing import Any

_DERIVATION: Any = None
_SEED = 0


def _check_one(i: int) -> Any:
    import numpy as np

    from .._check import check_step

    r = check_step(_DERIVATION, i, np.random.default_rng([_SEED, i]))
    return dataclasses.replace(r, step=None)


def default_jobs() -> int:
    """Worker count: the CPUs this process may use, at most 4."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    return max(1, min(4, n))


def check(derivation: Any, *, seed: int = 0, jobs: int | None = None) -> Any:
    """``derivation.check(seed=seed)``, spread over ``jobs`` processes.

    Falls back to the engine's own sequential check with one job, with few
    steps, or where ``fork`` is unavailable.
    """
    jobs = default_jobs() if jobs is None else jobs
    if jobs <= 1 or len(derivation.steps) < 8 or "fork" not in multiprocessing.get_all_start_methods():
        return derivation.check(seed=seed)
    from .._check import validate
    from .._report import Report

    global _DERIVATION, _SEED
    t0 = time.perf_counter()
    validate(derivation)
    _DERIVATION, _SEED = derivation, seed
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs) as pool:
            # Interleaved order spreads the slow steps (equations) across workers.
            results = pool.map(_check_one, range(len(derivation.steps)), chunksize=1)
    finally:
        _DERIVATION = None
    steps = tuple(dataclasses.replace(r, step=derivation.steps[r.index]) for r in results)
    return Report(derivation, steps, {"check": time.perf_counter() - t0})
