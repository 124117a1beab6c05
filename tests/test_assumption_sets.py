"""Domains written the ways authors write them: every form is read exactly, or not at all.

A statement read wrongly is worse than one not read: ``\\theta \\in \\mathbb{R}^{-}`` read as
"any real" lets the numeric check draw a positive theta and refute a correct row, and
``x \\in \\mathbb{R}, y > 0`` read as "x is real" silently drops what it says of y.
"""

from fractions import Fraction

import pytest

from derivations._errors import AssumptionError
from derivations.assumptions import parse
from derivations.post._assume import expand


def domains(statement: str) -> dict[str, tuple]:
    """name -> (lower, lower_strict, upper, upper_strict) of a statement as the reader takes it."""
    out = {}
    for part in expand(statement):
        for d in parse(part):
            out[d.name] = (d.lower, d.lower_strict, d.upper, d.upper_strict)
    return out


ZERO = Fraction(0)


@pytest.mark.parametrize(
    "written, bounds",
    [
        (r"\theta \in \mathbb{R}^{-}", (None, False, ZERO, True)),
        (r"\theta \in \mathbb{R}^-", (None, False, ZERO, True)),
        (r"\theta \in \mathbb{R}_{<0}", (None, False, ZERO, True)),
        (r"\theta \in \mathbb{R}_{-}", (None, False, ZERO, True)),
        (r"\theta \in \mathbb{R}_{\le 0}", (None, False, ZERO, False)),
        (r"\theta \in \mathbb{R}_{\geq 0}", (ZERO, False, None, False)),
        (r"\theta \in \mathbb{R}^{+}_{0}", (ZERO, False, None, False)),
        (r"\theta \in \mathbb{R}_{>0}", (ZERO, True, None, False)),
        (r"\theta \in \mathbb{R}^{+}", (ZERO, True, None, False)),
        (r"\theta \in \mathbb{R}", (None, False, None, False)),
    ],
)
def test_half_lines_of_the_reals_are_read_with_their_sign(written, bounds):
    assert domains(written)["theta"] == bounds


@pytest.mark.parametrize(
    "written",
    [r"\theta \in \mathbb{R}^{n}", r"\theta \in \mathbb{R}^{d \times d}", r"x \in \mathbb{Z}^{k}"],
)
def test_a_set_with_a_decoration_not_understood_is_not_read(written):
    with pytest.raises(AssumptionError):
        for part in expand(written):
            parse(part)


@pytest.mark.parametrize(
    "written, expected",
    [
        (r"a < 0, b > 0", {"a": (None, False, ZERO, True), "b": (ZERO, True, None, False)}),
        (
            r"x \in \mathbb{R}, y > 0",
            {"x": (None, False, None, False), "y": (ZERO, True, None, False)},
        ),
        (
            r"x < 0, n \geq 1",
            {"x": (None, False, ZERO, True), "n": (Fraction(1), False, None, False)},
        ),
        (
            r"c \neq 0, \beta > 0",
            {"c": (None, False, None, False), "beta": (ZERO, True, None, False)},
        ),
        (
            r"t \in \mathbb{R} \text{ and } s > 0",
            {"t": (None, False, None, False), "s": (ZERO, True, None, False)},
        ),
        (
            r"\alpha, \beta \in (0, 1)",
            {"alpha": (ZERO, True, Fraction(1), True), "beta": (ZERO, True, Fraction(1), True)},
        ),
        (
            r"0 < p < 1, \; n \ge 2",
            {"p": (ZERO, True, Fraction(1), True), "n": (Fraction(2), False, None, False)},
        ),
    ],
)
def test_each_relation_of_a_list_bounds_its_own_name(written, expected):
    assert domains(written) == expected


def test_a_list_never_loses_an_item_silently():
    """Whatever a list holds, either every item is read or the statement is not."""
    for written in (r"x \in \mathbb{R}, y > 0", r"x \in \mathbb{N}, y < 0", r"x \in (0, 1), y < 0"):
        assert set(domains(written)) == {"x", "y"}
    with pytest.raises(AssumptionError):
        for part in expand(r"x \in \mathbb{R}, y \text{ blue}"):
            parse(part)


@pytest.mark.parametrize(
    "written, name, bounds",
    [
        (r"\theta \in \{\theta : \theta < 0\}", "theta", (None, False, ZERO, True)),
        (r"\theta \in \{ \theta \mid \theta > 1 \}", "theta", (Fraction(1), True, None, False)),
        (r"\Theta = \{\theta : \theta > 1\}", "theta", (Fraction(1), True, None, False)),
        (
            r"\Theta = \{\theta \in \mathbb{R} : \theta \le 2\}",
            "theta",
            (None, False, Fraction(2), False),
        ),
    ],
)
def test_a_set_builder_states_its_condition(written, name, bounds):
    assert domains(written)[name] == bounds


def test_a_set_builder_about_another_letter_is_not_read():
    with pytest.raises(AssumptionError):
        for part in expand(r"\theta \in \{t : t < 0\}"):
            parse(part)


def test_a_chain_between_two_names_and_a_number_bounds_both():
    got = domains(r"a \le b \le 0")
    assert got["b"] == (None, False, ZERO, False)
    assert got["a"][2] == ZERO  # a <= b <= 0: a <= 0 as well


def test_a_chain_to_a_name_bounds_that_name_too():
    """``0 < a < b`` gives ``b > 0`` as well (chain_bound): the integral ``\\int_a^b dx/x``
    needed it and it stayed open though the post said it. Strict when either step is.
    ``parse`` still reads a statement as its one subject's domain: a density's range
    ``0 < x < \\theta`` is x's (adversarial set 14, pair 76: theta > 0 read from it made
    f(2 theta) fall inside the range)."""
    from fractions import Fraction

    from derivations.assumptions import chain_bound, parse

    def bounds(text):
        return {
            (d.name, d.lower, d.lower_strict, d.upper, d.upper_strict) for d in chain_bound(text)
        }

    assert bounds("0 < a < b") == {("b", Fraction(0), True, None, False)}
    assert bounds("0 <= a < b") == {("b", Fraction(0), True, None, False)}
    assert bounds("0 <= a <= b") == {("b", Fraction(0), False, None, False)}
    assert bounds("1 > a > b") == {("b", None, False, Fraction(1), True)}
    # a bound on every sample says nothing of m when there may be no sample
    assert bounds("0 < x_i < m") == set()
    assert bounds("0 < p < 1") == set()
    assert bounds("a < b") == set()
    # a count keeps its own convention (a positive integer): 1 <= k <= n bounds k only
    assert bounds("1 \\le k \\le n") == set()
    assert bounds("0 < j < N") == set()
    assert [d.name for d in parse("0 < a < b")] == ["a"]


def test_a_chain_in_the_prose_bounds_its_last_name(tmp_path):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\nLet $0 < a < b$.\n\n"
        "$$\\int_a^b \\frac{1}{x} dx = \\log b - \\log a$$\n",
        encoding="utf-8",
    )
    (row,) = check_post(post, jobs=1).rows
    assert row.verdict == "proved", row.reason


def test_a_chain_in_the_front_matter_bounds_its_last_name(tmp_path):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\nassume:\n  - 0 < a < b\n---\n\n"
        "$$\\int_a^b \\frac{1}{x} dx = \\log b - \\log a$$\n",
        encoding="utf-8",
    )
    (row,) = check_post(post, jobs=1).rows
    assert row.verdict == "proved", row.reason
