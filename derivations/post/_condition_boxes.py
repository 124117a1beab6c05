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

from ._notation import GREEK
from ._relations import content_end

#: A relation sign in the math after the box: the box introduced a statement of its own.
_RELATION = re.compile(
    r"(?<![\\{_^])(?:=|<|>)|\\(?:n?eq|leq?|geq?|[lg]eqslant|ne|lt|gt|in|notin)(?![A-Za-z])"
)
#: Math that starts with a relation sign goes on from the row (``b \\text{ by (2) } = c``).
_STARTS_WITH_RELATION = re.compile(r"\s*(?:" + _RELATION.pattern + ")")
#: Words that end by opening a condition (``\\text{converges for}``), with no word that
#: negates or limits it (``only if``, ``except if``, ``or if``): blanked, as before.
_ENDS_IN_CONDITION = re.compile(
    r"(?!.*\b(?:only|not|except|unless|or|even)\b).*\b(?:for|if|when|whenever)\s*[,:]?\s*",
    re.I,
)
#: Spacing, punctuation and brackets around the math after a box: no math of its own
#: (``\\quad (\\text{i.i.d. assumption})``: the closing bracket of the note).
_SPACING = re.compile(
    r"\\(?:[,;:! ]|q?quad(?![A-Za-z])|left|right|[bB]igg?[lr]?(?![A-Za-z]))|[\s&.,;:~{}()\[\]]"
)
#: Arguments right after the box: the box names a law or a function (``\\text{NegBin}(r, p)``).
_CALL = re.compile(r"(?:\\left)?[(\[]")
#: An unescaped brace.
_BRACE = re.compile(r"(?<!\\)[{}]")


#: Words that quantify the row over names: ``for all``, ``for each``, ``for every``, ``for any``.
_QUANTIFIER = re.compile(r"\s*,?\s*for\s+(?:all|each|every|any)\s*", re.I)
_NAME = (
    r"(?:[A-Za-z]|\\(?:" + "|".join(sorted(GREEK, key=len, reverse=True)) + r")(?![A-Za-z]))"
    r"(?:\s*_\s*(?:\{\s*[A-Za-z0-9]+\s*\}|[A-Za-z0-9]))?"
)
#: Names after a quantifier, up to the end of the row or the next box: ``x``, ``i, j``.
_NAMES = re.compile(rf"\s*{_NAME}(?:\s*,\s*{_NAME})*(?:\s|\\[,;:! ]|[.,;&])*")


def quantified_names(found: Sequence[re.Match], k: int, body: str) -> int:
    """The end of the names box ``found[k]`` quantifies the row over (``\\text{for all } x``,
    ``\\text{for each } i, j``), when it is the last box and nothing but those names follows
    it; ``found[k].end()`` otherwise. The row holds for every value of its letters,
    which is how the reader reads them: the words and the names are left out."""
    m = found[k]
    last = k + 1 == len(found)  # "for all n \\text{ even}": words after the names say more
    if not last or not _QUANTIFIER.fullmatch(m.group(1)) or not _top_level(body, m.start()):
        return m.end()
    names = _NAMES.match(body, m.end())
    return len(body) if names is not None and names.end() == len(body) else m.end()


#: ``\\forall``: the words "for all".
_FORALL = re.compile(r"\\forall(?![A-Za-z])")


def forall_as_words(body: str) -> str:
    """``body`` with each ``\\forall`` after its math, outside brackets, read as the words
    "for all" (held-out batch 23): before names and a relation (``\\quad \\forall \\vartheta
    \\in \\Theta``) it opens the row's condition and becomes the ``\\quad`` a condition box
    becomes; before names alone to the end (``\\forall i``) it is left out with them, as
    :func:`quantified_names` leaves ``\\text{for all } i`` out. Offsets are kept; any other
    ``\\forall`` stays (the lexer does not read it).

    >>> forall_as_words(r"a = b \\quad \\forall x > 0")
    'a = b \\\\quad \\\\quad   x > 0'
    """
    for m in reversed(list(_FORALL.finditer(body))):
        if not _top_level(body, m.start()) or not _SPACING.sub("", body[: m.start()]):
            continue
        names = _NAMES.match(body, m.end())
        if names is None:
            continue
        if names.end() == len(body):
            body = body[: m.start()] + re.sub(r"[^\n]", " ", body[m.start() :])
        elif _STARTS_WITH_RELATION.match(body, names.end()):
            body = body[: m.start()] + "\\quad".ljust(m.end() - m.start()) + body[m.end() :]
    return body


def _top_level(body: str, at: int) -> bool:
    """Is offset ``at`` of ``body`` outside every brace group (not in a subscript, a
    fraction or an ``\\underbrace`` label, whose words and math are the group's)?"""
    depth = 0
    for m in _BRACE.finditer(body, 0, at):
        depth += 1 if m.group() == "{" else -1
    return depth == 0


def _loose_math(math: str) -> str:
    """The math after a words box, up to the next box, when it holds no relation sign
    (``\\text{for all } x``, ``\\text{ for every } i``): left there, it was multiplied into the
    row's last term (``x^2 + 2x + 1 \\quad x``: a correct row refuted, a wrong one proved up
    to a constant). ``""`` for spacing, punctuation, a hand-written tag or a relation."""
    math = math[: content_end(math)]  # "\\quad (3)", "\\; (*)": a tag written by hand
    if not _SPACING.sub("", math) or _RELATION.search(math) or _CALL.match(math):
        return ""
    return " ".join(math.replace("&", " ").split()).strip(" .,;:")


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
    return _math_after_words(found, body, joins)


def _math_after_words(found: Sequence[re.Match], body: str, joins: Sequence[bool]) -> str:
    """Why the row is not read when a box outside brackets is followed by math with no
    relation (:func:`_loose_math`), ``""`` otherwise; a quantifier over names
    (:func:`quantified_names`) and a join (._and_branch's) are not such boxes."""
    for k, m in enumerate(found):
        upto = found[k + 1].start() if k + 1 < len(found) else len(body)
        if (
            joins[k]
            or not _top_level(body, m.start())
            or quantified_names(found, k, body) > m.end()
        ):
            continue
        loose = _loose_math(body[m.end() : upto])
        if loose:
            words = " ".join(m.group(1).split())
            return (
                f"the words '{words}' are followed by math with no relation ({loose}):"
                " a quantifier or more of the words, not a condition, and no part of the"
                " row's expression"
            )
    return ""
