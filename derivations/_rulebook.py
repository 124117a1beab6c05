"""Every registered rule, loaded once: import rules from here, not from _rules."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from . import _rules_alg, _rules_diff, _rules_eq, _rules_log, _rules_sum  # noqa: F401 - they register
from ._canon import shape
from ._rules import REGISTRY, Rewrite, Rule, applications, apply_at, get, register


def _same_line(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite:
    # Return the canonical shape so that a rule composed after this one sees
    # "0 + a" as "a" and a nested product as one flat product.
    return Rewrite(shape(node))


# The identity rewrite, compared by shape: it accounts for a line that differs
# from the previous one only by ordering and trivial arithmetic (0 + a, 1*a,
# numbers multiplied, integer powers cancelled), and for nothing else.
register(
    Rule(
        name="arithmetic",
        label="arithmetic",
        match=_same_line,
        whole=True,
        doc="Reorder terms and factors, drop 0 + and 1 *, combine numbers, cancel integer powers.",
    )
)

__all__ = ["REGISTRY", "Rule", "Rewrite", "applications", "apply_at", "get", "register"]
