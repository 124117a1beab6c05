"""The post's blue/yellow demo: printed estimates, accuracy and figures."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
import pytest

from estimators import _demo

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def test_run_recovers_the_post_centres_and_classifies_well():
    result = _demo.run(seed=3)
    m = result.model
    for label, centre in _demo.CENTRES.items():
        k = list(m.classes_).index(label)
        np.testing.assert_allclose(m.means_[k], centre, atol=0.2)
        np.testing.assert_allclose(m.vars_[k], _demo.SPREAD**2, rtol=0.35)
        pts = result.X_train[result.y_train == label]
        np.testing.assert_allclose(m.means_[k], pts.mean(axis=0), rtol=1e-12)
        np.testing.assert_allclose(m.vars_[k], pts.var(axis=0), rtol=1e-10)
    assert result.accuracy > 0.9
    np.testing.assert_array_equal(result.y_new_pred, m.predict(result.X_new))


def test_report_prints_the_fitted_numbers():
    result = _demo.run(seed=5, n_train=40, n_new=25)
    text = _demo.report(result)
    m = result.model
    for k, label in enumerate(m.classes_):
        row = next(line for line in text.splitlines() if line.startswith(label))
        numbers = [float(v) for v in re.findall(r"[-+]?\d+\.\d+", row)]
        np.testing.assert_allclose(numbers, np.r_[m.means_[k], m.vars_[k]], atol=5e-4)
    n_ok = int(np.sum(result.y_new_pred == result.y_new_true))
    assert f"accuracy on 50 new points: {n_ok / 50:.3f} ({n_ok}/50" in text


def test_main_writes_the_figures(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    assert (
        _demo.main(
            ["--out", str(tmp_path / "figs"), "--seed", "1", "--n-train", "30", "--n-new", "10"]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "accuracy on 20 new points" in out
    for name in _demo.FIGURES:
        data = (tmp_path / "figs" / name).read_bytes()
        assert data.startswith(PNG_MAGIC)
        assert len(data) > 5000, name  # a blank canvas compresses to far less


def test_seed_changes_the_data_and_is_reproducible():
    a, b, c = _demo.run(seed=1), _demo.run(seed=1), _demo.run(seed=2)
    np.testing.assert_array_equal(a.X_train, b.X_train)
    assert not np.array_equal(a.X_train, c.X_train)


def test_without_matplotlib_the_demo_still_prints(tmp_path, capsys, monkeypatch):
    for name in [m for m in sys.modules if m.partition(".")[0] == "matplotlib"]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    assert _demo.main(["--out", str(tmp_path / "none"), "--n-train", "20", "--n-new", "5"]) == 0
    out = capsys.readouterr().out
    assert "mean mu" in out and "accuracy on 10 new points" in out
    assert "pip install .[plot]" in out
    assert not (tmp_path / "none").exists()


def test_bad_arguments_exit_with_status_2(capsys):
    with pytest.raises(SystemExit) as info:
        _demo.main(["--n-train", "1"])
    assert info.value.code == 2
    assert "--n-train must be at least 2" in capsys.readouterr().err


def test_python_dash_m_estimators_demo(tmp_path):
    pytest.importorskip("matplotlib")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "estimators",
            "demo",
            "--out",
            str(tmp_path),
            "--seed",
            "4",
            "--n-train",
            "25",
            "--n-new",
            "5",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "accuracy on 10 new points" in done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(_demo.FIGURES)
