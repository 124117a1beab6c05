"""A quantity with no value the engine can compare, restated with a new value (prove57).

``P(Y = 1 | data) = B(a + s + 1, b + f)/B(a + s, b + f)`` and, rows later under the same
heading, ``P(Y = 1 | data) = (a + s)/(a + s + b + f)``: the probability has no value the
reader can work out, so both rows were "unrelated". The second row only rewrites the value the
first gave the same quantity (written the same way): it is the link ``R1 = R2`` of the chain
``P = R1 = R2`` split over two rows, and is proved as that link would be. A value that differs
is never refuted (the quantity may be meant under another condition the words state), and the
heading bounds the look back: another part may speak of another quantity of that name.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import first_verdicts

REPRO = (
    Path(__file__).parent
    / "posts/incoming/repro43/probability-restated-with-a-new-value-unrelated.md"
)


def _post(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "post.md"
    path.write_text(text, "utf-8")
    return path


def test_the_restated_probability_is_proved_against_the_row_above():
    got = first_verdicts(REPRO)
    assert got[10] == "unrelated", got  # nothing gives P a value
    assert got[18] == "proved", got
    assert got[22] == "proved", got
    assert got[26] not in ("proved", "refuted"), got  # a wrong value: a difference only


def test_an_expectation_restated_is_proved_and_a_slip_is_not(tmp_path):
    text = (
        "Let $a, b > 0$.\n\n"
        "$$\\mathbb{E}[p \\mid x] = \\frac{2a}{2a + 2b}$$\n\n"
        "so\n\n"
        "$$\\mathbb{E}[p \\mid x] = \\frac{a}{a + b}$$\n\n"
        "and\n\n"
        "$$\\mathbb{E}[p \\mid x] = \\frac{a}{a + 2b}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[7] == "proved", got
    assert got[11] not in ("proved", "refuted"), got


def test_another_heading_is_another_quantity(tmp_path):
    text = (
        "Let $a, b > 0$.\n\n## Case 1\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b}$$\n\n## Case 2\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{2a}{2a + 2b}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[9] not in ("proved", "refuted"), got


def test_another_left_side_is_not_compared(tmp_path):
    text = (
        "Let $a, b > 0$.\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b}$$\n\n"
        "$$P(Y = 0 \\mid D) = \\frac{a}{a + b}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[5] not in ("proved", "refuted"), got


def test_a_bold_case_label_between_the_rows_opens_another_part(tmp_path):
    """ "**Case 2:**" on a paragraph of its own between the rows: the quantity written there
    may be the second case's, even when the row itself carries no label."""
    text = (
        "Let $a, b > 0$.\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b}$$\n\n"
        "**Case 2:** the other prior.\n\n"
        "Then we have\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{2a}{2a + 2b}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[9] not in ("proved", "refuted"), got


def test_a_numbered_example_between_the_rows_opens_another_part(tmp_path):
    text = (
        "Let $a, b > 0$.\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{a}{a + b}$$\n\n"
        "Example 2: take another coin.\n\n"
        "$$P(Y = 1 \\mid D) = \\frac{2a}{2a + 2b}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[7] not in ("proved", "refuted"), got


def test_a_law_declared_between_the_rows_is_another_model(tmp_path):
    """The second row copies the Poisson value after the post declares a binomial law: the
    quantity is the new model's, which the value above does not give."""
    text = (
        "Let $\\lambda > 0$.\n\n"
        "$$P(Y = 1 \\mid D) = \\lambda e^{-\\lambda}$$\n\n"
        "Now let $D \\sim \\mathrm{Bin}(n, p)$.\n\n"
        "$$P(Y = 1 \\mid D) = \\lambda e^{-\\lambda}$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[7] not in ("proved", "refuted"), got
