"""Moments of a declared distribution (``derivations/post/_expectation.py``).

``X \\sim \\mathrm{Poisson}(\\lambda)`` gives ``E[X] = \\lambda`` and ``E[X^2] =
\\lambda + \\lambda^2``. Every value in the table is compared here with sympy.stats'
moment of the same distribution, computed in the test; a distribution with two
conventions (exponential, gamma, geometric) gets values only when the post's own
density says which; a normal written ``N(\\mu, \\sigma)`` (the second argument may be
the deviation) gets none.
"""

from __future__ import annotations

import pytest
import sympy as sp
import sympy.stats as st

from derivations.post import _expectation as M
from derivations.post._extract import Row
from derivations.post._parse import parse_row
from derivations.post._tosympy import Context, opaque

a, b = sp.symbols("a b", positive=True)
p = sp.Symbol("p", positive=True)
n = sp.Symbol("n", positive=True, integer=True)
mu = sp.Symbol("mu", real=True)
E = opaque("E")
X = sp.Symbol("X", real=True)


def _stats(family: str):
    """(arguments, sympy.stats variable) of one convention, built here."""
    return {
        "Poisson": ((a,), st.Poisson("Y", a)),
        "Bernoulli": ((p,), st.Bernoulli("Y", p)),
        "binomial": ((n, p), st.Binomial("Y", n, p)),
        "negative binomial (p counted)": ((a, p), st.NegativeBinomial("Y", a, 1 - p)),
        "negative binomial (p stopping)": ((a, p), st.NegativeBinomial("Y", a, p)),
        "beta-binomial": ((n, a, b), st.BetaBinomial("Y", n, a, b)),
        "exponential (rate)": ((a,), st.Exponential("Y", a)),
        "exponential (scale)": ((a,), st.Exponential("Y", 1 / a)),
        "gamma (shape, rate)": ((a, b), st.Gamma("Y", a, 1 / b)),
        "gamma (shape, scale)": ((a, b), st.Gamma("Y", a, b)),
        "normal": ((mu, b), st.Normal("Y", mu, sp.sqrt(b))),
        "uniform": ((a, a + b), st.Uniform("Y", a, a + b)),
        "geometric": ((p,), st.Geometric("Y", p)),
        "geometric (from 0)": ((p,), st.Geometric("Y", p) - 1),
        "Rayleigh": ((a,), st.Rayleigh("Y", a)),
        "Rayleigh (variance)": ((a,), st.Rayleigh("Y", sp.sqrt(a))),
        "Laplace": ((mu, b), st.Laplace("Y", mu, b)),
        "Maxwell": ((a,), st.Maxwell("Y", a)),
        "Weibull": ((a, b), st.Weibull("Y", b, a)),  # shape a, scale b
        # the rate form k lam x^(k-1) e^(-lam x^k): scale lam^(-1/k)
        "Weibull (rate)": ((a, b), st.Weibull("Y", b ** (-1 / a), a)),
        "beta": ((a, b), st.Beta("Y", a, b)),
        "normal (sd)": ((mu, b), st.Normal("Y", mu, b)),
        # e^Z of a normal Z: sympy.stats has no moments of its LogNormal
        "log-normal": ((mu, b), sp.exp(st.Normal("Y", mu, sp.sqrt(b)))),
        "log-normal (sd)": ((mu, b), sp.exp(st.Normal("Y", mu, b))),
    }[family]


#: every law of the one table: those a declaration names and those only a density selects
LAWS = sorted(M._FAMILY_LAWS.values(), key=lambda law: law.family)


@pytest.mark.parametrize("law", LAWS, ids=lambda law: law.family)
def test_each_moment_is_the_one_sympy_stats_computes(law):
    args, rv = _stats(law.family)
    bound = M.Law(law.family, law.mean, law.variance, args)
    binomial_n = {n: 7} if n in args else {}  # sympy.stats needs a concrete n for moments
    if binomial_n:
        rv = st.Binomial("Y", 7, p) if law.family == "binomial" else st.BetaBinomial("Y", 7, a, b)
    for k in (1, 2):
        mine = bound.moment(k).subs(binomial_n)
        theirs = st.E(rv**k).rewrite(sp.erf)  # erf(z) + erfc(z) - 1 is 0
        diff = mine - theirs
        if diff.has(sp.beta):  # the beta-binomial's sum of beta functions
            diff = sp.gammasimp(diff.rewrite(sp.gamma))
        assert sp.simplify(diff) == 0, (law.family, k, mine, theirs)


def _parsed(*texts: str):
    return [
        parse_row(Row(text=t, line=k + 1, block=1, index=1), Context()) for k, t in enumerate(texts)
    ]


def test_a_declaration_gives_its_variable_a_law():
    laws = M.declared_laws(_parsed("X \\sim \\mathrm{Poisson}(\\lambda)"))
    ((var, law),) = laws.items()
    assert str(var) == "X" and law.family == "Poisson"


@pytest.mark.parametrize(
    "row",
    [
        "X \\sim \\mathrm{Exp}(\\lambda)",  # rate or scale: the post does not say
        "X \\sim \\mathrm{Gamma}(\\alpha, \\beta)",
        "X \\sim \\mathrm{Geom}(p)",
        "X \\sim \\mathcal{N}(\\mu, \\sigma)",  # sigma may be the deviation
    ],
)
def test_an_ambiguous_declaration_gives_no_law(row):
    assert M.declared_laws(_parsed(row)) == {}


def test_a_lower_case_variable_is_declared_unless_a_law_uses_its_letter():
    """``x \\sim Poisson(lambda)`` declares x (statproofbook writes y_i ~ N(mu, sigma^2));
    ``p`` of ``p \\sim U(0, 1)`` is also the argument of ``X \\sim Bern(p)``: inside that law
    it is a constant, so it gets no law of its own (X keeps its law)."""
    ((var, law),) = M.declared_laws(_parsed("x \\sim \\mathrm{Poisson}(\\lambda)")).items()
    assert str(var) == "x" and law.family == "Poisson"
    laws = M.declared_laws(_parsed("X \\sim \\mathrm{Bern}(p)", "p \\sim \\mathrm{U}(0, 1)"))
    assert [str(v) for v in laws] == ["X"]


def test_the_posts_density_decides_the_convention():
    rows = _parsed("X \\sim \\mathrm{Exp}(\\lambda)", "f(x; \\lambda) = \\lambda e^{-\\lambda x}")
    families = M.density_families(rows)
    # the family, of x, in lambda
    assert [(f, x, tuple(map(str, ps))) for f, x, ps in families.values()] == [
        ("exponential (rate)", "x", ("lambda",))
    ]
    (law,) = M.declared_laws(rows, families).values()
    assert law.family == "exponential (rate)"
    rows = _parsed(
        "X \\sim \\mathrm{Exp}(\\theta)",
        "f(x; \\theta) = \\frac{1}{\\theta} e^{-x/\\theta}",
    )
    (law,) = M.declared_laws(rows, M.density_families(rows)).values()
    assert law.family == "exponential (scale)"


def test_two_different_declarations_of_one_variable_give_none():
    rows = _parsed("X \\sim \\mathrm{Poisson}(\\lambda)", "X \\sim \\mathrm{Bern}(p)")
    assert M.declared_laws(rows) == {}


def test_linearity_puts_in_the_declared_moments():
    lam = sp.Symbol("lambda", real=True)
    laws = M.declared_laws(_parsed("X \\sim \\mathrm{Poisson}(\\lambda)"))
    e = E((X - lam) ** 2)
    value = M.by_linearity(e, {lam}, laws)
    assert M.determined(value) and sp.simplify(value - lam) == 0
    # without the declaration the moments stay symbols: nothing is determined
    bare = M.by_linearity(e, {lam})
    assert not M.determined(bare)
    # samples X_i declared: E[X_j^2] of any sample
    laws = M.declared_laws(_parsed("X_i \\sim \\mathrm{Bern}(p)"))
    j = sp.Symbol("j", integer=True)
    Xs = sp.IndexedBase(sp.Symbol("X", real=True))
    pr = sp.Symbol("p", real=True)
    value = M.by_linearity(E(Xs[j] ** 2 / pr**2), {pr}, laws)
    assert M.determined(value) and sp.simplify(value - 1 / pr) == 0
    # a plain X is not the declared samples X_i
    assert not M.determined(M.by_linearity(E(X), {pr}, laws))


def test_a_product_of_two_variables_is_not_given_a_value():
    lam = sp.Symbol("lambda", real=True)
    Y = sp.Symbol("Y", real=True)
    laws = M.declared_laws(
        _parsed("X \\sim \\mathrm{Poisson}(\\lambda)", "Y \\sim \\mathrm{Poisson}(\\lambda)")
    )
    assert not M.determined(M.by_linearity(E(X * Y), {lam}, laws))


def test_a_variance_is_the_second_moment_less_the_squared_mean():
    pr = sp.Symbol("p", real=True)
    var = opaque("Var")
    assert M.has_expectation(var(X))
    bare = M.by_linearity(var(2 * X + 1), {pr})
    m1, m2 = sp.Symbol("E[X]", real=True), sp.Symbol("E[X**2]", real=True)
    assert sp.expand(bare - 4 * (m2 - m1**2)) == 0
    laws = M.declared_laws(_parsed("X \\sim \\mathrm{Bern}(p)"))
    value = M.by_linearity(var(X), {pr}, laws)
    assert M.determined(value) and sp.simplify(value - pr * (1 - pr)) == 0


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("X_i \\sim \\mathrm{Poisson}(\\lambda)", lambda lam, n: n * lam),
        ("X_i \\sim \\mathrm{Bern}(\\lambda)", lambda lam, n: n * lam),
        ("X_i \\sim \\mathcal{N}(\\lambda, \\sigma^2)", lambda lam, n: n * lam),
    ],
)
def test_the_mean_of_a_sum_of_declared_samples(declared, expected):
    """E[sum_i X_i] = n E[X], checked against sympy.stats' mean of one variable."""
    lam = sp.Symbol("lambda", real=True)
    nn = sp.Symbol("n", integer=True, positive=True)
    i = sp.Symbol("i", integer=True, positive=True)
    Xs = sp.IndexedBase(sp.Symbol("X", real=True))
    laws = M.declared_laws(_parsed(declared))
    value = M.by_linearity(E(sp.Sum(Xs[i], (i, 1, nn)) / lam**2), {lam}, laws)
    assert M.determined(value), value
    assert sp.simplify(value - expected(lam, nn) / lam**2) == 0
    # E[\bar X] is the mean too (its second moment depends on n: not given a value)
    bar = sp.Symbol("bar_X", real=True)
    assert sp.simplify(M.by_linearity(E(bar), {lam}, laws) - expected(lam, 1)) == 0
    assert not M.determined(M.by_linearity(E(bar**2), {lam}, laws))
    # without a declaration the sum keeps its symbol
    assert not M.determined(M.by_linearity(E(sp.Sum(Xs[i], (i, 1, nn))), {lam}))


def test_the_mean_of_a_sum_is_checked_against_sympy_stats():
    lam = sp.Symbol("lambda", positive=True)
    ys = [st.Poisson(f"Y{k}", lam) for k in range(4)]
    laws = M.declared_laws(_parsed("X_i \\sim \\mathrm{Poisson}(\\lambda)"))
    i = sp.Symbol("i", integer=True, positive=True)
    Xs = sp.IndexedBase(sp.Symbol("X", real=True))
    lr = sp.Symbol("lambda", real=True)
    mine = M.by_linearity(E(sp.Sum(Xs[i] ** 2, (i, 1, 4))), {lr}, laws).subs(lr, lam)
    assert sp.simplify(mine - st.E(sum(y**2 for y in ys))) == 0


POISSON_POST = (
    "---\ntitle: t\n---\n\n$$ X \\sim \\mathrm{Poisson}(\\mu) $$\n\n"
    "$$ I(\\mu) = -E\\left[-\\frac{X}{\\mu^2}\\right] = \\frac{E[X]}{\\mu^2} = \\frac{1}{\\mu} $$\n"
)


def test_a_wrong_moment_of_a_declared_poisson_is_refuted(tmp_path):
    from derivations.post import check_post

    path = tmp_path / "post.md"
    path.write_text(POISSON_POST.replace("= \\frac{1}{\\mu} $$", "= \\frac{2}{\\mu} $$"))
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    assert rows[7].verdict == "refuted", rows[7]
    path.write_text(POISSON_POST)
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    assert rows[7].verdict == "proved" and "states a moment" not in rows[7].reason, rows[7]


def test_the_parameters_of_a_declared_law_are_constants():
    """E[-sum_i X_i / lambda^2] with lambda named only in X_i ~ Poisson(lambda)."""
    lam = sp.Symbol("lambda", real=True)
    nn = sp.Symbol("n", integer=True, positive=True)
    i = sp.Symbol("i", integer=True, positive=True)
    Xs = sp.IndexedBase(sp.Symbol("X", real=True))
    e = E(-sp.Sum(Xs[i], (i, 1, nn)) / lam**2)
    # lambda not known to be a constant: a random letter (EXPECT11), so the mean is a
    # moment of its own, never -n E[X] / lambda^2
    got = M.by_linearity(e, set())
    assert got is not None and not M.determined(got)
    assert not any(s.name == "E[X]" for s in got.free_symbols)
    laws = M.declared_laws(_parsed("X_i \\sim \\mathrm{Poisson}(\\lambda)"))
    assert sp.simplify(M.by_linearity(e, set(), laws) + nn / lam) == 0


def test_every_family_a_density_is_identified_as_has_its_moments():
    """One table: a density the post writes gives its variable the family's moments, so
    each family of ``_parameter_space`` is in it - but the Pareto, whose mean and variance
    are infinite for some values of its shape."""
    from derivations.post._parameter_space import FAMILIES

    assert {f.name for f in FAMILIES} - set(M._FAMILY_LAWS) == {"Pareto"}


@pytest.mark.parametrize("unit", ["1", "1^2"])
def test_a_normal_with_a_unit_second_argument_has_a_law(unit):
    """``N(\\mu, 1)``: a variance of 1 and a deviation of 1 are the same law, so the
    declaration gives one (attack63 found ``X \\sim N(\\mu, 1)`` gave no moments)."""
    ((var, law),) = M.declared_laws(_parsed(f"X \\sim \\mathcal{{N}}(\\mu, {unit})")).items()
    with sp.evaluate(True):
        assert sp.simplify(law.mean(*law.args) - mu) == 0
        assert sp.simplify(law.variance(*law.args) - 1) == 0


@pytest.mark.parametrize("second", ["4", "2", "\\tau"])
def test_a_normal_whose_second_argument_may_be_a_deviation_has_none(second):
    """Property: any second argument other than 1 (or a square) names two laws, a variance
    or a deviation; the declaration alone gives no law."""
    assert M.declared_laws(_parsed(f"X \\sim \\mathcal{{N}}(\\mu, {second})")) == {}


UNIT_NORMAL_POST = (
    "---\ntitle: t\n---\n\nLet $X_1, \\ldots, X_n$ be iid with $X_i \\sim \\mathcal{N}(\\mu, 1)$.\n\n"
    "$$ E[X_i^2] = \\mathrm{Var}(X_i) + E[X_i]^2 = 1 + \\mu^2 $$\n"
)


def test_moments_of_a_unit_normal_prove_and_refute(tmp_path):
    from derivations.post import check_post

    path = tmp_path / "post.md"
    path.write_text(UNIT_NORMAL_POST)
    (row,) = [r for r in check_post(path, jobs=1).rows if r.line == 7]
    assert row.verdict == "proved", row
    path.write_text(UNIT_NORMAL_POST.replace("= 1 + \\mu^2", "= 2 + \\mu^2"))
    (row,) = [r for r in check_post(path, jobs=1).rows if r.line == 7]
    assert row.verdict == "refuted", row
