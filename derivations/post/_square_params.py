"""Whether a post's parameter is the square of a Greek letter (``\\sigma^2``, ``\\tau^2``).

:func:`._parse.post_context` reads every ``\\tau`` of a post as ``sqrt(tau2)`` when the post
differentiates by ``\\tau^2``. One operator is no evidence for that:
``-\\frac{\\partial}{\\partial \\theta^2} \\log L`` (no power on top) is the common slip for the
second derivative, and taking it as a derivative by ``theta^2`` changed how every row of a
Hardy-Weinberg post was read (its score row unparsed, its correct information refuted).

A letter other than sigma (whose square is the variance by default) is read as a squared
parameter only when the post also treats its square as the quantity:

- a function applied to it: ``l(\\theta^2)``, ``\\ell(\\mu, \\tau^2)``, ``N(0, \\tau^2)``;
- the square bracketed and raised again, or differentiated bracketed:
  ``(\\theta^2)^2``, ``\\partial (\\theta^2)``, ``\\nabla_{\\theta^2}``;
- an estimate of the square: ``\\hat{\\tau^2}``, ``\\widehat{\\tau^2}``;
- or the letter is never written except squared.

Otherwise the letter stays itself; a derivative by its square is then not read (unparsed,
never compared), so the rows under the slip are unchecked, never refuted.
Every pattern is bounded (no nested quantifiers over long runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: How much of a post the evidence is looked for in (the patterns are linear; a bound anyway).
_LIMIT = 400_000


#: Words before a bracket that are no function of the parameter (``\\log(\\theta^2)``).
_NOT_FUNCTIONS = frozenset("log ln exp sqrt sin cos tan det".split())
#: Commands that name a function of the post (``\\ell(\\tau^2)``).
_NAMED = frozenset("ell pi phi psi mathcal".split())


def _square(letter: str) -> str:
    return r"\\" + letter + r"\s*\^\s*(?:\{\s*2\s*\}|2)"


def _evidence(letter: str, text: str) -> bool:
    sq = _square(letter)
    applied = re.compile(
        r"(\\?[A-Za-z]{1,12}|\})\s*(?:\\left\s*)?\(\s*(?:[^()$]{0,80},\s*)?"
        + sq
        + r"\s*(?:\\right\s*)?[),;|]"
    )
    for m in applied.finditer(text):
        # a function (a name, a letter, \mathcal{N}) applied to the square as an argument;
        # not \log(\theta^2), \exp(...), which are no functions of the post's parameter
        name = m.group(1).lstrip("\\")
        if name not in _NOT_FUNCTIONS and not (m.group(1).startswith("\\") and name not in _NAMED):
            return True
    patterns = (
        # (theta^2)^2, \partial (\theta^2), d(\theta^2)
        r"\(\s*" + sq + r"\s*\)\s*\^",
        r"(?:\\partial|\bd)\s*\(\s*" + sq + r"\s*\)",
        r"\\nabla\s*_\s*\{\s*" + sq,
        r"\\(?:hat|widehat|tilde|widetilde|bar|overline)\s*\{\s*" + sq + r"\s*\}",
    )
    if any(re.search(p, text) for p in patterns):
        return True
    # never written bare: every \theta is squared (or the name of a longer command)
    bare = re.compile(r"\\" + letter + r"(?![A-Za-z])(?!\s*\^\s*(?:\{\s*2\s*\}|2))")
    return bare.search(text) is None


def doubtful_squares(squares: Iterable[str], text: str) -> set[str]:
    """The letters of ``squares`` (differentiated by as squares) whose square the post does
    not otherwise treat as its parameter: they stay themselves (see the module docstring)."""
    text = text[:_LIMIT]
    return {s for s in squares if s != "sigma" and not _evidence(s, text)}
