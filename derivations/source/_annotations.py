"""Find what a derivation file says about its rows besides their math.

Marks, each harmless when the file is rendered:

- ``% rule: log-product`` - a LaTeX comment (MathJax, KaTeX and LaTeX all drop
  it) on the row's own line; parameters in brackets:
  ``% rule: multiply-both-sides(2\\sigma^2)``;
- ``\\tag{log-product}`` - shown as the row's equation label;
- ``\\boxed{...}`` - the row states a result;
- ``% result: information_lambda`` (alone, or after the rules:
  ``% rule: arithmetic; result: information_lambda``) - the key under which
  the boxed result is kept, when it is not the name on the row's left side;
- ``% note: ...`` (likewise) - a sentence the report shows under the row.

:func:`find` blanks comments and tags (same length, newlines kept, so line
and column numbers still match the file) and returns the marks with their
offsets; :func:`assign` gives each mark to the row it follows.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence

_TAG = re.compile(r"\\tag\*?\s*\{")
_BOXED = re.compile(r"\\(?:boxed|fbox)\s*\{")
_RULE_COMMENT = re.compile(r"^\s*rules?\s*:\s*(.*?)\s*$", re.I | re.S)
# "rule: a, b; result: key; note: words": clauses, each starting with its keyword.
_CLAUSE = re.compile(r"^\s*(rules?|result|note)\s*:\s*(.*?)\s*$", re.I | re.S)
_NEXT_CLAUSE = re.compile(r";\s*(?=(?:rules?|result|note)\s*:)", re.I)


@dataclasses.dataclass(frozen=True)
class Mark:
    """A rule annotation or a result mark.

    Attributes
    ----------
    offset : int
        Offset in the text that was searched.
    kind : {"rule", "boxed", "result", "note"}
    text : str
        For a rule: the annotation after ``rule:`` (or inside ``\\tag{}``);
        for a result or a note: the text after ``result:`` or ``note:``.
    alone : bool
        The comment stands on a line with no math (it follows no row on its line).
    """

    offset: int
    kind: str
    text: str = ""
    alone: bool = False


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _group_end(text: str, start: int) -> int:
    """Offset just past the ``}`` closing the group opened before ``start`` (-1 if none)."""
    depth = 1
    k = start
    while k < len(text):
        c = text[k]
        if c == "\\":
            k += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return -1


def _comment_start(line: str) -> int:
    """Offset of the ``%`` that starts a comment on ``line`` (-1 if none); ``\\%`` is a percent."""
    k = 0
    while k < len(line):
        c = line[k]
        if c == "\\":
            k += 2
            continue
        if c == "%":
            return k
        k += 1
    return -1


def _comment_marks(comment: str) -> list[tuple[str, str]]:
    """The ``rule:``, ``result:`` and ``note:`` clauses of a comment (none for an
    ordinary comment, one that does not start with one of them)."""
    if not _CLAUSE.match(comment):
        return []
    out = []
    for clause in _NEXT_CLAUSE.split(comment):
        m = _CLAUSE.match(clause)
        if m:  # every piece after a split starts with a keyword
            kind = m.group(1).lower()
            out.append(("rule" if kind.startswith("rule") else kind, m.group(2)))
    return out


def find(text: str, base: int = 0) -> tuple[str, list[Mark], list[tuple[int, str]]]:
    """Blank comments and ``\\tag{}`` in ``text``; return the marks found.

    Parameters
    ----------
    text : str
        A block of display math.
    base : int
        Offset of ``text`` in the file's body (added to every mark's offset).

    Returns
    -------
    clean : str
        ``text`` with comments and tags replaced by spaces.
    marks : list of Mark
    problems : list of (offset, message)
        A ``\\tag{`` that is never closed.
    """
    out: list[str] = []
    marks: list[Mark] = []
    problems: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        k = _comment_start(line)
        if k >= 0:
            before = re.sub(r"\\\\|&|\s", "", line[:k])
            for kind, value in _comment_marks(line[k + 1 :]):
                marks.append(Mark(base + pos + k, kind, value, alone=not before))
            line = line[:k] + " " * (len(line) - k)
        out.append(line)
        pos += len(line) + 1
    clean = "\n".join(out)
    for m in list(_TAG.finditer(clean)):
        end = _group_end(clean, m.end())
        if end < 0:
            problems.append((base + m.start(), "this \\tag{ is never closed"))
            continue
        body = clean[m.end() : end - 1]
        marks.append(Mark(base + m.start(), "rule", body.replace("$", " ").strip()))
        clean = clean[: m.start()] + _blank(clean[m.start() : end]) + clean[end:]
    marks += [Mark(base + m.start(), "boxed") for m in _BOXED.finditer(clean)]
    marks.sort(key=lambda mk: mk.offset)
    return clean, marks, problems


def assign(marks: Sequence[Mark], starts: Sequence[int]) -> tuple[dict[int, list[Mark]], list]:
    """Give each mark to the row it follows: the last row starting at or before it.

    Parameters
    ----------
    marks : sequence of Mark
    starts : sequence of int
        Offsets of the rows' first characters, ascending.

    Returns
    -------
    by_row : dict of row index to its marks
    orphans : list of Mark
        Marks before the first row.
    """
    by_row: dict[int, list[Mark]] = {}
    orphans: list[Mark] = []
    for mark in marks:
        k = bisect.bisect_right(starts, mark.offset) - 1
        if k < 0:
            orphans.append(mark)
        else:
            by_row.setdefault(k, []).append(mark)
    return by_row, orphans
