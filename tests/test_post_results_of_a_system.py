"""A result that eliminates another unknown is not refuted against one equation alone, and a
chain read at an estimate goes on reading it so.

Held-out batch 31 (``tests/posts/incoming/repro33/``, Xiaosi Huang's regression by hand, written
without thick spaces): ``a = (N sum xy - sum x sum y)/(N sum x^2 - (sum x)^2)`` was compared
with line 70's ``a = (sum xy - b sum x)/sum x^2`` at a b drawn freely, and refuted; the result
eliminates b with the other normal equation. And ``b = (sum y - a sum x)/N = ybar - a xbar``:
the first link read a at its estimate, the second compared ``ybar - a xbar`` with a drawn a,
and refuted it.

Properties: neither row is refuted; a chain whose second link is wrong at the estimate is
still refuted; a wrong result is never proved."""

from __future__ import annotations

from pathlib import Path

_POST = (
    Path(__file__).parent
    / "posts"
    / "incoming"
    / "repro33"
    / "regression-by-hand-result-of-a-system-and-chain-at-an-estimate-refuted.md"
)


def _verdicts(tmp_path, text: str, line: int) -> set[str]:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return {r.verdict for r in check_post(post, jobs=1).rows if r.line == line}


def _lines() -> list[str]:
    return _POST.read_text(encoding="utf-8").split("\n")


def test_neither_row_is_refuted(tmp_path):
    text = "\n".join(_lines())
    assert "refuted" not in _verdicts(tmp_path, text, 167)
    assert "refuted" not in _verdicts(tmp_path, text, 286)
    assert "proved" in _verdicts(tmp_path, text, 286)


def test_a_second_link_wrong_at_the_estimate_is_still_refuted(tmp_path):
    lines = _lines()
    assert lines[286].lstrip().startswith("=")
    lines[286] = lines[286].replace(r"\bar{y} - a", r"\bar{y} + a")
    assert _verdicts(tmp_path, "\n".join(lines), 286) == {"refuted"}


def test_a_wrong_result_is_never_proved(tmp_path):
    lines = _lines()
    assert lines[167].startswith(r"\frac{N\sum")
    lines[167] = lines[167].replace(r"x_i y_i - \bigl(", r"x_i y_i + \bigl(", 1)
    assert "proved" not in _verdicts(tmp_path, "\n".join(lines), 167)
