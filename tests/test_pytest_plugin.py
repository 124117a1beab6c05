"""The pytest plugin collects derivation_*.py files and makes each step an item."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from derivations._load import load_file

pytest_plugins = ["pytester"]


def _plugin_args() -> tuple[str, ...]:
    # Installed, the plugin loads through its pytest11 entry point; from a bare
    # checkout it has to be named. Naming it twice is an error, hence the test.
    from importlib.metadata import entry_points

    installed = any(ep.name == "derivations" for ep in entry_points(group="pytest11"))
    return ("-q",) if installed else ("-p", "derivations.pytest_plugin", "-q")


EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "derivation_exponential.py"
# Counted at collection: pytester restores sys.modules after each of its tests, so a
# module first imported inside one (derivations._load, and sympy's modules with it) is
# dropped, and the next import makes second copies of their classes. A test run after
# this file in the same process then failed on "Symbol - One" (test_ci_formats.py).
EXAMPLE_STEPS = len(load_file(EXAMPLE).steps)

BROKEN = """
import sympy as sp
from derivations import Assumption, Derivation, Step
from derivations.symbols import N, n
a = sp.Symbol("a", positive=True)
y = sp.IndexedBase("y", positive=True)
with sp.evaluate(False):
    steps = [
        Step(sp.Sum(sp.log(a * y[n]), (n, 1, N)), "definition", "start"),
        # wrong: log(a*y) is log(a) + log(y), not log(a) - log(y)
        Step(sp.Sum(sp.log(a) - sp.log(y[n]), (n, 1, N)), "log-product"),
    ]
DERIVATION = Derivation(
    "broken", "broken", [Assumption(N, "N"), Assumption(y, "y"), Assumption(a, "a")], steps
)
"""


def test_each_step_is_an_item_and_a_good_derivation_passes(pytester: pytest.Pytester) -> None:
    shutil.copy(EXAMPLE, pytester.path / EXAMPLE.name)
    result = pytester.runpytest_subprocess(*_plugin_args())
    result.assert_outcomes(passed=EXAMPLE_STEPS)


def test_a_broken_step_fails_with_its_report(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(derivation_broken=BROKEN)
    result = pytester.runpytest_subprocess(*_plugin_args())
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*step 1: rule log-product, verdict refuted*", "*counterexample*"])


def test_a_file_that_does_not_import_is_a_collection_error(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(derivation_bad="import no_such_module_here\n")
    result = pytester.runpytest_subprocess(*_plugin_args())
    result.stdout.fnmatch_lines(["*does not import*ModuleNotFoundError*"])
    assert result.ret != 0
