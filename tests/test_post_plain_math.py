"""Plain-text equations (no TeX) as rows (``._plain_math``).

A list item or an indented line that is entirely an equation in plain ASCII/Unicode
(``α = (M2/X̄ - 1) / (1 - M2/X̄²)``, ``- P(b | a) = 2/2 = 1.0``) is read into the reader's LaTeX
character by character (no eval). A line with a word in it is prose; an equation that can be
read two ways (``X̄M2``, ``a / X̄²(1 - b)``) is unparsed with the reason. In a post with no TeX
the plain rows are its chain; beside TeX math they are stated rows: never checked, defining
nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import _extract, check_post
from derivations.post._extract import extract, split_front_matter
from derivations.post._plain_math import MAX_LINE, plain_equation

ALGEBRA = (
    Path(__file__).parent
    / "posts/incoming/external17/algebra-com-beta-method-of-moments-plain-unicode-answer.md"
)
BIGRAM = (
    Path(__file__).parent
    / "posts/incoming/external16/mkdocs-bigram-markov-chain-mle-lagrange-unicode.md"
)

EQUATIONS = [
    ("    α = (M2/X̄ - 1) / (1 - M2/X̄²)", "\\alpha = (M_{2}/\\bar{X} - 1)/(1 - M_{2}/\\bar{X}^{2})"),
    ("- P(b | a) = 2/2 = 1.0", "P(b|a) = 2/2 = 1.0"),
    ("* E[X²] = α / (α + β)", "E[X^{2}] = \\alpha/(\\alpha + \\beta)"),
    ("    (α + 1)X̄² = M2(α + X̄)", "(\\alpha + 1)\\bar{X}^{2} = M_{2}(\\alpha + \\bar{X})"),
    ("1. y = sqrt(x) * 2", "y = \\sqrt{(x)} \\cdot 2"),
]


@pytest.mark.parametrize("line, latex", EQUATIONS)
def test_a_line_that_is_an_equation_is_read(line, latex):
    assert plain_equation(line) == (latex, "")


PROSE = [
    "- count(a, b) = number of times token b follows token a",
    "* From the first equation, we have: α = X̄(α + β) => α(1 - X̄) = X̄β",
    "* First sample moment (X̄): X̄ = (1/n) * Σ[i=1 to n] Xi",
    "    x = np.mean(a)",
    "    theta = 0.5",
    "    for i in range(10): x = 1",
    "- (a, b): 2",
    "- α ≈ 2",
    "- β > 0",
    "- a = b?",
    "α = 2",  # not a list item nor an indented line
    "- = 2",
    "- (a = 2",
    "- " + "a + " * MAX_LINE + "a = 1",
]


@pytest.mark.parametrize("line", PROSE)
def test_prose_and_code_are_no_equation(line):
    assert plain_equation(line) == (None, "")


@pytest.mark.parametrize(
    "line, words",
    [
        ("    αX̄² + X̄² = αM2 + M2X̄", "two names"),
        ("    α = (X̄M2 - X̄²) / (X̄² - M2)", "two names"),
        ("    α = X̄²(M2/X̄ - 1) / X̄²(1 - M2/X̄²)", "divisor"),
        ("- a / b(c + 1) = d", "divisor"),
        ("- a/(b)(c) = 1", "divisor"),
    ],
)
def test_an_equation_read_two_ways_is_unparsed_with_the_reason(line, words):
    latex, why = plain_equation(line)
    assert latex is None and words in why


def test_a_division_by_one_operand_is_not_ambiguous():
    assert plain_equation("- a / b + c = d")[0] == "a/b + c = d"
    assert plain_equation("- a / (b + c) * d = e")[0] == "a/(b + c) \\cdot d = e"
    assert plain_equation("- a / b^2 = c")[0] == "a/b^{2} = c"


def _post(tmp_path: Path, body: str) -> dict:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


CHAIN = "Solve for α:\n\n- 2α + 4 = 10\n\n- 2α = 6\n\n- α = 3\n"


@pytest.mark.parametrize(
    "body, wrong",
    [(CHAIN, False), (CHAIN.replace("α = 3", "α = 4"), True), (CHAIN.replace("= 6", "= 5"), True)],
    ids=["correct", "wrong-last", "wrong-middle"],
)
def test_a_plain_chain_is_checked_its_wrong_twin_never_proved(tmp_path: Path, body, wrong):
    rows = _post(tmp_path, body)
    assert {6, 8, 10} <= set(rows)
    verdicts = [rows[k].verdict for k in (8, 10)]
    if wrong:
        bad = 10 if "α = 4" in body else 8
        assert rows[bad].verdict != "proved"
    else:
        assert "refuted" not in verdicts


def test_an_indented_code_block_is_never_read(tmp_path: Path):
    """Outside a list, a block indented after a blank line is code (``._unrendered``)."""
    assert not _post(tmp_path, "Some code:\n\n    a = b + 1\n    a = 2\n\nThe end.\n")


def test_beside_tex_math_plain_rows_are_stated_and_define_nothing(tmp_path: Path):
    body = (
        "The model is\n\n$$L(\\theta) = \\theta^2$$\n\n"
        "- θ = 2/2 = 1.0\n\n"
        "so that\n\n$$L(\\theta) = \\theta \\cdot \\theta$$\n"
    )
    rows = [r for r in extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])[0]]
    plain = [r for r in rows if r.plain]
    assert plain and all(r.stated and r.role == "row" for r in plain)
    verdicts = {k: r.verdict for k, r in _post(tmp_path, body).items()}
    assert verdicts[plain[0].line] in ("given", "unchecked")
    # the display row after it is read as if the plain line were not there
    assert verdicts[12] == "proved"


def test_the_plain_posts_get_rows_and_no_refutation():
    algebra = {r.line: r.verdict for r in check_post(ALGEBRA, jobs=1).rows}
    assert {42, 46, 62, 66, 70, 74} <= set(algebra)
    # M2X̄: M2 times X̄, both names the post writes on their own (read8); the divisor of
    # '/ X̄²(1 - ...)' stays ambiguous
    assert algebra[60] == "unparsed" and algebra[54] == "proved"
    bigram = {r.line: r.verdict for r in check_post(BIGRAM, jobs=1).rows}
    assert {229, 235, 236, 237, 238} <= set(bigram)
    assert "refuted" not in [*algebra.values()]
    assert not {v for k, v in bigram.items() if k >= 229} & {"proved", "refuted"}


def test_switched_off_there_are_no_plain_rows(monkeypatch):
    monkeypatch.setattr(_extract, "PLAIN_ROWS", False)
    rows, _ = extract(split_front_matter(ALGEBRA.read_text(encoding="utf-8"))[1])
    assert not [r for r in rows if r.plain]
