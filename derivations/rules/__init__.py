"""The rules: one table of named transformations, loaded once.

Import rules from here. The families register themselves when imported:
:mod:`.logs`, :mod:`.sums`, :mod:`.differentiation`, :mod:`.equations`,
:mod:`.algebra`, :mod:`.arithmetic` (the ``arithmetic`` identity and the
pseudo-rules ``auto`` and ``algebra``), :mod:`.start` (rules that start a
chain), :mod:`.likelihood` (i.i.d. samples, argmax) and :mod:`.matrices`
(traces, determinants, matrix derivatives, sums of matrices). A
bundled derivation may add start rules of its own (a reference density).
"""

from __future__ import annotations

# Order matters: ``auto`` tries rules in table order, ``arithmetic`` last.
# isort: off
from . import algebra, arithmetic, differentiation, equations, logs, start, sums  # noqa: F401

# The general form's rows and matrix steps, registered after the others.
from . import likelihood, matrices  # noqa: F401

# isort: on
from ._registry import (
    EQUATION,
    KINDS,
    PSEUDO,
    REWRITE,
    START,
    TABLE,
    Rewrite,
    Rule,
    ev,
    get,
    of_kind,
    register,
)
from ._sites import applications, apply_at, count_sites
from .start import StartPlan

__all__ = [
    "EQUATION",
    "KINDS",
    "PSEUDO",
    "REWRITE",
    "START",
    "TABLE",
    "Rewrite",
    "Rule",
    "StartPlan",
    "applications",
    "apply_at",
    "count_sites",
    "ev",
    "get",
    "of_kind",
    "register",
]
