"""A rule worked out in a sentence between two display rows is a row of its own (issue 12).

"Notice that $E(X) = \\frac{a}{2}$, so that one can take $$\\hat a = 2\\bar X$$", "With
property $\\mathbb{E}(X^2) = \\mathbb{D}(X) + \\mathbb{E}^2(X)$, we obtain $$...$$": the
fact is a claim of the author (a moment, a sum, a derivative worked out), and was kept as
prose only because, made a row, it became the line the next display row was read against.
As an *aside* it is checked by itself and the chain goes on past it: the display row after
it is read against the display row before it, as when the fact was prose.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import verdict_of_row

from derivations.post import check_post
from derivations.post._extract import extract, split_front_matter

#: An equation being solved, a rule worked out in a sentence, the next step of the equation.
SOLVING = (
    "The score set to zero is\n\n"
    "$$\\frac{n}{\\theta}=\\frac{\\sum_{i=1}^{n} x_i-n}{1-\\theta}$$\n\n"
    "Note that $\\sum_{i=1}^{n} (x_i - 1) = \\sum_{i=1}^{n} x_i - n$. Thus we get\n\n"
    "$$n(1-\\theta) = \\theta\\left(\\sum_{i=1}^{n} x_i-n\\right)$$\n"
)
FACT = "\\sum_{i=1}^{n} (x_i - 1) = \\sum_{i=1}^{n} x_i - n"
NEXT = "n(1-\\theta) = \\theta\\left(\\sum_{i=1}^{n} x_i-n\\right)"


def _rows(body: str) -> list:
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    return [r for r in rows if r.role == "row"]


def _verdicts(tmp_path: Path, body: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


def test_a_rule_between_two_steps_of_an_equation_is_a_row_checked_by_itself(tmp_path: Path):
    rows = {r.line: r for r in _rows(SOLVING)}
    assert 8 in rows, "the fact stated in the sentence is no row"
    assert rows[8].sentence
    assert verdict_of_row(tmp_path, SOLVING, FACT) == "proved"


def test_the_wrong_twin_of_the_rule_is_not_proved(tmp_path: Path):
    wrong = SOLVING.replace("x_i - n$", "x_i - 1$")
    assert wrong != SOLVING
    assert verdict_of_row(tmp_path, wrong, "x_i - 1$") == "refuted"


def test_the_step_after_the_aside_still_continues_the_equation_before_it(tmp_path: Path):
    """The display row after the fact is read against the equation above the fact, as
    when the sentence says nothing checkable; its slip is never proved."""
    plain = SOLVING.replace(f"Note that ${FACT}$. ", "")
    assert verdict_of_row(tmp_path, SOLVING, NEXT) == verdict_of_row(tmp_path, plain, NEXT)
    slipped = SOLVING.replace("$$n(1-\\theta) =", "$$n(1+\\theta) =")
    assert verdict_of_row(tmp_path, slipped, "n(1+\\theta) =") != "proved"


MOMENT = (
    "The density is $f(x)=\\frac{1}{a}$ for $0\\leq x \\leq a$.\n\n"
    "Notice that $E(X) = \\frac{a}{2}$, so that one can take\n"
    "$$\\hat{a} = 2 \\overline{X}$$\n"
    "as an estimator.\n"
)


def test_a_moment_stated_as_the_reason_of_a_result_is_a_row(tmp_path: Path):
    assert 6 in {r.line for r in _rows(MOMENT)}
    verdicts = _verdicts(tmp_path, MOMENT)
    assert verdicts[6] != "refuted"
    wrong = _verdicts(tmp_path, MOMENT.replace("\\frac{a}{2}$", "\\frac{a}{3}$"))
    assert wrong[6] != "proved"


def test_a_fact_the_next_display_row_continues_stays_prose():
    """``$$= ...$$`` after the fact goes on from something: never an aside (it would be
    compared with the display row before the fact)."""
    body = SOLVING.replace("$$n(1-\\theta) =", "$$= n(1-\\theta) +")
    assert 8 not in {r.line for r in _rows(body)}


def test_a_relation_among_the_quantities_between_two_steps_stays_prose():
    """``1 + q = 1/\\bar y`` stated between two steps is an equation the author solves, not
    a rule: checked by itself it would be refuted as an identity."""
    body = SOLVING.replace(FACT, "1 + q = \\frac{1}{\\bar y}")
    # (a stated row, ._stated_rows, is never checked: no row that is)
    assert not [r for r in _rows(body) if r.line == 8 and not r.stated]


def test_a_constraint_or_a_name_given_between_two_steps_stays_prose():
    """``\\sum_j \\pi_j = 1`` (a constraint) and ``\\sum_i x_i = S`` (a name given) are no
    rule worked out: between two steps they stay the next step's reason."""
    for fact in (
        "\\sum_{j=1}^{k} \\pi_j = 1",
        "\\sum_{i=1}^{n} x_i = S",
        "\\nabla \\log L(\\theta) = \\mathbf{0}",  # a first-order condition, no rule
    ):
        body = SOLVING.replace(FACT, fact)
        assert not [r for r in _rows(body) if r.line == 8 and not r.stated], fact


def test_a_claim_followed_by_with_after_a_comma_is_conditional():
    """ "..., with $g(x) = x - \\mu$ and $f(x) = x^2$": the formula holds under what the
    words after it set, as without the comma; it is no claim of its own (as a row, the
    chain rule written loosely this way went unchecked in the seed post)."""
    rule = "\\frac{d}{dx} f(g(x)) = f'(g(x)) g'(x)"
    for joint in (" with", ", with", "; with"):
        body = SOLVING.replace(f"${FACT}$.", f"${rule}${joint} $g(x) = x - 1$.")
        assert 8 not in {r.line for r in _rows(body)}, joint
