"""The benchmark harness's mechanics and the scaling plot (no timing is asserted here)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


H = _load("_harness")


def test_contenders_run_interleaved_in_alternating_order():
    calls = []
    comp = H.interleave(
        "t",
        [("a", lambda: calls.append("a")), ("b", lambda: calls.append("b"))],
        repeat=4,
        warmup=1,
    )
    assert calls == ["a", "b"] + ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert [len(t.wall) for t in comp.timings] == [4, 4]


def test_speedup_is_the_median_of_per_round_ratios():
    comp = H.Comparison(
        "t",
        [
            H.Timing("base", [1.0, 2.0, 9.0], [0, 0, 0]),
            H.Timing("ours", [0.5, 0.5, 1.0], [0, 0, 0]),
        ],
    )
    assert comp.ratios(1) == [2.0, 4.0, 9.0]
    assert comp.ratio(1) == (4.0, 2.0, 9.0)
    assert comp.busy  # the baseline's spread is far above 15%


def _run(value: float, low: float, high: float) -> H.Run:
    env = H.environment()
    env["load_average_end"] = env["load_average_start"]
    run = H.Run(env)
    run.figures.append(H.Figure("k", "a speed-up", value, low, high, "x", ">= 2x", value >= 2))
    run.figures.append(H.Figure("m", "a memory ratio", 0.1, 0.1, 0.1, "x X"))
    return run


@pytest.mark.parametrize(
    ("second", "expected"),
    [((3.1, 2.8, 3.4), True), ((4.0, 3.9, 4.2), False), ((2.95, 2.0, 5.0), True)],
)
def test_a_figure_is_published_only_if_it_reproduces(tmp_path, second, expected):
    record = H.Record(
        "bench_x", "python benchmarks/bench_x.py", [_run(3.0, 2.9, 3.2), _run(*second)]
    )
    assert record.verdicts() == {"k": expected, "m": True}
    js, md = record.write(tmp_path)
    text = md.read_text()
    published = text.split("## Not reproduced")[0]
    assert ("| a speed-up |" in published) == expected
    assert "| a memory ratio |" in published
    data = json.loads(js.read_text())
    assert data["reproduced"]["k"] == expected
    env = data["runs"][0]["environment"]
    for key in ("cpu", "cores", "numpy", "scipy", "sklearn", "threadpools", "load_average_start"):
        assert key in env
    assert any(pool["user_api"] == "blas" for pool in env["threadpools"])


def test_a_single_run_publishes_nothing():
    record = H.Record("bench_x", "cmd", [_run(3.0, 2.9, 3.2)])
    assert record.verdicts() == {"k": False, "m": False}
    assert "## Published" not in record.markdown()


def test_scaling_plot_renders_on_small_sizes(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    plot_scaling = _load("plot_scaling")
    assert (
        plot_scaling.main(
            ["--out", str(tmp_path), "--record", str(tmp_path), "--small", "--repeat", "1"]
        )
        == 0
    )
    png = (tmp_path / "scaling.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 20_000
    record = json.loads((tmp_path / "scaling.json").read_text())
    assert set(record["slopes"]) == {"N", "D", "K"}
    for per in record["slopes"].values():
        assert set(per) == {"ours diag", "GaussianNB", "ours full", "QDA"}
    assert "log-log slopes" in capsys.readouterr().out


def test_slips_planted_right_of_the_relation_include_a_swapped_fraction():
    """bench_mutants plants a sign, a digit, an n, and a fraction written upside down (the
    slip that kept ``\\pi = \\frac{8}{3}`` proved, held-out external33): every slip changes
    the row right of its relation sign only, and the text stays balanced."""
    M = _load("bench_mutants")
    row = r"\ell = \frac{a+1}{b} - n \frac{2}{c^{2}}"
    found = M.slips(row)
    kinds = {k for k, _ in found}
    assert {"sign", "digit", "n", "frac"} <= kinds  # and a square dropped (c^{2})
    assert ("frac", r"\ell = \frac{b}{a+1} - n \frac{2}{c^{2}}") in found
    assert ("frac", r"\ell = \frac{a+1}{b} - n \frac{c^{2}}{2}") in found
    for _, new in found:
        assert new.startswith(r"\ell =") and new != row
        assert new.count("{") == new.count("}")
    assert M.slips(r"\frac{1}{2} = x") == []  # nothing right of the relation to slip


def test_slips_include_a_limit_a_lost_square_a_traded_letter_and_a_shifted_index():
    """bench_mutants also moves a sum's lower limit, drops a square, trades one Greek letter of
    the row for another it writes, and writes ``x_{t-1}`` as ``x_t`` (the slips that found the
    proved ARCH score and ELBO rows, 2026-12-06): right of the relation only."""
    M = _load("bench_mutants")
    row = r"\ell = \sum_{t=2}^{T} (x_t - \phi x_{t-1})^2 / \sigma^2"
    found = M.slips(row)
    assert ("lim", r"\ell = \sum_{t=3}^{T} (x_t - \phi x_{t-1})^2 / \sigma^2") in found
    assert ("square", r"\ell = \sum_{t=2}^{T} (x_t - \phi x_{t-1}) / \sigma^2") in found
    assert ("square", r"\ell = \sum_{t=2}^{T} (x_t - \phi x_{t-1})^2 / \sigma") in found
    assert ("letter", r"\ell = \sum_{t=2}^{T} (x_t - \sigma x_{t-1})^2 / \sigma^2") in found
    assert ("shift", r"\ell = \sum_{t=2}^{T} (x_t - \phi x_{t})^2 / \sigma^2") in found
    assert M.slips(r"x^2 = \phi") == []  # nothing to slip right of the relation


def test_downstream_lists_only_later_correct_rows_newly_refuted():
    """bench_mutants' DOWNSTREAM list: rows after the slipped line that the truth table judges
    correct, that the post as written does not refute, and the slipped copy does."""
    from types import SimpleNamespace as Row

    M = _load("bench_mutants")
    import test_corpus as C

    path = next(p for p in C.held_out_posts() if C.load_truth(p))
    truth = {t.line: t.judgement for t in C.load_truth(path)}
    correct = sorted(line for line, j in truth.items() if j == "correct")
    wrong = sorted(line for line, j in truth.items() if j == "wrong")
    assert len(correct) >= 2
    first, later = correct[0], correct[-1]
    written = [Row(line=later, text="x", verdict="proved")]
    if wrong:
        written.append(Row(line=wrong[-1], text="y", verdict="unchecked"))
    M._WRITTEN.clear()
    M._WRITTEN[path] = written
    copy = [Row(line=later, text="x", verdict="refuted", reason="")]
    assert [r.line for r in M._downstream(path, first, copy)] == [later]
    assert M._downstream(path, later, copy) == []  # not after the slipped line
    assert M._downstream(path, first, [Row(line=later, text="x", verdict="unchecked")]) == []
    if wrong and wrong[-1] > first:
        judged_wrong = [Row(line=wrong[-1], text="y", verdict="refuted", reason="")]
        assert M._downstream(path, first, judged_wrong) == []  # a wrong row refuted is a catch
    M._WRITTEN.clear()
