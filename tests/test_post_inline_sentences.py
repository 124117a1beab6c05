"""Inline formulas in the sentences of a post that also has display math (issue 12).

A formula in a sentence ("**Second term:** $\\frac{\\partial}{\\partial b}(-n\\log b) =
-\\frac{n}{b}$") is a claim of the author, a row checked on its own; a question, a quote of
someone else, a condition, a setting of a value or a sentence that calls a formula wrong is
not, and stays prose (read only for the names it defines).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post._extract import extract, split_front_matter
from derivations.post._inline_claims import is_sentence_claim

# Display math, so that before this change no inline formula of a sentence was a row.
HEAD = "The log-likelihood is\n\n$$\\ell(b) = -n\\log 2 - n\\log b - \\frac{S}{b}$$\n\n"


@pytest.fixture(autouse=True)
def _stated_rows_on(monkeypatch):
    """Stated rows are off by default (``_extract.STATED_ROWS``); these tests are about them."""
    from derivations.post import _extract

    monkeypatch.setattr(_extract, "STATED_ROWS", True)


def _rows(body: str) -> list:
    text = "---\ntitle: t\n---\n" + body
    rows, _ = extract(split_front_matter(text)[1])
    return [r for r in rows if r.role == "row"]


def _row_lines(body: str) -> dict[int, str]:
    return {r.line: r.display for r in _rows(body)}


CLAIMS = [
    "**Second term:** $\\frac{\\partial}{\\partial b}(-n\\log b) = -\\frac{n}{b}$",
    "Using power rule: $\\frac{d}{db}b^{-1} = -b^{-2} = -\\frac{1}{b^2}$",
    "Actually, $E(\\sum y_i) = \\sum E(y_i) = n \\lambda$",
    "Then $X^T X + \\lambda \\beta = X^T X + \\lambda I \\beta$ holds.",
]


@pytest.mark.parametrize("sentence", CLAIMS)
def test_a_claim_in_a_sentence_of_a_post_with_display_math_is_a_sentence_row(sentence):
    body = HEAD + sentence + "\n"
    rows = _rows(body)
    line = body.count("\n", 0, body.index(sentence)) + 4
    here = [r for r in rows if r.line == line]
    assert here, f"no row on line {line}"
    assert all(r.sentence for r in here)
    # The display row stays an ordinary row.
    assert [r.sentence for r in rows if r.line == 6] == [False]


NOT_CLAIMS = [
    # a name on the left, one '=': a definition or a result, read from the prose (the
    # names it defines, the estimate it states) rather than made a row in the chain
    "Now, set to 0 and solve for p and we find the estimate is $p=\\frac{r}{n}$",
    "The derivative of the log-likelihood is $L'(p) = \\frac{x}{p} - \\frac{n-x}{1-p}$. Fine.",
    "Since $\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))$,",
    "- Probability Mass Function: $P(K=k) = \\binom{n}{k} p^k (1-p)^{n-k}$",
    "Thus, the estimator is $\\displaystyle {\\hat{P}}=\\frac{R}{n}$",
    # questions
    "Is it true that $\\frac{d}{db}b^{-1} = b^{-2}$ here?",
    "Why is $\\frac{d}{db}b^{-1} = b^{-2}$ and not something else?",
    # someone else's claim, quoted
    "However, my professor wrote $\\sigma^{2}=\\frac{\\sum(x_{i}-\\mu)^{2}}{n}$. Where did I go "
    "wrong!?",
    "The textbook says $\\hat b = \\frac{S}{2n}$ but I do not see why.",
    # first person in a question paragraph
    "I get $\\hat b = \\frac{S}{2n}$, is that right?",
    "Solving, I got $\\hat b = S/(2n)$. What am I missing? Please help.",
    # conditions and ranges
    "This holds if $b = 1$ only.",
    "The terms vanish for $i = 1, \\ldots, n$ as shown.",
    "When $x = 0$ the density is $1/(2b)$.",
    "Suppose $b = 2$ and look at the sum.",
    # settings of a value
    "The sample has $n = 4$ points.",
    "With $\\lambda=1$ the prior is flat.",
    # relations that are conditions or not checkable claims
    "Since $b > 0$ the log is defined.",
    "Here $x_i \\le b$ for every sample.",
    "We know $x \\sim \\mathrm{Laplace}(0, b)$ from the setup.",
    # a formula the sentence calls wrong, or cites as the mistake
    "Note that $\\frac{d}{db}b^{-1} = b^{-2}$ is wrong.",
    "The error is that $\\frac{d}{db}b^{-1} = b^{-2}$ was used instead of the power rule.",
    "It is not the case that $\\frac{d}{db}b^{-1} = b^{-2}$.",
    # a formula that only continues something, with no left side, or lacks its right side
    "which gives $= -\\frac{n}{b}$ in the end.",
    "The variance is $\\sigma^2_b(x_1)=$ the same.",
    # a claim under a condition stated in its sentence, before or after it
    "**Case 1:** If $x_i > \\mu$, then $u = x_i - \\mu > 0$, so $\\lvert u \\rvert = u$.",
    "and $f(y; b) = 0$ otherwise.",
    "and assuming that $E(\\log Y_i) = 0$ we go on.",
    "The density is $f(y; b) = 0$ for $y$ below zero.",
    "For a symmetric matrix $A$ we have $\\frac{\\partial}{\\partial z} z^T A z = 2 A z$.",
    # a gradient with a transpose: its layout (row or column) is a convention
    "Since $\\frac{\\partial}{\\partial x} [x^Tx] = 2x^T$ the chain rule applies.",
    # ranges, lists, index conditions and data values
    "The terms are $x=1,2,3$ here.",
    "The sum runs over $i = 1, \\dots, n$ here.",
    "Only the term $j = i$ depends on it.",
    "We take $\\sigma^2 = 1$ from now on.",
    "The data give $\\sum \\log y_i = 3.115$ here.",
]


#: The first five (a name on the left, one '='): results a sentence states, which are rows
#: that are never checked (._stated_rows, test_post_inline_rows); the rest stay prose.
#: "Since $...$," uses a fact as the reason of what follows (an aside, ._stated_rows._NAMING):
#: prose, as the bundled post's "remember that $\\sqrt{x} = x^{1/2}$" is.
NAMED = [s for s in NOT_CLAIMS[:5] if not s.startswith("Since")]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_questions_quotes_conditions_settings_and_negations_stay_prose(sentence):
    body = HEAD + sentence + "\n"
    line = body.count("\n", 0, body.index(sentence)) + 4
    if sentence in NAMED:
        here = [r for r in _rows(body) if r.line == line]
        assert here and all(r.stated for r in here), sentence
        return
    assert line not in _row_lines(body), sentence


def test_a_formula_on_a_title_line_or_in_a_tex_post_is_never_a_sentence_row():
    body = HEAD + "## The case $b = 1$\n\nText.\n"
    assert 8 not in _row_lines(body)
    tex = "\\[ a = b \\]\nWe get $\\frac{d}{db} b^2 = 2b$ here.\n"
    rows, _ = extract(tex, tex=True)
    assert [r.line for r in rows if r.role == "row"] == [1]


def test_kramdown_posts_keep_inline_double_dollars_as_prose():
    # kramdown renders $$...$$ inside a paragraph inline; the dialect has no single $.
    body = "$$\\ell(b) = -n\\log b$$\n\nWe let $$S_k := \\sum_i T_{k,i}$$ and rewrite.\n"
    assert 6 not in _row_lines(body)


def _claim(text: str) -> bool:
    a = text.index("$")
    b = text.index("$", a + 1)
    return is_sentence_claim(text, a, b + 1, text[a + 1 : b], [(a, b + 1)])


def test_is_sentence_claim_reads_the_sentence_and_its_paragraph():
    # The question is the next sentence's; the claim before it stands.
    assert _claim("So $\\frac{d}{db}b^{-1} = -b^{-2}$. Is the rest right?")
    # A result in the first person stands, unless the paragraph asks whether it is right.
    assert _claim("I get $\\frac{d}{db}b^{-1} = -b^{-2}$. The rest follows.")
    assert not _claim("I get $\\frac{d}{db}b^{-1} = -b^{-2}$. Is that right?")
    # A period inside the math does not end the sentence.
    assert not _claim("If $x = 1. 5$ then it is fine.")


# ----------------------------------------------------------------------------- verdicts

POST = (
    "The log-likelihood of the Laplace scale $b$ is\n\n"
    "$$\\ell(b) = -n\\log 2 - n\\log b - \\frac{S}{b}$$\n\n"
    "**Second term:** $\\frac{\\partial}{\\partial b}(-n\\log b) = -\\frac{n}{b}$\n\n"
    "Using power rule: $\\frac{d}{db}b^{-1} = -b^{-2} = -\\frac{1}{b^2}$\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "\\frac{\\partial}{\\partial b}(-n\\log b) = -\\frac{n}{b}",
        "\\frac{d}{db}b^{-1} = -b^{-2} = -\\frac{1}{b^2}",
    ],
)
def test_a_correct_claim_in_a_sentence_is_proved(tmp_path: Path, row: str):
    assert verdict_of_row(tmp_path, POST, row) == "proved"


@pytest.mark.parametrize(
    "old, new",
    [
        ("= -\\frac{n}{b}$", "= -\\frac{1}{b}$"),
        ("= -b^{-2} = -\\frac{1}{b^2}", "= -b^{-2} = \\frac{1}{b^2}"),
        ("= -b^{-2} = -\\frac{1}{b^2}", "= b^{-2} = \\frac{1}{b^2}"),
    ],
)
def test_the_same_claim_with_a_slip_is_refuted_at_its_line(tmp_path: Path, old: str, new: str):
    """Property: a slip inserted into a proved sentence claim is refuted there, never proved."""
    body = POST.replace(old, new)
    assert body != POST
    row = new.strip("$").split("$")[0]
    assert verdict_of_row(tmp_path, body, row) == "refuted"


def test_a_quoted_wrong_formula_is_never_refuted(tmp_path: Path):
    body = POST + "\nMy professor wrote $\\frac{d}{db}b^{-1} = b^{-2}$. Where did I go wrong?\n"
    text = "---\ntitle: t\n---\n" + body
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    from derivations.post import check_post

    line = len(text.splitlines())
    verdicts = {r.line: r.verdict for r in check_post(path, jobs=1).rows}
    assert line not in verdicts
    assert "refuted" not in verdicts.values()


CHAIN = (
    "The log-likelihood is\n\n"
    "$$\\ell(b) = -n\\log(2b) - \\frac{S}{b}$$\n\n"
    "Using $\\log(2b) = \\log 2 + \\log b$:\n\n"
    "$$= -n\\log 2 - n\\log b - \\frac{S}{b}$$\n"
)


def test_a_rule_stated_in_a_sentence_between_display_rows_does_not_take_over_the_chain(
    tmp_path: Path,
):
    """The display row after the sentence continues the display row before it: the
    sentence is no row (it would become the line the next row continues)."""
    assert 8 not in _row_lines(CHAIN)
    assert verdict_of_row(tmp_path, CHAIN, "= -n\\log 2 - n\\log b") == "proved"
    slipped = CHAIN.replace("= -n\\log 2 - n\\log b", "= -n\\log 2 + n\\log b")
    assert verdict_of_row(tmp_path, slipped, "= -n\\log 2 + n\\log b") == "refuted"
    # Without the continuation after it, the same sentence is a row, and proved.
    alone = CHAIN.replace("$$= -n\\log 2 - n\\log b - \\frac{S}{b}$$", "The end.")
    assert 8 in _row_lines(alone)
    assert verdict_of_row(tmp_path, alone, "\\log(2b) = \\log 2 + \\log b") == "proved"


@pytest.mark.parametrize("lead", ["Using", "Noting that", "Since", "Recall that"])
def test_a_rule_stated_just_before_a_display_row_is_its_reason_an_aside(lead: str):
    """The rule worked out is checked by itself, and the chain goes on past it (an aside,
    see test_post_extract4_asides); a constraint (``\\log 1 = 0``) stays the row's reason."""
    body = HEAD + f"{lead} $\\log(2b) = \\log 2 + \\log b$, one obtains\n\n$$\\ell(b) = 1$$\n"
    assert [r.aside for r in _rows(body) if r.line == 8] == [True]
    # Two facts, then the display row they lead into.
    body = (
        HEAD + f"{lead} $\\log(2b) = \\log 2 + \\log b$ and $\\log 1 = 0$, so\n\n$$\\ell(b) = 1$$\n"
    )
    assert [r.aside for r in _rows(body) if r.line == 8] == [True]
    # The same sentence with prose after it, not a display row: a claim of its own.
    body = HEAD + f"{lead} $\\log(2b) = \\log 2 + \\log b$, one obtains nothing.\n\nThe end.\n"
    assert 8 in _row_lines(body)


def test_a_claim_on_the_line_of_a_display_row_is_no_row_of_its_own():
    """A verdict names a line; a line with display math is the display row's."""
    sentence = "$$\\ell(b) = 1$$ and then $\\frac{d}{db}b^{-1} = -b^{-2}$ follows."
    body = HEAD + sentence + "\n"
    assert _row_lines(body)[8] == "\\ell(b) = 1"
    assert [r.sentence for r in _rows(body) if r.line == 8] == [False]


def test_a_fact_stated_after_an_equation_being_solved_is_an_aside():
    """Between two rows of an equation being solved, the fact is the next step's reason;
    as an ordinary row it became the line the next equation was read against (and went
    unchecked), as an aside the chain goes on past it."""
    body = (
        "$$\\frac{n}{\\theta}=\\frac{\\sum_{i=1}^{n} x_i-n}{1-\\theta}$$\n\n"
        "It is $\\sum_{i=1}^{n} x_i=n \\bar x$. Thus we get\n\n"
        "$$\\frac{n}{\\theta}=\\frac{n \\bar x-n}{1-\\theta}$$\n"
    )
    assert [r.aside for r in _rows(body) if r.line == 6] == [True]
    # After a display that gives a name its value, the same fact is a claim of its own.
    named = body.replace("$$\\frac{n}{\\theta}=\\frac{\\sum", "$$\\ell = \\frac{\\sum", 1)
    assert 6 in _row_lines(named)
