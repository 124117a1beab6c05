"""The engine: a derivation in, a report out.

Follow the data: :mod:`._check` (validate, orchestrate: cache, worker pool,
verdicts) -> per step :mod:`._start` (the first line of a chain) or
:mod:`._verdict` (three checks, one verdict) -> the checks :mod:`._rule_check`,
:mod:`._symbolic_check` (with the normal form of :mod:`._normal`) and
:mod:`._numeric_check` (with the random points of :mod:`._sampling`).
:mod:`._cache` keeps results of unchanged steps, :mod:`._pool` is the one worker
pool, :mod:`._confirm` runs a derivation's confirmation of its results.

Public names load on first use: ``derivations check-post`` reads its cache of
unchanged posts through :mod:`._cache` and must not pay for sympy (~0.7 s) to
do so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_PUBLIC = {
    "check": "._check",
    "check_all": "._check",
    "check_step": "._check",
    "rule_applies": "._check",
    "validate": "._check",
    "difference": "._normal",
    "do_derivatives": "._normal",
    "is_zero": "._normal",
    "linearize_sums": "._normal",
    "normal": "._normal",
    "resolve_jobs": "._pool",
    "usable_cpus": "._pool",
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ._check import check as check
    from ._check import check_all as check_all
    from ._check import check_step as check_step
    from ._check import rule_applies as rule_applies
    from ._check import validate as validate
    from ._normal import difference as difference
    from ._normal import do_derivatives as do_derivatives
    from ._normal import is_zero as is_zero
    from ._normal import linearize_sums as linearize_sums
    from ._normal import normal as normal
    from ._pool import resolve_jobs as resolve_jobs
    from ._pool import usable_cpus as usable_cpus


__getattr__, __dir__ = lazy_exports(__name__, {k: (m, k) for k, m in _PUBLIC.items()})
