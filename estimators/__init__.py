"""Numeric estimators compiled from the closed forms of checked derivations.

``compile_sample_expr`` turns a closed form written with sample sums into
vectorised numpy; ``SuffStats`` and ``GaussianMLE`` take their formulas from the
bundled ``gaussian-mle`` derivation through it; ``GaussianClassifier`` fits one
such Gaussian per class. sympy, scikit-learn and the derivation engine are
imported only when first needed, so ``python -m estimators --help`` is quick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from derivations._lazy import lazy_exports

_PUBLIC = {
    "GaussianClassifier": "._classifier",
    "CompiledExpr": "._compile",
    "compile_sample_expr": "._compile",
    "CrosscheckResult": "._crosscheck",
    "crosscheck": "._crosscheck",
    "GaussianMLE": "._gaussian",
    "LikelihoodClassifier": "._classifier_likelihood",
    "MLE": "._mle",
    "GaussianForms": "._stats",
    "SuffStats": "._stats",
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ._classifier import GaussianClassifier as GaussianClassifier
    from ._classifier_likelihood import LikelihoodClassifier as LikelihoodClassifier
    from ._compile import CompiledExpr as CompiledExpr
    from ._compile import compile_sample_expr as compile_sample_expr
    from ._crosscheck import CrosscheckResult as CrosscheckResult
    from ._crosscheck import crosscheck as crosscheck
    from ._gaussian import GaussianMLE as GaussianMLE
    from ._mle import MLE as MLE
    from ._stats import GaussianForms as GaussianForms
    from ._stats import SuffStats as SuffStats


__getattr__, __dir__ = lazy_exports(__name__, {k: (m, k) for k, m in _PUBLIC.items()})
