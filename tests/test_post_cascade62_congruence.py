"""CASCADE62: an operator with no value, applied to arguments equal as functions, gives equal
values (congruence), so a link between two such lines is checkable on its own.

``Var_x[\\partial_\\mu \\log(\\frac{1}{2b} e^{-|x-\\mu|/b})] = Var_x[\\partial_\\mu(-\\log 2b -
|x-\\mu|/b)]`` (held-out external15, liamcpinchbeck lines 162-163) was "unrelated: continues
a row that could not be checked": ``Var`` has no value the engine can compare, and the row
above compared nothing. Whatever ``Var_x`` is, it is one function of its argument: two
arguments equal as functions of every variable give the same variance. The link is compared
by proving the arguments equal (the same operator, the same subscript, the same conditioning
on both sides; the rest of the two lines the same). Only a proof: different arguments may
still have the same variance (``Var_x[x - \\mu] = Var_x[\\mu - x]``), so a difference is never
a refutation.

The proved rows of these tests were unrelated (or unchecked) before the change; the others
must stay neither proved nor refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: A chain whose first link names the quantity (compares nothing), then the rows under test.
_HEAD = "$$\n\\begin{aligned}\nJ(\\mu) &= \\mathrm{Var}_x\\left[\\frac{\\partial}{\\partial \\mu} \\left(-\\frac{(x-\\mu)^2}{2}\\right)\\right] \\\\\n"  # noqa: E501


def _verdict(tmp_path, row: str) -> str:
    body = _HEAD + f"&= {row}\n\\end{{aligned}}\n$$\n"
    return verdict_of_row(tmp_path, body, row)


def _pair(tmp_path, first: str, second: str) -> str:
    """The verdict of ``&= second`` below a row ``K = first`` that compares nothing."""
    body = f"$$\n\\begin{{aligned}}\nK &= {first} \\\\\n&= {second}\n\\end{{aligned}}\n$$\n"
    return verdict_of_row(tmp_path, body, f"&= {second}")


@pytest.mark.parametrize(
    "row",
    [
        "\\mathrm{Var}_x\\left[x - \\mu\\right]",
        "\\mathrm{Var}_x\\left[-\\mu + x\\right]",
    ],
)
def test_the_same_variance_of_equal_arguments_is_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        # equal variances, but the arguments differ: not this rule's proof, no refutation
        "\\mathrm{Var}_x\\left[\\mu - x\\right]",
        # a variance four times as large: wrong, the arguments differ
        "\\mathrm{Var}_x\\left[2x - 2\\mu\\right]",
        # another variable of the operator
        "\\mathrm{Var}_y\\left[x - \\mu\\right]",
        # no subscript: which variable is random is another reading
        "\\mathrm{Var}\\left[x - \\mu\\right]",
        # conditioning that the line above does not have
        "\\mathrm{Var}\\left[x - \\mu \\mid y\\right]",
        # another operator
        "\\mathbb{E}_x\\left[x - \\mu\\right]",
    ],
)
def test_a_false_twin_is_neither_proved_nor_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "refuted", "given", "plausible")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "\\log \\mathbb{E}\\left[(X+1)^2 \\mid Y\\right]",
            "\\log \\mathbb{E}\\left[X^2 + 2X + 1 \\mid Y\\right]",
        ),
        ("\\mathrm{Cov}((X + 1)^2, Y)", "\\mathrm{Cov}(X^2 + 2X + 1, Y)"),
        (
            "a^2 \\mathrm{Var}(X (X + 2)) + \\mathrm{Var}(Y)",
            "\\mathrm{Var}(Y) + a^2 \\mathrm{Var}(X^2 + 2X)",
        ),
    ],
)
def test_congruent_lines_are_proved(tmp_path, first, second):
    assert _pair(tmp_path, first, second) == "proved"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # conditioning on another variable
        (
            "\\log \\mathbb{E}\\left[(X+1)^2 \\mid Y\\right]",
            "\\log \\mathbb{E}\\left[X^2 + 2X + 1 \\mid Z\\right]",
        ),
        # the second argument of the covariance differs
        ("\\mathrm{Cov}((X + 1)^2, Y)", "\\mathrm{Cov}(X^2 + 2X + 1, Z)"),
        # a sample mean is not the variable
        ("\\mathrm{Var}(\\bar{X})", "\\mathrm{Var}(X)"),
        # the rest of the lines differ (a coefficient)
        (
            "a^2 \\mathrm{Var}(X (X + 2)) + \\mathrm{Var}(Y)",
            "\\mathrm{Var}(Y) + a \\mathrm{Var}(X^2 + 2X)",
        ),
        # the square of a variance is not the variance of a square
        ("\\mathrm{Var}(X)^2", "\\mathrm{Var}(X^2)"),
    ],
)
def test_lines_that_are_not_congruent_are_neither_proved_nor_refuted(tmp_path, first, second):
    assert _pair(tmp_path, first, second) not in ("proved", "refuted", "given", "plausible")


def test_congruence_pairs_only_calls_of_one_operator_subscript_and_conditioning():
    """The pairing itself: each call of one line meets the call of the other line with the
    same operator and the same arguments after the first; anything else is no pairing."""
    from derivations.post._one_measure import congruent_calls
    from derivations.post._parse import parse_expression

    def read(latex):
        return parse_expression(latex)[0]

    found = congruent_calls(read("\\mathrm{Var}_x[x^2] + 1"), read("1 + \\mathrm{Var}_x[x x]"))
    assert found is not None and found[1] is None
    (pair,) = found[0]
    assert {str(pair[0]), str(pair[1])} == {"x**2", "x*x"}
    for first, second in [
        ("\\mathrm{Var}_x[x^2]", "\\mathrm{Var}_y[x^2]"),
        ("\\mathrm{Var}_x[x^2]", "\\mathbb{E}_x[x^2]"),
        ("\\mathrm{Var}_x[x^2] + \\mathrm{Var}_x[x]", "2 \\mathrm{Var}_x[x^2]"),
        ("\\Pr(X > 0)", "\\Pr(-X < 0)"),
        # a call under a sum over a variable it holds is no one number
        ("\\sum_{i=1}^n \\mathrm{Var}(X_i)", "n \\mathrm{Var}(X_1)"),
        # nor under a derivative: the measure may depend on mu unsaid (E[X] = mu)
        ("\\frac{d}{d\\mu} \\left(\\mu \\mathbb{E}[X]\\right)", "\\mathbb{E}[X]"),
    ]:
        assert congruent_calls(read(first), read(second)) is None, (first, second)
    # the same call, the lines written around it differ: compared with it as one number
    pairs, lines = congruent_calls(read("\\mathrm{Var}_x[x^2]"), read("2 \\mathrm{Var}_x[x^2]"))
    assert pairs == [] and lines is not None and lines[1] == 2 * lines[0]
    # ... also under a sum over a variable the call does not hold
    pairs, lines = congruent_calls(
        read("\\sum_{i=1}^n \\mathrm{Var}(Y)"), read("n \\mathrm{Var}(Y)")
    )
    assert pairs == [] and lines is not None


@pytest.mark.parametrize(
    ("first", "second", "proved"),
    [
        (
            "\\sum_{i=1}^n \\left(\\mathrm{Var}(Y) + i\\right)",
            "n \\mathrm{Var}(Y) + \\frac{n(n+1)}{2}",
            True,
        ),
        (
            "\\sum_{i=1}^n \\left(\\mathrm{Var}(Y) + i\\right)",
            "n \\mathrm{Var}(Y) + \\frac{n(n-1)}{2}",
            False,
        ),
        ("\\sum_{i=1}^n \\mathrm{Var}(X_i)", "n \\mathrm{Var}(X_1)", False),
    ],
)
def test_lines_around_one_call_are_compared_with_it_as_one_number(tmp_path, first, second, proved):
    verdict = _pair(tmp_path, first, second)
    assert verdict != "refuted"
    assert (verdict == "proved") == proved, verdict
