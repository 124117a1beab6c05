"""catch60: a row that goes on from a bound whose value side was proved.

``\\text{Var}[s(X)] \\geq \\frac{(g'(\\theta))^2}{I_x(\\theta)} = \\frac{\\theta e^{-2\\theta}}{n}``
(held-out external9 statsclick line 33): the first side has no value, so the bound is
unrelated, but the link after it (``(g')^2/I = \\theta e^{-2\\theta}/n``) is proved, and the
row's last side is the line the next row continues (._after_bound). The next row, ``=
\\frac{\\theta e^{2\\theta}}{n}`` (line 35, the sign of the exponent lost), disagrees with that
proved side; it was left "unchecked: disagrees with line 33, which is itself unrelated". What
is unrelated there is the bound, not the value compared: the row is refuted, as after a
proved row. A row that follows that side stays proved, and a row after a bound whose value
link is not proved stays unchecked.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, first_verdicts, verdict_of_row

HELD = Path(__file__).parent / "posts" / "incoming"
STATSCLICK = HELD / "external9" / "statsclick-poisson-crlb-functions-blog.md"


def test_the_real_row_is_refuted_and_its_correct_twin_is_not(tmp_path: Path) -> None:
    assert first_verdicts(STATSCLICK)[35] == "refuted"
    twin = edited_copy(
        tmp_path,
        STATSCLICK,
        r"\[ = \frac{\theta e^{2\theta}}{n} \]",
        r"\[ = \theta e^{-2\theta}/n \]",
    )
    assert first_verdicts(twin)[35] == "proved"


BODY = "\nLet $I(\\lambda) = 1/\\lambda$.\n\n$$\\operatorname{Var}(\\hat\\lambda) \\ge {bound}$$\n\n$$= {next}$$\n"


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
