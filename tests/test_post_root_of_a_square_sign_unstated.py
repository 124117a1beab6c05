"""``\\sqrt{\\alpha^2 \\gamma^2} = \\alpha\\gamma`` where nothing states the signs (batch 50).

Thomas J. Faulkenberry's proof of the Wald mean (StatProofBook wald-mean, external50) ends
``\\exp[\\alpha\\gamma - \\sqrt{\\alpha^2 \\gamma^2}] \\cdot \\alpha^2/\\sqrt{\\alpha^2 \\gamma^2} =
\\exp[0] \\cdot \\alpha^2/(\\alpha\\gamma)`` (line 52): true for the Wald law's positive
parameters, which the post does not state (the reader does not know the Wald law). The
numeric check drew alpha = -1.6 and refuted the step. A disagreement that disappears when
the symbols whose sign nothing declares take their absolute values, at a point where the
previous line holds an even root, is a sign the author did not write, not a counterexample.

Properties: that step is not refuted; a wrong step (a factor 2 lost) is still refuted (it
differs at positive values too); the step is not proved (the sign stays unstated).
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, rows_of

_POST = (
    Path(__file__).parent / "posts/incoming/external50/statproofbook-wald-mean-mgf-derivative.md"
)
_ROW = "&= \\exp[0] \\cdot \\frac{\\alpha^2}{\\alpha \\gamma} \\\\"


def test_a_step_right_for_positive_parameters_is_not_refuted():
    assert rows_of(_POST)[52].verdict != "refuted"


def test_it_is_not_proved():
    assert rows_of(_POST)[52].verdict != "proved"


def test_a_step_wrong_at_positive_values_is_still_refuted(tmp_path):
    wrong = "&= \\exp[0] \\cdot \\frac{\\alpha^2}{2 \\alpha \\gamma} \\\\"
    assert rows_of(edited_copy(tmp_path, _POST, _ROW, wrong))[52].verdict == "refuted"


#: external52 gmjw (line 267): tau only appears in denominators, so the reader infers
#: tau != 0 - a domain, but not a sign. The step is the same as the Wald mean's.
_TAU_POST = r"""# Constants

Let $\sigma > 0$. We define

$$
D = \frac{1}{\sqrt{a}}, \qquad a = \frac{\sigma^2 + \tau^2}{\tau^2 \sigma^2}
$$

so that

$$
D = \frac{\sqrt{\tau^2\sigma^2}}{\sqrt{\sigma^2 + \tau^2}}
  = \frac{%s}{\sqrt{\sigma^2 + \tau^2}}
$$
"""


def _tau_rows(tmp_path, top):
    path = tmp_path / "tau.md"
    path.write_text(_TAU_POST % top)
    return rows_of(path)


def test_a_domain_that_states_no_sign_leaves_the_sign_unstated(tmp_path):
    assert _tau_rows(tmp_path, r"\tau \sigma")[12].verdict not in ("refuted", "proved")


def test_with_the_domain_a_step_wrong_at_positive_values_is_still_refuted(tmp_path):
    assert _tau_rows(tmp_path, r"2 \tau \sigma")[12].verdict == "refuted"


def test_a_stated_negative_sign_is_used(tmp_path):
    text = (_TAU_POST % r"\tau \sigma").replace(
        r"Let $\sigma > 0$.", r"Let $\sigma > 0$, $\tau < 0$."
    )
    path = tmp_path / "tau.md"
    path.write_text(text)
    assert rows_of(path)[12].verdict == "refuted"
