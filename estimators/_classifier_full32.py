"""``predict`` of the full-covariance model from float32 scores, with certified labels.

A label needs only the order of the class scores, and almost every row wins by a margin far
above float32's rounding. So ``FullModel.best_classes`` scores rows in float32 (half the
time of float64 products, half the memory traffic) and keeps a row's label only when a
proven bound on the rounding errors says the float64 kernel (``Scorer64``) cannot order the
classes differently; every other row - near-ties, exact ties, NaN, rows beyond float32's
range - is scored again by the float64 kernel itself. Labels are thus the float64 kernel's
by construction, ties included (first maximum).

Two float32 kernels, each a few matrix products per block of rows:

- **whitened** (one class, or three and more): the float64 kernel's own arithmetic, the
  triangular panels ``[-o_k | W_k^T] @ [1; x - c]`` and the squared norms, in float32.
  The panels' rows are reordered (coordinate-major) and the products made in column
  chunks for speed; both change only the order of the dot products and of the sums of
  squares, which the bound below allows (any order, any BLAS kernel).
- **difference** (two classes): the label is the sign of
  ``delta(x) = s_0 - s_1 = -1/2 x^T M x + beta^T x + g``, with ``M = W_0 W_0^T - W_1 W_1^T``,
  ``beta = W_0 o_0 - W_1 o_1``, ``g = c_0 - c_1 - (|o_0|^2 - |o_1|^2) / 2`` and ``x`` the
  centred row: one ``(m, D + 1) @ (D + 1, D)`` product instead of two whitenings.

The bound (u = 2^-24, the float32 unit roundoff; gamma_n = n u / (1 - n u)). Let ``x`` be
the float64 centred row ``fl64(x_raw - c)``, which both kernels compute identically, and
``E_k = c_k - |x W_k - o_k|^2 / 2`` the exact score of the stored float64 ``W_k, o_k, c_k``.
``S_k`` (float64 kernel) and ``T_k`` (float32 here) both approximate ``E_k``:

1. Rounding ``x``, ``W`` and ``o`` to float32 and a dot product of D + 1 terms in any order,
   with or without FMA, give ``|z~_i - z_i| <= gamma_{D+3} (|o_i| + (|W|^T |x|)_i)``
   (Higham, *Accuracy and Stability of Numerical Algorithms*, 2nd ed., Sec. 3.1 and 3.5),
   so ``|z~ - z|_2 <= eps := gamma (b_k + a_k r)`` with ``b_k = |o_k|_2``,
   ``a_k = || |W_k| ||_2`` and ``r = |x|_2``.
2. ``| |z~|^2 - |z|^2 | <= 2 |z~| eps + eps^2``, and the float32 sum of D squares adds
   ``gamma_{D+1} |z~|^2``; with ``2 |z~| <= |z~|^2 / t + t`` for any ``t > 0``,
   ``|T_k - E_k| <= gamma (q~_k (1 + e/t) + e t + gamma e^2) / 2`` to first order, where
   ``q~_k`` is the float32 distance and ``e = b + a r`` (the largest ``b_k``, ``a_k``).
   ``t = sqrt(q~_w)`` of the row's float32 winner w makes this tight where it matters (the
   classes close to the winner have ``q~_k`` near ``q~_w``), and keeps it linear in
   ``q~_k``.
3. The float64 kernel obeys the same bound with 2^-53 for u: 2^-29 times smaller. A factor
   2 on the float32 bound covers it, the second-order terms and the float64 arithmetic of
   the bound itself. The scores are ``T_k = fl32(2 fl32(c_k) - q~_k) / 2`` (kept doubled;
   the doubling is exact): ``2^-21 (|c_k| + |T_k|)`` covers both roundings (and the float64
   kernel's).
4. Underflow (also with flush-to-zero) adds absolute errors of at most 2^-126 per
   operation; with every entry of the float32 matrices below 2^40 in magnitude (else this
   path is not used) they are folded into ``b_k`` and ``a_k`` as ``kappa / gamma``,
   ``kappa = 2^-120 (D + 3)^2 (1 + max |entry|)``, and into a constant 2^-98.

So ``beta_k = lambda q~_k + G + 2^-21 (|c_k| + |T_k|) + 2^-98``, ``lambda = gamma (1 +
e/t)``, ``G = gamma (e t + gamma e^2)``, bounds ``|T_k - S_k|``; a row is certified for its
float32 winner w when ``T_w - beta_w > T_k + beta_k`` for every other class k. Since
``q~_k <= 2 (c_k - T_k)`` (to rounding), that holds whenever ``T_k < L`` for all k != w,
where ``L`` depends on the row only through ``T_w``, ``c_w`` and ``r``; the test is one
comparison per class and row. It is made twice: first with ``t = sqrt(D)`` and the largest
``r`` of a block of rows, which makes ``L = T_w - A (c_max - T_w) - B`` with two numbers
per block (``_Whitened._screen``, a few float32 operations per row), then, for the few rows
this leaves uncertain, with each row's own ``t`` and ``r`` (``_Whitened._limit``). ``r``
comes from the float32 row, enlarged to a proven upper bound of ``|x|_2``.

Uncentred rows (``_Whitened.raw``). Centring costs a float64 pass over X before the
rounding to float32. When the pooled centre ``c`` is near the origin on the whitened scale,
rows are rounded as given and whitened as ``x_raw W_k - o'_k`` with ``o'_k = fl64(mu_k
W_k)``: step 1 holds with ``x_raw`` for ``x`` and ``o'_k`` for ``o_k`` (``r`` is then a
bound of ``|x_raw|_2``, from the float32 row as before), against ``z'_k = x_raw W_k -
o'_k`` instead of ``z_k``; the two differ by float64 roundings only, which ``_reach_raw``
adds to ``b_k`` and ``a_k``. Steps 2-4 are unchanged.

For the difference kernel the same steps give, for the float32 ``delta~``,
``|delta~ - delta| <= gamma_{2D+5} (|M|_abs r^2 / 2 + |beta|_2 r)`` (each term of
``sum_j x_j (beta_j - 1/2 sum_i x_i M_ij)`` passes D + 3 then D + 1 roundings) plus the
rounding of forming ``M``, ``beta`` and ``g`` in float64 from ``W_k, o_k``
(``gamma^64_{D+4}`` times the same quantities with ``|W_k||W_k|^T``) and the float64
kernel's own error, ``sum_k 3 gamma^64 (b_k + a_k |s_k| + a_k r)^2`` (``_reach``); twice
their sum is the bound
``B(r) = alpha_2 r^2 + alpha_1 r + alpha_0 + 2^-51 |delta~|``. The label is ``0`` when
``delta~ > B``, ``1`` when ``delta~ < -B``; otherwise the row is scored in float64. Before
the ``D x D`` product, ``beta^T x + g`` alone (D multiply-adds) decides the rows where it
exceeds ``B(r) + |M|_2 r^2 / 2``, a bound of the quadratic term: when the two classes'
covariances are close, ``M`` is small and the product is made for few rows.

Uncentred rows for the difference kernel (``_Difference.raw``, chosen by the same rule):
``delta`` is evaluated on ``x_raw`` with ``beta' = beta + M c`` and ``g' = g - c^T (beta +
M c / 2)``; ``r`` bounds ``|x_raw|_2`` and ``B(r)`` gains, twice: forming ``beta'`` and
``g'`` in float64 (``gamma^64_{D+4}`` times ``(2 |W|^2 |c| + |beta| + |M|_abs |c|) r`` and
``|g| + 2 |c| |beta| + |c|^2 (|M|_abs + |W|^2) + |c| (a_0 b_0 + a_1 b_1)``), the float64
kernel's row ``x = fl64(x_raw - c)`` being off ``x_raw - c`` by ``u |x_raw - c|``
(``u (r + |c|) (|beta| + |M|_abs (r + |c|))``), and ``|x| <= r + |c|`` in the float64
kernel's own error (``f_k + a_k |c|`` for ``f_k``). The linear screen is unchanged in form.

One caveat about "the float64 kernel's label" itself: where the float64 margin is below
float64's rounding, OpenBLAS's dgemm rounds a column differently depending on where it sits
in the block, so the float64 answer for such a row can change between two calls on
differently arranged rows. Those rows are never certified here (the bound includes the
float64 error), and are scored by the float64 kernel in the block of re-scored rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ._blocks import check_finite_rows
from ._scores import Scores, score_rows

if TYPE_CHECKING:  # _classifier_full imports this module when it predicts
    from ._classifier_full import FullModel

U32 = 2.0**-24
U64 = 2.0**-53
# Predictions of fewer rows keep the float64 kernel: the per-call set-up (norms of |W_k|)
# would cost more than the float32 products save.
MIN_ROWS = 1024
# Entries of the float32 matrices must stay below this, and the whitening's diagonal (about
# 1 / spread) above its reciprocal: it keeps the underflow terms of the bound negligible
# and rows of the data's own size inside float32's range. Data far from unit scale keep
# the float64 kernel.
_MAX_ENTRY = 2.0**40
# float32 cells of a block's product and its input (1 MiB): 1024-1300 rows at 20 features
# and 10 classes or at 100 features and 2 classes, measured faster than 4096.
_CELLS = 1 << 18
# Multiply-adds of one whitening product. OpenBLAS (SkylakeX kernels) runs a product of at
# most 100^3 through its small-matrix kernel, without packing the operands; the panels of
# 20 features and 10 classes are (70, 8), (60, 14) and (70, 21), so products of up to
# 1785, 1190 and 680 rows. Per 1e6 rows (one thread, min of repeated runs) the last took
# 47 ms of CPU in chunks of 680 rows against 66-68 ms in chunks of 1024-1785, and the
# three 70-77 ms against 110-126 ms for the 1186-row blocks of _CELLS. Blocks keep their
# size; each panel's product is made in column chunks.
_SMALL_PRODUCT = 100**3
# Chunks of fewer rows than this cost more in calls than the small-matrix kernel saves
# (200 features, 5 classes: chunks of 30-178 rows made predict 1.35x slower); such panels
# are multiplied whole.
_MIN_CHUNK = 256
# Rows whose labels are checked together: the bound costs a few dozen numpy operations per
# block whatever its size (8192 rows: 790 -> 595 ms of CPU for 1e6 x 20, 10 classes).
_CHECK_ROWS = 8192
# Rows collected before the float64 kernel scores them (one product for many blocks).
_FLUSH = 256


def _gamma(n: int, u: float) -> float:
    return n * u / (1.0 - n * u)


def _abs_norm(a: np.ndarray) -> float:
    """An upper bound of the spectral norm of ``|a|`` (SVD, enlarged by its rounding)."""
    return float(np.linalg.norm(np.abs(a), 2)) * (1.0 + 2.0**-30)


def _row_norm(r2: np.ndarray, d: int, gamma: float) -> np.ndarray:
    """An upper bound of ``|x|_2`` from the float32 sum of squares of the float32 row.

    ``x_j <= (|x~_j| + 2^-126) / (1 - u)`` and ``sum x~_j^2 <= r2 / (1 - gamma_{D+1}) + D
    2^-126``; ``gamma`` is ``gamma_{D+3}`` and ``1 + 2^-20`` covers ``1 / (1 - u)`` and the
    float64 arithmetic here.
    """
    tiny = d * 2.0**-120
    r2 = np.asarray(r2, dtype=np.float64)  # float32 arithmetic here would round upwards too
    return (np.sqrt(r2 * (1.0 + 2.0 * gamma) + tiny) + tiny) * (1.0 + 2.0**-20)


def _live(model: FullModel) -> np.ndarray:
    """Classes with data (those without score -inf in both kernels)."""
    return np.flatnonzero(np.isfinite(model.const))


def _reach(model: FullModel, k: int, a_k: float, shift: float = 2.0**-12) -> float:
    """``b_k = |o_k|_2``, enlarged to cover a class the float64 kernel centres apart.

    The float64 kernel scores such a class as ``(x - s_k) W_k`` (``s_k = mu_k - c``), not as
    ``x W_k - o_k``: ``o_k = fl(s_k W_k)`` differs by at most ``gamma^64_D |s_k| a_k``, and
    that kernel's error is at most ``3 gamma^64 (b_k + a_k |s_k| + a_k r)^2``. Adding
    ``2^-12 a_k |s_k|`` to ``b_k`` makes this at most ``3 2^24 gamma^64 (b_k + a_k r)^2 <=
    gamma (b_k + a_k r)^2 / 10``, inside the factor 2 of the float32 bound, for every class,
    apart or not. (``shift=1`` gives the whole ``|o_k| + a_k |s_k|``.)
    """
    s_k = float(np.linalg.norm(model.means[k] - model.centre))
    return (float(np.linalg.norm(model.offsets[k])) + shift * a_k * s_k) * (1.0 + 2.0**-40)


def _reach_raw(model: FullModel, k: int, a_k: float, o_raw: np.ndarray, centre: float) -> float:
    """``b_k`` for rows whitened uncentred: ``|o'_k|_2`` (``o'_k = fl64(mu_k W_k)``), enlarged.

    The float32 product approximates ``z'_k = x_raw W_k - o'_k`` as step 1 bounds, with
    ``o'_k`` and ``x_raw`` for ``o_k`` and ``x``. ``z'_k`` differs from the float64
    kernel's ``z_k = x W_k - o_k`` (``x = fl64(x_raw - c)``, ``o_k = fl64(fl64(mu_k - c)
    W_k)``) by the float64 roundings, at most ``gamma^64_{D+1} a_k (|s_k| + |mu_k| + |c|
    + |x_raw|) <= 2^-29 gamma a_k (2 |s_k| + 2 |c| + r)``: the ``r`` part is the factor
    ``1 + 2^-28`` on ``a``, the rest is inside ``2^-12 a_k (|s_k| + |c|)``. As in
    ``_reach``, ``2^-12 (|o_k| + a_k |s_k| + a_k |c|)`` also keeps the float64 kernel's own
    error, ``3 gamma^64 (|o_k| + a_k |s_k| + a_k |x|)^2`` with ``|x| <= r + |c|``, below
    ``gamma (b_k + a_k r)^2 / 10``.
    """
    s_k = float(np.linalg.norm(model.means[k] - model.centre))
    o_k = float(np.linalg.norm(model.offsets[k]))
    extra = 2.0**-12 * (o_k + a_k * (s_k + centre))
    return (float(np.linalg.norm(o_raw)) + extra) * (1.0 + 2.0**-40)


def rescore_rows(model: FullModel, X: np.ndarray, rows: np.ndarray, scores: Scores) -> None:
    """Score rows ``rows`` of ``X`` with the float64 kernel and record their best classes."""
    block = np.empty((model.const.shape[0], len(rows)))
    # The rows are finite: a NaN or infinity was named when its block was scored.
    model.scorer64(len(rows))(X[rows], 0, block)
    scores.settle(rows, block)


class _Pending:
    """Rows a thread could not certify, scored in float64 in batches of ``_FLUSH``."""

    def __init__(self, model: FullModel, X: np.ndarray, scores: Scores) -> None:
        self.model, self.X, self.scores = model, X, scores
        self.rows: list[np.ndarray] = []
        self.count = 0

    def add(self, rows: np.ndarray) -> None:
        if rows.size:
            self.rows.append(rows)
            self.count += rows.size
            if self.count >= _FLUSH:
                self.flush()

    def flush(self) -> None:
        if self.rows:
            rows = np.concatenate(self.rows)
            self.rows, self.count = [], 0
            rescore_rows(self.model, self.X, rows, self.scores)


def _name_bad_values(r2: np.ndarray, Xb: np.ndarray, start: int) -> None:
    # NaN or infinity in a row makes its float32 square sum non-finite; so does a finite
    # row beyond float32's range, which check_finite_rows lets through (float64 decides).
    if not np.isfinite(r2).all():
        check_finite_rows(Xb, start)


@dataclass(frozen=True)
class _Whitened:
    """The float64 kernel's whitening, in float32, for one or three and more classes.

    With ``raw`` the rows are whitened as given, ``[-mu_k W_k | W_k^T] @ [1; x_raw]``: no
    float64 centring pass, the rounding to float32 is the only pass over X (see the module
    docstring for the bound).
    """

    model: FullModel
    panels: tuple
    chunks: tuple  # rows of X per product, for each panel (_SMALL_PRODUCT)
    gamma: float
    b: float
    a: float
    c_max: float
    c_abs: float
    raw: bool = False

    @classmethod
    def build(cls, model: FullModel, raw: bool | None = None) -> _Whitened | None:
        """The float32 plan, or None where the float64 kernel must score every row.

        ``raw`` (default: decided here) whitens rows uncentred; it is chosen when the
        pooled centre is near the origin on the whitened scale, ``a |c| <= b + sqrt(D)``,
        so that ``e = b + a r`` grows by less than that (``|x_raw| <= |x - c| + |c|``) and
        few more rows are left to the float64 kernel.
        """
        live = _live(model)
        const = model.const[live]
        if not np.abs(const).max() <= _MAX_ENTRY:
            return None
        d = model.means.shape[1]
        gamma = _gamma(d + 3, U32)
        a_k = [_abs_norm(model.whiten[k]) for k in live]
        a = max(a_k)
        b = max(_reach(model, k, a_i) for k, a_i in zip(live, a_k, strict=True))
        centre = float(np.linalg.norm(model.centre))
        if raw is None:
            raw = a * centre <= b + np.sqrt(d)
        offsets = None
        if raw:
            # o'_k = fl64(mu_k W_k); x_raw W_k - o'_k is z_k = (x - c) W_k - o_k up to the
            # float64 roundings bounded in _reach_raw.
            offsets = np.einsum("kd,kde->ke", model.means[live], model.whiten[live])
            b = max(_reach_raw(model, k, a_k[i], offsets[i], centre) for i, k in enumerate(live))
            a *= 1.0 + 2.0**-28
        panels64 = model.panels_of(live, offsets)
        p_max = max(float(np.abs(p).max()) for _, _, p in panels64)
        if not p_max <= _MAX_ENTRY:
            return cls.build(model, raw=False) if raw else None
        # Rows coordinate-major, (j, k) instead of the float64 kernel's (k, j): the panels
        # then fill one (D * classes, m) product whose squared norms are one einsum.
        panels = tuple((c0, c1, _coordinate_major(p, len(live), c1 - c0)) for c0, c1, p in panels64)
        kappa = 2.0**-120 * (d + 3) ** 2 * (1.0 + p_max)
        return cls(
            model=model,
            panels=panels,
            chunks=tuple(_chunk(p) for _, _, p in panels),
            gamma=gamma,
            b=b + kappa / gamma,
            a=a + kappa / gamma,
            c_max=float(const.max()),
            c_abs=float(np.abs(const).max()),
            raw=bool(raw),
        )

    def _screen(self, top: np.ndarray, r2_max: float, d: int) -> np.ndarray:
        """``L = T_w - A (c_max - T_w) - B`` (float32), with ``t = sqrt(D)`` and ``r`` the
        block's largest: a lower bound of ``_limit``'s.

        A rival at ``T_k >= T_w - Delta`` has ``q~_k <= 2 (c_max - T_w + Delta)``, so with
        ``|T_w| <= c_abs + (c_max - T_w)`` the certificate holds when ``Delta (1 - 2 lambda
        - 2^-21) >= (4 lambda + 2^-20) (c_max - T_w) + 2 G + 2^-19 c_abs + 2^-97``; rivals
        further down are covered too (their bound grows by less than their distance). ``A``
        and ``B`` are enlarged by ``1 + 2^-20``, ``2^-22 |T_w|`` is folded in and ``B``
        gains ``2^-21 c_abs`` (``c_max`` rounded to float32), so that the float32
        evaluation of ``L`` stays below the exact one. All NaN when ``lambda >= 0.2``.
        """
        g, t = self.gamma, np.sqrt(d)
        e = self.b + self.a * float(_row_norm(np.float64(r2_max), d, g))
        lam = g * (1.0 + e / t)
        if not lam < 0.2:  # also NaN: a row beyond float32's range
            return np.full(top.shape, np.nan, dtype=np.float32)
        big_g = g * (e * t + g * e * e)
        grow = (1.0 + 2.0**-20) / (1.0 - 2.0 * lam - 2.0**-21)
        a = ((4.0 * lam + 2.0**-20) * grow + 2.0**-22) * (1.0 + 2.0**-20)
        b = (2.0 * big_g + 2.0**-19 * self.c_abs + 2.0**-97) * grow + 2.0**-21 * self.c_abs
        b *= 1.0 + 2.0**-20
        limit = np.subtract(np.float32(self.c_max), top)
        limit *= np.float32(a)
        limit += np.float32(b)
        np.subtract(top, limit, out=limit)
        return limit

    def _limit(self, top: np.ndarray, c_top: np.ndarray, r2: np.ndarray, d: int) -> np.ndarray:
        """Scores a rival class must stay below for the winner ``top`` to be certified
        (float64; for the rows ``_screen`` leaves uncertain).

        ``c_top`` is the winner's constant. With ``f(s) = (1 - 2 lambda) s + 2^-21 |s|``
        (increasing while ``lambda < 0.4``), ``T_w - beta_w > T_k + beta_k`` follows from
        ``f(T_k) < V = (1 + 2 lambda) T_w - 2^-21 |T_w| - 2 lambda (c_w + c_max) - 2 G
        - 2^-20 c_abs - 2^-97``. The coefficients here are larger (``2^-20``, ``2^-19``,
        ``2 G (1 + 2^-30)``) to cover the float64 rounding of computing ``V``;
        ``V / (1 - 2 lambda) - 2^-19 |V|`` is below ``f^-1(V)``. NaN where
        ``lambda >= 0.2``.
        """
        g = self.gamma
        e = self.b + self.a * _row_norm(r2.astype(np.float64), d, g)
        t = np.sqrt(np.maximum(2.0 * (c_top - top), 1.0))
        lam = g * (1.0 + e / t)
        big_g = g * (e * t + g * e * e)
        v = (
            (1.0 + 2.0 * lam) * top
            - 2.0**-20 * np.abs(top)
            - 2.0 * lam * (c_top + self.c_max)
            - 2.0 * (1.0 + 2.0**-30) * big_g
            - (2.0**-19 * self.c_abs + 2.0**-97)
        )
        limit = v / (1.0 - 2.0 * lam) - 2.0**-19 * np.abs(v)
        limit[~(lam < 0.2)] = np.nan
        return limit

    def distances(self, xa: np.ndarray, z: np.ndarray, out: np.ndarray) -> None:
        """The float32 squared distances ``q~`` of rows ``xa = [1; x]`` (shape (D + 1, m))
        to every live class, into ``out`` (classes, m), through ``z`` (D * classes, >= m).

        ``z`` holds the whitened rows coordinate-major, rows ``(j, k)``; the squares of
        each class are summed in float32 (any order: step 2 of the bound).
        """
        nb, m = out.shape
        for panel, rows, whitened in self.products(xa, z, nb, m):
            np.matmul(panel, rows, out=whitened)
        z3 = z[:, :m].reshape(xa.shape[0] - 1, nb, m)
        np.einsum("dkm,dkm->km", z3, z3, out=out)

    def products(self, xa: np.ndarray, z: np.ndarray, nb: int, m: int) -> list[tuple]:
        """``(panel, rows, whitened)`` for each product of ``distances`` on ``m`` rows.

        The kernel makes these views once for its full-size blocks: slicing them again
        for every block took a few microseconds a block, ~1.5% of predict on 20 features.
        """
        out = []
        for (c0, c1, panel), cols in zip(self.panels, self.chunks, strict=True):
            for a in range(0, m, cols):
                b = min(a + cols, m)
                out.append((panel, xa[: c1 + 1, a:b], z[c0 * nb : c1 * nb, a:b]))
        return out

    def kernel(self, X: np.ndarray, scores: Scores):
        model = self.model
        d = X.shape[1]
        live = _live(model)
        nb = len(live)
        everything = nb == model.const.shape[0]
        const = model.const[live]
        # 2 fl32(c_k), exact: the scores are kept doubled (step 3 of the derivation).
        const2 = const.astype(np.float32)[:, None] * np.float32(2.0)
        codes = _class_codes(nb)
        raw = self.raw
        rows = max(256, min(4096, _CELLS // (nb * d + d + 1)))

        def run(lo: int, hi: int) -> None:
            check = min(_CHECK_ROWS, hi - lo)
            m_max = min(rows, check)
            # X[s0:s1] - c against c repeated down the block is one contiguous loop; against
            # c broadcast, numpy runs an inner loop of D values per row (twice the time).
            if not raw:
                centre = np.tile(model.centre, (m_max, 1))
                x64 = np.empty((m_max, d))
            xa = np.empty((d + 1, m_max), dtype=np.float32)  # [1; x - c], feature-major
            xa[0] = 1.0
            z = np.empty((d * nb, m_max), dtype=np.float32)  # rows (coordinate, class)
            full, z3, x_full = self.products(xa, z, nb, m_max), z.reshape(d, nb, m_max), xa[1:]
            score = np.empty((nb, check), dtype=np.float32)
            hits = np.empty((nb, check), dtype=codes.dtype)
            r2 = np.empty(check, dtype=np.float32)
            pending = _Pending(model, X, scores)
            for start in range(lo, hi, check):
                stop = min(start + check, hi)
                for s0 in range(start, stop, m_max):
                    s1 = min(s0 + m_max, stop)
                    m, j = s1 - s0, s0 - start
                    x = x_full if m == m_max else xa[1:, :m]
                    if raw:
                        np.copyto(x, X[s0:s1].T, casting="same_kind")
                    else:
                        # fl32(fl64(x - c)): the float64 kernel's centred row, rounded.
                        np.subtract(X[s0:s1], centre[:m], out=x64[:m])
                        np.copyto(x, x64[:m].T, casting="same_kind")
                    np.einsum("dm,dm->m", x, x, out=r2[j : j + m])
                    if m < m_max:
                        self.distances(xa[:, :m], z, score[:, j : j + m])
                        continue
                    for panel, src, whitened in full:
                        np.matmul(panel, src, out=whitened)
                    np.einsum("dkm,dkm->km", z3, z3, out=score[:, j : j + m])
                m = stop - start
                u = score[:, :m]
                np.subtract(const2, u, out=u)  # 2 T_k = fl32(2 fl32(c_k) - q~_k)
                top = u.max(axis=0)
                top *= np.float32(0.5)
                if not np.isfinite(r2[:m]).all():
                    check_finite_rows(X[start:stop], start)  # NaN or inf named; else float64
                limit = self._screen(top, float(r2[:m].max()), d)
                limit *= np.float32(2.0)
                sure, best = _sole_winner(u, limit, codes, hits[:, :m])
                unsure = np.flatnonzero(~sure)
                if unsure.size:
                    t64 = u[:, unsure].astype(np.float64)
                    t64 *= 0.5
                    best[unsure] = first = np.argmax(t64, axis=0)  # a NaN column: any index
                scores.best[start:stop] = best if everything else live[best]
                scores.top[start:stop] = top
                if unsure.size:
                    limit = self._limit(top[unsure].astype(np.float64), const[first], r2[unsure], d)
                    unsure = unsure[~_alone(t64, limit)]
                    pending.add(start + unsure)
            pending.flush()

        return run


def _chunk(panel: np.ndarray) -> int:
    """Rows of X per product with ``panel``: within ``_SMALL_PRODUCT``, unless that is
    fewer than ``_MIN_CHUNK`` rows (then the whole block, in one product)."""
    rows = _SMALL_PRODUCT // panel.size
    return rows if rows >= _MIN_CHUNK else 1 << 62


def _coordinate_major(panel: np.ndarray, nb: int, width: int) -> np.ndarray:
    """A float64 kernel's panel, rows ``(class, coordinate)``, as float32 rows ``(coordinate,
    class)``: the same dot products, in another order."""
    rows = panel.reshape(nb, width, panel.shape[1]).transpose(1, 0, 2)
    return np.ascontiguousarray(rows.reshape(nb * width, panel.shape[1]), dtype=np.float32)


def _class_codes(k: int) -> np.ndarray:
    """``K + k`` for each class k (a column), in the narrowest unsigned type that holds
    their sum, for ``_sole_winner``."""
    total = k * k + k * (k - 1) // 2
    for dtype in (np.uint8, np.uint16, np.uint32):
        if total <= np.iinfo(dtype).max:
            break
    else:
        dtype = np.uint64
    return (k + np.arange(k, dtype=dtype))[:, None]


def _sole_winner(
    t: np.ndarray, limit: np.ndarray, codes: np.ndarray, buf: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Rows where exactly one class is at or above ``limit`` (finite), and that class.

    Each class k that reaches the limit adds its code ``K + k``: a sum in ``[K, 2K)`` is
    exactly one class, ``k = sum - K``; 0 is none, ``2K + 1`` or more two or more. This is
    the certificate's rival test and the winner's index in one comparison, one product
    and one reduction, in the codes' narrow integer type (taking the first maximum as
    ``Scores.done`` does and then counting the rivals made five passes over the block).
    The index is meaningless where the row is not decided. ``buf``: ``t``'s shape, the
    codes' type.
    """
    k = t.shape[0]
    hit = np.greater_equal(t, limit, out=buf, casting="unsafe")
    np.multiply(hit, codes, out=hit)
    total = np.add.reduce(hit, axis=0, dtype=codes.dtype)
    sole = (total >= k) & (total < 2 * k) & np.isfinite(limit)
    return sole, total.astype(np.intp) - k


def _alone(t: np.ndarray, limit: np.ndarray) -> np.ndarray:
    """Rows whose winner has no rival at or above ``limit`` (and ``limit`` is finite)."""
    hit = t >= limit
    if t.shape[0] < 256:
        # Counted in uint8 (no class count reaches 256): count_nonzero along an axis sums
        # bools into intp, a cast that took a third of the screen's time.
        count = np.add.reduce(hit.view(np.uint8), axis=0, dtype=np.uint8)
    else:
        count = np.count_nonzero(hit, axis=0)
    return (count <= 1) & np.isfinite(limit)


@dataclass(frozen=True)
class _Difference:
    """Two classes: the sign of ``s_0 - s_1``, one ``D x D`` quadratic form per row.

    With ``raw`` the rows are used as given: ``x = x_raw - c`` turns ``delta`` into
    ``-1/2 x_raw^T M x_raw + beta'^T x_raw + g'`` with ``beta' = beta + M c`` and
    ``g' = g - c^T (beta + M c / 2)`` (the module docstring bounds the extra roundings).
    """

    model: FullModel
    pair: tuple[int, int]
    weights: np.ndarray  # (D + 1, D) float32: [beta; -M / 2]
    linear: np.ndarray  # (D,) float32: beta
    g: float
    gamma: float
    alpha: tuple[float, float, float]
    curvature: float  # an upper bound of |M|_2 / 2
    raw: bool = False

    @classmethod
    def build(cls, model: FullModel, raw: bool | None = None) -> _Difference | None:
        """The float32 plan, or None where the float64 kernel must score every row.

        ``raw`` (default: decided here, as for ``_Whitened``) skips the centring pass.
        """
        i0, i1 = (int(k) for k in _live(model))
        w0, w1 = model.whiten[i0], model.whiten[i1]
        o0, o1 = model.offsets[i0], model.offsets[i1]
        c0, c1 = float(model.const[i0]), float(model.const[i1])
        m = w0 @ w0.T - w1 @ w1.T
        beta = w0 @ o0 - w1 @ o1
        g = (c0 - c1) - 0.5 * (o0 @ o0 - o1 @ o1)
        d = m.shape[0]
        a0, a1 = _abs_norm(w0), _abs_norm(w1)
        b0, b1 = _reach(model, i0, a0, 0.0), _reach(model, i1, a1, 0.0)
        centre = float(np.linalg.norm(model.centre)) * (1.0 + 2.0**-40)
        if raw is None:
            raw = max(a0, a1) * centre <= max(b0, b1) + np.sqrt(d)
        linear, g_plan = beta, g
        if raw:
            # x^T M x = x^T sym(M) x: M c through the symmetric part of the stored M.
            mc = 0.5 * (m @ model.centre + m.T @ model.centre)
            linear = beta + mc
            g_plan = g - model.centre @ (beta + 0.5 * mc)
        weights = np.vstack([linear, -0.5 * m])
        p_max = float(np.abs(weights).max())
        if not (p_max <= _MAX_ENTRY and max(abs(c0), abs(c1)) <= _MAX_ENTRY):
            return cls.build(model, raw=False) if raw else None
        g32 = _gamma(2 * d + 5, U32)
        g64 = _gamma(d + 4, U64)
        # The float64 kernel's error, 3 gamma^64 (b_k + a_k |s_k| + a_k |x|)^2 (see _reach);
        # with raw rows |x| <= r + |c|.
        cc = centre if raw else 0.0
        f0 = _reach(model, i0, a0, 1.0) + a0 * cc
        f1 = _reach(model, i1, a1, 1.0) + a1 * cc
        kappa = 2.0**-120 * (d + 3) ** 3 * (1.0 + p_max)  # underflow, any of r^0, r^1, r^2
        sq = a0 * a0 + a1 * a1
        m_abs = _abs_norm(m)
        n_beta = float(np.linalg.norm(beta)) * (1.0 + 2.0**-40)
        n_lin = float(np.linalg.norm(linear)) * (1.0 + 2.0**-40)
        ab = a0 * b0 + a1 * b1
        # Raw rows: forming beta' and g' (and the errors of M, beta carried into them), and
        # the float64 kernel's x = fl64(x_raw - c), off x_raw - c by at most u |x_raw - c|.
        dx = U64 if raw else 0.0
        lin_form = (2.0 * sq * cc + n_beta + m_abs * cc) if raw else 0.0
        const_form = (abs(g) + 2.0 * cc * n_beta + cc * cc * (m_abs + sq) + cc * ab) if raw else 0.0
        # Twice: float32 evaluation, float64 forming of M, beta, g, the float64 kernel.
        alpha2 = 2.0 * (0.5 * g32 * m_abs + kappa + g64 * sq + 6.0 * g64 * sq + dx * m_abs)
        alpha1 = 2.0 * (
            g32 * n_lin + kappa + g64 * (ab + lin_form) + dx * (n_beta + 2.0 * m_abs * cc)
        )
        alpha0 = (
            2.0
            * (
                kappa
                + g64 * (abs(c0) + abs(c1) + 0.5 * (b0 * b0 + b1 * b1) + const_form)
                + 6.0 * g64 * (f0 * f0 + f1 * f1)
                + U64 * (abs(c0) + abs(c1))
                + dx * (n_beta * cc + m_abs * cc * cc)
            )
            + 2.0**-98
        )
        return cls(
            model=model,
            pair=(i0, i1),
            weights=np.ascontiguousarray(weights, dtype=np.float32),
            linear=linear.astype(np.float32),
            g=float(g_plan),
            gamma=_gamma(d + 3, U32),
            alpha=(alpha2, alpha1, alpha0),
            curvature=0.5 * float(np.abs(np.linalg.eigvalsh(m)).max()) * (1.0 + 2.0**-30),
            raw=bool(raw),
        )

    def _quadratic_form(self, xs: np.ndarray, r2: np.ndarray, q: np.ndarray, y: np.ndarray) -> None:
        """``q = x^T (beta - M x / 2)`` (float32) for rows ``xs = [1, x]``, or ``beta^T x``.

        ``|x^T M x| / 2 <= |M|_2 r^2 / 2``: where ``|beta^T x + g|`` exceeds that and the
        error bound ``B(r)`` (which covers the float32 ``beta^T x``, D + 2 roundings), its
        sign is the label and the ``D x D`` product is not needed for the row. (Classes
        whose covariances differ little have a small ``M``; where they differ much, few
        rows pass and the product is made for all.)
        """
        alpha2, alpha1, alpha0 = self.alpha
        np.matmul(xs[:, 1:], self.linear, out=q)
        lin = q.astype(np.float64)
        lin += self.g
        r = _row_norm(r2, xs.shape[1] - 1, self.gamma)
        bound = ((alpha2 + self.curvature) * r + alpha1) * r
        bound += alpha0
        bound += 2.0**-51 * np.abs(lin)
        rest = np.flatnonzero(~(np.abs(lin) > bound))
        if rest.size > len(xs) // 2:
            rest = slice(None)
        elif not rest.size:
            return
        sub = xs[rest]
        m = len(sub)
        np.matmul(sub, self.weights, out=y[:m])
        q[rest] = np.einsum("md,md->m", y[:m], sub[:, 1:])

    def kernel(self, X: np.ndarray, scores: Scores):
        model = self.model
        d = X.shape[1]
        i0, i1 = self.pair
        alpha2, alpha1, alpha0 = self.alpha
        centre, raw = model.centre, self.raw
        rows = max(256, min(4096, _CELLS // (2 * d + 1)))

        def run(lo: int, hi: int) -> None:
            check = min(_CHECK_ROWS, hi - lo)
            m_max = min(rows, check)
            xs = np.empty((m_max, d + 1), dtype=np.float32)  # [1, x - c], row-major
            xs[:, 0] = 1.0
            y = np.empty((m_max, d), dtype=np.float32)
            q = np.empty(check, dtype=np.float32)
            r2 = np.empty(check, dtype=np.float32)
            pending = _Pending(model, X, scores)
            for start in range(lo, hi, check):
                stop = min(start + check, hi)
                for s0 in range(start, stop, m_max):
                    s1 = min(s0 + m_max, stop)
                    m, j = s1 - s0, s0 - start
                    x = xs[:m, 1:]
                    if raw:
                        np.copyto(x, X[s0:s1], casting="same_kind")
                    else:
                        np.subtract(X[s0:s1], centre, out=x, casting="same_kind")
                    np.einsum("md,md->m", x, x, out=r2[j : j + m])
                    self._quadratic_form(xs[:m], r2[j : j + m], q[j : j + m], y)
                m = stop - start
                delta = q[:m].astype(np.float64)
                delta += self.g
                r = _row_norm(r2[:m], d, self.gamma)
                bound = (alpha2 * r + alpha1) * r
                bound += alpha0
                bound += 2.0**-51 * np.abs(delta)
                # The first maximum on a tie, as numpy's argmax: class i0 unless s_1 > s_0.
                scores.best[start:stop] = np.where(delta > 0.0, i0, i1)
                scores.top[start:stop] = 0.0
                unsure = np.flatnonzero(~(np.abs(delta) > bound))
                if unsure.size:
                    _name_bad_values(r2[:m], X[start:stop], start)
                    pending.add(start + unsure)
            pending.flush()

        return run


def float32_labels(model: FullModel, X: np.ndarray, scores: Scores) -> bool:
    """Fill ``scores.best`` (and ``top``) by the float32 path; False if it does not apply.

    It applies to predictions of at least ``MIN_ROWS`` rows whose float32 matrices stay
    within ``_MAX_ENTRY``.
    """
    n, d = X.shape
    live = _live(model)
    if n < MIN_ROWS or not live.size:
        return False
    spread = np.einsum("kii->ki", model.whiten[live])
    if not np.all(np.abs(spread) >= 1.0 / _MAX_ENTRY):
        return False
    plan = _Difference.build(model) if len(live) == 2 else _Whitened.build(model)
    if plan is None:
        return False
    score_rows(n, plan.kernel(X, scores), scores, model.const.shape[0] * d * d)
    return True


__all__ = ["MIN_ROWS", "float32_labels", "rescore_rows"]
