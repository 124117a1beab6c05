"""Rules of a likelihood's general form: i.i.d. samples and the argmax.

- ``log-of-product``: the log-likelihood of independent, identically
  distributed samples. The likelihood of the data is the product of the
  samples' densities (the i.i.d. premise, a definition), and
  ``log prod_n f_n = sum_n log f_n`` when every ``f_n > 0``.
- ``argmax-log``: ``argmax_theta log f = argmax_theta f`` when ``f > 0``
  (``log`` is increasing), in either direction; and so for an arg min, the arg max
  of ``-f``: ``argmax_theta (-log f) = argmax_theta (-f)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sympy as sp

from ..engine._matrix_expr import ArgMax
from ._registry import Rewrite, ev, rule
from ._util import body


@rule("log-of-product", "log of a product over the samples is the sum of logs")
def log_of_product(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """log(prod_{n=a}^{b} f_n) = sum_{n=a}^{b} log(f_n), valid when every f_n > 0."""
    if not (isinstance(node, sp.log) and len(node.args) == 1):
        return None
    prod = node.args[0]
    if not isinstance(prod, sp.Product) or len(prod.limits) != 1:
        return None
    f = body(prod)
    with sp.evaluate(True):
        out = sp.Sum(ev(sp.log, f), *prod.limits)
    return Rewrite(out, (sp.StrictGreaterThan(f, 0, evaluate=False),))


@rule("argmax-log", "argmax is unchanged by the logarithm")
def argmax_log(node: sp.Basic, params: Mapping[str, Any]) -> Rewrite | None:
    """argmax_theta f = argmax_theta log(f) (and back), valid when f > 0: log is increasing."""
    if not isinstance(node, ArgMax):
        return None
    sign, obj = sign_and_objective(node.objective)
    if isinstance(obj, sp.log) and len(obj.args) == 1:
        inner = obj.args[0]
        return Rewrite(
            ArgMax(_signed(sign, inner), *node.variables),
            (sp.StrictGreaterThan(inner, 0, evaluate=False),),
        )
    return Rewrite(
        ArgMax(_signed(sign, ev(sp.log, obj)), *node.variables),
        (sp.StrictGreaterThan(obj, 0, evaluate=False),),
    )


def sign_and_objective(obj: sp.Basic) -> tuple[int, sp.Basic]:
    """An arg min is the arg max of a negation (``argmin f = argmax (-f)``): the log leaves
    it where it is as well (``argmin log f = argmin f``), but never turns one into the
    other. (-1, f) for ``-f``, else (1, obj)."""
    coeff, rest = obj.as_coeff_Mul()
    return (-1, rest) if coeff == -1 else (1, obj)


def _signed(sign: int, e: sp.Basic) -> sp.Basic:
    return ev(sp.Mul, -1, e) if sign < 0 else e
