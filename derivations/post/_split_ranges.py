"""Rows that split one range of an index in two: ``\\prod_{i=1}^k f_i \\prod_{i=k+1}^n g_i``.

Such a row speaks of the first k of n terms and the rest, so of 0 <= k <= n only. The
numeric check draws k and n freely: at k > n the second range runs backwards (empty) while
the first holds more than n terms, and the row's value there differs from the line it
restates (``\\lambda^k e^{-\\lambda \\sum_1^n y_i}``, the censored likelihood): a
counterexample outside what the row says, which refuted the correct row. A difference is
then no refutation (a proof is unaffected).
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._tosympy import evaluating


def split_range_reason(pr: Any) -> str:
    """Why a failing link of the row ``pr`` is no refutation: a side splits a range of an
    index at a point the check may draw beyond its end. Empty otherwise."""
    for st in pr.statements:
        for e in st.sides:
            if isinstance(e, sp.Basic) and _splits_a_range(e):
                return (
                    "the row splits a range at a point (the first k terms, then k + 1 to n) "
                    "that the numeric check may put beyond the range's end, where the row "
                    "says nothing; so a difference is no refutation"
                )
    return ""


def _splits_a_range(e: sp.Basic) -> bool:
    """Do two sums or products of ``e`` over one index meet, ``hi`` of one + 1 the ``lo``
    of the other, at a symbolic point?"""
    limits = [s.limits[0] for s in e.atoms(sp.Sum, sp.Product) if len(s.limits) == 1]
    if len(limits) < 2:
        return False  # (no switch of sympy's evaluate flag: each one clears its caches)
    with evaluating(True):  # (rows are planned under evaluate(False))
        return any(
            a[0] == b[0] and a[2].free_symbols and sp.expand(b[1] - a[2] - 1) == 0
            for a in limits
            for b in limits
            if a is not b
        )
