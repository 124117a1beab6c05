"""An arg max over a region: ``\\arg\\max_{\\theta \\in \\Theta}``, ``argmin_{\\beta \\in \\mathbb{R}^p}``.

The subscript names the variable and where it runs; the reader read the ``\\in`` as a
relation inside the row and left it unparsed (held-out external26 twice, external12). The
variable is read, the region is not used (an arg max has no value the reader checks), and a
subscript that is not ``{variable \\in ...}`` reads as before.
"""

from __future__ import annotations

import pytest

from derivations.post._lexer import tokenize


def _kinds(text: str) -> list[str]:
    tokens, _ = tokenize(text)
    return [f"{t.type}:{t}" for t in tokens]


@pytest.mark.parametrize(
    "row",
    [
        "\\operatorname{argmin}_{\\theta \\in \\mathbb{R}^n} \\sum_i (y_i - \\theta)^2",
        "\\arg\\max_{\\theta \\in \\Theta} L(\\theta)",
        "\\operatorname*{argmax}_{p \\in (0, 1)} p^x (1 - p)^{n - x}",
    ],
)
def test_the_region_below_an_arg_max_is_read_as_its_variable(row):
    kinds = _kinds(row)
    at = kinds.index(next(k for k in kinds if k.startswith("ARGMAX")))
    assert kinds[at + 1 : at + 3] == ["SUB:_", "LBRACE:{"], kinds
    assert kinds[at + 4] == "RBRACE:}", kinds


def test_a_plain_subscript_is_as_before():
    kinds = _kinds("\\arg\\max_{\\theta} L(\\theta)")
    assert "SUB:_" in kinds


def test_a_region_elsewhere_is_still_unread():
    with pytest.raises(ValueError):
        tokenize("\\sum_{x \\in A} f(x)")


# ----------------------------------------------------------- spelled without a backslash

CORRECT = [
    "\\hat \\theta = argmin_{\\theta} \\sum_{i=1}^n (y_i - \\theta)^2 = \\bar y",
    "\\hat \\mu = argmax_{\\mu} \\left(-\\sum_{i=1}^n (x_i - \\mu)^2\\right) = \\frac{1}{n}\\sum_{i=1}^n x_i",
    "\\hat\\mu = arg max_{\\mu} \\left(-\\sum_{i=1}^n (x_i - \\mu)^2\\right) = \\frac{1}{n}\\sum_{i=1}^n x_i",
    "\\hat\\mu = \\arg\\,\\max_{\\mu} \\left(-\\sum_{i=1}^n (x_i - \\mu)^2\\right) = \\bar x",
    "max_{\\mu} \\left(-\\sum_{i=1}^n (x_i - \\mu)^2\\right) = -\\sum_{i=1}^n (x_i - \\bar x)^2",
]


@pytest.mark.parametrize("row", CORRECT)
def test_an_arg_max_spelled_in_letters_is_never_a_product_of_letters(tmp_path, row):
    """``argmin_\\theta ... = \\bar y`` was read as a*r*g*m*i*n times the sum and refuted."""
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\nLet $\\bar x = \\frac{1}{n}\\sum_{i=1}^n x_i$ and "
        "$\\bar y = \\frac{1}{n}\\sum_{i=1}^n y_i$.\n\n$$" + row + "$$\n",
        encoding="utf-8",
    )
    rows = check_post(post, jobs=1).rows
    assert rows[-1].verdict != "refuted", rows[-1].reason


@pytest.mark.parametrize(
    ("row", "kind"),
    [
        ("argmin_{\\theta} f", "ARGMAX"),
        ("arg max_{\\theta} L", "ARGMAX"),
        ("arg\\,\\max_\\theta L", "ARGMAX"),
        ("max_{\\theta} L(\\theta)", "FUNC"),
    ],
)
def test_spelled_optimisations_are_their_operators(row, kind):
    assert _kinds(row)[0].split(":")[0] == kind


@pytest.mark.parametrize("row", ["Ln(a) = \\ln a", "Log(a^2) = 2 \\log a", "LN(a) = \\ln(a)"])
def test_a_capital_log_before_a_bracket_is_the_log(tmp_path, row):
    """``Ln(a) = \\ln a`` was read as L*n(a) and refuted."""
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\nLet $a > 0$.\n\n$${row}$$\n", encoding="utf-8")
    (r,) = check_post(post, jobs=1).rows
    assert r.verdict == "proved", r.reason
