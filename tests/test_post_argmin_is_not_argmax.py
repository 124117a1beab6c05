"""An arg min is not an arg max, and an arg max's scope is what TeX gives it.

The reader read every spelling of an arg min (``\\arg\\min``, ``argmin``, ``\\underset{\\theta}
{\\arg\\min}``, ``\\operatorname{arg\\,min}``, ``\\operatorname*{argmin}``) as an arg max, so
"argmax unchanged by the logarithm" PROVED ``\\arg\\max_\\theta L = \\arg\\min_\\theta \\log L``,
which is false: the log moves neither optimum, but it does not turn one into the other.

An arg min is the arg max of the negation (``argmin_t f = argmax_t (-f)``), which keeps the
true rows provable: ``argmin_t (-\\log L) = argmax_t L``.

The body of an arg max runs over the product that follows it, a leading minus included, as
a sum's body does: ``\\arg\\max_\\theta -\\frac{1}{2} \\theta^2`` was unparsed ("unexpected
'-'"), and ``\\arg\\max_\\theta p(x|\\theta) p(\\theta)`` was read as ``p(\\theta)`` times the arg
max of the first factor.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tosympy import ArgMax

PROSE = "The likelihood $L(\\theta)$ is positive.\n\n"

MIN_SPELLINGS = [
    r"\arg\min_\theta",
    r"\arg\,\min_\theta",
    r"\argmin_\theta",
    r"argmin_\theta",
    r"\underset{\theta}{\arg\min}",
    r"\operatorname{arg\,min}_\theta",
    r"\operatorname*{argmin}_\theta",
]
MAX = r"\arg\max_\theta"


def _row(tmp_path, row: str):
    p = tmp_path / "p.md"
    p.write_text(PROSE + f"$${row}$$\n", encoding="utf-8")
    (result,) = check_post(p, jobs=1).rows
    return result


@pytest.mark.parametrize("argmin", MIN_SPELLINGS)
def test_an_arg_max_equated_with_an_arg_min_of_the_log_is_never_proved(tmp_path, argmin):
    for row in (
        rf"{MAX} L(\theta) = {argmin} \log L(\theta)",
        rf"{argmin} L(\theta) = {MAX} \log L(\theta)",
    ):
        assert _row(tmp_path, row).verdict != "proved", row


@pytest.mark.parametrize("argmin", MIN_SPELLINGS)
def test_the_log_leaves_an_arg_min_where_it_is(tmp_path, argmin):
    assert _row(tmp_path, rf"{argmin} L(\theta) = {argmin} \log L(\theta)").verdict == "proved"


def test_an_arg_min_of_the_negated_log_is_the_arg_max(tmp_path):
    row = rf"{MAX} L(\theta) = \arg\min_\theta \left(-\log L(\theta)\right)"
    assert _row(tmp_path, row).verdict == "proved"


@pytest.mark.parametrize(
    "text",
    [
        r"\arg\max_\theta -\frac{1}{2} \theta^2",
        r"\arg\min_{\beta} -\ln L(\beta)",
        r"\arg\max_\theta \; -\sum_i (x_i - \theta)^2",
    ],
)
def test_a_leading_minus_is_part_of_the_body(text):
    e, _ = parse_expression(text)
    assert isinstance(e, ArgMax), e


def test_the_body_is_the_whole_product_that_follows():
    e, _ = parse_expression(r"\arg\max_\theta p(x|\theta) p(\theta)")
    assert isinstance(e, ArgMax), e
    body, var = e.args
    assert body.is_Mul and len(body.args) == 2 and str(var) == "theta", body


def test_a_sum_after_the_body_stays_outside():
    e, _ = parse_expression(r"\arg\max_\theta L(\theta) + c")
    assert not isinstance(e, ArgMax) and any(isinstance(a, ArgMax) for a in e.args), e
