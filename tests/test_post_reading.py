"""Reading derivations as other people write them: inline math, problems, macros, notation.

The corpus test (``test_corpus.py``) measures the reader on real posts; these
tests pin each convention on a line or two, so a regression names its cause.
"""

from __future__ import annotations

import json

import pytest
import sympy as sp

from derivations import symbols as S
from derivations.post._extract import extract, read_post
from derivations.post._lexer import LatexError
from derivations.post._parse import parse_expression, post_context
from derivations.post._relations import statements
from derivations.post._tosympy import Context, NamedApplied, Transposed

# --------------------------------------------------------------------------- rows


def rows_of(text: str) -> list[tuple[int, str]]:
    rows, _ = extract(text)
    return [(r.line, r.display) for r in rows if r.role == "row"]


def chain_rows_of(text: str) -> list[tuple[int, str]]:
    """The rows other than stated ones (INLINE9: stated rows are on by default)."""
    rows, _ = extract(text)
    return [(r.line, r.display) for r in rows if r.role == "row" and not r.stated]


def test_inline_math_on_a_line_of_its_own_is_a_row():
    text = (
        "Intro $x$ here.\n\n- $a = b + c$\n- $d \\le e$ and $f = g$\n\nWe get $p = q$ in prose.\n"
        "\n$$r = s$$\n"
    )
    assert rows_of(text) == [(3, "a = b + c"), (4, "d \\le e"), (4, "f = g"), (8, "r = s")]


def test_inline_formulas_in_sentences_are_rows_only_without_display_math():
    prose = "It holds $\\Gamma(\\gamma) = (\\gamma - 1)!$ here.\n"
    assert rows_of(prose) == [(1, "\\Gamma(\\gamma) = (\\gamma - 1)!")]
    with_display = prose + "\n$$a = b$$\n"
    # INLINE9: beside display math the sentence's formula is a stated row (S1.1), no chain row
    assert chain_rows_of(with_display) == [(3, "a = b")]
    assert rows_of(with_display) == [(1, "\\Gamma(\\gamma) = (\\gamma - 1)!"), (3, "a = b")]


def test_double_dollars_in_a_paragraph_follow_the_dialect():
    # kramdown (no single $ anywhere): $$...$$ in a paragraph is inline math.
    kramdown = "Text $$\\theta = [\\mu, \\Sigma]$$ here.\n\n$$a = b$$\n"
    assert chain_rows_of(kramdown) == [(3, "a = b")]  # (INLINE9: the inline one is stated)
    # MathJax on Stack Exchange (single $ used): $$ is display math wherever it is.
    mathjax = "With $x$: the trick $$ \\log a = b $$ (valid).\n"
    assert rows_of(mathjax) == [(1, "\\log a = b")]


def test_a_matrix_row_break_does_not_split_rows():
    text = (
        "$$\\begin{align}\nA &= \\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix} \\\\\n"
        "&= B\n\\end{align}$$\n"
    )
    rows, _ = extract(text)
    assert [r.line for r in rows] == [2, 3]
    assert "\\\\" in rows[0].text and "&" in rows[0].text


def test_boxed_and_trailing_punctuation_are_not_math():
    (st,) = statements(r"y_i = a \; .")
    assert st.relations == ("=",)
    rows, _ = extract("$$p' = 0 \\Leftrightarrow \\boxed{p = \\frac{1}{4}}$$\n")
    assert [s.relations for s in statements(rows[0].text)] == [("=", "<=>", "=")]


def test_statements_split_at_separators_between_relations():
    sts = statements(r"f(x, p) = p(1-p)^{x-1} , 0 \le p \le 1, x = 1, 2, 3, \cdots")
    assert [s.relations for s in sts] == [("=",), ("<=", "<="), ("=",)]


def test_overset_relations():
    (st,) = statements(r"a \overset{!}{=} 0")
    assert st.relations == ("=set",)
    (st,) = statements(r"a \stackrel{\text{def}}{=} b")
    assert st.relations == (":=",)


# --------------------------------------------------------------------------- problems


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("$$a = b$$\n\nText.\n\n$$ c = d\n", {5}),
        (
            "$$ c = d\n\nA paragraph of prose that the open display swallows here.\n\n$$e = f$$\n",
            {1},
        ),
        ("$$\\begin{align}\na &= b\n\\end{aligned}$$\n", {1, 3}),
        ("\\[ a = b\n", {1}),
        ("$$a = a \\end{align}$$\n", {1}),
    ],
)
def test_structure_problems_are_listed_with_their_line(text, lines, tmp_path):
    p = tmp_path / "post.md"
    p.write_text(text)
    post = read_post(p)
    assert {pr.line for pr in post.problems} & lines
    from derivations.post import check_post

    report = check_post(p, jobs=1)
    assert not report.ok
    data = report.to_json()
    assert data["problems"] and all("line" in x for x in data["problems"])
    json.dumps(data)


def test_front_matter_after_a_byte_order_mark_and_crlf_is_read(tmp_path):
    p = tmp_path / "post.md"
    p.write_bytes("\ufeff---\r\nassume: \\lambda > 0\r\n---\r\n\r\n$$x = 1$$\r\n".encode())
    post = read_post(p)
    assert post.front.strip() == "assume: \\lambda > 0"
    assert [r.line for r in post.rows] == [5]


def test_an_unclosed_front_matter_is_a_problem(tmp_path):
    p = tmp_path / "post.md"
    p.write_text("---\nassume: a > 0\n\n$$a = b$$\n")
    assert [pr.line for pr in read_post(p).problems] == [1]


# --------------------------------------------------------------------------- macros


def test_macros_defined_in_the_post_are_expanded_in_later_rows():
    text = (
        "$$\n\\newcommand{\\sumN}{\\sum_{n = 1}^N}\n\\newcommand{\\dadb}[2]{\\frac{\\partial #1}"
        "{\\partial #2}}\n$$\n\n$$\\dadb{f}{x} = \\sumN x_n$$\n"
    )
    rows, _ = extract(text)
    assert rows[0].role == "macros"
    assert rows[1].text == r"\frac{\partial f}{\partial x} = \sum_{n = 1}^N x_n"
    # Errors point into the row as written, not into the expansion.
    assert rows[1].position(rows[1].text.index("x_n")) == (6, 23)


def test_a_macro_that_expands_forever_stops_at_a_limit():
    rows, _ = extract("$$\\newcommand{\\a}{\\a\\a}$$\n\n$$\\a = 1$$\n")
    assert "limit" in rows[-1].error


# --------------------------------------------------------------------------- limits


@pytest.mark.parametrize(
    "row",
    [
        "{" * 800 + "a" + "}" * 800,
        "\\log(" * 300 + "a" + ")" * 300,
        "\\sqrt{" * 500 + "a" + "}" * 500,
        " + ".join(["a"] * 800),
        "- " * 1000 + "a",
        " + ".join(["a b"] * 20000),
    ],
)
def test_hostile_sizes_are_refused_before_the_parser_with_the_limit_named(row):
    with pytest.raises(LatexError, match="limit"):
        parse_expression(row)


# --------------------------------------------------------------------------- notation


def parse(latex: str, ctx: Context | None = None) -> sp.Basic:
    return parse_expression(latex, ctx)[0]


def test_functions_of_parameters_are_applications_not_products():
    lam = sp.Symbol("lambda", real=True)
    p = sp.Symbol("p", real=True)
    for latex in (
        r"L(p)",
        r"\ell(\lambda)",
        r"f(x;\lambda)",
        r"p(x \mid \theta)",
        r"\mathrm{LL}(\lambda)",
    ):
        assert isinstance(parse(latex), NamedApplied), latex
    assert parse(r"p(1 - p)") == sp.Mul(p, 1 - p)
    assert parse(r"n(1-p)").free_symbols == {S.n, p}
    assert isinstance(parse(r"\log L(p)"), sp.log)
    assert parse(r"\frac{d\ell}{d\lambda}").variables == (lam,)


def test_unicode_greek_and_minus():
    assert parse("λ − 1") == parse(r"\lambda - 1")
    assert parse("θ^{−n}") == parse(r"\theta^{-n}")


def test_upright_d_and_second_derivatives():
    lam = sp.Symbol("lambda", real=True)
    e = parse(r"\frac{\mathrm{d}^2\mathrm{LL}(\lambda)}{\mathrm{d}\lambda^2}")
    assert isinstance(e, sp.Derivative) and e.variable_count == ((lam, 2),)


@pytest.mark.parametrize(
    "slash, frac",
    [
        (r"\mathrm{d}\ell/\mathrm{d}\theta", r"\frac{d\ell}{d\theta}"),
        (r"\partial \ell / \partial \sigma^2", r"\frac{\partial \ell}{\partial \sigma^2}"),
        (r"d \log L / d p", r"\frac{d \log L}{dp}"),
        (r"d/d\theta (\theta^2)", r"\frac{d}{d\theta} (\theta^2)"),
    ],
)
def test_derivatives_written_with_a_slash(slash, frac):
    assert parse(slash) == parse(frac)
    assert isinstance(parse(r"a d/d x"), sp.Mul)  # a d ends a product: not a derivative


def test_binomials_and_infix_over():
    n, k = sp.Symbol("n", integer=True, positive=True), sp.Symbol("k", real=True)
    assert parse(r"\binom{n}{k}") == sp.binomial(S.n, k)
    assert parse(r"{n \choose k}") == sp.binomial(S.n, k)
    assert parse(r"{5 \over 11}") == sp.Rational(5, 11)
    assert n.is_integer


def test_absolute_values_and_the_condition_bar():
    x = sp.Symbol("x", real=True)
    assert parse(r"|x - 1|").doit() == sp.Abs(x - 1)
    assert parse(r"\lvert x \rvert") == sp.Abs(x)
    app = parse(r"p(x \lvert \alpha, \beta)")
    assert isinstance(app, NamedApplied) and len(app.args) == 3


def test_log_of_a_number_times_a_letter_takes_the_product():
    b = sp.Symbol("b", real=True)
    assert parse(r"\log 2b") == sp.log(2 * b)
    p = sp.Symbol("p", real=True)
    e = parse(r"\ln p \sum_{n=1}^{N} x_n")
    assert e.args[0] == sp.log(p) or sp.log(p) in e.args


def test_plain_letter_functions_and_greek_names():
    lam = sp.Symbol("lambda", real=True)
    assert parse(r"N ln(\alpha)") == parse(r"N \ln(\alpha)")
    assert parse(r"\ell(lambda)") == parse(r"\ell(\lambda)")
    assert lam in parse(r"ln(lambda)").free_symbols


def test_hats_bars_and_estimates_are_names_of_their_own():
    e = parse(r"\hat{\sigma}^2")
    assert e == sp.Symbol("hat_sigma2", positive=True)
    assert parse(r"\hat{\lambda}_{MLE}").name == "hat_lambda_MLE"
    assert parse(r"\bar{x}").name == "bar_x"


def test_order_statistics_and_upper_sample_indices():
    assert parse(r"x_{(n)}") == sp.Symbol("x_(n)", real=True)
    assert parse(r"\mathbf{x^{(i)}}") == S.x[sp.Symbol("i", integer=True, positive=True)]


def test_transposes_are_never_powers():
    rows, _ = extract("$$(y_i - \\mu)^\\mathrm{T} \\Sigma^{-1} (y_i - \\mu) = q$$\n")
    ctx = post_context(rows, Context())
    e = parse(rows[0].text.split("=")[0], ctx)
    assert e.atoms(Transposed) and not any(p.exp == sp.Symbol("T") for p in e.atoms(sp.Pow))
    # A post that uses T as a symbol: (1 - p)^T is a power.
    rows, _ = extract("$n = H + T$ and $L = (1 - p)^{T}$\n")
    ctx = post_context(rows, Context())
    assert isinstance(parse(r"(1 - p)^{T}", ctx), sp.Pow)


def test_a_sum_without_limits_runs_over_the_range_the_post_uses():
    rows, _ = extract("$$\\sum_{i=1}^{n} x_i = s$$\n\n$$\\sum x_i = t$$\n")
    ctx = post_context(rows, Context())
    e = parse(r"\sum x_i", ctx)
    i = sp.Symbol("i", integer=True, positive=True)
    assert e == sp.Sum(S.x[i], (i, 1, S.n))


def test_a_function_letter_followed_by_a_name_is_not_guessed():
    with pytest.raises(LatexError, match="f_"):
        parse(r"\prod_{i=1}^{n} f X_i(x_i)")


def test_densities_by_name():
    lam = sp.Symbol("lambda", real=True)
    y = S.x[S.n]
    e = parse(r"\mathrm{Poiss}(x_n; \lambda)")
    assert e.doit() == lam**y * sp.exp(-lam) / sp.factorial(y)
