"""A row that drops the ``+ \\text{const}`` its definition named holds up to that constant.

Held-out batch 20 (jonminton line 50; repro19 poisson-log-likelihood-plus-const-then-
dropped): ``\\ell = \\sum[y_i \\ln \\mu_i - \\mu_i] + \\text{const}`` defined, then
``\\ell = \\sum[y_i \\ln \\mu_i - \\mu_i]`` was compared as an identity with const drawn
nonzero and refuted. Dropping an additive constant named as such is checked up to it (the
derivatives by the parameters compared): never refuted when the rest matches, and a
wrong twin is still not proved.
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


def _two(first: str, second: str, head: str = "\\ell(\\mu)") -> str:
    return (
        "Drop the constant term (it does not affect optimization)\n"
        f"$${head} = {first}$$\n"
        "The log-likelihood\n"
        f"$${head} = {second}$$\n"
    )


POISSON = "\\sum_{i=1}^{n} \\left[ y_i \\ln(\\lambda) - \\lambda \\right]"
NORMAL = "-\\frac{1}{2\\sigma^2} \\sum_{i=1}^{n} (x_i - \\mu)^2"
FAMILIES = [
    (POISSON, "\\sum_{i=1}^{n} \\left[ y_i \\ln(\\lambda) + \\lambda \\right]", "\\ell(\\lambda)"),
    (NORMAL, "-\\frac{1}{\\sigma^2} \\sum_{i=1}^{n} (x_i - \\mu)^2", "\\ell(\\mu)"),
]


@pytest.mark.parametrize(("right", "wrong", "head"), FAMILIES)
@pytest.mark.parametrize("const", ["\\text{const}", "C", "\\text{constant}"])
def test_the_constant_dropped_is_not_refuted(tmp_path, right, wrong, head, const):
    rows = _rows(tmp_path, _two(f"{right} + {const}", right, head))
    last = rows[max(rows)]
    assert last.verdict != "refuted", last.reason
    assert last.verdict != "unparsed", last.reason


@pytest.mark.parametrize(("right", "wrong", "head"), FAMILIES)
def test_the_wrong_twin_is_not_proved(tmp_path, right, wrong, head):
    rows = _rows(tmp_path, _two(f"{right} + \\text{{const}}", wrong, head))
    last = rows[max(rows)]
    assert last.verdict != "proved", last.reason


def test_the_repro_row_is_not_refuted():
    post = HERE / "posts/incoming/repro19/poisson-log-likelihood-plus-const-then-dropped-refuted.md"
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[14].verdict != "refuted", rows[14].reason


def _vector_post(last: str) -> str:
    """jonminton lines 44-50: the constant added on a restatement, in a bold (vector) mu."""
    return (
        "$$\\ell(\\boldsymbol{\\mu}) = \\sum_{i=1}^{n} \\left[ y_i \\ln(\\mu_i) - \\mu_i "
        "- \\ln(y_i!) \\right]$$\n"
        "Drop the constant term\n"
        "$$\\ell(\\boldsymbol{\\mu}) = \\sum_{i=1}^{n} \\left[ y_i \\ln(\\mu_i) - \\mu_i \\right]"
        " + \\text{const}$$\n"
        "The Poisson log-likelihood\n"
        f"$$\\ell(\\boldsymbol{{\\mu}}) = {last}$$\n"
    )


def test_the_constant_dropped_in_vectors_is_not_refuted(tmp_path):
    rows = _rows(
        tmp_path, _vector_post("\\sum_{i=1}^{n} \\left[ y_i \\ln(\\mu_i) - \\mu_i \\right]")
    )
    assert rows[max(rows)].verdict != "refuted", rows[max(rows)].reason


def test_the_constant_dropped_in_vectors_wrong_twin_is_not_proved(tmp_path):
    rows = _rows(
        tmp_path, _vector_post("\\sum_{i=1}^{n} \\left[ y_i \\ln(\\mu_i) + \\mu_i \\right]")
    )
    assert rows[max(rows)].verdict != "proved", rows[max(rows)].reason


def test_the_external_row_is_not_refuted():
    post = (
        HERE
        / "posts/incoming/external20/jonminton-html-poisson-regression-log-likelihood-log-link.md"
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[50].verdict != "refuted", rows[50].reason
    assert rows[56].verdict != "refuted", rows[56].reason
