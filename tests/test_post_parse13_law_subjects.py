r"""What stands left of ``\sim``: a variable given others (``X \mid \theta \sim``), or a list
of variables (``X_1, \dots, X_n \sim``).

Held-out posts state their models this way (Bayesian posts: ``X_i \, | \, \theta \sim
Bern(\theta)``, ``y \mid \theta \sim \operatorname{Poisson}(\theta)``, ``\mathbf{x} \mid y =
0 \sim \mathcal{N}(\mu_0, \Sigma)``; samples: ``X_1, \dots, X_n \sim D``, ``Y_1, Y_2, ...
Y_n \sim Exp(\lambda)``): 15 rows were "unparsed: unexpected '|'", "a '|' without its
partner" or "unexpected ','". Such a row is a premise of the model, as ``X \sim D`` is:
read, it is taken as given.

A conditional law is not the law of the variable: ``X \mid \theta \sim Bern(\theta)`` does
not make ``E[X] = \theta`` (that is ``E[X \mid \theta]``; with ``\theta`` random, ``E[X] =
E[\theta]``), and ``x \mid y = 0`` and ``x \mid y = 1`` with two laws are not two laws of x.
So these rows are read as premises and nothing is derived from them. Anything else with a
bar or a comma left of ``\sim`` stays unparsed with its reason - never a crash.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows
from _post_rows import verdict_of_row

CONDITIONAL = [
    r"X | \theta \sim Bern(\theta)",
    r"X_{i} \, | \, \theta \sim Bern(\theta)",
    r"y \mid \theta \sim \operatorname{Poisson}(\theta)",
    r"X \vert \mu \sim N(\mu, 1)",
    r"p | x, n \sim Beta(x, n - x)",
    r"\theta \, | \, x \sim Beta(\alpha + n\bar{x}, \beta + n - n\bar{x})",
    r"\mathbf{x} \mid y = 0 \sim \mathcal{N}(\mu_0, \Sigma)",
    r"x|y=1 \sim N(\mu_{1}, \Sigma)",
]

LISTED = [
    r"X_1, \dots, X_n \sim N(\mu, 1)",
    r"X_{1}, \dots, X_{n}\sim D",
    r"Y_1, Y_2, ... Y_n \sim Exp (\lambda)",
    r"X_1,...,X_n \sim Poisson(\lambda)",
    r"n_0 ,\dots , n_6 \sim Multinomial(N, p)",
    r"X_1, X_2, X_3 \sim N(0, 1)",
]


@pytest.mark.parametrize("row", CONDITIONAL + LISTED)
def test_the_row_is_read_as_a_premise(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "given", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "law",
    [
        r"X \mid \theta \sim \text{Bernoulli}(\theta)",
        r"X \, | \, \theta \sim \text{Bernoulli}(\theta)",
    ],
)
def test_a_conditional_law_is_not_the_variables_law(tmp_path, law):
    """The notation carries meaning: stated unconditionally, the law proves E[X] = theta
    (so the test can tell); stated given theta, nothing about E[X] is proved, right or
    wrong."""
    plain = "$$X \\sim \\text{Bernoulli}(\\theta)$$\n\n$$E[X] = \\theta$$\n"
    assert verdict_of_row(tmp_path, plain, "E[X] = \\theta") == "proved"
    body = f"$${law}$$\n\n$$E[X] = \\theta$$\n"
    assert verdict_of_row(tmp_path, body, "E[X] = \\theta") not in ("proved", "refuted")
    body = f"$${law}$$\n\n$$E[X] = \\theta^2$$\n"
    assert verdict_of_row(tmp_path, body, "E[X] = \\theta^2") != "proved"


def test_two_conditional_laws_are_not_two_laws_of_the_variable(tmp_path):
    body = (
        "$$x \\mid y = 0 \\sim \\text{Bernoulli}(p_0)$$\n\n"
        "$$x \\mid y = 1 \\sim \\text{Bernoulli}(p_1)$$\n\n"
        "$$E[x] = p_0$$\n\n$$E[x] = p_1$$\n"
    )
    assert verdict_of_row(tmp_path, body, "E[x] = p_0") not in ("proved", "refuted")
    assert verdict_of_row(tmp_path, body, "E[x] = p_1") not in ("proved", "refuted")


def test_a_listed_sample_keeps_the_rows_after_it_checked(tmp_path):
    """A premise row does not change how the rows after it are checked: a correct step
    after it is proved and its wrong twin is not."""
    rows = _rows(tmp_path, r"X_1, \dots, X_n \sim N(\mu, 1)", r"(a + b)^2 = a^2 + 2ab + b^2")
    assert rows[7].verdict == "proved", rows[7].reason
    rows = _rows(tmp_path, r"X_1, \dots, X_n \sim N(\mu, 1)", r"(a + b)^2 = a^2 + ab + b^2")
    assert rows[7].verdict == "refuted", rows[7].reason


@pytest.mark.parametrize(
    "row",
    [
        r"X | \sim D",
        r"| X \sim D",
        r"X, \sim D",
        r", X \sim D",
        r"X_1, \dots \sim D",
        r"X | \theta, \sim D",
        r"X | (\theta \sim D",
        r"X_1, X_2 = 3 \sim D",
        r"x | y = \sim D",
    ],
)
def test_other_bars_and_commas_stay_unparsed_with_a_reason(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", (r.verdict, r.reason)
    assert r.reason and "\n" not in r.reason
