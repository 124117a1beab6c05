"""Where the scoring kernels put each block's scores, and the threads they run in.

Both prediction kernels (``DiagModel``, ``FullModel``) score blocks of rows class-major,
``(n_classes, m)``, into a ``Scores``: the whole joint log-likelihood for ``predict_proba``
and friends, or, for ``predict``, only each row's best class and its score, taken block by
block while the block is in cache. ``score_rows`` splits the rows over threads.
"""

from __future__ import annotations

import threading

import numpy as np

from ._parallel import map_ranges, split_rows, worker_count
from ._resources import check_memory


class Scores:
    """Where scoring kernels put each block's class-major scores ``(n_classes, m)``.

    The joint log-likelihood is stored class-major, ``(n_classes, n_rows)``: each block is
    written contiguously, where a row-major ``(n_rows, n_classes)`` array took ~55 ms of
    strided writes on 1e6 x 10. It is returned as an ``(n_rows, n_classes)`` view, whose
    per-row maximum (``predict_proba``) numpy then takes along contiguous columns (9 ms
    against 60 ms row-major, 1e6 x 10) and whose ``argmax(axis=1)`` is as fast.

    With ``best`` (``predict``) only each row's best class and its score are kept: a block's
    scores go to a per-thread buffer of the block's size, still in cache, and its argmax is
    taken there (``done``). Storing all scores and taking the argmax afterwards wrote and
    read back an ``(n_classes, n_rows)`` array (80 MB on 1e6 x 10, first touched page by page)
    for nothing: 80-100 ms of CPU on 1e6 x 20, 10 classes.
    """

    def __init__(self, n_rows: int, n_classes: int, *, best: bool = False) -> None:
        self.n_classes = n_classes
        self.best = np.empty(n_rows, dtype=np.intp) if best else None
        self.top = np.empty(n_rows) if best else None
        self.scores = None
        self._local = threading.local()
        if not best:
            # The scores, and the few arrays of their size predict_proba derives from them.
            check_memory(
                4 * 8 * n_rows * n_classes, f"Scoring {n_rows} rows for {n_classes} classes"
            )
            self.scores = np.empty((n_classes, n_rows))

    def view(self, start: int, stop: int) -> np.ndarray:
        """The slot of rows ``start:stop``, class-major; kernels write their scores into it.

        A kernel calls ``done(start, stop)`` once the slot holds the block's final scores.
        """
        if self.scores is not None:
            return self.scores[:, start:stop]
        buf = getattr(self._local, "buf", None)
        if buf is None or buf.shape[1] < stop - start:
            buf = self._local.buf = np.empty((self.n_classes, stop - start))
        return buf[:, : stop - start]

    def done(self, start: int, stop: int) -> None:
        """Rows ``start:stop`` are scored (called in their thread, block by block)."""
        if self.best is None:
            return
        block = self.view(start, stop)
        best, top = self.best[start:stop], self.top[start:stop]
        np.max(block, axis=0, out=top)
        if self.n_classes > 255:
            np.argmax(block, axis=0, out=best)
            return
        # The first class that reaches the maximum, as numpy's argmax picks it: the class
        # k that has the largest (K - k) among those equal to the maximum. np.argmax along
        # the class axis copies the block row-major and scans rows of K: 2x slower.
        hit = np.equal(block, top, out=self._scratch(block.shape, np.bool_))
        first = np.multiply(hit, self._countdown(), out=self._scratch(block.shape, np.uint8))
        np.subtract(self.n_classes, first.max(axis=0), out=best)
        # A NaN score (an overflow's inf - inf) makes the maximum NaN and equals nothing;
        # as numpy's argmax, point at the (first) NaN there.
        lost = best == self.n_classes
        if lost.any():
            best[lost] = np.argmax(block[:, lost], axis=0)

    def settle(self, rows: np.ndarray, block: np.ndarray) -> None:
        """Rows ``rows`` (indices into the whole X) were scored again: ``block`` (K, len(rows)).

        For ``predict``'s float32 path, which decides most rows itself (writing ``best``
        and ``top``) and hands the rows it cannot certify to the float64 kernel; their best
        class is taken as ``done`` takes it (numpy's argmax: the first maximum, or the
        first NaN).
        """
        best = np.argmax(block, axis=0)
        self.best[rows] = best
        self.top[rows] = block[best, np.arange(block.shape[1])]

    def _scratch(self, shape: tuple[int, int], dtype: type) -> np.ndarray:
        key = f"scratch_{np.dtype(dtype).name}"
        buf = getattr(self._local, key, None)
        if buf is None or buf.shape[1] < shape[1]:
            buf = np.empty(shape, dtype=dtype)
            setattr(self._local, key, buf)
        return buf[:, : shape[1]]

    def _countdown(self) -> np.ndarray:
        """``[[K], [K - 1], ..., [1]]`` as uint8, for ``done``."""
        return (self.n_classes - np.arange(self.n_classes, dtype=np.uint8))[:, None]

    def result(self) -> np.ndarray | None:
        return None if self.scores is None else self.scores.T


def score_rows(n_rows: int, kernel, scores: Scores, width: int):
    """Run ``kernel(lo, hi)`` over row ranges in threads; return ``scores.result()``.

    ``width`` is the number of multiply-adds per row, for deciding whether BLAS must be
    kept single-threaded (see ``map_ranges``). Rows beyond float64's range score -inf (or
    NaN); the prediction methods report such rows by name, so numpy's overflow warnings
    would only repeat that.
    """

    def run(lo: int, hi: int) -> None:
        with np.errstate(over="ignore", invalid="ignore", under="ignore"):
            kernel(lo, hi)

    map_ranges(run, split_rows(n_rows, worker_count(n_rows)), width)
    return scores.result()


__all__ = ["Scores", "score_rows"]
