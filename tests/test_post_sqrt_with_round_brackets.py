"""``\\sqrt(...)`` is the square root of the bracket (external38, a Brownian-drift question).

``f_t(x) = \\frac{1}{\\sqrt(2 \\pi \\sigma^2 t)} e^{...}`` was unparsed ("unexpected '('"):
TeX puts the radical over the opening bracket alone, but the author (as everyone who types
it) means the root of what the brackets hold, and the row after it, the likelihood as the
product of those densities, could not be related to it. A row written with ``\\sqrt(...)``
gets the verdict of the same row written ``\\sqrt{(...)}``, proved or refuted alike. Failed
at 0cfc1da.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


ROWS = [
    "$$\\sqrt{(4)} = 2$$",
    "$$\\sqrt{(4)} = 3$$",
    "$$\\frac{1}{\\sqrt{(2 \\pi)}} = (2\\pi)^{-1/2}$$",
    "$$\\frac{1}{\\sqrt{(2 \\pi)}} = (2\\pi)^{-1}$$",
    "$$\\sqrt{(x^2 + 2x + 1)} = |x + 1|$$",
    "$$\\sqrt{(a b)}\\sqrt{(a b)} = a b + 1$$",
]


@pytest.mark.parametrize("row", ROWS)
def test_sqrt_round_brackets_read_as_the_root_of_the_bracket(tmp_path, row):
    written = row.replace("\\sqrt{(", "\\sqrt(").replace(")}", ")")
    assert "\\sqrt(" in written and "\\sqrt{" not in written
    got = _verdicts(tmp_path, written)
    assert got == _verdicts(tmp_path, row), (written, got)
    assert all(v != "unparsed" for v, _ in got), got


def test_an_unclosed_round_bracket_after_sqrt_stays_unparsed(tmp_path):
    got = _verdicts(tmp_path, "$$\\sqrt(2 \\pi = 3$$")
    assert got[0][0] == "unparsed", got
