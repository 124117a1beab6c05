"""crosscheck: closed form vs L-BFGS-B on the same log-likelihood, and its command line."""

from __future__ import annotations

import re
import subprocess
import sys
import types

import numpy as np
import pytest
import sympy as sp
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import derivations
from derivations.symbols import N, sigma2
from estimators import GaussianForms, crosscheck
from estimators.__main__ import main

RNG = np.random.default_rng(3)


@settings(max_examples=15, deadline=None)
@given(
    log_n=st.floats(np.log10(2), 5),
    log_scale=st.floats(-8, 8),
    offset=st.sampled_from([0.0, 1.0, -1e3, 1e6, 1e9]),
    seed=st.integers(0, 2**32 - 1),
)
def test_closed_form_maximises_the_log_likelihood(log_n, log_scale, offset, seed):
    rows, scale = int(10**log_n), 10.0**log_scale
    assume(offset == 0 or scale / abs(offset) > 1e-9)
    rng = np.random.default_rng(seed)
    X = offset + scale * rng.normal(size=(rows, 2)) * [1.0, 0.1]
    assume(np.ptp(X, axis=0).min() > 0)
    result = crosscheck(X)
    assert result.ok, result.table()
    assert np.all(result.grad_norm < 1e-6)
    # The optimiser cannot beat the closed form by more than rounding.
    assert np.all(result.ll_optim <= result.ll_closed + 1e-9 * np.abs(result.ll_closed) + 1e-9)


def test_result_fields_and_relative_difference_definition():
    X = RNG.normal(size=(2000, 3)) * [1.0, 1e-3, 50.0] + [0.0, 2.0, -1e4]
    r = crosscheck(X)
    for field in ("mean_closed", "mean_optim", "rel_mean", "rel_var", "ll_closed", "grad_norm"):
        assert getattr(r, field).shape == (3,)
    np.testing.assert_allclose(r.mean_closed, X.mean(0), rtol=1e-12)
    scale = np.maximum(np.abs(r.mean_closed), np.sqrt(r.var_closed))
    np.testing.assert_allclose(r.rel_mean, np.abs(r.mean_optim - r.mean_closed) / scale)
    # |a - b| / b and |a / b - 1| differ by rounding (~1e-16), which is a large part of a
    # difference of 1e-11: compare with an absolute tolerance too.
    np.testing.assert_allclose(
        r.rel_var, np.abs(r.var_optim / r.var_closed - 1), rtol=1e-6, atol=1e-15
    )
    assert r.ok and r.n_iterations > 0
    assert "agree: largest relative difference" in r.table()


def _wrong(sigma2_factor) -> GaussianForms:
    d = derivations.load("gaussian-mle")
    results = dict(d.results)
    results["sigma2"] = sp.Eq(sigma2, results["sigma2"].rhs * sigma2_factor)
    return GaussianForms.from_results(results, d.log_likelihood)


def test_a_wrong_closed_form_is_caught():
    X = RNG.normal(size=(500, 2)) + [3.0, -1.0]
    r = crosscheck(X, closed_forms=_wrong(N / (N - 1)))  # unbiased, not the MLE
    assert not r.ok
    np.testing.assert_allclose(r.rel_var, 1 / 500, rtol=1e-4)  # 1 - (N - 1) / N
    assert np.all(r.grad_norm > 1e-4)
    assert "DISAGREE" in r.table()


def test_a_constant_column_is_refused():
    X = np.column_stack([RNG.normal(size=10), np.full(10, 2.5)])
    with pytest.raises(ValueError, match=r"Features \[1\] are constant"):
        crosscheck(X)


def test_bad_data_is_refused_like_fit():
    with pytest.raises(ValueError, match=r"NaN at row 1, column 0"):
        crosscheck([[1.0], [np.nan], [2.0]])


# --------------------------------------------------------------------------- command line


def test_cli_synthetic_data_agrees(capsys):
    assert main(["crosscheck", "--n", "300", "--d", "2", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "synthetic Gaussian data, n=300, d=2, seed=5" in out
    assert out.count("\n") == 5  # title, header, 2 features, verdict


def test_cli_reads_a_csv_with_header(tmp_path, capsys):
    X = RNG.normal(size=(50, 2)) * [2.0, 0.5]
    path = tmp_path / "data.csv"
    path.write_text("height,weight\n" + "\n".join(f"{a!r},{b!r}" for a, b in X.tolist()) + "\n")
    assert main(["crosscheck", "--csv", str(path)]) == 0
    out = capsys.readouterr().out
    assert "height" in out and "weight" in out and "(50 rows, 2 columns)" in out
    assert f"{X[:, 0].mean():.10g}" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, r"does not exist"),
        ("", r"is empty"),
        ("a,b\n", r"has a header but no data rows"),
        ("1,2\n3\n", r"line 2: 1 fields, expected 2"),
        ("1,2\n3,x\n", r"line 2, column 2: 'x' is not a finite number"),
        ("1,2\n3,nan\n", r"line 2, column 2: 'nan' is not a finite number"),
        ("1,2\n", r"X has 1 sample\(s\); a variance needs at least 2"),
        ("1,2\n1,3\n", r"Features \[0\] are constant"),
    ],
)
def test_cli_names_bad_csv_input(tmp_path, capsys, content, message):
    path = tmp_path / "bad.csv"
    if content is not None:
        path.write_text(content)
    assert main(["crosscheck", "--csv", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert re.search(message, err), err


def test_cli_exit_status_is_1_on_disagreement(monkeypatch, capsys):
    from estimators import _crosscheck

    monkeypatch.setattr(_crosscheck, "_default_forms", lambda: _wrong(1.01))
    assert main(["crosscheck", "--n", "200"]) == 1
    assert "DISAGREE" in capsys.readouterr().out


def test_cli_help_documents_defaults():
    out = subprocess.run(
        [sys.executable, "-m", "estimators", "crosscheck", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for text in ("--csv FILE", "(default: 1000)", "(default: 3)", "(default: 0)", "1e-06"):
        assert text in out


def test_cli_dispatches_demo_with_its_arguments(monkeypatch):
    seen = []
    fake = types.ModuleType("estimators._demo")
    fake.main = lambda argv: seen.append(argv) or 7
    monkeypatch.setitem(sys.modules, "estimators._demo", fake)
    assert main(["demo", "--out", "figs", "--seed", "1"]) == 7
    assert seen == [["--out", "figs", "--seed", "1"]]


def test_cli_without_a_command_prints_help(capsys):
    assert main([]) == 2
    assert "crosscheck" in capsys.readouterr().out
