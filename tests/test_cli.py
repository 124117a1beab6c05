"""The derivations command line: exit codes, JSON schema, errors in sentences."""

from __future__ import annotations

import json
import textwrap

import pytest

from derivations.__main__ import main

BROKEN = textwrap.dedent(
    """
    import sympy as sp
    from derivations import Assumption, Derivation, Step
    from derivations.symbols import N, n, mu, x
    with sp.evaluate(False):
        steps = [
            Step(sp.Sum((x[n] - mu) ** 2, (n, 1, N)), "definition", "start"),
            # wrong: the cross term has coefficient -2, not -1
            Step(sp.Sum(x[n] ** 2 - mu * x[n] + mu ** 2, (n, 1, N)), "algebra"),
        ]
    DERIVATION = Derivation("broken-square", "a wrong expansion",
                            [Assumption(N, "N"), Assumption(x, "x"), Assumption(mu, "mu")], steps)
    """
)


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))


def test_list_names_the_default(capsys):
    assert main(["list"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("gaussian-mle "))
    assert line.endswith("(default)")  # name, title, mark


def test_check_of_the_post_passes_and_prints_every_step(capsys):
    assert main(["check", "--rows"]) == 0
    out = capsys.readouterr().out
    assert "OK" in out and "NOT OK" not in out
    assert "B37.4" in out  # the row map reaches the post's last row
    assert "Hessian negative definite" in out


def test_json_follows_the_documented_schema(capsys):
    assert main(["check", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["derivation"] == "gaussian-mle" and payload["ok"] is True
    for step in payload["steps"]:
        assert {"index", "rule", "relation", "verdict", "side_conditions", "counterexample"} <= set(
            step
        )
        assert step["verdict"] == "proved"
    assert all(c["ok"] for c in payload["confirmations"])


def test_a_false_step_exits_1_naming_step_rule_and_counterexample(tmp_path, capsys):
    path = tmp_path / "broken.py"
    path.write_text(BROKEN)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "step 1 (algebra" in out
    assert "refuted" in out and "counterexample:" in out and "residual:" in out


def test_json_counterexample_of_a_false_step(tmp_path, capsys):
    path = tmp_path / "broken.py"
    path.write_text(BROKEN)
    assert main(["check", "--json", str(path)]) == 1
    step = json.loads(capsys.readouterr().out)["steps"][1]
    assert step["verdict"] == "refuted"
    ce = step["counterexample"]
    assert {"N", "x", "mu", "previous", "written"} <= set(ce)
    assert ce["previous"] != pytest.approx(ce["written"])


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "no-such-derivation"], r"Unknown derivation 'no-such-derivation'"),
        (["check", "missing_file.py"], r"does not exist"),
    ],
)
def test_bad_input_exits_2_with_a_sentence(argv, message, capsys):
    assert main(argv) == 2
    assert pytest.importorskip("re").search(message, capsys.readouterr().err)


def test_a_file_that_raises_on_import_is_named(tmp_path, capsys):
    path = tmp_path / "bad.py"
    path.write_text("1/0\n")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "ZeroDivisionError" in err


def test_the_cache_reuses_results_of_unchanged_steps(monkeypatch):
    from derivations import load
    from derivations.engine import _check

    first = load().check(cache=True)

    def must_not_run(*args, **kwargs):
        raise AssertionError("a cached step was checked again")

    monkeypatch.setattr(_check, "check_step", must_not_run)
    second = load().check(cache=True)
    assert [r.to_json() for r in second.steps] == [r.to_json() for r in first.steps]


def test_the_cache_rechecks_an_edited_step_and_its_neighbour(monkeypatch):
    from derivations import load
    from derivations.engine import _check

    d = load()
    d.check(cache=True)
    edited = d.replace(5, d.steps[5].expr * 2)  # now false
    checked = []
    real = _check.check_step
    monkeypatch.setattr(
        _check, "check_step", lambda d, i, ctx=None: checked.append(i) or real(d, i, ctx)
    )
    report = edited.check(cache=True)
    assert checked == [5, 6]  # the edited line, and the restatement compared with it
    assert report.steps[5].verdict == "refuted"


REUSED = "report reused"


def test_an_unchanged_bundled_derivation_reuses_its_report_and_a_forged_one_is_rechecked(
    tmp_path, capsys
):
    assert main(["check"]) == 0
    first = capsys.readouterr().out
    assert REUSED not in first
    assert main(["check"]) == 0
    second = capsys.readouterr().out
    assert REUSED in second
    # Same table and confirmations; only the timing line differs.
    assert [ln for ln in first.splitlines() if "checked in" not in ln] == [
        ln for ln in second.splitlines() if REUSED not in ln
    ]
    assert main(["check", "--no-cache"]) == 0
    assert REUSED not in capsys.readouterr().out
    assert main(["check", "--json"]) == 0  # another format: another report
    assert json.loads(capsys.readouterr().out)["ok"] is True
    # A forged report (every verdict turned into its opposite) fails its MAC: checked again.
    [stored] = (tmp_path / "cache").glob("gaussian-mle-report*.json")
    stored.write_text(stored.read_text().replace("OK", "NOT OK").replace("proved", "refuted"))
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert REUSED not in out and "NOT OK" not in out and "proved" in out
