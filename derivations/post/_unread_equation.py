"""An equation after a row the reader could not read, in a chain of equations (issue 12,
RELATE16).

``alpha (Xbar^2 - M2) = M2 Xbar - Xbar^2``, ``alpha = (M2 Xbar - Xbar^2)/(Xbar^2 - M2)``,
then a row the reader cannot read, then ``alpha = (M2/Xbar - 1)/(1 - M2/Xbar^2)``: the
equation chain is broken, and the row after the unread one was compared as an identity in
alpha ("not an identity ...; as an equation in alpha no row above leads to it"), and so was
every row after it (held-out algebra-com beta method of moments, lines 62-66).

The equation in mind before the unread row is kept (``_Cur.eq_before``), and such a row -
an equation in the post's parameters, compared as an identity that need not hold - is also
compared with it, as an equation step, by a step of its own (``LinkPlan.proved_by``, read by
``._verdicts.link_result``). It is PROVE-ONLY: that step can make the row proved ("follows
from the equation of line N"), nothing else; otherwise the row keeps its verdict. Not even
plausible: an equation step from an equation the engine itself found only plausible (line 58
there) came out plausible for wrong twins. A row that follows from an equation the post
wrote above it, under the same heading, is a correct step whatever the unread row between
says (that row may lead to it too; it cannot make a consequence of the equation above
false).

The equation stays the alternative for the rows after it that are compared the same way
(each an identity in the parameters, each continuing the one before): they follow from it
as well when they are correct. With no unread row, the first such row is the equation in
mind for the rows after it (``_keep_as_equation``), so a chain of equations solved row by
row is read the same way. It ends with anything else: a row compared otherwise sets a line in mind
without it, and a new heading ends it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sympy as sp

from ._plans import UNCHECKED, _Cur, _has_estimate, _symbols, _why
from ._plus_minus import both_roots
from ._resolve import is_matrix
from ._sign_letter import SOLVED_INTO_SIGN, has_sign


def equation_before(cur: _Cur) -> _Cur | None:
    """The equation in mind that an unread row (which ``cur`` is the line before) interrupts:
    ``cur`` itself when an equation, the one kept by an unread row just before, else None."""
    if cur.kind == "eq" and isinstance(cur.expr, sp.Equality):
        return cur
    return cur.eq_before


class UnreadEquationLinks:
    """Mixin of the builder (see the module docstring)."""

    def _roots_from_equation_before(
        self, pr: Any, before: _Cur, e0: sp.Basic, e1: sp.Basic, rel: str
    ) -> None:
        """The row ``e0 rel e1`` solved into its two roots with ``\\pm`` (unchecked: a set
        of roots) compared, prove-only, with the equation kept as for any such row."""
        links = self._row.links
        if links and links[-1].kind == UNCHECKED and links[-1].reason == SOLVED_INTO_SIGN:
            self._from_equation_before(pr, before, e0, e1, rel)

    def _from_equation_before(
        self, pr: Any, before: _Cur, e0: sp.Basic, e1: sp.Basic, rel: str
    ) -> None:
        """The row ``e0 rel e1`` (its last link compared as an identity with a condition)
        also compared with the equation kept from before an unread row, if there is one,
        and with the equation of the row just above compared the same way."""
        if rel not in ("=", "=="):
            return
        kept = [before.eq_before] if before.eq_before is not None else []
        if before.eq_last is not None and not (kept and before.eq_last.row == kept[0].row):
            kept.append(before.eq_last)  # the same row once
        for prior in kept:
            self._compare_with_equation(pr, prior, e0, e1)
        if before.eq_before is not None:
            if self.cur.row == self._row_index and self.cur.kind in ("expr", "eq"):
                # the rows after it that are compared the same way may follow from it too
                self.cur = dataclasses.replace(self.cur, eq_before=before.eq_before)

    def _compare_with_equation(self, pr: Any, prior: _Cur, e0: sp.Basic, e1: sp.Basic) -> None:
        if prior.row is None or not 0 <= prior.row < len(self.plans):
            return
        if self.plans[prior.row].parsed.row.section != pr.row.section:
            return
        link = self._row.links[-1]
        new, _ = self.names.resolve(sp.Eq(e0, e1, evaluate=False))
        old = prior.expr
        if not isinstance(new, sp.Equality) or _why(new) or is_matrix(new) or is_matrix(old):
            return
        if _has_estimate(new) or _has_estimate(old) or not (_symbols(new) & _symbols(old)):
            return
        relation = "<=>"
        if has_sign(new) and not has_sign(old):
            # u = \pm\sqrt{c} after u^2 = c: its two roots together (._plus_minus)
            new, relation = both_roots(new), "=>"
            if new is None:
                return
        self._anchor(pr, old)
        params = {}
        unknown = self._unknown(new, old)
        if unknown is not None:
            params["unknown"] = unknown
        j = self._add(self._mk(pr, new, "auto", relation, params=params), pr.row.line)
        link.proved_by.append((j, prior.line))

    def _keep_as_equation(self, pr: Any, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        """The row ``e0 rel e1`` (compared as an identity with a condition) is an equation
        the next row compared the same way may follow from (``eq_last``), and the one in
        mind for all the rows after it unless one is kept already (``eq_before``, from
        before an unread row or an earlier such row). lead66: StatProofBook's FWHM solves
        ``f(x) = f_max/2`` row by row, each row an equation in x, and every row after the
        first was "unchecked: the row puts in numbers for the symbols"."""
        if rel not in ("=", "==") or not (self.cur.row == self._row_index):
            return
        if self.cur.kind not in ("expr", "eq"):
            return
        new, _ = self.names.resolve(sp.Eq(e0, e1, evaluate=False))
        if not isinstance(new, sp.Equality) or _why(new) or is_matrix(new) or _has_estimate(new):
            return
        mine = _Cur("eq", None, new, self._row_index, line=pr.row.line)
        first = self.cur.eq_before if self.cur.eq_before is not None else mine
        self.cur = dataclasses.replace(self.cur, eq_before=first, eq_last=mine)
