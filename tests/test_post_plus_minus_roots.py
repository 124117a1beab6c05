"""An equation solved into its two roots with ``\\pm``: proved when both roots solve it and no
other does (``._plus_minus.both_roots``).

``\\theta^2 + \\theta - W = 0`` then ``\\theta = \\frac{-1 \\pm \\sqrt{1 + 4W}}{2}`` (external46,
jimmyhickey 10.3), ``u^2 = 2\\ln 2`` then ``u = \\pm\\sqrt{2 \\ln 2}`` (external55, StatProofBook's
FWHM): the row says the unknown is one of two values. It follows from the equation above
exactly when every root of that equation is one of them, that is when the equation above
implies ``(L - R_+)(L - R_-) = 0`` for the row ``L = R_\\pm``. Before, such a row was
unchecked ("a set of roots").

Properties: right roots are proved, for a monic and a non-monic quadratic and for a square
equal to a constant; wrong roots (a sign, a factor, a missing square root) are never proved and
never refuted (the set reading is checked prove-only); a row with ``\\pm`` on both sides, or
an equation above that is itself a set of roots, is untouched by it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import display_rows

HERE = Path(__file__).resolve().parent
INCOMING = HERE / "posts" / "incoming"

_RIGHT = [
    (r"\theta^2 + \theta - W = 0", r"\theta = \frac{-1 \pm \sqrt{1 + 4W}}{2}"),
    (r"0 = \theta^2 + \theta - W", r"\theta = \frac{-1 \pm \sqrt{1^2 - 4(1)(-W)}}{2}"),
    (r"2 x^2 + b x + c = 0", r"x = \frac{-b \pm \sqrt{b^2 - 8 c}}{4}"),
    (r"u^2 = -2 \ln \frac{1}{2}", r"u = \pm \sqrt{2 \ln 2}"),
    (r"t^2 - 2 m t + m^2 - 3 v = 0", r"t = m \pm \sqrt{3} \sqrt{v}"),
    (r"x^2 - 2 \mu x + \mu^2 - \sigma^2 = 0", r"x = \mu \mp \sigma"),
]

_WRONG = [
    (r"\theta^2 + \theta - W = 0", r"\theta = \frac{1 \pm \sqrt{1 + 4W}}{2}"),
    (r"\theta^2 + \theta - W = 0", r"\theta = \frac{-1 \pm \sqrt{1 - 4W}}{2}"),
    (r"\theta^2 + \theta - W = 0", r"\theta = -1 \pm \sqrt{1 + 4W}"),
    (r"a x^2 + b x + c = 0", r"x = \frac{-b \pm \sqrt{b^2 - 4 a c}}{2}"),
    (r"2 x^2 + b x + c = 0", r"x = \frac{-b \pm \sqrt{b^2 - 4 c}}{4}"),
    (r"u^2 = -2 \ln \frac{1}{2}", r"u = \pm 2 \ln 2"),
    (r"u^2 = 4", r"u = \pm 4"),
]


def _verdict(tmp_path: Path, above: str, row: str):
    rows = display_rows(tmp_path, above, row)
    return rows[max(rows)]


@pytest.mark.parametrize("above, row", _RIGHT)
def test_both_roots_of_the_equation_above_are_proved(tmp_path, above, row):
    r = _verdict(tmp_path, above, row)
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("above, row", _WRONG)
def test_wrong_roots_are_neither_proved_nor_refuted(tmp_path, above, row):
    r = _verdict(tmp_path, above, row)
    assert r.verdict not in ("proved", "refuted"), (r.verdict, r.reason)


def test_a_letter_as_leading_coefficient_is_not_proved_without_it_non_zero(tmp_path):
    """``x = (-b \\pm \\sqrt{b^2 - 4ac})/(2a)`` holds only where ``a \\ne 0``, which the post
    does not say: plausible, never refuted."""
    r = _verdict(tmp_path, r"a x^2 + b x + c = 0", r"x = \frac{-b \pm \sqrt{b^2 - 4 a c}}{2 a}")
    assert r.verdict == "plausible", (r.verdict, r.reason)


def test_a_row_with_signs_on_both_sides_is_compared_as_before(tmp_path):
    """``x - \\mu = \\pm c\\sigma`` after ``(x - \\mu)/\\sigma = \\pm c``: one sign shared, and
    the first of them solved into its roots."""
    rows = display_rows(
        tmp_path,
        r"\left(\frac{x - \mu}{\sigma}\right)^2 = 2 \ln 2",
        r"\frac{x - \mu}{\sigma} = \pm \sqrt{2 \ln 2}",
        r"x - \mu = \pm \sqrt{2 \ln 2} \sigma",
        r"x = \mu \pm \sqrt{3 \ln 2} \sigma",
    )
    lines = sorted(rows)
    assert [rows[k].verdict for k in lines[1:3]] == ["proved", "proved"]
    # an equation step between rows with the sign is never refuted (a set of roots)
    assert rows[lines[3]].verdict not in ("proved", "refuted")


@pytest.mark.parametrize(
    "post, line",
    [
        ("external46/jimmyhickey-st702-10-1-10-3-normal-theta-theta-mle-information.md", 86),
        ("external55/statproofbook-norm-fwhm-full-width-half-maximum.md", 57),
    ],
)
def test_the_held_out_rows_solved_into_roots(post, line):
    from _post_rows import rows_of

    rows = rows_of(INCOMING / post)
    assert rows[line].verdict == "proved", (rows[line].verdict, rows[line].reason)


def test_a_number_in_a_subscript_names_the_letter_as_written(tmp_path):
    """``x_{1/2}`` (both roots) was named ``x_1/2**1`` in the report, after the unevaluated
    quotient the subscript is read as."""
    rows = display_rows(tmp_path, r"x_{1/2} = \mu \pm \sigma")
    (row,) = rows.values()
    assert "x_1/2" in row.reason and "**" not in row.reason, row.reason
