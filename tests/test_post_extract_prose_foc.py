"""A first-order condition the prose writes as math: "First take $\\frac{\\partial L}{\\partial
\\phi_0}$ and set it to zero." then, a paragraph below, "This gives $R = 0$".

The prose names the function (``L``, defined above) and the variable in one formula, so the
row is an equation step from dL/dphi_0 = 0: proved when equivalent, refuted when not (the
function and the variable are both written, nothing is left to guess). The sentence that
sets the derivative to zero may stand a paragraph above a short lead-in ("This gives"):
the lead-in alone says nothing (corpus external/mse-ar2-conditional-mle-techqa line 34 was
"an equation that no row above leads to").
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

from derivations.post._prose_foc import derivative_set_to_zero

AR = (
    "We have $L = \\sum_{i=1}^{n} (y_i - \\phi_{0} - \\phi_2 x_i)^2$\n"  # 1
    "\n"
    "LEAD\n"  # 3
    "\n"
    "This gives $ROW = 0$\n"  # 5
)
FIRST = "First take $\\frac{\\partial L}{\\partial \\phi_{0}}$ and set it to zero."
RIGHT = r"-2 \sum_{i=1}^{n}(y_i - \phi_{0} - \phi_2 x_i)"
WRONG = r"-2 \sum_{i=1}^{n}(y_i - \phi_2 x_i)"


def _rows(tmp_path: Path, lead: str, row: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(AR.replace("LEAD", lead).replace("ROW", row), encoding="utf-8")
    return rows_of(p)


def test_the_derivative_the_prose_writes_set_to_zero_is_proved(tmp_path):
    rows = _rows(tmp_path, FIRST, RIGHT)
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)


def test_a_slip_in_that_derivative_is_refuted(tmp_path):
    rows = _rows(tmp_path, FIRST, WRONG)
    assert rows[5].verdict == "refuted", (rows[5].verdict, rows[5].reason)


def test_the_derivative_by_the_other_variable_is_not_this_one(tmp_path):
    """The same row under "take dL/dphi_2": it is not that condition, so refuted."""
    lead = FIRST.replace("\\phi_{0}}$", "\\phi_{2}}$")
    rows = _rows(tmp_path, lead, RIGHT)
    assert rows[5].verdict == "refuted", (rows[5].verdict, rows[5].reason)


def test_without_setting_it_to_zero_nothing_is_tied(tmp_path):
    lead = "First take $\\frac{\\partial L}{\\partial \\phi_{0}}$."
    rows = _rows(tmp_path, lead, WRONG)
    assert rows[5].verdict not in ("proved", "refuted"), (rows[5].verdict, rows[5].reason)


def test_a_lead_in_paragraph_with_its_own_sentence_does_not_reach_further_up(tmp_path):
    """Only a short lead-in ("This gives") lets the paragraph above lead into the row."""
    body = AR.replace("LEAD", FIRST).replace("ROW", WRONG)
    body = body.replace("This gives", "Now look at the other term of the sum. This gives")
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    rows = rows_of(p)
    assert rows[5].verdict != "refuted", (rows[5].verdict, rows[5].reason)


def test_the_formula_read_from_the_prose():
    said = derivative_set_to_zero
    assert said(FIRST) == "\\frac{\\partial L}{\\partial \\phi_{0}}"
    assert said("Setting $\\frac{d\\ell}{d\\theta}$ equal to $0$ gives") == (
        "\\frac{d\\ell}{d\\theta}"
    )
    # no zero, two derivatives, a derivative operator without its function, an equation
    assert said("First take $\\frac{\\partial L}{\\partial \\phi_{0}}$.") is None
    two = "Set $\\frac{\\partial L}{\\partial a}$ and $\\frac{\\partial L}{\\partial b}$ to zero"
    assert said(two) is None
    assert said("Set $\\frac{\\partial}{\\partial a}$ to zero") is None
    assert said("Set $\\frac{\\partial L}{\\partial a} = 2a$ to zero") is None
    assert said("Setting $\\frac{dL}{dp} = 0$, we get") == "\\frac{dL}{dp}"


def test_a_sum_bound_is_no_root_of_the_condition(tmp_path):
    """Tied to dL/dphi_0 = 0, the sums run from t = 3 to T: the next row's (T - 2) phi_0
    is right, and T is a count of terms, not an unknown the numeric check may solve the
    condition for (T = -1000 "solved" it and the row was refuted)."""
    body = (
        "We have $L = \\sum_{t=3}^{T} (r_t - \\phi_2 r_{t-2} - \\phi_{0})^2$\n\n"
        f"{FIRST}\n\n"
        "This gives $-2 \\sum_{t=3}^{T}(r_t - \\phi_2 r_{t-2} - \\phi_{0}) = 0$\n\n"  # 5
        "$(T-2) \\phi_{0} = \\sum_{t=3}^{T}(r_t - \\phi_2 r_{t-2})$\n"  # 7
    )
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    rows = rows_of(p)
    assert rows[5].verdict not in ("refuted", "unrelated"), (rows[5].verdict, rows[5].reason)
    assert rows[7].verdict != "refuted", (rows[7].verdict, rows[7].reason)
