"""A rule whose matcher crashes explains nothing; the step is still checked.

sympy refuses some rewrites of matrix lines (``MatAdd`` of a matrix and a scalar raises
``TypeError: Mix of Matrix and Scalar symbols``). Raised while the engine looked for the
rule that explains a step, it made the whole step "the checker failed on this step"
(corpus mvn-statproofbook-soch line 98, a correct first-order condition). The rule is now
passed over; the symbolic and numeric checks still decide, so a false step is still refuted.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step, check
from derivations.engine import _rule_check

a, b = sp.symbols("a b", positive=True)


def _crashing(*args, **kwargs):
    raise TypeError("Mix of Matrix and Scalar symbols")
    yield  # a generator, as the real one


def _verdict(monkeypatch, written: sp.Basic) -> str:
    monkeypatch.setattr(_rule_check, "applications", _crashing)
    start = sp.Mul(sp.Add(a, b, evaluate=False), sp.Add(a, b, evaluate=False), evaluate=False)
    d = Derivation(
        "rule-crash",
        "a rule that crashes",
        [Assumption(a, "a"), Assumption(b, "b")],
        [Step(start, "definition", "start"), Step(written, "auto", "=")],
    )
    return check(d, jobs=1).steps[1].verdict


def test_a_true_step_is_proved_when_a_rule_crashes(monkeypatch):
    assert _verdict(monkeypatch, a**2 + 2 * a * b + b**2) == "proved"


def test_a_false_step_is_refuted_when_a_rule_crashes(monkeypatch):
    assert _verdict(monkeypatch, a**2 + a * b + b**2) == "refuted"
