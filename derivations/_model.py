"""The data model: a derivation is declared symbols plus a sequence of steps.

A ``Step`` records what the author wrote (``expr``: a sympy expression or an
``Eq``), the rule that is claimed to produce it from the previous line, and
how it relates to that line:

- ``"="``   a rewrite: the written expression equals the previous one;
- ``"<=>"`` an equation step equivalent to the previous equation;
- ``"=>"``  an equation step implied by the previous equation;
- ``"start"`` the first line of a chain: a definition, a restatement of an
  earlier line (rule ``"restate"`` with ``params={"ref": index}``), or a
  general identity that is checked on its own.

What is shown is what is checked: expressions are stored unevaluated (built
under ``sympy.evaluate(False)``) so that ``Sum``, ``Derivative``, ``log(1)`` and
``log(e)`` stay as written; the checker evaluates them itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import sympy as sp

from ._errors import MalformedDerivation

RELATIONS = ("=", "<=>", "=>", "start")


class _Displayable:
    """Display and convenience hooks, kept out of the data model's imports.

    The renderers and the engine are imported inside the methods (the way
    sympy's ``Printable`` imports its printers), and neither imports this
    module at run time, so no import circle forms.
    """

    def _repr_latex_(self) -> str:
        from .render import repr_latex

        return repr_latex(self)

    def __str__(self) -> str:
        from .render import text

        return text(self)


@dataclasses.dataclass(frozen=True)
class Step(_Displayable):
    """One written line of a derivation and its claimed justification.

    Parameters
    ----------
    expr : sympy.Expr or sympy.Eq
        The line as written (unevaluated).
    rule : str or tuple of str
        Name(s) of registered rules applied in order to the previous line.
    relation : {"=", "<=>", "=>", "start"}
        How this line relates to the previous one.
    params : mapping
        Arguments of the rule(s), e.g. ``{"wrt": mu}`` or ``{"factor": sigma2}``.
    post_rule : str, optional
        The rule name the source text gives, kept where it differs from ``rule``.
    note : str
        Free text shown with the step (why the post's name is loose, ...).
    rows : tuple of str
        Identifiers of the source rows this step accounts for (``"B5.2"``).
    section : str
        Heading the step belongs to (renderers group by it).
    lhs_latex : str, optional
        On a ``"start"`` step of a rewrite chain: LaTeX for the quantity the
        chain transforms (``\\mathcal{LL}``); renderers show it as the left-hand
        side. On an equation step: LaTeX to print instead of the left side
        (``\\frac{\\partial \\mathcal{LL}}{\\partial \\mu}``).
    """

    expr: sp.Basic
    rule: str | tuple[str, ...]
    relation: str = "="
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    post_rule: str | None = None
    note: str = ""
    rows: tuple[str, ...] = ()
    section: str = ""
    lhs_latex: str | None = None

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise MalformedDerivation(
                f"Step relation {self.relation!r} is not one of {', '.join(RELATIONS)}."
            )
        if not isinstance(self.expr, sp.Basic):
            raise TypeError(
                f"Step expression must be a sympy object, got {type(self.expr).__name__}: "
                f"{self.expr!r}."
            )
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule names as a tuple (a single name becomes a 1-tuple)."""
        return (self.rule,) if isinstance(self.rule, str) else tuple(self.rule)

    @property
    def is_equation(self) -> bool:
        return isinstance(self.expr, sp.Equality)


@dataclasses.dataclass(frozen=True)
class Assumption:
    """A declared symbol and what is assumed of it, in words and for sympy."""

    symbol: sp.Basic
    words: str
    latex_name: str | None = None


@dataclasses.dataclass(frozen=True)
class Derivation(_Displayable):
    """A named derivation: declared symbols, ordered steps and final results.

    Parameters
    ----------
    name : str
        Identifier used by ``derivations.load`` and the CLI.
    title : str
        Human title.
    assumptions : sequence of Assumption
        Every symbol the steps may use. A step using an undeclared symbol is
        reported as a malformed step.
    steps : sequence of Step
    results : mapping of str to sympy.Eq
        The closed forms the derivation ends with, keyed by parameter name.
    log_likelihood : sympy.Expr, optional
        The objective the results maximise, when the derivation has one.
    source : str
        Where the derivation comes from (a file path or URL), for reports.
    confirm : callable, optional
        ``confirm(derivation) -> list of Confirmation``: checks the results
        without the steps (stationary point, maximum). Run by
        ``derivations check`` and by ``check(d, confirm=True)``.
    """

    name: str
    title: str
    assumptions: Sequence[Assumption]
    steps: Sequence[Step]
    results: Mapping[str, sp.Equality] = dataclasses.field(default_factory=dict)
    log_likelihood: sp.Expr | None = None
    source: str = ""
    confirm: Callable[[Derivation], Sequence[Any]] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", tuple(self.steps))
        object.__setattr__(self, "assumptions", tuple(self.assumptions))
        object.__setattr__(self, "results", MappingProxyType(dict(self.results)))
        if not self.steps:
            raise MalformedDerivation(f"Derivation {self.name!r} has no steps.")
        if self.steps[0].relation != "start":
            raise MalformedDerivation(
                f"Derivation {self.name!r}: step 0 must have relation 'start', "
                f"got {self.steps[0].relation!r}."
            )

    @property
    def symbols(self) -> frozenset[sp.Basic]:
        return frozenset(a.symbol for a in self.assumptions)

    def replace(self, index: int, expr: sp.Basic) -> Derivation:
        """Return a copy with step ``index``'s written expression swapped.

        Used for mutation testing: the rule, relation and parameters stay.
        """
        if not 0 <= index < len(self.steps):
            raise IndexError(
                f"Derivation {self.name!r} has {len(self.steps)} steps; no step {index}."
            )
        steps = list(self.steps)
        try:
            steps[index] = dataclasses.replace(steps[index], expr=expr)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"Derivation {self.name!r}, step {index}: {exc}") from None
        return dataclasses.replace(self, steps=steps)

    def check(self, **options: Any) -> Any:
        """``derivations.check(self, **options)``: check every step, return a Report."""
        from .engine import check

        return check(self, **options)

    def sections(self) -> list[tuple[str, list[int]]]:
        """Step indices grouped by section, in order of first appearance."""
        out: list[tuple[str, list[int]]] = []
        for i, step in enumerate(self.steps):
            if not out or out[-1][0] != step.section:
                out.append((step.section, []))
            out[-1][1].append(i)
        return out
