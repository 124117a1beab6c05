"""Which sample values a distribution admits, and the error naming the first that it does not.

One small table: each support is a name, a sentence for the error message and a vectorised
test. The test runs on blocks of rows so that checking 1e6 x 50 values needs no 50 MB mask.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from ._blocks import check_finite_rows

_CELLS = 1 << 18  # values per checked block: stays in cache while the tests run over it


@dataclasses.dataclass(frozen=True)
class Support:
    """A set of admissible sample values.

    Attributes
    ----------
    name : str
    text : str
        Completes "values must be ...": ``"non-negative integers"``.
    bad : callable
        ``bad(block, known) -> bool array``: True where a finite value lies outside the
        support; ``known`` maps known parameter names (``m``) to their values.
    """

    name: str
    text: str
    bad: Callable[[np.ndarray, Mapping[str, Any]], np.ndarray]
    rejects_nonfinite: bool = False  # ``bad`` is already True at NaN and +-inf


def _not_integer(b: np.ndarray) -> np.ndarray:
    return b != np.floor(b)


def _upper(known: Mapping[str, Any], b: np.ndarray) -> Any:
    # The binomial's known number of trials (per feature, or one for all).
    for name in ("m", "n_trials", "M"):
        if name in known:
            return np.asarray(known[name], dtype=np.float64)
    return np.inf


SUPPORTS: dict[str, Support] = {
    s.name: s
    for s in (
        Support("real", "real numbers", lambda b, k: np.zeros(b.shape, bool)),
        Support("positive", "positive (> 0)", lambda b, k: ~(b > 0)),
        Support("nonnegative", "non-negative (>= 0)", lambda b, k: ~(b >= 0)),
        Support("binary", "0 or 1", lambda b, k: (b != 0) & (b != 1), True),
        Support("count", "non-negative integers", lambda b, k: ~(b >= 0) | _not_integer(b)),
        Support(
            "positive-count",
            "positive integers (1, 2, ...)",
            lambda b, k: ~(b >= 1) | _not_integer(b),
        ),
        Support(
            "bounded-count",
            "integers from 0 to the number of trials m",
            lambda b, k: ~(b >= 0) | _not_integer(b) | (b > _upper(k, b)),
        ),
        Support("unit-interval", "in (0, 1)", lambda b, k: ~((b > 0) & (b < 1)), True),
    )
}


def check_support(
    X: np.ndarray, support: Support, what: str, known: Mapping[str, Any] | None = None
) -> None:
    """Raise ValueError naming the first NaN, infinity or value outside ``support``.

    Parameters
    ----------
    X : ndarray of shape (n_samples, n_features)
    support : Support
    what : str
        The distribution, for the message ("Poisson").
    known : mapping, optional
        Known parameters the support depends on.

    Raises
    ------
    ValueError
        "X column 2 has the value -1 at row 7; Poisson samples must be non-negative integers."
    """
    known = known or {}
    step = max(1, _CELLS // max(1, X.shape[1]))
    for start in range(0, X.shape[0], step):
        block = X[start : start + step]
        with np.errstate(over="ignore", invalid="ignore"):
            finite_sum = support.name == "real" and np.isfinite(np.add.reduce(block, axis=None))
        if finite_sum:
            # A finite sum has no NaN or infinity among its terms (either would make it
            # NaN or infinite): one pass and no mask for the common case. A sum that
            # overflows, or a bad value, takes the path below, which names it.
            continue
        if support.rejects_nonfinite:
            bad = support.bad(block, known)
            if not np.count_nonzero(bad):
                continue
        else:
            finite = np.isfinite(block)
            if finite.all():
                bad = support.bad(block, known)
            else:
                with np.errstate(invalid="ignore"):
                    bad = ~finite | (support.bad(np.where(finite, block, 0), known) & finite)
        if bad.any():
            # The first bad value in reading order (row by row).
            row = int(np.flatnonzero(bad.any(axis=1))[0])
            col = int(np.flatnonzero(bad[row])[0])
            value = block[row, col]
            if not np.isfinite(value):
                check_finite_rows(block[row : row + 1], start + row)
            shown = int(value) if float(value).is_integer() else float(value)
            raise ValueError(
                f"X column {col} has the value {shown} at row {start + row}; "
                f"{what} samples must be {support.text}."
            )


__all__ = ["SUPPORTS", "Support", "check_support"]
