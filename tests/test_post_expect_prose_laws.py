"""Laws declared in a sentence: "Let $Y_1, \\ldots, Y_n$ be a random sample from Poisson
($\\lambda$)" (``derivations/post/_prose_laws.py``).

A post that states its model only in words had no declared law, so its expectations
(``E(\\sum y_i) = n\\lambda``) had no value. The sentence is read anywhere in the post; the
law is used as a declaration on a row would be (conventions chosen by the post's own
density, none for a conditioned or truncated law, none when a row declares the letter).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Let $Y_1,\\ldots,Y_n$ be a random sample from Poisson ($\\lambda$).",
            [("Y", "Poisson", "", ("lambda",), True)],
        ),
        (
            "Let \\( X_1, X_2, \\dots, X_n \\) be a random sample from the Poisson "
            "distribution \\( P(\\theta) \\) with parameter \\( \\theta \\).",
            [("X", "Poisson", "P", ("theta",), True)],
        ),
        (
            "Let $y_1, \\dots,y_n$ be i.i.d. random variables from $Exp(\\theta)$, where "
            "$\\theta$ is scale parameter.",
            [("y", "", "Exp", ("theta",), True)],
        ),
        (
            "Suppose $X$ is drawn from a normal distribution $N(\\mu, \\sigma^2)$.",
            [("X", "Normal", "N", ("mu", "sigma2"), False)],
        ),
        # conditioned or truncated: another law
        (
            "Let $X_1, \\dots, X_n$ be a random sample from the zero-truncated Poisson "
            "distribution $P(\\lambda)$.",
            [],
        ),
        # no formula with the parameters: nothing to read them from
        ("Let $X_1, \\dots, X_n$ be a random sample from a Poisson distribution.", []),
        # a sum of expressions as an argument: not a name
        ("Let $X$ be a sample from $\\mathrm{Poisson}(\\lambda + 1)$.", []),
    ],
)
def test_sentences_read(text, expected):
    assert list(stated_laws(text)) == expected


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_POISSON = (
    "Let $Y_1,\\ldots,Y_n$ be a random sample from Poisson ($\\lambda$).\n\n"
    "Some words in another paragraph.\n\n"
)


def test_a_law_said_in_words_gives_the_expectation(tmp_path):
    rows = _verdicts(tmp_path, _POISSON + "$$ E\\left[\\sum_{i=1}^n y_i\\right] = n\\lambda $$\n")
    assert rows[9][0] == "proved", rows


def test_a_wrong_expectation_of_a_law_said_in_words_is_not_proved(tmp_path):
    rows = _verdicts(tmp_path, _POISSON + "$$ E\\left[\\sum_{i=1}^n y_i\\right] = n\\lambda^2 $$\n")
    assert rows[9][0] not in ("proved", "given", "plausible"), rows


def test_a_truncated_law_said_in_words_gives_nothing(tmp_path):
    text = (
        "Let $Y_1,\\ldots,Y_n$ be a random sample from the zero-truncated Poisson "
        "distribution $P(\\lambda)$.\n\n$$ E\\left[\\sum_{i=1}^n y_i\\right] = n\\lambda $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[max(rows)][0] != "proved", rows


def test_exponential_in_words_needs_the_post_s_density(tmp_path):
    said = "Let $X_1, \\dots, X_n$ be i.i.d. from $\\mathrm{Exp}(\\theta)$.\n\n"
    row = "$$ E\\left[\\sum_{i=1}^n X_i\\right] = n\\theta $$\n"
    rows = _verdicts(tmp_path, said + row)
    assert rows[max(rows)][0] != "proved", rows  # rate or scale: not said
    density = "The density is\n\n$$ f(x) = \\frac{1}{\\theta} e^{-x/\\theta} $$\n\n"
    rows = _verdicts(tmp_path, said + density + row)
    assert rows[max(rows)][0] == "proved", rows


def test_the_word_and_the_formula_s_name_must_agree():
    from derivations.post._expectation import LAWS, _stated_name

    assert _stated_name("Poisson", "\\mathrm{Exp}") is None  # two families: not guessed
    assert _stated_name("Poisson", "P") == "Poisson"  # P names nothing: the word decides
    assert LAWS[_stated_name("", "\\mathrm{Pois}")] is LAWS["Poisson"]
    assert _stated_name("", "P") is None
