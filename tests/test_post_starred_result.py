"""A starred name after the equation it solves is the result, as a hatted one is (catch59).

"Solving for $\\lambda$: $\\lambda^* = R$" names the root of the score equation above with a
star. ``\\hat\\lambda = R`` there is read as the parameter the rows above solved for, and a
wrong root is refuted; ``\\lambda^*`` was a new name, taken as given (held-out external9
techqa-pareto line 27: the brackets of ``n/(\\sum \\log x_i - n \\log a)`` dropped). Left as
they were: a starred number (a true value fixed for a simulation), a starred name whose
value holds its own letter (``\\lambda^* = \\lambda + 1``, a shifted parameter), and a
starred letter the equation above does not hold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro59c"

POST = r"""# Pareto

The log-likelihood:

$$\ell(\lambda) = n \log \lambda + n\lambda \log a - (\lambda+1) \sum_{i=1}^{n} \log x_i$$

Setting its derivative to zero:

$$\frac{d \ell}{d \lambda} = 0$$

Solving:

$$RESULT$$

and then

$$\lambda^* + 1 = LATER$$
"""
ROOT = r"\frac{n}{\sum_{i=1}^{n} \log x_i - n \log a}"


def _rows(tmp_path, result, later="1"):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("RESULT", result).replace("LATER", later), encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def test_a_wrong_starred_root_is_refuted(tmp_path):
    row = _rows(tmp_path, r"\lambda^* = \frac{n}{\sum_{i=1}^{n} \log x_i} - n \log a")[13]
    assert row.verdict == "refuted", row.reason


@pytest.mark.parametrize("star", [r"\lambda^*", r"\lambda^{*}", r"\lambda^{\star}"])
def test_the_right_starred_root_is_proved_and_keeps_its_value(tmp_path, star):
    rows = _rows(tmp_path, f"{star} = {ROOT}", later=ROOT + " + 1")
    assert rows[13].verdict == "proved", rows[13].reason
    assert rows[17].verdict == "proved", rows[17].reason  # lambda^* still has the value


@pytest.mark.parametrize(
    "result",
    [r"\lambda^* = 2", r"\lambda^* = \lambda + 1", r"\mu^* = " + ROOT],
)
def test_a_starred_number_its_own_letter_or_another_letter_is_not_refuted(tmp_path, result):
    row = _rows(tmp_path, result)[13]
    assert row.verdict != "refuted", row.reason


def test_the_repro_posts():
    wrong = {r.line: r for r in check_post(REPRO / "starred-root-wrong.md", jobs=1).rows}
    assert wrong[16].verdict == "refuted", wrong[16].reason
    twin = {r.line: r for r in check_post(REPRO / "starred-root-correct-twin.md", jobs=1).rows}
    assert twin[16].verdict == "proved", twin[16].reason
