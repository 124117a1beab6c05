"""Ordinary least squares for a simple linear regression: the normal equations.

Model ``y_n = beta0 + beta1 x_n + e_n`` with independent ``e_n ~ N(0,
sigma^2)``; the log-likelihood in ``(beta0, beta1)`` is minus the sum of
squared residuals over ``2 sigma^2`` plus a constant, so its maximum is the
least-squares fit whatever ``sigma^2``. Setting both derivatives to zero gives
the normal equations

    N beta0 + beta1 sum x_n = sum y_n,
    beta0 sum x_n + beta1 sum x_n^2 = sum x_n y_n,

solved by ``beta1 = (N sum x_n y_n - sum x_n sum y_n) / D`` and ``beta0 =
(sum y_n - beta1 sum x_n) / N`` with ``D = N sum x_n^2 - (sum x_n)^2``. ``D``
is positive exactly when the ``x_n`` are not all equal (Cauchy-Schwarz): that
is a premise of the derivation (a definition step, verdict ``given``), and
the only one. In matrix form once the multivariate engine lands.
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation
from ..rules.start import register_reference
from ..symbols import N, n, sigma2, x
from ._library import (
    LL,
    Writer,
    confirmer,
    information_key,
    reference_log_likelihood,
    result_equation,
)
from ._library import sample_sum as S

NAME = "ols-regression"
y = sp.IndexedBase("y", real=True)
beta0 = sp.Symbol("beta0", real=True)
beta1 = sp.Symbol("beta1", real=True)
Dx = sp.Symbol("D", positive=True)
# Information symbols named by their LaTeX (as a derivation file names them).
I_beta0 = sp.Symbol(r"I_{\beta_{0}}", positive=True)
I_beta1 = sp.Symbol(r"I_{\beta_{1}}", positive=True)
I_beta0_beta1 = sp.Symbol(r"I_{\beta_{0}\beta_{1}}", real=True)
I_sigma2 = sp.Symbol(r"I_{\sigma^{2}}", positive=True)


def _reference() -> sp.Basic:
    from sympy.stats import Normal, density

    pdf = density(Normal("Y", beta0 + beta1 * x[n], sp.sqrt(sigma2)))(y[n])
    return reference_log_likelihood(pdf, y[n])


register_reference(
    "regression-log-likelihood",
    "Gaussian linear-regression log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Normal(beta0 + beta1 x_n, sqrt(sigma2)) density at y_n",
)


def _score_steps(w, ll, ll_expr, t1, t2, r, wrt, inner, latex):
    """d LL / d wrt carried out to sigma^{-2} sum_n inner * r_n; returns (chain end, equation)."""
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, wrt)  # noqa: E731
        s2inv = sp.Pow(sigma2, -1)
        k = sp.Mul(-1, sp.Rational(1, 2), s2inv)
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": wrt}, lhs_latex=latex
        )
        w.add(sp.Add(D(t1), D(t2)), "diff-sum-rule")
        sq = sp.Pow(r, 2)
        w.add(sp.Add(0, sp.Mul(k, D(S(sq)))), ("diff-constant", "constant-multiple"))
        w.add(sp.Mul(k, S(D(sq))), ("arithmetic", "diff-through-sum"))
        w.add(sp.Mul(k, S(sp.Mul(2, r, D(r)))), "chain-rule")
        w.add(sp.Mul(k, S(sp.Mul(2, r, sp.Mul(-1, inner)))), "linear-derivative")
        body = r if inner == 1 else sp.Mul(inner, r)
        end_expr = sp.Mul(s2inv, S(body))
        end = w.add(end_expr, "constant-out-of-sum")
        res = w.add(
            sp.Eq(D(ll_expr), end_expr),
            "chain-result",
            "start",
            params={"start": d0, "end": end},
            lhs_latex=latex,
        )
        w.add(sp.Eq(0, end_expr), "set-to-zero", "start", params={"ref": res, "unknown": wrt})
        w.add(sp.Eq(0, S(body)), "multiply-both-sides", "<=>", params={"factor": sigma2})
    return end


def _steps() -> Writer:
    w = Writer()
    Sx, Sy = S(x[n]), S(y[n])
    Sxx, Sxy = S(sp.Pow(x[n], 2)), S(sp.Mul(x[n], y[n]))
    with sp.evaluate(False):
        r = sp.Add(y[n], sp.Mul(-1, beta0), sp.Mul(-1, beta1, x[n]))
        two_pi_s2 = sp.Mul(2, sp.pi, sigma2)
        q = sp.Mul(sp.Pow(r, 2), sp.Pow(sp.Mul(2, sigma2), -1))
        half = sp.Rational(1, 2)
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(sp.Pow(two_pi_s2, -half), sp.exp(sp.Mul(-1, q))))),
            "regression-log-likelihood",
            "start",
            lhs_latex=LL,
            note="y_n given x_n is normal with mean beta0 + beta1 x_n, checked against sympy.stats",
        )
        w.add(
            S(sp.Add(sp.log(sp.Pow(two_pi_s2, -half)), sp.log(sp.exp(sp.Mul(-1, q))))),
            "log-product",
        )
        w.add(
            S(sp.Add(sp.Mul(-half, sp.log(two_pi_s2)), sp.Mul(-1, q))),
            ("log-power", "log-of-exp"),
        )
        w.add(
            sp.Add(sp.Mul(-half, N, sp.log(two_pi_s2)), sp.Mul(-1, S(q))),
            ("sum-split", "sum-of-constant"),
        )
        t1 = sp.Mul(-half, N, sp.log(two_pi_s2))
        t2 = sp.Mul(-1, half, sp.Pow(sigma2, -1), S(sp.Pow(r, 2)))
        ll_expr = sp.Add(t1, t2)
        ll = w.add(ll_expr, "constant-out-of-sum")

        w.section = "Normal equation for beta0"
        end0 = _score_steps(
            w, ll, ll_expr, t1, t2, r, beta0, 1, r"\frac{\partial \mathcal{LL}}{\partial \beta_{0}}"
        )
        w.add(
            sp.Eq(0, sp.Add(Sy, sp.Mul(-1, N, beta0), sp.Mul(-1, beta1, Sx))),
            ("sum-split", "sum-of-constant", "constant-out-of-sum"),
            "<=>",
        )
        ne0 = w.add(
            sp.Eq(sp.Add(sp.Mul(N, beta0), sp.Mul(beta1, Sx)), Sy),
            "add-both-sides",
            "<=>",
            params={"term": N * beta0 + beta1 * Sx},
            note="the first normal equation",
        )
        b0_eq = w.add(
            sp.Eq(beta0, sp.Mul(sp.Pow(N, -1), sp.Add(Sy, sp.Mul(-1, beta1, Sx)))),
            ("add-both-sides", "divide-both-sides"),
            "<=>",
            params={"term": -beta1 * Sx, "divisor": N},
        )

        w.section = "Normal equation for beta1"
        end1 = _score_steps(
            w,
            ll,
            ll_expr,
            t1,
            t2,
            r,
            beta1,
            x[n],
            r"\frac{\partial \mathcal{LL}}{\partial \beta_{1}}",
        )
        w.add(
            sp.Eq(
                0,
                S(
                    sp.Add(
                        sp.Mul(x[n], y[n]),
                        sp.Mul(-1, beta0, x[n]),
                        sp.Mul(-1, beta1, sp.Pow(x[n], 2)),
                    )
                ),
            ),
            "algebra",
            "<=>",
            note="x_n (y_n - beta0 - beta1 x_n) multiplied out",
        )
        w.add(
            sp.Eq(0, sp.Add(Sxy, sp.Mul(-1, beta0, Sx), sp.Mul(-1, beta1, Sxx))),
            ("sum-split", "constant-out-of-sum"),
            "<=>",
        )
        ne1 = w.add(
            sp.Eq(sp.Add(sp.Mul(beta0, Sx), sp.Mul(beta1, Sxx)), Sxy),
            "add-both-sides",
            "<=>",
            params={"term": beta0 * Sx + beta1 * Sxx},
            note="the second normal equation",
        )

        w.section = "Solving the normal equations"
        b0_value = w.expr(b0_eq).rhs
        w.add(
            sp.Eq(sp.Add(sp.Mul(b0_value, Sx), sp.Mul(beta1, Sxx)), Sxy),
            "evaluate-at",
            "start",
            params={"ref": ne1, "at": b0_eq},
            note="beta0 from the first normal equation put into the second",
        )
        w.add(
            sp.Eq(
                sp.Add(sp.Mul(sp.Add(Sy, sp.Mul(-1, beta1, Sx)), Sx), sp.Mul(N, beta1, Sxx)),
                sp.Mul(N, Sxy),
            ),
            "multiply-both-sides",
            "<=>",
            params={"factor": N},
        )
        Dexpr = sp.Add(sp.Mul(N, Sxx), sp.Mul(-1, sp.Pow(Sx, 2)))
        slope_eq = w.add(
            sp.Eq(sp.Mul(beta1, Dexpr), sp.Add(sp.Mul(N, Sxy), sp.Mul(-1, Sx, Sy))),
            "add-both-sides",
            "<=>",
            params={"term": -Sx * Sy},
        )
        dfn = w.add(
            sp.Eq(Dx, Dexpr),
            "definition",
            "start",
            note="premise: the x_n are not all equal, so D > 0 (Cauchy-Schwarz)",
        )
        w.add(
            sp.Eq(sp.Mul(beta1, Dx), sp.Add(sp.Mul(N, Sxy), sp.Mul(-1, Sx, Sy))),
            "abbreviate",
            "start",
            params={"ref": slope_eq, "at": dfn, "unknown": beta1},
        )
        b1 = w.add(
            sp.Eq(beta1, sp.Mul(sp.Pow(Dx, -1), sp.Add(sp.Mul(N, Sxy), sp.Mul(-1, Sx, Sy)))),
            "divide-both-sides",
            "<=>",
            params={"divisor": Dx},
        )
    w.b0, w.b1, w.ll, w.dfn, w.ne0 = b0_eq, b1, ll, dfn, ne0
    w.s2, score_s2 = _variance_steps(w, ll, ll_expr, t1, t2, r)
    w.info = _information_steps(w, end0, end1, score_s2, w.s2, r)
    return w


def _variance_steps(w: Writer, ll: int, ll_expr, t1, t2, r) -> tuple[int, int]:
    """dLL/dsigma2 = 0 solved for sigma2 (the mean squared residual); returns (estimate, score)."""
    half = sp.Rational(1, 2)
    R = S(sp.Pow(r, 2))
    with sp.evaluate(False):
        D = lambda f: sp.Derivative(f, sigma2)  # noqa: E731
        two_pi_s2 = sp.Mul(2, sp.pi, sigma2)
        latex = r"\frac{\partial \mathcal{LL}}{\partial \sigma^{2}}"
        w.section = "MLE of sigma^2"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": sigma2}, lhs_latex=latex
        )
        w.add(
            sp.Add(
                sp.Mul(-half, N, D(sp.log(two_pi_s2))),
                sp.Mul(-half, R, D(sp.Pow(sigma2, -1))),
            ),
            ("diff-sum-rule", "constant-multiple"),
        )
        w.add(
            sp.Add(
                sp.Mul(-half, N, sp.Pow(two_pi_s2, -1), sp.Mul(2, sp.pi)),
                sp.Mul(-half, R, sp.Mul(-1, sp.Pow(sigma2, -2))),
            ),
            ("chain-rule", "power-rule", "linear-derivative"),
        )
        score = sp.Add(sp.Mul(-half, N, sp.Pow(sigma2, -1)), sp.Mul(half, sp.Pow(sigma2, -2), R))
        end = w.add(score, "arithmetic")
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": end},
            lhs_latex=latex,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": sigma2})
        w.add(
            sp.Eq(0, sp.Add(sp.Mul(-1, N, sigma2), R)),
            "multiply-both-sides",
            "<=>",
            params={"factor": 2 * sigma2**2},
        )
        w.add(
            sp.Eq(sp.Mul(N, sigma2), R),
            "add-both-sides",
            "<=>",
            params={"term": N * sigma2},
        )
        est = w.add(
            sp.Eq(sigma2, sp.Mul(sp.Pow(N, -1), R)),
            "divide-both-sides",
            "<=>",
            params={"divisor": N},
            note="the mean squared residual, at the beta0 and beta1 above",
        )
    return est, end


def _information_steps(w: Writer, end0: int, end1: int, end_s2: int, est_s2: int, r) -> dict:
    """Observed information: the (beta0, beta1) block and the sigma2 entry, at the estimate.

    The entries (beta_k, sigma2) are ``sigma^-4 sum_n r_n`` and ``sigma^-4 sum_n x_n r_n``,
    0 at the estimate by the normal equations; they are not written as steps (an estimator
    takes them from the log-likelihood's second derivatives, as for any entry not stated).
    """
    half = sp.Rational(1, 2)
    R = S(sp.Pow(r, 2))
    s2inv = sp.Pow(sigma2, -1)
    Rhat = w.expr(est_s2).rhs
    out = {}
    with sp.evaluate(False):
        w.section = "Observed information"

        def d2(a: str, b: str | None = None) -> str:
            den = rf"\partial {a}^{{2}}" if b is None else rf"\partial {a} \, \partial {b}"
            return rf"-\frac{{\partial^{{2}} {LL}}}{{{den}}}"

        def chain(score_end, wrt, lhs, lines, at_estimate, key):
            w.add(
                sp.Mul(-1, sp.Derivative(w.expr(score_end), wrt)),
                "observed-information",
                "start",
                params={"ref": score_end, "wrt": wrt},
                lhs_latex=lhs,
            )
            last = None
            for expr, rule in lines:
                last = w.add(expr, rule)
            with sp.evaluate(False):
                first_at = w.expr(last).xreplace({sigma2: Rhat})
            w.add(
                first_at,
                "evaluate-at",
                "start",
                params={"ref": last, "at": est_s2},
                lhs_latex=rf"\left. {lhs} \right|_{{\sigma^{{2}} = \hat{{\sigma}}^{{2}}}}",
            )
            out[key] = w.add(at_estimate, "arithmetic")

        D0 = lambda f: sp.Derivative(f, beta0)  # noqa: E731
        D1 = lambda f: sp.Derivative(f, beta1)  # noqa: E731
        Ds = lambda f: sp.Derivative(f, sigma2)  # noqa: E731
        chain(
            end0,
            beta0,
            d2(r"\beta_{0}"),
            [
                (sp.Mul(-1, sp.Mul(s2inv, S(D0(r)))), ("constant-multiple", "diff-through-sum")),
                (
                    sp.Mul(-1, sp.Mul(s2inv, sp.Mul(-1, N))),
                    ("linear-derivative", "sum-of-constant"),
                ),
                (sp.Mul(N, s2inv), "arithmetic"),
            ],
            sp.Mul(sp.Pow(N, 2), sp.Pow(R, -1)),
            "beta0",
        )
        chain(
            end1,
            beta1,
            d2(r"\beta_{1}"),
            [
                (
                    sp.Mul(-1, sp.Mul(s2inv, S(sp.Mul(x[n], D1(r))))),
                    ("constant-multiple", "diff-through-sum", "constant-multiple"),
                ),
                (
                    sp.Mul(-1, sp.Mul(s2inv, S(sp.Mul(x[n], sp.Mul(-1, x[n]))))),
                    "linear-derivative",
                ),
                (sp.Mul(s2inv, S(sp.Pow(x[n], 2))), ("constant-out-of-sum", "arithmetic")),
            ],
            sp.Mul(N, S(sp.Pow(x[n], 2)), sp.Pow(R, -1)),
            "beta1",
        )
        chain(
            end0,
            beta1,
            d2(r"\beta_{0}", r"\beta_{1}"),
            [
                (sp.Mul(-1, sp.Mul(s2inv, S(D1(r)))), ("constant-multiple", "diff-through-sum")),
                (sp.Mul(-1, sp.Mul(s2inv, S(sp.Mul(-1, x[n])))), "linear-derivative"),
                (sp.Mul(s2inv, S(x[n])), ("constant-out-of-sum", "arithmetic")),
            ],
            sp.Mul(N, S(x[n]), sp.Pow(R, -1)),
            "beta0_beta1",
        )
        chain(
            end_s2,
            sigma2,
            rf"-\frac{{\partial^{{2}} {LL}}}{{\partial \left(\sigma^{{2}}\right)^{{2}}}}",
            [
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(-half, N, Ds(s2inv)),
                            sp.Mul(half, R, Ds(sp.Pow(sigma2, -2))),
                        ),
                    ),
                    ("diff-sum-rule", "constant-multiple"),
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(-half, N, sp.Mul(-1, sp.Pow(sigma2, -2))),
                            sp.Mul(half, R, sp.Mul(-2, sp.Pow(sigma2, -3))),
                        ),
                    ),
                    "power-rule",
                ),
                (
                    sp.Add(sp.Mul(-half, N, sp.Pow(sigma2, -2)), sp.Mul(sp.Pow(sigma2, -3), R)),
                    "arithmetic",
                ),
            ],
            sp.Mul(half, sp.Pow(N, 3), sp.Pow(R, -2)),
            "sigma2",
        )
    return out


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    D_value = evaluated(steps[w.dfn].expr.rhs)
    slope = evaluated(steps[w.b1].expr.rhs).xreplace({Dx: D_value})
    return Derivation(
        name=NAME,
        title="Ordinary least squares for a simple linear regression (the normal equations)",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the regressors x_n are real numbers", "x_{n}"),
            Assumption(y, "the responses y_n are real numbers", "y_{n}"),
            Assumption(beta0, "the intercept beta0 is real", r"\beta_{0}"),
            Assumption(beta1, "the slope beta1 is real", r"\beta_{1}"),
            Assumption(sigma2, "the noise variance sigma^2 is positive", r"\sigma^{2}"),
            Assumption(Dx, "D = N sum x_n^2 - (sum x_n)^2 > 0: the x_n are not all equal", "D"),
            Assumption(I_beta0, "the observed information about beta0", r"I_{\beta_{0}}"),
            Assumption(I_beta1, "the observed information about beta1", r"I_{\beta_{1}}"),
            Assumption(
                I_beta0_beta1,
                "the observed information's off-diagonal entry (beta0, beta1)",
                r"I_{\beta_{0}\beta_{1}}",
            ),
            Assumption(I_sigma2, "the observed information about sigma^2", r"I_{\sigma^{2}}"),
        ),
        steps=steps,
        results={
            "beta1": result_equation(beta1, slope),
            "beta0": result_equation(beta0, steps[w.b0].expr.rhs),
            "sigma2": result_equation(sigma2, steps[w.s2].expr.rhs),
            information_key("beta0"): result_equation(I_beta0, steps[w.info["beta0"]].expr),
            information_key("beta1"): result_equation(I_beta1, steps[w.info["beta1"]].expr),
            information_key("beta0_beta1"): result_equation(
                I_beta0_beta1, steps[w.info["beta0_beta1"]].expr
            ),
            information_key("sigma2"): result_equation(I_sigma2, steps[w.info["sigma2"]].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/ols_regression.py)",
        confirm=confirmer(beta1, beta0, sigma2),
    )
