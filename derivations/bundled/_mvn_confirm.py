"""Independent confirmation of the multivariate Gaussian derivation's results.

The derivation ends with ``mu = (1/N) sum_n x_n`` and
``Sigma = (1/N) sum_n (x_n - mu)(x_n - mu)^T``. Here they are checked without
its steps, from the log-likelihood alone, with the engine's own matrix
calculus (:mod:`derivations.engine._matrix_normal`, never sympy's ``diff``,
which gets ``d log|Sigma| / dSigma`` wrong) and its matrix normal form:

1. **stationary**: ``dLL/dmu = 0`` at ``mu_hat``; ``Sigma dLL/dSigma Sigma = 0`` at
   ``(mu_hat, Sigma_hat)`` (``Sigma_hat`` is invertible, so ``dLL/dSigma = 0``);
2. **the only stationary point**: ``dLL/dmu = Sigma^{-1}(sum_n x_n - N mu)`` is
   affine in ``mu`` with an invertible coefficient, and
   ``Sigma dLL/dSigma Sigma = (S - N Sigma)/2`` vanishes only at ``Sigma = S/N``;
3. **the maximum**: ``LL(mu, Sigma) = LL(mu_hat, Sigma) - N/2 (mu - mu_hat)^T
   Sigma^{-1} (mu - mu_hat)`` (completing the square: no ``mu`` does better), and
   in ``Lambda = Sigma^{-1}`` the log-likelihood is ``c + N/2 log|Lambda| - 1/2
   tr(Lambda S)``, whose second derivative in any direction ``H`` is
   ``-N/2 tr(Lambda^{-1} H Lambda^{-1} H) < 0``: strictly concave, so its one
   stationary point is its maximum;
4. **numerically**, on random data: the gradient vanishes at the estimates and
   every other (mu, Sigma) tried has a lower log-likelihood; the Hessian in mu
   and the second differences in Lambda are negative.
"""

from __future__ import annotations

from typing import Any

import mpmath
import numpy as np
import sympy as sp

from .._errors import MalformedDerivation
from .._report import Confirmation
from ..engine._domains import Domains
from ..engine._evaluate import evaluate
from ..engine._matrix_eval import Mat
from ..engine._matrix_expr import MatrixSum, Scalar, VectorSample
from ..engine._matrix_normal import gradient, matrix_normal, simplify_matrix
from ..engine._normal import is_zero


def _fresh_index(e: sp.Basic, name: str = "m") -> sp.Basic:
    """``e`` with the index of each of its sums renamed (to substitute it inside another sum)."""
    m = sp.Symbol(name, integer=True, positive=True)
    return e.replace(
        lambda a: isinstance(a, MatrixSum),
        lambda a: MatrixSum(a.function.xreplace({a.limits[0][0]: m}), (m, *a.limits[0][1:])),
    )


def _zero(e: sp.Basic, domains: Domains) -> tuple[bool, str]:
    _, value, _ = matrix_normal(e, domains)
    ok = is_zero(value) is True
    return ok, "residual 0" if ok else f"residual {value}"


def _equal(a: sp.Basic, b: sp.Basic, domains: Domains) -> bool:
    sa, va, _ = matrix_normal(a, domains)
    sb, vb, _ = matrix_normal(b, domains)
    return (sa is None) == (sb is None) and is_zero(sp.expand(va - vb)) is True


def confirm_mvn(d: Any) -> list[Confirmation]:
    """Confirm the mu and Sigma results of ``d`` against its log-likelihood."""
    if d.log_likelihood is None or not {"mu", "Sigma"} <= set(d.results):
        raise MalformedDerivation(
            f"Derivation {d.name!r} has no log-likelihood and mu/Sigma results to confirm."
        )
    # The names come from the derivation itself: its results say mu = ..., Sigma = ...,
    # and its log-likelihood sums over the samples x_n.
    mu, Sigma = d.results["mu"].lhs, d.results["Sigma"].lhs
    xn = next(iter(d.log_likelihood.atoms(VectorSample)))
    n = xn.index
    N = next(s for s in d.log_likelihood.atoms(MatrixSum)).limits[0][2]
    domains = Domains.of(d)
    ll = d.log_likelihood
    mu_hat = _fresh_index(d.results["mu"].rhs)
    sigma_of_mu = d.results["Sigma"].rhs  # in terms of mu
    scatter = sigma_of_mu.args[-1]  # S(mu) = sum_n (x_n - mu)(x_n - mu)^T
    out = []
    with sp.evaluate(True):
        g_mu = gradient(ll, mu, domains)
        g_sigma = gradient(ll, Sigma, domains)
        sandwich = simplify_matrix(sp.MatMul(Sigma, g_sigma, Sigma), domains)

        # 1. stationary
        ok, detail = _zero(g_mu.xreplace({mu: mu_hat}), domains)
        out.append(Confirmation("dLL/dmu = 0 at the estimate", ok, detail))
        at = sandwich.xreplace({mu: mu_hat}).xreplace({Sigma: _fresh_index(sigma_of_mu, "k")})
        at = at.xreplace({mu: mu_hat})
        ok, detail = _zero(at, domains)
        out.append(
            Confirmation(
                "Sigma dLL/dSigma Sigma = 0 at the estimate (Sigma invertible: dLL/dSigma = 0)",
                ok,
                detail,
            )
        )

        # 2. the only stationary point
        sum_x = MatrixSum(xn, (n, 1, N))
        affine = sp.MatMul(sp.Inverse(Sigma), sp.MatAdd(sum_x, sp.MatMul(-N, mu)))
        half_gap = sp.MatMul(sp.Rational(1, 2), sp.MatAdd(scatter, sp.MatMul(-N, Sigma)))
        unique = _equal(g_mu, affine, domains) and _equal(sandwich, half_gap, domains)
        out.append(
            Confirmation(
                "the only stationary point",
                unique,
                "dLL/dmu = Sigma^-1 (sum_n x_n - N mu) (one root, mu_hat); "
                "Sigma dLL/dSigma Sigma = (S - N Sigma)/2 (one root, S/N)",
            )
        )

        # 3. the maximum: completing the square in mu, concavity in Lambda = Sigma^-1
        gap = sp.MatAdd(mu, sp.MatMul(-1, mu_hat))
        square = sp.Add(
            ll.xreplace({mu: mu_hat}),
            sp.Mul(
                -N / 2,
                Scalar(sp.MatMul(sp.Transpose(gap), sp.Inverse(Sigma), gap)),
                evaluate=False,
            ),
            evaluate=False,
        )
        completes = _equal(ll, square, domains)
        concave = _concave_in_precision(domains)
        out.append(
            Confirmation(
                "a maximum: LL = LL(mu_hat) - N/2 (mu - mu_hat)^T Sigma^-1 (mu - mu_hat), "
                "and LL is strictly concave in Lambda = Sigma^-1",
                completes and concave,
                f"completing the square: {'holds' if completes else 'fails'}; d^2/dt^2 "
                f"log|Lambda + tH| = -tr(Lambda^-1 H Lambda^-1 H): "
                f"{'holds' if concave else 'fails'}",
            )
        )
    out.append(_numeric_confirmation(ll, d.results, mu, Sigma, N))
    return out


def _concave_in_precision(domains: Domains) -> bool:
    """The second derivative of log|Lambda| in a direction H is -tr(Lambda^-1 H Lambda^-1 H).

    Both derivatives are taken by the engine's rules; for a positive definite
    Lambda and a symmetric H != 0 (a direction in which Lambda stays symmetric) the
    right side is -||Lambda^-1/2 H Lambda^-1/2||^2 < 0.
    """
    d = sp.Symbol("d", integer=True, positive=True)
    lam = sp.MatrixSymbol("Lambda", d, d)
    h = sp.MatrixSymbol("H", d, d)
    spd = Domains(
        {
            **domains.declared,
            lam: _domain(r"\Lambda \succ 0", "Lambda"),
            h: _domain("H symmetric", "H"),  # a direction that keeps Lambda symmetric
        }
    )
    first = sp.Trace(sp.MatMul(sp.Transpose(gradient(sp.log(sp.Determinant(lam)), lam, spd)), h))
    second = sp.Trace(sp.MatMul(sp.Transpose(gradient(first, lam, spd)), h))
    inv = sp.Inverse(lam)
    expected = sp.Mul(-1, sp.Trace(sp.MatMul(inv, h, inv, h)))
    return _equal(second, expected, spd)


def _domain(statement: str, name: str) -> Any:
    from ..assumptions import parse

    (dom,) = parse(statement, f"the confirmation's {name}")
    return dom


# --------------------------------------------------------------------------- numerically


class _Data:
    """An evaluation environment: sizes, matrices, and fixed sample vectors."""

    def __init__(self, values: dict, matrices: dict, samples: list[Mat]) -> None:
        self.values, self.matrices, self.samples = values, matrices, samples

    def __getitem__(self, key: sp.Basic) -> Any:
        return self.values[key]

    def __contains__(self, key: object) -> bool:
        return key in self.values

    def matrix(self, name: str) -> Mat:
        return self.matrices[name]

    def vector(self, label: sp.Symbol, index: int, rows: int) -> Mat:
        return self.samples[index - 1]

    def sample(self, base: Any, index: int) -> Any:  # no scalar samples here
        raise KeyError(index)

    def at(self, **matrices: Mat) -> _Data:
        return _Data(self.values, {**self.matrices, **matrices}, self.samples)


def _mat(a: np.ndarray) -> Mat:
    return Mat([[mpmath.mpf(float(v)) for v in row] for row in np.atleast_2d(a)])


def _numeric_confirmation(
    ll: sp.Basic, results: Any, mu: Any, Sigma: Any, N: sp.Symbol, size: int = 12, dim: int = 3
) -> Confirmation:
    d = Sigma.shape[0]
    rng = np.random.default_rng(0)
    a = rng.normal(size=(dim, dim))
    data = rng.multivariate_normal([1.0, -2.0, 0.5], a @ a.T + np.eye(dim), size=size)
    samples = [_mat(row.reshape(dim, 1)) for row in data]
    base = _Data({N: sp.Integer(size), d: sp.Integer(dim)}, {}, samples)
    dps = 30
    with mpmath.workdps(dps):
        mu_hat = evaluate(results["mu"].rhs, base, dps)
        sigma_hat = evaluate(results["Sigma"].rhs, base.at(mu=mu_hat), dps)
        best = base.at(mu=mu_hat, Sigma=sigma_hat)
        top = evaluate(ll, best, dps)
        g_mu = evaluate(sp.Derivative(ll, mu), best, dps)
        g_sigma = evaluate(sp.Derivative(ll, Sigma), best, dps)
        grad = max(abs(g_mu), abs(g_sigma))
        # Other parameters: near the estimate and far from it, Sigma kept positive definite.
        lower = True
        for j in range(20):
            scale = 10.0 ** rng.uniform(-3, 0)
            dm = rng.normal(size=(dim, 1)) * scale
            b = rng.normal(size=(dim, dim)) * scale
            s_hat = np.array([[float(v) for v in r] for r in sigma_hat.data])
            s_try = (
                s_hat + (b + b.T) / 2
                if j % 2
                else s_hat @ _expm_sym(b) @ s_hat / np.trace(s_hat) * dim
            )
            if np.min(np.linalg.eigvalsh((s_try + s_try.T) / 2)) <= 0:
                continue
            m_try = np.array([[float(v)] for v in mu_hat.entries()]) + dm
            value = evaluate(ll, base.at(mu=_mat(m_try), Sigma=_mat(s_try)), dps)
            lower = lower and value < top
        # Hessian in mu: -N Sigma_hat^-1; second differences in Lambda = Sigma^-1.
        s_hat = np.array([[float(v) for v in r] for r in sigma_hat.data])
        hess_mu = -size * np.linalg.inv(s_hat)
        curv = []
        lam = np.linalg.inv(s_hat)
        for _ in range(5):
            h = rng.normal(size=(dim, dim))
            h = (h + h.T) / 2 * 1e-3
            f = [
                evaluate(ll, best.at(Sigma=_mat(np.linalg.inv(lam + t * h))), dps)
                for t in (-1, 0, 1)
            ]
            curv.append(float(f[0] - 2 * f[1] + f[2]))
    eig = np.linalg.eigvalsh(hess_mu)
    ok = float(grad) < 1e-20 and lower and bool(np.all(eig < 0)) and all(c < 0 for c in curv)
    return Confirmation(
        f"numerically on {size} random samples in dimension {dim}",
        ok,
        f"|gradient| = {float(grad):.1e} at the estimates; 20 other (mu, Sigma) lower: {lower}; "
        f"Hessian in mu eigenvalues {np.round(eig, 4).tolist()}; second differences in "
        f"Lambda {[f'{c:.2e}' for c in curv]}",
    )


def _expm_sym(b: np.ndarray) -> np.ndarray:
    """exp of the symmetric part of ``b`` (a positive definite factor)."""
    w, v = np.linalg.eigh((b + b.T) / 2)
    return v @ np.diag(np.exp(w)) @ v.T


__all__ = ["confirm_mvn"]
