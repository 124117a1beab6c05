"""A display row with no relation sign that cannot be read as continuing the line
above says why, naming that line (held-out external6
imathworks-exponential-fisher-squared-score 23/27/31: "the row has no relation sign,
so it claims nothing that can be checked", after I(theta) = E[...] whose value the
engine cannot compare). The verdict does not change: such a row claims nothing.
"""

from __future__ import annotations

from _post_rows import rows_of

POST = (
    "The density is\n"
    "\n"
    "$$f(x)=\\frac{1}{\\theta}e^{-\\frac{x}{\\theta}}$$\n"  # 3
    "\n"
    "and the information is\n"
    "\n"
    "$$I(\\theta) = E[(\\frac{\\partial}{\\partial \\theta }\\log f(X;\\theta))^2]$$\n"  # 7
    "\n"
    "For the derivative we have:\n"
    "\n"
    "$$\\frac {-n}{\\theta}+ \\frac{\\sum_{i=1}^n X_i}{\\theta^2}$$\n"  # 11
)


def test_a_bare_row_after_a_line_without_a_value_says_which_line_and_why(tmp_path):
    p = tmp_path / "post.md"
    p.write_text(POST, encoding="utf-8")
    rows = rows_of(p)
    assert rows[11].verdict == "unrelated"
    reason = rows[11].reason
    assert "no relation sign" in reason
    assert "line 7" in reason, reason
    # why it cannot be compared: the expectation has no value (E(...)), or, with the law
    # the density of line 3 gives X, a moment the reader cannot work out from it
    assert "E(...)" in reason or "moment" in reason, reason


def test_a_bare_row_after_an_expression_is_still_compared_with_it(tmp_path):
    body = POST.replace(
        "$$I(\\theta) = E[(\\frac{\\partial}{\\partial \\theta }\\log f(X;\\theta))^2]$$",
        "$$g(\\theta) = \\frac {-n}{\\theta}+ \\frac{1}{\\theta^2}\\sum_{i=1}^n X_i$$",
    )
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    rows = rows_of(p)
    assert rows[11].verdict == "proved", (rows[11].verdict, rows[11].reason)
