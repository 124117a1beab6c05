"""REFUTE20: a row after a row that was only taken as given is not refuted by it.

``p(\\sigma^2 | X) = P(X|\\sigma^2) p(\\sigma^2) = <value> \\propto <kernel>``: when the
post gives ``P(X|\\sigma^2) p(\\sigma^2)`` no value (its model line unparsed), the row with
``<value>`` is "given" (it gives the line above a value) and never checked. The next row is
still compared with it - a proof from it is a proof given that row - but a disagreement
cannot say which of the two rows is wrong (held-out batch 20, techqa-inverse-gamma line 39:
the given row dropped the normal density's minus sign, and the right kernel after it was
refuted). A definition the post makes (``\\ell(\\mu) = ...``) is not such a row: it says
what the name is, and a row that disagrees with it is wrong.
"""

from __future__ import annotations

from typing import Any

from ._plans import _latexish, _symbols


def mark_taken(builder: Any, step: int, value: Any) -> None:
    """Step ``step`` holds ``value``, which a row gave a line that had none (taken as given).

    Not marked when the value is only named laws the reader writes out itself
    (``\\prod_i \\mathcal{N}(y_i; \\beta_0 + \\beta_1 x_i, \\sigma^2)``): the author wrote no
    formula there that could hold a slip, so a row that disagrees with it is wrong
    (statproofbook linreg line 35, a normal density with sigma for sigma^2, stays caught)."""
    if _only_named_laws(value):
        return
    builder.taken_values = {*getattr(builder, "taken_values", ()), step}


def _only_named_laws(value: Any) -> bool:
    """Is ``value`` made of named densities (``NormalPdf``, ...) and whole numbers alone?"""
    import sympy as sp

    from ._tosympy import Density

    if not isinstance(value, sp.Basic):
        return False
    laws = [a for a in sp.preorder_traversal(value) if isinstance(a, Density)]
    if not laws:
        return False
    rest = value.xreplace({d: sp.Integer(1) for d in laws})
    return all(getattr(s, "is_integer", False) for s in rest.free_symbols)


def taken_reason(builder: Any, step: int) -> str:
    """Why a failing comparison with step ``step`` is no refutation, or ""."""
    if step not in getattr(builder, "taken_values", ()):
        return ""
    line = getattr(builder, "value_line", {}).get(step)
    where = f" (line {line})" if line else ""
    return (
        f"does not follow from the row above{where}, which was taken as given (it gave a "
        "value to a line the post defines nowhere, and was not checked): the disagreement "
        "cannot say which of the two rows is wrong"
    )


def unsettled_reason(builder: Any, prev: Any, w: Any) -> str:
    """REFUTE20: why a failing link between ``prev`` and ``w`` is no refutation when one side
    holds a letter a link before brought in without a value (``\\mu_i = e^{\\eta_i} =
    e^{x_i^T \\beta}``: eta_i is new in the first link, and the second gives it its value).
    A letter first seen in a chain link is new there, not data to be drawn (held-out batch
    20, jonminton line 56); so is one first seen in the value of a definition, for the rest
    of its row (``row_unsettled``; held-out batch 55, blind65). Empty otherwise."""
    unsettled = getattr(builder, "unsettled", set()) | getattr(builder, "row_unsettled", set())
    if not unsettled:
        return ""
    traded = (_symbols(prev) ^ _symbols(w)) & unsettled
    traded -= set(getattr(getattr(builder, "names", None), "defined", ()) or ())
    if not traded:
        return ""
    names = ", ".join(sorted(_latexish(s) for s in traded))
    return (
        f"{names} appeared for the first time in a link above, with no value the reader can "
        "use: this link may be what gives it one, so a difference is no refutation"
    )


def named_constants_of(builder: Any, value: Any, words: frozenset) -> set:
    """REFUTE20: the additive constants a definition's value names as such (``\\ell(\\mu) =
    \\sum [...] + \\text{const}``): a later row that drops one holds up to it (it is checked
    by the derivatives, never as an identity with the constant drawn; jonminton line 50).
    Only the ``words`` for a constant (``const``, ``C``, ...), not any new letter."""
    found = builder._arbitrary_constants(value)
    return {k for k in found if getattr(k, "name", "") in words}


__all__ = ["mark_taken", "named_constants_of", "taken_reason", "unsettled_reason"]
