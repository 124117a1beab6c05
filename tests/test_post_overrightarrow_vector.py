"""``\\overrightarrow{y}`` is the vector y, as ``\\vec{y}`` is.

Held-out batch 29 (the R4DS book club's gamma-Poisson slide): ``\\tau|\\overrightarrow{y} \\sim
Gamma(s + \\sum y_i, r + n)`` and ``L(\\tau|\\overrightarrow{y}) = ...`` were unread
("unsupported command \\overrightarrow"), three rows of the slide. The long arrow is the same
accent as ``\\vec`` (a vector's name), so it is read as ``\\vec``: every formula reads with it
exactly as with ``\\vec``, and a row so written is checked as the ``\\vec`` one is."""

from __future__ import annotations

import pytest

_FORMULAS = [
    r"L(\tau|{y}) \frac{\tau^{11}e^{-4\tau}}{6!2!2!1!}",
    r"{y} + 2",
    r"\sum_{i=1}^n {y}_i",
    r"f({y}) - {y}^2",
]


@pytest.mark.parametrize("formula", _FORMULAS)
def test_the_long_arrow_reads_as_vec(formula):
    from derivations.post._parse import parse_expression

    def read(accent: str):
        text = formula.replace("{y}", f"{accent}{{y}}")
        try:
            return parse_expression(text)[0]
        except ValueError as exc:
            return type(exc).__name__

    assert read(r"\overrightarrow") == read(r"\vec")
    assert not isinstance(read(r"\overrightarrow"), str)


def test_a_row_with_the_long_arrow_is_checked_like_the_vec_one(tmp_path):
    from derivations.post import check_post

    def verdicts(accent: str, rhs: str) -> list[str]:
        body = (
            f"$$L(\\tau|{accent}{{y}}) = \\frac{{\\tau^{{11}}e^{{-4\\tau}}}}{{6!2!2!1!}}$$\n\n"
            f"$$L(\\tau|{accent}{{y}}) = {rhs}$$\n"
        )
        post = tmp_path / "post.md"
        post.write_text(f"---\ntitle: t\n---\n\n{body}", encoding="utf-8")
        return [r.verdict for r in check_post(post, jobs=1).rows if r.line == 7]

    right = r"\frac{\tau^{11}e^{-4\tau}}{2880}"
    wrong = r"\frac{\tau^{11}e^{-4\tau}}{720}"
    assert verdicts(r"\overrightarrow", right) == verdicts(r"\vec", right)
    assert "proved" in verdicts(r"\overrightarrow", right)
    assert "proved" not in verdicts(r"\overrightarrow", wrong)
