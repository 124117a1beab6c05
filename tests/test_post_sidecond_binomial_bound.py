"""``\\binom{k + r - 1}{k}`` bounds ``r`` (held-out row: the negative binomial's pmf).

The natural domain of a binomial coefficient that counts choices is ``0 <= k <= top``
(docs/check-post.md, "Natural domains"). When ``top - k`` leaves one name (``r - 1``),
that bound is a fact about that name (``r >= 1``), and ``C(k + r - 1, k) > 0`` follows:
the log-likelihood's ``\\log \\binom{k + r - 1}{k}`` is defined. Two names left
(``C(m, x)``, already bounded as ``x <= m``) or a line without the coefficient give no
such fact.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations.engine._domains import Domains

k, r, p, m = sp.symbols("k r p m", real=True)


def _domains(first_line: sp.Basic) -> Domains:
    d = Derivation(
        "binomial-bound",
        "binomial-bound",
        [Assumption(s, str(s)) for s in (k, r, p, m)],
        [Step(first_line, "definition", "start")],
        infer_domains=True,
    )
    return Domains.of(d)


def test_the_coefficient_of_failures_before_the_r_th_success_is_positive():
    pmf = sp.binomial(k + r - 1, k) * (1 - p) ** k * p**r
    assert _domains(pmf).is_positive(sp.binomial(k + r - 1, k)) is True
    assert _domains(pmf).is_positive(r - 1) is None  # r >= 1, not r > 1
    assert _domains(pmf).is_nonnegative(r - 1) is True


def test_without_the_coefficient_nothing_bounds_r():
    pmf = (1 - p) ** k * p**r
    assert _domains(pmf).is_positive(sp.binomial(k + r - 1, k)) is None
    assert _domains(pmf).is_nonnegative(r - 1) is None


def test_two_names_left_give_no_single_name_fact():
    facts = _domains(sp.binomial(m, k) * p**k).facts()
    assert not any(f.symbol == "m" and "1" in f.domain.describe() for f in facts), facts
