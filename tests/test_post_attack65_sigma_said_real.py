"""A post that says in words that sigma may be negative (adversarial37, 28, 41, 44).

After "Let $\\sigma$ be any real number, positive or negative" the false row
``\\sqrt{\\sigma^2} = \\sigma`` was proved on 4926d99, and so were
``\\frac{d}{d\\sigma}\\log(\\sigma^2) = \\frac{2}{|\\sigma|}`` after "Let $\\sigma$ be an
arbitrary real number" and ``\\sqrt{a^2\\sigma^2} = |a|\\sigma`` after "Let $a, \\sigma$ be real
numbers": the words were not read as a domain, so ``\\sigma`` stayed the standard deviation
(the root of the positive variance symbol). Stated as a formula (``\\sigma \\in \\mathbb{R}``,
``\\sigma < 0``) the same domain already made ``\\sigma`` a real letter. The sentences "NAME
is/be any (an arbitrary, a) real number", "NAME are real numbers", "NAME is/can be positive or
negative" ("of either sign") now state ``\\sigma \\in \\mathbb{R}`` when NAME is sigma, as that
formula does (other letters are real already). "NAME is positive or negative" no longer states
that NAME is positive (its first word was read alone).

The properties over these sentences (no row true for a positive sigma only is proved, no row
true for every sign is refuted, sentences that exclude a negative value keep the standard
deviation) are tests/test_post_attack64_sigma_stated_sign.py's, which lists them beside the
formulas. Here: the words give the formula's verdicts, and what a sign word among alternatives
states.
"""

from __future__ import annotations

from fractions import Fraction

import pytest
from _post_rows import verdict_of_row

from derivations.post._assume import read_prose

_SHIFTED = r"\sqrt{\sigma^2 + 2\sigma + 1}"


def _verdict(tmp_path, statement: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{statement} Then\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "said", [r"Let $\sigma$ be any real number.", r"Let $a, \sigma$ be real numbers."]
)
def test_the_words_give_the_formula_s_verdicts(tmp_path, said):
    """As after "$\\sigma \\in \\mathbb{R}$": a step false at every negative sigma is refuted
    (``\\sqrt{\\sigma^2} = \\sigma`` alone is an equation the post may solve, and is not), and
    a shifted root is never proved with the sign dropped."""
    row = r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{|\sigma|}"
    for statement in (said, r"Let $\sigma \in \mathbb{R}$."):
        assert _verdict(tmp_path, statement, row) == "refuted"
    assert _verdict(tmp_path, said, r"\sqrt{\sigma^2} = |\sigma|") == "proved"
    assert _verdict(tmp_path, said, _SHIFTED + r" = \sigma + 1") != "proved"
    assert _verdict(tmp_path, said, _SHIFTED + r" = |\sigma + 1|") != "refuted"


@pytest.mark.parametrize(
    ("sentence", "domains"),
    [
        (r"Here $\sigma$ is positive or negative.", [("sigma", None, None)]),
        (r"Here $\sigma$ is negative or positive.", [("sigma", None, None)]),
        (r"Here $\sigma$ is of either sign.", [("sigma", None, None)]),
        (r"Here $k$ is positive or negative.", []),
        (r"The slope $m$ is negative or zero.", [("m", None, Fraction(0))]),
        (r"The rate $k$ is positive or zero.", [("k", Fraction(0), None)]),
        (r"The rate $k$ is positive.", [("k", Fraction(0), None)]),
        # a letter no convention reads as positive is real already, and the domain would be
        # the whole post's: these A, B are 2x2 matrices under the next heading (adversarial32)
        (r"Let $A$ and $B$ be real numbers.", []),
    ],
)
def test_what_sign_words_state(sentence, domains):
    """The words "positive or negative" were read as "positive" (the first word alone)."""
    assert [(d.name, d.lower, d.upper) for d in read_prose(sentence)] == domains
