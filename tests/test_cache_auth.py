"""The step cache cannot lie: authenticated entries, re-derived verdicts, bounded reads,
atomic writes, and one warning line at most (engine/_cache.py; the hostile suite's
test_hostile_cache.py holds the whole list of edits and corruptions)."""

from __future__ import annotations

import json
import os

import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine import _cache

a = sp.Symbol("a", positive=True)
b = sp.Symbol("b", positive=True)


def small() -> Derivation:
    with sp.evaluate(False):
        steps = [
            Step(sp.log(sp.Mul(a, b)), "definition", "start"),
            Step(sp.Add(sp.log(a), sp.log(b)), "log-product"),
            Step(sp.Mul(sp.log(a), sp.log(b)), "algebra"),  # false
        ]
    return Derivation("cache-auth", "cache", [Assumption(a, "a"), Assumption(b, "b")], steps)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv(_cache.KEY_ENV, raising=False)
    monkeypatch.setattr(_cache, "_warned", False)
    monkeypatch.setattr(_cache, "_SECRETS", {})


def _file(tmp_path):
    return tmp_path / "cache" / "cache-auth.json"


def _verdicts(report):
    return [r.verdict for r in report.steps]


def test_the_key_is_made_once_outside_the_cache_with_mode_0600(tmp_path):
    small().check(cache=True)
    key = tmp_path / "config" / "derivations" / "cache-key"
    assert key.is_file() and (key.stat().st_mode & 0o777) == 0o600
    first = key.read_bytes()
    small().check(cache=True)
    assert key.read_bytes() == first
    assert not any(p.name == "cache-key" for p in (tmp_path / "cache").iterdir())


def test_an_edited_verdict_is_not_believed(tmp_path, capsys, monkeypatch):
    cold = small().check(cache=True)
    data = json.loads(_file(tmp_path).read_text())
    for entry in data.values():
        if entry.get("index") == 2:
            entry["verdict"] = "proved"
            entry["checks"]["numeric"]["status"] = "pass"
    _file(tmp_path).write_text(json.dumps(data))
    warm = small().check(cache=True)
    assert _verdicts(warm) == _verdicts(cold) == ["given", "proved", "refuted"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("warning: check cache:")


def test_the_verdict_is_re_derived_from_the_outcomes(tmp_path, monkeypatch):
    """Even an entry signed with the right key cannot carry a verdict its outcomes do not give."""
    d = small()
    d.check(cache=True)
    store = _cache.Cache.default()
    data = json.loads(_file(tmp_path).read_text())
    key = next(k for k, v in data.items() if v.get("index") == 2)
    body = {k: v for k, v in data[key].items() if k != "mac"}
    body["verdict"], body["reason"] = "proved", "forged"
    store._store("step", d.name, key, body)  # signed, as a key holder could
    result = store.get(d.name, key, d.steps[2], 2)
    assert result.verdict == "refuted" and result.reason != "forged"


def test_entries_from_another_key_are_checked_again(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(_cache.KEY_ENV, "one-secret-of-trust-domain-A")
    small().check(cache=True)
    monkeypatch.setenv(_cache.KEY_ENV, "another-secret-of-domain-B")
    calls = []
    from derivations.engine import _check

    real = _check.check_step
    monkeypatch.setattr(
        _check, "check_step", lambda d, i, ctx=None: calls.append(i) or real(d, i, ctx)
    )
    assert _verdicts(small().check(cache=True)) == ["given", "proved", "refuted"]
    assert calls == [0, 1, 2]
    assert "warning: check cache:" in capsys.readouterr().err


def test_a_short_key_turns_the_cache_off_with_one_warning(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(_cache.KEY_ENV, "short")
    small().check(cache=True)
    small().check(cache=True)
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and _cache.KEY_ENV in err[0]
    assert not (tmp_path / "cache").exists()


@pytest.mark.parametrize(
    "content",
    [b"[]", b"null", b"42", b"", b"{", b"\xff\xfe", b"[" * 100_000, b'{"k": NaN}'],
    ids=["list", "null", "number", "empty", "truncated", "binary", "deep", "nan"],
)
def test_a_damaged_file_is_survived_and_replaced(tmp_path, capsys, content):
    _file(tmp_path).parent.mkdir(parents=True)
    _file(tmp_path).write_bytes(content)
    assert _verdicts(small().check(cache=True)) == ["given", "proved", "refuted"]
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert len(json.loads(_file(tmp_path).read_text())) == 3  # rewritten, sound


def test_a_fifo_is_not_waited_for(tmp_path):
    _file(tmp_path).parent.mkdir(parents=True)
    os.mkfifo(_file(tmp_path))
    assert _verdicts(small().check(cache=True)) == ["given", "proved", "refuted"]


def test_a_file_over_the_size_limit_is_not_read(tmp_path, monkeypatch, capsys):
    small().check(cache=True)
    monkeypatch.setattr(_cache, "MAX_FILE_BYTES", 100)
    assert _verdicts(small().check(cache=True)) == ["given", "proved", "refuted"]
    assert "limit" in capsys.readouterr().err


def test_a_failed_write_leaves_no_temporary_file(tmp_path, capsys):
    _file(tmp_path).parent.mkdir(parents=True)
    _file(tmp_path).mkdir()  # a directory where the file should go
    assert _verdicts(small().check(cache=True)) == ["given", "proved", "refuted"]
    assert sorted(p.name for p in _file(tmp_path).parent.iterdir()) == ["cache-auth.json"]
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_values_are_authenticated_too(tmp_path, capsys):
    store = _cache.Cache.default()
    store.put_value("post-x", "k", {"rows": [1, 2]})
    store.flush()
    assert _cache.Cache.default().get_value("post-x", "k") == {"rows": [1, 2]}
    path = tmp_path / "cache" / "post-x.json"
    path.write_text(path.read_text().replace("2]", "3]"))
    assert _cache.Cache.default().get_value("post-x", "k") is None
    assert "not authentic" in capsys.readouterr().err


def test_a_warm_run_writes_nothing(tmp_path):
    small().check(cache=True)
    before = _file(tmp_path).stat().st_mtime_ns
    small().check(cache=True)
    assert _file(tmp_path).stat().st_mtime_ns == before


def test_a_changed_checker_misses_every_step_entry(monkeypatch):
    # A fixed rule or reader must not be answered with results the old code computed:
    # step (and confirmation) keys hold the package's source digest.
    from derivations.engine import _confirm, _versions

    d = small()
    store = _cache.Cache.default()
    before = [store.key(d, i) for i in range(len(d.steps))]
    confirm_before = _confirm.cache_key(d)
    monkeypatch.setattr(_versions, "source_versions", lambda: "another checker")
    after = [store.key(d, i) for i in range(len(d.steps))]
    assert all(x != y for x, y in zip(before, after, strict=True))
    assert _confirm.cache_key(d) != confirm_before
