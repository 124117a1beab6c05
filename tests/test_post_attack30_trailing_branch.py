"""A domain written after one branch of a piecewise formula is that branch's case.

Adversarial set 22, 20-false: ``$$\\frac{d}{d\\beta}|\\beta| = 1, \\quad \\beta > 0$$`` (the
derivative of the penalty on one branch) made ``beta > 0`` the domain of the whole post, so
on the other branch, "where beta is negative", the false ``|\\beta| = \\beta`` was proved.
Like a zero branch (``f(x) = 0, \\quad x < 0``), a formula whose value does not hold the
letter (``= 1``, ``= -1``), or that holds an absolute value, a sign, a max or a min, states a
case, not the parameter's domain. ``\\ell(\\theta) = ..., \\quad \\theta > 0`` is applied as before.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._assume import trailing_parameter_domain


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


BRANCHES = [
    r"\frac{d}{d\beta}|\beta| = 1, \quad \beta > 0",
    r"\frac{d}{d\beta}|\beta| = 1, \beta > 0",
    r"\operatorname{sign}(\beta) = 1, \quad \beta > 0",
    r"|\beta| = \beta, \quad \beta > 0",
    r"\max(\beta, 0) = \beta, \quad \beta > 0",
]


@pytest.mark.parametrize("branch", BRANCHES)
def test_a_branch_states_no_domain(tmp_path, branch):
    assert trailing_parameter_domain(branch) == ""
    text = (
        f"The penalty is\n\n$${branch}$$\n\nOn the other branch, where beta is negative,\n\n"
        "$$|\\beta| = ROW$$\n"
    )
    assert _last(tmp_path, text.replace("ROW", r"\beta")).verdict != "proved"


@pytest.mark.parametrize("branch", BRANCHES[:2])
def test_the_other_branch_is_not_refuted(tmp_path, branch):
    # (after sign(beta) = 1 or |beta| = beta the row is compared with the line above and
    # refuted: the case in words, "where beta is negative", is not read - not this reading)
    text = (
        f"The penalty is\n\n$${branch}$$\n\nOn the other branch, where beta is negative,\n\n"
        "$$|\\beta| = -\\beta$$\n"
    )
    assert _last(tmp_path, text).verdict != "refuted"


@pytest.mark.parametrize(
    "formula",
    [
        r"\ell(\theta) = n\log\theta - \theta\sum_{i=1}^n x_i, \quad \theta > 0",
        r"L(p) = p^k (1 - p)^{n - k}, \quad 0 < p < 1",
        r"E[X] = \frac{\alpha}{\alpha - 1}, \quad \alpha > 1",
    ],
)
def test_a_formula_in_its_parameter_keeps_its_domain(formula):
    assert trailing_parameter_domain(formula) != ""


def test_a_parameter_domain_is_still_applied(tmp_path):
    text = (
        "$$\\ell(\\theta) = n\\log\\theta - \\theta s, \\quad \\theta > 0$$\n\n"
        "$$\\sqrt{\\theta^2} = \\theta$$\n"
    )
    assert _last(tmp_path, text).verdict == "proved"
