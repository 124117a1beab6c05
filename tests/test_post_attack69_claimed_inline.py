"""A display row that only follows from an equation a sentence states as a fact (adversarial41).

On 554d7160, "We note that $\\sqrt{x^2} = x$. Hence $$\\sqrt{x^2} = x$$" had the display row
proved, "equation that follows from the one above" (open since attack68, README of
adversarial40): the inline equation, a claim of the sentence (``Row.sentence``) that the
reader does not establish, became the equation the next rows are steps from, as an equation
no row leads to is (a first-order condition whose derivative row was left out). A claim is
no such condition: what follows from it holds where the claim does, which the post asserts
and nothing shows. Probes 61 and 63 (``2|x| = 2x`` after "We note that $|x| = x$").

Properties: after a sentence's equation, a display row is proved only if it holds on its
own (an identity), also two rows down the chain; a correct identity after a wrong claim is
proved; a row that does not follow is still refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


@pytest.mark.parametrize(
    ("claim", "row"),
    [
        (r"\sqrt{x^2} = x", r"\sqrt{x^2} = x"),
        (r"|x| = x", r"2|x| = 2x"),
        (r"\sqrt{x^2} = x", r"\sqrt{x^2} + 1 = x + 1"),
    ],
)
def test_a_row_that_only_follows_from_a_claim_is_not_proved(tmp_path, claim, row):
    body = f"\nWe note that ${claim}$. Hence\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) != "proved"


def test_nor_two_rows_down_the_chain(tmp_path):
    body = "\nWe note that $|x| = x$. Hence\n\n$$2|x| = 2x$$\n\nand so\n\n$$2|x| + 1 = 2x + 1$$\n"
    assert verdict_of_row(tmp_path, body, r"2|x| + 1 = 2x + 1") != "proved"


@pytest.mark.parametrize(
    ("claim", "row"),
    [
        (r"\sqrt{x^2} = x", r"\sqrt{x^2} = |x|"),
        (r"|x| = x", r"2|x| = 2\sqrt{x^2}"),
        (r"e^{a + b} = e^a + e^b", r"e^{a + b} = e^a e^b"),
    ],
)
def test_an_identity_after_a_claim_is_proved(tmp_path, claim, row):
    body = f"\nWe note that ${claim}$. Hence\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"
