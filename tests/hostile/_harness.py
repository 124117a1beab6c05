"""Run one hostile case in a forked child, with a time limit and a memory cap.

Importing sympy, lark, numpy and scikit-learn costs seconds, so every case
runs in a child forked from the pytest process, which has imported them once
(:func:`prewarm`). The child

- starts a process group of its own (so workers it forks die with it),
- sends its stdout and stderr to files, reads stdin from ``/dev/null``,
- caps its address space with ``RLIMIT_AS`` (:data:`MEMORY_LIMIT`),
- sets the environment it is given (``DERIVATIONS_CACHE_DIR`` above all),
- calls the entry point (``derivations.__main__.main(argv)``, ...) and leaves
  with ``os._exit(status)``. An exception that escapes is printed with its
  traceback, as the interpreter would print it, so the test sees it.

The parent polls ``wait4`` and kills the whole group with SIGKILL after
:data:`HARD_KILL` seconds of CPU (or :data:`WALL_KILL` of wall time); the contract
asserts :data:`TIME_LIMIT` seconds of CPU, which a busy machine does not stretch.
Several children may run at once (:func:`run_many`): the suite's cost is
dominated by cases that hang today and must be killed.
"""

from __future__ import annotations

import dataclasses
import importlib
import io
import json
import os
import re
import resource
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

#: Contract 1: every case finishes within this many seconds of CPU time (the child's and
#: its workers', user and system): CPU time, not wall time, so that a loaded machine (two
#: pytest workers, CI neighbours) neither fails a case nor hides a blow-up ...
TIME_LIMIT = 5.0
#: ... and is killed (SIGKILL to its process group) after this many CPU seconds,
HARD_KILL = 10.0
#: or after this many wall seconds, for a case that blocks without computing.
WALL_KILL = 60.0
_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
#: Contract 1: the child's address space (RLIMIT_AS).
MEMORY_LIMIT = 2 * 1024**3
#: Exit status the harness gives a child whose exception escaped the entry point.
UNCAUGHT = 70
#: Largest file the child may write (RLIMIT_FSIZE), its stdout and stderr included:
#: a case that prints gigabytes is stopped by SIGXFSZ, not by the machine's memory.
FILE_LIMIT = 512 * 1024**2
#: At most this much of each captured stream is read back (head and tail).
CAPTURE_LIMIT = 64 * 1024**2

TRACEBACK = "Traceback (most recent call last)"


@dataclasses.dataclass
class Outcome:
    """What one child did."""

    label: str
    status: int | None  # exit status; None when a signal ended the child
    signal: int | None  # the signal that ended it, if any
    stdout: str
    stderr: str
    elapsed: float  # wall seconds, fork to exit
    killed: bool  # the harness killed it (HARD_KILL CPU seconds, or WALL_KILL)
    maxrss_mib: float  # peak resident memory of the child (not its workers)
    cpu: float = 0.0  # CPU seconds, user and system, of the child and its reaped workers

    @property
    def hung(self) -> bool:
        return self.killed or self.cpu >= TIME_LIMIT

    @property
    def traceback(self) -> bool:
        return TRACEBACK in self.stdout or TRACEBACK in self.stderr

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("error: ")]

    def json(self) -> Any:
        return json.loads(self.stdout)

    def brief(self, limit: int = 300) -> str:
        """One line for failure messages."""
        if self.killed:
            head = (
                f"killed after {self.cpu:.1f} s of CPU, {self.elapsed:.1f} s of wall time "
                f"(peak {self.maxrss_mib:.0f} MiB)"
            )
        elif self.signal is not None:
            head = f"died of signal {self.signal} after {self.cpu:.1f} s of CPU"
        else:
            head = f"exit {self.status} after {self.cpu:.2f} s of CPU ({self.elapsed:.2f} s wall)"
        err = self.stderr.strip().splitlines()
        last = err[-1] if err else ""
        return f"{head}; stderr: {last[:limit]!r}" if last else head


# --------------------------------------------------------------------------- child side


def _child(
    target: Callable[[], Any],
    out_fd: int,
    err_fd: int,
    env: Mapping[str, str | None],
    cwd: str | None,
    memory: int | None,
    drop_dac: bool,
) -> None:
    code = UNCAUGHT
    try:
        os.setpgid(0, 0)
        try:
            os.setpriority(os.PRIO_PROCESS, 0, _CHILD_NICE)  # undo the parent's boost
        except OSError:
            pass
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGXFSZ):
            signal.signal(sig, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out_fd, 1)
        os.dup2(err_fd, 2)
        sys.stdin = open(0, closefd=False)  # noqa: SIM115
        sys.stdout = sys.__stdout__ = io.TextIOWrapper(
            io.FileIO(1, "w", closefd=False), encoding="utf-8", errors="backslashreplace"
        )
        sys.stderr = sys.__stderr__ = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False),
            encoding="utf-8",
            errors="backslashreplace",
            line_buffering=True,
        )
        for k, v in env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        if cwd is not None:
            os.chdir(cwd)
        if memory is not None:
            resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_LIMIT, FILE_LIMIT))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if drop_dac:
            _drop_dac()
        try:
            value = target()
        except SystemExit as exc:
            value = exc.code
            if isinstance(value, str):
                print(value, file=sys.stderr)
                value = 1
        if value is None:
            code = 0
        elif isinstance(value, bool):
            code = int(value)
        elif isinstance(value, int):
            code = value & 0xFF
        else:
            code = 0
    except BaseException:  # noqa: BLE001 - shown to the parent as an interpreter would
        try:
            traceback.print_exc()
        except BaseException:  # noqa: BLE001 - even printing failed (MemoryError)
            os.write(2, b"Traceback (most recent call last):\n  <unprintable>\n")
        code = UNCAUGHT
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except BaseException:  # noqa: BLE001, S110
                pass
        os._exit(code)


def _drop_dac() -> None:
    """Clear CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from this process.

    The suite may run as root, which writes into a mode-0555 directory and reads a
    mode-000 file regardless. Without these capabilities root is held to the
    permission bits like anyone else, while still owning (and so reading) its
    files, Python's own included. Linux only (capget/capset through libc).
    """
    import ctypes

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        ]

    if os.geteuid() != 0:
        return  # permission bits already apply
    libc = ctypes.CDLL(None, use_errno=True)
    header = Header(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3
    data = (Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget failed")
    mask = ~((1 << 1) | (1 << 2) | (1 << 3)) & 0xFFFFFFFF
    for field in ("effective", "permitted", "inheritable"):
        setattr(data[0], field, getattr(data[0], field) & mask)
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


# --------------------------------------------------------------------------- parent side


@dataclasses.dataclass
class Job:
    """A case to run: a callable for the child, and how to run it."""

    label: str
    target: Callable[[], Any]
    env: Mapping[str, str | None] = dataclasses.field(default_factory=dict)
    cwd: str | None = None
    timeout: float = HARD_KILL  # CPU seconds
    wall: float = WALL_KILL  # wall seconds, for a child that blocks without computing
    memory: int | None = MEMORY_LIMIT
    drop_dac: bool = False  # drop CAP_DAC_OVERRIDE & co., so that root obeys file modes
    extra: Any = None  # anything the case's checks need (expected values, paths)


class _Running:
    def __init__(self, job: Job) -> None:
        self.job = job
        self.out = tempfile.TemporaryFile()
        self.err = tempfile.TemporaryFile()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: BLE001, S110
                pass
        self.t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            _child(
                job.target,
                self.out.fileno(),
                self.err.fileno(),
                job.env,
                job.cwd,
                job.memory,
                job.drop_dac,
            )
        self.pid = pid
        try:
            os.setpgid(pid, pid)  # also done in the child; whichever runs first
        except OSError:
            pass
        self.killed = False
        self.demoted = False
        self.done: Outcome | None = None

    def demote(self) -> None:
        """Past TIME_LIMIT the case has failed already; let it run at nice 19 until
        HARD_KILL instead of taking CPU from the cases still being timed."""
        self.demoted = True
        try:
            os.setpriority(os.PRIO_PGRP, self.pid, 19)
        except OSError:
            pass

    def poll(self) -> Outcome | None:
        if self.done is not None:
            return self.done
        pid, status, usage = os.wait4(self.pid, os.WNOHANG)
        elapsed = time.monotonic() - self.t0
        if pid == 0:
            if self.cpu() < self.job.timeout and elapsed < self.job.wall:
                return None
            self._killpg()
            self.killed = True
            pid, status, usage = os.wait4(self.pid, 0)
        self._killpg()  # workers the child left behind
        self.done = self._finish(status, usage, elapsed)
        return self.done

    def cpu(self) -> float:
        """CPU seconds the running child has used so far (its own and its reaped workers';
        0 where ``/proc`` cannot tell, leaving the wall-clock backstop)."""
        try:
            with open(f"/proc/{self.pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            return 0.0
        # after the name: state is field 3, utime..cstime are fields 14..17
        return sum(int(x) for x in fields[11:15]) / _TICK

    def _killpg(self) -> None:
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def _finish(self, status: int, usage: Any, elapsed: float) -> Outcome:
        def read(f: Any) -> str:
            size = f.seek(0, os.SEEK_END)
            f.seek(0)
            if size <= CAPTURE_LIMIT:
                data = f.read()
            else:
                half = CAPTURE_LIMIT // 2
                head = f.read(half)
                f.seek(size - half)
                data = head + f"\n[... {size - 2 * half} bytes not read ...]\n".encode() + f.read()
            f.close()
            return data.decode("utf-8", errors="backslashreplace")

        return Outcome(
            label=self.job.label,
            status=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            stdout=read(self.out),
            stderr=read(self.err),
            elapsed=elapsed,
            killed=self.killed,
            maxrss_mib=usage.ru_maxrss / 1024,
            cpu=usage.ru_utime + usage.ru_stime,
        )


def run(job: Job) -> Outcome:
    """Run one job in a forked child and wait for it (at most its timeout)."""
    return run_many([job], jobs=1)[job.label]


_CHILD_NICE = os.getpriority(os.PRIO_PROCESS, 0)


def run_many(
    jobs_: Sequence[Job],
    jobs: int = 2,
    progress: Callable[[Outcome], None] | None = None,
) -> dict[str, Outcome]:
    """Run jobs in forked children, at most ``jobs`` timed ones at a time, in the order given.

    A child still running after :data:`TIME_LIMIT` has failed its time contract;
    it is demoted (nice 19, no longer counted against ``jobs``) and killed at its
    timeout, so that cases which hang today cost ~TIME_LIMIT of the suite's time
    rather than HARD_KILL, without slowing down the cases still being timed.
    """
    global _CHILD_NICE
    pending = list(jobs_)
    running: list[_Running] = []
    out: dict[str, Outcome] = {}
    # The parent only polls, but on a busy machine a late poll is a late kill and a
    # wrong time: when allowed (root), it polls at a higher priority than the children,
    # which are put back at the priority the parent had.
    _CHILD_NICE = os.getpriority(os.PRIO_PROCESS, 0)
    boosted = False
    try:
        os.setpriority(os.PRIO_PROCESS, 0, _CHILD_NICE - 5)
        boosted = True
    except OSError:
        pass
    try:
        _loop(pending, running, out, jobs, progress)
    finally:
        if boosted:
            os.setpriority(os.PRIO_PROCESS, 0, _CHILD_NICE)
    return out


def _loop(
    pending: list[Job],
    running: list[_Running],
    out: dict[str, Outcome],
    jobs: int,
    progress: Callable[[Outcome], None] | None,
) -> None:
    while pending or running:
        while pending and sum(not r.demoted for r in running) < jobs:
            running.append(_Running(pending.pop(0)))
        time.sleep(0.005)
        now = time.monotonic()
        for r in list(running):
            o = r.poll()
            if o is not None:
                out[r.job.label] = o
                running.remove(r)
                if progress is not None:
                    progress(o)
            elif not r.demoted and (now - r.t0 >= TIME_LIMIT and r.cpu() >= TIME_LIMIT):
                r.demote()


# --------------------------------------------------------------------------- entry points


def derivations_cli(argv: Sequence[str]) -> Callable[[], Any]:
    """The ``derivations`` command, as its console script calls it."""

    def target() -> Any:
        from derivations.__main__ import main

        return main(list(argv))

    return target


def estimators_cli(argv: Sequence[str]) -> Callable[[], Any]:
    """``python -m estimators ...``."""

    def target() -> Any:
        from estimators.__main__ import main

        return main(list(argv))

    return target


def process(argv: Sequence[str]) -> Callable[[], Any]:
    """A fresh program (``execvp`` in the child, which keeps the limits and redirections):
    for the few cases that time a command from process start, imports included."""

    def target() -> Any:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os.execvp(argv[0], list(argv))

    return target


#: Imported once in the parent so that children start warm. Best effort: the
#: package layout is being reworked, and a module that moved is simply skipped.
_WARM_MODULES = (
    "sympy",
    "numpy",
    "scipy.optimize",
    "lark",
    "derivations",
    "derivations.__main__",
    "derivations.post",
    "estimators",
    "estimators.__main__",
    "sklearn.naive_bayes",
    "sklearn.discriminant_analysis",
)
_WARM_ATTRS = (
    ("derivations", "Derivation"),
    ("derivations", "Step"),
    ("derivations", "Assumption"),
    ("derivations", "load"),
    ("derivations.post", "check_post"),
    ("estimators", "GaussianClassifier"),
    ("estimators", "GaussianMLE"),
    ("estimators", "crosscheck"),
)
_warm = False


def prewarm() -> None:
    """Import what the children need, once, in this process."""
    global _warm
    if _warm:
        return
    os.environ.setdefault("MPLBACKEND", "Agg")
    for name in _WARM_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S112 - a moved module: the child imports it itself
            continue
    for mod, attr in _WARM_ATTRS:
        try:
            getattr(importlib.import_module(mod), attr)
        except Exception:  # noqa: BLE001, S112
            continue
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot  # noqa: F401
    except Exception:  # noqa: BLE001, S110
        pass
    # The demo's own module is private; it is warmed the way the CLI reaches it.
    try:
        importlib.import_module("estimators._demo")
    except Exception:  # noqa: BLE001, S110
        pass
    _warm = True


# --------------------------------------------------------------------------- helpers


def tmp_files(directory: str) -> list[str]:
    """Stray temporary files left in ``directory`` (``tmp*``, ``*.tmp``, ``*.part``...)."""
    pat = re.compile(r"(^tmp|\.tmp$|\.part$|~$|\.swp$)")
    found = []
    for root, _dirs, files in os.walk(directory):
        found += [os.path.join(root, f) for f in files if pat.search(f)]
    return sorted(found)


def snapshot(directory: str) -> dict[str, bytes]:
    """Every entry under ``directory`` (to assert 'unchanged'): regular files with their
    bytes; symlinks, FIFOs and devices by kind only (never opened: /dev/zero, a FIFO)."""
    import stat as st

    out = {}
    for root, dirs, files in os.walk(directory):
        for f in files + [x for x in dirs if os.path.islink(os.path.join(root, x))]:
            p = os.path.join(root, f)
            rel = os.path.relpath(p, directory)
            try:
                mode = os.lstat(p).st_mode
                if st.S_ISLNK(mode):
                    out[rel] = b"<symlink to " + os.readlink(p).encode() + b">"
                elif not st.S_ISREG(mode):
                    out[rel] = b"<special file>"
                else:
                    with open(p, "rb") as fh:
                        out[rel] = fh.read()
            except OSError:
                out[rel] = b"<unreadable>"
    return out


def write(path: str, data: str | bytes) -> str:
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    kw: dict[str, Any] = {} if isinstance(data, bytes) else {"encoding": "utf-8", "newline": ""}
    with open(path, mode, **kw) as fh:
        fh.write(data)
    return path


def lines_of(text: str) -> Iterable[str]:
    return text.splitlines()
