"""A density written inline in the sentence that calls it one (EXPECT5).

"Let $X \\sim \\text{Exp}(\\lambda)$ with density $f(x) = \\lambda e^{-\\lambda x}$." - the
formula is read only for its names (an inline formula in prose keeps no paragraph), so the
word "density" before it was never seen: the exponential's convention (rate or scale) stayed
open and ``E[X^2]`` had no value. The words right before the formula, in its own sentence,
now say it is a density; nothing else changes (the family must still be identified, one
density per letter, and so on).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._announced_density import called_densities


def _verdict(tmp_path, sentence: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n\n{sentence}\n\n$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[7]


_EXP = "Let $X \\sim \\text{Exp}(\\lambda)$ with density $f(x) = \\lambda e^{-\\lambda x}$."
_EXP_SCALE = (
    "Let $X \\sim \\text{Exp}(\\theta)$ with pdf $f(x) = \\frac{1}{\\theta} e^{-x/\\theta}$."
)


@pytest.mark.parametrize(
    ("sentence", "good", "wrong"),
    [
        (_EXP, "E[X^2] = \\frac{2}{\\lambda^2}", "E[X^2] = \\frac{1}{\\lambda^2}"),
        (
            _EXP,
            "\\operatorname{Var}(X) = \\frac{1}{\\lambda^2}",
            "\\operatorname{Var}(X) = \\lambda^2",
        ),
        (_EXP_SCALE, "E[X] = \\theta", "E[X] = \\frac{1}{\\theta}"),
    ],
)
def test_a_density_inline_in_its_sentence_selects_the_convention(tmp_path, sentence, good, wrong):
    assert _verdict(tmp_path, sentence, good)[0] == "proved"
    assert _verdict(tmp_path, sentence, wrong)[0] not in ("proved", "given", "plausible")


def test_a_formula_the_sentence_does_not_call_a_density_selects_nothing(tmp_path):
    # the same formula called a weight: the convention stays open
    sentence = (
        "Let $X \\sim \\text{Exp}(\\lambda)$ and take the weight $f(x) = \\lambda e^{-\\lambda x}$."
    )
    assert _verdict(tmp_path, sentence, "E[X^2] = \\frac{2}{\\lambda^2}")[0] != "proved"


def test_which_formulas_are_called_densities():
    text = (
        "Let $X$ have density $f(x) = 2x$ on the unit interval. The weight is $g(x) = x$. "
        "Its pdf is $p(y) = e^{-y}$. The density of the data. Then $h(x) = 1$."
    )
    assert called_densities(text) == frozenset({"f(x) = 2x", "p(y) = e^{-y}"})
