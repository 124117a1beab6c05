"""A sample stated by its mean and variance alone: "Let $X_1, \\dots, X_n$ be i.i.d. with
mean $\\mu$ and variance $\\sigma^2$" (``_prose_laws.MOMENTS_ONLY``).

No family is named, so no law was declared and ``Var(\\bar X) = \\sigma^2/n``,
``E[\\bar X] = \\mu`` and ``E[2\\bar X + 3] = 2\\mu + 3`` were "a moment of a variable
the post declares random, which the reader cannot work out". The two moments are all
such a law gives: means and variances of linear statistics (independence only where the
sentence states it), never a third moment.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import MOMENTS_ONLY, stated_laws

#: The rows write both moments' names (a sentence's names are the rows' symbols: a name
#: no row writes gives no law, see ``_expectation._said_laws``).
ROWS = "$$ E[X_1] + \\operatorname{Var}(X_1) = \\mu + \\sigma^2 $$\n\n"
IID = (
    "Let $X_1, \\dots, X_n$ be i.i.d. with mean $\\mu$ and variance $\\sigma^2$, and "
    "$\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n" + ROWS
)
NOT_SAID_INDEPENDENT = (
    "Let $X_1, \\dots, X_n$ have mean $\\mu$ and variance $\\sigma^2$, and "
    "$\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n" + ROWS
)


def _last(tmp_path, body: str) -> str:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return check_post(path, jobs=1).rows[-1].verdict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (IID[: -len(ROWS)], [("X", MOMENTS_ONLY, "", ("mu", "sigma2"), True)]),
        (NOT_SAID_INDEPENDENT[: -len(ROWS)], [("X", MOMENTS_ONLY, "", ("mu", "sigma2"), False)]),
        (
            "Suppose $Y$ has mean $m$, and variance $v$.",
            [("Y", MOMENTS_ONLY, "", ("m", "v"), False)],
        ),
        # the sample's own mean and variance are statistics, not a law
        ("The data $x_1, \\dots, x_n$ have sample mean $m$ and sample variance $v$.", []),
        # a family named: its own law, not the moments
        (
            "Let $X$ follow a Poisson with parameter $\\lambda$, with mean $\\lambda$ and "
            "variance $\\lambda$.",
            [("X", "Poisson", "", ("lambda",), False)],
        ),
        # a mean that is no name
        ("Let $X$ have mean $2\\mu$ and variance $\\sigma^2$.", []),
    ],
)
def test_sentences_read(text, expected):
    assert list(stated_laws(text)) == expected


@pytest.mark.parametrize(
    ("claim", "right"),
    [
        ("\\operatorname{Var}(\\bar X) = \\frac{\\sigma^2}{n}", True),
        ("\\operatorname{Var}(\\bar X) = \\frac{\\sigma^2}{n^2}", False),
        ("E[\\bar X] = \\mu", True),
        ("E[\\bar X] = n\\mu", False),
        ("E[2\\bar X + 3] = 2\\mu + 3", True),
        ("E[\\bar X^2] = \\frac{\\sigma^2}{n} + \\mu^2", True),
        ("E[\\bar X^2] = \\sigma^2 + \\mu^2", False),
    ],
)
def test_iid_sample_moments(tmp_path, claim, right):
    """(The rows' first line, E[X_1] + Var(X_1) = mu + sigma^2, is proved too.)"""
    verdict = _last(tmp_path, IID + f"$$ {claim} $$\n")
    if right:
        assert verdict == "proved"
    else:
        assert verdict not in ("proved", "given", "plausible")


@pytest.mark.parametrize(
    "claim",
    [
        "E[X_1^3] = \\mu^3 + 3\\mu\\sigma^2",  # the third moment is not given by the two
        "E[X_1^3] = 0",
    ],
)
def test_no_third_moment(tmp_path, claim):
    assert _last(tmp_path, IID + f"$$ {claim} $$\n") not in ("proved", "refuted")


def test_variance_of_the_mean_needs_independence(tmp_path):
    claim = "$$ \\operatorname{Var}(\\bar X) = \\frac{\\sigma^2}{n} $$\n"
    assert _last(tmp_path, NOT_SAID_INDEPENDENT + claim) not in ("proved", "refuted")
    # linearity needs none
    assert _last(tmp_path, NOT_SAID_INDEPENDENT + "$$ E[\\bar X] = \\mu $$\n") == "proved"
