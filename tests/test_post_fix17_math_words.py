"""A word typed in math mode is not a product of one-letter symbols (held-out batch 17).

``\\log L = constant + 2 n_1 \\log\\theta`` was read with the product c*o*n*s*t*a*n*t, and
the row was unchecked for six "new" letters. ``const``/``constant`` added to a side is the
arbitrary constant ``+ \\text{const}`` is; another English word in math mode (``terms``,
``where``), or ``constant`` multiplied into a term, is not read, with a reason that names the
word and its column. Products such as ``np``, ``xy`` are read as before.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._lexer import LatexError, tokenize


def _rows(tmp_path, *displays):
    path = tmp_path / "post.md"
    body = "\n\nThen\n\n".join(f"$${d}$$" for d in displays)
    path.write_text(f"---\ntitle: t\n---\n\n{body}\n", encoding="utf-8")
    return check_post(path, jobs=1).rows


def _letters(text):
    toks, _ = tokenize(text)
    return [str(t) for t in toks if t.type == "LETTER"]


@pytest.mark.parametrize("word", ["const", "constant"])
def test_an_added_constant_word_is_one_symbol_like_text_const(word):
    assert _letters(f"{word} + 2 x") == _letters(f"\\text{{{word}}} + 2 x")
    assert _letters(f"2 x - {word}") == _letters(f"2 x - \\text{{{word}}}")
    assert word in _letters(f"2 x + {word}")


@pytest.mark.parametrize("text", ["x = terms + y", "2 x \\quad where", "2 \\, constant \\, x"])
def test_other_words_are_not_read_and_the_reason_names_them(text):
    with pytest.raises(LatexError) as err:
        tokenize(text)
    word = next(w for w in ("terms", "where", "constant") if w in text)
    assert word in str(err.value)
    assert err.value.column == text.index(word)


@pytest.mark.parametrize(
    ("text", "letters"),
    [("np(1-p)", ["n", "p", "p"]), ("xy", ["x", "y"]), ("ab + cd", ["a", "b", "c", "d"])],
)
def test_short_products_are_unchanged(text, letters):
    assert _letters(text) == letters


LOGL = "\\log L(\\theta) = constant + 2n_1 \\log \\theta + n_2 \\log (1-\\theta)"
DLOGL = "\\frac{\\partial}{\\partial \\theta} \\log L(\\theta)"
RIGHT = DLOGL + " = \\frac{2n_1}{\\theta} - \\frac{n_2}{1-\\theta}"
WRONG = DLOGL + " = \\frac{2n_1}{\\theta} + \\frac{n_2}{1-\\theta}"


def test_a_log_likelihood_with_a_bare_constant_is_read(tmp_path):
    first = _rows(tmp_path, LOGL)[0]
    assert first.verdict != "unparsed", first.reason
    assert "o, s" not in first.reason, first.reason  # no c, o, n, s, t, a letters


def test_its_derivative_twins(tmp_path):
    right = _rows(tmp_path, LOGL, RIGHT)[-1]
    wrong = _rows(tmp_path, LOGL, WRONG)[-1]
    assert right.verdict == "proved", right.reason
    assert wrong.verdict != "proved", wrong.reason


def test_the_held_out_row_is_not_a_product_of_letters():
    from pathlib import Path

    post = (
        Path(__file__).parent
        / "posts/incoming/external17"
        / "covuworie-jupyter-hardy-weinberg-trinomial-mle-score-information.md"
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert "a, c, n, o, s, t" not in rows[25].reason, rows[25].reason


@pytest.mark.parametrize("text", ["x_{const}", "\\mu_{terms}", "\\sum_{terms} x", "x_const"])
def test_a_word_in_a_script_is_a_label_as_before(text):
    toks, _ = tokenize(text)  # does not raise
    assert [t.type for t in toks][:2] in (["LETTER", "SUB"], ["GREEK", "SUB"], ["SUM", "SUB"])
