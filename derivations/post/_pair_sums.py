"""``\\sum_{j \\ne i}`` whose terms use ``i``, read only inside a sum over ``i``.

Alone, ``\\sum_{i \\ne j} y_i^2 y_j^2`` is ambiguous: a sum over the pairs (both indices
run) or over every ``i`` but a fixed ``j``. Inside ``\\sum_i``, as in
``\\sum_{i=1}^n \\sum_{j \\ne i}^n X_i X_j``, the outer sum fixes ``i`` for each of its terms,
so the inner one is the whole sum over ``j`` less its term at ``j = i``, as the reader
already reads ``\\sum_{k \\ne j}`` with terms free of ``j``. That reading holds only when
``i`` takes no value outside ``j``'s range, so the two ranges must be written the same
(``1..n`` and ``1..n``); anything else keeps the old refusal.

The transformer builds sums from the inside out: the inner sum is built with the reading
and *waits* (:meth:`PairSums.wait`); a sum over its value, over the same range, whose terms
hold it releases it (:meth:`PairSums.enclosed`); at the end of the expression a sum still
waiting is refused with the inner sum's own sentence and column (:meth:`PairSums.done`).
Whatever rewriting happens between the two (a body rebuilt, a sum merged) can only make
the release fail, never read a sum that is not enclosed.
"""

from __future__ import annotations

import sympy as sp


class PairSums:
    """The ``\\sum_{j \\ne i}`` of one expression that still need their ``\\sum_i``."""

    def __init__(self) -> None:
        self._waiting: list[tuple[sp.Basic, sp.Basic, sp.Basic, sp.Basic, Exception]] = []

    def wait(
        self, read: sp.Basic, value: sp.Basic, lo: sp.Basic, hi: sp.Basic, refusal: Exception
    ) -> None:
        """``read`` (the whole sum less the term at ``value``) holds only inside a sum over
        ``value`` from ``lo`` to ``hi``; ``refusal`` is raised if none encloses it."""
        self._waiting.append((read, value, lo, hi, refusal))

    def enclosed(self, body: sp.Basic, idx: sp.Basic, lo: sp.Basic, hi: sp.Basic) -> None:
        """A sum over ``idx`` from ``lo`` to ``hi`` with terms ``body``: release the inner
        sums over the same range that leave out ``idx`` and stand in ``body``."""
        if not self._waiting or not isinstance(body, sp.Basic):
            return
        name = getattr(idx, "name", None)
        self._waiting = [
            w
            for w in self._waiting
            if not (str(w[1]) == name and w[2] == lo and w[3] == hi and body.has(_bound(w[0], idx)))
        ]

    def done(self) -> None:
        """The expression is built: a sum still waiting was not enclosed."""
        if self._waiting:
            raise self._waiting[0][4]


def _bound(read: sp.Basic, idx: sp.Symbol) -> sp.Basic:
    """``read`` with the letter of ``idx`` made the index, as the enclosing sum does to its
    terms (a letter read before the sum knew it was bound has the name only)."""
    same = {
        s: idx
        for s in read.free_symbols
        if isinstance(s, sp.Symbol) and s.name == idx.name and s != idx
    }
    return read.xreplace(same) if same else read
