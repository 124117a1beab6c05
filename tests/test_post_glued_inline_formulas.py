"""One row written as several inline formulas glued by the signs between them, outside the
math (``>$\\Gamma(\\alpha)$=$(\\alpha-1)\\cdot\\Gamma(\\alpha-1)$``, ``$a$-$b$``,
``$\\int f$&nbsp;$\\int g$``: a Jekyll blog's way, held-out batch 51, mjtsai's gamma post lines
122-126). Read apart, the line held no row at all, and the next line's ``=...`` went on from an
older row (a ``$k=2$`` of the sentence above): correct rows were refuted. Glued with nothing
between the formulas but one ``=``, ``+``, ``-`` or ``&nbsp;``, they are one formula, read as if
written whole; formulas apart (a space, a word, a comma between them) are read as before.
Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

from derivations.post._extract import find_blocks

# (a row written whole, the same row glued from pieces) - each holds
_CASES = [
    (r"\Gamma(5)=4\cdot\Gamma(4)", r"\Gamma(5)$=$4\cdot\Gamma(4)"),
    (r"(a+b)^2=a^2+2ab+b^2", r"(a+b)^2$=$a^2$+$2ab$+$b^2"),
    (r"(a+b)(a-b)=a^2-b^2", r"(a+b)(a-b)$=$a^2$-$b^2"),
    (r"\int_0^1 x\,dx=\frac{1}{2}", r"\int_0^1 x\,dx$=$\frac{1}{2}"),
]


def _post(row: str, after: str = "") -> str:
    return f"---\ntitle: t\n---\n\nProof:\n\n>${row}$  \n{after}"


@pytest.mark.parametrize(("whole", "glued"), _CASES)
def test_a_glued_row_reads_as_the_row_written_whole(tmp_path, whole, glued):
    a = rows_of_text(tmp_path, _post(whole))
    b = rows_of_text(tmp_path, _post(glued))
    assert 7 in a and 7 in b
    assert b[7].verdict == a[7].verdict
    assert b[7].verdict != "refuted"


@pytest.mark.parametrize(("whole", "glued"), _CASES)
def test_a_false_glued_row_is_never_proved(tmp_path, whole, glued):
    false = glued.replace("$=$", "$=$3+", 1)
    rows = rows_of_text(tmp_path, _post(false))
    assert rows[7].verdict != "proved"


def test_a_row_going_on_from_a_glued_row_continues_it(tmp_path):
    # "$(a+b)^2$=$a^2+2ab+b^2$" then ">$\;=b^2+2ab+a^2$": the second row goes on from the first
    body = _post(r"(a+b)^2$=$a^2$+$2ab$+$b^2", r">$\;\;=b^2+2ab+a^2$  " + "\n")
    assert rows_of_text(tmp_path, body)[8].verdict == "proved"


def test_a_row_after_a_glued_line_it_cannot_read_is_not_compared_with_an_older_row(tmp_path):
    # the breach: a sentence row k = 2 above, then a glued line with a command the reader
    # does not know, then "= ..." - never read against k = 2
    body = (
        "---\ntitle: t\n---\n\n"
        r">$\alpha\cdot\beta=\beta\cdot\alpha$  "
        "\n\nby taking $k=2$, we have:\n\n"
        r">$\foo X$=$\frac{\beta^{2}}{\Gamma(\alpha)}\cdot\Gamma(2+\alpha)$-$(\beta\alpha)^2$  "
        "\n"
        r">$\;\;=\beta^{2}(\alpha+1)\alpha$-$(\beta\alpha)^2$  "
        "\n"
    )
    rows = rows_of_text(tmp_path, body)
    assert rows[10].verdict != "refuted"


@pytest.mark.parametrize(
    "apart",
    [
        r">$a$ = $b$, then",  # spaces around the sign: prose between formulas
        r">$a$, $b$",  # a comma
        r">$a$ and $b$",  # a word
        r">$a$==$b$",  # two signs
    ],
)
def test_formulas_apart_are_not_joined(apart):
    blocks = find_blocks(f"Text:\n\n{apart}\n")
    assert not any("$" in b.text for b in blocks)
    assert all(b.text.strip() in ("a", "b") for b in blocks)


def test_a_glued_line_is_one_block_with_its_signs():
    blocks = find_blocks("Proof:\n\n>$I^2$=$\\int_0^1 x\\,dx$&nbsp;$\\int_0^1 y\\,dy$\n")
    assert len(blocks) == 1
    text = blocks[0].text
    assert "$" not in text and "&nbsp;" not in text
    assert " ".join(text.split()) == "I^2 = \\int_0^1 x\\,dx \\int_0^1 y\\,dy"
