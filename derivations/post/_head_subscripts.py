"""The subscript a row's head writes on a function's name, and differentials of a name.

The reader reads ``h_\\theta(x)`` as the function ``h`` (the subscript a parameter, see
``Context.function_names``). A post that writes ``\\ell(\\theta)``, then ``\\ell_\\phi(\\theta)``
(the terms of l in phi), then ``\\ell_\\mu(\\theta)`` names three functions by one letter: a
head whose subscript is not the one the value was given under is not a restatement of that
value, and comparing it refuted the post's correct rows. ``d\\ell(\\theta)`` at the head of a
row is the differential of l, not the post's dimension ``d`` times l. And a name defined by
``S_i \\coloneqq ...`` (indexed) is not given a value: a row through it is not refuted.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._plans import _symbols

#: A head ``name_{sub}(`` or ``name(`` opening a row's left side (``\\mathcal{l}_\\Sigma (``).
_HEAD = re.compile(
    r"\s*(?:\\math[a-z]+\s*\{\s*[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"\s*(?:_\s*(\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9]))?\s*\("
)
#: ``d`` written against a name at the head of a row: ``d \\mathcal{l}``, ``d\\ell``, ``dL``.
_DIFFERENTIAL = re.compile(r"\s*d\s*(?:\\(?!frac|cdot|times)[A-Za-z]+|[A-Za-z])")


def head_subscript(lhs: str | None) -> str | None:
    """The subscript on the function the left side ``lhs`` is a call of ("" for none), or
    None when ``lhs`` is not a call of a name (a log, a derivative, a product)."""
    m = _HEAD.match(lhs or "")
    if m is None or m.end() == 0:
        return None
    return re.sub(r"[\s{}]", "", m.group(1) or "")


def differential(lhs: str | None, e0: sp.Basic) -> bool:
    """Is the head ``e0`` (read as ``d`` times a name) written as a differential ``d f``?"""
    if not isinstance(e0, sp.Mul) or _DIFFERENTIAL.match(lhs or "") is None:
        return False
    return any(isinstance(a, sp.Symbol) and a.name == "d" for a in e0.args)


def defined_names(e0: sp.Basic) -> set[str]:
    """The names a ``:=`` row with the head ``e0`` defines (``S`` of ``S_i``), whose value
    the reader does not take: a row holding them cannot be refuted through them."""
    if isinstance(e0, sp.Indexed):
        return {str(e0.base.label)}
    return {e0.name} if isinstance(e0, sp.Symbol) else set()


def through_unread_definition(pr: Any, above: Any, names: set[str]) -> str:
    """Why a failing link of the row ``pr`` is no refutation: it, or the row ``above`` it
    goes on from (``pr`` opens with its relation), holds a name defined by a ``:=`` the
    reader did not take a value from (``\\frac{1}{n}\\sum S_i`` above, ``= \\frac{1}{n}\\sum
    (x_i - m)^2`` here). Empty otherwise."""
    if not names:
        return ""
    continues = any(st.sides and st.sides[0] is None for st in pr.statements)
    rows = [pr, above] if continues and above is not None else [pr]
    held = {
        str(s)
        for r in rows
        for st in r.statements
        for e in st.sides
        if e is not None
        for s in _symbols(e)
    }
    found = sorted(held & names)
    if not found:
        return ""
    return (
        f"holds {', '.join(found)}, defined (with ':=', or as a tuple) in a form the reader "
        "does not take a value from, so a difference is no refutation"
    )
