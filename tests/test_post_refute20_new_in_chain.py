"""A letter first seen in a chain link is new there: ``\\mu_i = e^{\\eta_i} = e^{x_i^T\\beta}``.

Held-out batch 20 (jonminton line 56; repro19 poisson-log-link-new-eta-chain): eta_i, new
in the row (its defining row unparsed), was left "for a suitable value" by the first link
and then drawn as a data vector by the second, which was refuted. A link that trades a
letter the post brought in without a value for an expression gives it one: not refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HERE = Path(__file__).parent


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


LL = "$$\\ell(\\beta) = \\sum_{i=1}^{n} \\left[ y_i \\ln(\\mu_i) - \\mu_i \\right]$$\n"
CASES = [
    (
        LL + "where $\\mu_i = e^{\\mathbf{x}_i^T \\boldsymbol{\\beta}}$ (the log link)\n",
        "\\mu_i = e^{\\eta_i} = e^{\\mathbf{x}_i^T \\boldsymbol{\\beta}}",
        "\\mu_i = e^{\\eta_i} = e^{2 \\mathbf{x}_i^T \\boldsymbol{\\beta}}",
    ),
    (
        LL + "where $\\mu_i = e^{x_i \\beta}$.\n\n",
        "\\mu_i = e^{\\eta_i} = e^{x_i \\beta}",
        "\\mu_i = e^{\\eta_i} = e^{2 x_i \\beta}",
    ),
    (
        "$$\\ell(a, b) = \\sum_{i=1}^{n} \\left[ y_i \\ln(\\lambda_i) - \\lambda_i \\right]$$\n"
        "where $\\lambda_i = e^{a + b t_i}$.\n\n",
        "\\lambda_i = e^{\\theta_i} = e^{a + b t_i}",
        "\\lambda_i = e^{\\theta_i} = e^{a - b t_i}",
    ),
]


@pytest.mark.parametrize(("before", "right", "wrong"), CASES)
def test_the_row_is_not_refuted(tmp_path, before, right, wrong):
    rows = _rows(tmp_path, before + f"Therefore:\n$${right}$$\n")
    last = rows[max(rows)]
    assert last.verdict != "refuted", last.reason


@pytest.mark.parametrize(("before", "right", "wrong"), CASES)
def test_the_wrong_twin_is_not_proved(tmp_path, before, right, wrong):
    rows = _rows(tmp_path, before + f"Therefore:\n$${wrong}$$\n")
    last = rows[max(rows)]
    assert last.verdict != "proved", last.reason


def test_a_letter_with_a_value_is_still_checked(tmp_path):
    """eta_i defined on a row above: the chain is compared with it, a wrong link refuted."""
    before = LL + "$$\\eta_i = x_i \\beta$$\n\n"
    right = _rows(tmp_path, before + "$$e^{\\eta_i} = e^{x_i \\beta}$$\n")
    assert right[max(right)].verdict == "proved", right[max(right)].reason
    wrong = _rows(tmp_path, before + "$$e^{\\eta_i} = e^{2 x_i \\beta}$$\n")
    assert wrong[max(wrong)].verdict != "proved", wrong[max(wrong)].reason


def test_the_repro_row_is_not_refuted():
    post = HERE / "posts/incoming/repro19/poisson-log-link-new-eta-chain-refuted.md"
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[14].verdict != "refuted", rows[14].reason
