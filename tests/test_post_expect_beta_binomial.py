"""The beta-binomial law (``X \\sim \\mathcal{BB}(m, \\alpha, \\beta)``) in the table of declared
laws (``derivations/post/_expectation.py``): its raw moments from its factorial moments
``m^{(j)} \\alpha^{(j)} / (\\alpha + \\beta)^{(j)}`` (falling and rising factorials) and its
mass, each checked against exact sums of the mass function written here from its
definition (the binomial mixed over a beta), at random parameters. End to end: the
variance a post quotes is proved, a wrong one is not.
"""

from __future__ import annotations

import math
import random

import pytest
import sympy as sp

from derivations.post import _expectation as M
from derivations.post import check_post


def _mass(x: int, m: int, a: float, b: float) -> float:
    """``C(m, x) B(x + a, m - x + b) / B(a, b)``, through log-gamma."""
    lb = lambda p, q: math.lgamma(p) + math.lgamma(q) - math.lgamma(p + q)  # noqa: E731
    return math.comb(m, x) * math.exp(lb(x + a, m - x + b) - lb(a, b))


def _law(m: int, a: float, b: float) -> M.Law:
    (_, (law,)) = M.LAWS["BB"]
    return M.Law(
        law.family,
        law.mean,
        law.variance,
        (sp.Integer(m), sp.Float(a, 30), sp.Float(b, 30)),
        pmf=law.pmf,
        raw=law.raw,
    )


@pytest.mark.parametrize("seed", range(4))
def test_moments_and_mass_agree_with_exact_sums(seed):
    rng = random.Random(seed)
    m, a, b = rng.randint(1, 12), rng.uniform(0.3, 5), rng.uniform(0.3, 5)
    law = _law(m, a, b)
    assert sum(_mass(x, m, a, b) for x in range(m + 1)) == pytest.approx(1)
    for k in range(1, 9):
        ref = sum(x**k * _mass(x, m, a, b) for x in range(m + 1))
        assert float(law.moment(k)) == pytest.approx(ref, rel=1e-9), (m, a, b, k)
    for x in range(m + 1):
        assert float(law.pmf(x, *law.args)) == pytest.approx(_mass(x, m, a, b), rel=1e-9)


_VAR = (
    "\\frac{m \\alpha \\beta (m + \\alpha + \\beta)}{(\\alpha + \\beta)^2 (\\alpha + \\beta + 1)}"
)


@pytest.mark.parametrize(
    ("row", "proved"),
    [
        (f"\\mathrm{{Var}}[X] = {_VAR}", True),
        ("\\mathrm{E}[X] = m\\frac{\\alpha}{\\alpha + \\beta}", True),
        ("\\mathrm{Var}[X] = \\frac{m \\alpha \\beta}{(\\alpha + \\beta)^2}", False),
    ],
)
def test_a_declared_beta_binomial(tmp_path, row, proved):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: t\n---\n\n$$ X \\sim \\mathcal{BB}(m, \\alpha, \\beta) $$\n\n"
        f"Its moments:\n\n$$ {row} $$\n",
        encoding="utf-8",
    )
    last = check_post(path, jobs=1).rows[-1]
    assert (last.verdict == "proved") == proved, (row, last.verdict, last.reason)
