"""A primed moment name given a formula is a claim about the model, not a definition.

In a post that speaks of moments, ``\\mu_1'`` (``\\mu'_1``, ``\\mu_2'``) is the model's raw
moment ``E[X^k]``: a row that gives it a formula (``\\mu_1' = \\int_\\theta^x u \\theta u^{-2}
du``) says what that moment is, and may say it wrongly (held-out external11: the asker
integrated to ``x`` instead of to infinity). Taken as a definition, the row was "given", and
with its rewrites right, proved. The reader does not work out the moment of a density given
in prose, so such a link is unchecked; the name keeps the formula for the rows after it, as a
definition's would (the moment equation ``m_1' = \\mu_1'`` that follows still reads it).
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

#: A primed mu with a whole-number order, as the reader names it (``mu_1'``, ``mu'_2``).
_NAME = re.compile(r"mu_?\{?\d+\}?'+|mu'+_?\{?\d+\}?")
#: The prose speaks of moments ("method of moments", "the first moment").
WORDS = re.compile(r"\bmoments?\b", re.IGNORECASE)


#: A generating function's name, as the reader names it: ``M`` alone or with the variable
#: (``M_Y``, ``M_{X}``), ``m_X``, ``K_X``, ``G_X``, ``phi_X``, ``varphi_X``, ``psi_X``.
_GENERATING = re.compile(r"M(?:_\{?[A-Z]\w{0,3}\}?)?|(?:[mKG]|phi|varphi|psi)_\{?[A-Z]\w{0,3}\}?")
#: The prose speaks of a generating function ("moment generating function", "m.g.f.",
#: "characteristic function", "probability generating function").
GENERATING_WORDS = re.compile(
    r"generating\s+functions?|\bm\.?g\.?f\b|\bp\.?g\.?f\b|characteristic\s+functions?",
    re.IGNORECASE,
)


def moment_claim(name: Any, ctx: Any, value: Any = None) -> str:
    """Why the row's formula ``value`` for ``name`` is a claim to leave unchecked ("" when
    it is a definition like any other)."""
    if isinstance(name, AppliedUndef) and len(name.args) == 1:
        return _generating_claim(str(name.func), ctx, value)
    text = getattr(name, "name", None) or str(name)
    if not getattr(ctx, "moment_words", False) or not _NAME.fullmatch(text):
        return ""
    return (
        f"{text} names a raw moment of the model (the post speaks of moments): its formula "
        "is a claim about the model, which the reader does not check; the rows after it "
        "read it as the name's value"
    )


def _generating_claim(text: str, ctx: Any, value: Any) -> str:
    """``M_Y(t) = e^{\\lambda t}`` in a post that speaks of a generating function: the
    formula says what the law's generating function is, and may say it wrongly (a given
    link, then right rewrites, made the row proved). Written as the expectation itself
    (``E(e^{tY})``) or as a sum or integral against the law, it is the definition."""
    if not getattr(ctx, "generating_words", False) or not _GENERATING.fullmatch(text):
        return ""
    if value is None or _definitional(value):
        return ""
    return (
        f"{text} names a generating function of the model (the post speaks of one): a "
        "closed form for it is a claim about the law, which this link does not check; "
        "the rows after it read it as the name's value"
    )


def _definitional(value: Any) -> bool:
    """Is ``value`` the generating function's definition: an expectation, or a sum or an
    integral (against the law's mass or density)?"""
    if not isinstance(value, sp.Basic):
        return False
    if value.has(sp.Sum, sp.Integral):
        return True
    return any(str(f.func) == "E" for f in value.atoms(AppliedUndef))
