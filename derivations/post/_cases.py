"""A definition by cases read as a piecewise value (session 37, READ6).

``\\begin{cases} \\frac{1}{b} & x < \\mu \\\\ -\\frac{1}{b} & x > \\mu \\end{cases}`` is
``Piecewise((1/b, x < mu), (-1/b, x > mu), (nan, True))``: the value of the first branch
whose condition holds, and no value (``nan``, so that nothing is proved of it) where the
post gives none. The reader read no cases at all ("a definition by cases is not read").

Read only when every row has two cells, a value the reader reads and a condition that is
one relation (``=``, ``\\ne``, ``<``, ``>``, ``\\le``, ``\\ge``) between two expressions
or a chain of two order signs in one direction (``0 \\le p < 1``), after words it skips
(``\\text{if}``, ``\\text{for}``, ``\\text{when}``, a comma); the last condition may be
``\\text{otherwise}`` (or ``else``). Anything else - a value that is a sign (``> 0 & \\text{if}
...``), a label (``\\text{(Continuous)}``), a row without a condition - leaves the row
unparsed with the reason.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import sympy as sp

from ._sum_where import _RELATIONS, at_top_level

#: Words before a condition that say nothing more than "if".
_LEAD_WORDS = frozenset(["if", "for", "when", "where", "whenever", ""])
#: Words of the catch-all last branch.
_OTHERWISE = frozenset(["otherwise", "else", "o.w.", "elsewhere"])
#: A value in words that says there is none.
_NO_VALUE = frozenset(["undefined", "not defined", "does not exist", "dne", "undef"])
_SPACES = frozenset(["\\quad", "\\qquad", "\\,", "\\;", "\\:", "\\!", "\\ ", "~"])
_TEXTS = frozenset(["\\text", "\\textrm", "\\mathrm", "\\mbox", "\\textit"])

#: ``name >= first``: the relation a listed range gives (see ``_listed_range``).
_AT_LEAST = _RELATIONS["\\ge"]

NOT_READ = "a definition by cases (\\begin{{cases}}) is not read: {}"


@dataclasses.dataclass
class Branch:
    """One row of the cases: the value's tokens (None: "undefined"), and the condition as
    its sides' tokens and the relations between them (``otherwise``: no sides)."""

    value: object
    sides: list[object]
    relations: list[tuple[str, str, bool]]


@dataclasses.dataclass
class CasesCells:
    branches: list[Branch]


def _words(raw: list[Any], k: int) -> tuple[str, int] | None:
    """The text of ``\\text{...}`` at ``raw[k]`` and the index after it, else None."""
    if k + 1 >= len(raw) or raw[k].text not in _TEXTS or raw[k + 1].text != "{":
        return None
    j, depth = k + 1, 0
    while j < len(raw):
        depth += {"{": 1, "}": -1}.get(raw[j].text, 0)
        j += 1
        if depth == 0:
            break
    inner = raw[k + 2 : j - 1]
    if any(r.text in ("{", "}") or r.kind == "cmd" for r in inner):
        return None
    text = "".join((" " if r.gap else "") + r.text for r in inner)
    return text.strip().strip(",").strip().lower(), j


def _strip(raw: list[Any]) -> tuple[list[Any], bool]:
    """The condition without its leading words and trailing full stop or comma, and
    whether it is the catch-all ``otherwise``."""
    k = 0
    while k < len(raw):
        if raw[k].text in _SPACES or raw[k].text == ",":
            k += 1
            continue
        w = _words(raw, k)
        if w is None:
            break
        if w[0] in _OTHERWISE and all(r.text in _SPACES or r.text in ".," for r in raw[w[1] :]):
            return [], True
        if w[0] not in _LEAD_WORDS:
            break
        k = w[1]
    end = len(raw)
    while end > k and (raw[end - 1].text in ".," or raw[end - 1].text in _SPACES):
        end -= 1
    return raw[k:end], False


#: An ellipsis in a condition's list (``\\dots``; full stops are counted apart).
_DOTS = frozenset(["\\dots", "\\ldots", "\\cdots", "\\dotsc", "\\dotsb", "…"])


def _listed_range(raw: list[Any]) -> tuple[list[Any], Any] | None:
    """``y = 1, 2, \\dots`` (blind69, the zero-inflated Poisson's ``y=1,2....``): the name's
    tokens and the first number, when the condition (its leading words skipped) lists whole
    numbers going up by one from the first, then an ellipsis (``\\dots`` or two full stops
    or more), then nothing but punctuation: the range from the first number. None for any
    other condition (``y = 1, 2`` names two values; ``y = 1, 3, \\dots`` is no range)."""
    cond, _ = _strip(raw)
    if not cond:
        return None
    start = next(k for k in range(len(raw)) if raw[k] is cond[0])
    signs = at_top_level(cond, lambda t: t in _RELATIONS)
    if len(signs) != 1 or cond[signs[0]].text != "=" or signs[0] == 0:
        return None
    rest = [r for r in raw[start + signs[0] + 1 :] if r.text not in _SPACES]
    numbers: list[Any] = []
    k = 0
    while k + 1 < len(rest) and rest[k].kind == "num" and rest[k + 1].text == ",":
        numbers.append(rest[k])
        k += 2
    if k + 1 < len(rest) and rest[k].kind == "num" and rest[k + 1].text in _DOTS:
        numbers.append(rest[k])  # 1,2....: the last number runs into the dots
        k += 1
    tail = rest[k:]
    dots = tail[:1] and tail[0].text in _DOTS or sum(r.text == "." for r in tail[:2]) == 2
    if len(numbers) < 2 or not dots or any(r.text not in _DOTS | {".", ","} for r in tail):
        return None
    values = [int(r.text) for r in numbers if r.text.isdigit()]
    if len(values) != len(numbers) or values != list(range(values[0], values[0] + len(values))):
        return None
    return cond[: signs[0]], numbers[0]


def _without_last_comma(raw: list[Any]) -> list[Any]:
    """A value without the comma (and spacing) that ends it: ``h, & \\text{if } y = 1`` - the
    comma is punctuation before the condition (external39). A comma inside the value
    (``a, b``) is left, and the value stays unread."""
    end = len(raw)
    while end > 0 and raw[end - 1].text in _SPACES:
        end -= 1
    if end > 1 and raw[end - 1].text == ",":
        end -= 1
        while end > 0 and raw[end - 1].text in _SPACES:
            end -= 1
        return raw[:end]
    return raw


def _without_empty_cells(row: list[list[Any]]) -> list[list[Any]]:
    """The row without the cells after its first that hold nothing but spacing (parse60):
    ``v & & & \\quad x = 0`` and ``v & x = 0 &&`` typeset their value and condition as
    ``v & x = 0`` does (an empty cell is an empty column). A first cell is kept even when
    empty: a row without a value is not read."""
    return row[:1] + [c for c in row[1:] if any(r.text not in _SPACES for r in c)]


def split_cases(rows: list[list[list[Any]]], cell: Callable[[list[Any]], object]) -> CasesCells:
    """The branches of the cases whose rows (cells of raw tokens) are ``rows``; ``cell``
    reads the tokens of a part. Raises ``ValueError`` with the reason when not read."""
    branches: list[Branch] = []
    for n, row in enumerate(rows):
        row = _without_empty_cells(row)
        if len(row) != 2 or not row[0]:
            raise ValueError(NOT_READ.format("a row is not a value and its condition"))
        whole = _words(row[0], 0)
        if whole is not None and whole[1] == len(row[0]):
            # a value in words: "undefined" is no value there; any other word is not read
            if whole[0] not in _NO_VALUE:
                raise ValueError(NOT_READ.format(f"a value in words ({whole[0]})"))
        value = None if whole is not None else cell(_without_last_comma(row[0]))
        listed = _listed_range(row[1])
        if listed is not None:
            # y = 1, 2, \dots: y >= 1, the range it lists (as a support after a formula)
            branches.append(Branch(value, [cell(listed[0]), cell([listed[1]])], [_AT_LEAST]))
            continue
        cond, otherwise = _strip(row[1])
        if otherwise:
            if n != len(rows) - 1:
                raise ValueError(NOT_READ.format("'otherwise' is not the last branch"))
            branches.append(Branch(value, [], []))
            continue
        signs = at_top_level(cond, lambda s: s in _RELATIONS)
        if not signs or len(signs) > 2 or any(r.text == "&" for r in cond):
            raise ValueError(NOT_READ.format("a condition that is not a relation"))
        relations = [_RELATIONS[cond[s].text] for s in signs]
        if len(relations) == 2 and not (
            all(r[0] == "LESS" for r in relations) and relations[0][2] == relations[1][2]
        ):
            raise ValueError(NOT_READ.format("a chain of relations that is not a range"))
        cuts = [-1, *signs, len(cond)]
        parts = [cond[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
        if any(not p for p in parts):
            raise ValueError(NOT_READ.format("a relation without its two sides"))
        branches.append(Branch(value, [cell(p) for p in parts], relations))
    if not branches:
        raise ValueError(NOT_READ.format("no branches"))
    return CasesCells(branches)


def _relation(kind: str, text: str, swapped: bool, a: sp.Basic, b: sp.Basic) -> sp.Basic:
    if swapped:
        a, b = b, a
    if kind == "EQ":
        return sp.Eq(a, b, evaluate=False)
    if kind == "NE":
        return sp.Ne(a, b, evaluate=False)
    return (sp.Le if text == "<=" else sp.Lt)(a, b, evaluate=False)


def piecewise(cells: CasesCells, parse: Callable[[object], sp.Basic]) -> sp.Basic:
    """``Piecewise`` of the branches (``nan`` where no condition holds)."""
    pieces = []
    for br in cells.branches:
        for part in [br.value, *br.sides]:
            if isinstance(part, Exception):
                raise ValueError(NOT_READ.format(part))
        value = sp.nan if br.value is None else parse(br.value)  # "undefined": no value
        if not br.sides:
            pieces.append((value, sp.true))
            continue
        sides = [parse(p) for p in br.sides]
        conds = [_relation(*rel, sides[k], sides[k + 1]) for k, rel in enumerate(br.relations)]
        pieces.append((value, sp.And(*conds) if len(conds) > 1 else conds[0]))
    if pieces[-1][1] is not sp.true:
        pieces.append((sp.nan, sp.true))
    return sp.Piecewise(*pieces, evaluate=False)
