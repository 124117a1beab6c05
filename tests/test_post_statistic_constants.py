"""A letter in the definition of a statistic beside the sample is a constant (external36).

"$X_1, \\ldots, X_n$ are i.i.d. Uniform$(0, \\theta)$ random variables, and an estimator
$\\hat{\\theta} = \\frac{k}{n} \\sum_{i=1}^n X_i$": the rows ``E[\\hat\\theta] = E[\\frac{k}{n}
\\sum X_i] = \\frac{k}{n} \\sum E[X_i] = \\frac{k \\theta}{2}`` and ``Var(\\hat\\theta) =
\\frac{k^2 \\theta^2}{12 n}`` were unchecked: a lower-case letter inside an expectation is
taken for a random variable of its own (a data value, noise), and ``E[k X]`` has no value.
A statistic is a function of the sample: a plain letter its definition writes beside the
samples (``k``, ``c``) is a constant of the post, so it comes out of ``E`` and ``Var`` as the
law's parameters do - only to prove: the post may fix the letter where a row uses it ("the
risk for $k = 2$": ``Var(\\hat\\theta) = 4\\theta^2/(12n)`` was refuted when ``k`` was a plain
constant), so a difference leaves the row unchecked. A letter of no statistic's definition
stays as it was (unchecked, never refuted). Failed at 00fa771.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

LAW = "Let $X_1, \\ldots, X_n \\sim \\text{Uniform}(0, \\theta)$ be i.i.d."


def _last(tmp_path, lines: list[str]) -> str:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1].verdict


STATISTIC = "$$\\hat{\\theta} = \\frac{k}{n} \\sum_{i=1}^n X_i$$"


@pytest.mark.parametrize(
    "row, verdict",
    [
        ("E\\left[ \\frac{k}{n} \\sum_{i=1}^n X_i \\right] = \\frac{k\\theta}{2}", "proved"),
        ("E\\left[ \\frac{k}{n} \\sum_{i=1}^n X_i \\right] = k\\theta", "unchecked"),
        ("E[\\hat{\\theta}] = \\frac{k\\theta}{2}", "proved"),
        ("E[\\hat{\\theta}] = \\frac{k\\theta}{3}", "unchecked"),
        ("\\mathrm{Var}(\\hat{\\theta}) = \\frac{k^2 \\theta^2}{12 n}", "proved"),
        ("\\mathrm{Var}(\\hat{\\theta}) = \\frac{k \\theta^2}{12 n}", "unchecked"),
        # the post may fix k where the row is ("the risk for $k = 2$"): only to prove
        ("\\mathrm{Var}(\\hat{\\theta}) = \\frac{4 \\theta^2}{12 n}", "unchecked"),
    ],
)
def test_a_coefficient_of_a_statistic_is_a_constant(tmp_path, row, verdict):
    assert _last(tmp_path, [LAW, STATISTIC, f"$${row}$$"]) == verdict


def test_a_letter_of_no_statistic_stays_random(tmp_path):
    # no statistic defines k: E[k X_1] keeps k's own moments, never refuted
    got = _last(tmp_path, [LAW, "$$E[k X_1] = \\frac{k\\theta}{3}$$"])
    assert got not in ("proved", "refuted"), got
