"""A rewrite that trades the symbols of the line above for others is not an identity.

u_2' = sigma^2 + mu^2 = alpha^2 beta^2 + alpha beta^2 (a gamma method-of-moments post)
puts in the gamma distribution's mean and variance, which the post never writes: at
random sigma, mu, alpha, beta it fails, and a correct row was refuted. When the symbols
of the line above (with no value in the post) are all replaced by others, a failure is
not a refutation; a success is still a proof. A slip that keeps the symbols
(sigma^2 + mu^2 = sigma^2 + 2 mu^2) is still refuted.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import edited_copy, rows_of

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "repro3"
    / "prime-in-braced-superscript-unparsed.md"
)


def _row(path: Path, line: int = 8):
    return rows_of(path)[line]


def _variant(tmp_path: Path, new: str) -> Path:
    return edited_copy(tmp_path, POST, r"\alpha ^2 \beta^2 + \alpha \beta^2$", new)


def test_a_rewrite_into_other_symbols_is_not_refuted():
    row = _row(POST)
    assert row.verdict == "unchecked", (row.verdict, row.reason)
    assert "does not state" in row.reason


def test_a_slip_that_keeps_the_symbols_is_refuted(tmp_path):
    assert _row(_variant(tmp_path, r"\sigma^2 + 2\mu^2$")).verdict == "refuted"


def test_a_rewrite_into_other_symbols_that_holds_is_proved(tmp_path):
    # mu^2 + sigma^2 written with nothing traded: proved as before
    assert _row(_variant(tmp_path, r"\mu^2 + \sigma^2$")).verdict == "proved"
