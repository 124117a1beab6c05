"""A sentence's number named again in words the release does not list (adversarial39, 74, 75).

On 4ae2e340 "Take $\\theta = 1$ for the picture. Dropping that choice of $\\theta$," and
"Take $\\lambda = 1$ first. From here on $\\lambda$ is no longer fixed:" kept the sentence's
number: ``._released`` ends it only on the words it lists ("for any", "be unknown", ...), and
the fail-safe of ``._setting_doubt`` (a setting named again in words not read puts it in
doubt) covered settings, not numbers a sentence gives. A row true only at the number was
proved.

Properties: after the letter is named again, alone, in words the reader does not read, a row
true only at the number is never proved and a row true for every value never refuted; a
row true at the number only, with no later mention, keeps its proof; a mention before the
number (the sentence that introduces the letter) changes nothing.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_AT_ONE = r"\int_0^\infty \lambda x^2 e^{-\lambda x}\,dx = 2"
_EVERY = r"\int_0^\infty \lambda x^2 e^{-\lambda x}\,dx = \frac{2}{\lambda^2}"

_UNREAD = [
    r"Dropping that choice of $\lambda$,",
    r"From here on $\lambda$ is no longer fixed:",
    r"Whatever $\lambda$ is,",
    r"Let us now relax the choice and take $\lambda > 0$ as it comes:",
    r"Forget the number; with $\lambda$ restored,",
    # probes 100-102: the letter under a hat, in a formula of another letter, and words with
    # no formula ("for the rate in general")
    r"The estimate $\hat\lambda$ says nothing of it; for the rate in general,",
    r"Back to the density $f(x) = \lambda e^{-\lambda x}$:",
    r"The rate is left unspecified below:",
]


@pytest.mark.parametrize("words", _UNREAD)
def test_a_number_named_again_is_doubted(tmp_path, words):
    said = r"Take $\lambda = 1$ first. "
    assert verdict_of_row(tmp_path, f"\n{said}{words}\n\n$${_AT_ONE}$$\n", _AT_ONE) != "proved"
    assert verdict_of_row(tmp_path, f"\n{said}{words}\n\n$${_EVERY}$$\n", _EVERY) != "refuted"


@pytest.mark.parametrize("words", _UNREAD)
def test_a_number_from_an_earlier_paragraph_named_again(tmp_path, words):
    body = (
        "\nTake $\\lambda = 1$ first; the mean is then $1$.\n\n$$1 + 1 = 2$$\n\n"
        f"{words}\n\n$${_AT_ONE}$$\n"
    )
    assert verdict_of_row(tmp_path, body, _AT_ONE) != "proved"


def test_the_number_kept_without_a_later_mention(tmp_path):
    """No mention after the number: the row at the number is still proved."""
    body = f"\nTake $\\lambda = 1$. Then\n\n$${_AT_ONE}$$\n"
    assert verdict_of_row(tmp_path, body, _AT_ONE) == "proved"


def test_a_mention_before_the_number_keeps_it(tmp_path):
    """ "For the rate $\\lambda$ of the example take $\\lambda = 1$": the letter is named before
    its number is given; the number holds for the row."""
    body = f"\nFor the rate $\\lambda$ of the example take $\\lambda = 1$. Then\n\n$${_AT_ONE}$$\n"
    assert verdict_of_row(tmp_path, body, _AT_ONE) == "proved"


@pytest.mark.parametrize(
    "words",
    [
        # the letter as an index after the number (adversarial14, 132): "$n = 3$ draws
        # $x_1, \dots, x_n$"; words that let another letter vary (adversarial38, 05)
        r"We make $\lambda = 1$ draws $x_1, \dots, x_\lambda$. Then",
        r"Take $\lambda = 1$; only the sample size $n$ may vary. Then",
    ],
)
def test_words_that_keep_the_number(tmp_path, words):
    """A subscript or words about another letter name nothing of this one: the row true at the
    number stays proved."""
    assert verdict_of_row(tmp_path, f"\n{words}\n\n$${_AT_ONE}$$\n", _AT_ONE) == "proved"
