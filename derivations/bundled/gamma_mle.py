"""The MLE of a gamma distribution's shape and rate: the score equations (no closed form).

Density ``p(x | alpha, beta) = beta^alpha x^(alpha - 1) exp(-beta x) / Gamma(alpha)``
for ``x > 0``. Setting ``dLL/dbeta = 0`` gives ``beta = N alpha / sum_n x_n``
(a closed form in terms of ``alpha``); setting ``dLL/dalpha = 0`` and putting
that ``beta`` in gives the profile score equation

    log(alpha) - digamma(alpha) = log((1/N) sum_n x_n) - (1/N) sum_n log(x_n),

which has no closed-form solution: the derivation ends there, and an
estimator solves it numerically (``log(a) - digamma(a)`` decreases strictly
from +infinity to 0 on ``a > 0``, and the right side is positive unless all
samples are equal - Jensen's inequality - so the root is unique).

The observed information is derived as a 2 x 2 matrix: ``-d^2 LL / d alpha^2 =
N trigamma(alpha)``, ``-d^2 LL / d beta^2`` and ``-d^2 LL / d alpha d beta =
-N / beta``, the last two evaluated at ``beta = N alpha / sum_n x_n``; the
estimator evaluates them at the numerical root ``alpha``. Results
``information_alpha``, ``information_beta`` and ``information_alpha_beta``
(an off-diagonal entry is keyed by both parameter names).
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation
from .._report import Confirmation
from ..symbols import N, n, x
from ._library import LL, Writer, confirmer, information_key, information_steps, result_equation
from ._library import sample_sum as S
from .gamma_known_shape_mle import I_beta, alpha, beta, log_likelihood_steps

NAME = "gamma-mle"
I_alpha = sp.Symbol("I_alpha", positive=True)
I_alpha_beta = sp.Symbol(r"I_{\alpha\beta}", negative=True)

#: results without a closed form, and why.
NO_CLOSED_FORM: dict[str, str] = {
    "alpha": "the profile score equation log(alpha) - digamma(alpha) = c has no closed-form "
    "solution; results['score_alpha'] is the equation, to be solved numerically",
}


def _steps() -> Writer:
    w = Writer()
    Sx = S(x[n])
    SL = S(sp.log(x[n]))
    ll, (t1, t2, t3, t4) = log_likelihood_steps(w)
    ll_expr = w.expr(ll)
    psi = sp.polygamma(0, alpha)
    with sp.evaluate(False):
        Db = lambda f: sp.Derivative(f, beta)  # noqa: E731
        Da = lambda f: sp.Derivative(f, alpha)  # noqa: E731
        G = sp.gamma(alpha)

        w.section = "Score for beta"
        dlb = r"\frac{\partial \mathcal{LL}}{\partial \beta}"
        d0 = w.add(
            Db(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": beta}, lhs_latex=dlb
        )
        w.add(sp.Add(Db(t1), Db(t2), Db(t3), Db(t4)), "diff-sum-rule")
        w.add(
            sp.Add(sp.Mul(N, alpha, Db(sp.log(beta))), 0, sp.Mul(-1, Sx, Db(beta)), 0),
            ("constant-multiple", "diff-constant"),
        )
        score_b = sp.Add(sp.Mul(N, alpha, sp.Pow(beta, -1)), sp.Mul(-1, Sx))
        d1 = w.add(score_b, ("logarithm-derivative", "power-rule"))
        res = w.add(
            sp.Eq(Db(ll_expr), score_b),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=dlb,
        )
        w.add(sp.Eq(0, score_b), "set-to-zero", "start", params={"ref": res, "unknown": beta})
        w.add(
            sp.Eq(Sx, sp.Mul(N, alpha, sp.Pow(beta, -1))),
            "add-both-sides",
            "<=>",
            params={"term": Sx},
        )
        w.add(
            sp.Eq(sp.Mul(beta, Sx), sp.Mul(N, alpha)),
            "multiply-both-sides",
            "<=>",
            params={"factor": beta},
        )
        est_b = w.add(
            sp.Eq(beta, sp.Mul(N, alpha, sp.Pow(Sx, -1))),
            "divide-both-sides",
            "<=>",
            params={"divisor": Sx},
            note="beta in terms of alpha",
        )

        w.section = "Score for alpha"
        dla = r"\frac{\partial \mathcal{LL}}{\partial \alpha}"
        e0 = w.add(
            Da(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": alpha}, lhs_latex=dla
        )
        w.add(sp.Add(Da(t1), Da(t2), Da(t3), Da(t4)), "diff-sum-rule")
        a1 = sp.Add(alpha, -1)
        w.add(
            sp.Add(
                sp.Mul(N, sp.log(beta), Da(alpha)),
                sp.Mul(SL, Da(a1)),
                0,
                sp.Mul(-1, N, Da(sp.log(G))),
            ),
            ("constant-multiple", "diff-constant"),
        )
        score_a = sp.Add(sp.Mul(N, sp.log(beta)), SL, sp.Mul(-1, N, psi))
        e1 = w.add(score_a, ("power-rule", "linear-derivative", "log-gamma-derivative"))
        res_a = w.add(
            sp.Eq(Da(ll_expr), score_a),
            "chain-result",
            "start",
            params={"start": e0, "end": e1},
            lhs_latex=dla,
        )
        za = w.add(sp.Eq(0, score_a), "set-to-zero", "start", params={"ref": res_a})
        ratio = sp.Mul(N, alpha, sp.Pow(Sx, -1))
        w.add(
            sp.Eq(0, sp.Add(sp.Mul(N, sp.log(ratio)), SL, sp.Mul(-1, N, psi))),
            "evaluate-at",
            "start",
            params={"ref": za, "at": est_b},
            note="the profile score: beta replaced by its estimate in terms of alpha",
        )
        w.add(
            sp.Eq(0, sp.Add(sp.log(ratio), sp.Mul(sp.Pow(N, -1), SL), sp.Mul(-1, psi))),
            "divide-both-sides",
            "<=>",
            params={"divisor": N},
        )
        mean = sp.Mul(sp.Pow(N, -1), Sx)
        c = sp.Add(sp.log(mean), sp.Mul(-1, sp.Pow(N, -1), SL))
        end = w.add(
            sp.Eq(sp.Add(sp.log(alpha), sp.Mul(-1, psi)), c),
            "algebra",
            "<=>",
            note="rearranged: log(N alpha / sum x_n) = log(alpha) - log(sum x_n / N), and terms "
            "moved across",
        )
    w.est_b, w.end, w.ll = est_b, end, ll
    w.info_beta, w.info_alpha, w.info_ab = _information(w, d1, e1, est_b, score_a)
    return w


def _information(w: Writer, score_b_end: int, score_a_end: int, est_b: int, score_a):
    """The observed information: (beta, beta), (alpha, alpha) and (alpha, beta) entries."""
    Sx = S(x[n])
    SL = S(sp.log(x[n]))
    psi = sp.polygamma(0, alpha)
    with sp.evaluate(False):
        Db = lambda f: sp.Derivative(f, beta)  # noqa: E731
        Da = lambda f: sp.Derivative(f, alpha)  # noqa: E731
        w.section = "Observed information"
        a = sp.Mul(N, alpha, sp.Pow(beta, -1))
        info_beta = information_steps(
            w,
            score_b_end,
            beta,
            est_b,
            rewrites=[
                (sp.Mul(-1, sp.Add(Db(a), Db(sp.Mul(-1, Sx)))), "diff-sum-rule"),
                (
                    sp.Mul(-1, sp.Add(sp.Mul(N, alpha, Db(sp.Pow(beta, -1))), 0)),
                    ("constant-multiple", "diff-constant"),
                ),
                (sp.Mul(-1, N, alpha, sp.Mul(-1, sp.Pow(beta, -2))), "power-rule"),
                (sp.Mul(N, alpha, sp.Pow(beta, -2)), "arithmetic"),
            ],
            at_estimate=[(sp.Mul(sp.Pow(Sx, 2), sp.Pow(sp.Mul(N, alpha), -1)), "arithmetic")],
            latex_name=r"\beta",
        )
        t1, t2, t3 = sp.Mul(N, sp.log(beta)), SL, sp.Mul(-1, N, psi)
        w.add(
            sp.Mul(-1, Da(score_a)),
            "observed-information",
            "start",
            params={"ref": score_a_end, "wrt": alpha},
            lhs_latex=rf"-\frac{{\partial^{{2}} {LL}}}{{\partial \alpha^{{2}}}}",
            note="alpha has no closed form: the entry is evaluated at the numerical root",
        )
        w.add(sp.Mul(-1, sp.Add(Da(t1), Da(t2), Da(t3))), "diff-sum-rule")
        w.add(
            sp.Mul(-1, sp.Add(0, 0, sp.Mul(-1, N, Da(psi)))),
            ("diff-constant", "constant-multiple"),
        )
        w.add(
            sp.Mul(-1, sp.Mul(-1, N, sp.polygamma(1, alpha))),
            "algebra",
            note="d/dalpha digamma(alpha) = trigamma(alpha) = polygamma(1, alpha): no named "
            "rule for it yet",
        )
        info_alpha = w.add(sp.Mul(N, sp.polygamma(1, alpha)), "arithmetic")
        mixed = rf"-\frac{{\partial^{{2}} {LL}}}{{\partial \alpha \, \partial \beta}}"
        w.add(
            sp.Mul(-1, Db(score_a)),
            "observed-information",
            "start",
            params={"ref": score_a_end, "wrt": beta},
            lhs_latex=mixed,
        )
        w.add(sp.Mul(-1, sp.Add(Db(t1), Db(t2), Db(t3))), "diff-sum-rule")
        w.add(
            sp.Mul(-1, sp.Add(sp.Mul(N, Db(sp.log(beta))), 0, 0)),
            ("constant-multiple", "diff-constant"),
        )
        w.add(sp.Mul(-1, sp.Mul(N, sp.Pow(beta, -1))), "logarithm-derivative")
        last = w.add(sp.Mul(-1, N, sp.Pow(beta, -1)), "arithmetic")
        value = w.expr(est_b).rhs
        w.add(
            sp.Mul(-1, N, sp.Pow(value, -1)),
            "evaluate-at",
            "start",
            params={"ref": last, "at": est_b},
            lhs_latex=rf"\left. {mixed} \right|_{{\beta = \hat{{\beta}}}}",
        )
        info_ab = w.add(sp.Mul(-1, Sx, sp.Pow(alpha, -1)), "arithmetic")
    return info_beta, info_alpha, info_ab


def confirm_gamma(d) -> list[Confirmation]:
    """beta: confirm_maximum with alpha held fixed; alpha: the score equation solved numerically."""
    import dataclasses

    out = confirmer(beta)(dataclasses.replace(d, results={"beta": d.results["beta"]}))
    out.extend(_numeric_root(d))
    return out


def _numeric_root(d) -> list[Confirmation]:
    """On gamma samples: the root of the score equation and beta(alpha) make the gradient
    of LL zero and its Hessian negative definite (a maximum in both parameters)."""
    import mpmath
    import numpy as np

    rng = np.random.default_rng(0)
    data = rng.gamma(2.5, 1 / 1.7, size=9)
    values = {x[i + 1]: sp.Float(v, 30) for i, v in enumerate(data)}

    def concrete(e):
        return evaluated(e).xreplace({N: len(data)}).doit().xreplace(values)

    eq = d.results["score_alpha"]
    f = sp.lambdify(alpha, concrete(eq.lhs - eq.rhs), "mpmath")
    with mpmath.workdps(30):
        a_hat = mpmath.findroot(f, 2.0)
        b_hat = sp.lambdify(alpha, concrete(d.results["beta"].rhs), "mpmath")(a_hat)
    ll = concrete(d.log_likelihood)
    at = {alpha: sp.Float(a_hat, 30), beta: sp.Float(b_hat, 30)}
    grad = [abs(sp.N(sp.diff(ll, v).xreplace(at), 30)) for v in (alpha, beta)]
    H = sp.hessian(ll, (alpha, beta)).xreplace(at).evalf(30)
    eig = np.linalg.eigvalsh(np.array(H.tolist(), dtype=float))
    ok = max(grad) < 1e-20 and bool(np.all(eig < 0))
    return [
        Confirmation(
            "alpha: no closed form; the score equation's root is a maximum (numerically)",
            ok,
            f"{NO_CLOSED_FORM['alpha']}; on 9 gamma samples: alpha={float(a_hat):.6g}, "
            f"beta={float(b_hat):.6g}, |grad|={float(max(grad)):.1e}, Hessian eigenvalues="
            f"{[round(float(v), 6) for v in eig]}",
        ),
        _information_is_minus_hessian(d, concrete, at, H),
    ]


def _information_is_minus_hessian(d, concrete, at, H) -> Confirmation:
    """The derived information entries at the root equal minus sympy's Hessian of LL there."""
    keys = {
        (0, 0): "information_alpha",
        (1, 1): "information_beta",
        (0, 1): "information_alpha_beta",
    }
    worst = 0.0
    for (i, j), key in keys.items():
        derived = sp.N(concrete(d.results[key].rhs).xreplace(at), 30)
        worst = max(worst, float(abs(derived + H[i, j]) / abs(H[i, j])))
    return Confirmation(
        "the derived information is minus the Hessian of LL at the root (numerically)",
        worst < 1e-20,
        f"largest relative difference of the three entries: {worst:.1e}",
    )


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    end = steps[w.end].expr
    return Derivation(
        name=NAME,
        title="MLE of a gamma distribution's shape and rate (score equations, no closed form)",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are positive", "x_{n}", domain="x_n > 0"),
            Assumption(alpha, "the shape alpha is positive", r"\alpha"),
            Assumption(beta, "the rate beta is positive", r"\beta"),
            Assumption(I_alpha, "the observed information about alpha", r"I_{\alpha}"),
            Assumption(I_beta, "the observed information about beta", r"I_{\beta}"),
            Assumption(
                I_alpha_beta,
                "the observed information's off-diagonal entry (alpha, beta)",
                r"I_{\alpha\beta}",
            ),
        ),
        steps=steps,
        results={
            "beta": result_equation(beta, steps[w.est_b].expr.rhs),
            "score_alpha": sp.Eq(evaluated(end.lhs), evaluated(end.rhs), evaluate=False),
            information_key("alpha"): result_equation(I_alpha, steps[w.info_alpha].expr),
            information_key("beta"): result_equation(I_beta, steps[w.info_beta].expr),
            information_key("alpha_beta"): result_equation(I_alpha_beta, steps[w.info_ab].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/gamma_mle.py)",
        confirm=confirm_gamma,
    )
