"""Check the math of a Markdown or LaTeX post as written.

Pipeline (one module per stage): :mod:`._extract` (display math and rows with
line numbers) -> :mod:`._lexer` (tokens; notation normalised, stray brackets
reported) -> :mod:`._grammar` (lark LALR grammar) -> :mod:`._tosympy` (sympy,
unevaluated, never from text) -> :mod:`._build` (rows related into a
:class:`~derivations.Derivation`) -> the engine -> :mod:`._run` (a verdict per
row) -> :mod:`._cli` (``derivations check-post``).

Public names load on first use: the command line imports ``._cli`` from this
package to register its subcommand and must not pay for sympy and lark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_PUBLIC = {
    "Row": "._extract",
    "extract_rows": "._extract",
    "ParsedRow": "._parse",
    "parse_expression": "._parse",
    "parse_row": "._parse",
    "PostReport": "._run",
    "RowResult": "._run",
    "check_post": "._run",
    "read_post": "._run",
}

__all__ = sorted(_PUBLIC)

if TYPE_CHECKING:
    from ._extract import Row as Row
    from ._extract import extract_rows as extract_rows
    from ._parse import ParsedRow as ParsedRow
    from ._parse import parse_expression as parse_expression
    from ._parse import parse_row as parse_row
    from ._run import PostReport as PostReport
    from ._run import RowResult as RowResult
    from ._run import check_post as check_post
    from ._run import read_post as read_post


__getattr__, __dir__ = lazy_exports(__name__, {k: (m, k) for k, m in _PUBLIC.items()})
