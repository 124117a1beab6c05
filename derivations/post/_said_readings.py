"""Which reading of a ``\\propto`` row its paragraph names (helper SOUNDA; adversarial set
15, pairs 13, 32, 33). Refines lead5's ``._upto.said_reading``.

- "The likelihood of $y$, which we maximise over $\\lambda$": "likelihood of" (and
  "posterior of") names the data or the parameter by convention, never which side of the
  bar the row is a function of; the word itself says that ("likelihood": what follows the
  bar, or what precedes it in ``L(\\theta | x)``; "posterior": what precedes it).
- "Having written the density of $y$ above, we now read it as a likelihood": a letter named
  ("the density of $y$": before the bar) and a word for the other side ("likelihood"): the
  reader cannot tell which is meant, so the row is not checked (:data:`CONFLICT`), never
  proved in the reading not meant.
- "As a function of $\\mu$ alone, for the known scale": the row is a function of the
  arguments named on that side, not of every argument there.
"""

from __future__ import annotations

import re
from typing import Any

#: The reading :func:`reading_said` gives when the words name both.
CONFLICT = "conflict"

#: "a function of $\\lambda$", "the density of $y$", "a kernel in $\\theta$" (and the words
#: "likelihood of", "posterior of", which name no side).
_SAID_OF = re.compile(
    r"\b(function|density|pmf|pdf|kernel|distribution|likelihood|posterior)\s+(?:of|in)\s+"
    r"\$([^$]{1,80})\$",
    re.IGNORECASE,
)
#: More letters named after the first formula: "of $\mu$ and $\sigma$", "$\mu$, $\sigma$".
_MORE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)\$([^$]{1,80})\$")
_NAME = re.compile(r"\\?([A-Za-z]+)")


def _names(prose: str, m: re.Match[str]) -> list[str]:
    """The letters the formulas of the phrase ``m`` name ("of $(\\mu, \\sigma)$")."""
    maths = [m.group(2)]
    more = _MORE.match(prose, m.end())
    while more is not None and len(maths) < 8:
        maths.append(more.group(1))
        more = _MORE.match(prose, more.end())
    return [n for math in maths for n in _NAME.findall(math)]


#: How much of the paragraph before the row is read (as ``said_reading`` does).
_WINDOW = 600


def _squared_name(name: str) -> str:
    return name[:-1] if name.endswith("2") and len(name) > 2 else name


#: A negation right before a phrase: "not as the density of $y$", "rather than a likelihood".
_NEGATED = re.compile(
    r"\b(?:not|never|no\s+longer|rather\s+than|instead\s+of)\b[^.;:]{0,25}$", re.I
)
_WORDS = re.compile(r"\b(likelihood|posterior)", re.IGNORECASE)


def reading_said(pr: Any, before: list, after: list, head_is_l: bool) -> tuple[str | None, list]:
    """``(side, named)``: the side of the bar the paragraph before ``pr`` says the row is a
    function of ("before", "after"), None when it says nothing (or names letters of both
    sides); ``named`` the parameters of that side the words name (empty: all of the
    side's). A letter named for one side and the word of the other: the phrase nearer the
    row says it ("we will need the likelihood later; first the density of $x$"; "having
    written the density of $y$ above, we now read it as a likelihood"), :data:`CONFLICT`
    when that phrase is negated ("a likelihood, not the density of $y$")."""
    prose = (pr.row.prose or "")[-_WINDOW:]
    named_sides: set[str] = set()
    named: dict[str, list] = {"before": [], "after": []}
    last_named = -1
    for m in _SAID_OF.finditer(prose):
        if m.group(1).lower() in ("likelihood", "posterior"):
            continue  # "the likelihood of $y$": the data or the parameter, by convention
        letters = _names(prose, m)
        for side, params in (("before", before), ("after", after)):
            hit = [p for p in params if {p.name, _squared_name(p.name)} & set(letters)]
            if hit:
                named_sides.add(side)
                named[side] += [p for p in hit if p not in named[side]]
                last_named = max(last_named, m.start())
    words = [(m.start(), m.group(1).lower()) for m in _WORDS.finditer(prose)]
    kinds = {w for _, w in words}
    word = None
    if kinds == {"posterior"}:
        word = "before"
    elif kinds == {"likelihood"}:
        word = "before" if head_is_l else "after"
    if len(named_sides) > 1:
        return None, []
    if not named_sides:
        return word, []
    (side,) = named_sides
    if word is None or word == side:
        return side, named[side]
    last_word = max(at for at, _ in words)
    nearer = max(last_word, last_named)
    if _NEGATED.search(prose[max(0, nearer - 40) : nearer]):
        return CONFLICT, []
    return (side, named[side]) if last_named > last_word else (word, [])


def conflict_reason() -> str:
    return (
        "the words before the row name one reading by a letter (a density or function of it) "
        "and the other by its word (likelihood, posterior): which one the row is "
        "proportional in is not told, so it is not checked"
    )


__all__ = ["CONFLICT", "conflict_reason", "reading_said"]
