"""Moments of functions of a positive variable: ``E[X^s (\\log X)^m]`` of a declared law.

``E[\\log W] = \\psi(\\alpha)`` for ``W \\sim \\mathrm{Gamma}(\\alpha, 1)``, ``E[Y^2 \\log Y] =
\\Gamma(3)\\psi(3)`` for ``Y \\sim \\mathrm{Exp}(1)``, ``E[1/X]`` of a gamma variable: each is a
derivative in ``s`` of the family's ``E[X^s]`` (its Mellin transform,
``derivations/post/_moments.py``). Property tests: each family's value against the
density of ``_parameter_space.FAMILIES`` (written there for another purpose) integrated
numerically, at random parameters and random powers inside the range where the moment
is finite; outside that range no value. End to end: a correct row proved, the row with a
wrong value not proved.
"""

from __future__ import annotations

import random

import mpmath
import pytest
import sympy as sp

from derivations.post import _expectation as M
from derivations.post import _moments, check_post
from derivations.post._parameter_space import FAMILIES
from derivations.post._tosympy import evaluating, opaque

E = opaque("E")
X = sp.Symbol("X", real=True)

#: family -> a random value of each parameter (positive families only)
_PARAMS = {
    "exponential (rate)": lambda r: (r.uniform(0.3, 3),),
    "exponential (scale)": lambda r: (r.uniform(0.3, 3),),
    "gamma (shape, rate)": lambda r: (r.uniform(0.4, 5), r.uniform(0.3, 3)),
    "gamma (shape, scale)": lambda r: (r.uniform(0.4, 5), r.uniform(0.3, 3)),
    "Weibull": lambda r: (r.uniform(0.6, 4), r.uniform(0.3, 3)),
    "Rayleigh": lambda r: (r.uniform(0.3, 3),),
    "Rayleigh (variance)": lambda r: (r.uniform(0.3, 3),),
    "Maxwell": lambda r: (r.uniform(0.3, 3),),
    "beta": lambda r: (r.uniform(0.4, 5), r.uniform(0.4, 5)),
    "log-normal": lambda r: (r.uniform(-1, 1), r.uniform(0.05, 0.6)),
    "log-normal (sd)": lambda r: (r.uniform(-1, 1), r.uniform(0.2, 0.8)),
}
_DENSITY = {f.name: f for f in FAMILIES}


def _quad(family: str, args: tuple, s: float, m: int) -> float:
    """``E[X^s (log X)^m]`` by quadrature of the family's density."""
    x = sp.Symbol("x", positive=True)
    f = sp.lambdify(
        [x, *sp.symbols(f"p0:{len(args)}")],
        _DENSITY[family].density(x, *sp.symbols(f"p0:{len(args)}")),
        "mpmath",
    )
    hi = 1 if family == "beta" else mpmath.inf
    with mpmath.workdps(30):
        return float(
            mpmath.quad(
                lambda t: t**s * mpmath.log(t) ** m * f(t, *args),
                [0, 1, hi] if hi != 1 else [0, 0.5, 1],
            )
        )


def _bound(family: str, args: tuple) -> M.Law:
    law = M._FAMILY_LAWS[family]
    values = tuple(sp.Float(a, 30) for a in args)
    return M.Law(law.family, law.mean, law.variance, values, raw=law.raw)


@pytest.mark.parametrize("family", sorted(_PARAMS))
def test_log_moments_agree_with_integrals(family):
    rng = random.Random(family)
    for _ in range(4):
        args = _PARAMS[family](rng)
        law = _bound(family, args)
        lower = _moments.mellin_lower(law)
        start = -1.5 if lower is None else float(lower) + 0.4
        s = rng.uniform(start, start + 2.5)
        for m in (0, 1, 2):
            mine = _moments.log_moment(law, sp.Float(s, 30), m)
            assert mine is not None, (family, args, s, m)
            ref = _quad(family, args, s, m)
            assert float(mine) == pytest.approx(ref, rel=1e-6, abs=1e-9), (family, args, s, m)


@pytest.mark.parametrize("family", sorted(_PARAMS))
def test_no_value_where_the_moment_is_infinite(family):
    law = _bound(family, _PARAMS[family](random.Random(1)))
    lower = _moments.mellin_lower(law)
    if lower is None:
        pytest.skip("every power has a finite moment")
    assert _moments.log_moment(law, lower, 0) is None
    assert _moments.log_moment(law, lower - 1, 1) is None


def test_symbolic_power_needs_the_range_shown():
    a = sp.Symbol("alpha", positive=True)
    t = sp.Symbol("t", real=True)
    law = M.Law(
        "exponential (rate)",
        M._FAMILY_LAWS["exponential (rate)"].mean,
        M._FAMILY_LAWS["exponential (rate)"].variance,
        (sp.Integer(1),),
    )
    with evaluating(True):
        value = _moments.log_moment(law, a - 1, 1)  # E[Y^(alpha-1) log Y] = Gamma'(alpha)
        assert sp.simplify(value - sp.gamma(a) * sp.polygamma(0, a)) == 0
    assert _moments.log_moment(law, t, 1) is None  # t > -1 not known


def test_log_moments_by_linearity():
    law = _bound("gamma (shape, rate)", (2.5, 1.5))
    laws = M.Laws({X: law})
    with evaluating(True):
        got = M.by_linearity(E((X - 1) ** 2 * sp.log(X)), frozenset(), laws)
    assert got is not None and M.determined(got)
    ref = sum(
        c * _quad("gamma (shape, rate)", (2.5, 1.5), k, 1) for k, c in ((2, 1), (1, -2), (0, 1))
    )
    assert float(got) == pytest.approx(ref, rel=1e-6)


# ------------------------------------------------------------------ end to end


def _last(tmp_path, text: str):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    last = rows[max(rows)]
    return last.verdict, last.reason


_EULER = "where $\\gamma$ is Euler's constant."
_CASES = [
    # (declaration, correct row, the same row with a wrong value)
    (
        f"Let $$ Y \\sim \\mathrm{{Exp}}(1) $$ {_EULER}",
        "E[\\log Y] = -\\gamma",
        "E[\\log Y] = \\gamma",
    ),
    (
        f"Let $$ Y \\sim \\mathrm{{Exp}}(1) $$ {_EULER}",
        "E[(Y-1)^2 \\log Y] = 1 - \\gamma",
        "E[(Y-1)^2 \\log Y] = 1 + \\gamma",
    ),
    (
        "Let $$ W \\sim \\mathrm{Gamma}(\\alpha, 1) $$ with $\\alpha > 0$.",
        "E[\\log W] = \\psi(\\alpha)",
        "E[\\log W] = \\psi(\\alpha) + 1",
    ),
    (
        "Let $$ W \\sim \\mathrm{Gamma}(\\alpha, 1) $$ with $\\alpha > 0$.",
        "E[(\\log W)^2] - \\psi(\\alpha)^2 = \\psi'(\\alpha)",
        "E[(\\log W)^2] - \\psi(\\alpha)^2 = \\psi(\\alpha)",
    ),
    (
        "Let $$ Y \\sim \\mathrm{Exp}(1) $$",
        "E[\\sqrt{Y}] = \\frac{\\sqrt{\\pi}}{2}",
        "E[\\sqrt{Y}] = \\frac{\\pi}{2}",
    ),
]


@pytest.mark.parametrize(("declared", "right", "wrong"), _CASES)
def test_correct_row_proved_wrong_row_not(tmp_path, declared, right, wrong):
    verdict, reason = _last(tmp_path, f"{declared}\n\n$$ {right} $$\n")
    assert verdict == "proved", (right, reason)
    verdict, reason = _last(tmp_path, f"{declared}\n\n$$ {wrong} $$\n")
    assert verdict != "proved", (wrong, reason)
