"""A benchmark harness whose figures can be quoted: interleaved runs, spreads, paired ratios.

What it does, and why:

- **Interleaved contenders.** In each round every contender runs once, the order
  alternating between rounds (A B, B A, A B, ...), so that load which comes and goes on
  a shared machine falls on all contenders alike and drift does not favour whoever runs
  first.
- **Median, spread and the paired ratio.** Each contender gets its median wall time and
  its spread (the interquartile range relative to the median, and min..max). A ratio is
  taken *per round* (baseline time / contender time, both from the same round) and its
  median and min..max are reported: a pair measured seconds apart shares the machine's
  state, two medians taken minutes apart do not.
- **The environment next to the figures.** CPU model, cores, Python, numpy, scipy,
  scikit-learn, every BLAS/OpenMP library with its thread count (``threadpoolctl``), the
  load average before and after, the time and the commit.
- **A warning when the machine was busy.** When a contender's relative spread exceeds
  ``BUSY_SPREAD``, or the load average exceeds the number of cores, the record says so.
- **Publish only what reproduces.** A benchmark runs twice (``--runs 2``); a figure is
  *reproduced* when each run's median ratio lies within the other run's min..max ratio.
  ``Record.markdown()`` lists reproduced figures in its table and the others apart, as
  not published.

A benchmark script builds a ``Session``, calls ``session.compare(...)`` and
``session.figure(...)`` inside a function that it passes to ``Session.run``, and gets a
``Record`` to print or to write under ``docs/benchmarks/`` (JSON and Markdown).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: A contender whose interquartile range exceeds this fraction of its median ran on a busy
#: machine (measured here: 2-6% on an idle machine, 20-60% with other jobs running).
BUSY_SPREAD = 0.15

ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- environment


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _commit() -> str | None:
    """The checked-out commit, read from .git without running git."""
    head = ROOT / ".git" / "HEAD"
    try:
        ref = head.read_text().strip()
        if not ref.startswith("ref: "):
            return ref
        name = ref[5:]
        path = ROOT / ".git" / name
        if path.exists():
            return path.read_text().strip()
        packed = ROOT / ".git" / "packed-refs"
        for line in packed.read_text().splitlines():
            if line.endswith(" " + name):
                return line.split()[0]
    except OSError:
        return None
    return None


def _version(module: str) -> str | None:
    try:
        mod = __import__(module)
    except ImportError:
        return None
    return getattr(mod, "__version__", None)


def threadpools() -> list[dict[str, Any]]:
    """Every BLAS and OpenMP library loaded, with its thread count (threadpoolctl)."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        return []
    keep = ("user_api", "internal_api", "prefix", "version", "num_threads", "architecture")
    return [{k: info.get(k) for k in keep} for info in threadpool_info()]


def environment() -> dict[str, Any]:
    """What the figures were measured on."""
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = os.cpu_count()
    return {
        "date_utc": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "cores_available": affinity,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "numpy": _version("numpy"),
        "scipy": _version("scipy"),
        "sklearn": _version("sklearn"),
        "threadpools": threadpools(),
        "load_average_start": _load(),
    }


def _load() -> list[float] | None:
    try:
        return [round(v, 2) for v in os.getloadavg()]
    except OSError:
        return None


def blas_summary(env: dict[str, Any]) -> str:
    """``openblas 0.3.31 (2 threads)``; several libraries joined by commas."""
    parts = []
    for pool in env.get("threadpools", []):
        if pool.get("user_api") == "blas":
            name = f"{pool.get('internal_api')} {pool.get('version')}"
            parts.append(f"{name} ({pool.get('num_threads')} threads)")
    seen: list[str] = []
    for p in parts:
        if p not in seen:
            seen.append(p)
    return ", ".join(seen) or "unknown"


# --------------------------------------------------------------------------- timing


@dataclasses.dataclass
class Timing:
    """Wall and CPU seconds of one contender over the rounds."""

    name: str
    wall: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def iqr(self) -> tuple[float, float]:
        return _quartiles(self.wall)

    @property
    def spread(self) -> float:
        """Interquartile range relative to the median."""
        lo, hi = self.iqr
        return (hi - lo) / self.median if self.median > 0 else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "median_s": self.median,
            "iqr_s": list(self.iqr),
            "min_s": min(self.wall),
            "max_s": max(self.wall),
            "relative_spread": self.spread,
            "wall_s": self.wall,
            "cpu_s": self.cpu,
        }


def _quartiles(values: Sequence[float]) -> tuple[float, float]:
    if len(values) < 4:
        return min(values), max(values)
    q = statistics.quantiles(values, n=4, method="inclusive")
    return q[0], q[2]


@dataclasses.dataclass
class Comparison:
    """Contenders timed in interleaved rounds; ``timings[0]`` is the baseline."""

    title: str
    timings: list[Timing]

    def ratios(self, index: int) -> list[float]:
        """Per-round speed-up of contender ``index`` over the baseline (> 1: faster)."""
        base = self.timings[0].wall
        return [b / c for b, c in zip(base, self.timings[index].wall, strict=True)]

    def ratio(self, index: int = 1) -> tuple[float, float, float]:
        """Median, min and max of the per-round speed-ups."""
        r = self.ratios(index)
        return statistics.median(r), min(r), max(r)

    @property
    def busy(self) -> bool:
        return any(t.spread > BUSY_SPREAD for t in self.timings)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title, "timings": [t.as_dict() for t in self.timings]}
        out["speedups"] = {
            t.name: dict(zip(("median", "min", "max"), self.ratio(i), strict=True))
            for i, t in enumerate(self.timings)
            if i > 0
        }
        return out

    def lines(self) -> list[str]:
        out = [self.title]
        for i, t in enumerate(self.timings):
            lo, hi = t.iqr
            text = (
                f"    {t.name:<40}{t.median * 1e3:10.1f} ms  "
                f"(IQR {lo * 1e3:.1f}-{hi * 1e3:.1f}, spread {t.spread:.0%})"
            )
            if i > 0:
                med, rmin, rmax = self.ratio(i)
                text += f"  speed-up {med:.2f}x [{rmin:.2f}-{rmax:.2f}]"
            out.append(text)
        if self.busy:
            out.append(
                f"    WARNING: spread above {BUSY_SPREAD:.0%}: the machine was busy; "
                "treat these figures as rough"
            )
        return out


def interleave(
    title: str,
    contenders: Sequence[tuple[str, Callable[[], object]]],
    *,
    repeat: int,
    warmup: int = 1,
) -> Comparison:
    """Time ``contenders`` in ``repeat`` interleaved rounds (order alternating per round)."""
    for _ in range(warmup):
        for _name, fn in contenders:
            fn()
    wall: list[list[float]] = [[] for _ in contenders]
    cpu: list[list[float]] = [[] for _ in contenders]
    order = list(range(len(contenders)))
    for r in range(repeat):
        for i in order if r % 2 == 0 else order[::-1]:
            fn = contenders[i][1]
            c0, t0 = time.process_time(), time.perf_counter()
            fn()
            t1, c1 = time.perf_counter(), time.process_time()
            wall[i].append(t1 - t0)
            cpu[i].append(c1 - c0)
    return Comparison(
        title,
        [Timing(name, w, c) for (name, _), w, c in zip(contenders, wall, cpu, strict=True)],
    )


def peak_bytes(fn: Callable[[], object]) -> int:
    """Peak bytes allocated while ``fn`` runs (numpy reports its buffers to tracemalloc)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# --------------------------------------------------------------------------- figures


@dataclasses.dataclass
class Figure:
    """One quotable number: a speed-up (from a comparison) or a plain value."""

    key: str
    label: str
    value: float
    low: float
    high: float
    unit: str = "x"
    target: str = ""
    met: bool | None = None
    detail: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def text(self) -> str:
        if self.unit == "x":
            return f"{self.value:.2f}x [{self.low:.2f}-{self.high:.2f}]"
        return f"{self.value:.4g} {self.unit}"


@dataclasses.dataclass
class Run:
    """One run of a benchmark: its comparisons, figures, checks and environment."""

    environment: dict[str, Any]
    comparisons: list[Comparison] = dataclasses.field(default_factory=list)
    figures: list[Figure] = dataclasses.field(default_factory=list)
    checks: dict[str, Any] = dataclasses.field(default_factory=dict)
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def busy(self) -> bool:
        if self.__dict__.get("_busy") is not None:  # read back from a record
            return bool(self.__dict__["_busy"])
        load = self.environment.get("load_average_start") or [0.0]
        end = self.environment.get("load_average_end") or [0.0]
        cores = self.environment.get("cores") or 1
        return any(c.busy for c in self.comparisons) or max(load[0], end[0]) > cores

    def as_dict(self) -> dict[str, Any]:
        return {
            "environment": self.environment,
            "busy": self.busy,
            "comparisons": [c.as_dict() for c in self.comparisons],
            "figures": [f.as_dict() for f in self.figures],
            "checks": self.checks,
            "notes": self.notes,
        }


class Session:
    """Collects what one run of a benchmark measures (see ``Session.run``)."""

    def __init__(self, repeat: int, quiet: bool = False) -> None:
        self.repeat = repeat
        self.quiet = quiet
        self.current: Run | None = None

    def say(self, text: str = "") -> None:
        if not self.quiet:
            print(text, flush=True)

    def compare(
        self,
        title: str,
        contenders: Sequence[tuple[str, Callable[[], object]]],
        *,
        repeat: int | None = None,
        warmup: int = 1,
    ) -> Comparison:
        """Interleaved timing of ``contenders`` (the first is the baseline), printed."""
        assert self.current is not None
        comp = interleave(title, contenders, repeat=repeat or self.repeat, warmup=warmup)
        self.current.comparisons.append(comp)
        for line in comp.lines():
            self.say(line)
        return comp

    def speedup(
        self, key: str, label: str, comp: Comparison, index: int = 1, *, target: float | None = None
    ) -> Figure:
        """Record contender ``index``'s speed-up over the baseline as a figure."""
        med, lo, hi = comp.ratio(index)
        fig = Figure(
            key,
            label,
            med,
            lo,
            hi,
            "x",
            "" if target is None else f">= {target:g}x",
            None if target is None else med >= target,
            f"{comp.timings[0].name} {comp.timings[0].median * 1e3:.1f} ms, "
            f"{comp.timings[index].name} {comp.timings[index].median * 1e3:.1f} ms",
        )
        return self.figure(fig)

    def figure(self, fig: Figure) -> Figure:
        assert self.current is not None
        self.current.figures.append(fig)
        verdict = "" if fig.met is None else ("  met" if fig.met else "  NOT MET")
        target = f"  (target {fig.target})" if fig.target else ""
        self.say(f"    => {fig.label}: {fig.text()}{target}{verdict}")
        return fig

    def check(self, key: str, value: Any) -> None:
        assert self.current is not None
        self.current.checks[key] = value

    def note(self, text: str) -> None:
        assert self.current is not None
        self.current.notes.append(text)
        self.say(f"    note: {text}")

    def run(self, body: Callable[[Session], None]) -> Run:
        """One run of ``body`` with its environment recorded before and after."""
        self.current = Run(environment())
        env = self.current.environment
        self.say(
            f"# {env['cpu']}, {env['cores']} cores, numpy {env['numpy']}, scipy {env['scipy']}, "
            f"sklearn {env['sklearn']}, BLAS {blas_summary(env)}, load {env['load_average_start']}"
        )
        body(self)
        env["load_average_end"] = _load()
        run, self.current = self.current, None
        if run.busy:
            self.say(
                "WARNING: the machine was busy during this run (large spreads or load average "
                f"{env['load_average_start']} -> {env['load_average_end']} on {env['cores']} "
                "cores); its figures may not reproduce."
            )
        return run


# --------------------------------------------------------------------------- records


def reproduced(a: Figure, b: Figure) -> bool:
    """Whether two runs agree on a figure: each median lies within the other's min..max.

    Plain values (no spread) must agree within 10%.
    """
    if a.unit != "x":
        return abs(a.value - b.value) <= 0.1 * max(abs(a.value), abs(b.value), 1e-300)
    return b.low <= a.value <= b.high and a.low <= b.value <= a.high


@dataclasses.dataclass
class Record:
    """The runs of one benchmark and which of its figures reproduced."""

    name: str
    command: str
    runs: list[Run]

    def verdicts(self) -> dict[str, bool]:
        """``figure key -> reproduced`` (a single run reproduces nothing)."""
        if len(self.runs) < 2:
            return {f.key: False for f in self.runs[0].figures}
        out = {}
        for f in self.runs[0].figures:
            others = [[g for g in r.figures if g.key == f.key] for r in self.runs[1:]]
            out[f.key] = all(o and reproduced(f, o[0]) for o in others)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "benchmark": self.name,
            "command": self.command,
            "reproduced": self.verdicts(),
            "runs": [r.as_dict() for r in self.runs],
        }

    def write(self, directory: Path) -> tuple[Path, Path]:
        """``NAME.json`` and ``NAME.md`` in ``directory``; returns both paths."""
        directory.mkdir(parents=True, exist_ok=True)
        js = directory / f"{self.name}.json"
        md = directory / f"{self.name}.md"
        js.write_text(json.dumps(self.as_dict(), indent=1) + "\n")
        md.write_text(self.markdown())
        return js, md

    def markdown(self) -> str:
        verdicts = self.verdicts()
        env = self.runs[0].environment
        lines = [
            f"# Benchmark record: `{self.name}`",
            "",
            f"Command: `{self.command}` (written by `benchmarks/_harness.py`; raw data in "
            f"`{self.name}.json`).",
            "",
            "Environment: "
            f"{env['cpu']}, {env['cores']} cores ({env['cores_available']} available), "
            f"Python {env['python']}, numpy {env['numpy']}, scipy {env['scipy']}, "
            f"scikit-learn {env['sklearn']}, BLAS {blas_summary(env)}; commit "
            f"{(env.get('commit') or 'unknown')[:12]}.",
            "",
        ]
        for i, run in enumerate(self.runs, 1):
            e = run.environment
            lines.append(
                f"- run {i}: {e['date_utc']}, load average {_fmt_load(e.get('load_average_start'))}"
                f" -> {_fmt_load(e.get('load_average_end'))}"
                + ("; **busy machine (spread or load above the threshold)**" if run.busy else "")
            )
        lines += [
            "",
            "Each speed-up is the median over interleaved rounds of (baseline time / our time) "
            "measured in the same round, with the range over rounds in brackets. A figure is "
            "published only if it reproduced: each run's median lies within the other run's "
            "range.",
            "",
        ]
        published = [f for f in self.runs[0].figures if verdicts.get(f.key)]
        withheld = [f for f in self.runs[0].figures if not verdicts.get(f.key)]
        header = "| figure | " + " | ".join(f"run {i}" for i in range(1, len(self.runs) + 1))
        header += " | target | met |"
        sep = "|" + " --- |" * (len(self.runs) + 3)
        for title, figs in (("Published (reproduced)", published), ("Not reproduced", withheld)):
            if not figs:
                continue
            lines += [f"## {title}", "", header, sep]
            for f in figs:
                cells, verdicts = [], []
                for run in self.runs:
                    match = [g for g in run.figures if g.key == f.key]
                    cells.append(match[0].text() if match else "-")
                    if match and match[0].met is not None:
                        verdicts.append(match[0].met)
                met = _met(verdicts)
                lines.append(f"| {f.label} | " + " | ".join(cells) + f" | {f.target} | {met} |")
            lines.append("")
        details = [
            f"- {f.label}: {f.detail}" for f in self.runs[0].figures if f.detail and f.unit == "x"
        ]
        if details:
            lines += ["Medians of run 1:", "", *details, ""]
        checks = self.runs[0].checks
        if checks:
            lines += ["## Checks (run 1)", ""]
            lines += [f"- {k}: {_fmt(v)}" for k, v in checks.items()]
            lines.append("")
        notes = [n for run in self.runs for n in run.notes]
        if notes:
            lines += ["## Notes", ""] + [f"- {n}" for n in dict.fromkeys(notes)] + [""]
        return "\n".join(lines)


def _met(verdicts: list[bool]) -> str:
    """``yes`` if every run met the target, ``**no**`` if none did, else which runs did."""
    if not verdicts:
        return ""
    if all(verdicts):
        return "yes"
    if not any(verdicts):
        return "**no**"
    runs = ", ".join(str(i) for i, v in enumerate(verdicts, 1) if v)
    return f"**run {runs} only**"


def load_record(path: Path) -> Record:
    """A record read back from its JSON (figures, checks, notes, environment)."""
    data = json.loads(Path(path).read_text())
    runs = []
    for r in data["runs"]:
        run = Run(r["environment"], checks=r.get("checks", {}), notes=r.get("notes", []))
        run.figures = [Figure(**f) for f in r["figures"]]
        run.comparisons = []
        run.__dict__["_busy"] = r.get("busy")
        runs.append(run)
    return Record(data["benchmark"], data["command"], runs)


def _fmt_load(load: Any) -> str:
    return "?" if not load else ", ".join(f"{v:.2f}" for v in load)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


# --------------------------------------------------------------------------- command line


def add_arguments(parser: Any) -> None:
    """The options every benchmark script shares."""
    parser.add_argument("--repeat", type=int, default=5, help="interleaved rounds per comparison")
    parser.add_argument(
        "--runs", type=int, default=1, help="whole runs; with 2, figures are checked to reproduce"
    )
    parser.add_argument(
        "--record",
        type=Path,
        metavar="DIR",
        help="write NAME.json and NAME.md into DIR (for the docs: docs/benchmarks)",
    )


def main_loop(
    name: str, args: Any, body: Callable[[Session], None], *, argv: Sequence[str] | None = None
) -> Record:
    """Run ``body`` ``args.runs`` times, print the reproduction verdicts, write the record."""
    session = Session(args.repeat)
    runs = []
    for i in range(args.runs):
        if args.runs > 1:
            session.say(f"## run {i + 1} of {args.runs}")
        runs.append(session.run(body))
    shown = list(sys.argv[1:] if argv is None else argv)
    record = Record(name, " ".join(["python", f"benchmarks/{name}.py", *shown]), runs)
    if args.runs > 1:
        verdicts = record.verdicts()
        session.say("## reproduction")
        for f in runs[0].figures:
            session.say(
                f"    {'reproduced' if verdicts[f.key] else 'NOT reproduced':<15} {f.label}: "
                + " vs ".join(g.text() for r in runs for g in r.figures if g.key == f.key)
            )
    if args.record is not None:
        js, md = record.write(args.record)
        session.say(f"record written: {js}, {md}")
    return record


def _render(argv: Sequence[str]) -> int:
    """``python benchmarks/_harness.py render RECORD.json``: rewrite RECORD.md from it."""
    for name in argv:
        path = Path(name)
        md = path.with_suffix(".md")
        md.write_text(load_record(path).markdown())
        print(f"written: {md}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["render"]:
        sys.exit(_render(sys.argv[2:]))
    sys.exit("usage: python benchmarks/_harness.py render RECORD.json ...")


__all__ = [
    "BUSY_SPREAD",
    "Comparison",
    "Figure",
    "Record",
    "Run",
    "Session",
    "Timing",
    "add_arguments",
    "environment",
    "interleave",
    "load_record",
    "main_loop",
    "peak_bytes",
    "reproduced",
]
