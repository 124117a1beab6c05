"""A result stated before its derivation: ``beta = <formula>`` first, ``dL/dbeta`` later.

A ridge question states the estimator as ``\\beta = X^T Y (X^T X + \\lambda I)^{-1}``,
then differentiates its loss by ``beta``. Reading the first row as the value of
``beta`` made ``dL/dbeta`` 0 (beta replaced before differentiating) and the right side
a function of X, Y and lambda: the correct derivative was refuted. From the row that
differentiates by a symbol, the symbol is the variable, not a value a row gave it.
"""

from __future__ import annotations

from derivations.post import check_post

RIDGE = (
    "---\ntitle: ridge\n---\n\nThe formula\n"
    "$$ \\beta = {X^{\\top}Y}({X^{\\top}X+\\lambda I})^{-1}$$\n"
    "The loss\n$$ L = {(X^{\\top}\\beta-Y)^2+\\lambda\\beta^{\\top}\\beta} $$\n"
    "Take\n$$ \\frac{dL}{d\\beta} = 2(X^{\\top}\\beta-Y)X+2\\lambda \\beta$$\n"
)

SCALAR = (
    "---\ntitle: scalar\n---\n\nThe estimate is\n"
    "$$ \\theta = \\frac{1}{n}\\sum_{i=1}^n x_i $$\n"
    "The log-likelihood\n$$ \\ell = -\\frac{1}{2}\\sum_{i=1}^n (x_i - \\theta)^2 $$\n"
    "Its derivative\n$$ \\frac{d\\ell}{d\\theta} = \\sum_{i=1}^n (x_i - \\theta) $$\n"
)


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


def test_the_derivative_by_a_symbol_stated_earlier_as_a_result(tmp_path):
    assert _last(tmp_path, RIDGE).verdict != "refuted"
    assert _last(tmp_path, SCALAR).verdict == "proved"


def test_a_wrong_derivative_after_a_stated_result_is_refuted(tmp_path):
    wrong = SCALAR.replace("\\sum_{i=1}^n (x_i - \\theta) $$", "\\sum_{i=1}^n (x_i + \\theta) $$")
    assert wrong != SCALAR
    assert _last(tmp_path, wrong).verdict == "refuted"
    wrong = RIDGE.replace("+2\\lambda \\beta$$", "+3\\lambda \\beta$$")
    assert wrong != RIDGE
    assert _last(tmp_path, wrong).verdict == "refuted"
