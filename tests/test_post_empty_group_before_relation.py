"""An empty group before an aligned relation, ``&{}= ...`` (held-out external34).

``&{}=`` is a LaTeX idiom: the empty group ``{}`` before the relation gives it the spacing of
a binary relation after the alignment point. A course-wiki page (quoting Wikipedia) wrote its
binomial likelihood's derivative as ``{0}&{} = \\frac{\\partial}{\\partial p}(...) \\\\ &
{}\\propto ... \\\\ & {}= ...``: every continued row was unparsed ("the expression is empty"),
its side being only ``{}``. An empty group shows nothing, as spacing does: a row whose first
side is only ``{}`` continues the chain as ``&=`` does, with the same verdict, proved or
refuted. Failed at 5f05f19 (unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


PAIRS = [
    # (written with the empty group, the same with '&=', the verdict of the continued row)
    (
        "$$\\begin{align} (a+b)^2 &= (a+b)(a+b) \\\\ &{}= a^2+2ab+b^2 \\end{align}$$",
        "$$\\begin{align} (a+b)^2 &= (a+b)(a+b) \\\\ &= a^2+2ab+b^2 \\end{align}$$",
        "proved",
    ),
    (
        "$$\\begin{align} (a+b)^2 &= (a+b)(a+b) \\\\ &{}= a^2+b^2 \\end{align}$$",
        "$$\\begin{align} (a+b)^2 &= (a+b)(a+b) \\\\ &= a^2+b^2 \\end{align}$$",
        "refuted",
    ),
    (
        "$$\\begin{align} (x+1)^2 &= x^2+2x+1 \\\\ & { }= (x+1)(x+1) \\end{align}$$",
        "$$\\begin{align} (x+1)^2 &= x^2+2x+1 \\\\ & = (x+1)(x+1) \\end{align}$$",
        "proved",
    ),
]


@pytest.mark.parametrize("grouped, plain, verdict", PAIRS)
def test_an_empty_group_before_the_relation_shows_nothing(tmp_path, grouped, plain, verdict):
    got = _verdicts(tmp_path, grouped)
    assert got == _verdicts(tmp_path, plain), got
    assert got[-1][0] == verdict, got


def test_a_group_that_holds_something_is_still_a_side(tmp_path):
    """``{0}&{} = ...``: the first side is the 0 in its group, not nothing."""
    got = _verdicts(tmp_path, "$$\\begin{align} {4}&{} = 2+2 \\end{align}$$")
    assert got == [("proved", "")], got
