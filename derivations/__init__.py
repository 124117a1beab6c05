"""Check a symbolic derivation step by step, render it, compile its results.

The data flows: a :class:`Derivation` (symbols, assumptions, steps) ->
:func:`Derivation.check` (rule, symbolic and numeric checks per step) -> a
:class:`Report` -> renderers (``derivations.render``) and the estimator
compiler (``estimators``).
"""

from __future__ import annotations

from ._load import load as load
from ._load import names as names
from ._model import Assumption as Assumption
from ._model import Derivation as Derivation
from ._model import Step as Step
from ._report import VERDICTS as VERDICTS
from ._report import Report as Report
from ._report import StepResult as StepResult
from ._rulebook import REGISTRY as RULES

__all__ = ["Assumption", "Derivation", "Report", "RULES", "Step", "StepResult", "VERDICTS", "load", "names"]
