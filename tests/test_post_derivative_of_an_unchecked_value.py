"""A derivative compared with a value the reader could not check (bench_mutants DOWNSTREAM,
seed 62, lead 2026-12-07). Yaqi Dai's Cauchy homework (external48) writes ``l(\\theta) = ...
= -n\\ln\\pi - \\sum \\ln[1 + (\\theta - x_i)^2]``; slipped to ``\\ln[1 - (\\theta - x_i)^2]``
the link is unchecked (the forms differ, but no point makes both sides real), and the right
``l'(\\theta) = 0 - \\sum 2(\\theta - x_i)/(1 + (\\theta - x_i)^2)`` was refuted against the
slip's derivative. A derivative of a refuted value is compared again with the value that row
was compared with (``after_refuted_values``); one of a value left unchecked that way now is
too: refuted only if it fails there as well, else unchecked, naming the line. As written, the
post's rows keep their verdicts."""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of, rows_of_text

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external48"
    / "yaqidai-stat5361-hw2-cauchy-information-beta-function-one-minus-cosine-moments.md"
)
_VALUE, _DERIVATIVE = 18, 23
_WRITTEN = "&=-nln\\pi-\\sum_{i=1}^nln[1+(\\theta-x_i)^2]"
_SLIPPED = "&=-nln\\pi-\\sum_{i=1}^nln[1-(\\theta-x_i)^2]"


def _lines() -> list[str]:
    return POST.read_text(encoding="utf-8").splitlines()


def test_the_rows_are_the_ones_meant():
    lines = _lines()
    assert lines[_VALUE - 1].strip() == _WRITTEN
    assert "2(\\theta-x_i)}{1+(\\theta-x_i)^2}" in lines[_DERIVATIVE - 1]


def test_the_right_derivative_after_an_unchecked_slip_is_not_refuted(tmp_path):
    lines = _lines()
    lines[_VALUE - 1] = lines[_VALUE - 1].replace(_WRITTEN, _SLIPPED)
    rows = rows_of_text(tmp_path, "\n".join(lines) + "\n")
    assert rows[_VALUE].verdict != "proved", rows[_VALUE].reason
    assert rows[_DERIVATIVE].verdict != "refuted", rows[_DERIVATIVE].reason
    assert f"line {_VALUE}" in rows[_DERIVATIVE].reason, rows[_DERIVATIVE].reason


def test_as_written_the_derivative_is_not_refuted():
    rows = rows_of(POST)
    assert rows[_DERIVATIVE].verdict != "refuted", rows[_DERIVATIVE].reason


def test_a_wrong_derivative_after_the_unchecked_slip_is_still_refuted(tmp_path):
    lines = _lines()
    lines[_VALUE - 1] = lines[_VALUE - 1].replace(_WRITTEN, _SLIPPED)
    lines[_DERIVATIVE - 1] = lines[_DERIVATIVE - 1].replace("2(\\theta-x_i)}", "3(\\theta-x_i)}")
    rows = rows_of_text(tmp_path, "\n".join(lines) + "\n")
    assert rows[_DERIVATIVE].verdict == "refuted", rows[_DERIVATIVE].reason
