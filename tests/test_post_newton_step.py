"""Newton's update checked against the derivatives it is built of (catch59, issue 12).

A post that names Newton's method and writes the update ``\\theta_{t+1} = \\theta_t + c
(\\partial^2 F)^{-1} \\partial F`` with both derivatives of one function ``F`` by the updated
letter claims Newton's step, which is ``c = -1`` for a maximum and a minimum alike (the
stationary point of the second-order model). A row with ``c > 0`` steps away from it:
held-out external31 (alfurka, line 53) wrote ``\\beta_{t+1} = \\beta_t + H^{-1} \\nabla L``
and it was taken as given. Left alone: a step size the post leaves free (``-\\alpha H^{-1}
g``), ``(-H)^{-1}`` written with its sign inside, Fisher scoring's ``+ I^{-1} g`` (no second
derivative), a gradient step (whose sign depends on maximising or minimising), and an
update in a post that never says Newton.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro59c"

POST = r"""# Newton

WORDS

$$\ell(\lambda) = \sum_{i=1}^{n} x_i \log \lambda - n \lambda$$

$$\frac{\partial \ell}{\partial \lambda} = \frac{\sum_{i=1}^{n} x_i}{\lambda} - n$$

$$\frac{\partial^2 \ell}{\partial \lambda^2} = -\frac{\sum_{i=1}^{n} x_i}{\lambda^2}$$

The update:

$$UPDATE$$
"""
NEWTON = "We maximise the log-likelihood by Newton's method."
STEP = r"\left(\frac{\partial^2 \ell}{\partial \lambda^2}\right)^{-1} \frac{\partial \ell}{\partial \lambda}"


def _last(tmp_path, update, words=NEWTON):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("WORDS", words).replace("UPDATE", update), encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


@pytest.mark.parametrize(
    "update",
    [
        r"\lambda_{t+1} = \lambda_t + " + STEP,
        r"\lambda^{(t+1)} = \lambda^{(t)} + 2" + STEP,
    ],
)
def test_newtons_step_with_a_plus_sign_is_refuted(tmp_path, update):
    row = _last(tmp_path, update)
    assert row.verdict == "refuted", row.reason
    assert "Newton" in row.reason


@pytest.mark.parametrize(
    "update",
    [
        r"\lambda_{t+1} = \lambda_t - " + STEP,
        r"\lambda_{t+1} = \lambda_t - \alpha " + STEP,
        r"\lambda_{t+1} = \lambda_t + \left(-\frac{\partial^2 \ell}{\partial \lambda^2}\right)^{-1}"
        r" \frac{\partial \ell}{\partial \lambda}",
        r"\lambda_{t+1} = \lambda_t + \alpha \frac{\partial \ell}{\partial \lambda}",
        r"\lambda_{t+1} = \lambda_t - \alpha \frac{\partial \ell}{\partial \lambda}",
        r"\lambda_{t+1} = \lambda_t + \frac{\lambda_t^2}{n} \frac{\partial \ell}{\partial \lambda}",
    ],
)
def test_a_right_or_undecided_update_is_not_refuted(tmp_path, update):
    row = _last(tmp_path, update)
    assert row.verdict != "refuted", row.reason


def test_an_update_in_a_post_that_never_says_newton_is_not_weighed(tmp_path):
    row = _last(tmp_path, r"\lambda_{t+1} = \lambda_t + " + STEP, words="We iterate.")
    assert row.verdict != "refuted", row.reason


def test_the_repro_posts():
    wrong = list(check_post(REPRO / "newton-update-plus-sign.md", jobs=1).rows)
    assert [r.verdict for r in wrong if r.line == 18] == ["refuted"]
    twins = list(check_post(REPRO / "newton-update-correct-twins.md", jobs=1).rows)
    assert not [r for r in twins if r.verdict == "refuted"], twins
