"""``c + t(1) + \\ldots + t(N)``: terms written before a pattern an ellipsis continues (posts59).

A forum thread on the multinomial MLE (external44) writes the log-pmf as
``\\log(n!/(x_1! \\cdots x_k!)) + \\log p_1^{x_1} + \\cdots + \\log p_k^{x_k}``, and a
logistic-regression primer (external37) writes ``\\theta_0 + \\theta_1 x_1 + \\cdots +
\\theta_n x_n`` (here ``a_0 + a_1 x_1 + \\cdots``): a term that is not of the pattern (a constant, an intercept) before the
terms the dots continue. The reader read an ellipsis only when every written term was of
the pattern, so both rows stayed unparsed. The leading terms are added to the sum of the
pattern's terms. A leading term that holds elements of the pattern's samples must sit
just before its first index (``\\theta_0`` before ``\\theta_1 x_1``): ``x_1 + x_3 + \\ldots
+ x_n`` may step by two, and stays unread. Failed at bf263d28.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("$$c + x_1 + \\ldots + x_n = c + \\sum_{i=1}^n x_i$$", "proved"),
        ("$$c + x_1 + \\ldots + x_n = \\sum_{i=1}^n x_i$$", "refuted"),
        (
            "$$a_0 + a_1 x_1 + \\cdots + a_n x_n = a_0 + \\sum_{j=1}^n a_j x_j$$",
            "proved",
        ),
        ("$$a_0 + a_1 x_1 + \\cdots + a_n x_n = \\sum_{j=1}^n a_j x_j$$", "refuted"),
        (
            "$$\\log c + x_1 \\log p_1 + \\cdots + x_k \\log p_k = "
            "\\log c + \\sum_{i=1}^k x_i \\log p_i$$",
            "plausible",  # p_i > 0 is the open condition of the log
        ),
    ],
)
def test_terms_before_the_pattern_are_added_to_its_sum(tmp_path, row, verdict):
    got = _verdicts(tmp_path, row)
    assert got[0][0] == verdict, got


def test_a_leading_element_of_the_pattern_away_from_its_start_stays_unread(tmp_path):
    got = _verdicts(tmp_path, "$$x_1 + x_3 + \\ldots + x_n = 0$$")
    assert got[0][0] == "unparsed", got


def test_a_pattern_from_index_zero_is_still_read_whole(tmp_path):
    got = _verdicts(tmp_path, "$$x_0 + x_1 + \\ldots + x_n = \\sum_{i=0}^n x_i$$")
    assert got[0][0] == "proved", got
