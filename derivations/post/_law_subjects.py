r"""What stands left of ``\sim`` when it is not one expression.

Two forms posts use to state a model (held-out posts, PARSE13):

- a variable given others: ``X \mid \theta \sim Bern(\theta)``, ``X_i \, | \, \theta \sim
  ...``, ``p | x, n \sim Beta(...)``, ``\mathbf{x} \mid y = 0 \sim \mathcal{N}(\mu_0,
  \Sigma)`` (the relation splitter cuts that last one at its ``=``: the caller joins the two
  sides back);
- a list of variables sharing the law: ``X_1, \dots, X_n \sim D``, ``Y_1, Y_2, ... Y_n \sim
  D``, ``X_1, X_2, X_3 \sim D``.

Both are premises of the model, as ``X \sim D`` is, but neither is the law of one variable:
a conditional law is not the law of the variable (``E[X] = \theta`` does not follow from
``X \mid \theta \sim Bern(\theta)`` when theta is random), so the statement gets a relation
of its own (:data:`CONDITIONAL`, :data:`LISTED`) that nothing reading laws (``"~"``) takes
up. The build takes it as given. Anything else (two bars, an empty part, dots at either
end of a list, a part that does not parse) is not this form: the caller keeps its error.

Pure text scanning, bounded by the row's length; nothing is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

#: The relation of ``X \mid \theta \sim D`` (a law given other variables).
CONDITIONAL = "~|"
#: The relation of ``X_1, \dots, X_n \sim D`` (variables that share a law).
LISTED = "~,"
LAW_RELATIONS = frozenset([CONDITIONAL, LISTED])

_OPEN = frozenset("{([")
_CLOSE = frozenset("})]")
_SIZES = frozenset(["big", "Big", "bigg", "Bigg", "bigl", "Bigl", "bigm", "Bigm", "middle"])
DOTS = re.compile(r"\s*(?:\.\.\.|\\[lc]?dots[bc]?|…)\s*")
_LEADING_DOTS = re.compile(r"\s*(?:\.\.\.|\\[lc]?dots[bc]?|…)\s*(?=\S)")


def cuts(text: str) -> tuple[list[tuple[int, int]], list[int]] | None:
    """The spans of the conditioning bars and the positions of the commas that stand outside
    every bracket of ``text``; None when a norm or divergence bar (``\\|``, ``||``) or an
    unbalanced bracket makes the reading doubtful."""
    bars: list[tuple[int, int]] = []
    commas: list[int] = []
    depth, i, n = 0, 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            m = re.match(r"\\([A-Za-z]+|.)", text[i:])
            if m is None:
                return None
            name, j = m.group(1), i + m.end()
            if name in ("{", "lbrace", "langle"):
                depth += 1
            elif name in ("}", "rbrace", "rangle"):
                depth -= 1
            elif name in ("|", "Vert", "lVert", "rVert", "parallel", "left", "right"):
                if depth == 0 and name not in ("left", "right"):
                    return None
                if name in ("left", "right"):
                    # \left| ... \right| is an absolute value; \left( ... brackets count below
                    k = j
                    while k < n and text[k] == " ":
                        k += 1
                    if k < n and text[k] == "|" and depth == 0:
                        return None
            elif name in ("mid", "vert") and depth == 0:
                bars.append((i, j))
            elif name in _SIZES:
                k = j
                while k < n and text[k] == " ":
                    k += 1
                if k < n and text[k] == "|" and depth == 0:
                    bars.append((i, k + 1))
                    j = k + 1
            i = j
            continue
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            if i + 1 < n and text[i + 1] == "|":
                return None
            bars.append((i, i + 1))
        elif c == "," and depth == 0:
            commas.append(i)
        i += 1
    if depth != 0:
        return None
    return bars, commas


def pieces(text: str, at: list[int]) -> list[str]:
    """``text`` cut at the positions ``at`` (the characters there dropped)."""
    out, start = [], 0
    for c in at:
        out.append(text[start:c])
        start = c + 1
    out.append(text[start:])
    return out


def conditional_subject(text: str, parse: Callable[[str], sp.Basic]) -> sp.Basic | None:
    """``X \\mid \\theta`` (one bar outside brackets, a variable left of it, its conditions
    right of it, each read by ``parse``): the variable; else None.

    ``parse`` raises on text it cannot read; that makes the form not this one.
    """
    cut = cuts(text)
    if cut is None:
        return None
    bars, _ = cut
    if len(bars) != 1:
        return None
    a, b = bars[0]
    left, right = text[:a], text[b:]
    sub = cuts(right)
    if not left.strip() or sub is None or sub[0]:
        return None
    for piece in pieces(right, sub[1]):
        for part in piece.split("="):  # y = 0: a condition at a value
            if not part.strip():
                return None
            parse(part)
    own = cuts(left)
    if own is None or own[1]:
        return None  # X, Y | Z: which variables, and given what?
    return parse(left)


def listed_subjects(text: str, parse: Callable[[str], sp.Basic]) -> sp.Basic | None:
    """``X_1, \\dots, X_n`` (commas outside brackets, no bar; a name first and last, dots
    between): the tuple of the names written; else None."""
    cut = cuts(text)
    if cut is None:
        return None
    bars, commas = cut
    if bars or not commas:
        return None
    parts = pieces(text, commas)
    if DOTS.fullmatch(parts[0]) or DOTS.fullmatch(parts[-1]):
        return None
    names = []
    for piece in parts:
        if DOTS.fullmatch(piece):
            continue
        m = _LEADING_DOTS.match(piece)
        if m and piece is not parts[0]:
            piece = piece[m.end() :]  # Y_1, Y_2, ... Y_n: the comma after the dots left out
        if not piece.strip():
            return None
        names.append(parse(piece))
    if len(names) < 2:
        return None
    return sp.Tuple(*names)
