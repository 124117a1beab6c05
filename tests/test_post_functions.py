"""Letters a post defines as functions, and the size of its data (issue 12, jethro's post).

Found on tests/posts/incoming/jethro-logistic-regression-gradient.md:

- ``J(\\theta) = ...`` defines the cost J as a function of theta, but J is not one
  of the letters always taken as functions (``L``, ``f``, ...), so ``J(\\theta)`` was
  read as the product J*theta and a correct restatement of J was REFUTED. A letter
  the post defines by a row ``X(args) = ...`` whose arguments are bare names is
  now read as a function wherever it is applied to bare names; brackets holding an
  expression (``N(\\mu - x)``, ``a(b + c)``) and letters the post never defines that
  way still multiply.
- ``\\sum_{i=1}^{m}`` over the data index: ``m`` was a real symbol, so no sample
  could be drawn and every row with the data was unchecked. The upper limit of a
  sum over the index the samples are written with is now the sample size, a
  positive integer, unless the post says what it is.

Each mechanism is checked on a correct twin (proved) and a wrong twin (refuted).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._extract import extract_rows
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context


def verdicts(tmp_path: Path, body: str) -> list[str]:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return [r.verdict for r in check_post(p, jobs=1).rows]


def context_of(tmp_path: Path, body: str) -> Context:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return post_context(extract_rows(p.read_text(encoding="utf-8")), Context())


def read_in(ctx: Context, tex: str) -> sp.Basic:
    expr, _ = parse_expression(tex, ctx)
    return expr


def applied(expr: sp.Basic) -> set[str]:
    """Names of the undefined functions ``expr`` applies."""
    return {str(f.func) for f in expr.atoms(sp.core.function.AppliedUndef)}


# --------------------------------------------------------------------------- (1) defined letters

DEFINES_J = "The cost:\n\n$$ J(\\theta) = \\theta^2 + 2\\theta $$\n\nso\n\n"


@pytest.mark.parametrize(
    ("row", "expect"),
    [
        (r"J(\theta) = \theta(\theta + 2)", "proved"),  # correct twin
        (r"J(\theta) = \theta(\theta + 3)", "refuted"),  # wrong twin
    ],
)
def test_a_letter_the_post_defines_with_its_parameter_is_a_function(tmp_path, row, expect):
    assert verdicts(tmp_path, DEFINES_J + f"$$ {row} $$\n") == ["given", expect]


@pytest.mark.parametrize(
    ("row", "expect"),
    [
        (r"K(a, b) = (a + b)^2 - 2ab", "proved"),
        (r"K(a, b) = (a + b)^2 - ab", "refuted"),
    ],
)
def test_two_parameters(tmp_path, row, expect):
    body = "Let\n\n$$ K(a, b) = a^2 + b^2 $$\n\nthen\n\n" + f"$$ {row} $$\n"
    assert verdicts(tmp_path, body) == ["given", expect]


def test_the_defined_letter_is_a_function_wherever_it_is_applied_to_names(tmp_path):
    ctx = context_of(tmp_path, DEFINES_J + "$$ J(\\theta) = \\theta(\\theta + 2) $$\n")
    assert applied(read_in(ctx, r"J(\theta)")) == {"J"}
    assert applied(read_in(ctx, r"2 J(\theta) + 1")) == {"J"}


@pytest.mark.parametrize("tex", [r"N(\mu - x)", r"a(b + c)"])
def test_brackets_holding_an_expression_still_multiply(tmp_path, tex):
    ctx = context_of(tmp_path, DEFINES_J + "$$ J(\\theta) = \\theta(\\theta + 2) $$\n")
    assert applied(read_in(ctx, tex)) == set()


@pytest.mark.parametrize("tex", [r"J(\theta + 1)", r"J(1 - \theta)"])
def test_a_defined_letter_before_an_expression_is_not_guessed(tmp_path, tex):
    # Read as products these were J(theta) * (theta + 1), and a post meaning J at
    # theta + 1 had its correct rows refuted (test_post_functions_at_points.py): the
    # letter the post defines as a function is at that point, or times it? Not read.
    ctx = context_of(tmp_path, DEFINES_J + "$$ J(\\theta) = \\theta(\\theta + 2) $$\n")
    with pytest.raises(ValueError, match="defines J as a function"):
        read_in(ctx, tex)


def test_a_letter_the_post_does_not_define_still_multiplies(tmp_path):
    # N(\mu) is applied to a name, but the post defines no N(...) = ...
    body = DEFINES_J + "$$ N(\\mu) + a(b) = N\\mu + ab $$\n"
    ctx = context_of(tmp_path, body)
    assert applied(read_in(ctx, r"N(\mu) + a(b)")) == set()
    assert verdicts(tmp_path, body) == ["given", "proved"]


@pytest.mark.parametrize(
    ("rhs", "expect"),
    [("a b + a c", "proved"), ("a b + c", "refuted")],
)
def test_products_on_the_left_of_a_row_do_not_define_a_function(tmp_path, rhs, expect):
    # a(b + c) = ... has an expression in the bracket: it is a product, not a definition
    body = f"$$ a(b + c) = {rhs} $$\n\nand\n\n$$ a b = b a $$\n"
    assert verdicts(tmp_path, body)[0] == expect
    # a row a(b) = ab is shaped as a definition of the function a: beside it, a(b + c)
    # is a at b + c or a times it, and is not read (it was a product)
    body = f"$$ a(b + c) = {rhs} $$\n\nand\n\n$$ a(b) = a b $$\n"
    assert verdicts(tmp_path, body)[0] == "unparsed"


# --------------------------------------------------------------------------- (2) the sample size

SIZE_M = (
    "---\nassume:\n  - theta > 0\n---\n"
    "$$ \\begin{align} \\frac{1}{m} \\sum_{i=1}^{m} (x_i - \\theta) "
    "&= \\frac{1}{m} \\sum_{i=1}^{m} x_i - {RHS} \\end{align} $$\n"
)


@pytest.mark.parametrize(("rhs", "expect"), [(r"\theta", "proved"), (r"2\theta", "refuted")])
def test_upper_limit_of_a_sum_over_the_data_is_the_sample_size(tmp_path, rhs, expect):
    assert verdicts(tmp_path, SIZE_M.replace("{RHS}", rhs)) == [expect]


def test_the_sample_size_is_a_positive_integer(tmp_path):
    ctx = context_of(tmp_path, SIZE_M.replace("{RHS}", r"\theta"))
    m = read_in(ctx, "m")
    assert m.is_integer and m.is_positive


def test_an_upper_limit_the_post_bounds_keeps_the_post_s_domain(tmp_path):
    # m is said to be at least 0 in the prose: the post's word wins over "a size"
    body = (
        "Here $m \\ge 0$ is the number of trials.\n\n"
        "$$ \\sum_{i=1}^{m} x_i = \\sum_{j=1}^{m} x_j $$\n"
    )
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    from derivations.post._assume import build_context, read_prose

    ctx = post_context(extract_rows(body), build_context(read_prose(body)))
    assert read_in(ctx, "m").is_positive is not True


def test_an_upper_limit_of_a_sum_over_no_data_is_not_made_a_size(tmp_path):
    ctx = context_of(tmp_path, "$$ \\sum_{k=1}^{K} k = \\frac{K(K+1)}{2} $$\n")
    # k is no sample's index here: K is whatever the post says, not a sample size
    assert read_in(ctx, "K").is_integer is not True


# --------------------------------------------------------------------------- a constant written first
# Drawing samples for m (above) let the numbers reach rows that were unchecked before:
# bourretsicotte's l = C - m/2 log|Sigma| - ... (C standing for -(mp/2) log 2 pi) was
# REFUTED, because C written first is inside the nested sum (C - a) - b and was not
# seen as an added constant, and a matrix row is never compared up to a constant.

GAUSS_L = (
    "The log-likelihood, with a constant $C$:\n\n$$ \\begin{align} \\ell(\\mu) &= -\\frac{n}{2} "
    "\\log(2\\pi) - \\frac{1}{2} \\sum_{i=1}^{n} (x_i - \\mu)^2 \\\\\n &= {ROW} \\end{align} $$\n"
)


@pytest.mark.parametrize(
    ("row", "expect"),
    [
        # three terms: read (C + a) - b, C inside the nested sum
        (r"C + \mu \sum_{i=1}^{n} x_i - \frac{n}{2} \mu^2", "proved"),
        (r"C + \mu \sum_{i=1}^{n} x_i - n \mu^2", "refuted"),
        (r"\mu \sum_{i=1}^{n} x_i - \frac{n}{2} \mu^2 + C", "proved"),
    ],
)
def test_a_constant_written_first_is_an_added_constant(tmp_path, row, expect):
    assert verdicts(tmp_path, GAUSS_L.replace("{ROW}", row)) == ["given", expect]


MVN_L = (
    "Cyclic: $tr[ACB] = tr[CAB]$.\n\n"
    "$$ l(\\mu, \\Sigma ; ) = - \\frac{mp}{2} \\log (2 \\pi) - \\frac{m}{2} \\log |\\Sigma| "
    "- \\frac{1}{2} \\sum_{i=1}^m \\mathbf{(x^{(i)} - \\mu)^T \\Sigma^{-1} (x^{(i)} - \\mu) } $$\n\n"
    "Re-written (note $C$ is constant):\n\n"
    "$$ l(\\mathbf{ \\mu, \\Sigma | x^{(i)} }) = \\text{C} - \\frac{m}{2} \\log |\\Sigma| "
    "- \\frac{1}{2} \\sum_{i=1}^m \\mathbf{(x^{(i)} - \\mu)^T \\Sigma^{-1} (x^{(i)} - \\mu) } $$\n"
)


def test_a_matrix_row_equal_up_to_a_constant_is_not_refuted(tmp_path):
    # proved since matrix rows equal up to a constant are compared at a second point
    # (the difference without C is the same there); it was "unchecked" before. The
    # sentence's own claim, tr[ACB] = tr[CAB], is a row too since dbea123.
    assert verdicts(tmp_path, MVN_L)[-2:] == ["given", "proved"]


def test_a_matrix_row_without_the_constant_is_still_refuted(tmp_path):
    # the wrong twin: the constant dropped, nothing stands for -(mp/2) log 2 pi
    wrong = MVN_L.replace("\\text{C} - \\frac{m}{2}", "- \\frac{m}{2}")
    assert verdicts(tmp_path, wrong)[-1] == "refuted"


def test_a_sum_from_a_later_index_does_not_make_its_limit_a_size(tmp_path):
    # sum_{t=3}^{T} needs T >= 3: T = 1 would be a counterexample outside the data
    ctx = context_of(tmp_path, "$$ L = \\sum_{t=3}^{T} (r_t - \\phi r_{t-2})^2 $$\n")
    assert read_in(ctx, "T").is_integer is not True


# --------------------------------------------------------------------------- ^{-T} is a transpose
# With m a sample size, bourretsicotte's first-order condition was checked with numbers
# for the first time, and read (x - mu)^T as a power: A^{-T} elsewhere in the post made
# T "a symbol of its own", so the correct twin of the author's sign error was REFUTED.

MVN_MU = (
    "A property: $\\frac{\\partial}{\\partial A} \\log |A| = A^{-T}$.\n\n"
    "$$ l(\\mu, \\Sigma ; ) = - \\frac{mp}{2} \\log (2 \\pi) - \\frac{m}{2} \\log |\\Sigma| "
    "- \\frac{1}{2} \\sum_{i=1}^m \\mathbf{(x^{(i)} - \\mu)^T \\Sigma^{-1} (x^{(i)} - \\mu) } $$\n\n"
    "Then\n\n"
    "$$ \\frac{\\partial }{\\partial \\mu} l(\\mathbf{ \\mu, \\Sigma | x^{(i)} }) "
    "= \\sum_{i=1}^m \\mathbf{ \\Sigma^{-1} ( {DIFF} ) } $$\n"
)


@pytest.mark.parametrize(
    ("diff", "expect"), [(r"x^{(i)} - \mu", "proved"), (r"\mu - x^{(i)}", "refuted")]
)
def test_an_inverse_transpose_does_not_make_T_a_symbol(tmp_path, diff, expect):
    assert verdicts(tmp_path, MVN_MU.replace("{DIFF}", diff))[-1] == expect
