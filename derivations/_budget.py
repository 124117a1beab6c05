"""Limits on what a line may ask of the checker, enforced before anything is evaluated.

A row of a post is text anyone can push, and sympy evaluates what it is
given: ``\\mu^{10^{10^{10}}}`` asks for a number with ten billion digits,
``100000000!`` for a factorial with hundreds of millions, and
``\\sum_{n=1}^{10^{12}} n`` for a trillion terms - each would hang the check or
exhaust memory inside sympy, where nothing can interrupt it. So every line is
measured first, on its *written* (unevaluated) tree, with floating-point
estimates that never build the big numbers:

- size: at most ``max_nodes`` nodes and ``max_depth`` levels;
- numbers: at most ``max_digits`` digits, for every literal and for
  every power or factorial of literals, estimated from logarithms;
- exponents: a power of a non-number has an exponent of at most
  ``max_exponent`` (expanding ``(x - mu)^{10^6}`` is as bad);
- factorials and binomials of numbers: arguments up to ``max_factorial``;
- sums and products with numeric limits: at most ``max_terms`` terms.

Past a limit the line is not checked; the reason names the limit. A CPU-time
limit per step (:func:`time_limit`, ``step_seconds``) is the backstop for
anything else. The limits are fields of :class:`derivations.Settings`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import math
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import sympy as sp

from ._settings import DEFAULT, Settings


class OverBudget(ValueError):
    """A line asks for more than a limit allows; the message names the limit."""


class StepTimeout(Exception):
    """A step used more CPU time than its limit."""


def _log10_magnitude(e: sp.Basic, limits: Settings, depth: int = 0) -> float | None:
    """An estimate of log10 |value| of a numeric subtree, None if not a plain number."""
    if depth > limits.max_depth:
        raise OverBudget(f"expression nested deeper than the limit of {limits.max_depth} levels")
    if e.is_Integer:
        v = abs(int(e)) if e.p.bit_length() < 4 * limits.max_digits else None
        if v is None:
            raise OverBudget(f"a number with more than {limits.max_digits} digits")
        return math.log10(v) if v else -math.inf
    if e.is_Rational:
        return _log10_magnitude(sp.Integer(e.p), limits) - _log10_magnitude(sp.Integer(e.q), limits)
    if e.is_Float:
        v = abs(float(e))
        return math.log10(v) if v and math.isfinite(v) else 0.0
    if e in (sp.pi, sp.E):
        return 0.5
    if isinstance(e, sp.Pow):
        b = _log10_magnitude(e.base, limits, depth + 1)
        x = _value_estimate(e.exp, limits, depth + 1)
        if b is None or x is None:
            return None
        if b == -math.inf:
            return -math.inf
        return b * x
    if isinstance(e, (sp.Add, sp.Mul)):
        parts = [_log10_magnitude(a, limits, depth + 1) for a in e.args]
        if any(p is None for p in parts):
            return None
        finite = [p for p in parts if p != -math.inf]
        if not finite:
            return -math.inf
        return sum(finite) if isinstance(e, sp.Mul) else max(finite) + math.log10(len(parts))
    if isinstance(e, (sp.factorial, sp.gamma, sp.factorial2)):
        n = _value_estimate(e.args[0], limits, depth + 1)
        if n is None:
            return None
        if n > limits.max_factorial:
            raise OverBudget(f"a factorial of a number above the limit of {limits.max_factorial}")
        if isinstance(e, sp.factorial2):  # n!! = 2^(n/2) (n/2)! for even n, near it for odd
            m = max(n, 0) / 2
            return (math.lgamma(m + 1) + m * math.log(2)) / math.log(10)
        return math.lgamma(max(n, 0) + 1) / math.log(10)
    return None


def _value_estimate(e: sp.Basic, limits: Settings, depth: int) -> float | None:
    """A signed estimate of a numeric subtree's value (capped), None if not a number."""
    mag = _log10_magnitude(e, limits, depth)
    if mag is None:
        return None
    if mag > 300:
        return math.inf
    if mag == -math.inf:
        return 0.0
    v = 10.0**mag
    negative = e.is_Number and e.is_negative
    if isinstance(e, sp.Mul) and e.args and e.args[0].is_Number and e.args[0].is_negative:
        negative = True
    return -v if negative else v


def check(e: sp.Basic, limits: Settings = DEFAULT) -> None:
    """Raise :class:`OverBudget` when the written line ``e`` exceeds a limit."""
    nodes = 0
    stack: list[tuple[sp.Basic, int]] = [(e, 0)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.max_nodes:
            raise OverBudget(
                f"a line of more than {limits.max_nodes} terms and factors (the limit)"
            )
        if depth > limits.max_depth:
            raise OverBudget(
                f"expression nested deeper than the limit of {limits.max_depth} levels"
            )
        if node.is_Integer and node.p.bit_length() > 3.33 * limits.max_digits:
            raise OverBudget(f"a number with more than {limits.max_digits} digits (the limit)")
        if isinstance(node, sp.Pow):
            mag = _log10_magnitude(node, limits)
            # An exact power is as costly tiny as huge: (1/2)^(10^9) has 3e8 digits too.
            if mag is not None and math.isfinite(mag) and abs(mag) > limits.max_digits:
                raise OverBudget(
                    f"a power with about {_short(abs(mag))} digits: over the limit of "
                    f"{limits.max_digits} digits"
                )
            x = _value_estimate(node.exp, limits, 0)
            if mag is None and x is not None and abs(x) > limits.max_exponent:
                raise OverBudget(
                    f"an exponent of about {_short_value(x)}: over the limit of "
                    f"{limits.max_exponent}"
                )
        elif isinstance(node, (sp.factorial, sp.factorial2, sp.gamma, sp.binomial)):
            for a in node.args:
                v = _value_estimate(a, limits, 0)
                if v is not None and abs(v) > limits.max_factorial:
                    raise OverBudget(
                        f"a factorial or binomial of about {_short_value(v)}: over the "
                        f"limit of {limits.max_factorial}"
                    )
        elif isinstance(node, (sp.Sum, sp.Product)):
            for lim in node.limits:
                lo = _value_estimate(lim[1], limits, 0)
                hi = _value_estimate(lim[2], limits, 0)
                if lo is not None and hi is not None and hi - lo + 1 > limits.max_terms:
                    raise OverBudget(
                        f"a sum over about {_short_value(hi - lo + 1)} terms: over the limit "
                        f"of {limits.max_terms}"
                    )
        elif node.is_Number:
            mag = _log10_magnitude(node, limits)
            if mag is not None and mag > limits.max_digits:
                raise OverBudget(f"a number with more than {limits.max_digits} digits (the limit)")
        if not node.is_Atom:
            stack.extend((a, depth + 1) for a in node.args)


def _short(mag: float) -> str:
    return f"{mag:.3g}" if math.isfinite(mag) else "more than 10^300"


def _short_value(v: float) -> str:
    if not math.isfinite(v):
        return "10^(more than 300)"
    return f"{v:.3g}"


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`StepTimeout` in the block after ``seconds`` of this thread's CPU time.

    CPU time, not wall time: a verdict must not depend on what else the machine is
    doing. With a wall-clock limit, a step that takes 1 s alone was "timed out" on a
    machine shared with other jobs (a load of 4 stretched it past 3 s), and the
    same derivation was proved in one run and unchecked in the next.

    The checking thread's own CPU time, not the process's: the kernel's profiling
    timer (``ITIMER_PROF``) counts every thread of the process, so a thread left
    running by someone else (a scheduler's heartbeat, a test runner's helper)
    brought the alarm forward. The alarm only wakes :func:`_expired`, which compares
    :func:`time.thread_time` with the deadline and sets the alarm again for what is
    left when the thread has not used its time.

    Limits nest: an inner block may have a shorter limit than the step around it,
    and the outer one still holds after the inner block ends.

    Works in the main thread of a process (the checker's, or a pool worker's);
    elsewhere, or without SIGPROF, the block runs unlimited.

    Once a post's budget is spent (:func:`post_budget`), no timed block starts: it
    raises at once, naming the budget, as if its own limit had been used.
    """
    spent = post_budget_spent()
    if spent:
        raise StepTimeout(spent)
    if (
        not seconds
        or not hasattr(signal, "SIGPROF")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    with _opened(_Limit(time.thread_time() + seconds, seconds)):
        yield


class PostTimeout(BaseException):
    """The post's time budget ran out while the post was read or built (:func:`post_deadline`).

    A ``BaseException``: the reading catches ``Exception`` around each row and each guess
    (an unreadable row is "unparsed"), and would take it for that row's failure and go on
    to the next; the budget ends the whole reading instead."""


@contextlib.contextmanager
def post_deadline() -> Iterator[None]:
    """Raise :class:`PostTimeout` in the block once the open post budget (:func:`post_budget`)
    is spent, by the wall clock the budget is kept in; at once if it is spent already.

    ATTACK60: the budget was looked at only before each step was checked, and reading and
    building a post of slow rows took 14 s under a budget of 1 s (each density identified as
    a family). The alarm is the step limits' (the process's CPU time), set to look at the
    wall clock every 0.1 s of CPU time and to wait on while there is time left. Outside a
    post budget, in a thread other than the main one, or without SIGPROF, the block runs
    unbounded."""
    if not _POST:
        yield
        return
    deadline, seconds = _POST[-1]
    if time.monotonic() >= deadline:
        raise PostTimeout(_timed_out(seconds))
    if not hasattr(signal, "SIGPROF") or threading.current_thread() is not threading.main_thread():
        yield
        return
    with _opened(_Limit(deadline, seconds, wall=True)):
        yield


def step_limit_open() -> bool:
    """Does a step's CPU-time limit (:func:`time_limit`) bound the work here? The post's
    budget (:func:`post_deadline`) is not one."""
    return any(not limit.wall for limit in _OPEN)


def _timed_out(seconds: float) -> str:
    return (
        f"timed out after {seconds:g} s while the post was read and built "
        f"({POST_BUDGET_SPENT}, see --post-seconds)"
    )


@contextlib.contextmanager
def _opened(limit: _Limit) -> Iterator[None]:
    """Inside the block ``limit`` is one of :data:`_OPEN`, its alarm set."""
    outermost = not _OPEN
    previous = signal.signal(signal.SIGPROF, _expired) if outermost else None
    _OPEN.append(limit)
    _arm()
    try:
        yield
    finally:
        while True:
            # A tick may land during this cleanup: start it again until it is done (a post
            # budget that ran out here fires again at the next tick, outside).
            try:
                if limit in _OPEN:
                    _OPEN.remove(limit)
                if _OPEN:
                    _arm()
                else:
                    signal.setitimer(signal.ITIMER_PROF, 0)
                    if outermost:
                        signal.signal(signal.SIGPROF, previous)
                break
            except (StepTimeout, PostTimeout):
                continue


@dataclasses.dataclass(eq=False)
class _Limit:
    deadline: float  # in time.thread_time() of the main thread, or time.monotonic() if wall
    seconds: float
    wall: bool = False  # the post's budget (:func:`post_deadline`), not a step's CPU time

    def left(self) -> float:
        return self.deadline - (time.monotonic() if self.wall else time.thread_time())

    def alarm(self) -> float:
        """CPU seconds until the alarm must look at this limit: the wall clock runs faster
        than the CPU time of a process sharing the machine (1 s of CPU took 8 s at load 13),
        so a post's budget is looked at every :data:`_RETRY_SECONDS` of CPU time."""
        return min(self.left(), _RETRY_SECONDS) if self.wall else self.left()


#: The open limits of the main thread, outermost first.
_OPEN: list[_Limit] = []
if hasattr(os, "register_at_fork"):
    # A worker forked inside a limit starts with none: the kernel's alarm is not
    # inherited, and the parent's deadlines are in the parent's thread time.
    os.register_at_fork(after_in_child=_OPEN.clear)

#: How often a step's time limit fires again after the first alarm was swallowed
#: (code inside, sympy's simplify for one, may catch it with a broad ``except``).
_RETRY_SECONDS = 0.1


def _arm() -> None:
    """Set the process's profiling alarm for the nearest deadline of :data:`_OPEN`."""
    left = min(limit.alarm() for limit in _OPEN)
    signal.setitimer(signal.ITIMER_PROF, max(left, 0.001), _RETRY_SECONDS)


def _expired(signum: int, frame: object) -> None:
    """The alarm's handler: raise for a limit this thread has used up, else wait on."""
    if not _OPEN:
        return
    due = [limit for limit in _OPEN if limit.left() <= 0]
    post = [limit for limit in due if limit.wall]
    if post:
        raise PostTimeout(_timed_out(post[0].seconds))
    if due:
        # The outermost: the step's own limit names the step's time.
        where = _phase(frame)
        raise StepTimeout(
            f"timed out after {due[0].seconds:g} s (the limit per step)"
            + (f", in {where}" if where else "")
        )
    _arm()  # other threads used the process's time: wait for this thread's


#: The checks of a step, by the module that runs them: a timeout names the one that was
#: running, so that a step slow on one machine and not on another can be read from its
#: reason alone (a step of 0.1 s timed out in one CI run and in no run here).
_PHASES = {
    "derivations.engine._rule_check": "the rule check",
    "derivations.engine._symbolic_check": "the symbolic check",
    "derivations.engine._numeric_check": "the numeric check",
}


def _phase(frame: Any) -> str:
    """The check :data:`_PHASES` names that ``frame`` runs in (the outermost one), or ""."""
    found = ""
    while frame is not None:
        found = _PHASES.get(frame.f_globals.get("__name__", ""), found)
        frame = frame.f_back
    return found


#: The wall-clock moment (:func:`time.monotonic`, one clock for a process and the workers it
#: forks) after which no step of the current post starts, and its budget in seconds.
_POST: list[tuple[float, float]] = []

#: The words every verdict of a spent post budget holds (so that caches can leave it out).
POST_BUDGET_SPENT = "the post's time budget"


@contextlib.contextmanager
def post_budget(seconds: float) -> Iterator[None]:
    """Inside the block, :func:`post_budget_spent` says when ``seconds`` of wall-clock time
    have passed since it opened (``Settings.post_seconds``: each step is bounded by its own
    limit, a post of many slow steps only by this). Workers forked inside the block see the
    same deadline: the monotonic clock is the machine's."""
    if seconds < 0 or not math.isfinite(seconds):
        raise ValueError(f"post_seconds must be a finite number >= 0, got {seconds!r}.")
    _POST.append((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _POST.pop()


def post_budget_spent() -> str:
    """Why no further step may start ("" while the post's budget lasts, or outside one)."""
    if not _POST or time.monotonic() < _POST[-1][0]:
        return ""
    return (
        f"{POST_BUDGET_SPENT} ({_POST[-1][1]:g} s, see --post-seconds) was spent before "
        "this step was checked"
    )


#: Modules sympy imports inside its functions the first time they run (``simplify``
#: imports ``sympy.physics.units``, ~0.5 s of CPU): a set-up cost of the process.
SLOW_FIRST_IMPORTS = ("sympy.physics.units",)


def untimed_imports() -> None:
    """Import :data:`SLOW_FIRST_IMPORTS` now, without charging the step's time limit.

    Called before ``sympy.simplify``: the first step of a worker to simplify paid
    the import (0.5 s of its 3 s), so whether a slow step was proved depended on
    which worker checked it first. The open deadlines move by the import's time.
    """
    missing = [m for m in SLOW_FIRST_IMPORTS if m not in sys.modules]
    if not missing:
        return
    timed = bool(_OPEN) and threading.current_thread() is threading.main_thread()
    if timed:
        signal.setitimer(signal.ITIMER_PROF, 0)  # no alarm half-way through an import
    began = time.thread_time()
    try:
        for name in missing:
            importlib.import_module(name)
    finally:
        if timed:
            spent = time.thread_time() - began
            for limit in _OPEN:
                if not limit.wall:  # the post's budget is the wall clock's
                    limit.deadline += spent
            _arm()


__all__ = [
    "POST_BUDGET_SPENT",
    "OverBudget",
    "PostTimeout",
    "StepTimeout",
    "check",
    "post_budget",
    "post_budget_spent",
    "post_deadline",
    "step_limit_open",
    "time_limit",
    "untimed_imports",
]
