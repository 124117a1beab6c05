"""Forms of math the reader used to find no row in (issue 12, held-out "(no row)" lines).

- a claim in a sentence after the post's last display equation: with no step after it,
  it is the reason of nothing, so it is a claim of its own ("Actually, $E(\\sum y_i) =
  \\sum E(y_i) = n\\lambda$" after the asker's last row);
- a fact stated before a display row that stands on its own ("Using power rule:
  $\\frac{d}{db}b^{-1} = -b^{-2}$" before "$$-S \\cdot (-\\frac{1}{b^2}) = \\frac{S}{b^2}$$"):
  the row after it reads nothing from the line above, so the fact is checked too; before
  a row that names a result or a quantity (``\\hat a = 2\\bar X``, ``\\ell(b) = ...``) the
  fact stays its reason;
- a paragraph that is one inline formula with no relation sign, in a post written with
  single dollars only ("Taking the natural log of both sides:" then
  "$n\\ln(\\theta) + ...$"): the asker's display row, read as the next line of the chain.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post import check_post
from derivations.post._extract import extract, split_front_matter
from derivations.post._inline_claims import top_level


def _rows(body: str) -> dict[int, list]:
    text = "---\ntitle: t\n---\n" + body
    rows, _ = extract(split_front_matter(text)[1])
    out: dict[int, list] = {}
    for r in rows:
        if r.role == "row":
            out.setdefault(r.line, []).append(r)
    return out


def _line_of(body: str, needle: str) -> int:
    return body.count("\n", 0, body.index(needle)) + 4


def _verdicts(tmp_path: Path, body: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


# ------------------------------------------------------- a claim after the last display

LAST = (
    "Let $y_1, \\ldots, y_n$ be a sample from Poisson($\\lambda$).\n\n"
    "$$\\frac{d \\ell}{d\\lambda} = \\frac{1}{\\lambda} \\sum_{i=1}^n y_i - n$$\n\n"
    "$$E\\left[\\frac{-1}{\\lambda^2} \\sum_{i=1}^n y_i\\right]"
    " = \\frac{-1}{\\lambda^2} n \\bar{y}$$\n\n"
    "Is this right?\n\n"
    "The last equation mixes the two up. Actually, $\\frac{d}{d\\lambda} \\lambda^2 = 2\\lambda$\n"
)


def test_a_claim_after_the_last_display_equation_is_a_row(tmp_path: Path):
    line = _line_of(LAST, "Actually")
    assert line in _rows(LAST)
    assert _verdicts(tmp_path, LAST)[line] == "proved"


def test_the_same_claim_with_a_slip_is_refuted(tmp_path: Path):
    body = LAST.replace("= 2\\lambda$", "= 2\\lambda^2$")
    assert body != LAST
    assert _verdicts(tmp_path, body)[_line_of(body, "Actually")] == "refuted"


def test_a_fact_after_an_equation_with_a_step_after_it_is_an_aside(tmp_path: Path):
    # The geometric post: "It is $\\sum x_i = n\\bar x$. Thus we get $$...$$": the fact is
    # checked by itself and the step after it reads the equation before it.
    body = LAST + "\n$$\\hat\\lambda = \\bar y$$\n"
    line = _line_of(body, "Actually")
    assert [r.aside for r in _rows(body)[line]] == [True]
    assert _verdicts(tmp_path, body)[line] == "proved"


# ------------------------------------------- a fact before a row that stands on its own

PREMISE = (
    "The log-likelihood is\n\n"
    "$$\\ell(b) = -n\\log 2 - n\\log b - \\frac{S}{b}$$\n\n"
    "Using power rule: $\\frac{d}{db}b^{-1} = -b^{-2} = -\\frac{1}{b^2}$\n\n"
    "$$-S \\cdot \\left(-\\frac{1}{b^2}\\right) = \\frac{S}{b^2}$$\n"
)


def test_a_fact_before_a_self_contained_display_row_is_a_row(tmp_path: Path):
    line = _line_of(PREMISE, "Using")
    assert line in _rows(PREMISE)
    verdicts = _verdicts(tmp_path, PREMISE)
    assert verdicts[line] == "proved"
    # The display row after it is still checked on its own.
    assert verdicts[line + 2] == "proved"


@pytest.mark.parametrize(
    "old, new", [("= -\\frac{1}{b^2}$", "= \\frac{1}{b^2}$"), ("= -b^{-2}", "= -b^{-1}")]
)
def test_a_slip_in_that_fact_is_refuted_and_the_row_after_is_not(tmp_path: Path, old, new):
    body = PREMISE.replace(old, new)
    assert body != PREMISE
    line = _line_of(body, "Using")
    verdicts = _verdicts(tmp_path, body)
    assert verdicts[line] == "refuted"
    assert verdicts[line + 2] == "proved"


@pytest.mark.parametrize(
    "display",
    [
        "$$\\hat{a}_{MoM} = 2 \\overline{X}$$",  # a result: what the fact is used to solve
        "$$\\ell(b) = 1$$",  # a quantity's value
        "$$-\\frac{n}{b}$$",  # no relation: a bare continuation
    ],
)
def test_a_fact_before_a_result_or_a_value_is_an_aside(display):
    """The fact is its reason, checked by itself: the row reads the line before the fact
    (see test_post_extract4_asides)."""
    body = PREMISE.replace("$$-S \\cdot \\left(-\\frac{1}{b^2}\\right) = \\frac{S}{b^2}$$", display)
    assert body != PREMISE
    assert [r.aside for r in _rows(body)[_line_of(body, "Using")]] == [True]


def test_a_fact_before_a_continuation_stays_its_reason():
    display = "$$= -\\frac{n}{b}$$"
    body = PREMISE.replace("$$-S \\cdot \\left(-\\frac{1}{b^2}\\right) = \\frac{S}{b^2}$$", display)
    assert body != PREMISE
    assert _line_of(body, "Using") not in _rows(body)


@pytest.mark.parametrize(
    "fact",
    [
        "Noting that $1+q = 1/\\bar{y}$, one obtains",  # an equation in q: what the row solves
        "Since $x^T A x$ is a scalar: $x^TAx = tr[x^TAx]$",  # a relation, not a worked rule
    ],
)
def test_a_relation_stated_before_a_display_row_stays_its_reason(fact):
    body = (
        "$$\\bar v = \\frac{1}{n} \\sum_{i=1}^n (y_i - \\bar y)^2$$\n\n"
        + fact
        + "\n\n$$\\frac{1-\\bar{y}}{\\bar{y}} = \\bar{v} \\alpha$$\n"
    )
    assert _line_of(body, fact[:8]) not in _rows(body)


# ----------------------------------------------- a paragraph of one bare inline formula

SINGLE = (
    "Let $L(\\theta)=\\theta^n(1-\\theta)^{S}$ where $0<\\theta<1$.\n\n"
    "Taking the natural log of both sides:\n\n"
    "$n\\ln(\\theta)+S\\ln(1-\\theta)$\n\n"
    "Taking the derivative and setting it to $0$:\n\n"
    "$0=\\frac{n}{\\theta}-\\frac{S}{1-\\theta}$\n"
)


def test_a_paragraph_of_one_bare_formula_in_a_single_dollar_post_is_a_row():
    assert _line_of(SINGLE, "$n\\ln") in _rows(SINGLE)


@pytest.mark.parametrize(
    "para",
    [
        "$\\theta$",  # a name alone: a label
        "$L(\\theta)$",  # a quantity named, not a line of the chain
        "$x_1, \\ldots, x_n$",  # a list
        "$S$ is the sum.",  # a sentence
    ],
)
def test_a_name_a_list_or_a_sentence_alone_stays_prose(para):
    body = SINGLE.replace("$n\\ln(\\theta)+S\\ln(1-\\theta)$", para)
    assert body != SINGLE
    assert _line_of(body, para) not in _rows(body)


def test_a_bare_formula_in_a_post_with_display_math_stays_prose():
    body = SINGLE.replace("$0=\\frac{n}{\\theta}-\\frac{S}{1-\\theta}$", "$$0 = 1 - 1$$")
    assert _line_of(body, "$n\\ln") not in _rows(body)


def test_the_bare_row_is_never_refuted_as_a_restatement(tmp_path: Path):
    """Property: the log of the line above is not equal to it; a bare row that is its log
    is not refuted (the reader does not know which line it rewrites)."""
    body = (
        "$L(\\theta)=\\theta^n(1-\\theta)^{S}$\n\n"
        "Taking the natural log of both sides:\n\n"
        "$n\\ln(\\theta)+S\\ln(1-\\theta)$\n"
    )
    verdicts = _verdicts(tmp_path, body)
    line = _line_of(body, "$n\\ln")
    assert line in verdicts
    assert verdicts[line] != "refuted"


def test_verdict_of_the_first_claim_form_via_the_shared_helper(tmp_path: Path):
    assert verdict_of_row(tmp_path, LAST, "\\frac{d}{d\\lambda} \\lambda^2 = 2\\lambda") == "proved"


# ------------------------------------------------------------- the one bracket scanner


def test_top_level_skips_braces_and_brackets():
    text = r"f(p, x) = \sum_{i=1} x_i, \frac{a}{b} = c"
    found = [text[k] for k in top_level(text, "=,")]
    assert found == ["=", ",", "="]
    # A stray closing bracket does not hide what follows it.
    assert top_level(") = a", "=") == [2]


# ------------------------------------------------------------ GitHub's math syntax

GITHUB = (
    "The log-likelihood is\n\n"
    "```math\n"
    "\\ell(b) = -n\\log 2 - n\\log b - \\frac{S}{b}\n"
    "```\n\n"
    "and its derivative:\n\n"
    "```math\n"
    "\\frac{d\\ell}{db} = -\\frac{n}{b} + \\frac{S}{b^2}\n"
    "```\n"
)


def test_a_math_fence_is_display_math(tmp_path: Path):
    """GitHub renders a fenced block with the info string ``math`` as display math."""
    rows = _rows(GITHUB)
    assert sorted(rows) == [7, 13]  # the lines of the math, not of the fences
    verdicts = _verdicts(tmp_path, GITHUB)
    assert verdicts[13] == "proved"
    slipped = GITHUB.replace("+ \\frac{S}{b^2}", "- \\frac{S}{b^2}")
    assert _verdicts(tmp_path, slipped)[13] == "refuted"


@pytest.mark.parametrize(
    "fence",
    [
        "```python\nx = 1 + 1\n```\n",  # code, whatever it holds
        "```\n\\frac{d}{db}b^{-1} = -b^{-2}\n```\n",  # no info string: code
        "```math\n\\frac{d}{db}b^{-1} = -b^{-2}\n",  # never closed: nothing is read
    ],
)
def test_other_fences_stay_code(fence):
    body = "Text $a$.\n\n" + fence + "\nThe end.\n"
    assert _rows(body) == {}


def test_dollar_backtick_is_inline_math_and_backtick_dollar_is_code():
    body = "$$\\ell(b) = -n\\log b$$\n\n- $`\\frac{d}{db}b^{-1} = -b^{-2}`$\n"
    rows = _rows(body)
    assert [r.text.strip() for r in rows[6]] == ["\\frac{d}{db}b^{-1} = -b^{-2}"]
    code = "$$\\ell(b) = -n\\log b$$\n\n- `$\\frac{d}{db}b^{-1} = -b^{-2}$`\n"
    assert 6 not in _rows(code)


def test_displaylines_gives_a_row_per_line(tmp_path: Path):
    """``$$\\displaylines{a = b \\\\ c = d}$$`` (MathJax's, and GitHub's, lines of one
    display) is a row per line, like an ``align``."""
    body = (
        "$$\\displaylines{\\ell(b) = -n\\log 2 - n\\log b - \\frac{S}{b} \\\\\n"
        "\\frac{d\\ell}{db} = -\\frac{n}{b} + \\frac{S}{b^2}}$$\n"
    )
    assert sorted(_rows(body)) == [4, 5]
    assert _verdicts(tmp_path, body)[5] == "proved"
    slipped = body.replace("+ \\frac{S}{b^2}", "- \\frac{S}{b^2}")
    assert _verdicts(tmp_path, slipped)[5] == "refuted"
