"""``derivations check-post``: registration, output, exit status, light import."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from derivations.post import _cli

POSTS = Path(__file__).parent / "posts"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    # check-post caches by default; keep each test's cache to itself.
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="derivations")
    sub = parser.add_subparsers(dest="command", required=True)
    _cli.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


def test_register_adds_check_post_with_its_options():
    parser = argparse.ArgumentParser(prog="derivations")
    sub = parser.add_subparsers(dest="command")
    _cli.register(sub)
    args = parser.parse_args(
        ["check-post", "p.md", "--json", "--assume", "a > 0", "--assume", "b real"]
    )
    assert args.func is _cli.run
    assert (args.paths, args.format, args.assume) == (["p.md"], "json", ["a > 0", "b real"])


def test_table_lists_every_row_with_line_and_verdict(capsys):
    assert run(["check-post", str(POSTS / "exponential-mle.md")]) == 0
    out = capsys.readouterr().out
    for line in (14, 15, 16, 17, 23, 24, 30, 31, 32):
        assert f"line {line:>4}" in out
    assert "OK: every row is proved or a definition." in out


def test_refuted_row_prints_counterexample_and_exits_1(capsys):
    assert run(["check-post", str(POSTS / "exponential-mle-wrong.md")]) == 1
    out = capsys.readouterr().out
    refuted = [ln for ln in out.splitlines() if " refuted " in ln]
    assert refuted and refuted[0].startswith("  line   24")
    assert "counterexample: N=" in out


def test_json_schema(capsys):
    assert run(["check-post", str(POSTS / "exponential-mle-wrong.md"), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) >= {"file", "ok", "rows_total", "rows_parsed", "rows_checked", "counts", "rows"}
    # INLINE9: + the density its sentence states (a stated row, S1.1, given)
    assert doc["ok"] is False and doc["rows_total"] == len(doc["rows"]) == 10
    row = next(r for r in doc["rows"] if r["line"] == 24)
    assert row["verdict"] == "refuted" and isinstance(row["counterexample"]["written"], float)
    assert set(row) >= {
        "line",
        "label",
        "text",
        "kind",
        "verdict",
        "reason",
        "identified_rule",
        "slips",
    }


def test_assume_option_and_bad_assumption(capsys):
    assert run(["check-post", str(POSTS / "exponential-mle.tex"), "--assume", r"\lambda > 0"]) == 0
    capsys.readouterr()
    assert run(["check-post", str(POSTS / "exponential-mle.tex"), "--assume", "lambda is big"]) == 2
    err = capsys.readouterr().err
    # The problem (the one word not understood) and where (the option), then the forms.
    assert err.startswith("error: --assume 'lambda is big': ") and err.count("\n") == 1
    assert "(unknown word 'big')" in err and "'NAME > 0'" in err


def test_missing_file_is_a_plain_error(capsys, tmp_path):
    missing = tmp_path / "nope.md"
    assert run(["check-post", str(missing)]) == 2
    assert f"{missing}: cannot read the post" in capsys.readouterr().err


def test_bad_front_matter_assumption_names_the_file_and_line(capsys, tmp_path):
    p = tmp_path / "p.md"
    p.write_text("---\ntitle: x\nassume: mu is nice\n---\n$$a = a$$\n")
    assert run(["check-post", str(p)]) == 2
    assert f"{p}, front matter line 3" in capsys.readouterr().err


def test_cli_module_imports_no_sympy():
    # Import the subcommand's module (as __main__ does to register it) in a fresh
    # process and look at sys.modules.
    code = (
        "import sys\n"
        "import derivations.post._cli\n"
        "print('sympy' in sys.modules, 'lark' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


@pytest.mark.parametrize("flag", [[], ["--quiet"]])
def test_seedless_quiet_mode_hides_proved_rows(capsys, flag):
    run(["check-post", str(POSTS / "exponential-mle-wrong.md"), *flag])
    out = capsys.readouterr().out
    assert ("line   15" in out) == (not flag)
    assert "line   24" in out


def test_through_the_derivations_command():
    env_cmd = [sys.executable, "-m", "derivations", "check-post"]
    ok = subprocess.run(
        [*env_cmd, str(POSTS / "exponential-mle.md")], cwd=ROOT, capture_output=True, text=True
    )
    bad = subprocess.run(
        [*env_cmd, str(POSTS / "exponential-mle-wrong.md"), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert (ok.returncode, bad.returncode) == (0, 1), ok.stderr + bad.stderr
    assert "line   24 B2.2    refuted" in bad.stdout


def test_a_post_without_display_math_is_not_ok(capsys, tmp_path):
    p = tmp_path / "prose.md"
    p.write_text("Only words, and inline $$x = 1$$ math.\n")
    assert run(["check-post", str(p)]) == 1
    assert "no display math found" in capsys.readouterr().out
