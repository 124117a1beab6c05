"""A sum over the terms a condition selects: ``\\sum_{i: y_i = 0}``, ``\\sum_{y_i \\ne 0}``.

The sum is the sum over every index of the indicator of the condition times the term,
``\\sum_{i: y_i = 0} t_i = \\sum_i 1\\{y_i = 0\\} t_i``, and that is what the lexer hands the
parser: the limits ``{i}`` (a range the post states or the reader leaves open, as for
``\\sum_i``) and the indicator (``_indicators.INDICATOR``, an unknown function of the event)
as the first factor of the term. ``1\\{a \\ne b\\}`` is written ``(1 - 1\\{a = b\\})``, exactly;
``a > b`` is the event ``b < a``, ``a \\ge b`` is ``b \\le a``.

Read only: a braced subscript of ``\\sum`` holding one relation (``=``, ``\\ne``, ``<``,
``>``, ``\\le``, ``\\ge``) after ``i:`` (``i \\colon``), with the index letter in the
condition, or one relation whose left side is an element with one index letter
(``y_i``), that index being the sum's; no upper limit after it (``\\sum_{x_1=0}^{1}`` is a
range of values) and a term after it that does not start with a sign. A product over a
condition is refused with its reason: the indicator is then a power, not a factor.
Anything else is left to the lexer as before (unparsed with its reason).
"""

from __future__ import annotations

from collections.abc import Callable

import sympy as sp
from lark import Token
from sympy.core.function import AppliedUndef, UndefinedFunction

from ._indicators import INDICATOR
from ._tokens import LatexError, delim, tok


class _OfEvents(AppliedUndef):
    """An unknown function of events: its derivative by a name the events do not hold is 0."""

    @classmethod
    def eval(cls, *args: object) -> object:
        # an event the reader's assumptions decide (y_i > 0 for positive y_i): 1 or 0
        if len(args) == 1 and args[0] in (sp.true, sp.false):
            return sp.S.One if args[0] is sp.true else sp.S.Zero
        return None

    def _eval_derivative(self, s: object) -> object:
        return event_derivative(self, s, super()._eval_derivative)


def event_derivative(f: object, s: object, chain: Callable) -> object:
    """The derivative of an unknown function ``f`` of events (``1\\{y_i = 0\\}``,
    ``P(X = x)``) by ``s``: sympy has none (an event has no ``diff``). A function of events
    free of ``s`` is constant in it; else it stays unevaluated (None). ``chain`` is the
    derivative of a function of expressions."""
    events = [a for a in f.args if isinstance(a, sp.core.relational.Relational)]
    if not events:
        return chain(s)
    if not isinstance(s, sp.Symbol) or len(events) != len(f.args) or any(a.has(s) for a in events):
        return None
    return sp.S.Zero


#: The indicator once names are resolved: an unknown function of its event, as f, g, h.
INDICATOR_FUNCTION = UndefinedFunction(INDICATOR, bases=(_OfEvents,), commutative=True)

#: Relations of a condition, by their raw text: (token type, its text, sides swapped).
_RELATIONS = {
    "=": ("EQ", "=", False),
    "\\ne": ("NE", "", False),
    "\\neq": ("NE", "", False),
    "<": ("LESS", "<", False),
    "\\lt": ("LESS", "<", False),
    "\\le": ("LESS", "<=", False),
    "\\leq": ("LESS", "<=", False),
    "\\leqslant": ("LESS", "<=", False),
    ">": ("LESS", "<", True),
    "\\gt": ("LESS", "<", True),
    "\\ge": ("LESS", "<=", True),
    "\\geq": ("LESS", "<=", True),
    "\\geqslant": ("LESS", "<=", True),
}

_COLONS = (":", "\\colon", "\\mid")

#: Why a product over a condition is not read.
PRODUCT = (
    "a product over the terms a condition selects (\\prod_{y_i = 0}) is not read: write it "
    "as a product over every index of the term to the power of an indicator"
)


def at_top_level(raw: list, wanted: Callable[[str], bool]) -> list[int]:
    """Positions of raw tokens at brace depth 0 whose text ``wanted`` accepts."""
    depth, found = 0, []
    for k, r in enumerate(raw):
        if r.text == "{":
            depth += 1
        elif r.text == "}":
            depth -= 1
        elif depth == 0 and wanted(r.text):
            found.append(k)
    return found


def _element_index(tokens: list[Token]) -> Token | None:
    """The index letter of ``y_i`` / ``y_{i}`` / ``\\pi_i`` (the whole side), else None."""
    kinds = [t.type for t in tokens]
    if kinds[:2] in (["LETTER", "SUB"], ["GREEK", "SUB"]):
        if kinds[2:] == ["LETTER"]:
            return tokens[2]
        if kinds[2:] == ["LBRACE", "LETTER", "RBRACE"]:
            return tokens[3]
    return None


def _an_element_raw(raw: list) -> bool:
    """Is ``raw`` an element with one index letter (``y_i``, ``y_{i}``, ``\\pi_i``)?"""
    texts = [r.text for r in raw]
    if len(raw) < 3 or not (raw[0].kind == "letter" or raw[0].kind == "cmd") or texts[1] != "_":
        return False
    return (len(raw) == 3 and raw[2].kind == "letter") or (
        len(raw) == 5 and texts[2] == "{" and raw[3].kind == "letter" and texts[4] == "}"
    )


def _bracket(text: str, col: int) -> Token:
    return delim(tok("LPAR" if text == "(" else "RPAR", text, col), 0)


def conditional_limits(
    raw: list, i: int, j: int, out: list[Token], convert: Callable[[list], list[Token]]
) -> list[Token] | None:
    """The tokens for the braced subscript ``raw[i:j]`` of the sum just before it in
    ``out`` when it is a condition (the limits ``{i}`` and the indicator factor), else None
    (the subscript is read as before). Raises for a condition that cannot be read soundly."""
    if len(out) < 2 or out[-1].type != "SUB" or out[-2].type not in ("SUM", "PROD"):
        return None
    inner = raw[i + 1 : j - 1]
    colons = at_top_level(inner, lambda s: s in _COLONS)
    signs = at_top_level(inner, lambda s: s in _RELATIONS)
    if len(colons) > 1 or len(signs) != 1:
        return None
    if j < len(raw) and raw[j].text in ("^", "_"):
        return None  # \sum_{x_1=0}^{1}: a range of values
    if not colons and not _an_element_raw(inner[: signs[0]]):
        return None  # \sum_{k \ne j}, \sum_{i=1}: an index, read as before
    index: Token | None = None
    if colons:
        c = colons[0]
        if c != 1 or inner[0].kind != "letter" or signs[0] < c:
            return None
        named = convert(inner[:1])
        if len(named) != 1 or named[0].type != "LETTER":
            return None
        index = named[0]
        cond = inner[c + 1 :]
        s = signs[0] - c - 1
    else:
        cond = inner
        s = signs[0]
    left, right = convert(cond[:s]), convert(cond[s + 1 :])
    if not colons:
        index = _element_index(left)
        if index is None:
            return None  # \sum_{k \ne j}, \sum_{i=1}: an index, read as before
    if not left or not right:
        return None
    if not any(t.type == "LETTER" and str(t) == str(index) for t in left + right):
        return None  # the condition does not say which terms (\sum_{i: y_j = 0})
    col = raw[i].col
    if out[-2].type == "PROD":
        raise LatexError(PRODUCT, col)
    if j >= len(raw) or raw[j].text in ("+", "-", "=", "\\pm", "\\mp", "&", "}", ")", "]"):
        raise LatexError(
            "a sum over the terms a condition selects, with no term after it (or a term "
            "starting with a sign) is not read",
            col,
        )
    kind, text, swapped = _RELATIONS[cond[s].text]
    if swapped:
        left, right = right, left
    relation = tok("EQ", "=", col) if kind in ("EQ", "NE") else tok("LESS", text, col)
    name = tok("FNAME", INDICATOR, col)
    name.primes = 0  # type: ignore[attr-defined]
    name.kind = "NAME"  # type: ignore[attr-defined]
    event = [name, _bracket("(", col), *left, relation, *right, _bracket(")", col)]
    if kind == "NE":
        event = [_bracket("(", col), tok("NUM", "1", col), tok("MINUS", "-", col), *event]
        event.append(_bracket(")", col))
    limits = [tok("LBRACE", "{", col), index, tok("RBRACE", "}", col)]
    return limits + event
