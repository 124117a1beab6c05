"""``nlog\\Gamma(3)``, ``2nlog\\beta``, ``\\frac{dlnL}{d\\theta}``: letters glued before log or ln.

Posts that write log without a backslash also leave out the space before it: a
gamma post's ``-2nlog\\beta`` and a Cramer-Rao question's ``\\frac{dlnL}{d\\theta}``.
Read letter by letter they were ``g*o*l*2*n*beta`` (a silent misreading) and
"unexpected 'n'". The letters before log/ln are factors, the letter after it (at
most one) is its argument, as ``lnL`` is already read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        (r"nlog\Gamma(3)", r"n \log \Gamma(3)"),
        (r"2nlog\beta", r"2n \log \beta"),
        (r"-3nlog\beta - \frac{1}{\beta}", r"-3n \log \beta - \frac{1}{\beta}"),
        (r"nln\theta", r"n \ln \theta"),
        (r"nlogx", r"n \log x"),
        (r"\frac{dlnL}{d\theta}", r"\frac{d \ln L}{d\theta}"),
        (r"\frac{dlogL}{d\theta}", r"\frac{d \log L}{d\theta}"),
        (r"\frac{d^2lnL}{d\theta^2}", r"\frac{d^2 \ln L}{d\theta^2}"),
        (r"nlog \lambda + 1", r"n \log \lambda + 1"),
    ],
)
def test_glued_letters_read_as_the_spaced_form(glued, spaced):
    read, slips = parse_expression(glued)
    assert read == parse_expression(spaced)[0], (glued, read)
    assert any("backslash" in s.message for s in slips), glued


@pytest.mark.parametrize("text", [r"nlogxy", r"dlnLp"])
def test_several_letters_after_the_glued_log_are_not_guessed(text):
    with pytest.raises(ValueError, match="backslash"):
        parse_expression(text)


def test_letters_without_log_stay_a_product():
    read, slips = parse_expression(r"nlg")
    assert read == parse_expression(r"n l g")[0]
    assert not slips


def test_the_cramer_rao_derivatives_are_read():
    rows = rows_of(REPRO3 / "dlnL-derivative-unparsed.md")
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)
    # the author's second derivative -1 (it is 0) is caught at its line
    assert rows[8].verdict == "refuted", (rows[8].verdict, rows[8].reason)
