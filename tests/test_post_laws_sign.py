"""``\\mathrm{sign}`` in a Laplace location derivation: the sign function of the table
of standard functions (``derivations/post/_special.py``).

``d/d\\mu |x_i - \\mu| = -\\mathrm{sign}(x_i - \\mu)`` wherever the derivative exists; sympy's
``sign`` is ``x/|x|`` for ``x != 0`` (and 0 at 0, where the derivative does not exist). A
wrong sign is refuted; a post that gives ``sign`` its own value is checked against it.
"""

from __future__ import annotations

# ruff: noqa: E501 (a row of the post as an author writes it, on one line)
import sympy as sp

from derivations.post import check_post
from derivations.post._special import lookup

POST = r"""---
title: t
---

The derivative of one term:

$$\frac{\partial}{\partial \mu}\lvert x_i - \mu \rvert = -\text{sign}(x_i - \mu)$$

The score:

$$\frac{\partial}{\partial \mu} \left( -\frac{1}{b} \sum_{i=1}^{n} \lvert x_i - \mu \rvert \right) = \frac{1}{b} \sum_{i=1}^{n} \text{sign}(x_i - \mu)$$
"""


def _verdicts(tmp_path, text: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text(text)
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


def test_sign_is_the_sign_function():
    x = sp.Symbol("x", real=True)
    found = lookup("\\mathrm{sign}", 1)
    assert found is not None
    s = found.build(x)
    for v in map(sp.Rational, (-3, sp.Rational(-1, 2), sp.Rational(5, 7), 11)):
        assert s.subs(x, v) == v / abs(v)
    assert lookup("\\mathrm{sign}", 2) is None


def test_a_derivative_of_an_absolute_value_is_checked(tmp_path):
    verdicts = _verdicts(tmp_path, POST)
    assert verdicts[7] == "proved", verdicts
    # the sum's derivative holds where no x_i equals mu: an open condition, not a proof
    assert verdicts[11] in ("proved", "plausible"), verdicts
    wrong = POST.replace(r"= -\text{sign}(x_i - \mu)$$", r"= \text{sign}(x_i - \mu)$$")
    assert _verdicts(tmp_path, wrong)[7] == "refuted"
