"""An equation written after another with no arrow must follow from it; only a stated
equivalence is checked both ways.

"Multiply both sides by mu^2" after the score equation is a correct step that adds the root
mu = 0. Checked as an equivalence, the root of the written line that fails the line above
refuted it with "the written line does not follow", which was untrue (found by the lead's
probe of 2026-12-05, written before the fix).

Properties: a step that multiplies by a factor that can vanish is not refuted, and not proved
either (it follows, but adds a root: unchecked, saying so); by a number it is proved; written
with ``\\iff`` the same step is refuted (the converse fails at mu = 0); a step that does not
follow is refuted either way.
"""

from __future__ import annotations

import pytest

_POST = r"""The log-likelihood is

$$\ell(\mu) = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2$$

Setting the derivative to zero,

$$\frac{d\ell}{d\mu} = \sum_{i=1}^n (x_i - \mu) = 0$$

Multiply both sides by FACTOR:

$$ARROW FACTOR \sum_{i=1}^n (x_i - \mu) = 0$$
"""


def _rows(tmp_path, text: str):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return check_post(post, jobs=1).rows


def _verdicts(tmp_path, text: str, line: int) -> set[str]:
    return {r.verdict for r in _rows(tmp_path, text) if r.line == line}


@pytest.mark.parametrize("factor", [r"\mu^2", r"\mu", r"(\mu - 1)"])
def test_a_step_that_adds_a_root_follows_and_is_not_refuted(tmp_path, factor):
    # it follows (never refuted), but is no longer the same equation: not proved either
    text = _POST.replace("FACTOR", factor).replace("ARROW", "")
    rows = _rows(tmp_path, text)
    assert [r.verdict for r in rows if r.line == 11] == ["unchecked"]
    assert "adds a root" in next(r.reason for r in rows if r.line == 11)


def test_a_step_that_multiplies_by_a_number_is_proved(tmp_path):
    text = _POST.replace("FACTOR", "2").replace("ARROW", "")
    assert _verdicts(tmp_path, text, 11) == {"proved"}


@pytest.mark.parametrize("factor", [r"\mu^2", r"(\mu - 1)"])
def test_a_stated_equivalence_is_checked_both_ways(tmp_path, factor):
    text = _POST.replace("FACTOR", factor).replace("ARROW", r"\iff")
    assert _verdicts(tmp_path, text, 11) == {"refuted"}


@pytest.mark.parametrize("arrow", ["", r"\iff", r"\implies"])
def test_a_step_that_does_not_follow_is_refuted(tmp_path, arrow):
    text = _POST.replace("ARROW FACTOR \\sum_{i=1}^n (x_i - \\mu) = 0", f"{arrow} n\\mu = 1")
    assert _verdicts(tmp_path, text, 11) == {"refuted"}


def test_a_division_by_a_factor_that_can_vanish_is_not_proved_outright(tmp_path):
    # from mu^2 S = 0 to S = 0 divides by mu^2: the written line follows only where mu != 0
    text = _POST.replace(
        r"$$\frac{d\ell}{d\mu} = \sum_{i=1}^n (x_i - \mu) = 0$$",
        r"$$\mu^2 \frac{d\ell}{d\mu} = \mu^2 \sum_{i=1}^n (x_i - \mu) = 0$$",
    )
    text = text.replace("Multiply both sides by FACTOR", "Divide by $\\mu^2$").replace(
        "ARROW FACTOR ", ""
    )
    assert "refuted" not in _verdicts(tmp_path, text, 11)


_CROSS = r"""Setting the score to zero,

$$\frac{n}{\theta} - \frac{\sum_{i=1}^n x_i}{1 - \theta} = 0$$

so

$$\frac{n}{\theta} = \frac{\sum_{i=1}^n x_i}{1 - \theta}$$

Cross-multiplying,

$$n (1 - \theta) = RIGHT$$
"""


def test_cross_multiplying_follows_where_the_line_above_is_defined(tmp_path):
    # the line above holds only where theta != 0, 1: an implication needs nothing there
    text = _CROSS.replace("RIGHT", r"\theta \sum_{i=1}^n x_i")
    assert _verdicts(tmp_path, text, 11) == {"proved"}


def test_cross_multiplying_wrongly_is_refuted(tmp_path):
    text = _CROSS.replace("RIGHT", r"(1 - \theta) \sum_{i=1}^n x_i")
    assert _verdicts(tmp_path, text, 11) == {"refuted"}
