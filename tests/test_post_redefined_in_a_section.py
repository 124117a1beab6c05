"""A name defined anew in a later section ends its old value, even when the new definition
cannot be read (held-out batch 16, the GLM case studies post: line 112, ``\\log f(y;
\\lambda)`` of the exponential law, was compared with the Poisson's ``\\log f`` of line 91
because the exponential ``f`` by cases on line 107 could not be read; line 163, ``\\log f(y;
n, p)`` of the binomial, was compared with the exponential's after ``f(y; n, p)`` was
defined on line 158). The rows after an unread redefinition are unchecked, naming it; after
a readable one they are compared with the new value."""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of, verdict_of_row

POSTS = Path(__file__).resolve().parent / "posts" / "incoming"
GLM = POSTS / "external16" / "felixclark-glm-case-studies-gamma-negbin-invgauss-kramdown.md"

_POISSON = (
    "### Poisson\n\n$$f(y; \\lambda) = \\frac{\\lambda^y e^{-\\lambda}}{y!}$$\n\nor\n\n"
    "$$\\log f(y; \\lambda) = y \\log \\lambda - \\lambda - \\log(y!)$$\n\n"
)
_BINOMIAL = (
    _POISSON + "### Binomial\n\n$$f(y; n, p) = \\binom{n}{y} p^y (1-p)^{n-y}$$\n\nor\n\n$$ROW$$\n"
)
#: An indicator the reader does not read: two events joined by a comma in its braces (one
#: sign, ``\\mathbb{1}\\{y \\geq 0\\}``, is read since lead19, and a chain of two,
#: ``\\mathbb{1}\\{0 \\leq y \\leq \\infty\\}``, since parse62).
_UNREAD = "\\lambda e^{-\\lambda y} \\; \\mathbb{1}\\{0 \\leq y, y \\leq \\infty\\}"
_EXPONENTIAL = (
    _POISSON + "### Exponential\n\n$$f(y; \\lambda) = " + _UNREAD + "$$\n\nand\n\n"
    "$$\\log f(y; \\lambda) = LOG$$\n\nso\n\n$$ROW$$\n"
)
_LOG_EXP = "-\\lambda y + \\log \\lambda"


def test_the_glm_rows_are_not_refuted():
    rows = rows_of(GLM)
    assert rows[107].verdict == "unparsed"  # the premise of the case
    assert rows[112].verdict != "refuted"
    assert rows[163].verdict != "refuted"


def test_the_unread_redefinition_is_named():
    assert "could not be read" in rows_of(GLM)[112].reason


def test_log_of_a_name_defined_at_other_arguments_is_compared_with_its_new_value(tmp_path):
    ok = "\\log f(y; n, p) = y \\log p + (n-y) \\log(1-p) + \\log \\binom{n}{y}"
    assert verdict_of_row(tmp_path, _BINOMIAL.replace("ROW", ok), ok) != "refuted"
    wrong = "\\log f(y; n, p) = y \\log p + (n-y) \\log(1+p) + \\log \\binom{n}{y}"
    assert verdict_of_row(tmp_path, _BINOMIAL.replace("ROW", wrong), wrong) == "refuted"


def test_after_an_unread_redefinition_the_old_value_is_not_used(tmp_path):
    row = "\\frac{\\partial}{\\partial \\lambda} \\log f(y; \\lambda) = -y + \\frac{1}{\\lambda}"
    body = _EXPONENTIAL.replace("LOG", _LOG_EXP).replace("ROW", row)
    log_row = "\\log f(y; \\lambda) = " + _LOG_EXP
    assert verdict_of_row(tmp_path, body, log_row) == "unchecked"
    assert verdict_of_row(tmp_path, body, row) == "proved"  # from the new value


def test_a_wrong_row_after_an_unread_redefinition_is_not_proved(tmp_path):
    row = "\\frac{\\partial}{\\partial \\lambda} \\log f(y; \\lambda) = -y + \\frac{1}{\\lambda}"
    wrong_log = "-\\lambda y + 2 \\log \\lambda"
    body = _EXPONENTIAL.replace("LOG", wrong_log).replace("ROW", row)
    assert verdict_of_row(tmp_path, body, "\\log f(y; \\lambda) = " + wrong_log) != "proved"
    wrong = "\\frac{\\partial}{\\partial \\lambda} \\log f(y; \\lambda) = -y + \\frac{2}{\\lambda}"
    body = _EXPONENTIAL.replace("LOG", _LOG_EXP).replace("ROW", wrong)
    assert verdict_of_row(tmp_path, body, wrong) == "refuted"


def test_a_restatement_in_the_same_section_is_still_compared(tmp_path):
    """No redefinition: ``\\log f`` restated wrongly right after the Poisson's is refuted."""
    wrong = "\\log f(y; \\lambda) = y \\log \\lambda + \\lambda - \\log(y!)"
    body = _POISSON + "Again\n\n$$" + wrong + "$$\n"
    assert verdict_of_row(tmp_path, body, wrong) == "refuted"
