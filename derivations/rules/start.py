"""Rules that start a chain: they relate a line to an earlier one, or to a reference.

Each start rule's ``target(derivation, index)`` returns a :class:`StartPlan`:
the line the written line is compared with, and which rules the rule check
applies between them. The engine runs the three checks on that pair.

- ``restate`` ``{"ref": i}``: the line is step ``i``'s line again.
- ``chain-result`` ``{"start": i, "end": j}``: the equation "first line of the
  chain = its last line" (``dLL/dmu = (1/sigma^2) sum(x_n - mu)``).
- ``differentiate`` ``{"ref": i, "wrt": v}``: ``Derivative(line i, v)``.
- ``set-to-zero`` ``{"ref": i}``: step ``i`` is ``D = R``; this line is ``0 = R``,
  the stationarity condition ``D = 0`` with ``D`` replaced by what it equals.
- ``identity`` ``{"rule": name}``: an equation ``L = R`` checked on its own;
  the named rule must turn ``L`` into ``R``.
- ``observed-information`` ``{"ref": i, "wrt": v}``: ``-Derivative(line i, v)``,
  minus the derivative of a score (line ``i``): the observed information.
- ``evaluate-at`` ``{"ref": i, "at": j}``: step ``j`` is an equation
  ``v = e`` with a symbol ``v`` on its left; the line is line ``i`` with every
  ``v`` replaced by ``e`` (a function of ``v`` evaluated at ``v = e``). Line
  ``i`` must not differentiate with respect to ``v``.
- ``abbreviate`` ``{"ref": i, "at": j}``: step ``j`` is an equation ``s = e``
  with a symbol ``s`` on its left (a name given to ``e``); the line is line
  ``i`` with ``e`` replaced by ``s``. ``e`` must occur in line ``i``.
- ``definition``: a premise, taken as given (verdict ``given``).

:func:`register_reference` adds a start rule that compares the line with an
independent reference expression (a bundled derivation registers its density
this way).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import sympy as sp

from .._errors import MalformedDerivation
from ._registry import START, Rule, register


@dataclasses.dataclass(frozen=True)
class StartPlan:
    """What the first line of a chain is compared with.

    Attributes
    ----------
    previous : sympy expression, optional
        The line the written one must equal (``None`` for a premise).
    written : sympy expression, optional
        The written side of the comparison (the step's line, or the right side
        of an identity).
    rules : tuple of str
        The rules the rule check applies from ``previous`` to ``written``.
    matched : str
        The rule check's detail when it passes.
    mismatch : str, optional
        Why the start rule does not apply (the step is a rule mismatch).
    given : str, optional
        Why the line is a premise (the step is ``given``).
    """

    previous: sp.Basic | None = None
    written: sp.Basic | None = None
    rules: tuple[str, ...] = ("arithmetic",)
    matched: str = ""
    mismatch: str | None = None
    given: str | None = None


def _ref(d: Any, i: int, key: str = "ref") -> sp.Basic:
    step = d.steps[i]
    if key not in step.params:
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: rule {step.rule!r} needs parameter {key!r}."
        )
    j = step.params[key]
    if not (isinstance(j, int) and 0 <= j < i):
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: {key}={j!r} must name an earlier step."
        )
    return d.steps[j].expr


def chain_break(d: Any, start: int, end: int) -> str | None:
    """Why steps ``start..end`` are not one chain of rewrites, or None if they are.

    Walking back from ``end``: a rewrite ("=") continues from the step before
    it, a restatement from the line it restates; anything else (an equation
    step, a new start) breaks the chain.
    """
    j = end
    while j != start:
        s = d.steps[j]
        if s.relation == "=":
            j -= 1
        elif s.rules == ("restate",):
            j = s.params["ref"]
        else:
            return f"step {j} ({s.rule}) breaks the chain from step {start} to step {end}"
        if j < start:
            return f"the steps before step {end} do not lead back to step {start}"
    return None


def _start_rule(name: str, label: str, required: tuple[str, ...] = ()):
    def deco(fn: Callable[[Any, int], StartPlan]) -> Callable[[Any, int], StartPlan]:
        register(
            Rule(
                name=name,
                label=label,
                kind=START,
                target=fn,
                doc=(fn.__doc__ or "").strip(),
                required=required,
            )
        )
        return fn

    return deco


def _matches(label: str) -> str:
    return f"{label}: matches"


@_start_rule("restate", "restating an earlier line", ("ref",))
def restate(d: Any, i: int) -> StartPlan:
    """The line is an earlier line (``ref``) again."""
    return StartPlan(_ref(d, i), d.steps[i].expr, matched=_matches("restating an earlier line"))


@_start_rule("chain-result", "result of the chain above", ("start", "end"))
def chain_result(d: Any, i: int) -> StartPlan:
    """The equation 'first line = last line' of a chain of rewrites (``start``, ``end``)."""
    step = d.steps[i]
    broken = chain_break(d, step.params["start"], step.params["end"])
    if broken is not None:
        return StartPlan(mismatch=broken)
    target = sp.Eq(_ref(d, i, "start"), _ref(d, i, "end"), evaluate=False)
    return StartPlan(target, step.expr, matched=_matches("result of the chain above"))


@_start_rule("differentiate", "differentiate", ("ref", "wrt"))
def differentiate(d: Any, i: int) -> StartPlan:
    """The derivative of an earlier line (``ref``) with respect to ``wrt``."""
    step = d.steps[i]
    target = sp.Derivative(_ref(d, i), step.params["wrt"])
    return StartPlan(target, step.expr, matched=_matches("differentiate"))


@_start_rule("observed-information", "observed information", ("ref", "wrt"))
def observed_information(d: Any, i: int) -> StartPlan:
    """Minus the derivative of an earlier line (a score, ``ref``) with respect to ``wrt``."""
    step = d.steps[i]
    target = sp.Mul(-1, sp.Derivative(_ref(d, i), step.params["wrt"]), evaluate=False)
    return StartPlan(target, step.expr, matched=_matches("observed information"))


@_start_rule("evaluate-at", "evaluate at the estimate", ("ref", "at"))
def evaluate_at(d: Any, i: int) -> StartPlan:
    """Line ``ref`` with ``v`` replaced by ``e``, where step ``at`` is the equation ``v = e``."""
    eq = _ref(d, i, "at")
    if not (isinstance(eq, sp.Equality) and isinstance(eq.lhs, sp.Symbol)):
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: evaluate-at needs 'at' to name an equation "
            "v = e with a symbol v on its left."
        )
    v, value = eq.lhs, eq.rhs
    if value.has(v):
        at = d.steps[i].params["at"]
        return StartPlan(mismatch=f"the value of {v} at step {at} contains {v} itself")
    line = _ref(d, i)
    if any(v in dv.variables for dv in line.atoms(sp.Derivative)):
        return StartPlan(
            mismatch=f"step {d.steps[i].params['ref']} differentiates with respect to {v}: "
            "carry the derivative out before evaluating it at a point"
        )
    return StartPlan(
        line.xreplace({v: value}), d.steps[i].expr, matched=_matches(f"evaluated at {v} = {value}")
    )


@_start_rule("abbreviate", "write the defined name", ("ref", "at"))
def abbreviate(d: Any, i: int) -> StartPlan:
    """Line ``ref`` with ``e`` replaced by ``s``, where step ``at`` is the equation ``s = e``."""
    from .._forms import evaluated

    eq = _ref(d, i, "at")
    if not (isinstance(eq, sp.Equality) and isinstance(eq.lhs, sp.Symbol)):
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: abbreviate needs 'at' to name an equation "
            "s = e with a symbol s on its left."
        )
    name, value = eq.lhs, evaluated(eq.rhs)
    line = evaluated(_ref(d, i))
    out = line.xreplace({value: name})
    if out == line:
        ref = d.steps[i].params["ref"]
        return StartPlan(mismatch=f"line {ref} does not contain {value}, the value of {name}")
    return StartPlan(out, d.steps[i].expr, matched=_matches(f"{value} written as {name}"))


@_start_rule("set-to-zero", "set the derivative to zero", ("ref",))
def set_to_zero(d: Any, i: int) -> StartPlan:
    """``ref`` is ``D = R``; the line is ``0 = R`` (or ``R = 0``)."""
    eq = _ref(d, i)
    if not isinstance(eq, sp.Equality):
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: set-to-zero needs an equation D = R."
        )
    cur = d.steps[i].expr
    target = sp.Eq(0, eq.rhs, evaluate=False)
    if isinstance(cur, sp.Equality) and cur.rhs == 0:
        target = sp.Eq(eq.rhs, 0, evaluate=False)
    return StartPlan(target, cur, matched=_matches("set the derivative to zero"))


@_start_rule("identity", "general identity", ("rule",))
def identity(d: Any, i: int) -> StartPlan:
    """An equation ``L = R`` checked on its own: the rule ``rule`` turns ``L`` into ``R``."""
    step = d.steps[i]
    cur = step.expr
    if not isinstance(cur, sp.Equality):
        raise MalformedDerivation(
            f"Derivation {d.name!r}, step {i}: an identity must be an equation."
        )
    return StartPlan(cur.lhs, cur.rhs, rules=(step.params["rule"],))


@_start_rule("definition", "definition")
def definition(d: Any, i: int) -> StartPlan:
    """A premise: taken as given, nothing to check."""
    return StartPlan(given="definition: taken as given")


def register_reference(
    name: str, label: str, reference: Callable[[], sp.Basic], source: str, doc: str = ""
) -> Rule:
    """Register a start rule that compares a line with an independent reference.

    Parameters
    ----------
    name, label : str
        The rule's table name and its label in reports.
    reference : callable
        Returns the reference expression (computed when a step is checked).
    source : str
        What the reference is, in words, for the rule check's detail.
    """

    def target(d: Any, i: int) -> StartPlan:
        return StartPlan(
            reference(), d.steps[i].expr, rules=("algebra",), matched=f"equals {source}"
        )

    return register(
        Rule(
            name=name,
            label=label,
            kind=START,
            target=target,
            doc=doc or f"the line equals {source}",
        )
    )
