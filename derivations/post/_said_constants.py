r"""Letters the prose calls constants: "$a \in \mathbb{R}$ a constant", "let $c$ be a
constant", "for a constant $a$", "$a, b$ are constants" (held-out batch 56).

Inside ``E[...]`` the reader takes a lower-case letter that is no parameter of the post for
a random variable with moments of its own (see ``._expectation._unknown_letter``), so
``E[(a - Z)^2] = (a - E[Z])^2 + Var(Z)`` after "$a$ a constant" stayed unchecked. The words
say what the letter is (every letter of a list before "are constants": expect68). Only one
Latin or Greek letter, lower case (a capital inside ``E[...]`` is a random variable's
letter), and only with the article or the plural: "$f$ is constant on ..." says something
else. The comparison by linearity that uses these
letters proves a row or leaves it unchecked; it never refutes one.
"""

from __future__ import annotations

import re

from ._notation import GREEK

#: Words that may stand between the article and "constant".
_ADJECTIVES = (
    r"(?:(?:real|positive|negative|nonzero|non-zero|nonnegative|non-negative|fixed|given"
    r"|arbitrary|deterministic|non-random)\s+)*"
)
_MATH = r"\$([^$]{1,40})\$"
_SAID = re.compile(
    # "$a$ a constant", "let $c$ be a constant", "$c$ is some fixed constant"
    _MATH + r",?\s+(?:(?:is|be)\s+)?(?:an?|some|any)\s+" + _ADJECTIVES + r"constant\b"
    # "$a, b$ are constants", "$a$ and $b$ be constants" (the last letter; the others: _LIST)
    r"|" + _MATH + r",?\s+(?:are|be)\s+" + _ADJECTIVES + r"constants\b"
    # "a constant $a$", "for any real constant $c$"
    r"|\b(?:an?|any|some|the)\s+" + _ADJECTIVES + r"constants?\s+" + _MATH,
    re.IGNORECASE,
)
#: expect68: the letters before the last of a list ("$a$, $b$ and $c$ are constants"),
#: joined by commas and "and" alone, read back from the last one within :data:`_BEFORE`
#: characters (a bounded look, so that a long run of formulas costs no backtracking).
_LIST = re.compile(r"(?:\$([^$]{1,40})\$\s*(?:,\s*(?:and\s+)?|and\s+))+\Z")
_ITEM = re.compile(r"\$([^$]{1,40})\$")
_BEFORE = 300
#: One name: a Latin letter or a Greek command, before an optional ``\in ...``.
_NAME = re.compile(r"\s*(?:\\([A-Za-z]+)|([A-Za-z]))\s*(?:\\in\b.*)?", re.DOTALL)


#: "$c$ is a random variable", "now $c$ is random", "let $c$ be random", "a random variable
#: $c$", "treat $c$ as random": the prose calls the letter random (attack68).
_RANDOM = re.compile(
    _MATH + r",?\s+(?:(?:is|be|are)\s+(?:now\s+|also\s+)?)(?:an?\s+)?(?:(?!not\b|non\b)\w+\s+)?"
    r"random\b"
    r"|\brandom\s+(?:variables?|quantit(?:y|ies))\s+"
    + _MATH
    # "treat $c$ as random", "regard $c$ as a random variable" (probe 64)
    + r"|"
    + _MATH
    + r"\s+as\s+(?:an?\s+)?(?:\w+\s+)?random\b",
    re.IGNORECASE,
)


def said_constants(prose: str) -> frozenset[str]:
    """The reader's names (``a``, ``gamma``) of the letters ``prose`` calls constants, and
    calls nothing random: "Here $c$ is a constant" under part (a), "Now $c$ is a random
    variable independent of $X$" under part (b) (adversarial40, 29: ``E[c^2 X] = c^2 E[X]``
    was proved there)."""
    return _letters(_SAID, prose) - _letters(_RANDOM, prose)


def _letters(pattern: re.Pattern[str], prose: str) -> frozenset[str]:
    out: set[str] = set()
    prose = prose[:200_000]
    for m in pattern.finditer(prose):
        inside = next(g for g in m.groups() if g is not None)
        if pattern is _SAID and m.group(2) is not None:  # the plural: the list before it too
            before = _LIST.search(prose[max(0, m.start() - _BEFORE) : m.start()])
            if before is not None:
                inside = ",".join([*_ITEM.findall(before.group(0)), inside])
        for part in inside.split(","):
            name = _NAME.fullmatch(part)
            if name is None:
                continue
            greek, latin = name.groups()
            letter = latin or (greek if greek in GREEK else None)
            if letter is not None and letter[0].islower():
                out.add(letter)
    return frozenset(out)
