"""A row that leaves free a sample index the line above bound: each of its instances.

``\\prod_{i=1}^n x_i^{g-1} = x_i^{n(g-1)}`` (an author's slip) writes ``i`` free where
the line above bound it. Read literally the row says "for a suitable i", so it could only
be left unchecked. But the range of ``i`` is known (the bound of the line above): with
the bound set to a small number (``n = 3``), the row can hold at a point only if one of
its instances ``i = 1, 2, 3`` does, that is, if the product of the three relative
differences ``1 - row_i / above`` is zero there. A point where that product is not
zero is a counterexample to the row (for that ``n``, hence in general). A product that
vanishes proves nothing about every ``n``: the caller keeps such a row unchecked.
"""

from __future__ import annotations

import sympy as sp

#: The number of samples the bound ``n`` is set to: enough for ``x_i`` and ``sum_i x_i``
#: to differ at random points, small enough to keep the products short.
SAMPLES = 3
#: A numeric bound larger than this is not unrolled (the probe would grow with it).
_MOST_TERMS = 6


def index_instances(prev: sp.Basic, written: sp.Basic, fresh: set) -> tuple[sp.Basic, str] | None:
    """``(probe, how)``: the product of ``prev - written`` over the values of the free index.

    ``None`` unless exactly one symbol of ``fresh`` is free in ``written`` and used there
    only as the index of samples (``x_i``), and a sum or product of ``prev`` binds a
    variable of that name from 0 or 1 to a symbol or a small number.
    """
    if len(fresh) != 1:
        return None
    (index,) = fresh
    if not _only_as_index(written, index):
        return None
    bounds = {
        (lo, hi)
        for s in prev.atoms(sp.Sum, sp.Product)
        for (v, lo, hi) in s.limits
        if getattr(v, "name", None) == index.name
    }
    if len(bounds) != 1:
        return None
    ((lo, hi),) = bounds
    if not (lo.is_Integer and lo in (0, 1)):
        return None
    if hi.is_Integer:
        top, fix = int(hi), {}
    elif isinstance(hi, sp.Symbol) and hi.is_commutative:
        top, fix = int(lo) + SAMPLES - 1, {hi: sp.Integer(int(lo) + SAMPLES - 1)}
    else:
        return None
    if top - int(lo) + 1 > _MOST_TERMS or top < int(lo):
        return None
    a, b = _unroll(prev.xreplace(fix)), _unroll(written.xreplace(fix))
    if a is None or b is None or index in a.free_symbols:
        return None
    values = range(int(lo), top + 1)
    # Relative differences: a factor near 0 from rounding stays near 0 whatever the
    # size of the lines (a point where the line above is 0 is outside this probe).
    probe = sp.Mul(*[1 - b.xreplace({index: sp.Integer(k)}) / a for k in values])
    where = f"with {hi} = {top}, " if fix else ""
    how = (
        f"{index} is free in the row: {where}compared for {index} = "
        f"{', '.join(str(k) for k in values)}, and the row can hold only where one of them does"
    )
    return probe, how


def _only_as_index(e: sp.Basic, index: sp.Symbol) -> bool:
    """Is ``index`` in ``e`` only inside the subscripts of samples (``x_i``, ``y_i``)?"""
    used = [i for i in e.atoms(sp.Indexed) if index in i.indices]
    if not used:
        return False
    rest = e.xreplace({i: sp.Dummy() for i in used})
    return index not in rest.free_symbols


def _unroll(e: sp.Basic) -> sp.Basic | None:
    """``e`` with every sum and product over numeric bounds written out (None if one is
    not: a bound still symbolic, or too many terms)."""
    if isinstance(e, (sp.Sum, sp.Product)):
        body = _unroll(e.function)
        if body is None:
            return None
        terms = [body]
        for v, lo, hi in e.limits:
            if not (lo.is_Integer and hi.is_Integer) or int(hi) - int(lo) + 1 > _MOST_TERMS:
                return None
            values = range(int(lo), int(hi) + 1)
            terms = [t.xreplace({v: sp.Integer(k)}) for t in terms for k in values]
        return sp.Add(*terms) if isinstance(e, sp.Sum) else sp.Mul(*terms)
    if not e.args or isinstance(e, sp.Indexed):
        return e
    args = [_unroll(a) if isinstance(a, sp.Basic) else a for a in e.args]
    if any(a is None for a in args):
        return None
    return e.func(*args)
