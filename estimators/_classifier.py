"""GaussianClassifier: one maximum-likelihood Gaussian per label, the post's "big picture".

Fitting reduces labelled data to per-class sufficient statistics (weighted count, mean,
centred second moments) with the project's one statistics type, ``SuffStats``, whose
per-class means and variances come from the compiled closed forms of the derivation.
``fit``, ``partial_fit`` and the dask path all build ``SuffStats`` and merge them, so they
agree to rounding. The stored ``vars_`` / ``covariances_`` are the raw MLE; smoothing and
regularisation are applied when predicting (see ``_classifier_predict``).
"""

from __future__ import annotations

from numbers import Real
from typing import Any

import numpy as np
from sklearn.utils.multiclass import check_classification_targets

from ._classifier_base import GenerativeClassifierBase, is_dask_collection, validate
from ._classifier_full import FullModel, rank_deficiency_message, rank_deficient_classes
from ._classifier_predict import DiagModel
from ._labels import class_stats, classes_and_codes, encode_labels
from ._resources import check_memory
from ._stats import SuffStats

_COVARIANCES = ("diag", "full")
_FITTED = (
    "_stats",
    "classes_",
    "class_count_",
    "class_prior_",
    "means_",
    "vars_",
    "covariances_",
    "n_features_in_",
    "feature_names_in_",
)


def check_sample_weight(sample_weight: object, n_samples: int) -> np.ndarray | None:
    """Validate ``sample_weight`` as finite, non-negative floats of shape (n_samples,).

    Returns ``None`` for ``None`` so that unweighted fits take the unweighted path.
    """
    if sample_weight is None:
        return None
    w = np.asarray(sample_weight, dtype=np.float64)
    if w.ndim == 0:
        w = np.full(n_samples, float(w))
    if w.shape != (n_samples,):
        raise ValueError(
            f"sample_weight has shape {w.shape}, but X has {n_samples} samples; "
            f"expected shape ({n_samples},)."
        )
    if not np.all(np.isfinite(w)):
        raise ValueError("sample_weight contains NaN or infinity.")
    if np.any(w < 0):
        raise ValueError(f"sample_weight must be non-negative; its minimum is {w.min()}.")
    if not w.sum() > 0:
        raise ValueError(
            "sample_weight is zero for every sample; at least one needs a positive weight."
        )
    return w


class GaussianClassifier(GenerativeClassifierBase):
    """Classify by the Gaussian most likely to have generated each sample.

    One Gaussian is fitted per class by maximum likelihood (mean, and variance with the
    divisor N, from the derived closed forms); a new sample gets the class with the
    largest ``log p(x | class) + log p(class)``.

    Parameters
    ----------
    covariance : {"diag", "full"}, default="diag"
        ``"diag"``: independent features (Gaussian naive Bayes; the post's assumption).
        ``"full"``: one full covariance matrix per class (quadratic discriminant analysis).
    priors : array-like of shape (n_classes,), default=None
        Class prior probabilities in the order of ``classes_``; by default the weighted
        class frequencies.
    var_smoothing : float, default=1e-9
        ``epsilon = var_smoothing * max_j pooled_var_j`` (the pooled variance of all data
        seen, per feature) is added to every class variance when predicting. With
        ``reg_param=0`` and ``covariance="diag"`` this is GaussianNB's smoothing.
    reg_param : float in [0, 1], default=0.0
        Shrinkage towards the identity, applied when predicting:
        ``(1 - reg_param) * Sigma_k + reg_param * I`` (QDA's ``reg_param``, on the MLE).

    Attributes
    ----------
    classes_ : ndarray of shape (n_classes,)
    class_count_ : ndarray of shape (n_classes,)
        Sum of sample weights per class.
    class_prior_ : ndarray of shape (n_classes,)
    means_ : ndarray of shape (n_classes, n_features)
    vars_ : ndarray of shape (n_classes, n_features)
        Raw MLE variances (``covariance="diag"`` only); no smoothing included.
    covariances_ : ndarray of shape (n_classes, n_features, n_features)
        Raw MLE covariances (``covariance="full"`` only).
    n_features_in_ : int
    feature_names_in_ : ndarray of shape (n_features_in_,)
        Only when ``X`` had string column names.

    Notes
    -----
    A class that has no sample with positive weight (declared to ``partial_fit`` but not
    seen yet, or all of its weights 0) keeps count 0, mean and variance 0, and is never
    predicted. See ``docs/classifier.md`` for the whole degenerate-data policy.

    Above ~64 Ki rows, ``fit`` and the prediction methods split the rows over one thread
    per core (at most the BLAS thread limit: under
    ``threadpoolctl.threadpool_limits(1)`` they run single-threaded).

    Examples
    --------
    >>> import numpy as np
    >>> X = np.array([[-1.0, -1.1], [-1.2, -0.9], [1.0, 1.1], [0.9, 1.2]])
    >>> clf = GaussianClassifier().fit(X, ["yellow", "yellow", "blue", "blue"])
    >>> clf.predict([[-0.8, -1.0], [1.1, 0.8]]).tolist()
    ['yellow', 'blue']
    """

    def __init__(
        self,
        covariance: str = "diag",
        priors: Any = None,
        var_smoothing: float = 1e-9,
        reg_param: float = 0.0,
    ) -> None:
        self.covariance = covariance
        self.priors = priors
        self.var_smoothing = var_smoothing
        self.reg_param = reg_param

    # ------------------------------------------------------------------ fitting

    def fit(self, X: Any, y: Any, sample_weight: Any = None) -> GaussianClassifier:
        """Fit one Gaussian per class.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features), or a dask array
            Dask arrays are reduced chunk by chunk on the active dask scheduler (see
            ``estimators._dask``); ``y`` and ``sample_weight`` may then be dask arrays too.
        y : array-like of shape (n_samples,)
        sample_weight : array-like of shape (n_samples,), default=None
            Non-negative weights; integer weights equal repeating rows.

        Returns
        -------
        self : GaussianClassifier

        Raises
        ------
        ValueError
            On invalid settings, NaN/inf in ``X``, bad weights or priors, or (with
            ``covariance="full"`` and ``reg_param=0``) a rank-deficient class.
        """
        self._check_settings()
        for attr in _FITTED:
            self.__dict__.pop(attr, None)
        if is_dask_collection(X):
            from ._dask import fit_stats

            classes, stats, n_features = fit_stats(
                X, y, sample_weight, full=self._full, classes=None
            )
            self.n_features_in_ = n_features
            self.__dict__.pop("feature_names_in_", None)
        else:
            # NaN and infinity are found (and named by row and column) while the
            # statistics are accumulated, in the threads, rather than by a separate pass.
            X, y = validate(
                self, X, y, dtype=(np.float64, np.float32), reset=True, ensure_all_finite=False
            )
            weights = check_sample_weight(sample_weight, X.shape[0])
            classes, codes = classes_and_codes(y)
            stats = self._stats_of(X, codes, weights, len(classes))
        self.classes_ = classes
        self._stats = stats
        self._publish()
        if self._full and self.reg_param == 0.0:
            # Fail early rather than at the first predict; partial_fit defers this check
            # because later batches may still fill a class in.
            for k, rank in rank_deficient_classes(self.class_count_, self.covariances_):
                message = rank_deficiency_message(
                    self.classes_[k], rank, self.n_features_in_, self.class_count_[k]
                )
                for attr in _FITTED:  # leave no half-fitted model behind
                    self.__dict__.pop(attr, None)
                raise ValueError(message)
        return self

    def partial_fit(
        self, X: Any, y: Any, classes: Any = None, sample_weight: Any = None
    ) -> GaussianClassifier:
        """Update the class statistics with one more batch.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features), or a dask array
        y : array-like of shape (n_samples,)
        classes : array-like of shape (n_classes,), default=None
            Every label that will ever occur; required on the first call, and if given
            later it must equal ``classes_``.
        sample_weight : array-like of shape (n_samples,), default=None

        Returns
        -------
        self : GaussianClassifier
        """
        first = not hasattr(self, "_stats")
        if first:
            self._check_settings()
            if classes is None:
                raise ValueError("classes must be passed on the first call to partial_fit.")
            declared = np.unique(np.asarray(classes))
        else:
            declared = self.classes_
            if classes is not None and not np.array_equal(np.unique(classes), self.classes_):
                raise ValueError(
                    f"classes={np.asarray(classes).tolist()} is not the same as "
                    f"classes_={self.classes_.tolist()} from earlier calls."
                )
            if self._full and self._stats.scatter is None:
                raise ValueError(
                    'covariance was changed to "full" after a diagonal fit; call fit again.'
                )
        if is_dask_collection(X):
            from ._dask import fit_stats

            _, batch, n_features = fit_stats(X, y, sample_weight, full=self._full, classes=declared)
            if not first and n_features != self.n_features_in_:
                raise ValueError(
                    f"X has {n_features} features, but GaussianClassifier is expecting "
                    f"{self.n_features_in_} features as input."
                )
            self.n_features_in_ = n_features
        else:
            X, y = validate(
                self, X, y, dtype=(np.float64, np.float32), reset=first, ensure_all_finite=False
            )
            check_classification_targets(y)
            weights = check_sample_weight(sample_weight, X.shape[0])
            codes = encode_labels(y, declared)
            batch = self._stats_of(X, codes, weights, len(declared))
        self.classes_ = declared
        self._stats = batch if first else self._stats.merge(batch)
        self._publish()
        return self

    def _stats_of(
        self, X: np.ndarray, codes: np.ndarray, weights: np.ndarray | None, n_classes: int
    ) -> SuffStats:
        d = X.shape[1]
        per_class = d * d if self._full else d
        # Per thread: the sums, the merged statistics and their temporaries.
        check_memory(
            8 * 8 * n_classes * per_class,
            f"Fitting {n_classes} classes on {d} features"
            + (' with covariance="full"' if self._full else ""),
        )
        return class_stats(X, codes, weights, n_classes, full=self._full)

    @property
    def _full(self) -> bool:
        return self.covariance == "full"

    def _check_settings(self) -> None:
        if self.covariance not in _COVARIANCES:
            raise ValueError(f'covariance must be "diag" or "full", got {self.covariance!r}.')
        vs, rp = self.var_smoothing, self.reg_param
        if not isinstance(vs, Real) or isinstance(vs, bool) or not (0.0 <= vs < np.inf):
            raise ValueError(f"var_smoothing must be a finite number >= 0, got {vs!r}.")
        if not isinstance(rp, Real) or isinstance(rp, bool) or not (0.0 <= rp <= 1.0):
            raise ValueError(f"reg_param must be a number in [0, 1], got {rp!r}.")

    def _checked_priors(self, n_classes: int, count: np.ndarray) -> np.ndarray:
        if self.priors is None:
            return count / count.sum()
        priors = np.asarray(self.priors, dtype=np.float64)
        if priors.shape != (n_classes,):
            raise ValueError(
                f"Number of priors ({priors.size}) must match number of classes ({n_classes})."
            )
        if not np.all(np.isfinite(priors)) or np.any(priors < 0):
            raise ValueError(f"Priors must be finite and non-negative, got {priors.tolist()}.")
        if not np.isclose(priors.sum(), 1.0):
            raise ValueError(f"The priors must sum to 1; they sum to {priors.sum():.12g}.")
        return priors

    def _publish(self) -> None:
        """Expose the merged statistics as the fitted attributes."""
        stats = self._stats
        count = np.asarray(stats.count, dtype=np.float64)
        if not count.sum() > 0:
            raise ValueError("No sample with positive weight has been seen; nothing to fit.")
        seen = (count > 0)[:, None]
        self.class_count_ = count
        self.class_prior_ = self._checked_priors(len(self.classes_), count)
        # Classes without data carry zeros (not NaN) so that the attributes stay printable
        # and comparable; prediction gives them probability 0 through their count.
        self.means_ = np.where(seen, stats.mean, 0.0)
        if self._full:
            self.means_, self.covariances_ = _full_moments(stats)
            self.__dict__.pop("vars_", None)
        else:
            self.vars_ = _per_seen_class(stats, "var")
            self.__dict__.pop("covariances_", None)

    # --------------------------------------------------------------- predicting

    def _joint_log_likelihood(self, X: np.ndarray) -> np.ndarray:
        return self._model().joint_log_likelihood(X)

    def _best_classes(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # The argmax is taken by each scoring thread over its own rows.
        return self._model().best_classes(X)

    def _model(self) -> DiagModel | FullModel:
        """Smoothed, factored class densities built from the public fitted attributes."""
        self._check_settings()
        if self._full != hasattr(self, "covariances_"):
            fitted = "full" if hasattr(self, "covariances_") else "diag"
            raise ValueError(
                f'covariance is now {self.covariance!r} but the model was fitted with "{fitted}"; '
                "call fit again."
            )
        priors = self._checked_priors(len(self.classes_), self.class_count_)
        vs, rp = float(self.var_smoothing), float(self.reg_param)
        if self._full:
            return FullModel.build(
                count=self.class_count_,
                means=self.means_,
                covariances=self.covariances_,
                priors=priors,
                labels=self.classes_,
                var_smoothing=vs,
                reg_param=rp,
            )
        return DiagModel.build(
            count=self.class_count_,
            means=self.means_,
            variances=self.vars_,
            priors=priors,
            labels=self.classes_,
            var_smoothing=vs,
            reg_param=rp,
        )

    def __sklearn_tags__(self) -> Any:  # noqa: D105
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = False
        return tags


def _full_moments(stats: SuffStats) -> tuple[np.ndarray, np.ndarray]:
    """Per-class means and covariances from the ``gaussian-mvn-mle`` derivation's results.

    ``MvnForms`` evaluates the derived ``Sigma = 1/N sum (x_n - mu)(x_n - mu)^T`` (with
    ``mu`` the derived mean) on the merged count, mean and scatter; classes of zero weight
    get zeros, as the diagonal case.
    """
    from ._mvn_forms import mvn_forms

    forms = mvn_forms()
    seen = stats.count > 0
    means = np.zeros(stats.mean.shape)
    out = np.zeros(stats.scatter.shape)
    if seen.any():
        count, mean = stats.count[seen], stats.mean[seen]
        means[seen] = forms.means(count, mean)
        out[seen] = forms.covariances(count, mean, stats.scatter[seen], means[seen])
    return means, out


def _per_seen_class(stats: SuffStats, moment: str) -> np.ndarray:
    """``stats.var`` or ``stats.covariance``, with zeros for classes of zero weight.

    SuffStats refuses to divide an empty group's m2 by its zero count (it would be a
    silent NaN), so the MLE is taken over the non-empty groups only and placed back.
    """
    seen = stats.count > 0
    if seen.all():
        return getattr(stats, moment)
    scatter = None if stats.scatter is None else stats.scatter[seen]
    sub = SuffStats(stats.count[seen], stats.mean[seen], stats.m2[seen], scatter)
    value = getattr(sub, moment)
    out = np.zeros((len(seen),) + value.shape[1:])
    out[seen] = value
    return out
