r"""``\pm`` and ``\mp``: one row that stands for two, one per sign.

``x_{1/2} = \mu \pm \sigma`` names both roots of a quadratic; ``f'''(\mu \pm \sigma)`` is the
third derivative at each. The reader writes ``a \pm b`` as ``a + s b`` and ``a \mp b`` as
``a - s b``, with one letter ``SIGN`` for every ``\pm`` of a post, whose only values are
``+1`` and ``-1`` (:mod:`._sign_letter`). That is the usual reading: in one row every
``\pm`` takes the same sign and every ``\mp`` the other.

What the engine may then say of a link:

- **proved**: an identity that holds for every value of the letter holds for both signs; the
  engine also proves it case by case, one sign at a time (its domain has two members).
- **refuted**: only where the link fails for both pairings of the signs. An author may turn
  ``3 - (\pm 2)`` into ``3 \pm 2``: as a set of two values the row is right, though with one
  sign shared it is not. An equation solved into a ``\pm`` (``u^2 = c`` to
  ``u = \pm\sqrt{c}``) gives a set of roots, which one sign at a time is not: a link other
  than an identity is never refuted (:func:`plus_minus_reason`).
"""

from __future__ import annotations

import sympy as sp

from .. import _budget
from ._arith import node_count
from ._sign_letter import SIGN, SOLVED_INTO_SIGN, has_sign
from ._tosympy import evaluating

_MAX_NODES = 400


def plus_minus_reason(previous: sp.Basic | None, written: sp.Basic, relation: str) -> str:
    """Why a failing link through a line with ``\\pm`` is no refutation ("" when a failure
    is one: the lines differ for both pairings of the signs, as sets of two values).

    An equation whose line holds a ``\\pm`` stands for its roots together, and a link
    other than an identity is never refuted. An identity is refuted only between lines
    built of rational, exponential and trigonometric functions (analytic where they are
    defined: two such lines that differ at one point differ almost everywhere), when the
    written line with its signs flipped differs from the line above as well. With a root,
    an absolute value or a logarithm, ``\\pm\\sqrt{x^2} = \\pm x`` is right as a set
    though each pairing fails for one sign of x.
    """
    if not has_sign(previous, written):
        return ""
    if relation != "=" or previous is None:
        return SOLVED_INTO_SIGN
    if not (_analytic(previous) and _analytic(written)):
        return _OPEN
    if node_count(previous, _MAX_NODES) + node_count(written, _MAX_NODES) >= _MAX_NODES:
        return _OPEN
    if _agree(previous, written.xreplace({SIGN: -SIGN})) is False:
        return ""
    return _OPEN


_OPEN = (
    "with the signs of \\pm paired the other way the lines may agree: as sets of two values "
    "the row can be right, so a failure with one sign shared is not a refutation"
)

#: Points the other pairing is tried at: every other letter at its own positive value.
_POINTS = (
    {"base": sp.Rational(7, 5), "step": sp.Rational(3, 7)},
    {"base": sp.Rational(11, 3), "step": sp.Rational(2, 9)},
)


#: What a line may hold for a refutation (:func:`plus_minus_reason`): no roots, absolute
#: values, logarithms, cases or steps, whose lines may agree as sets piece by piece.
_NOT_ANALYTIC = (sp.Abs, sp.sign, sp.Piecewise, sp.Min, sp.Max, sp.floor, sp.ceiling, sp.log)


def _analytic(e: sp.Basic) -> bool:
    if e.atoms(*_NOT_ANALYTIC) or e.atoms(sp.Function) - e.atoms(sp.exp, sp.sin, sp.cos, sp.tan):
        return False
    # a root of a positive letter (sigma, read as sqrt(sigma2)) is analytic; of anything else
    # it may be |x| in disguise
    return all(
        p.exp.is_integer or p.base.is_positive is True
        for p in e.atoms(sp.Pow)
        if p.base is not sp.E
    )


def _agree(a: sp.Basic, b: sp.Basic) -> bool | None:
    """Do ``a`` and ``b`` agree for both signs at a few positive points (None: unknown)?"""
    letters = sorted((a.free_symbols | b.free_symbols) - {SIGN}, key=str)
    try:
        with _budget.time_limit(2.0), evaluating(True):
            a, b = a.doit(), b.doit()
            for pt in _POINTS:
                values = {s: pt["base"] + k * pt["step"] for k, s in enumerate(letters)}
                for sign in (1, -1):
                    at = {**values, SIGN: sign}
                    va = sp.N(a.xreplace(at), 20)
                    vb = sp.N(b.xreplace(at), 20)
                    if not (va.is_number and vb.is_number):
                        return None
                    if abs(complex(va) - complex(vb)) > 1e-9 * (1 + abs(complex(va))):
                        return False
    except Exception:  # noqa: BLE001 - a side that cannot be evaluated decides nothing
        return None
    return True


def both_roots(written: sp.Basic) -> sp.Equality | None:
    """The row ``L = R`` with a ``\\pm`` as the one equation ``(L - R_+)(L - R_-) = 0``.

    ``\\theta = (-1 \\pm \\sqrt{1 + 4W})/2`` says that theta is one of two values: the
    roots of ``\\theta^2 + \\theta - W``, once the product is expanded (a square root
    squared is its radicand, for every sign of it). An equation above implies the row, read
    as a set of roots, exactly when it implies this one: every root of it is one of the two.
    None when the row is not one equation with the sign in it, or too large to expand.
    """
    if not isinstance(written, sp.Equality) or not has_sign(written):
        return None
    if node_count(written, _MAX_NODES) >= _MAX_NODES:
        return None
    try:
        with _budget.time_limit(1.0), evaluating(True):
            d = (written.lhs - written.rhs).doit()
            product = sp.expand(d.xreplace({SIGN: 1}) * d.xreplace({SIGN: -1}))
    except Exception:  # noqa: BLE001 - a row that cannot be expanded gives no equation
        return None
    if product.has(SIGN) or node_count(product, _MAX_NODES) >= _MAX_NODES:
        return None
    return sp.Eq(product, 0, evaluate=False)


__all__ = ["both_roots", "plus_minus_reason"]
