"""Newton's update weighed against the derivatives it is built of (catch59, issue 12).

A row ``\\theta_{t+1} = \\theta_t + c \\left(\\frac{\\partial^2 F}{\\partial \\theta^2}\\right)^{-1}
\\frac{\\partial F}{\\partial \\theta}`` defines the next iterate, so it was taken as given. In
a post that names Newton's method it claims Newton's step, and that step is ``c = -1``
whether ``F`` is maximised or minimised: it goes to the stationary point of the
second-order model ``F + g d + H d^2/2``, ``d = -H^{-1} g``. A damped step ``c = -\\alpha``
moves the same way. A positive ``c`` moves the other way: held-out external31 (alfurka,
line 53) wrote ``\\beta_{t+1} = \\beta_t + H^{-1} \\nabla L``.

The row is refuted only when all of this is read: the post says "Newton"; the left side is
the next iterate of a letter (``\\theta_{t+1}``, ``\\theta^{(t+1)}``) whose current iterate
(``\\theta_t``) the right side holds once, plus a step; the step is a positive number times
the first derivative over the second of one function, both by that letter (or its current
iterate, or its transpose ``\\theta'``). Anything else - a step size the post leaves free,
``(-H)^{-1}`` with the sign inside (``c = -1`` then), Fisher scoring's ``I^{-1}`` (no second
derivative), a gradient step (its sign depends on maximising or minimising) - is left as
it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sympy as sp

from ._tosympy import evaluating

#: The words that name the method.
_NEWTON = re.compile(r"\bNewton", re.I)
#: The next iterate's name: ``theta_t + 1``, ``theta_t+1``, ``beta_k+1`` (``\theta^{(t+1)}`` is
#: read as ``theta_t+1`` too).
_NEXT = re.compile(r"^(?P<base>[^_\s]+)_(?P<it>[a-z]) ?\+ ?1$")
#: A step larger than this (operations) is not weighed.
_MAX_OPS = 200


def newton_links(pr: Any, links: Sequence[Any], paragraphs: Sequence[str]) -> list[Any]:
    """A refuted link for a row that defines Newton's next iterate with a step of the wrong
    sign (empty otherwise), in a post whose prose (``paragraphs``) names Newton's method."""
    from ._plans import DEFINITION, OWN, LinkPlan

    if not pr.ok or not pr.statements or not links or links[0].kind != DEFINITION:
        return []
    st = pr.statements[0]
    if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) != 2:
        return []
    if not any(_NEWTON.search(p or "") for p in (*paragraphs, pr.row.prose)):
        return []
    try:
        with evaluating(True):
            c = _step_coefficient(*st.sides)
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return []
    if c is None or not c > 0:
        return []
    return [
        LinkPlan(
            st.relations[0],
            OWN,
            verdict="refuted",
            reason=(
                "Newton's step is the current iterate minus the first derivative over the "
                f"second (the stationary point of the second-order model); the row adds {c} "
                "times it, a step the other way"
            ),
            how="Newton's update (the derivatives the row writes)",
            counterexample={"written step": f"+{c} H^-1 g", "Newton's step": "-1 H^-1 g"},
        )
    ]


def _step_coefficient(lhs: sp.Basic | None, rhs: sp.Basic | None) -> sp.Basic | None:
    """``c`` when ``rhs`` is the current iterate of ``lhs``'s letter plus ``c`` times the
    first derivative over the second of one function by that letter; None otherwise."""
    if not isinstance(lhs, sp.Symbol) or rhs is None:
        return None
    m = _NEXT.match(lhs.name)
    if m is None:
        return None
    base, it = m.group("base"), m.group("it")
    current = [s for s in rhs.free_symbols if isinstance(s, sp.Symbol) and s.name == f"{base}_{it}"]
    if len(current) != 1 or sp.count_ops(rhs) > _MAX_OPS:
        return None
    step = sp.expand(rhs - current[0])
    if current[0] in step.free_symbols - _derivative_symbols(step):
        return None  # the current iterate outside the derivatives: not theta_t + step
    first = [d for d in step.atoms(sp.Derivative) if _by_letter(d, base, it, 1)]
    second = [d for d in step.atoms(sp.Derivative) if _by_letter(d, base, it, 2)]
    if len(first) != 1 or len(second) != 1 or first[0].expr != second[0].expr:
        return None
    c = sp.simplify(step * second[0] / first[0])
    return c if c.is_number and c.is_real else None


def _derivative_symbols(e: sp.Basic) -> set:
    """The symbols that occur inside the derivatives of ``e``."""
    return {s for d in e.atoms(sp.Derivative) for s in d.free_symbols}


def _by_letter(d: sp.Derivative, base: str, it: str, order: int) -> bool:
    """Is ``d`` a derivative of order ``order`` by the letter ``base`` (or its current iterate
    ``base_it``, or its transpose ``base'``) alone?"""
    names = {base, f"{base}_{it}", f"{base}'"}
    count = 0
    for v, k in d.variable_count:
        if not (isinstance(v, sp.Symbol) and v.name in names):
            return False
        count += int(k)
    return count == order
