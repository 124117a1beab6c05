"""A letter's domain stated again otherwise: each statement holds until the next.

The prose's domain statements are the whole post's (:func:`._assume.read_prose` merges
them per letter). An exercise sheet may state a letter's domain once per part: "Let $a > 0$"
under part (a), "Now let $a < 0$" under part (b); "Here $x \\in \\{0, 1\\}$", then "Now $x$ is
any real number". Merged, ``a`` had no value (every step about it held vacuously, and part
(b)'s ``\\sqrt{4a^2} = 2a`` was proved), and ``x`` stayed in {0, 1} where the post had let it
go (``x^3 = x^2`` proved; adversarial40, 19 and 22).

:func:`restated` finds the letters whose statements in the prose disagree (neither of two
holds the other: no value satisfies ``a > 0`` and ``a < 0``, and {0, 1} is not {-1, 1}; a
sign in words, "let $b$ be negative", counts) or are released by a later sentence that gives
the letter the whole real line ("is any real number", ``x \\in \\mathbb{R}``). Such a
letter keeps none of its prose statements as a domain of the whole post: the proofs do not
use them. Each statement holds, as a case does (:mod:`._conditions`), from its line to the
line before the next statement of the letter (the first from the top of the post): a
counterexample outside the statement that governs a row refutes nothing there, one inside
it still does. A release ends no case (its words may be loose): it only takes the
statements away from the proofs. Sentences that state a case ("If $b$ is negative") or deny
("we do not assume") state nothing here either.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Any

from .._errors import AssumptionError
from ..assumptions import parse
from ._assume import (
    _ANY_SIGN,
    _NAME_MATH,
    _case_hypothesis,
    _denied,
    prose_formulas,
    prose_statements,
)

#: Upper bound on the statements weighed (a bound on hostile text).
_MAX_STATEMENTS = 2_000
#: "$x$ is any real number", "$a$ can be positive or negative", "$x$ may take any real value".
_RELEASE = re.compile(
    _NAME_MATH + rf"(?:{_ANY_SIGN}|[^$.;:!?]{{0,40}}?\bany\s+real\s+(?:numbers?|values?)\b)",
    re.I,
)
#: "let $b$ be negative", "$b$ is now positive": a sign in words the domain reader leaves
#: to a letter's own clause with "is" (``._assume``), read here as a statement too.
_SIGN = re.compile(
    _NAME_MATH + r"\s+(?:is|be|becomes)\s+(?:now\s+)?(?:strictly\s+)?(negative|positive)\b"
    r"(?!\s+(?:or|and|semi|definite|binomial|log|integers?|counts?)\b)",
    re.I,
)
#: The whole real line written as a membership.
_REALS = re.compile(r"\\in\s*(?:\\mathbb\s*\{\s*R\s*\}|\\R(?![A-Za-z]))\s*$")


def restated(body: str, first_line: int = 1) -> tuple[set[tuple[str, bool]], list[tuple]]:
    """The keys (``(name, sample)``) of the letters stated again otherwise, and the case
    each of their statements is: ``(text, line, since, until)``."""
    said: dict[tuple[str, bool], list[tuple[int, str, Any]]] = {}
    for text, where in prose_statements(body, first_line)[:_MAX_STATEMENTS]:
        line = int(where.split()[-1])
        for d in _domains(text):
            said.setdefault(d.key, []).append((line, text, None if _REALS.search(text) else d))
    releases, signs = _words(body, first_line)
    for line, name in releases:
        for d in _domains(f"{name} \\in \\mathbb{{R}}"):
            said.setdefault(d.key, []).append((line, "", None))
    for line, name, sign in signs:
        text = f"{name} {'<' if sign.lower() == 'negative' else '>'} 0"
        for d in _domains(text):
            if not any(at == line for at, _, _ in said.get(d.key, [])):
                said.setdefault(d.key, []).append((line, text, d))
    keys, cases = set(), []
    for key, items in said.items():
        items.sort(key=lambda item: item[0])
        if not _restated(items):
            continue
        keys.add(key)
        for k, (line, text, domain) in enumerate(items):
            if domain is None:
                continue  # a release: the letter is any real number there
            # a release does not end a statement's case: words may be loose, so a
            # counterexample outside the statement still refutes nothing after them
            later = [at for at, _, d in items[k + 1 :] if at > line and d is not None]
            # the first from the top of the post, said on its own line
            cases.append((text, line, line if k else 0, later[0] - 1 if later else 10**9))
    return keys, cases


@functools.lru_cache(maxsize=512)
def _domains(text: str) -> tuple[Any, ...]:
    try:
        return tuple(parse(text, "prose"))
    except AssumptionError:
        return ()


def _words(body: str, first_line: int) -> tuple[list, list]:
    """``(line, letter)`` of every sentence that gives a letter the whole real line, and
    ``(line, letter, "negative" or "positive")`` of every sign said in words."""
    text, _ = prose_formulas(body)
    text = text[:200_000]
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line(m: re.Match[str]) -> int:
        return first_line + bisect.bisect_left(breaks, m.start())

    found = itertools.islice(_RELEASE.finditer(text), _MAX_STATEMENTS)
    releases = [(line(m), m.group(1).strip()) for m in found if _said(text, m)]
    found = itertools.islice(_SIGN.finditer(text), _MAX_STATEMENTS)
    signs = [(line(m), m.group(1).strip(), m.group(2)) for m in found if _said(text, m)]
    return releases, signs


def _said(text: str, m: re.Match[str]) -> bool:
    """Is the match a statement, not one case's hypothesis ("If $b$ is negative") nor
    denied ("we do not assume")?"""
    return not _case_hypothesis(text, m.start(), m.start()) and not _denied(
        text, m.start(), m.end()
    )


def _restated(items: list[tuple[int, str, Any]]) -> bool:
    """Do the statements of one letter (in line order) conflict, or does a release follow a
    statement that bounds it?"""
    if len({line for line, _, _ in items}) < 2:
        return False
    bounded = [d for _, _, d in items if d is not None]
    for k, (_, _, d) in enumerate(items):
        if d is None and any(e is not None for _, _, e in items[:k]):
            return True
    return any(_apart(a, b) for k, a in enumerate(bounded) for b in bounded[k + 1 :])


def _apart(a: Any, b: Any) -> bool:
    """Does neither domain hold the other ({0, 1} and {-1, 1}; a > 0 and a < 0)? A narrower
    statement beside a wider one (``p \\in (0, 1)``, then ``p > 0``) refines it. Numbers
    only: a bound that is another letter says no."""
    if any(isinstance(v, str) for d in (a, b) for v in (d.lower, d.upper)):
        return False
    return not _within(a, b) and not _within(b, a)


def _within(a: Any, b: Any) -> bool:
    """Is every value of ``a`` one of ``b``?"""
    if b.integer and not a.integer and a.members is None:
        return False
    if a.members is not None:
        return all(_inside(v, b) and (b.members is None or v in b.members) for v in a.members)
    if b.members is not None:
        return False
    low = b.lower is None or (
        a.lower is not None
        and (a.lower > b.lower or (a.lower == b.lower and (a.lower_strict or not b.lower_strict)))
    )
    high = b.upper is None or (
        a.upper is not None
        and (a.upper < b.upper or (a.upper == b.upper and (a.upper_strict or not b.upper_strict)))
    )
    return low and high


def _inside(v: Any, m: Any) -> bool:
    if _number(m.lower) and (v < m.lower or (v == m.lower and m.lower_strict)):
        return False
    if _number(m.upper) and (v > m.upper or (v == m.upper and m.upper_strict)):
        return False
    return v not in m.excluded


def _number(v: Any) -> bool:
    return v is not None and not isinstance(v, str)


__all__ = ["restated"]
