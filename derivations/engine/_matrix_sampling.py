"""Concrete matrices for the numeric check: dimensions, matrix symbols, vector samples.

A matrix line is evaluated at points where

- every **dimension** (a size symbol in a matrix's shape, ``d`` of
  ``MatrixSymbol("Sigma", d, d)``) takes the values 2, 3, 1, 4 in turn, one per
  point (with several dimensions, shifted for each), beside the sample sizes'
  own schedule - so the step is checked with scalars (``d = 1``) and with
  matrices up to 4 x 4, and the first counterexample found is usually a matrix;
- every **matrix symbol** gets a random matrix of its concrete shape: entries
  from a normal law; symmetric (``(B + B^T)/2``) when declared symmetric;
  symmetric positive definite (``B B^T / k + I/2`` with ``B`` of ``k`` normal
  columns) when declared ``\\Sigma \\succ 0`` or "positive definite";
- every **vector sample** ``x_n`` of a family is a random column vector, drawn
  lazily and reproducibly per (family, index), like the scalar samples.

Values are mpmath numbers (see :class:`._matrix_eval.Mat`); a counterexample
lists them as nested lists.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from typing import Any

import mpmath
import sympy as sp

from ._matrix_eval import Mat, singular_tolerance
from ._matrix_expr import dimensions, matrix_symbols, vector_families

#: The values a dimension takes, one per point (a matrix first: a counterexample at the
#: first point that shows one reads better than a 1 x 1 one).
DIMENSION_SCHEDULE = (2, 3, 1, 4)


class MatrixPlan:
    """What a set of lines needs beyond numbers: dimensions, matrix symbols, vector families."""

    def __init__(self, exprs: Iterable[sp.Basic]) -> None:
        exprs = list(exprs)
        self.symbols = matrix_symbols(exprs)
        self.families = vector_families(exprs)
        self.dims = dimensions(exprs)

    def __bool__(self) -> bool:
        return bool(self.symbols or self.families)

    def dimension_values(self, k: int) -> dict[sp.Symbol, int]:
        """The dimensions at point ``k``: the schedule in turn, shifted for each dimension."""
        n = len(DIMENSION_SCHEDULE)
        return {s: DIMENSION_SCHEDULE[(k + j) % n] for j, s in enumerate(self.dims)}


def concrete_shape(m: sp.MatrixSymbol, values: Mapping[sp.Basic, Any]) -> tuple[int, int]:
    """The shape of ``m`` with the point's sizes put in."""
    out = []
    for s in m.shape:
        v = sp.sympify(s).xreplace({k: v for k, v in values.items() if isinstance(k, sp.Symbol)})
        if not v.is_Integer:
            raise ValueError(f"the shape of {m} has no concrete value ({v})")
        out.append(int(v))
    return out[0], out[1]


def draw_matrix(shape: tuple[int, int], kind: str | None, seed: int, name: str) -> Mat:
    """A random matrix: ``kind`` is None (general), ``"symmetric"`` or ``"spd"``."""
    import numpy as np  # here, not above: a scalar derivation's check never imports numpy

    rng = np.random.default_rng([seed, zlib.crc32(name.encode()), 17])
    rows, cols = shape
    if kind in ("spd", "symmetric") and rows == cols:
        b = rng.normal(0.0, 1.0, size=(rows, rows))
        if kind == "spd":
            k = rows + 2
            c = rng.normal(0.0, 1.0, size=(rows, k))
            a = c @ c.T / k + 0.5 * np.eye(rows)
        else:
            a = (b + b.T) / 2
        # Symmetric to the last bit: build each pair of entries from one number.
        data = [
            [mpmath.mpf(float(a[min(i, j), max(i, j)])) for j in range(rows)] for i in range(rows)
        ]
        return Mat(data)
    a = rng.normal(0.0, 1.0, size=(rows, cols))
    return Mat([[mpmath.mpf(float(v)) for v in r] for r in a])


def draw_vector(seed: int, label: sp.Symbol, index: int, rows: int) -> Mat:
    """Sample ``index`` of the family ``label``: a random ``rows x 1`` vector."""
    import numpy as np

    rng = np.random.default_rng([seed, zlib.crc32(str(label).encode()), index + 10, 23])
    return Mat([[mpmath.mpf(float(v))] for v in rng.normal(0.0, 2.0, size=rows)])


def is_positive_definite(m: Mat) -> bool:
    """Symmetric with a Cholesky factorisation (every pivot positive)."""
    n = m.rows
    if m.cols != n:
        return False
    a = m.data
    tol = mpmath.mpf(10) ** (-mpmath.mp.dps + 5) * max(1, abs(m))
    if any(abs(a[i][j] - a[j][i]) > tol for i in range(n) for j in range(i)):
        return False
    low = [[mpmath.mpf(0)] * n for _ in range(n)]
    floor = singular_tolerance(m)  # a singular matrix's pivots are rounding noise
    for j in range(n):
        s = a[j][j] - mpmath.fsum(low[j][k] ** 2 for k in range(j))
        if mpmath.im(s) != 0 or s <= floor:
            return False
        low[j][j] = mpmath.sqrt(s)
        for i in range(j + 1, n):
            low[i][j] = (a[i][j] - mpmath.fsum(low[i][k] * low[j][k] for k in range(j))) / low[j][j]
    return True


__all__ = [
    "DIMENSION_SCHEDULE",
    "MatrixPlan",
    "concrete_shape",
    "draw_matrix",
    "draw_vector",
    "is_positive_definite",
]
