"""pytest plugin: every step of a derivation file is a test item.

Registered through the ``pytest11`` entry point, so after ``pip install`` a
project's ``derivation_*.py`` files (each defining ``DERIVATION`` or
``build()``) are collected by plain ``pytest``; a broken step fails with the
step's report: the rule, the verdict, the residual and the counterexample.
The file pattern is the ini option ``derivation_files`` (default
``derivation_*.py``).
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
        default=["derivation_*.py"],
        help="glob patterns of files whose derivations are checked step by step",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    patterns = parent.config.getini("derivation_files")
    if file_path.suffix == ".py" and any(fnmatch.fnmatch(file_path.name, p) for p in patterns):
        return DerivationFile.from_parent(parent, path=file_path)
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
