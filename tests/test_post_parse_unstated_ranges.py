"""Sums and products whose range the post never states (``\\sum_k w_k`` with no limits and no
word on what k runs over): read over an arbitrary range of their own, so a step that holds
for every range is proved, and a step that fails there is never refuted (it may hold for the
range the author means: ``\\sum_k 1 = K``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._tosympy import PostSyntaxError

LETTERS = ["k", "j", "t", "i"]


def _post(*rows: str) -> str:
    return "Some weights.\n\n" + "".join(f"$$ {r} $$\n\n" for r in rows)


@pytest.mark.parametrize("letter", LETTERS)
@pytest.mark.parametrize("sign", [r"\sum_{L}", r"\sum\limits_{L}", r"\sum_L"])
def test_a_sum_without_limits_runs_over_a_range_of_its_own(letter, sign):
    written = sign.replace("L", letter)
    e = parse_expression(rf"{written} w_{{{letter}}}^2")[0]
    assert isinstance(e, sp.Sum)
    (idx, lo, hi), body = e.limits[0], e.function
    assert idx.name == letter and lo == 1
    assert hi.is_integer and hi.is_positive
    # the upper limit is no letter of the post, and the same for every sum over that letter
    assert hi.name not in ("n", "N", "m", "M", "K") and hi.free_symbols == {hi}
    again = parse_expression(rf"{written} (w_{{{letter}}} + 1)")[0]
    assert again.limits[0][2] == hi
    # at a concrete size it is the sum of that many terms
    w = body.atoms(sp.Indexed).pop().base
    assert e.xreplace({hi: 3}).doit() == sum(w[i] ** 2 for i in (1, 2, 3))


def test_a_product_without_limits_also():
    e = parse_expression(r"\prod_k \frac{q_k^{a}}{2}")[0]
    assert isinstance(e, sp.Product) and e.limits[0][1] == 1


@pytest.mark.parametrize(
    "latex",
    [
        r"\sum_k w_n",  # the index is not in the summand: it names the range, not the terms
    ],
)
def test_only_a_summand_that_uses_the_index_as_an_element_is_read(latex):
    with pytest.raises(PostSyntaxError, match="without its limits"):
        parse_expression(latex)


@pytest.mark.parametrize(
    "latex",
    [
        r"\sum_k k w_k",  # the index as a number: which numbers it takes matters
        r"\sum_k w_{k+1}",  # a shifted element: where the range starts matters
    ],
)
def test_otherwise_both_ends_are_unknown(latex):
    # read8: never 1 .. |k| (a range of its own), but a range whose two ends are unknown
    e = parse_expression(latex)[0]
    (_, lo, hi) = e.limits[0]
    assert lo != 1 and lo.is_integer and hi.is_integer and lo != hi, e
    assert lo.is_positive is None and hi.is_positive is None, e


def test_a_step_that_holds_for_every_range_is_proved(tmp_path: Path):
    row = r"\sum_k (w_k + c)^2 = \sum_k w_k^2 + 2c\sum_k w_k + \sum_k c^2"
    assert verdict_of_row(tmp_path, _post(row), row) == "proved"


def test_a_chain_over_the_same_letter_is_proved(tmp_path: Path):
    rows = [r"A = \sum_j (u_j + v_j)", r"A = \sum_j u_j + \sum_j v_j"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[1]) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\sum_k c = K c",  # the author's range has K terms: correct, and not checkable here
        r"\sum_k w_k^2 = \left(\sum_k w_k\right)^2",  # wrong in general, right for one term
        r"\sum_j w_j = \sum_k w_k",  # two letters: their ranges may differ
    ],
)
def test_a_step_that_fails_for_an_arbitrary_range_is_never_refuted(tmp_path: Path, row):
    assert verdict_of_row(tmp_path, _post(row), row) not in ("refuted", "proved")


def test_the_row_after_a_sum_without_limits_is_never_refuted(tmp_path: Path):
    rows = [r"A = \sum_k c\, w_k", r"= c \sum_k w_k", r"= c K \bar{w}"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[1]) == "proved"
    assert verdict_of_row(tmp_path, _post(*rows), rows[2]) not in ("refuted", "proved")


def test_a_range_the_post_states_is_kept(tmp_path: Path):
    rows = [r"A = \sum_{k=1}^{n} c", r"B = \sum_k c", r"B = n c"]
    assert verdict_of_row(tmp_path, _post(*rows), rows[2]) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\sum_k \mu_k w_k = \mu_k \sum_k w_k",
        r"\sum_k \pi_k = K \pi_k",
        r"\sum_j \hat\theta_j w_j = \hat\theta_j \sum_j w_j",
    ],
)
def test_a_name_subscripted_by_the_index_is_no_constant(tmp_path: Path, row):
    # mu_k read as a name of its own would make the summand free of k
    assert verdict_of_row(tmp_path, _post(row), row) != "proved"
