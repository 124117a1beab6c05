"""Check the math of a Markdown or LaTeX post as written.

Pipeline (one module per stage): :mod:`._extract` (display math and rows with
line numbers) -> :mod:`._latex` (tokens; notation normalised, stray brackets
reported) -> :mod:`._grammar` (lark LALR grammar) -> :mod:`._tosympy` (sympy,
unevaluated, never from text) -> :mod:`._build` (rows related into a
:class:`~derivations.Derivation`) -> the engine -> :mod:`._run` (a verdict per
row) -> :mod:`._cli` (``derivations check-post``).
"""

from __future__ import annotations

from ._extract import Row as Row
from ._extract import extract_rows as extract_rows
from ._parse import (
    ParsedRow as ParsedRow,
)
from ._parse import (
    parse_expression as parse_expression,
)
from ._parse import (
    parse_row as parse_row,
)
from ._run import PostReport as PostReport
from ._run import RowResult as RowResult
from ._run import check_post as check_post
from ._run import read_post as read_post

__all__ = [
    "read_post",
    "Row",
    "ParsedRow",
    "PostReport",
    "RowResult",
    "check_post",
    "extract_rows",
    "parse_expression",
    "parse_row",
]
