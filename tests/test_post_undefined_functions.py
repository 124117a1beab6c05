"""A derivative of a line holding an undefined function that does not depend on the
variable (ln I_0(kappa) under d/dmu) is compared, not "given".

Found on a new corpus post (statproofbook-vonmises-mle line 70): the sign-wrong
derivative was "given: I_0(...) is not defined in the post", and the post passed.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

REPRO = Path(__file__).resolve().parent / "posts" / "incoming" / "repro2"
NAME = "undefined-function-wrong-derivative-given.md"
WRONG = r"= - \kappa \sum_{i=1}^n \sin(y_i-\mu)"


def _verdicts(path: Path) -> dict[int, str]:
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


def test_the_wrong_derivative_is_refuted_and_the_post_fails():
    got = _verdicts(REPRO / NAME)
    assert got[15] == "refuted"


def test_the_correct_derivative_is_proved(tmp_path):
    text = (REPRO / NAME).read_text(encoding="utf-8")
    assert WRONG in text
    p = tmp_path / NAME
    p.write_text(text.replace(WRONG, r"= \kappa \sum_{i=1}^n \sin(y_i-\mu)"), encoding="utf-8")
    assert _verdicts(p)[15] == "proved"


def test_a_derivative_by_the_functions_own_argument(tmp_path):
    # d/dkappa of -n ln I_0(kappa) needs I_0'. I_0, which the post does not define, is
    # read as the modified Bessel function (derivations/post/_special.py), whose
    # derivative is I_1: -n/I_0 is wrong, -n I_1/I_0 right. (Before that table I_0 had
    # no value and the row was left unchecked.)
    text = (REPRO / NAME).read_text(encoding="utf-8")
    text = text.replace(r"{\mathrm{d}\mu}", r"{\mathrm{d}\kappa}")
    p = tmp_path / NAME
    p.write_text(
        text.replace(WRONG, r"= - n \frac{1}{I_0(\kappa)} + \sum_{i=1}^n \cos(y_i-\mu)"),
        encoding="utf-8",
    )
    assert _verdicts(p)[15] == "refuted"
    p.write_text(
        text.replace(WRONG, r"= - n \frac{I_1(\kappa)}{I_0(\kappa)} + \sum_{i=1}^n \cos(y_i-\mu)"),
        encoding="utf-8",
    )
    assert _verdicts(p)[15] == "proved"
