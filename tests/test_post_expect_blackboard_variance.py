"""``\\mathbb{V}(X)`` is the variance of X, as ``\\mathbb{E}(X)`` is its mean.

The reader read ``\\mathbb{V}(2X)`` as the product of a letter V with 2X, so the correct
``\\mathbb{V}(2X) = 4\\mathbb{V}(X)`` was refuted (V = 0.03, X = 2.1) and
``\\mathbb{V}(X) = \\lambda`` after ``X \\sim Poisson(\\lambda)`` defined lambda. Read as
``Var``, both rows are what ``\\operatorname{Var}`` rows are; a wrong variance is not
proved. A ``\\mathbb{V}`` without a bracket after it (a set, a space) stays a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._lexer import tokenize

FRONT = "---\ntitle: t\n---\nLet $X \\sim \\mathrm{Poisson}(\\lambda)$.\n\n"


def _rows(tmp_path: Path, body: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text(FRONT + body, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


@pytest.mark.parametrize("op", ["\\mathbb{V}", "\\operatorname{Var}"])
def test_variance_rows_read_alike(tmp_path, op):
    rows = _rows(
        tmp_path,
        f"$${op}(2X) = 4 {op}(X)$$\n\n$${op}[X] = \\lambda$$\n\n$${op}(X + 1) = \\lambda^2$$\n",
    )
    assert rows[6] == "proved"
    assert rows[8] == "proved"
    assert rows[10] not in ("proved", "given")


def test_blackboard_v_is_the_variance_operator():
    (op, *_rest), _ = tokenize("\\mathbb{V}(X)")
    assert (op.type, op.payload) == ("FUNC", "Var")


def test_blackboard_v_without_bracket_stays_a_name():
    kinds = [t.type for t in tokenize("\\mathbb{V} + 1")[0]]
    assert "FUNC" not in kinds
