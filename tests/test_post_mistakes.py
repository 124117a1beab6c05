"""Author mistakes check-post must catch, each with a correct twin that must not be refuted.

Every case is a kind of mistake found in a real post of ``tests/posts/external``
(issue 12); the posts here are small, written for the test, so the mechanism is
tested apart from the post it was found in. A mistake post's row must be
``refuted``; its twin (the same derivation done right) must never be refuted,
and a twin that was proved before must stay proved.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

POSTS = Path(__file__).resolve().parent / "posts" / "semantics"


def _rows(name: str) -> dict[int, object]:
    out: dict[int, object] = {}
    for r in check_post(POSTS / name, jobs=1).rows:
        out.setdefault(r.line, r)
    return out


# ------------------------------------------------------------- a chain past a limit


def test_chain_whose_first_side_is_over_a_limit_checks_its_later_links():
    # log((1/2)^{10^9}) has ~3e8 digits when expanded; the links after it do not.
    wrong = _rows("chain-over-limit-wrong.md")[4]
    assert wrong.verdict == "refuted", wrong.reason
    right = _rows("chain-over-limit.md")[4]
    assert right.verdict != "refuted", right.reason
    # The first link is still not checked: the row is not proved as a whole.
    assert right.verdict == "unchecked", right.reason
    assert "over a limit" in right.reason


# ------------------------------------------------- a first-order condition the prose names


def test_prose_naming_the_function_differentiated_makes_the_row_its_condition():
    # "maximize $\lambda e^{-\lambda x}$ by taking the derivative": the row is d/dlambda = 0.
    wrong = _rows("prose-derivative-wrong.md")[5]
    assert wrong.verdict == "refuted", wrong.reason
    assert wrong.counterexample is not None
    right = _rows("prose-derivative.md")[5]
    assert right.verdict == "proved", right.reason


def test_prose_setting_the_derivative_to_zero_makes_an_equation_its_condition():
    # sum x_i / lambda = 2n is no multiple of l'(lambda); the prose says it is l' = 0.
    wrong = _rows("prose-setting-zero-wrong.md")[14]
    assert wrong.verdict == "refuted", wrong.reason
    right = _rows("prose-setting-zero.md")[14]
    assert right.verdict == "proved", right.reason
    # Multiplied through by lambda (not a multiple by a factor free of lambda): still equivalent.
    moved = _rows("prose-setting-zero-multiplied.md")[14]
    assert moved.verdict != "refuted", moved.reason


def test_prose_that_says_nothing_of_a_derivative_leaves_the_equation_unrefuted():
    # The same rows without the sentence: nothing says the equation is l' = 0.
    text = (
        (POSTS / "prose-setting-zero-wrong.md")
        .read_text()
        .replace("Setting the derivative to zero:", "Consider the equation")
    )
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        post = Path(tmp) / "post.md"
        post.write_text(text)
        row = {r.line: r for r in check_post(post, jobs=1).rows}[14]
    assert row.verdict != "refuted", row.reason
