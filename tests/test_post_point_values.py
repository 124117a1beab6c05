"""A function's value at a point is not its value everywhere.

Held-out batch 11 (Wellner's digamma handout): the sentence "$\\psi(1) = -\\gamma$ where
$\\gamma$ is Euler's constant" was stored as psi's value at every argument, so the correct
chain ``2\\psi(3) - 2\\psi(2) + \\psi(1) = ... = 1 - \\gamma`` was refuted, and a false
``2\\psi(3) = 2 - 2\\gamma`` after "$\\psi(2) = 1 - \\gamma$" was proved. The same held
for any name: ``f(1) = 2`` made ``f(3) = 2`` proved, and after ``g(x) = x^2`` a row
``g(1) = 1`` made the correct ``g(3) = 9`` refuted. A value written at a number (or any
argument without a letter) answers only a call at that same argument.

Also here: ``\\phi'(\\alpha)`` (a Greek function letter with a prime before a bracket)
was read as a new symbol ``phi'`` times alpha and refuted as an identity, and "Euler's
constant" in the prose names gamma the constant, not a free number.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, text: str):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + text + "\n", encoding="utf-8")
    return check_post(post, jobs=1).rows


def _last(tmp_path, text: str):
    return _rows(tmp_path, text)[-1]


@pytest.mark.parametrize(
    ("given", "row", "true"),
    [
        ("$f(1) = 2$", "f(3) = 2", False),
        ("$f(1) = 2$", "f(1) + 1 = 3", True),
        ("$h(0) = 1$", "h(2) = 1", False),
        ("$q(1, 2) = 5$", "q(2, 1) = 5", False),
    ],
)
def test_a_value_at_a_number_answers_only_that_number(tmp_path, given, row, true):
    got = _last(tmp_path, f"We know {given} here.\n\n$${row}$$")
    if true:
        assert got.verdict != "refuted", got.reason
    else:
        assert got.verdict != "proved", got.reason


@pytest.mark.parametrize("display", [False, True])
def test_a_row_at_a_number_leaves_the_definition_in_place(tmp_path, display):
    at_one = "$$g(1) = 1$$" if display else "So $g(1) = 1$."
    rows = _rows(tmp_path, f"Let $g(x) = x^2$.\n\n{at_one}\n\n$$g(3) = 9$$\n\n$$g(3) = 8$$")
    assert rows[-2].verdict == "proved", rows[-2].reason
    assert rows[-1].verdict == "refuted", rows[-1].reason


def test_digamma_values_in_prose_are_values_at_those_points(tmp_path):
    sentence = (
        "For example, $\\psi(2) = 1 - \\gamma$ where $\\gamma$ is Euler's constant. Hence\n\n"
    )
    false = _last(tmp_path, sentence + "$$ 2\\psi(3) = 2 - 2\\gamma $$")
    true = _last(tmp_path, sentence + "$$ 2\\psi(3) = 3 - 2\\gamma $$")
    assert false.verdict != "proved", false.reason
    assert true.verdict != "refuted", true.reason


def test_eulers_constant_named_in_prose_is_the_constant(tmp_path):
    text = (
        "Here $\\gamma$ is the Euler-Mascheroni constant.\n\n"
        "$$ \\psi(1) = -\\gamma $$\n\n$$ \\psi(2) = 1 - \\gamma $$\n\n$$ \\psi(2) = 2 - \\gamma $$"
    )
    rows = _rows(tmp_path, text)
    assert [r.verdict for r in rows[-3:-1]] == ["proved", "proved"], [r.reason for r in rows]
    assert rows[-1].verdict == "refuted", rows[-1].reason


@pytest.mark.parametrize("name", ["\\phi", "\\eta", "g"])
def test_a_primed_function_letter_before_a_bracket_is_a_derivative(tmp_path, name):
    got = _last(tmp_path, f"$$ {name}'(\\alpha) = \\alpha^2 + 1 $$")
    assert got.verdict != "refuted", got.reason


def test_the_trigamma_function_is_read_as_the_derivative_of_psi(tmp_path):
    true = (
        "\\psi'(\\alpha) = \\frac{\\Gamma''(\\alpha)}{\\Gamma(\\alpha)}"
        " - \\left(\\frac{\\Gamma'(\\alpha)}{\\Gamma(\\alpha)}\\right)^2"
    )
    assert _last(tmp_path, f"$$ {true} $$").verdict != "refuted"
    false = _last(tmp_path, "$$ \\psi'(\\alpha) = \\alpha^2 + 1 $$")
    assert false.verdict != "proved", false.reason


@pytest.mark.parametrize("p", ["p", "\\mathrm{p}", "\\operatorname{p}", "\\text{p}"])
def test_the_product_rule_reads_the_letter_in_any_upright_font(tmp_path, p):
    # held-out batch 11 (StatProofBook, binomial-beta model evidence): with the upright p the
    # joint density was compared with the likelihood above it, and refuted
    text = (
        f"$${p}(y|q) = \\binom{{n}}{{y}} q^y (1-q)^{{n-y}}$$\n\n"
        f"$${p}(q) = \\frac{{q^{{a-1}} (1-q)^{{b-1}}}}{{B(a, b)}}$$\n\n"
        f"$${p}(y,q) = {p}(y|q) \\, {p}(q)$$"
    )
    got = _last(tmp_path, text)
    assert got.verdict != "refuted", got.reason
