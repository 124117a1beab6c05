"""What reading integrals uncovered in the rows around them (held-out external10).

Posts with integrals had their integral rows unread, which hid three readings of the
rows next to them: a starred sign that points to a footnote read as "set to zero"
(gundersen's ``\\stackrel{\\star}{=}``), a parameter of a stated law read as the density
of the same letter (``p`` of ``\\theta \\sim \\text{gamma}(r, p)`` as the post's
``p(y)``), and a restated quantity written in a symbol of another display for one
without a value (``P(Y=y) = ... p^y`` "where p := 1/(1+b)", refuted though correct).
"""

from __future__ import annotations

from derivations.post import check_post


def _rows(tmp_path, text: str):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return check_post(post, jobs=1).rows


def test_a_starred_sign_before_an_expression_is_a_rewrite(tmp_path):
    rows = _rows(
        tmp_path,
        "$$\n\\begin{aligned}\nF &= 2 a + 2 a \\\\\n"
        "&\\stackrel{\\star}{=} 4 a\n\\end{aligned}\n$$\n",
    )
    assert rows[-1].verdict == "proved", rows[-1].reason


def test_a_starred_sign_before_zero_still_sets_to_zero(tmp_path):
    rows = _rows(tmp_path, "$$\n\\frac{d}{da} (a^2 - 2a) \\overset{*}{=} 0\n$$\n")
    assert "zero" in rows[-1].reason or rows[-1].verdict == "given", rows[-1].reason


def test_a_parameter_of_a_stated_law_is_not_the_density_of_its_letter(tmp_path):
    rows = _rows(
        tmp_path,
        "$$\n\\theta \\sim \\text{gamma}(r, p)\n$$\n\n"
        "$$\n\\begin{aligned}\np(y) &= g(y) \\\\\n&= 2 p \\\\\n&= p + p\n\\end{aligned}\n$$\n",
    )
    assert rows[-1].verdict == "proved", rows[-1].reason


QUESTION = "$$\nf(y) = c^y (1-c)\n$$\n\n"


def test_a_symbol_of_another_display_for_one_without_a_value_is_no_refutation(tmp_path):
    rows = _rows(
        tmp_path,
        QUESTION + "$$\n\\begin{aligned}\nP(Y=y) &= \\frac{b^y}{(1+b)^{y}} \\\\\n"
        "P(Y=y) &= c^y\n\\end{aligned}\n$$\n",
    )
    assert rows[-1].verdict == "unchecked", rows[-1].reason


def test_a_wrong_restatement_in_the_display_s_own_symbols_is_still_refuted(tmp_path):
    rows = _rows(
        tmp_path,
        QUESTION + "$$\n\\begin{aligned}\nP(Y=y) &= \\frac{b^y}{(1+b)^{y}} \\\\\n"
        "P(Y=y) &= \\frac{b^y}{(1+b)^{y+1}}\n\\end{aligned}\n$$\n",
    )
    assert rows[-1].verdict == "refuted", rows[-1].reason
