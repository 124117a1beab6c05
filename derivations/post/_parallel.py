"""Check a derivation's steps in several processes.

Each step's check is independent of the others given the engine's numeric
context (the random points, drawn once per derivation from the seed), so the
steps can be spread over worker processes that share that context, and the
result is the report :meth:`Derivation.check` gives - a test asserts so,
because this module mirrors the engine's ``check_derivation`` loop.
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
_CONTEXT: Any = None


def _check_one(i: int) -> Any:
    from .._check import check_step

    r = check_step(_DERIVATION, i, _CONTEXT)
    return dataclasses.replace(r, step=None)


def _numeric_context(derivation: Any, seed: int) -> Any:
    """The engine's shared sample points, built as ``check_derivation`` builds them."""
    import numpy as np

    from .. import _numeric

    return _numeric.Context([s.expr for s in derivation.steps], np.random.default_rng(seed))


def usable_cpus() -> int:
    """The CPUs this process may use, at most 4."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    return max(1, min(4, n))


def check(derivation: Any, *, seed: int = 0, jobs: int | None = None) -> Any:
    """``derivation.check(seed=seed)``, spread over ``jobs`` processes.

    ``jobs=None`` (default) or 1 runs the engine's own sequential check
    (measured on the post with the machine shared: 3.9 s sequential, 4.3 s
    with two workers - forking does not pay on two busy cores); 0 means one
    worker per usable CPU. Without ``fork`` the check is sequential.
    """
    if jobs is None:
        jobs = 1
    elif jobs == 0:
        jobs = usable_cpus()
    if (
        jobs <= 1
        or len(derivation.steps) < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return derivation.check(seed=seed)
    from .._check import validate
    from .._report import Report

    global _DERIVATION, _CONTEXT
    t0 = time.perf_counter()
    validate(derivation)
    _DERIVATION, _CONTEXT = derivation, _numeric_context(derivation, seed)
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(jobs) as pool:
            # Interleaved order spreads the slow steps (equations) across workers.
            results = pool.map(_check_one, range(len(derivation.steps)), chunksize=1)
    finally:
        _DERIVATION = _CONTEXT = None
    steps = tuple(dataclasses.replace(r, step=derivation.steps[r.index]) for r in results)
    return Report(derivation, steps, {"check": time.perf_counter() - t0})
