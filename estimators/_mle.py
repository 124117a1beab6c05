"""``MLE``: the maximum-likelihood estimator compiled from any derivation's results."""

from __future__ import annotations

import functools
from typing import Any

import numpy as np

from ._blocks import check_data, check_weights
from ._plan import Plan, build_plan
from ._support import check_support

_METHODS = {
    "sums": "closed form over mergeable sufficient sums",
    "moments": "closed form over (count, mean, centred sum of squares), merged by Chan et al.",
    "sequential": "closed forms evaluated on the data in dependency order (not mergeable)",
}


@functools.lru_cache(maxsize=32)
def _bundled_plan(name: str, known: tuple[str, ...]) -> Plan:
    import derivations

    return build_plan(derivations.load(name), known)


class MLE:
    """Maximum-likelihood estimates compiled from a derivation's results.

    The closed forms, the log-likelihood and the observed information are the
    derivation's own expressions, compiled to vectorised numpy
    (``compile_sample_expr``): a derivation with a different result gives a different
    estimator. Parameters for which the derivation states no closed form (the gamma's
    shape) are found by solving its score equations numerically - ``method_`` and
    ``numeric_params_`` say so - by a damped Newton iteration on the profile
    log-likelihood (see ``estimators._solve``).

    Parameters
    ----------
    derivation : str or Derivation
        A bundled name (``"poisson"`` or ``"poisson-mle"``; see ``derivations list``),
        a path to a ``.py`` file defining one, or a :class:`~derivations.Derivation`.
        Its ``results`` map parameter names to ``Eq(parameter, closed form)`` and may
        hold ``information_<parameter>`` (observed information at the estimate); its
        ``log_likelihood`` is required.
    known : dict of str to float or array-like of shape (n_features,), optional
        Values of symbols that are given, not estimated (the binomial's number of
        trials ``m``, the gamma's known shape).
    chunk_rows : int, optional
        Rows per block of the one pass over the data.

    Attributes
    ----------
    <parameter>_ : float or ndarray of shape (n_features,)
        One attribute per estimated parameter, named after its symbol (``lambda_``,
        ``p_``, ``mu_``, ``sigma2_``); a float for 1-D ``X``.
    params_ : dict of str to ndarray
        The same, by name.
    stderr_ : dict of str to ndarray
        Standard errors: square roots of the diagonal of the inverse observed
        information at the estimates. The diagonal entry of a parameter whose derivation
        states ``information_<parameter>`` is that derived expression; off-diagonal
        entries are sympy's ``-d^2 LL`` of the derivation's log-likelihood.
    information_ : ndarray of shape (n_features, n_params, n_params)
    method_ : str
        How the estimates were computed (closed form over which statistics, or numeric).
    numeric_params_ : tuple of str
        Parameters found by solving the score equations numerically (no closed form).
    converged_ : ndarray of bool of shape (n_features,)
        For numeric parameters: whether the iteration converged (else all True).
    mergeable_ : bool
        Whether ``partial_fit`` is supported (statistics that add up across batches).
    n_samples_ : int
    weight_sum_ : float
    n_features_in_ : int

    Examples
    --------
    >>> import numpy as np
    >>> est = MLE("poisson").fit(np.array([[0, 2], [1, 4], [2, 6]]))
    >>> est.lambda_.tolist()
    [1.0, 4.0]
    """

    def __init__(
        self, derivation: Any = "gaussian-mle", *, known: Any = None, chunk_rows: int | None = None
    ) -> None:
        self.derivation = derivation
        self.known = known
        self.chunk_rows = chunk_rows

    def __repr__(self) -> str:
        name = self.derivation if isinstance(self.derivation, str) else self.derivation.name
        extra = "" if not self.known else f", known={self.known!r}"
        return f"MLE({name!r}{extra})"

    # ---------------------------------------------------------------- plan

    def _known_names(self) -> tuple[str, ...]:
        if self.known is None:
            return ()
        if not isinstance(self.known, dict):
            raise TypeError(f"known must be a dict of names to values, got {self.known!r}.")
        return tuple(sorted(self.known))

    def plan(self) -> Plan:
        """The compiled plan of the derivation (built once per derivation and ``known``)."""
        from ._families import bundled_name

        key = self._known_names()
        if isinstance(self.derivation, str):
            return _bundled_plan(bundled_name(self.derivation), key)
        cached = getattr(self, "_plan_cache", None)
        if cached is None or cached[0] is not self.derivation or cached[1] != key:
            cached = (self.derivation, key, build_plan(self.derivation, key))
            self._plan_cache = cached
        return cached[2]

    def _known_values(self, plan: Plan, d: int) -> dict[str, np.ndarray]:
        missing = [k for k in plan.known_names if not self.known or k not in self.known]
        if missing:
            raise ValueError(
                f"The {plan.family.title} estimator needs the known value of {missing}; "
                f"pass known={{{missing[0]!r}: ...}}."
            )
        out = {}
        for name in plan.known_names:
            v = np.asarray(self.known[name], dtype=np.float64)
            if v.shape not in ((), (d,)) or not np.isfinite(v).all():
                raise ValueError(
                    f"known[{name!r}] must be a finite number or {d} finite numbers, got {v!r}."
                )
            out[name] = np.broadcast_to(v, (d,))
        return out

    def _checked(
        self, X: Any, plan: Plan, *, fitting: bool = False
    ) -> tuple[np.ndarray, dict[str, np.ndarray]]:
        arr = check_data(X)
        if arr.shape[1] == 0:
            raise ValueError("X has 0 features.")
        known = self._known_values(plan, arr.shape[1])
        if not (fitting and plan.kind == "moments" and plan.family.support.name == "real"):
            # Fitting the moments of real data, the statistics' own pass names the first
            # NaN or infinity (SuffStats.from_data): a separate check would read X twice.
            check_support(arr, plan.family.support, plan.family.title, known)
        return arr, known

    # ---------------------------------------------------------------- fitting

    def fit(self, X: Any, y: Any = None, sample_weight: Any = None) -> MLE:
        """Estimate every parameter of every feature.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features) or (n_samples,)
            Samples in the distribution's support (counts for Poisson, 0/1 for
            Bernoulli, positive values for exponential ...); float32 is accumulated in
            float64.
        y : array-like of shape (n_samples,) or (n_samples, n_features), optional
            Ignored, except for a derivation with a second sample base (the responses
            ``y_n`` of ``ols-regression``): then required, real and finite; column ``j``
            of ``X`` is regressed on column ``j`` of ``y`` (a 1-D ``y`` is the response
            of every column).
        sample_weight : array-like of shape (n_samples,), optional
            Non-negative weights; integer weights equal repeated rows.

        Returns
        -------
        self

        Raises
        ------
        ValueError
            Naming the column and the first value outside the support, NaN or infinity;
            on bad weights, a weight sum of 0, or a missing known value.
        """
        for attr in ("_state", "n_samples_"):
            self.__dict__.pop(attr, None)
        return self._update(X, sample_weight, y)

    def partial_fit(self, X: Any, y: Any = None, sample_weight: Any = None) -> MLE:
        """Update the estimates with one more batch (same as one ``fit`` on all batches).

        Supported when the derivation's forms reduce to statistics that add up across
        batches (``mergeable_``): the sums of the ``"sums"`` plans (Poisson, exponential,
        Bernoulli, gamma ...) and the Gaussian moments. Not for forms with a parameter
        inside a sum that no expansion removes (the Laplace scale, ``|x_n - mu|``).

        Raises
        ------
        NotImplementedError
            If the plan is not mergeable.
        ValueError
            As ``fit``, or if the batch's feature count differs from the first batch's.
        """
        plan = self.plan()
        if plan.kind == "sequential":
            raise NotImplementedError(
                f"partial_fit is not available for {plan.name!r}: its closed forms keep a "
                "parameter inside a sample sum, so batches cannot be merged; call fit on all data."
            )
        return self._update(X, sample_weight, y)

    def _samples(self, plan: Plan, arr: np.ndarray, y: Any) -> dict[str, np.ndarray] | None:
        """``{"y": Y}`` of X's shape for a plan with a second sample base; else None."""
        if not plan.samples:
            return None
        (name,) = plan.samples  # one extra base: the regression's responses
        if y is None:
            raise ValueError(
                f"The {plan.family.title} estimator needs the responses: call fit(X, y)."
            )
        Y = check_data(y, name="y")
        if Y.shape[0] != arr.shape[0]:
            raise ValueError(f"y has {Y.shape[0]} rows; X has {arr.shape[0]}.")
        if Y.shape[1] == 1 and arr.shape[1] > 1:
            Y = np.repeat(Y, arr.shape[1], axis=1)
        if Y.shape != arr.shape:
            raise ValueError(
                f"y has shape {np.shape(y)}; expected ({arr.shape[0]},) or {arr.shape}."
            )
        from ._support import SUPPORTS

        try:
            check_support(Y, SUPPORTS["real"], plan.family.title)
        except ValueError as err:
            msg = str(err)  # the support check names X; here it read y
            raise ValueError("y" + msg[1:] if msg.startswith("X ") else msg) from None
        return {name: Y}

    def _update(self, X: Any, sample_weight: Any, y: Any = None) -> MLE:
        plan = self.plan()
        arr, known = self._checked(X, plan, fitting=True)
        samples = self._samples(plan, arr, y)
        if samples is not None and plan.kind != "sequential":
            raise ValueError(
                f"{plan.name!r} reads a second sample base in sums that merge; only forms "
                "evaluated on the data as written ('sequential') support it."
            )
        n_rows, d = arr.shape
        if getattr(self, "_state", None) is not None and d != self.n_features_in_:
            raise ValueError(f"X has {d} features; earlier batches had {self.n_features_in_}.")
        w = check_weights(sample_weight, n_rows)
        total = float(n_rows) if w is None else float(w.sum())
        prior = getattr(self, "_state", None)
        if prior is None and total <= 0:
            raise ValueError("X has no rows of positive weight; there is nothing to estimate from.")
        state = _compute_state(plan, arr, w, self.chunk_rows, self._gaussian_forms(plan), known)
        if prior is not None:
            state = _merge(plan, prior, state)
        self._state = state
        self.n_samples_ = getattr(self, "n_samples_", 0) + n_rows
        self.weight_sum_ = getattr(self, "weight_sum_", 0.0) + total
        self.n_features_in_ = d
        self._one_d = np.ndim(X) == 1
        values, info, converged = _estimate(
            plan,
            state,
            known,
            arr if plan.kind == "sequential" else None,
            w,
            self.chunk_rows,
            self._gaussian_forms(plan),
            samples,
        )
        self._publish(plan, values, info, converged)
        return self

    def _gaussian_forms(self, plan: Plan) -> Any:
        if plan.kind != "moments":
            return None

        return _gaussian_forms_of(plan)

    def _publish(
        self, plan: Plan, values: dict[str, np.ndarray], info: np.ndarray, converged: np.ndarray
    ) -> None:
        one = self._one_d

        def shown(v: np.ndarray) -> Any:
            return float(v[0]) if one else v

        self.params_ = {p: values[p] for p in plan.names}
        for p in plan.names:
            setattr(self, f"{p}_", shown(values[p]))
        self.information_ = info
        # No observed information where the log-likelihood has a kink (Plan.nonsmooth):
        # those parameters get NaN, the others the inverse of their own block.
        smooth = np.flatnonzero(~np.isin(plan.names, plan.nonsmooth))
        se = np.full(info.shape[:-1], np.nan)
        with np.errstate(all="ignore"):
            cov = _inverse(info[..., smooth[:, None], smooth[None, :]])
            se[..., smooth] = np.sqrt(np.diagonal(cov, axis1=-2, axis2=-1))
        self.stderr_ = {p: shown(se[..., i]) for i, p in enumerate(plan.names)}
        self.numeric_params_ = tuple(p.name for p in plan.numeric)
        method = _METHODS[plan.kind]
        if plan.numeric:
            method += (
                f"; {', '.join(self.numeric_params_)} by solving the score equations "
                "numerically (damped Newton on the profile log-likelihood): no closed form"
            )
        self.method_ = method
        self.mergeable_ = plan.kind != "sequential"
        self.converged_ = converged

    # ---------------------------------------------------------------- use

    def log_likelihood(self, X: Any, y: Any = None) -> Any:
        """The derivation's log-likelihood of ``X`` at the fitted parameters, per feature.

        Parameters
        ----------
        X : array-like of shape (n_samples, n_features) or (n_samples,)
        y : array-like, optional
            The responses, for a regression (as in ``fit``).

        Returns
        -------
        float or ndarray of shape (n_features,)

        Raises
        ------
        ValueError
            If not fitted, on a feature-count mismatch, or on values outside the support.
        """
        if not hasattr(self, "params_"):
            raise ValueError(f"This {type(self).__name__} is not fitted yet; call fit(X) first.")
        plan = self.plan()
        arr, known = self._checked(X, plan)
        if arr.shape[1] != self.n_features_in_:
            raise ValueError(
                f"X has {arr.shape[1]} features; this estimator was fitted on "
                f"{self.n_features_in_}."
            )
        samples = self._samples(plan, arr, y)
        extra = {} if samples is None else {"samples": samples}
        with np.errstate(all="ignore"):
            ll = plan.data_ll(arr, chunk_rows=self.chunk_rows, **extra, **self.params_, **known)
        return float(ll[0]) if np.ndim(X) == 1 else ll


# --------------------------------------------------------------------------- states


@functools.lru_cache(maxsize=8)
def _gaussian_forms_of(plan: Plan) -> Any:
    from derivations.symbols import mu, sigma2

    from ._stats import GaussianForms

    results = {"mu": plan.closed[mu], "sigma2": plan.closed[sigma2]}
    return GaussianForms.from_results(results, plan.ll)


def _compute_state(
    plan: Plan, arr: np.ndarray, w: Any, chunk_rows: Any, forms: Any, known: dict[str, Any]
) -> Any:
    if plan.kind == "sums":
        return plan.stats.compute(arr, weights=w, chunk_rows=chunk_rows, known=known)
    if plan.kind == "moments":
        from ._stats import SuffStats

        return SuffStats.from_data(arr, weights=w, chunk_rows=chunk_rows, forms=forms)
    return None


def _merge(plan: Plan, a: Any, b: Any) -> Any:
    if plan.kind == "sums":
        return a[0] + b[0], a[1] + b[1]
    return a.merge(b)


def _estimate(
    plan: Plan,
    state: Any,
    known: dict[str, np.ndarray],
    arr: np.ndarray | None,
    w: Any,
    chunk_rows: Any,
    forms: Any,
    samples: Any = None,
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Estimates, information matrices (D, p, p) and convergence flags from a state."""
    from ._evaluate import estimate

    return estimate(plan, state, known, arr, w, chunk_rows, forms, samples)


def _inverse(info: np.ndarray) -> np.ndarray:
    """Inverse of each information matrix; NaN where it is singular or not finite."""
    p = info.shape[-1]
    finite = np.isfinite(info).all(axis=(-2, -1))
    safe = np.where(finite[..., None, None], info, np.eye(p))
    try:
        inv = np.linalg.inv(safe)
    except np.linalg.LinAlgError:
        inv = np.stack([_inv_or_nan(m) for m in safe.reshape(-1, p, p)]).reshape(safe.shape)
    return np.where(finite[..., None, None], inv, np.nan)


def _inv_or_nan(m: np.ndarray) -> np.ndarray:
    try:
        return np.linalg.inv(m)
    except np.linalg.LinAlgError:
        return np.full_like(m, np.nan)


__all__ = ["MLE"]
