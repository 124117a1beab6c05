"""Check a symbolic derivation step by step, render it, compile its results.

The data flows: a :class:`Derivation` (symbols, assumptions, steps) ->
:func:`Derivation.check` (rule, symbolic and numeric checks per step) -> a
:class:`Report` -> renderers (``derivations.render``) and the estimator
compiler (``estimators``).

The public names below are loaded on first use, so that the command line's
``--help`` does not pay for importing sympy (~0.7 s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

_PUBLIC = {
    "Assumption": ("._model", "Assumption"),
    "Derivation": ("._model", "Derivation"),
    "Step": ("._model", "Step"),
    "Report": ("._report", "Report"),
    "StepResult": ("._report", "StepResult"),
    "VERDICTS": ("._report", "VERDICTS"),
    "RULES": ("._rulebook", "REGISTRY"),
    "load": ("._load", "load"),
    "names": ("._load", "names"),
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ._load import load as load
    from ._load import names as names
    from ._model import Assumption as Assumption
    from ._model import Derivation as Derivation
    from ._model import Step as Step
    from ._report import VERDICTS as VERDICTS
    from ._report import Report as Report
    from ._report import StepResult as StepResult
    from ._rulebook import REGISTRY as RULES  # noqa: F401 - re-exported under another name


__getattr__, __dir__ = lazy_exports(__name__, _PUBLIC)
