"""The scope of ``\\prod_i \\exp[-\\lambda x_i] \\cdot \\frac{b^a}{\\Gamma(a)} ...`` is unclear
(batch 47).

StatProofBook's Poisson-with-exposures posterior (external47, line 64) resolves the joint
likelihood as ``\\prod \\frac{x_i^{y_i}}{y_i!} \\prod \\lambda^{y_i} \\prod \\exp[-\\lambda x_i]
\\cdot \\frac{b_0^{a_0}}{\\Gamma(a_0)} \\lambda^{a_0-1} \\exp[-b_0 \\lambda]``. The last product
was read over everything after it, the gamma prior taken n times, and the correct row refuted.
A product whose first factor is a fraction holding the index, followed by a fraction without
it, is already not read (is the second fraction inside the product or after it?); a call on the
index (``\\exp[-\\lambda x_i]``, ``f(x_i)``) closes its factor as that fraction does, so the
same doubt holds for it. Bracketed, the row is read and checked (a wrong one refuted).
"""

from __future__ import annotations

import pytest

from tests._post_rows import first_verdicts

_JOINT = (
    r"p(y, \lambda) = \left(\prod_{i=1}^n \frac{(\lambda x_i)^{y_i} \exp[-\lambda x_i]}{y_i!}"
    r"\right) \frac{b^a}{\Gamma(a)} \lambda^{a-1} \exp[-b \lambda]"
)
_PRIOR = r"\frac{b^a}{\Gamma(a)} \lambda^{a-1} \exp[-b \lambda]"


def _verdicts(tmp_path, last_product: str) -> dict[int, str]:
    row = (
        r"p(y, \lambda) = \prod_{i=1}^n \frac{ {x_i}^{y_i}}{y_i !} \prod_{i=1}^n \lambda^{y_i}"
        f" {last_product}"
    )
    path = tmp_path / "post.md"
    path.write_text(f"$${_JOINT}$$\n\n$${row}$$\n", "utf-8")
    return first_verdicts(path)


@pytest.mark.parametrize(
    "call",
    [r"\exp\left[-\lambda x_i\right]", r"\exp(-\lambda x_i)", r"e^{-\lambda x_i}"],
)
def test_a_product_of_a_call_then_the_prior_is_not_refuted(tmp_path, call):
    got = _verdicts(tmp_path, rf"\prod_{{i=1}}^n {call} \cdot {_PRIOR}")
    assert got[3] != "refuted", got


def test_with_the_scope_bracketed_the_row_is_read_and_not_refuted(tmp_path):
    got = _verdicts(tmp_path, rf"\left(\prod_{{i=1}}^n \exp[-\lambda x_i]\right) \cdot {_PRIOR}")
    assert got[3] in ("proved", "plausible"), got


def test_with_the_scope_bracketed_a_wrong_row_is_refuted(tmp_path):
    got = _verdicts(tmp_path, rf"\left(\prod_{{i=1}}^n \exp[-2\lambda x_i]\right) \cdot {_PRIOR}")
    assert got[3] == "refuted", got


def test_a_call_alone_under_the_product_is_still_read(tmp_path):
    # no factor after the call: nothing to doubt (the product of the calls)
    path = tmp_path / "post.md"
    path.write_text(
        "$$q = \\prod_{i=1}^n \\exp[-\\lambda x_i]$$\n\n"
        "$$q = \\exp\\left[-\\lambda \\sum_{i=1}^n x_i\\right]$$\n",
        "utf-8",
    )
    assert first_verdicts(path)[3] == "proved"
