"""A letter the prose calls a constant is a constant inside an expectation (held-out batch
56, blind66).

A bias-variance note (external56, ve1nard line 66) proves the lemma it needs after "Let $Z$
be a random variable and $a \\in \\mathbb{R}$ a constant": ``E[(a - Z)^2] = (a - E[Z])^2 +
E[(Z - E[Z])^2]``. Linearity of expectation proves it with ``a`` a number (both sides are
``a^2 - 2a E[Z] + E[Z^2]``), but the reader takes a lower-case letter inside ``E[...]`` that
is no parameter of the post for a random variable with moments of its own (``E[a Z]``,
``E[a^2]``), and the row was unchecked ("a appears here without a value the reader can
use"). The words say what ``a`` is: "$a$ a constant", "let $c$ be a constant", "for a
constant $a$", "$a, b$ are constants". Such a letter (one Latin or Greek letter, lower
case: a capital inside ``E[...]`` stays a random variable) is a constant of the comparison
by linearity, which proves a row or leaves it unchecked and never refutes one.

Properties: each row is proved under each wording and unchecked without it; its wrong
twins are never proved, with or without the wording; a letter the prose calls random, or
says is constant without the article ("$f$ is constant on ..."), is not made a constant.
"""

from __future__ import annotations

import pytest

from derivations.post._said_constants import said_constants
from tests._post_rows import first_verdicts

LEMMA = r"\mathbb{E}[(a - Z)^2] = (a - \mathbb{E}[Z])^2 + \mathbb{E}[(Z - \mathbb{E}[Z])^2]"
WRONG = (
    r"\mathbb{E}[(a - Z)^2] = (a + \mathbb{E}[Z])^2 + \mathbb{E}[(Z - \mathbb{E}[Z])^2]",
    r"\mathbb{E}[(a - Z)^2] = (a - \mathbb{E}[Z])^2 + \mathbb{E}[Z^2]",
)
SAID = {
    "lemma": r"Let $Z$ be a random variable and $a \in \mathbb{R}$ a constant. Then:",
    "be": r"Let $Z$ be a random variable and let $a$ be a constant.",
    "for": r"For a random variable $Z$ and a constant $a$,",
    "plural": r"Here $a, b$ are constants and $Z$ is a random variable.",
}
UNSAID = {
    "none": r"Let $Z$ be a random variable.",
    "random": r"Let $Z$ and $a$ be random variables, $a$ random too.",
    "adjective": r"Let $Z$ be a random variable; $a$ is constant on each cell.",
}


def _post(tmp_path, sentence: str, row: str) -> str:
    path = tmp_path / "post.md"
    path.write_text(f"{sentence}\n\n$$\n{row}\n$$\n", "utf-8")
    got = first_verdicts(path)
    return got[max(got)]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    out = {}
    for n, (key, sentence) in enumerate({**SAID, **UNSAID}.items()):
        for m, row in enumerate((LEMMA, *WRONG)):
            out[key, row] = _post(tmp_path_factory.mktemp(f"c{n}_{m}"), sentence, row)
    return out


@pytest.mark.parametrize("key", list(SAID))
def test_the_lemma_is_proved_with_a_said_constant(verdicts, key):
    assert verdicts[key, LEMMA] == "proved", key


@pytest.mark.parametrize("key", list(UNSAID))
def test_the_lemma_is_not_proved_without_the_words(verdicts, key):
    assert verdicts[key, LEMMA] == "unchecked", key


def test_wrong_twins_are_never_proved_nor_refuted(verdicts):
    for key in [*SAID, *UNSAID]:
        for row in WRONG:
            assert verdicts[key, row] not in ("proved", "refuted"), (key, row, verdicts[key, row])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (SAID["lemma"], {"a"}),
        (SAID["be"], {"a"}),
        (SAID["for"], {"a"}),
        (SAID["plural"], {"a", "b"}),
        (r"with $\gamma$ a positive constant", {"gamma"}),
        (r"where $c$ is some fixed constant", {"c"}),
        (r"for a constant $C$ (not random)", set()),  # a capital: a random variable's letter
        (UNSAID["none"], set()),
        (UNSAID["adjective"], set()),
        (r"the term $E[X]$ is a constant", set()),  # no letter
        (r"$\lambda$ is a rate constant", set()),
    ],
)
def test_said_constants(text, names):
    assert said_constants(text) == frozenset(names)
