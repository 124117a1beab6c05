"""``-t(1) - t(2) - \\ldots - t(n)``: an ellipsis between minus signs (external38).

A Brownian-drift question writes its log-likelihood as ``-\\frac{1}{2}\\ln(2 \\pi t_1)
-\\frac{1}{2}\\ln(2 \\pi t_2) - ... -\\frac{1}{2}\\ln(2 \\pi t_n) - ...``: the reader read an
ellipsis only between plus signs (``t(1) + t(2) + \\ldots + t(N)``) and left the row
unparsed, so the asker's lost square in the same row went unseen. Each written term carries
its sign, so the terms the dots stand for are the written terms' pattern: the sum of
``t(k)`` for k from the first to the last subscript. Terms whose signs do not follow one
pattern (``x_1 - x_2 - \\ldots - x_n``) stay unread. Failed at 0cfc1da.
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
        ("$$-x_1 - x_2 - \\ldots - x_n = -\\sum_{i=1}^n x_i$$", "proved"),
        ("$$-x_1 - x_2 - \\ldots - x_n = \\sum_{i=1}^n x_i$$", "refuted"),
        (
            "$$-\\frac{1}{2}\\ln(2 \\pi t_1) -\\frac{1}{2}\\ln(2 \\pi t_2) - ... "
            "-\\frac{1}{2}\\ln(2 \\pi t_n) = -\\frac{1}{2}\\sum_{i=1}^{n} \\ln(2 \\pi t_i)$$",
            "proved",
        ),
        (
            "$$-\\frac{1}{2}\\ln(2 \\pi t_1) -\\frac{1}{2}\\ln(2 \\pi t_2) - ... "
            "-\\frac{1}{2}\\ln(2 \\pi t_n) = -\\sum_{i=1}^{n} \\ln(2 \\pi t_i)$$",
            "refuted",
        ),
        ("$$-a y_1 - a y_2 - \\cdots - a y_m + b = b - a\\sum_{j=1}^m y_j$$", "proved"),
    ],
)
def test_an_ellipsis_between_minus_signs_is_the_sum_of_the_signed_terms(tmp_path, row, verdict):
    got = _verdicts(tmp_path, row)
    assert got[0][0] == verdict, got


def test_terms_of_mixed_signs_stay_unread(tmp_path):
    got = _verdicts(tmp_path, "$$x_1 - x_2 - \\ldots - x_n = 0$$")
    assert got[0][0] == "unparsed", got
