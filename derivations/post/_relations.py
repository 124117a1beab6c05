"""Split a row of LaTeX at its relation signs (``=``, ``:=``, ``\\iff`` ...).

Only signs outside braces count, so the ``=`` of ``\\sum_{n=1}^{N}`` stays in
its expression.
"""

from __future__ import annotations

import re

#: Relation spellings, longest first, and the relation each one states.
RELATION_SIGNS: tuple[tuple[str, str], ...] = (
    (r"\Longleftrightarrow", "<=>"),
    (r"\Leftrightarrow", "<=>"),
    (r"\iff", "<=>"),
    (r"\Longrightarrow", "=>"),
    (r"\Rightarrow", "=>"),
    (r"\implies", "=>"),
    (r"\coloneqq", ":="),
    (":=", ":="),
    ("==", "=="),
    (r"\equiv", "=="),
    ("=", "="),
)
_CMD_END = re.compile(r"[A-Za-z]")


def split_relations(text: str) -> tuple[list[str], list[str]]:
    """Sides (stripped) and relation signs of a row; see :func:`relation_spans`."""
    spans, rels = relation_spans(text)
    return [text[a:b].strip() for a, b in spans], rels


def relation_spans(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Sides and relation signs of a row, outside any braces.

    Returns
    -------
    spans : list of (int, int)
        ``len(relations) + 1`` (start, end) offsets of the sides in ``text``; a
        side may be blank (``&= b``).
    relations : list of str
        Normalised relation names: ``"="``, ``":="``, ``"=="``, ``"<=>"``, ``"=>"``.

    Examples
    --------
    >>> split_relations(r"\\sum_{n=1}^{N} a = b")
    (['\\\\sum_{n=1}^{N} a', 'b'], ['='])
    >>> split_relations("= c")
    (['', 'c'], ['='])
    """
    sides: list[tuple[int, int]] = []
    rels: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0:
            for sign, rel in RELATION_SIGNS:
                if text.startswith(sign, i):
                    end = i + len(sign)
                    if sign.startswith("\\") and end < len(text) and _CMD_END.match(text[end]):
                        continue  # a longer command that merely starts the same way
                    sides.append((start, i))
                    rels.append(rel)
                    i = end
                    start = end
                    break
            else:
                if c == "\\":
                    i += 2
                    continue
                i += 1
            continue
        if c == "\\":
            i += 2
            continue
        i += 1
    sides.append((start, len(text)))
    return sides, rels
