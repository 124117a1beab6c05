"""A case hypothesis is no assumption of the post (``derivations/post/_assume.py``).

"**Case 1:** If $x_i > \\mu$, then ...", "**Case 2:** If $x_i < \\mu$", "extended to cover
the \\(x<0\\) case": the formula holds in that case only. Read as a domain of the whole
post, two cases contradict each other and each one makes the engine check every row
only where the case holds. A formula stated for the post ("where $\\lambda > 0$",
"Assume that $x_0 > 0$") is still read.
"""

from __future__ import annotations

import pytest

from derivations.post._assume import prose_statements


@pytest.mark.parametrize(
    "text",
    [
        "**Case 1:** If $x_i > \\mu$, then the sign is kept.",
        "Case 2: if $x_i < \\mu$ the sign flips.",
        "The gamma function can be further extended to cover the \\(x<0\\) case.",
        "This holds whenever $t > 1$.",
        "Unless $p < 1$, the sum diverges.",
        "If $a > 0$ and $b > 0$, the product is positive.",
    ],
)
def test_a_case_hypothesis_is_not_read(text):
    assert prose_statements(text) == [], text


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("The rate is positive, where $\\lambda > 0$.", "\\lambda > 0"),
        ("Assume that $x_0 > 0$ is known.", "x_0 > 0"),
        ("If anything, note $0 < p < 1$. Later, $\\sigma > 0$ holds.", "\\sigma > 0"),
    ],
)
def test_a_statement_of_the_post_is_still_read(text, statement):
    assert statement in [s for s, _ in prose_statements(text)], text
