"""The step time limit counts the checking thread's CPU time, and limits nest.

Written before the fix. CI failed on ``test_post_integrated_away`` (a row proved in
0.8 s of CPU here was not proved in a pytest worker that had run other tests first):
the limit used ``ITIMER_PROF``, which counts the CPU time of every thread of the
process, so a thread left busy by an earlier test brought the step's alarm forward.
A nested limit (a density check inside a step) also switched the step's alarm off
when it ended.
"""

from __future__ import annotations

import threading
import time

import pytest

from derivations import _budget


def _spin(seconds: float) -> None:
    """Use ``seconds`` of this thread's CPU time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_busy_thread_elsewhere_does_not_use_up_the_steps_time():
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))  # holds the GIL in short turns, like a scheduler's loop

    other = threading.Thread(target=busy, daemon=True)
    other.start()
    try:
        # 0.3 s of this thread's CPU under a 0.5 s limit: the other thread's CPU time,
        # counted by the process timer, would pass 0.5 s first.
        with _budget.time_limit(0.5):
            _spin(0.3)
    finally:
        stop.set()
        other.join()


def test_the_limit_still_fires_on_the_checking_threads_own_time():
    began = time.thread_time()
    with pytest.raises(_budget.StepTimeout, match="timed out after 0.2 s"):
        with _budget.time_limit(0.2):
            _spin(5)
    assert time.thread_time() - began < 4.5  # before the spin ends (late alarms: below)


def test_an_inner_limit_leaves_the_outer_one_armed():
    began = time.thread_time()
    with pytest.raises(_budget.StepTimeout, match="timed out after 0.4 s"):
        with _budget.time_limit(0.4):
            with _budget.time_limit(2):
                _spin(0.05)
            _spin(5)  # the outer limit must stop this
    # Well before the 5 s spin ends. Not "soon after 0.4 s": under load the kernel's
    # profiling alarm comes late for a loop that reads the thread clock (it fired after
    # 1.2-2.3 s of CPU at a load of 12 on this project's 2-core machine, 2026-12-06).
    assert time.thread_time() - began < 4.5


def test_a_shorter_inner_limit_fires_first_and_the_outer_goes_on():
    with _budget.time_limit(3):
        with pytest.raises(_budget.StepTimeout, match="timed out after 0.2 s"):
            with _budget.time_limit(0.2):
                _spin(5)
        _spin(0.1)  # still inside the outer limit, which has time left


def test_nothing_fires_after_the_blocks():
    with _budget.time_limit(0.1):
        _spin(0.02)
    _spin(0.4)  # a stray alarm would raise here


def test_a_process_forked_inside_a_limit_starts_with_none():
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")

    def child(out) -> None:
        # a limit opened in the child is the child's outermost: it must fire there
        try:
            with _budget.time_limit(0.2):
                _spin(5)
            out.put("ran on")
        except _budget.StepTimeout:
            out.put(len(_budget._OPEN))

    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    with _budget.time_limit(10):
        worker = ctx.Process(target=child, args=(out,))
        worker.start()
        said = out.get(timeout=20)
        worker.join()
    assert said == 0


def test_the_first_imports_are_not_interrupted_nor_charged(monkeypatch):
    # The import of sympy.physics.units (0.5 s, once per process) runs with the alarm
    # paused, and the open limit's deadline moves by its time.
    import importlib

    calls = []

    def slow_import(name):
        calls.append(name)
        _spin(0.4)

    monkeypatch.setattr(_budget, "SLOW_FIRST_IMPORTS", ("no.such.module",))
    monkeypatch.setattr(importlib, "import_module", slow_import)
    with _budget.time_limit(0.3):
        _budget.untimed_imports()  # 0.4 s past a 0.3 s limit: neither raised nor charged
        _spin(0.1)
    assert calls == ["no.such.module"]


def _spinning_in(module: str):
    """A function that spins, defined as if it were in ``module`` (its frames say so)."""
    space = {"__name__": module, "_spin": _spin}
    exec("def spin(seconds):\n    _spin(seconds)\n", space)  # noqa: S102 - test-only code
    return space["spin"]


@pytest.mark.parametrize(
    ("module", "phase"),
    [
        ("derivations.engine._numeric_check", "in the numeric check"),
        ("derivations.engine._symbolic_check", "in the symbolic check"),
        ("derivations.engine._rule_check", "in the rule check"),
    ],
)
def test_a_timeout_names_the_check_that_used_the_time(module, phase):
    # A step that normally takes 0.1 s timed out in one CI run and in no run here: the
    # reason must say which check was running, so that the next such report can be read.
    with pytest.raises(_budget.StepTimeout, match=f"the limit per step\\), {phase}$"):
        with _budget.time_limit(0.1):
            _spinning_in(module)(5)


def test_a_timeout_outside_the_known_checks_says_only_the_limit():
    with pytest.raises(_budget.StepTimeout, match=r"the limit per step\)$"):
        with _budget.time_limit(0.1):
            _spin(5)
