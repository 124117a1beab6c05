"""Check a symbolic derivation step by step, render it, compile its results.

The data flows: a :class:`Derivation` (symbols, assumptions, steps) ->
:func:`check` (the engine: rule, symbolic and numeric checks per step, rules
from one table) -> a :class:`Report` -> renderers (``derivations.render``) and
the estimator compiler (``estimators``).

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
    "Confirmation": ("._report", "Confirmation"),
    "VERDICTS": ("._report", "VERDICTS"),
    "RULES": (".rules", "TABLE"),
    "Settings": ("._settings", "Settings"),
    "check": (".engine", "check"),
    "load": ("._load", "load"),
    "latex": (".source", "latex"),
    "names": ("._load", "names"),
    "DerivationError": ("._errors", "DerivationError"),
    "MalformedDerivation": ("._errors", "MalformedDerivation"),
    "UnknownRule": ("._errors", "UnknownRule"),
    "LoadError": ("._errors", "LoadError"),
    "AssumptionError": ("._errors", "AssumptionError"),
    "PostError": ("._errors", "PostError"),
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ._errors import AssumptionError as AssumptionError
    from ._errors import DerivationError as DerivationError
    from ._errors import LoadError as LoadError
    from ._errors import MalformedDerivation as MalformedDerivation
    from ._errors import PostError as PostError
    from ._errors import UnknownRule as UnknownRule
    from ._load import load as load
    from ._load import names as names
    from ._model import Assumption as Assumption
    from ._model import Derivation as Derivation
    from ._model import Step as Step
    from ._report import VERDICTS as VERDICTS
    from ._report import Confirmation as Confirmation
    from ._report import Report as Report
    from ._report import StepResult as StepResult
    from ._settings import Settings as Settings
    from .engine import check as check
    from .rules import TABLE as RULES  # noqa: F401 - re-exported under another name
    from .source import latex as latex


__getattr__, __dir__ = lazy_exports(__name__, _PUBLIC)
