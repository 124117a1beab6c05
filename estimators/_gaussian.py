"""``GaussianMLE``: the ``MLE`` of the ``gaussian-mle`` derivation, with its historical names."""

from __future__ import annotations

import types
from typing import Any

import numpy as np

from ._blocks import check_data, check_weights
from ._mle import MLE
from ._stats import GaussianForms


class GaussianMLE(MLE):
    """Maximum-likelihood mean and variance of each feature, from the derived closed forms.

    ``MLE("gaussian-mle")`` under its own names: the estimates are the ``gaussian-mle``
    derivation's results compiled to numpy (``estimators.compile_sample_expr``), not a
    second implementation: a derivation with a different result gives a different
    estimator. Batches merge by Chan, Golub & LeVeque's formula (``partial_fit``).

    Parameters
    ----------
    chunk_rows : int, optional
        Rows per block (default: about 512 KiB of float64 per block). Peak
        extra memory is a few blocks, whatever the size of ``X``.
    closed_forms : GaussianForms, optional
        The compiled closed forms (default: the bundled derivation's).

    Attributes
    ----------
    mean_ : float or ndarray of shape (n_features,)
        MLE of mu (a float for 1-D ``X``); also ``mu_``.
    var_ : float or ndarray of shape (n_features,)
        MLE of sigma^2, divisor N; exactly 0 for a constant feature; also ``sigma2_``.
    n_samples_ : int
        Rows seen.
    weight_sum_ : float
        Total sample weight (``n_samples_`` without weights); the N of the
        standard errors.
    n_features_in_ : int
    stderr_mean_, stderr_var_ : float or ndarray of shape (n_features,)
        Standard errors from the Fisher information at the estimates:
        ``sqrt(var_ / N)`` and ``var_ * sqrt(2 / N)``.
    params_, stderr_, information_, method_, mergeable_ :
        As for :class:`MLE`.

    Examples
    --------
    >>> import numpy as np
    >>> est = GaussianMLE().fit(np.array([[1.0, 10.0], [3.0, 10.0]]))
    >>> est.mean_.tolist(), est.var_.tolist()
    ([2.0, 10.0], [1.0, 0.0])
    """

    # Fixed settings of the generic estimator (class attributes: __init__ stores only
    # the keyword settings a user passes).
    derivation = "gaussian-mle"
    known = None

    def __init__(self, *, chunk_rows: int | None = None, closed_forms: Any = None) -> None:
        self.chunk_rows = chunk_rows
        self.closed_forms = closed_forms

    def __repr__(self) -> str:
        return f"GaussianMLE(chunk_rows={self.chunk_rows!r})"

    def plan(self) -> Any:
        if self.closed_forms is None:
            return super().plan()
        cached = getattr(self, "_forms_plan", None)
        if cached is None or cached[0] is not self.closed_forms:
            from ._plan import build_plan

            cached = (self.closed_forms, build_plan(_as_derivation(self.closed_forms)))
            self._forms_plan = cached
        return cached[1]

    def fit(self, X: Any, y: Any = None, sample_weight: Any = None) -> GaussianMLE:
        """Estimate mu and sigma^2 of each feature.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features) or (n_samples,)
            Real, finite data with at least 2 rows; float32 is accumulated in
            float64.
        y : ignored
        sample_weight : array-like of shape (n_samples,), optional
            Non-negative weights with a positive sum; integer weights give the
            same estimates as repeated rows.

        Returns
        -------
        self

        Raises
        ------
        ValueError
            Naming the problem: non-numeric, NaN or infinite values, 0-d or
            3-d input, fewer than 2 samples, no features, bad weights.
        """
        arr = check_data(X)
        n_rows, n_features = arr.shape
        if n_rows < 2:
            raise ValueError(f"X has {n_rows} sample(s); a variance needs at least 2.")
        if n_features == 0:
            raise ValueError("X has 0 features.")
        w = check_weights(sample_weight, n_rows)
        if w is not None and float(w.sum()) <= 0:
            raise ValueError("sample_weight sums to 0; there is nothing to estimate from.")
        super().fit(X, sample_weight=sample_weight)
        self._aliases()
        return self

    def partial_fit(self, X: Any, y: Any = None, sample_weight: Any = None) -> GaussianMLE:
        """Update the estimates with one more batch (Chan et al.'s merge of the moments)."""
        super().partial_fit(X, sample_weight=sample_weight)
        self._aliases()
        return self

    def _aliases(self) -> None:
        self.mean_ = self.mu_
        self.var_ = self.sigma2_
        total = self.weight_sum_
        # The derived information's inverse, written out: the same numbers as stderr_,
        # without the squares of var_ that under/overflow for data near 1e-155 or 1e154.
        self.stderr_mean_ = np.sqrt(self.var_ / total)
        self.stderr_var_ = self.var_ * np.sqrt(2.0 / total)

    def log_likelihood(self, X: Any) -> Any:
        """Gaussian log-likelihood of ``X`` under the fitted parameters, per feature.

        Computed from the derivation's log-likelihood expression, compiled.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features) or (n_samples,)

        Returns
        -------
        float or ndarray of shape (n_features,)

        Raises
        ------
        ValueError
            If not fitted, on a feature-count mismatch, on bad values, or if a
            fitted variance is 0 (the likelihood is then unbounded).
        """
        if hasattr(self, "var_"):
            var = np.atleast_1d(self.var_)
            if (var == 0).any():
                raise ValueError(
                    f"Features {np.flatnonzero(var == 0).tolist()} have variance 0; their "
                    "Gaussian log-likelihood is unbounded."
                )
        if self.closed_forms is not None and self.closed_forms.log_likelihood is None:
            raise ValueError("These closed forms carry no log-likelihood expression.")
        return super().log_likelihood(X)


def _as_derivation(forms: GaussianForms) -> Any:
    """The minimal derivation view ``build_plan`` reads, from compiled Gaussian forms."""
    import sympy as sp

    from derivations.symbols import mu, sigma2

    from ._stats import gaussian_forms

    ll = forms.log_likelihood or gaussian_forms().log_likelihood
    return types.SimpleNamespace(
        name="gaussian-mle",
        results={"mu": sp.Eq(mu, forms.mean.expr), "sigma2": sp.Eq(sigma2, forms.var.expr)},
        log_likelihood=ll.expr,
    )


__all__ = ["GaussianMLE"]
