"""A derivative's order written in brackets: ``M^{(4)}(0)`` is the fourth derivative of
``M`` at 0, as ``M''''(0)`` is. The grammar read the bracket as a power and the call as a
product, ``M^4 \\cdot 0``, which refuted the correct ``M^{(4)}(0) = 3`` of ``M(t) =
e^{t^2/2}`` and would prove ``M^{(2)}(0) = 0`` (adversarial set 11, pairs 11, 191).

:func:`as_primes` writes the order as primes, of the same length (the columns of the row
stay), for a letter called at one number or one name only: ``x^{(1)}(h(x^{(1)}) - y)``, the
first example of a data set times a bracket, stays as written.
"""

from __future__ import annotations

import re

#: ``F^{(k)}(a)``: a letter (or a command), a bracketed order 0-9, a call at one number
#: or one name.
_ORDER = re.compile(
    r"(?<=[A-Za-z}])(?P<order>\s*\^\s*\{\s*\(\s*(?P<k>[0-9])\s*\)\s*\})"
    r"(?=\s*\(\s*(?:-?\d+(?:\.\d+)?|[A-Za-z]|\\[A-Za-z]+)\s*\))"
)


def as_primes(body: str) -> str:
    """``body`` with each ``F^{(k)}(a)`` written ``F'...'(a)`` (k primes, spaces after)."""
    return _ORDER.sub(lambda m: ("'" * int(m.group("k"))).ljust(len(m.group("order"))), body)
