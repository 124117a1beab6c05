"""A function read at other arguments than its letter (adversarial set 5, causes 1-3, and
held-out batch 10's digamma row): the value of ``f(a)`` is the definition's value with the
arguments put in for the parameters, all at once; a call that cannot be matched with the
definition (another number of arguments) is never compared with it.

The planted rows of the set's pairs are checked as written, and each mechanism again on
small posts of other functions and arguments, so that the reading, not the instance, is
tested: the slip is never proved and the correct row never refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import cases
from _post_rows import rows_of, verdict_of_row

SET5 = Path(__file__).parent / "posts" / "incoming" / "adversarial5"
PAIRS = ("01", "02", "03", "04", "05", "10", "68", "69", "98")
PLANTED = [(n, line) for n, line in cases(SET5) if n.split("-")[0] in PAIRS]


@pytest.mark.parametrize("name, line", PLANTED, ids=[n for n, _ in PLANTED])
def test_planted_rows_of_set5_about_function_arguments(name, line):
    verdict = rows_of(SET5 / name)[line].verdict
    if name.endswith("-false.md"):
        assert verdict not in ("proved", "given"), (name, verdict)
    else:
        assert verdict != "refuted", (name, verdict)


#: (what, definition row, the correct row, the row with a slip)
CASES = [
    ("a cube", "u(y) = 2y - 3", "u(y^3) = 2y^3 - 3", "u(y^3) = 2y - 3"),
    ("a reciprocal", "k(s) = s^2 + s", "k(1/s) = s^{-2} + s^{-1}", "k(1/s) = s^2 + s"),
    ("an exponential", "m(z) = \\log z", "m(e^z) = z", "m(e^z) = \\log z"),
    ("a shift", "r(x) = x^2", "r(x + 1) = x^2 + 2x + 1", "r(x + 1) = x^2"),
    (
        "another letter",
        "v(x) = x^2 e^{x}",
        "v(\\theta) = \\theta^2 e^{\\theta}",
        "v(\\theta) = x^2 e^x",
    ),
    ("a sum of two letters", "w(t) = 3t", "w(t + s) = w(t) + w(s)", "w(t + s) = w(t) w(s)"),
    ("swapped arguments", "D(u, v) = u^2 - v", "D(v, u) = v^2 - u", "D(v, u) = u^2 - v"),
    ("fewer arguments", "F(x, y) = x y^2", "F(x) = \\frac{x}{3}", "F(x) = x y^2"),
    ("more arguments", "G(x) = 3x^2", "G(x_1, x_2) = 9 x_1^2 x_2^2", "G(x_1, x_2) = 3 x_1^2"),
]


@pytest.mark.parametrize("what, definition, good, bad", CASES, ids=[c[0] for c in CASES])
def test_a_function_at_other_arguments(tmp_path, what, definition, good, bad):
    body = f"Let\n\n$${definition}$$\n\nThen\n\n$${{row}}$$\n"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) not in ("proved", "given"), (
        what
    )
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) != "refuted", what


def test_a_respelled_parameter_is_still_the_same_quantity(tmp_path):
    """``\\ell(\\mu, \\sigma^2)`` beside ``\\ell(\\mu, \\sigma)``: one log-likelihood written
    two ways, never the value at the square of the square."""
    body = (
        "$$\\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
        "\\sum_{i=1}^n (x_i - \\mu)^2$$\n\n$${row}$$\n"
    )
    good = (
        "\\ell(\\mu, \\sigma) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}"
        "\\sum_{i=1}^n (x_i - \\mu)^2"
    )
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) != "refuted"


REPRO9 = Path(__file__).parent / "posts" / "incoming" / "repro9"


def test_an_equation_in_a_defined_function_is_an_equation_step():
    """``\\psi(\\alpha_j) = \\psi(\\sum \\alpha) + \\log \\bar y_j`` below ``0 = \\psi(\\sum
    \\alpha) - \\psi(\\alpha_j) + \\log \\bar y_j``: the next step of the equation, not a
    restatement of the definition ``\\psi(x) = d \\log \\Gamma(x)/dx``."""
    rows = rows_of(REPRO9 / "dirichlet-digamma-equation-read-as-restatement.md")
    assert rows[32].verdict != "refuted"
    assert "restates" not in rows[32].reason


def test_an_equation_step_in_a_defined_function_that_slips_is_not_proved(tmp_path):
    body = "$$\\phi(x) = x^2 + 1$$\n\n$$0 = \\phi(a) - 3 b$$\n\n$${row}$$\n"
    bad = "\\phi(a) = 2 b"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) != "proved"


def test_a_restatement_after_an_equation_in_another_display_is_not_an_equation_step(tmp_path):
    body = "$$\\phi(x) = x^2 + 1$$\n\n$$0 = \\phi(a) - 3 b$$\n\nRecall\n\n$${row}$$\n"
    good = "\\phi(a) = a^2 + 1"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"


def test_the_digamma_rows_of_the_dirichlet_post_are_not_refuted():
    """Line 87 is the next equation step; line 88 writes ``\\psi^{-1}``, a bare name whose
    value ``d \\log \\Gamma(x)/dx`` is a function of the variable it differentiates by: no
    value of the post is meant, so the row is not compared."""
    post = Path(__file__).parent / "posts/incoming/external10/statproofbook-dirichlet-mle.md"
    rows = rows_of(post)
    assert rows[87].verdict != "refuted"
    assert rows[88].verdict != "refuted"
