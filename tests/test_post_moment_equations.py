"""Moment equations: a quantity of the data equated with the model's is a premise.

A method-of-moments answer writes the system ybar_1 = alpha beta, ybar_2 = alpha^2
beta^2 + alpha beta^2 = alpha (alpha + 1) beta^2 and solves it. Each equation was
checked as an identity in alpha and beta and left "not an identity"; the second
link of the second equation (pure algebra) was never proved, and the results after
it had nothing to continue (held-out repro3 mse-gamma-mome-system-imathworks).
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro3"
POST = REPRO / "mse-gamma-mome-system-imathworks.md"


def _rows(tmp_path, text=None):
    path = POST
    if text is not None:
        path = tmp_path / "post.md"
        path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def test_the_system_is_given_and_its_algebra_proved(tmp_path):
    rows = _rows(tmp_path)
    assert rows[37].verdict == "given", rows[37]
    assert "estimating equation" in rows[37].how
    assert rows[38].verdict == "proved", rows[38]
    # the result eliminates beta with the other equation: never refuted
    assert rows[39].verdict != "refuted", rows[39]


def test_a_wrong_rewrite_inside_the_system_is_refuted(tmp_path):
    text = POST.read_text(encoding="utf-8")
    wrong = text.replace("= \\alpha (\\alpha + 1) \\beta^2", "= \\alpha (\\alpha + 2) \\beta^2")
    assert wrong != text
    assert _rows(tmp_path, wrong)[38].verdict == "refuted"
