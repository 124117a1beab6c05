"""A condition the prose states about some letters says nothing of a row without them.

``_conditions.outside_why`` turns a refutation into "unchecked" when its counterexample lies
outside a condition the post states (``|r| < 1`` for a series, a case hypothesis). The
numeric check draws every letter of the post, so the counterexample named ``r`` even for a
link in ``p`` alone: ``\\frac{p}{p^2} = \\frac{1}{p^2}`` after "For $|r| < 1$" was unchecked
whenever the draw put ``r`` outside, and a wrong line went uncaught. A counterexample names
the letters of the lines it compares, and a condition on other letters does not stop it. A
row whose compared lines DO hold ``r`` (through a name's value too) stays unchecked at a point
outside the condition.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

SERIES = r"""# Series

For $|r| < 1$ we have

$$\sum_{k=0}^{\infty} r^k = \frac{1}{1-r}$$

Then for the geometric pmf,

$$\sum_{k=1}^{\infty} k p (1-p)^{k-1} = \frac{p}{p^2} = WRITTEN$$
"""


def _rows(tmp_path, text, seed=0):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1, seed=seed).rows)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_wrong_link_without_the_conditions_letters_is_refuted(tmp_path, seed):
    row = _rows(tmp_path, SERIES.replace("WRITTEN", r"\frac{1}{p^2}"), seed)[-1]
    assert row.verdict == "refuted", row.reason
    assert "r" not in (row.links[-1].get("counterexample") or {}), row.links[-1]


def test_the_correct_link_is_not_refuted(tmp_path):
    row = _rows(tmp_path, SERIES.replace("WRITTEN", r"\frac{1}{p}"))[-1]
    assert row.verdict != "refuted", row.reason
    assert row.links[-1]["verdict"] == "proved", row.links[-1]


NAMED = r"""# A name that holds the letters

Here $a > b$.

$$D = a - b$$

$$\ell = \sqrt{D^2}$$

$$\ell = D$$
"""


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_row_whose_name_holds_the_conditions_letters_is_not_refuted(tmp_path, seed):
    row = _rows(tmp_path, NAMED, seed)[-1]
    assert row.verdict != "refuted", (row.reason, row.counterexample)


def test_a_counterexample_names_only_the_letters_compared(tmp_path):
    rows = _rows(
        tmp_path,
        "# Sigmoid\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
        "$$1 - \\sigma(z) = \\sigma(z)$$\n\nwith $w > 0$ and $y = 1$ elsewhere, "
        "$$w y = w$$\n",
    )
    row = next(r for r in rows if r.verdict == "refuted")
    letters = set(row.counterexample) - {"previous", "written", "left", "right"}
    assert letters == {"z"}, row.counterexample


# catch59: a support stated for a letter the row does not hold. "$f(x) = \frac{1}{a}, 0 \le x
# \le a$" is where x lives; a row about Var(X) holds no x (the moment integrates it out), and
# its counterexample names a alone. The support then says only that its range is not empty
# (a >= 0): a point where it is not lies outside it; one where it is, refutes. Before, such a
# point "could not be placed in or out" and the slip of held-out external5 (imathworks, line
# 24: Var(X) = a/12 for a^2/12) went uncaught.
SUPPORT = r"""# Uniform

The sample is drawn from the density $f(x)=\frac{1}{a}, 0\leq x \leq a$. Its variance is

$$\operatorname{Var}(X) = WRITTEN$$
"""


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_wrong_moment_under_a_support_of_another_letter_is_refuted(tmp_path, seed):
    row = _rows(tmp_path, SUPPORT.replace("WRITTEN", r"\frac{a}{12}"), seed)[-1]
    assert row.verdict == "refuted", row.reason


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_correct_moment_under_that_support_is_not_refuted(tmp_path, seed):
    row = _rows(tmp_path, SUPPORT.replace("WRITTEN", r"\frac{a^2}{12}"), seed)[-1]
    assert row.verdict == "proved", row.reason


EMPTY_BEYOND = r"""# A support that is empty for some a

The sample is drawn from the density $f(x)=\frac{1}{a}, 0\leq x \leq a$, so that

$$\sqrt{a^2} = a$$
"""


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_point_where_the_support_is_empty_does_not_refute(tmp_path, seed):
    # the row holds for every a >= 0, where the support 0 <= x <= a has room for x
    row = _rows(tmp_path, EMPTY_BEYOND, seed)[-1]
    assert row.verdict != "refuted", (row.reason, row.counterexample)


CASE = r"""# A case hypothesis of another letter

If $x > a$, then

$$\sqrt{(1 - a)^2} = 1 - a$$
"""


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_case_hypothesis_still_keeps_a_point_it_cannot_place(tmp_path, seed):
    # a case ("If x > a") is not where x lives: it may be what the row needs (x > a > ...)
    row = _rows(tmp_path, CASE, seed)[-1]
    assert row.verdict != "refuted", (row.reason, row.counterexample)


def _support(lower, upper, text, name="x"):
    from fractions import Fraction

    from derivations.assumptions import Domain

    def end(v):
        return Fraction(v) if isinstance(v, int) else v

    return Domain(name=name, lower=end(lower), upper=end(upper), text=text)


def test_a_support_between_a_number_and_a_name_bounds_the_name():
    from derivations.post._assume import support_bounds

    body = "The density is $f(x) = 1/a, 0 \\le x \\le a$."
    (a,) = support_bounds([_support(0, "a", r"0 \le x \le a")], body)
    assert (a.name, a.lower, a.lower_strict, a.upper) == ("a", 0, False, None)


def test_a_case_a_stated_name_a_count_or_two_ranges_that_disagree_bound_nothing():
    from fractions import Fraction

    from derivations.assumptions import Domain
    from derivations.post._assume import support_bounds

    text = r"0 \le x \le a"
    case = "If $0 \\le x \\le a$, then"
    assert support_bounds([_support(0, "a", text)], case) == []
    stated = Domain(name="a", lower=Fraction(-5), text=r"a > -5")
    assert support_bounds([_support(0, "a", text), stated], "") == []
    other = _support(1, "a", r"1 \le y \le a", name="y")
    assert support_bounds([_support(0, "a", text), other], "") == []
    assert support_bounds([_support(1, "K", r"1 \le k \le K", name="k")], "") == []


LOWER_NAME = r"""# A support whose lower end is a name

The sample is drawn from the density $f(x)=\frac{1}{1-a}, a\leq x \leq 1$, so that

$$\sqrt{(1 - a)^2} = 1 - a$$
"""


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_point_where_a_support_with_a_lower_name_is_empty_does_not_refute(tmp_path, seed):
    # the row holds for every a <= 1, where the support a <= x <= 1 has room for x (catch59
    # found it refuted at a = 2.13: only a name as the upper end was bounded)
    row = _rows(tmp_path, LOWER_NAME, seed)[-1]
    assert row.verdict != "refuted", (row.reason, row.counterexample)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_wrong_row_under_a_support_with_a_lower_name_is_still_refuted(tmp_path, seed):
    # a <= 1 leaves room for a counterexample of a row false for every a < 1
    text = LOWER_NAME.replace(r"= 1 - a$$", r"= a - 1$$")
    row = _rows(tmp_path, text, seed)[-1]
    assert row.verdict == "refuted", row.reason


def test_a_support_between_a_name_and_a_number_bounds_the_name():
    from derivations.post._assume import support_bounds

    body = "The density is $f(x) = 1/(1-a), a \\le x \\le 1$."
    (a,) = support_bounds([_support("a", 1, r"a \le x \le 1")], body)
    assert (a.name, a.lower, a.upper, a.upper_strict) == ("a", None, 1, False)
    strict = support_bounds([_support("a", 1, r"a < x \le 1")], body)
    assert [(b.name, b.upper, b.upper_strict) for b in strict] == [("a", 1, True)]
    assert support_bounds([_support("k", 5, r"k \le x \le 5")], body) == []
