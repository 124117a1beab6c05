"""The LaTeX reader: notation, scoping, symbol conventions, errors - and never eval."""

from __future__ import annotations

import math

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import symbols as S
from derivations.post._lexer import LatexError
from derivations.post._parse import parse_expression
from derivations.post._tosympy import ArgMax, Named, NamedApplied, PostSyntaxError

XS = [0.7, -1.3, 2.2]
ENV = {S.N: 3, S.mu: 0.4, S.sigma2: 1.7}


def value(e: sp.Basic) -> float:
    """e at N=3, x = XS, mu = 0.4, sigma2 = 1.7 - via concrete sums and derivatives."""
    e = e.xreplace({S.N: sp.Integer(3)}).doit()
    e = e.xreplace({S.x[i + 1]: sp.Float(v) for i, v in enumerate(XS)})
    return complex(e.xreplace({S.mu: sp.Float(0.4), S.sigma2: sp.Float(1.7)}).evalf()).real


def parse(text: str) -> sp.Basic:
    return parse_expression(text)[0]


MU, S2 = 0.4, 1.7
SUM_X = sum(XS)
SUM_SQ = sum((v - MU) ** 2 for v in XS)


@pytest.mark.parametrize(
    ("latex", "expected"),
    [
        (r"\frac{1}{N}\sum\limits_{n=1}^{N} x_{n}", SUM_X / 3),
        (r"\sum\limits_{n=1}^{N} x_{n} - \sum\limits_{n=1}^{N} \mu", SUM_X - 3 * MU),
        (r"\sum_{n=1}^{N} x_{n} - N \cdot \mu", SUM_X - 3 * MU),
        (
            r"- \frac{1}{2\sigma^{2}} \sum\limits_{n=1}^{N} 2 (x_{n} - \mu) \cdot -1",
            sum(XS) / S2 - 3 * MU / S2,
        ),
        (
            r"- \frac{N}{2} \log ( 2\pi\sigma^{2} ) + \sum\limits_{n=1}^{N} -\frac{1}{2}"
            r" \Big(\frac{(x_{n} - \mu)^{2}}{\sigma^{2}} \Big)",
            -1.5 * math.log(2 * math.pi * S2) - SUM_SQ / (2 * S2),
        ),
        (
            r"\log \Big( \frac{1}{\sqrt{2\pi\sigma^{2}}} \cdot"
            r" \exp^{-\frac{1}{2} \big(\frac{(x_{1} - \mu)^{2}}{\sigma^{2}}\big)} \Big)",
            math.log(math.exp(-((XS[0] - MU) ** 2) / (2 * S2)) / math.sqrt(2 * math.pi * S2)),
        ),
        (r"e^{-\frac{1}{2}}", math.exp(-0.5)),
        (r"\log(e) + \log(1)", 1.0),
        (r"\log_{e}(e)", 1.0),
        (r"\sigma^{-2}", 1 / S2),
        (r"\sigma^4", S2**2),
        (r"(\sigma^2)^{-2}", S2**-2),
        (r"\frac{1}{2\sigma^4}", 1 / (2 * S2**2)),
        (r"N\sigma^2", 3 * S2),
        (r"\sqrt{\sigma^{2}}", math.sqrt(S2)),
        (r"\left( x_{1} + x_{2} \right) \cdot x_{3}", (XS[0] + XS[1]) * XS[2]),
        (r"x_{1} / x_{2} \times x_{3}", XS[0] / XS[1] * XS[2]),
        (r"1.5 \, x_{1}", 1.5 * XS[0]),
        (r"x_{1} - x_{2} - x_{3}", XS[0] - XS[1] - XS[2]),
        (r"\frac12 x_{1}", 0.5 * XS[0]),
    ],
)
def test_values(latex, expected):
    assert value(parse(latex)) == pytest.approx(expected, rel=1e-12)


def test_derivative_scope_is_one_factor():
    # d/dmu applies to (-1/(2 sigma^2)) only; the product continues outside it.
    e = parse(
        r"\frac{\partial}{\partial \mu} \big(- \frac{1}{2\sigma^{2}} \big) \cdot (x_{1} - \mu)^{2}"
    )
    assert isinstance(e, sp.Mul)
    (d,) = e.atoms(sp.Derivative)
    assert d.variables == (S.mu,) and d.expr.free_symbols == {S.sigma2}
    assert value(e) == 0.0


def test_derivative_takes_a_following_sum_with_its_body():
    e = parse(r"\frac{\partial}{\partial \mu} \sum\limits_{n=1}^{N} (x_{n} - \mu)^{2}")
    assert isinstance(e, sp.Derivative) and isinstance(e.expr, sp.Sum)
    assert value(e) == pytest.approx(-2 * (SUM_X - 3 * MU))


def test_derivative_by_sigma_squared_is_by_the_variance_symbol():
    e = parse(r"\frac{\partial}{\partial \sigma^{2}} \log ( 2\pi\sigma^{2} )")
    assert e.variables == (S.sigma2,)
    assert value(e) == pytest.approx(1 / S2)
    d = parse(r"\frac{d}{d \mu} \mu^{2}")
    assert d.variables == (S.mu,)


def test_partial_of_a_named_quantity():
    e = parse(r"\frac{\partial \mathcal{LL}}{\partial \mu}")
    assert isinstance(e, sp.Derivative) and isinstance(e.expr, Named)
    assert e.expr.name == r"\mathcal{LL}"
    # Written with its arguments, it is the same quantity applied to them.
    app = parse(r"\mathcal{LL}(X|\mu, \sigma^{2})")
    assert isinstance(app, NamedApplied) and str(app.func) == r"\mathcal{LL}"
    assert app.args == (sp.Symbol("X", real=True), S.mu, S.sigma2)


def test_samples_and_index():
    e = parse(r"\mathbf{x}_{n}")
    assert e == S.x[S.n]
    (s,) = parse(r"\sum_{n=1}^{N} x_n").atoms(sp.Sum)
    assert s.limits == ((S.n, 1, S.N),)


def test_rows_stay_unevaluated():
    assert parse(r"\log(1)") == sp.log(1, evaluate=False)
    assert parse(r"\log(e)").args == (sp.E,)
    e = parse(r"\frac{\partial}{\partial \mu} \big( \mu \big)")
    assert isinstance(e, sp.Derivative)


def test_gaussian_density_and_argmax():
    e = parse(r"\mathcal{N}(x_{1}|\mu, \sigma^{2})")
    assert value(e) == pytest.approx(
        math.exp(-((XS[0] - MU) ** 2) / (2 * S2)) / math.sqrt(2 * math.pi * S2)
    )
    a = parse(r"\underset{\mu}{\operatorname{argmax}} \mathcal{LL}")
    assert isinstance(a, ArgMax) and a.args[1] == S.mu


def test_ellipsis_over_subscripts_is_a_sum():
    e = parse(r"f(x_{1}) + f(x_{2}) + \ldots + f(x_{N})")
    assert e == sp.Sum(sp.Function("f")(S.x[S.n]), (S.n, 1, S.N))
    assert value(parse(r"x_{1}^{2} + x_{2}^{2} + \cdots + x_{N}^{2}")) == pytest.approx(
        sum(v * v for v in XS)
    )
    with pytest.raises(ValueError, match="ellipsis"):
        parse(r"x_{1} + x_{3} + \ldots + x_{N}")  # not t(1) + t(2) + ...


def test_word_subscript_names_one_symbol():
    assert parse(r"\theta_{MLE}") == sp.Symbol("theta_MLE", real=True)


def test_stray_closer_is_reported_and_dropped():
    e, slips = parse_expression(r"\Big( a \big( b \big) \cdot c \big) \Big)")
    assert len(slips) == 1 and "stray closing \\big)" in slips[0].message
    assert e == parse(r"( a ( b ) \cdot c )")


@pytest.mark.parametrize(
    ("latex", "message"),
    [
        (r"\Big( a + b", r"bracket \\Big\( is never closed"),
        (r"\Big( a \big( b \Big)", r"bracket \\big\( is not closed before \\Big\)"),
        (r"\unknowncommand{x}", r"unsupported command \\unknowncommand"),
        (r"a + ", r"ends too early"),
        (r"x_{2} + \ldots + x_{2N}", r"ellipsis"),  # (parse11: x_{1} + \ldots + x_{N} is read)
        # (posts29: a first derivative by sigma is read by the chain rule; a second is not)
        (
            r"\frac{\partial^2}{\partial \sigma \partial \sigma} \sigma",
            r"with respect to sigma is not read",
        ),
        (r"\sum_N N x_n", r"written without its limits"),  # (read8: \sum_n x_{n+1} is read)
    ],
)
def test_errors_are_value_errors_with_a_sentence(latex, message):
    with pytest.raises(ValueError, match=message):
        parse(latex)


@pytest.mark.parametrize(
    "payload",
    [
        "__import__('os').system('echo hacked')",
        'exec("print(1)")',
        "eval('1+1')",
        "lambda: 0",
    ],
)
def test_python_is_never_evaluated(payload, capsys):
    # Letters become symbols and punctuation outside LaTeX math is rejected; nothing runs.
    try:
        e, _ = parse_expression(payload)
    except (LatexError, PostSyntaxError):
        pass
    else:  # pragma: no cover - would mean the text became math, which is harmless too
        assert isinstance(e, sp.Basic)
    assert "hacked" not in capsys.readouterr().out


# -- property: random expressions with a value computed alongside --------------------

_LEAVES = st.sampled_from(
    [
        ("2", 2.0),
        ("3", 3.0),
        ("\\mu", MU),
        ("\\sigma^{2}", S2),
        ("x_{1}", XS[0]),
        ("x_{2}", XS[1]),
        ("N", 3.0),
        ("\\pi", math.pi),
    ]
)


def _combine(children):
    pair = st.tuples(children, children)
    return st.one_of(
        pair.map(lambda p: (f"{p[0][0]} + {p[1][0]}", p[0][1] + p[1][1])),
        pair.map(lambda p: (f"{p[0][0]} - \\Big( {p[1][0]} \\Big)", p[0][1] - p[1][1])),
        pair.map(
            lambda p: (f"\\big( {p[0][0]} \\big) \\cdot \\big( {p[1][0]} \\big)", p[0][1] * p[1][1])
        ),
        pair.filter(lambda p: abs(p[1][1]) > 1e-3).map(
            lambda p: (f"\\frac{{{p[0][0]}}}{{{p[1][0]}}}", p[0][1] / p[1][1])
        ),
        children.map(lambda c: (f"\\left( {c[0]} \\right)^{{2}}", c[1] ** 2)),
        children.map(
            lambda c: (
                f"\\log \\Big( 1 + \\big( {c[0]} \\big)^{{2}} \\Big)",
                math.log(1 + c[1] ** 2),
            )
        ),
        children.map(
            lambda c: (
                f"e^{{-\\frac{{1}}{{2}} \\left( {c[0]} \\right)^{{2}}}}",
                math.exp(-0.5 * c[1] ** 2),
            )
        ),
    )


@settings(max_examples=60, deadline=None)
@given(st.recursive(_LEAVES, _combine, max_leaves=6))
def test_random_expressions_parse_to_their_value(case):
    latex, expected = case
    assert value(parse(latex)) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_named_rules_in_prose():
    from derivations.post._rule_phrases import named_rules

    assert [p for p, _ in named_rules("Now we will use the log quotient rule:")] == [
        "log quotient rule"
    ]
    assert [p for p, _ in named_rules("And again, the product rule:")] == ["product rule"]
    phrases = [
        p for p, _ in named_rules(r"simplify $$\log_{e}(e) = 1$$ as well as $$\log(1) = 0$$")
    ]
    assert phrases == [r"\log_{e}(e) = 1", r"\log(1) = 0"]
    assert named_rules("Now for some basic algebra simplification:") == []


def test_second_derivatives():
    e = parse(r"\frac{\partial^{2}}{\partial \mu^{2}} \mu^{3}")
    assert e.variables == (S.mu, S.mu) and value(e) == pytest.approx(6 * MU)
    m = parse(r"\frac{\partial^2 \mathcal{LL}}{\partial \mu \partial \sigma^{2}}")
    assert m.variables == (S.mu, S.sigma2)
    v = parse(r"\frac{\partial^2}{\partial (\sigma^2)^2} \log(\sigma^2)")
    assert value(v) == pytest.approx(-1 / S2**2)
    with pytest.raises(ValueError, match="order 3 needs 3 variables"):
        parse(r"\frac{\partial^3 f}{\partial \mu^2}")


def test_other_index_letters_and_accents():
    e = parse(r"\sum_{i=1}^{N} x_i")
    (s,) = e.atoms(sp.Sum)
    (i,) = [a for a in s.limits[0][:1]]
    assert e.function == S.x[i] and i.is_integer
    assert value(e) == pytest.approx(SUM_X)
    assert parse(r"\hat{\mu} - \bar{x}") == sp.Add(
        sp.Symbol("hat_mu", real=True), -sp.Symbol("bar_x", real=True)
    )
    assert parse(r"\hat\lambda") == sp.Symbol("hat_lambda", real=True)
