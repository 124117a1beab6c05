"""The expression printer: written trees print the way a person writes them.

The expected strings below are the specification of the printer (as in
latexify's tables); every expression is built unevaluated, as derivation
steps are.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest
import sympy as sp
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from derivations.render import latex_expr
from derivations.symbols import N, mu, n, sigma2, x

half = sp.Rational(1, 2)


def M(*args: sp.Basic) -> sp.Mul:
    return sp.Mul(*args, evaluate=False)


def A(*args: sp.Basic) -> sp.Add:
    return sp.Add(*args, evaluate=False)


def P(base: sp.Basic, exp: sp.Basic) -> sp.Pow:
    return sp.Pow(base, exp, evaluate=False)


def S(f: sp.Basic) -> sp.Sum:
    return sp.Sum(f, (n, 1, N))


d = A(x[n], M(-1, mu))  # x_n - mu, as written
sq = P(d, 2)

CASES = [
    # sigma^2 and its powers
    (sigma2, r"\sigma^{2}"),
    (P(sigma2, 2), r"\sigma^{4}"),
    (P(sigma2, 3), r"\sigma^{6}"),
    (P(sigma2, -1), r"\frac{1}{\sigma^{2}}"),
    (P(sigma2, -2), r"\frac{1}{\sigma^{4}}"),
    (P(sigma2, half), r"\sqrt{\sigma^{2}}"),
    (M(2, P(sigma2, 2)), r"2 \sigma^{4}"),
    # samples and sums
    (x[n], "x_{n}"),
    (S(x[n]), r"\sum\limits_{n=1}^{N} x_{n}"),
    (S(d), r"\sum\limits_{n=1}^{N} \left(x_{n} - \mu\right)"),
    (sp.Sum(M(1, x[n]), (n, 1, N)), r"\sum\limits_{n=1}^{N} x_{n}"),  # Sum's 1*f
    (M(S(x[n]), N), r"\left(\sum\limits_{n=1}^{N} x_{n}\right) N"),
    # signs and numbers: no "(-1) 1/2", no "1 \frac"
    (M(-1, half), r"- \frac{1}{2}"),
    (
        M(sp.Rational(-1, 2), sp.log(M(2, sp.pi, sigma2))),
        r"- \frac{1}{2} \log\left(2 \pi \sigma^{2}\right)",
    ),
    (M(M(-1, N), P(2, -1)), r"- \frac{N}{2}"),
    (M(sp.Rational(-1, 2), N), r"- \frac{N}{2}"),
    (M(sp.Rational(-1, 2), P(sigma2, -1)), r"- \frac{1}{2 \sigma^{2}}"),
    (M(half, P(sigma2, -2), sq), r"\frac{1}{2 \sigma^{4}} \left(x_{n} - \mu\right)^{2}"),
    (M(2, d, -1), r"2 \left(x_{n} - \mu\right) \cdot \left(-1\right)"),
    (M(-1, d), r"- \left(x_{n} - \mu\right)"),
    (M(2, M(-1, N)), r"2 \cdot \left(- N\right)"),
    (M(sp.Rational(-3, 4), mu), r"- \frac{3}{4} \mu"),
    # quotients keep the written grouping
    (M(sq, P(sigma2, -1)), r"\frac{\left(x_{n} - \mu\right)^{2}}{\sigma^{2}}"),
    (
        M(P(M(2, sigma2), -1), S(sq)),
        r"\frac{1}{2 \sigma^{2}} \sum\limits_{n=1}^{N} \left(x_{n} - \mu\right)^{2}",
    ),
    (
        M(M(sp.Rational(-1, 2), N), P(M(2, sp.pi, sigma2), -1), M(2, sp.pi)),
        r"- \frac{N}{2} \cdot \frac{1}{2 \pi \sigma^{2}} \cdot 2 \pi",
    ),
    (M(P(N, -1), S(x[n])), r"\frac{1}{N} \sum\limits_{n=1}^{N} x_{n}"),
    (M(2, M(N, P(2, -1))), r"2 \cdot \frac{N}{2}"),
    (
        M(sp.Rational(-1, 2), -1, P(sigma2, -2), 1, sq),
        r"- \frac{1}{2} \cdot \left(-1\right) \cdot \frac{1}{\sigma^{4}} \cdot 1 "
        r"\cdot \left(x_{n} - \mu\right)^{2}",
    ),
    # logs, exponentials, roots
    (sp.log(1, evaluate=False), r"\log\left(1\right)"),
    (sp.log(sp.E, evaluate=False), r"\log\left(e\right)"),
    (
        P(sp.E, M(sp.Rational(-1, 2), sq, P(sigma2, -1))),
        r"e^{- \frac{1}{2} \cdot \frac{\left(x_{n} - \mu\right)^{2}}{\sigma^{2}}}",
    ),
    (P(P(M(2, sp.pi, sigma2), half), -1), r"\frac{1}{\sqrt{2 \pi \sigma^{2}}}"),
    (sp.exp(mu, evaluate=False), r"e^{\mu}"),
    # derivatives
    (sp.Derivative(sq, mu), r"\frac{\partial}{\partial \mu} \left(x_{n} - \mu\right)^{2}"),
    (
        sp.Derivative(M(-1, half, sq), sigma2),
        r"\frac{\partial}{\partial \sigma^{2}} "
        r"\left(- \frac{1}{2} \left(x_{n} - \mu\right)^{2}\right)",
    ),
    (
        sp.Derivative(P(sigma2, -1), sigma2),
        r"\frac{\partial}{\partial \sigma^{2}} \left(\frac{1}{\sigma^{2}}\right)",
    ),
    (sp.Derivative(P(mu, 2), mu, 2), r"\frac{\partial^{2}}{\partial \mu^{2}} \mu^{2}"),
    (
        sp.Derivative(M(mu, sigma2), mu, sigma2),
        r"\frac{\partial^{2}}{\partial \mu \partial \sigma^{2}} \left(\mu \sigma^{2}\right)",
    ),
    (
        sp.Derivative(P(sigma2, 3), sigma2, 2),
        r"\frac{\partial^{2}}{\partial \left(\sigma^{2}\right)^{2}} \sigma^{6}",
    ),
    (
        M(sp.Derivative(half, mu), sq),
        r"\frac{\partial}{\partial \mu} \left(\frac{1}{2}\right) "
        r"\cdot \left(x_{n} - \mu\right)^{2}",
    ),
    # sums of terms keep the written order, including a written 0 +
    (A(0, M(-1, N)), r"0 - N"),
    (
        A(M(-1, N), M(P(sigma2, -1), S(sq))),
        r"- N + \frac{1}{\sigma^{2}} \sum\limits_{n=1}^{N} \left(x_{n} - \mu\right)^{2}",
    ),
    (
        A(A(sp.log(1, evaluate=False), M(-1, sp.log(2))), sp.log(3)),
        r"\log\left(1\right) - \log\left(2\right) + \log\left(3\right)",
    ),
    # equations and undefined functions
    (sp.Eq(M(N, mu), S(x[n]), evaluate=False), r"N \mu = \sum\limits_{n=1}^{N} x_{n}"),
    (sp.Function("f")(x[n]), r"f\left(x_{n}\right)"),
]


@pytest.mark.parametrize(("expr", "expected"), CASES, ids=[c[1] for c in CASES])
def test_written_expressions(expr: sp.Basic, expected: str) -> None:
    assert latex_expr(expr) == expected


def test_printing_leaves_sympy_global_settings_alone() -> None:
    before = sp.latex(sigma2**2 * x[n])
    latex_expr(P(sigma2, 2))
    assert sp.latex(sigma2**2 * x[n]) == before


SYMBOLS = [sp.Symbol(c) for c in "abcdefgh"]


@settings(max_examples=60, deadline=None)
@given(
    st.permutations(SYMBOLS).map(lambda p: p[:5]), st.lists(st.booleans(), min_size=5, max_size=5)
)
def test_terms_print_in_written_order(order: list[sp.Symbol], negative: list[bool]) -> None:
    terms = [M(-1, s) if neg else s for s, neg in zip(order, negative, strict=True)]
    tex = latex_expr(A(*terms))
    assert re.findall(r"[a-h]", tex) == [str(s) for s in order]
    signs = re.findall(r"(^|[-+]) ?[a-h]", tex)
    assert [s == "-" for s in signs] == negative


@settings(max_examples=60, deadline=None)
@given(st.permutations(SYMBOLS).map(lambda p: p[:4]))
def test_factors_print_in_written_order(order: list[sp.Symbol]) -> None:
    assert latex_expr(M(*order)) == " ".join(str(s) for s in order)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=-6, max_value=6).filter(lambda k: k not in (0, 1)))
def test_powers_of_sigma2_print_as_powers_of_sigma(k: int) -> None:
    tex = latex_expr(P(sigma2, k))
    expected = rf"\sigma^{{{2 * abs(k)}}}"
    assert tex == (expected if k > 0 else rf"\frac{{1}}{{{expected}}}")


def test_latex_expr_rejects_text() -> None:
    with pytest.raises(TypeError, match=r"^latex_expr needs a sympy expression, got str\.$"):
        latex_expr("sigma2")


# -- arbitrary written trees ------------------------------------------------------------

_ATOMS = [mu, sigma2, N, x[n], sp.Integer(2), sp.Integer(-1), half, sp.Rational(-3, 4), sp.pi]


def _trees() -> st.SearchStrategy[sp.Basic]:
    def extend(children: st.SearchStrategy[sp.Basic]) -> st.SearchStrategy[sp.Basic]:
        pairs = st.lists(children, min_size=2, max_size=3)
        return st.one_of(
            pairs.map(lambda a: A(*a)),
            pairs.map(lambda a: M(*a)),
            st.tuples(children, st.sampled_from([2, -1, -2, half, sp.Rational(-1, 2)])).map(
                lambda t: P(*t)
            ),
            children.map(lambda c: sp.log(c, evaluate=False)),
            children.map(lambda c: P(sp.E, c)),
            children.map(lambda c: S(c)),
            children.map(lambda c: sp.Derivative(c, mu)),
            children.map(lambda c: sp.Derivative(c, sigma2)),
        )

    return st.recursive(st.sampled_from(_ATOMS), extend, max_leaves=8)


def _balanced(tex: str) -> bool:
    depth = 0
    for ch in tex.replace(r"\{", "").replace(r"\}", ""):
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


@settings(max_examples=200, deadline=None)
@given(_trees())
def test_any_written_tree_prints_well_formed_latex(expr: sp.Basic) -> None:
    tex = latex_expr(expr)
    assert _balanced(tex)
    assert tex.count(r"\left(") == tex.count(r"\right)")
    # (sigma^2)^k appears only as a repeated differentiation variable.
    assert r"\left(\sigma^{2}\right)^{" not in tex.replace(
        r"\partial \left(\sigma^{2}\right)^{", ""
    )
    assert "sigma2" not in tex
    assert not re.search(r"\\left\(-1\\right\) \\frac", tex)


@pytest.mark.skipif(
    shutil.which("pdflatex") is None and os.environ.get("CI", "").lower() != "true",
    reason="pdflatex is not installed (CI=true makes this a failure)",
)
def test_written_trees_compile() -> None:
    # Strings that look right can still fail in TeX; compile a batch in one run.
    from hypothesis import find

    from derivations.render._compile import compile_pdf

    exprs = [expected for _, expected in CASES]
    seen: list[str] = []

    def collect(e: sp.Basic) -> bool:
        seen.append(latex_expr(e))
        return len(seen) >= 150

    find(
        _trees(),
        collect,
        settings=settings(max_examples=2000, database=None, deadline=None, phases=[Phase.generate]),
    )
    assert len(set(seen)) > 50
    body = "\n".join(f"\\[{t}\\]" for t in exprs + seen)
    doc = (
        "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n"
        + body
        + "\n\\end{document}\n"
    )
    pdf, _ = compile_pdf(doc)
    assert pdf[:5] == b"%PDF-"
