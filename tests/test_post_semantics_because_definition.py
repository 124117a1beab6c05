"""A name given its value by a ``\\because`` premise inside a chain (``\\because \\sigma(z)
&= \\frac{1}{1 + e^{-z}}``): the premise is not a step of the chain, but the rows after it
that use the name are compared with that value, as after an inline formula in the prose.
``\\sigma(z) = p = \\ldots``: a name written between the two is an alias, the value is the
formula."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row


def _post(premise: str, last: str) -> str:
    return (
        "For one example,\n\n"
        "$$\n\\begin{align*}\n"
        "\\frac{d}{dz}\\ln(1 + e^{-z}) &= \\frac{-e^{-z}}{1 + e^{-z}} \\\\\n"
        f"\\because {premise} \\\\\n"
        "&= -\\frac{1}{e^{z} + 1} \\\\\n"
        "&= -(1 - \\sigma(z)) \\\\\n"
        f"&= {last}\n"
        "\\end{align*}\n$$\n"
    )


PREMISES = [
    "\\sigma(z) &= \\frac{1}{1 + e^{-z}}",
    "\\sigma(z) &= p = \\frac{1}{1 + e^{-z}}",
]


@pytest.mark.parametrize("premise", PREMISES)
def test_a_row_using_the_name_is_compared_with_the_premise(tmp_path: Path, premise: str):
    body = _post(premise, "\\sigma(z) - 1")
    assert verdict_of_row(tmp_path, body, "&= -(1 - \\sigma(z))") == "proved"
    assert verdict_of_row(tmp_path, body, "&= \\sigma(z) - 1") == "proved"


@pytest.mark.parametrize("premise", PREMISES)
def test_a_slip_in_a_row_using_the_name_is_refuted(tmp_path: Path, premise: str):
    body = _post(premise, "1 - \\sigma(z)")
    assert verdict_of_row(tmp_path, body, "&= 1 - \\sigma(z)") == "refuted"


def test_a_premise_about_a_name_with_a_value_changes_nothing(tmp_path: Path):
    body = "Here $\\sigma(z) = \\frac{1}{1 + e^{-z}}$.\n\n" + _post(
        "\\sigma(z) &= \\frac{1}{1 + e^{z}}", "\\sigma(z) - 1"
    )
    assert verdict_of_row(tmp_path, body, "&= \\sigma(z) - 1") == "proved"
