r"""A tuple as a side: ``\vartheta = (\mu, \sigma^2)^T``, ``T(X) = \Big(\bar X, S^2\Big)``,
``v = [a, b]^\top`` (PARSE13).

Exponential families, estimators of several parameters and Newton steps write their
statistics and parameters as tuples. The side is read as a whole: a call of the opaque
function ``tuple`` (:func:`._tosympy.opaque`) of its components, which has no value the
engine compares, so a row defining a name by it is taken as given and any step through it
is unchecked. A transpose written after the bracket (``(a, b)^T``) only says the tuple is a
column; it is dropped.

An interval is no tuple: a component that is infinite (``(0, \infty)``), or square brackets
round numbers only (``[0, 1]``), leave the side unread, as does anything after the closing
bracket other than a transpose (``(a, b)^2``), an empty component or dots at either end.

Pure text scanning, bounded by the side's length; nothing is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from ._law_subjects import DOTS, cuts, pieces
from ._tosympy import opaque

#: The opening of a tuple: a size command or \left, then ( or [.
_OPEN = re.compile(r"\s*(?:\\(?:left|big|Big|bigg|Bigg|bigl|Bigl|biggl|Biggl)\s*)?([(\[])")
#: What may follow the closing bracket: a transpose, then punctuation.
_AFTER = re.compile(
    r"\s*(?:\^\s*(?:\{\s*)?(?:T|\\top|\\intercal|\\mathrm\s*\{\s*T\s*\}|\\mathsf\s*\{\s*T\s*\})"
    r"(?:\s*\})?)?\s*[.,;]?\s*"
)
_SIZE_BEFORE_CLOSE = re.compile(r"\\(?:right|big|Big|bigg|Bigg|bigr|Bigr|biggr|Biggr)\s*$")
_INFINITE = re.compile(r"\\infty|∞")
_NUMBER = re.compile(r"\s*[-+]?\s*\d+(?:\.\d+)?\s*")


#: The opaque functions of sides read as a whole: a tuple, a matrix written by its pattern.
WHOLES = ("tuple", PATTERN := "a matrix written by its pattern")


def has_tuple(e: object) -> bool:
    """Does ``e`` hold a tuple read by :func:`tuple_side` or a matrix read by
    :func:`pattern_matrix_side` (a side read as a whole)?"""
    return isinstance(e, sp.Basic) and any(
        str(f.func) in WHOLES for f in e.atoms(*(opaque(w) for w in WHOLES))
    )


def has_pattern_matrix(e: object) -> bool:
    """Does ``e`` hold a matrix read by :func:`pattern_matrix_side`?"""
    return isinstance(e, sp.Basic) and bool(e.atoms(opaque(PATTERN)))


#: A matrix environment that is the whole side (a transpose after it allowed). Not
#: ``vmatrix`` (a determinant, a number) nor ``array`` (rows of equations, often).
_MATRIX = re.compile(r"\s*\\begin\{([pbB]?matrix|smallmatrix)\}(.*)\\end\{\1\}", re.S)
#: The dots of a matrix written by its pattern.
_PATTERN_DOTS = re.compile(r"\\(?:[cvdl]dots|dots[cbm]?)(?![A-Za-z])|\.\.\.|…")


def pattern_matrix_side(text: str) -> sp.Basic | None:
    """PARSE57: the side ``text`` when it is a matrix written by its pattern
    (``\\begin{bmatrix} x_{11} & \\cdots \\\\ \\vdots & \\ddots \\end{bmatrix}``, a
    transpose after it allowed): an opaque call naming it by its text, which has no value the
    engine compares (the entries the dots stand for are not written). None otherwise: a
    matrix without dots, or one with another environment inside."""
    m = _MATRIX.fullmatch(text)
    if m is None:
        m = _MATRIX.match(text)
        if m is None or _AFTER.fullmatch(text, m.end()) is None:
            return None
    body = m.group(2)
    if "\\begin" in body or not _PATTERN_DOTS.search(body):
        return None
    return opaque(PATTERN)(sp.Symbol(" ".join(text.split())))


def _close(text: str, start: int) -> int | None:
    """Index of the bracket closing the one at ``text[start]`` (any of ``( [ {`` counted
    alike; escaped braces too), or None."""
    depth = 0
    i = start
    while i < len(text):
        c = text[i]
        if c == "\\":
            m = re.match(r"\\([A-Za-z]+|.)", text[i:])
            if m is None:
                return None
            if m.group(1) in ("{", "}"):
                depth += 1 if m.group(1) == "{" else -1
            i += m.end()
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                return i
            if depth < 0:
                return None
        i += 1
    return None


def tuple_side(text: str, parse: Callable[[str], sp.Basic]) -> sp.Basic | None:
    """The side ``text`` read as a tuple (see the module docstring), or None when it is not
    one. ``parse`` reads a component and raises on text it cannot read."""
    m = _OPEN.match(text)
    if m is None:
        return None
    start = m.start(1)
    end = _close(text, start)
    if end is None or _AFTER.fullmatch(text, end + 1) is None:
        return None
    inner = _SIZE_BEFORE_CLOSE.sub("", text[start + 1 : end])
    cut = cuts(inner)
    if cut is None or cut[0] or not cut[1]:
        return None
    parts = pieces(inner, cut[1])
    if DOTS.fullmatch(parts[0]) or DOTS.fullmatch(parts[-1]):
        return None
    if any(_INFINITE.search(p) for p in parts):
        return None  # (0, \infty): an interval
    if m.group(1) == "[" and all(_NUMBER.fullmatch(p) for p in parts):
        return None  # [0, 1]: an interval
    items = []
    for part in parts:
        if DOTS.fullmatch(part):
            continue
        if not part.strip():
            return None
        items.append(parse(part))
    return opaque("tuple")(*items)
