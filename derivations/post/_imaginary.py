"""The imaginary unit. The reader reads a letter ``i`` (and ``\\mathrm{i}``) as a real
number; a post that says ``i`` is the imaginary unit (in words, by ``i^2 = -1``, by writing
``\\mathrm{i}`` or ``e^{i\\theta}``) means ``\\sqrt{-1}``, and rows read with a real ``i``
were proved false (``\\log(e^{i\\theta}) = i\\theta``) and refuted true (``e^{i\\theta} =
\\cos\\theta + i\\sin\\theta``): adversarial set 11, pairs 73, 180, 182.

Complex arithmetic is not what the engine checks (its samples, branches and sign rules are
real), so the letter becomes a name with no value: a row using it stays unchecked. A post
that uses ``i`` as an index (``x_i``, ``\\sum_i``) keeps the index reading.
"""

from __future__ import annotations

import re

import sympy as sp

from ._prose_meanings import index_use

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
