"""The imaginary unit. The reader reads a letter ``i`` (and ``\\mathrm{i}``) as a real
number; a post that says ``i`` is the imaginary unit (in words, by ``i^2 = -1``, by writing
``\\mathrm{i}`` or ``e^{i\\theta}``) means ``\\sqrt{-1}``, and rows read with a real ``i``
were proved false (``\\log(e^{i\\theta}) = i\\theta``) and refuted true (``e^{i\\theta} =
\\cos\\theta + i\\sin\\theta``): adversarial set 11, pairs 73, 180, 182.

Complex arithmetic is not what the engine checks (its samples, branches and sign rules are
real), so the letter becomes a name with no value: a row using it stays unchecked. A post
that uses ``i`` as an index (``x_i``, ``\\sum_i``) keeps the index reading.

A post that does not say so may still mean the unit: a characteristic function's
``e^{(\\mu/\\sigma^2 + it)^2 \\sigma^2/2} = e^{i\\mu t - t^2\\sigma^2/2}`` (held-out batch 55,
blind65: a Q&A answer) was refuted with i drawn as a real number. Which i the author means -
an index, a rate, the unit - the reader cannot tell from the letter, so a link that fails
with i (or j) real but holds with it the unit is no refutation (:func:`imaginary_unit_reason`):
unchecked, the condition named; never a proof, for a post may mean a real i. The test is
numeric and cheap: both sides at fixed exact points (every other letter its own positive
value, by name), i first a real number then the unit, sympy's ``evalf`` to 30 digits under a
CPU-time limit, for sides of bounded size holding only arithmetic and elementary functions.
"""

from __future__ import annotations

import re

import sympy as sp

from .. import _budget
from ._arith import node_count
from ._prose_meanings import index_use
from ._tosympy import evaluating

#: A letter (Latin or a Greek command).
_LETTER = r"(?:\\[A-Za-z]+|[A-Za-z])"

#: What says that ``i`` is the imaginary unit: the words, ``i^2 = -1``, ``\\sqrt{-1}`` as
#: its value, an upright ``\\mathrm{i}``, or ``i`` in an exponent of ``e`` (``e^{i\\theta}``,
#: ``e^{-2it}``, ``\\exp(i t)``; ``i`` then at most one letter).
_SAYS = re.compile(
    r"(?i:imaginary\s+unit)"
    r"|(?<![A-Za-z\\])i\s*\^\s*\{?\s*2\s*\}?\s*=\s*-\s*1"
    r"|(?<![A-Za-z\\])i\s*=\s*\\sqrt\s*\{\s*-\s*1\s*\}"
    r"|\\math(?:rm|it|bf)\s*\{\s*i\s*\}|\\operatorname\s*\{\s*i\s*\}"
    r"|(?:(?<![A-Za-z\\])e\s*\^\s*\{|\\exp\s*(?:\\left)?\s*[(\[{])[-\s\d.]*i(?![A-Za-z]{2})"
    # a letter given as a real part plus i times another: $z = x + i y$, $w = a - b i$ (adv16)
    rf"|\$\s*{_LETTER}(?:_\{{?\w{{1,3}}\}}?)?\s*=\s*[^$=]{{0,40}}?[-+]\s*(?:\\[,;! ]\s*)?"
    rf"(?:i\s*(?:\\[,;! ]\s*)?{_LETTER}|{_LETTER}\s*(?:\\[,;! ]\s*)?i)\s*\$"
)


def imaginary_unit(text: str) -> dict[str, sp.Basic]:
    """``{"i": a name with no value}`` when the post means the imaginary unit by ``i``."""
    from ._tosympy import Named

    head = text[:200_000]
    if _SAYS.search(head) is None or index_use(head, "i"):
        return {}
    return {"i": Named("i")}


#: The letters a post may write for the imaginary unit.
_LETTERS = ("i", "j")
#: Sides larger than this are not tried (a bound on what a hostile post can make this do).
_MAX_NODES = 400
#: CPU seconds for the whole test of one link.
_SECONDS = 0.5
#: Nodes the sides may hold: arithmetic and elementary functions of plain letters.
_NOT_PLAIN = (sp.Integral, sp.Sum, sp.Product, sp.Derivative, sp.Indexed, sp.Limit)


def imaginary_unit_reason(prev: sp.Basic, w: sp.Basic) -> str:
    """Why the failing comparison of ``w`` with the line above, ``prev``, is no refutation:
    the two differ with the letter i (or j) a real number but agree with it the imaginary
    unit. Empty otherwise (no such letter, the sides agree or disagree either way, or they
    are too large or hold more than arithmetic)."""
    if not isinstance(prev, sp.Basic) or not isinstance(w, sp.Basic):
        return ""
    letters = _letters(prev) | _letters(w)
    units = sorted((s for s in letters if s.name in _LETTERS), key=lambda s: s.name)
    if len(units) != 1 or not _plain(prev) or not _plain(w):
        return ""
    (unit,) = units
    others = sorted((s for s in letters if s is not unit), key=lambda s: s.name)
    try:
        with _budget.time_limit(_SECONDS), evaluating(True):
            if _agree(prev, w, unit, others, sp.Rational(5, 9)) is not False:
                return ""  # equal (or unknown) with i real: nothing for this rule to say
            for shift in (0, 1):
                if _agree(prev, w, unit, others, sp.I, shift) is not True:
                    return ""
    except (_budget.StepTimeout, ArithmeticError, RecursionError, TypeError, ValueError):
        return ""
    return (
        f"holds when {unit.name} is the imaginary unit ({unit.name}^2 = -1) and not when it is "
        "a real number: the post does not say which it means, so a difference is no refutation"
    )


def _letters(e: sp.Basic) -> set:
    return {s for s in e.free_symbols if isinstance(s, sp.Symbol)}


def _plain(e: sp.Basic) -> bool:
    if node_count(e, _MAX_NODES + 1) > _MAX_NODES:
        return False
    if e.atoms(*_NOT_PLAIN) or e.atoms(sp.MatrixSymbol):
        return False
    return not any(isinstance(f, sp.core.function.AppliedUndef) for f in e.atoms(sp.Function))


def _agree(
    prev: sp.Basic, w: sp.Basic, unit: sp.Symbol, others: list, value: sp.Basic, shift: int = 0
) -> bool | None:
    """Do the two sides agree with ``unit`` at ``value`` and each other letter at its own
    exact positive value (None: a side has no finite value there)?"""
    point = {s: sp.Rational(3 + 2 * k + shift, 7 + shift) for k, s in enumerate(others)}
    point[unit] = value
    a = sp.N(prev.xreplace(point), 30)
    b = sp.N(w.xreplace(point), 30)
    if not (a.is_number and b.is_number) or a.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    if b.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    scale = max(1, abs(complex(a)), abs(complex(b)))
    return abs(complex(a - b)) <= 1e-20 * scale
