"""Math the author wrote that the reader made no row of (issue 12, held-out "missing" lines).

- kramdown renders ``$$...$$`` inside a paragraph as inline math: a claim there is a claim in
  a sentence, as ``$...$`` is in a MathJax post (same rules, :mod:`._inline_claims`);
- an ``array`` laid out as an alignment (``\\begin{array}{rcl} a &=& b \\\\[2ex] &=& c``)
  gives a row per line, as ``eqnarray`` does; an array of values with conditions stays whole;
- "For example, $\\psi(1) = -\\gamma$": an example is no condition, and a function written at
  numbers is a value claimed, not a definition of the function;
- a fact after an expectation worked out in a display ("the second is $E[x]^2 = a^2/b^2$")
  is a claim, not the reason of an equation being solved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of, verdict_of_row

from derivations.post._extract import extract, split_front_matter

SEMANTICS = Path(__file__).parent / "posts" / "semantics"


def _rows(body: str) -> list:
    text = "---\ntitle: t\n---\n" + body
    rows, _ = extract(split_front_matter(text)[1])
    return [r for r in rows if r.role == "row"]


def _line_of(body: str, piece: str) -> int:
    return body.count("\n", 0, body.index(piece)) + 4


# ----------------------------------------------------------------------------- kramdown

KRAMDOWN = (
    "The log-likelihood is\n\n$$\\ell(b) = -n\\log b - \\frac{S}{b}$$\n\n"
    "Actually, $$E(\\sum y_i) = \\sum E(y_i) = n \\lambda$$ holds here.\n"
)


def test_a_claim_in_kramdown_inline_double_dollars_is_a_sentence_row():
    rows = _rows(KRAMDOWN)
    here = [r for r in rows if r.line == _line_of(KRAMDOWN, "Actually")]
    assert [r.sentence for r in here] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "We let $$S_k := \\sum_i T_{k,i}$$ and rewrite.",
        "And $$\\frac{d}{db} \\ell = 0$$ if and only if $$b = S/n$$.",
        "Is it true that $$\\frac{d}{db}b^{-1} = b^{-2}$$ here?",
        "We take $$\\sigma^2 = 1$$ from now on.",
    ],
)
def test_kramdown_definitions_conditions_and_questions_stay_prose(sentence):
    body = KRAMDOWN.split("Actually")[0] + sentence + "\n"
    assert _line_of(body, sentence) not in {r.line for r in _rows(body)}


def test_a_kramdown_claim_is_checked(tmp_path: Path):
    good = "$$\\ell(b) = b$$\n\nSo $$\\frac{d}{db} b^{-1} = -b^{-2}$$ holds.\n"
    assert verdict_of_row(tmp_path, good, "holds") == "proved"
    bad = good.replace("= -b^{-2}", "= b^{-2}")
    assert verdict_of_row(tmp_path, bad, "holds") == "refuted"


# ----------------------------------------------------------------------------- arrays

ARRAY = (
    "Bayes' theorem gives\n\n$$\n\\begin{array}{rcl}\n"
    "p(\\theta|D) &=& \\dfrac{p(D|\\theta)p(\\theta)}{p(D)}\\\\[2ex]\n"
    "&=& \\dfrac{p(\\theta)p(D|\\theta)}{p(D)}\n\\end{array}\n$$\n"
)


def test_an_array_laid_out_as_an_alignment_gives_a_row_per_line():
    rows = _rows(ARRAY)
    assert [r.line for r in rows] == [8, 9]
    assert rows[0].display.startswith("p(\\theta|D) = ")
    assert rows[1].display.startswith("= ")
    assert "2ex" not in rows[0].display + rows[1].display


@pytest.mark.parametrize(
    "inner",
    [
        "1 & x > 0 \\\\ 0 & x \\le 0",  # values with their conditions
        "a = 1 & x > 0 \\\\ a = 0 & x \\le 0",
        "1 & 2 \\\\ 3 & 4",  # a table of numbers
    ],
)
def test_an_array_of_values_with_conditions_stays_one_row(inner):
    body = f"Text\n\n$$\\begin{{array}}{{ll}} {inner} \\end{{array}}$$\n"
    assert len(_rows(body)) == 1


def test_the_rows_of_an_aligned_array_are_checked(tmp_path: Path):
    body = (
        "$$\n\\begin{array}{rcl}\n"
        "(a + b)^2 &=& a^2 + 2ab + b^2 \\\\[2ex]\n&=& a^2 + b^2 + 2ba\n"
        "\\end{array}\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, "2ba") == "proved"
    bad = body.replace("+ 2ba", "+ ba")
    assert verdict_of_row(tmp_path, bad, "+ ba") == "refuted"


# ----------------------------------------------------------------------------- examples

PSI = (
    "The digamma function is $\\psi = \\Gamma'/\\Gamma$ and\n\n"
    "$$\\psi'(x) = \\sum_{k=0}^\\infty \\frac{1}{(x+k)^2}$$\n\n"
    "For example, $\\psi(1) = -\\gamma$, $\\psi(2) = 1 - \\gamma$ where $\\gamma$ is Euler's "
    "constant, $\\gamma = .577216...$; while $\\psi'(1) = \\pi^2/6$. For our example we need\n"
)


def test_values_of_a_function_given_for_example_are_sentence_rows():
    line = _line_of(PSI, "For example")
    here = [r.display for r in _rows(PSI) if r.line == line]
    assert "\\psi(1) = -\\gamma" in here
    assert "\\psi'(1) = \\pi^2/6" in here
    # a decimal data value is no claim
    assert not any(".577" in t for t in here)


@pytest.mark.parametrize(
    "sentence",
    [
        "For $x = 1$ the sum is $f(1) = 2$.",  # a condition opens the sentence
        "For all $k$ we have $\\psi(k) = 2$.",
        "The likelihood is $L(p) = p^3$ here.",  # a name applied to a letter: a definition
    ],
)
def test_conditions_and_definitions_stay_prose(sentence):
    body = PSI.split("For example")[0] + sentence + "\n"
    # (a definition its sentence states is a row never checked: ._stated_rows)
    assert not [r for r in _rows(body) if r.line == _line_of(body, sentence) and not r.stated]
    if sentence.startswith("For"):
        assert _line_of(body, sentence) not in {r.line for r in _rows(body)}


# ----------------------------------------------------------------------------- expectations


def test_a_value_after_an_expectation_worked_out_is_a_sentence_row():
    body = (
        "$$ \\text{Var}[x] = \\text{E}[x^2] - \\text{E}[x]^2 $$\n\n"
        "$$ \\begin{aligned} \\text{E}[x^2] &= \\int_0^1 x^2 \\, dx \\\\ &= \\frac{1}{3} "
        "\\end{aligned} $$\n\n"
        "and the second is \\( \\text{E}[x]^2 = 1/4. \\) Therefore\n\n"
        "$$ \\text{Var}[x] = \\frac{1}{12} $$\n"
    )
    line = _line_of(body, "and the second")
    assert [r.sentence for r in _rows(body) if r.line == line] == [True]


def test_a_fact_after_an_equation_being_solved_is_an_aside():
    """Checked by itself, while the chain goes on past it (see test_post_extract4_asides)."""
    body = (
        "$$ \\frac{n}{\\theta} = \\frac{S - n}{1 - \\theta} $$\n\n"
        "Note that $\\frac{d}{d\\theta} \\log \\theta = \\frac{1}{\\theta}$. Thus\n\n"
        "$$ \\hat\\theta = \\frac{n}{S} $$\n"
    )
    line = _line_of(body, "Note that")
    assert [r.aside for r in _rows(body) if r.line == line] == [True]


# ----------------------------------------------------------------------------- a whole post

KRAMDOWN_POST = SEMANTICS / "extract-kramdown-array.md"


def test_the_kramdown_post_has_a_row_for_each_line_of_math_and_proves_them():
    rows = rows_of(KRAMDOWN_POST)
    assert sorted(rows) == [8, 9, 13]
    assert {line: r.verdict for line, r in rows.items()} == {8: "given", 9: "proved", 13: "proved"}


@pytest.mark.parametrize(
    "old, new, line",
    [
        ("y_i - n\\lambda - \\sum", "y_i - \\lambda - \\sum", 9),
        ("y_i - n$$ by", "y_i - 1$$ by", 13),
    ],
)
def test_a_slip_in_the_kramdown_post_is_refuted_at_its_line(tmp_path: Path, old, new, line):
    """Property: a slip put into a proved row of the post is refuted there, never proved."""
    rows = rows_of(edited_copy(tmp_path, KRAMDOWN_POST, old, new))
    assert rows[line].verdict == "refuted"


# ----------------------------------------------------------------------------- rows ending open

OPEN_ROWS = (
    "Text\n\n$$\n\\ell(\\theta) = \\sum_{n=1}^N \\theta x_n \\\\\n"
    "= \\theta x_1 + \\\\\n\\theta x_2 + \\\\\n\\vdots \\\\\n\\theta x_N \\\\\n"
    "= \\theta \\sum_{n=1}^N x_n\n$$\n"
)


def test_a_row_that_ends_with_an_operator_goes_on_in_the_next_row():
    rows = _rows(OPEN_ROWS)
    assert [r.line for r in rows] == [7, 8, 12]
    assert " ".join(rows[1].text.split()) == "= \\theta x_1 + \\theta x_2 + \\ldots + \\theta x_N"


def test_a_sum_written_over_rows_is_checked(tmp_path: Path):
    assert verdict_of_row(tmp_path, OPEN_ROWS, "\\theta x_1 +") == "proved"
    # the row after it is compared with it: a slip there is refuted, not left unrelated
    bad = OPEN_ROWS.replace("= \\theta \\sum", "= 2\\theta \\sum")
    assert verdict_of_row(tmp_path, bad, "= 2\\theta") == "refuted"
