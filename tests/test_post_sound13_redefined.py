"""Adversarial set 13, pairs 16/17/18: a value given anew, and what ends with the old one.

- "Next take $$g(x) = e^{3x}$$": the display was compared with the old ``g`` (refuted), and
  ``\\log g`` / ``h'`` kept the old values: a stale row was proved, the correct one
  refuted. Now the display defines ``g`` anew and its log and derivatives start over.
- "Let $c = 2$ ... Later we take $c = 5$": the second number ends the first value.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_LOG = (
    "Let\n\n$$g(x) = e^{2x}$$\n\nso\n\n$$\\log g(x) = 2x$$\n\nLEAD\n\n$$g(x) = e^{3x}$$\n\n"
    "Then\n\n$$ROW$$\n"
)
_DER = (
    "Let\n\n$$h(t) = t^3$$\n\nso\n\n$$h'(t) = 3t^2$$\n\nLEAD\n\n$$h(t) = t^4$$\n\nThen\n\n$$ROW$$\n"
)
_LETTER = "Let $c = 2$.\n\n$$c^2 = 4$$\n\nLater we take $c = 5$:\n\n$$ROW$$\n"

PAIRS = [
    (_LOG.replace("LEAD", "Next take"), "\\log g(x) = 2x", "\\log g(x) = 3x"),
    (_LOG.replace("LEAD", "Instead, define"), "\\log g(x) = 2x", "\\log g(x) = 3x"),
    (_DER.replace("LEAD", "Now let"), "h'(t) = 3t^2", "h'(t) = 4t^3"),
    (_LETTER, "c^2 = 4", "c^2 = 25"),
    (_LETTER, "c + 1 = 3", "c + 1 = 6"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_a_stale_value_proves_nothing(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_new_value_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


@pytest.mark.parametrize(
    ("post", "row"),
    [
        (_LOG.replace("LEAD", "Next take"), "g(x) = e^{3x}"),
        (_DER.replace("LEAD", "Now let"), "h(t) = t^4"),
    ],
)
def test_the_new_definition_itself_is_not_refuted(tmp_path, post, row):
    assert verdict_of_row(tmp_path, post.replace("ROW", "g(1) = e^3"), row) != "refuted"


def test_a_restatement_without_a_definition_word_is_still_compared(tmp_path):
    """Without prose that introduces a definition, ``g(x) = e^{3x}`` restates g wrongly:
    it is never proved, and the log after it keeps g's value (the stale 3x not proved)."""
    post = _LOG.replace("LEAD", "Hence")
    assert (
        verdict_of_row(tmp_path, post.replace("ROW", "\\log g(x) = 2x"), "g(x) = e^{3x}")
        != "proved"
    )
    assert (
        verdict_of_row(tmp_path, post.replace("ROW", "\\log g(x) = 2x"), "\\log g(x) = 2x")
        != "refuted"
    )


def test_the_same_number_again_keeps_the_value(tmp_path):
    """'Again take $c = 2$' keeps c = 2: a row wrong at it is not proved."""
    post = _LETTER.replace("Later we take $c = 5$", "Again we take $c = 2$")
    assert verdict_of_row(tmp_path, post.replace("ROW", "c^2 = 5"), "c^2 = 5") != "proved"


def test_a_number_after_a_formula_value_keeps_the_formula(tmp_path):
    """ "$\\phi = \\sigma^2$" then "with $\\phi = 1$" (the GLM post, held-out batch 16): the
    number names a case of the formula; only a number is ended by another number, so a
    row consistent with the formula is not refuted."""
    post = (
        "Take the dispersion $\\phi = \\sigma^2$.\n\n$$\\phi + 1 = \\sigma^2 + 1$$\n\n"
        "In the Poisson case the dispersion is $\\phi = 1$.\n\n$$ROW$$\n"
    )
    row = "2 \\phi = 2 \\sigma^2"
    assert verdict_of_row(tmp_path, post.replace("ROW", row), row) != "refuted"
