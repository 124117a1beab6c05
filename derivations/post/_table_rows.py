"""Rows typeset as a table of inline formulas: ``\\(\\ds lhs\\) \\(=\\) \\(\\ds rhs\\) reason``.

ProofWiki's ``eqn`` tables reach a stored page one row to a line, each cell its own inline
formula - the left side, the relation sign alone, the right side - and the reason in words
after them; a row that goes on from the one above has an empty left cell (``\\(\\ds \\)``).
Read cell by cell, the relation sign was a row of its own with both sides empty ("a side of
a relation is empty") and the sides were prose.

Three inline formulas that open a line, separated by blanks only, the middle one a relation
sign and nothing else, are one display row: the left cell, the sign, the right cell, with the
delimiters between them blanked (same length, so every column stays the file's). A left cell
that is empty, or only ``\\ds``/``\\displaystyle``, is blanked too: the row continues the
one above, as ``&= ...`` does. The words after the third cell are the reason, prose as any.
Nothing else changes: two formulas, a sign with more in its cell, or a table that does not
open its line are read as before.

A row split over two inline formulas the other way (batch 27, a Colab notebook):
``$\\mathbf{u}^T\\mathbf{A}_i\\mathbf{u}$ $=\\mathbf{u}^T(...)\\mathbf{u}$``, the left side alone
in the first and the relation opening the second, separated by blanks on one line, is one
row too (:func:`join_left_sides`): read apart, the second went on from the row above.

A row glued from inline formulas by the signs between them, outside the math (held-out batch
51, a Jekyll blog: ``>$\\Gamma(\\alpha)$=$(\\alpha-1)\\Gamma(\\alpha-1)$``, ``$a$-$b$``,
``$\\int f$&nbsp;$\\int g$``), is one formula (:func:`join_glued_formulas`): read apart, its
line held no row, and the ``=...`` of the next line went on from an older row and a correct row
was refuted. Only one ``=``, ``+``, ``-`` or ``&nbsp;`` (a product written as a space) with
nothing else between two formulas on one line joins them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

#: A cell that is only a relation sign.
_SIGN = re.compile(r"\s*(?:=|<|>|\\(?:le|leq|ge|geq|ne|neq)(?![A-Za-z]))\s*")
#: A cell with nothing to read: the empty left cell of a row that goes on.
_EMPTY = re.compile(r"\s*(?:\\(?:ds|displaystyle)(?![A-Za-z])\s*)?")
_BLANKS = re.compile(r"[ \t]*")
#: A style command that opens a row just before its relation sign: "$\\displaystyle = ...$".
_LEADING_STYLE = re.compile(
    r"\s*\\(?:displaystyle|textstyle|ds)(?![A-Za-z])"
    r"(?=\s*(?:=|<|>|\\(?:le|leq|ge|geq|ne|neq|approx|propto)(?![A-Za-z])))"
)


def blank_leading_style(body: str) -> str:
    """``\\displaystyle = 1 - e^{-y}`` (forums set every formula so): the style command is
    the row's only left side, so the row goes on from the one above, as ``= ...`` does; it
    is blanked (same length). Anything else is returned as it is."""
    m = _LEADING_STYLE.match(body)
    return body if m is None else " " * m.end() + body[m.end() :]


#: A formula that opens with a relation sign (after a style command): the rest of a row.
_OPENS_WITH_SIGN = re.compile(
    r"\s*(?:\\(?:displaystyle|textstyle|ds)(?![A-Za-z])\s*)?"
    r"(?:=|<|>|\\(?:le|leq|ge|geq|ne|neq|approx|propto)(?![A-Za-z]))"
)
#: Anything that makes a formula a claim of its own, not a bare left side.
_ANY_RELATION = re.compile(
    r"[=<>≤≥≠]|\\(?:approx|leq?|geq?|neq?|propto|iff|implies|Rightarrow|Leftrightarrow|to"
    r"|rightarrow|mapsto|sim|in|equiv|coloneqq|defeq|stackrel|overset)(?![A-Za-z])"
)


def opens_with_sign(text: str, start: int, end: int) -> bool:
    """Does the formula ``text[start:end]`` open with a relation sign (``=...``, after a style
    command or spacing), something after it: the rest of a row that goes on?"""
    body = text[start:end].replace("\\;", "  ").replace("\\,", "  ")  # spacing: blanks
    m = _OPENS_WITH_SIGN.match(body)
    return m is not None and bool(body[m.end() :].strip())


def join_left_sides(clean: str, text: str, spans: list[Any]) -> tuple[list[Any], str]:
    """``spans`` with each bare left side joined to the inline formula after it that opens
    with a relation sign (``$a$ $= b$`` -> one inline span ``a = b``), and ``text`` with the
    delimiters between them blanked (same length, so every column stays the file's).

    Only two inline formulas on one line with blanks alone between them; the first with no
    relation of its own and something to read, the second with something after its sign.
    Anything else is read as before."""
    out: list[Any] = []
    blank: list[tuple[int, int]] = []
    k = 0
    n = len(spans)
    while k < n:
        if k + 1 < n and _a_split_row(clean, text, spans[k], spans[k + 1]):
            a, b = spans[k], spans[k + 1]
            blank.append((a.end, b.start))
            out.append(dataclasses.replace(b, start=a.start, opener=a.opener))
            k += 2
            continue
        out.append(spans[k])
        k += 1
    return out, _blanked(text, blank)


def _a_split_row(clean: str, text: str, a: Any, b: Any) -> bool:
    if not a.kind == b.kind == "inline":
        return False
    if _BLANKS.fullmatch(clean, a.closer_end, b.opener) is None:
        return False  # a line break or words between them
    left = text[a.start : a.end]
    if not left.strip() or _ANY_RELATION.search(left) is not None:
        return False
    m = _OPENS_WITH_SIGN.match(text, b.start, b.end)
    return m is not None and bool(text[m.end() : b.end].strip())


#: What may glue two inline formulas into one: a sign alone, or a non-breaking space.
_GLUE = re.compile(r"[=+\-]|&nbsp;")


def join_glued_formulas(clean: str, text: str, spans: list[Any]) -> tuple[list[Any], str]:
    """``spans`` with each run of inline formulas glued by signs (``$a$=$b$-$c$``) made one
    inline span, and ``text`` with the dollars between them blanked (and ``&nbsp;``, a
    product, blanked whole), same length, so every column stays the file's."""
    out: list[Any] = []
    blank: list[tuple[int, int]] = []
    for s in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == s.kind == "inline"
            and _GLUE.fullmatch(clean, prev.closer_end, s.opener) is not None
            and text[prev.start : prev.end].strip()
            and text[s.start : s.end].strip()
        ):
            if clean.startswith("&", prev.closer_end):
                blank.append((prev.end, s.start))
            else:
                blank += [(prev.end, prev.closer_end), (s.opener, s.start)]
            out[-1] = dataclasses.replace(s, start=prev.start, opener=prev.opener)
            continue
        out.append(s)
    if not blank:
        return spans, text
    return out, _blanked(text, blank)


def _blanked(text: str, blank: list[tuple[int, int]]) -> str:
    if not blank:
        return text
    pieces = []
    pos = 0
    for x, y in sorted(blank):
        pieces += [text[pos:x], " " * (y - x)]
        pos = y
    pieces.append(text[pos:])
    return "".join(pieces)


def join_table_rows(clean: str, text: str, spans: list[Any]) -> tuple[list[Any], str]:
    """``spans`` with each table row's three cells made one display span, and ``text`` with
    the delimiters between the cells (and an empty left cell) blanked."""
    out: list[Any] = []
    blank: list[tuple[int, int]] = []
    k = 0
    n = len(spans)
    while k < n:
        if k + 2 < n and _a_table_row(clean, text, spans[k], spans[k + 1], spans[k + 2]):
            a, sign, b = spans[k], spans[k + 1], spans[k + 2]
            blank += [(a.end, sign.start), (sign.end, b.start)]
            if _EMPTY.fullmatch(text, a.start, a.end):
                blank.append((a.start, a.end))
            out.append(dataclasses.replace(a, end=b.end, kind="display", closer_end=b.closer_end))
            k += 3
            continue
        out.append(spans[k])
        k += 1
    if not blank:
        return spans, text
    return out, _blanked(text, blank)


def _a_table_row(clean: str, text: str, a: Any, sign: Any, b: Any) -> bool:
    if not a.kind == sign.kind == b.kind == "inline":
        return False
    if not _SIGN.fullmatch(text, sign.start, sign.end):
        return False
    if _EMPTY.fullmatch(text, b.start, b.end):
        return False
    # opening its line: only blanks before it (walked back over the blanks alone, so a long
    # line of formulas costs no more than its length)
    i = a.opener
    while i > 0 and clean[i - 1] in " \t":
        i -= 1
    if i > 0 and clean[i - 1] != "\n":
        return False
    return all(
        _BLANKS.fullmatch(clean, x, y) is not None
        for x, y in ((a.closer_end, sign.opener), (sign.closer_end, b.opener))
    )
