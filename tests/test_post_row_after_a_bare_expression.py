"""A row ``A = B`` right after a display row holding an expression ``E`` alone (no
relation sign) offers ``A`` as ``E`` rewritten ("distributing terms gives us"). Its own
equation is no proof of that step: held-out batch 37's logistic notebook, line 62, was
proved although its left side is not line 58 distributed. The row is proved only when
``A`` and ``E`` agree; the reader never refutes it for that (the author may start a new
line), and rows that are not such a continuation keep their verdicts.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of

POST = (
    "Let $s$ be a number between 0 and 1, $y$ a label and $x$ a feature.\n"  # 1
    "\n"
    "Partially differentiating the last bit yields\n"  # 3
    "$${bare}$$\n"  # 4
    "\n"
    "Distributing terms gives us\n"  # 6
    "\n"
    "$${row}$$\n"  # 8
)
DISTRIBUTED = "(y(1-s) - (1-y)s) x = (y-s) x"


def _row(tmp_path, bare: str, row: str):
    p = tmp_path / "post.md"
    p.write_text(POST.format(bare=bare, row=row), encoding="utf-8")
    return rows_of(p)[8]


@pytest.mark.parametrize(
    "bare",
    [
        r"\left(\frac{y}{s} - \frac{1-y}{s}\right) s (1-s) x",  # the notebook's slip
        r"(2y - 1)(1 - s) x",  # the same value, already distributed
        r"(y - s) x + 1",  # off by a constant
    ],
)
def test_a_true_equation_whose_left_side_is_not_the_bare_row_is_not_proved(tmp_path, bare):
    row = _row(tmp_path, bare, DISTRIBUTED)
    assert row.verdict == "unchecked", (row.verdict, row.reason)
    assert "line 4" in row.reason and "differ" in row.reason, row.reason


@pytest.mark.parametrize(
    "bare",
    [
        r"\left(\frac{y}{s} - \frac{1-y}{1-s}\right) s (1-s) x",
        r"y(1-s)x - (1-y)s x",
        r"(y - s) x",
    ],
)
def test_a_left_side_equal_to_the_bare_row_is_still_proved(tmp_path, bare):
    row = _row(tmp_path, bare, DISTRIBUTED)
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_the_same_with_an_undefined_function_read_as_a_letter(tmp_path):
    wrong = _row(
        tmp_path,
        r"\left(\frac{y}{g(t)} - \frac{1-y}{g(t)}\right) g(t) (1-g(t)) x",
        "(y(1-g(t)) - (1-y)g(t)) x = (y-g(t)) x",
    )
    assert wrong.verdict != "proved", (wrong.verdict, wrong.reason)
    right = _row(
        tmp_path,
        r"\left(\frac{y}{g(t)} - \frac{1-y}{1-g(t)}\right) g(t) (1-g(t)) x",
        "(y(1-g(t)) - (1-y)g(t)) x = (y-g(t)) x",
    )
    assert right.verdict == "proved", (right.verdict, right.reason)


def test_a_wrong_equation_after_a_bare_row_is_still_refuted(tmp_path):
    row = _row(tmp_path, r"(y - s) x", "(y(1-s) - (1-y)s) x = (y+s) x")
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_a_row_naming_a_value_after_a_bare_row_is_not_held_to_it(tmp_path):
    # "f(s) = ..." states f's value: not a rewrite of the expression above
    row = _row(tmp_path, r"(2y - 1)(1 - s) x", "f(s) = s^2")
    assert "line 4" not in row.reason, row.reason


def test_a_quantity_shown_alone_is_no_expression_to_go_on_from(tmp_path):
    # the d2l coin-flip chapter: the log-likelihood shown alone, then the negative one
    # computed on its own line (a new line, not the one above rewritten)
    post = tmp_path / "post.md"
    post.write_text(
        "Let $n_H$ and $n_T$ be counts. We consider the log-likelihood\n"
        "\n"
        "$$\\log(P(X \\mid \\theta)).$$\n"  # 3
        "\n"
        "We may compute that\n"
        "\n"
        "$$-\\log(P(X \\mid \\theta)) = -\\log(\\theta^{n_H}(1-\\theta)^{n_T}) "
        "= -(n_H\\log(\\theta) + n_T\\log(1-\\theta)).$$\n",  # 7
        encoding="utf-8",
    )
    row = rows_of(post)[7]
    assert "line 3" not in row.reason, row.reason


def test_a_row_checked_as_a_step_from_the_bare_row_keeps_its_proof(tmp_path):
    # held-out batch 35: the log-likelihood alone, then its derivative by a set to zero
    post = tmp_path / "post.md"
    post.write_text(
        "Let $y = ax + \\epsilon$ with $N$ points. The log likelihood is\n"
        "$$\\frac{-N}{2}\\log(2\\pi) - \\frac{N}{2}\\log(\\sigma^2) - "
        "\\frac{1}{2\\sigma^2}\\sum_{i=1}^n (y_i-ax_i)^2$$\n"  # 2
        "After calculating the derivative of the log likelihood with respect to $a$, I obtain:\n"
        "$$\\frac{1}{\\sigma^2}\\sum_{i=1}^n (y_i-ax_i)x_i = 0$$\n",  # 4
        encoding="utf-8",
    )
    row = rows_of(post)[4]
    assert row.verdict == "proved", (row.verdict, row.reason)
