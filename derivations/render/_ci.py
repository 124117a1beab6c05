"""Reports for CI systems: GitHub workflow commands, JUnit XML and SARIF 2.1.0.

``derivations check-post`` and ``derivations check`` first describe what they
found in one neutral form - a :class:`Suite` per post (or derivation) holding a
:class:`Case` per row (or step) - and each format below turns that into text.
The suites come from plain data (a post's JSON form, a step's attributes), so
nothing here imports sympy or the engine.

Levels, the same in every format: ``refuted`` and ``rule-mismatch`` (and a post
that cannot be read) are errors; ``plausible``, ``unchecked``, ``unparsed`` and
``unrelated`` are warnings (they still make the run fail: they are not proved);
typesetting slips and rule notes are notices.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import json
import re
import socket
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from .._text import counterexample_text

#: Verdicts that say the written mathematics is wrong.
ERROR_VERDICTS = ("refuted", "rule-mismatch")

#: What each kind of finding means (SARIF rule descriptions, JUnit failure types).
KINDS: Mapping[str, tuple[str, str]] = {
    "refuted": ("error", "A numeric counterexample shows the row does not follow."),
    "rule-mismatch": (
        "error",
        "The rows may be equal, but the named rule does not produce the written row.",
    ),
    "plausible": (
        "warning",
        "The numbers agree but no symbolic proof was found (or a side condition is open).",
    ),
    "unchecked": ("warning", "No check could be carried out; the message says why."),
    "unparsed": ("warning", "The row could not be read as mathematics."),
    "unrelated": ("warning", "The row could not be related to another row, so it is not checked."),
    "not-ok": ("error", "The post or derivation is not fully proved (see the message)."),
    "bad-input": ("error", "The input could not be read or is malformed."),
    "slip": ("note", "A typesetting slip (a stray bracket) that does not change the verdict."),
    "rule-note": ("note", "The rule the text names is not (only) what the rows do."),
}


@dataclasses.dataclass(frozen=True)
class Case:
    """One row of a post or one step of a derivation."""

    name: str
    verdict: str
    ok: bool
    line: int | None = None
    column: int | None = None
    text: str = ""
    message: str = ""
    details: tuple[str, ...] = ()
    advice: tuple[tuple[str, str], ...] = ()  # (kind, message): slips and rule notes

    @property
    def level(self) -> str:
        if self.ok:
            return "none"
        return "error" if self.verdict in ERROR_VERDICTS else "warning"


@dataclasses.dataclass(frozen=True)
class Suite:
    """One post (or derivation) and its cases."""

    name: str
    file: str | None
    cases: tuple[Case, ...] = ()
    ok: bool = True
    error: str | None = None  # the input could not be used at all
    problems: tuple[tuple[int | None, str], ...] = ()  # (line, message): not-OK without a row
    seconds: float = 0.0
    notes: tuple[str, ...] = ()  # informative, never a failure ("no display math")


# --------------------------------------------------------------------------- adapters


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def row_case(row: Mapping[str, Any]) -> Case:
    """A case from one row of a post's JSON form (tolerates fields it does not know)."""
    verdict = str(row.get("verdict", "unchecked"))
    ok = verdict in ("proved", "given")
    line = row.get("line") if isinstance(row.get("line"), int) else None
    label = str(row.get("label", ""))
    reason = _one_line(row.get("reason") or "")
    rule = row.get("identified_rule")
    details: list[str] = []
    if row.get("counterexample"):
        details.append(f"counterexample: {counterexample_text(row['counterexample'])}")
    details += [f"open side condition: {c}" for c in row.get("open_conditions") or ()]
    if rule:
        details.append(f"rule: {rule}")
    if row.get("how"):
        details.append(f"how: {row['how']}")
    where = f"line {line} ({label})" if line is not None else label
    message = f"{where} is {verdict}" + (f": {reason}" if reason else "")
    advice = tuple(("slip", str(s)) for s in row.get("slips") or ()) + tuple(
        ("rule-note", str(n)) for n in row.get("notes") or ()
    )
    return Case(
        name=f"line {line} {label}".strip() if line is not None else label or "row",
        verdict=verdict,
        ok=ok,
        line=line,
        column=None,
        text=str(row.get("text", "")),
        message=message,
        details=tuple(details),
        advice=advice,
    )


def _problem(p: Any) -> tuple[int | None, str]:
    if isinstance(p, Mapping):
        line = p.get("line") if isinstance(p.get("line"), int) else None
        return line, _one_line(p.get("message") or p.get("reason") or json.dumps(p))
    return None, _one_line(str(p))


def post_suite(post: Mapping[str, Any], *, no_math_fails: bool = True) -> Suite:
    """A suite from a post's JSON form (``PostReport.to_json()``)."""
    rows = [r for r in post.get("rows") or () if isinstance(r, Mapping)]
    cases = tuple(row_case(r) for r in rows)
    ok = bool(post.get("ok"))
    problems = [_problem(p) for p in post.get("problems") or ()]
    notes: list[str] = []
    if not rows:
        if no_math_fails:
            problems.append((None, "no display math found, so nothing was checked"))
        else:
            notes.append("no display math found")
            ok = True
    elif not ok and all(c.ok for c in cases) and not problems:
        problems.append((None, "a helper step the rows depend on is not proved"))
    seconds = sum(v for v in (post.get("timings") or {}).values() if isinstance(v, (int, float)))
    return Suite(
        name=str(post.get("file", "")),
        file=str(post.get("file", "")) or None,
        cases=cases,
        ok=ok,
        problems=tuple(problems),
        seconds=float(seconds),
        notes=tuple(notes),
    )


def error_suite(file: str | None, message: str, name: str | None = None) -> Suite:
    """A suite for an input that could not be used (a file that cannot be read)."""
    return Suite(name=name or file or "input", file=file, ok=False, error=_one_line(message))


def step_case(result: Any) -> Case:
    """A case from an engine ``StepResult``."""
    step = result.step
    rules = " + ".join(step.rules)
    details: list[str] = []
    if result.counterexample:
        details.append(f"counterexample: {counterexample_text(result.counterexample)}")
    details += [
        f"open side condition: {c.condition} ({c.rule})" + (f": {c.reason}" if c.reason else "")
        for c in result.side_conditions
        if not c.discharged
    ]
    if getattr(result, "identified_rule", None):
        details.append(f"rule identified: {result.identified_rule}")
    rows = ", ".join(step.rows) if getattr(step, "rows", ()) else ""
    where = f"step {result.index} ({rules}" + (f"; post rows {rows}" if rows else "") + ")"
    reason = _one_line(result.reason or "")
    return Case(
        name=f"step {result.index} {rules}",
        verdict=result.verdict,
        ok=result.ok,
        text=str(step.expr),
        message=f"{where} is {result.verdict}" + (f": {reason}" if reason else ""),
        details=tuple(details),
        line=_file_line(getattr(step, "rows", ())),
    )


def _file_line(rows: tuple[str, ...]) -> int | None:
    """The file line of a step read from a derivation file (row ids ``L<line>``;
    a bundled derivation's ``B5.2`` ids name post rows, not lines of its file)."""
    for r in rows:
        if r.startswith("L") and r[1:].isdigit():
            return int(r[1:])
    return None


def report_suite(report: Any, file: str | None) -> Suite:
    """A suite from an engine ``Report`` (``derivations check``)."""
    d = report.derivation
    problems = tuple(
        (None, f"confirmation {c.name} failed: {_one_line(c.detail)}")
        for c in getattr(report, "confirmations", ())
        if not c.ok
    )
    return Suite(
        name=d.name,
        file=file,
        cases=tuple(step_case(r) for r in report.steps),
        ok=bool(report.ok),
        problems=problems,
        seconds=float((report.timings or {}).get("check", 0.0)),
    )


# --------------------------------------------------------------------------- GitHub


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def shown_path(file: str) -> str:
    """A path as CI systems expect it: relative to the working directory (the
    repository's root in CI) when it lies inside it, with forward slashes."""
    p = Path(file)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix()


def _gh(level: str, message: str, file: str | None, line: int | None = None, title: str = ""):
    props = []
    if file:
        props.append(f"file={_gh_prop(shown_path(file))}")
    if line is not None:
        props.append(f"line={line}")
    if title:
        props.append(f"title={_gh_prop(title)}")
    head = f"{level} {','.join(props)}" if props else level
    return f"::{head}::{_gh_data(message)}"


def github(suites: Sequence[Suite], summary: str = "") -> str:
    """GitHub Actions workflow commands: an annotation per finding, on its file and line.

    ``::error`` for refuted and rule-mismatch rows and unreadable posts,
    ``::warning`` for the other rows that are not proved, ``::notice`` for slips
    and rule notes. The message carries the reason and the counterexample.
    """
    out: list[str] = []
    for s in suites:
        if s.error is not None:
            out.append(_gh("error", s.error, s.file, title="derivations: cannot check"))
            continue
        for line, message in s.problems:
            out.append(_gh("error", message, s.file, line, title="derivations: not OK"))
        for c in s.cases:
            if not c.ok:
                body = "\n".join([c.message, *c.details])
                out.append(_gh(c.level, body, s.file, c.line, title=f"derivations: {c.verdict}"))
            for kind, message in c.advice:
                out.append(_gh("notice", message, s.file, c.line, title=f"derivations: {kind}"))
    if summary:
        out.append(summary)
    return "\n".join(out)


# --------------------------------------------------------------------------- JUnit

# XML 1.0 allows tab, newline, carriage return and these ranges only.
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: Any) -> str:
    return _XML_BAD.sub("\ufffd", str(text))


def junit(suites: Sequence[Suite], properties: Mapping[str, str] | None = None) -> str:
    """JUnit XML (the Apache Ant schema): a post is a test suite, a row is a test case.

    A row that is not proved is a ``<failure>`` whose ``type`` is its verdict; a
    post that cannot be read is a suite with one ``<error>``; a post without
    display math is a skipped case when that does not fail the run.
    """
    import xml.etree.ElementTree as ET

    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    host = _xml(socket.gethostname() or "localhost").strip() or "localhost"
    root = ET.Element("testsuites")
    for k, s in enumerate(suites):
        name = _xml(s.name).strip() or f"input {k + 1}"
        el = ET.SubElement(root, "testsuite")
        cases: list[tuple[str, str, str | None, str, str]] = []  # name, status, type, msg, body
        if s.error is not None:
            cases.append(("read the input", "error", "bad-input", s.error, s.error))
        for line, message in s.problems:
            where = f"line {line}" if line is not None else "the whole post"
            cases.append((where, "failure", "not-ok", message, message))
        for c in s.cases:
            body = "\n".join(
                [c.message, f"as written: {c.text}", *c.details, *(m for _, m in c.advice)]
            )
            if c.ok:
                cases.append((c.name, "pass", None, "", body))
            else:
                cases.append((c.name, "failure", c.verdict, c.message, body))
        for note in s.notes:
            cases.append(("display math", "skipped", None, note, note))
        failures = sum(st == "failure" for _, st, _, _, _ in cases)
        errors = sum(st == "error" for _, st, _, _, _ in cases)
        skipped = sum(st == "skipped" for _, st, _, _, _ in cases)
        attrs = {
            "name": name,
            "timestamp": stamp,
            "hostname": host,
            "tests": str(len(cases)),
            "failures": str(failures),
            "errors": str(errors),
            "skipped": str(skipped),
            "time": f"{s.seconds:.3f}",
            "package": name,
            "id": str(k),
        }
        for key, value in attrs.items():
            el.set(key, value)
        props = ET.SubElement(el, "properties")
        for key, value in (properties or {}).items():
            p = ET.SubElement(props, "property")
            p.set("name", _xml(key))
            p.set("value", _xml(value))
        out_lines = []
        for case_name, status, kind, message, body in cases:
            tc = ET.SubElement(el, "testcase")
            tc.set("name", _xml(case_name).strip() or "row")
            tc.set("classname", name)
            tc.set("time", "0")
            if status in ("failure", "error"):
                f = ET.SubElement(tc, status)
                f.set("message", _xml(message))
                f.set("type", kind or status)
                f.text = _xml(body)
            elif status == "skipped":
                ET.SubElement(tc, "skipped").set("message", _xml(message))
            else:
                out_lines.append(body.splitlines()[0] if body else case_name)
        ET.SubElement(el, "system-out").text = _xml("\n".join(out_lines))
        ET.SubElement(el, "system-err").text = ""
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


# --------------------------------------------------------------------------- SARIF

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_SARIF_LEVEL = {"error": "error", "warning": "warning", "note": "note"}


def _artifact(file: str) -> dict[str, Any]:
    p = Path(shown_path(file))
    if p.is_absolute():
        return {"uri": p.as_uri()}
    posix = PurePosixPath(*p.parts).as_posix() if p.parts else file
    return {"uri": quote(posix, safe="/-_.~"), "uriBaseId": "%SRCROOT%"}


def _location(file: str | None, line: int | None) -> list[dict[str, Any]]:
    if not file:
        return []
    phys: dict[str, Any] = {"artifactLocation": _artifact(file)}
    if line is not None and line >= 1:
        phys["region"] = {"startLine": line}
    return [{"physicalLocation": phys}]


def sarif(suites: Sequence[Suite], *, tool_version: str = "", ok: bool | None = None) -> str:
    """SARIF 2.1.0: one result per finding, with the rule (kind), level, file and line."""
    ids = list(KINDS)
    rules = [
        {
            "id": kind,
            "name": "".join(w.capitalize() for w in re.split(r"[-_]", kind)),
            "shortDescription": {"text": text},
            "defaultConfiguration": {"level": _SARIF_LEVEL[level]},
        }
        for kind, (level, text) in KINDS.items()
    ]
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []

    def add(kind: str, level: str, message: str, file: str | None, line: int | None, key: str):
        result: dict[str, Any] = {
            "ruleId": kind,
            "ruleIndex": ids.index(kind),
            "level": level,
            "message": {"text": message},
            "locations": _location(file, line),
            "partialFingerprints": {
                "derivationsFinding/v1": hashlib.sha256(
                    f"{file}\0{kind}\0{key}".encode("utf-8", "surrogateescape")
                ).hexdigest()
            },
        }
        if not result["locations"]:
            del result["locations"]
        results.append(result)

    for s in suites:
        if s.error is not None:
            add("bad-input", "error", s.error, s.file, None, s.error)
            notifications.append({"level": "error", "message": {"text": s.error}})
            continue
        for line, message in s.problems:
            add("not-ok", "error", message, s.file, line, message)
        for c in s.cases:
            if not c.ok:
                kind = c.verdict if c.verdict in KINDS else "unchecked"
                body = "\n".join([c.message, *c.details])
                add(kind, c.level, body, s.file, c.line, c.text or c.name)
            for kind, message in c.advice:
                add(kind, "note", message, s.file, c.line, f"{c.text}\0{message}")
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "derivations",
                **({"version": tool_version} if tool_version else {}),
                "rules": rules,
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                **({"toolExecutionNotifications": notifications} if notifications else {}),
            }
        ],
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "results": results,
    }
    if ok is not None:
        run["properties"] = {"ok": ok}
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def render(fmt: str, suites: Iterable[Suite], *, summary: str = "", **kw: Any) -> str:
    """The suites in format ``fmt`` (``github``, ``junit`` or ``sarif``)."""
    suites = list(suites)
    if fmt == "github":
        return github(suites, summary)
    if fmt == "junit":
        return junit(suites, kw.get("properties"))
    if fmt == "sarif":
        return sarif(suites, tool_version=kw.get("tool_version", ""), ok=kw.get("ok"))
    raise ValueError(f"unknown format {fmt!r}; expected github, junit or sarif.")


__all__ = [
    "Case",
    "Suite",
    "error_suite",
    "github",
    "junit",
    "post_suite",
    "render",
    "report_suite",
    "row_case",
    "sarif",
    "step_case",
]
