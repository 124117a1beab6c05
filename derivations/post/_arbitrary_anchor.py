"""A row continuing a row that compared nothing, whose last side holds functions the post
never defines (issue 12, RELATE16).

``Q(theta) \\propto Pr(theta) Pr(y | theta)`` then ``&= Pr(theta) exp(log Pr(y | theta))``:
the first row compares nothing (the relation is not checked, ``Q`` has no value), and the
row after it claims that the last side written above equals its own. ``_anchor_side``
takes that side as the line to continue only when it has a value the engine can compare,
so a side with ``Pr(...)``, ``p(y)``, ``g(theta)`` (functions the post never gives a value)
left every row after it "unrelated", however plain the rewrite.

Such a side is compared here with its undefined functions read as arbitrary functions (the
reading ``_opaque.as_arbitrary`` already gives a rewrite whose both lines hold them). The
comparison is PROVE-ONLY: an identity that holds for every function holds for the one the
author means, so "proved" is sound; a failure says nothing (the function may be one that
makes the rows equal, a density the post names elsewhere), and the row keeps the verdict it
had before, unrelated with the same reason (``LinkPlan.fallback``). A link that is no
comparison (the row giving the line above a value, a fresh name, an equation) falls back
the same way, so no verdict but "proved" is new. The line in mind after it is none, as
before: the rows after it are compared with its last side the same way, never in full.

Not tried: vectors and matrices (read 1x1 a comparison could prove what does not hold for
matrices), a right side 0 (a condition, not a rewrite), relations other than ``=``.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._plans import STEP, UNRELATED, _Cur, _is_zero
from ._resolve import is_matrix, uncheckable, undefined


class ArbitraryAnchorLinks:
    """Mixin of the builder (see the module docstring)."""

    def _from_arbitrary_side(self, pr: Any, side: Any, rel: str, right: Any, reason: str) -> bool:
        """``rel right`` compared, prove-only, with ``side`` (the last side written above,
        which ``_anchor_side`` refused: it holds functions with no value). ``reason`` is
        the row's verdict unless it is proved. False (nothing done) when not of that kind."""
        if rel not in ("=", "==") or not isinstance(side, sp.Basic):
            return False
        if not isinstance(right, sp.Basic) or _is_zero(right) or is_matrix(side):
            return False
        value, _ = self.names.resolve(side)
        if value is None or is_matrix(value) or not isinstance(value, sp.Expr):
            return False
        if not (undefined(value) or uncheckable(value)):
            return False  # refused for another reason (``_anchor_side``): left alone
        w, _ = self.names.resolve(right)
        if w is None or is_matrix(w):
            return False
        self._prove_only(pr, value, right, rel, reason)
        # The next row or link finds the line in mind as before (nothing): it continues
        # this row's last side through ``_anchor_side``, or prove-only here again. A line
        # in mind would compare it in full, and a failure through an arbitrary function
        # would count against it (or ``= 0`` after it would be a first-order condition).
        self.cur = _Cur()
        return True

    def _prove_only(
        self, pr: Any, value: Any, right: Any, rel: str, reason: str, **how: str
    ) -> None:
        """``value rel right`` as a step that only proves: a link that fails, or that is no
        comparison, is unrelated with ``reason`` (``LinkPlan.fallback``), never refuted.
        ``how``: the ``how`` of the step (``._rewrites``' default when not given)."""
        h = self._anchor(pr, value)
        self.cur = _Cur("expr", h, value, self._row_index, None, pr.row.line)
        before = len(self._row.links)
        self._rewrite(pr, h, value, right, rel, **how)
        for link in self._row.links[before:]:
            if link.kind != STEP:
                link.kind, link.reason, link.verdict, link.counterexample = (
                    UNRELATED,
                    reason,
                    "",
                    None,
                )
            link.fallback = reason
