"""Letters of Unicode's Mathematical Alphanumeric Symbols, and '•' bullets (held-out external34).

A Confluence page wrote its Bernoulli derivation with no TeX at all, every letter a Unicode
*mathematical italic* one (``𝓛(𝑝) = 𝑘·𝑙𝑛(𝑝) + (𝑛-𝑘)·𝑙𝑛(1-𝑝)``, ``(𝑛-𝑘)𝑝 = 𝑘(1-𝑝)``), each step a
bullet '•' as a web page's list is copied as text. Every step was unparsed or taken for prose.
A styled letter is the letter its style dresses, as the TeX for it is read: italic, bold, sans
and monospace letters and digits are the plain ones (``\\mathbf{x}`` is read as x already),
Greek ones the Greek letter, a script or fraktur capital the calligraphic one
(``\\mathcal{L}``, a name of its own: never the L of a likelihood beside it). A '•' starts a
list item as '-' does. So a row written with them gets the verdict of the same row written in
TeX or in ASCII, proved or refuted alike. Failed at 5f05f19.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


PAIRS = [
    # (written with styled letters, the same in TeX or ASCII, the verdict of the last row)
    ("$$(𝑎+𝑏)^2 = 𝑎^2 + 2𝑎𝑏 + 𝑏^2$$", "$$(a+b)^2 = a^2 + 2ab + b^2$$", "proved"),
    ("$$(𝑎+𝑏)^2 = 𝑎^2 + 𝑏^2$$", "$$(a+b)^2 = a^2 + b^2$$", "refuted"),
    ("$$𝜃 + 𝜃 = 2𝜃$$", "$$\\theta + \\theta = 2\\theta$$", "proved"),
    ("$$𝐱 + 𝐱 = 3𝐱$$", "$$\\mathbf{x} + \\mathbf{x} = 3\\mathbf{x}$$", "refuted"),
    ("$$𝟐 + 𝟐 = 𝟒$$", "$$2 + 2 = 4$$", "proved"),
    (
        "$$𝓛(p) = \\ln L(p)$$\n\n$$𝓛(p) = \\ln L(p) + 1$$",
        "$$\\mathcal{L}(p) = \\ln L(p)$$\n\n$$\\mathcal{L}(p) = \\ln L(p) + 1$$",
        None,
    ),
    (
        "  • 0 = 𝑘/𝑝 - (𝑛-𝑘)/(1-𝑝)\n  • (𝑛-𝑘)/(1-𝑝) = 𝑘/𝑝\n  • (𝑛-𝑘)𝑝 = 𝑘(1-𝑝)",
        "- 0 = k/p - (n-k)/(1-p)\n- (n-k)/(1-p) = k/p\n- (n-k)p = k(1-p)",
        "proved",
    ),
    (
        "  • (𝑛-𝑘)/(1-𝑝) = 𝑘/𝑝\n  • (𝑛-𝑘)𝑝 = 2𝑘(1-𝑝)",
        "- (n-k)/(1-p) = k/p\n- (n-k)p = 2k(1-p)",
        "refuted",
    ),
    (
        # a script capital is a name of its own, never the italic L beside it
        "  • 𝓛(𝑝) = 2𝐿(𝑝)\n  • 𝓛(𝑝) = 𝐿(𝑝) + 𝐿(𝑝)",
        "- K(p) = 2L(p)\n- K(p) = L(p) + L(p)",
        "proved",
    ),
]


@pytest.mark.parametrize("styled, plain, verdict", PAIRS)
def test_a_styled_letter_is_the_letter_it_dresses(tmp_path, styled, plain, verdict):
    got = _verdicts(tmp_path, styled)
    want = _verdicts(tmp_path, plain)
    assert [v for v, _ in got] == [v for v, _ in want], (got, want)
    if verdict is not None:
        assert got[-1][0] == verdict, got


def test_a_script_capital_is_not_the_italic_capital(tmp_path):
    """𝓛 beside 𝐿: the log-likelihood and the likelihood of one post. Read as one letter,
    𝓛(𝑝) = 𝑙𝑛(𝐿(𝑝)) would be L = ln L, refuted; it is a definition of 𝓛."""
    got = _verdicts(tmp_path, "$$𝓛(p) = \\ln L(p)$$")
    assert got and got[0][0] == "given", got
