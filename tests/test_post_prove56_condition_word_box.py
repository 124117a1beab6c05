"""A condition introduced by a one-word box, ``\\quad\\text{for }x>0``, is a condition.

``f(x;\\beta) = \\frac{1}{\\beta}e^{-x/\\beta}\\quad\\text{for }x>0`` read its condition as
``\\mathrm{for} \\cdot x > 0``, a product with a name the post never gives a value, and the
density's row was "unrelated" (held-out batch 19: a gamma density, a delayed Weibull). The
box ``\\text{ for }`` with a space before the word was read as a condition already, and so
were ``\\text{if }``, ``\\text{when }``: ``for``, ``whenever`` and ``provided`` alone in a box
before a side are the same words. What follows is then a condition of the row, which is
checked as one (a false condition is not given for free).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _row(tmp_path, row: str):
    path = tmp_path / "post.md"
    path.write_text(f"# T\n\n$${row}$$\n", "utf-8")
    (only,) = [r for r in check_post(path, jobs=1).rows if r.line == 3]
    return only


@pytest.mark.parametrize("word", ["for", "whenever", "provided"])
@pytest.mark.parametrize("space", ["", " "])
def test_a_one_word_box_starts_a_condition(tmp_path, word, space):
    r = _row(tmp_path, f"g(x) = x^2 \\quad\\text{{{word} }}{space}x > 0")
    assert r.verdict == "given", (r.verdict, r.reason)
    assert "mathrm" not in r.reason, r.reason


def test_the_density_with_its_range_is_read(tmp_path):
    r = _row(
        tmp_path,
        r"f(x;\alpha,\beta)=\frac{x^{\alpha-1}e^{-x/\beta}}{\beta^\alpha\Gamma(\alpha)}"
        r"\quad\text{for }x>0",
    )
    assert r.verdict != "unrelated", (r.verdict, r.reason)
    assert "for} is used" not in r.reason, r.reason


def test_a_step_under_the_word_is_still_checked(tmp_path):
    # the condition does not make a wrong step right
    r = _row(tmp_path, r"\frac{x^2 - 1}{x - 1} = x - 1 \quad\text{for }x \ne 1")
    assert r.verdict != "proved", (r.verdict, r.reason)
