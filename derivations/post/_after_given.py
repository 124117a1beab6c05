"""REFUTE20: a row after a row that was only taken as given is not refuted by it.

``p(\\sigma^2 | X) = P(X|\\sigma^2) p(\\sigma^2) = <value> \\propto <kernel>``: when the
post gives ``P(X|\\sigma^2) p(\\sigma^2)`` no value (its model line unparsed), the row with
``<value>`` is "given" (it gives the line above a value) and never checked. The next row is
still compared with it - a proof from it is a proof given that row - but a disagreement
cannot say which of the two rows is wrong (held-out batch 20, techqa-inverse-gamma line 39:
the given row dropped the normal density's minus sign, and the right kernel after it was
refuted). A definition the post makes (``\\ell(\\mu) = ...``) is not such a row: it says
what the name is, and a row that disagrees with it is wrong.
"""

from __future__ import annotations

from typing import Any


def mark_taken(builder: Any, step: int) -> None:
    """Step ``step`` holds a value a row gave a line that had none (taken as given)."""
    builder.taken_values = {*getattr(builder, "taken_values", ()), step}


def taken_reason(builder: Any, step: int) -> str:
    """Why a failing comparison with step ``step`` is no refutation, or ""."""
    if step not in getattr(builder, "taken_values", ()):
        return ""
    line = getattr(builder, "value_line", {}).get(step)
    where = f" (line {line})" if line else ""
    return (
        f"does not follow from the row above{where}, which was taken as given (it gave a "
        "value to a line the post defines nowhere, and was not checked): the disagreement "
        "cannot say which of the two rows is wrong"
    )


__all__ = ["mark_taken", "taken_reason"]
