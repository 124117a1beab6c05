"""Bad command lines and bad inputs: exit status 2 and one ``error: `` line naming the input."""

from __future__ import annotations

import os
import textwrap

import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.__main__ import main
from derivations._errors import LoadError, MalformedDerivation
from derivations._options import one_line


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))


def _error_lines(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["check", "--seed", "abc"], "--seed"),
        (["check", "--seed", "-1"], "--seed"),
        (["check", "--jobs", "-1"], "--jobs"),
        (["check", "--frobnicate"], "--frobnicate"),
        (["check-post"], "file"),
        (["nonsense-command"], "nonsense-command"),
    ],
)
def test_argparse_errors_are_one_error_line(argv, name, capsys):
    with pytest.raises(SystemExit) as info:
        status = main(argv)
        raise SystemExit(status)
    assert info.value.code == 2
    lines = _error_lines(capsys)
    assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0]


def test_help_is_unchanged(capsys):
    with pytest.raises(SystemExit) as info:
        main(["check", "--help"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("usage: derivations check")


def test_long_messages_are_shortened_keeping_both_ends():
    text = one_line("--assume '" + "9" * 100_000 + "': too long " + "x" * 1000 + " the end")
    assert len(text) < 450 and text.startswith("--assume '999") and text.endswith("the end")
    assert one_line("a\nb   c") == "a b c"


def test_a_file_that_exits_at_import_is_a_load_error(tmp_path, capsys):
    path = tmp_path / "exits.py"
    path.write_text("import sys\nsys.exit(0)\n")
    assert main(["check", str(path)]) == 2
    lines = _error_lines(capsys)
    assert len(lines) == 1 and str(path) in lines[0] and "sys.exit(0)" in lines[0]
    from derivations import load

    with pytest.raises(LoadError, match="exits.py"):
        load(str(path))


def test_build_that_exits_is_a_load_error(tmp_path):
    path = tmp_path / "b.py"
    path.write_text("def build():\n    raise SystemExit('bye')\n")
    from derivations import load

    with pytest.raises(LoadError, match=r"build\(\) calls sys.exit"):
        load(str(path))


def _small_file(tmp_path) -> str:
    path = tmp_path / "small.py"
    path.write_text(
        textwrap.dedent(
            """
            import sympy as sp
            from derivations import Assumption, Derivation, Step
            a = sp.Symbol("a", positive=True)
            with sp.evaluate(False):
                steps = [Step(sp.log(sp.Mul(a, a)), "definition", "start"),
                         Step(sp.Mul(2, sp.log(a)), "algebra")]
            DERIVATION = Derivation("small", "small", [Assumption(a, "a")], steps)
            """
        )
    )
    return str(path)


@pytest.mark.parametrize("command", ["latex", "markdown"])
def test_output_onto_a_directory_or_below_a_file_is_refused_first(
    tmp_path, capsys, monkeypatch, command
):
    monkeypatch.chdir(tmp_path)
    source = _small_file(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "afile").write_text("keep\n")
    for target, name in (("out", "out"), ("afile/x.md", "afile"), ("y" * 300 + ".md", "yyyy")):
        before = sorted(os.listdir(tmp_path))
        assert main([command, source, "-o", target]) == 2
        lines = _error_lines(capsys)
        assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0]
        assert sorted(os.listdir(tmp_path)) == before
    assert (tmp_path / "afile").read_text() == "keep\n"


def test_output_into_new_directories_still_works(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["markdown", _small_file(tmp_path), "-o", "new/dir/out.md"]) == 0
    assert (tmp_path / "new" / "dir" / "out.md").read_text().strip()
    assert sorted(os.listdir(tmp_path / "new" / "dir")) == ["out.md"]


# --------------------------------------------------------------------------- API misuse


a = sp.Symbol("a", positive=True)


@pytest.mark.parametrize(
    ("rule", "kind"),
    [(None, TypeError), ((), MalformedDerivation), (3, TypeError), (("x", 3), TypeError)],
    ids=["None", "empty", "int", "tuple-with-int"],
)
def test_a_step_rule_that_is_not_names_is_refused(rule, kind):
    with pytest.raises(kind, match="rule") as info:
        Step(sp.log(a), rule)
    assert "NoneType" not in str(info.value) and "\n" not in str(info.value)


def test_params_must_be_a_mapping_and_steps_a_list():
    with pytest.raises(TypeError, match="params"):
        Step(sp.log(a), "algebra", params=[1, 2])
    with pytest.raises(TypeError, match="steps"):
        Derivation("d", "d", [Assumption(a, "a")], None)
    with pytest.raises(TypeError, match=r"steps\[0\]"):
        Derivation("d", "d", [Assumption(a, "a")], [3])


def test_two_symbols_with_one_name_are_named_as_such():
    other = sp.Symbol("a", real=True)
    with sp.evaluate(False):
        steps = [
            Step(sp.log(sp.Mul(a, a)), "definition", "start"),
            Step(sp.Add(sp.log(other), sp.log(other)), "log-product"),
        ]
    d = Derivation("two", "two", [Assumption(a, "a")], steps)
    with pytest.raises(MalformedDerivation, match="two different symbols are both named 'a'"):
        d.check()
