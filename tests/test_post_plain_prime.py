"""A prime in a plain-text equation, ``L'(p) = k/p - (n-k)/(1-p)`` (held-out external34).

A Confluence page with no TeX wrote the Bernoulli score as a bullet ``𝓛'(𝑝) = 𝑘/𝑝 -
(𝑛-𝑘)/(1-𝑝)`` under ``𝓛(𝑝) = 𝑘·𝑙𝑛(𝑝) + (𝑛-𝑘)·𝑙𝑛(1-𝑝)``. The plain-text reader knew no prime,
so the score was unparsed. A prime right after a name and before its bracket is the
derivative, as in TeX: the plain row gets the verdict of the same row in TeX, proved or
refuted alike. A prime anywhere else is still not read. Failed at 5f05f19 (unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


PAIRS = [
    # (plain text, the same in TeX, the verdict of the last row)
    (
        "- L(p) = k·ln(p) + (n-k)·ln(1-p)\n- L'(p) = k/p - (n-k)/(1-p)",
        "$$L(p) = k \\cdot \\ln(p) + (n-k) \\cdot \\ln(1-p)$$\n\n$$L'(p) = k/p - (n-k)/(1-p)$$",
        "proved",
    ),
    (
        "- L(p) = k·ln(p) + (n-k)·ln(1-p)\n- L'(p) = k/p + (n-k)/(1-p)",
        "$$L(p) = k \\cdot \\ln(p) + (n-k) \\cdot \\ln(1-p)$$\n\n$$L'(p) = k/p + (n-k)/(1-p)$$",
        "refuted",
    ),
    (
        "- f(x) = x^3 + x\n- f''(x) = 6x",
        "$$f(x) = x^3 + x$$\n\n$$f''(x) = 6x$$",
        "proved",
    ),
]


@pytest.mark.parametrize("plain, tex, verdict", PAIRS)
def test_a_prime_before_a_bracket_is_the_derivative(tmp_path, plain, tex, verdict):
    got = _verdicts(tmp_path, plain)
    assert got == _verdicts(tmp_path, tex), got
    assert got[-1] == verdict, got


def test_a_prime_with_no_bracket_after_it_is_not_read(tmp_path):
    """``L' = k/p`` names no point: not read (unparsed), never a derivative by a guess."""
    got = _verdicts(tmp_path, "- L(p) = k·ln(p)\n- L' = k/p")
    assert got[-1] == "unparsed", got
