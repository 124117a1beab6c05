"""``E_{z \\sim q}[...]``: an expectation whose subscript names the variable drawn
(session 37, READ6). The reader refused it ("relation sign \\sim inside an expression",
seven rows of an ELBO post); it is read as ``E_q[...]``, the subscript the distribution.
Each reading is checked with a correct row (not refuted) and a wrong twin (not proved).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression

POST = (
    "Let $x$ be a random variable with density $p$.\n\n"
    "$$\n\\begin{{align}}\n"
    "m &= \\mathbb{{E}}_{{x \\sim p}}\\left[2 x^2 + 3 x\\right] \\\\\n"
    "&= {row}\n"
    "\\end{{align}}\n$$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "2 \\mathbb{E}_{x \\sim p}[x^2] + 3 \\mathbb{E}_{x \\sim p}[x]",
        "\\mathbb{E}_{x \\sim p}[2x^2] + \\mathbb{E}_{x \\sim p}[3x]",
    ],
)
def test_linearity_under_a_drawn_variable_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, POST.format(row=row), row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "3 \\mathbb{E}_{x \\sim p}[x^2] + 3 \\mathbb{E}_{x \\sim p}[x]",
        "2 \\mathbb{E}_{x \\sim p}[x^2] + 3 \\mathbb{E}_{x \\sim p}[x^2]",
    ],
)
def test_the_wrong_twin_is_not_proved(tmp_path, row):
    verdict = verdict_of_row(tmp_path, POST.format(row=row), row)
    assert verdict not in ("proved", "given", "unparsed"), verdict


def test_the_subscript_is_the_distribution():
    drawn = parse_expression("\\mathbb{E}_{x \\sim p}[x^2]")[0]
    named = parse_expression("\\mathbb{E}_{p}[x^2]")[0]
    other = parse_expression("\\mathbb{E}_{q}[x^2]")[0]
    assert drawn == named and drawn != other


@pytest.mark.parametrize(
    "latex",
    [
        "E_{z \\sim q \\sim r}[z]",  # two signs
        "E_{\\mathbf{z} \\sim q}[z]",  # the variable is not a plain letter
        "E_{z \\sim}[z]",  # nothing drawn from
    ],
)
def test_other_subscripts_with_sim_stay_unparsed(latex):
    with pytest.raises(ValueError):
        parse_expression(latex)
