"""``\\vert\\vert`` is the double bar ``||`` (external33, a lecture slide's ridge cost).

A slide's ridge cost ``\\vert\\vert (\\boldsymbol{y}-X\\beta)\\vert\\vert_2^2``
was unparsed ("unexpected '|'"): two ``\\vert`` side by side were two single bars, where
``||`` typed as two characters is read (a norm, a divergence's bar, or two absolute values
side by side, which ``._passes.resolve_bars`` tells apart). A row written with ``\\vert\\vert``
gets the verdict of the same row written with ``||``. Failed at 6f5d9e4.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


ROWS = [
    "$$C = \\frac{||y - X\\beta||_2^2}{2\\sigma^2} + \\lambda||\\beta||_2^2$$",
    "$$|a||b| = |ab|$$",
    "$$|a||b| = |a + b|$$",
    "$$||x||^2 + 1 = 1 + ||x||^2$$",
    "$$D(p||q) = \\int p(x) \\log \\frac{p(x)}{q(x)} \\, dx$$",
    "$$|x - 1||x + 1| = |x^2 - 1|$$",
    "$$|x - 1||x + 1| = x^2 - 1$$",
]


@pytest.mark.parametrize("row", ROWS)
def test_vert_vert_reads_as_the_double_bar(tmp_path, row):
    written = row.replace("|", "\\vert ").replace("\\vert \\vert ", "\\vert\\vert ")
    assert "\\vert\\vert" in written
    got = _verdicts(tmp_path, written)
    assert got == _verdicts(tmp_path, row), (written, got)
    assert all(v != "unparsed" for v, _ in got), got


def test_a_spaced_pair_of_vert_is_two_bars(tmp_path):
    # \vert a \vert \vert b \vert with a space between: two absolute values, as | a | | b |
    got = _verdicts(tmp_path, "$$\\vert a \\vert \\vert b \\vert = \\vert ab \\vert$$")
    assert got == _verdicts(tmp_path, "$$| a | | b | = | ab |$$"), got
