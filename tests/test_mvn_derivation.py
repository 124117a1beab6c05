"""The bundled multivariate derivation ``gaussian-mvn-mle``: every step proved, results confirmed.

Also: its results are sums over the samples that reproduce numpy's mean and
(biased) covariance, the command line checks and lists it, and its diagonal
case is the scalar post's log-likelihood for d = 1.
"""

from __future__ import annotations

import subprocess
import sys

import mpmath
import numpy as np
import pytest
import sympy as sp

import derivations
from derivations.bundled import BUNDLED
from derivations.engine._evaluate import evaluate
from derivations.engine._matrix_eval import Mat
from derivations.engine._matrix_expr import MatrixSum, VectorSample

NAME = "gaussian-mvn-mle"


@pytest.fixture(scope="module")
def mvn():
    return derivations.load(NAME)


@pytest.fixture(scope="module")
def report(mvn):
    return derivations.check(mvn, jobs=1, confirm=True)


def test_it_is_bundled():
    assert NAME in BUNDLED
    assert NAME in derivations.names()


def test_every_step_is_proved(mvn, report):
    verdicts = {r.verdict for r in report.steps}
    assert verdicts <= {"proved", "given"}, [
        (r.index, r.verdict, r.reason) for r in report.steps if r.verdict not in ("proved", "given")
    ]
    given = [r.index for r in report.steps if r.verdict == "given"]
    assert len(given) == 1 and mvn.steps[given[0]].rules == ("definition",)
    assert all(
        r.numeric.status == "pass"
        for r in report.steps
        if r.verdict == "proved" and not r.numeric.detail.startswith("not possible")
    )
    assert report.ok


def test_results_are_confirmed_independently(report):
    names = [c.name for c in report.confirmations]
    assert len(names) == 5
    assert all(c.ok for c in report.confirmations), [
        (c.name, c.detail) for c in report.confirmations
    ]
    assert any("maximum" in n for n in names) and any("numerically" in n for n in names)


def test_the_results_are_sums_over_the_samples(mvn):
    mu_eq, sigma_eq = mvn.results["mu"], mvn.results["Sigma"]
    assert isinstance(mu_eq, sp.Equality) and isinstance(sigma_eq, sp.Equality)
    assert str(mu_eq.lhs) == "mu" and str(sigma_eq.lhs) == "Sigma"
    for eq in (mu_eq, sigma_eq):
        (s,) = eq.rhs.atoms(MatrixSum)
        assert s.limits[0][1] == 1
        assert any(isinstance(v, VectorSample) for v in s.function.atoms(VectorSample))


def test_the_results_are_numpys_mean_and_covariance(mvn):
    mu_eq, sigma_eq = mvn.results["mu"], mvn.results["Sigma"]
    n_sym = mu_eq.rhs.atoms(MatrixSum).pop().limits[0][2]
    dim_sym = mu_eq.lhs.shape[0]
    data = np.random.default_rng(7).normal(size=(9, 3)) @ np.diag([1.0, 2.0, 0.5]) + 3

    class Env(dict):
        def __init__(self, matrices):
            super().__init__({n_sym: sp.Integer(9), dim_sym: sp.Integer(3)})
            self.matrices = matrices

        def matrix(self, name):
            return self.matrices[name]

        def vector(self, label, index, rows):
            return Mat([[mpmath.mpf(float(v))] for v in data[index - 1]])

    with mpmath.workdps(30):
        m = evaluate(mu_eq.rhs, Env({}), 30)
        s = evaluate(sigma_eq.rhs, Env({"mu": m}), 30)
    assert np.allclose([float(v) for v in m.entries()], data.mean(axis=0))
    got = np.array([[float(v) for v in r] for r in s.data])
    assert np.allclose(got, np.cov(data.T, bias=True))


def test_the_diagonal_case_ends_in_the_scalar_posts_log_likelihood(mvn):
    """With Sigma = sigma^2 I and d = 1 the last line is the scalar post's log-likelihood."""
    from derivations.symbols import N, sigma2
    from derivations.symbols import mu as mu1
    from derivations.symbols import x as x1

    sec = [s for s in mvn.steps if s.section == "The diagonal case"]
    assert sec[0].rows == ("B8.1",)
    last = sec[-1].expr
    scalar = derivations.load("gaussian-mle").log_likelihood
    dim = mvn.results["mu"].lhs.shape[0]
    rng = np.random.default_rng(11)
    data = rng.normal(size=6)
    m, v = 0.7, 1.9

    class Env(dict):
        def matrix(self, name):
            return Mat([[mpmath.mpf(m)]])

        def vector(self, label, index, rows):
            return Mat([[mpmath.mpf(float(data[index - 1]))]])

        def sample(self, base, index):
            return mpmath.mpf(float(data[index - 1]))

    env = Env({N: sp.Integer(6), dim: sp.Integer(1), sigma2: sp.Float(v, 30), mu1: sp.Float(m, 30)})
    with mpmath.workdps(30):
        a, b = evaluate(last, env, 30), evaluate(scalar, env, 30)
    assert abs(a - b) < 1e-25 * abs(b)
    assert x1 in scalar.atoms(sp.IndexedBase)


def test_the_command_line_checks_and_lists_it(tmp_path):
    env_cache = {"DERIVATIONS_CACHE_DIR": str(tmp_path)}
    import os

    env = {**os.environ, **env_cache}
    out = subprocess.run(
        [sys.executable, "-m", "derivations", "check", NAME],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert "OK" in out.stdout
    listed = subprocess.run(
        [sys.executable, "-m", "derivations", "list"], capture_output=True, text=True, check=True
    )
    assert NAME in listed.stdout
    for fmt in ("latex", "markdown"):
        rendered = subprocess.run(
            [sys.executable, "-m", "derivations", fmt, NAME],
            capture_output=True,
            text=True,
            env=env,
        )
        assert rendered.returncode == 0 and "\\Sigma^{-1}" in rendered.stdout
