"""catch60: a bound on a variance in the prose is no order between the post's letters.

Held-out external26 mxb341 states the Cramer-Rao bound in a sentence, "thus the CRB is:
$\\text{var}(\\hat{\\theta}) \\geq \\frac{\\theta(1-\\theta)}{nk}$", and later writes the second
derivative with the sign of its second term wrong (line 28). The reader refuted that row at a
point in ``theta``, ``n``, ``k``, then took the sentence for an order between those letters
(._unread_orders) which the point could not be placed in or out of: "unchecked". A bound on
the variance (or the mean) of a statistic is a claim about its law at every value of the
parameters, not a range of them: a counterexample in the parameters lies inside it. A case
hypothesis ("if $\\text{Var}(X) < 1$") is still a case, and an order between letters still
keeps a row it cannot place unchecked.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, first_verdicts, verdict_of_row

HELD = Path(__file__).parent / "posts" / "incoming"
MXB = HELD / "external26" / "mxb341-binomial-fisher-information-sign-slip-tab-indented-aligned.md"


def test_the_real_row_is_refuted_and_its_correct_twin_is_not(tmp_path: Path) -> None:
    assert first_verdicts(MXB)[28] == "refuted"
    twin = edited_copy(
        tmp_path,
        MXB,
        r"&= -\sum_{i=1}^n \frac{y_i}{\theta^2} - \frac{k-y_i}{(1-\theta)^2}.",
        r"&= -\sum_{i=1}^n \left(\frac{y_i}{\theta^2} + \frac{k-y_i}{(1-\theta)^2}\right).",
    )
    assert first_verdicts(twin)[28] != "refuted"


def _post(said: str, row: str) -> str:
    return f"\n{said}\n\n$$\\ell(\\theta) = n \\log \\theta - \\theta$$\n\n$${row}$$\n"


WRONG = r"\frac{d \ell}{d \theta} = \frac{n}{\theta} + 1"
RIGHT = r"\frac{d \ell}{d \theta} = \frac{n}{\theta} - 1"


def test_a_wrong_row_after_a_variance_bound_is_refuted(tmp_path: Path) -> None:
    for said in (
        "The bound is $\\text{Var}(\\hat\\theta) \\geq \\frac{\\theta}{n}$.",
        "So $\\operatorname{Var}(\\hat\\theta) \\ge \\theta^2 / n$ for every estimator.",
        "Also $\\mathbb{E}[\\hat\\theta] \\le \\theta$ here.",
    ):
        assert verdict_of_row(tmp_path, _post(said, WRONG), WRONG) == "refuted", said
        assert verdict_of_row(tmp_path, _post(said, RIGHT), RIGHT) == "proved", said


def test_an_order_between_letters_still_keeps_an_unplaced_row_unchecked(tmp_path: Path) -> None:
    # a < theta < b (a chain the assumption language does not read): a point in theta
    # alone cannot be placed in or out of it
    said = "Here $a < \\theta < b$."
    assert verdict_of_row(tmp_path, _post(said, WRONG), WRONG) != "refuted"
