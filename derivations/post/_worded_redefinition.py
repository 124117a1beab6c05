"""A function given another value in words only (adversarial set 14, pair 53).

"Let $$g(x) = x^2$$ Now replace $g$ by its square, so that $g(x)$ stands for $x^4$ from here
on. Then $$g(2) = 16$$": the sentence gives ``g`` a new value in words the reader does not
turn into a formula, so the row was compared with ``x^2`` (refuted, and ``g(2) = 4`` proved).
A sentence that names a function with a value (``$g$``, ``$g(x)$``) beside words that change
what a name stands for ("replace", "redefine", "stands for", "now denotes", "from here on",
"henceforth", "instead", "in place of", "modify") ends that value, its log's and its
derivatives': rows after it are compared with neither value.
"""

from __future__ import annotations

import re
from typing import Any

from ._resolve import quantity_name
from ._stale_values import end_old_values

_INLINE = re.compile(r"\$([^$]{1,120})\$")
_CHANGE = re.compile(
    r"\b(?:replac\w*|redefin\w*|stands?\s+for|now\s+(?:denotes?|means|is|stands)|"
    r"from\s+(?:here|now)\s+on|henceforth|instead|in\s+place\s+of|modif\w*)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _sentences(text: str) -> list[str]:
    """``text`` cut after each period (with the math masked, so a period inside it ends
    nothing)."""
    masked = _INLINE.sub(lambda m: "$" + "x" * (len(m.group(0)) - 2) + "$", text)
    out, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        out.append(text[start : m.end()])
        start = m.end()
    out.append(text[start:])
    return out


def end_worded_values(builder: Any, pr: Any, parse: Any) -> None:
    """End the values of the functions a sentence before row ``pr`` says a name now stands
    for something else. ``parse`` reads an inline formula (may raise)."""
    prose = (pr.row.prose or "")[-1500:]
    if "$" not in prose or not _CHANGE.search(prose) or not builder.names.quantities:
        return
    for sentence in _sentences(prose)[-8:]:
        if not _CHANGE.search(sentence):
            continue
        for m in list(_INLINE.finditer(sentence))[:8]:
            span = m.group(1)
            if "=" in span:
                continue  # "$g(x) = x^4$": a value in a formula, read where formulas are
            try:
                head, _ = parse(span)
            except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
                continue
            name = quantity_name(head) if head is not None else None
            if name is None and getattr(head, "is_Symbol", False):
                name = head.name
            if name and builder.names.quantities.get(name):
                if hasattr(head, "func") and quantity_name(head):
                    end_old_values(builder.names, head)
                builder.names.forget(name)
