"""Two constructs held-out posts write that the reader refused (session 36, READ5).

1. kramdown rows ending in five backslashes. A bare ``\\begin{align}`` in a kramdown post is
   paragraph text, so Markdown's escapes apply: ``\\\\\\\\`` renders as the row break
   ``\\\\`` and the fifth ``\\`` before the end of the line is TeX's control space. The reader
   split the row at the break and met ``\\`` + newline: "unexpected character '\\\\'"
   (external16/felixclark-glm-case-studies, 5 rows, and every row after them).
2. A conditional expectation written with a plain bar, ``E[X | p]``: the bar was taken as
   half an absolute value, "a '|' without its partner". Inside the brackets of E, Var and
   Cov a lone bar at the top level is the condition bar, as ``\\mid`` always was and as a lone
   bar already is in ``p(x | \\theta)``; bars that pair up stay absolute values.

Each reading is checked with a correct row (not refuted) and its wrong twin (not proved).
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._lexer import raw_tokens
from derivations.post._parse import parse_expression

# ------------------------------------------------------------------ five backslashes

ALIGN = (
    "Some words about the model.\n"
    "\\begin{{align}}\n"
    "\\log f(y; p) &= y \\log p + (1-y) \\log(1-p) \\\\\\\\\\\n"
    "&= {row}\n"
    "\\end{{align}}\n"
    "where $y$ is 0 or 1.\n"
)
GOOD_ROW = "y \\log\\left(\\frac{p}{1-p}\\right) + \\log(1-p)"
BAD_ROW = "y \\log\\left(\\frac{p}{1-p}\\right) + \\log(p)"


def test_the_fixture_has_five_backslashes_before_the_newline():
    text = ALIGN.format(row=GOOD_ROW)
    line = text.splitlines()[2]
    assert line.endswith("\\" * 5) and not line.endswith("\\" * 6)


def test_a_kramdown_row_after_five_backslashes_is_read_and_checked(tmp_path):
    good = verdict_of_row(tmp_path, ALIGN.format(row=GOOD_ROW), GOOD_ROW)
    assert good not in ("unparsed", "refuted"), good
    assert good == "proved"


def test_the_wrong_twin_after_five_backslashes_is_not_proved(tmp_path):
    bad = verdict_of_row(tmp_path, ALIGN.format(row=BAD_ROW), BAD_ROW)
    assert bad not in ("proved", "given", "unparsed"), bad


def test_the_first_row_of_the_kramdown_align_is_read(tmp_path):
    body = ALIGN.format(row=GOOD_ROW)
    first = "\\log f(y; p) &= y \\log p"
    assert verdict_of_row(tmp_path, body, first) != "unparsed"


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_a_control_space_at_a_line_end_is_white_space(end):
    # '\' before the end of a line is TeX's control space: the same tokens as a space.
    joined = [r.text for r in raw_tokens(f"a + \\{end}b")]
    assert joined == [r.text for r in raw_tokens("a + \\ b")]
    a, _ = parse_expression(f"x^2 + \\{end}2x")
    b, _ = parse_expression("x^2 + 2x")
    assert a == b


# ------------------------------------------------------------------ conditional bars


@pytest.mark.parametrize(
    "plain, mid",
    [
        ("\\mathrm{E}[X | p]", "\\mathrm{E}[X \\mid p]"),
        ("E[z_{ij}|x_i, \\theta]", "E[z_{ij} \\mid x_i, \\theta]"),
        ("\\mathbb{E}[\\mathbb{E}[X | p]]", "\\mathbb{E}[\\mathbb{E}[X \\mid p]]"),
        ("E(X | Y = y)", "E(X \\mid Y = y)"),
        ("\\mathrm{Var}(y|\\eta)", "\\mathrm{Var}(y \\mid \\eta)"),
    ],
)
def test_a_lone_plain_bar_in_an_expectation_is_the_condition_bar(plain, mid):
    assert parse_expression(plain)[0] == parse_expression(mid)[0]


@pytest.mark.parametrize(
    "text, other",
    [
        ("E[|X|]", "E[\\left|X\\right|]"),
        ("E[|X - \\mu|]", "E[\\lvert X - \\mu \\rvert]"),
        ("\\mathrm{Var}(|Y|)", "\\mathrm{Var}(\\left|Y\\right|)"),
    ],
)
def test_paired_bars_in_an_expectation_stay_an_absolute_value(text, other):
    e = parse_expression(text)[0]
    assert e == parse_expression(other)[0]
    assert e.has(parse_expression("|X|")[0].func) or "Abs" in str(e)


def test_a_conditional_expectation_is_not_the_plain_one():
    assert parse_expression("E[X | p]")[0] != parse_expression("E[X]")[0]


TOWER = (
    "Let $p \\sim \\mathrm{Beta}(\\alpha, \\beta)$ and, given $p$, "
    "$X \\sim \\mathrm{Bin}(m, p)$.\n\n"
    "$$ {row} $$\n"
)


@pytest.mark.parametrize(
    "good, bad",
    [
        (
            "\\mathrm{E}[X] = \\mathrm{E}[\\mathrm{E}[X | p]] = \\mathrm{E}[mp]",
            "\\mathrm{E}[X] = \\mathrm{E}[\\mathrm{E}[X | p]] = \\mathrm{E}[m^2 p]",
        ),
        (
            "\\mathrm{E}[m p] = m\\frac{\\alpha}{\\alpha + \\beta}",
            "\\mathrm{E}[m p] = m\\frac{\\beta}{\\alpha + \\beta}",
        ),
    ],
)
def test_rows_with_a_conditional_bar_twins(tmp_path, good, bad):
    assert verdict_of_row(tmp_path, TOWER.replace("{row}", bad), bad) not in ("proved", "given")
    assert verdict_of_row(tmp_path, TOWER.replace("{row}", good), good) != "refuted"


def test_a_row_with_a_plain_conditional_bar_is_parsed(tmp_path):
    row = "\\mathrm{E}[X] = \\mathrm{E}[\\mathrm{E}[X | p]] = \\mathrm{E}[mp]"
    assert verdict_of_row(tmp_path, TOWER.replace("{row}", row), row) != "unparsed"


def test_an_odd_bar_outside_an_expectation_is_still_refused():
    with pytest.raises(ValueError, match="partner"):
        parse_expression("a + |b")


# ------------------------------------------------------------------ "$n$ $X_i$ random variables"

COUNTED = (
    "We have $n$ $X_i$ random variables that are independent, with mean $\\mu$.\n\n$$ {row} $$\n"
)


@pytest.mark.parametrize(
    "good, bad",
    [
        (
            "\\sum_{i}^n (X_i - \\mu) = \\sum_{i}^n X_i - n\\mu",
            "\\sum_{i}^n (X_i - \\mu) = \\sum_{i}^n X_i - (n-1)\\mu",
        ),
        (
            "\\sum_{i}^n (X_i + 2) = \\sum_{i}^n X_i + 2n",
            "\\sum_{i}^n (X_i + 2) = \\sum_{i}^n X_i + 2",
        ),
    ],
)
def test_n_sample_random_variables_count_the_sample(tmp_path, good, bad):
    # "$n$ $X_i$ random variables" says the index of X runs over n values, as "$n$
    # observations" does: a sum \sum_{i}^{n} with no first value runs 1..n.
    assert verdict_of_row(tmp_path, COUNTED.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, COUNTED.replace("{row}", bad), bad) not in ("proved", "given")


@pytest.mark.parametrize(
    "words",
    [
        "A vector of $n$ variables and data $X_i$ with mean $\\mu$.",
        "We have $n$ $Y_j$ random variables and data $X_i$ with mean $\\mu$.",
    ],
)
def test_a_count_of_something_else_gives_no_range(tmp_path, words):
    row = "\\sum_{i}^n (X_i - \\mu) = \\sum_{i}^n X_i - n\\mu"
    body = f"{words}\n\n$$ {row} $$\n"
    assert verdict_of_row(tmp_path, body, row) != "proved"


# ------------------------------------------------------------------ \sum_i \sum_{j \ne i}


def _brute_pairs(values: list[int], square: bool) -> int:
    return sum(
        (a * b) ** (2 if square else 1)
        for i, a in enumerate(values)
        for j, b in enumerate(values)
        if i != j
    )


@pytest.mark.parametrize(
    "text, square",
    [
        ("\\sum_{i=1}^n\\sum_{j=1, j\\ne i}^n X_i X_j", False),
        ("\\sum_{i=1}^n X_i \\sum_{j=1, j\\neq i}^n X_j", False),
        ("\\sum_{i=1}^{n} \\sum_{j=1, j \\ne i}^{n} X_i^2 X_j^2", True),
    ],
)
def test_a_sum_leaving_out_the_enclosing_index_is_the_sum_over_pairs(text, square):
    import sympy as sp

    e, _ = parse_expression(text)
    for values in ([2, 3, 5], [1, -4, 7, 2], [6]):
        n = len(values)
        (N,) = [s for s in e.free_symbols if s.name == "n"]
        (X,) = [b for b in e.atoms(sp.IndexedBase)]
        got = e.subs(N, n).doit()
        got = got.xreplace({X[k + 1]: v for k, v in enumerate(values)})
        got = got.replace(lambda a: isinstance(a, sp.Indexed), lambda a: a)
        assert sp.simplify(got - _brute_pairs(values, square)) == 0, (text, values, got)


@pytest.mark.parametrize(
    "text",
    [
        "\\sum_{i\\ne j} y_i^2 y_j^2",  # nothing encloses it: pairs or a fixed j?
        "\\sum_{i\\neq k} y_i p_k",  # k fixed by the post, not by a sum
        "\\sum_{i=1}^{m}\\sum_{j=1, j\\ne i}^n X_i X_j",  # i may fall outside j's range
        "\\sum_{k=1}^n\\sum_{j=1, j\\ne i}^n X_i X_j",  # the enclosing sum is over another index
    ],
)
def test_a_sum_leaving_out_an_unbound_index_is_still_refused(text):
    with pytest.raises(ValueError, match="over pairs"):
        parse_expression(text)


PAIRS = "Let $X_1, \\ldots, X_n$ be numbers.\n\n$$ {row} $$\n"


@pytest.mark.parametrize(
    "good, bad",
    [
        (
            "\\sum_{i=1}^n\\sum_{j=1, j\\ne i}^n X_i X_j"
            " = \\left(\\sum_{i=1}^n X_i\\right)^2 - \\sum_{i=1}^n X_i^2",
            "\\sum_{i=1}^n\\sum_{j=1, j\\ne i}^n X_i X_j = \\left(\\sum_{i=1}^n X_i\\right)^2",
        ),
        (
            "\\sum_{i=1}^n \\sum_{j=1, j\\ne i}^n 1 = n(n-1)",
            "\\sum_{i=1}^n \\sum_{j=1, j\\ne i}^n 1 = n^2",
        ),
    ],
)
def test_pair_sum_twins(tmp_path, good, bad):
    assert verdict_of_row(tmp_path, PAIRS.replace("{row}", bad), bad) not in ("proved", "given")
    assert verdict_of_row(tmp_path, PAIRS.replace("{row}", good), good) != "refuted"


# ------------------------------------------------------------------ indicators of an event

INDICATOR_SPELLINGS = [
    "\\mathbb{I}(y_n = 1)",
    "I(y_n=1)",
    "\\mathbf{1}(y_n = 1)",
    "1\\{y_n = 1\\}",
    "\\mathbb{1}\\{y_n = 1\\}",
]


@pytest.mark.parametrize("text", INDICATOR_SPELLINGS)
def test_an_indicator_of_an_event_is_read_one_way_whatever_its_spelling(text):
    e = parse_expression(text)[0]
    assert e == parse_expression(INDICATOR_SPELLINGS[0])[0]
    assert e != parse_expression("\\mathbb{I}(y_n = 0)")[0]
    assert e != parse_expression("1")[0]


def test_an_indicator_is_not_the_letter_i_or_a_product_with_one():
    e = parse_expression("I(y_n = 1)")[0]
    assert "I" not in {str(f.func) for f in e.atoms(__import__("sympy").Function)}
    # I(\theta) with no event inside stays what it was
    assert parse_expression("I(\\theta)")[0] != e


BINARY = "Let $y_1, \\ldots, y_n$ be the data, each 0 or 1.\n\n$$ {row} $$\n"


@pytest.mark.parametrize(
    "good, bad",
    [
        (
            "\\log \\theta^{\\mathbb{I}(y_n=1)} = \\mathbb{I}(y_n=1) \\log\\theta",
            "\\log \\theta^{\\mathbb{I}(y_n=1)} = \\mathbb{I}(y_n=0) \\log\\theta",
        ),
        (
            "\\sum_{i=1}^n 1\\{y_i = 0\\} + \\sum_{i=1}^n 1\\{y_i = 1\\}"
            " = \\sum_{i=1}^n \\left(1\\{y_i = 0\\} + 1\\{y_i = 1\\}\\right)",
            "\\sum_{i=1}^n 1\\{y_i = 0\\} + \\sum_{i=1}^n 1\\{y_i = 1\\}"
            " = \\sum_{i=1}^n 2 \\cdot 1\\{y_i = 0\\}",
        ),
        (
            # holds for binary data only: never refuted, never proved from the letters
            "\\sum_{i=1}^n 1\\{y_i = 0\\} + \\sum_{i=1}^n 1\\{y_i = 1\\} = n",
            "\\sum_{i=1}^n 1\\{y_i = 0\\} + \\sum_{i=1}^n 1\\{y_i = 1\\} = n + 1",
        ),
    ],
)
def test_indicator_twins(tmp_path, good, bad):
    assert verdict_of_row(tmp_path, BINARY.replace("{row}", bad), bad) not in ("proved", "given")
    assert verdict_of_row(tmp_path, BINARY.replace("{row}", good), good) != "refuted"


def test_an_indicator_is_not_a_function_the_post_defines(tmp_path):
    body = (
        "The information is\n\n$$I(\\theta) = \\frac{n}{\\theta^2}$$\n\n"
        "and\n\n$$ \\sum_{i=1}^n I(y_i = 0) = \\sum_{i=1}^n \\frac{n}{\\theta^2} $$\n"
    )
    assert verdict_of_row(tmp_path, body, "I(y_i = 0) =") not in ("proved", "given")


# ------------------------------------------------------------------ \nabla_\phi^2


@pytest.mark.parametrize(
    "text", ["\\nabla_\\phi^2 (\\phi^3 + n)", "\\nabla^2_{\\phi} (\\phi^3 + n)"]
)
def test_a_squared_nabla_with_its_variable_is_the_second_derivative(text):
    assert (
        parse_expression(text)[0]
        == parse_expression("\\frac{\\partial^2}{\\partial \\phi^2} (\\phi^3 + n)")[0]
    )


@pytest.mark.parametrize(
    "text",
    [
        "\\nabla_\\phi^3 \\phi^4",  # only the square is read
        "\\nabla_{\\sigma^2}^2 (\\sigma^2)^3",  # the variable has a power of its own
    ],
)
def test_other_powers_of_nabla_stay_refused(text):
    with pytest.raises(ValueError):
        parse_expression(text)


def test_a_laplacian_is_by_no_guessed_variable():
    # \nabla^2 f: by which variables? PARSE15: a function of its own, with no value
    e = parse_expression("\\nabla^2 f")[0]
    assert not e.atoms(sp.Derivative) and str(e.func) == "\\nabla^{2}", e


NABLA = "$$\\ell(\\phi) = n_1 \\log \\phi + n_0 \\log (1 - \\phi)$$\n\nso\n\n$$ {row} $$\n"


@pytest.mark.parametrize(
    "good, bad",
    [
        (
            "\\nabla_\\phi^2 \\ell(\\phi) = -\\frac{n_1}{\\phi^2} - \\frac{n_0}{(1 - \\phi)^2}",
            "\\nabla_\\phi^2 \\ell(\\phi) = -\\frac{n_1}{\\phi^2} + \\frac{n_0}{(1 - \\phi)^2}",
        ),
        (
            "\\nabla^2_\\phi \\ell(\\phi) = -\\frac{n_1}{\\phi^2} - \\frac{n_0}{(1 - \\phi)^2}",
            "\\nabla^2_\\phi \\ell(\\phi) = \\frac{n_1}{\\phi} - \\frac{n_0}{1 - \\phi}",
        ),
    ],
)
def test_second_nabla_twins(tmp_path, good, bad):
    assert verdict_of_row(tmp_path, NABLA.replace("{row}", bad), bad) not in ("proved", "given")
    assert verdict_of_row(tmp_path, NABLA.replace("{row}", good), good) == "proved"


# ------------------------------------------------------------------ ProofWiki's eqn tables

TABLE = (
    "We have:\n\n"
    "\\(\\ds \\frac {\\d} {\\d t} \\paren {t^3 + t}\\) \\(=\\) \\(\\ds {first}\\) Power Rule\n"
    "\\(\\ds \\) \\(=\\) \\(\\ds {second}\\) Commutativity of Addition\n\n"
    "$\\blacksquare$\n"
)


def _table(first: str, second: str) -> str:
    return TABLE.replace("{first}", first).replace("{second}", second)


def test_a_table_row_of_three_inline_cells_is_one_display_row():
    from derivations.post._extract import scan_blocks

    body = _table("3 t^2 + 1", "1 + 3 t^2")
    blocks = [b for b in scan_blocks(body)[0] if b.kind != "prose"]
    assert [b.kind for b in blocks] == ["display", "display"]
    lines = body.splitlines()
    for b in blocks:
        # every column is still the file's: the cells are where the file has them
        assert b.text.strip().split()[-1] in lines[b.line - 1]
        assert lines[b.line - 1][b.column - 1 :].startswith("\\ds")
    assert blocks[1].text.strip().startswith("=")  # the empty left cell: it goes on


@pytest.mark.parametrize(
    "first, second, line, expect",
    [
        ("3 t^2 + 1", "1 + 3 t^2", 6, "proved"),
        ("3 t^2 + 1", "1 + 3 t^2", 7, "proved"),
        ("3 t^2", "3 t^2", 6, "not proved"),  # the derivative of t dropped
        ("3 t^2 + 1", "1 + 2 t^2", 7, "not proved"),  # a slip in the row that goes on
    ],
)
def test_table_row_twins(tmp_path, first, second, line, expect):
    from derivations.post import check_post

    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + _table(first, second), encoding="utf-8")
    verdicts = {r.line: r.verdict for r in check_post(path, jobs=1).rows}
    if expect == "proved":
        assert verdicts[line] == "proved", verdicts
    else:
        assert verdicts.get(line) not in ("proved", "given"), verdicts


@pytest.mark.parametrize(
    "body",
    [
        "so \\(a\\) \\(=\\) \\(b + 1\\) here.\n",  # not opening its line
        "\\(a\\) \\(= b\\) \\(c\\)\n",  # the sign's cell holds more
        "\\(a\\) and \\(=\\) \\(b\\)\n",  # words between the cells
        "\\(a\\) \\(=\\)\n\\(b\\)\n",  # across lines
    ],
)
def test_other_inline_formulas_are_not_joined(body):
    from derivations.post._extract import scan_blocks

    assert all(b.kind != "display" for b in scan_blocks(body)[0])


# ------------------------------------------------------------------ "$\displaystyle = ...$"

FORUM = "Let $\\displaystyle F(y) = \\int_0^y e^{-t} \\, dt$\n\n$\\displaystyle = {row}$.\n"


@pytest.mark.parametrize(
    "good, bad",
    [("1 - e^{-y}", "1 + e^{-y}"), ("-e^{-y} + 1", "e^{-y}")],
)
def test_a_row_opening_with_displaystyle_then_a_sign_goes_on(tmp_path, good, bad):
    # vBulletin forums prefix every formula with \displaystyle: "$\displaystyle = ...$" is a
    # row that goes on from the one above, not a side that is empty
    g = verdict_of_row(tmp_path, FORUM.replace("{row}", good), f"= {good}")
    assert g not in ("unparsed", "refuted"), g
    b = verdict_of_row(tmp_path, FORUM.replace("{row}", bad), f"= {bad}")
    assert b not in ("proved", "given", "unparsed"), b
