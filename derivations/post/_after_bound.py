"""Which line a chain continues after a bound: ``A \\le D`` then ``= C`` says ``C = D``.

A chain ``(a + b)^2 = a^2 + 2ab + b^2 \\le 2a^2 + 2b^2 = 2(a^2 + b^2)`` compares each side
with the one before it. After a link ``\\le D`` (or ``\\ge``, ``<``, ``>``, ``\\ne``) the
builder checked the bound but kept the line before it as the line in mind, so the next
``= C`` was compared with that older line: false rows (``= a^2 + 2ab + b^2``) were proved
and correct ones (``= 2(a^2 + b^2)``) refuted (adversarial set 9, pairs 55, 220, 221). The
side after the bound becomes the line in mind, as after ``\\approx`` and ``\\propto``; a
side with no value to compare leaves none.
"""

from __future__ import annotations

from typing import Any

import sympy as sp

from ._plans import _Cur
from ._resolve import is_matrix, uncheckable, undefined


def continue_from_bound(builder: Any, pr: Any, right: sp.Basic | None) -> None:
    """Make ``right``, the side after a bound in row ``pr``, the line the next link continues
    (``builder`` is the row builder, :class:`._build._Builder`)."""
    value, _ = builder.names.resolve(right) if isinstance(right, sp.Basic) else (None, "")
    if value is None or is_matrix(value) or uncheckable(value) or undefined(value):
        builder.cur = _Cur()
        return
    step = builder._anchor(pr, value)
    builder.cur = _Cur("expr", step, value, builder._row_index, None, pr.row.line)
