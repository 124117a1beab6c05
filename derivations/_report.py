"""What checking a derivation produces: one ``StepResult`` per step.

Three checks run independently on every step and are reported separately:

- ``rule``: applying the named rule(s) to the previous line gives the written
  line (up to sympy's ordering of sums and products);
- ``symbolic``: a canonicalisation pipeline proves the written line equal to
  (or, for ``=>`` steps, implied by) the previous one;
- ``numeric``: both lines evaluated at random points of the declared domain
  agree, or a counterexample is returned.

The verdict combines them; see :data:`VERDICTS`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from typing import Any

from ._text import counterexample_json

PROVED = "proved"
PLAUSIBLE = "plausible"
REFUTED = "refuted"
RULE_MISMATCH = "rule-mismatch"
UNCHECKED = "unchecked"
GIVEN = "given"

#: Every verdict a step can get, with what it means.
VERDICTS: Mapping[str, str] = {
    PROVED: "rule accounts for the line, symbolic proof found, numerics agree, "
    "every side condition discharged",
    PLAUSIBLE: "numerics agree but no symbolic proof (or a side condition is open); "
    "never counted as proved",
    REFUTED: "a numeric counterexample shows the line does not follow",
    RULE_MISMATCH: "the lines may be equal, but the named rule does not produce the written line",
    UNCHECKED: "no check could be carried out; the reason says why",
    GIVEN: "a premise (rule 'definition'): taken as given, nothing to check; "
    "never counted as proved and never a failure",
}

PASS = "pass"
FAIL = "fail"
SKIP = "skip"


@dataclasses.dataclass(frozen=True)
class CheckOutcome:
    """The outcome of one of the three checks: ``pass``, ``fail`` or ``skip``."""

    status: str
    detail: str = ""

    def to_json(self) -> dict[str, str]:
        return {"status": self.status, "detail": self.detail}


@dataclasses.dataclass(frozen=True)
class SideCondition:
    """A condition a rule needs (``sigma2 != 0``), and whether it was discharged."""

    rule: str
    condition: str
    discharged: bool
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "condition": self.condition,
            "status": "discharged" if self.discharged else "open",
            "reason": self.reason,
        }


@dataclasses.dataclass(frozen=True)
class StepResult:
    """Everything known about one step after checking it."""

    index: int
    step: Any  # derivations.Step; typed loosely to keep this module import-light
    verdict: str
    rule_check: CheckOutcome
    symbolic: CheckOutcome
    numeric: CheckOutcome
    side_conditions: tuple[SideCondition, ...] = ()
    counterexample: Mapping[str, Any] | None = None
    residual: str | None = None
    reason: str = ""
    identified_rule: str | None = None

    @property
    def ok(self) -> bool:
        return self.verdict in (PROVED, GIVEN)

    @property
    def open_obligations(self) -> tuple[SideCondition, ...]:
        return tuple(c for c in self.side_conditions if not c.discharged)

    @property
    def rule_name(self) -> str:
        return " + ".join(self.step.rules)

    def to_json(self) -> dict[str, Any]:
        step = self.step
        return {
            "index": self.index,
            "rule": self.rule_name,
            "post_rule": step.post_rule,
            "identified_rule": self.identified_rule,
            "relation": step.relation,
            "section": step.section,
            "rows": list(step.rows),
            "expr": str(step.expr),
            "verdict": self.verdict,
            "checks": {
                "rule": self.rule_check.to_json(),
                "symbolic": self.symbolic.to_json(),
                "numeric": self.numeric.to_json(),
            },
            "side_conditions": [c.to_json() for c in self.side_conditions],
            "counterexample": counterexample_json(self.counterexample),
            "residual": self.residual,
            "reason": self.reason,
        }


@dataclasses.dataclass(frozen=True)
class Confirmation:
    """One independent confirmation of a derivation's results (see ``Derivation.confirm``)."""

    name: str
    ok: bool
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclasses.dataclass(frozen=True)
class Report:
    """The result of checking a derivation: one :class:`StepResult` per step."""

    derivation: Any  # derivations.Derivation
    steps: Sequence[StepResult]
    timings: Mapping[str, float] = dataclasses.field(default_factory=dict)
    confirmations: Sequence[Confirmation] = ()
    #: The domains in force: ``{"symbol", "domain", "source", "text"}`` each, declared
    #: ones first, then those assumed from the definition lines' natural domains.
    domains: Sequence[Mapping[str, str]] = ()

    @property
    def ok(self) -> bool:
        """True when every step is proved (or a declared premise) with every side condition
        discharged, and every confirmation of the results holds."""
        return all(r.ok for r in self.steps) and all(c.ok for c in self.confirmations)

    @property
    def failures(self) -> list[StepResult]:
        return [r for r in self.steps if not r.ok]

    def counts(self) -> dict[str, int]:
        out = {v: 0 for v in VERDICTS}
        for r in self.steps:
            out[r.verdict] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "derivation": self.derivation.name,
            "title": self.derivation.title,
            "ok": self.ok,
            "counts": self.counts(),
            "steps": [r.to_json() for r in self.steps],
            "confirmations": [c.to_json() for c in self.confirmations],
            "domains": [dict(x) for x in self.domains],
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2)

    def __str__(self) -> str:
        from .render import report_text

        return report_text(self)

    def _repr_latex_(self) -> str:
        from .render import repr_latex

        return repr_latex(self)
