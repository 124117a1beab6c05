"""A probability, a generating function or a primed moment of a variable whose law the post
gives is a claim about that law, not a definition.

Adversarial set 24 (written blind against 5f05f19): under ``X \\sim Exponential(2)``,
``P(X > 1) = \\int_1^\\infty e^{-x} dx = e^{-1}`` was proved ("defines P", given, then a right
rewrite), and so was ``M_X(t) = \\int_0^\\infty e^{tx} e^{-2x} dx = 1/(2 - t)`` under
``Exponential(1)`` and ``\\mu_1' = \\int_0^1 x \\cdot 2 dx = 1`` after "The density is $f(x) =
2x$" (the post never says "moment"). The law fixes these quantities; a formula for one says
what it is, and may say it wrongly.

Properties: under a declared law (or a density the prose gives, for a primed moment) such a
row is never proved, and never refuted for its formula; without a declared law the same row
defines the model (``P(X = k) = p (1 - p)^k`` is how a post gives a law) and stays given.
"""

from __future__ import annotations

import pytest


def _verdict(tmp_path, text: str, line: int) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return next(r.verdict for r in check_post(post, jobs=1).rows if r.line == line)


_ROWS = {
    "P": (
        r"Let $X \sim \text{Exponential}(2)$. Then",
        r"P(X > 1) = \int_1^{\infty} e^{-x} \, dx = e^{-1}",
        r"P(X > 1) = \int_1^{\infty} 2 e^{-2x} \, dx = e^{-2}",
    ),
    "Pr": (
        r"Let $X \sim \text{Exponential}(2)$. Then",
        r"Pr(X \le 1) = \int_0^{1} e^{-x} \, dx = 1 - e^{-1}",
        r"Pr(X \le 1) = \int_0^{1} 2 e^{-2x} \, dx = 1 - e^{-2}",
    ),
    "M": (
        r"Let $X \sim \text{Exponential}(1)$ and $t < 1$. The generating function is",
        r"M_X(t) = \int_0^{\infty} e^{t x} e^{-2x} \, dx = \frac{1}{2 - t}",
        r"M_X(t) = \int_0^{\infty} e^{t x} e^{-x} \, dx = \frac{1}{1 - t}",
    ),
    "mu": (
        r"The density is $f(x) = 2x$ on $(0, 1)$. Matching the raw expectation,",
        r"\mu_1' = \int_0^1 x \cdot 2 \, dx = 1",
        r"\mu_1' = \int_0^1 x \cdot 2x \, dx = \frac{2}{3}",
    ),
}


@pytest.mark.parametrize("kind", sorted(_ROWS))
def test_a_wrong_formula_for_a_quantity_of_the_law_is_not_proved(tmp_path, kind):
    prose, wrong, _ = _ROWS[kind]
    assert _verdict(tmp_path, f"{prose}\n\n$${wrong}$$\n", 3) != "proved"


@pytest.mark.parametrize("kind", sorted(_ROWS))
def test_a_right_formula_for_it_is_not_refuted(tmp_path, kind):
    prose, _, right = _ROWS[kind]
    assert _verdict(tmp_path, f"{prose}\n\n$${right}$$\n", 3) != "refuted"


@pytest.mark.parametrize(
    "prose, row",
    [
        ("The number of failures has mass", r"P(X = k) = p(1 - p)^k"),
        ("The waiting time has survival function", r"P(T > t) = e^{-\lambda t}"),
        ("Define the function", r"M(t) = \frac{1}{1 - t}"),
    ],
)
def test_without_a_declared_law_the_row_defines_the_model(tmp_path, prose, row):
    assert _verdict(tmp_path, f"{prose}\n\n$${row}$$\n", 3) == "given"
