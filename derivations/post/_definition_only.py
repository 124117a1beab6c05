r"""Symbols a post has used only inside the value of another name's definition.

``t = (\bar x - \mu_0)/(s/\sqrt n)`` gives ``t`` a value, not ``s``: after it the post
has *seen* ``s`` but has said nothing that fixes it. When a chain later brings ``s`` in for
the first time (``\sum (x_i - \bar x)^2 = n s^2``, ``s`` named the MLE of ``\sigma``
only in the sentence after the row), the row holds for a suitable value of ``s`` and no
other, exactly like a symbol never seen before: drawn freely, it would refute a correct row
(held-out batch 19, imathworks normal LRT lines 27 and 29).

:func:`track` keeps, per post, the symbols first seen in the value of a definition of a
plain name (``t = ...``; a function's definition ``L(\mu) = ...`` names its arguments and
is left alone) and forgets each one as soon as a row that is not such a definition uses it.
Words in prose give no value, so prose rows change nothing. The rewrite check
(:meth:`._rewrites.RewriteLinks._fresh_in`) counts these symbols as new unless the line
above holds the defined name: ``\ell = \sum -\lambda_i + ...`` rewritten with
``\beta^\top x_i`` for ``\log \lambda_i`` puts the definition's value in (athowes, held-out 5).
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._plans import DEFINITION, _symbols


def track(b: Any, pr: Any, plan: Any, seen_before: set, defined_before: set) -> None:
    """Update ``b.def_only`` (symbol -> the names whose definitions hold it) after a row."""
    if plan is None:
        return
    new_names = [s for s in b.names.defined if s not in defined_before]
    if plan.kind == DEFINITION and new_names and all(isinstance(s, sp.Symbol) for s in new_names):
        for s in b.seen - seen_before - set(new_names):
            b.def_only[s] = frozenset(new_names)
        return
    if not b.def_only:
        return
    for st in getattr(pr, "statements", ()):
        for side in st.sides:
            if isinstance(side, sp.Basic):
                for s in _symbols(side):
                    b.def_only.pop(s, None)


def new_here(b: Any, s: Any, prev: sp.Basic) -> bool:
    """Is ``s``, seen only inside a definition, new to a row that rewrites ``prev``?"""
    heads = b.def_only.get(s)
    if not heads:
        return False
    names = {str(x) for x in _symbols(prev)}
    # a vector the line holds as a matrix symbol (beta in beta^T x_i) is the same letter
    names |= {str(m.name) for m in prev.atoms(sp.MatrixSymbol)}
    if str(s) in names:  # the same letter, typed otherwise (x[i] inside a vector product)
        return False
    # lambda_i defined, lambda[i] in the line: one family of names
    return not any(str(h) in names or str(h).split("_")[0] in names for h in heads)
