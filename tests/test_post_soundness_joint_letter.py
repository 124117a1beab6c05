"""``p(y, p)`` is the letter of the joint density and, once the bar is lost, of the
likelihood ``p(y | p)`` too: used inside an integral (the marginal ``p(y) = \\int p(y, p)
dp``) the reader had put in the likelihood, so the correct model evidence of a
binomial-beta post was refuted (held-out external11, found when integrals over the
parameter's range were first read). Such a use had no value: neither proved nor refuted.

Since bayes28 the bar is part of the call (``p(y | p)`` and ``p(y, p)`` are two functions),
so the joint is the one the product-rule row defines and nothing else: the correct evidence
is proved and the likelihood's integral (``1/(n + 1)``, the evidence only when ``a = b = 1``)
refuted. The property kept: the correct row is never refuted, the wrong one never proved."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_BODY = (
    "Let $y \\sim \\mathrm{Bin}(n, p)$ with the prior $p \\sim \\mathrm{Bet}(a, b)$.\n\n"
    "$$\\mathrm{p}(y|p) = {n \\choose y} p^y (1-p)^{n-y}$$\n\n"
    "$$\\mathrm{p}(p) = \\frac{1}{B(a, b)} p^{a-1} (1-p)^{b-1}$$\n\n"
    "$$\\mathrm{p}(y,p) = \\mathrm{p}(y|p) \\, \\mathrm{p}(p)$$\n\n"
    "$$ {row} $$\n"
)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # the marginal (correct) and the likelihood's integral (wrong for this post)
        (
            "\\int_0^1 \\mathrm{p}(y,p) \\, \\mathrm{d}p = "
            "{n \\choose y} \\frac{B(a + y, b + n - y)}{B(a, b)}",
            "proved",
        ),
        ("\\int_0^1 \\mathrm{p}(y,p) \\, \\mathrm{d}p = \\frac{1}{n+1}", "refuted"),
    ],
)
def test_a_use_of_the_joint_letter_is_read_as_the_joint(tmp_path, row, verdict):
    assert verdict_of_row(tmp_path, _BODY.replace("{row}", row), row) == verdict, row
