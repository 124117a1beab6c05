"""An equation the sentence before it says is one to solve is no identity (found probing
adversarial33 22).

"The equation to solve is $$a^2 + 1 = 2a$$" and "We solve for $a$: $$2a + 1 = a + 3$$" were
refuted as identities ("left side rewritten into the right side") when no later row gave the
letter a value; with a later row (``a = 2``) the same row was already "not an identity ...;
as an equation in a no row above leads to it". The words that say the row is an equation (to
solve, for which, such that, a root; lead66: satisfy, at which, is reached) make it so: never
refuted as an identity. Without such
words, a lone equation of expressions is still an identity claim, refuted where it fails.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

EQUATIONS = [r"a^2 + 1 = 2a", r"2a + 1 = a + 3", r"\frac{x}{p} = \frac{n - x}{1 - p}"]


@pytest.mark.parametrize(
    "said",
    [
        "The equation to solve is",
        "We solve for the unknown:",
        "For which values does this hold?",
        "Its root solves",
        "Let the number be such that",
        "Solving",
        # lead66: words that say where a condition holds (a density at half its maximum)
        "The half maximum is reached where the density is half its value at the mode:",
        "The bounds satisfy",
        "We look for the point at which the two sides agree:",
    ],
)
@pytest.mark.parametrize("row", EQUATIONS)
def test_an_equation_said_in_words_is_not_refuted(tmp_path, said, row):
    assert verdict_of_row(tmp_path, f"\n{said}\n\n$${row}$$\n", row) != "refuted"


@pytest.mark.parametrize("said", ["", "Expanding the square:", "For every real $a$,"])
def test_a_lone_identity_claim_is_still_refuted(tmp_path, said):
    row = r"(a + 1)^2 = a^2 + 1"
    assert verdict_of_row(tmp_path, f"\n{said}\n\n$${row}$$\n", row) == "refuted"
