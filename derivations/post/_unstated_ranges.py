"""Sums and products over a range the post never states.

``\\sum_k \\pi_k \\mathcal{N}(x; \\mu_k, \\Sigma_k)`` in a post that never says what k runs
over is read as a sum over ``k = 1 .. |k|``, where ``|k|`` (a positive integer, one per index
letter, that no row can write) stands for the number of terms. The reading is sound one way
only: a step that holds for every ``|k|`` and every sample holds for the author's range too
(the elements can be renumbered from 1), so it is proved; a step that fails for some ``|k|``
may still hold for the author's range (``\\sum_k 1 = K``), so a comparison that involves
``|k|`` is never a refutation (:func:`never_refuted_why`).

Renumbering is what makes the first half sound, so only summands that use the index as the
exact index of elements (``w_k``, ``z_{nk}``) are read this way. A summand that uses a small
letter's index otherwise - as a number (``\\sum_x e^{tx} p^x``, ``\\sum_k k w_k``), in a
shifted element (``w_{k+1}``) - is read over a range whose two ends are unknown
(:func:`range_ends`, read8; before, it was left unparsed): a step that holds for every range
holds for the author's, and one that fails for some is never refuted either. A capital
under the sum counts the terms of its small letter (``\\sum_N x_n`` is ``\\sum_{n=1}^{N} x_n``,
:func:`counted_range`); any other summand under a capital is left unparsed. A summand free
of elements (``\\sum_k c``) is read over the same range, as ``|k| c``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sympy as sp

from ._call_elements import element_calls


class RangeSize(sp.Symbol):
    """The number of terms of a sum over an index whose range the post never states."""


def range_size(letter: str) -> RangeSize:
    """``|k|``: the same symbol for every sum over ``k`` in the post."""
    return RangeSize(f"|{letter}|", integer=True, positive=True)


def unstated_range(
    idx: sp.Basic, body: sp.Basic, letters: frozenset[str], defined: frozenset[str] = frozenset()
) -> tuple[sp.Basic, sp.Basic] | None:
    """``(1, |idx|)`` for a summand that uses ``idx`` only as the index of elements, or that
    is free of elements altogether (``\\sum_k c``) with ``idx`` one of the post's index
    ``letters``; else None."""
    if not isinstance(idx, sp.Symbol) or _names_an_element(body, idx.name):
        return None
    if not any(getattr(s, "name", None) == idx.name for s in body.free_symbols):
        # (READ7: by name - k read before the sum bound it is k as a number, \sum_k k)
        constant = idx.name in letters and not body.atoms(sp.Indexed)
        return (sp.Integer(1), range_size(idx.name)) if constant else None
    only = _indexes_elements_only(body, idx, defined)
    if only:
        return (sp.Integer(1), range_size(idx.name))
    # read8: the index as a number (\sum_x e^{tx} p^x): which numbers the range holds
    # matters, so both ends are unknown (a step that holds for every range holds for the
    # author's; one that fails for some is never refuted, see never_refuted_why). Not a
    # capital, which may count the terms of its small letter (\sum_N N x_n: counted_range)
    return range_ends(idx.name) if idx.name.islower() else None


def range_ends(letter: str) -> tuple[RangeSize, RangeSize]:
    """``(start of x, end of x)``: the unknown ends of every sum over ``x`` in the post."""
    return (
        RangeSize(f"|start of {letter}|", integer=True),
        RangeSize(f"|end of {letter}|", integer=True),
    )


def counted_range(capital: sp.Basic, body: sp.Basic) -> tuple[sp.Symbol, sp.Basic] | None:
    """``(n, N)`` for ``\\sum_N`` over a summand free of N that uses n only as the index of
    elements (``\\sum_N \\gamma(z_{nk}) x_n``): the capital counts the terms, n runs 1 .. N.

    As for :func:`unstated_range`, renumbering the elements from 1 is what makes the reading
    the author's whatever first index they mean, so the same summands only; else None."""
    name = getattr(capital, "name", "")
    if len(name) != 1 or not name.isupper() or capital in body.free_symbols:
        return None
    small = {i for a in body.atoms(sp.Indexed) for i in a.indices if str(i) == name.lower()}
    if len(small) != 1 or _names_an_element(body, name.lower()):
        return None
    idx = small.pop()
    return (idx, capital) if _indexes_elements_only(body, idx) else None


def _indexes_elements_only(
    body: sp.Basic, idx: sp.Symbol, defined: frozenset[str] = frozenset()
) -> bool:
    """Is ``idx`` in ``body`` only the exact index of elements (``w_k``, ``z_{nk}``, or
    ``P(x, k)`` of a quantity the post does not define: ._call_elements)?"""
    elements = [a for a in body.atoms(sp.Indexed) if idx in a.free_symbols]
    calls = element_calls(body, idx, defined)  # READ7
    if calls is None:
        return False
    if not (elements or calls) or any(idx not in a.indices for a in elements):
        return False  # w_{k+1}: the elements taken depend on where the range starts
    if any(i != idx and idx in i.free_symbols for a in elements for i in a.indices):
        return False  # w_{k, k+1}: likewise
    bare = body.xreplace({a: sp.Dummy() for a in [*calls, *elements]})
    # k itself in the summand: which numbers the range holds matters
    return not any(getattr(s, "name", None) == idx.name for s in bare.free_symbols)


#: accents the reader writes before a name (``hat_mu``), not subscripts
_ACCENT = re.compile(r"^(?:(?:hat|bar|tilde|check|dot|ddot|vec)_)+")


def _names_an_element(body: sp.Basic, letter: str) -> bool:
    """Does a symbol of ``body`` carry ``letter`` in its subscript (``mu_k`` read as a name
    of its own, not as element k)? Then the summand depends on the index through a name,
    and reading it as free of the index would prove ``\\sum_k \\mu_k w_k = \\mu_k \\sum_k w_k``."""
    for s in body.free_symbols:
        _, _, sub = _ACCENT.sub("", getattr(s, "name", "")).partition("_")
        if letter in sub:
            return True
    return False


def never_refuted_why(exprs: Iterable[Any]) -> str:
    """Why a comparison of ``exprs`` is no refutation ("" when it may be one)."""
    sizes = sorted({s.name for e in exprs if isinstance(e, sp.Basic) for s in e.atoms(RangeSize)})
    if not sizes:
        return ""
    letters = ", ".join(s.strip("|") for s in sizes)
    return (
        f"the post never says what {letters} runs over: its sums were read over a range of "
        "any length, and a step that fails for some length may hold for the range the "
        "author means"
    )


def zero_to_a_letter(lo: sp.Basic, hi: sp.Basic) -> bool:
    """Does a sum's or product's range run from 0 to a letter (``n = 0..N``)? The ranges
    whose letter may count the terms (see :func:`off_by_one_why`, :mod:`._off_by_one`)."""
    return lo == 0 and isinstance(hi, sp.Symbol)


def off_by_one_why(exprs: Iterable[Any]) -> str:
    """Why a comparison of ``exprs`` is no refutation when one of them sums (or multiplies)
    from 0 to ``N`` while one writes ``N`` outside every sum, as the count of its terms
    (external53, Obsidian note line 60: ``\\sum_{n=0}^N \\mu = N\\mu``, the author's N
    counting the data, the lower limit 0 an index slip): "" when there is none."""
    exprs = [e for e in exprs if isinstance(e, sp.Basic)]
    tops = {
        hi
        for e in exprs
        for op in e.atoms(sp.Sum, sp.Product)
        for _, lo, hi in op.limits
        if zero_to_a_letter(lo, hi)
    }
    for e in exprs:
        bare = e.xreplace({op: sp.Dummy() for op in e.atoms(sp.Sum, sp.Product)})
        counted = sorted(str(s) for s in tops & bare.free_symbols)
        if counted:
            n = counted[0]
            return (
                f"a sum from 0 to {n} has {n} + 1 terms, and {n} is written outside it as their "
                "count: whether the range or the count is the author's slip the reader cannot "
                "tell, so a disagreement is no refutation"
            )
    return ""
