r"""Two statements that claim nothing a step could check were unparsed at their colon
("unsupported symbol ':' inside an expression"):

- a hypothesis, ``H_0: \pi = \pi_0``, ``H_1: \lambda \ne \lambda_0`` (held-out: a score test,
  a likelihood-ratio test): the relation after the label is what is tested, not a fact, so
  the row claims nothing and gives pi no value;
- a function's domain and codomain, ``g: \mathbb{R} \mapsto \mathbb{R}``,
  ``f: \mathbb{R}^p \rightarrow \mathbb{R}`` (a convexity theorem, a logistic model).

Both are now read as what they are and left unrelated with that reason; a relation after a
hypothesis is never a definition (a later row using pi reads as it did)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    "row",
    [r"H_0: \pi = \pi_0", r"H_{1} : \lambda \neq \lambda_0", r"H_a:\ \mu > 0"],
)
def test_a_hypothesis_claims_nothing_and_gives_no_value(tmp_path, row):
    rows = display_rows(tmp_path, row, r"\pi + \pi = 3 \pi")
    assert rows[5].verdict == "unrelated" and "hypothesis" in rows[5].reason, rows[5].reason
    assert rows[7].verdict == "refuted", rows[7].reason  # pi has no value from H_0


@pytest.mark.parametrize(
    "row",
    [
        r"g:\mathbb{R} \mapsto \mathbb{R}",
        r"f:\mathbb{R}^p\rightarrow\mathbb{R}",
        r"f : \mathbb{R}^{n} \to \mathbb{R}^{m}",
    ],
)
def test_a_domain_and_codomain_claim_nothing(tmp_path, row):
    got = display_rows(tmp_path, row)[5]
    assert got.verdict == "unrelated" and "domain" in got.reason, got.reason


@pytest.mark.parametrize("row", [r"f(x:\theta) = x + 1", r"S = \{i: y_i = 0\}: n"])
def test_other_colons_are_read_as_before(tmp_path, row):
    got = display_rows(tmp_path, row)[5]
    assert "hypothesis" not in got.reason and "domain" not in got.reason, got.reason
