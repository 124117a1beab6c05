"""The numeric check's root finder (``engine._sampling.find_root``).

An equation step is tested by solving one equation and putting the root into the
other, so a root that is not one - or one at an end the domain excludes - would
refute a correct step. Properties: a root returned makes the residual vanish and
lies in the domain; even roots at an excluded end are not returned.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations.engine import _sampling
from derivations.engine._domains import Domains

u = sp.Symbol("u", real=True)
s = sp.Symbol("s", positive=True)


def _point(*exprs):
    return _sampling.random_points(exprs, np.random.default_rng(0), domains=Domains())[0]


def _root(expr, unknown):
    pt = _point(expr)
    return _sampling.find_root(expr, unknown, pt, Domains())


@settings(max_examples=25, deadline=None)
@given(a=st.floats(-50, 50), b=st.floats(0.1, 20))
def test_affine_roots_are_exact(a, b):
    a, b = sp.Rational(a), sp.Rational(b)  # exact: the root is a, to the working digits
    r = _root(b * u - a * b, u)
    assert r is not None and abs(r - mpmath.mpf(a)) <= 1e-25 * max(1, abs(a))


@pytest.mark.parametrize("c", [1e-2, 0.3, 7.0, 400.0])
def test_a_root_beside_an_asymptote_is_found(c):
    # (c/s - 1)/s: the secant from 1 runs off towards s -> infinity, where it tends to 0.
    r = _root((sp.Float(c) / s - 1) / s, s)
    assert r is not None and abs(r - c) <= 1e-20 * c


def test_an_even_root_at_an_excluded_end_is_no_root():
    # s^2 = 0 with s > 0: Newton-secant creeps towards 0 and stops near 1e-9, which
    # is no point of the domain (a correct step was refuted there).
    assert _root(s**2, s) is None


def test_an_interior_even_root_is_near_the_root_or_not_given():
    # Newton-secant may stop short of an even root (mpmath then raises): the step
    # is not tested there, which is safe; a root it does give is close.
    r = _root((u - 3) ** 2, u)
    assert r is None or abs(r - 3) < 1e-6


def test_no_real_root():
    assert _root(u**2 + 1, u) is None
    with mpmath.workdps(30):
        assert _root(sp.exp(u) + 1, u) is None
