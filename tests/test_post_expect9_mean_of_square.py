"""EXPECT9: ``E(g)^2`` read as the mean of the square when that is what makes the row hold.

``\\mathbb{E}(\\sum_i X_i)^2 = n\\mathrm{Var}(X_1) + (n\\theta)^2`` (a Fisher-information
answer) and ``E[(\\partial_\\theta \\log f)^2] = E\\left[\\frac{n}{\\theta}(\\bar X -
\\theta)\\right]^2`` write the mean of a square as a power of the bracket. The reader
takes the square of the mean, so such lines had no value (``_ambiguous_power``). Now the
line is read as the mean of the square, and counted only when, so read, both lines have
values from the declared law and are equal; a line equal under neither reading, or only
under the square of the mean, keeps the old verdict, never "refuted".
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._mean_of_square import mean_of_square
from derivations.post._tosympy import opaque

_IID = "Let the counts be i.i.d.:\n\n$$ X_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"
_NOT_SAID = "Let the counts be:\n\n$$ X_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"
_LHS = "\\mathbb{E}\\left(\\sum_{i=1}^n X_i\\right)^2"


def _last(tmp_path, head: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + head + f"$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[max(rows)]


def test_the_mean_of_the_square_is_proved(tmp_path):
    verdict, _ = _last(tmp_path, _IID, f"{_LHS} = n\\lambda + n^2\\lambda^2")
    assert verdict == "proved"


def test_a_chain_from_the_mean_of_a_square(tmp_path):
    row = (
        "\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i - n\\lambda\\right)^2\\right]"
        " = \\mathbb{E}\\left[n\\left(\\frac{1}{n}\\sum_{i=1}^n X_i - \\lambda\\right)\\right]^2"
        " = n\\lambda"
    )
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + _IID + f"$$ {row} $$\n", encoding="utf-8")
    verdicts = [r.verdict for r in check_post(path, jobs=1).rows if r.line == 9]
    assert verdicts and all(v == "proved" for v in verdicts)


@pytest.mark.parametrize(
    "rhs",
    [
        "n\\lambda + n\\lambda^2",  # the cross terms dropped: n E[X^2]
        "n\\lambda^2 + n^2\\lambda^2",  # lambda for lambda^2 in the variance term
        "n^2\\lambda + n^2\\lambda^2",  # n^2 for n
    ],
)
def test_wrong_twins_are_neither_proved_nor_refuted(tmp_path, rhs):
    verdict, _ = _last(tmp_path, _IID, f"{_LHS} = {rhs}")
    assert verdict not in ("proved", "given", "plausible", "refuted")


def test_the_square_of_the_mean_is_not_refuted(tmp_path):
    # true as written (the square of the mean), false as the mean of the square
    verdict, _ = _last(tmp_path, _IID, f"{_LHS} = n^2\\lambda^2")
    assert verdict != "refuted"


def test_without_independence_nothing_is_proved(tmp_path):
    verdict, _ = _last(tmp_path, _NOT_SAID, f"{_LHS} = n\\lambda + n^2\\lambda^2")
    assert verdict not in ("proved", "given", "plausible", "refuted")


def test_only_powers_of_a_compound_mean_are_rewritten():
    E = opaque("E")
    x, y, p = sp.symbols("X Y p")
    with sp.evaluate(False):
        assert mean_of_square(E(x) ** 2) is None  # E[X]^2: read as written
        assert mean_of_square(E(x + y) ** 2) == E((x + y) ** 2)
        assert mean_of_square(E(x + y, p) ** 3) == E((x + y) ** 3, p)
        assert mean_of_square(E(x + y) ** 9) is None  # beyond the bound
        assert mean_of_square(E(x + y)) is None
