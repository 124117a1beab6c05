"""The package's exception types: one base a caller can catch, subclasses where cases differ.

Every error about input (a derivation, a rule name, an assumption, a post, a
file) is a :class:`DerivationError`, which is a ``ValueError``: code that
caught ``ValueError`` before keeps working. A false *step* is never an
exception - it is a verdict in the report.
"""

from __future__ import annotations


class DerivationError(ValueError):
    """Input the package cannot work with; the message names it and where it is."""


class MalformedDerivation(DerivationError):
    """A derivation or step that cannot be checked as declared (found before any check runs)."""


class UnknownRule(MalformedDerivation):
    """A rule name that is not in the rule table."""


class LoadError(DerivationError):
    """A derivation name or file that does not give a derivation."""


class AssumptionError(DerivationError):
    """An assumption statement that cannot be read."""


class PostError(DerivationError):
    """A post (Markdown or LaTeX file) that cannot be read as a whole."""


__all__ = [
    "AssumptionError",
    "DerivationError",
    "LoadError",
    "MalformedDerivation",
    "PostError",
    "UnknownRule",
]
