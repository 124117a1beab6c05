"""A display that only states a substitution (``du = \\frac{2}{t^2 + \\nu} dw``, or ``u = x^2,
du = 2x\\, dx`` after "Substitute:") is not the row the next one continues: the row after it
that opens with ``=`` goes on from the integral before the substitution (held-out batch 16,
the Student-t post, line 163: compared with ``d \\cdot u`` and refuted). The differential is
checked itself, as a derivative (``du = 2x\\,dx`` after ``u = x^2``), never as a product
``d \\cdot u``."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of, verdict_of_row

POSTS = Path(__file__).resolve().parent / "posts" / "incoming"
STUDENT = POSTS / "external16" / "github-notes-student-t-pdf-ratio-density-constant-slips.md"
ROW_163 = (
    r"= \frac{\alpha}{2} \frac{2}{t^2 + \nu} \left( \frac{2}{t^2 + \nu} \right)"
    r"^{\frac{\nu+1}{2} - 1} \int_{0}^{\infty} w^{\frac{\nu+1}{2} - 1} e^{-w} \, dw"
)

_POST = (
    "Let\n\n$$F = \\int_0^{\\infty} 2 x e^{-x^2} \\, dx$$\n\nSubstitute:\n\n$$SUB$$\n\n$$ROW$$\n"
)


def _verdict(tmp_path: Path, sub: str, row: str, which: str = "ROW") -> str:
    body = _POST.replace("SUB", sub).replace("ROW", row)
    return verdict_of_row(tmp_path, body, sub if which == "SUB" else row)


def test_the_student_t_row_after_the_substitution_is_not_refuted():
    rows = rows_of(STUDENT)
    assert rows[163].verdict != "refuted"
    assert rows[159].verdict != "refuted"  # du = 2/(t^2 + nu) dw itself


@pytest.mark.parametrize(
    "old, new",
    [
        (r"\frac{\alpha}{2} \frac{2}{t^2", r"\frac{\alpha}{2} \frac{1}{t^2"),  # a factor
        (r"\right)^{\frac{\nu+1}{2} - 1} \int", r"\right)^{\frac{\nu+1}{2}} \int"),  # a power
        (r"e^{-w} \, dw", r"e^{-2w} \, dw"),  # the integrand
    ],
)
def test_a_wrong_row_after_the_substitution_is_not_proved(tmp_path, old, new):
    copy = edited_copy(tmp_path, STUDENT, ROW_163, ROW_163.replace(old, new))
    assert rows_of(copy)[163].verdict != "proved"


def test_a_correct_row_after_a_substitution_is_not_refuted(tmp_path):
    sub = "u = x^2, \\quad du = 2x \\, dx"
    assert _verdict(tmp_path, sub, "= \\int_0^{\\infty} e^{-u} \\, du") != "refuted"


def test_a_wrong_row_after_a_substitution_is_not_proved(tmp_path):
    sub = "u = x^2, \\quad du = 2x \\, dx"
    assert _verdict(tmp_path, sub, "= \\int_0^{\\infty} 2 e^{-u} \\, du") != "proved"


def test_a_correct_differential_is_not_refuted(tmp_path):
    for sub in ("u = x^2, \\quad du = 2x \\, dx", "u = x^2, \\quad dx = \\frac{du}{2x}"):
        assert _verdict(tmp_path, sub, "= \\int_0^{\\infty} e^{-u} \\, du", "SUB") != "refuted"


@pytest.mark.parametrize(
    "sub",
    [
        "u = x^2, \\quad du = x \\, dx",  # the factor 2 lost
        "u = x^2, \\quad du = 2 \\, dx",  # the x lost
        "u = x^3, \\quad du = 2x \\, dx",  # the power
    ],
)
def test_a_wrong_differential_is_not_proved(tmp_path, sub):
    assert _verdict(tmp_path, sub, "= \\int_0^{\\infty} e^{-u} \\, du", "SUB") != "proved"


def test_a_differential_is_no_product(tmp_path):
    """``du = x\\, dw`` after ``u = x w`` and ``w = x``: as products ``d u = x d w`` holds
    (both are ``d x^2``), but ``du = 2x\\,dx``: the row is not proved."""
    body = "Let\n\n$$w = x$$\n\nand\n\n$$u = x w$$\n\nThen\n\n$$du = x \\, dw$$\n"
    assert verdict_of_row(tmp_path, body, "du = x \\, dw") != "proved"


def test_a_row_going_on_from_a_differential_is_not_refuted(tmp_path):
    """``dy = 2x\\, dx`` then ``= 2\\sqrt{y}\\, dx``: the author goes on from the
    differential, not from the line before it; compared with that line, no refutation."""
    body = "We have\n\n$$y = x^2$$\n\n$$dy = 2x \\, dx$$\n\n$$= 2\\sqrt{y} \\, dx$$\n"
    assert verdict_of_row(tmp_path, body, "= 2\\sqrt{y} \\, dx") != "refuted"


def test_a_definition_without_the_word_is_still_continued(tmp_path):
    """``S = x + x`` then ``= 2x``: a display that gives a letter a value, with no
    substitution named in the prose, is still the row the next one continues."""
    body = "Let\n\n$$S = x + x$$\n\n$$= 3x$$\n"
    assert verdict_of_row(tmp_path, body, "= 3x") == "refuted"
    body = "Let\n\n$$S = x + x$$\n\n$$= 2x$$\n"
    assert verdict_of_row(tmp_path, body, "= 2x") == "proved"
