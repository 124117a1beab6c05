"""The grammar of the math in a post, on lark's LALR(1) parser.

The token stream comes from :mod:`derivations.post._lexer`; this module only
says how tokens combine. Conventions the grammar encodes, each as people read
a printed derivation:

- implicit multiplication binds like ``\\cdot``: ``2\\pi\\sigma^{2}`` is a product;
- ``\\sum_{n=1}^{N}`` takes the whole product that follows it as its body
  (``\\sum x_n - \\sum \\mu`` is two sums; ``\\sum 2 (x_n - \\mu) \\cdot -1`` is
  one), and may start with a minus sign (``\\sum -\\frac{1}{2} (...)``);
- ``\\frac{\\partial}{\\partial v}`` applies to the single factor after it
  (``\\frac{\\partial}{\\partial \\mu} (a) \\cdot b`` differentiates only ``a``);
  when that factor is a sum, the sum's body comes with it;
- a function (``\\log``, ``\\exp``) applies to the factor after it, with
  ``\\exp^{u}`` read as ``e^{u}`` and ``\\log^2 y`` as ``(\\log y)^2``;
- ``\\cdot -1`` multiplies by minus one.

Shift/reduce conflicts are resolved by shifting (lark's LALR default), which is
what makes sum bodies extend as far as the product goes.

Building the LALR tables takes a quarter of a second, a tenth of a cold
check-post; they are shipped in ``_grammar_tables.json`` (JSON: read as data,
never run) under a digest of the grammar and lark's version, and built from the
grammar when the digest differs. ``python -m derivations.post._grammar`` writes
the file again after the grammar changes (a test says when it is stale).
"""

from __future__ import annotations

import functools
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import lark
from lark import Lark
from lark.grammar import Rule
from lark.lexer import Lexer, TerminalDef

GRAMMAR = r"""
%declare NUM LETTER GREEK NAME FNAME FRAC SQRT SUM PROD LOG LN EXP PARTIAL MULOP DOTS BAR
%declare ARGMAX LPAR RPAR LBRACE RBRACE CARET SUB PLUS MINUS SLASH COMMA EQ BANG
%declare SEMI BINOM ABSL ABSR TRANSPOSE INVT MATRIX FUNC PRIME EVALL EVALR INT INTL INTR DIFF
%declare NE LESS

?start: expr

?expr: expr PLUS term          -> add
     | expr MINUS term         -> sub
     | MINUS term              -> neg
     | PLUS term               -> pos
     | term

?term: term MULOP signed       -> mul
     | term SLASH factor       -> div
     | term factor             -> mul
     | factor

?signed: MINUS factor          -> neg
       | factor

?factor: postfix
       | bigop
       | FRAC LBRACE dorder RBRACE LBRACE dvars RBRACE factor   -> deriv_op
       | ARGMAX SUB script body                                 -> argmax
       | ARGMAX body                                            -> argmax_bare
       | FUNC SUB script factor                                 -> func_sub
       | FUNC SUB script LPAR args RPAR                         -> func_sub_args

?bigop: SUM limits body        -> sum
      | SUM body               -> sum_bare
      | PROD limits body       -> prod
      | PROD body              -> prod_bare
      | INT SUB script CARET script INTL expr DIFF dvar INTR -> integral

?dvar: LETTER                  -> symbol
     | GREEK                   -> symbol

dorder: PARTIAL
      | PARTIAL CARET script
dvars: (PARTIAL postfix)+

?body: term
     | MINUS term              -> neg

limits: SUB lower CARET script
      | CARET script SUB lower
      | SUB lower
      | SUB LBRACE expr LESS LETTER LESS expr RBRACE -> between
lower: LBRACE LETTER EQ expr RBRACE
     | LBRACE LETTER RBRACE
     | LBRACE LETTER EQ expr COMMA LETTER NE expr RBRACE -> lower_except
     | LBRACE LETTER NE expr RBRACE                      -> lower_except
     | LETTER
     | NUM                     -> lower_value
     | LBRACE NUM RBRACE       -> lower_value

?postfix: atom
        | atom CARET exponent  -> power
        | postfix BANG         -> factorial
        | postfix TRANSPOSE    -> transpose
        | postfix INVT         -> invtranspose

?script: LBRACE expr RBRACE
       | NUM                   -> number
       | LETTER                -> symbol
       | GREEK                 -> symbol

// x^\frac{n}{2}: TeX takes the fraction as the whole exponent (only in a power;
// \sqrt\frac{a}{b} and the like stay unread)
?exponent: script
         | FRAC script script  -> frac

?atom: NUM                     -> number
     | LETTER                  -> symbol
     | GREEK                   -> symbol
     | NAME                    -> symbol
     | LETTER SUB script       -> subscripted
     | GREEK SUB script        -> subscripted
     | NAME SUB script         -> subscripted
     | LPAR expr RPAR          -> group
     | LBRACE expr RBRACE      -> group
     | FRAC script script      -> frac
     | FRAC LBRACE dorder postfix RBRACE LBRACE dvars RBRACE -> deriv_of
     | SQRT script             -> sqrt
     | LOG postfix             -> log
     | LOG bigop               -> log
     | LOG FUNC SUB script LPAR args RPAR -> log_func_sub_args
     | LN FUNC SUB script LPAR args RPAR -> log_func_sub_args
     | LN bigop                -> log
     | LOG SUB script postfix  -> log_base
     | LN postfix              -> log
     | LOG CARET script postfix -> log_power
     | LN CARET script postfix -> log_power
     | EXP postfix             -> exp
     | EXP CARET script        -> exp
     | FUNC postfix            -> func
     | FUNC LPAR args RPAR     -> func_args
     | FUNC PRIME+ postfix     -> func_prime
     | FUNC CARET script postfix -> func_power
     | FNAME LPAR args RPAR    -> apply
     | FNAME SUB script LPAR args RPAR -> apply
     | BINOM script script     -> binom
     | BINOM script LBRACE expr (COMMA expr)+ RBRACE -> multinom
     | ABSL expr ABSR          -> absval
     | MATRIX                  -> matrix
     | EVALL expr EVALR SUB LBRACE expr EQ expr RBRACE -> evalat
     | EVALL expr EVALR SUB script CARET script -> evalrange
     | EVALL expr EVALR SUB LBRACE expr EQ expr RBRACE CARET script -> evalrange_named
     | EVALL expr EVALR SUB LBRACE expr EQ expr RBRACE CARET LBRACE expr EQ expr RBRACE -> evalrange_named
     | DOTS                    -> dots

args: arg (argsep arg)* argsep?
?arg: expr
    | expr EQ expr             -> event
    | expr LESS expr           -> event_less
?argsep: COMMA | BAR | SEMI
"""


class _TokenList(Lexer):
    """Hand the already-built token list to the parser unchanged."""

    def __init__(self, lexer_conf: object) -> None:
        pass

    def lex(self, data):  # type: ignore[override]
        yield from data


TABLES = Path(__file__).with_name("_grammar_tables.json")
_LEXER = "<the token list lexer>"  # _TokenList in the stored tables


def digest() -> str:
    """What the stored tables were built from: the grammar and lark's version."""
    return hashlib.sha256(f"{lark.__version__}\n{GRAMMAR}".encode()).hexdigest()


def _build() -> Lark:
    return Lark(GRAMMAR, parser="lalr", lexer=_TokenList, maybe_placeholders=False)


@functools.lru_cache(maxsize=1)
def parser() -> Lark:
    """The LALR parser: from the stored tables when they match the grammar, else built."""
    try:
        stored = json.loads(TABLES.read_text(encoding="utf-8"), object_hook=_decode)
        if stored.get("digest") == digest():
            return Lark.load({"data": stored["data"], "memo": stored["memo"]})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # unreadable or stale tables: the grammar itself is the truth
    return _build()


def _encode(o: Any) -> Any:
    """Lark's serialised parser as JSON: tuples, integer-keyed dicts and the lexer class
    marked so that :func:`_decode` gives them back exactly."""
    if o is _TokenList:
        return _LEXER
    if isinstance(o, tuple):
        return {"__tuple__": [_encode(v) for v in o]}
    if isinstance(o, list):
        return [_encode(v) for v in o]
    if isinstance(o, dict):
        if all(isinstance(k, str) for k in o):
            return {k: _encode(v) for k, v in o.items()}
        return {"__items__": [[_encode(k), _encode(v)] for k, v in o.items()]}
    return o


def _decode(o: dict) -> Any:
    if "__tuple__" in o:
        return tuple(o["__tuple__"])
    if "__items__" in o:
        return {k if not isinstance(k, list) else tuple(k): v for k, v in o["__items__"]}
    return {k: (_TokenList if v == _LEXER else v) for k, v in o.items()}


def write_tables() -> None:
    """Store the tables of the current grammar (after changing GRAMMAR)."""
    data, memo = _build().memo_serialize([TerminalDef, Rule])
    text = json.dumps({"digest": digest(), "data": _encode(data), "memo": _encode(memo)})
    TABLES.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_tables()
    sys.stdout.write(f"wrote {TABLES}\n")
