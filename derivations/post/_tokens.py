"""Token objects shared by the LaTeX reader's stages: tokens, slips, errors, limits."""

from __future__ import annotations

import dataclasses
from typing import Any

from lark import Token

#: Brackets, braces and groups nested deeper than this make a row unparsed.
MAX_NESTING = 100
#: Operators (+, -, \cdot, /, !) in one side of a row.
MAX_OPERATORS = 250
#: Tokens in one side of a row.
MAX_TOKENS = 4000


@dataclasses.dataclass(frozen=True)
class Slip:
    """A presentation slip found while reading a row (a stray bracket, ...)."""

    column: int
    message: str


class LatexError(ValueError):
    """A row's LaTeX cannot be tokenised; ``column`` points into the row."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


class Tok(Token):
    """A lark token that can carry the size of a delimiter (``\\Big`` is 2) and a payload."""

    size: int = 0
    payload: Any = None


def tok(kind: str, value: str, col: int, payload: Any = None) -> Token:
    t = Tok(kind, value, start_pos=col, column=col + 1)
    if payload is not None:
        t.payload = payload  # type: ignore[attr-defined]
    return t


def delim(t: Token, size: int) -> Token:
    t.size = size  # type: ignore[attr-defined]
    return t


def bracket_holds(tokens: list[Token], j: int, kind: str) -> bool:
    """Does the bracket opening at ``tokens[j]`` hold a ``kind`` token at its top level?"""
    depth = braces = 0
    for u in tokens[j:]:
        if u.type == "LPAR":
            depth += 1
        elif u.type == "RPAR":
            depth -= 1
            if depth == 0:
                return False
        elif u.type in ("LBRACE", "RBRACE"):
            braces += 1 if u.type == "LBRACE" else -1  # \\sum_{i=1}: not at the top level
        elif u.type == kind and depth == 1 and braces == 0:
            return True
    return False
