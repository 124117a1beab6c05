"""The results are confirmed without the steps, and wrong results are caught."""

from __future__ import annotations

import dataclasses

import pytest
import sympy as sp

import derivations
from derivations.bundled._gaussian_confirm import confirm_gaussian
from derivations.symbols import N, mu, n, sigma2, x


@pytest.fixture(scope="module")
def post():
    return derivations.load()


def test_the_post_results_pass_every_confirmation(post):
    assert [c.ok for c in confirm_gaussian(post)] == [True] * 5


@pytest.mark.parametrize(
    ("name", "wrong"),
    [
        ("mu", sp.Eq(mu, sp.Sum(x[n], (n, 1, N)) / N + 1)),
        ("sigma2", sp.Eq(sigma2, sp.Sum((x[n] - mu) ** 2, (n, 1, N)) / (N - 1))),
    ],
)
def test_a_wrong_result_fails_the_gradient_and_uniqueness_checks(post, name, wrong):
    results = dict(post.results)
    results[name] = wrong
    bad = dataclasses.replace(post, results=results)
    by_name = {c.name: c.ok for c in confirm_gaussian(bad)}
    assert not by_name["the only stationary point"]
    assert (
        not by_name[f"dLL/d{name} = 0 at the estimate"]
        or not by_name["dLL/dsigma2 = 0 at the estimate"]
    )
    assert not by_name["numerically on 7 random samples"]


def test_a_minimum_is_not_called_a_maximum(post):
    # Negating the log-likelihood keeps the stationary point but makes it a minimum.
    flipped = dataclasses.replace(post, log_likelihood=-post.log_likelihood)
    by_name = {c.name: c.ok for c in confirm_gaussian(flipped)}
    assert by_name["dLL/dmu = 0 at the estimate"] and by_name["the only stationary point"]
    assert not by_name["Hessian negative definite at the estimate"]
    assert not by_name["numerically on 7 random samples"]


def test_a_derivation_without_results_is_refused():
    d = derivations.load()
    bare = dataclasses.replace(d, results={})
    with pytest.raises(ValueError, match=r"has no log-likelihood and mu/sigma2 results"):
        confirm_gaussian(bare)
