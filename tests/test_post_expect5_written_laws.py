"""Moments under densities the post writes in ways the law reader missed (EXPECT5).

Two held-out cases (external5/imathworks-uniform-mom-variance, external6/imathworks-
exponential-fisher-squared-score) stated moments of a variable whose density the post
writes, yet the rows were "given" (a wrong ``Var(X) = a/12`` among them) or unrelated:

- a constant density on the range the row itself states ("a uniform distribution with a
  density function $f(x)=\\frac{1}{a}, 0\\leq x \\leq a$"): the formula holds no ``x``, so
  it was no density claim at all;
- a density announced by the words before it ("$X_1, ..., X_n$ are IID and follow the
  exponential distribution:" then ``f(x) = \\frac{1}{\\theta} e^{-x/\\theta}``), with no
  word "density".

Each law must still be certain: the constant needs the row's own range holding the letter
(and must integrate to 1 there); the words must call the formula the distribution of the
variable. A wrong moment (n vs the square, a missing square) is never proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


def _line(text: str, needle: str) -> int:
    """The file line (after the 4-line front matter) of the first row holding ``needle``."""
    for i, row in enumerate(text.splitlines()):
        if needle in row:
            return i + 5
    raise AssertionError(needle)


_UNIFORM = (
    "I have a sample of data points independently sampled from a uniform distribution "
    "with a density function $f(x)=\\frac{1}{a}, 0\\leq x \\leq a$.\n\n"
    "Notice that\n\n"
)

GOOD = "\\text{GOOD}"


@pytest.mark.parametrize(
    "row",
    [
        "$$ E(X) = \\frac{a}{2} $$",
        "$$ E(X^2) = \\frac{a^2}{3} $$",
        "$$ \\operatorname{Var}(X) = \\frac{a^2}{12} $$",
    ],
)
def test_a_moment_under_a_constant_density_on_its_range_is_proved(tmp_path, row):
    text = _UNIFORM + row + "\n"
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "$$")][0] == "proved", rows


@pytest.mark.parametrize(
    "row",
    [
        "$$ E(X) = \\frac{a}{3} $$",  # wrong moment
        "$$ E(X^2) = \\frac{a^2}{4} $$",  # the square of the mean for the mean of the square
        "$$ \\operatorname{Var}(X) = \\frac{a}{12} $$",  # a missing square (the real slip)
    ],
)
def test_a_wrong_moment_under_a_constant_density_is_not_proved(tmp_path, row):
    text = _UNIFORM + row + "\n"
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "$$")][0] not in ("proved", "given", "plausible"), rows


def test_a_constant_that_is_no_density_on_its_range_gives_no_law(tmp_path):
    # 1/a on [0, 2a] has mass 2: no law, so E(X) = a is not proved (nor anything else)
    text = (
        "The data come from a distribution with a density function "
        "$f(x)=\\frac{1}{a}, 0\\leq x \\leq 2a$.\n\nSo\n\n$$ E(X) = a $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "$$")][0] != "proved", rows


def test_a_constant_without_a_range_on_its_row_gives_no_law(tmp_path):
    # f(x) = 1/a with no range for x: not read as a density (any constant function)
    text = (
        "The data come from a distribution with a density function "
        "$f(x)=\\frac{1}{a}$.\n\nSo\n\n$$ E(X) = \\frac{a}{2} $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "$$")][0] != "proved", rows


_EXPONENTIAL = (
    "I am trying to calculate Fisher information when $X_1, \\dots, X_n$ are IID and "
    "follow the exponential distribution:\n\n"
    "$$f(x)=\\frac{1}{\\theta}e^{-\\frac{x}{\\theta}}$$\n\n"
    "Then\n\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "$$ E(X) = \\theta $$",
        "$$ E(X^2) = 2\\theta^2 $$",
        "$$ \\operatorname{Var}(X) = \\theta^2 $$",
    ],
)
def test_a_moment_under_a_density_the_words_announce_is_proved(tmp_path, row):
    text = _EXPONENTIAL + row + "\n"
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "E(X") if "E(" in row else _line(text, "Var")][0] == "proved", rows


@pytest.mark.parametrize(
    "row",
    [
        "$$ E(X) = \\frac{1}{\\theta} $$",  # the rate's mean for the scale's
        "$$ E(X^2) = \\theta^2 $$",  # the square of the mean
        "$$ \\operatorname{Var}(X) = \\theta $$",  # a missing square
    ],
)
def test_a_wrong_moment_under_a_density_the_words_announce_is_not_proved(tmp_path, row):
    text = _EXPONENTIAL + row + "\n"
    rows = _verdicts(tmp_path, text)
    line = _line(text, "E(X") if "E(" in row else _line(text, "Var")
    assert rows[line][0] not in ("proved", "given", "plausible"), rows


def test_words_that_do_not_call_the_formula_the_distribution_give_no_law(tmp_path):
    # "the distribution of the estimate is discussed below:" then f(x) = ... of another
    # letter's meaning: the words do not end on the distribution the variable follows
    text = (
        "We compare this with the exponential distribution later. Consider\n\n"
        "$$f(x)=\\frac{1}{\\theta}e^{-\\frac{x}{\\theta}}$$\n\n"
        "Then\n\n$$ E(X) = \\theta $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "E(X")][0] != "proved", rows


def test_a_hedged_sentence_of_a_question_is_no_claim(tmp_path):
    # held-out imathworks-exponential-fisher-squared-score line 33: the formulas recalled in
    # a sentence that goes on "it seems as though the terms cancel out leaving ..." (the
    # asker's slip, in words) are the attempt the question is about, not claims proved
    text = (
        _EXPONENTIAL
        + "$$ \\frac{n^2}{\\theta^2} $$\n\n"
        + "Recalling that $E(X)= \\theta$ and $E(X^2)=2\\theta^2$ it seems as though the "
        "terms cancel out leaving $\\frac{n^2}{\\theta^2}$, but the answer is "
        "$\\frac{n}{\\theta^2}$. Where does this go wrong?\n"
    )
    rows = _verdicts(tmp_path, text)
    assert all(v != "proved" for v, _ in [rows.get(_line(text, "Recalling"), ("", ""))]), rows
    # the same formulas stated plainly are claims, and true ones
    plain = text.replace("it seems as though the terms cancel", "the terms cancel")
    plain = plain.replace("Where does this go wrong?", "So it goes.")
    rows = _verdicts(tmp_path, plain)
    assert rows[_line(plain, "Recalling")][0] == "proved", rows


def test_the_held_out_uniform_question_inline_in_its_sentence(tmp_path):
    # the density inline in the question, the moments inline in the answer (no display
    # after the density: the reader keeps no paragraph for it); Var(X) = a/12 is the slip
    text = (
        "I have a sample of data points independently sampled from a uniform distribution "
        "with a density function $f(x)=\\frac{1}{a}, 0\\leq x \\leq a$.\n\n"
        "I need to use the method of moments to estimate $a_{mom}$.\n\n"
        "Best Answer\n\n"
        "An easier estimator arises from considering the mean. Notice that "
        "$E(X) = \\frac{a}{2}$, so that one can take it.\n\n"
        "Your approach would also work, since we have\n\n"
        "$$\\operatorname{Var}(X) = \\frac{a}{12}$$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "Notice that")][0] == "proved", rows
    assert rows[_line(text, "operatorname")][0] not in ("proved", "given", "plausible"), rows


def test_a_constant_in_a_paragraph_about_something_else_gives_no_law(tmp_path):
    # a paragraph kept for the row that does not call it a density: any function
    text = (
        "The weight we use in the sum is\n\n$$ g(x) = \\frac{1}{a}, \\quad 0 \\le x \\le a $$\n\n"
        "Then\n\n$$ E(X) = \\frac{a}{2} $$\n"
    )
    rows = _verdicts(tmp_path, text)
    assert rows[_line(text, "E(X)")][0] != "proved", rows
