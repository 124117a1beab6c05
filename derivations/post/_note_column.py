"""PARSE11: the column after ``&&`` in an aligned row is a tag or a reason, not math.

``&= x^2 + 2x && (2)`` numbers the row; read as math it was the product
``(x^2 + 2x) * 2``, and the correct rows of a display numbered that way were refuted.
Here the text after two adjacent alignment marks (``&&``, ``& &``), when math stands
before them, is blanked - unless it holds a relation sign (a condition ``&& x > 0``, the
second equation of an ``alignat`` row), or words the reader takes as the row's note
(``&& \\text{by the chain rule}``): those are left to the reader, as before.
"""

from __future__ import annotations

import re

#: ``&`` outside ``\\begin ... \\end`` (a matrix's cells) and not escaped
_MARKS = re.compile(r"\\(begin|end)\s*\{[A-Za-z]+\*?\}|(?<!\\)&")
#: a relation sign (or an arrow, a membership) anywhere in the column
_RELATION = re.compile(
    r"(?<![\\{_^])=|[<>≤≥≠]|\\(?:approx|leq?|geq?|neq?|ne|propto|equiv|sim|in|notin|to"
    r"|iff|implies|Rightarrow|Leftrightarrow|rightarrow|subset|subseteq|mid)(?![A-Za-z])"
)
#: words of a note the reader reads (as ._extract's ``_TEXT_RE``: two words at least)
_WORDS = re.compile(r"\\(?:text|textrm|textit|textbf|mbox|mathrm)\s*\{[^{}]*\s[^{}]*[A-Za-z]{2,}")


def _top_marks(row: str) -> list[int]:
    """Offsets of the ``&`` of ``row`` outside inner environments."""
    depth = 0
    marks: list[int] = []
    for m in _MARKS.finditer(row):
        if m.group(1) == "begin":
            depth += 1
        elif m.group(1) == "end":
            depth = max(0, depth - 1)
        elif depth == 0:
            marks.append(m.start())
    return marks


def blank_note_column(row: str) -> str:
    """``row`` with its note column (from the first ``&&`` on) blanked by spaces, line
    breaks kept, so offsets and lines stay those of the post.

    >>> blank_note_column(r"&= x^2 && (2)")
    '&= x^2        '
    >>> blank_note_column(r"a &= b && x > 0")
    'a &= b && x > 0'
    """
    if "&" not in row:
        return row
    marks = _top_marks(row)
    for a, b in zip(marks, marks[1:], strict=False):
        if row[a + 1 : b].strip():
            continue
        before = row[:a].replace("&", " ")
        if not before.strip():
            return row  # "&& (1)": nothing before the marks to annotate
        rest = row[a:]
        if _RELATION.search(rest) or _WORDS.search(rest):
            return row
        return row[:a] + re.sub(r"[^\n]", " ", rest)
    return _one_word_tag(row, marks)


#: a column of one ``\\text{...}`` word (or bracketed word) and nothing else
_TAG = re.compile(r"\s*\\(?:text|textrm|textit|textbf|mbox|mathrm)\s*\{\s*\(?[A-Za-z-]+\)?\s*\}\s*")


def _one_word_tag(row: str, marks: list[int]) -> str:
    """``row`` with a last column of one ``\\text`` word (``& \\text{independence}``) after
    math with a relation blanked: the row's tag, as after ``&&`` (external46, 7.48 line 66
    read it as a factor). Anything else in that column is left to the reader."""
    if len(marks) < 2:
        return row
    last = marks[-1]
    column = row[last + 1 :]
    if not _TAG.fullmatch(column.replace("\n", " ")) or not _RELATION.search(row[:last]):
        return row
    return row[:last] + re.sub(r"[^\n]", " ", row[last:])
