"""The engine around the rules: bad input, false steps, replace, the report and its JSON.

- Malformed input raises ``ValueError``/``TypeError`` whose message names the
  derivation and the step; a *false* step never raises, it is reported with a
  counterexample that reproduces when the two lines are evaluated by hand.
- ``Derivation.replace`` is persistent (the original is unchanged).
- ``Report.to_json()`` has the documented schema and is JSON-serialisable.
- Start-of-chain rules (restate, differentiate, chain-result, set-to-zero, the
  Gaussian log-likelihood reference) catch a wrong line too.
"""

from __future__ import annotations

import json
import re

import pytest
import sympy as sp

import derivations
from derivations import VERDICTS, Assumption, Derivation, Step
from derivations.engine import check_step
from derivations.symbols import N, mu, n, sigma2, x

a, b = sp.symbols("a b", positive=True)
p = sp.Symbol("p", real=True)
SYMBOLS = (a, b, p, N, x, mu, sigma2)
NAME = "engine-test"
WHERE = r"engine-test'?, step 1\b"  # how a message names this derivation's step 1


def make(steps, symbols=SYMBOLS, name=NAME) -> Derivation:
    return Derivation(name, "a test", [Assumption(s, str(s)) for s in symbols], steps)


def S(f):
    with sp.evaluate(True):
        return sp.Sum(f, (n, 1, N))


def _lines():
    with sp.evaluate(False):
        ll = S((x[n] - mu) ** 2)
        expanded = S(x[n] ** 2) - 2 * mu * S(x[n]) + N * mu**2
        wrong = S(x[n] ** 2) - 2 * mu * S(x[n]) + mu**2  # N dropped from the last term
    return ll, expanded, wrong


LL, EXPANDED, WRONG = _lines()


def true_and_false():
    return make(
        [Step(LL, "definition", "start"), Step(EXPANDED, "algebra"), Step(WRONG, "algebra")]
    )


# --------------------------------------------------------------------------- bad input


def test_unknown_rule_names_derivation_and_step():
    d = make([Step(LL, "definition", "start"), Step(EXPANDED, "expand-the-square")])
    with pytest.raises(ValueError, match=WHERE + r".*expand-the-square"):
        d.check()


def test_unknown_rule_in_a_composition_is_caught():
    d = make([Step(LL, "definition", "start"), Step(EXPANDED, ("sum-split", "no-such-rule"))])
    with pytest.raises(ValueError, match=WHERE + r".*no-such-rule"):
        d.check()


def test_undeclared_symbol_names_derivation_step_and_symbol():
    z = sp.Symbol("zeta")
    d = make([Step(LL, "definition", "start"), Step(EXPANDED + z, "algebra")])
    with pytest.raises(ValueError, match=WHERE + r".*undeclared.*zeta"):
        d.check()


def test_undeclared_indexed_base_is_caught():
    y = sp.IndexedBase("y", real=True)
    d = make([Step(LL, "definition", "start"), Step(S(y[n]), "algebra")])
    with pytest.raises(ValueError, match=WHERE + r".*undeclared.*\by\b"):
        d.check()


def test_each_undeclared_name_is_listed_once():
    y = sp.IndexedBase("y", real=True)
    d = make([Step(LL, "definition", "start"), Step(S(y[n]), "algebra")])
    with pytest.raises(ValueError) as info:
        d.check()
    listed = str(info.value).split("undeclared symbol(s)")[1].strip(" .").split(", ")
    assert listed == ["y"]


def test_summation_index_outside_its_sum_is_named_as_such():
    # n is bound in the sum; the x[n] outside it uses n outside any sum over n.
    with sp.evaluate(False):
        line = sp.Eq(N * x[n], S(mu))
    d = make([Step(sp.Eq(N * mu, S(x[n])), "definition", "start"), Step(line, "algebra", "<=>")])
    outside = r".*the index n of x\[n\] is used outside any sum over n"
    with pytest.raises(ValueError, match=WHERE + outside):
        d.check()


def test_rewrite_after_an_equation_is_rejected():
    d = make([Step(sp.Eq(mu, a), "definition", "start"), Step(sp.Eq(a, mu), "swap-sides", "=")])
    with pytest.raises(ValueError, match=WHERE + r".*'='"):
        d.check()
    d = make([Step(sp.Eq(mu, a), "definition", "start"), Step(mu - a, "arithmetic", "=")])
    with pytest.raises(ValueError, match=WHERE):
        d.check()


def test_equation_relation_needs_equations():
    d = make([Step(LL, "definition", "start"), Step(EXPANDED, "algebra", "<=>")])
    with pytest.raises(ValueError, match=WHERE + r".*equation"):
        d.check()
    d = make([Step(LL, "definition", "start"), Step(sp.Eq(LL, EXPANDED), "algebra", "=>")])
    with pytest.raises(ValueError, match=WHERE + r".*not an equation"):
        d.check()


@pytest.mark.parametrize("relation", ["<", "==", "<=", "->", ""])
def test_relation_outside_the_allowed_set(relation):
    with pytest.raises(ValueError, match=rf"relation {relation!r}.*=, <=>, =>, start"):
        Step(EXPANDED, "algebra", relation)


def test_an_inequality_is_not_a_line():
    # The model knows "=" rewrites and "<=>"/"=>" equation steps; "a < b" is neither.
    for relation in ("=", "<=>"):
        prev = sp.Eq(mu, a) if relation == "<=>" else mu + a
        d = make([Step(prev, "definition", "start"), Step(sp.Lt(mu, b), "algebra", relation)])
        with pytest.raises(ValueError, match=WHERE):
            d.check()


@pytest.mark.parametrize("expr", ["x + 1", 3, 2.5, None, [mu]], ids=repr)
def test_non_sympy_expression_is_a_type_error(expr):
    kind = "None" if expr is None else type(expr).__name__
    with pytest.raises(TypeError, match=r"sympy object.*" + kind):
        Step(expr, "algebra")


def test_replacing_a_step_by_a_non_sympy_expression_names_derivation_and_step():
    d = true_and_false()
    with pytest.raises(TypeError, match=WHERE):
        d.replace(1, "x + 1")


def test_start_rule_in_the_middle_and_plain_rule_at_the_start_are_rejected():
    d = make([Step(LL, "definition", "start"), Step(EXPANDED, "definition", "=")])
    with pytest.raises(ValueError, match=WHERE + r".*only start a chain"):
        d.check()
    d = make([Step(LL, "definition", "start"), Step(EXPANDED, "algebra", "start")])
    with pytest.raises(ValueError, match=WHERE + r".*first line"):
        d.check()
    with pytest.raises(ValueError, match=r"engine-test.*step 0.*'start'"):
        make([Step(LL, "algebra", "=")])
    with pytest.raises(ValueError, match=r"engine-test.*no steps"):
        make([])


def test_extra_rule_names_on_a_start_step_are_not_silently_ignored():
    # The line is step 0 again; no log product rule was applied, whatever the label says.
    d = make(
        [
            Step(LL, "definition", "start"),
            Step(LL, ("restate", "log-product"), "start", params={"ref": 0}),
        ]
    )
    try:
        report = d.check()
    except ValueError as exc:  # rejecting the step is a fine fix too
        assert re.search(WHERE, str(exc)), exc
        return
    assert report.steps[1].verdict != "proved", report.steps[1].rule_name


def test_missing_rule_parameter_names_derivation_and_step():
    with sp.evaluate(False):
        prev, line = sp.Eq(mu, a), sp.Eq(b * mu, b * a)
    d = make([Step(prev, "definition", "start"), Step(line, "multiply-both-sides", "<=>")])
    with pytest.raises(ValueError, match=WHERE + r".*factor"):
        d.check()


def test_reference_to_a_later_step_names_derivation_and_step():
    d = make([Step(LL, "definition", "start"), Step(LL, "restate", "start", params={"ref": 5})])
    with pytest.raises(ValueError, match=WHERE + r".*ref"):
        d.check()


def test_unknown_derivation_name_and_unimportable_file(tmp_path):
    with pytest.raises(ValueError, match=r"no-such-derivation.*gaussian-mle"):
        derivations.load("no-such-derivation")
    with pytest.raises(ValueError, match=r"missing\.py.*does not exist"):
        derivations.load(str(tmp_path / "missing.py"))
    broken = tmp_path / "broken.py"
    broken.write_text("import sympy\nraise RuntimeError('boom')\n")
    with pytest.raises(ValueError, match=r"broken\.py.*does not import.*boom"):
        derivations.load(str(broken))
    empty = tmp_path / "empty.py"
    empty.write_text("X = 1\n")
    with pytest.raises(ValueError, match=r"empty\.py.*neither DERIVATION nor build"):
        derivations.load(str(empty))


def test_a_derivation_file_is_loaded(tmp_path):
    f = tmp_path / "mine.py"
    f.write_text(
        "import sympy as sp\n"
        "from derivations import Assumption, Derivation, Step\n"
        "a = sp.Symbol('a', positive=True)\n"
        "with sp.evaluate(False):\n"
        "    e0, e1 = sp.log(a**2), 2*sp.log(a)\n"
        "DERIVATION = Derivation('mine', 'mine', [Assumption(a, 'a > 0')],\n"
        "    [Step(e0, 'definition', 'start'), Step(e1, 'log-power')])\n"
    )
    d = derivations.load(str(f))
    assert d.name == "mine"
    assert [r.verdict for r in d.check().steps] == ["given", "proved"]


# --------------------------------------------------------------------------- false steps


def test_a_false_step_is_reported_not_raised():
    report = true_and_false().check()
    assert [r.verdict for r in report.steps] == ["given", "proved", "refuted"]
    assert not report.ok
    assert [r.index for r in report.failures] == [2]
    assert report.counts()["refuted"] == 1 and sum(report.counts().values()) == 3


def test_the_counterexample_reproduces_by_hand():
    r = true_and_false().check().steps[2]
    ce = r.counterexample
    assert ce is not None
    size = ce["N"]
    assert isinstance(size, int) and len(ce["x"]) == size
    at = {mu: ce["mu"], **{x[i + 1]: v for i, v in enumerate(ce["x"])}}

    def value(e):
        return float(e.xreplace({N: size}).doit().xreplace(at))

    prev, written = value(EXPANDED), value(WRONG)
    assert prev == pytest.approx(ce["previous"], rel=1e-9)
    assert written == pytest.approx(ce["written"], rel=1e-9)
    assert abs(prev - written) > 1e-9 * max(1.0, abs(prev))


def test_the_three_checks_are_reported_separately():
    # Rule "algebra" claims only that the lines are equal: without a symbolic proof
    # it is unconfirmed (skip), not wrong; the numbers refute the step.
    r = true_and_false().check().steps[2]
    assert (r.rule_check.status, r.symbolic.status, r.numeric.status) == ("skip", "fail", "fail")
    assert r.verdict == "refuted"
    assert r.residual  # what the symbolic check could not cancel
    ok = true_and_false().check().steps[1]
    assert (ok.rule_check.status, ok.symbolic.status, ok.numeric.status) == ("pass", "pass", "pass")


def test_definition_is_given_and_never_a_failure():
    report = make([Step(WRONG, "definition", "start")]).check()
    assert [r.verdict for r in report.steps] == ["given"]
    assert report.ok


def test_check_is_deterministic_for_a_seed():
    d = true_and_false()
    r1, r2 = d.check(seed=3), d.check(seed=3)
    assert r1.to_json()["steps"] == r2.to_json()["steps"]


def test_a_step_to_a_tautology_is_not_an_equivalence():
    # 0 = sum(x_n) - N mu  <=>  N mu = sum_n mu ?  The written equation holds for
    # every mu, the previous one for a single mu: "=>" is true, "<=>" is false.
    with sp.evaluate(False):
        prev, line = sp.Eq(0, S(x[n]) - N * mu), sp.Eq(N * mu, S(mu))
    d = make([Step(prev, "definition", "start"), Step(line, "algebra", "<=>")])
    assert check_step(d, 1).verdict != "proved"
    d = make([Step(prev, "definition", "start"), Step(line, "algebra", "=>")])
    assert check_step(d, 1).verdict == "proved"


def test_an_equivalence_to_a_tautology_comes_with_a_counterexample():
    # Every mu solves N mu = sum_n mu; the previous equation fails for most of them.
    with sp.evaluate(False):
        prev, line = sp.Eq(0, S(x[n]) - N * mu), sp.Eq(N * mu, S(mu))
    d = make([Step(prev, "definition", "start"), Step(line, "algebra", "<=>")])
    r = check_step(d, 1)
    assert r.verdict == "refuted"
    assert r.counterexample is not None and "mu" in r.counterexample


def test_checking_inside_an_unevaluated_context_gives_the_same_verdicts():
    # Users build lines under sympy.evaluate(False); calling check() inside that
    # block must not change what the checker concludes.
    with sp.evaluate(False):
        prev, line = sp.log(a * b), sp.log(a) + sp.log(b)
    d = make([Step(prev, "definition", "start"), Step(line, "log-product")])
    outside = [r.verdict for r in d.check().steps]
    with sp.evaluate(False):
        inside = [r.verdict for r in d.check().steps]
    assert outside == ["given", "proved"]
    assert inside == outside


def _chain(last_wrong: bool = False) -> Derivation:
    """Nine one-line steps (enough for the parallel path), the last one optionally false."""
    with sp.evaluate(False):
        lines = [sp.log(a * b) + mu]
        lines.append(sp.log(a) + sp.log(b) + mu)
        for _ in range(2, 9):
            lines.append(sp.Add(lines[-1], 0))
        if last_wrong:
            lines[-1] = sp.Add(lines[-2], 1)
    rules = ["definition", "log-product"] + ["arithmetic"] * 7
    return make(
        [
            Step(e, r, "start" if j == 0 else "=")
            for j, (e, r) in enumerate(zip(lines, rules, strict=True))
        ]
    )


def test_parallel_check_gives_the_same_report():
    d = _chain(last_wrong=True)
    serial = d.check().to_json()
    assert serial["steps"][-1]["verdict"] == "refuted"
    parallel = d.check(jobs=2).to_json()
    assert parallel["steps"] == serial["steps"]
    assert parallel["ok"] is serial["ok"] is False


def test_cached_check_gives_the_same_report_and_sees_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path))
    d = _chain()
    plain = d.check().to_json()["steps"]
    first = d.check(cache=True).to_json()["steps"]
    again = d.check(cache=True).to_json()["steps"]
    assert first == plain and again == plain
    assert any(tmp_path.iterdir()), "the cache wrote nothing"
    # Change only the line *before* the last step: the last step is now false,
    # although its own written line is unchanged.
    last = len(d.steps) - 1
    with sp.evaluate(False):
        changed = d.replace(last - 1, sp.Add(d.steps[last - 1].expr, 1))
    steps = changed.check(cache=True).steps
    assert steps[last - 1].verdict == "refuted"
    assert steps[last].verdict == "refuted"
    # And the original is still proved from the cache.
    assert [r["verdict"] for r in d.check(cache=True).to_json()["steps"]] == [
        r["verdict"] for r in plain
    ]


# --------------------------------------------------------------------------- numeric domain


def _single(prev, line, rule, symbols, relation="=", params=None):
    d = make(
        [Step(prev, "definition", "start"), Step(line, rule, relation, params=params or {})],
        symbols,
    )
    return check_step(d, 1)


def test_positive_samples_are_drawn_positive():
    # log(y_n^2) = 2 log(y_n) holds for the declared positive samples y_n.
    y = sp.IndexedBase("y", positive=True)
    with sp.evaluate(False):
        prev, line = S(sp.log(y[n] ** 2)), S(2 * sp.log(y[n]))
    r = _single(prev, line, "log-power", (y, N))
    assert [c.discharged for c in r.side_conditions] == [True, True]
    assert r.verdict == "proved", r.counterexample


def test_counterexample_for_positive_samples_lies_in_their_domain():
    y = sp.IndexedBase("y", positive=True)
    lam = sp.Symbol("lam", positive=True)
    with sp.evaluate(False):
        prev, line = S(sp.log(lam * y[n])), S(sp.log(lam) + 2 * sp.log(y[n]))
    r = _single(prev, line, "algebra", (y, N, lam))
    assert r.verdict == "refuted"
    ce = r.counterexample
    assert ce["lam"] > 0
    assert ce["y"] and all(v > 0 for v in ce["y"])


def test_counterexample_for_integer_samples_lies_in_their_domain():
    # Counts (Poisson data): non-negative integers.
    y = sp.IndexedBase("y", integer=True, nonnegative=True)
    with sp.evaluate(False):
        prev, line = S(y[n] ** 2), S(y[n]) ** 2
    r = _single(prev, line, "algebra", (y, N))
    assert r.verdict == "refuted"
    assert all(v >= 0 and float(v).is_integer() for v in r.counterexample["y"])


def test_negative_symbols_are_drawn_negative():
    t = sp.Symbol("t", negative=True)
    with sp.evaluate(False):
        prev, line = sp.log((-t) ** 2), 2 * sp.log(-t)  # -t > 0: the log power rule applies
    r = _single(prev, line, "log-power", (t,))
    assert all(c.discharged for c in r.side_conditions)
    assert r.verdict == "proved", r.counterexample


def test_integer_symbols_are_drawn_integer():
    # (p^2)^k = p^(2k) for integer k and any real p.
    k = sp.Symbol("k", integer=True)
    with sp.evaluate(False):
        prev, line = sp.Pow(p**2, k), sp.Pow(p, 2 * k)
    r = _single(prev, line, "algebra", (p, k))
    assert r.verdict == "proved", r.counterexample


def test_counterexample_values_differ():
    # log(p^2) = 2 log(p) fails for p < 0 by 2*pi*i: the report must show two different values.
    with sp.evaluate(False):
        prev, line = sp.log(p**2), 2 * sp.log(p)
    r = _single(prev, line, "log-power", (p,))
    assert r.verdict == "refuted"
    assert r.counterexample["previous"] != r.counterexample["written"]


def test_cancellation_between_large_terms_does_not_refute_a_true_step():
    # (K a + 1)^2 - K^2 a^2 - 2 K a - 1 + mu = mu exactly; with K = 10^12 the terms
    # that cancel are ~1e24 times the result, for every a > 0.1 the sampler may draw.
    K = sp.Integer(10) ** 12
    with sp.evaluate(False):
        prev = sp.Add(
            sp.Pow(sp.Add(sp.Mul(K, a), 1), 2),
            sp.Mul(-1, K**2, sp.Pow(a, 2)),
            sp.Mul(-2, K, a),
            -1,
            mu,
        )
    r = _single(prev, mu, "algebra", (a, mu))
    assert r.symbolic.status == "pass"
    assert r.verdict == "proved", r.counterexample


# --------------------------------------------------------------------------- start rules


def _first(post, rule):
    return next(i for i, s in enumerate(post.steps) if s.rules == (rule,))


@pytest.mark.parametrize(
    "rule",
    [
        "gaussian-log-likelihood",
        "restate",
        "differentiate",
        "chain-result",
        "set-to-zero",
        "identity",
    ],
)
def test_start_rules_catch_a_wrong_line(post, rule):
    i = _first(post, rule)
    e = post.steps[i].expr
    # Flip the sign of the right-hand side (or of the whole line), then perturb by 1.
    with sp.evaluate(False):
        wrong = sp.Eq(e.lhs, sp.Mul(-1, e.rhs)) if isinstance(e, sp.Equality) else sp.Mul(-1, e)
        wrong2 = sp.Eq(e.lhs, sp.Add(e.rhs, 1)) if isinstance(e, sp.Equality) else sp.Add(e, 1)
    for bad in (wrong, wrong2):
        r = check_step(post.replace(i, bad), i)
        assert r.verdict in ("refuted", "rule-mismatch"), (i, rule, r.verdict, r.reason)


@pytest.mark.parametrize("rule", ["restate", "differentiate", "chain-result"])
def test_start_rules_flag_an_equal_line_not_as_written(post, rule):
    # Adding log(1) keeps the line equal, but it is not the referenced line as written.
    i = _first(post, rule)
    e = post.steps[i].expr
    with sp.evaluate(False):
        same = (
            sp.Eq(e.lhs, sp.Add(e.rhs, sp.log(1)))
            if isinstance(e, sp.Equality)
            else sp.Add(e, sp.log(1))
        )
    r = check_step(post.replace(i, same), i)
    assert r.verdict == "rule-mismatch", (r.verdict, r.reason)
    assert r.symbolic.status == "pass"


def test_chain_result_across_a_broken_chain_is_not_proved():
    # log(a b) = log a + log b is one chain; "a = a + 0" is another, started by a new
    # premise. Eq(log(a b), a + 0) is no result of either.
    with sp.evaluate(False):
        first, split = sp.log(a * b), sp.log(a) + sp.log(b)
        other, same = a, sp.Add(a, 0)
        claim = sp.Eq(first, same)
    d = make(
        [
            Step(first, "definition", "start"),
            Step(split, "log-product"),
            Step(other, "definition", "start"),
            Step(same, "arithmetic"),
            Step(claim, "chain-result", "start", params={"start": 0, "end": 3}),
        ]
    )
    report = d.check()
    assert report.steps[-1].verdict != "proved"
    assert not report.ok


def test_chain_result_over_a_connected_chain_is_proved():
    with sp.evaluate(False):
        first, split = sp.log(a * b), sp.log(a) + sp.log(b)
        claim = sp.Eq(first, sp.Add(split, 0))
    d = make(
        [
            Step(first, "definition", "start"),
            Step(split, "log-product"),
            Step(split, "restate", "start", params={"ref": 1}),
            Step(sp.Add(split, 0), "arithmetic"),
            Step(claim, "chain-result", "start", params={"start": 0, "end": 3}),
        ]
    )
    assert [r.verdict for r in d.check().steps] == ["given", "proved", "proved", "proved", "proved"]


# --------------------------------------------------------------------------- replace


def test_replace_returns_a_new_derivation_and_keeps_the_original(post):
    i = _first(post, "log-product")
    before = [s.expr for s in post.steps]
    new = post.replace(i, sp.Integer(0))
    assert new is not post
    assert new.steps[i].expr == 0
    assert [s.expr for s in post.steps] == before
    assert new.steps[i].rule == post.steps[i].rule
    assert new.steps[i].relation == post.steps[i].relation
    assert dict(new.steps[i].params) == dict(post.steps[i].params)
    assert [s.expr for k, s in enumerate(new.steps) if k != i] == [
        s.expr for k, s in enumerate(post.steps) if k != i
    ]
    assert new.name == post.name and new.results == post.results


def test_replace_out_of_range_names_the_derivation(post):
    for bad in (-1, len(post.steps)):
        with pytest.raises(IndexError, match=rf"gaussian-mle.*{len(post.steps)} steps"):
            post.replace(bad, sp.Integer(0))


def test_replaced_step_is_checked_as_written(post):
    i = _first(post, "log-product")
    r = check_step(post.replace(i, sp.Integer(0)), i)
    assert r.verdict == "refuted" and r.counterexample is not None
    assert check_step(post, i).verdict == "proved"


# --------------------------------------------------------------------------- JSON

STEP_KEYS = {"index", "rule", "relation", "verdict", "side_conditions", "counterexample"}


def _assert_schema(doc, d):
    assert {"derivation", "ok", "steps"} <= set(doc)
    assert doc["derivation"] == d.name
    assert isinstance(doc["ok"], bool)
    assert [s["index"] for s in doc["steps"]] == list(range(len(d.steps)))
    for s, step in zip(doc["steps"], d.steps, strict=True):
        assert STEP_KEYS <= set(s), STEP_KEYS - set(s)
        assert s["verdict"] in VERDICTS
        assert s["relation"] == step.relation
        assert s["rule"] == " + ".join(step.rules)
        for c in s["side_conditions"]:
            assert {"rule", "condition", "status"} <= set(c) and c["status"] in (
                "discharged",
                "open",
            )
    assert json.loads(json.dumps(doc)) == doc


def test_json_of_the_post(post, post_report):
    doc = post_report.to_json()
    _assert_schema(doc, post)
    assert doc["ok"] is True
    assert all(s["counterexample"] is None for s in doc["steps"])
    assert json.loads(post_report.dumps()) == doc


def test_json_of_a_failing_derivation_carries_the_counterexample():
    d = true_and_false()
    doc = d.check().to_json()
    _assert_schema(doc, d)
    assert doc["ok"] is False
    ce = doc["steps"][2]["counterexample"]
    assert isinstance(ce, dict) and isinstance(ce["N"], int) and len(ce["x"]) == ce["N"]
    assert isinstance(ce["previous"], float) and isinstance(ce["written"], float)


def test_json_reports_open_side_conditions():
    with sp.evaluate(False):
        prev, line = sp.Eq(p * mu, a), sp.Eq(mu, a / p)
    d = make(
        [
            Step(prev, "definition", "start"),
            Step(line, "divide-both-sides", "<=>", params={"divisor": p}),
        ]
    )
    doc = d.check().to_json()
    _assert_schema(doc, d)
    assert doc["ok"] is False
    (cond,) = doc["steps"][1]["side_conditions"]
    assert (cond["rule"], cond["condition"], cond["status"]) == (
        "divide-both-sides",
        "p != 0",
        "open",
    )
