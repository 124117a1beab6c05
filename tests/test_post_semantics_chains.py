"""The later links of a chain whose first link the reader cannot check.

``\\hat p = A = B = C`` where ``\\hat p = A`` states a result the post does not derive
(the mode of a cited posterior, a cited moment): the first link stays unchecked, but
``A = B`` and ``B = C`` are claims of their own, algebra the engine can weigh. They
were left "unrelated: continues a row that could not be checked" (held-out external7
statproofbook-binomial-beta-map 56-57, external5 imathworks-bernoulli-posterior-mode
25; repro6/chain-after-unchecked-first-link-left-unrelated.md). Each later link is
compared with the link before it: proved when it holds, refuted at its line when the
author slips, and the first link's verdict does not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

INCOMING = Path(__file__).resolve().parent / "posts" / "incoming"
CHAIN = INCOMING / "repro6" / "chain-after-unchecked-first-link-left-unrelated.md"


def _post(tmp_path: Path, body: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return rows_of(p)


def test_later_links_after_an_unchecked_result_are_compared():
    rows = rows_of(CHAIN)
    assert rows[17].verdict in ("unchecked", "given"), (rows[17].verdict, rows[17].reason)
    assert rows[18].verdict == "proved", (rows[18].verdict, rows[18].reason)
    assert rows[19].verdict == "proved", (rows[19].verdict, rows[19].reason)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # the slip the repro names: a wrong constant in the last denominator
        (r"{\alpha_0+\beta_0+n-2} \; .", r"{\alpha_0+\beta_0+n-1} \; .", 19),
    ],
)
def test_a_slip_in_a_later_link_is_refuted_at_its_line(tmp_path, old, new, line):
    rows = rows_of(edited_copy(tmp_path, CHAIN, old, new))
    assert rows[line].verdict == "refuted", (rows[line].verdict, rows[line].reason)
    assert rows[17].verdict != "refuted"
    assert rows[17].verdict != "proved"


def test_a_disagreement_with_the_unchecked_result_itself_is_not_refuted(tmp_path):
    # Line 18 differs from line 17's right side, but line 17 is not checked: either
    # row may be the wrong one, so neither is refuted (the slip is not caught).
    old, new = r"{\alpha_0+y+\beta_0+(n-y)-2}", r"{\alpha_0+y+\beta_0+(n+y)-2}"
    rows = rows_of(edited_copy(tmp_path, CHAIN, old, new))
    assert rows[18].verdict == "unchecked", (rows[18].verdict, rows[18].reason)
    assert "line 17" in rows[18].reason
    assert rows[17].verdict == "unchecked"


ONE_ROW = (
    "The posterior is a beta distribution with parameters\n"
    "\n"
    "$$\\alpha_n = \\alpha_0 + y$$\n"  # 3
    "\n"
    "$$\\beta_n = \\beta_0 + n - y$$\n"  # 5
    "\n"
    "Its mode is\n"
    "\n"
    "$$\\hat{p} = \\frac{\\alpha_n - 1}{\\alpha_n + \\beta_n - 2} = LAST$$\n"  # 9
)


def test_a_later_link_on_the_same_row_is_compared(tmp_path):
    rows = _post(
        tmp_path, ONE_ROW.replace("LAST", r"\frac{\alpha_0 + y - 1}{\alpha_0 + \beta_0 + n - 2}")
    )
    assert rows[3].verdict == "given" and rows[5].verdict == "given"
    first, second = rows[9].links
    assert first["verdict"] == "unchecked", first
    assert second["verdict"] == "proved", second
    # the row claims the unchecked result too, so it is not proved as a whole
    assert rows[9].verdict == "unchecked"


def test_a_wrong_later_link_on_the_same_row_is_refuted(tmp_path):
    # The row itself claims A = B, whatever the unchecked result is worth.
    rows = _post(
        tmp_path, ONE_ROW.replace("LAST", r"\frac{\alpha_0 + y - 1}{\alpha_0 + \beta_0 + n - 1}")
    )
    assert rows[9].verdict == "refuted", (rows[9].verdict, rows[9].reason)


# -- a chain whose first link compares nothing (an undefined prior, a bare name) --------

POSTERIOR = (
    "The likelihood of the sample is\n"
    "\n"
    "$$f(x|\\theta) = \\theta^{s}(1-\\theta)^{n-s}$$\n"  # 3
    "\n"
    "and with the prior the posterior is\n"
    "\n"
    "$$\\pi(\\theta|x) \\propto f(x|\\theta)\\pi(\\theta) \\propto "
    "\\theta^{s}(1-\\theta)^{n-s}\\theta^a(1-\\theta)^b = LAST$$\n"  # 7
)
POSTERIOR_ROWS = (
    "The likelihood of the sample is\n"
    "\n"
    "$$f(x|\\theta) = \\theta^{s}(1-\\theta)^{n-s}$$\n"  # 3
    "\n"
    "and with the prior the posterior is\n"
    "\n"
    "$$\\begin{align}\n"  # 7
    "\\pi(\\theta|x) &\\propto f(x|\\theta)\\pi(\\theta) \\\\\n"  # 8
    "&\\propto \\theta^{s}(1-\\theta)^{n-s}\\theta^a(1-\\theta)^b \\\\\n"  # 9
    "&= LAST\n"  # 10
    "\\end{align}$$\n"
)
RIGHT = r"\theta^{s+a}(1-\theta)^{n+b-s}"
WRONG = r"\theta^{s+a}(1-\theta)^{n+b+s}"


def test_a_later_link_after_a_link_that_compares_nothing_is_compared(tmp_path):
    rows = _post(tmp_path, POSTERIOR.replace("LAST", RIGHT))
    links = rows[7].links
    assert links[-1]["verdict"] == "proved", links[-1]
    assert rows[7].verdict != "proved"  # the prior is never given: the first links stay open


def test_a_wrong_later_link_after_a_link_that_compares_nothing_is_refuted(tmp_path):
    rows = _post(tmp_path, POSTERIOR.replace("LAST", WRONG))
    assert rows[7].verdict == "refuted", (rows[7].verdict, rows[7].reason)
    assert rows[7].links[-1]["verdict"] == "refuted"


def test_a_continuation_of_a_row_that_compares_nothing_is_compared_with_its_side(tmp_path):
    rows = _post(tmp_path, POSTERIOR_ROWS.replace("LAST", RIGHT))
    # Bayes' rule as written (test_post_semantics_bayes_rule.py); the prior is never given,
    # so line 9, the kernel, compares nothing
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)
    assert rows[9].verdict != "proved"
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)


def test_a_wrong_continuation_of_a_row_that_compares_nothing_is_not_proved(tmp_path):
    # Line 9 is not established itself, so a disagreement cannot say which row is wrong.
    rows = _post(tmp_path, POSTERIOR_ROWS.replace("LAST", WRONG))
    assert rows[10].verdict == "unchecked", (rows[10].verdict, rows[10].reason)
    assert "line 9" in rows[10].reason


# -- statements joined by an implication arrow after a line that is not an equation ----

ARROWS = INCOMING / "repro6" / "text-let-prefix-and-implication-arrows-unrelated.md"


def test_statements_joined_by_arrows_after_a_restatement_are_each_checked():
    rows = rows_of(ARROWS)
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)
    assert len(rows[8].links) == 3


def test_a_slip_after_an_arrow_is_refuted(tmp_path):
    old = r"\Leftrightarrow \ln(L(\theta)) = n\ln\theta + \ln"
    new = r"\Leftrightarrow \ln(L(\theta)) = n^2\ln\theta + \ln"
    rows = rows_of(edited_copy(tmp_path, ARROWS, old, new))
    assert rows[8].verdict == "refuted", (rows[8].verdict, rows[8].reason)
    assert rows[8].links[-1]["verdict"] == "refuted"


RESULTS_THEN_DEFINITIONS = (
    "The estimates are\n"
    "\n"
    "$$\\begin{split}\n"
    "\\hat{\\alpha} &= \\bar{y} \\left( \\frac{\\bar{y} (1-\\bar{y})}{\\bar{v}} - 1 \\right) \\\\\n"
    "\\hat{\\beta} &= (1-\\bar{y}) \\left( \\frac{\\bar{y} (1-\\bar{y})}{\\bar{v}} - 1 \\right)\n"
    "\\end{split}$$\n"
    "\n"
    "where\n"
    "\n"
    "$$\\begin{split}\n"
    "\\bar{y} &= \\frac{1}{n} \\sum_{i=1}^n y_i \\\\\n"  # 11
    "\\bar{v} &= \\frac{1}{n-1} \\sum_{i=1}^n (y_i - \\bar{y})^2\n"  # 12
    "\\end{split}$$\n"
)


def test_rows_after_a_stated_result_that_are_statements_of_their_own_are_not_steps(tmp_path):
    # The stated result is the line a continuation (&= ...) compares with, not an
    # equation the definitions below it are steps from.
    rows = _post(tmp_path, RESULTS_THEN_DEFINITIONS)
    assert rows[4].verdict == "unchecked"
    assert rows[11].verdict == "given", (rows[11].verdict, rows[11].reason)
    assert rows[12].verdict == "given", (rows[12].verdict, rows[12].reason)
