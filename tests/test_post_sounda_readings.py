"""Adversarial set 15, pairs 13, 32, 33: a ``\\propto`` row read in the reading its
paragraph names (``._upto.said_reading``).

- "The likelihood of $y$, which we maximise over $\\lambda$": "likelihood of" names the data,
  not the argument the likelihood is a function of; the word "likelihood" says the reading
  (what follows the bar), whatever letter follows "of".
- "Having written the density of $y$ above, we now read it as a likelihood": the words name
  one reading by a letter and the other by its word; the phrase nearer the row says it
  (set 15's 39: "the likelihood later; first the density of $x$"), and when that phrase
  is negated ("not as the density of $t$") the row is not checked.
- "As a function of $\\mu$ alone, for the known scale": the words name one argument of
  several after the bar; the row is proportional in that one only, not in the others.

Pairs of our own (gamma laws, other wording): the wrong twin must not be proved, the
correct twin must not be refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_GAMMA2 = "Let $t$ follow a gamma law with shape $2$ and rate $\\beta > 0$:\n\n" + (
    "$$f(t \\mid \\beta) = \\beta^2 t e^{-\\beta t}$$\n\n"
)
_LIKELIHOOD_OF_DATA = _GAMMA2 + "The likelihood of $t$, viewed over $\\beta$, is\n\n$$ROW$$\n"
_BOTH_NAMED = _GAMMA2 + (
    "With the density of $t$ written above, we now treat it as a likelihood:\n\n$$ROW$$\n"
)
_NEGATED = _GAMMA2 + ("We treat it as a likelihood here, not as the density of $t$:\n\n$$ROW$$\n")
_ONE_OF_TWO = (
    "Let $t$ follow a gamma law with shape $a > 0$ and rate $b > 0$:\n\n"
    "$$g(t \\mid a, b) = \\frac{b^a t^{a - 1} e^{-b t}}{\\Gamma(a)}$$\n\n"
    "Viewed as a function of $b$ only, with the shape known, it is\n\n$$ROW$$\n"
)

PAIRS = [
    (
        _LIKELIHOOD_OF_DATA,
        "f(t \\mid \\beta) \\propto t e^{-\\beta t}",
        "f(t \\mid \\beta) \\propto \\beta^2 e^{-\\beta t}",
    ),
    (
        _BOTH_NAMED,
        "f(t \\mid \\beta) \\propto t e^{-\\beta t}",
        "f(t \\mid \\beta) \\propto \\beta^2 e^{-\\beta t}",
    ),
    (
        _NEGATED,
        "f(t \\mid \\beta) \\propto t e^{-\\beta t}",
        "f(t \\mid \\beta) \\propto \\beta^2 e^{-\\beta t}",
    ),
    (_ONE_OF_TWO, "g(t \\mid a, b) \\propto b^a e^{-t}", "g(t \\mid a, b) \\propto b^a e^{-b t}"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_kernel_of_the_reading_not_meant_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), PAIRS)
def test_the_kernel_of_the_reading_meant_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_the_likelihood_of_the_data_is_weighed_in_the_parameter(tmp_path):
    """ "The likelihood of $t$" is still read: the kernel in beta is proved, the one in t
    refuted."""
    right = PAIRS[0][2]
    wrong = PAIRS[0][1]
    # (plausible: the kernel holds for t > 0, which the post does not state)
    verdict = verdict_of_row(tmp_path, _LIKELIHOOD_OF_DATA.replace("ROW", right), right)
    assert verdict in ("proved", "plausible")
    assert verdict_of_row(tmp_path, _LIKELIHOOD_OF_DATA.replace("ROW", wrong), wrong) == "refuted"


def test_a_function_of_one_argument_is_checked_in_it(tmp_path):
    right, wrong = PAIRS[-1][2], PAIRS[-1][1]
    assert verdict_of_row(tmp_path, _ONE_OF_TWO.replace("ROW", right), right) == "proved"
    assert verdict_of_row(tmp_path, _ONE_OF_TWO.replace("ROW", wrong), wrong) == "refuted"
