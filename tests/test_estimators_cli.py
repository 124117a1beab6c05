"""``python -m estimators``: bad input is one ``error:`` line and exit 2, nothing half-done."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from estimators import _cli, _demo, _resources
from estimators.__main__ import main


def _usage_error(capsys, *names: str) -> str:
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("error: "), lines
    assert any(n in lines[0] for n in names), (lines[0], names)
    assert "Traceback" not in captured.err
    return lines[0]


# --------------------------------------------------------------------------- crosscheck


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["--n", "1e8", "--d", "100"], ["--n 100000000 --d 100"]),
        (["--tolerance", "nan"], ["--tolerance"]),
        (["--tolerance", "inf"], ["--tolerance"]),
        (["--tolerance", "-1e-6"], ["--tolerance"]),
        (["--n", "1.5"], ["--n"]),
        (["--n", "1"], ["--n"]),
        (["--d", "0"], ["--d"]),
        (["--seed", "-3"], ["--seed"]),
        (["--bogus"], ["--bogus"]),
    ],
)
def test_bad_crosscheck_options(capsys, argv, names):
    assert main(["crosscheck", *argv]) == 2
    line = _usage_error(capsys, *names)
    assert capsys.readouterr().out == ""
    if argv[:1] == ["--n"] and "1e8" in argv:
        assert re.search(r"would need about \d+\.\d GiB of memory, but only", line)


def test_whole_numbers_may_be_written_in_scientific_notation(capsys):
    assert main(["crosscheck", "--n", "2e2", "--d", "1"]) == 0
    assert "n=200, d=1" in capsys.readouterr().out


def test_memory_is_checked_before_allocating(capsys, monkeypatch):
    monkeypatch.setattr(_resources, "available_memory", lambda: 10 << 20)
    assert main(["crosscheck", "--n", "1e6", "--d", "10"]) == 2
    _usage_error(capsys, "--n 1000000 --d 10")


def test_without_a_command_help_and_one_error_line(capsys):
    assert main([]) == 2
    captured = capsys.readouterr()
    assert "crosscheck" in captured.out
    assert captured.err.strip() == "error: name a command: crosscheck or demo."


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        content = content.encode()
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", r"is not a UTF-8 text file: byte 0x89"),
        (b"1,2\n3,\x00\n", r"line 2, column 2"),
        ("1;2\n3;5\n4;4\n", r"line 1: the values are separated by ';'"),
        ("1\t2\n3\t4\n", r"line 1: the values are separated by tabs"),
        ("x,y\n1,2\n1.5\n", r"line 3: 1 fields, expected 2"),
        ("# only a comment\n", r"is empty"),
        ("x,y\n1,7\n2,7\n", r"Features \[1\] are constant"),
    ],
)
def test_bad_csv_files_are_named(tmp_path, capsys, content, message):
    path = _write(tmp_path / "data.csv", content)
    assert main(["crosscheck", "--csv", str(path)]) == 2
    line = _usage_error(capsys, str(path))
    assert re.search(message, line), line


def test_comment_lines_and_a_byte_order_mark_are_accepted(tmp_path, capsys):
    rows = "\n".join(
        f"{a!r},{b!r}" for a, b in np.random.default_rng(0).normal(size=(40, 2)).tolist()
    )
    text = "\ufeff# measured on 2024-01-01\n  # another comment\nheight,weight\n" + rows + "\n"
    path = _write(tmp_path / "data.csv", text)
    assert main(["crosscheck", "--csv", str(path)]) == 0
    out = capsys.readouterr().out
    assert "(40 rows, 2 columns)" in out and "height" in out


def test_a_directory_is_not_a_csv(tmp_path, capsys):
    assert main(["crosscheck", "--csv", str(tmp_path)]) == 2
    _usage_error(capsys, str(tmp_path))


# --------------------------------------------------------------------------- demo


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(directory)): p.read_bytes() if p.is_file() else b"<dir>"
        for p in sorted(directory.rglob("*"))
    }


@pytest.mark.parametrize("where", ["file", "below-file"])
def test_demo_refuses_an_unusable_out_before_computing(tmp_path, capsys, where):
    existing = _write(tmp_path / "figs", "not a directory")
    out = existing if where == "file" else existing / "sub"
    before = _snapshot(tmp_path)
    assert _demo.main(["--out", str(out), "--n-train", "20", "--n-new", "5"]) == 2
    _usage_error(capsys, str(out))
    assert capsys.readouterr().out == ""  # nothing was computed or printed
    assert _snapshot(tmp_path) == before


def test_demo_refuses_a_directory_it_cannot_write(tmp_path, capsys, monkeypatch):
    pytest.importorskip("matplotlib")
    real_open = Path.open

    def deny(self, mode="r", *args, **kwargs):
        if "x" in mode:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    assert _demo.main(["--out", str(tmp_path / "figs")]) == 2
    line = _usage_error(capsys, str(tmp_path / "figs"))
    assert "Permission denied" in line
    assert list(tmp_path.iterdir()) == []


def test_demo_refuses_a_nearly_full_file_system(tmp_path, capsys, monkeypatch):
    pytest.importorskip("matplotlib")
    usage = type("usage", (), {"free": 1000, "total": 10**9, "used": 10**9})
    monkeypatch.setattr(_cli.shutil, "disk_usage", lambda path: usage)
    assert _demo.main(["--out", str(tmp_path / "figs")]) == 2
    assert "free on its file system" in _usage_error(capsys, str(tmp_path / "figs"))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("existing", [False, True])
def test_a_failed_write_leaves_nothing_half_written(tmp_path, capsys, monkeypatch, existing):
    pytest.importorskip("matplotlib")
    out = tmp_path / "a" / "figs"
    if existing:
        out.mkdir(parents=True)
        (out / "classified.png").write_bytes(b"an older figure")
    before = _snapshot(tmp_path)
    writes = []
    real_open = open

    def failing_open(file, mode="r", *args, **kwargs):
        if "x" in mode and str(file).endswith(".part"):
            writes.append(file)
            if len(writes) == 3:  # the disk fills up at the third figure
                raise OSError(errno.ENOSPC, "No space left on device", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    assert _demo.main(["--out", str(out), "--n-train", "20", "--n-new", "5"]) == 2
    line = _usage_error(capsys, str(out))
    assert "No space left on device" in line
    assert _snapshot(tmp_path) == before  # no figure, no temporary file, no new directory


def test_python_dash_m_demo_bad_out_is_one_line(tmp_path):
    target = _write(tmp_path / "x.png", "x")
    done = subprocess.run(
        [sys.executable, "-m", "estimators", "demo", "--out", str(target)],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == f"error: --out {target} is an existing file, not a directory."


def test_classifier_refuses_what_cannot_fit_in_memory(monkeypatch):
    from estimators import GaussianClassifier

    monkeypatch.setattr(_resources, "available_memory", lambda: 100 << 20)
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(3000, 100)), np.arange(3000)  # every row its own class
    with pytest.raises(ValueError, match=r"^Fitting 3000 classes on 100 features with cov"):
        GaussianClassifier(covariance="full", reg_param=0.1).fit(X, y)
    clf = GaussianClassifier().fit(X, y)
    # predict_proba keeps every class's score of every row; predict keeps only each
    # row's best class (estimators._scores.Scores(best=True)) and needs no such array.
    with pytest.raises(ValueError, match=r"^Scoring 100000 rows for 3000 classes would need"):
        clf.predict_proba(np.zeros((100_000, 100)))


def test_demo_refuses_an_empty_out_and_a_figure_slot_taken_by_a_directory(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    before = _snapshot(tmp_path)
    with pytest.raises(SystemExit) as info:
        _demo.main(["--out", ""])
    assert info.value.code == 2
    _usage_error(capsys, "--out")
    (tmp_path / "figs" / "classified.png").mkdir(parents=True)
    (tmp_path / "figs" / "classified.png" / "keep").write_text("keep")
    before = _snapshot(tmp_path)
    assert _demo.main(["--out", str(tmp_path / "figs")]) == 2
    _usage_error(capsys, "classified.png")
    assert capsys.readouterr().out == ""
    assert _snapshot(tmp_path) == before


def test_demo_point_counts_are_bounded(capsys):
    with pytest.raises(SystemExit) as info:
        _demo.main(["--n-train", "100000000"])
    assert info.value.code == 2
    _usage_error(capsys, "--n-train")


def test_crosscheck_api_validates_the_tolerance():
    from estimators import crosscheck

    X = np.random.default_rng(0).normal(size=(50, 2))
    for bad in (float("nan"), -1.0, float("inf"), "1e-6"):
        with pytest.raises(ValueError, match=r"^tolerance must be a finite number >= 0"):
            crosscheck(X, tolerance=bad)
