"""Case hypotheses stated in words the case reader does not take as they mean.

A refutation of a row written under a case must hold inside the case (:mod:`._conditions`).
The cases are the formulas after "if", "whenever", "unless" (:func:`._assume.case_hypotheses`),
each taken as holding. Adversarial set 9 refuted correct rows where the words say more:

- "Unless $x \\ge 0$, we have" holds where ``x \\ge 0`` does *not* (pair 216): the case is
  the negation of the formula;
- "If $x \\ge 0$ then $|x| = x$; otherwise" then a display (pair 03): the display is under
  the negation of the case before it;
- "For negative $x$," (pair 219), "when $t$ is positive": a sign in words;
- ``\\sqrt{t^2} = -t \\quad \\text{for } t < 0`` (pairs 10, 12): a condition in words inside
  the display holds for that row, and so does a premise ``\\because x \\ge 1`` written there.

Each is a case here, holding up to the end of the first display after it (the row itself
for a condition inside a display). None makes a row proved: they only keep a counterexample
outside the case from refuting.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

import sympy as sp

from ._assume import _DISPLAY, prose_formulas

_UNLESS = re.compile(r"\bunless\s*$", re.I)
_OTHERWISE = re.compile(r"\b(?:otherwise|else)\b", re.I)
_SIGNS = {
    "negative": sp.Lt,
    "positive": sp.Gt,
    "nonnegative": sp.Ge,
    "non-negative": sp.Ge,
    "nonpositive": sp.Le,
    "non-positive": sp.Le,
}
_SIGN = "|".join(sorted(_SIGNS, key=len, reverse=True))
_SIGN_WORDS = re.compile(
    rf"\b(?:for|when|whenever|if)\s+(?:all\s+|every\s+|any\s+)?({_SIGN})\s+\$([^$]{{1,30}})\$"
    rf"|\b(?:when|whenever|if)\s+\$([^$]{{1,30}})\$\s+is\s+({_SIGN})\b",
    re.I,
)
#: ``\\quad \\text{for } t < 0`` at the end of a display row: the row's own case.
_IN_DISPLAY = re.compile(
    r"\\(?:text|mbox|textrm|mathrm)\s*\{\s*(?:for|if|when|whenever|provided)\s*\}\s*"
    r"([^{}$\\\n]*?[<>][^{}$\\\n]*?|[^{}$\n]*?\\[lg]eq?\b[^{}$\n]*?)\s*(?:\$\$|\\\]|\\\\|&|$)",
    re.I | re.M,
)


#: ``\\because x > 0`` in a display: the premise its rows hold under.
_PREMISE = re.compile(
    r"\\because\s*([^$\\\n&]*?[<>][^$\\\n&]*?|[^$\n&]*?\\[lgn]eq?\b[^$\n&]*?)\s*"
    r"(?:\$\$|\\\]|\\\\|\\text|\\quad|&|$)",
    re.M,
)


def case_words(
    body: str,
    hypotheses: list[tuple[str, int, int]],
    relation: Callable[[str], sp.Basic | None],
    first_line: int = 1,
) -> tuple[list[tuple[str, int, sp.Basic | None, int]], set[tuple[str, int]]]:
    """The cases the words state, as ``(text, line, relation, until)``, and the case
    hypotheses ``(formula, line)`` they replace (the formula after "unless").

    ``hypotheses`` are :func:`._assume.case_hypotheses`; ``relation`` reads one formula
    (:func:`._conditions._relation`)."""
    text, formulas = prose_formulas(body)

    def line_of(pos: int) -> int:
        return first_line + text.count("\n", 0, pos)

    def until(pos: int) -> int:
        m = _DISPLAY.search(text, pos)
        return line_of(m.end()) if m else line_of(pos)

    displays = [(m.start(), m.end()) for m in _DISPLAY.finditer(text)]
    starts = [a for a, _ in displays]

    def in_display(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1  # (displays do not overlap)
        return k >= 0 and pos < displays[k][1]

    add, drop = [], set()
    for formula, start, _, _ in formulas:
        if _UNLESS.search(text[max(0, start - 40) : start]):
            drop.add((formula, line_of(start)))
            negated = _negation(relation(formula))
            add.append((f"not ({formula.strip()})", line_of(start), negated, until(start)))
    stated = {h[0] for h in hypotheses}
    # the case formulas in the order they are written: the last one before a word is found
    # by bisection (searching the text back for each case text made a post of 5,000
    # cases, each followed by "otherwise", take minutes)
    cased = sorted((a, f) for f, a, _, case in formulas if case and f in stated)
    case_starts = [a for a, _ in cased]
    negations: dict[str, sp.Basic | None] = {}
    for m in _OTHERWISE.finditer(text):
        if in_display(m.start()):
            continue  # \text{otherwise} of a definition by cases
        # the case written last before the word ("If $x \\ge 0$ ...; otherwise")
        k = bisect.bisect_left(case_starts, m.start()) - 1
        if k < 0:
            continue
        last = cased[k][1]
        if last not in negations:
            negations[last] = _negation(relation(last))
        if negations[last] is not None:
            text_of = f"not ({last.strip()})"
            add.append((text_of, line_of(m.start()), negations[last], until(m.end())))
    for m in _SIGN_WORDS.finditer(text):
        word, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        letter = relation(f"{name} > 0")
        if letter is None:
            continue
        rel = _SIGNS[word.lower()](letter.lhs, 0, evaluate=False)
        add.append((f"{name} {word}", line_of(m.start()), rel, until(m.end())))
    for a, b in displays:
        for m in _PREMISE.finditer(text, a, b):
            rel = relation(m.group(1).strip())
            if rel is not None:
                add.append((m.group(1).strip(), line_of(a), rel, line_of(b)))
    for m in _IN_DISPLAY.finditer(text):
        rel = relation(m.group(1).strip())
        if rel is not None:
            add.append((m.group(1).strip(), line_of(m.start()), rel, line_of(m.start())))
    return add, drop


def _negation(rel: sp.Basic | None) -> sp.Basic | None:
    """``x < 0`` for ``x \\ge 0`` (a relation the counterexample can be placed against), or
    None when ``rel`` is no single relation."""
    return rel.negated if isinstance(rel, sp.core.relational.Relational) else None
