"""The MLEs of a Laplace distribution's location and scale.

Density ``p(x | mu, b) = exp(-|x - mu| / b) / (2 b)``. The scale is a
stationary point: ``b = (1/N) sum_n |x_n - mu|``, observed information at the
estimate ``N^3 / (sum_n |x_n - mu|)^2``. The location is **not**: ``LL`` is
``-(1/b) sum_n |x_n - mu|`` plus terms free of ``mu``, which has no derivative
in ``mu`` at the samples, and its maximum is a median of the samples - a
point where the slope changes sign, not where a derivative is zero. No step
sets a derivative in ``mu`` to zero; the result ``mu = Median(x, N)`` carries
the reason in :data:`NOT_STATIONARY`, and the confirmation hook checks it
numerically (the one-sided slopes of ``LL`` at the median have opposite signs,
and ``LL`` is lower on both sides).
"""

from __future__ import annotations

import sympy as sp

from .._forms import evaluated
from .._model import Assumption, Derivation
from .._report import Confirmation
from ..rules.start import register_reference
from ..symbols import N, mu, n, x
from ._library import (
    LL,
    Median,
    Writer,
    confirmer,
    information_key,
    information_steps,
    reference_log_likelihood,
    result_equation,
)
from ._library import sample_sum as S

NAME = "laplace-mle"
b = sp.Symbol("b", positive=True)
I_b = sp.Symbol("I_b", positive=True)
DLL = r"\frac{\partial \mathcal{LL}}{\partial b}"

#: results that no stationary point gives, and why.
NOT_STATIONARY: dict[str, str] = {
    "mu": "LL = -N log(2b) - (1/b) sum_n |x_n - mu| has no derivative in mu at the samples; "
    "a median of the samples maximises it (the slope -(1/b) sum_n sign(mu - x_n) changes sign "
    "there); for an even N every point between the two middle samples does",
}


def _reference() -> sp.Basic:
    from sympy.stats import Laplace, density

    return reference_log_likelihood(density(Laplace("X", mu, b))(x[n]), x[n])


register_reference(
    "laplace-log-likelihood",
    "Laplace log-likelihood",
    _reference,
    "sum_n log of sympy.stats' Laplace(mu, b) density",
)


def _steps() -> Writer:
    w = Writer()
    with sp.evaluate(False):
        A = S(sp.Abs(sp.Add(x[n], sp.Mul(-1, mu))))
        D = lambda f: sp.Derivative(f, b)  # noqa: E731
        two_b = sp.Mul(2, b)
        dev = sp.Mul(sp.Abs(sp.Add(x[n], sp.Mul(-1, mu))), sp.Pow(b, -1))
        w.section = "The log-likelihood"
        w.add(
            S(sp.log(sp.Mul(sp.Pow(two_b, -1), sp.exp(sp.Mul(-1, dev))))),
            "laplace-log-likelihood",
            "start",
            lhs_latex=LL,
            note="the Laplace density, checked against sympy.stats.Laplace",
        )
        w.add(S(sp.Add(sp.log(sp.Pow(two_b, -1)), sp.log(sp.exp(sp.Mul(-1, dev))))), "log-product")
        w.add(S(sp.Add(sp.Mul(-1, sp.log(two_b)), sp.Mul(-1, dev))), ("log-power", "log-of-exp"))
        w.add(
            sp.Add(sp.Mul(-1, N, sp.log(two_b)), sp.Mul(-1, S(dev))),
            ("sum-split", "sum-of-constant"),
        )
        t1 = sp.Mul(-1, N, sp.log(two_b))
        t2 = sp.Mul(-1, sp.Pow(b, -1), A)
        ll_expr = sp.Add(t1, t2)
        ll = w.add(ll_expr, "constant-out-of-sum")

        w.section = "MLE of b"
        d0 = w.add(
            D(ll_expr), "differentiate", "start", params={"ref": ll, "wrt": b}, lhs_latex=DLL
        )
        w.add(sp.Add(D(t1), D(t2)), "diff-sum-rule")
        w.add(
            sp.Add(sp.Mul(-1, N, D(sp.log(two_b))), sp.Mul(-1, A, D(sp.Pow(b, -1)))),
            "constant-multiple",
        )
        w.add(
            sp.Add(
                sp.Mul(-1, N, sp.Pow(two_b, -1), D(two_b)),
                sp.Mul(-1, A, sp.Mul(-1, sp.Pow(b, -2))),
            ),
            ("chain-rule", "power-rule"),
        )
        w.add(
            sp.Add(
                sp.Mul(-1, N, sp.Pow(two_b, -1), 2),
                sp.Mul(-1, A, sp.Mul(-1, sp.Pow(b, -2))),
            ),
            "linear-derivative",
        )
        sa = sp.Mul(-1, N, sp.Pow(b, -1))
        sb = sp.Mul(A, sp.Pow(b, -2))
        score = sp.Add(sa, sb)
        d1 = w.add(score, "arithmetic")
        res = w.add(
            sp.Eq(D(ll_expr), score),
            "chain-result",
            "start",
            params={"start": d0, "end": d1},
            lhs_latex=DLL,
        )
        w.add(sp.Eq(0, score), "set-to-zero", "start", params={"ref": res, "unknown": b})
        w.add(
            sp.Eq(0, sp.Add(sp.Mul(-1, N, b), A)),
            "multiply-both-sides",
            "<=>",
            params={"factor": b**2},
        )
        w.add(sp.Eq(sp.Mul(N, b), A), "add-both-sides", "<=>", params={"term": N * b})
        est = w.add(
            sp.Eq(b, sp.Mul(sp.Pow(N, -1), A)), "divide-both-sides", "<=>", params={"divisor": N}
        )

        w.section = "Observed information about b"
        info = information_steps(
            w,
            d1,
            b,
            est,
            rewrites=[
                (sp.Mul(-1, sp.Add(D(sa), D(sb))), "diff-sum-rule"),
                (
                    sp.Mul(
                        -1, sp.Add(sp.Mul(-1, N, D(sp.Pow(b, -1))), sp.Mul(A, D(sp.Pow(b, -2))))
                    ),
                    "constant-multiple",
                ),
                (
                    sp.Mul(
                        -1,
                        sp.Add(
                            sp.Mul(-1, N, sp.Mul(-1, sp.Pow(b, -2))),
                            sp.Mul(A, sp.Mul(-2, sp.Pow(b, -3))),
                        ),
                    ),
                    "power-rule",
                ),
                (
                    sp.Add(sp.Mul(-1, N, sp.Pow(b, -2)), sp.Mul(2, A, sp.Pow(b, -3))),
                    "arithmetic",
                ),
            ],
            at_estimate=[(sp.Mul(sp.Pow(N, 3), sp.Pow(A, -2)), "algebra")],
            latex_name="b",
        )
    w.estimate, w.info, w.ll = est, info, ll
    return w


def confirm_laplace(d) -> list[Confirmation]:
    """b: confirm_maximum (mu held fixed); mu: the median, checked numerically."""
    out = confirmer(b)(_only(d, ("b",)))
    out.append(_median_confirmation(evaluated(d.log_likelihood)))
    return out


def _only(d, keys):
    import dataclasses

    return dataclasses.replace(d, results={k: d.results[k] for k in keys})


def _median_confirmation(ll: sp.Expr) -> Confirmation:
    import numpy as np

    rng = np.random.default_rng(0)
    worst = []
    ok = True
    for size in (5, 6, 9):
        data = rng.laplace(1.0, 2.0, size=size)
        f = sp.lambdify(
            mu,
            ll.xreplace({N: size, b: sp.Rational(13, 10)})
            .doit()
            .xreplace({x[i + 1]: sp.Float(v, 30) for i, v in enumerate(data)}),
            "mpmath",
        )
        m = float(np.median(data))
        for h in (1e-6, 1e-3, 0.1, 1.0):
            left, right = f(m - h), f(m + h)
            # LL is not lower than either side; and the one-sided slopes differ in sign.
            ok = ok and f(m) >= left and f(m) >= right
            worst.append(float(min(f(m) - left, f(m) - right)))
        ok = ok and (f(m) - f(m - 1e-6)) >= 0 >= (f(m + 1e-6) - f(m))
    return Confirmation(
        "mu = a median of the samples maximises LL (not a stationary point)",
        bool(ok),
        f"{NOT_STATIONARY['mu']}; numerically on 5, 6 and 9 Laplace samples: LL(median) - "
        f"LL(median +- h) >= {min(worst):.2e} for h in 1e-6..1",
    )


def build() -> Derivation:
    """The derivation as a :class:`~derivations.Derivation`."""
    w = _steps()
    steps = w.steps
    return Derivation(
        name=NAME,
        title="MLE of a Laplace distribution's location (a median) and scale",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(x, "the samples x_n are real numbers", "x_{n}"),
            Assumption(mu, "the location mu is real", r"\mu"),
            Assumption(b, "the scale b is positive", "b"),
            Assumption(I_b, "the observed information about b", r"I_{b}"),
        ),
        steps=steps,
        results={
            "mu": sp.Eq(mu, Median(x, N), evaluate=False),
            "b": result_equation(b, steps[w.estimate].expr.rhs),
            information_key("b"): result_equation(I_b, steps[w.info].expr),
        },
        log_likelihood=evaluated(steps[w.ll].expr),
        source="bundled library (derivations/bundled/laplace_mle.py)",
        confirm=confirm_laplace,
    )
