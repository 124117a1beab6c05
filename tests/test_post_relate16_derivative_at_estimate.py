"""The derivative of a quantity written at an estimate: ``d LL(\\hat\\mu, \\kappa) / d\\mu``
(issue 12, RELATE16).

The von Mises proof (held-out repro20, after StatProofBook) sets
``\\frac{d LL(\\hat\\mu, \\kappa)}{d\\mu} = 0``: the derivative by mu, taken at muhat. The
value of ``LL(\\hat\\mu, \\kappa)`` holds muhat, not mu, and the reader took that for a
dependence it could not see ("dLL/dmu (its value does not hold mu)"): the condition had no
value, and the rows after it were "an equation that no row above leads to"; a row writing
the derivative out was "given" whatever it said. The derivative is now taken by mu and
muhat put back, as for a derivative whose quantity is written at the estimate.

The tests failed before the change (line 10 was given, line 16 unrelated in the reduced
von Mises chain). Wrong twins: a sign in the derivative is refuted, a cos for the sin in the
condition is not proved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of

_POST = r"""---
title: t
---

$$
\mathrm{LL}(\mu,\kappa) = - n \ln(2 \pi) + \kappa \sum_{i=1}^n \cos(y_i-\mu)
$$

$$
\frac{d \mathrm{LL}(\hat{\mu},\kappa)}{d\mu} = \kappa \sum_{i=1}^n \sin(y_i-\hat{\mu})
$$

$$
\begin{split}
\frac{\mathrm{d}\mathrm{LL}(\hat{\mu},\kappa)}{\mathrm{d}\mu} &= 0 \\
0 &= - \kappa \sum_{i=1}^n \sin(y_i-\hat{\mu}) \\
\end{split}
$$
"""

_ALONE = r"""---
title: t
---

$$
\mathrm{LL}(\mu,\kappa) = - n \ln(2 \pi) + \kappa \sum_{i=1}^n \cos(y_i-\mu)
$$

$$
\begin{split}
\frac{\mathrm{d}\mathrm{LL}(\hat{\mu},\kappa)}{\mathrm{d}\mu} &= 0 \\
0 &= - \kappa \sum_{i=1}^n \sin(y_i-\hat{\mu})
\end{split}
$$
"""


def _rows(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return rows_of(p)


def test_the_derivative_at_the_estimate_is_computed(tmp_path):
    rows = _rows(tmp_path, _POST)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
    assert rows[16].verdict == "proved", (rows[16].verdict, rows[16].reason)


def test_the_condition_alone_leads_to_the_next_equation(tmp_path):
    rows = _rows(tmp_path, _ALONE)
    assert rows[11].verdict == "given", (rows[11].verdict, rows[11].reason)
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


def test_a_wrong_sign_in_the_derivative_is_refuted(tmp_path):
    old = r"{d\mu} = \kappa \sum"
    assert old in _POST
    rows = _rows(tmp_path, _POST.replace(old, r"{d\mu} = -\kappa \sum"))
    assert rows[10].verdict == "refuted", (rows[10].verdict, rows[10].reason)


@pytest.mark.parametrize("text", [_POST, _ALONE])
def test_a_wrong_function_in_the_condition_is_not_proved(tmp_path, text):
    old = r"0 &= - \kappa \sum_{i=1}^n \sin(y_i-\hat{\mu})"
    assert old in text
    rows = _rows(tmp_path, text.replace(old, r"0 &= - \kappa \sum_{i=1}^n \cos(y_i-\hat{\mu})"))
    line = 16 if text is _POST else 12
    assert rows[line].verdict not in ("proved", "given", "plausible"), (
        rows[line].verdict,
        rows[line].reason,
    )


def test_a_derivative_by_a_letter_its_value_lacks_keeps_no_value(tmp_path):
    """By kappa at muhat is no reason to call kappa held: LL written at (muhat, kappa) with
    a value free of kappa keeps the old reading (dLL/dkappa has no value)."""
    text = _POST.replace(r"+ \kappa \sum_{i=1}^n \cos(y_i-\mu)", r"+ \sum_{i=1}^n \cos(y_i-\mu)")
    old = r"{d\mu} = \kappa"
    assert old in text
    text = text.replace(old, r"{d\kappa} = \kappa")
    rows = _rows(tmp_path, text)
    assert rows[10].verdict not in ("proved", "refuted"), (rows[10].verdict, rows[10].reason)


def test_a_quantity_free_of_the_variable_gains_no_derivative_at_the_estimate(tmp_path):
    """Q(mu) = muhat^2 does not depend on mu: written at muhat its derivative by mu is not
    2 muhat (reading muhat back as mu would make it so). Only a quantity whose own value
    holds mu is differentiated through its estimate."""
    text = r"""---
title: t
---

$$
Q(\mu) = \hat{\mu}^2 + \kappa
$$

$$
\frac{d Q(\hat{\mu})}{d\mu} = 2\hat{\mu}
$$
"""
    rows = _rows(tmp_path, text)
    assert rows[10].verdict not in ("proved", "plausible"), (rows[10].verdict, rows[10].reason)
    assert "its value does not hold" in rows[10].reason, rows[10].reason  # as before
