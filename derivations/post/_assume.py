"""Assumptions on a post's names: its front matter, ``--assume``, and its own sentences.

Statements are in the assumption language of :mod:`derivations.assumptions`
(``0 < p < 1``, ``\\lambda > 0``, ``x_i \\in \\{0, 1\\}``, ``k_n \\in \\mathbb{N}``,
``\\sigma^2 > 0``...), from three places:

- the front matter::

      ---
      assume:
        - 0 < p < 1
        - x_i \\in \\{0, 1\\}
      ---

  or inline (``assume: \\lambda > 0; x_n >= 0``, ``assume: [a, b]``);
- ``--assume "\\lambda > 0"`` on the command line;
- the post's prose: an inline formula that is a domain statement ("where
  $\\lambda > 0$", "for $0 < p < 1$") and a few sentence forms ("each $x_i$ is 0
  or 1", "$k_i$ is a non-negative integer", "$\\lambda$ is positive").

A statement in the front matter or on the command line that cannot be read is
an error naming where it is and the accepted forms; a formula in the prose
that is not a domain statement is simply prose. Every domain keeps where it
came from (``front matter line 3``, ``--assume``, ``line 12``), and the report
shows it.

Defaults fit a Gaussian MLE post (:mod:`derivations.symbols`): ``N`` a positive
integer, ``\\sigma^2 > 0`` (the variance symbol), ``\\mu`` and the samples real.
``\\sigma > 0`` is read as what it says of the variance: ``\\sigma^2`` stays the
variance symbol.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import Any

import sympy as sp

from .. import symbols as S
from .._errors import AssumptionError
from ..assumptions import Domain, chain_bound, parse, parse_all
from ._named_spaces import space_statements
from ._notation import GREEK
from ._tosympy import Context, element_subscript

#: Names whose square is the symbol the reader uses (``\sigma^2`` is ``sigma2``).
_VARIANCE = {"sigma": "sigma2"}


# --------------------------------------------------------------------------- front matter


def _split_items(text: str) -> list[str]:
    """Split ``a; b`` or ``a, b`` at separators outside brackets and braces."""
    out, depth, current = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch in ";," and depth == 0:
            out.append("".join(current))
            current = []
            continue
        current.append(ch)
    out.append("".join(current))
    return [x.strip() for x in out if x.strip()]


def _unquote(item: str) -> str:
    item = item.strip()
    if len(item) >= 2 and item[0] == item[-1] and item[0] in "'\"":
        return item[1:-1]
    return item


def front_matter_statements(front: str, first_line: int = 2) -> list[tuple[str, str]]:
    """``(statement, where)`` pairs from the ``assume`` key of a front matter.

    Raises
    ------
    AssumptionError
        When the ``assume`` value is malformed (unbalanced brackets).
    """
    out: list[tuple[str, str]] = []
    lines = front.split("\n")
    for k, line in enumerate(lines):
        m = re.match(r"^assume\s*:\s*(.*)$", line)
        if not m:
            continue
        where = f"front matter line {first_line + k}"
        rest = m.group(1).strip()
        if rest:
            if rest.startswith("["):
                if not rest.endswith("]") or rest.count("[") != rest.count("]"):
                    raise AssumptionError(
                        f"{where}: the assume list {rest[:60]!r} is not closed; write "
                        "'assume: [a, b]', 'assume: a; b' or one '- statement' per line."
                    )
                rest = rest[1:-1]
            if rest.count("(") != rest.count(")") or rest.count("{") != rest.count("}"):
                raise AssumptionError(f"{where}: unbalanced brackets in {rest[:60]!r}.")
            out.extend((_unquote(part), where) for part in _split_items(rest))
            continue
        for j in range(k + 1, len(lines)):
            item = re.match(r"^\s+-\s*(.*)$", lines[j])
            if not item:
                if lines[j].strip() and lines[j].startswith((" ", "\t")):
                    raise AssumptionError(
                        f"front matter line {first_line + j}: under 'assume:' each "
                        "statement is one '- statement' line."
                    )
                break
            out.append((_unquote(item.group(1)), f"front matter line {first_line + j}"))
    return out


def read_statements(statements: Iterable[tuple[str, str]]) -> list[Domain]:
    """The domains of declared statements (front matter, ``--assume``), merged per name.

    Raises
    ------
    AssumptionError
        The first statement that is not in an accepted form.
    """
    return parse_all((part, where) for text, where in statements for part in expand(text))


# --------------------------------------------------------------------------- supports

_DOTS = r"(?:\\[lc]?dots|\\dotsc|\.\.\.|…)"
#: ``1, 2, 3, \dots``: consecutive whole numbers without a last one (a support).
_OPEN_LIST = re.compile(
    r"^\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?(?:,\s*(-?\d+)\s*)?,\s*" + _DOTS + r"\s*$"
)
#: A name in a list of names (``c, \beta > 0``): a letter, Greek or not, with at most a
#: subscript.
_LISTED_NAME = r"\\?[A-Za-z]+(?:_\{?\w{1,8}\}?)?"
#: ``NAME \in \{1, 2, \dots\}``: the same list as a set.
_IN_OPEN_SET = re.compile(
    r"^(?P<name>.+?)\s*(?:\\in\b|∈)\s*(?:\\left)?\s*\\\{(?P<list>[^{}]*)(?:\\right)?\s*\\\}\s*[.,;]?\s*$"
)


def open_support(listing: str) -> int | None:
    """The first value of ``a, a + 1, ..., \\dots`` (consecutive whole numbers with no
    last one), or None when ``listing`` is not such a list.

    >>> open_support(r"1, 2, 3, \\dots"), open_support(r"0, 1, \\ldots")
    (1, 0)
    >>> open_support("1, 3, \\dots") is None
    True
    """
    m = _OPEN_LIST.match(listing)
    if not m:
        return None
    values = [int(v) for v in m.groups() if v is not None]
    if any(b - a != 1 for a, b in zip(values, values[1:], strict=False)):
        return None
    return values[0]


def expand(statement: str) -> list[str]:
    """A statement as statements of the assumption language.

    ``x_i \\in \\{1, 2, \\dots\\}`` (a support with no last value, which
    :func:`derivations.assumptions.parse` does not read) is ``x_i integer`` and
    ``x_i >= 1``; a list (``a < 0, b > 0``, ``c, \\beta > 0``, ``\\alpha, \\beta \\in (0, 1)``)
    is one statement per name; a set-builder (``\\theta \\in \\{\\theta : \\theta > 1\\}``,
    ``\\Theta = \\{\\theta : \\theta > 1\\}``) is its condition; ``a \\le b \\le 0`` bounds both
    names. Any other statement is itself.
    """
    text = statement.strip().strip("$")
    m = _IN_OPEN_SET.match(text)
    if m:
        first = open_support(m.group("list"))
        if first is not None:
            name = m.group("name").strip()
            return [f"{name} integer", f"{name} >= {first}"]
    builder = _set_builder(text)
    if builder is not None:
        return builder
    m = _ABS_BOUND.match(text)
    if m:
        # |t| < 1: -1 < t < 1 (a series' ratio, an MGF's argument)
        name, rel, bound = m.group("name").strip(), m.group("rel"), m.group("bound")
        strict = rel in ("<", "\\lt")
        return [
            f"{name} {'>' if strict else '>='} -{bound}",
            f"{name} {'<' if strict else '<='} {bound}",
        ]
    m = _NAME_CHAIN.match(text)
    if m:
        a, r1, b, r2, bound = m.groups()
        down = r1.lstrip("\\")[0] in "<l"
        if down == (r2.lstrip("\\")[0] in "<l"):
            strict = r1 in ("<", ">") or r2 in ("<", ">")
            rel = ("<" if down else ">") + ("" if strict else "=")
            return [f"{a} {r1} {b}", f"{b} {r2} {bound}", f"{a} {rel} {bound}"]
    items = _list_items(text)
    if len(items) > 1:
        each = _distribute(items)
        if each is not None:
            return [part for item in each for part in expand(item)]
    return [statement]


#: A relation sign as authors write it in a domain statement.
_REL = (
    r"(?:<=|>=|<|>|\\leq?\b|\\geq?\b|\\neq?\b|\\leqslant\b|\\geqslant\b|\\lt\b|\\gt\b"
    r"|\\in\b|[≤≥≠∈])"
)
#: ``NAME REL NUMBER``, or ``NAME \in SET``: what a list of names may share.
_SHARED = re.compile(rf"^(?P<name>{_LISTED_NAME})\s*(?P<rel>{_REL})\s*(?P<rest>.+)$")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
#: ``a \le b \le 0``: two names and a number in one chain.
_NAME_CHAIN = re.compile(
    rf"^\s*({_LISTED_NAME})\s*(<=|<|\\leq?\b|\\leqslant\b|>=|>|\\geq?\b|\\geqslant\b)\s*"
    rf"({_LISTED_NAME})\s*(<=|<|\\leq?\b|\\leqslant\b|>=|>|\\geq?\b|\\geqslant\b)\s*"
    r"(-?\d+(?:\.\d+)?)\s*[.,;]?\s*$"
)
#: ``\{v : cond\}``, ``\{v \mid cond\}``, ``\{v \in SET : cond\}`` after ``NAME \in`` or
#: ``SPACE =``.
_BUILDER = re.compile(
    rf"^(?P<lhs>.+?)\s*(?P<how>\\in\b|∈|=)\s*(?:\\left)?\s*\\\{{\s*(?P<var>{_LISTED_NAME})\s*"
    r"(?:(?:\\in\b|∈)\s*(?P<set>[^:|]+?))?\s*(?::|\\mid\b|\\colon\b|\|)\s*(?P<cond>.+?)\s*"
    r"(?:\\right)?\s*\\\}\s*[.,;]?\s*$"
)
#: ``|NAME| < NUMBER`` (``\\lvert``/``\\rvert`` and ``\\left|``/``\\right|`` too).
_ABS_BOUND = re.compile(
    rf"^\s*(?:\\left\s*)?(?:\||\\lvert|\\vert)\s*(?P<name>{_LISTED_NAME})\s*"
    r"(?:\\right\s*)?(?:\||\\rvert|\\vert)\s*(?P<rel><=|<|\\leq?\b|\\leqslant\b|\\lt\b)\s*"
    r"(?P<bound>\d+(?:\.\d+)?)\s*[.,;]?\s*$"
)
#: The separators of a list besides its commas.
#: The name of a set (``\\Theta``, ``S``, ``\\mathcal{X}``).
_SPACE_NAME = r"\\[A-Z][a-z]+|[A-Z]|\\mathcal\{[A-Z]\}"
_AND = re.compile(r"\\(?:text|mbox|textrm)\s*\{\s*and\s*\}|\\quad\b|\\qquad\b")
_SPACING = re.compile(r"^(?:\s|\\[,;:! ])+|(?:\s|\\[,;:! ]|[.;])+$")


def _set_builder(text: str) -> list[str] | None:
    """The condition of ``\\theta \\in \\{\\theta : \\theta > 1\\}`` (or of a space named
    ``\\Theta = \\{...\\}``), when it is about the letter the set is built on."""
    m = _BUILDER.match(text)
    if not m:
        return None
    lhs, var = m.group("lhs").strip(), m.group("var").strip()
    same = lhs.replace(" ", "") == var.replace(" ", "")
    named_space = m.group("how") == "=" and re.fullmatch(_SPACE_NAME, lhs)
    if not (same and m.group("how") != "=" or named_space) or var not in m.group("cond"):
        return None
    out = [f"{var} \\in {m.group('set').strip()}"] if m.group("set") else []
    return out + expand(m.group("cond"))


def _list_items(text: str) -> list[str]:
    """The items of ``a < 0, b > 0`` (commas and ``\\text{ and }`` outside brackets)."""
    items = _split_items(_AND.sub(",", re.sub(r"\\[,;:! ]", " ", text)))
    return [x for x in (_SPACING.sub("", item) for item in items) if x]


def _distribute(items: list[str]) -> list[str] | None:
    """One statement per name: a name with no relation shares the next item's relation
    (``c, \\beta > 0``, ``\\alpha, \\beta \\in (0, 1)``); an item with its own relation
    stands alone (``a < 0, b > 0``). None when an item is neither (a list of values, a
    formula), so that the whole statement is read as one or not at all."""
    out: list[str] = []
    waiting: list[str] = []
    for item in items:
        if re.fullmatch(_LISTED_NAME, item):
            waiting.append(item)
            continue
        if not re.search(_REL, item):
            return None
        if waiting:
            m = _SHARED.match(item)
            rest = m.group("rest").strip() if m else ""
            if not m or not (m.group("rel") in ("\\in", "∈") or _NUMBER.fullmatch(rest)):
                return None
            out += [f"{n} {m.group('rel')} {rest}" for n in (*waiting, m.group("name"))]
            waiting = []
        else:
            out.append(item)
    return None if waiting else out


# --------------------------------------------------------------------------- prose

_INLINE = re.compile(r"(?<![\\$])\$(?!\$)([^$\n]{1,200}?)(?<!\\)\$(?!\$)|\\\((.{1,200}?)\\\)")
_DOUBLE = re.compile(r"\$\$([^$]{1,200}?)\$\$")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
_NAME_MATH = r"\$([^$]{1,40})\$"
#: A bound in a sentence: ``$m$``, ``$0$`` or a bare whole number.
_BOUND = r"(?:\$([^$]{1,30})\$|(-?\d+)\b)"


#: "negative" as a sign, not the start of a law's or a matrix's name ("a negative binomial
#: variable", "negative definite", "negative log-likelihood").
_NEGATIVE = r"negative(?![\s-]*(?:binomial|definite|semi|log|hypergeometric|multinomial))"


#: "positive or negative", "positive or zero": the sign word is one of alternatives, no sign.
#: "positive or negative": the sign word is one of alternatives and states no sign ("or zero"
#: is read with the sign, :func:`_sign_words`).
_NOT_ALTERNATIVE = r"(?!\s*(?:,\s*)?or\b)"

#: Words after a letter that let it take every real value: "be any (an arbitrary, a) real
#: number", "are real numbers", "can be positive or negative", "is of either sign". A sign or
#: bound among them ("a positive real number") is no such word, and a bound in the formula
#: ("$\sigma > 0$ be a real number") is no name, so nothing is stated.
_ANY_SIGN = (
    r"\s+(?:(?:is|be)\s+(?:any|an\s+arbitrary|an?)\s+(?:non-?zero\s+)?real\s+"
    r"(?:number|value|constant|scalar)\b"
    r"|(?:are|be)\s+(?:any\s+|arbitrary\s+)?real\s+(?:numbers|values|constants|scalars)\b"
    r"|(?:is|are|be|can\s+be|may\s+be)\s+(?:either\s+)?(?:positive\s+or\s+negative"
    r"|negative\s+or\s+positive|of\s+(?:either|any|both)\s+signs?)\b"
    # "$\sigma$ is a nonzero real parameter that can be negative", "$\sigma$ may be
    # negative", "be nonzero, of arbitrary sign", "is real, not necessarily positive"
    # (adversarial38, 12, 45, 46): words of the letter's own clause, then words that allow
    # a negative value; other words between ("is positive, but the residuals can be
    # negative") are another subject's
    r"|(?:(?:is|be|are|a|an|non-?zero|real|number|parameter|value|constant|scalar|that|"
    r"which|it|and|here)(?:,\s*|\s+))*\(?(?:(?:that|which|it)\s+)?"
    r"(?:(?:can|may|could|might)\s+(?:also\s+)?be\s+negative|possibly\s+negative|"
    r"not\s+necessarily\s+positive|of\s+(?:arbitrary|any|either|both)\s+signs?)\b)"
)


def _any_sign(names: str) -> list[str]:
    """``NAME is any real number``: ``NAME \\in \\mathbb{R}`` for a letter a convention reads
    as positive (``\\sigma``, the standard deviation), the only one the words change. Every
    other letter is real already, and a domain is the whole post's: "Let $A$ and $B$ be real
    numbers" under one heading made the 2x2 matrices of the next one numbers (adversarial32,
    21)."""
    out = []
    for statement in expand(f"{names} \\in \\mathbb{{R}}"):
        try:
            if all(d.name in _VARIANCE and not d.sample for d in parse(statement, "prose")):
                out.append(statement)
        except AssumptionError:
            continue
    return out


def _sign_words(
    name: str, kind: str, or_zero: str | None = None, integer: bool = False
) -> list[str]:
    """``NAME is positive`` (non-negative, negative; "positive or zero"): the statement in the
    assumption language. "Negative" was not read, and a row true for a negative letter was
    refuted."""
    kind = kind.lower().replace("-", "")
    if or_zero and kind == "negative":
        return [f"{name} \\le 0"]
    word = "nonnegative" if kind == "nonnegative" or or_zero else kind
    return [f"{name} {word} integer" if integer else f"{name} {word}"]


def _range(name: str, a1: str | None, a2: str | None, b1: str | None, b2: str | None) -> list[str]:
    """``NAME is an integer between a and b``: both ends included, as for counts."""
    lo, hi = (a1 or a2 or "").strip(), (b1 or b2 or "").strip()
    return [f"{lo} \\le {name} \\le {hi}", f"{name} integer"]


#: Words between a name and a list that make the list a range of an index, not a
#: support ("$x_i$ for each $i$ in ...", "sum over ...").
_INDEX_WORDS = re.compile(
    r"\b(?:for|each|every|all|index|indices|sum|product|runs?|ranges?)\b", re.I
)


def _support(name: str, gap: str, listing: str) -> list[str]:
    """``NAME ... on $1, 2, 3, \\dots$``: a list or set of whole numbers the name ranges over.

    Only lists of whole numbers count (an open list ``0, 1, 2, \\dots``, a finite one
    ``0, 1, \\ldots, m``, a set ``\\{...\\}``, ``\\mathbb{N}``): "in $(0, 1)$" after a
    name is as often a place as a domain.
    """
    listing = listing.strip()
    if _INDEX_WORDS.search(gap):
        return []
    if open_support(listing) is not None:
        return expand(f"{name} \\in \\{{{listing}\\}}")
    if re.match(r"^\\(?:left)?\s*\\\{", listing) or re.match(r"^\\mathbb\s*\{?\s*[NZ]", listing):
        return expand(f"{name} \\in {listing}")
    if re.match(r"^-?\d+\s*,[^{}]*" + _DOTS + r"\s*,\s*[^,]+$", listing):
        return [f"{name} \\in \\{{{listing}\\}}"]
    return []


#: ``(pattern, make, samples_only)``: ``make`` turns the match's groups into
#: statements; ``samples_only`` keeps the reading to indexed names (``x_i``), where
#: words such as "counts" describe data (a sample size is positive by default, and
#: "the number of" must not weaken it).
_SENTENCES = [
    (
        re.compile(_NAME_MATH + r"\s+(?:is|are)\s+(?:either\s+)?0\s+or\s+1\b", re.I),
        lambda name: [f"{name} \\in \\{{0, 1\\}}"],
        False,
    ),
    (
        re.compile(
            _NAME_MATH + r"\s+(?:is|are)\s+(?:an?\s+|all\s+)?(?:integers?|whole\s+numbers?|counts?)"
            r"\s+(?:between|from)\s+" + _BOUND + r"\s+(?:and|to|through)\s+" + _BOUND,
            re.I,
        ),
        _range,
        False,
    ),
    (
        re.compile(
            _NAME_MATH
            + r"\s+(?:is|are)\s+(?:a\s+|all\s+)?(non-?negative|positive|"
            + _NEGATIVE
            + r")\s+"
            r"(?:integers?|whole numbers?|counts?)\b",
            re.I,
        ),
        lambda name, kind: _sign_words(name, kind, integer=True),
        False,
    ),
    (
        re.compile(
            _NAME_MATH
            + r"\s+(?:is|are)\s+(?:a\s+|all\s+)?(non-?negative|positive|"
            + _NEGATIVE
            + r")\b(\s+or\s+zero\b)?"
            + _NOT_ALTERNATIVE,
            re.I,
        ),
        _sign_words,
        False,
    ),
    (
        # "Let $\sigma$ be any real number", "$a, \sigma$ are real numbers", "$\sigma$ can be
        # positive or negative": the letter's domain is the real line, as "$\sigma \in
        # \mathbb{R}$" says (adversarial37, 28: the words were not read, and sigma stayed the
        # standard deviation, so sqrt(sigma^2) = sigma was proved)
        re.compile(_NAME_MATH + _ANY_SIGN, re.I),
        lambda name: _any_sign(name),
        False,
    ),
    (
        # "$x_i$ takes the values $0, 1, 2, \dots$", "$x_i$ follows a geometric
        # distribution on $1, 2, 3, \dots$": the nearest name before the list, in the
        # same sentence (no other formula and no full stop between them).
        re.compile(
            _NAME_MATH + r"([^$.;:!?]{0,80}?)\b(?:on|over|in|values|from)\s+"
            r"(?:the\s+(?:set|values|integers)\s+)?\$([^$]{1,60})\$",
            re.I,
        ),
        _support,
        False,
    ),
    (
        re.compile(
            _NAME_MATH + r"(?:\s+(?:is\s+an?|are)\s+(?:[a-z]+\s+)?counts?\b"
            r"|\s+counts\s+(?:the|how)\b|,?\s+(?:is\s+|are\s+)?the\s+number\s+of\b)",
            re.I,
        ),
        lambda name: [f"{name} nonnegative integer"],
        True,
    ),
]


def _blank(m: re.Match[str]) -> str:
    return "".join("\n" if ch == "\n" else " " for ch in m.group(0))


#: The word that makes the formula right after it hold in one case only ("If $x_i > \\mu$,
#: then ..."), or another formula joined to such a one ("if $a > 0$ and $b > 0$"). Only the
#: formula written right after it: "If each shot goes in with probability $p$, for $0 < p
#: < 1$, ..." states the post's domain in a sentence that starts with "if".
_CASE_BEFORE = re.compile(
    r"\b(?:if|whenever|unless|in\s+case)\s*(?:\$[^$]{1,200}\$\s*(?:,|and|or)\s*)*$",
    re.IGNORECASE,
)
#: A formula that names a case ("to cover the \\(x<0\\) case").
_CASE_AFTER = re.compile(r"^\s*(?:case|cases)\b", re.IGNORECASE)


#: ``\\(...\\)``, an inline formula the case words are read around as ``$...$``.
_PAREN_FORMULA = re.compile(r"\\\((.{0,200}?)\\\)")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _case_hypothesis(text: str, start: int, end: int) -> bool:
    """Is the formula at ``text[start:end]`` the hypothesis of one case ("If $x_i > \\mu$",
    "the $x < 0$ case") rather than a statement about the whole post?"""
    before = text[max(0, start - 300) : start]
    if "\\(" in before:  # (asked of every formula: 100,000 of them in a hostile post)
        before = _PAREN_FORMULA.sub(r"$\1$", before)
    before = _PARAGRAPH_BREAK.split(before)[-1]
    return bool(_CASE_BEFORE.search(before) or _CASE_AFTER.match(text[end : end + 20]))


def _prose_text(body: str) -> str:
    """The post's text with code fences and comments blanked (lines kept)."""
    return _blank_comments(_FENCE.sub(_blank, body[:2_000_000]))


def _blank_comments(text: str) -> str:
    """``text`` with each HTML comment blanked (lines kept; an unclosed one hides the rest), in
    one pass: ``<!--.*?-->`` scanned to the end of the text from each of 50,000 unclosed
    ``<!--`` (hostile post: 77 s)."""
    out, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        stop = len(text) if end < 0 else end + 3
        out += [text[pos:start], "".join("\n" if ch == "\n" else " " for ch in text[start:stop])]
        pos = stop
    out.append(text[pos:])
    return "".join(out)


def _inline_formulas(text: str) -> Iterator[tuple[str, int, int]]:
    """Each formula in a sentence (``$...$``, ``\\(...\\)``, kramdown ``$$...$$`` in a
    line) with where it starts and ends."""
    for m in _DOUBLE.finditer(text):
        yield m.group(1), m.start(), m.end()
    for m in _INLINE.finditer(_DOUBLE.sub(_blank, text)):
        yield m.group(1) or m.group(2), m.start(), m.end()


#: A formula of the prose: its text, where it starts and ends, and whether it is the
#: hypothesis of one case (:func:`_case_hypothesis`).
ProseFormula = tuple[str, int, int, bool]


@functools.lru_cache(maxsize=1)
def prose_formulas(body: str) -> tuple[str, tuple[ProseFormula, ...]]:
    """The prose text of ``body`` (:func:`_prose_text`) and each formula of its sentences,
    scanned once per post for every reader of the prose: its domains, its case hypotheses,
    the cases in words (:mod:`._case_words`) and the orders between letters
    (:mod:`._unread_orders`). Each scanning again made a post of 100,000 empty displays
    take 8 s instead of 6.4 s (test_hostile size-100000-empty-displays, limit 5 s)."""
    text = _prose_text(body)
    # An empty formula ($$ $$) states nothing to any of them: left out, 100,000 of them
    # cost nothing downstream (they cost 4 s of the 6.5 s of that post).
    formulas = [(f, a, b) for f, a, b in _inline_formulas(text) if f.strip()]
    return text, tuple((f, a, b, _case_hypothesis(text, a, b)) for f, a, b in formulas)


#: A display: kramdown ``$$...$$``, ``\\[...\\]`` or a numbered environment.
_DISPLAY = re.compile(
    r"\$\$.{0,20000}?\$\$|\\\[.{0,20000}?\\\]"
    r"|\\begin\{(equation|align|gather|eqnarray|multline)\*?\}.{0,20000}?\\end\{\1\*?\}",
    re.S,
)


def case_hypotheses(body: str, first_line: int = 1) -> list[tuple[str, int, int]]:
    """The formulas that state one case ("If $x < 0$, then"), each with its line and the
    last line it governs: the end of the first display after it (the rows it introduces).
    Not a domain of the post, but a refutation of those rows must hold inside it (see
    :mod:`._conditions`)."""
    text, formulas = prose_formulas(body)
    found = [(f, a, b) for f, a, b, case in formulas if case]
    found.sort(key=lambda x: x[1])
    out = []
    for k, (formula, start, end) in enumerate(found):
        shown = _DISPLAY.search(text, end)
        paragraph_end = text.find("\n\n", end)
        stop = shown.end() if shown else paragraph_end if paragraph_end >= 0 else len(text)
        if k + 1 < len(found) and found[k + 1][1] < stop:
            # "Case 1: if $x \ge 0$, then $f(x) = x$. Case 2: if $x < 0$ ...": the next
            # case starts before the display, which is that case's
            stop = min(stop, text.rfind("\n", 0, found[k + 1][1]))
        line = first_line + text.count("\n", 0, start)
        out.append((formula, line, first_line + text.count("\n", 0, max(stop, end))))
    return out


#: A negation that governs the formula right after it ("We do not assume $|t| < 1$", "It is
#: not true that", "without assuming"): a few words between, none that starts a new clause.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no\s+longer|without|cannot)|n't)"
    r"(?:\s+(?!(?:and|but|so|then|where|since|hence|thus|while|or|as)\b)[A-Za-z'-]+){0,3}\s*$",
    re.I,
)
#: ... or denies the formula before it ("$|t| < 1$ fails here", "$t > 0$ does not hold").
_DENIED_AFTER = re.compile(
    r"^\s*(?:fails|failed|does\s+not|doesn't|did\s+not|is\s+(?:not|false|violated)|isn't"
    r"|need\s+not|cannot|can't|may\s+not|must\s+not|never)\b",
    re.I,
)


def _denied(text: str, start: int, end: int) -> bool:
    """Does the sentence deny the formula at ``text[start:end]`` rather than state it
    (adversarial set 23, 11: "We do not assume $|t| < 1$" made a divergent series proved)?"""
    before = re.split(r"[.;:!?\n]\s", text[max(0, start - 80) : start])[-1]
    return bool(_DENIED_BEFORE.search(before) or _DENIED_AFTER.match(text[end : end + 30]))


def prose_statements(body: str, first_line: int = 1) -> list[tuple[str, str]]:
    """Domain statements the post makes in its sentences, with the line they are on.

    An inline formula counts when it reads as a statement of the assumption
    language (``$\\lambda > 0$``, ``$0 < p < 1$``, ``$x_i \\in \\{0, 1\\}$``); so do
    the sentence forms in the module docstring. Anything else is prose.
    """
    text, formulas = prose_formulas(body)
    out: list[tuple[str, str]] = []

    # where each line starts, so a line is found by bisection: counting the newlines before
    # each of 10^5 statements scanned the prose 10^5 times (tests/test_hostile_attack31)
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line_of(pos: int) -> int:
        return first_line + bisect.bisect_left(breaks, pos)

    def accept(statements: list[str], pos: int, samples_only: bool = False) -> None:
        """Keep the statements of one sentence if every one of them reads."""
        try:
            found = [d for st in statements for d in parse(st, "prose")]
        except AssumptionError:
            return
        if not found or (samples_only and not all(d.sample for d in found)):
            return
        out.extend((st, f"line {line_of(pos)}") for st in statements)

    for formula, start, end, case in formulas:
        if not case and not _denied(text, start, end):
            accept(expand(formula), start)
            trailing = trailing_parameter_domain(formula)
            if trailing:
                accept(expand(trailing), start)
    for pattern, make, samples_only in _SENTENCES:
        for m in pattern.finditer(text):
            if not _case_hypothesis(text, m.start(), m.start()) and not _denied(
                text, m.start(), m.end()
            ):
                accept(make(*m.groups()), m.start(), samples_only)
    for statement, pos in space_statements(text):
        accept([statement], pos)
    return out


#: A statement after a formula's last comma or space command (``..., \quad \theta > 0``):
#: one relation about a Greek letter (with a subscript) or ``p``, and nothing after it.
_TRAILING_DOMAIN = re.compile(
    r"(?:,|\\q?quad\b|\\[;:,])\s*"
    r"((?:0\s*(?:<|\\le(?:q)?)\s*)?(?:\\[A-Za-z]+|p)(?:_\{?[A-Za-z0-9]\}?)?"
    r"\s*(?:>|<|\\ge(?:q)?|\\le(?:q)?|\\in)\s*[^,$=]{1,40}?)\s*[.,;]?\s*$"
)
#: The main part of a formula that gives a zero branch (``f(x) = 0, \quad x < 0``).
_ZERO_BRANCH = re.compile(r"=\s*0(?:\s|,|\\[,;:!])*$")


def trailing_parameter_domain(formula: str) -> str:
    r"""The domain statement a display writes after its formula about a parameter (``L(p) =
    p^k (1-p)^{n-k}, \quad 0 < p < 1``), "" if none. Not after a zero branch (``f(x) = 0,
    \quad x < 0``: a case), nor in words (``\text{if } ...``, which the pattern does not
    match), nor about a variable (``x > 0``: a support, read elsewhere)."""
    if len(formula) > 5_000 or "\\begin" in formula:
        return ""
    m = _TRAILING_DOMAIN.search(formula)
    if m is None:
        return ""
    head = formula[: m.start()]
    letter = re.match(r"\s*(?:0\s*(?:<|\\leq?)\s*)?\\?([A-Za-z]+)", m.group(1))
    if _ZERO_BRANCH.search(head) or "=" not in head or letter is None:
        return ""
    if letter.group(1) != "p" and letter.group(1) not in GREEK:
        return ""
    if _a_branch(head, letter.group(1)):
        return ""
    return m.group(1)


#: What makes a formula piecewise in its letter: an absolute value, a sign, a max or a min.
_PIECEWISE = re.compile(
    r"\||\\[lr]vert(?![A-Za-z])|\\(?:operatorname\{sign\}|sgn|sign|max|min)(?![A-Za-z])"
)


def _a_branch(head: str, name: str) -> bool:
    """Whether the formula before a trailing domain is one branch of a piecewise formula, so
    the domain is that branch's case (adversarial set 22: ``\\frac{d}{d\\beta}|\\beta| = 1,
    \\quad \\beta > 0`` made beta positive in the whole post): its value (after the last
    ``=``) does not hold the letter, as a zero branch's does not, or it holds an absolute
    value, a sign, a max or a min."""
    letter = r"(?<![A-Za-z\\])p(?![A-Za-z])" if name == "p" else rf"\\{name}(?![A-Za-z])"
    depth, cut = 0, 0
    for k, ch in enumerate(head):
        depth += (ch == "{") - (ch == "}")
        if ch == "=" and depth == 0:
            cut = k + 1  # the last = outside braces (not \\sum_{i=1})
    return not re.search(letter, head[cut:]) or bool(_PIECEWISE.search(head))


def read_prose(body: str, first_line: int = 1, chains: bool = False) -> list[Domain]:
    """The domains the prose states, merged per name (never an error). With ``chains``
    (the post's own assumptions), also the bound a chain to a name gives that name
    (``0 < a < b``: ``b > 0``, :func:`derivations.assumptions.chain_bound`)."""
    merged: dict[tuple[str, bool], Domain] = {}
    together: list[frozenset[str]] | None = None
    for text, where in prose_statements(body, first_line):
        found = parse(text, where)
        bounds = chain_bound(text, where) if chains else []
        if bounds:
            together = _arguments_together(body) if together is None else together
            subjects = {d.name for d in found}
            bounds = [b for b in bounds if not any({b.name} | subjects <= g for g in together)]
        for d in [*found, *bounds]:
            merged[d.key] = merged[d.key].merge(d) if d.key in merged else d
    return list(merged.values())


def support_bounds(domains: Sequence[Domain], body: str, first_line: int = 1) -> list[Domain]:
    """The bounds that the chains among ``domains`` give the name at one end (``0 \\le x
    \\le a``: ``a \\ge 0``; ``a \\le x \\le 1``: ``a \\le 1``;
    :func:`derivations.assumptions.chain_bound`), for a chain read from
    a row or a density's support as :func:`read_prose` does for one said alone (catch59).

    The sampler does not follow a bound that is another letter, so it drew ``a < 0``, where
    the support is empty and a counterexample says nothing of the post. Left out as there:
    names written as arguments of one function with the chain's subject; and a case
    hypothesis ("If $0 \\le x \\le a$, then", which an "otherwise" may follow), a name the
    post bounds itself, and a name two chains bound differently."""
    cases = {text.strip() for text, _, _ in case_hypotheses(body, first_line)}
    taken = {d.name for d in domains}
    together: list[frozenset[str]] | None = None
    found: dict[tuple[str, bool], list[Domain]] = {}
    for d in domains:
        if isinstance(d.upper, str) == isinstance(d.lower, str):
            continue  # one end a name, the other a number (or unbounded)
        for part in d.text.split("; "):
            if part.strip() in cases:
                continue
            where = f"{d.source} (implied by ${part.strip()}$: the range is not empty)"
            for b in chain_bound(part, where):
                together = _arguments_together(body) if together is None else together
                if b.name in taken or any({b.name, d.name} <= g for g in together):
                    continue
                found.setdefault(b.key, []).append(b)
    return [
        bs[0]
        for bs in found.values()
        if len({(b.lower, b.lower_strict, b.upper, b.upper_strict) for b in bs}) == 1
    ]


#: A function written at its arguments: ``f(x, y``, ``f_{X,Y}(x, y``, ``p(y, x \mid``.
_APPLIED = re.compile(
    r"(?<![\\A-Za-z])(?:\\[A-Za-z]+|[A-Za-z])(?:_\{[^{}$]{0,20}\}|_[A-Za-z0-9])?\s*\(([^()$]{1,120})\)"
)


def _arguments_together(body: str) -> list[frozenset[str]]:
    """The names each function the post writes takes together as its variables (before a
    ``;`` or a bar, which set off parameters): ``f(x, y)`` gives {x, y}. A chain ``0 < y <
    x`` of two such names is that function's region (a joint density's range), and x a
    variable of it, not a constant the post assumes positive."""
    out = []
    for m in _APPLIED.finditer(body[:200_000]):
        head = re.split(r"[;|]|\\mid|\\vert", m.group(1))[0]
        names = {re.sub(r"[\\{}\s]", "", a) for a in head.split(",")}
        if len(names) >= 2:
            out.append(frozenset(names))
    return out


# --------------------------------------------------------------------------- into the reader


def signed_scale(d: Domain) -> bool:
    """Does ``d`` allow a negative value of ``\\sigma`` (``\\sigma < 0``, ``\\sigma \\neq 0``,
    ``-1 < \\sigma < 1``, ``\\sigma \\in \\mathbb{R}``)? Then the post does not write a
    standard deviation, and ``\\sigma`` is a real letter with that domain (adversarial36, 24:
    the statement became ``\\sigma^2 > 0`` and ``\\sqrt{\\sigma^2} = \\sigma`` was proved
    after "Let $\\sigma < 0$"). A bound by another letter (``\\sigma > \\tau``) decides no sign,
    and an upper bound alone above 0 (``\\sigma < 1``) is a scale's bound, as it was read."""
    if d.name not in _VARIANCE or d.sample or d.matrix:
        return False
    if d.members is not None:
        return any(v < 0 for v in d.members)
    if isinstance(d.lower, Fraction):
        return d.lower < 0
    if d.lower is not None:
        return False
    return d.upper is None or (isinstance(d.upper, Fraction) and d.upper <= 0)


def _canonical(d: Domain) -> Domain:
    """``\\sigma > 0`` speaks of the variance: it is a statement about ``sigma2``."""
    if d.name in _VARIANCE and not d.sample and not signed_scale(d):
        square = lambda v: v * v if isinstance(v, Fraction) else None  # noqa: E731
        lower = d.lower if d.lower is None else square(d.lower)
        upper = d.upper if d.upper is None else square(d.upper)
        if isinstance(d.lower, Fraction) and d.lower >= 0:
            return dataclasses.replace(d, name=_VARIANCE[d.name], lower=lower, upper=upper)
        return dataclasses.replace(d, name=_VARIANCE[d.name], lower=Fraction(0), upper=None)
    return d


def lower_bounds(domains: Iterable[Any]) -> dict[str, tuple[Fraction, bool]]:
    """moments66: name -> (bound, strict) for each name (not a sample, not a matrix) whose
    domain has a number for its lower bound (``\\alpha > 1``: ``(1, True)``); the domains
    are those the engine draws inside, so a value worked out under them is compared where
    the post's rows are. ``\\sigma > 0`` is read as what it says of ``\\sigma^2``."""
    out: dict[str, tuple[Fraction, bool]] = {}
    for d in domains:
        if not isinstance(d, Domain) or d.sample or d.matrix:
            continue
        d = _canonical(d)
        if isinstance(d.lower, Fraction):
            out[d.name] = (d.lower, bool(d.lower_strict))
    return out


def _flags(d: Domain) -> dict[str, bool]:
    kw: dict[str, bool] = {"real": True}
    lo = d.lower if isinstance(d.lower, Fraction) else None
    if d.members is not None and d.members:
        lo = min(d.members)
    if lo is not None and (lo > 0 or (lo == 0 and d.lower_strict)):
        kw["positive"] = True
    elif lo is not None and lo >= 0:
        kw["nonnegative"] = True
    if d.integer or (d.members is not None and all(v.denominator == 1 for v in d.members)):
        kw["integer"] = True
    return kw


def build_context(domains: Sequence[Domain] | Iterable[Any]) -> Context:
    """A parsing context whose symbols carry the sympy flags the domains give.

    The interval itself (``p < 1``) is not a sympy flag: it reaches the engine
    through :func:`attach`.
    """
    symbols: dict[str, sp.Symbol] = {}
    samples: dict[str, sp.IndexedBase] = {}
    for d in (_canonical(d) for d in domains):
        if d.name == "sigma2" and not d.sample:
            continue  # the variance symbol is positive already
        if d.matrix:
            continue
        kw = _flags(d)
        if d.sample:
            samples[d.name] = sp.IndexedBase(d.name, **kw)
        else:
            symbols[d.name] = sp.Symbol(d.name, **kw)
    return Context(symbols=symbols, samples=samples)


def attach(derivation: Any, domains: Sequence[Domain]) -> Any:
    """The derivation with each domain on the assumption of the name it speaks about.

    Names the post states nothing of get the domains the densities it defines imply
    (``p(x) = x^{a-1}(1-x)^{b-1}/B(a, b)``: ``a, b > 0``, ``0 < x < 1``; see
    :func:`._parameter_space.implied_domains`), each saying which row it came from.
    """
    if derivation is None:
        return derivation
    from ._parameter_space import implied_domains

    domains = [*domains, *implied_domains(derivation.steps, domains)]
    if not domains:
        return derivation
    by_key = {(_canonical(d).name, d.sample): _canonical(d) for d in domains}
    out = []
    for a in derivation.assumptions:
        sym = a.symbol
        sample = isinstance(sym, sp.IndexedBase)
        name = str(sym.label) if sample else str(sym)
        dom = by_key.get((name, sample)) or (
            by_key.get((name, False)) if sample else _element_domain(by_key, name)
        )
        if dom is not None and not dom.matrix and not _a_matrix(a):
            # (a scalar statement of a matrix's name, "\\Sigma > 0" from N(mu, Sigma),
            # says nothing of the matrix: it keeps its own, symmetric positive definite
            # for a covariance; read as a scalar's it made Sigma a general matrix and a
            # correct gradient needing Sigma's symmetry was refuted)
            a = dataclasses.replace(a, domain=dataclasses.replace(dom, sample=sample))
        elif dom is not None and dom.matrix and _square_matrix(sym) and a.domain is None:
            # matrix59: "V \succ 0" of a matrix the post does not name a covariance: drawn
            # as any matrix, a correct row that needs V^T = V was refuted
            a = dataclasses.replace(a, domain=dom)
        out.append(a)
    return dataclasses.replace(derivation, assumptions=tuple(out))


def _element_domain(by_key: dict, name: str) -> Domain | None:
    """The domain stated of every element of a sample, for the scalar ``sigma_m`` the rows
    use (the prose reads ``\\sigma_m < 0`` as a statement of the sample sigma at the index
    m; see ``_tosympy._element_of_a_sample``). None unless the subscript is one letter or a
    numeral (``sigma_1``)."""
    head, sep, sub = name.partition("_")
    if not sep or not element_subscript(sub):
        return None
    found = by_key.get((head, True))
    return None if found is None else dataclasses.replace(found, name=name, sample=False)


def _square_matrix(sym: Any) -> bool:
    """A square matrix symbol (a statement ``\\succ 0`` or "symmetric" can hold of it)."""
    return isinstance(sym, sp.MatrixSymbol) and sym.rows == sym.cols and sym.rows != 1


def _a_matrix(a: Any) -> bool:
    """Is the assumption ``a`` of a matrix (or a matrix kind of domain)?"""
    return isinstance(a.symbol, sp.MatrixSymbol) or bool(getattr(a.domain, "matrix", None))


def describe(sym: sp.Basic) -> str:
    """Plain words for a symbol's assumptions, for the report."""
    defaults = {
        S.N: "sample size, a positive integer",
        S.mu: "mean, real",
        S.sigma2: "variance sigma^2, positive",
        S.x: "samples x_n, real",
    }
    if sym in defaults:
        return defaults[sym]
    if isinstance(sym, sp.IndexedBase):
        a = sym.assumptions0 if hasattr(sym, "assumptions0") else {}
        return f"samples {sym}_n" + (", positive" if a.get("positive") else ", real")
    # The strongest sign word only: "positive" already says non-negative and real.
    sign = next((w for w in ("positive", "nonnegative", "real") if getattr(sym, f"is_{w}")), None)
    words = [w for w in (sign, "integer" if sym.is_integer else None) if w]
    return " ".join(words) if words else "no assumption"


# --------------------------------------------------------------------------- the old API


@dataclasses.dataclass(frozen=True)
class Declared:
    """A declared statement and the domains it gives (kept for callers of the old API)."""

    domains: tuple[Domain, ...]
    words: str


def parse_statement(text: str, where: str = "an assumption") -> Domain:
    """Read one statement (front matter item or ``--assume``) into its domain.

    Raises
    ------
    AssumptionError
        Naming ``where`` when the statement is not in an accepted form.
    """
    found = [d for part in expand(text.strip().strip("'\"")) for d in parse(part, where)]
    merged = found[0]
    for d in found[1:]:
        merged = merged.merge(d)
    return merged


__all__ = [
    "Declared",
    "attach",
    "build_context",
    "describe",
    "front_matter_statements",
    "parse_statement",
    "prose_statements",
    "read_prose",
    "read_statements",
]
