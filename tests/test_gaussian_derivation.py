"""The post's derivation (``gaussian-mle``): fully proved, every row accounted for, right results.

The report comes from the session fixture ``post_report`` (the whole post is
checked once). The results are confirmed independently of the engine's checks:
by sympy's own simplification against the textbook closed forms, and by
substitution into the derivatives of the log-likelihood with concrete samples.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import sympy as sp

from derivations.bundled import gaussian_mle
from derivations.post._extract import read_post_file
from derivations.symbols import N, mu, n, sigma2, x

POST = Path(__file__).resolve().parents[2] / "shared" / "seed" / "mle-gaussian-post.md"


@pytest.fixture(scope="module")
def rows():
    if not POST.is_file():
        pytest.skip(
            f"the post {POST} is not in this checkout "
            "(expected at ../shared/seed/ next to the repo)"
        )
    return read_post_file(POST)[1]


# --------------------------------------------------------------------------- the check


def test_the_whole_post_is_proved(post, post_report):
    assert post_report.ok, [
        (r.index, r.rule_name, r.verdict, r.reason) for r in post_report.failures
    ]
    assert len(post_report.steps) == len(post.steps)
    assert [r.verdict for r in post_report.steps] == ["proved"] * len(post.steps)
    for r in post_report.steps:
        assert all(c.discharged for c in r.side_conditions), (r.index, r.side_conditions)
        assert r.counterexample is None and r.residual is None
        assert r.rule_check.status == "pass" and r.symbolic.status == "pass"
        assert r.numeric.status in ("pass", "skip")


def test_the_verdicts_do_not_depend_on_the_random_points(post, post_report):
    # Another seed (and the forked workers): other samples, same verdicts.
    other = post.check(seed=7, jobs=2)
    assert [r.verdict for r in other.steps] == [r.verdict for r in post_report.steps]


def test_the_numeric_check_ran_on_every_algebra_step(post_report):
    # Only the general identities with arbitrary functions f, g cannot be evaluated.
    skipped = [r for r in post_report.steps if r.numeric.status != "pass"]
    assert all(r.step.rules == ("identity",) for r in skipped), [
        (r.index, r.step.rules) for r in skipped
    ]


def test_every_step_names_a_real_rule(post):
    # The weakest justifications are not needed anywhere in the post.
    for i, s in enumerate(post.steps):
        assert not set(s.rules) & {"algebra", "auto"}, (i, s.rules)


def test_rule_side_conditions_are_actually_exercised(post_report):
    # The log rules and the divisions need conditions; they are discharged, not absent.
    by_rule = {}
    for r in post_report.steps:
        for c in r.side_conditions:
            by_rule.setdefault(c.rule, []).append(c)
    for rule in ("log-product", "log-quotient", "log-power", "divide-both-sides", "factor-out"):
        assert by_rule.get(rule), f"no side condition recorded for {rule}"
        assert all(c.discharged for c in by_rule[rule])


def _chain_back(post, end: int) -> list[int]:
    """Indices from ``end`` back along the chain.

    A rewrite or equation step goes to the line before it, a restate to its ref.
    """
    path = [end]
    i = end
    while True:
        s = post.steps[i]
        if s.relation in ("=", "<=>", "=>"):
            i -= 1
        elif s.rules == ("restate",):
            i = s.params["ref"]
        else:
            return path
        path.append(i)


def test_every_chain_result_spans_one_connected_chain(post):
    results = [(i, s) for i, s in enumerate(post.steps) if s.rules == ("chain-result",)]
    assert len(results) == 2  # dLL/dmu and dLL/dsigma^2
    for i, s in results:
        path = _chain_back(post, s.params["end"])
        assert path[-1] == s.params["start"], (i, path)
        assert post.steps[s.params["start"]].rules == ("differentiate",)


def test_equation_chains_start_from_a_set_to_zero(post):
    # mu = ... and sigma^2 = ... are reached by equivalences from "derivative = 0".
    for key in ("mu", "sigma2"):
        end = max(
            i
            for i, s in enumerate(post.steps)
            if s.is_equation
            and s.relation == "<=>"
            and s.section == (gaussian_mle.SEC_MU if key == "mu" else gaussian_mle.SEC_S2)
        )
        path = _chain_back(post, end)
        assert post.steps[path[-1]].rules == ("set-to-zero",)
        assert all(post.steps[j].relation == "<=>" for j in path[:-1])


# --------------------------------------------------------------------------- the rows


def test_every_displayed_row_is_accounted_for(post, rows):
    ids = [r.label for r in rows]
    assert len(ids) == len(set(ids)) and len(ids) > 80
    in_steps = [rid for s in post.steps for rid in s.rows]
    covered = set(in_steps) | set(gaussian_mle.ROW_NOTES)
    assert not set(ids) - covered, f"rows not accounted for: {sorted(set(ids) - covered)}"
    assert not covered - set(ids), f"unknown row ids: {sorted(covered - set(ids))}"


def test_each_row_is_accounted_for_once(post):
    in_steps = [rid for s in post.steps for rid in s.rows]
    assert len(in_steps) == len(set(in_steps))
    assert not set(in_steps) & set(gaussian_mle.ROW_NOTES)


def test_steps_follow_the_post_order(post, rows):
    position = {r.label: k for k, r in enumerate(rows)}
    order = [position[rid] for s in post.steps for rid in s.rows]
    assert order == sorted(order)


def test_row_ids_name_blocks_and_rows():
    for rid in [rid for s in gaussian_mle.build().steps for rid in s.rows] + list(
        gaussian_mle.ROW_NOTES
    ):
        assert re.fullmatch(r"B\d+\.\d+", rid), rid


# --------------------------------------------------------------------------- the results

SAMPLE_MEAN = sp.Sum(x[n], (n, 1, N)) / N
SAMPLE_VAR = sp.Sum((x[n] - mu) ** 2, (n, 1, N)) / N


def test_results_are_the_closed_forms(post):
    res = post.results
    assert set(res) == {"mu", "sigma2"}
    assert res["mu"].lhs == mu and res["sigma2"].lhs == sigma2
    # Structural: no doit(), the sums stay symbolic.
    assert sp.simplify(res["mu"].rhs - SAMPLE_MEAN) == 0
    assert sp.simplify(res["sigma2"].rhs - SAMPLE_VAR) == 0
    assert sp.simplify(res["mu"].rhs - SAMPLE_MEAN * 2) != 0  # the comparison can fail


def test_results_are_the_last_lines_of_their_sections(post):
    last = {}
    for s in post.steps:
        last[s.section] = s.expr
    for key, section in (("mu", gaussian_mle.SEC_MU), ("sigma2", gaussian_mle.SEC_S2)):
        line = last[section]
        assert isinstance(line, sp.Equality)
        assert sp.simplify(line.lhs - post.results[key].lhs) == 0
        assert sp.simplify(line.rhs - post.results[key].rhs) == 0


def _concrete(e: sp.Basic, samples: list[float]) -> sp.Basic:
    m = len(samples)
    e = e.xreplace({N: m}).doit()
    return e.xreplace({x[i + 1]: sp.Float(v, 30) for i, v in enumerate(samples)})


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_results_are_the_maximum_of_the_log_likelihood(post, seed):
    rng = np.random.default_rng(seed)
    samples = list(
        rng.normal(rng.normal(0, 3), 10 ** rng.uniform(-1, 1), size=int(rng.integers(2, 6)))
    )
    ll = _concrete(post.log_likelihood, samples)
    mu_hat = _concrete(post.results["mu"].rhs, samples)
    s2_hat = _concrete(post.results["sigma2"].rhs.xreplace({mu: mu_hat}), samples)
    at = {mu: mu_hat, sigma2: s2_hat}
    assert mu_hat == pytest.approx(np.mean(samples), rel=1e-12, abs=1e-12)
    assert s2_hat == pytest.approx(np.var(samples), rel=1e-12)
    grad = [sp.diff(ll, v).xreplace(at) for v in (mu, sigma2)]
    for g in grad:
        assert abs(float(g)) < 1e-20 * max(1.0, float(abs(ll.xreplace(at))))
    hess = np.array(
        [[float(sp.diff(ll, u, v).xreplace(at)) for v in (mu, sigma2)] for u in (mu, sigma2)]
    )
    assert np.all(np.linalg.eigvalsh(hess) < 0)
    # ... and moving away from the estimate lowers the log-likelihood.
    top = float(ll.xreplace(at))
    for dm, ds in ((0.1, 0), (-0.1, 0), (0, 0.1 * float(s2_hat)), (0, -0.1 * float(s2_hat))):
        assert float(ll.xreplace({mu: mu_hat + dm, sigma2: s2_hat + ds})) < top


def test_log_likelihood_is_the_gaussian_one(post):
    # Independent of the engine: sympy.stats' normal density, summed in logs.
    from sympy.stats import Normal, density

    samples = [0.3, -1.2, 2.5, 0.7]
    pdf = density(Normal("X", mu, sp.sqrt(sigma2)))
    reference = sum(sp.log(pdf(sp.Float(v, 30))) for v in samples)
    ll = _concrete(post.log_likelihood, samples)
    for m, s2 in ((0.1, 0.5), (-2.0, 3.0)):
        at = {mu: sp.Float(m, 30), sigma2: sp.Float(s2, 30)}
        assert float(ll.xreplace(at)) == pytest.approx(float(reference.xreplace(at)), rel=1e-14)
