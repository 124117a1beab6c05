"""The algebra of expectations that holds whatever the law (``derivations/post/_expectation.py``):
an expectation inside another (``Var(X) = E[(X - E[X])^2]``: ``E[X]`` is a number there) and
the covariance (``Cov(X, Y) = E[XY] - E[X] E[Y]``) are proved with every moment a symbol of
its own, no law guessed.

The laws that need a condition the post does not state - ``E[XY] = E[X]E[Y]``
(independence), ``E[1/X] = 1/E[X]``, ``E[X^2] = E[X]^2``, ``Var(X - Y) = Var(X) + Var(Y)``
- are never proved, nor refuted (the moments have no values). A lower-case letter that is
no parameter of the post may be random (``E[aX + b]`` is not ``a E[X] + b`` for a random
``a``): such rows are not proved either.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdict(tmp_path, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: t\n---\n\nLet $X$ and $Y$ be random variables and $a$, $b$ constants.\n\n"
        f"$$ {row} $$\n",
        encoding="utf-8",
    )
    last = check_post(path, jobs=1).rows[-1]
    return last.verdict, last.reason


@pytest.mark.parametrize(
    "row",
    [
        "\\mathrm{Var}(X) = \\mathbb{E}[(X - \\mathbb{E}[X])^2]",
        "\\mathbb{E}[(X - \\mathbb{E}[X])^2] = \\mathbb{E}[X^2] - \\mathbb{E}[X]^2",
        "\\mathbb{E}[(X - 2)^2] = \\mathrm{Var}(X) + (\\mathbb{E}[X] - 2)^2",
        "\\mathrm{Var}(3X + 1) = 9 \\mathrm{Var}(X)",
        "\\mathrm{Cov}(X, Y) = \\mathbb{E}[XY] - \\mathbb{E}[X]\\mathbb{E}[Y]",
        "\\mathrm{Cov}(X, X) = \\mathrm{Var}(X)",
        "\\mathrm{Var}(X + Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y) + 2\\mathrm{Cov}(X, Y)",
        "\\mathrm{Cov}(2X + 5, Y) = 2\\,\\mathrm{Cov}(X, Y)",
        "\\mathrm{Cov}(X - \\mathbb{E}[X], Y) = \\mathrm{Cov}(X, Y)",
    ],
)
def test_laws_that_hold_for_every_law_are_proved(tmp_path, row):
    verdict, reason = _verdict(tmp_path, row)
    assert verdict == "proved", (row, verdict, reason)


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[XY] = \\mathbb{E}[X]\\mathbb{E}[Y]",  # needs independence
        "\\mathbb{E}[1/X] = 1/\\mathbb{E}[X]",
        "\\mathbb{E}[X^2] = \\mathbb{E}[X]^2",
        "\\mathrm{Var}(aX + b) = a \\mathrm{Var}(X)",
        "\\mathrm{Var}(aX + b) = a^2 \\mathrm{Var}(X) + b",
        "\\mathrm{Var}(X - Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y)",  # needs Cov = 0
        "\\mathrm{Var}(X + Y) = \\mathrm{Var}(X) + \\mathrm{Var}(Y) - 2\\mathrm{Cov}(X, Y)",
        "\\mathrm{Cov}(X, Y) = \\mathbb{E}[XY]",
        "\\mathrm{Var}(X) = \\mathbb{E}[(X - \\mathbb{E}[X])]^2",
        "\\mathbb{E}[x^2] = x^2",  # a lower-case letter alone is the random variable
        "\\mathbb{E}[a X] = \\mathbb{E}[a]\\,\\mathbb{E}[X]",
        "\\mathbb{E}[aX + b] = a\\mathbb{E}[X] + b",  # a, b may be random
        "\\mathrm{Cov}(X, Y) = \\mathrm{Cov}(X, Y) + \\mathbb{E}[X]",
        "\\mathrm{Var}(X) = \\mathbb{E}[(X - \\mathbb{E}[Y])^2]",
    ],
)
def test_laws_that_need_a_condition_are_not_proved_nor_refuted(tmp_path, row):
    verdict, reason = _verdict(tmp_path, row)
    assert verdict not in ("proved", "refuted"), (row, verdict, reason)
