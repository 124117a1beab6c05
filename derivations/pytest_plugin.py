"""pytest plugin: every step of a derivation file is a test item.

Registered through the ``pytest11`` entry point, so after ``pip install`` a
project's ``derivation_*.py`` files (each defining ``DERIVATION`` or
``build()``) are collected by plain ``pytest``; a broken step fails with the
step's report: the rule, the verdict, the residual and the counterexample.

Markdown and LaTeX derivation files (``derivation_*.md``, ``derivation_*.tex``;
see :mod:`derivations.source`) give one item per row, located at the row's
file line; a failing row reports ``file:line``, its rule, its verdict and the
counterexample, and a derivation with boxed results has one more item for
their confirmation. A file that cannot be read is a collection error naming
``file:line``.

The file patterns are the ini option ``derivation_files`` (default
``derivation_*.py derivation_*.md derivation_*.tex``).
"""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        "derivation_files",
        type="args",
        default=["derivation_*.py", "derivation_*.md", "derivation_*.tex"],
        help="glob patterns of files whose derivations are checked step by step",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    patterns = parent.config.getini("derivation_files")
    if not any(fnmatch.fnmatch(file_path.name, p) for p in patterns):
        return None
    if file_path.suffix == ".py":
        return DerivationFile.from_parent(parent, path=file_path)
    if file_path.suffix.lower() in (".md", ".markdown", ".tex", ".latex"):
        return SourceFile.from_parent(parent, path=file_path)
    return None


class DerivationFile(pytest.File):
    def collect(self):
        from derivations._load import load_file

        try:
            derivation = load_file(self.path)
        except ValueError as exc:
            raise self.CollectError(str(exc)) from exc
        self._derivation = derivation
        self._report = None
        for i, step in enumerate(derivation.steps):
            rows = f"[{','.join(step.rows)}]" if step.rows else ""
            yield StepItem.from_parent(
                self, name=f"{derivation.name}::step{i}-{'+'.join(step.rules)}{rows}", index=i
            )

    def report(self):
        if self._report is None:
            self._report = self._derivation.check()
        return self._report


class StepFailed(Exception):
    pass


class StepItem(pytest.Item):
    def __init__(self, *, index: int, **kw: Any) -> None:
        super().__init__(**kw)
        self.index = index

    def runtest(self) -> None:
        result = self.parent.report().steps[self.index]
        if not result.ok:
            raise StepFailed(result)

    def repr_failure(self, excinfo, style=None) -> str:
        if isinstance(excinfo.value, StepFailed):
            r = excinfo.value.args[0]
            lines = [
                f"step {r.index}: rule {r.rule_name}, verdict {r.verdict}",
                f"  written:  {r.step.expr}",
                f"  reason:   {r.reason}",
                f"  rule:     {r.rule_check.status} {r.rule_check.detail}",
                f"  symbolic: {r.symbolic.status} {r.symbolic.detail}",
                f"  numeric:  {r.numeric.status} {r.numeric.detail}",
            ]
            lines += [f"  obligation: {c.condition} ({c.reason})" for c in r.open_obligations]
            if r.counterexample:
                from derivations._text import counterexample_text

                lines.append(f"  counterexample: {counterexample_text(r.counterexample)}")
            return "\n".join(lines)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"{self.name}"


class SourceFile(pytest.File):
    """A Markdown or LaTeX derivation file: one item per row."""

    def collect(self):
        from derivations.source import read_file

        try:
            source = read_file(self.path)
        except ValueError as exc:
            raise self.CollectError(str(exc)) from exc
        self._source = source
        self._report = None
        self._rows = None
        for k, row in enumerate(source.rows):
            what = "+".join(row.rules) or row.kind
            yield RowItem.from_parent(self, name=f"line {row.line}: {what}", index=k)
        if source.derivation.results:
            yield ResultsItem.from_parent(self, name="results confirmed")

    def report(self):
        if self._report is None:
            from derivations.source import row_verdicts

            self._report = self._source.derivation.check(confirm=True)
            self._rows = row_verdicts(self._source, self._report)
        return self._report


class RowFailed(Exception):
    pass


class RowItem(pytest.Item):
    def __init__(self, *, index: int, **kw: Any) -> None:
        super().__init__(**kw)
        self.index = index

    def runtest(self) -> None:
        self.parent.report()
        rv = self.parent._rows[self.index]
        if not rv.ok:
            raise RowFailed(rv)

    def repr_failure(self, excinfo, style=None) -> str:
        if isinstance(excinfo.value, RowFailed):
            from derivations.source import describe_row

            return "\n".join(describe_row(self.parent._source, excinfo.value.args[0]))
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, self.parent._source.rows[self.index].line - 1, self.name


class ResultsItem(pytest.Item):
    def runtest(self) -> None:
        bad = [c for c in self.parent.report().confirmations if not c.ok]
        if bad or not self.parent.report().confirmations:
            raise RowFailed(bad)

    def repr_failure(self, excinfo, style=None) -> str:
        if isinstance(excinfo.value, RowFailed):
            bad = excinfo.value.args[0]
            if not bad:
                return f"{self.path}: the boxed results were not confirmed (no confirmation ran)"
            return "\n".join(f"{self.path}: not confirmed: {c.name}: {c.detail}" for c in bad)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, self.name
