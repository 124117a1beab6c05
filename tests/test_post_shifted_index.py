"""A sample with a shifted index (r_{t-2}) is that sample, not a symbol of its own.

mse-ar2-conditional-mle-techqa writes r_{t-2} under sum_t; the reader made it one
symbol named "r_t - 2", constant over the sum, and refuted the correct
sum_{t=3}^T r_{t-2} = sum_{t=1}^{T-2} r_t.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

POST = Path(__file__).resolve().parent / "posts" / "incoming" / "shifted" / "lagged-sample.md"


def _rows() -> dict:
    return {r.line: r for r in check_post(POST, jobs=1).rows}


def test_a_shifted_sum_is_proved():
    row = _rows()[13]
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_a_lagged_sample_is_not_a_constant_of_the_sum():
    assert _rows()[17].verdict not in ("proved", "plausible")


def test_the_lag_is_read_as_a_sample(tmp_path):
    text = POST.read_text(encoding="utf-8").replace(
        r"\sum_{t=1}^{T-2} r_t", r"\sum_{t=1}^{T-2} r_{t+1}"
    )
    p = tmp_path / POST.name
    p.write_text(text, encoding="utf-8")
    row = next(r for r in check_post(p, jobs=1).rows if r.line == 13)
    assert row.verdict == "refuted"
    assert "r_t - 2" not in str(row.counterexample)


def test_an_upper_limit_T_is_never_a_transpose():
    # T written only as the upper limit: the row was unparsed ("unexpected 'T'"), read
    # as a transpose; X^T beside it is still one
    from derivations.post._lexer import tokenize

    toks, _ = tokenize(r"\sum_{t=1}^{T} r_t + \prod_{i=1}^T x_i + \sum^T_{t} y_t + X^T y")
    kinds = [t.type for t in toks]
    assert kinds.count("TRANSPOSE") == 1
    assert kinds.count("CARET") == 3
