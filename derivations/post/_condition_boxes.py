"""Words in a text box that the reader does not know, before a condition.

``_extract`` blanks the words of a ``\\text{...}`` box after some math (they annotate the
row) and turns the known condition words (``if``, ``for``, ``when``, ``and`` after one of
them) into a separator. Other words were blanked too, so ``x \\text{ where } x \\ge 0`` read
as ``x \\cdot x \\ge 0``, ``|x| = x \\text{ unless } x < 0`` as the condition ``x < 0``,
``x = 1 \\text{ or } x = -1`` as an equation ``x = -1``, and ``(-1)^n = 1 \\text{ for } n
\\text{ even}`` lost its condition: correct rows were refuted (adversarial set 11, pairs 51,
52, 57, 188, 198, 199, 202, 203, 222, 223, 225, 226).

:func:`unread_words` names such words when they stand between the row and a relation
(``unless``, ``if not``, ``except at``, ``or``, ``only if``, ``where``) or end a condition
in words (``n \\text{ even}``, ``x \\text{ is negative}``): the row is then not read. Words
that only annotate (``\\text{by symmetry}`` at the end, ``= b \\text{ (Bayes) } = c``) are
blanked as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: A relation sign in the math after the box: the box introduced a statement of its own.
_RELATION = re.compile(r"(?<![\\{_^])(?:=|<|>)|\\(?:n?eq|leq?|geq?|ne|lt|gt|in|notin)(?![A-Za-z])")
#: Math that starts with a relation sign goes on from the row (``b \\text{ by (2) } = c``).
_STARTS_WITH_RELATION = re.compile(r"\s*(?:" + _RELATION.pattern + ")")
#: Words that end by opening a condition (``\\text{converges for}``), with no word that
#: negates or limits it (``only if``, ``except if``, ``or if``): blanked, as before.
_ENDS_IN_CONDITION = re.compile(
    r"(?!.*\b(?:only|not|except|unless|or|even)\b).*\b(?:for|if|when|whenever)\s*[,:]?\s*",
    re.I,
)
#: Words after a condition that say what is outside it, not more of it.
_ELSEWHERE = re.compile(r"\b(?:otherwise|elsewhere|else)\b", re.I)


def unread_words(
    found: Sequence[re.Match], body: str, known: Sequence[bool], joins: Sequence[bool]
) -> str:
    """Why the row is not read (the words named), or ``""``. ``found``: the word boxes
    after the row's math, in order; ``known[k]``: box ``k`` is a known condition word;
    ``joins[k]``: box ``k`` joins a second condition to a known one."""
    after_condition = False
    for k, m in enumerate(found):
        words = " ".join(m.group(1).split())
        if known[k] or joins[k]:
            after_condition = after_condition or known[k]
            continue
        if _ENDS_IN_CONDITION.fullmatch(words):
            continue
        rest = body[m.end() :].strip(" &\n")
        if not rest:
            if after_condition and not _ELSEWHERE.search(words):
                return f"the condition ends in words ('{words}') the reader does not read"
            continue
        if _RELATION.search(rest) and not _STARTS_WITH_RELATION.match(rest):
            return (
                f"the words '{words}' before a relation are not read"
                " (a condition, or another statement)"
            )
    return ""
