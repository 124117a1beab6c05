"""Derivation files: a derivation written as Markdown or LaTeX, a named rule per row.

Pipeline: :mod:`._read` (front matter, display rows, the rule marks of
:mod:`._annotations` and :mod:`._rulespec`) -> the post reader (each row into
unevaluated sympy) -> :mod:`._build` (rows into steps) -> a
:class:`~derivations.Derivation` -> the engine -> :func:`row_verdicts` (a
verdict per row, with its file line). :mod:`._source` is the recipe.

Where :mod:`derivations.post` reads someone else's post and has to guess
which rule each row applies, a derivation file says so, and the named rule
must produce the row. The format is described in ``docs/derivation-files.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_PUBLIC = {
    "Source": "._source",
    "RowVerdict": "._source",
    "SourceRow": "._build",
    "describe_row": "._source",
    "latex": "._source",
    "read_file": "._source",
    "read_text": "._source",
    "row_verdicts": "._source",
}

#: File suffixes of derivation files, and whether the file is LaTeX. Kept here,
#: not in ``._source``, so that asking "is this name a file?" does not import the
#: reader (lark and its grammar) when a bundled derivation is checked.
SUFFIXES = {".md": False, ".markdown": False, ".tex": True, ".latex": True}

__all__ = sorted([*_PUBLIC, "SUFFIXES"])

if TYPE_CHECKING:
    from ._build import SourceRow as SourceRow
    from ._source import RowVerdict as RowVerdict
    from ._source import Source as Source
    from ._source import describe_row as describe_row
    from ._source import latex as latex
    from ._source import read_file as read_file
    from ._source import read_text as read_text
    from ._source import row_verdicts as row_verdicts


__getattr__, __dir__ = lazy_exports(__name__, {k: (m, k) for k, m in _PUBLIC.items()})
