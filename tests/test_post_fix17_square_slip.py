"""One ambiguous operator must not decide a post-wide reading (held-out batch 17).

``-\\frac{\\partial}{\\partial \\theta^2} \\log L`` (no power on top) is the common slip for the
second derivative. The reader took it as a sign that the post's parameter is ``theta^2`` and
read every ``theta`` of the post as ``sqrt(theta2)``: the score row became unparsed and the
correct observed information was refuted. A letter other than sigma becomes a squared
parameter only when the post treats its square as the parameter elsewhere (a function of
``\\theta^2``, ``\\partial(\\theta^2)``, ``(\\theta^2)^2``, an estimate ``\\hat{\\theta^2}``, or
the letter is never written bare); ``\\partial / \\partial \\sigma^2`` keeps working.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

POSTS = Path(__file__).parent / "posts"
REPRO = POSTS / "incoming/repro16/information-partial-over-partial-theta-squared-refuted.md"
HW = (
    POSTS
    / "incoming/external17/covuworie-jupyter-hardy-weinberg-trinomial-mle-score-information.md"
)
RAYLEIGH = POSTS / "external/rayleigh-stats-se-numerical-mle.md"

LOGL = (
    "\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log \\theta + n_2 \\log (1-\\theta) "
    "+ 2n_3 \\log (1-\\theta)"
)
INFO = "I(\\theta) = - \\frac{\\partial}{\\partial \\theta^2} \\log L(\\theta)"
RIGHT = "\\frac{2n_1 + n_2}{\\theta^2} + \\frac{n_2 + 2n_3}{(1-\\theta)^2}"
# the same shape, one sign flipped: not minus the second derivative
WRONG = "\\frac{2n_1 + n_2}{\\theta^2} - \\frac{n_2 + 2n_3}{(1-\\theta)^2}"
# minus the literal first derivative by theta^2: -S/(2 theta)
LITERAL = (
    "-\\frac{1}{2\\theta}\\left(\\frac{2n_1 + n_2}{\\theta} - \\frac{n_2 + 2n_3}{1-\\theta}\\right)"
)
SCORE = (
    "S(\\theta) = \\frac{\\partial}{\\partial \\theta} \\log L(\\theta) = "
    "\\frac{2n_1 + n_2}{\\theta} - \\frac{n_2 + 2n_3}{1-\\theta}"
)


def _rows(tmp_path, *displays):
    path = tmp_path / "post.md"
    body = "\n\nThen\n\n".join(f"$${d}$$" for d in displays)
    path.write_text(f"---\ntitle: t\n---\n\n{body}\n", encoding="utf-8")
    return check_post(path, jobs=1).rows


def _info_post(tmp_path, value, score=True):
    shown = [LOGL, *([SCORE] if score else []), f"{INFO} = {value}"]
    return _rows(tmp_path, *shown)


def test_the_reduction_is_not_refuted():
    rows = check_post(REPRO, jobs=1).rows
    assert all(r.verdict != "refuted" for r in rows), [(r.line, r.verdict) for r in rows]


def test_the_held_out_post_reads_theta_as_the_parameter():
    rows = {r.line: r for r in check_post(HW, jobs=1).rows}
    assert rows[42].verdict != "refuted", rows[42].reason
    # the score row is read with theta as itself, not sqrt(theta2)
    assert "theta^2" not in rows[31].reason and rows[31].verdict == "proved", rows[31].reason


@pytest.mark.parametrize("score", [True, False])
def test_correct_information_is_not_refuted_and_wrong_twin_not_proved(tmp_path, score):
    right = _info_post(tmp_path, RIGHT, score)
    wrong = _info_post(tmp_path, WRONG, score)
    literal = _info_post(tmp_path, LITERAL, score)
    assert right[-1].verdict != "refuted", right[-1].reason
    assert wrong[-1].verdict != "proved", wrong[-1].reason
    # the literal reading (derivative by theta^2) is as correct as the shorthand one could
    # be: under a doubtful reading neither is refuted
    assert literal[-1].verdict != "refuted", literal[-1].reason


def test_score_rows_keep_theta_when_the_slip_is_present(tmp_path):
    rows = _info_post(tmp_path, RIGHT)
    score = [
        r for r in rows if "S(" in r.text or r.text.startswith("\\frac{2n_1 + n_2}{\\theta} -")
    ]
    assert score and all(r.verdict != "unparsed" for r in score), [
        (r.verdict, r.reason) for r in score
    ]


def test_a_post_about_theta_squared_keeps_its_reading():
    rows = {r.line: r.verdict for r in check_post(RAYLEIGH, jobs=1).rows}
    assert rows[28] == "proved" and rows[30] == "proved"


TAU = (
    "\\ell(\\mu, \\tau^2) = -\\frac{n}{2} \\log \\tau^2 - "
    "\\frac{1}{2\\tau^2} \\sum_{i=1}^n (x_i - \\mu)^2"
)


@pytest.mark.parametrize(
    ("value", "good"),
    [
        ("-\\frac{n}{2\\tau^2} + \\frac{1}{2\\tau^4} \\sum_{i=1}^n (x_i - \\mu)^2", True),
        ("-\\frac{n}{\\tau^2} + \\frac{1}{2\\tau^4} \\sum_{i=1}^n (x_i - \\mu)^2", False),
    ],
)
def test_a_variance_named_tau_squared_is_still_differentiated_by(tmp_path, value, good):
    rows = _rows(tmp_path, TAU, f"\\frac{{\\partial \\ell}}{{\\partial \\tau^2}} = {value}")
    if good:
        assert rows[-1].verdict == "proved", rows[-1].reason
    else:
        assert rows[-1].verdict != "proved", rows[-1].reason


SIGMA = (
    "\\ell(\\mu, \\sigma^2) = -\\frac{n}{2} \\log \\sigma^2 - "
    "\\frac{1}{2\\sigma^2} \\sum_{i=1}^n (x_i - \\mu)^2"
)


@pytest.mark.parametrize(
    ("value", "good"),
    [
        ("-\\frac{n}{2\\sigma^2} + \\frac{1}{2\\sigma^4} \\sum_{i=1}^n (x_i - \\mu)^2", True),
        ("-\\frac{n}{2\\sigma^2} + \\frac{1}{\\sigma^4} \\sum_{i=1}^n (x_i - \\mu)^2", False),
    ],
)
def test_sigma_squared_keeps_working(tmp_path, value, good):
    rows = _rows(tmp_path, SIGMA, f"\\frac{{\\partial \\ell}}{{\\partial \\sigma^2}} = {value}")
    assert (rows[-1].verdict == "proved") == good, rows[-1].reason


# S(theta) = 0 = d log L / d theta = ...: the score equation as a chain (the held-out post's
# line 30, refuted once theta was read as itself: 0 was compared with the derivative).
CHAIN_LOGL = "\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log (1-\\theta)"
CHAIN = (
    "S(\\theta) = 0 = \\frac{\\partial}{\\partial \\theta} \\log L(\\theta) = "
    "\\frac{2n_1}{\\theta} {sign} \\frac{{n_2}}{{1-\\theta}}"
)


@pytest.mark.parametrize(("sign", "good"), [("-", True), ("+", False)])
def test_zero_then_the_derivative_is_an_equation_not_a_rewrite(tmp_path, sign, good):
    chain = CHAIN.replace("{sign}", sign).replace("{{", "{").replace("}}", "}")
    (row,) = [r for r in _rows(tmp_path, CHAIN_LOGL, chain) if r.text.startswith("S(")]
    verdicts = [link["verdict"] for link in row.links]
    assert "refuted" not in verdicts[:-1], row.links
    if good:
        assert row.verdict != "refuted" and verdicts[-1] == "proved", row.reason
    else:
        assert verdicts[-1] != "proved"
