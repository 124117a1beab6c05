"""The rule table: every rule the checker, the command line and the renderers know.

One table, four kinds of rule:

- ``rewrite``: rewrites one sub-expression (a *site*) at a time. Its ``match``
  function receives a node and the step's parameters and returns ``None`` when
  the rule does not apply there, or a :class:`Rewrite` (the replacement and the
  side conditions that make it valid); see :mod:`._sites` for applying it at
  one place or at several.
- ``equation``: an operation on a whole equation (multiply both sides ...).
- ``start``: relates the first line of a chain to an earlier line or to a
  reference (``restate``, ``differentiate`` ...); its ``target`` function says
  what the line is compared with (see :mod:`.start`).
- ``pseudo``: a name that is not a transformation (``auto``: identify the
  rule; ``algebra``: the weakest justification).

Side conditions are sympy booleans (``a > 0``, ``Ne(c, 0)``); the checker
discharges them from the declared assumptions or reports them as open.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable, Mapping
from typing import Any

import sympy as sp

from .._errors import UnknownRule

REWRITE, EQUATION, START, PSEUDO = "rewrite", "equation", "start", "pseudo"
KINDS = (REWRITE, EQUATION, START, PSEUDO)


@dataclasses.dataclass(frozen=True)
class Rewrite:
    new: sp.Basic
    conditions: tuple[sp.Basic, ...] = ()


Match = Callable[[sp.Basic, Mapping[str, Any]], "Rewrite | None"]


@dataclasses.dataclass(frozen=True)
class Rule:
    """A named rule.

    Attributes
    ----------
    name : str
        Table key, kebab-case (``"log-product"``).
    label : str
        Short English label used in reports and rendered LaTeX.
    kind : {"rewrite", "equation", "start", "pseudo"}
    match : callable, optional
        ``match(node, params) -> Rewrite | None`` (rewrite and equation rules).
    compare : {"shape", "expanded"}
        How the rule's output is compared with the written line: ``"shape"``
        (ordering only) for local rewrites, ``"expanded"`` for whole-equation
        operations whose result people simplify as they write it.
    whole : bool
        Applies to the whole line rather than to sub-expressions.
    doc : str
        The identity the rule states, in one line.
    required : tuple of str
        Step parameters the rule needs (``("factor",)``); checked up front.
    target : callable, optional
        For start rules: ``target(derivation, index) -> StartPlan``.
    """

    name: str
    label: str
    kind: str = REWRITE
    match: Match | None = None
    compare: str = "shape"
    whole: bool = False
    doc: str = ""
    required: tuple[str, ...] = ()
    target: Callable[..., Any] | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Rule {self.name!r}: kind {self.kind!r} is not one of {KINDS}.")
        if self.kind in (REWRITE, EQUATION) and self.match is None:
            raise ValueError(f"Rule {self.name!r}: a {self.kind} rule needs a match function.")
        if self.kind == START and self.target is None:
            raise ValueError(f"Rule {self.name!r}: a start rule needs a target function.")


#: name -> rule, in registration order.
TABLE: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    if rule.name in TABLE:
        raise ValueError(f"Rule {rule.name!r} is registered twice.")
    TABLE[rule.name] = rule
    return rule


def rule(name: str, label: str, **kw: Any) -> Callable[[Match], Match]:
    """Decorator form of :func:`register` for a rewrite rule's match function."""

    def deco(fn: Match) -> Match:
        register(Rule(name=name, label=label, match=fn, doc=(fn.__doc__ or "").strip(), **kw))
        return fn

    return deco


def get(name: str) -> Rule:
    try:
        return TABLE[name]
    except (KeyError, TypeError):
        raise UnknownRule(f"Unknown rule {_short_name(name)}{_suggest(name)}") from None


def _short_name(name: Any) -> str:
    text = repr(name)
    return text if len(text) <= 60 else text[:57] + "..."


def _suggest(name: Any) -> str:
    """'; did you mean X?' for a near miss, and where the full list is."""
    close = difflib.get_close_matches(str(name), list(TABLE), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else "."
    return f"{hint} `derivations rules` lists all {len(TABLE)} rules."


def of_kind(*kinds: str) -> dict[str, Rule]:
    """The rules of the given kinds, by name, in table order."""
    return {k: r for k, r in TABLE.items() if r.kind in kinds}


#: Constructors that take ``evaluate=False`` themselves.
_UNEVALUATED = (sp.Add, sp.Mul, sp.Pow, sp.Equality)


def ev(fn: Callable[..., sp.Basic], *args: Any) -> sp.Basic:
    """Build ``fn(*args)`` unevaluated, so a rule's output keeps its written form.

    Through the constructor's own ``evaluate=False`` where it has one: switching
    sympy's global flag (``sympy.evaluate``) empties all of sympy's caches, twice
    per rule application - 40% of the engine's time on the bundled post.
    """
    if isinstance(fn, type) and (issubclass(fn, _UNEVALUATED) or issubclass(fn, sp.Function)):
        return fn(*args, evaluate=False)
    with sp.evaluate(False):
        return fn(*args)
