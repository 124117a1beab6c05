"""One expectation algebra for rows no law gives values (EXPECT6).

Expectations are compared in one normal form (``_expectation.by_linearity``): every
``E[...]`` written as constants times opaque moments (``E[X^2]``, ``E[X Y]``) after the
rules that hold for every law - linearity, ``E[c] = c``, ``Var(g) = E[g^2] - E[g]^2``,
``Cov(g, h) = E[g h] - E[g] E[h]`` (so ``Var(aX + b) = a^2 Var(X)``) - and, only where the
post states them, independence and identical distribution. Equal forms are proved;
different forms are never refuted while a moment has no value (two expressions in opaque
moments are equal for every law only if the forms are).

What this file adds: an estimator (``\\hat\\Theta``, ``\\tilde\\theta``, ``\\bar Y``,
``\\bar X_n``: an accented letter the post gives no value) is a random variable of that
algebra, as a capital letter is, so ``E[(\\hat\\Theta - 1)^2] = Var(\\hat\\Theta) +
(E[\\hat\\Theta] - 1)^2`` is compared, not "E(...) has no value the engine can compare".
A plain Greek letter the post never makes a parameter (``\\theta``) stays unread inside
``E[...]``: rows that need it are not proved, and never refuted.

Each rule has a wrong twin (one planted error: never proved) and a correct twin (never
refuted).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

#: Verdicts a false row must never get.
NOT_FOR_A_FALSE_ROW = ("proved", "given", "plausible")

INTRO = "Let $\\hat\\Theta$ be an estimator of the parameter $\\theta$.\n\n"


def _verdicts(tmp_path, body: str) -> list[str]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(path, jobs=1).rows]


def _last(tmp_path, body: str) -> str:
    return _verdicts(tmp_path, body)[-1]


# (row, correct): each correct row beside its wrong twin; True: proved, None: correct but
# not provable here (theta, a letter the post never makes a parameter, may be random: what
# needs it constant is left open), never refuted
ESTIMATOR_ROWS = [
    # the bias-variance split: holds whether or not theta is random
    (
        "\\mathbb{E}[(\\hat\\Theta - \\theta)^2] = \\mathrm{Var}(\\hat\\Theta - \\theta)"
        " + \\mathbb{E}[\\hat\\Theta - \\theta]^2",
        None,
    ),
    (
        "\\mathbb{E}[(\\hat\\Theta - \\theta)^2] = \\mathrm{Var}(\\hat\\Theta - \\theta)"
        " + \\mathbb{E}[\\hat\\Theta - \\theta]",
        False,
    ),
    (
        "\\mathbb{E}[(\\hat\\Theta - 1)^2] = \\mathrm{Var}(\\hat\\Theta)"
        " + (\\mathbb{E}[\\hat\\Theta] - 1)^2",
        True,
    ),
    (
        "\\mathbb{E}[(\\hat\\Theta - 1)^2] = \\mathrm{Var}(\\hat\\Theta)"
        " - (\\mathbb{E}[\\hat\\Theta] - 1)^2",
        False,
    ),
    (
        "\\mathbb{E}[(\\hat\\Theta - \\theta)^2] = \\mathrm{Var}(\\hat\\Theta)"
        " + (\\mathbb{E}[\\hat\\Theta] - \\theta)^2",
        None,
    ),
    # Var(aX + b) = a^2 Var(X): the square, not the factor
    ("\\mathrm{Var}(2\\hat\\Theta + 3) = 4\\mathrm{Var}(\\hat\\Theta)", True),
    ("\\mathrm{Var}(2\\hat\\Theta + 3) = 2\\mathrm{Var}(\\hat\\Theta)", False),
    ("\\mathrm{Var}(2\\hat\\Theta) = 2\\mathrm{Var}(\\hat\\Theta)", False),
    ("\\mathrm{Var}(\\hat\\Theta - \\theta) = \\mathrm{Var}(\\hat\\Theta)", None),
    # Var = E[square] - square of E
    (
        "\\mathrm{Var}(\\hat\\Theta) = \\mathbb{E}[\\hat\\Theta^2] - \\mathbb{E}[\\hat\\Theta]^2",
        True,
    ),
    (
        "\\mathrm{Var}(\\hat\\Theta) = \\mathbb{E}[\\hat\\Theta^2] + \\mathbb{E}[\\hat\\Theta]^2",
        False,
    ),
    # Cov(g, h) = E[g h] - E[g] E[h]
    (
        "\\mathrm{Cov}(\\hat\\Theta, 2\\tilde\\Theta) = 2\\mathbb{E}[\\hat\\Theta"
        " \\tilde\\Theta] - 2\\mathbb{E}[\\hat\\Theta]\\mathbb{E}[\\tilde\\Theta]",
        True,
    ),
    (
        "\\mathrm{Cov}(\\hat\\Theta, 2\\tilde\\Theta) = 2\\mathbb{E}[\\hat\\Theta"
        " \\tilde\\Theta] - \\mathbb{E}[\\hat\\Theta]\\mathbb{E}[\\tilde\\Theta]",
        False,
    ),
    # an estimator is no constant: E[hat Theta] = hat Theta is no identity
    ("\\mathbb{E}[\\hat\\Theta] = \\hat\\Theta", False),
    ("\\mathbb{E}[\\hat\\Theta^2] = \\mathbb{E}[\\hat\\Theta]^2", False),
    # E[c] = c for a number; theta of unknown status is not taken for one
    ("\\mathbb{E}[\\hat\\Theta + 2] = \\mathbb{E}[\\hat\\Theta] + 2", True),
    ("\\mathbb{E}[2\\hat\\Theta] = \\mathbb{E}[\\hat\\Theta] + 2", False),
    ("\\mathbb{E}[\\hat\\Theta + \\theta] = \\mathbb{E}[\\hat\\Theta] + \\theta", None),
    ("\\mathbb{E}[\\hat\\Theta \\theta] = \\mathbb{E}[\\hat\\Theta] + \\theta", False),
]


@pytest.mark.parametrize(("row", "correct"), ESTIMATOR_ROWS)
def test_estimator_rows(tmp_path, row, correct):
    verdict = _last(tmp_path, INTRO + f"$$\n{row}\n$$\n")
    if correct:
        assert verdict == "proved", row
    elif correct is False:
        assert verdict not in NOT_FOR_A_FALSE_ROW, row
    # no law gives the moments values: a difference is never a refutation
    assert verdict != "refuted", row


@pytest.mark.parametrize("name", ["\\tilde\\theta", "\\hat\\lambda", "\\hat{T}", "\\bar Y"])
def test_other_estimator_spellings(tmp_path, name):
    right = f"\\mathrm{{Var}}(3{name} - 1) = 9\\mathrm{{Var}}({name})"
    wrong = f"\\mathrm{{Var}}(3{name} - 1) = 3\\mathrm{{Var}}({name})"
    assert _last(tmp_path, f"$$\n{right}\n$$\n") == "proved"
    assert _last(tmp_path, f"$$\n{wrong}\n$$\n") not in (*NOT_FOR_A_FALSE_ROW, "refuted")


#: The sample mean written with the sample's size as a subscript (``\\bar{X}_n``): read as
#: an element of ``bar_X``, a random variable of the algebra like ``\\bar X``.
SUBSCRIPTED = [
    (
        "\\mathbb{E}\\left[\\frac{1}{n}\\sum_{i=1}^n (X_i-\\bar{X}_n)^2\\right] = \\frac{1}{n}"
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right] - 2\\mathbb{E}\\left[\\bar{X}_n"
        "\\sum_{i=1}^n \\frac{X_i}{n}\\right] + \\mathbb{E}\\left[\\bar{X}_n\\bar{X}_n\\right]",
        True,
    ),
    (
        "\\mathbb{E}\\left[\\frac{1}{n}\\sum_{i=1}^n (X_i-\\bar{X}_n)^2\\right] = \\frac{1}{n}"
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right] - 2\\mathbb{E}\\left[\\bar{X}_n"
        "\\sum_{i=1}^n \\frac{X_i}{n}\\right] + n\\mathbb{E}\\left[\\bar{X}_n\\bar{X}_n\\right]",
        False,
    ),
    ("\\mathbb{E}[\\bar{X}_n \\bar{X}_n] = \\mathbb{E}[\\bar{X}_n^2]", True),
    ("\\mathbb{E}[\\bar{X}_n \\bar{X}_n] = \\mathbb{E}[\\bar{X}_n]^2", False),
]


@pytest.mark.parametrize(("row", "correct"), SUBSCRIPTED)
def test_subscripted_sample_mean(tmp_path, row, correct):
    verdict = _last(tmp_path, f"$$\n{row}\n$$\n")
    if correct:
        assert verdict == "proved", row
    else:
        # catch60: the false twin with n E[Xbar Xbar] fails when the sample is a constant
        # (0 against (n - 1) c^2), so it may be refuted at that point mass (._point_mass)
        assert verdict not in NOT_FOR_A_FALSE_ROW, row


def test_a_defined_estimator_is_not_opaque(tmp_path):
    """An estimator the post defines from its sample is that statistic, not a random variable
    of its own: ``E[\\hat\\theta] = \\hat\\theta`` stays unproved whatever the definition."""
    body = (
        "$$\n\\hat\\theta = \\frac{1}{n}\\sum_{i=1}^n X_i\n$$\n\n"
        "$$\n\\mathbb{E}[\\hat\\theta] = \\hat\\theta\n$$\n"
    )
    assert _last(tmp_path, body) not in NOT_FOR_A_FALSE_ROW


# rules that need a premise the post states: independence, never assumed
def test_independence_not_assumed(tmp_path):
    row = "$$\nE[X_1 X_2] = E[X_1] E[X_2]\n$$\n"
    verdict = _last(tmp_path, row)
    assert verdict not in (*NOT_FOR_A_FALSE_ROW, "refuted")


def test_a_variable_is_not_independent_of_itself(tmp_path):
    iid = "Let $X_1, \\dots, X_n$ be i.i.d. random variables.\n\n"
    for body in ("", iid):
        verdict = _last(tmp_path, body + "$$\nE[X_1 X_1] = E[X_1]^2\n$$\n")
        assert verdict not in (*NOT_FOR_A_FALSE_ROW, "refuted")


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[\\hat\\lambda] = \\frac{n\\lambda}{n - 1}",  # right for the exponential
        "\\mathbb{E}[\\hat\\lambda] = \\lambda",  # its wrong twin
        "\\mathbb{E}[\\hat\\Theta] = \\hat\\Theta",
    ],
)
def test_a_moment_of_an_estimator_is_not_taken_as_given(tmp_path, row):
    """The mean of a statistic is a result, not a moment of the model the post states: no
    law is declared here, so neither side is worked out and the row is only unchecked."""
    assert _last(tmp_path, f"$$\n{row}\n$$\n") == "unchecked"
