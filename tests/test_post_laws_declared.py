"""Laws a post declares reach its rows wherever they are declared.

A post may declare ``X \\sim \\mathrm{Poisson}(\\mu)`` in a display row, or inline in a
sentence ("Let $X \\sim \\mathrm{Poisson}(\\mu)$ be one count."). Both declarations
must give the moments of ``X`` the same values, so the same rows are proved and the
same slips refuted; without any declaration nothing may be refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

#: (declaration, the variance of X in the declaration's arguments) for the families
#: whose declaration alone fixes the convention.
FAMILIES = [
    ("X \\sim \\mathrm{Poisson}(\\mu)", "\\mu"),
    ("X \\sim \\mathrm{Bern}(p)", "p(1-p)"),
    ("X \\sim \\mathrm{Bin}(n, p)", "n p (1-p)"),
    ("X \\sim \\mathcal{N}(\\mu, \\sigma^2)", "\\sigma^2"),
    ("X \\sim \\mathrm{U}(a, b)", "\\frac{(b-a)^2}{12}"),
]

ROW = "$$ \\mathrm{{Var}}(X) = E[X^2] - E[X]^2 = {value} $$\n"


def _post(declaration: str, value: str, *, prose: bool) -> str:
    if prose:
        head = f"Let ${declaration}$ be the variable of this note.\n\n"
    else:
        head = f"The model:\n\n$$ {declaration} $$\n\n"
    return "---\ntitle: t\n---\n\n" + head + "Its variance:\n\n" + ROW.format(value=value)


def _verdict(tmp_path, text: str) -> str:
    path = tmp_path / "post.md"
    path.write_text(text)
    report = check_post(path, jobs=1)
    (row,) = [r for r in report.rows if "Var" in r.text]
    return row.verdict


@pytest.mark.parametrize(("declaration", "value"), FAMILIES, ids=lambda s: s[:20])
def test_a_law_declared_in_prose_acts_as_one_declared_in_a_row(tmp_path, declaration, value):
    slipped = f"2 {value}" if not value.startswith("\\frac") else value.replace("12", "6")
    for prose in (False, True):
        assert _verdict(tmp_path, _post(declaration, value, prose=prose)) == "proved", prose
        assert _verdict(tmp_path, _post(declaration, slipped, prose=prose)) == "refuted", prose


def test_without_a_declaration_a_wrong_moment_is_not_refuted(tmp_path):
    text = "---\ntitle: t\n---\n\nSome variable $X$.\n\n" + ROW.format(value="2 \\mu")
    assert _verdict(tmp_path, text) != "refuted"


# ----------------------------------------------------------------- inside E[...]

import sympy as sp  # noqa: E402
import sympy.stats as st  # noqa: E402

from derivations.post import _expectation as M  # noqa: E402
from derivations.post._extract import Row  # noqa: E402
from derivations.post._parse import parse_row  # noqa: E402
from derivations.post._tosympy import Context, opaque  # noqa: E402

Ex = opaque("E")
Pr = opaque("\\mathrm{Pr}")
p = sp.Symbol("p", real=True)
X = sp.Symbol("X", real=True)


def _laws(*texts: str) -> dict:
    rows = [
        parse_row(Row(text=t, line=k + 1, block=1, index=1), Context()) for k, t in enumerate(texts)
    ]
    return M.declared_laws(rows)


def test_a_derivative_inside_an_expectation_is_taken():
    """E[(d/dp log(p^X (1-p)^{1-X}))^2] is E[(X/p - (1-X)/(1-p))^2]: linear in the moments
    with no law at all, and 1/(p(1-p)) for a declared Bernoulli."""
    score = sp.Derivative(sp.log(p**X * (1 - p) ** (1 - X)), p)
    bare = M.by_linearity(Ex(score**2), {p})
    written = M.by_linearity(Ex((X / p - (1 - X) / (1 - p)) ** 2), {p})
    assert bare is not None and sp.expand(bare - written) == 0
    laws = _laws("X \\sim \\mathrm{Bern}(p)")
    value = M.by_linearity(Ex(-sp.Derivative(sp.log(p**X * (1 - p) ** (1 - X)), (p, 2))), {p}, laws)
    assert M.determined(value) and sp.simplify(value - 1 / (p * (1 - p))) == 0
    # a derivative of too high an order is not taken (hostile rows)
    assert M.by_linearity(Ex(sp.Derivative(p**X, (p, 10**6))), {p}) is None


DISCRETE = [
    ("X \\sim \\mathrm{Poisson}(\\lambda)", lambda lam: st.Poisson("Y", lam)),
    ("X \\sim \\mathrm{Bern}(\\lambda)", lambda lam: st.Bernoulli("Y", lam)),
    ("X \\sim \\mathrm{Bin}(5, \\lambda)", lambda lam: st.Binomial("Y", 5, lam)),
]


@pytest.mark.parametrize(("declared", "rv"), DISCRETE, ids=lambda s: str(s)[:16])
def test_a_probability_of_a_value_is_the_mass_function(declared, rv):
    """Pr(X = k) of a declared discrete law is its mass at k, as sympy.stats computes it."""
    lam = sp.Symbol("lambda", real=True)
    laws = _laws(declared)
    pos = sp.Symbol("lambda", positive=True)
    for k in range(4):
        value = M.by_linearity(Pr(sp.Eq(X, k)), {lam}, laws)
        assert value is not None and M.determined(value), (k, value)
        theirs = st.P(sp.Eq(rv(sp.Rational(1, 3) if "Poisson" not in declared else pos), k))
        mine = value.subs(lam, sp.Rational(1, 3) if "Poisson" not in declared else pos)
        assert sp.simplify(mine - theirs) == 0, (declared, k, mine, theirs)
    # without a declaration the probability stays without a value
    undeclared = M.by_linearity(Pr(sp.Eq(X, 1)), {lam})
    assert undeclared is None or not M.determined(undeclared)
    # E(X) = 0 Pr(X = 0) + 1 Pr(X = 1) + ... is the mean (the sum over the support)


def test_lower_case_letters_inside_e_are_the_declared_capitals():
    """E[y_i] with Y_i declared is the mean of Y_i; with only y_i (no capital declared)
    nothing is given a value."""
    th = sp.Symbol("theta", real=True)
    i = sp.Symbol("i", integer=True, positive=True)
    y = sp.IndexedBase(sp.Symbol("y", real=True))
    laws = _laws("Y_i \\sim \\mathrm{Poisson}(\\theta)")
    value = M.by_linearity(Ex(2 * y[i] ** 2 / th), {th}, laws)
    assert M.determined(value) and sp.simplify(value - 2 * (th + th**2) / th) == 0
    x = sp.Symbol("x", real=True)
    laws = _laws("X \\sim \\mathrm{Bern}(p)")
    value = M.by_linearity(Ex(x / p), {p}, laws)
    assert M.determined(value) and sp.simplify(value - 1) == 0
    # the capital of another letter gives no value (z's moment keeps its symbol)
    value = M.by_linearity(Ex(sp.Symbol("z", real=True) / p), {p}, laws)
    assert value is None or not M.determined(value)
    # a lower-case letter and its capital both inside: not guessed which is which
    assert M.by_linearity(Ex(x * X), {p}, laws) is None


#: (declaration, parameter, log of the mass or density at X, Fisher information)
FISHER = [
    (
        "X \\sim \\mathrm{Poisson}(\\lambda)",
        "\\lambda",
        "\\log(\\lambda^X e^{-\\lambda})",
        "\\frac{1}{\\lambda}",
    ),
    ("X \\sim \\mathrm{Bern}(p)", "p", "\\log(p^X (1-p)^{1-X})", "\\frac{1}{p(1-p)}"),
    ("X \\sim \\mathrm{Bin}(n, p)", "p", "\\log(p^X (1-p)^{n-X})", "\\frac{n}{p(1-p)}"),
    (
        "X \\sim \\mathcal{N}(\\mu, \\sigma^2)",
        "\\mu",
        "\\log(e^{-(X-\\mu)^2/(2\\sigma^2)})",
        "\\frac{1}{\\sigma^2}",
    ),
]


def _fisher_post(declaration: str, theta: str, logf: str, value: str, *, prose: bool) -> str:
    head = f"Let ${declaration}$.\n\n" if prose else f"The model:\n\n$$ {declaration} $$\n\n"
    row = f"$$ I({theta}) = -E\\left[\\frac{{d^2}}{{d{theta}^2}} {logf}\\right] = {value} $$\n"
    return "---\ntitle: t\n---\n\n" + head + "The information:\n\n" + row


@pytest.mark.parametrize(("declaration", "theta", "logf", "value"), FISHER, ids=lambda s: s[:18])
def test_a_fisher_information_with_a_slip_is_refuted_for_each_family(
    tmp_path, declaration, theta, logf, value
):
    slipped = value.replace("\\frac{", "\\frac{2", 1)
    for prose in (False, True):
        ok = _fisher_post(declaration, theta, logf, value, prose=prose)
        bad = _fisher_post(declaration, theta, logf, slipped, prose=prose)
        assert _row(tmp_path, ok).verdict == "proved", (prose, _row(tmp_path, ok))
        assert _row(tmp_path, bad).verdict == "refuted", (prose, _row(tmp_path, bad))
    # without a declaration the slip is not refuted (nothing says what X is)
    bare = _fisher_post(declaration, theta, logf, slipped, prose=True).replace(
        f"Let ${declaration}$.", ""
    )
    assert _row(tmp_path, bare).verdict != "refuted"


def _row(tmp_path, text: str):
    path = tmp_path / "post.md"
    path.write_text(text)
    (row,) = [r for r in check_post(path, jobs=1).rows if "I(" in r.text]
    return row


BERNOULLI_MEAN = (
    "---\ntitle: t\n---\n\n$$ X \\sim \\mathrm{Bern}(p) $$\n\n"
    "$$ E(X) = 0 \\cdot \\Pr(X = 0) + 1 \\cdot \\Pr(X = 1) = p $$\n"
)


def test_a_mean_written_over_the_values_of_a_declared_law(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(BERNOULLI_MEAN)
    (row,) = [r for r in check_post(path, jobs=1).rows if "Pr" in r.text]
    assert row.verdict == "proved", row
    path.write_text(BERNOULLI_MEAN.replace("= p $$", "= 1 - p $$"))
    (row,) = [r for r in check_post(path, jobs=1).rows if "Pr" in r.text]
    assert row.verdict == "refuted", row


def test_a_law_name_read_as_letters_is_the_law():
    """``X \\sim Bin(n,p)`` without ``\\mathrm``: the reader makes the name the product
    B i n(n, p); on the right of ``\\sim`` it is the binomial. A product of letters that is
    no law's name gives nothing."""
    laws = _laws("X \\sim Bin(n,p)")
    ((var, law),) = laws.items()
    assert str(var) == "X" and law.family == "binomial"
    rows = [parse_row(Row(text="X \\sim Exp(\\theta)", line=1, block=1, index=1), Context())]
    # a density of x (line 2) in the scale form, in theta
    scale = {2: ("exponential (scale)", "x", frozenset({"theta"}))}
    assert M.declared_laws(rows, scale)[X].family == "exponential (scale)"
    assert _laws("X \\sim Abc(\\lambda)") == {}
    assert _laws("X \\sim a b(\\lambda)") == {}


def test_a_squared_expectation_of_an_expression_is_not_guessed():
    """``\\mathbb{E}( x/p - (n-x)/(1-p) )^2`` is read as E(...) squared, but authors write it
    for E[(...)^2]: with a compound argument no value is given (it could refute a correct
    row). ``E[X]^2`` of a variable alone is the square of the mean, as usual."""
    n = sp.Symbol("n", integer=True, positive=True)
    laws = _laws("X \\sim \\mathrm{Bin}(n, p)")
    x = sp.Symbol("x", real=True)
    assert M.by_linearity(Ex(x / p - (n - x) / (1 - p)) ** 2, {p}, laws) is None
    assert M.by_linearity(Ex(X / p - (n - X) / (1 - p)) ** 2, {p}, laws) is None
    value = M.by_linearity(Ex(X**2) - Ex(X) ** 2, {p}, laws)
    assert sp.simplify(value - n * p * (1 - p)) == 0


def test_a_probability_written_p_of_an_event():
    """``P(X = 1)`` and ``\\mathbb{P}(X = 1)``: a function of an event is its probability."""
    laws = _laws("X \\sim \\mathrm{Bern}(p)")
    for name in ("P", "\\mathbb{P}"):
        f = sp.Function(name)
        assert M.has_expectation(f(sp.Eq(X, 1)))
        assert M.by_linearity(f(sp.Eq(X, 1)), {p}, laws) == p
        assert M.by_linearity(f(sp.Eq(X, 0)) + f(sp.Eq(X, 1)), {p}, laws) == 1
    # P(x) of a value is no probability of an event: not read
    assert not M.has_expectation(sp.Function("P")(X))


def test_a_probability_far_out_is_not_written_out():
    """Pr(X = k) for a huge k (k! and C(n, k) of a hostile row) is left without a value;
    a negative k has probability 0."""
    laws = _laws("X \\sim \\mathrm{Bin}(n, p)")
    assert M.by_linearity(Pr(sp.Eq(X, 10**6)), {p}, laws) is None
    assert M.by_linearity(Pr(sp.Eq(X, M.MAX_VALUE + 1)), {p}, laws) is None
    assert M.by_linearity(Pr(sp.Eq(X, -2)), {p}, laws) == 0
