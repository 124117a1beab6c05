"""A formula that is the object of an operation the sentence names (held-out batch 57).

A tutorial on the softmax gradient (external57, postnetwork line 35) explains a step with
"This comes from derivative of \\(\\log x = 1/x\\) and the negative sign.": the derivative of
log x is 1/x. The reader checked the inline formula as the author's claim ``log x = 1/x``
and refuted it, a correct row refuted on first contact. The words just before the formula
name what is done to it ("derivative of", "the integral of", "the gradient of"): its
relation is not asserted as written, so the formula is no claim of its own (prose, read
for the names it defines, never proved nor refuted). "derivative of $x^2 = x^2$" - a literal
truth whose sentence is false - is no proof either.

Property: with such words before it the inline formula gets no verdict of proved or
refuted; the same formula after words that assert it ("we get") is checked as before.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "The loss is $L = -y \\log p$.\n\n$$\\frac{d L}{d p} = -\\frac{y}{p}$$\n\n"


def _line3(tmp_path, sentence: str) -> str | None:
    p = tmp_path / "p.md"
    p.write_text(HEAD + sentence + "\n", encoding="utf-8")
    rows = [r for r in check_post(p, jobs=1).rows if r.line == 5]
    return rows[0].verdict if rows else None


@pytest.mark.parametrize(
    "sentence",
    [
        "This comes from derivative of \\(\\log x = 1/x\\) and the negative sign.",
        "This comes from the derivative of $\\log x = 1/x$.",
        "We used the integral of $x = x^2/2$ here.",
        "Recall the derivative of $x^2 = x^2$ in this step.",
        "It is the gradient of $\\frac{1}{2}x^2 = x$ that we need.",
    ],
)
def test_a_formula_after_an_operation_of_is_no_claim(tmp_path, sentence):
    assert _line3(tmp_path, sentence) not in ("proved", "refuted")


def test_the_same_formula_asserted_is_still_checked(tmp_path):
    assert _line3(tmp_path, "Then we get $\\log x = 1/x$ for this step.") != "proved"
    assert _line3(tmp_path, "So we get $x + x = 2x$ here.") == "proved"
