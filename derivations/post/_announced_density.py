"""Densities the law reader missed: announced by the words before them, or constant on
the range their own row states (EXPECT5).

Two ways a post writes the density of its variable without the word "density" next to a
formula in the variable's letter:

- the sentence before the formula ends by naming the distribution the variables follow
  ("$X_1, \\dots, X_n$ are IID and follow the exponential distribution:" then
  ``f(x) = \\frac{1}{\\theta} e^{-x/\\theta}``): :func:`announced`, read by
  :func:`._density.density_claim` as it reads "density" or "pdf". Only a sentence that
  *ends* on the word "distribution" and a colon, after a verb or preposition that makes it
  the variables' own (follow, from, with, has, of: "the entropy of a univariate Gaussian
  distribution:", held-out batch 14): "We compare this with the exponential
  distribution later. Consider" announces nothing;
- a constant (``f(x) = \\frac{1}{a}, 0 \\le x \\le a``), which holds no ``x`` and so was no
  density claim at all: :func:`._density.constant_claim` reads it as one only when it is named as a
  density is (``f``, ``p``, ``g``), of one lower-case letter, the row itself states the
  range of that letter on both sides (a chain of inequalities holding it), and the
  paragraph, where the reader keeps one, calls the formula a density (an inline formula
  read for its names keeps none: "sampled from a uniform distribution with a density
  function $f(x)=\\frac{1}{a}, 0\\leq x \\leq a$"). Whether it is one is then decided as
  for every written density (:mod:`._written_density`: it must integrate to exactly 1 on
  that range, so ``1/a`` on ``[0, 2a]`` gives no law).

A third: a formula inline in a sentence is read for its names only and keeps no paragraph,
so "with density $f(x) = \\lambda e^{-\\lambda x}$" never showed its word "density":
:func:`called_densities` reads the post's text for the inline formulas the words right before
them (in their sentence) call a density, and :func:`called_prose` gives such a row that word
while the post's laws are read (:func:`calling`).

All only widen which rows are density claims; every law still comes from the usual readers,
with their checks (one density per letter, no random parameter, integrals that close).
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from collections.abc import Iterator
from typing import Any

from ._prose_laws import FAMILY_WORDS

#: The name of a family (or the word "distribution") a sentence may define a formula by.
_NAMED = r"(?:distribution|" + "|".join(sorted(FAMILY_WORDS)) + r")"
#: The end of a sentence that announces the distribution of the formula after it; or
#: (expect59) that defines the formula by the family's name: "we define the Negative
#: Binomial as follows:", "the gamma distribution is defined as follows:".
_ANNOUNCED = re.compile(
    r"\b(?:follows?|following|followed|from|with|has|have|having|obeys?|of)\s+"
    r"(?:the|an?)\s+(?:[\w-]+\s+){1,3}?distribution\s*:\s*$"
    r"|\bdefine[sd]?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?" + _NAMED + r"\s+as\s+follows\s*:\s*$"
    r"|\b" + _NAMED + r"\s+(?:is|be)\s+defined\s+as\s+follows\s*:\s*$",
    re.IGNORECASE,
)

#: How much of a paragraph's end is read (the regex is anchored at its end).
_TAIL = 160


def announced(prose: str) -> bool:
    """Does the paragraph end by naming the distribution of the formula after it?"""
    return bool(prose) and _ANNOUNCED.search(prose[-_TAIL:].rstrip()) is not None


# ------------------------------------------------------------------ inline, in its sentence

#: An inline formula: ``$...$`` not part of ``$$``.
_INLINE = re.compile(r"(?<!\$)\$(?!\$)([^$\n]{1,300})\$(?!\$)")
#: Words right before a formula that call it a density: "with density", "its pdf is",
#: "the probability mass function", "has density function".
_CALLED = re.compile(
    r"(?:densit(?:y|ies)|\bpdf|\bp\.d\.f\.?|\bpmf|\bp\.m\.f\.?|mass\s+function"
    r"|probability\s+function)(?:\s+functions?)?(?:\s+(?:is|given\s+by|equal\s+to))?\s*:?\s*$",
    re.IGNORECASE,
)
#: Where a sentence ends (the formula's words are read back to there only).
_STOP = re.compile(r"[.!?]\s|\n\s*\n")
#: How much of the text is read, and how far back before a formula.
_MAX_TEXT = 200_000
_BACK = 80

#: The formulas the current post's sentences call densities (see :func:`calling`).
_NOW: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar(
    "called_densities", default=frozenset()
)


def called_densities(text: str) -> frozenset[str]:
    """The inline formulas (their text, stripped) that the words right before them, in
    their sentence, call a density: "with density $f(x) = ...$", "its pdf is $p(y) = ...$"."""
    out = set()
    text = text[:_MAX_TEXT]
    for m in _INLINE.finditer(text):
        before = text[max(0, m.start() - _BACK) : m.start()]
        stops = list(_STOP.finditer(before))
        if stops:
            before = before[stops[-1].end() :]
        if _CALLED.search(before):
            out.add(m.group(1).strip())
    return frozenset(out)


@contextlib.contextmanager
def calling(called: frozenset[str]) -> Iterator[None]:
    """While reading one post's laws: the formulas its sentences call densities."""
    token = _NOW.set(called)
    try:
        yield
    finally:
        _NOW.reset(token)


def called_prose(pr: Any) -> str:
    """ "density" for an inline formula (no paragraph of its own) that its sentence calls a
    density, else the row's paragraph ("" when it has none)."""
    if pr.row.prose:
        return pr.row.prose
    return "density" if pr.row.text.strip() in _NOW.get() else ""


__all__ = ["announced", "called_densities", "called_prose", "calling"]
