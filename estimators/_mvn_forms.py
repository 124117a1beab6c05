"""The full-covariance estimator read from the ``gaussian-mvn-mle`` derivation's results.

The derivation ends with matrix-sum closed forms::

    mu    = 1/N * MatrixSum(x[n], (n, 1, N))
    Sigma = 1/N * MatrixSum((x[n] - mu) (x[n] - mu)^T, (n, 1, N))

This module reads their structure - a scalar factor in ``N`` times a sum of ``x[n]``, and
a scalar factor times a sum of outer products of two affine forms ``x[n] + a mu`` and
``x[n] + b mu`` - and evaluates them on merged per-class statistics (count ``N``, mean
``m``, centred scatter ``C = sum (x_n - m)(x_n - m)^T``) without a second pass:

    sum_n x_n = N m
    sum_n (x_n + a mu)(x_n + b mu)^T = C + N (m + a mu)(m + b mu)^T

(the cross terms vanish because ``sum (x_n - m) = 0``). For the derived forms
``a = b = -1`` and ``mu = m``, so the second term is exactly 0 and ``Sigma = C / N``. A
result of another shape (a divisor ``N - 1``, a different summand) gives a different
estimator, or is refused with a message naming what could not be read.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

import numpy as np

from ._compile import CompiledExpr, compile_sample_expr


@dataclasses.dataclass(frozen=True, eq=False)
class MvnForms:
    """Compiled full-covariance closed forms.

    Attributes
    ----------
    mean_factor, cov_factor : CompiledExpr
        The scalar factors (functions of ``N``) in front of each matrix sum.
    shift_u, shift_v : float
        The coefficients ``a``, ``b`` of ``mu`` in the outer product's two factors.
    """

    mean_factor: CompiledExpr
    cov_factor: CompiledExpr
    shift_u: float
    shift_v: float

    @classmethod
    def from_results(cls, results: Any) -> MvnForms:
        """Read ``{"mu": Eq(mu, ...), "Sigma": Eq(Sigma, ...)}`` (see the module docstring).

        Raises
        ------
        ValueError
            Naming the part of a result that is not of the supported shape.
        """
        import sympy as sp

        from derivations.engine._matrix_expr import MatrixSum

        for key in ("mu", "Sigma"):
            if key not in results:
                raise ValueError(f"The derivation's results lack {key!r}; got {sorted(results)}.")
        mu_sym = results["mu"].lhs

        def split(e: Any, key: str) -> tuple[Any, Any]:
            args = e.args if isinstance(e, sp.MatMul) else (e,)
            sums = [a for a in args if isinstance(a, MatrixSum)]
            scalars = [a for a in args if not isinstance(a, MatrixSum)]
            if len(sums) != 1 or any(getattr(a, "is_Matrix", False) for a in scalars):
                raise ValueError(f"Result {key!r} is not a scalar times one matrix sum: {e}.")
            (n, lo, hi) = sums[0].args[1]
            if lo != 1:
                raise ValueError(f"Result {key!r} sums from {lo}, not from 1.")
            factor = sp.Mul(*scalars)
            return factor, sums[0].args[0]

        def affine(e: Any, key: str) -> float:
            """The coefficient a of e = x[n] + a mu (x[n] with coefficient exactly 1)."""
            terms = e.args if isinstance(e, sp.MatAdd) else (e,)
            a, seen_x = 0.0, False
            for t in terms:
                if t == mu_sym:
                    a += 1.0
                elif isinstance(t, sp.MatMul) and t.args[-1] == mu_sym and len(t.args) == 2:
                    a += float(t.args[0])
                elif getattr(t, "is_Matrix", False) and not t.free_symbols & {mu_sym}:
                    if seen_x:
                        raise ValueError(f"Result {key!r}: {e} holds the sample twice.")
                    seen_x = True
                else:
                    raise ValueError(f"Result {key!r}: cannot read {t} in {e} as x_n + a mu.")
            if not seen_x:
                raise ValueError(f"Result {key!r}: {e} does not hold the sample x_n.")
            return a

        f_mu, summand_mu = split(results["mu"].rhs, "mu")
        if isinstance(summand_mu, sp.MatAdd) or summand_mu.free_symbols & {mu_sym}:
            raise ValueError(f"Result 'mu' sums {summand_mu}, not the samples x_n.")
        f_cov, summand = split(results["Sigma"].rhs, "Sigma")
        if not (isinstance(summand, sp.MatMul) and len(summand.args) == 2):
            raise ValueError(f"Result 'Sigma' sums {summand}, not an outer product u v^T.")
        u, vt = summand.args
        if not isinstance(vt, sp.Transpose):
            raise ValueError(f"Result 'Sigma' sums {summand}, not an outer product u v^T.")
        return cls(
            compile_sample_expr(f_mu),
            compile_sample_expr(f_cov),
            affine(u, "Sigma"),
            affine(vt.arg, "Sigma"),
        )

    def means(self, count: np.ndarray, mean: np.ndarray) -> np.ndarray:
        """``factor(N) * sum_n x_n`` per class: (K,) counts, (K, d) means."""
        f = self._factor(self.mean_factor, count)
        return f[:, None] * (count[:, None] * mean)

    def covariances(
        self, count: np.ndarray, mean: np.ndarray, scatter: np.ndarray, mu: np.ndarray
    ) -> np.ndarray:
        """``factor(N) * (C + N (m + a mu)(m + b mu)^T)`` per class."""
        f = self._factor(self.cov_factor, count)
        u = mean + self.shift_u * mu
        v = mean + self.shift_v * mu
        outer = count[:, None, None] * u[:, :, None] * v[:, None, :]
        return f[:, None, None] * (scatter + outer)

    @staticmethod
    def _factor(compiled: CompiledExpr, count: np.ndarray) -> np.ndarray:
        value = compiled.combine([], count.astype(np.float64), {})
        return np.broadcast_to(np.asarray(value, dtype=np.float64), count.shape)


@functools.cache
def mvn_forms() -> MvnForms:
    """The bundled ``gaussian-mvn-mle`` derivation's results, read once."""
    import derivations

    return MvnForms.from_results(derivations.load("gaussian-mvn-mle").results)


__all__ = ["MvnForms", "mvn_forms"]
