r"""Letters the prose calls constants: "$a \in \mathbb{R}$ a constant", "let $c$ be a
constant", "for a constant $a$", "$a, b$ are constants" (held-out batch 56).

Inside ``E[...]`` the reader takes a lower-case letter that is no parameter of the post for
a random variable with moments of its own (see ``._expectation._unknown_letter``), so
``E[(a - Z)^2] = (a - E[Z])^2 + Var(Z)`` after "$a$ a constant" stayed unchecked. The words
say what the letter is. Only one Latin or Greek letter, lower case (a capital inside
``E[...]`` is a random variable's letter), and only with the article or the plural: "$f$
is constant on ..." says something else. The comparison by linearity that uses these
letters proves a row or leaves it unchecked; it never refutes one.
"""

from __future__ import annotations

import re

from ._notation import GREEK

#: Words that may stand between the article and "constant".
_ADJECTIVES = (
    r"(?:(?:real|positive|negative|nonzero|non-zero|fixed|given|arbitrary|deterministic"
    r"|non-random)\s+)*"
)
_MATH = r"\$([^$]{1,40})\$"
_SAID = re.compile(
    # "$a$ a constant", "let $c$ be a constant", "$c$ is some fixed constant"
    _MATH + r",?\s+(?:(?:is|be)\s+)?(?:an?|some|any)\s+" + _ADJECTIVES + r"constant\b"
    # "$a, b$ are constants", "$a$ and $b$ be constants" (the last letter)
    r"|" + _MATH + r",?\s+(?:are|be)\s+" + _ADJECTIVES + r"constants\b"
    # "a constant $a$", "for any real constant $c$"
    r"|\b(?:an?|any|some|the)\s+" + _ADJECTIVES + r"constants?\s+" + _MATH,
    re.IGNORECASE,
)
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
    for m in pattern.finditer(prose[:200_000]):
        inside = next(g for g in m.groups() if g is not None)
        for part in inside.split(","):
            name = _NAME.fullmatch(part)
            if name is None:
                continue
            greek, latin = name.groups()
            letter = latin or (greek if greek in GREEK else None)
            if letter is not None and letter[0].islower():
                out.add(letter)
    return frozenset(out)
