"""Every registered rule: a correct application is proved, a wrong one is caught.

Each case is a tiny derivation: a premise (rule ``definition``, verdict
``given``) and one step that applies the rule under test. Expressions are built
unevaluated, as the engine expects, and checked outside that context.

Properties:

- the correct line is ``proved``: the rule check passes, the symbolic and
  numeric checks pass, every side condition is discharged;
- a wrong line (what a neighbouring rule gives, or a slightly wrong line) is
  ``refuted`` or ``rule-mismatch``, never proved;
- the correct line under a *different* rule is ``rule-mismatch``: the lines are
  equal, but the label does not account for the step;
- ``auto`` names the rule it found; ``algebra`` passes only with a symbolic proof;
- side conditions (log of a product needs positive factors, dividing needs a
  non-zero divisor) are discharged from declared assumptions or reported open.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import re
import zlib
from collections.abc import Mapping
from typing import Any

import pytest
import sympy as sp

from derivations import VERDICTS, Assumption, Derivation, Step
from derivations.engine import check_step
from derivations.engine._rule_check import discharge
from derivations.rules import EQUATION, REWRITE, applications, of_kind
from derivations.symbols import N, mu, n, sigma2, x

#: The transformations (the rule table also holds start rules and pseudo-rules).
REGISTRY = of_kind(REWRITE, EQUATION)

a, b = sp.symbols("a b", positive=True)
p, q = sp.symbols("p q", real=True)
k = sp.Symbol("k", integer=True)  # may be zero
v = sp.Symbol("v", real=True)
SYMBOLS = (a, b, p, q, k, v, N, x, mu, sigma2)

PROVED, REFUTED, MISMATCH, PLAUSIBLE, GIVEN = (
    "proved",
    "refuted",
    "rule-mismatch",
    "plausible",
    "given",
)


def derivation(
    prev: sp.Basic,
    cur: sp.Basic,
    rule,
    relation: str = "=",
    params: Mapping[str, Any] | None = None,
) -> Derivation:
    return Derivation(
        name="tiny",
        title="one step",
        assumptions=[Assumption(s, f"{s} as declared") for s in SYMBOLS],
        steps=[Step(prev, "definition", "start"), Step(cur, rule, relation, params=params or {})],
    )


def check(prev, cur, rule, relation="=", params=None):
    """The result of the single step (index 1) of a tiny derivation."""
    return check_step(derivation(prev, cur, rule, relation, params), 1)


def S(f: sp.Basic) -> sp.Sum:
    with sp.evaluate(True):
        return sp.Sum(f, (n, 1, N))


def D(f: sp.Basic, wrt: sp.Symbol = mu) -> sp.Derivative:
    return sp.Derivative(f, wrt)


@dataclasses.dataclass(frozen=True)
class Case:
    rule: str | tuple[str, ...]
    prev: sp.Basic
    good: sp.Basic
    bad: sp.Basic  # what another rule gives, or a slightly wrong line
    other: str  # a different rule that does not produce ``good`` from ``prev``
    relation: str = "="
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.rule if isinstance(self.rule, str) else "+".join(self.rule)


def _cases() -> list[Case]:
    with sp.evaluate(False):
        xn = x[n]
        return [
            Case(
                "log-product",
                sp.log(a * b),
                sp.log(a) + sp.log(b),
                sp.log(a) - sp.log(b),
                "log-quotient",
            ),
            Case(
                "log-quotient",
                sp.log(a / b),
                sp.log(a) - sp.log(b),
                sp.log(a) + sp.log(b),
                "log-product",
            ),
            Case("log-power", sp.log(a**3), 3 * sp.log(a), 2 * sp.log(a), "log-product"),
            Case("log-of-e", sp.log(sp.E) + a, sp.Add(1, a), a, "log-of-one"),
            Case("log-of-one", sp.log(1) + a, a, sp.Add(1, a), "log-of-e"),
            Case("log-of-exp", sp.log(sp.exp(p)), p, -p, "log-power"),
            Case("sum-split", S(xn - mu), S(xn) - S(mu), S(xn) + S(mu), "sum-of-constant"),
            Case("sum-of-constant", S(mu), N * mu, (N - 1) * mu, "sum-split"),
            Case(
                "constant-out-of-sum", S(mu * xn), mu * S(xn), N * mu * S(xn), "constant-into-sum"
            ),
            Case("constant-into-sum", mu * S(xn), S(mu * xn), S(mu) * S(xn), "constant-out-of-sum"),
            Case(
                "diff-sum-rule",
                D(mu**2 + a * mu),
                D(mu**2) + D(a * mu),
                D(mu**2) * D(a * mu),
                "diff-through-sum",
            ),
            Case("diff-constant", D(a) + mu, sp.Add(0, mu), sp.Add(1, mu), "linear-derivative"),
            Case(
                "diff-through-sum",
                D(S(xn * mu**2)),
                S(D(xn * mu**2)),
                S(D(xn * mu)),
                "diff-sum-rule",
            ),
            Case("constant-multiple", D(a * mu**3), a * D(mu**3), D(a) * D(mu**3), "product-rule"),
            Case(
                "product-rule",
                D(mu * sp.exp(mu)),
                D(mu) * sp.exp(mu) + mu * D(sp.exp(mu)),
                D(mu) * D(sp.exp(mu)),
                "constant-multiple",
            ),
            Case(
                "chain-rule",
                D((mu - xn) ** 3),
                3 * (mu - xn) ** 2 * D(mu - xn),
                3 * (mu - xn) ** 3 * D(mu - xn),
                "power-rule",
            ),
            Case("power-rule", D(mu**3), 3 * mu**2, 3 * mu**3, "chain-rule"),
            Case("linear-derivative", D(a + b * mu), b, a, "power-rule"),
            Case(
                "logarithm-derivative", D(sp.log(sigma2), sigma2), sigma2**-1, sigma2, "chain-rule"
            ),
            Case(
                "log-gamma-derivative",
                D(sp.log(sp.gamma(sigma2)), sigma2),
                sp.polygamma(0, sigma2),
                sp.polygamma(1, sigma2),
                "logarithm-derivative",
            ),
            Case(
                "factor-out",
                a * mu + a * b,
                a * (mu + b),
                a * (mu + a * b),
                "arithmetic",
                params={"factor": a},
            ),
            Case(
                "multiply-both-sides",
                sp.Eq(mu, a),
                sp.Eq(b * mu, b * a),
                sp.Eq(b * mu, a),
                "divide-both-sides",
                "<=>",
                {"factor": b, "divisor": b},
            ),
            Case(
                "divide-both-sides",
                sp.Eq(b * mu, a),
                sp.Eq(mu, a / b),
                sp.Eq(mu, a * b),
                "multiply-both-sides",
                "<=>",
                {"divisor": b, "factor": b},
            ),
            Case(
                "add-both-sides",
                sp.Eq(mu - a, b),
                sp.Eq(mu, b + a),
                sp.Eq(mu, b - a),
                "swap-sides",
                "<=>",
                {"term": a},
            ),
            Case("swap-sides", sp.Eq(mu, a), sp.Eq(a, mu), sp.Eq(a, -mu), "arithmetic", "<=>"),
            Case(
                "arithmetic",
                b * (a + mu) * 1,
                b * (mu + a),
                b * (mu - a),
                "factor-out",
                params={"factor": b},
            ),
            # Rules composed in order, as the post's "log_e(e) = 1 and log(1) = 0".
            Case(
                ("log-of-e", "log-of-one"),
                sp.log(sp.E) + sp.log(1) + mu,
                sp.Add(1, 0, mu),
                sp.Add(1, 1, mu),
                "log-of-e",
            ),
        ]


CASES = _cases()


def test_every_rule_has_a_name_label_and_doc():
    for name, r in REGISTRY.items():
        assert r.name == name and re.fullmatch(r"[a-z]+(-[a-z]+)*", name), name
        assert r.label.strip() and r.doc.strip(), name
        assert r.compare in ("shape", "expanded"), name


def test_the_verdicts_are_the_documented_ones():
    assert set(VERDICTS) == {PROVED, PLAUSIBLE, REFUTED, MISMATCH, GIVEN, "unchecked"}


def test_every_registered_rule_has_a_case():
    # The matrix and likelihood rules have their own table of cases, with the same
    # properties: tests/test_matrix_rules.py.
    covered = {r for c in CASES for r in ((c.rule,) if isinstance(c.rule, str) else c.rule)}
    covered |= _matrix_family()
    assert set(REGISTRY) <= covered, f"rules without a test case: {sorted(set(REGISTRY) - covered)}"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_correct_application_is_proved(case):
    r = check(case.prev, case.good, case.rule, case.relation, case.params)
    assert r.verdict == PROVED, r.reason
    assert (r.rule_check.status, r.symbolic.status, r.numeric.status) == ("pass", "pass", "pass")
    assert all(c.discharged for c in r.side_conditions), r.side_conditions
    assert r.counterexample is None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_wrong_application_fails(case):
    r = check(case.prev, case.bad, case.rule, case.relation, case.params)
    assert r.verdict in (REFUTED, MISMATCH), (r.verdict, r.reason)
    assert r.rule_check.status == "fail"
    if r.verdict == REFUTED:
        assert r.counterexample is not None


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_equal_line_under_another_rule_is_a_rule_mismatch(case):
    # The written line is right, the label is not: the rule check must flag it
    # although the symbolic and numeric checks agree that the lines are equal.
    r = check(case.prev, case.good, case.other, case.relation, case.params)
    assert r.verdict == MISMATCH, (r.verdict, r.reason)
    assert r.symbolic.status == "pass" and r.numeric.status == "pass"


def test_log_of_exp_written_as_a_power_of_e():
    # e^{p} written as Pow(E, p) (how the post and LaTeX readers write it): log(e^p) = p.
    with sp.evaluate(False):
        prev = sp.log(sp.Pow(sp.E, p))
    r = check(prev, p, "log-of-exp")
    assert r.verdict == PROVED, r.rule_check.detail


def test_rule_applies_at_one_site_or_several():
    with sp.evaluate(False):
        prev = sp.log(a * b) + sp.log(a * mu**2)
        one_site = sp.log(a) + sp.log(b) + sp.log(a * mu**2)
        other_site = sp.log(a * b) + sp.log(a) + sp.log(mu**2)
        both = sp.log(a) + sp.log(b) + sp.log(a) + sp.log(mu**2)
    assert check(prev, one_site, "log-product").verdict == PROVED
    # log(mu**2) needs mu**2 > 0, which the declared "mu real" does not give.
    for line in (other_site, both):
        r = check(prev, line, "log-product")
        assert r.verdict == PLAUSIBLE
        assert [c.condition for c in r.open_obligations] == ["mu**2 > 0"]


def test_reordered_or_trivially_combined_line_needs_only_arithmetic():
    with sp.evaluate(False):
        prev = sp.Add(sp.Mul(2, sp.Mul(3, a)), 0, sp.Mul(1, b))
    assert check(prev, 6 * a + b, "arithmetic").verdict == PROVED
    # Expanding a product is algebra, not reordering: equal lines, wrong label.
    with sp.evaluate(False):
        prod = b * (a + mu)
    r = check(prod, sp.expand(prod), "arithmetic")
    assert r.verdict == MISMATCH and r.symbolic.status == "pass"


@pytest.mark.parametrize(
    "line",
    [sp.Eq(2 * mu, 2 * sp.log(a) + 2 * sp.log(b)), sp.Eq(2 * mu, 2 * sp.log(a) + sp.log(b**2))],
    ids=["log-product-inside", "log-product-and-power-inside"],
)
def test_equation_rule_does_not_absorb_a_log_rule(line):
    # Both sides multiplied by 2 AND log(a b) split: multiply-both-sides accounts
    # for the first only.
    with sp.evaluate(False):
        prev = sp.Eq(mu, sp.log(a * b))
    r = check(prev, line, "multiply-both-sides", "<=>", {"factor": 2})
    assert r.symbolic.status == "pass"
    assert r.verdict == MISMATCH, r.rule_check.detail


def _absorbed_cases():
    with sp.evaluate(False):
        return [
            ("log-of-e", sp.Eq(mu, sp.Mul(sp.log(sp.E), a)), sp.Eq(2 * mu, 2 * a)),
            ("log-of-one", sp.Eq(mu, sp.Add(sp.log(1), a)), sp.Eq(2 * mu, 2 * a)),
            ("log-of-exp", sp.Eq(mu, sp.log(sp.exp(p))), sp.Eq(2 * mu, 2 * p)),
        ]


@pytest.mark.parametrize(
    "absorbed,prev,line", _absorbed_cases(), ids=["log-of-e", "log-of-one", "log-of-exp"]
)
def test_equation_rule_does_not_absorb_an_evaluating_log_rule(absorbed, prev, line):
    r = check(prev, line, "multiply-both-sides", "<=>", {"factor": 2})
    assert r.symbolic.status == "pass"
    assert r.verdict == MISMATCH, (absorbed, r.rule_check.detail)
    # Naming the absorbed rule as well accounts for the step.
    both = check(prev, line, ("multiply-both-sides", absorbed), "<=>", {"factor": 2})
    assert both.verdict == PROVED, both.rule_check.detail


# --------------------------------------------------------------------------- every rewrite is sound


class _Gen:
    """Seeded random unevaluated expressions: atoms, sums, products, powers, logs, exps."""

    POSITIVE = (a, b, sigma2, sp.Integer(2), sp.Integer(3), sp.Rational(1, 2))

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def __call__(
        self, depth: int = 2, *, in_sum: bool = False, mu_ok: bool = True, positive: bool = False
    ) -> sp.Basic:
        r = self.r
        if depth == 0 or r.random() < 0.3:
            pool = list(self.POSITIVE)
            if not positive:
                pool += [mu] * mu_ok + [x[n]] * (2 * in_sum) + [sp.Integer(-1)]
            elif in_sum:
                pool += [sp.exp(x[n])]
            return r.choice(pool)
        kw = dict(in_sum=in_sum, mu_ok=mu_ok, positive=positive)
        kind = r.choice(["add", "mul", "pow", "exp"] + ["log"] * (not positive))
        with sp.evaluate(False):
            if kind == "add":
                return sp.Add(self(depth - 1, **kw), self(depth - 1, **kw))
            if kind == "mul":
                return sp.Mul(self(depth - 1, **kw), self(depth - 1, **kw))
            if kind == "pow":
                return sp.Pow(self(depth - 1, **kw), r.choice([2, -1, 3, sp.Rational(1, 2)]))
            if kind == "exp":
                return sp.exp(self(depth - 1, **kw))
            return sp.log(self(depth - 1, **kw))

    def has_mu(self, **kw) -> sp.Basic:
        with sp.evaluate(False):
            return sp.Add(self(**kw), sp.Mul(self(mu_ok=False, **kw), mu))


def _instances(rule: str, g: _Gen) -> sp.Basic:
    """A random line on which ``rule`` applies."""
    r = g.r
    with sp.evaluate(False):
        if rule == "log-product":
            return sp.log(sp.Mul(*[g(positive=r.random() < 0.8) for _ in range(r.choice([2, 3]))]))
        if rule == "log-quotient":
            return sp.log(
                sp.Mul(g(positive=True), sp.Pow(g(positive=r.random() < 0.8), -r.choice([1, 2])))
            )
        if rule == "log-power":
            return sp.log(
                sp.Pow(g(positive=r.random() < 0.8), r.choice([2, -1, 3, sp.Rational(1, 2), a]))
            )
        if rule == "log-of-e":
            return sp.Add(sp.Mul(g(), sp.log(sp.E)), g())
        if rule == "log-of-one":
            return sp.Add(sp.Mul(g(), sp.log(1)), g())
        if rule == "log-of-exp":
            u = g()
            return sp.log(sp.exp(u) if r.random() < 0.5 else sp.Pow(sp.E, u))
        if rule == "sum-split":
            return S(
                sp.Add(
                    g(in_sum=True),
                    sp.Mul(-1, g(in_sum=True)) if r.random() < 0.5 else g(in_sum=True),
                )
            )
        if rule == "sum-of-constant":
            return S(g())
        if rule == "constant-out-of-sum":
            return S(sp.Mul(g(), g(in_sum=True), x[n]))
        if rule == "constant-into-sum":
            return sp.Mul(g(), S(sp.Mul(x[n], g(in_sum=True))))
        if rule == "diff-sum-rule":
            return D(sp.Add(g(), g()))
        if rule == "diff-constant":
            return sp.Add(D(g(mu_ok=False)), g())
        if rule == "diff-through-sum":
            return D(S(sp.Mul(g(in_sum=True), mu)))
        if rule == "constant-multiple":
            return D(sp.Mul(g(mu_ok=False), g.has_mu()))
        if rule == "product-rule":
            return D(sp.Mul(g.has_mu(), g.has_mu()))
        if rule == "chain-rule":
            inner = g.has_mu(positive=r.random() < 0.5)
            return D(
                sp.log(inner)
                if r.random() < 0.3
                else sp.Pow(inner, r.choice([2, 3, -1, sp.Rational(1, 2)]))
            )
        if rule == "power-rule":
            return D(sp.Pow(mu, r.choice([2, 3, -1, a])))
        if rule == "linear-derivative":
            return D(sp.Add(g(mu_ok=False), sp.Mul(g(mu_ok=False), mu)))
        if rule == "logarithm-derivative":
            w = r.choice([a, sigma2, b])
            return sp.Add(D(sp.log(w), w), g())
        if rule == "log-gamma-derivative":
            w = r.choice([a, sigma2, b])
            return sp.Add(D(sp.log(sp.gamma(w)), w), g())
        if rule == "factor-out":
            return sp.Add(g(), g(), g())
    raise AssertionError(f"no random instances for {rule}")


def _value(e: sp.Basic, size: int, at: dict) -> complex:
    return complex(sp.N(e.xreplace({N: size}).doit().xreplace(at), 30))


def _matrix_family() -> set[str]:
    """Rules with their own cases and properties in tests/test_matrix_rules.py."""
    from test_matrix_rules import CASES as MATRIX_CASES

    return {r for c in MATRIX_CASES for r in ((c.rule,) if isinstance(c.rule, str) else c.rule)}


LOCAL_RULES = sorted(
    name
    for name, r in REGISTRY.items()
    if not r.whole and name != "arithmetic" and name not in _matrix_family()
)


@pytest.mark.parametrize("rule", LOCAL_RULES)
def test_every_rewrite_with_discharged_conditions_preserves_the_value(rule):
    """The engine's rewrites (at every set of sites) on random lines, evaluated independently."""
    g = _Gen(zlib.crc32(rule.encode()))
    rng = random.Random(1)
    checked = 0
    for _ in range(30):
        line = _instances(rule, g)
        params = {"factor": g(positive=True)}
        for new, conds in itertools.islice(applications(line, REGISTRY[rule], params), 4):
            if not all(discharge(rule, c).discharged for c in conds):
                continue
            for size in (2, 3):
                at = {
                    a: rng.uniform(0.2, 3),
                    b: rng.uniform(0.2, 3),
                    sigma2: rng.uniform(0.2, 3),
                    mu: rng.gauss(0, 2),
                    **{x[i]: rng.gauss(0, 2) for i in range(1, 4)},
                }
                at = {k_: sp.Float(v_, 30) for k_, v_ in at.items()}
                try:
                    before, after = _value(line, size, at), _value(new, size, at)
                except (TypeError, ValueError, ZeroDivisionError, OverflowError):
                    continue
                if not (abs(before) < 1e50 and abs(after) < 1e50):
                    continue
                assert abs(before - after) <= 1e-15 * max(1.0, abs(before)), (
                    rule,
                    line,
                    new,
                    conds,
                    at,
                )
                checked += 1
    assert checked >= 10, f"only {checked} rewrites of {rule} could be checked"


# --------------------------------------------------------------------------- pseudo-rules


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if isinstance(c.rule, str) and not REGISTRY[c.rule].whole],
    ids=lambda c: c.id,
)
def test_auto_names_the_rule_it_found(case):
    r = check(case.prev, case.good, "auto", case.relation, case.params)
    assert r.verdict == PROVED, r.reason
    assert r.identified_rule == case.rule


def test_auto_names_an_equation_rule():
    with sp.evaluate(False):
        prev, line = sp.Eq(mu, a + b), sp.Eq(a + b, mu)
    r = check(prev, line, "auto", "<=>")
    assert r.verdict == PROVED
    assert r.identified_rule == "swap-sides"


def test_auto_on_a_wrong_line_is_not_proved():
    case = next(c for c in CASES if c.rule == "log-quotient")
    r = check(case.prev, case.bad, "auto")
    assert r.verdict in (REFUTED, MISMATCH)
    assert r.identified_rule in (None, "algebra")


def test_auto_falls_back_to_algebra_only_with_a_proof():
    with sp.evaluate(False):
        prev = b * (a + mu)
    r = check(prev, sp.expand(prev), "auto")
    assert r.verdict == PROVED and r.identified_rule == "algebra"
    assert "weakest" in r.rule_check.detail


def test_algebra_passes_with_a_symbolic_proof():
    with sp.evaluate(False):
        prev = S((x[n] - mu) ** 2)
    written = S(x[n] ** 2) - 2 * mu * S(x[n]) + N * mu**2
    r = check(prev, written, "algebra")
    assert r.verdict == PROVED
    assert "weakest" in r.rule_check.detail


def test_algebra_without_a_symbolic_proof_is_not_proved():
    # atan(a) + atan(1/a) = pi/2 for a > 0: true (the numeric check agrees) but
    # the canonicalisation pipeline has no proof, so "algebra" cannot vouch for it.
    with sp.evaluate(False):
        prev = sp.atan(a) + sp.atan(1 / a)
    r = check(prev, sp.pi / 2, "algebra")
    assert r.numeric.status == "pass"
    assert r.symbolic.status != "pass"
    assert r.verdict != PROVED


def test_algebra_on_a_false_line_is_refuted():
    with sp.evaluate(False):
        prev = S((x[n] - mu) ** 2)
    r = check(prev, S(x[n] ** 2) - N * mu**2, "algebra")
    assert r.verdict == REFUTED and r.counterexample is not None


# --------------------------------------------------------------------------- side conditions


def test_log_split_on_symbols_not_known_positive_is_not_proved():
    with sp.evaluate(False):
        prev, line = sp.log(p * q), sp.log(p) + sp.log(q)
    r = check(prev, line, "log-product")
    assert r.verdict != PROVED
    assert {c.condition for c in r.open_obligations} == {"p > 0", "q > 0"}
    assert all(c.to_json()["status"] == "open" for c in r.open_obligations)
    if r.numeric.status == "pass":  # no sampled point had p < 0 and q < 0
        assert r.verdict == PLAUSIBLE


def test_log_split_true_everywhere_still_reports_its_open_condition():
    # log(a*p**2) = log(a) + log(p**2) holds for every real p != 0, so no
    # numeric point refutes it; the rule's condition p**2 > 0 is still open.
    with sp.evaluate(False):
        prev, line = sp.log(a * p**2), sp.log(a) + sp.log(p**2)
    r = check(prev, line, "log-product")
    assert r.verdict == PLAUSIBLE
    assert [c.condition for c in r.open_obligations] == ["p**2 > 0"]
    assert [c.condition for c in r.side_conditions if c.discharged] == ["a > 0"]


def test_log_split_with_a_false_condition_is_flagged():
    with sp.evaluate(False):
        prev, line = sp.log((-a) * b), sp.log(-a) + sp.log(b)
    r = check(prev, line, "log-product")
    assert r.verdict not in (PROVED, PLAUSIBLE)
    assert any(c.condition == "-a > 0" and c.reason.startswith("false") for c in r.side_conditions)


def test_log_split_on_positive_symbols_discharges_its_conditions():
    with sp.evaluate(False):
        prev, line = sp.log(sp.Mul(a, b, sigma2)), sp.log(a) + sp.log(b) + sp.log(sigma2)
    r = check(prev, line, "log-product")
    assert r.verdict == PROVED
    assert {c.condition for c in r.side_conditions} == {"a > 0", "b > 0", "sigma2 > 0"}
    assert all(c.discharged for c in r.side_conditions)


def test_log_split_of_a_product_written_with_operators():
    # a*b*sigma2 typed under evaluate(False) is a nested product Mul(Mul(a, b), sigma2)
    # (sympy may reorder the arguments); log(a b sigma^2) = log a + log b + log sigma^2
    # is one application of the log product rule, as for the flat Mul above.
    with sp.evaluate(False):
        prev, line = sp.log(a * b * sigma2), sp.log(a) + sp.log(b) + sp.log(sigma2)
    r = check(prev, line, "log-product")
    assert r.verdict == PROVED, r.reason


@pytest.mark.parametrize("divisor", [k, p], ids=["integer", "real"])
def test_dividing_by_a_symbol_that_may_be_zero_reports_the_condition(divisor):
    with sp.evaluate(False):
        prev, line = sp.Eq(divisor * mu, a), sp.Eq(mu, a / divisor)
    r = check(prev, line, "divide-both-sides", "<=>", {"divisor": divisor})
    assert r.verdict != PROVED
    assert [c.condition for c in r.open_obligations] == [f"{divisor} != 0"]


@pytest.mark.parametrize("divisor", [b, sigma2, N, p**2 + 1], ids=str)
def test_dividing_by_a_non_zero_expression_discharges_the_condition(divisor):
    with sp.evaluate(False):
        prev, line = sp.Eq(divisor * mu, a), sp.Eq(mu, a / divisor)
    r = check(prev, line, "divide-both-sides", "<=>", {"divisor": divisor})
    assert r.verdict == PROVED, r.reason
    assert [c.discharged for c in r.side_conditions] == [True]


def test_multiplying_by_a_possibly_zero_factor_is_an_implication_only():
    with sp.evaluate(False):
        prev, line = sp.Eq(mu, a), sp.Eq(p * mu, p * a)
    equivalence = check(prev, line, "multiply-both-sides", "<=>", {"factor": p})
    assert equivalence.verdict != PROVED
    assert [c.condition for c in equivalence.open_obligations] == ["p != 0"]
    implication = check(prev, line, "multiply-both-sides", "=>", {"factor": p})
    assert implication.verdict == PROVED
    assert not implication.open_obligations


def test_other_rules_report_open_conditions():
    r = check(p * mu + p * q, p * (mu + q), "factor-out", "=", {"factor": p})
    assert r.verdict == PLAUSIBLE
    assert [c.condition for c in r.open_obligations] == ["p != 0"]


@pytest.mark.parametrize(
    "rule,prev,line,condition",
    [
        ("logarithm-derivative", D(sp.log(v), v), v**-1, "v > 0"),
        ("chain-rule", D(sp.log(p + mu)), (p + mu) ** -1 * D(p + mu), "mu + p > 0"),
    ],
    ids=["logarithm-derivative", "chain-rule-log"],
)
def test_log_rules_report_open_conditions(rule, prev, line, condition):
    # A derivation written with the Python API declares its symbols: v is real, so
    # v > 0 is the author's to declare, and stays open until they do.
    r = check(prev, line, rule, "=", {})
    assert r.verdict == PLAUSIBLE
    assert [c.condition for c in r.open_obligations] == [condition]


@pytest.mark.parametrize(
    "rule,prev,line,condition,fact",
    [
        ("logarithm-derivative", D(sp.log(v), v), v**-1, "v > 0", ("v", "0 < v")),
        ("chain-rule", D(sp.log(p + mu)), (p + mu) ** -1 * D(p + mu), "mu + p > 0", None),
    ],
    ids=["logarithm-derivative", "chain-rule-log"],
)
def test_a_log_in_the_definition_gives_its_natural_domain(rule, prev, line, condition, fact):
    # With infer_domains (how posts are read), a derivation that defines its quantity
    # with log(v) is about v > 0, and the report says so; log(p + mu) bounds no
    # single name, so the condition stays open.
    d = dataclasses.replace(derivation(prev, line, rule, "=", {}), infer_domains=True)
    report = d.check()
    r = report.steps[1]
    if fact is None:
        assert r.verdict == PLAUSIBLE
        assert [c.condition for c in r.open_obligations] == [condition]
        return
    assert r.verdict == PROVED, r.reason
    assert [c.condition for c in r.side_conditions if c.discharged] == [condition]
    assert [(f["symbol"], f["domain"]) for f in report.domains] == [fact]
    assert "assumed from the definition" in report.domains[0]["source"]
