"""EXPECT17: a bare ``X`` in a moment, for samples the post declares ``X_i \\sim L``.

"Let $X_1, \\ldots, X_n$ be i.i.d. $\\mathrm{Exp}(\\lambda)$ ... $E[X^2] = 2/\\lambda^2$":
textbook posts write a moment of one sample with the bare letter of the samples. The reader
gave ``X`` no law (only ``X_i`` is declared), so the row was "a moment of a variable the
post declares random, which the reader cannot work out". Every ``X_i`` has the law ``L``,
so a moment of one variable of that letter is ``L``'s moment - if ``X`` is nothing else.

:func:`generic_reading` reads ``X`` so only to prove, as :func:`._mean_of_square.square_reading`
reads ``E(g)^2``: the two lines are compared under it only when both then have every moment
valued and are equal; otherwise the lines stay as they were (a difference under this reading
says nothing of what the author meant by ``X``). It is not used when:

- the post gives ``X`` a meaning of its own: a row that defines or declares it (``X =
  \\sum_i X_i``, ``X \\sim \\mathrm{Bin}(n, p)``), a sentence that introduces it ("let $X$
  be the total", see :data:`_MEANT`), or a law of its own;
- the samples' law is not one named family at one parameter for all ``i`` (an unnamed i.i.d.
  law has ``E[X]`` for its moments already), or more than one letter could be meant;
- ``X`` stands beside a sample in one expectation (``E[X X_1]``: ``X_1`` itself or another
  sample?) or outside every expectation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container
from typing import Any

import sympy as sp

from ._meant_letters import meant_letters
from ._unnamed_law import FAMILY as UNNAMED


def generic_reading(
    prev: sp.Basic,
    written: sp.Basic,
    lp: sp.Basic,
    lw: sp.Basic,
    constants: Container,
    laws: Any,
    meant: Container[str],
) -> tuple[sp.Basic, sp.Basic, str] | None:
    """The lines ``prev`` and ``written`` written by linearity with a bare letter of declared
    samples read as one of them, when that makes every moment valued and the lines equal;
    None otherwise (``lp``, ``lw``: the lines as read without it). ``meant``: the letters
    the post gives a meaning (:func:`meant_letters`). Returns the lines and a note."""
    from ._expectation import Laws, by_linearity, determined, has_expectation
    from ._tosympy import evaluating

    if not laws or (determined(lp) and determined(lw)):
        return None
    found = _bare_letter(prev, written, laws, meant)
    if found is None:
        return None
    bare, law = found
    wider = Laws(laws)
    wider.__dict__.update(laws.__dict__)
    wider[bare] = law
    lines = []
    for e in (prev, written):
        value = by_linearity(e, constants, wider) if has_expectation(e) else e
        if value is None or not determined(value) or value.atoms(sp.Indexed):
            return None
        lines.append(value)
    with evaluating(True):
        try:
            same = sp.cancel(sp.expand(lines[0] - lines[1])) == 0
        except (TypeError, ValueError, RecursionError):
            return None
    if not same:
        return None
    return lines[0], lines[1], f"; {bare} read as one of the samples {bare}_i"


def _bare_letter(
    prev: sp.Basic, written: sp.Basic, laws: Any, meant: Container[str]
) -> tuple[sp.Symbol, Any] | None:
    """The bare symbol of the one letter of declared samples the lines write, with the law
    it is read under (one sample's: no index, no independence); None if not of that form."""
    from ._expectation import _operator
    from ._tosympy import Opaque

    samples = {
        v.label.name: v
        for v in laws
        if isinstance(v, sp.IndexedBase)
        and isinstance(v.label, sp.Symbol)
        and len(v.label.name) == 1
        and v.label.name.isupper()
    }
    both = sp.Tuple(prev, written)
    bare = [
        s
        for s in both.free_symbols
        if isinstance(s, sp.Symbol) and s.name in samples and s not in laws
    ]
    if len(bare) != 1 or bare[0].name in meant:
        return None
    (symbol,) = bare
    base = samples[symbol.name]
    law = laws[base]
    if law.family == UNNAMED or law.varies():
        return None
    if any(str(getattr(v, "label", v)) == symbol.name for v in laws if v is not base):
        return None  # X itself has a law (or another object in that letter)
    outside = both.xreplace({f: sp.S.Zero for f in both.atoms(Opaque) if _operator(f)})
    if symbol in outside.free_symbols:
        return None  # X outside every expectation: a value, not the variable
    for f in both.atoms(Opaque):
        if _operator(f) is None:
            continue
        inside = sp.Tuple(*f.args)
        if symbol in inside.free_symbols and any(a.base == base for a in inside.atoms(sp.Indexed)):
            return None  # E[X X_1]: X_1 itself, or another sample?
    return symbol, dataclasses.replace(law, independent=False, index=None)


__all__ = ["generic_reading", "meant_letters"]
