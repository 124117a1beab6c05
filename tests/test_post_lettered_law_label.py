"""``P: \\; X \\sim \\mathcal{N}(\\mu_1, \\Sigma_1)``: a capital letter and a colon before a
distribution statement name it, as a tag ``(A)\\quad`` does (batch 47).

StatProofBook's KL proofs (external47, the multivariate normal KL, lines 15-16) state the two
laws compared as ``P: \\; X &\\sim \\mathcal{N}(\\mu_1, \\Sigma_1)`` and ``Q: \\; X &\\sim
\\mathcal{N}(\\mu_2, \\Sigma_2)``; the colon stopped both rows ("unsupported symbol ':'"). Only
before a ``\\sim`` is the letter a label: ``H_0: \\mu = 0`` (a hypothesis, not a value of mu)
and ``f: A \\to B`` (a map) are read as before, giving no value.
"""

from __future__ import annotations

import pytest

from derivations.post._relations import statements
from tests._post_rows import first_verdicts


@pytest.mark.parametrize(
    "row",
    [r"P: \; X \sim \mathcal{N}(\mu_1, \Sigma_1)", r"Q:\quad Y \sim \mathrm{Gam}(a, b)"],
)
def test_a_lettered_law_reads_as_the_law(tmp_path, row):
    path = tmp_path / "post.md"
    path.write_text(f"$${row}$$\n", "utf-8")
    assert first_verdicts(path)[1] == "given"


def test_the_label_is_not_part_of_the_side():
    (st,) = statements(r"P: \; X \sim \mathcal{N}(\mu, \sigma^2)")
    a, b = st.spans[0]
    assert r"P: \; X \sim \mathcal{N}(\mu, \sigma^2)"[a:b].strip() == "X"


@pytest.mark.parametrize("row", [r"H_0: \mu = 0", r"f: A \to B", r"p: x = 2"])
def test_a_colon_before_other_relations_gives_no_value(tmp_path, row):
    # a hypothesis, a map, a lettered equation: never a value taken from the row
    path = tmp_path / "post.md"
    path.write_text(f"$${row}$$\n", "utf-8")
    assert first_verdicts(path)[1] in ("unrelated", "unparsed")
