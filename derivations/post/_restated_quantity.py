"""A quantity with no value the engine can compare, restated with a rewritten value (prove57).

``P(X_{new} = 1 \\mid data) = \\frac{B(\\alpha + s + 1, \\beta + f)}{B(\\alpha + s, \\beta +
f)}``, then, rows later under the same heading, ``P(X_{new} = 1 \\mid data) = \\frac{\\alpha +
s}{\\alpha + s + \\beta + f}``: the probability (an expectation, a variance: a call the reader
keeps as ``Opaque``) has no value the reader can work out, so both rows were "unrelated". The
second row only rewrites the value the first gave the same quantity: it is the link ``R1 = R2``
of the chain ``P = R1 = R2`` split over two rows, and a chain's second link is compared with
its first side whatever the first link is (an unchecked first link included).

The comparison is PROVE-ONLY (``._arbitrary_anchor``'s ``_prove_only``): ``R1 = R2`` shown
for every value of the letters is what the row needs, so "proved" is sound; a difference is
no refutation (the quantity may be meant under a condition the words change, or the first row
may be the wrong one), and the row keeps the verdict it had, with the same reason. Both values
are read with the names' values of the later row, so a letter defined between the rows (the
beta function ``B`` after its first use) means the same on both sides.

Only the same left side written the same way (the same sympy expression; for a mean whose
subscript may be read as a bar's condition, ``E_X[X^2]`` and ``E[X^2 | X]``, the same text
too: expect69), under the same
heading, with no part opened between the two rows or on the later one (a bold label such as
"**Case 2:**", a list item, "Example 2") and no law stated between them (``\\sim`` in a row or
a sentence: the quantity may be another model's): another part may speak of another quantity
written alike. Not tried: relations other than ``=``, a right side 0 (a
condition, not a rewrite), vectors and matrices.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._plans import _Cur, _is_zero, _why
from ._resolve import is_matrix, uncheckable
from ._tosympy import MEANS, Opaque, condition_letters

#: What a left side's text may differ by and be written the same way (expect69).
_LAYOUT = re.compile(r"\\(?:left|right|[bB]igg?[lr]?)(?![a-zA-Z])|[\s&]")


def _written_left(text: str) -> str:
    """The left side of a row's first ``=`` as written, without layout (spaces, ``&``,
    ``\\left``), ``\\mid`` as ``|``."""
    return _LAYOUT.sub("", text.split("=", 1)[0]).replace("\\mid", "|")


def _subscript_or_bar(e: Any, ctx: Any) -> bool:
    """expect69: does ``e`` hold a mean whose arguments after the first may be a bar's
    condition or a subscript (``E[X^2 | X]`` and ``E_X[X^2]`` are one expression,
    ``E(X**2, X)``): one of a letter the post conditions a mean on, or any when the post
    writes a bar inside a subscript (``E_{Z|X}``, read as ``E_X``)?"""
    barred = getattr(ctx, "barred_subscripts", False)
    conditioning = getattr(ctx, "conditioning", ())
    for f in e.atoms(Opaque):
        if str(f.func) not in MEANS or len(f.args) < 2:
            continue
        if barred:
            return True
        if any(condition_letters(extra) & set(conditioning) for extra in f.args[1:]):
            return True
    return False


#: A distribution statement (``X \\sim \\mathrm{Bin}(n, p)``) in a row or a sentence.
_LAW = re.compile(r"\\sim(?![a-zA-Z])")


def _opens_a_part(prose: str) -> bool:
    """Does a paragraph of ``prose`` open a part of its own: a bold label ("**Case 2:**"),
    a list item or a numbered example (``._rewrites._NEW_PART``)? The quantity written
    after it may be that part's, though written as the one before it was."""
    from ._rewrites import _NEW_PART

    for para in prose.split("\n\n"):
        para = para.lstrip()
        if para.startswith(("**", "__")) or _NEW_PART.match(para):
            return True
    return False


class RestatedQuantityLinks:
    """Mixin of the builder (see the module docstring)."""

    def _note_quantity_value(self, pr: Any, e0: Any, sides: list, rels: list[str]) -> None:
        """Remember the value this row gives ``e0``, a quantity with no value
        (``P(Y = 1 | D) = R``): the side after it as written, its heading and line."""
        if not rels or rels[0] != "=" or len(sides) < 2 or not isinstance(sides[1], sp.Expr):
            return
        if isinstance(e0, sp.Expr) and uncheckable(e0) and not is_matrix(e0):
            left = _written_left(pr.row.text)
            self.quantity_values[e0] = (sides[1], pr.row.section, pr.row.line, left)

    def _restated_quantity(self, pr: Any, e0: Any, sides: list, rels: list[str], why: str) -> bool:
        """``e0 = R2`` where an earlier row under this heading wrote ``e0 = R1``: ``R2``
        compared, prove-only, with ``R1`` (``why``, the reason ``e0`` has no value, is the
        verdict's reason unless proved). False (nothing done) when not of that kind."""
        found = self.quantity_values.get(e0) if isinstance(e0, sp.Expr) else None
        if found is None or rels[0] != "=" or not isinstance(sides[1], sp.Expr):
            return False
        raw, section, line, left = found
        if section != pr.row.section or _is_zero(sides[1]):
            return False
        if _subscript_or_bar(e0, self.ctx) and left != _written_left(pr.row.text):
            return False  # expect69: E_X[X^2] = R1, then E[X^2 | X] = R2: not one quantity
        between = [p.parsed.row for p in self.plans if p.parsed.row.line > line]
        if any(_opens_a_part(r.prose) for r in (*between, pr.row)):
            return False
        if any(_LAW.search(text) for r in between for text in (r.prose, r.text)):
            return False  # a law stated since: the quantity may be another model's
        if _LAW.search(pr.row.prose):
            return False
        value, _ = self.names.resolve(raw)
        w, _ = self.names.resolve(sides[1])
        for x in (value, w):
            if not isinstance(x, sp.Expr) or is_matrix(x) or _why(x):
                return False
        self._remember(*sides)
        how = f"rewrites the value line {line} gives the same quantity"
        self._prove_only(pr, value, sides[1], "=", why, how=how)
        self.cur = _Cur()
        self._note_quantity_value(pr, e0, sides, rels)
        if len(rels) > 1:
            self._rest(pr, sides, rels, 1)
        return True


__all__ = ["RestatedQuantityLinks"]
