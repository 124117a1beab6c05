"""A recurrence is how a sequence arises, not a value of its term (held-out batch 53).

Course notes on AR(1) models (external53, Ramirez) write the model ``x_t = \\alpha x_{t-1} +
w_t`` (line 17) and later, with the backshift operator B, ``(1-\\alpha \\mathbf{B}) x_t = w_t
\\implies x_t = (1-\\alpha \\mathbf{B})^{-1} w_t`` (lines 40-41). The model was read as the
definition of ``x_t``, and line 41, compared with it as a restatement of x_t (x_{t-1} and B
independent numbers), was refuted. An equation whose right side holds the left side's own
sequence at another index (``x_{t-1}`` beside ``x_t``) is a recurrence: a premise of the
model, taken as given, that gives the term no value.

Properties: the operator form after the recurrence is not refuted and the recurrence is
taken as given; the same notes with the model written in another sequence (``x_t = \\alpha
v_{t-1} + w_t``, a definition of x_t by other letters) still give x_t that value, and the
operator form is still refuted against it.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, first_verdicts

_NOTES = (
    Path(__file__).parent
    / "posts/incoming/external53/ramirez-ar1-second-order-properties-autocovariance-proof.md"
)


def test_the_operator_form_after_the_recurrence_is_not_refuted():
    verdicts = first_verdicts(_NOTES)
    assert verdicts[17] == "given"
    assert verdicts[41] not in ("refuted", "rule-mismatch")


def test_a_definition_by_another_sequence_still_gives_the_value(tmp_path):
    copy = edited_copy(
        tmp_path,
        _NOTES,
        "x_t = \\alpha x_{t-1} + w_t\n$$ where",
        "x_t = \\alpha v_{t-1} + w_t\n$$ where",
    )
    assert first_verdicts(copy)[41] == "refuted"


def test_an_implication_in_the_same_display_solves_the_recurrence(tmp_path):
    """external10 ircairns line 17: ``Y_N = \\theta Y_{N-1} + \\epsilon_N \\implies \\epsilon_N =
    Y_N - \\theta Y_{N-1}`` stays proved (the recurrence is the equation the arrow solves)."""
    from tests._post_rows import display_rows

    rows = display_rows(
        tmp_path,
        "Y_N = \\theta Y_{N-1} + \\epsilon_N \\implies \\epsilon_N = Y_N - \\theta Y_{N-1}",
    )
    assert rows[5].verdict == "proved"
