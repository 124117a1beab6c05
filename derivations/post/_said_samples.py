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
- nothing in the post may speak against the list (adversarial set 22): a letter under a
  command (``\\tilde x = (...)``, ``\\log y = (...)``, ``\\Delta x``) is another quantity's
  list; a letter written with index 0 (``x_0``) is not indexed from 1; an element the post
  sets to another number (``$x_5 = 9$``) or defines by a formula (``$x_i = X_i - \\bar X$``)
  makes the letter's list doubtful, and a list in words that no named list equals (a recount)
  makes every named list doubtful. A list is the data only of the rows after it, and HTML
  comments (which the page does not show) are not read.
- a list in words must follow its data word closely ("the counts were 3, 1, 4", "observations:
  2, 4, 5"): "the measurements took 10, 20 and 30 minutes", "samples of sizes 10, 20 and 30"
  or "counts at ages 20, 30 and 40" list no data.
- a sum must stay inside the list (``\\sum_{i=1}^{6}`` over five numbers decides nothing);
  a sum from 1 to a letter (``\\sum_{i=1}^n x_i``) runs over the whole list, and the letter
  is the list's length in the whole line - unless the post says another number for it, or the
  list's sentence counts in words other than its length ("eight in all: the first five are").

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
#: Words that name data, then (after a few words that only link them: "were", "are", ":")
#: three or more numbers separated by commas or "and".
_DATA_WORD = (
    r"\b(?:data|observations?|observed|counts?|samples?|values|measurements?|measured|"
    r"recorded|readings|lifetimes|outcomes)\b"
)
_LINK = r"(?:\s|:|,|-)*+"
_LINK_WORDS = (
    r"(?:(?:are|were|is|was|be|been|equal|equals|to|as|follows|we|got|had|have|obtained|gave|"
    rf"read|of|our|my|the|these|those|here|then|all)\b{_LINK}){{0,6}}"
)
_WORDED = re.compile(
    rf"{_DATA_WORD}{_LINK}{_LINK_WORDS}\$?{_SPACE}({_NUMBER}(?:(?:{_COMMA}(?:and\s+)?|\s+and\s+)"
    rf"{_NUMBER}){{2,{MAX_VALUES}}})",
    re.IGNORECASE,
)
_ONE_NUMBER = re.compile(_NUMBER)
#: One more number after a list in words (the list went on past :data:`MAX_VALUES`).
_MORE = re.compile(rf"(?:{_COMMA}(?:and\s+)?|\s+and\s+){_NUMBER}")
#: A letter set to a number (``n = 4``, ``\\bar y = 2.75``): its one-letter name.
_NUMBERED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])(?:_\{?\w{1,3}\}?)?\s*=\s*-?\d")


def _numbers(text: str) -> tuple[Fraction, ...]:
    return tuple(Fraction(t) for t in _ONE_NUMBER.findall(text))


def samples_said(text: str) -> tuple[dict[str, list[tuple[int, tuple]]], list[tuple[int, tuple]]]:
    """The lists the post gives: letter -> [(line, numbers)], and the lists in words."""
    text = visible(text[:MAX_TEXT])
    named: dict[str, list[tuple[int, tuple]]] = {}
    lines = _Lines(text)
    for k, m in enumerate(_NAMED.finditer(text)):
        if k >= MAX_LISTS:
            break
        if m.group(2) and _under_a_command(text, m.start(2)):
            continue  # \tilde x = (...), \log y = (...): another quantity's numbers
        letter = m.group(1) or m.group(2)
        named.setdefault(letter, []).append((lines.at(m.start()), _numbers(m.group(3))))
    # the numbers of a named list are not a list in words too
    rest = _NAMED.sub(lambda m: " " * len(m.group(0)), text)
    worded = []
    lines = _Lines(rest)
    for k, m in enumerate(_WORDED.finditer(rest)):
        if k >= MAX_LISTS:
            break
        if _MORE.match(rest, m.end()):
            continue  # more numbers than MAX_VALUES: a list cut off is not the data
        worded.append((lines.at(m.start(1)), _numbers(m.group(1))))
    return named, worded


#: Commands a list's letter may follow and stay the letter (``\boldsymbol x = (...)``).
_BOLD = frozenset(("mathbf", "boldsymbol", "bm", "vec", "mathit", "mathrm", "left"))
_COMMAND_BEFORE = re.compile(r"\\([A-Za-z]+)\s*$")


def _under_a_command(text: str, at: int) -> bool:
    """Whether the letter at ``at`` is the argument of a command or part of a larger
    expression (``\\tilde x``, ``\\log y``, ``\\Delta x``, ``2x``, ``e^x``), not a name."""
    before = text[max(0, at - 40) : at]
    if before[-1:] in ("^", "_", "'", "}", ")", "|") or before[-1:].isdigit():
        return True
    m = _COMMAND_BEFORE.search(before)
    return m is not None and m.group(1) not in _BOLD


def visible(text: str) -> str:
    """``text`` without its HTML comments (``<!-- ... -->``, which the page does not show; an
    unclosed one hides the rest), each replaced by its newlines so lines keep their numbers."""
    out, pos = [], 0
    while True:
        start = text.find("<!--", pos)
        if start < 0:
            out.append(text[pos:])
            return "".join(out)
        end = text.find("-->", start + 4)
        stop = len(text) if end < 0 else end + 3
        out.append(text[pos:start])
        out.append("\n" * text.count("\n", start, stop))
        pos = stop


#: An element of a sample set to a number where it stands alone (``$x_5 = 9$``, ``x_{3} =
#: 4,``): (letter, index, number). The character before and after is checked in
#: :func:`_elements_said`.
_ELEMENT = re.compile(
    rf"(?<![\\A-Za-z])([A-Za-z])_(?:(\d{{1,4}})|\{{\s*(\d{{1,4}})\s*\}})\s*=\s*({_NUMBER})(?![\d.])"
)
#: An element with index 0 (``x_0``, ``x_{0}``): the sample is not indexed from 1.
_ZERO_INDEX = re.compile(r"(?<![\\A-Za-z])([A-Za-z])_(?:0|\{\s*0\s*\})(?![\d.])")
#: A sample defined elementwise by a formula where it stands alone (``$x_i = X_i - \bar X$``):
#: the letter and the formula, to the end of the math.
_DEFINED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])_(?:[a-z]|\{[a-z]\})\s*=\s*([^$\n]{1,200})")
#: Number words a sentence may count with.
_COUNT_WORDS = {
    w: k
    for k, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_COUNT_WORD = re.compile(r"\b(" + "|".join(_COUNT_WORDS) + r")\b", re.IGNORECASE)


def _alone(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` stands alone: math or a sentence around it, not a side of
    a longer expression (``x_1 + x_4 = 11``); without ``end``, whether it starts so."""
    before = text[max(0, start - 20) : start].rstrip()
    opens = not before or before[-1] in "$,;:(" or before[-1].isalpha()
    if end is None:
        return opens
    after = text[end : end + 20].lstrip()
    closes = not after or after[0] in "$,;.)\\" or after[0].isalpha()
    return opens and closes


def _doubts(text: str, named: dict, worded: list) -> tuple[set, set, set]:
    """What the post says against its lists: (letters whose list is doubtful, letters that
    must not borrow the other case's list, letters whose list is not the whole sample)."""
    lists = {k: items[0][1] for k, items in named.items()}
    doubtful = {m.group(1) for m in _ZERO_INDEX.finditer(text)}
    for m in _ELEMENT.finditer(text):
        if not _alone(text, m.start(), m.end()):
            continue
        letter, k = m.group(1), int(m.group(2) or m.group(3))
        values = lists.get(letter) or lists.get(letter.swapcase())
        if values is not None and not (
            1 <= k <= len(values) and values[k - 1] == Fraction(m.group(4))
        ):
            doubtful.add(letter)
    own = set()
    for m in _DEFINED.finditer(text):
        if _alone(text, m.start()) and re.search(
            rf"(?<![\\A-Za-z]){m.group(1).swapcase()}(?![A-Za-z])", m.group(2)
        ):
            own.add(m.group(1))  # x_i = X_i - \bar X: x is not X's data
    if any(v not in lists.values() for _, v in worded):
        doubtful |= set(lists)  # a recount in words, or another list of numbers
    partial = set()
    lines, counted = text.split("\n"), {}
    for letter, items in named.items():
        for line, values in items:
            if _counts(lines, line, counted) - {len(values)}:
                partial.add(letter)
    return doubtful, own, partial


def _counts(lines: list[str], line: int, seen: dict) -> set[int]:
    """The numbers the paragraph of line ``line`` (at most 20 lines either side, 5,000
    characters of each) counts in words ("eight in all: the first five are ..."); ``seen``
    keeps them per paragraph."""
    lo = hi = line - 1
    while lo > 0 and line - lo < 20 and lines[lo - 1].strip():
        lo -= 1
    while hi + 1 < len(lines) and hi - line < 20 and lines[hi + 1].strip():
        hi += 1
    if (lo, hi) not in seen:
        paragraph = "\n".join(x[:5_000] for x in lines[lo : hi + 1])
        seen[lo, hi] = {_COUNT_WORDS[w.lower()] for w in _COUNT_WORD.findall(paragraph)}
    return seen[lo, hi]


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
    two different lists, or whose list the post speaks against (:func:`_doubts`);
    ``own_samples`` the letters that must not borrow the other case's list;
    ``partial_samples`` the letters whose list is not the whole sample; ``worded_sample`` is
    the one list in words, None if there are none or several."""
    text = visible(text[:MAX_TEXT])
    named, worded = samples_said(text)
    ctx.said_samples = {
        k: items[0] for k, items in named.items() if len({v for _, v in items}) == 1
    }
    doubtful, own, partial = _doubts(text, named, worded)
    ctx.unsure_samples = frozenset(
        k for k, items in named.items() if len({v for _, v in items}) > 1
    ) | frozenset(doubtful)
    ctx.own_samples = frozenset(own)
    ctx.partial_samples = frozenset(partial)
    lists = {v for _, v in worded}
    ctx.worded_sample = worded[0] if len(lists) == 1 and not doubtful - set(named) else None
    # letters the post sets to a number ("$n = 4$", a list): a row written with numbers in
    # their place may be a value at them (._template_numbers)
    numbered = {m.group(1) for m in _NUMBERED.finditer(text)}
    ctx.numbered_letters = frozenset(numbered | set(named) | counted_in_words(text))


#: What a post counts: a letter's noun ("$n$ observations", "total $s$") and the same noun
#: counted in words or digits ("four observations", "the total is ten").
_NOUN = (
    r"(observations?|draws?|values?|trials?|successes|success|failures?|events?|points?|"
    r"samples?|items?|units?|counts?|measurements?|total|sum)"
)
_AMOUNT = r"(\d{1,9}|" + "|".join(_COUNT_WORDS) + r")"
_LETTER_NOUN = re.compile(
    rf"\$\s*([A-Za-z])\s*\$\s+(?:[a-z]+\s+)??{_NOUN}\b|\b{_NOUN}\s+(?:of\s+)?\$\s*([A-Za-z])\s*\$"
)
_AMOUNT_NOUN = re.compile(
    rf"\b{_AMOUNT}\s+(?:[a-z]+\s+)??{_NOUN}\b"
    rf"|\b{_NOUN}\s+(?:is|was|of|equals|came to)\s+{_AMOUNT}\b",
    re.IGNORECASE,
)


def _noun(word: str) -> str:
    word = word.lower()
    return "success" if word == "successes" else word.rstrip("s")


def counted_in_words(text: str) -> set[str]:
    """Letters the post sets to a number in words (adversarial set 22, 28: "$n$ observations
    with total $s$", then "four observations whose total is ten"): a letter that counts a
    noun the post also counts in words or digits."""
    text = text[:MAX_TEXT]
    said = set()
    for m in _AMOUNT_NOUN.finditer(text):
        said.add(_noun(m.group(2) or m.group(3)))
    out = set()
    for m in _LETTER_NOUN.finditer(text):
        letter, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if _noun(noun) in said:
            out.add(letter)
    return out


def put_in(ctx: Any, prev: sp.Basic, line: int | None = None) -> tuple[sp.Basic, str, bool] | None:
    """``prev`` with the listed data put in: (the line, how it says so, sure). ``sure`` is
    False for a list in words (it may be another sample's). None when the data of some
    sample of ``prev`` are not listed (before ``line``, the row's, when given) or in doubt, or
    a sum of it leaves the list or runs to a letter."""
    bases = {i.base for i in prev.atoms(sp.Indexed)}
    said = getattr(ctx, "said_samples", {}) or {}
    unsure = getattr(ctx, "unsure_samples", frozenset())
    own = getattr(ctx, "own_samples", frozenset())
    worded = getattr(ctx, "worded_sample", None)
    if not bases:
        return None

    def before(item: tuple | None) -> tuple | None:
        return item if item is None or line is None or item[0] < line else None

    data: dict[Any, tuple[int, tuple, bool]] = {}
    for b in bases:
        name = str(b.label)
        if name in unsure or (name.swapcase() in unsure and name not in said):
            return None
        got = said.get(name) or (None if name in own else said.get(name.swapcase()))
        got = before(got)
        if got is not None:
            data[b] = (*got, True)
        elif worded is not None and len(bases) == 1 and not said and name not in own:
            wordy = before(worded)
            if wordy is None:
                return None
            data[b] = (*wordy, False)
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
        f"{'the prose lists' if sure else 'the prose lists in words'} on line {at}"
        for b, (at, v, sure) in sorted(data.items(), key=lambda kv: str(kv[0]))
    )
    return out, f"puts in the data {lists}", all(sure for _, _, sure in data.values())


def _sizes(ctx: Any, prev: sp.Basic, data: dict) -> dict | None:
    """The sample size a sum over a listed sample runs to, as a letter (``\\sum_{i=1}^n
    x_i``): the list's length, for every ``n`` of the line. None when two lists of other
    lengths run to one letter, or the post says another number for it, or the words around the
    list count other numbers (it may be part of the sample)."""
    sizes: dict = {}
    partial = getattr(ctx, "partial_samples", frozenset())
    for node in prev.atoms(sp.Sum, sp.Product):
        bases = {i.base for i in node.function.atoms(sp.Indexed)} & set(data)
        if not bases or len(node.limits) != 1:
            continue
        _, lo, hi = node.limits[0]
        if not (isinstance(hi, sp.Symbol) and lo == 1):
            continue
        for b in bases:
            if str(b.label) in partial or str(b.label).swapcase() in partial:
                return None
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
