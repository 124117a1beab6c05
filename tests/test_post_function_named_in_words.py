"""A letter the words call a function is applied, not multiplied.

Adversarial set 14, pair 186: "With $\\Phi$ the standard normal CDF and real $x$", then
``\\Phi(-x) = -\\Phi(x)`` was proved (``\\Phi`` times ``-x``) and the correct ``\\Phi(-x) =
1 - \\Phi(x)`` refuted. A letter the paragraph calls a CDF, a density or a function is now a
function of the post: with no formula for it, neither row is proved nor refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SET14 = Path(__file__).resolve().parent / "posts" / "incoming" / "adversarial14"


def _row(path):
    (row,) = [r for r in check_post(path, jobs=1, cache=False).rows if r.line == 7]
    return row


def test_the_cdf_named_in_words_is_a_function():
    (false,) = SET14.glob("186-*-false.md")
    (true,) = SET14.glob("186-*-true.md")
    assert _row(false).verdict != "proved"
    assert _row(true).verdict != "refuted"


@pytest.mark.parametrize(
    "prose",
    [
        "Let $F$ denote the distribution function of $X$.",
        "Here $g$ is a smooth function.",
        "With $\\Psi$ the cdf of the logistic law,",
    ],
)
def test_a_wrong_property_of_a_function_named_in_words_is_not_proved(tmp_path, prose):
    name = "\\Psi" if "Psi" in prose else prose.split("$")[1]
    text = f"---\ntitle: t\n---\n\n{prose}\n\n$${name}(2x) = 2{name}(x)$$\n"
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    (row,) = check_post(path, jobs=1, cache=False).rows
    assert row.verdict != "proved", row
