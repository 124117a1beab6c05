"""Numeric estimators compiled from the closed forms of checked derivations.

``compile_sample_expr`` turns a closed form written with sample sums into
vectorised numpy; ``SuffStats`` and ``GaussianMLE`` take their formulas from the
bundled ``gaussian-mle`` derivation through it. sympy and the derivation engine
are imported only when a closed form is first compiled.
"""

from __future__ import annotations

from ._classifier import GaussianClassifier as GaussianClassifier
from ._compile import CompiledExpr as CompiledExpr
from ._compile import compile_sample_expr as compile_sample_expr
from ._crosscheck import CrosscheckResult as CrosscheckResult
from ._crosscheck import crosscheck as crosscheck
from ._gaussian import GaussianMLE as GaussianMLE
from ._stats import GaussianForms as GaussianForms
from ._stats import SuffStats as SuffStats
