"""A number written for a value whose letters the post sets in a sentence is no refutation.

Adversarial set 22, 29-true: after "Let $a = 2$ and $M(t) = e^{a t + t^2}$", the correct
``M'(0) = 2`` was refuted, while the wrong ``M'(0) = 3`` was unchecked ("the row writes
numbers where the value of M'(0) has a, which the post gives no value"). The reader does not
take a Latin letter's value from a sentence, and ``._template_numbers.at_numbers`` saw the
number 2 in the unevaluated value ``Subs(Derivative(exp(u^2 + a u), u), u, 0)`` - the exponent
of ``t^2`` - so it did not count it as a number put in. A row that is a number where every
letter of the value is one the post sets to a number may be that value at them, whatever
numbers the value's formula happens to hold: unchecked, never refuted. A row that keeps
letters is compared as before (a term lost is still refuted).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


@pytest.mark.parametrize("letter", ["a", "c", "k"])
@pytest.mark.parametrize("k", [2, 3])
def test_the_value_at_the_posts_number_is_not_refuted(tmp_path, letter, k):
    text = (
        f"Let ${letter} = {k}$ and $M(t) = e^{{{letter} t + t^{k}}}$.\n\n"
        f"$$M(t) = e^{{{letter} t + t^{k}}}$$\n\n$$M'(0) = {k}$$\n"
    )
    row = _last(tmp_path, text)
    assert row.verdict != "refuted", (row.verdict, row.reason)


@pytest.mark.parametrize("k", [2, 3])
def test_another_number_is_not_proved(tmp_path, k):
    text = f"Let $c = {k}$.\n\n$$M(t) = e^{{c t + t^{k}}}$$\n\n$$M'(0) = {k + 1}$$\n"
    assert _last(tmp_path, text).verdict != "proved"


def test_a_head_that_keeps_the_letter_free_is_compared_as_before(tmp_path):
    # adversarial13/10-false: t = 0 is one sentence's setting; M'(t) = 2 claims every t
    text = (
        "When $t = 0$, $M(t) = 1$. Let\n\n$$M(t) = e^{2t + t^2}$$\n\nfor every real $t$. "
        "Then\n\n$$M'(t) = 2$$\n"
    )
    assert _last(tmp_path, text).verdict == "refuted"


def test_a_row_that_keeps_letters_is_compared_as_before(tmp_path):
    text = "Let $c = 2$.\n\n$$g(t) = c t + t^2$$\n\n$$g'(t) = 2t$$\n"
    assert _last(tmp_path, text).verdict == "refuted"


def test_without_a_number_for_the_letter_a_number_is_refuted(tmp_path):
    # nothing sets a: M''(0) = a^2 written as 3 is wrong for the post (1fc9315)
    text = "$$M(t) = e^{t a}$$\n\n$$M''(0) = 3$$\n"
    assert _last(tmp_path, text).verdict == "refuted"


SIZE_IN_WORDS = r"""We have $n$ observations with total $s$:

$$L(\lambda) = \lambda^{n} e^{-\lambda s}$$

Our sample has SAID, so

$$L(\lambda) = \lambda^{4} e^{-ROW\lambda}$$
"""


@pytest.mark.parametrize(
    "said",
    [
        "four observations whose total is ten",
        "4 observations whose total is 10",
        "four observations, and their total is ten",
    ],
)
def test_a_size_said_in_words_is_a_number_the_row_may_put_in(tmp_path, said):
    # adversarial set 22, 28-true: n and s said in words, the row at them was refuted
    text = SIZE_IN_WORDS.replace("SAID", said)
    assert _last(tmp_path, text.replace("ROW", "10")).verdict != "refuted"
    assert _last(tmp_path, text.replace("ROW", "12")).verdict != "proved"


def test_a_count_in_words_of_something_else_sets_no_letter(tmp_path):
    # "two parameters" counts no observations: the row at numbers is compared as before
    text = (
        "The model has two parameters and $n$ observations with total $s$:\n\n"
        "$$L(\\lambda) = \\lambda^{n} e^{-\\lambda s}$$\n\n"
        "$$L(\\lambda) = \\lambda^{4} e^{-10\\lambda}$$\n"
    )
    assert _last(tmp_path, text).verdict == "refuted"
