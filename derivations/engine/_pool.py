"""The one worker pool: forked processes that inherit what the parent has built.

Checking is CPU-bound sympy work. Workers are forked after the parent has
built the derivation, the numeric context and sympy's import, so they inherit
all of it instead of paying for it again; only task indices go out, and
picklable results come back. ``derivations check`` (steps and confirmations in
one pool) and ``derivations check-post`` use it.

``--jobs`` means the same everywhere:

- ``N >= 1``: at most N worker processes (1: everything in this process);
- ``0``: one per usable CPU;
- default (``None``): one per usable CPU, at most 2.

Without the ``fork`` start method (not Linux) everything runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: The default number of workers, at most.
DEFAULT_MAX_JOBS = 2

_TASKS: Sequence[Callable[[], Any]] = ()


def usable_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int | None) -> int:
    """The number of workers ``jobs`` asks for (see the module docstring)."""
    if jobs is None:
        return min(DEFAULT_MAX_JOBS, usable_cpus())
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
        raise ValueError(f"jobs must be a whole number >= 0 (0: one per CPU), got {jobs!r}.")
    return usable_cpus() if jobs == 0 else jobs


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _run_index(i: int) -> tuple[int, bool, Any]:
    try:
        return i, True, _TASKS[i]()
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which re-raises
        return i, False, exc


def _forked_at_a_fixed_depth(workers: int) -> Any:
    """A fork pool whose workers start from a new thread's short call stack.

    A forked worker keeps the frames of the call that forked it, and runs every task
    above them. CPython 3.11 keeps frames in chunks that it maps and unmaps as a call
    crosses their ends; how deep the caller was decides where a task's recursion meets
    those ends. Measured on external52's gmjw post: called from a pytest test, one worker
    made 4.5 million mmap/munmap calls and its task took 9.4 s of CPU against 5.2 s from a
    plain script, so a step under its 3 s limit in one timed out in the other - the same
    row refuted by ``check-post`` and unchecked in the test suite. Forked from a fresh
    thread, every worker starts at the same depth whoever calls. The forking thread is
    the child's only thread, and Python makes it the child's main thread, so the CPU
    time limits (SIGPROF) hold in the workers as before.
    """
    box: list[Any] = []

    def fork() -> None:
        try:
            box.append(multiprocessing.get_context("fork").Pool(workers))
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box.append(exc)

    thread = threading.Thread(target=fork, name="derivations-pool-fork")
    thread.start()
    thread.join()
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def run(
    tasks: Sequence[Callable[[], T]],
    jobs: int | None = None,
    on_result: Callable[[int, T], None] | None = None,
) -> list[T]:
    """Run ``tasks`` (callables without arguments); return their results in order.

    Parameters
    ----------
    tasks : sequence of callables
        Each returns a picklable value when run in a worker.
    jobs : int, optional
        See the module docstring.
    on_result : callable, optional
        ``on_result(index, result)`` in the parent as each task finishes (for
        progress and for storing results as they come).

    Raises
    ------
    Exception
        The first exception a task raised, re-raised in the parent.
    """
    global _TASKS
    workers = min(resolve_jobs(jobs), len(tasks))
    results: list[Any] = [None] * len(tasks)
    if workers <= 1 or not can_fork():
        for i, task in enumerate(tasks):
            results[i] = task()
            if on_result is not None:
                on_result(i, results[i])
        return results
    _TASKS = tasks
    try:
        with _forked_at_a_fixed_depth(workers) as pool:
            for i, ok, value in pool.imap_unordered(_run_index, range(len(tasks))):
                if not ok:
                    raise value
                results[i] = value
                if on_result is not None:
                    on_result(i, value)
    finally:
        _TASKS = ()
    return results


__all__ = ["DEFAULT_MAX_JOBS", "can_fork", "resolve_jobs", "run", "usable_cpus"]
