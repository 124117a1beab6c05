"""The engine: a derivation in, a report out.

Follow the data: :mod:`._check` (validate, orchestrate: cache, worker pool,
verdicts) -> per step :mod:`._start` (the first line of a chain) or
:mod:`._verdict` (three checks, one verdict) -> the checks :mod:`._rule_check`,
:mod:`._symbolic_check` (with the normal form of :mod:`._normal`) and
:mod:`._numeric_check` (with the random points of :mod:`._sampling`).
:mod:`._cache` keeps results of unchanged steps, :mod:`._pool` is the one worker
pool, :mod:`._confirm` runs a derivation's confirmation of its results.
"""

from __future__ import annotations

from ._check import check, check_step, validate
from ._normal import difference, do_derivatives, is_zero, linearize_sums, normal
from ._pool import resolve_jobs, usable_cpus

__all__ = [
    "check",
    "check_step",
    "difference",
    "do_derivatives",
    "is_zero",
    "linearize_sums",
    "normal",
    "resolve_jobs",
    "usable_cpus",
    "validate",
]
