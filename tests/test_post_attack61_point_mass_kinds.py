"""The point mass is no law of a random variable the prose qualifies (adversarial33, 4-7).

catch60's point mass weighs a moment identity at a constant random variable ``c``, a law the
post is taken not to rule out. "For any random variable $X$ with mean one" claims
``E[X^2] = Var(X) + 1`` for every law *of mean one*, and the point mass at 2 is none: the row
was refuted there (adversarial33 4-true), as were ``E[(X + 1)^2] = 2E[X] + 2`` "with values in
$\\{-1, 1\\}$" (5), ``E[(X - 1)^2] = 2 - 2E[X]`` "with $|X| = 1$" (6), and ``E[Y^2] =
(E[Y])^2 + 4`` "whose variance is four" (7). A moment given a value in words ("mean one",
"variance is four"), the values a letter takes ("values in", "almost surely") and a relation
of a random letter written in the prose (``$|X| = 1$``, ``$X^2 = 1$``) restrict the law, so the
point mass is not weighed. Unqualified, "for any random variable $X$," still claims every
law, and a row that fails at a point mass is refuted.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

#: (what the prose says of the variable, a row true under it, a false twin of that row)
QUALIFIED = [
    (
        "For any random variable $X$ with mean one,",
        r"\mathbb{E}[X^2] = \mathrm{Var}(X) + 1",
        r"\mathbb{E}[X^2] = \mathrm{Var}(X) + 2",
    ),
    (
        "For any random variable $X$ with values in $\\{-1, 1\\}$,",
        r"\mathbb{E}[(X + 1)^2] = 2\mathbb{E}[X] + 2",
        r"\mathbb{E}[(X + 1)^2] = 2\mathbb{E}[X] + 1",
    ),
    (
        "For any random variable $X$ with $|X| = 1$,",
        r"\mathbb{E}[(X - 1)^2] = 2 - 2\mathbb{E}[X]",
        r"\mathbb{E}[(X - 1)^2] = 1 - 2\mathbb{E}[X]",
    ),
    (
        "For any random variable $Y$ whose variance is four,",
        r"\mathbb{E}[Y^2] = (\mathbb{E}[Y])^2 + 4",
        r"\mathbb{E}[Y^2] = (\mathbb{E}[Y])^2 + 2",
    ),
    # the same restrictions without the universal words
    ("Let $X$ have mean one.", r"\mathbb{E}[X^2] = \mathrm{Var}(X) + 1", None),
    ("Let $X$ satisfy $X^2 = 1$.", r"\mathbb{E}[(X + 1)^2] = 2\mathbb{E}[X] + 2", None),
    ("Let $X$ take the values $-1$ and $1$.", r"\mathbb{E}[(X + 1)^2] = 2\mathbb{E}[X] + 2", None),
    ("Here $X = 1$ or $X = -1$ almost surely.", r"\mathbb{E}[X^2 + X] = 1 + \mathbb{E}[X]", None),
    ("Suppose the expected value of $X$ is $1$.", r"\mathbb{E}[X^2] = \mathrm{Var}(X) + 1", None),
]


def _body(said: str, row: str) -> str:
    return f"\n{said}\n\n$${row}$$\n"


@pytest.mark.parametrize(("said", "right", "wrong"), QUALIFIED)
def test_a_row_true_for_the_qualified_law_is_not_refuted(tmp_path, said, right, wrong):
    assert verdict_of_row(tmp_path, _body(said, right), right) != "refuted"


@pytest.mark.parametrize(("said", "right", "wrong"), [q for q in QUALIFIED if q[2]])
def test_its_false_twin_is_not_proved(tmp_path, said, right, wrong):
    assert verdict_of_row(tmp_path, _body(said, wrong), wrong) != "proved"


@pytest.mark.parametrize(
    "said",
    [
        "For any random variable $X$,",
        "For any random variable $X$, we can write",
        "For all random variables $X$:",
        "The identity below holds for every random variable $X$.",
    ],
)
def test_unqualified_the_row_failing_at_a_point_mass_is_refuted(tmp_path, said):
    """The claim for every law stands: E[X^2] = Var(X) + 1 fails at the point mass 0 (and
    at 2), so it is refuted; the true E[X^2] = Var(X) + E[X]^2 is not."""
    wrong = r"\mathbb{E}[X^2] = \mathrm{Var}(X) + 1"
    assert verdict_of_row(tmp_path, _body(said, wrong), wrong) == "refuted"
    right = r"\mathbb{E}[X^2] = \mathrm{Var}(X) + (\mathbb{E}[X])^2"
    assert verdict_of_row(tmp_path, _body(said, right), right) != "refuted"
