"""``\\frac d {dt}``: a fraction whose argument is one token without braces.

TeX takes a single token as an argument of ``\\frac``, so ``\\frac d {dt} (t^2)`` is
``\\frac{d}{dt} (t^2)``, the derivative. The reader knew the derivative only with braces
and read the unbraced form as a letter d over dt times t^2: the correct
``\\frac d {d t} (t^2) = 2 t`` was REFUTED (a correct row refuted). A wrong derivative
written so must still not be proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdict(tmp_path, row: str) -> str:
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n$${row}$$\n", encoding="utf-8")
    (only,) = check_post(post, jobs=1).rows
    return only.verdict


@pytest.mark.parametrize(
    "row",
    [
        r"\frac d {d t} \left(t^2\right) = 2 t",
        r"\frac d{dt} t^3 = 3 t^2",
        r"\frac \partial {\partial t} \left(a t^2\right) = 2 a t",
        r"\dfrac {d} {d t} \left(t^2\right) = 2 t",
    ],
)
def test_the_derivative_is_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\frac d {d t} \left(t^2\right) = 3 t",
        r"\frac \partial {\partial t} \left(a t^2\right) = 2 t",
    ],
)
def test_a_wrong_derivative_is_not_proved(tmp_path, row):
    assert _verdict(tmp_path, row) != "proved"


@pytest.mark.parametrize(
    ("row", "proved"), [(r"\frac a b = a / b", True), (r"\frac a b = b / a", False)]
)
def test_a_plain_fraction_of_letters_is_unchanged(tmp_path, row, proved):
    assert (_verdict(tmp_path, row) == "proved") is proved
