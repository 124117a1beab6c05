"""Derivation files through pytest, the command line, rendering and ``derivations.latex``."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sympy as sp

from derivations import latex
from derivations.__main__ import main
from derivations.source import read_file

pytest_plugins = ["pytester"]

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "derivation_exponential.md"
# Read at collection: pytester restores sys.modules after its test, and modules first
# imported inside it would be imported twice (two Confirmation classes, for one).
ROWS = len(read_file(EXAMPLE).rows)


def _plugin_args() -> tuple[str, ...]:
    from importlib.metadata import entry_points

    installed = any(ep.name == "derivations" for ep in entry_points(group="pytest11"))
    return ("-q",) if installed else ("-p", "derivations.pytest_plugin", "-q")


def test_pytest_collects_a_row_per_item_and_flags_slips_by_file_line(
    pytester: pytest.Pytester,
) -> None:
    """One run: the example passes; a copy with a slip fails at the slipped row; a bad
    file is a collection error naming its line."""
    shutil.copy(EXAMPLE, pytester.path / EXAMPLE.name)
    lines = EXAMPLE.read_text(encoding="utf-8").split("\n")
    k = next(i for i, line in enumerate(lines) if "rule: log-of-exp" in line)
    lines[k] = lines[k].replace(r"\log\lambda - \lambda y_n", r"\log\lambda - 2\lambda y_n")
    assert "2\\lambda y_n" in lines[k]
    (pytester.path / "derivation_slip.md").write_text("\n".join(lines), encoding="utf-8")
    (pytester.path / "derivation_bad.md").write_text(
        "$$\nf = 1 \\\\\n= 1 % rule: nope-rule\n$$\n", encoding="utf-8"
    )
    result = pytester.runpytest_subprocess(*_plugin_args(), "--continue-on-collection-errors")
    rows = ROWS
    # the example: every row and its confirmed results; the slipped copy: the row and
    # the one after it (which is compared with the slipped row) fail
    outcomes = result.parseoutcomes()
    assert outcomes["passed"] == 2 * (rows + 1) - 2
    assert outcomes["failed"] == 2
    assert outcomes["errors"] == 1
    result.stdout.fnmatch_lines(
        [
            f"*derivation_slip.md:{k + 1}: refuted (rule log-of-exp)*",
            "*counterexample: *",
        ]
    )
    result.stdout.fnmatch_lines(["*derivation_bad.md:3: unknown rule 'nope-rule'*"])


def test_check_command_reads_a_markdown_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["check", str(EXAMPLE), "--no-cache", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "dLL/dlambda = 0 at the estimate" in out
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        r"- \sum_{n=1}^{N} y_n \\", r"+ \sum_{n=1}^{N} y_n \\", 1
    )
    bad = tmp_path / "derivation_bad.md"
    bad.write_text(text, encoding="utf-8")
    assert main(["check", str(bad), "--no-cache", "--jobs", "1"]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:14: refuted" in out
    assert "counterexample:" in out


def test_check_command_reports_a_bad_file_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "derivation_bad.tex"
    bad.write_text("\\begin{align}\nf &= 1 \\\\\n&= 1 \\tag{no-such}\n\\end{align}\n")
    assert main(["check", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {bad}:3: unknown rule 'no-such'; see 'derivations rules'."


@pytest.mark.parametrize("tex", [False, True])
def test_new_writes_a_starter_whose_rows_are_proved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tex: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["new", "poisson-rate"] + (["--tex"] if tex else [])
    assert main(args) == 0
    path = tmp_path / f"derivation_poisson-rate.{'tex' if tex else 'md'}"
    assert path.is_file()
    source = read_file(path)
    assert len(source.rows) == 3
    assert all(row.rules for row in source.rows)  # three annotated rows
    assert source.derivation.check(jobs=1).ok
    assert "assume:" in path.read_text()
    # never overwrites
    assert main(args) == 2
    assert "exists already" in capsys.readouterr().err


def test_latex_and_markdown_rendering_work_for_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["latex", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert r"\frac{\partial \mathcal{LL}}{\partial \lambda}" in out
    assert "log product rule" in out
    assert main(["markdown", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert r"\boxed{\lambda = \frac{N}{\sum" in out
    d = read_file(EXAMPLE).derivation
    assert d._repr_latex_().startswith("$")


# --------------------------------------------------------------------------- latex()


def test_latex_reads_an_expression_unevaluated() -> None:
    e = latex(r"\log(1) + \frac{2}{4} x")
    assert isinstance(e, sp.Add)
    assert any(isinstance(a, sp.log) for a in e.args)  # log(1) kept as written
    lam = latex(r"\lambda", assume=[r"\lambda > 0"])
    assert lam.is_positive
    eq = latex(r"\mu = \frac{1}{N}\sum_{n=1}^{N} x_n")
    assert isinstance(eq, sp.Equality)
    from derivations.symbols import N, mu, n, x

    assert eq == sp.Eq(mu, sp.Sum(x[n], (n, 1, N)) / N)


@pytest.mark.parametrize(
    "text",
    [
        "__import__('os').system('echo hacked')",
        r"\frac{1}{",
        "a < b",
        "a = b = c",
    ],
)
def test_latex_refuses_what_it_cannot_read_without_running_it(
    text: str, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError) as info:
        latex(text)
    assert "\n" not in str(info.value)
    assert "hacked" not in capfd.readouterr().out


def test_latex_rows_build_the_python_example() -> None:
    """The Python example written with latex() strings checks, derivative included."""
    from derivations._load import load_file

    d = load_file(EXAMPLE.with_suffix(".py"))
    assert any(s.rules == ("differentiate",) for s in d.steps)
    assert all(s.rules != ("definition",) for s in d.steps[1:])
    assert d.check(jobs=1).ok
