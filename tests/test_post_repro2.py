"""False refutations found on the second batch of new posts (tests/posts/incoming/repro2/).

Each reproduction is a correct post: no row may be refuted. Where its front
matter names the verdict a row should get, that is asserted too. Each fix is
also checked on a wrong twin, which must never be proved (the golden rule:
never "refuted" of a correct row, never "proved" of a false one).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._parse import parse_expression

REPRO2 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro2"


def by_line(path: Path) -> dict[int, str]:
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


def twin(tmp_path: Path, name: str, old: str, new: str) -> dict[int, str]:
    """The reproduction with ``old`` replaced by ``new`` (a wrong twin)."""
    text = (REPRO2 / name).read_text(encoding="utf-8")
    assert old in text
    p = tmp_path / name
    p.write_text(text.replace(old, new), encoding="utf-8")
    return by_line(p)


CASES = [
    "equation-solved-for-parameter-refuted.md",
    "equation-in-unknown-checked-as-identity-refuted.md",
    "moment-equation-refuted-as-restatement.md",
    "expectation-read-as-product-refuted.md",
    "subscripted-function-name-collides-refuted.md",
]


@pytest.mark.parametrize("name", CASES)
def test_no_correct_row_is_refuted(name):
    verdicts = by_line(REPRO2 / name)
    assert "refuted" not in verdicts.values(), verdicts


def test_equation_solved_for_a_parameter_is_an_equation_step():
    v = by_line(REPRO2 / "equation-solved-for-parameter-refuted.md")
    # plausible: alpha/ybar needs alpha != 0, a side condition the post leaves open
    assert v[14] in ("proved", "plausible")


def test_equation_solved_for_a_parameter_wrong_twin_not_proved(tmp_path):
    v = twin(
        tmp_path,
        "equation-solved-for-parameter-refuted.md",
        r"\beta &= \alpha \left( \frac{1}{\bar{y}} - 1 \right)",
        r"\beta &= \alpha \left( \frac{1}{\bar{y}} + 1 \right)",
    )
    assert v[14] != "proved"


def test_equations_in_an_unknown_are_equation_steps():
    v = by_line(REPRO2 / "equation-in-unknown-checked-as-identity-refuted.md")
    assert v[17] in ("unchecked", "given")
    # plausible: dividing by v-bar needs it non-zero, which the reader cannot show
    assert v[18] in ("proved", "plausible") and v[19] in ("proved", "plausible")


def test_equations_in_an_unknown_wrong_twin_not_proved(tmp_path):
    v = twin(
        tmp_path,
        "equation-in-unknown-checked-as-identity-refuted.md",
        r"&= \alpha + \bar{y}",
        r"&= \alpha + 2 \bar{y}",
    )
    assert v[19] != "proved"


def test_moment_equation_is_a_premise_not_a_restatement():
    v = by_line(REPRO2 / "moment-equation-refuted-as-restatement.md")
    assert v[21] in ("given", "unchecked")


def test_expectation_is_an_operator_in_every_typeface():
    plain, _ = parse_expression(r"E(X)")
    for tex in (r"\mathrm{E}(X)", r"\mathbb{E}(X)", r"\mathrm{E}\left[X\right]", r"\mathbb{E}[X]"):
        e, _ = parse_expression(tex)
        assert e == plain, tex
    # A plain E before a letter is still a letter (a name as any other); the upright or
    # blackboard E is the expectation of the one factor after it (lead27: read as a letter,
    # Var X + mu^2 = E X^2 of a normal X was refuted).
    e, _ = parse_expression(r"E x")
    assert e.is_Mul
    assert parse_expression(r"\mathrm{E} x")[0] == parse_expression(r"\mathrm{E}[x]")[0]


def test_expectation_row_is_not_a_product():
    v = by_line(REPRO2 / "expectation-read-as-product-refuted.md")
    # E(...) has no value, as Var(...) on the next row: neither is compared
    assert v[15] in ("given", "unchecked", "unrelated")
    assert v[16] in ("given", "unchecked", "unrelated")


def test_subscripted_function_is_a_function_of_its_own():
    f, _ = parse_expression(r"f(t)")
    ft, _ = parse_expression(r"f_T(t)")
    assert f != ft
    assert parse_expression(r"f_T(t)")[0] == parse_expression(r"f_{T}(t)")[0]


def test_subscripted_function_substituted_is_proved():
    v = by_line(REPRO2 / "subscripted-function-name-collides-refuted.md")
    assert v[8] == "given"
    assert v[10] == "proved"


def test_function_defined_at_a_letter_is_read_at_a_formula():
    """The index slip (product from i = 1, not 0) is still refuted, and its correct twin
    (test_subscripted_function_substituted_is_proved) is proved: the slip, not a reading
    of f_T at its letter t, is what differs."""
    v = by_line(REPRO2 / "index-range-slip-not-caught.md")
    assert v[10] == "refuted"


def test_subscripted_function_wrong_twin_not_proved(tmp_path):
    v = twin(
        tmp_path,
        "subscripted-function-name-collides-refuted.md",
        r"\prod_{i=0}^N \frac{1}{(u_i-x_i-\tau)^2}$$",
        r"\prod_{i=0}^N \frac{1}{(u_i-x_i-\tau)^3}$$",
    )
    assert v[10] != "proved"
