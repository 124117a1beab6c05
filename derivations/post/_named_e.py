"""A post that names a quantity ``e`` (``e = (Ax - b)^T (Ax - b)``, the squared error).

The reader takes ``e`` as Euler's number (see ``_tosympy``). A post whose row opens with
``e = ...`` and which never raises ``e`` to a power (other than a transpose, ``e^T e``) means
its own quantity: read as Euler's number, ``de/dx`` was the derivative of a constant, 0, which
refuted the post's gradient and would prove a 0 written for it. A post that writes ``e^{...}``
keeps Euler's number whatever else it names ``e``: the two readings cannot be told apart.
"""

from __future__ import annotations

import re

import sympy as sp

from ._prose_meanings import NUMBER_SIDE, usual_value

#: A row whose left side is ``e`` alone (aligned, spaced or defined with ``:=``).
_DEFINES_E = re.compile(
    r"(?:^|\n)\s*e\s*(?:&\s*|\\[a-z]*quad\s*|\\[,;!: ]\s*|~\s*)*(?:=|:=|\\coloneqq|\\equiv)"
)
#: ``e`` raised to a power (not transposed): Euler's number.
_EULER_POWER = re.compile(r"(?<![A-Za-z\\])e\s*\^\s*(?!\{?\s*(?:T|\\top|\\mathsf\s*\{\s*T)\b)")


#: A power of ``e`` by a small whole number (``e^2``, ``e^{3}``): the square of a quantity
#: the post names ``e`` as readily as of Euler's number (sound12).
_WHOLE_POWER = re.compile(r"\s*\^\s*(?:\d|\{\s*\d\s*\})(?![\d.])")


def named_e(text: str) -> dict[str, sp.Symbol]:
    """``{"e": Symbol}`` when the rows ``text`` name a quantity ``e``, else ``{}``.

    A post that defines ``e`` and raises it only to whole numbers (``e = y - ax`` and
    ``e^2``) means its own quantity: read as Euler's number, ``d(e^2)/da`` was 0 and the
    correct ``-2xe`` was refuted (adversarial set 12, pair 26)."""
    if not any(not _usual_e(text, m.end()) for m in _DEFINES_E.finditer(text)):
        return {}
    if any(not _WHOLE_POWER.match(text, m.start() + 1) for m in _EULER_POWER.finditer(text)):
        return {}
    return {"e": sp.Symbol("e", real=True)}


def _usual_e(text: str, end: int) -> bool:
    """Is the row after ``e =`` (from ``end``) e's usual value (``$$e = 2.718$$``)? Then it
    states Euler's number, as a sentence does (``_prose_meanings.usual_value``): read as a
    quantity of the post, e^2 = 7.389 was refuted."""
    stop = text.find("\n", end, end + 200)
    m = NUMBER_SIDE.fullmatch(text[end : stop if stop >= 0 else end + 200])
    return m is not None and usual_value("e", m.group(1))
