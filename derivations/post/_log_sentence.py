"""Does the sentence before a bare row say that the row is the log of the line above, and
nothing more?

"Taking the natural log of both sides:" then ``n \\log \\theta - \\theta s`` alone: the row is
read as the log of the line above (``._build._log_of_the_line``). But "taking the log and
dividing by $n$", "the log of the reciprocal", "the base-10 log", "the log of the odds
$p/(1 - p)$" (adversarial set 9, pairs 105, 106, 108, 109) say the row is something else,
and reading it as the plain log proved false rows. A list of such words would always miss
one, so the last sentence before the row may hold only the words of an allow-list (taking
the natural log of both sides, of it, of the likelihood ...) and, as math, at most a name
(``$\\mathcal{L}(p)$``), never a formula.
"""

from __future__ import annotations

import re

#: A sentence that takes the log of the line above ("taking the natural log of both sides").
_TAKES_THE_LOG = re.compile(r"(?i)\b(?:log|ln|logarithm|log-likelihood)s?\b|\\(?:ln|log)\b")
#: The words such a sentence may hold.
_WORDS = frozenset(
    """taking take takes taken apply applying applied after by now then so and we i you get
    gets obtain obtains have has gives give yields yield find us on to of the a an it this that
    these both side sides each natural log ln logarithm logarithms logs log-likelihood
    likelihood likelihoods function expression equation above result product previous line
    density its is becomes""".split()
)
#: Math in the sentence that only names a quantity (``L``, ``\\mathcal{L}(p)``, ``\\ell``).
_NAME = re.compile(r"\s*(?:\\[A-Za-z]+\s*\{\s*[A-Za-z]\s*\}|\\?[A-Za-z]+)(?:\s*\([^()]*\))?\s*")


def takes_only_the_log(prose: str) -> bool:
    """Is the last sentence of ``prose`` one that takes the log and says nothing else?"""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", prose.strip()) if s.strip()]
    if not sentences:
        return False
    last = sentences[-1]
    if not _TAKES_THE_LOG.search(last):
        return False
    for math in re.findall(r"\$+([^$]*)\$+", last):
        if not _NAME.fullmatch(math):
            return False
    words = re.sub(r"\$+[^$]*\$+", " ", last)
    return all(w.lower() in _WORDS for w in re.findall(r"[A-Za-z][A-Za-z'-]*", words))
