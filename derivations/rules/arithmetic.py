"""The ``arithmetic`` identity and the two pseudo-rules, ``auto`` and ``algebra``.

Registered after every other rewrite and equation rule: the checker's ``auto``
tries rules in table order, and ``arithmetic`` (nothing but reordering) is the
last resort before ``algebra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from .._forms import shape
from ._registry import PSEUDO, Rewrite, Rule, register


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

# Names that are not transformations. ``auto`` asks the checker to find the
# rule; ``algebra`` is the weakest justification (the lines are equal).
register(
    Rule(
        name="auto",
        label="identify the rule",
        kind=PSEUDO,
        doc="try every rule; 'algebra' when none applies",
    )
)
register(
    Rule(
        name="algebra",
        label="generic algebra",
        kind=PSEUDO,
        doc="the weakest justification: symbolic equality only",
    )
)
