"""``lnL``, ``lne^{...}``, ``logL(\\tau)``: ln or log without a backslash before one letter.

A Cramer-Rao question (repro3/ln-without-backslash-read-as-product-refuted.md) writes
lnL = lne^{n theta} + lne^{-sum x_i}: read as the products l*n*L and l*n*e^..., a
correct link was refuted. Before one letter the letters are the logarithm (with a
slip saying the backslash is missing); before several (lnxy) the row is not read.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post
from derivations.post._lexer import tokenize

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"


def test_the_cramer_rao_row_is_proved():
    rows = {
        r.line: r
        for r in check_post(REPRO3 / "ln-without-backslash-read-as-product-refuted.md", jobs=1).rows
    }
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)
    assert any("backslash" in s for s in rows[8].slips)


def test_ln_and_log_before_one_letter_are_the_logarithm():
    for text, head in ((r"lnL", "LN"), (r"lne^{x}", "LN"), (r"logL(\tau)", "LOG")):
        toks, slips = tokenize(text)
        assert toks[0].type == head, (text, [t.type for t in toks])
        assert toks[1].type in ("LETTER", "FNAME")  # L( may start a call
        assert slips


def test_ln_before_several_letters_is_not_guessed():
    toks, _ = tokenize(r"l n x")  # spaced letters stay a product
    assert [t.type for t in toks] == ["LETTER"] * 3
    try:
        toks, _ = tokenize(r"lnxy")
    except ValueError as exc:
        assert "ln" in str(exc)
    else:
        assert toks[0].type != "LN"
