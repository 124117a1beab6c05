"""Samples the prose lists: "We observe $x = (2, 4, 4, 5, 7)$", "the counts were 3, 1, 4, 1, 5".

A worked example puts its data into a line (``\\sum_{i=1}^5 x_i = 22``, ``\\frac15 \\sum_i
(x_i - 4.4)^2 = 2.64``, ``\\sum_i \\log(\\lambda e^{-\\lambda x_i}) = 5 \\log\\lambda -
22\\lambda``). Without the numbers such a row is only "unchecked: the row puts in the values
of x_i" (``._plans._puts_in_data``). :func:`scope_samples` reads the lists the post gives and
:func:`put_in` evaluates the line above at them, so the row is compared as written.

What counts as a list, and when it is used:

- a letter set equal to numbers in brackets inside math: ``x = (2, 4, 4, 5, 7)``,
  ``\\mathbf{x} = [\\dots]``, ``x = \\{\\dots\\}``, ``\\left( \\dots \\right)``, with commas
  and TeX spacing between them. The letter's sample ``x_i`` takes them as ``x_1, x_2,
  ...``. A letter given two different lists (two experiments) takes neither.
- numbers after a word that names data ("counts", "observations", "the sample", "values",
  "measurements", ...), three or more, separated by commas or "and", with no letter: the
  list of the one sample a row puts in, when the post has one such list. Nothing names its
  letter, so it may be another sample's: a row that agrees with it is proved, a row that
  does not is unchecked, never refuted.
- a sum must stay inside the list (``\\sum_{i=1}^{6}`` over five numbers decides nothing);
  a sum from 1 to a letter (``\\sum_{i=1}^n x_i``) runs over the whole list, and the letter
  is the list's length in the whole line - unless the post says another number for it.

Bounds: the first :data:`MAX_TEXT` characters of the post, at most :data:`MAX_VALUES`
numbers in a list, at most :data:`MAX_DIGITS` digits in a number, and at most
:data:`MAX_TERMS` terms written out in a line. The numbers are read as exact fractions of
their digits (never through sympify).
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

import sympy as sp

#: How much of the post is searched (a bound on what hostile text can make this do).
MAX_TEXT = 200_000
#: The most numbers a list may hold, and the most digits one may have.
MAX_VALUES = 1_000
MAX_DIGITS = 30
#: The most lists read from one post.
MAX_LISTS = 1_000
#: The most terms the sums of one line may be written out into.
MAX_TERMS = 5_000

_NUMBER = r"-?\d{1,30}(?:\.\d{1,30})?"
#: A comma between two numbers, with TeX's spacing around it (\, \; \: \! ~ \quad).
_SPACE = r"(?:\s|~|\\[,;:!]|\\q?quad\b)*"
_COMMA = rf"{_SPACE},{_SPACE}"
_OPEN = r"(?:\\left\s*)?(?:\(|\[|\\\{|\\lbrace\b)"
_CLOSE = r"(?:\\right\s*)?(?:\)|\]|\\\}|\\rbrace\b)"
_LETTER = (
    r"(?:\\(?:mathbf|boldsymbol|bm|vec|mathit)\s*\{\s*([A-Za-z])\s*\}|(?<![\\A-Za-z])([A-Za-z]))"
)
_NAMED = re.compile(
    rf"{_LETTER}\s*=\s*{_OPEN}{_SPACE}({_NUMBER}(?:{_COMMA}{_NUMBER}){{1,{MAX_VALUES}}})"
    rf"{_SPACE}{_CLOSE}"
)
#: Words that name data, then (in the same sentence, within 80 characters) three or more
#: numbers separated by commas or "and".
_DATA_WORD = (
    r"\b(?:data|observations?|observed|counts?|samples?|values|measurements?|measured|"
    r"recorded|readings|lifetimes|outcomes)\b"
)
_WORDED = re.compile(
    rf"{_DATA_WORD}[^.\n\d$=]{{0,80}}\$?{_SPACE}({_NUMBER}(?:(?:{_COMMA}(?:and\s+)?|\s+and\s+)"
    rf"{_NUMBER}){{2,{MAX_VALUES}}})",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(_NUMBER)
#: A letter set to a number (``n = 4``, ``\\bar y = 2.75``): its one-letter name.
_NUMBERED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])(?:_\{?\w{1,3}\}?)?\s*=\s*-?\d")


def _numbers(text: str) -> tuple[Fraction, ...]:
    return tuple(Fraction(t) for t in _ONE_NUMBER.findall(text))


def samples_said(text: str) -> tuple[dict[str, list[tuple[int, tuple]]], list[tuple[int, tuple]]]:
    """The lists the post gives: letter -> [(line, numbers)], and the lists in words."""
    text = text[:MAX_TEXT]
    named: dict[str, list[tuple[int, tuple]]] = {}
    lines = _Lines(text)
    for k, m in enumerate(_NAMED.finditer(text)):
        if k >= MAX_LISTS:
            break
        letter = m.group(1) or m.group(2)
        named.setdefault(letter, []).append((lines.at(m.start()), _numbers(m.group(3))))
    # the numbers of a named list are not a list in words too
    rest = _NAMED.sub(lambda m: " " * len(m.group(0)), text)
    worded = []
    lines = _Lines(rest)
    for k, m in enumerate(_WORDED.finditer(rest)):
        if k >= MAX_LISTS:
            break
        worded.append((lines.at(m.start(1)), _numbers(m.group(1))))
    return named, worded


class _Lines:
    """Line numbers of increasing offsets of one text, counted once."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, offset: int) -> int:
        self.line += self.text.count("\n", self.pos, offset)
        self.pos = offset
        return self.line


def scope_samples(ctx: Any, text: str) -> None:
    """Put the lists of ``text`` (the post) in ``ctx``: ``said_samples`` maps a letter given
    one list (however often) to (line, numbers); ``unsure_samples`` holds the letters given
    two different lists; ``worded_sample`` is the one list in words, None if there are none
    or several."""
    named, worded = samples_said(text)
    ctx.said_samples = {
        k: items[0] for k, items in named.items() if len({v for _, v in items}) == 1
    }
    ctx.unsure_samples = frozenset(
        k for k, items in named.items() if len({v for _, v in items}) > 1
    )
    lists = {v for _, v in worded}
    ctx.worded_sample = worded[0] if len(lists) == 1 else None
    # letters the post sets to a number ("$n = 4$", a list): a row written with numbers in
    # their place may be a value at them (._template_numbers)
    numbered = {m.group(1) for m in _NUMBERED.finditer(text[:MAX_TEXT])}
    ctx.numbered_letters = frozenset(numbered | set(named))


def put_in(ctx: Any, prev: sp.Basic) -> tuple[sp.Basic, str, bool] | None:
    """``prev`` with the listed data put in: (the line, how it says so, sure). ``sure`` is
    False for a list in words (it may be another sample's). None when the data of some
    sample of ``prev`` are not listed, or a sum of it leaves the list or runs to a letter."""
    bases = {i.base for i in prev.atoms(sp.Indexed)}
    said = getattr(ctx, "said_samples", {}) or {}
    unsure = getattr(ctx, "unsure_samples", frozenset())
    worded = getattr(ctx, "worded_sample", None)
    if not bases:
        return None
    data: dict[Any, tuple[int, tuple, bool]] = {}
    for b in bases:
        name = str(b.label)
        if name in unsure or name.swapcase() in unsure:
            return None
        got = said.get(name) or said.get(name.swapcase())
        if got is not None:
            data[b] = (*got, True)
        elif worded is not None and len(bases) == 1 and not said:
            data[b] = (*worded, False)
        else:
            return None
    values = {b: v for b, (_, v, _) in data.items()}
    sizes = _sizes(ctx, prev, values)
    if sizes is None:
        return None
    out = _written_out(prev.xreplace(sizes), values)
    if out is None:
        return None
    lists = "; ".join(
        f"{b.label} = ({_shown(v)}) "
        f"{'the prose lists' if sure else 'the prose lists in words'} on line {line}"
        for b, (line, v, sure) in sorted(data.items(), key=lambda kv: str(kv[0]))
    )
    return out, f"puts in the data {lists}", all(sure for _, _, sure in data.values())


def _sizes(ctx: Any, prev: sp.Basic, data: dict) -> dict | None:
    """The sample size a sum over a listed sample runs to, as a letter (``\\sum_{i=1}^n
    x_i``): the list's length, for every ``n`` of the line. None when two lists of other
    lengths run to one letter, or the post says another number for it."""
    sizes: dict = {}
    for node in prev.atoms(sp.Sum, sp.Product):
        bases = {i.base for i in node.function.atoms(sp.Indexed)} & set(data)
        if not bases or len(node.limits) != 1:
            continue
        _, lo, hi = node.limits[0]
        if not (isinstance(hi, sp.Symbol) and lo == 1):
            continue
        for b in bases:
            if sizes.setdefault(hi, len(data[b])) != len(data[b]):
                return None
    said = getattr(ctx, "stated_counts", {}) or {}
    unsure = getattr(ctx, "unsure_counts", frozenset())
    for letter, k in sizes.items():
        if str(letter) in unsure or said.get(str(letter), k) != k:
            return None
    return {letter: sp.Integer(k) for letter, k in sizes.items()}


def _shown(values: tuple) -> str:
    """The list as the verdict shows it: at most 8 numbers, then how many there are."""
    if len(values) <= 8:
        return ", ".join(_show(x) for x in values)
    return ", ".join(_show(x) for x in values[:6]) + f", ... ({len(values)} numbers)"


def _show(x: Fraction) -> str:
    return str(x.numerator) if x.denominator == 1 else str(float(x))


def _written_out(e: sp.Basic, data: dict) -> sp.Basic | None:
    """``e`` with every sum and product over a listed sample written out and each element
    replaced by its number; None if one cannot be (limits not numbers, or outside the
    list), or there would be more than :data:`MAX_TERMS` terms."""
    budget = [MAX_TERMS]

    def element(i: sp.Indexed) -> sp.Basic | None:
        if i.base not in data or len(i.indices) != 1 or not i.indices[0].is_Integer:
            return None
        k = int(i.indices[0])
        values = data[i.base]
        if not 1 <= k <= len(values):
            return None
        x = values[k - 1]
        return sp.Rational(x.numerator, x.denominator)

    def walk(node: sp.Basic) -> sp.Basic | None:
        if isinstance(node, (sp.Sum, sp.Product)) and any(
            i.base in data for i in node.atoms(sp.Indexed)
        ):
            if len(node.limits) != 1:
                return None
            idx, lo, hi = node.limits[0]
            if not (lo.is_Integer and hi.is_Integer):
                return None
            lo_k, hi_k = int(lo), int(hi)
            if hi_k < lo_k or hi_k - lo_k + 1 > budget[0]:
                return None
            budget[0] -= hi_k - lo_k + 1
            terms = []
            for k in range(lo_k, hi_k + 1):
                t = walk(node.function.xreplace({idx: sp.Integer(k)}))
                if t is None:
                    return None
                terms.append(t)
            with sp.evaluate(True):
                return sp.Add(*terms) if isinstance(node, sp.Sum) else sp.Mul(*terms)
        if isinstance(node, sp.Indexed):
            return element(node) if node.base in data else node
        if not node.args:
            return node
        args = []
        for a in node.args:
            w = walk(a)
            if w is None:
                return None
            args.append(w)
        return node.func(*args)

    out = walk(e)
    if out is None or any(i.base in data for i in out.atoms(sp.Indexed)):
        return None
    return out


__all__ = ["put_in", "samples_said", "scope_samples"]
