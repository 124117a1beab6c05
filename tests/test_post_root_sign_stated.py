"""A root whose sign the post states: a negative value is a counterexample.

The numeric check does not count a disagreement at a negative value as a counterexample when
the line above holds an even root, the lines agree at the absolute values and the letter's
sign is unstated (external50 wald-mean writes ``\\sqrt{\\alpha^2\\gamma^2} = \\alpha\\gamma``
for scales it never declares). That exemption reached letters the post itself declares with
both signs: ``\\sqrt{a^2\\sigma^2} = |a|\\sigma`` after "Let $a, \\sigma$ be real numbers" and
``\\sqrt{\\sigma^2 + 2\\sigma + 1} = \\sigma + 1`` after "$\\sigma$ can be positive or negative"
stayed plausible (adversarial37, 27, 42 and 44). A letter the post declares is now stated; a
letter whose both signs are only inferred (``\\tau \\ne 0`` from a denominator) is not.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_DECLARED = [
    r"Let $a, b \in \mathbb{R}$.",
    r"Let $-1 < a < 1$ and $b \in \mathbb{R}$.",
    r"Let $a \in \mathbb{R}$ and $b \neq 0$.",
]


@pytest.mark.parametrize("said", _DECLARED)
def test_a_declared_sign_makes_the_dropped_absolute_value_a_counterexample(tmp_path, said):
    body = f"\n{said} Then\n\n$${{}}$$\n"
    false_row = r"\sqrt{a^2 b^2} = |a| b"
    assert verdict_of_row(tmp_path, body.replace("{}", false_row), false_row) == "refuted"
    for true_row in (r"\sqrt{a^2 b^2} = |a| |b|", r"\sqrt{a^2 b^2} = |a b|"):
        assert verdict_of_row(tmp_path, body.replace("{}", true_row), true_row) != "refuted"


def test_a_sign_stated_positive_keeps_the_row_true(tmp_path):
    """The same row after ``b > 0`` is correct and must not be refuted."""
    body = "\nLet $a \\in \\mathbb{R}$ and $b > 0$. Then\n\n$$\\sqrt{a^2 b^2} = |a| b$$\n"
    assert verdict_of_row(tmp_path, body, r"\sqrt{a^2 b^2} = |a| b") == "proved"


def test_letters_nobody_declares_keep_the_exemption(tmp_path):
    """Undeclared scales (wald-mean): the row takes a sign the post never states, and is not
    refuted for it."""
    row = r"\sqrt{\alpha^2 \gamma^2} = \alpha \gamma"
    assert verdict_of_row(tmp_path, f"\nThen\n\n$${row}$$\n", row) != "refuted"
