"""Independent confirmation of a Gaussian derivation's results.

The post solves dLL/dmu = 0 and dLL/dsigma^2 = 0 and asserts that the solution
is a maximum. Here the results are checked without the derivation's steps:

1. substituted into the log-likelihood's own derivatives they give 0;
2. they are the only stationary point (the system is solved with the sample
   sums as unknown constants);
3. the Hessian of LL at the estimate is negative definite (second-order
   condition the post does not show);
4. the same, numerically, on random data.
"""

from __future__ import annotations

from typing import Any

import mpmath
import sympy as sp

from .._errors import MalformedDerivation
from .._forms import evaluated
from .._report import Confirmation
from ..engine import do_derivatives, is_zero, linearize_sums
from ..engine._rng import Rng
from ..symbols import N, mu, n, sigma2, x


def _norm(e: sp.Basic) -> sp.Basic:
    return sp.expand(linearize_sums(sp.expand(do_derivatives(evaluated(e)))))


def confirm_gaussian(d: Any) -> list[Confirmation]:
    """Confirm the mu and sigma^2 results of ``d`` against its log-likelihood."""
    if d.log_likelihood is None or not {"mu", "sigma2"} <= set(d.results):
        raise MalformedDerivation(
            f"Derivation {d.name!r} has no log-likelihood and mu/sigma2 results to confirm."
        )
    ll = evaluated(d.log_likelihood)
    mu_hat = d.results["mu"].rhs
    s2_of_mu = d.results["sigma2"].rhs  # in terms of mu
    s2_hat = s2_of_mu.xreplace({mu: mu_hat})
    g_mu, g_s2 = sp.diff(ll, mu), sp.diff(ll, sigma2)
    out = []

    at = {mu: mu_hat, sigma2: s2_hat}
    for name, g in (
        ("dLL/dmu = 0 at the estimate", g_mu),
        ("dLL/dsigma2 = 0 at the estimate", g_s2),
    ):
        val = sp.together(_norm(g.xreplace(at)))
        ok = is_zero(val) is True
        out.append(Confirmation(name, ok, f"residual {0 if ok else sp.factor(val)}"))

    # Unique stationary point: with T1 = sum x_n and T2 = sum x_n^2 as constants the
    # gradient is rational in (mu, sigma2); solve it.
    T1, T2 = sp.symbols("T1 T2", real=True)
    sums = {sp.Sum(x[n], (n, 1, N)): T1, sp.Sum(x[n] ** 2, (n, 1, N)): T2}
    eqs = [sp.together(_norm(g).xreplace(sums)) for g in (g_mu, g_s2)]
    # check=False: sympy's own check of each solution imports sympy.physics.units
    # (0.3-0.5 s of every cold check); the numerators are polynomials, so each
    # solution solves them, and the comparison with the results below decides.
    sols = sp.solve([sp.numer(e) for e in eqs], [mu, sigma2], dict=True, check=False)
    sols = [s for s in sols if s.get(sigma2, 1) != 0]
    expected = {mu: _norm(mu_hat).xreplace(sums), sigma2: _norm(s2_hat).xreplace(sums)}
    unique = len(sols) == 1 and all(
        is_zero(sp.together(sols[0][k] - v)) is True for k, v in expected.items()
    )
    out.append(
        Confirmation("the only stationary point", unique, f"solutions with sigma2 != 0: {sols}")
    )

    # Second-order condition. Write the Hessian with the sample sums expressed
    # through A = sum (x_n - mu) and B = sum (x_n - mu)^2:
    #   sum x_n = A + N mu,   sum x_n^2 = B - N mu^2 + 2 mu sum x_n.
    # At any stationary point A = 0 and B = N sigma2, and what is left involves
    # only N and sigma2 > 0, so its sign is decided by the assumptions.
    A, B, T = sp.symbols("A B T")
    sum_x, sum_x2 = sp.Sum(x[n], (n, 1, N)), sp.Sum(x[n] ** 2, (n, 1, N))

    def at_stationary(e: sp.Basic) -> sp.Basic:
        e = sp.expand(linearize_sums(sp.expand(e)))
        e = e.xreplace({sum_x2: B - N * mu**2 + 2 * mu * T}).xreplace({sum_x: T})
        return sp.expand(e.xreplace({T: A + N * mu})).xreplace({A: 0, B: N * sigma2})

    Hs = sp.hessian(ll, (mu, sigma2)).applyfunc(at_stationary)
    # sympy's simplify would import sympy.physics.units (0.3-0.5 s); the entries
    # are rational functions of N and sigma2, which factor puts in a form whose
    # sign the assumptions decide.
    m1 = sp.factor(Hs[0, 0])
    det = sp.factor(Hs.det())
    neg_def = bool(m1.is_negative) and bool(det.is_positive)
    out.append(
        Confirmation(
            "Hessian negative definite at the estimate",
            neg_def,
            f"H = {Hs.applyfunc(sp.factor).tolist()}, H11 = {m1}, det = {det}",
        )
    )
    out.append(_numeric_confirmation(ll, mu_hat, s2_hat))
    return out


def _numeric_confirmation(
    ll: sp.Expr, mu_hat: sp.Expr, s2_hat: sp.Expr, size: int = 7
) -> Confirmation:
    rng = Rng(0)
    data = [rng.normal(3.0, 2.0) for _ in range(size)]
    values = {x[i + 1]: sp.Float(v, 30) for i, v in enumerate(data)}

    def concrete(e: sp.Basic) -> sp.Basic:
        e = e.xreplace({N: size}).doit()
        return e.xreplace(values)

    m = concrete(mu_hat).evalf(30)
    s = concrete(s2_hat.xreplace({mu: mu_hat})).evalf(30)
    f = concrete(ll)
    grad = [sp.diff(f, v).xreplace({mu: m, sigma2: s}).evalf(30) for v in (mu, sigma2)]
    H = sp.hessian(f, (mu, sigma2)).xreplace({mu: m, sigma2: s}).evalf(30)
    eig = sorted(float(v) for v in mpmath.eigsy(mpmath.matrix(H.tolist()))[0])
    ok = all(abs(g) < 1e-20 for g in grad) and all(v < 0 for v in eig)
    worst = max(abs(float(g)) for g in grad)
    return Confirmation(
        "numerically on 7 random samples",
        ok,
        f"mu_hat={float(m):.6g}, sigma2_hat={float(s):.6g}, |grad|={worst:.1e}, "
        f"Hessian eigenvalues={[round(v, 6) for v in eig]}",
    )
