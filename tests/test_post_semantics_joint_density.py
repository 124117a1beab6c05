"""The joint and the conditional density under one letter (``p(y, \\lambda)`` beside
``p(y | \\lambda)``): a row ``p(y, \\lambda) = p(y | \\lambda)\\, p(\\lambda)`` defines the
joint (the product rule of probability, a law: the row is proved); later rows that restate ``p(y, \\lambda)`` are
compared with the joint's value, and rows that restate ``p(y | \\lambda)`` still with the
conditional's. A product with the wrong marginal defines nothing."""

from __future__ import annotations

from pathlib import Path

from _post_rows import verdict_of_row

LIKELIHOOD = (
    "The likelihood is\n\n"
    "$$ p(y|\\lambda) = \\prod_{i=1}^n \\frac{\\lambda^{y_i} e^{-\\lambda}}{y_i!} $$\n\n"
    "and the prior\n\n"
    "$$ p(\\lambda) = \\frac{b^a}{\\Gamma(a)} \\lambda^{a-1} e^{-b\\lambda} $$\n\n"
)
JOINT = (
    "The joint density is\n\n"
    "$$\\begin{split}\n"
    "p(y,\\lambda) &= p(y|\\lambda) \\, p(\\lambda) \\\\\n"
    "&= \\frac{b^a}{\\Gamma(a)} \\lambda^{a-1} e^{-b\\lambda} "
    "\\prod_{i=1}^n \\frac{\\lambda^{y_i} e^{-\\lambda}}{y_i!}\n"
    "\\end{split}$$\n\n"
    "Collecting the powers of $\\lambda$:\n\n"
)
RESTATED = (
    "p(y,\\lambda) = \\frac{b^a}{\\Gamma(a)} \\lambda^{a - 1 + \\sum_{i=1}^n y_i} "
    "e^{-(b + n)\\lambda} \\prod_{i=1}^n \\frac{1}{y_i!}"
)
SLIP = (
    "p(y,\\lambda) = \\frac{b^a}{\\Gamma(a)} \\lambda^{a - 1 + \\sum_{i=1}^n y_i} "
    "e^{-(b + n\\lambda)} \\prod_{i=1}^n \\frac{1}{y_i!}"
)


def _post(last: str, joint: str = JOINT) -> str:
    return LIKELIHOOD + joint + f"$$ {last} $$\n"


def test_a_restated_joint_is_compared_with_the_product_rule_row(tmp_path: Path):
    assert verdict_of_row(tmp_path, _post(RESTATED), RESTATED) == "proved"


def test_a_slip_in_the_restated_joint_is_refuted(tmp_path: Path):
    assert verdict_of_row(tmp_path, _post(SLIP), SLIP) == "refuted"


def test_the_product_rule_row_is_proved_as_a_law(tmp_path: Path):
    # it defines the joint, and is true whatever the densities (the product rule)
    row = "p(y,\\lambda) &= p(y|\\lambda) \\, p(\\lambda)"
    assert verdict_of_row(tmp_path, _post(RESTATED), row) == "proved"


def test_the_conditional_keeps_its_own_value_after_the_joint(tmp_path: Path):
    row = "p(y|\\lambda) = \\prod_{i=1}^n \\frac{\\lambda^{y_i}}{y_i!} e^{-\\lambda}"
    body = _post(RESTATED) + "\nand once more the likelihood\n\n" + f"$$ {row} $$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"


def test_a_product_with_the_wrong_marginal_defines_no_joint(tmp_path: Path):
    wrong = JOINT.replace("p(y|\\lambda) \\, p(\\lambda)", "p(y|\\lambda) \\, p(y)")
    verdict = verdict_of_row(tmp_path, _post(RESTATED, wrong), RESTATED)
    assert verdict not in ("proved", "refuted")
    row = "p(y,\\lambda) &= p(y|\\lambda) \\, p(y)"
    assert verdict_of_row(tmp_path, _post(RESTATED, wrong), row) not in ("proved", "given")
