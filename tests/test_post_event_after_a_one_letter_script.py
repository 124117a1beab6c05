"""A probability right after a one-letter script (held-out batch 56, blind66).

An answer on the Gumbel limit (external56, imathworks line 27) writes
``\\prod_{i=1}^nP(X_i\\le\\tfrac1\\lambda\\log n+x)``. TeX gives ``^`` the one token ``n``,
so ``P(...)`` is the probability of the event ``X_i \\le ...``. The order-event reader
(``._order_events``) refuses a ``P`` glued to a letter before it (``nP(X \\le x)``, the
letter ending a word), and ``n`` was such a letter: the row was unparsed ("relation sign
\\le inside an expression"). A letter that is a script's whole argument (after ``^`` or
``_``, unbraced) ends the script, not a word.

Property: a row reads the same with the script braced (``^{n}P``), spaced (``^n P``) or
glued (``^nP``); a P glued to a letter that is no script stays unread as before.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

CASES = [
    (r"\prod_{i=1}^nP(X_i\le x)", r"\prod_{i=1}^{n}P(X_i\le x)"),
    (
        r"\prod_{i=1}^nP(X_i\le\tfrac1\lambda\log n+x)",
        r"\prod_{i=1}^n P(X_i\le\tfrac1\lambda\log n+x)",
    ),
    (r"\sum_{k=1}^mI(x_k > t)", r"\sum_{k=1}^{m} I(x_k > t)"),
    (r"\prod_iP(X_i \geq 0)", r"\prod_{i}P(X_i \geq 0)"),
    (r"a^2P(X < 1)", r"a^{2} P(X < 1)"),
]


@pytest.mark.parametrize(("glued", "spaced"), CASES)
def test_a_glued_script_letter_reads_as_the_spaced_one(glued, spaced):
    assert parse_expression(glued)[0] == parse_expression(spaced)[0], glued


@pytest.mark.parametrize("text", [r"nP(X \le x)", r"2 nP(X > 0)"])
def test_a_p_glued_to_a_word_letter_is_still_not_an_event(text):
    with pytest.raises(Exception, match="relation sign"):
        parse_expression(text)
