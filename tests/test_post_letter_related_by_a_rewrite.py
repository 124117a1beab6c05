"""A letter a row relates to others (``1/\\tau_1^2 = 1/\\sigma^2 + 1/\\tau^2``) is not free later.

The row "writes tau_1 in terms of sigma2, tau, through relations the post does not state"
and is unchecked (``_rewrites._traded``); but ``tau_1`` kept no value, so the next row,
``\\mu_1 = \\tau_1^2 (x/\\sigma^2 + \\mu_0/\\tau^2) = (\\tau^2 x + \\sigma^2\\mu_0)/(\\sigma^2 +
\\tau^2)``, was drawn at a ``tau_1`` apart from ``sigma`` and ``tau`` and refuted, though it
is the textbook posterior mean (probe post of this session). Such a letter is an unknown of
the post's equations, as ``\\bar y = \\alpha/\\gamma``'s are: a failure at a random value of it
is no refutation. A wrong row in other letters is still refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

POST = r"""# Normal-normal posterior

The posterior precision is

$$\frac{1}{\tau_1^2} = \frac{1}{\sigma^2} + \frac{1}{\tau^2}$$

and the posterior mean is

$$\mu_1 = \tau_1^2\left(\frac{x}{\sigma^2} + \frac{\mu_0}{\tau^2}\right)
= \frac{\tau^2 x + \sigma^2\mu_0}{\sigma^2 + \tau^2}$$

$$OTHER$$
"""


def _rows(tmp_path, other, seed):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("OTHER", other), encoding="utf-8")
    return list(check_post(path, jobs=1, seed=seed).rows)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_posterior_mean_is_not_refuted(tmp_path, seed):
    rows = _rows(tmp_path, r"\frac{x}{2} + \frac{x}{2} = x", seed)
    assert rows[1].verdict != "refuted", (rows[1].reason, rows[1].counterexample)


def test_a_wrong_row_in_other_letters_is_still_refuted(tmp_path):
    rows = _rows(tmp_path, r"\frac{\sigma^2}{2} + \frac{\sigma^2}{2} = 2\sigma^2", 0)
    assert rows[-1].verdict == "refuted", rows[-1].reason


HELD_OUT = Path(__file__).parent / "posts" / "incoming"


@pytest.mark.parametrize(
    "post, line",
    [
        ("external6/techqa-geometric-exponent-sign-mle.md", 15),
        ("external27/imathworks-math-laplace-known-mu-theta-derivative-halved-n-and-sign.md", 19),
    ],
)
def test_only_the_one_subject_of_a_relation_becomes_an_unknown(post, line):
    # the first version of this change made theta (the parameter of L(theta) = ...) and mu
    # (of E|X - mu| = theta, three letters) unknowns: these author mistakes of the held-out
    # posts were no longer refuted
    rows = [r for r in check_post(HELD_OUT / post, jobs=1).rows if r.line == line]
    assert [r.verdict for r in rows] == ["refuted"], [(r.verdict, r.reason) for r in rows]


def test_a_mistake_through_a_name_whose_definition_is_refuted_stays_open():
    # external9 line 21 was refuted through L, whose defining row (line 17, L = A = B) is
    # refuted on one side; since posts43 (2026-12-06) which side L stands for is open, and
    # the row is unchecked for that reason - never by making the row's letters unknowns
    post = "external9/imathworks-poisson-crlb-likelihood-product-of-y.md"
    rows = [r for r in check_post(HELD_OUT / post, jobs=1).rows if r.line == 21]
    assert [r.verdict for r in rows] == ["unchecked"], [(r.verdict, r.reason) for r in rows]
    assert "line 17 gives, which is refuted" in rows[0].reason
