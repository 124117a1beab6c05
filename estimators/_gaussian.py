"""``GaussianMLE``: per-feature Gaussian maximum-likelihood estimates from the derivation."""

from __future__ import annotations

from typing import Any

import numpy as np

from ._blocks import check_data, check_weights
from ._stats import GaussianForms, SuffStats, raise_non_finite
from ._stats import gaussian_forms as _default_forms


class GaussianMLE:
    """Maximum-likelihood mean and variance of each feature, from the derived closed forms.

    The estimates are the ``gaussian-mle`` derivation's results compiled to
    numpy (``estimators.compile_sample_expr``), not a second implementation:
    a derivation with a different result gives a different estimator.

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
        MLE of mu (a float for 1-D ``X``).
    var_ : float or ndarray of shape (n_features,)
        MLE of sigma^2, divisor N; exactly 0 for a constant feature.
    n_samples_ : int
        Rows seen.
    weight_sum_ : float
        Total sample weight (``n_samples_`` without weights); the N of the
        standard errors.
    n_features_in_ : int
    stderr_mean_, stderr_var_ : float or ndarray of shape (n_features,)
        Standard errors from the Fisher information at the estimates:
        ``sqrt(var_ / N)`` and ``var_ * sqrt(2 / N)``.

    Examples
    --------
    >>> import numpy as np
    >>> est = GaussianMLE().fit(np.array([[1.0, 10.0], [3.0, 10.0]]))
    >>> est.mean_.tolist(), est.var_.tolist()
    ([2.0, 10.0], [1.0, 0.0])
    """

    def __init__(self, *, chunk_rows: int | None = None, closed_forms: Any = None) -> None:
        self.chunk_rows = chunk_rows
        self.closed_forms = closed_forms

    def __repr__(self) -> str:
        return f"GaussianMLE(chunk_rows={self.chunk_rows!r})"

    def _forms(self) -> GaussianForms:
        return _default_forms() if self.closed_forms is None else self.closed_forms

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
        total = float(n_rows) if w is None else float(w.sum())
        if total <= 0:
            raise ValueError("sample_weight sums to 0; there is nothing to estimate from.")
        forms = self._forms()
        if forms.mergeable:
            stats = SuffStats.from_data(arr, weights=w, chunk_rows=self.chunk_rows, forms=forms)
            mean, var = stats.mean[0], stats.var[0]
        else:
            # A closed form other than the weighted mean / mean square (a divisor
            # N - 1, say) cannot be merged blockwise: evaluate it as written.
            mean = forms.mean(arr, weights=w, chunk_rows=self.chunk_rows)
            var = forms.var(arr, weights=w, chunk_rows=self.chunk_rows, mu=mean)
            if not (np.isfinite(mean).all() and np.isfinite(var).all()):
                raise_non_finite(arr, 0)
        one_d = np.ndim(X) == 1
        self.mean_ = float(mean[0]) if one_d else mean
        self.var_ = float(var[0]) if one_d else var
        self.n_samples_ = n_rows
        self.weight_sum_ = total
        self.n_features_in_ = n_features
        self.stderr_mean_ = np.sqrt(self.var_ / total)
        self.stderr_var_ = self.var_ * np.sqrt(2.0 / total)
        return self

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
        if not hasattr(self, "mean_"):
            raise ValueError("This GaussianMLE is not fitted yet; call fit(X) first.")
        arr = check_data(X)
        if arr.shape[1] != self.n_features_in_:
            raise ValueError(
                f"X has {arr.shape[1]} features; this estimator was fitted on "
                f"{self.n_features_in_}."
            )
        var = np.atleast_1d(self.var_)
        if (var == 0).any():
            raise ValueError(
                f"Features {np.flatnonzero(var == 0).tolist()} have variance 0; their "
                "Gaussian log-likelihood is unbounded."
            )
        forms = self._forms()
        if forms.log_likelihood is None:
            raise ValueError("These closed forms carry no log-likelihood expression.")
        ll = forms.log_likelihood(
            arr, chunk_rows=self.chunk_rows, mu=np.atleast_1d(self.mean_), sigma2=var
        )
        if not np.isfinite(ll).all():
            raise_non_finite(arr, 0)
        return float(ll[0]) if np.ndim(X) == 1 else ll


__all__ = ["GaussianMLE"]
