"""Hostile check caches (contract 5): hand-edited, corrupted, unwritable.

The cache directory will be shared between CI jobs, so anyone who can push can
also write into it. For every field of a cache entry, editing it by hand must
not change what the next ``derivations check`` prints; a corrupted cache file
is survived with at most one warning line and the right verdicts; a failed
write leaves no temporary file behind.

Each case copies a cache made by a cold run of ``tests/hostile/derivs/cache_small.py``
(steps: given, proved, refuted, given, refuted with an open side condition),
edits it, re-runs the same command against it and compares the JSON output with
the cold run's.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile import _contracts as C
from hostile import _harness as H
from hostile._contracts import LITTER, WRONG, Case, Check, cli_job

SMALL = str(C.HERE / "derivs" / "cache_small.py")
CACHE_FILE = "hostile-cache-small.json"
CHECK = ["check", "--jobs", "1", "--json", SMALL]
WRONG_POST = C.HERE / "posts" / "wrong-row.md"
POST_CHECK = ["check-post", "wrong-row.md", "--json"]


@pytest.fixture(scope="session")
def hostile(request):
    return C.Runner.get(request)


# --------------------------------------------------------------------------- baselines

_BASELINES: dict[tuple[str, str], tuple[Path, H.Outcome, H.Outcome]] = {}


def baseline(base: Path, kind: str) -> tuple[Path, H.Outcome, H.Outcome]:
    """A cache made by a cold run (its directory), the cold run and a warm run over it."""
    key = (str(base), kind)
    if key not in _BASELINES:
        d = base / f"_baseline-{kind}"
        d.mkdir()
        argv = CHECK if kind == "check" else POST_CHECK
        if kind == "post":
            shutil.copy(WRONG_POST, d / "wrong-row.md")
        H.prewarm()
        cold = H.run(_job(argv, d, d / "cache"))
        template = base / f"_template-{kind}"
        shutil.copytree(d / "cache", template) if (d / "cache").exists() else template.mkdir()
        warm = H.run(_job(argv, d, d / "cache"))
        _BASELINES[key] = (template, cold, warm)
    return _BASELINES[key]


def _job(argv: list[str], d: Path, cache: Path, **kw: Any) -> H.Job:
    job = cli_job("derivations", argv, d, env={"DERIVATIONS_CACHE_DIR": str(cache)}, **kw)
    job.label = f"baseline {d.name}"
    return job


def _steps_differ(got: Any, want: Any) -> list[str]:
    out = []
    if not isinstance(got, dict) or not isinstance(want, dict):
        return ["the output is not a JSON object"]
    for k in sorted(set(got) | set(want)):
        if k in ("steps", "rows"):
            continue
        if got.get(k) != want.get(k):
            out.append(f"{k}: {str(got.get(k))[:80]} (cold run: {str(want.get(k))[:80]})")
    key = "steps" if "steps" in want else "rows"
    g, w = got.get(key, []), want.get(key, [])
    if len(g) != len(w):
        out.append(f"{len(g)} {key} (cold run: {len(w)})")
    for i, (a, b) in enumerate(zip(g, w, strict=False)):
        if a == b:
            continue
        fields = [f for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f) and f != "timings"]
        if not fields:
            continue
        f = "verdict" if "verdict" in fields else fields[0]
        path, x, y = _first_difference(a.get(f), b.get(f), f)
        out.append(
            f"{key[:-1]} {i}: {path} {str(x)[:60]!r} (cold run: {str(y)[:60]!r})"
            + (f", also {[g for g in fields if g != f][:4]}" if len(fields) > 1 else "")
        )
    return out


def _first_difference(a: Any, b: Any, path: str) -> tuple[str, Any, Any]:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            if a.get(k) != b.get(k):
                return _first_difference(a.get(k), b.get(k), f"{path}.{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{k}]")
    return path, a, b


def _without_timings(x: Any) -> Any:
    if isinstance(x, dict):
        return {k: _without_timings(v) for k, v in x.items() if k != "timings"}
    if isinstance(x, list):
        return [_without_timings(v) for v in x]
    return x


def same_as_cold_run(c: Check, cold: H.Outcome, *, warnings_ok: bool = True) -> None:
    try:
        want = _without_timings(cold.json())
    except ValueError:
        pytest.fail(f"the cold baseline run failed: {cold.brief()}")
    c.expect(
        c.o.status == cold.status,
        WRONG,
        f"exit status {c.o.status}, the cold run's was {cold.status}",
    )
    got = c.json()
    if got is not None:
        diff = _steps_differ(_without_timings(got), want)
        c.expect(not diff, WRONG, "output differs from the cold run: " + "; ".join(diff[:4]))
    if warnings_ok:
        c.one_warning_at_most()
    c.no_stray_files(c.dir / "cache")


# --------------------------------------------------------------------------- edits


def _entries(cache: Path) -> tuple[dict[str, Any], dict[int, str]]:
    data = json.loads((cache / CACHE_FILE).read_text())
    by_index = {v["index"]: k for k, v in data.items() if isinstance(v, dict) and "index" in v}
    return data, by_index


def _save(cache: Path, data: Any) -> None:
    (cache / CACHE_FILE).write_text(json.dumps(data))


def edit(fn: Callable[[dict[str, Any], dict[int, str]], None]) -> Callable[[Path], None]:
    """An edit of the parsed cache file: ``fn(entries, key_of_step_index)``."""

    def apply(cache: Path) -> None:
        data, keys = _entries(cache)
        fn(data, keys)
        _save(cache, data)

    return apply


def raw(content: bytes | Callable[[bytes], bytes]) -> Callable[[Path], None]:
    """Replace the cache file's bytes (a function of the old bytes, or fixed bytes)."""

    def apply(cache: Path) -> None:
        p = cache / CACHE_FILE
        old = p.read_bytes()
        p.write_bytes(content(old) if callable(content) else content)

    return apply


def step(i: int, **fields: Any) -> Callable[[dict[str, Any], dict[int, str]], None]:
    def fn(data: dict[str, Any], keys: dict[int, str]) -> None:
        data[keys[i]].update(fields)

    return fn


def check_status(i: int, check: str, status: str):
    def fn(data, keys):
        data[keys[i]]["checks"][check]["status"] = status

    return fn


def all_of(*fns):
    def fn(data, keys):
        for f in fns:
            f(data, keys)

    return fn


def forge_like(i: int, j: int):
    """Step i's entry becomes step j's (index kept): a complete, consistent forgery."""

    def fn(data, keys):
        forged = json.loads(json.dumps(data[keys[j]]))
        forged["index"] = i
        forged["expr"] = data[keys[i]]["expr"]
        forged["rule"] = data[keys[i]]["rule"]
        data[keys[i]] = forged

    return fn


def swap(i: int, j: int):
    def fn(data, keys):
        data[keys[i]], data[keys[j]] = data[keys[j]], data[keys[i]]

    return fn


def every_entry(**fields):
    def fn(data, keys):
        for k in keys.values():
            data[k].update(fields)
            for chk in data[k]["checks"].values():
                chk["status"] = "pass"
            data[k]["counterexample"] = None
            for s in data[k]["side_conditions"]:
                s["status"] = "discharged"

    return fn


def side_conditions(i: int, value: Any):
    def fn(data, keys):
        if callable(value):
            for s in data[keys[i]]["side_conditions"]:
                value(s)
        else:
            data[keys[i]]["side_conditions"] = value

    return fn


def each_real_entry(value: Any):
    def fn(data, keys):
        for k in keys.values():
            data[k] = json.loads(json.dumps(value))

    return fn


def each_field(name: str, value: Any):
    def fn(data, keys):
        for k in keys.values():
            data[k][name] = json.loads(json.dumps(value))

    return fn


# --------------------------------------------------------------------------- cases


def cache_case(
    cid: str,
    mutate: Callable[[Path], None],
    *,
    family: str = "cache-tamper",
    kind: str = "check",
    known: str = "",
    early: bool = False,
    drop_dac: bool = False,
    after: Callable[[Path], None] | None = None,
):
    """Copy the template cache, apply ``mutate``, re-run, compare with the cold run."""

    def prepare(d: Path):
        template, cold, _warm = baseline(d.parent, kind)
        shutil.copytree(template, d / "cache")
        if kind == "post":
            shutil.copy(WRONG_POST, d / "wrong-row.md")
        mutate(d / "cache")
        if after is not None:
            after(d / "cache")
        job = _job(CHECK if kind == "check" else POST_CHECK, d, d / "cache", drop_dac=drop_dac)
        job.extra = cold
        return job

    def verify(c: Check) -> None:
        same_as_cold_run(c, c.extra)

    return Case(cid, family, "5", prepare, verify, known, early)


def _warm_case(kind: str):
    def prepare(d: Path):
        template, cold, warm = baseline(d.parent, kind)
        shutil.copytree(template, d / "cache")
        if kind == "post":
            shutil.copy(WRONG_POST, d / "wrong-row.md")
        job = _job(CHECK if kind == "check" else POST_CHECK, d, d / "cache")
        job.extra = cold
        return job

    def verify(c: Check) -> None:
        same_as_cold_run(c, c.extra)

    return Case(f"warm-cache-equals-cold-run-{kind}", "cache-tamper", "5", prepare, verify)


def _nothing(cache: Path) -> None:
    pass


TAMPER = [
    (
        "verdict-refuted-to-proved",
        edit(step(2, verdict="proved")),
        "change 'refuted' to 'proved' in a cache file: check prints proved, exit 0",
    ),
    ("verdict-refuted-to-proved-open-condition", edit(step(4, verdict="proved")), ""),
    ("verdict-proved-to-refuted", edit(step(1, verdict="refuted")), ""),
    ("verdict-given-to-refuted", edit(step(0, verdict="refuted")), ""),
    ("verdict-refuted-to-given", edit(step(2, verdict="given")), ""),
    ("verdict-refuted-to-plausible", edit(step(2, verdict="plausible")), ""),
    ("verdict-unknown-string", edit(step(2, verdict="banana")), "unknown verdict strings"),
    ("verdict-null", edit(step(2, verdict=None)), ""),
    ("rule-check-fail-to-pass", edit(check_status(2, "rule", "pass")), ""),
    ("symbolic-check-fail-to-pass", edit(check_status(2, "symbolic", "pass")), ""),
    ("numeric-check-fail-to-pass", edit(check_status(2, "numeric", "pass")), ""),
    (
        "check-detail-rewritten",
        edit(
            lambda data, keys: data[keys[2]]["checks"]["numeric"].update(
                detail="4 random evaluations agree to 1e-18"
            )
        ),
        "",
    ),
    ("complete-forgery-of-a-step", edit(forge_like(2, 1)), ""),
    ("entries-swapped", edit(swap(1, 2)), ""),
    ("every-entry-proved", edit(every_entry(verdict="proved", reason="")), ""),
    (
        "side-condition-open-to-discharged",
        edit(side_conditions(4, lambda s: s.update(status="discharged"))),
        "",
    ),
    ("side-conditions-removed", edit(side_conditions(4, [])), ""),
    ("counterexample-removed", edit(step(2, counterexample=None)), ""),
    (
        "counterexample-altered",
        edit(step(2, counterexample={"a": 1.0, "b": 1.0, "previous": 0.0, "written": 0.0})),
        "",
    ),
    ("reason-rewritten", edit(step(2, reason="proved by hand")), ""),
    ("residual-rewritten", edit(step(2, residual="0")), ""),
    ("identified-rule-rewritten", edit(step(2, identified_rule="log-product")), ""),
    ("index-rewritten", edit(step(2, index=1)), ""),
    ("extra-unknown-field", edit(step(1, hostile_extra={"x": 1})), ""),
]

CORRUPT = [
    ("file-is-json-list", raw(b"[]"), "cache file of the wrong JSON shape: []"),
    ("file-is-json-null", raw(b"null"), "cache file of the wrong JSON shape: null"),
    ("file-is-json-string", raw(b'"cache"'), ""),
    ("file-is-json-number", raw(b"42"), ""),
    ("entries-are-empty-objects", edit(each_real_entry({})), "{} entries"),
    ("entries-are-lists", edit(each_real_entry([])), ""),
    ("entries-are-null", edit(each_real_entry(None)), ""),
    ("side-conditions-null", edit(each_field("side_conditions", None)), '"side_conditions": null'),
    ("side-conditions-of-strings", edit(each_field("side_conditions", ["a > 0"])), ""),
    ("checks-empty", edit(each_field("checks", {})), ""),
    ("checks-null", edit(each_field("checks", None)), ""),
    (
        "check-is-a-string",
        edit(each_field("checks", {"rule": "pass", "symbolic": "pass", "numeric": "pass"})),
        "",
    ),
    ("counterexample-a-string", edit(each_field("counterexample", "x")), ""),
    ("verdict-a-number", edit(each_field("verdict", 7)), ""),
    ("truncated-json", raw(lambda old: old[: len(old) // 2]), "truncated JSON"),
    ("binary-garbage", raw(bytes(range(256)) * 64), "binary garbage"),
    ("empty-file", raw(b""), ""),
    (
        "nan-literals",
        raw(lambda old: old.replace(b'"counterexample": null', b'"counterexample": NaN')),
        "",
    ),
    ("deeply-nested-json", raw(b"[" * 200_000 + b"]" * 200_000), ""),
    ("utf8-bom-before-json", raw(lambda old: b"\xef\xbb\xbf" + old), ""),
    ("invalid-utf8-in-json", raw(lambda old: old.replace(b"proved", b"pr\xffved")), ""),
    (
        "integer-of-5000-digits",
        raw(lambda old: old.replace(b'"index": 1,', b'"index": ' + b"9" * 5000 + b",")),
        "",
    ),
    (
        "file-of-20mb",
        edit(
            lambda data, keys: data.update(
                {f"{i:064x}": {"junk": "x" * 200} for i in range(80_000)}
            )
        ),
        "",
    ),
]


def _file_is_directory(cache: Path) -> None:
    (cache / CACHE_FILE).unlink()
    (cache / CACHE_FILE).mkdir()
    (cache / CACHE_FILE / "keep").write_text("keep")


def _symlink_to(target: str):
    def fn(cache: Path) -> None:
        (cache / CACHE_FILE).unlink()
        os.symlink(target, cache / CACHE_FILE)

    return fn


def _fifo(cache: Path) -> None:
    (cache / CACHE_FILE).unlink()
    os.mkfifo(cache / CACHE_FILE)


def _readonly(cache: Path) -> None:
    for p in cache.iterdir():
        os.chmod(p, 0o444)
    os.chmod(cache, 0o555)


def _unreadable_file(cache: Path) -> None:
    os.chmod(cache / CACHE_FILE, 0)


def _dir_is_file_case() -> Case:
    def prepare(d: Path):
        _template, cold, _ = baseline(d.parent, "check")
        (d / "cache").write_text("not a directory\n")
        job = _job(CHECK, d, d / "cache")
        job.extra = cold
        return job

    def verify(c: Check) -> None:
        same_as_cold_run(c, c.extra, warnings_ok=True)
        c.expect(
            (c.dir / "cache").read_text() == "not a directory\n",
            LITTER,
            "the file at the cache path was changed",
        )

    return Case("cache-dir-is-a-file", "cache-unusable", "5", prepare, verify)


CASES: list[Case] = [_warm_case("check")]
CASES += [cache_case(f"tamper-{i}", m, known=k) for i, m, k in TAMPER]
CASES += [cache_case(f"corrupt-{i}", m, family="cache-corrupt", known=k) for i, m, k in CORRUPT]
CASES += [
    cache_case(
        "cache-file-is-a-directory",
        _file_is_directory,
        family="cache-unusable",
        known="failed cache writes leave tmp*.tmp files",
    ),
    cache_case(
        "cache-file-symlink-to-dev-zero",
        _symlink_to("/dev/zero"),
        family="cache-unusable",
        early=True,
    ),
    cache_case("cache-file-is-a-fifo", _fifo, family="cache-unusable", early=True),
    cache_case(
        "cache-dir-read-only",
        _nothing,
        family="cache-unusable",
        drop_dac=True,
        after=_readonly,
        known="a read-only cache dir",
    ),
    cache_case(
        "cache-file-unreadable",
        _nothing,
        family="cache-unusable",
        drop_dac=True,
        after=_unreadable_file,
    ),
    _dir_is_file_case(),
]


def _post_tamper(old: bytes) -> bytes:
    return old.replace(b'"refuted"', b'"proved"').replace(b'"fail"', b'"pass"')


def _every_file(fn: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    """check-post has no cache today; when it gets one, the same rules hold for it."""

    def apply(cache: Path) -> None:
        for root, _dirs, files in os.walk(cache):
            for f in files:
                p = Path(root) / f
                p.write_bytes(fn(p.read_bytes()))

    return apply


CASES += [
    _warm_case("post"),
    cache_case("post-cache-refuted-to-proved", _every_file(_post_tamper), kind="post"),
    cache_case(
        "post-cache-binary-garbage", _every_file(lambda old: bytes(range(256)) * 8), kind="post"
    ),
]


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_hostile_cache(case: Case, hostile: C.Runner) -> None:
    C.run_case(hostile, case)


def test_baseline_is_what_the_cases_assume(hostile: C.Runner) -> None:
    """The cold run refutes steps 2 and 4 and proves step 1, so that the edits above
    would change something if believed."""
    _template, cold, _warm = baseline(hostile.base, "check")
    data = cold.json()
    assert [s["verdict"] for s in data["steps"]] == [
        "given",
        "proved",
        "refuted",
        "given",
        "refuted",
    ]
    assert cold.status == 1
