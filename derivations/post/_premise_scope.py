"""How far a ``\\because`` premise reaches: the display it is written in.

``\\sqrt{x^2} = x \\quad \\because x > 0`` holds under its premise. The reader keeps such
an equation as the line in mind, and a later display that is an equivalent equation was
proved "equivalent to the one above", although the prose between says "for any real $x$"
and the premise is gone (adversarial set 9, pairs 86, 224). The rows of the same display
may go on from it (a chain solved under the premise); a row of another display starts
afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._parse import _BECAUSE


def premise_ended(plans: Sequence[Any], above: int | None, row: Any) -> bool:
    """Is the line in mind, from the plan at index ``above``, an equation under a
    ``\\because`` premise written in another display than ``row``?"""
    if above is None or not 0 <= above < len(plans):
        return False
    written = plans[above].parsed.row
    return written.block != row.block and bool(_BECAUSE.search(written.text))
