"""The mean of the score and the Fisher information under a declared law (EXPECT5).

``E[\\partial_\\lambda \\log f(X)] = 0`` after ``X \\sim \\mathrm{Exp}(\\lambda)`` and its
density: the row was "unrelated" (the first side holds ``f``, a name the post defines, so it
was taken for a head, never compared by linearity), and ``E[1/\\lambda - X] = 0`` was "a
first-order condition; taken as given". A line whose expectations the declared law gives
values, identically 0, is proved equal to 0; one that is not identically 0 stays an equation
to solve (never refuted: "E[X] - 2 = 0" is solved for the parameter).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_EXP = (
    "Let $X \\sim \\text{Exp}(\\lambda)$ with density\n\n"
    "$$ f(x) = \\lambda e^{-\\lambda x} $$\n\nThen\n\n"
)


def _verdict(tmp_path, row: str, model: str = _EXP) -> tuple[str, str]:
    path = tmp_path / "post.md"
    text = f"---\ntitle: t\n---\n\n{model}$$ {row} $$\n"
    path.write_text(text, encoding="utf-8")
    line = text.count("\n")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[line]


SCORE = "\\frac{\\partial}{\\partial \\lambda} \\log f(X)"


@pytest.mark.parametrize(
    ("good", "wrong"),
    [
        (f"E\\left[{SCORE}\\right] = 0", f"E\\left[{SCORE}\\right] = \\frac{{1}}{{\\lambda}}"),
        (
            f"E\\left[\\left({SCORE}\\right)^2\\right] = \\frac{{1}}{{\\lambda^2}}",
            f"E\\left[\\left({SCORE}\\right)^2\\right] = \\frac{{1}}{{\\lambda}}",
        ),
        (
            f"\\operatorname{{Var}}\\left({SCORE}\\right) = \\frac{{1}}{{\\lambda^2}}",
            f"\\operatorname{{Var}}\\left({SCORE}\\right) = \\frac{{2}}{{\\lambda^2}}",
        ),
        (
            "E\\left[\\frac{1}{\\lambda} - X\\right] = 0",
            "E\\left[\\frac{1}{\\lambda} - X^2\\right] = 0",  # E[X^2] = 2/lambda^2
        ),
    ],
)
def test_the_score_under_the_declared_law(tmp_path, good, wrong):
    assert _verdict(tmp_path, good)[0] == "proved"
    assert _verdict(tmp_path, wrong)[0] not in ("proved", "plausible")


def test_an_estimating_equation_is_not_refuted(tmp_path):
    # E[X] - 2 = 0 is solved for lambda (lambda = 1/2), not an identity: never refuted
    assert _verdict(tmp_path, "E[X] - 2 = 0")[0] != "refuted"


def test_a_mean_zero_without_a_law_is_not_proved(tmp_path):
    # no law declared: E[1/lambda - X] = 0 is the post's equation, not a fact of a law
    model = "We set the mean of the score to zero:\n\n"
    assert _verdict(tmp_path, "E\\left[\\frac{1}{\\lambda} - X\\right] = 0", model)[0] != "proved"
