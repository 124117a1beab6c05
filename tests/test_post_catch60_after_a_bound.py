"""catch60: a row that goes on from a bound whose value side was proved.

The case of held-out external9 statsclick, line 33: ``\\text{Var}[s(X)] \\geq
\\frac{(g'(\\theta))^2}{I_x(\\theta)} = \\frac{\\theta e^{-2\\theta}}{n}``: the first side has
no value, so the bound is unrelated, but the link after it (``(g')^2/I = \\theta
e^{-2\\theta}/n``) is proved, and the row's last side is the line the next row continues
(._after_bound). The next row, ``= \\frac{\\theta e^{2\\theta}}{n}`` (line 35, the sign of the
exponent lost), disagrees with that proved side; it was left "unchecked: disagrees with line
33, which is itself unrelated". What is unrelated there is the bound, not the value compared:
the row is refuted, as after a proved row. A row that follows that side stays proved, and a row
after a bound whose value link is not proved stays unchecked. (statsclick itself is not
reached: its line 33's value link is unrelated too, since ``I_x`` takes its value from the
refuted line 27 and ``g`` from a heading; the rows below are the same situation with a value
the reader has.)
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import verdict_of_row

BODY = (
    "\nLet $\\lambda > 0$ and $I(\\lambda) = 1/\\lambda$.\n\n"
    "$$\\operatorname{Var}(\\hat\\lambda) \\ge {bound}$$\n\n$$= {next}$$\n"
)


def _post(bound: str, nxt: str) -> str:
    return BODY.replace("{bound}", bound).replace("{next}", nxt)


def test_after_a_proved_value_side_a_wrong_row_is_refuted(tmp_path: Path) -> None:
    bound = r"\frac{1}{n I(\lambda)} = \frac{\lambda}{n}"
    assert verdict_of_row(tmp_path, _post(bound, r"\frac{2\lambda}{n}"), "= \\frac{2") == "refuted"
    assert verdict_of_row(tmp_path, _post(bound, r"\lambda / n"), "= \\lambda / n") == "proved"


def test_after_a_value_side_that_is_not_proved_nothing_is_refuted(tmp_path: Path) -> None:
    # J has no value: the value side is not established, the row after it cannot say
    # which of the two is wrong
    bound = r"\frac{1}{n J(\lambda)} = \frac{\lambda}{n}"
    verdict = verdict_of_row(tmp_path, _post(bound, r"\frac{2\lambda}{n}"), "= \\frac{2")
    assert verdict != "refuted"
