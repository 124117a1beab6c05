"""A density written under its family's name (``\\text{Gamma}(x | a, b) = \\frac{b^a}{\\Gamma(a)}
x^{a-1} e^{-bx}``) gives the variable of its letter that law, as ``f(x) = ...`` does
(``derivations/post/_expectation.py``, :func:`density_families`): its moments are then the
law's, so ``E[x] = a/b`` and ``Var[x] = a/b^2`` are proved and a wrong moment is refuted.

The name must agree with the formula: the convention is the formula's (a gamma by scale
written under the same name gets the scale's moments), and a name whose formula is of no
family of that name (``B(a, b) = \\Gamma(a)\\Gamma(b)/\\Gamma(a+b)``, the beta function)
declares nothing.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_RATE = "\\frac{b^a}{\\Gamma(a)}x^{a-1}e^{-bx}"
_SCALE = "\\frac{1}{\\Gamma(a) b^a}x^{a-1}e^{-x/b}"


def _last(tmp_path, head: str, formula: str, row: str):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: t\n---\n\nThe gamma distribution is defined by\n\n"
        f"$$ {head} = {formula}, $$\n\nfor $x > 0$, $a > 0$, $b > 0$. Its moments:\n\n"
        f"$$ {row} $$\n",
        encoding="utf-8",
    )
    return check_post(path, jobs=1).rows[-1]


_HEADS = [
    "\\text{Gamma}(x|\\text{shape}=a,\\text{rate}=b)",
    "\\mathrm{Gamma}(x \\mid a, b)",
    "\\text{Gamma}(x; a, b)",
]


@pytest.mark.parametrize("head", _HEADS)
@pytest.mark.parametrize(
    "row",
    [
        "\\text{E}\\left[x\\right] = a/b",
        "\\text{E}\\left[x\\right]^2 = \\frac{a^2}{b^2}",
        "\\text{Var}\\left[x\\right] = \\frac{a}{b^2}",
        "\\text{E}\\left[x^2\\right] = \\frac{a^2 + a}{b^2}",
    ],
)
def test_the_moments_of_a_density_named_by_its_family_are_proved(tmp_path, head, row):
    last = _last(tmp_path, head, _RATE, row)
    assert last.verdict == "proved", (head, row, last.verdict, last.reason)


@pytest.mark.parametrize(
    "row",
    [
        "\\text{E}\\left[x\\right] = a b",  # the scale's mean
        "\\text{Var}\\left[x\\right] = \\frac{a}{b}",
        "\\text{E}\\left[x^2\\right] = \\frac{a^2}{b^2}",  # E[x^2] = E[x]^2: false
    ],
)
def test_a_wrong_moment_is_not_proved(tmp_path, row):
    last = _last(tmp_path, _HEADS[0], _RATE, row)
    assert last.verdict != "proved", (row, last.verdict, last.reason)


def test_the_formula_decides_the_convention(tmp_path):
    """The same name over the density by scale: the mean is ``ab``, not ``a/b``."""
    assert _last(tmp_path, _HEADS[1], _SCALE, "\\text{E}[x] = a b").verdict == "proved"
    assert _last(tmp_path, _HEADS[1], _SCALE, "\\text{E}[x] = a / b").verdict != "proved"


@pytest.mark.parametrize(
    ("head", "formula"),
    [
        # the beta function, not the beta law: B is a name of the binomial too
        ("B(a, b)", "\\frac{\\Gamma(a)\\Gamma(b)}{\\Gamma(a+b)}"),
        # a name of a law over a formula of another family: no law from it
        ("\\text{Poisson}(x|a, b)", _RATE),
    ],
)
def test_a_name_that_disagrees_with_its_formula_declares_nothing(tmp_path, head, formula):
    last = _last(tmp_path, head, formula, "\\text{E}\\left[x\\right] = a/b")
    assert last.verdict != "proved", (head, last.verdict, last.reason)
