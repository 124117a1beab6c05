"""Algebraic regrouping rules that name what a person does on paper."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ._registry import Rewrite, ev, rule


@rule("factor-out", "factor out a common factor", required=("factor",))
def factor_out(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """a + b = c*(a/c + b/c) for the parameter ``factor`` c != 0."""
    if not isinstance(node, sp.Add) or "factor" not in params:
        return None
    c = params["factor"]
    inner = ev(sp.Add, *[sp.Mul(t, sp.Pow(c, -1)) for t in node.args])
    return Rewrite(ev(sp.Mul, c, inner), (sp.Ne(c, 0, evaluate=False),))
