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
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import sympy as sp

from ._errors import AssumptionError, MalformedDerivation

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
        if not isinstance(self.relation, str) or self.relation not in RELATIONS:
            raise MalformedDerivation(
                f"Step relation {_short(self.relation)} is not one of {', '.join(RELATIONS)}."
            )
        if not isinstance(self.expr, sp.Basic):
            raise TypeError(
                f"Step expression must be a sympy object, got {_kind(self.expr)}: "
                f"{_short(self.expr)}."
            )
        object.__setattr__(self, "rule", _rule_names(self.rule))
        if not isinstance(self.params, Mapping):
            raise TypeError(
                "Step params must be a mapping of parameter names to values (a dict such as "
                f"{{'wrt': mu}}), got {_kind(self.params)}: {_short(self.params)}."
            )
        bad = [k for k in self.params if not isinstance(k, str)]
        if bad:
            raise TypeError(
                "Step params must be keyed by parameter names (text), "
                f"got the key {_short(bad[0])}."
            )
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def rules(self) -> tuple[str, ...]:
        """The rule names as a tuple (a single name becomes a 1-tuple)."""
        return (self.rule,) if isinstance(self.rule, str) else tuple(self.rule)

    @property
    def is_equation(self) -> bool:
        return isinstance(self.expr, sp.Equality)


def _kind(value: Any) -> str:
    """The type of ``value`` in words for a message (``None`` is not a "NoneType")."""
    return "None" if value is None else type(value).__name__


def _short(value: Any, limit: int = 80) -> str:
    """``repr(value)`` for a message: one line, at most about ``limit`` characters."""
    try:
        text = " ".join(repr(value).split())
    except Exception:  # noqa: BLE001 - a hostile __repr__
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _rule_names(rule: Any) -> str | tuple[str, ...]:
    """A step's ``rule`` as given (a name, or a tuple of names from a tuple or list); checked."""
    hint = "name a registered rule (see 'derivations rules')"
    if isinstance(rule, str):
        if not rule.strip():
            raise MalformedDerivation(f"Step rule is an empty name; {hint}.")
        return rule
    if isinstance(rule, (tuple, list)):
        if not rule:
            raise MalformedDerivation(f"Step rule is an empty {type(rule).__name__}; {hint}.")
        for name in rule:
            if not isinstance(name, str) or not name.strip():
                raise TypeError(
                    f"Step rule names must be non-empty text, got {_short(name)} in {_short(rule)}."
                )
        return tuple(rule)
    raise TypeError(
        f"Step rule must be a rule name (text) or a tuple of rule names, got {_short(rule)}."
    )


@dataclasses.dataclass(frozen=True)
class Assumption:
    """A declared symbol and what is assumed of it: in words, for sympy, and as a domain.

    Parameters
    ----------
    symbol : sympy Symbol or IndexedBase
        The symbol (its sympy flags, such as ``positive=True``, are assumptions too).
    words : str
        The assumption in words, for reports.
    latex_name : str, optional
        How renderers print the symbol.
    domain : str, Domain or sequence of them, optional
        A statement of the assumption language (:mod:`derivations.assumptions`):
        ``"0 < p < 1"``, ``"x_i \\in \\{0, 1\\}"``, ``"k_n \\in \\mathbb{N}"``. The
        numeric check draws inside it and the symbolic check uses its signs.
    """

    symbol: sp.Basic
    words: str
    latex_name: str | None = None
    domain: Any = None

    def __post_init__(self) -> None:
        if self.domain is None:
            return
        from .assumptions import Domain, parse

        items = self.domain if isinstance(self.domain, (list, tuple)) else [self.domain]
        where = f"the assumption on {self.symbol}"
        name = str(self.symbol.label if isinstance(self.symbol, sp.IndexedBase) else self.symbol)
        sample = isinstance(self.symbol, sp.IndexedBase)
        out = []
        for item in items:
            found = parse(item, where) if isinstance(item, str) else [item]
            for dom in found:
                if not isinstance(dom, Domain):
                    raise TypeError(f"{where}: a domain must be a statement or a Domain.")
                if dom.name != name:
                    raise AssumptionError(
                        f"{where}: the domain {dom.text or dom.describe()!r} is about "
                        f"{dom.name!r}, not {name!r}."
                    )
                out.append(dataclasses.replace(dom, sample=sample, source=dom.source or where))
        merged = out[0]
        for dom in out[1:]:
            merged = merged.merge(dom)
        object.__setattr__(self, "domain", merged)


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
    infer_domains : bool
        Assume the natural domain of the definition lines for names with no
        declared domain (``log(lambda)`` -> ``lambda > 0``), as a reader of a
        post does; reported as "assumed from the definition". Off for
        derivations whose author declares every symbol (the Python API);
        on for posts and Markdown derivations.
    """

    name: str
    title: str
    assumptions: Sequence[Assumption]
    steps: Sequence[Step]
    results: Mapping[str, sp.Equality] = dataclasses.field(default_factory=dict)
    log_likelihood: sp.Expr | None = None
    source: str = ""
    confirm: Callable[[Derivation], Sequence[Any]] | None = None
    infer_domains: bool = False

    def __post_init__(self) -> None:
        where = f"Derivation {_short(self.name)}"
        if not isinstance(self.name, str):
            raise TypeError(f"{where}: the name must be text, got {_kind(self.name)}.")
        object.__setattr__(self, "steps", _sequence_of(self.steps, Step, "steps", where))
        object.__setattr__(
            self, "assumptions", _sequence_of(self.assumptions, Assumption, "assumptions", where)
        )
        if not isinstance(self.results, Mapping):
            raise TypeError(
                f"{where}: results must be a mapping of names to equations (a dict), "
                f"got {_kind(self.results)}."
            )
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

    @classmethod
    def from_markdown(cls, path: Any) -> Derivation:
        """The derivation of a Markdown (``.md``) or LaTeX (``.tex``) derivation file.

        Each display row names its rule (``% rule: log-product`` or
        ``\\tag{log-product}``); see :mod:`derivations.source`.

        Raises
        ------
        LoadError
            One sentence naming ``file:line`` and the problem (an unknown rule is
            an :class:`~derivations.UnknownRule`, a bad ``assume:`` an
            :class:`~derivations.AssumptionError`).
        """
        from .source import read_file

        return read_file(path).derivation

    @classmethod
    def from_latex(
        cls, text: str, *, name: str = "derivation", markdown: bool = False
    ) -> Derivation:
        """The derivation written in ``text``: LaTeX source (``markdown=True``: Markdown).

        Same format as :meth:`from_markdown`; errors name ``<name>:line``.
        """
        from .source import read_text

        return read_text(text, name=name, tex=not markdown, where=f"<{name}>").derivation

    def sections(self) -> list[tuple[str, list[int]]]:
        """Step indices grouped by section, in order of first appearance."""
        out: list[tuple[str, list[int]]] = []
        for i, step in enumerate(self.steps):
            if not out or out[-1][0] != step.section:
                out.append((step.section, []))
            out[-1][1].append(i)
        return out


def _sequence_of(items: Any, kind: type, what: str, where: str) -> tuple:
    """``items`` as a tuple of ``kind`` objects, or a TypeError naming ``what`` and the item."""
    if isinstance(items, (str, bytes, Mapping)) or not isinstance(items, Iterable):
        raise TypeError(
            f"{where}: {what} must be a list of {kind.__name__} objects, "
            f"got {_short(items) if items is None else _kind(items) + ': ' + _short(items)}."
        )
    out = tuple(items)
    for k, item in enumerate(out):
        if not isinstance(item, kind):
            raise TypeError(
                f"{where}: {what}[{k}] must be a {kind.__name__}, "
                f"got {_kind(item)}: {_short(item)}."
            )
    return out
