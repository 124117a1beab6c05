"""Read one row: split it at its relations and build sympy for every side.

Nothing is evaluated as code: tokens from :mod:`._lexer`, a tree from the lark
grammar of :mod:`._grammar`, sympy objects from :mod:`._tosympy`.
"""

from __future__ import annotations

import dataclasses

import sympy as sp
from lark.exceptions import UnexpectedInput, VisitError

from ._extract import Row
from ._grammar import parser
from ._lexer import LatexError, Slip, tokenize
from ._relations import relation_spans
from ._tosympy import Context, PostSyntaxError, to_sympy


@dataclasses.dataclass(frozen=True)
class ParsedRow:
    """A row with its sides as sympy (``None`` for an empty left side).

    Attributes
    ----------
    row : Row
    sides : tuple
        One sympy expression per side; ``None`` for the empty side of ``&= b``.
    relations : tuple of str
        The relation between consecutive sides (``"="``, ``":="`` ...).
    slips : tuple of Slip
        Presentation slips (stray brackets) found while reading.
    error : str
        Why the row could not be read ("" when it was).
    lhs_latex : str
        The left side as written (white space collapsed; "" for ``&= b``).
    """

    row: Row
    sides: tuple[sp.Basic | None, ...] = ()
    relations: tuple[str, ...] = ()
    slips: tuple[Slip, ...] = ()
    error: str = ""
    lhs_latex: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def parse_expression(text: str, ctx: Context | None = None) -> tuple[sp.Basic, list[Slip]]:
    """Parse one side (no relation sign) into an unevaluated sympy expression.

    Parameters
    ----------
    text : str
        LaTeX of an expression, e.g. ``r"\\frac{1}{N}\\sum_{n=1}^{N} x_{n}"``.
    ctx : Context, optional
        Symbol table; the default reads the post conventions of
        :mod:`derivations.symbols`.

    Raises
    ------
    ValueError
        (``LatexError`` or ``PostSyntaxError``) with a sentence and a column.

    Examples
    --------
    >>> e, _ = parse_expression(r"\\frac{1}{N}\\sum\\limits_{n=1}^{N} x_{n}")
    >>> e
    Sum(x[n], (n, 1, N))/N
    """
    ctx = ctx or Context()
    tokens, slips = tokenize(text)
    if not tokens:
        raise PostSyntaxError("the expression is empty")
    try:
        tree = parser().parse(tokens)
    except UnexpectedInput as exc:
        tok = getattr(exc, "token", None)
        col = getattr(tok, "start_pos", None)
        if tok is not None and tok.type == "$END":
            raise PostSyntaxError(
                "the expression ends too early (something is missing)", len(text)
            ) from None
        what = f"{tok.value!r}" if tok is not None else "input"
        raise PostSyntaxError(f"unexpected {what}", col or 0) from None
    try:
        return to_sympy(tree, ctx), slips
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, ValueError):
            raise PostSyntaxError(str(inner), getattr(inner, "column", 0)) from None
        raise PostSyntaxError(f"could not build sympy: {type(inner).__name__}: {inner}") from None


def parse_row(row: Row, ctx: Context | None = None) -> ParsedRow:
    """Parse every side of a row; failures become ``ParsedRow.error``, not exceptions."""
    spans, relations = relation_spans(row.text)
    sides: list[sp.Basic | None] = []
    slips: list[Slip] = []
    for k, (a, b) in enumerate(spans):
        text = row.text[a:b]
        if not text.strip():
            if k == 0 and relations:
                sides.append(None)
                continue
            return ParsedRow(row, relations=tuple(relations), error="a side of a relation is empty")
        try:
            expr, found = parse_expression(text, ctx)
        except (LatexError, PostSyntaxError) as exc:
            line, col = row.position(a + getattr(exc, "column", 0))
            where = f"side {k + 1}" if relations else "expression"
            return ParsedRow(
                row,
                relations=tuple(relations),
                slips=tuple(slips),
                error=f"{where} (line {line}, column {col}): {exc}",
            )
        sides.append(expr)
        for s in found:
            line, col = row.position(a + s.column)
            slips.append(Slip(a + s.column, f"line {line}, column {col}: {s.message}"))
    lhs = " ".join(row.text[spans[0][0] : spans[0][1]].split()) if relations else ""
    return ParsedRow(row, tuple(sides), tuple(relations), tuple(slips), lhs_latex=lhs)
