"""Prediction API shared by generative classifiers, on top of one hook.

Subclasses implement ``_joint_log_likelihood(X) -> (n_samples, n_classes)``, the log of
``p(x | class) * p(class)``; everything a user calls at prediction time is derived from it
here, once, in the manner of scikit-learn's naive Bayes base class.
"""

from __future__ import annotations

from abc import abstractmethod
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted, validate_data


def validate(estimator: Any, *args: Any, **kwargs: Any) -> Any:
    """scikit-learn's ``validate_data``, with its complex-data error cut to one sentence.

    (scikit-learn's message prints the whole array after the sentence.)
    """
    try:
        return validate_data(estimator, *args, **kwargs)
    except ValueError as err:
        if str(err).startswith("Complex data not supported"):
            raise ValueError("Complex data not supported: X must hold real numbers.") from None
        raise


def is_dask_collection(obj: object) -> bool:
    """Whether ``obj`` is a dask collection, decided without importing dask."""
    return type(obj).__module__.partition(".")[0] == "dask"


class GenerativeClassifierBase(ClassifierMixin, BaseEstimator):
    """predict, predict_proba, predict_log_proba, decision_function from a joint log-likelihood."""

    @abstractmethod
    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        """Unnormalised log posterior of validated ``X``, shape (n_samples, n_classes)."""

    def _best_classes(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Index of each row's most likely class, and its joint log-likelihood.

        ``predict`` only asks whether the second is finite (a row with zero density under
        every class is an error), so a model may return an approximation of it, or any
        finite stand-in, wherever the exact value is finite (see
        ``FullModel.best_classes``).
        """
        jll = self._joint_log_likelihood(X)
        best = np.argmax(jll, axis=1)
        return best, jll[np.arange(len(best)), best]

    def _map_dask(self, X: Any, method: str) -> Any:
        # A dask array in gives a lazy dask array out, computed block by block.
        from ._dask import map_rows

        return map_rows(self, X, method)

    def _check_X(self, X: object) -> np.ndarray:
        check_is_fitted(self)
        # Non-finite values are found by the scoring kernels (which name the row and
        # column), not by a separate pass over X.
        return validate(
            self, X, reset=False, dtype=(np.float64, np.float32), ensure_all_finite=False
        )

    def predict_joint_log_proba(self, X: object) -> np.ndarray:
        """Joint log-probability ``log p(x, class)`` of each sample and class.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples, n_classes)
            Columns follow ``classes_``.
        """
        if is_dask_collection(X):
            return self._map_dask(X, "predict_joint_log_proba")
        return self._joint_log_likelihood(self._check_X(X))

    def predict(self, X: object) -> np.ndarray:
        """Label of the class most likely to have generated each sample.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples,)
        """
        if is_dask_collection(X):
            return self._map_dask(X, "predict")
        best, top = self._best_classes(self._check_X(X))
        if not np.all(np.isfinite(top)):
            _raise_zero_density(np.flatnonzero(~np.isfinite(top)))
        return self.classes_[best]

    def predict_log_proba(self, X: object) -> np.ndarray:
        """Log posterior probability of each class.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples, n_classes)

        Raises
        ------
        ValueError
            If some sample has zero density under every class in float64 (for instance a
            row so far from all classes that every squared distance overflows): its
            posterior is undefined and is reported rather than returned as NaN.
        """
        if is_dask_collection(X):
            return self._map_dask(X, "predict_log_proba")
        jll = self.predict_joint_log_proba(X)
        top = jll.max(axis=1, keepdims=True)
        lost = ~np.isfinite(top[:, 0])
        if np.any(lost):
            _raise_zero_density(np.flatnonzero(lost))
        shifted = jll - top
        return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))

    def predict_proba(self, X: object) -> np.ndarray:
        """Posterior probability of each class.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples, n_classes)
            Rows sum to 1; columns follow ``classes_``.
        """
        if is_dask_collection(X):
            return self._map_dask(X, "predict_proba")
        return np.exp(self.predict_log_proba(X))

    def decision_function(self, X: object) -> np.ndarray:
        """Log posterior of each class; with two classes, the log-odds of ``classes_[1]``.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features)

        Returns
        -------
        ndarray of shape (n_samples,) for two classes, else (n_samples, n_classes)
        """
        if is_dask_collection(X):
            return self._map_dask(X, "decision_function")
        log_proba = self.predict_log_proba(X)
        if log_proba.shape[1] == 2:
            return log_proba[:, 1] - log_proba[:, 0]
        return log_proba


def _raise_zero_density(rows: np.ndarray) -> None:
    raise ValueError(
        f"Sample(s) {rows[:10].tolist()} have zero density under every class in float64, so "
        "their class is undefined; rescale the data."
    )
