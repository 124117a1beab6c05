"""What the prose states of every element of a sample (``\\sigma_i < 0`` for every i) holds for
an element the rows write with a numeral (``\\sigma_1``, ``\\sigma_{12}``), as for one written
with a letter (``\\sigma_m``).

Adversarial set 26 (written blind against 0cfc1da), pair 71: after "Let $\\sigma_1, \\dots,
\\sigma_n$ be real numbers with $\\sigma_i < 0$ for every $i$", ``\\sqrt{\\sigma_1^2} =
-\\sigma_1`` was refuted at sigma_1 = 0.03: sigma is the variance's letter, so ``\\sigma_1``
is not read as an element of a sample but as a scalar name, and the statement of every element
reached such a name only when its subscript was one letter (attack33's ``\\sigma_m``).

Properties: a row true under the statement is never refuted, a row false under it never
proved; with nothing stated, ``\\sigma_1`` keeps its reading (a real number).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = r"Let $\sigma_1, \dots, \sigma_n$ be real numbers with $\sigma_i < 0$ for every $i$."


def _verdict(tmp_path, prose: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row)


@pytest.mark.parametrize("name", [r"\sigma_1", r"\sigma_{2}", r"\sigma_{12}"])
def test_the_statement_reaches_a_numbered_element(tmp_path, name):
    assert _verdict(tmp_path, PROSE, rf"\sqrt{{{name}^2}} = -{name}") != "refuted"
    assert _verdict(tmp_path, PROSE, rf"\sqrt{{{name}^2}} = {name}") != "proved"


def test_a_positive_statement_reaches_it_too(tmp_path):
    prose = r"Let $\sigma_i > 0$ for every $i$."
    assert _verdict(tmp_path, prose, r"\sqrt{\sigma_1^2} = -\sigma_1") != "proved"
    assert _verdict(tmp_path, prose, r"\sqrt{\sigma_1^2} = \sigma_1") != "refuted"


def test_unstated_it_is_a_real_number(tmp_path):
    assert _verdict(tmp_path, "Then", r"\sqrt{\sigma_1^2} = \sigma_1") != "proved"
    assert _verdict(tmp_path, "Then", r"\sqrt{\sigma_1^2} = |\sigma_1|") == "proved"
