r"""A range beside a definition that the reader cannot use makes the value unknown off it.

``f(x) = 2e^{-2x}, \quad x ≥ 0`` with a Unicode sign, ``p(x, y) = x + y, \quad 0 < x < 1,
\; 0 < y < 1`` over two variables, ``g(x) = 1 - |x|`` for ``|x| \le 1`` by cases: each
states its formula on a range only. When the reader could not turn that range into a
condition it used to keep the formula as the value everywhere, so ``f(-1) = 2e^{2}``,
``p(2, 1/2) = 5/2`` and ``g(2) = -1`` were proved (adversarial set 12, pairs 190, 192, 18).

Fail closed: :func:`unknown_off` gives the value as a ``Piecewise`` whose condition is an
opaque one the reader never decides (``in_unread_range(x) = 1``). At a point the line leaves
free (``f(x_i)`` in a likelihood) ``._density_range.settle_ranges`` still reads the formula,
as it does for a range it can read; at a number, or under an integral over the variable,
the value is not said and the link is unchecked.

:data:`RELATION_SIGNS` is the one table of the Unicode relation signs authors type inside
TeX and the commands they stand for; :func:`ascii_relations` writes them as commands so
that the relation regular expressions (which look for ``<``, ``>`` and ``\le``, ``\ge``,
``\ne``, ``\in``) see them.
"""

from __future__ import annotations

import sympy as sp

#: The Unicode relation signs, as the TeX commands they stand for.
RELATION_SIGNS = {
    "≤": r"\le",
    "⩽": r"\le",
    "≥": r"\ge",
    "⩾": r"\ge",
    "≠": r"\ne",
    "∈": r"\in",
    "∉": r"\notin",
    "＜": "<",
    "＞": ">",
}
_TABLE = str.maketrans({k: f" {v} " for k, v in RELATION_SIGNS.items()})


class _Unread(sp.Function):
    """The opaque membership the reader never decides (not a name of the post's: a
    function sympy knows, with no value at any argument)."""

    nargs = None

    @classmethod
    def eval(cls, *args):
        return None


_UNREAD = _Unread


def ascii_relations(text: str) -> str:
    """``text`` with each Unicode relation sign written as its TeX command."""
    return text.translate(_TABLE)


def about_other_names(range_text: str, lhs: sp.Basic, rhs: sp.Basic) -> bool:
    """Does ``range_text`` read as statements about symbols of the formula ``rhs`` that are
    not ``lhs``'s arguments (``f(x) = \\theta x, \\quad \\theta > 0``: a parameter's
    range, not ``f``'s)?"""
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain
    from ._assume import expand

    try:
        domains = [d for st in expand(range_text) for d in parse_domain(st, "the range")]
    except (AssumptionError, ValueError, TypeError):
        return False
    args = {str(a) for a in getattr(lhs, "args", ())}
    params = {getattr(v, "name", None) for v in rhs.free_symbols} - args
    return bool(domains) and all(d.name in params for d in domains)


def unknown_off(lhs: sp.Basic, rhs: sp.Basic) -> sp.Basic:
    """``rhs`` as the value of ``lhs`` (``p(x, y)``) on a range the reader could not read,
    and no value beyond it; ``rhs`` itself when ``lhs`` has no symbol arguments (then no
    free point can carry the range)."""
    args = [a for a in getattr(lhs, "args", ()) if isinstance(a, sp.Basic)]
    if not args or not any(a.free_symbols for a in args):
        return rhs
    inside = sp.Eq(_UNREAD(*args), 1, evaluate=False)
    return sp.Piecewise((rhs, inside), (sp.nan, True))


__all__ = ["RELATION_SIGNS", "about_other_names", "ascii_relations", "unknown_off"]
