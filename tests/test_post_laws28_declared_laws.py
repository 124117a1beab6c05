"""laws28: a density or likelihood written after a law the post declares.

Written before the fix (main at 99179ea): there, every post below left its row "given" -
a wrong likelihood after "The data are iid exponential with rate $\\lambda$" passed, the
post ending "OK" - and ``._law_table`` did not exist. The properties:

- each convention of every law in :data:`._law_table.TABLE` is a density (it integrates to 1
  over its support, numerically, at random points of its parameter space);
- a row equal to any convention's density is never refuted against the law, and is proved
  with the convention named;
- a row that is no convention's density (the law's density scaled, or times a power of the
  observation) is refuted;
- a law said in words reaches the model only as the words say it: roles put the arguments
  in the family's order, a role the family has no convention for gives no law.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import mpmath
import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._law_table import (
    TABLE,
    conventions,
    density_disagreement,
    draw,
    form,
)
from derivations.post._prose_laws import stated_laws

X = sp.Symbol("x", real=True)
A, B = sp.symbols("alpha beta")

#: One name per distinct table entry, with its number of arguments.
_LAWS = sorted({(name, len(c[0].order)) for name, c in TABLE.items() if name.isalpha()})


def _args(count: int) -> tuple[sp.Symbol, ...]:
    return (A, B)[:count]


def _all_conventions():
    for name, count in _LAWS:
        for c in conventions(name, _args(count)):
            yield name, count, c


@pytest.mark.parametrize("name,count", _LAWS)
def test_every_law_has_a_convention(name, count):
    assert conventions(name, _args(count))


def _mass(c, args, env, values) -> mpmath.mpf:
    density = form(c, X, args).subs(env)
    f = sp.lambdify(X, density, "mpmath")
    kind = c.family.support
    if kind in ("counts", "positive counts", "binary", "from p0"):
        start = {"counts": 0, "binary": 0, "positive counts": 1}.get(kind)
        if start is None:
            start = int(sp.ceiling(values[0]))
        if kind == "binary":
            return f(0) + f(1)
        if c.family.roles[0] == "trials" and kind == "counts":
            return mpmath.fsum(f(k) for k in range(0, int(values[0]) + 1))
        return mpmath.nsum(f, [start, mpmath.inf])
    lo, hi = {
        "reals": (-mpmath.inf, mpmath.inf),
        "positive": (0, mpmath.inf),
        "unit": (0, 1),
    }.get(kind, (None, None))
    if kind == "above p1":
        lo, hi = values[1], mpmath.inf
    if kind == "from 1":
        lo, hi = 1, mpmath.inf
    if kind == "between p0 p1":
        lo, hi = values[0], values[1]
    if kind == "reals":
        mid = float(values[0])  # the location: split there (a kink of the Laplace)
        return mpmath.quad(f, [-mpmath.inf, mid, mpmath.inf])
    return mpmath.quad(f, [lo, hi])


@pytest.mark.parametrize(
    "name,count,c", list(_all_conventions()), ids=lambda v: getattr(v, "label", str(v))
)
def test_each_convention_is_a_density(name, count, c):
    """Numeric integration (or summation) over the support: total mass 1."""
    rng = random.Random(f"{name}|{c.label}")
    args = _args(count)
    mpmath.mp.dps = 20
    for _ in range(3):
        env, values = draw(c, args, rng)
        if c.family.support == "positive" and any(v < sp.Rational(1, 2) for v in values):
            values = [v + 1 for v in values]  # shapes below 1/2: a slowly integrable peak at 0
            env = {s: v + 1 for s, v in env.items()}
        assert abs(_mass(c, args, env, values) - 1) < 1e-6, (name, c.label, env)


@pytest.mark.parametrize(
    "name,count,c", list(_all_conventions()), ids=lambda v: getattr(v, "label", str(v))
)
def test_a_conventions_density_is_never_refuted(name, count, c):
    args = _args(count)
    assert density_disagreement(name, args, X, form(c, X, args), 7) is None


@pytest.mark.parametrize("name,count", _LAWS)
@pytest.mark.parametrize("slip", ["twice", "times x", "plus one"])
def test_no_conventions_density_is_refuted(name, count, slip):
    args = _args(count)
    base = form(conventions(name, args)[0], X, args)
    wrong = {"twice": 2 * base, "times x": base * (X + 3), "plus one": base + 1}[slip]
    assert density_disagreement(name, args, X, wrong, 7) is not None


def test_a_name_the_law_lacks_is_not_weighed():
    """A density with a known value put in, or another parameter, is no refutation."""
    lam, mu = sp.symbols("lambda mu", positive=True)
    assert density_disagreement("Exp", (lam,), X, mu * sp.exp(-mu * X), 1) is None
    assert density_disagreement("Exp", (lam,), X, 2 * sp.exp(-2 * X), 1) is None


def test_a_variance_argument_is_never_read_as_a_scale():
    mu, s2 = sp.Symbol("mu"), sp.Symbol("sigma2", positive=True)
    labels = [c.label for c in conventions("LogNormal", (mu, s2))]
    assert labels == ["log-mean {0} and log-variance {1}"]


# --------------------------------------------------------------------- laws said in words


@pytest.mark.parametrize(
    "sentence,expected",
    [
        (
            r"Let $X \sim \mathrm{Poisson}(\lambda)$ be the number of calls.",
            ("X", "", "\\mathrm{Poisson}", ("lambda",)),
        ),
        (
            r"Let $X_1, \ldots, X_n \overset{iid}{\sim} \mathrm{NB}(r, p)$.",
            ("X", "", "\\mathrm{NB}", ("r", "p")),
        ),
        (r"The data are iid exponential with rate $\lambda$.", ("", "Exp", "", ("lambda",))),
        (
            r"We have observations $x_1, x_2, \ldots, x_n$ assumed to be i.i.d. from a Laplace "
            r"distribution with location parameter $\mu$ and scale parameter $b$.",
            ("x", "Laplace", "", ("mu", "b")),
        ),
        (
            r"Let $X$ be drawn from a gamma distribution with shape $\alpha$ and rate $\beta$.",
            ("X", "Gamma", "", ("alpha", "beta")),
        ),
        # the roles, not the order written, give the family's order
        (
            r"Let $X$ be drawn from a gamma distribution with rate $\beta$ and shape $\alpha$.",
            ("X", "Gamma", "", ("alpha", "beta")),
        ),
    ],
)
def test_laws_said_in_words(sentence, expected):
    (found,) = stated_laws(sentence)
    assert found[:4] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a role the family has no convention for: the gamma's mean
        r"Let $X$ follow a gamma distribution with shape $\alpha$ and mean $\mu$.",
        r"We do not assume $X \sim \mathrm{Poisson}(\lambda)$.",
        r"Let $X \sim \mathrm{Poisson}(\lambda)$, truncated at zero.",
    ],
)
def test_laws_not_said(sentence):
    assert stated_laws(sentence) == ()


# --------------------------------------------------------------------- whole posts


def _verdict(tmp_path: Path, text: str, line: int) -> tuple[str, str]:
    p = tmp_path / "post.md"
    p.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    rows = [r for r in check_post(p).rows if r.line == line]
    assert rows, line
    return rows[0].verdict, f"{rows[0].reason} {rows[0].how}"


def test_wrong_exponential_likelihood_after_words_is_refuted(tmp_path):
    post = r"""
    # Exp

    The data are iid exponential with rate $\lambda$.

    $$L(\lambda) = \prod_{i=1}^n \lambda e^{\lambda x_i}$$
    """
    assert _verdict(tmp_path, post, 5)[0] == "refuted"


def test_right_exponential_likelihood_after_words_is_proved_with_its_convention(tmp_path):
    post = r"""
    # Exp

    The data are iid exponential with rate $\lambda$.

    $$L(\lambda) = \prod_{i=1}^n \lambda e^{-\lambda x_i}$$
    """
    verdict, reason = _verdict(tmp_path, post, 5)
    assert verdict == "proved" and "the rate" in reason


@pytest.mark.parametrize(
    "law,density,verdict",
    [
        # rate before shape in words: the correct shape-rate density is not refuted
        (
            r"with rate $\beta$ and shape $\alpha$",
            r"\frac{\beta^\alpha x^{\alpha - 1} e^{-\beta x}}{\Gamma(\alpha)}",
            "proved",
        ),
        (
            r"with shape $\alpha$ and scale $\beta$",
            r"\frac{x^{\alpha - 1} e^{-x/\beta}}{\Gamma(\alpha) \beta^\alpha}",
            "proved",
        ),
        # the shape-scale density under words that say rate: not refuted (a convention of
        # the family), not proved either (the words speak against it; adversarial set 2,
        # 38: "rate $\lambda$ (mean $1/\lambda$)" and the scale likelihood)
        (
            r"with shape $\alpha$ and rate $\beta$",
            r"\frac{x^{\alpha - 1} e^{-x/\beta}}{\Gamma(\alpha) \beta^\alpha}",
            "given",
        ),
        (
            r"with shape $\alpha$ and rate $\beta$",
            r"\frac{\beta^\alpha x^{\alpha} e^{-\beta x}}{\Gamma(\alpha)}",
            "refuted",
        ),
    ],
)
def test_gamma_density_said_in_words(tmp_path, law, density, verdict):
    post = rf"""
    # Gamma

    Let $X$ be drawn from a gamma distribution {law}. Its density is

    $$f(x) = {density}$$
    """
    assert _verdict(tmp_path, post, 5)[0] == verdict


@pytest.mark.parametrize(
    "law,density,verdict",
    [
        (r"\mathrm{Geom}(p)", r"p (1 - p)^{x - 1}", "proved"),
        (r"\mathrm{Geom}(p)", r"p (1 - p)^{x}", "proved"),
        (r"\mathrm{Geom}(p)", r"p^2 (1 - p)^{x}", "refuted"),
        (
            r"\mathrm{Weibull}(\lambda, k)",
            r"\frac{k}{\lambda} (x/\lambda)^{k-1} e^{-(x/\lambda)^k}",
            "proved",
        ),
        (r"\mathrm{Pareto}(m, \alpha)", r"\frac{\alpha m^\alpha}{x^{\alpha + 1}}", "proved"),
        (r"\mathrm{Pareto}(m, \alpha)", r"\frac{\alpha m^\alpha}{x^{\alpha + 2}}", "refuted"),
        (r"\mathrm{Rayleigh}(\sigma)", r"\frac{x}{\sigma^2} e^{-x^2/(2\sigma^2)}", "proved"),
        # Pareto with one argument: the scale 1 (held-out batch 24, chrispiech)
        (r"\text{Pareto}(\alpha)", r"\frac{\alpha}{x^{\alpha + 1}}", "proved"),
        (r"\text{Pareto}(\alpha)", r"\frac{\alpha}{x^{\alpha}}", "refuted"),
    ],
)
def test_density_after_a_formula_law(tmp_path, law, density, verdict):
    post = rf"""
    # Law

    Let $X \sim {law}$. The density of $X$ is

    $$f(x) = {density}$$
    """
    assert _verdict(tmp_path, post, 5)[0] == verdict


def test_a_density_of_another_variable_is_not_refuted(tmp_path):
    """The prose says the row is the density of a sum: not the declared law's."""
    post = r"""
    # Sum

    Let $X \sim \mathrm{Exp}(\lambda)$. The density of the sum of two such draws is

    $$f(x) = \lambda^2 x e^{-\lambda x}$$
    """
    assert _verdict(tmp_path, post, 5)[0] != "refuted"


# --------------------------------------------------------------------- Fisher information


def _fisher_cases():
    from derivations.post._law_fisher import FISHER

    for name, count, c in _all_conventions():
        if count == 1 and c.family.name in FISHER:
            yield name, c


@pytest.mark.parametrize("name,c", list(_fisher_cases()), ids=lambda v: getattr(v, "label", v))
def test_each_fisher_information_is_the_expected_squared_score(name, c):
    """The closed form of :data:`._law_fisher.FISHER` against E[(d/dt log f)^2], computed
    by numeric summation or integration over the support."""
    from derivations.post._law_fisher import FISHER

    t = sp.Symbol("t", positive=True)
    score = sp.diff(sp.log(form(c, X, (t,))), t)
    rng = random.Random(c.label)
    mpmath.mp.dps = 20
    for _ in range(3):
        env, values = draw(c, (t,), rng)
        f = sp.lambdify(X, (form(c, X, (t,)) * score**2).subs(env), "mpmath")
        kind = c.family.support
        if kind == "binary":
            expected = f(0) + f(1)
        elif kind in ("counts", "positive counts"):
            expected = mpmath.nsum(f, [0 if kind == "counts" else 1, mpmath.inf])
        else:
            expected = mpmath.quad(f, [0, mpmath.inf])
        closed = FISHER[c.family.name](t).subs(env)
        assert abs(expected - mpmath.mpf(sp.Float(closed, 25))) < 1e-8 * abs(expected)


@pytest.mark.parametrize(
    "law,row,verdict",
    [
        (r"\mathrm{Poisson}(\lambda)", r"I(\lambda) = \lambda", "refuted"),
        (r"\mathrm{Poisson}(\lambda)", r"I(\lambda) = \frac{1}{\lambda}", "proved"),
        (r"\mathrm{Poisson}(\lambda)", r"I_n(\lambda) = \frac{n}{\lambda}", "proved"),
        (r"\mathrm{Poisson}(\lambda)", r"I_n(\lambda) = \frac{n}{\lambda^2}", "refuted"),
        (r"\mathrm{Exp}(\theta)", r"I(\theta) = \frac{1}{\theta^2}", "proved"),
        (r"\mathrm{Exp}(\theta)", r"I(\theta) = \frac{1}{\theta}", "refuted"),
        (r"\mathrm{Bern}(p)", r"I(p) = \frac{1}{p(1-p)}", "proved"),
        (r"\mathrm{Geom}(p)", r"I(p) = \frac{1}{p^2 (1-p)}", "proved"),
        (r"\mathrm{Geom}(p)", r"I(p) = \frac{1}{p (1-p)}", "refuted"),
        # the observed information holds the data: not weighed
        (r"\mathrm{Poisson}(\lambda)", r"I(\lambda) = \frac{\sum_{i=1}^n x_i}{\lambda^2}", "given"),
    ],
)
def test_fisher_information_of_a_declared_law(tmp_path, law, row, verdict):
    post = rf"""
    # Information

    Let $X \sim {law}$. The Fisher information is

    $${row}$$
    """
    assert _verdict(tmp_path, post, 5)[0] == verdict


def test_information_without_the_words_is_not_weighed(tmp_path):
    """No word of the post speaks of the Fisher information: I is any name."""
    post = r"""
    # Integral

    Let $X \sim \mathrm{Poisson}(\lambda)$. Define

    $$I(\lambda) = \lambda$$
    """
    assert _verdict(tmp_path, post, 5)[0] == "given"


# --------------------------------------------------------------------- a family named by words


@pytest.mark.parametrize(
    "sentence,density,verdict",
    [
        (
            "The probability density function of a Weibull distribution is:",
            r"f(x, \lambda, k) = \frac{k}{\lambda} (x/\lambda)^{k-1} e^{-(x/\lambda)^k}",
            "proved",
        ),
        # the order of the row's parameters is not said: the other order fits too
        (
            "The probability density function of a Weibull distribution is:",
            r"f(x, \lambda, k) = \frac{\lambda}{k} (x/k)^{\lambda-1} e^{-(x/k)^\lambda}",
            "proved",
        ),
        # the minus sign inside the power (held-out batch 16, amonostori)
        (
            "The probability density function of a Weibull distribution is:",
            r"f(x, \lambda, k) = \frac{k}{\lambda} (x/\lambda)^{k-1} e^{(-x/\lambda)^k}",
            "refuted",
        ),
        ("The gamma density is", r"f(x; a, b) = \frac{b^a x^{a-1} e^{-b x}}{\Gamma(a)}", "proved"),
        ("The gamma density is", r"f(x; a, b) = \frac{b^a x^{a} e^{-b x}}{\Gamma(a)}", "refuted"),
        # a posterior is another density: not weighed against the family (the total-mass
        # check, older than laws28, may still refute it)
        (
            "The posterior is a gamma density:",
            r"f(x; a, b) = \frac{b^a x^{a} e^{-b x}}{\Gamma(a)}",
            "not weighed",
        ),
    ],
)
def test_a_density_named_by_its_family(tmp_path, sentence, density, verdict):
    post = rf"""
    # Named

    {sentence}

    $${density}$$
    """
    found, reason = _verdict(tmp_path, post, 5)
    if verdict == "not weighed":
        assert "gamma law" not in reason
    else:
        assert found == verdict


def test_density_of_the_ith_observation_after_roles_in_words(tmp_path):
    """Held-out batch 25 (bourgeois): roles written "location parameter $\\mu$ and scale
    parameter $b$", the density written at x_i."""
    post = r"""
    # Laplace

    We have observations $x_1, x_2, \ldots, x_n$ assumed to be i.i.d. from a Laplace
    distribution with location parameter $\mu$ and scale parameter $b$. The density of a
    single observation is

    $$f(x_i \mid \mu, b) = \frac{1}{2b} \exp\left(-\frac{\lvert x_i - \mu \rvert}{b}\right)$$
    """
    verdict, reason = _verdict(tmp_path, post, 7)
    assert verdict == "proved" and "scale b" in reason
    wrong = post.replace(r"\frac{1}{2b}", r"\frac{1}{b}")
    assert _verdict(tmp_path, wrong, 7)[0] == "refuted"


def test_a_huge_density_is_not_weighed():
    """A bound on what hostile text can make the draws cost: over MAX_OPS, no weighing."""
    from derivations.post._law_table import MAX_OPS

    lam = sp.Symbol("lambda", positive=True)
    huge = sp.Add(*[lam ** (k + 1) * X**k for k in range(MAX_OPS)])
    assert sp.count_ops(huge) > MAX_OPS
    assert density_disagreement("Exp", (lam,), X, huge, 1) is None


def test_a_density_of_a_formula_of_the_variable_is_not_weighed(tmp_path):
    post = r"""
    # Square

    Let $X \sim \mathrm{Exp}(\lambda)$. The density of $X^2$ is

    $$f(x) = \frac{\lambda}{2\sqrt{x}} e^{-\lambda \sqrt{x}}$$
    """
    assert "Exp(lambda)" not in _verdict(tmp_path, post, 5)[1]


def test_a_convention_the_words_speak_against_is_never_proved(tmp_path):
    """Adversarial set 2, 38: the prose says rate; the scale likelihood fits a convention
    of Exp but not the one the words give - never proved (nor refuted: it is a
    likelihood of the family)."""
    post = r"""
    # Exp

    Inter-arrival times are exponential with rate $\lambda$ (mean $1/\lambda$):

    $$X_i \sim \mathrm{Exp}(\lambda)$$

    The likelihood of $n$ observed times is

    $$L(\lambda) = \lambda^{-n}e^{-\sum_{i=1}^{n} x_i/\lambda}$$
    """
    assert _verdict(tmp_path, post, 9)[0] not in ("proved", "refuted")


def test_spoken_for():
    from derivations.post._law_table import describe, spoken_for

    lam = sp.Symbol("lambda")
    labels = [describe(c, (lam,)) for c in conventions("Exp", (lam,))]
    assert spoken_for(labels, frozenset()) == [True, True]
    assert spoken_for(labels, frozenset({"rate"})) == [True, False]
    assert spoken_for(labels, frozenset({"mean"})) == [False, True]
    assert spoken_for(labels, frozenset({"rate", "mean"})) == [False, False]
