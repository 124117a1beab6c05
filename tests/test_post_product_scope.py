"""The scope of a written product (held-out external7 poisson-gamma lines 64-65).

``\\prod_i a_i \\prod_i b_i`` is two products side by side: read nested, the second
(free of the first's i) was raised to the n-th power and a correct row refuted. A
product followed by a bracket and then by factors without its index
(``\\prod_i (1/y_i!) \\lambda^{n ybar}``) can be read two ways, either of which may refute
a correct row: it is not read, with the reason. So is a fraction that carries the
index followed by such factors (``\\prod_i \\frac{...}{y_i!} \\cdot \\frac{b^a}{\\Gamma(a)}``,
the same post's line 56), and factors none of which carries it (``\\prod_i e^{-\\lambda}
\\cdot b^a``, line 64): read with the prior inside, the correct row was refuted once the
joint density it restates had a value.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

FRONT = "---\ntitle: products\n---\n\n"


def _verdicts(tmp_path, *rows):
    path = tmp_path / "post.md"
    path.write_text(FRONT + "\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(path, jobs=1).rows]


@pytest.mark.parametrize("n_products", [2, 3])
def test_products_side_by_side_are_not_nested(tmp_path, n_products):
    letters = "abc"[:n_products]
    left = " ".join(f"\\prod_{{i=1}}^n {x}_i" for x in letters)
    right = "\\prod_{i=1}^n " + " ".join(f"{x}_i" for x in letters)
    ((verdict, reason),) = _verdicts(tmp_path, f"{left} = {right}")
    assert verdict in ("proved", "plausible"), reason  # the engine confirms it numerically
    swapped = " ".join(f"\\prod_{{i=1}}^n {x}_i" for x in reversed(letters))
    ((verdict, reason),) = _verdicts(tmp_path, f"{left} = {swapped}")
    assert verdict == "proved", reason  # nested, the two sides differ


def test_a_wrong_merge_of_side_by_side_products_is_refuted(tmp_path):
    ((verdict, reason),) = _verdicts(
        tmp_path, "\\prod_{i=1}^n a_i \\prod_{i=1}^n b_i = \\prod_{i=1}^n a_i b_i^2"
    )
    assert verdict == "refuted", reason


def test_a_bracket_then_factors_without_the_index_is_never_refuted(tmp_path):
    # PARSE64: read with a doubt whose other reading is checked too (test_post_parse64_
    # readings): false both ways here, and still neither refuted nor proved
    ((verdict, reason),) = _verdicts(
        tmp_path, "\\prod_{i=1}^n \\left(\\frac{1}{y_i!}\\right) \\lambda = \\lambda"
    )
    assert verdict not in ("refuted", "proved"), reason


@pytest.mark.parametrize(
    "left",
    [
        "\\prod_{i=1}^n \\frac{\\lambda^{y_i}}{y_i!} \\cdot \\frac{b^a}{\\Gamma(a)} \\lambda^{a-1}",
        "\\prod_{i=1}^n e^{-\\lambda} \\cdot \\frac{b^a}{\\Gamma(a)}",
    ],
)
def test_a_fraction_or_unindexed_factors_then_more_factors_are_never_refuted(tmp_path, left):
    ((verdict, reason),) = _verdicts(tmp_path, f"{left} = \\lambda")
    assert verdict not in ("refuted", "proved"), reason  # PARSE64: read with a doubt


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("\\prod_{i=1}^n e^{-\\lambda} = e^{-n \\lambda}", "proved"),
        ("\\prod_{i=1}^n e^{-\\lambda} = e^{-\\lambda}", "refuted"),
        # the Poisson pmf as written in a likelihood: e^{-lambda} is inside
        (
            "\\prod_{i=1}^n \\frac{\\lambda^{y_i}}{y_i!} e^{-\\lambda}"
            " = \\lambda^{\\sum_{i=1}^n y_i} e^{-n\\lambda} \\prod_{i=1}^n \\frac{1}{y_i!}",
            "proved",
        ),
        (
            "\\prod_{i=1}^n \\frac{\\lambda}{y_i!} = \\lambda^n \\prod_{i=1}^n \\frac{1}{y_i!}",
            "proved",
        ),
    ],
)
def test_one_factor_or_one_fraction_is_the_whole_product(tmp_path, row, verdict):
    ((got, reason),) = _verdicts(tmp_path, row)
    assert got == verdict, reason


@pytest.mark.parametrize(
    ("right", "verdict"),
    [
        ("\\lambda^{n} \\prod_{i=1}^n \\frac{1}{y_i!}", "proved"),
        ("\\lambda^{n^2} \\prod_{i=1}^n \\frac{1}{y_i!}", "refuted"),
    ],
)
def test_a_factor_that_counts_the_n_terms_ends_the_product(tmp_path, right, verdict):
    # external7 poisson-gamma line 65, iciencias lines 19-23: prod_i (x_i) ln theta^n,
    # prod_i (1/y_i!) lambda^{n ybar}: a factor with n and without i is outside.
    left = "\\prod_{i=1}^n \\left(\\frac{1}{y_i!}\\right) \\lambda^{n} e^{-n}"
    ((got, reason),) = _verdicts(tmp_path, f"{left} = e^{{-n}} {right}")
    assert got == verdict, reason


@pytest.mark.parametrize(
    "row",
    [
        # a power, not a bare bracket: p is inside (p^n), as before
        "\\prod_{i=1}^n (1-p)^{x_i} p = p^n (1-p)^{\\sum_{i=1}^n x_i}",
        # a bracket that carries the index and nothing after it
        "\\prod_{i=1}^n (p x_i) = p^n \\prod_{i=1}^n x_i",
    ],
)
def test_products_whose_scope_is_plain_are_read_as_before(tmp_path, row):
    ((verdict, reason),) = _verdicts(tmp_path, row)
    assert verdict == "proved", reason


def test_a_bracket_without_the_index_keeps_the_product_greedy(tmp_path):
    # external weibull-callmequant line 28: every factor written with x for x_i (the
    # author's slip); the bracket (alpha/beta) says nothing about where the product ends.
    ((verdict, reason),) = _verdicts(
        tmp_path, "\\prod_{i=1}^n \\left(\\frac{a}{b}\\right) x^{a} = \\frac{a^n}{b^n} x^{a n}"
    )
    assert verdict in ("proved", "plausible"), reason


def test_one_factor_without_n_after_the_bracket_leaves_the_scope_unclear(tmp_path):
    # external7 poisson-gamma line 65: ... lambda^{n ybar} e^{-n lambda} \cdot b^a/Gamma(a):
    # the prior's factors have neither i nor n.
    ((verdict, reason),) = _verdicts(
        tmp_path,
        "\\prod_{i=1}^n \\left(\\frac{1}{y_i!}\\right) \\lambda^{n} \\cdot \\frac{b^a}{\\Gamma(a)}"
        " = \\frac{b^a}{\\Gamma(a)}",
    )
    # PARSE64: read, the doubt of its scope named, neither refuted nor proved
    assert verdict not in ("refuted", "proved") and "scope" in reason, reason
