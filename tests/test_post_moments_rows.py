"""Moment rows checked against a declared law, end to end (the hook of ._expectation).

``X_i ~ Poisson(lambda)`` gives E[X_i] = Var(X_i) = lambda: a row stating a moment is
proved when it agrees and refuted when it does not - only with such a declaration
(without one the row stays a stated moment). ``Var(X)`` written without ``\\mathrm``
is the operator, not the product V a r (X).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._lexer import tokenize

DECLARED = "$$ X_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"


def _verdict(tmp_path, row, declared=True):
    path = tmp_path / "post.md"
    text = "---\ntitle: t\n---\n\n" + (DECLARED if declared else "") + f"$$ {row} $$\n"
    path.write_text(text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    return rows[-1].verdict, rows[-1].reason


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("E[\\bar X] = \\lambda", "proved"),
        ("\\mathrm{Var}(X_1) = \\lambda", "proved"),
        ("Var(X_1) = \\lambda", "proved"),
        (
            "E\\left[-\\frac{1}{\\lambda^2}\\sum_{i=1}^n X_i\\right] = -\\frac{n}{\\lambda}",
            "proved",
        ),
        ("\\mathrm{Var}(X_1) = \\lambda^2", "refuted"),
        ("Var(X_1) = 2\\lambda", "refuted"),
        (
            "E\\left[-\\frac{1}{\\lambda^2}\\sum_{i=1}^n X_i\\right] = -\\frac{n}{\\lambda^2}",
            "refuted",
        ),
    ],
)
def test_moments_of_a_declared_law(tmp_path, row, verdict):
    got, reason = _verdict(tmp_path, row)
    assert got == verdict, reason


@pytest.mark.parametrize("row", ["\\mathrm{Var}(X_1) = \\lambda^2", "E[X_1] = 2\\lambda"])
def test_without_a_declaration_no_moment_is_refuted(tmp_path, row):
    got, reason = _verdict(tmp_path, row, declared=False)
    assert got != "refuted", reason


@pytest.mark.parametrize("op", ["Var", "Cov"])
def test_an_upright_operator_reads_as_its_mathrm_form(op):
    plain = [(t.type, str(t)) for t in tokenize(f"{op}(X, Y) = 1")[0]]
    upright = [(t.type, str(t)) for t in tokenize(f"\\mathrm{{{op}}}(X, Y) = 1")[0]]
    assert plain == upright
