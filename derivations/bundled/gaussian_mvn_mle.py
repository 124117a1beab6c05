"""The post's general form: the maximum-likelihood mean and covariance of a multivariate Gaussian.

Source: ``shared/seed/mle-gaussian-post.md`` states the problem for
``theta = [mu, Sigma]`` (rows B1-B8) and then simplifies to a diagonal
covariance. This derivation does the general case with matrix calculus, the
way textbooks do (Bishop, PRML 2.3.4; the matrix cookbook):

1. the i.i.d. premise and the argmax: ``argmax log L = argmax L`` and
   ``log prod_n p(x_n) = sum_n log p(x_n)``;
2. the log-likelihood of ``N`` samples ``x_n`` (vectors of dimension ``d``),
   checked against ``sympy.stats``' ``MultivariateNormal`` density, simplified
   and rewritten with the trace trick;
3. ``dLL/dmu = Sigma^{-1} sum_n (x_n - mu)`` set to 0: ``mu = (1/N) sum_n x_n``;
4. ``dLL/dSigma = -N/2 Sigma^{-1} + 1/2 Sigma^{-1} S Sigma^{-1}`` with the
   scatter matrix ``S = sum_n (x_n - mu)(x_n - mu)^T``, set to 0:
   ``Sigma = (1/N) sum_n (x_n - mu)(x_n - mu)^T``;
5. the diagonal case ``Sigma = sigma^2 I`` with ``d = 1``: the scalar post's
   first line.

Every step is checked three ways like the scalar derivation's; matrix steps
are evaluated with concrete random matrices (``d = 1..4``, ``Sigma`` symmetric
positive definite) and their derivatives are taken numerically, never by
sympy's ``diff`` (see NOTES.md). The results are confirmed independently by
:mod:`._mvn_confirm`.

The vector samples are :class:`~derivations.engine._matrix_expr.VectorSample`
objects (``x[n]`` of ``VectorSamples("x", d)``): a family of ``d x 1``
matrices indexed like the scalar ``x[n]``, so that a sum over ``n`` of matrix
expressions is an ordinary ``Sum`` (or a ``MatrixSum`` where it is a factor of
a matrix product).
"""

from __future__ import annotations

import sympy as sp

from .._model import Assumption, Derivation, Step
from ..engine._matrix_expr import ArgMax, IdentityMatrix, MatrixSum, Scalar, VectorSamples
from ..rules.start import register_reference
from ..symbols import N, n, sigma2
from ._mvn_confirm import confirm_mvn

NAME = "gaussian-mvn-mle"

#: The dimension of the samples.
d = sp.Symbol("d", integer=True, positive=True)
#: The mean (a ``d x 1`` vector) and the covariance (``d x d``, positive definite).
mu = sp.MatrixSymbol("mu", d, 1)
Sigma = sp.MatrixSymbol("Sigma", d, d)
#: The samples ``x[n]``, ``d x 1`` vectors.
x = VectorSamples("x", d)

LL = r"\mathcal{LL}"
L_SYM = r"\mathcal{L}"
DLL_MU = r"\frac{\partial \mathcal{LL}}{\partial \mu}"
DLL_SIGMA = r"\frac{\partial \mathcal{LL}}{\partial \Sigma}"
THETA = r"\theta_{MLE}"
SEC_GOAL = "The goal: argmax of the likelihood"
SEC_LL = "The log-likelihood"
SEC_MU = "MLE of mu"
SEC_SIGMA = "MLE of Sigma"
SEC_DIAG = "The diagonal case"


def mvn_log_likelihood() -> sp.Expr:
    """log prod_n p(x_n | mu, Sigma), p from ``sympy.stats.MultivariateNormal``."""
    from sympy.stats import MultivariateNormal, density

    point = sp.MatrixSymbol("x", d, 1)
    pdf = density(MultivariateNormal("X", mu, Sigma))(point)
    return sp.log(sp.Product(pdf.xreplace({point: x[n]}), (n, 1, N)))


def isotropic_log_likelihood() -> sp.Expr:
    """The same reference with the premise Sigma = sigma^2 I put in."""
    return mvn_log_likelihood().xreplace({Sigma: sp.MatMul(sigma2, IdentityMatrix(d))})


register_reference(
    "mvn-diagonal-log-likelihood",
    "multivariate Gaussian log-likelihood with a diagonal covariance",
    isotropic_log_likelihood,
    "log of the product over n of sympy.stats' MultivariateNormal(mu, Sigma) density "
    "with Sigma = sigma^2 I put in",
)

register_reference(
    "mvn-log-likelihood",
    "multivariate Gaussian log-likelihood",
    mvn_log_likelihood,
    "log of the product over n of sympy.stats' MultivariateNormal(mu, Sigma) density",
)


def _sum(f: sp.Basic) -> sp.Sum:
    # Under evaluate(False) Sum stores its summand as 1*f; build it evaluated.
    with sp.evaluate(True):
        return sp.Sum(f, (n, 1, N))


# Lines are built with sympy's evaluation on and each scalar node unevaluated on
# purpose: a product of a number and a matrix goes through sympy's own MatMul
# postprocessing either way, exactly as when a rule rebuilds the line.


def Add(*a: sp.Basic) -> sp.Basic:  # noqa: N802 - a written sympy node
    return sp.Add(*a, evaluate=False)


def Mul(*a: sp.Basic) -> sp.Basic:  # noqa: N802
    return sp.Mul(*a, evaluate=False)


def Pow(b: sp.Basic, e: sp.Basic) -> sp.Basic:  # noqa: N802
    return sp.Pow(b, e, evaluate=False)


def log(a: sp.Basic) -> sp.Basic:
    return sp.log(a, evaluate=False)


def exp(a: sp.Basic) -> sp.Basic:
    return sp.exp(a, evaluate=False)


def Eq(a: sp.Basic, b: sp.Basic) -> sp.Basic:  # noqa: N802
    return sp.Eq(a, b, evaluate=False)


def density(u: sp.Basic) -> sp.Basic:
    """The multivariate Gaussian density at ``u`` as written.

    (2 pi)^{-d/2} |Sigma|^{-1/2} e^{-q/2} with q = (u - mu)^T Sigma^{-1} (u - mu).
    """
    return Mul(
        Pow(Mul(2, sp.pi), Mul(sp.Rational(-1, 2), d)),
        Pow(sp.Determinant(Sigma), sp.Rational(-1, 2)),
        exp(Mul(sp.Rational(-1, 2), quadratic(u))),
    )


def centred(u: sp.Basic) -> sp.Basic:
    """u - mu."""
    return sp.MatAdd(u, sp.MatMul(-1, mu))


def quadratic(u: sp.Basic) -> Scalar:
    """(u - mu)^T Sigma^{-1} (u - mu), a number."""
    c = centred(u)
    return Scalar(sp.MatMul(sp.Transpose(c), sp.Inverse(Sigma), c))


def scatter() -> MatrixSum:
    """S = sum_n (x_n - mu)(x_n - mu)^T, the scatter matrix (a sum of outer products)."""
    c = centred(x[n])
    return MatrixSum(sp.MatMul(c, sp.Transpose(c)), (n, 1, N))


def _build_steps() -> list[Step]:
    half = sp.Rational(1, 2)
    c_nd = -N * d / 2  # evaluated: one factor, as a person writes -Nd/2
    c_n = -N / 2
    two_pi = Mul(2, sp.pi)
    det = sp.Determinant(Sigma)
    s_inv = sp.Inverse(Sigma)
    s_inv_t = sp.Inverse(sp.Transpose(Sigma))
    theta = (mu, Sigma)
    steps: list[Step] = []

    def add(expr, rule, relation="=", **kw):
        steps.append(Step(expr, rule, relation, **kw))
        return len(steps) - 1

    q = quadratic(x[n])
    c = centred(x[n])
    p = density(x[n])
    likelihood = sp.Product(p, (n, 1, N))
    f = sp.Function("f", positive=True)
    th = sp.Symbol("theta")

    # ---------------------------------------------------------------- the goal
    sec = SEC_GOAL
    add(
        Eq(ArgMax(log(f(th)), th), ArgMax(f(th), th)),
        "identity",
        "start",
        params={"rule": "argmax-log"},
        rows=("B4.1",),
        section=sec,
        note="log is increasing, so it does not move the argmax of a positive f",
    )
    add(
        ArgMax(likelihood, *theta),
        "definition",
        "start",
        rows=("B1.1", "B2.1", "B2.2"),
        section=sec,
        lhs_latex=THETA,
        note="the i.i.d. premise: the samples are independent and identically distributed, "
        "so the likelihood of the data is the product of the densities",
    )
    add(
        ArgMax(log(likelihood), *theta),
        "argmax-log",
        rows=("B5.1",),
        section=sec,
        post_rule="log is monotonically increasing",
    )
    add(
        ArgMax(_sum(log(p)), *theta),
        "log-of-product",
        rows=("B6.1", "B7.1"),
        section=sec,
        post_rule="sum up the log likelihood for each data point",
    )

    # ------------------------------------------------------------ log-likelihood
    sec = SEC_LL
    add(
        log(likelihood),
        "mvn-log-likelihood",
        "start",
        section=sec,
        lhs_latex=LL,
        note="the multivariate Gaussian density, checked against sympy.stats.MultivariateNormal",
    )
    add(_sum(log(p)), "log-of-product", section=sec)
    add(
        _sum(
            Add(
                log(Pow(two_pi, Mul(-half, d))),
                log(Pow(det, -half)),
                log(exp(Mul(-half, q))),
            )
        ),
        "log-product",
        section=sec,
    )
    add(
        _sum(Add(Mul(Mul(-half, d), log(two_pi)), Mul(-half, log(det)), log(exp(Mul(-half, q))))),
        "log-power",
        section=sec,
    )
    add(
        _sum(Add(Mul(Mul(-half, d), log(two_pi)), Mul(-half, log(det)), Mul(-half, q))),
        "log-of-exp",
        section=sec,
    )
    add(
        Add(Mul(c_nd, log(two_pi)), Mul(c_n, log(det)), _sum(Mul(-half, q))),
        ("sum-split", "sum-of-constant"),
        section=sec,
    )
    ll_mu_expr = Add(Mul(c_nd, log(two_pi)), Mul(c_n, log(det)), Mul(-half, _sum(q)))
    ll_mu = add(ll_mu_expr, "constant-out-of-sum", section=sec)
    add(
        Add(Mul(c_nd, log(two_pi)), Mul(c_n, log(det)), Mul(-half, _sum(sp.Trace(q.matrix)))),
        "trace-of-scalar",
        section=sec,
        note="the trace trick: a number is the trace of itself as a 1 x 1 matrix",
    )
    add(
        Add(
            Mul(c_nd, log(two_pi)),
            Mul(c_n, log(det)),
            Mul(-half, _sum(sp.Trace(sp.MatMul(s_inv, c, sp.Transpose(c))))),
        ),
        "trace-cyclic",
        section=sec,
    )
    tr = sp.Trace(sp.MatMul(s_inv, scatter()))
    ll_sigma_expr = Add(Mul(c_nd, log(two_pi)), Mul(c_n, log(det)), Mul(-half, tr))
    ll_sigma = add(
        ll_sigma_expr,
        "trace-of-sum",
        section=sec,
        note="S = sum_n (x_n - mu)(x_n - mu)^T is the scatter matrix, a sum of outer products",
    )

    # ---------------------------------------------------------------------- mu
    sec = SEC_MU

    def D_mu(e: sp.Basic) -> sp.Basic:  # noqa: N802
        return sp.Derivative(e, mu)

    t1, t2, t3 = ll_mu_expr.args
    dmu = add(
        D_mu(ll_mu_expr),
        "differentiate",
        "start",
        params={"ref": ll_mu, "wrt": mu},
        section=sec,
        lhs_latex=DLL_MU,
    )
    add(Add(D_mu(t1), D_mu(t2), D_mu(t3)), "diff-sum-rule", section=sec)
    add(Add(0, 0, D_mu(t3)), "diff-constant", section=sec)
    add(D_mu(t3), "arithmetic", section=sec)
    add(Mul(-half, D_mu(_sum(q))), "constant-multiple", section=sec)
    add(Mul(-half, _sum(D_mu(q))), "diff-through-sum", section=sec)
    add(
        Mul(-half, _sum(sp.MatMul(-1, sp.MatAdd(s_inv, sp.Transpose(s_inv)), c))),
        "quadratic-form-derivative",
        section=sec,
        note="d/dmu (x - mu)^T A (x - mu) = -(A + A^T)(x - mu)",
    )
    add(
        Mul(-half, _sum(sp.MatMul(-1, sp.MatAdd(s_inv, s_inv), c))),
        "symmetric",
        section=sec,
        note="Sigma is symmetric, and so is its inverse",
    )
    add(_sum(sp.MatMul(s_inv, c)), ("constant-into-sum", "matrix-arithmetic"), section=sec)
    sum_c = MatrixSum(c, (n, 1, N))
    dmu_end = add(sp.MatMul(s_inv, sum_c), "matrix-constant-out-of-sum", section=sec)
    res_mu = add(
        Eq(D_mu(ll_mu_expr), steps[dmu_end].expr),
        "chain-result",
        "start",
        params={"start": dmu, "end": dmu_end},
        section=sec,
        lhs_latex=DLL_MU,
    )
    add(
        Eq(0, steps[dmu_end].expr),
        "set-to-zero",
        "start",
        params={"ref": res_mu, "unknown": mu},
        section=sec,
    )
    add(
        Eq(0, sum_c),
        "matrix-multiply-both-sides",
        "<=>",
        params={"left": Sigma},
        section=sec,
    )
    sum_x = MatrixSum(x[n], (n, 1, N))
    add(
        Eq(0, sp.MatAdd(sum_x, sp.MatMul(-1, MatrixSum(mu, (n, 1, N))))),
        "matrix-sum-split",
        "<=>",
        section=sec,
    )
    add(
        Eq(0, sp.MatAdd(sum_x, sp.MatMul(-N, mu))),
        ("matrix-sum-of-constant", "matrix-arithmetic"),
        "<=>",
        section=sec,
    )
    add(
        Eq(sp.MatMul(N, mu), sum_x),
        "matrix-add-both-sides",
        "<=>",
        params={"term": sp.MatMul(N, mu)},
        section=sec,
    )
    add(
        Eq(mu, sp.MatMul(1 / N, sum_x)),
        "matrix-scale-both-sides",
        "<=>",
        params={"factor": 1 / N},
        section=sec,
    )

    # ------------------------------------------------------------------- Sigma
    sec = SEC_SIGMA

    def D_s(e: sp.Basic) -> sp.Basic:  # noqa: N802
        return sp.Derivative(e, Sigma)

    u1, u2, u3 = ll_sigma_expr.args
    scat = scatter()
    ds = add(
        D_s(ll_sigma_expr),
        "differentiate",
        "start",
        params={"ref": ll_sigma, "wrt": Sigma},
        section=sec,
        lhs_latex=DLL_SIGMA,
        note="entries of Sigma varying independently (the matrix cookbook's convention)",
    )
    add(Add(D_s(u1), D_s(u2), D_s(u3)), "diff-sum-rule", section=sec)
    add(Add(0, D_s(u2), D_s(u3)), "diff-constant", section=sec)
    add(
        Add(Mul(c_n, D_s(log(det))), Mul(-half, D_s(tr))),
        ("arithmetic", "constant-multiple"),
        section=sec,
    )
    add(
        Add(Mul(c_n, s_inv_t), Mul(-half, D_s(tr))),
        "log-det-derivative",
        section=sec,
        note="d/dA log|A| = A^{-T}; sympy's own diff answers 0 here",
    )
    add(
        Add(Mul(c_n, s_inv_t), Mul(-half, sp.MatMul(-1, s_inv_t, sp.Transpose(scat), s_inv_t))),
        "trace-inverse-derivative",
        section=sec,
        note="d/dA tr(A^{-1} B) = -A^{-T} B^T A^{-T}",
    )
    add(
        Add(Mul(c_n, s_inv), Mul(-half, sp.MatMul(-1, s_inv, scat, s_inv))),
        "symmetric",
        section=sec,
        note="Sigma is symmetric, and so is the scatter matrix (a sum of outer products)",
    )
    ds_end = add(
        sp.MatAdd(sp.MatMul(c_n, s_inv), sp.MatMul(half, s_inv, scat, s_inv)),
        "matrix-arithmetic",
        section=sec,
    )
    res_s = add(
        Eq(D_s(ll_sigma_expr), steps[ds_end].expr),
        "chain-result",
        "start",
        params={"start": ds, "end": ds_end},
        section=sec,
        lhs_latex=DLL_SIGMA,
    )
    add(
        Eq(0, steps[ds_end].expr),
        "set-to-zero",
        "start",
        params={"ref": res_s, "unknown": Sigma},
        section=sec,
    )
    add(
        Eq(0, sp.MatAdd(sp.MatMul(c_n, Sigma), sp.MatMul(half, scat))),
        "matrix-multiply-both-sides",
        "<=>",
        params={"left": Sigma, "right": Sigma},
        section=sec,
    )
    add(
        Eq(sp.MatMul(N / 2, Sigma), sp.MatMul(half, scat)),
        "matrix-add-both-sides",
        "<=>",
        params={"term": sp.MatMul(N / 2, Sigma)},
        section=sec,
    )
    add(
        Eq(Sigma, sp.MatMul(1 / N, scat)),
        "matrix-scale-both-sides",
        "<=>",
        params={"factor": 2 / N},
        section=sec,
    )

    # ---------------------------------------------------------- the diagonal case
    sec = SEC_DIAG
    iso = sp.MatMul(sigma2, IdentityMatrix(d))
    iso_inv = sp.MatMul(Pow(sigma2, -1), IdentityMatrix(d))
    q_iso = Scalar(sp.MatMul(sp.Transpose(c), sp.Inverse(iso), c))
    p_iso = Mul(
        Pow(two_pi, Mul(-half, d)),
        Pow(sp.Determinant(iso), -half),
        exp(Mul(-half, q_iso)),
    )
    uu = Scalar(sp.MatMul(sp.Transpose(c), c))
    add(
        log(sp.Product(p_iso, (n, 1, N))),
        "mvn-diagonal-log-likelihood",
        "start",
        rows=("B8.1",),
        section=sec,
        lhs_latex=LL,
        note="the post's premise: a diagonal covariance, here one variance sigma^2 for every "
        "feature (Sigma = sigma^2 I); checked against sympy.stats with it put in",
    )
    add(_sum(log(p_iso)), "log-of-product", section=sec)
    add(
        _sum(
            log(
                Mul(
                    Pow(two_pi, Mul(-half, d)),
                    Pow(Pow(sigma2, d), -half),
                    exp(Mul(-half, Scalar(sp.MatMul(sp.Transpose(c), iso_inv, c)))),
                )
            )
        ),
        ("determinant-of-scaled-identity", "inverse-of-scaled-identity"),
        section=sec,
    )
    p_flat = Mul(
        Pow(two_pi, Mul(-half, d)),
        Pow(Pow(sigma2, d), -half),
        exp(Mul(-half, Mul(Pow(sigma2, -1), uu))),
    )
    add(_sum(log(p_flat)), "matrix-arithmetic", section=sec)
    add(
        _sum(
            Add(
                log(Pow(two_pi, Mul(-half, d))),
                log(Pow(Pow(sigma2, d), -half)),
                log(exp(Mul(-half, Mul(Pow(sigma2, -1), uu)))),
            )
        ),
        "log-product",
        section=sec,
    )
    add(
        _sum(
            Add(
                Mul(Mul(-half, d), log(two_pi)),
                Mul(-half, Mul(d, log(sigma2))),
                Mul(-half, Mul(Pow(sigma2, -1), uu)),
            )
        ),
        ("log-power", "log-power", "log-of-exp"),
        section=sec,
    )
    c_s = -1 / (2 * sigma2)
    add(
        Add(Mul(c_nd, log(two_pi)), Mul(c_nd, log(sigma2)), _sum(Mul(c_s, uu))),
        ("sum-split", "sum-of-constant", "arithmetic"),
        section=sec,
    )
    add(
        Add(Mul(c_nd, log(two_pi)), Mul(c_nd, log(sigma2)), Mul(c_s, _sum(uu))),
        "constant-out-of-sum",
        section=sec,
        note="with d = 1 (one feature at a time) x_n and mu are numbers, (x_n - mu)^T (x_n - mu) "
        "= (x_n - mu)^2, and this is the post's log-likelihood -N/2 log(2 pi sigma^2) - "
        "1/(2 sigma^2) sum_n (x_n - mu)^2 (row B15.3), whose derivation is gaussian-mle",
    )
    return steps


def build() -> Derivation:
    """The multivariate derivation as a :class:`~derivations.Derivation`."""
    steps = _build_steps()
    mu_eq = next(s.expr for s in reversed(steps) if s.section == SEC_MU)
    sigma_eq = next(s.expr for s in reversed(steps) if s.section == SEC_SIGMA)
    ll = next(s.expr for s in steps if s.section == SEC_LL and s.rules == ("trace-of-sum",))
    return Derivation(
        name=NAME,
        title="Maximum likelihood estimation of a multivariate Gaussian's mean and covariance",
        assumptions=(
            Assumption(N, "N, the number of samples, is a positive integer", "N"),
            Assumption(d, "d, the dimension of the samples, is a positive integer", "d"),
            Assumption(
                x.label,
                "the samples x_n are real d x 1 vectors, independent and identically distributed",
                r"\mathbf{x}_{n}",
            ),
            Assumption(mu, "the mean mu is a real d x 1 vector", r"\mu"),
            Assumption(
                Sigma,
                "the covariance Sigma is a symmetric positive definite d x d matrix",
                r"\Sigma",
                domain=r"\Sigma \succ 0",
            ),
            Assumption(
                sigma2,
                "in the diagonal case Sigma = sigma^2 I, the variance sigma^2 is positive",
                r"\sigma^{2}",
                domain=r"\sigma^2 > 0",
            ),
        ),
        steps=steps,
        results={"mu": mu_eq, "Sigma": sigma_eq},
        log_likelihood=ll,
        source="shared/seed/mle-gaussian-post.md",
        confirm=confirm_mvn,
    )


__all__ = ["NAME", "Sigma", "build", "d", "mu", "mvn_log_likelihood", "x"]
