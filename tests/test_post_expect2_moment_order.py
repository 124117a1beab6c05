"""A moment of a letter's order: ``E[Y^k] = \\sigma^k 2^{k/2} \\Gamma(1 + k/2)``.

The raw moments of a declared positive law, stated for every order ``k`` at once, were
"a moment the reader cannot work out": the family's ``E[Y^s]`` is finite only above a
bound (``s > -2`` for the Rayleigh), and nothing said ``k`` was above it. A letter written
as the order of a moment is a whole order ``k = 1, 2, ...`` (the raw moments), as a
sum's upper limit is a count: the value is the family's ``E[Y^s]`` at ``s = k`` when every
whole order is above the bound. A wrong formula is not proved; a family with no such
formula (the Poisson) gives no value.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = "---\ntitle: t\n---\n\n$${law}$$\n\n$$E[{power}] = {value}$$\n"


def _row(tmp_path, law, power, value):
    post = tmp_path / "post.md"
    post.write_text(POST.format(law=law, power=power, value=value), encoding="utf-8")
    return {r.line: r for r in check_post(str(post), jobs=1).rows}[7]


RAYLEIGH = "Y \\sim \\mathrm{Rayleigh}(\\sigma)"
GAMMA = "X \\sim \\mathrm{Gamma}(\\alpha, 1)"


@pytest.mark.parametrize(
    ("law", "power", "value"),
    [
        (RAYLEIGH, "Y^k", "\\sigma^k 2^{\\frac{k}{2}}\\Gamma(1+\\frac{k}{2})"),
        (GAMMA, "X^k", "\\frac{\\Gamma(\\alpha + k)}{\\Gamma(\\alpha)}"),
    ],
)
def test_the_moment_of_every_order_is_proved(tmp_path, law, power, value):
    row = _row(tmp_path, law, power, value)
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    ("law", "power", "value"),
    [
        (RAYLEIGH, "Y^k", "\\sigma^k 2^{\\frac{k}{2}}\\Gamma(1+k)"),
        (GAMMA, "X^k", "\\Gamma(\\alpha + k)"),
        ("N \\sim \\mathrm{Poisson}(\\lambda)", "N^k", "\\lambda^k"),
    ],
)
def test_a_wrong_moment_of_every_order_is_not_proved(tmp_path, law, power, value):
    row = _row(tmp_path, law, power, value)
    assert row.verdict != "proved", row.reason


def test_a_real_power_letter_is_no_order(tmp_path):
    # E[Y^s] holds only for s > -2: a letter that names no order is not taken for one
    row = _row(tmp_path, RAYLEIGH, "Y^s", "\\sigma^s 2^{\\frac{s}{2}}\\Gamma(1+\\frac{s}{2})")
    assert row.verdict != "proved", row.reason
