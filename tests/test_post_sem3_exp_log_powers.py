"""A power written as the exponential of a log: ``b^k = exp(k log b)``.

Exponential-family posts rewrite ``\\lambda^y e^{-\\lambda}/y!`` as
``\\frac{1}{y!}\\exp(y\\ln\\lambda - \\lambda)`` and ``p^y (1-p)^{1-y}`` as
``\\exp(y\\ln p + (1-y)\\ln(1-p))`` (held-out pfann-exponential-family, wellner-digamma:
4 correct rows plausible, "normal forms differ by lambda**y - exp(y*log(lambda))"). sympy
keeps ``exp(y*log(lambda))`` apart from ``lambda**y`` although sympy defines the power as
that exponential (principal branch, any base but 0); the normal form must meet them. The
wrong twins (a sign or an exponent changed) must not be proved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp
from _post_rows import rows_of

from derivations.engine._normal import difference

_POISSON = r"""---
title: t
assume:
  - \lambda > 0
---
The Poisson probability function in exponential-family form.

$$f(y) = \frac{\lambda^y}{y!} e^{-\lambda}$$

$$f(y) = \frac{1}{y!} \exp\left(y \ln(\lambda) - \lambda\right)$$
"""

_BERNOULLI = r"""---
title: t
assume:
  - 0 < p < 1
---
The Bernoulli probability function in exponential-family form.

$$f(y) = p^y (1-p)^{1-y}$$

$$f(y) = \exp\left(y \ln(p) + (1-y) \ln(1-p)\right)$$
"""

_CASES = [
    (_POISSON, r"y \ln(\lambda) - \lambda", r"y \ln(\lambda) + \lambda"),
    (_BERNOULLI, r"y \ln(p) + (1-y) \ln(1-p)", r"y \ln(p) + (1+y) \ln(1-p)"),
]


def _last_row(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    rows = rows_of(p)
    return rows[max(rows)]


@pytest.mark.parametrize(("text", "right", "wrong"), _CASES)
def test_a_power_rewritten_as_exp_of_log_is_proved(tmp_path, text, right, wrong):
    assert right in text
    row = _last_row(tmp_path, text)
    assert row.verdict == "proved", (row.verdict, row.reason)


@pytest.mark.parametrize(("text", "right", "wrong"), _CASES)
def test_the_wrong_twin_is_not_proved(tmp_path, text, right, wrong):
    row = _last_row(tmp_path, text.replace(right, wrong))
    assert row.verdict != "proved", (row.verdict, row.reason)


def test_the_normal_form_meets_a_power_and_its_exponential():
    t = sp.Symbol("t", positive=True)
    a, y = sp.symbols("alpha y", real=True)
    assert difference(t ** (a - 1) * sp.log(t), sp.exp((a - 1) * sp.log(t)) * sp.log(t)) == 0
    assert difference(t**y, sp.exp(y * sp.log(t))) == 0
    assert difference(t**y, sp.exp(2 * y * sp.log(t))) != 0
