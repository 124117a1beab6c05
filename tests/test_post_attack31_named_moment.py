"""A letter a moment is named by stays without a value in the rows after it.

Adversarial set 23 (attack31, written blind against 6f5d9e4): after "Assume that $Y \\sim
\\text{Poisson}(10)$" and ``E(Y) = \\lambda`` (lambda first written there: unchecked, "lambda
appears here without a value"), the correct ``\\operatorname{Var}(Y) = \\lambda`` and ``E(Y^2) =
\\lambda + \\lambda^2`` were refuted by linearity of expectation against a drawn lambda: the
letter was "without a value" only in the row that first wrote it.

Properties: the rows after the naming are never refuted for that letter; a row false by the
law's own numbers is still refuted; a letter given a value above is still compared."""

from __future__ import annotations

import pytest


def _rows(tmp_path, law: str, rows: list[str]):
    from derivations.post import check_post

    parts = [f"Assume that $Y \\sim {law}$."] + [f"$${r}$$" for r in rows]
    parts += [
        "The log-likelihood is",
        "$$\\ell(\\lambda) = \\sum_i y_i \\log\\lambda - n\\lambda$$",
    ]
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    return {r.line: r.verdict for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize(
    "row",
    [
        "\\operatorname{Var}(Y) = \\lambda",
        "E(Y^2) = \\lambda + \\lambda^2",
        "E(Y^2) - E(Y)^2 = \\lambda",
        "E(2Y) = 2\\lambda",
    ],
)
@pytest.mark.parametrize("name", ["E(Y) = \\lambda", "E[Y] = \\lambda"])
def test_a_row_after_the_naming_is_never_refuted(tmp_path, name, row):
    assert _rows(tmp_path, "\\text{Poisson}(10)", [name, row])[9] != "refuted"


def test_a_row_false_by_the_laws_numbers_is_still_refuted(tmp_path):
    assert _rows(tmp_path, "\\text{Poisson}(10)", ["E(Y) = \\lambda", "E(Y) = 12"])[9] == "refuted"


def test_a_letter_valued_above_is_still_compared(tmp_path):
    rows = _rows(
        tmp_path,
        "\\text{Poisson}(10)",
        ["\\lambda = 3", "E(Y) = 7", "\\operatorname{Var}(Y) = \\lambda"],
    )
    assert rows[11] == "refuted"
