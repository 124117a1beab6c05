"""Threads over row ranges, with BLAS single-threaded inside them.

The estimators' kernels work on blocks of a few hundred KiB, whose products are too small
for OpenBLAS's own threads to help (waking them cost more than the product here). Instead
the rows are split into one contiguous range per core and each range is processed by a
Python thread; numpy releases the GIL inside ufunc loops and BLAS calls, which is where
the time goes. The number of threads follows the BLAS thread count the caller allows
(``threadpoolctl.threadpool_limits(1)`` makes everything single-threaded, as a dask worker
or a user on a shared machine may want) and the cores this process may run on.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: Below this many rows per thread, a second thread costs more than it saves.
MIN_ROWS_PER_THREAD = 32_768


@functools.cache
def _controller() -> Any:
    from threadpoolctl import ThreadpoolController  # a scikit-learn dependency

    return ThreadpoolController()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def blas_threads() -> int:
    """Threads the BLAS library may use right now (1 under ``threadpool_limits(1)``)."""
    libs = _controller().select(user_api="blas").lib_controllers
    if not libs:
        return 1
    return max(1, max(int(lib.num_threads) for lib in libs))


def worker_count(n_rows: int, min_rows: int = MIN_ROWS_PER_THREAD) -> int:
    """Threads to split ``n_rows`` over: at most one per core and per allowed BLAS thread."""
    if n_rows < 2 * min_rows:
        return 1
    return max(1, min(_cores(), blas_threads(), n_rows // min_rows))


_lock = threading.Lock()
_users = 0
_limiter: Any = None


@contextlib.contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Limit BLAS to one thread while blocks are processed.

    The limit is process-wide, so it is reference-counted: with several threads inside at
    once (ours, or a threaded dask scheduler's), the first to enter sets it and the last to
    leave restores the original thread count.
    """
    global _users, _limiter
    with _lock:
        if _users == 0:
            _limiter = _controller().limit(limits=1, user_api="blas")
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                _limiter.restore_original_limits()
                _limiter = None


def split_rows(n_rows: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` contiguous ranges covering ``range(n_rows)``, sizes differing by at most 1."""
    parts = max(1, min(parts, n_rows)) if n_rows else 1
    edges = [n_rows * i // parts for i in range(parts + 1)]
    return list(zip(edges[:-1], edges[1:], strict=True))


def map_ranges(
    fn: Callable[[int, int], T], ranges: Sequence[tuple[int, int]], width: int = 1
) -> list[T]:
    """``[fn(lo, hi) for lo, hi in ranges]``, one thread per range, BLAS single-threaded.

    The first exception raised by any range is re-raised (after all threads finished).
    Tiny inputs (one range of fewer than 64 Ki cells, ``width`` cells per row) run as
    they are: limiting BLAS costs ~70 us, and products that small are not threaded. (A
    product over 2e4 rows is: OpenBLAS waking its threads made a 20000 x 20 prediction
    take 0.2 s instead of 3 ms on this machine.)
    """
    if len(ranges) == 1 and (ranges[0][1] - ranges[0][0]) * width < 1 << 16:
        return [fn(*ranges[0])]
    with single_threaded_blas():
        if len(ranges) == 1:
            return [fn(*ranges[0])]
        results: list[Any] = [None] * len(ranges)
        errors: list[BaseException | None] = [None] * len(ranges)

        def target(i: int) -> None:
            try:
                results[i] = fn(*ranges[i])
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                errors[i] = exc

        threads = [threading.Thread(target=target, args=(i,)) for i in range(1, len(ranges))]
        for t in threads:
            t.start()
        target(0)  # the calling thread takes the first range
        for t in threads:
            t.join()
        for err in errors:
            if err is not None:
                raise err
        return results


__all__ = [
    "MIN_ROWS_PER_THREAD",
    "blas_threads",
    "map_ranges",
    "single_threaded_blas",
    "split_rows",
    "worker_count",
]
