"""Adversarial set 15, pairs 49-51 and 101: a letter the words name as a function in a form
the reader did not match ("$\\phi(z)$ denotes the ... density", "Write the ... distribution
function as $\\Phi$", "$\\Phi$ and $\\phi$ are the ... CDF and density", "$\\psi_1$ the trigamma
function") was read as a number times the bracket: a false symmetry was proved and the true
one refuted. A letter so named is a function (``_parse._functions_in_words``): at a point in a
bracket it is read as a call, or the row is not read - never a product."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (prose, wrong row, right row): other letters, other wording than the set's.
PAIRS = [
    (
        "Below, $\\kappa(u)$ is the Epanechnikov kernel density. For real $u$,",
        "\\kappa(-u) = -\\kappa(u)",
        "\\kappa(-u) = \\kappa(u)",
    ),
    (
        "$\\Xi$ and $\\xi$ are the CDF and density of a symmetric law. For real $u$,",
        "\\Xi(-u) = \\Xi(u) - 1",
        "\\Xi(-u) = 1 - \\Xi(u)",
    ),
    (
        "Here $g(t)$ stands for the standard Cauchy density. For real $t$,",
        "g(-t) = -g(t)",
        "g(-t) = g(t)",
    ),
    (
        "Denote the logistic distribution function by $\\Lambda$. For real $x$,",
        "\\Lambda(-x) = -\\Lambda(x)",
        "\\Lambda(-x) = 1 - \\Lambda(x)",
    ),
    (
        "$G$ and $g$ are the CDF and the density of a law symmetric about zero. For real $u$,",
        "G(-u) = -G(u)",
        "G(-u) = 1 - G(u)",
    ),
    (
        "With $\\Psi_2$ the tetragamma function, for $x > 0$,",
        "\\Psi_2(x + 1) = \\Psi_2(x) - \\frac{2}{x^3}",
        "\\Psi_2(x + 1) = \\Psi_2(x) + \\frac{2}{x^3}",
    ),
    (
        "We write $\\Phi$ for the standard normal CDF. For real $x$,",
        "\\Phi(-x) = \\Phi(x) - 1",
        "\\Phi(-x) = 1 - \\Phi(x)",
    ),
]


def _post(prose: str, row: str) -> str:
    return f"{prose}\n\n$${row}$$\n"


@pytest.mark.parametrize(("prose", "wrong", "right"), PAIRS)
def test_a_function_named_in_words_proves_no_false_symmetry(tmp_path, prose, wrong, right):
    assert verdict_of_row(tmp_path, _post(prose, wrong), wrong) != "proved"


@pytest.mark.parametrize(("prose", "wrong", "right"), PAIRS)
def test_a_function_named_in_words_refutes_no_true_symmetry(tmp_path, prose, wrong, right):
    assert verdict_of_row(tmp_path, _post(prose, right), right) != "refuted"


def test_a_letter_times_a_bracket_is_still_a_product(tmp_path):
    """Words about a function elsewhere do not make a parameter a function: ``a(1 - a)``
    with ``$a$`` a number of the sentence is still a product (and proved)."""
    post = _post(
        "Let $a$ be a real number and $f$ the density of the law. Then", "a(1 - a) = a - a^2"
    )
    assert verdict_of_row(tmp_path, post, "a(1 - a) = a - a^2") == "proved"
