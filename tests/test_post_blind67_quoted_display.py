"""Display math inside a Markdown block quote (held-out batch 57, an Obsidian note).

An Obsidian note on the geometric distribution (external57) writes its proofs in callouts,
``> [!check]- Proof``, every line of which, the display's included, starts with the block
quote's ``>``: ``> $$``, ``> \\begin{align*}``, ``> &= (1-p)p\\sum_x ...``. The page shows the
quote's content, marker stripped; the reader kept the marker inside the math and read it as
"greater than" with nothing on its left ("a side of a relation is empty"): 14 truth lines
unparsed. A quote's markers are blanked (offsets kept) in a run of quoted lines that holds
a display opener, as the page renders it; a line of a display that starts with ``>`` as a
relation, outside any quote, is kept.

Properties: a quoted chain reads as the same chain unquoted (same verdicts, a wrong link
still refuted); nested markers (``> >``) too; a ``>`` that continues an unquoted display is
untouched.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

from derivations.post._unrendered import unquote_displays

CHAIN = [
    "$$",
    "\\begin{align*}",
    "f(x) &= (x + 1)^2 \\\\",
    "&= x^2 + 2x + 1",
    "\\end{align*}",
    "$$",
]


def _verdicts(tmp_path, lines: list[str]) -> list[str]:
    body = "Let $x$ be real.\n\n" + "\n".join(lines) + "\n"
    rows = rows_of_text(tmp_path, body)
    return [rows[k].verdict for k in sorted(rows)]


@pytest.mark.parametrize("marker", ["> ", ">", "> > ", "  > "])
def test_a_quoted_chain_reads_as_the_chain(tmp_path, marker):
    plain = _verdicts(tmp_path, CHAIN)
    quoted = _verdicts(tmp_path, ["> [!check]- Proof", *(marker + line for line in CHAIN)])
    assert quoted == plain and plain[-1] == "proved", (quoted, plain)


def test_a_wrong_link_in_a_quote_is_still_refuted(tmp_path):
    wrong = [line.replace("2x + 1", "x + 1") for line in CHAIN]
    got = _verdicts(tmp_path, ["> Proof", *("> " + line for line in wrong)])
    assert got[-1] == "refuted", got


def test_a_relation_that_starts_a_line_of_an_unquoted_display_is_kept():
    text = "Then\n$$\na + 1\n> a\n$$\n"
    assert unquote_displays(text) == text


def test_a_quote_without_a_display_is_as_before():
    text = "> Note: $a > b$ holds.\n> Yes.\n"
    assert unquote_displays(text) == text


# A quoted fact in the middle of a chain (held-out external16, a Student-t note): "> Recognizing
# the Gamma Function" quotes the integral's value between two rows of the density's chain.
# Read, it became the line the next "= ..." row was compared with, and that correct row was
# refuted. A quoted display between a row and the row that goes on from it, outside the
# quote, is an aside: checked by itself, the chain goes on past it.
ASIDE = (
    "Let $a > 0$.\n\n"
    "$$\ng(a) = \\int_0^\\infty a e^{-w} \\, dw\n$$\n"
    "> Recognizing the integral\n> $$\n> \\int_0^\\infty e^{-w} \\, dw = 1\n> $$\n\n"
    "$$\n= a\n$$\n"
)


def test_a_quoted_fact_inside_a_chain_is_an_aside(tmp_path):
    rows = rows_of_text(tmp_path, ASIDE)
    by_text = {r.text.strip(): r.verdict for r in rows.values()}
    assert by_text.get("= a") == "proved", by_text
    assert by_text.get("\\int_0^\\infty e^{-w} \\, dw = 1") == "proved", by_text


def test_a_wrong_continuation_past_a_quoted_fact_is_refuted(tmp_path):
    rows = rows_of_text(tmp_path, ASIDE.replace("$$\n= a\n$$", "$$\n= 2 a\n$$"))
    by_text = {r.text.strip(): r.verdict for r in rows.values()}
    assert by_text.get("= 2 a") == "refuted", by_text
