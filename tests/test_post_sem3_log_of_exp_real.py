"""``log(exp(u)) = u`` for an exponent that is real because the domains make its logs real.

A log-normal post takes the log of its density at one observation,
``\\ln f(y_1;\\theta) = -\\frac12\\ln(2\\pi\\theta) - \\ln y_1 - \\frac{1}{2\\theta}(\\ln y_1)^2``
(held-out imathworks-lognormal-theta, plausible: "normal forms differ by
log(exp(-log(y[1])**2/(2*theta))) + log(y[1])**2/(2*theta)"). The exponent holds
``\\log y_1``, real only where ``y_1 > 0``; sympy cannot see that for a sample, the post's
``y > 0`` says it. Without that domain the log stays whole (the twin without it is not
proved), and a wrong sign is refuted.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp
from _post_rows import rows_of

from derivations.assumptions import Domain
from derivations.engine._domains import Domains
from derivations.engine._normal import difference

_POST = r"""---
title: t
---
The log-normal density with $\theta > 0$, for $y > 0$:

$$f(y;\theta) = \frac{1}{y\sqrt{2\pi\theta}}\exp\left(-\frac{(\log y)^2}{2\theta}\right)$$

The log of the density at the first observation:

$$\ln f(y_1;\theta) = -\frac{1}{2}\ln(2\pi\theta) - \ln y_1 - \frac{1}{2\theta}(\ln y_1)^2$$
"""

_RIGHT = r"- \frac{1}{2\theta}(\ln y_1)^2$$"
_WRONG = r"+ \frac{1}{2\theta}(\ln y_1)^2$$"


def _last_row(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    rows = rows_of(p)
    return rows[max(rows)]


def test_the_log_of_the_density_at_a_sample_is_proved(tmp_path):
    row = _last_row(tmp_path, _POST)
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_the_wrong_sign_is_refuted(tmp_path):
    assert _RIGHT in _POST
    row = _last_row(tmp_path, _POST.replace(_RIGHT, _WRONG))
    assert row.verdict == "refuted", (row.verdict, row.reason)


@pytest.mark.parametrize("positive", [True, False])
def test_log_of_exp_needs_the_exponent_real(positive):
    y = sp.IndexedBase("y", real=True)
    u = -(sp.log(y[1]) ** 2) / 2
    facts = {y: Domain("y", sample=True, lower=Fraction(0), lower_strict=True)} if positive else {}
    domains = Domains(facts)
    assert domains.is_positive(y[1]) is (True if positive else None)
    d = difference(sp.log(sp.exp(u)), u, domains)
    assert (d == 0) is positive, d
