"""Side conditions on the data discharged from the support of the law the post declares.

``y_i \\sim \\mathrm{Gam}(a, b)`` says every ``y_i`` is positive, so ``\\sum_i y_i`` (and
the mean ``\\bar y``) is positive and a step that cancels ``\\bar y`` or divides by it
needs nothing more. What must hold:

- with a law of positive support the step is proved (the condition is discharged);
- with a law whose support holds 0 or negatives (normal data) the same step stays
  plausible and names the condition it needs;
- a false step stays refuted whatever the support;
- at the engine's level, a condition the domains call true holds at random data
  drawn from the declared support (the discharge is never a lie).
"""

from __future__ import annotations

import random

import pytest
import sympy as sp
from _domains import domains_of as _domains

from derivations.post import check_post

POST = r"""---
title: t
---

Let the observations be a sample:

$$
y_i \sim {law}, \quad i = 1, \ldots, n \; .
$$

Their mean is

$$
\bar{y} = \frac{{1}}{{n}} \sum_{{i=1}}^{{n}} y_i
$$

Then

$$
\begin{{aligned}}
T &= \frac{{\bar{{y}}^3}}{{\bar{{y}}}} \\
&= {cancelled}
\end{{aligned}}
$$

Matching the moments requires us to solve the following equation for $\alpha$:

$$
\bar{{y}} = \frac{{\alpha}}{{b}}
$$

From it we deduce:

$$
\begin{{aligned}}
\bar{{y}} b &= \alpha \\
\frac{{\alpha}}{{\bar{{y}}}} &= b
\end{{aligned}}
$$
"""

POSITIVE_LAWS = [r"\mathrm{Gam}(a, b)", r"\mathrm{Exp}(b)", r"\mathrm{Bet}(a, b)"]


def _rows(tmp_path, law: str, cancelled: str = r"\bar{y}^2") -> dict[int, object]:
    text = POST.replace("{law}", law).replace("{cancelled}", cancelled)
    text = text.replace("{{", "{").replace("}}", "}")
    path = tmp_path / "post.md"
    path.write_text(text)
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.mark.parametrize("law", POSITIVE_LAWS)
def test_positive_support_discharges_the_mean_non_zero(tmp_path, law):
    rows = _rows(tmp_path, law)
    assert rows[22].verdict == "proved", rows[22].reason  # cancels the mean
    assert rows[37].verdict == "proved", rows[37].reason  # divides by the mean


def test_real_support_keeps_the_condition_open_and_named(tmp_path):
    rows = _rows(tmp_path, r"\mathcal{N}(\mu, \sigma^2)")
    for line in (22, 37):
        assert rows[line].verdict == "plausible", rows[line].reason
        assert "Sum(y[i], (i, 1, n))" in rows[line].reason


@pytest.mark.parametrize("law", [*POSITIVE_LAWS, r"\mathcal{N}(\mu, \sigma^2)"])
def test_a_false_step_stays_refuted(tmp_path, law):
    rows = _rows(tmp_path, law, cancelled=r"2 \bar{y}^2")
    assert rows[22].verdict == "refuted", rows[22].reason


# ------------------------------------------------------------------ engine level

y = sp.IndexedBase("y")
i = sp.Symbol("i", integer=True)
n = sp.Symbol("n", integer=True, positive=True)
alpha = sp.Symbol("alpha")
S = sp.Sum(y[i], (i, 1, n))
S2 = sp.Sum(y[i] ** 2, (i, 1, n))

#: Conditions a positive sample (and alpha > 0) makes true.
CONDITIONS = [
    sp.Ne(S, 0),
    sp.Ne(S / n, 0),
    sp.Gt(S2, 0),
    sp.Ne(alpha * n**3 / S**3 + n**2 / S**2, 0),
    sp.Ne(alpha * n / S + 1, 0),
    sp.Ne(S**3 / n**3, 0),
]


def _holds(cond: sp.Basic, values: dict) -> bool:
    return bool(cond.doit().subs(values))


@pytest.mark.parametrize("cond", CONDITIONS, ids=str)
def test_a_discharged_condition_holds_at_random_positive_data(cond):
    domains = _domains("y_i > 0", r"\alpha > 0")
    assert domains.decide(cond) is True
    rng = random.Random(7)
    for _ in range(30):
        size = rng.randint(1, 6)
        values = {n: size, alpha: rng.uniform(1e-3, 5)}
        values.update({y[k]: rng.uniform(1e-6, 10) for k in range(1, size + 1)})
        assert _holds(cond.subs(n, size), values)


@pytest.mark.parametrize("cond", CONDITIONS[:3] + CONDITIONS[5:], ids=str)
def test_a_support_with_zero_keeps_it_open(cond):
    # counts: every y_i may be 0, and so may their sum (the conditions left out have the
    # sum in a denominator: where they are defined the sum is positive, and they hold)
    assert _domains("y_i >= 0", r"\alpha > 0").decide(cond) is not True
