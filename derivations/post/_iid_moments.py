"""EXPECT9: the mean of a product of sums and single samples of an i.i.d. law.

``E[X_1 \\bar X] = \\sigma^2/n + \\mu^2``, ``E[\\sum_i X_i \\sum_j X_j^2]``,
``E[X_2^2 (\\sum_k X_k)^2]``: after :func:`._samples.spread` the inside of such an
expectation is a sum of constants times products of *slots* - a sum over the sample of a
power of its samples (``\\sum_k X_k^e``, once for each power of the sum) or one sample at
a whole index (``X_1^e``). Writing the product out, each term picks one index for each
slot; the terms are grouped by which slots share an index (a partition of the slots into
blocks, at most :data:`MAX_SLOTS` slots, so at most 15 partitions). Within a group, the
samples of different blocks are distinct and so independent, and share one law: the
term's mean is the product over the blocks of ``E[X^{e_B}]`` (``e_B`` the exponents of
the block added), and the group has as many terms as there are ways to give its blocks
distinct indices: a block holding a single sample ``X_c`` has index ``c``; the others
take distinct indices from the sum's range, not those ``c``: ``(N - P)(N - P - 1)...``
for ``N`` the size of the range and ``P`` the number of single samples in it.

Only for one sample letter with one law for every index (:func:`._expectation._identical`)
that the post states independent (``._samples.states_independence``); every sum over
one range with whole ends or a symbolic upper end; each single sample at a whole index.
A single sample ``X_c`` with ``c`` at or above the sum's first index counts as one of the
sum's samples when the upper end is a symbol (``X_2`` beside ``X_1, ..., X_n`` says
``n >= 2``); one below the first index is a sample of its own. A single sample at an
index letter (``E[X_i \bar X]``, ``E[(X_i - \bar X)^2]``) is read so only beside sums
with a symbolic upper end and no other single sample: ``X_i`` is one of ``X_1, ..., X_n``,
the sample the sums run over. Anything else (``X_i X_j`` or ``X_i X_1``, which may be one
sample or two; a numeric upper end; two ranges; more than :data:`MAX_SLOTS` slots) gets
no value here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import sympy as sp
from sympy.utilities.iterables import multiset_partitions

from ._moments import MAX_MOMENT
from ._tosympy import evaluating

#: Most slots (factors of sums and single samples, with their powers) a product may have.
MAX_SLOTS = 4


def iid_moment(
    part: sp.Basic,
    law_of: Callable[[sp.Basic], Any],
    independent: Callable[[sp.Basic], bool],
) -> sp.Basic | None:
    """``E[part]`` for a product of powers of sums over i.i.d. samples and of single
    samples (see the module docstring); None when ``part`` is not such a product, the
    law or the independence is not known, or it is beyond the bounds.
    ``law_of(base)``: the one law of the samples ``base[k]`` (or None);
    ``independent(base)``: the post states them independent."""
    read = _slots(part)
    if read is None:
        return None
    base, slots, limits = read
    if len(slots) < 2 or sum(e for e, _ in slots) > MAX_MOMENT:
        return None
    law = law_of(base)
    if law is None or not independent(base):
        return None
    size, inside = sp.S.Zero, set()
    if limits is not None:
        lo, hi = limits
        with evaluating(True):
            size = hi - lo + 1
        pinned = {c for _, c in slots if c is not None}
        letters = {c for c in pinned if not isinstance(c, int)}
        if letters and (len(pinned) > 1 or hi.is_Integer or hi.has(*letters)):
            return None  # X_i beside X_1 or X_j: maybe one sample, maybe two
        inside = {c for c in pinned if c in letters or (c >= lo and (not hi.is_Integer or c <= hi))}
    elif any(not isinstance(c, int) for _, c in slots):
        return None
    moments: dict[int, sp.Basic] = {}
    total = sp.S.Zero
    with evaluating(True):
        for blocks in multiset_partitions(list(range(len(slots)))):
            pins = [{slots[s][1] for s in b} - {None} for b in blocks]
            if any(len(p) > 1 for p in pins):
                continue  # X_1 and X_2 at one index
            values = [next(iter(p)) for p in pins if p]
            if len(set(values)) != len(values):
                continue  # two blocks at one index: they are one block
            summed = [any(slots[s][1] is None for s in b) for b in blocks]
            if any(
                p and s and next(iter(p)) not in inside for p, s in zip(pins, summed, strict=True)
            ):
                continue  # X_1 beside sum_{k=2}^n X_k: no term of the sum is X_1
            free = sum(1 for p in pins if not p)
            if free and limits is None:
                return None  # cannot happen: a free slot is a sum's
            count = sp.Mul(*(size - len(inside) - t for t in range(free)))
            value = sp.S.One
            for b in blocks:
                k = sum(slots[s][0] for s in b)
                if k not in moments:
                    moments[k] = law.moment(k)
                if moments[k] is None:
                    return None
                value *= moments[k]
            total += count * value
    return total


def _slots(
    part: sp.Basic,
) -> tuple[sp.Basic, list[tuple[int, int | None]], tuple[sp.Basic, sp.Basic] | None] | None:
    """The sample letter, the slots (exponent, whole index or None for a sum's) and the
    sums' one range of ``part``; None when it is not a product of such factors."""
    base = None
    slots: list[tuple[int, int | None]] = []
    limits = None
    for f in sp.Mul.make_args(part):
        b, r = f.as_base_exp()
        if not (r.is_Integer and int(r) >= 1):
            return None
        r = int(r)
        if isinstance(b, sp.Sum):
            if len(b.limits) != 1:
                return None
            k, lo, hi = b.limits[0]
            sample, e = b.function.as_base_exp()
            if not (isinstance(sample, sp.Indexed) and sample.indices == (k,)):
                return None
            if not (e.is_Integer and int(e) >= 1) or not lo.is_Integer:
                return None
            if not (hi.is_Integer or (hi.is_integer and not hi.has(k))):
                return None
            if limits is not None and limits != (lo, hi):
                return None
            limits, found = (lo, hi), sample.base
            slots += [(int(e), None)] * r
        elif isinstance(b, sp.Indexed):
            (at,) = b.indices if len(b.indices) == 1 else (None,)
            if not (isinstance(at, sp.Integer) or (isinstance(at, sp.Symbol) and at.is_integer)):
                return None
            found = b.base
            slots.append((r, int(at) if isinstance(at, sp.Integer) else at))
        else:
            return None
        if base is not None and found != base:
            return None
        base = found
        if len(slots) > MAX_SLOTS:
            return None
    if base is None:
        return None
    return base, slots, limits


# ------------------------------------------------------------------ independence said

#: "a random sample" (of a law): independent draws, as statistics texts use the words.
_RANDOM_SAMPLE = re.compile(r"\brandom\s+sample\b", re.IGNORECASE)


def independence_said(pr: Any, rows: Iterable[Any]) -> bool:
    """The sentence around an inline declaration (``Let $X_1, \\ldots, X_n$ be i.i.d. with
    $X_i \\sim N(\\mu, \\sigma^2)$``) says its samples are independent: "i.i.d.",
    "independent" or "a random sample", with nothing there that doubts it
    (:data:`._samples._DOUBT`). An inline formula has no paragraph of its own
    (``Row.prose`` is empty); its sentence is found in the paragraph a later row carries,
    where the formula is written between dollars. A display declaration's paragraph is
    read by :func:`._samples.states_independence`; here only "a random sample" is added
    for it, under the same doubts."""
    from ._prose_laws import _SENTENCE_END
    from ._samples import _DOUBT, _IID, _INDEPENDENT

    row = pr.row
    if row.prose:
        return bool(_RANDOM_SAMPLE.search(row.prose)) and not _DOUBT.search(row.prose)
    if getattr(row, "role", "") != "prose" or not row.text.strip():
        return False
    written = f"${row.text.strip()}$"
    paragraph = next((p.row.prose for p in rows if p.row.prose and written in p.row.prose), None)
    if paragraph is None or len(paragraph) > 5000:
        return False
    said = [s for s in _SENTENCE_END.split(paragraph) if written in s]
    if len(said) != 1 or _DOUBT.search(said[0]):
        return False
    return any(r.search(said[0]) for r in (_IID, _INDEPENDENT, _RANDOM_SAMPLE))


def number_moment(f: sp.Basic, operator: str | None) -> sp.Basic | None:
    """``E[c] = c`` and ``Var(c) = 0`` for a number ``c`` (no symbol in it: ``1``,
    ``2/3``), whatever the subscript or condition after it (``E_x[1]``): a number is the
    same under every law. None for anything else (a symbol alone may be random)."""
    if operator not in ("E", "Var") or not f.args:
        return None
    c = f.args[0]
    if not (isinstance(c, sp.Expr) and c.is_number and c.is_finite):
        return None
    return c if operator == "E" else sp.S.Zero


__all__ = ["MAX_SLOTS", "iid_moment", "independence_said", "number_moment"]
