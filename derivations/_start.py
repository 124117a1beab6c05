"""Rules that start a chain: they relate a line to an earlier one, or to a reference.

- ``restate`` ``{"ref": i}``: the line is step ``i``'s line again.
- ``chain-result`` ``{"start": i, "end": j}``: the equation "first line of the
  chain = its last line" (``dLL/dmu = (1/sigma^2) sum(x_n - mu)``).
- ``differentiate`` ``{"ref": i, "wrt": v}``: ``Derivative(line i, v)``.
- ``set-to-zero`` ``{"ref": i}``: step ``i`` is ``D = R``; this line is ``0 = R``,
  the stationarity condition ``D = 0`` with ``D`` replaced by what it equals.
- ``gaussian-log-likelihood``: the line equals ``sum_n log p(x_n)`` for the
  normal density of ``sympy.stats`` - an independent reference, not our copy.
- ``identity`` ``{"rule": name}``: an equation ``L = R`` checked on its own;
  the named rule must turn ``L`` into ``R``.
- ``definition``: a premise, taken as given (verdict ``given``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import sympy as sp

from ._model import Derivation
from ._report import FAIL, GIVEN, PASS, RULE_MISMATCH, SKIP, CheckOutcome, StepResult

START_RULES = frozenset(
    {
        "restate",
        "chain-result",
        "differentiate",
        "set-to-zero",
        "gaussian-log-likelihood",
        "identity",
        "definition",
    }
)

#: Parameters each start rule needs (validated before any check runs).
REQUIRED: dict[str, tuple[str, ...]] = {
    "restate": ("ref",),
    "chain-result": ("start", "end"),
    "differentiate": ("ref", "wrt"),
    "set-to-zero": ("ref",),
    "identity": ("rule",),
}

LABELS = {
    "restate": "restating an earlier line",
    "chain-result": "result of the chain above",
    "differentiate": "differentiate",
    "set-to-zero": "set the derivative to zero",
    "gaussian-log-likelihood": "Gaussian log-likelihood",
    "identity": "general identity",
    "definition": "definition",
}


def _ref(d: Derivation, i: int, key: str = "ref") -> sp.Basic:
    step = d.steps[i]
    if key not in step.params:
        raise ValueError(
            f"Derivation {d.name!r}, step {i}: rule {step.rule!r} needs parameter {key!r}."
        )
    j = step.params[key]
    if not (isinstance(j, int) and 0 <= j < i):
        raise ValueError(f"Derivation {d.name!r}, step {i}: {key}={j!r} must name an earlier step.")
    return d.steps[j].expr


def _chain_break(d: Derivation, start: int, end: int) -> str | None:
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


def gaussian_log_likelihood(x=None, n=None, N=None, mu=None, sigma2=None) -> sp.Expr:
    """sum_n log p(x_n | mu, sigma2) with p from ``sympy.stats.Normal``."""
    from sympy.stats import Normal, density

    from . import symbols as S

    x, n, N = x or S.x, n or S.n, N or S.N
    mu, sigma2 = mu or S.mu, sigma2 or S.sigma2
    pdf = density(Normal("X", mu, sp.sqrt(sigma2)))(x[n])
    return sp.Sum(sp.log(pdf), (n, 1, N))


def check_start(d: Derivation, i: int, ctx, finish: Callable) -> StepResult:
    step = d.steps[i]
    name = step.rules[0]
    cur = step.expr
    if name == "definition":
        skip = CheckOutcome(SKIP, "a premise")
        return StepResult(i, step, GIVEN, skip, skip, skip, reason="definition: taken as given")
    if name == "identity":
        if not isinstance(cur, sp.Equality):
            raise ValueError(f"Derivation {d.name!r}, step {i}: an identity must be an equation.")
        return finish(i, step, cur.lhs, cur.rhs, "=", ctx, d, rule_names=(step.params["rule"],))
    if name == "gaussian-log-likelihood":
        target = gaussian_log_likelihood()
        r = finish(i, step, target, cur, "=", ctx, d, rule_names=("algebra",))
        if r.rule_check.status == PASS:
            detail = "equals sum_n log of sympy.stats' Normal(mu, sqrt(sigma2)) density"
            r = dataclasses.replace(r, rule_check=CheckOutcome(PASS, detail))
        return r
    if name == "restate":
        target = _ref(d, i)
    elif name == "chain-result":
        broken = _chain_break(d, step.params["start"], step.params["end"])
        if broken is not None:
            fail = CheckOutcome(FAIL, broken)
            return StepResult(
                i,
                step,
                RULE_MISMATCH,
                fail,
                CheckOutcome(SKIP, "not a chain"),
                CheckOutcome(SKIP, "not a chain"),
                reason=broken,
            )
        target = sp.Eq(_ref(d, i, "start"), _ref(d, i, "end"), evaluate=False)
    elif name == "differentiate":
        target = sp.Derivative(_ref(d, i), step.params["wrt"])
    elif name == "set-to-zero":
        eq = _ref(d, i)
        if not isinstance(eq, sp.Equality):
            raise ValueError(
                f"Derivation {d.name!r}, step {i}: set-to-zero needs an equation D = R."
            )
        target = sp.Eq(0, eq.rhs, evaluate=False)
        if isinstance(cur, sp.Equality) and cur.rhs == 0:
            target = sp.Eq(eq.rhs, 0, evaluate=False)
    else:  # validate() rejects other names before we get here
        raise ValueError(f"Unknown start rule {name!r}.")
    r = finish(i, step, target, cur, "=", ctx, d, rule_names=("arithmetic",))
    if r.rule_check.status == PASS:
        r = dataclasses.replace(r, rule_check=CheckOutcome(PASS, f"{LABELS[name]}: matches"))
    return r
