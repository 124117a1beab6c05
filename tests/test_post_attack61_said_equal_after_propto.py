"""A bare row said to simplify a line written with ``\\propto`` (adversarial33, 11).

After ``p(\\mu | x) \\propto e^{-\\frac{(x - \\mu)^2}{2}} e^{-\\frac{\\mu^2}{2}}``, "which
simplifies to: $e^{x\\mu - \\mu^2}$" continues the chain of proportionality (the factor
``e^{-x^2/2}``, free of ``\\mu``, dropped): it is right, and was refuted, compared as ``=
e^{x\\mu - \\mu^2}`` (catch60's reading of a bare row after "simplifies to"). A line of
proportionality rewritten is no equality: the bare row after it stays what it was before
catch60, a row that may be a new expression, never refuted as the line above rewritten. After
a line written with ``=`` the words still make the row that line rewritten.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_PROSE = "With one observation $x$ from $\\mathcal{N}(\\mu, 1)$ and the prior $\\mathcal{N}(0, 1)$,"
_ABOVE = r"p(\mu | x) REL e^{-\frac{(x - \mu)^2}{2}} e^{-\frac{\mu^2}{2}}"


def _body(rel: str, said: str, row: str) -> str:
    above = _ABOVE.replace("REL", rel)
    return f"\n{_PROSE}\n\n$${above}$$\n\n{said}\n\n$${row}$$\n"


@pytest.mark.parametrize("said", ["which simplifies to:", "Simplifies to:", "This reduces to:"])
def test_after_a_proportional_line_the_bare_row_is_not_refuted(tmp_path, said):
    right = r"e^{x\mu - \mu^2}"
    assert verdict_of_row(tmp_path, _body(r"\propto", said, right), right) != "refuted"
    wrong = r"e^{2x\mu - \mu^2}"
    assert verdict_of_row(tmp_path, _body(r"\propto", said, wrong), wrong) != "proved"


def test_after_an_equal_line_the_bare_row_is_the_line_rewritten(tmp_path):
    right = r"e^{-\frac{x^2}{2}} e^{x\mu - \mu^2}"
    wrong = r"e^{x\mu - \mu^2}"
    assert verdict_of_row(tmp_path, _body("=", "which simplifies to:", right), right) == "proved"
    assert verdict_of_row(tmp_path, _body("=", "which simplifies to:", wrong), wrong) == "refuted"
