"""``\\choose`` and ``\\over`` inside a ``\\left( ... \\right)`` pair (parse60).

``P(Y=y) = \\left(y + r - q \\choose y \\right) (1-p)^r p^y`` (held-out techqa negative
binomial variance of the mean, line 14) was "unexpected '}'": the reader took the
``\\choose`` as one of the whole side, though TeX ends its reach at the ``\\left ... \\right``
group, which then holds the binomial coefficient (in its own brackets).

Properties: a ``\\choose`` or ``\\over`` inside a ``\\left ... \\right`` pair is the binomial
(the fraction) of that pair's contents, the same value as ``\\binom`` (``\\frac``) written
there; one outside any group stays the whole side's; a ``\\choose`` inside plain
brackets, ``(n \\choose k)``, which TeX reads as ``{(n} \\choose {k)}``, stays unparsed with a
reason that says so.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    "written, usual",
    [
        (r"\left(y + r - q \choose y \right) (1-p)^r p^y", r"\binom{y + r - q}{y} (1-p)^r p^y"),
        (r"\left( n \choose k \right)", r"\binom{n}{k}"),
        (r"2 \left[ n \choose k \right] + 1", r"2 \binom{n}{k} + 1"),
        (r"\left( a + 1 \over b \right)^2", r"\left(\frac{a + 1}{b}\right)^2"),
        (r"\left( \left( n \choose k \right) \right) x", r"\binom{n}{k} x"),
    ],
)
def test_the_pair_holds_the_binomial_or_the_fraction(written, usual):
    assert _read(written) == _read(usual)


def test_a_choose_of_the_whole_side_is_unchanged():
    assert _read(r"n \choose k") == _read(r"\binom{n}{k}")
    assert _read(r"{n \choose k} p^k") == _read(r"\binom{n}{k} p^k")


@pytest.mark.parametrize(
    "written",
    # \Big( is a big bracket, no group: TeX reads {\Big( n} \choose {2 \Big)} too
    [r"(n \choose k) p", r"[n \choose k]", r"(a \over b) c", r"\Big( n \choose 2 \Big)"],
)
def test_plain_brackets_around_it_stay_unparsed_with_the_reason(written):
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        _read(written)
    assert "group" in str(err.value)
