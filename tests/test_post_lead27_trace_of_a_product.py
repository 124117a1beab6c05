"""``\\operatorname{tr} AB``, ``\\det AB``: the trace (determinant) of the product, as matrix
algebra writes it (``\\operatorname{tr} \\Sigma^{-1} S`` in every covariance MLE). It was
tr(A) times B: the cyclic ``\\mathrm{tr}\\, AB = \\mathrm{tr}\\, BA`` was refuted and the false
``\\operatorname{tr} AB = \\operatorname{tr}(A) B`` proved. The operator now takes the factors
written after it, up to a sign, a relation, a closing bracket or another operator
(``\\det A \\det B`` stays det(A) det(B))."""

from __future__ import annotations

import pytest
from _post_rows import rows_of

MATRICES = "Let $A$, $B$ be $2 \\times 2$ matrices.\n\n"


def _row(tmp_path, display):
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{MATRICES}$${display}$$\n", encoding="utf-8")
    return rows_of(post)[7]


@pytest.mark.parametrize(
    "display",
    [
        r"\mathrm{tr}\, A B = \mathrm{tr}\, B A",
        r"\operatorname{tr} A B = \operatorname{tr}(A B)",
        r"\det A B = \det A \det B",
    ],
)
def test_the_operator_takes_the_product_written_after_it(tmp_path, display):
    row = _row(tmp_path, display)
    assert row.verdict != "refuted", row.reason


@pytest.mark.parametrize(
    "display",
    [r"\operatorname{tr} A B = \operatorname{tr}(A) B", r"\mathrm{tr}\, A B = \mathrm{tr}\, A"],
)
def test_the_first_factor_alone_is_not_proved(tmp_path, display):
    assert _row(tmp_path, display).verdict != "proved"
