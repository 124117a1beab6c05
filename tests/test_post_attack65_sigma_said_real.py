"""A post that says in words that sigma may be negative (adversarial37, 28, 41, 44).

After "Let $\\sigma$ be any real number, positive or negative" the false row
``\\sqrt{\\sigma^2} = \\sigma`` was proved on 4926d99, and so were
``\\frac{d}{d\\sigma}\\log(\\sigma^2) = \\frac{2}{|\\sigma|}`` after "Let $\\sigma$ be an
arbitrary real number" and ``\\sqrt{a^2\\sigma^2} = |a|\\sigma`` after "Let $a, \\sigma$ be real
numbers": the words were not read as a domain, so ``\\sigma`` stayed the standard deviation
(the root of the positive variance symbol). Stated as a formula (``\\sigma \\in \\mathbb{R}``,
``\\sigma < 0``) the same domain already made ``\\sigma`` a real letter
(tests/test_post_attack64_sigma_stated_sign.py). The sentences "NAME is/be any (an arbitrary, a)
real number", "NAME are real numbers", "NAME is/can be positive or negative" ("of either
sign") now state ``NAME \\in \\mathbb{R}``, as that formula does. "NAME is positive or
negative" no longer states that NAME is positive (its first word was read alone).

Properties: after each such sentence no row that holds only for a positive sigma is proved and
no row that holds for every sign is refuted; sentences that exclude a negative value ("Let
$\\sigma > 0$ be a real number", "a positive real number") or speak of another letter keep the
standard deviation, as before.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from _post_rows import verdict_of_row

from derivations.post._assume import read_prose

_SAID_SIGNED = [
    r"Let $\sigma$ be any real number, positive or negative.",
    r"Let $\sigma$ be an arbitrary real number.",
    r"Let $a, \sigma$ be real numbers.",
    r"Here $\sigma$ can be positive or negative.",
    r"Here $\sigma$ is positive or negative.",
    r"Let $\sigma$ be a real number.",
]
_NO_NEGATIVE = [
    r"Let $\sigma > 0$ be a real number.",
    r"Let $\sigma$ be a real number with $\sigma > 0$.",
    r"Let $\sigma$ be a positive real number.",
    r"Let $x$ be any real number.",
]

#: rows that hold for a positive sigma only (false where sigma < 0)
_POSITIVE_ONLY = [
    r"\sqrt{\sigma^2} = \sigma",
    r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{|\sigma|}",
    r"\sqrt{\sigma^2 + 2\sigma + 1} = \sigma + 1",
]
#: rows that hold for every real sigma (but 0)
_EVERY_SIGN = [
    r"\sqrt{\sigma^2} = |\sigma|",
    r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{\sigma}",
    r"\sqrt{\sigma^2 + 2\sigma + 1} = |\sigma + 1|",
]


def _verdict(tmp_path, statement: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{statement} Then\n\n$${row}$$\n", row)


@pytest.mark.parametrize("statement", _SAID_SIGNED)
@pytest.mark.parametrize("row", _POSITIVE_ONLY)
def test_a_row_true_for_positive_sigma_only_is_not_proved(tmp_path, statement, row):
    assert _verdict(tmp_path, statement, row) != "proved"


@pytest.mark.parametrize("statement", _SAID_SIGNED)
@pytest.mark.parametrize("row", _EVERY_SIGN)
def test_a_row_true_for_every_sign_is_not_refuted(tmp_path, statement, row):
    assert _verdict(tmp_path, statement, row) != "refuted"


def test_the_words_give_the_negative_values(tmp_path):
    """The words are read as the formula is: a step false at every negative sigma is refuted
    (an equation such as sqrt(sigma^2) = sigma is one the post may solve, and is not)."""
    said = r"Let $\sigma$ be any real number."
    for statement in (said, r"Let $\sigma \in \mathbb{R}$."):
        row = r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{|\sigma|}"
        assert _verdict(tmp_path, statement, row) == "refuted"
    assert _verdict(tmp_path, said, r"\sqrt{\sigma^2} = |\sigma|") == "proved"


@pytest.mark.parametrize("statement", _NO_NEGATIVE)
def test_without_a_negative_value_sigma_is_the_standard_deviation(tmp_path, statement):
    assert _verdict(tmp_path, statement, r"\sqrt{\sigma^2} = \sigma") == "proved"


@pytest.mark.parametrize(
    ("sentence", "lower", "upper"),
    [
        (r"Here $k$ is positive or negative.", None, None),
        (r"Here $k$ is negative or positive.", None, None),
        (r"Here $k$ is of either sign.", None, None),
        (r"The slope $m$ is negative or zero.", None, Fraction(0)),
        (r"The rate $k$ is positive or zero.", Fraction(0), None),
        (r"The rate $k$ is positive.", Fraction(0), None),
    ],
)
def test_a_sign_word_among_alternatives_states_no_sign(sentence, lower, upper):
    """The words "positive or negative" were read as "positive" (the first word alone)."""
    (d,) = read_prose(sentence)
    assert (d.lower, d.upper) == (lower, upper)
