"""A density's support written into the formula: an indicator factor or a definition by cases.

``f(x) = g(x) I_{(0,\\infty)}(x)`` and ``f(x) = \\begin{cases} g(x) & x \\ge 0 \\\\ 0 &
\\text{otherwise} \\end{cases}`` say what ``f(x) = g(x), \\ x > 0`` says: the density is
``g`` on its support and 0 off it. Both were unparsed (an indicator's interval
subscript was "unexpected ','"; cases "not read"). They are now read as the formula on
the support with the support as a condition, exactly like the same row written with
a trailing condition. Anything else by cases (no branch 0, several branches that are
not 0, a support said only by "otherwise") is a piecewise value (``_cases``, session 37;
it was unparsed), and an integral stays unparsed with a reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._extract import Row
from derivations.post._parse import parse_row
from tests._post_rows import rows_of

REPRO4 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro4"


def _row(text: str):
    return parse_row(Row(text=text, line=1, block=0, index=0))


def _reading(text: str):
    p = _row(text)
    assert not p.error, p.error
    return [(s.relations, s.sides) for s in p.statements]


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        (
            r"f_\theta(x)=\frac{x^2}{\theta^3}e^{-\frac{x^2}{2\theta^2}}I_{(0,\infty)}(x)",
            r"f_\theta(x)=\frac{x^2}{\theta^3}e^{-\frac{x^2}{2\theta^2}}, \quad 0 < x",
        ),
        (
            r"f(x|\theta) = \frac{1}{x \sqrt{2\pi\theta}} I_{(0,\inf)}(x)",
            r"f(x|\theta) = \frac{1}{x \sqrt{2\pi\theta}}, \quad 0 < x",
        ),
        (r"h(x) = \frac{1}{x} I_{(0,inf)}", r"h(x) = \frac{1}{x}, \quad 0 < x"),
        (
            r"f(x) = \frac{1}{\theta} \mathbb{1}_{[0,\theta]}(x).",
            r"f(x) = \frac{1}{\theta}, \quad 0 \le x \le \theta",
        ),
        (
            r"f(x) = \begin{cases} \lambda e^{-\lambda x} & x \ge 0 \\ 0 & \text{otherwise} \end{cases}",
            r"f(x) = \lambda e^{-\lambda x}, \quad x \ge 0",
        ),
        (
            r"f(x;\theta) = \begin{cases} 0 & x < 0 \\ \theta e^{-\theta x} & \text{if } x \geq 0 \end{cases},",
            r"f(x;\theta) = \theta e^{-\theta x}, \quad x \geq 0",
        ),
        (
            r"p(x) = \begin{cases} \frac{1}{b-a}, & a \le x \le b, \\ 0, & \text{else.} \end{cases}",
            r"p(x) = \frac{1}{b-a}, \quad a \le x \le b",
        ),
    ],
)
def test_a_support_in_the_formula_reads_as_the_formula_with_a_condition(written, plain):
    assert _reading(written) == _reading(plain)


@pytest.mark.parametrize(
    "text",
    [
        # no branch is 0: which value holds where is a real piecewise function
        r"s(z) = \begin{cases} +1 & z > 0 \\ 0 & z = 0 \\ -1 & z < 0 \end{cases}",
        r"g(x) = \begin{cases} x & x > 0 \\ -x & x \le 0 \end{cases}",
        # the support only as "otherwise"
        r"f(x) = \begin{cases} 0 & x < 0 \\ e^{-x} & \text{otherwise} \end{cases}",
        # the cases are one term of a sum, not the whole side
        r"f(x) = 1 + \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}",
    ],
)
def test_other_definitions_by_cases_are_piecewise_values_not_supports(text):
    # READ6 (session 37): they were unparsed; now read as a piecewise value (._cases),
    # never as the formula on a support
    import sympy as sp

    p = _row(text)
    assert not p.error, p.error
    (statement,) = p.statements
    assert statement.sides[-1].has(sp.Piecewise), statement.sides


@pytest.mark.parametrize(
    "text",
    [
        # an indicator inside a sum or in a chain is not a support of the whole row
        r"f(x) = 1 + x I_{(0,\infty)}(x)",
        r"f(x) = x I_{(0,\infty)}(x) = x I_{(0,\infty)}(x)",
    ],
)
def test_an_indicator_that_is_not_a_factor_of_the_whole_row_is_not_dropped(text):
    p = _row(text)
    assert p.error or all(len(s.sides) != 2 or s.relations != (">",) for s in p.statements)
    assert len(p.statements) <= 1 or p.error


@pytest.mark.parametrize("text", [r"p(x) = \int p(x|\mu)p(\mu)d\mu", r"\int_0^1 x^2"])
def test_an_integral_without_limits_or_differential_is_unparsed_with_a_plain_reason(text):
    assert "integral" in _row(text).error


def test_a_definite_integral_is_read():
    assert not _row(r"\int_0^1 x\,dx").error


def test_the_indicator_repro_reads_both_definitions():
    rows = rows_of(REPRO4 / "indicator-with-interval-subscript-unparsed.md")
    assert "unparsed" not in [r.verdict for r in rows.values()], {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }
