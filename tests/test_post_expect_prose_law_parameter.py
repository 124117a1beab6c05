"""A law said in words with its parameter named after it: "the random variable $X$
distributed as a Poisson with parameter $\\lambda$" (held-out external13 filehippo).

The sentence gave no law: its parameter is no bracketed formula (``P(\\lambda)``), and the
first formula of the sentence, ``$n$`` in "a sample of $n$ i.i.d. realizations of the
random variable $X$", would have been taken for the variable. The law's word then "with
parameter(s)" and the parameters, one formula or one per name, are read; the variable is
the first formula of the sentence that is not a count of the sample ("$n$ i.i.d.", "$n$
observations", "of size $n$").
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You have a sample of $n$ i.i.d. realizations of the random variable $X$ "
            "distributed as a Poisson with parameter $\\lambda$.",
            [("X", "Poisson", "", ("lambda",), True)],
        ),
        (
            "Let $Y_1, \\dots, Y_n$ be a random sample of size $n$ from a Bernoulli "
            "distribution with parameter $p$.",
            [("Y", "Bernoulli", "", ("p",), True)],
        ),
        (
            "Suppose $X$ follows a normal distribution with parameters $\\mu$ and $\\sigma^2$.",
            [("X", "Normal", "", ("mu", "sigma2"), False)],
        ),
        # a parameter that is not one name: nothing
        ("Let $X$ follow a Poisson with parameter $2\\lambda + 1$.", []),
        # no family word: the formula's name is needed
        ("Let $X$ follow a law with parameter $\\lambda$.", []),
        # only a count in the sentence before the law: no variable
        ("We have $n$ observations from a Poisson with parameter $\\lambda$.", []),
    ],
)
def test_sentences_read(text, expected):
    assert list(stated_laws(text)) == expected


def _last(tmp_path, body: str) -> str:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return check_post(path, jobs=1).rows[-1].verdict


_SAID = (
    "You have a sample of $n$ i.i.d. realizations of the random variable $X$ distributed "
    "as a Poisson with parameter $\\lambda$.\n\n"
)


@pytest.mark.parametrize(
    ("claim", "right"),
    [("E(X) = \\lambda", True), ("E(X) = \\lambda^2", False), ("E(X^2) = \\lambda + 1", False)],
)
def test_the_law_gives_the_moments(tmp_path, claim, right):
    verdict = _last(tmp_path, _SAID + f"$$ {claim} $$\n")
    if right:
        assert verdict == "proved"
    else:
        assert verdict not in ("proved", "given", "plausible")
