"""A sum from 0 to N beside N as the count of its terms: a second comparison from 1.

An Obsidian homework note (external53, lines 45-74) writes its likelihood as a product over
``n = 0..N`` and then ``\\sum_{n=0}^N \\mu = N\\mu``: the author's N counts the data, and the
lower limit 0 is an index slip (read literally the sum has N + 1 terms). Line 60 was refuted
on the literal reading. A refuted step whose lines sum (or multiply) from 0 to ``N`` and
write ``N`` outside every sum (:func:`._unstated_ranges.off_by_one_why`) is compared again
with every such range started at 1: if it follows there, which of the two the author means
the reader cannot tell, and the row is unchecked, saying so; if it fails there too (a slip of
its own, the same note's sign at line 67-70), the refutation stands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from ._unstated_ranges import off_by_one_why, zero_to_a_letter


def _from_one(e: sp.Basic) -> sp.Basic:
    """``e`` with the sums and products that start at 0 (up to a symbol) started at 1."""
    shifted = {}
    for op in e.atoms(sp.Sum, sp.Product):
        limits = [
            (v, sp.Integer(1), hi) if zero_to_a_letter(lo, hi) else (v, lo, hi)
            for v, lo, hi in op.limits
        ]
        shifted[op] = op.func(op.function, *limits)
    return e.xreplace(shifted)


def after_off_by_one(
    plans: list,
    results: list,
    report: Any,
    seed: int,
    cls: Any,
    compare: Callable[..., tuple[str, str]],
    relink: Callable[..., Any],
) -> list:
    """Refuted rows whose refuted step holds with the ranges from 0 to N started at 1.

    ``compare(report, start, step, written, seed)`` compares a step again from ``start``
    with ``written`` for its line, and ``relink`` rewrites one link's verdict (both from
    :mod:`._verdicts`, passed in so that this module does not import it back)."""
    from ._plans import STEP

    out = list(results)
    steps = report.derivation.steps
    for k, plan in enumerate(plans):
        if out[k].verdict != "refuted" or not plan.links:
            continue
        for j, link in enumerate(plan.links):
            if link.kind != STEP or link.compared is None or link.step is None:
                continue
            if report.steps[link.step].verdict != "refuted":
                continue
            before, written = steps[link.compared].expr, steps[link.step].expr
            why = off_by_one_why([before, written])
            if not why:
                continue
            found, _ = compare(report, _from_one(before), link.step, _from_one(written), seed)
            if found in ("proved", "plausible"):
                reason = why + " (with the sums from 1 the step follows)"
                out[k] = relink(out[k], "unchecked", reason, cls, j, len(plan.links))
                break
    return out
