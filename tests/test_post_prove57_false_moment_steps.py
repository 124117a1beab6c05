"""False moment steps are never proved (prove57).

Each post states what it needs of its variables (or nothing), then writes one step that
fails for some law the post allows: a product of means without independence, a variance of
a sum without it, the square of a mean for the mean of a square, Jensen's gap dropped, a
constant pulled out of a variance unsquared, a random letter pulled out of an expectation
as if it were a number, a restated quantity with a wrong value. None may be proved; where
every moment has a value from a declared law, the step may be refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

RANDOM = "Let $X$ and $Y$ be random variables with finite moments, and let $a$ be a constant.\n\n"

FALSE_STEPS = [
    # E[XY] = E[X]E[Y] needs independence (or uncorrelated), which is not said
    r"\mathbb{E}[XY] = \mathbb{E}[X]\mathbb{E}[Y]",
    # Var(X + Y) = Var X + Var Y needs them uncorrelated
    r"\operatorname{Var}(X + Y) = \operatorname{Var}(X) + \operatorname{Var}(Y)",
    # the mean of a square is not the square of the mean
    r"\mathbb{E}[X^2] = (\mathbb{E}[X])^2",
    # Jensen: E[1/X] is not 1/E[X]
    r"\mathbb{E}\left[\frac{1}{X}\right] = \frac{1}{\mathbb{E}[X]}",
    # a constant comes out of a variance squared
    r"\operatorname{Var}(2X) = 2\operatorname{Var}(X)",
    r"\operatorname{Var}(aX + 3) = a\operatorname{Var}(X) + 3",
    # the variance of a difference adds, it does not subtract
    r"\operatorname{Var}(X - Y) = \operatorname{Var}(X) - \operatorname{Var}(Y)"
    r" - 2\operatorname{Cov}(X, Y)",
    # Var(X) = E[X^2] - E[X]^2, not plus
    r"\operatorname{Var}(X) = \mathbb{E}[X^2] + (\mathbb{E}[X])^2",
    # a random letter is no constant: E[XY] is not X E[Y]
    r"\mathbb{E}[X Y] = X \mathbb{E}[Y]",
    # E[log X] is not log E[X]
    r"\mathbb{E}[\log X] = \log \mathbb{E}[X]",
    # Cov(X, X) is Var(X), not E[X]^2
    r"\operatorname{Cov}(X, X) = (\mathbb{E}[X])^2",
    # linearity with a wrong coefficient
    r"\mathbb{E}[3X + 2] = 3\mathbb{E}[X] + 3",
]


@pytest.mark.parametrize("step", FALSE_STEPS)
def test_a_false_moment_step_is_not_proved(tmp_path, step):
    path = tmp_path / "post.md"
    path.write_text(f"# Moments\n\n{RANDOM}$${step}$$\n", "utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if r.line == 5]
    assert rows, "the row was not reported"
    assert all(r.verdict != "proved" for r in rows), [(r.verdict, r.reason) for r in rows]


def test_e_of_a_times_x_with_a_random_a_is_not_proved(tmp_path):
    """``E[AX] = A E[X]`` where the post makes ``A`` random too."""
    path = tmp_path / "post.md"
    path.write_text(
        "# Moments\n\nLet $A$ and $X$ be random variables.\n\n"
        "$$\\mathbb{E}[A X] = A \\mathbb{E}[X]$$\n",
        "utf-8",
    )
    rows = [r for r in check_post(path, jobs=1).rows if r.line == 5]
    assert rows and all(r.verdict != "proved" for r in rows), rows


def test_iid_sample_variance_with_a_wrong_factor_is_not_proved(tmp_path):
    """``Var(\\bar X) = \\sigma^2`` for an i.i.d. sample (it is ``\\sigma^2/n``)."""
    path = tmp_path / "post.md"
    path.write_text(
        "# Moments\n\nLet $X_1, \\dots, X_n$ be i.i.d. with mean $\\mu$ and variance "
        "$\\sigma^2$, and $\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"
        "$$\\operatorname{Var}(\\bar X) = \\sigma^2$$\n",
        "utf-8",
    )
    rows = [r for r in check_post(path, jobs=1).rows if r.line == 5]
    assert rows and all(r.verdict != "proved" for r in rows), rows


def test_a_restated_quantity_with_a_wrong_value_is_not_proved(tmp_path):
    """``P(Y = 1 | D)`` restated with a value that differs from the one above."""
    path = tmp_path / "post.md"
    path.write_text(
        "# Moments\n\nLet $a > 0$ and $b > 0$.\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b}$$\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b} + \\frac{1}{2}$$\n",
        "utf-8",
    )
    rows = [r for r in check_post(path, jobs=1).rows if r.line == 7]
    assert rows and all(r.verdict not in ("proved", "refuted") for r in rows), rows


TRUE_STEPS = [
    r"\operatorname{Var}(2X) = 4\operatorname{Var}(X)",
    r"\operatorname{Var}(X) = \mathbb{E}[X^2] - (\mathbb{E}[X])^2",
    r"\mathbb{E}[3X + 2] = 3\mathbb{E}[X] + 2",
    r"\operatorname{Cov}(X, X) = \operatorname{Var}(X)",
]


@pytest.mark.parametrize("step", TRUE_STEPS)
def test_the_true_step_in_the_same_post_is_proved(tmp_path, step):
    """The control: the same post with the step corrected is proved (so the row read above
    is the step, and its verdict is the engine's)."""
    path = tmp_path / "post.md"
    path.write_text(f"# Moments\n\n{RANDOM}$${step}$$\n", "utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if r.line == 5]
    assert rows and all(r.verdict == "proved" for r in rows), [(r.verdict, r.reason) for r in rows]
