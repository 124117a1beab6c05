"""``\\log f`` given a new value under another part's heading (held-out batch 45).

The Oxford sheet-1 solution of external45 works out the expected information of the
geometric under "### Part (a)" (``\\log f(x;\\theta) = \\log\\theta + (x-1)\\log(1-\\theta)``)
and of the Bernoulli under "### Part (b)" (``\\log f(x;\\theta) = x\\log\\theta +
(1-x)\\log(1-\\theta)``): part (b)'s correct rows were compared with part (a)'s log f and its
derivatives and refuted. A function given another value under another heading is already
neither compared nor kept; the head ``\\log f`` was not found there because the value of a
log is kept under its own name ("log f"), and the part (a) row that gave it may be one the
reader could not check (f's own definition unreadable), not only a definition.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

_PART_A = (
    "### Part (a): Geometric Distribution\n\n"
    "$$\\log f(x;\\theta) = \\log\\theta + (x-1)\\log(1-\\theta)$$\n\n"
    "$$\\frac{\\partial}{\\partial\\theta}\\log f(x;\\theta) = \\frac{1}{\\theta} - "
    "\\frac{x-1}{1-\\theta}$$\n\n"
)


def test_part_b_log_f_is_not_compared_with_part_a(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _PART_A + "### Part (b): Bernoulli Distribution\n\n"
        "$$\\log f(x;\\theta) = x\\log\\theta + (1-x)\\log(1-\\theta)$$\n\n"
        "$$\\frac{\\partial}{\\partial\\theta}\\log f(x;\\theta) = \\frac{x}{\\theta} - "
        "\\frac{1-x}{1-\\theta}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[5] == "proved", got
    assert got[9] != "refuted" and got[11] != "refuted", got


def test_a_wrong_log_f_under_the_same_heading_is_still_refuted(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _PART_A + "So again\n\n$$\\log f(x;\\theta) = x\\log\\theta + (1-x)\\log(1-\\theta)$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[9] == "refuted", got


def test_after_an_unreadable_definition_of_f(tmp_path):
    # part (a)'s log f follows a definition of f the reader cannot read (a quoted pmf with
    # a trailing "x = 1,2,..."), so its row is unchecked, not a definition
    path = tmp_path / "post.md"
    path.write_text(
        "> $$f(x;\\theta) = \\theta(1-\\theta)^{x-1}, \\quad x = 1,2,...$$\n"
        ">\n"
        "> $$f(x;\\theta) = \\theta^x(1-\\theta)^{1-x}, \\quad x = 0,1$$\n\n"
        + _PART_A
        + "### Part (b): Bernoulli Distribution\n\n"
        "$$\\log f(x;\\theta) = x\\log\\theta + (1-x)\\log(1-\\theta)$$\n\n"
        "$$\\frac{\\partial}{\\partial\\theta}\\log f(x;\\theta) = \\frac{x}{\\theta} - "
        "\\frac{1-x}{1-\\theta}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    # nor is its derivative compared with the declared law's (the geometric's)
    assert got[13] != "refuted" and got[15] != "refuted", got
