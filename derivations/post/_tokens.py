"""Token objects shared by the LaTeX reader's stages: tokens, slips, errors."""

from __future__ import annotations

import dataclasses

from lark import Token


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
    """A lark token that can carry the size of a delimiter (``\\Big`` is 2)."""

    size: int = 0


def tok(kind: str, value: str, col: int) -> Token:
    return Tok(kind, value, start_pos=col, column=col + 1)


def delim(t: Token, size: int) -> Token:
    t.size = size  # type: ignore[attr-defined]
    return t
