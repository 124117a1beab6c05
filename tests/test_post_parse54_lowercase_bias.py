"""``\\operatorname{bias}`` (ProofWiki, held-out batch 36) is the bias of an estimator, as
``\\operatorname{Bias}`` and ``\\mathrm{Bias}`` are: the same named quantity, not an operator
word the reader does not know (the rows were unparsed)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "written",
    [r"\operatorname{bias}(\hat\theta)^2", r"\operatorname{bias} (\hat \theta)^2"],
)
def test_lower_case_bias_is_the_bias(written):
    same = parse_expression(r"\operatorname{Bias}(\hat\theta)^2")[0]
    assert parse_expression(written)[0] == same


def test_the_decomposition_rows_are_read_and_never_refuted(tmp_path):
    rows = display_rows(
        tmp_path,
        r"\delta = \hat\theta - \theta",
        r"\mathbb{E}[\delta] = \mathbb{E}[\hat\theta] - \theta = \operatorname{bias}(\hat\theta)",
        r"\operatorname{MSE}(\hat\theta) = \operatorname{Var}(\hat\theta)"
        r" + \operatorname{bias}(\hat\theta)^2",
    )
    assert all(r.verdict not in ("unparsed", "refuted") for r in rows.values()), [
        (r.line, r.verdict, r.reason) for r in rows.values()
    ]


def test_an_unknown_lower_case_operator_is_still_not_guessed():
    with pytest.raises(ValueError, match="unknown operator"):
        parse_expression(r"\operatorname{softmax}(z)")
