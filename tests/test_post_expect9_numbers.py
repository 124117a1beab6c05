"""EXPECT9: the mean of a number is that number, under any law and any subscript.

``\\frac{1}{\\sigma^2}\\mathbb{E}_x[1] = \\frac{1}{\\sigma^2}`` (the last step of a
Fisher-information derivation) had no value: an expectation of nothing random is refused
(a symbol alone in ``E[...]`` may itself be random, a parameter under its posterior), and
so was the number 1. A number is no random variable: ``E[c] = c`` and ``Var(c) = 0`` for
every law, whatever the subscript or condition says. A symbol alone stays refused.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _last(tmp_path, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    head = "Let $x$ be drawn from $p(x)$.\n\n"
    path.write_text("---\ntitle: t\n---\n\n" + head + f"$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[max(rows)]


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[1] = 1",
        "\\frac{1}{\\sigma^2}\\mathbb{E}_x[1] = \\frac{1}{\\sigma^2}",
        "\\mathbb{E}\\left[\\frac{2}{3}\\right] + \\mathrm{Var}(5) = \\frac{2}{3}",
    ],
)
def test_the_mean_of_a_number_is_the_number(tmp_path, row):
    assert _last(tmp_path, row)[0] == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[2] = 1",
        "\\frac{1}{\\sigma^2}\\mathbb{E}_x[1] = \\frac{1}{\\sigma}",  # a missing square
        "\\mathrm{Var}(5) = 25",
    ],
)
def test_wrong_twins_are_not_proved(tmp_path, row):
    assert _last(tmp_path, row)[0] not in ("proved", "given", "plausible")


def test_a_symbol_alone_is_still_not_taken_for_a_constant(tmp_path):
    verdict, _ = _last(tmp_path, "\\mathbb{E}[c] = c")
    assert verdict not in ("proved", "refuted")
