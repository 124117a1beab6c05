"""``--format github|junit|sarif`` of ``check-post`` and ``check``: parsed and validated.

JUnit XML is validated against the Apache Ant JUnit schema and SARIF against
the official SARIF 2.1.0 JSON schema (both stored in ``tests/data``, see its
README for where they come from).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from derivations.post import _cli
from derivations.render import _ci

jsonschema = pytest.importorskip("jsonschema")
xmlschema = pytest.importorskip("xmlschema")

HERE = Path(__file__).parent
POSTS = HERE / "posts"
DATA = HERE / "data"
ROOT = HERE.parent
GOOD = POSTS / "exponential-mle.md"
WRONG = POSTS / "exponential-mle-wrong.md"

WRONG_DERIVATION = """
import sympy as sp
from derivations import Assumption, Derivation, Step
lam = sp.Symbol("lambda", positive=True)
with sp.evaluate(False):
    steps = [
        Step(sp.log(sp.Mul(2, lam)), "definition", "start"),
        Step(sp.Add(sp.log(2), sp.log(lam)), "log-product"),
        Step(sp.Mul(sp.log(2), sp.log(lam)), "algebra"),
    ]
DERIVATION = Derivation("wrong-log", "a wrong log step", [Assumption(lam, "positive")], steps)
"""


@pytest.fixture(autouse=True)
def _cache(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def sarif_validator():
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


@pytest.fixture(scope="module")
def junit_schema():
    return xmlschema.XMLSchema(str(DATA / "junit-windyroad.xsd"))


@pytest.fixture(scope="module")
def blog(tmp_path_factory):
    """A small blog: a good post, a wrong one, one without math, one that cannot be used."""
    d = tmp_path_factory.mktemp("blog")
    posts = d / "_posts"
    posts.mkdir()
    (posts / "2024-01-01-good.md").write_bytes(GOOD.read_bytes())
    (posts / "2024-01-02-wrong.md").write_bytes(WRONG.read_bytes())
    (posts / "2024-01-03-about.md").write_text("# About\n\nNo math.\n", encoding="utf-8")
    (posts / "2024-01-04-bad.md").write_text(
        "---\nassume: mu is nice\n---\n$$a = a$$\n", encoding="utf-8"
    )
    return d


def run_cli(blog: Path, *argv: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "derivations", "check-post", "_posts", *argv],
        capture_output=True,
        text=True,
        cwd=blog,
        env={**os.environ, "DERIVATIONS_CACHE_DIR": str(blog / ".cache")},
    )
    return proc.returncode, proc.stdout, proc.stderr


# --------------------------------------------------------------------------- github


def test_github_annotations_of_a_blog(blog):
    status, out, err = run_cli(blog, "--format", "github")
    assert status == 2  # one post cannot be used
    lines = out.splitlines()
    errors = [ln for ln in lines if ln.startswith("::error ")]
    # the refuted rows, on their file (relative to the repository) and line
    assert any(
        ln.startswith(
            "::error file=_posts/2024-01-02-wrong.md,line=24,title=derivations%3A refuted::"
        )
        for ln in errors
    )
    refuted = next(ln for ln in errors if "line=24" in ln)
    assert "%0Acounterexample: N=" in refuted and "\n" not in refuted
    assert any(ln.startswith("::error file=_posts/2024-01-04-bad.md,title=") for ln in errors)
    assert not any("good.md" in ln or "about.md" in ln for ln in lines)
    assert lines[-1].startswith("4 post(s)") and "NOT OK" in lines[-1]
    assert "error: _posts/2024-01-04-bad.md" in err


def test_github_levels_and_escaping():
    row = {
        "line": 7,
        "label": "B1.2",
        "verdict": "plausible",
        "text": "a",
        "reason": "100% sure?\nno",
        "open_conditions": ["x != 0 (divide)"],
        "slips": ["stray \\big) at line 7, column 3"],
    }
    suite = _ci.Suite("p, q:r.md", "p, q:r.md", (_ci.row_case(row),), ok=False)
    out = _ci.github([suite]).splitlines()
    assert out == [
        "::warning file=p%2C q%3Ar.md,line=7,title=derivations%3A plausible::"
        "line 7 (B1.2) is plausible: 100%25 sure? no%0Aopen side condition: x != 0 (divide)",
        "::notice file=p%2C q%3Ar.md,line=7,title=derivations%3A slip::"
        "stray \\big) at line 7, column 3",
    ]


def test_github_message_cannot_start_a_command():
    row = {
        "line": 1,
        "label": "B1.1",
        "verdict": "refuted",
        "text": "x",
        "reason": "a\n::error file=evil::injected\r\n::stop-commands::tok",
    }
    out = _ci.github([_ci.Suite("p.md", "p.md", (_ci.row_case(row),), ok=False)])
    assert len(out.splitlines()) == 1 and out.startswith("::error file=p.md,line=1,")


def test_paths_are_relative_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert _ci.shown_path(str(tmp_path / "a" / "b.md")) == "a/b.md"
    assert _ci.shown_path("/elsewhere/b.md") == "/elsewhere/b.md"


# --------------------------------------------------------------------------- JUnit


def test_junit_of_a_blog_validates_against_the_schema(blog, junit_schema, tmp_path):
    report = tmp_path / "junit.xml"
    status, out, _ = run_cli(blog, "--format", "junit", "--output", str(report))
    assert status == 2
    assert out.startswith("4 post(s)")  # the summary goes to the log, the XML to the file
    junit_schema.validate(str(report))
    root = ET.parse(report).getroot()
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {
        f"_posts/2024-01-0{k}-{n}.md"
        for k, n in [(1, "good"), (2, "wrong"), (3, "about"), (4, "bad")]
    }
    wrong = suites["_posts/2024-01-02-wrong.md"]
    # INLINE9: + the density its sentence states (a stated row, S1.1, given); the
    # display rows keep their labels (B2.2 below)
    assert (wrong.get("tests"), wrong.get("errors")) == ("10", "0")
    assert int(wrong.get("failures")) >= 1
    failure = next(tc for tc in wrong.iter("testcase") if tc.get("name") == "line 24 B2.2")
    f = failure.find("failure")
    assert f.get("type") == "refuted" and "counterexample: N=" in f.text
    good = suites["_posts/2024-01-01-good.md"]
    assert (good.get("tests"), good.get("failures")) == ("10", "0")
    bad = suites["_posts/2024-01-04-bad.md"]
    assert bad.get("errors") == "1" and "front matter" in bad.find("testcase/error").get("message")
    about = suites["_posts/2024-01-03-about.md"]
    assert about.get("skipped") == "1"


def test_junit_survives_hostile_text(junit_schema):
    nasty = "a\x00b\x07c]]></failure><x>\ud800 & \"'<script>"
    row = {
        "line": 3,
        "label": "B1.1",
        "verdict": "refuted",
        "text": nasty,
        "reason": nasty,
        "counterexample": {"N": 1, "note": nasty},
    }
    suites = [
        _ci.Suite(nasty, nasty, (_ci.row_case(row),), ok=False),
        _ci.error_suite("\x1b[31m.md", "cannot read \x0c"),
        _ci.Suite("", None, (), ok=True),
    ]
    text = _ci.junit(suites, {"k\x01": "v\x02"})
    junit_schema.validate(text)
    root = ET.fromstring(text)
    assert root.find("testsuite/testcase/failure").get("type") == "refuted"


# --------------------------------------------------------------------------- SARIF


def test_sarif_of_a_blog_validates_against_the_schema(blog, sarif_validator):
    status, out, _ = run_cli(blog, "--format", "sarif")
    assert status == 2
    doc = json.loads(out)
    sarif_validator.validate(doc)
    run = doc["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    refuted = [r for r in results if r["ruleId"] == "refuted"]
    assert refuted and all(r["level"] == "error" for r in refuted)
    loc = refuted[0]["locations"][0]["physicalLocation"]  # line 24 comes first
    assert loc["artifactLocation"] == {
        "uri": "_posts/2024-01-02-wrong.md",
        "uriBaseId": "%SRCROOT%",
    }
    assert loc["region"]["startLine"] == 24
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    bad = [r for r in results if r["ruleId"] == "bad-input"]
    assert len(bad) == 1 and run["invocations"][0]["executionSuccessful"] is False


def test_sarif_survives_hostile_text(sarif_validator):
    nasty = 'x\u202e\x00\n"}]'
    row = {"line": 1, "label": "B1.1", "verdict": "unparsed", "text": nasty, "reason": nasty}
    doc = json.loads(_ci.sarif([_ci.Suite("a b/ü#?.md", "a b/ü#?.md", (_ci.row_case(row),))]))
    sarif_validator.validate(doc)
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"][
        "uri"
    ]
    assert uri == "a%20b/%C3%BC%23%3F.md"


# --------------------------------------------------------------------------- derivations check


@pytest.fixture(scope="module")
def wrong_derivation(tmp_path_factory):
    d = tmp_path_factory.mktemp("deriv")
    (d / "derivation_wrong.py").write_text(WRONG_DERIVATION, encoding="utf-8")
    return d


def run_check(cwd: Path, *argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "derivations", "check", "--no-cache", "--jobs", "1", *argv],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_check_formats(wrong_derivation, junit_schema, sarif_validator):
    d = wrong_derivation
    gh = run_check(d, "derivation_wrong.py", "--format", "github")
    assert gh.returncode == 1, gh.stderr
    assert re.search(
        r"^::error file=derivation_wrong\.py,title=derivations%3A refuted::"
        r"step 2 \(algebra\) is refuted",
        gh.stdout,
        re.M,
    )
    ju = run_check(d, "derivation_wrong.py", "--format", "junit")
    junit_schema.validate(ju.stdout)
    suite = ET.fromstring(ju.stdout).find("testsuite")
    assert (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("wrong-log", "3", "1")
    sa = run_check(d, "derivation_wrong.py", "--format", "sarif")
    doc = json.loads(sa.stdout)
    sarif_validator.validate(doc)
    assert [r["ruleId"] for r in doc["runs"][0]["results"]] == ["refuted"]
    js = run_check(d, "derivation_wrong.py", "--json")
    assert json.loads(js.stdout)["steps"][2]["verdict"] == "refuted"


def test_check_of_the_bundled_derivation_as_junit(junit_schema, tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "derivations", "check", "--format", "junit"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DERIVATIONS_CACHE_DIR": str(tmp_path / "c")},
    )
    assert proc.returncode == 0, proc.stderr
    junit_schema.validate(proc.stdout)
    suite = ET.fromstring(proc.stdout).find("testsuite")
    assert suite.get("name") == "gaussian-mle" and suite.get("failures") == "0"


def test_json_is_an_alias_of_format_json(capsys):
    assert _cli.main([str(GOOD), "--json"]) == 0
    a = json.loads(capsys.readouterr().out)
    assert _cli.main([str(GOOD), "--format", "json"]) == 0
    b = json.loads(capsys.readouterr().out)
    a.pop("timings"), b.pop("timings")
    assert a == b and a["file"] == str(GOOD)


def test_output_to_a_file_that_cannot_be_written(tmp_path, capsys):
    target = tmp_path / "no-such-dir" / "out.xml"
    assert _cli.main([str(GOOD), "--format", "junit", "--output", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "cannot write the report" in err


def test_a_derivation_file_annotates_the_line_of_its_refuted_row(tmp_path, monkeypatch, capsys):
    from derivations.__main__ import main

    example = Path(__file__).resolve().parents[1] / "examples" / "derivation_exponential.md"
    lines = example.read_text().splitlines()
    k = next(i for i, ln in enumerate(lines) if "constant-out-of-sum" in ln)
    lines[k] = lines[k].replace(r"&= N\log", r"&= 2 N\log")  # a planted slip on line k + 1
    (tmp_path / "derivation_slip.md").write_text("\n".join(lines) + "\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))
    assert main(["check", "derivation_slip.md", "--format", "github"]) == 1
    errors = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("::error")]
    # the refuted step on its line (the failed confirmation of the result has no line)
    assert any(e.startswith(f"::error file=derivation_slip.md,line={k + 1},") for e in errors)
    elsewhere = [e for e in errors if ",line=" in e and f"line={k + 1}," not in e]
    assert not any("refuted" not in e for e in elsewhere)
