"""Every letter of a list the prose calls constants ("$a$ and $b$ are constants", "where
$\\alpha$ and $\\beta$ are positive constants") is a constant inside an expectation.

Found by expect68 classifying the expectation rows the reader cannot compare: the brief's
own example ``\\mathrm{Var}(aX + b) = a^2 \\mathrm{Var}(X)`` after "Let $a$ and $b$ be
constants" stayed unchecked ("a appears here without a value the reader can use"): the
words were read for the last letter only (``._said_constants``). The test of the list and
of the row failed before the change; the twins held before and must still hold.
"""

from __future__ import annotations

import pytest

from derivations.post._said_constants import said_constants
from tests._post_rows import first_verdicts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (r"Let $a$ and $b$ be constants.", {"a", "b"}),
        (r"where $\alpha$ and $\beta$ are positive constants.", {"alpha", "beta"}),
        (r"Here $a$, $b$ and $c$ are constants.", {"a", "b", "c"}),
        (r"Here $a$, $b$, and $c$ are fixed constants.", {"a", "b", "c"}),
        (r"Here $a, b$ are constants.", {"a", "b"}),
        # a capital is a random variable's letter; an inequality names no one letter
        (r"Let $A$ and $b$ be nonnegative constants.", {"b"}),
        (r"Let $0 < a < b$ be constants.", set()),
        # the list ends at other words: X is not said constant
        (r"$X$ is random, and $a$ and $b$ are constants.", {"a", "b"}),
        (r"Let $X$ be random and $b$ be constants.", {"b"}),
    ],
)
def test_every_letter_of_the_list_is_said_constant(text, names):
    assert said_constants(text) == frozenset(names)


SENTENCE = "Let $X$ be a random variable, and let $a$ and $b$ be constants."
RIGHT = r"\mathrm{Var}(aX + b) = a^2 \mathrm{Var}(X)"
WRONG = (
    r"\mathrm{Var}(aX + b) = a \mathrm{Var}(X)",
    r"\mathrm{Var}(aX + b) = a^2 \mathrm{Var}(X) + b^2",
    r"\mathbb{E}[(aX + b)^2] = a^2 \mathbb{E}[X^2] + b^2",
)


def _verdict(tmp_path, row: str) -> str:
    path = tmp_path / "post.md"
    path.write_text(f"{SENTENCE}\n\n$$\n{row}\n$$\n", "utf-8")
    got = first_verdicts(path)
    return got[max(got)]


def test_a_variance_of_a_line_in_said_constants_is_proved(tmp_path):
    assert _verdict(tmp_path, RIGHT) == "proved"


@pytest.mark.parametrize("row", WRONG)
def test_its_wrong_twins_are_never_proved(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved",)


def test_a_long_run_of_formulas_costs_no_backtracking():
    # a first version read the list with one pattern: 83 s on this text, 255 s on the next
    import time

    for text in ("$a$ and " * 20000 + "x", "$a$, " * 30000 + "$b$ are constants"):
        start = time.process_time()
        said_constants(text)
        assert time.process_time() - start < 1.0
