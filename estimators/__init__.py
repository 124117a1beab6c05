"""Numeric estimators compiled from the closed forms of checked derivations.

``compile_sample_expr`` turns a closed form written with sample sums into
vectorised numpy; the Gaussian estimators take their formulas from the bundled
``gaussian-mle`` derivation through it.
"""

from __future__ import annotations

from ._compile import CompiledExpr as CompiledExpr
from ._compile import compile_sample_expr as compile_sample_expr
