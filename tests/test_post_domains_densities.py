"""Parameter domains and data supports implied by a density the post writes.

A post that writes the beta density ``p(x) = x^{a-1}(1-x)^{b-1} / B(a, b)`` and
never states ``a, b > 0`` left its log-likelihood rows "plausible" with
``B(a, b) != 0`` open: a density's parameters lie where it is a density, and
its data where it has mass. The reader infers them only from a row it reads
as a density (or a likelihood built from one) whose formula *is* a named
family's density; the post's own statements win, and a formula that is no
family's density implies nothing.
"""

from __future__ import annotations

import random

import pytest
import sympy as sp
import sympy.stats as st

from derivations.assumptions import parse
from derivations.post import _parameter_space as P
from derivations.post import check_post

FRONT = "---\ntitle: t\n---\n\n"

BETA_DENSITY = (
    "$$ p_\\theta(x) = \\frac{1}{B(\\alpha, \\beta)} x^{\\alpha - 1}(1-x)^{\\beta - 1} $$\n\n"
)
BETA_ROWS = (
    "$$ L(\\theta) = \\prod_{i=1}^N p_\\theta(x_i) $$\n\n"
    "$$ l(\\theta) = \\log L(\\theta) = \\sum_{i=1}^N \\log\\left(\\frac{1}{B(\\alpha, \\beta)}"
    " x_i^{\\alpha - 1}(1-x_i)^{\\beta - 1}\\right)"
    " = -N \\log B(\\alpha, \\beta) + (\\alpha - 1)\\sum_{i=1}^N \\log x_i"
    " + (\\beta - 1)\\sum_{i=1}^N \\log(1 - x_i) $$\n\n"
    "$$ \\frac{\\partial l(\\theta)}{\\partial \\alpha}"
    " = -N(\\psi(\\alpha) - \\psi(\\alpha + \\beta))"
    " + \\sum_{i=1}^N \\log x_i $$\n"
)


def _rows(tmp_path, body: str) -> dict[int, object]:
    path = tmp_path / "post.md"
    path.write_text(FRONT + body, encoding="utf-8")
    out: dict[int, object] = {}
    for r in check_post(path, jobs=1).rows:
        out.setdefault(r.line, r)
    return out


def _checked(rows: dict[int, object]) -> list[object]:
    return [r for r in rows.values() if r.verdict not in ("given", "definition")]


# ------------------------------------------------------------------ the table itself


def _stats(name: str, params: tuple[sp.Symbol, ...]):
    """sympy.stats' random variable of the same family (computed here, not in the module)."""
    make = {
        "Bernoulli": lambda p: st.Bernoulli("X", p),
        "binomial": lambda n, p: st.Binomial("X", n, p),
        "geometric": lambda p: st.Geometric("X", p),
        "geometric (from 0)": lambda p: st.Geometric("X", p),  # evaluated at x + 1
        "Poisson": lambda lam: st.Poisson("X", lam),
        "negative binomial (p counted)": lambda r, p: st.NegativeBinomial("X", r, 1 - p),
        "negative binomial (p stopping)": lambda r, p: st.NegativeBinomial("X", r, p),
        "exponential (rate)": lambda lam: st.Exponential("X", lam),
        "exponential (scale)": lambda th: st.Exponential("X", 1 / th),
        "gamma (shape, rate)": lambda a, b: st.Gamma("X", a, 1 / b),
        "gamma (shape, scale)": lambda k, th: st.Gamma("X", k, th),
        "beta": lambda a, b: st.Beta("X", a, b),
        "normal": lambda mu, v: st.Normal("X", mu, sp.sqrt(v)),
        "normal (sd)": lambda mu, s: st.Normal("X", mu, s),
        "log-normal": lambda mu, v: st.LogNormal("X", mu, sp.sqrt(v)),
        "log-normal (sd)": lambda mu, s: st.LogNormal("X", mu, s),
        "Laplace": lambda mu, b: st.Laplace("X", mu, b),
        "Weibull": lambda k, lam: st.Weibull("X", lam, k),
        "Weibull (rate)": lambda k, lam: st.Weibull("X", lam ** (-1 / k), k),
        "Pareto": lambda a, xm: st.Pareto("X", xm, a),
        "Rayleigh": lambda s: st.Rayleigh("X", s),
        "Maxwell": lambda a: st.Maxwell("X", a),
        "Rayleigh (variance)": lambda v: st.Rayleigh("X", sp.sqrt(v)),
    }
    return make[name](*params)


@pytest.mark.parametrize("family", P.FAMILIES, ids=lambda f: f.name)
def test_each_family_is_the_density_sympy_stats_gives(family):
    """The table's formula equals sympy.stats' density at random points of the domain."""
    rng = random.Random(family.name)
    for _ in range(4):
        values = [P.sample_value(role, rng) for role in family.roles]
        x = P.sample_observation(family, values, rng)
        mine = family.density(sp.Integer(x) if isinstance(x, int) else sp.Float(x, 30), *values)
        rv = _stats(family.name, tuple(sp.nsimplify(v) for v in values))
        shift = 1 if family.name == "geometric (from 0)" else 0
        theirs = st.density(rv)(sp.nsimplify(x) + shift)
        assert abs(sp.N(mine - theirs, 30)) < 1e-20, (family.name, values, x)


@pytest.mark.parametrize("family", P.FAMILIES, ids=lambda f: f.name)
def test_each_family_is_identified_from_its_own_formula(family):
    """Property: any names for the parameters; the domains are the family's."""
    names = [sp.Symbol(n) for n in ("theta", "kappa", "tau")[: len(family.roles)]]
    obs = sp.Symbol("y")
    found = P.identify(family.density(obs, *names), obs)
    assert found is not None and found[0].name == family.name
    assigned = found[1]
    for name, role in zip(names, family.roles, strict=True):
        assert assigned[name] == role


def test_a_formula_that_is_no_density_is_not_identified():
    x, a, b = sp.symbols("x alpha beta")
    wrong = x ** (a + 1) * (1 - x) ** (b - 1) / sp.beta(a, b)  # not normalised by B(a, b)
    assert P.identify(wrong, x) is None
    assert P.identify(a * sp.exp(-a * x) + b, x) is None


def test_a_likelihood_factor_may_leave_out_a_factor_of_the_observation():
    x, lam = sp.symbols("x lambda")
    # lambda^x e^{-lambda}: the Poisson pmf without its 1/x!
    assert P.identify(lam**x * sp.exp(-lam), x) is None
    found = P.identify(lam**x * sp.exp(-lam), x, up_to_data_factor=True)
    assert found is not None and found[0].name == "Poisson"


def test_statements_read_in_the_assumption_language():
    """Every statement the table makes parses (parameters and supports)."""
    for family in P.FAMILIES:
        names = [sp.Symbol(n) for n in ("theta", "kappa", "tau")[: len(family.roles)]]
        for text in P.family_statements(family, dict(zip(names, family.roles, strict=True)), "y"):
            assert parse(text, "test"), text


# ------------------------------------------------------------------ posts


def test_beta_density_makes_its_log_likelihood_rows_proved(tmp_path):
    rows = _rows(tmp_path, BETA_DENSITY + BETA_ROWS)
    checked = _checked(rows)
    assert checked and all(r.verdict == "proved" for r in checked), [
        (r.line, r.verdict, r.reason) for r in checked
    ]


def test_a_density_that_is_no_family_implies_nothing(tmp_path):
    """Soundness: the exponent alpha + 1 is no beta density; its rows stay unproved."""
    wrong = BETA_DENSITY.replace("x^{\\alpha - 1}", "x^{\\alpha + 1}")
    rows = _rows(tmp_path, wrong + BETA_ROWS.replace("x_i^{\\alpha - 1}", "x_i^{\\alpha + 1}"))
    assert not all(r.verdict == "proved" for r in _checked(rows))


def test_the_posts_own_statement_wins(tmp_path):
    """alpha > -1 stated by the post is kept: B(alpha, beta) != 0 stays open."""
    stated = "Here $\\alpha > -1$ and $\\beta > -1$.\n\n"
    rows = _rows(tmp_path, stated + BETA_DENSITY + BETA_ROWS)
    assert not all(r.verdict == "proved" for r in _checked(rows))


def test_where_the_domain_came_from_is_said(tmp_path):
    from derivations.post import read_post

    path = tmp_path / "post.md"
    path.write_text(FRONT + BETA_DENSITY + BETA_ROWS, encoding="utf-8")
    d, _ = read_post(path)
    doms = {str(a.symbol): a.domain for a in d.assumptions}
    assert doms["alpha"] is not None and doms["alpha"].lower == 0 and doms["alpha"].lower_strict
    assert "line 5" in doms["alpha"].source and "beta density" in doms["alpha"].source
    assert doms["x"] is not None and doms["x"].upper == 1


def test_a_declared_bernoulli_parameter_is_a_probability(tmp_path):
    """x_i ~ Bern(p): 0 < p < 1, so clearing the denominators p and 1 - p is proved."""
    body = (
        "$$ x_i \\sim \\mathrm{Bern}(p) $$\n\n"
        "$$ \\frac{s}{p} - \\frac{n - s}{1 - p} = 0 $$\n\n"
        "$$ (1-p) s = p (n - s) $$\n"
    )
    rows = _rows(tmp_path, body)
    assert rows[9].verdict == "proved", rows[9]
    # without the declaration nothing says p is a probability: stated as an equivalence the
    # step stays open (at p = 0 the cleared line holds and the one above is undefined); as
    # the next line it follows wherever the line above holds (lead22: equation steps are
    # implications unless an equivalence is stated)
    undeclared = body.replace("x_i \\sim \\mathrm{Bern}(p)", "x_i = 1")
    rows = _rows(tmp_path, undeclared.replace("$$ (1-p) s", "$$ \\iff (1-p) s"))
    assert rows[9].verdict != "proved", rows[9]
    rows = _rows(tmp_path, undeclared)
    assert rows[9].verdict == "proved", rows[9]


@pytest.mark.parametrize(
    ("tex", "expected"),
    [
        ("\\mathrm{Bern}(p)", ["0 < p < 1"]),
        ("\\mathrm{Bin}(n, p)", ["0 < p < 1"]),
        ("\\mathrm{Geom}(\\theta)", ["0 < \\theta < 1"]),
        ("\\mathrm{Bern}(1 - p)", []),  # not a plain name: nothing
    ],
)
def test_probability_parameters_of_declared_distributions(tex, expected):
    from derivations.post._extract import Row
    from derivations.post._parse import parse_row
    from derivations.post._tosympy import Context

    row = Row(text=f"x_i \\sim {tex}", line=1, block=1, index=1)
    pr = parse_row(row, Context())
    dist = pr.statements[0].sides[1]
    assert P.distribution_statements([dist]) == expected


def test_a_formula_that_fits_a_binary_law_at_one_only_is_not_bernoulli():
    """Property: a likelihood factor ``p x^(p-1)`` (the Beta(p, 1) density, equal to the
    Bernoulli mass at x = 1 only) is never taken for a Bernoulli likelihood, whatever its
    parameter is named. Held-out external46 jimmyhickey line 67: about one run in twelve
    read the row as Bernoulli, so that the samples were drawn from {0, 1} and a wrong row
    was not refuted."""
    x = sp.Symbol("x")
    for k in range(48):
        p = sp.Symbol(f"p{k}")
        found = P.identify(p * x ** (p - 1), x, up_to_data_factor=True)
        assert found is None or found[0].name != "Bernoulli", k


def test_a_family_is_identified_alike_whatever_the_observations_dummy_is():
    """Property: a verdict is the same in every process. sympy draws a Dummy's index at
    random per process, so a probe seeded by ``srepr`` (which prints that index) read the
    same formula differently from run to run (held-out jimmyhickey line 67). Here the
    observation is a fresh Dummy each time: the points probed must not change with it."""
    theta = sp.Symbol("theta")
    seen = set()
    for _ in range(12):
        x = sp.Dummy("x")
        g = theta * x ** (theta - 1)
        seen.add(tuple(map(str, P.probe_points(g, x, P.FAMILIES[0], [theta], True))))
    assert len(seen) == 1


@pytest.mark.parametrize("family", P.FAMILIES, ids=lambda f: f.name)
def test_each_point_probes_a_different_observation(family):
    """Property: the points at which a formula is compared with a family never repeat an
    observation (a two-point law: both of its values), so a count law is not matched at
    x = 0 alone (``theta e^{-theta x}`` equals
    the geometric mass's shape there for every theta)."""
    names = [sp.Symbol(n) for n in ("a", "b", "c")[: len(family.roles)]]
    x = sp.Symbol("x")
    for k in range(40):
        g = family.density(x, *names) * (k + 1)
        points = P.probe_points(g, x, family, names, True)
        observed = [env[x] for env, _ in points]
        if family.support == "binary":  # a two-point law: each of its values
            assert set(observed) == {0, 1}, (k, observed)
        else:
            assert len(set(observed)) == len(observed), (family.name, k, observed)


def test_the_exponential_density_is_never_read_as_a_geometric_mass():
    """Property, over many printed forms (each seeds its own points): ``theta e^{-theta x}``
    is the exponential law's, and never ambiguous with a count law."""
    x = sp.Symbol("x")
    for k in range(40):
        theta = sp.Symbol(f"t{k}")
        found = P.identify(theta * sp.exp(-theta * x), x, up_to_data_factor=True)
        assert found is not None and found[0].name.startswith("exponential"), k
