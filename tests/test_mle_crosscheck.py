"""``estimators.crosscheck(X, name)``: closed forms against scipy for every bundled distribution."""

from __future__ import annotations

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as hs

from derivations._model import Derivation, Step
from derivations.bundled import BUNDLED
from derivations.symbols import N, n, x
from estimators import crosscheck

SAMPLERS = {
    "exponential-mle": (lambda r, k: r.exponential([1.0, 0.1], size=(k, 2)), None),
    "poisson-mle": (lambda r, k: r.poisson([0.7, 12.0], size=(k, 2)), None),
    "bernoulli-mle": (lambda r, k: r.binomial(1, [0.3, 0.9], size=(k, 2)), None),
    "binomial-mle": (lambda r, k: r.binomial(6, [0.3, 0.9], size=(k, 2)), {"m": 6}),
    "geometric-mle": (lambda r, k: r.geometric([0.3, 0.9], size=(k, 2)), None),
    "rayleigh-mle": (lambda r, k: r.rayleigh([1.0, 3.0], size=(k, 2)), None),
    "gamma-known-shape-mle": (lambda r, k: r.gamma(3.0, [0.5, 4.0], size=(k, 2)), {"alpha": 3.0}),
    "laplace-mle": (lambda r, k: r.laplace([1.0, -2.0], [2.0, 0.5], size=(k, 2)), None),
}
PRESENT = [name for name in SAMPLERS if name in BUNDLED]


@pytest.mark.parametrize("name", PRESENT)
@settings(max_examples=2, deadline=None, derandomize=True)
@given(seed=hs.integers(0, 2**32 - 1))
def test_closed_forms_agree_with_scipy_and_the_numeric_hessian(seed, name):
    sample, known = SAMPLERS[name]
    res = crosscheck(sample(np.random.default_rng(seed), 3000), name, known=known)
    assert res.ok, res.table()
    assert set(res.optim) == set(res.closed)
    assert res.scipy, "every distribution in this table has a scipy fit"


def test_a_wrong_closed_form_is_reported_as_disagreeing():
    lam = sp.Symbol("lambda", positive=True)
    S = sp.Sum(x[n], (n, 1, N))
    ll = N * sp.log(lam) - lam * S
    wrong = Derivation(
        name="exp-wrong",
        title="",
        assumptions=(),
        steps=[Step(ll, "given", "start")],
        results={"lambda": sp.Eq(lam, (N - 1) / S)},
        log_likelihood=ll,
    )
    X = np.random.default_rng(0).exponential(size=(200, 2))
    res = crosscheck(X, wrong)
    assert not res.ok
    assert np.all(res.rel_optim["lambda"] > 1e-3)
    assert "DISAGREE" in res.table()


def test_bad_tolerance_and_bad_data_are_named():
    with pytest.raises(ValueError, match=r"^tolerance must be a finite number >= 0, got -1"):
        crosscheck(np.ones((3, 1)), "poisson", tolerance=-1)
    with pytest.raises(ValueError, match=r"^X column 0 has the value -1 at row 0; Poisson"):
        crosscheck(np.array([[-1.0], [2.0]]), "poisson")
