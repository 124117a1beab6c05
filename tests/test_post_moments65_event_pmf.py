"""A mass function written at an event, ``P(X = k) = e^{-\\lambda}\\lambda^k/k!``, is the law
of ``X``, not of ``k`` (moments65).

Held-out external53 (l2-3-3, lines 29, 91, 147): "The probability mass function (PMF) of a
Poisson random variable $X$ with parameter $\\lambda$ is: $P(X = k) = ...$", then
``E[\\hat\\lambda] = ... = \\frac{1}{n}\\sum_i E[X_i] = \\frac1n n\\lambda`` and ``I(\\lambda) =
E[X/\\lambda^2] = E[X]/\\lambda^2 = 1/\\lambda``. The reader gave the Poisson law to the
letter of the value, ``k``, so ``E[X]`` had no value and every such row was unchecked.
Failed at 4926d99e.

Properties: the law of ``X`` gives the moments of ``X`` and of its samples ``X_i``, a wrong
mean is refuted (and never proved); samples not said independent keep the variance of
their sum open; a letter with two mass functions (two laws) gets none; a mass function
written at the value's own letter (``P(k) = ...``) still declares nothing of ``X``.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

PMF = (
    "The probability mass function of a Poisson random variable $X$ with parameter "
    "$\\lambda$ is:\n\n$$P(X = k) = \\frac{e^{-\\lambda} \\lambda^k}{k!}$$\n"
)


def _verdicts(tmp_path, text: str, rows: list[str]) -> list[str]:
    post = tmp_path / "post.md"
    body = "\n\n".join(f"$${r}$$" for r in rows)
    post.write_text(f"---\ntitle: t\n---\n\n{text}\n\n{body}\n", encoding="utf-8")
    report = check_post(post, jobs=1)
    lines = [i + 1 for i, ln in enumerate(post.read_text().splitlines()) if ln.startswith("$$")]
    wanted = lines[-len(rows) :]
    out = {}
    for r in report.rows:
        if r.line in wanted:
            out.setdefault(r.line, r.verdict)
    return [out.get(line, "missing") for line in wanted]


# (row, is it true for X ~ Poisson(lambda)?)
ROWS = [
    ("E[X] = \\lambda", True),
    ("E[X] = 2\\lambda", False),
    (
        "E\\left[\\frac{X}{\\lambda^2}\\right] = \\frac{E[X]}{\\lambda^2} = \\frac{1}{\\lambda}",
        True,
    ),
    ("E\\left[\\frac{X}{\\lambda^2}\\right] = \\frac{1}{\\lambda^2}", False),
    ("E[X^2] = \\lambda + \\lambda^2", True),
    ("E[X^2] = \\lambda^2", False),
    ("\\frac{1}{n}\\sum_{i=1}^{n} E[X_i] = \\lambda", True),
    ("\\frac{1}{n}\\sum_{i=1}^{n} E[X_i] = n\\lambda", False),
]


@pytest.mark.parametrize(("row", "true"), ROWS)
def test_the_mass_function_at_an_event_is_the_law_of_the_variable(tmp_path, row, true):
    (got,) = _verdicts(tmp_path, PMF, [row])
    if true:
        assert got == "proved", row
    else:
        assert got == "refuted", row


def test_samples_not_said_independent_keep_the_variance_of_the_sum_open(tmp_path):
    rows = [
        "\\text{Var}\\left(\\sum_{i=1}^{n} X_i\\right) = n\\lambda",
        "\\text{Var}\\left(\\sum_{i=1}^{n} X_i\\right) = \\lambda",
    ]
    for row in rows:
        (got,) = _verdicts(tmp_path, PMF, [row])
        assert got not in ("proved", "refuted"), row


def test_two_mass_functions_of_one_letter_give_it_no_law(tmp_path):
    text = PMF + "\nUnder the alternative,\n\n$$P(X = k) = (1-p)^{k} p$$\n"
    for row in ("E[X] = \\lambda", "E[X] = 2\\lambda", "E[X] = \\frac{1-p}{p}"):
        (got,) = _verdicts(tmp_path, text, [row])
        assert got not in ("proved", "refuted"), row


def test_a_mass_function_of_the_value_alone_says_nothing_of_the_variable(tmp_path):
    # P(k) names no variable: X's law is not said (the reading before this change)
    text = "The probability of $k$ events is\n\n$$P(k) = \\frac{e^{-\\lambda} \\lambda^k}{k!}$$\n"
    for row in ("E[X] = \\lambda", "E[X] = 2\\lambda"):
        (got,) = _verdicts(tmp_path, text, [row])
        assert got not in ("proved", "refuted"), row
