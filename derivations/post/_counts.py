"""The count a sum written without limits runs to, when the post names one count and no range.

``l(\\mu, \\sigma) = -\\frac{n}{2}\\ln(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum(x_i - \\mu)^2``:
the post never says what i runs over, but it writes one count, n, beside one sample, x_i;
the sum is the sum over that sample, i = 1..n.

Read only when nothing is in doubt: the post's samples share one index letter, no index has
a range written or said, and exactly one letter that posts use for a count (n, N, m, M) is
written as a letter of its own - not the index, not a sample (n_i), not a function (N(mu,
sigma^2)), not a law's parameter (Bin(n, p), binom{n}{x}: the number of trials, not of the
data) - and no other letter that may count (k, K, T, r, J: (1-p)^{nk - sum x_i} with n the
trials and k the sample size) - and the prose never writes the letter alone: "$n$ tosses"
or "a ball of mass $m$" gives it another meaning (adversarial set 6: twelve counts of n
tosses each, read to n, proved a false row), and a prose that ties it to the sample ("$n$
observations") is read before, as a range.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

#: Letters posts name the size of their sample with.
_COUNT_LETTERS = ("n", "N", "m", "M")
#: Letters that may count something else (trials, categories, time steps) or the sample
#: under another name: written alone beside the count, which one i runs to is not clear.
_OTHER_COUNTS = ("k", "K", "T", "r", "J")


def _written_alone(letter: str) -> re.Pattern[str]:
    """``letter`` as a name of its own: not part of a word or a command, not subscripted
    (``n_1``), not applied (``N(\\mu, \\sigma^2)``)."""
    return re.compile(rf"(?<![\\A-Za-z]){letter}(?![A-Za-z_]|\s*(?:\\left\s*)?\()")


def _a_parameter_of_a_law(letter: str) -> re.Pattern[str]:
    """``letter`` in a law's or a coefficient's brackets: ``Bin(n, p)``, ``\\binom{n}{x}``,
    ``{n \\choose x}``, ``C(n, x)``."""
    return re.compile(
        rf"\\binom\s*\{{[^{{}}]*(?<![\\A-Za-z]){letter}(?![A-Za-z])"
        rf"|(?<![\\A-Za-z]){letter}\s*\\choose"
        rf"|[A-Za-z}}]\s*(?:\\left\s*)?\(\s*(?:[^()]*,\s*)?{letter}\s*(?:,[^()]*)?\)"
    )


#: Words a formula writes as text or as an operator's name (``\text{if}``, ``\mathrm{MLE}``).
_WORDS = re.compile(r"\\(?:text\w*|math(?:rm|it|bf|sf)|operatorname|mbox)\s*\{[^{}]*\}")


def _letters(text: str) -> set[str]:
    """The letters ``text`` uses as names, wherever they stand (``nk`` is n times k), once
    commands and the words they set are taken out."""
    return set(re.findall(r"[A-Za-z]", re.sub(r"\\[A-Za-z]+", " ", _WORDS.sub(" ", text))))


def sample_count(
    text: str, samples: Mapping[str, str], limits: Mapping, said: str = ""
) -> tuple[str, str] | None:
    """(index, count letter) for the post's one sample, when ``text`` (its rows and
    inline formulas) names exactly one count and no range; None otherwise. ``said``: the
    rest of the post, where a law may be declared in words ("each x_i is Bin(n, p)").

    >>> sample_count(r"-\\frac{n}{2}\\ln\\sigma^2 - \\sum(x_i - \\mu)^2", {"x": "i"}, {})
    ('i', 'n')
    >>> sample_count(r"\\sum x_i + m n", {"x": "i"}, {}) is None
    True
    """
    letters = set(samples.values())
    if len(letters) != 1 or limits:
        return None
    (idx,) = letters
    found = [
        c
        for c in _COUNT_LETTERS
        if c != idx
        and c not in samples
        and _written_alone(c).search(text)
        and not _a_parameter_of_a_law(c).search(f"{text}\n{said}")
    ]
    used = _letters(text)
    others = [c for c in _OTHER_COUNTS if c != idx and c not in samples and c in used]
    if len(found) != 1 or others or _named_in_words(found[0], said):
        return None
    if _given_a_formula(found[0], f"{text}\n{said}"):
        return None
    return idx, found[0]


def _given_a_formula(letter: str, text: str) -> bool:
    """Does the post give the letter a value of its own, a formula (``n = \\sum_i z_i``, the
    total of counts) or a number ("$n = 3$ groups")? It is then that quantity, not the size
    of the sample (batch 13: ``n! / \\prod_i z_i!`` with n drawn as the number of z's refuted
    a correct row; with n = 3 groups, ``\\sum_i (x_i + 1) = \\sum_i x_i + n`` was proved). A
    prose that ties the number to the sample ("a sample of $n = 3$ observations") is read
    before this, as a range."""
    return re.search(rf"(?<![\\A-Za-z_{{]){letter}\s*=\s*[\\A-Za-z0-9]", text) is not None


def _named_in_words(letter: str, said: str) -> bool:
    """Does the prose write the letter alone (``$n$``)? It then says what the letter is:
    "a sample of size $n$" is read before (a range), so here it is something else - "$n$
    tosses" per count, "a ball of mass $m$" (adversarial set 6: ``\\sum_i (n - x_i) = n^2
    - \\sum_i x_i`` was proved, the twin with the twelve counts the prose gives refuted)."""
    return re.search(rf"(?<!\$)\$\s*{letter}\s*\$(?!\$)", said) is not None
