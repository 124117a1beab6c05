"""A Greek letter whose application the post differentiates is a function (misread61).

hguangshuai's logistic regression (held-out external25) writes the sigmoid
``\\frac{d\\sigma(z)}{dz} = \\sigma(z)(1 - \\sigma(z))`` and ``\\sigma' = \\sigma(1-\\sigma)``;
because ``\\sigma`` is also written alone, ``\\sigma(z_i)`` was read as sigma times z_i (and in a
post without context as sqrt(sigma^2) times z). A derivative of the letter applied to a bracket
(``\\frac{d\\sigma(z)}{dz}``, ``\\frac{\\partial \\sigma(z_i)}{\\partial w_j}``, ``\\sigma'(z)``)
says it is a function: read as a product, ``\\sigma(a + b) = \\sigma(a) + \\sigma(b)`` was proved.
Read as a function where a product was meant, a step is at worst left unchecked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._run import read_post

HERE = Path(__file__).parent
HGUANG = (
    HERE
    / "posts/incoming/external25/hguangshuai-lingying-logistic-regression-gradient-one-sample-sum-update.md"
)

SAID = {
    "fraction": "The derivative is $\\frac{{d\\{g}(z)}}{{dz}} = \\{g}(z)(1 - \\{g}(z))$, and "
    "$\\{g}' = \\{g}(1 - \\{g})$.\n\n",
    "partial": "We use $\\frac{{\\partial \\{g}(z_i)}}{{\\partial w}} = \\{g}(z_i)(1-\\{g}(z_i)) x_i$ "
    "where $\\{g} = 1$ is not said.\n\n",
    "prime": "Note $\\{g}'(z) = \\{g}(z)(1 - \\{g}(z))$ and $\\{g}' = \\{g}(1 - \\{g})$.\n\n",
}


def _verdicts(tmp_path: Path, text: str) -> list:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return check_post(p, jobs=1).rows


def _numbers_named(side: sp.Basic, letter: str) -> set[str]:
    return {str(s) for s in side.free_symbols if str(s) in (letter, letter + "2")}


def test_the_sigmoid_of_the_post_is_never_a_number():
    _, plans = read_post(HGUANG)
    bad = []
    for pl in plans:
        pr = getattr(pl, "parsed", None)
        text = getattr(getattr(pr, "row", None), "text", "") or ""
        if "\\sigma(z" not in text and "\\sigma(\\mathbf" not in text:
            continue  # (line 48, sigma' = sigma(1 - sigma), writes sigma alone as well)
        for st in getattr(pr, "statements", ()) or ():
            for side in st.sides:
                if isinstance(side, sp.Basic) and _numbers_named(side, "sigma"):
                    bad.append((pr.row.line, str(side)[:120]))
    assert bad == []


@pytest.mark.parametrize("how", sorted(SAID))
@pytest.mark.parametrize("g", ["sigma", "phi", "eta", "rho"])
def test_property_a_differentiated_letter_is_no_linear_factor(tmp_path, how, g):
    """g(a + b) = g(a) + g(b) holds of the product reading, not of a function."""
    text = SAID[how].format(g=g) + f"$$\\{g}(a + b) = \\{g}(a) + \\{g}(b)$$\n"
    rows = _verdicts(tmp_path, text)
    assert rows[-1].verdict != "proved", (rows[-1].verdict, rows[-1].reason)


@pytest.mark.parametrize("g", ["sigma", "phi"])
def test_an_identity_of_every_function_is_still_proved(tmp_path, g):
    text = SAID["fraction"].format(g=g) + f"$$\\{g}(z) (1 - \\{g}(z)) = \\{g}(z) - \\{g}(z)^2$$\n"
    rows = _verdicts(tmp_path, text)
    assert rows[-1].verdict == "proved", (rows[-1].verdict, rows[-1].reason)
