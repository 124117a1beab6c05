"""Samples inside expectations: sums spread by linearity, statistics, independence.

``E[\\sum_i (y_i - \\bar y)^2]`` is compared with ``E[\\sum_i y_i^2 - n \\bar y^2]`` by
writing both insides the same way (:func:`spread`): the statistics the post defines
from its sample (``\\bar y = \\frac1n \\sum_i y_i``, ``\\hat\\sigma^2 = ...``) put in, every
sum of a sum split into sums, every factor free of the index taken out of its sum
(``\\sum_i y_i \\bar y = \\bar y \\sum_i y_i``), a sum of a term free of the index
``(b - a + 1)`` times the term, and every index renamed to one name, so that
``\\sum_i y_i`` and ``\\sum_j y_j`` are the same sum. Two insides equal as polynomials in
those sums are equal, whatever the law: the expectation is linear.

The values the law gives need more than linearity. ``E[(\\sum_i y_i)^2]`` is
``n E[y^2] + n(n-1) E[y]^2`` only when the ``y_i`` are independent, and so is
``E[y_1 y_2] = E[y]^2``: :func:`states_independence` reads that from the declaration
(``\\overset{iid}{\\sim}``) or the sentence before it ("i.i.d.", "independent"), and
nothing else makes a sample independent (:func:`sample_moment`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sympy as sp

from ._moments import sum_moment
from ._resolve import is_matrix
from ._tosympy import evaluating

#: Largest power of a sum written out (``(\\sum_i y_i)^k``), and the most terms a spread
#: inside may have: bounds on what a hostile row can ask of ``expand``.
MAX_POWER = 4
MAX_TERMS = 64
#: Largest size (tree nodes) of an inside before it is spread.
MAX_OPS = 400

#: The one name every spread sum's index gets (an integer: sizes and indices are).
INDEX = sp.Symbol("k_", integer=True)


def spread(e: sp.Basic, index: sp.Symbol = INDEX) -> sp.Basic | None:
    """``e`` with its single sums spread by linearity (see the module docstring); None
    when it is too large to expand safely. ``index``: the name every sum's index gets
    (the declaration's own, ``i`` of ``X_i \\sim ...``, keeps the values readable).

    >>> i, n = sp.symbols("i n", integer=True)
    >>> y, c = sp.IndexedBase("y"), sp.Symbol("c")
    >>> spread(sp.Sum(c * y[i] + c, (i, 1, n)))
    c*n + c*Sum(y[k_], (k_, 1, n))
    """
    if _larger_than(e, MAX_OPS):
        return None
    for pw in e.atoms(sp.Pow):
        if pw.base.has(sp.Sum) and not (pw.exp.is_Integer and 0 < pw.exp <= MAX_POWER):
            return None
    with evaluating(True):
        try:
            out = _spread(e, index)
        except _TooLarge:
            return None
    return out


class _TooLarge(Exception):
    pass


def _larger_than(e: sp.Basic, bound: int) -> bool:
    """``e`` has more than ``bound`` nodes (counted only up to the bound)."""
    for k, _ in enumerate(sp.preorder_traversal(e)):
        if k >= bound:
            return True
    return False


def _spread(e: sp.Basic, index: sp.Symbol) -> sp.Basic:
    e = sp.expand(e)
    terms = sp.Add.make_args(e)
    if len(terms) > MAX_TERMS:
        raise _TooLarge
    total = sp.S.Zero
    changed = False
    for t in terms:
        out = sp.S.One
        for f in sp.Mul.make_args(t):
            if isinstance(f, sp.Sum):
                f, changed = _spread_sum(f, index), True
            elif isinstance(f, sp.Pow) and isinstance(f.base, sp.Sum):
                f, changed = _spread_sum(f.base, index) ** f.exp, True
            out *= f
        total += out
    if not changed:
        return total
    out = sp.expand(total)
    if len(sp.Add.make_args(out)) > MAX_TERMS:
        raise _TooLarge
    return out


def _spread_sum(s: sp.Sum, index: sp.Symbol) -> sp.Basic:
    if len(s.limits) == 1:
        return _spread_one(s.function, s.limits[0], index)
    # EXPECT7: sum_i sum_j (one Sum, two limits) is two single sums, innermost first,
    # so a body that separates (X_i X_j) gives a product of sums, (sum_i X_i)^2
    out = s.function
    for limit in s.limits:
        out = _spread_one(out, limit, index)
    return out


def _spread_one(function: sp.Basic, limit: tuple, index: sp.Symbol) -> sp.Basic:
    i, lo, hi = limit
    body = _spread(function, index)
    total = sp.S.Zero
    for t in sp.Add.make_args(body):
        coeff, part = t.as_independent(i, as_Add=False)
        if part == 1:
            total += coeff * (hi - lo + 1)
        elif (
            part.has(sp.Sum)
            or index in (lo.free_symbols | hi.free_symbols)
            or (index != i and index in part.free_symbols)  # EXPECT7: no capture
        ):
            total += coeff * sp.Sum(part, (i, lo, hi))  # a nested sum keeps its own index
        else:
            total += coeff * sp.Sum(part.xreplace({i: index}), (index, lo, hi))
    return total


# ------------------------------------------------------------------ statistics


def statistics(
    rows: Iterable[Any],
    is_sample: Callable[[sp.Basic], bool],
    parameters: set,
    scalar: Callable[[sp.Basic], sp.Basic] = lambda e: e,
    means: Callable[[str], sp.Basic | None] | None = None,
) -> dict[sp.Basic, sp.Basic]:
    """Name -> value of each statistic the rows define from the sample: ``\\bar y`` of
    ``\\bar y = \\frac1n \\sum_i y_i``, ``\\hat\\sigma^2`` of a formula in ``y_i`` and
    ``\\bar y``. A name defined twice with different values, or that is a parameter of
    a declared law (``\\sigma^2``), is none: which value the expectation means is not
    guessed. Values that are matrices (``(y - X\\beta)^T (y - X\\beta)``) are left out;
    ``scalar`` first writes the declared samples as numbers (see ``_expectation``).
    ``means``: the reader's value of a sample mean no row defines (``\\bar X`` of a listed
    sample, :meth:`._tosympy.Context.mean`), for a value that names one (expect59:
    ``\\hat p = \\bar X``)."""
    found: dict[sp.Basic, set[sp.Basic]] = {}
    rows = list(rows)
    first: dict[sp.Basic, Any] = {}  # name -> the row that first defines it
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) < 2:
                continue
            name, value = st.sides[0], st.sides[1]
            if isinstance(name, sp.Basic) and isinstance(value, sp.Basic):
                name, value = scalar(name), scalar(value)
            if not _statistic_name(name, parameters, is_sample):
                continue
            if not isinstance(value, sp.Expr) or is_matrix(value) or value.has(name):
                continue
            found.setdefault(name, set()).add(value)
            first.setdefault(name, pr)
    for name in _used_before(rows, first, scalar, found):
        found.pop(name, None)
    _undefined_means(found, means, scalar)
    # A statistic is a function of the sample or of statistics found before it; only
    # such values count (hat sigma^2 = (y - X beta)^T (y - X beta)/n, of the vector y,
    # is another way of writing it, not a second value), and they must be one value.
    out: dict[sp.Basic, sp.Basic] = {}

    def values(name: sp.Basic) -> set[sp.Basic]:
        return {
            v
            for v in found[name]
            if any(is_sample(a) or a in out for a in v.atoms(sp.Symbol, sp.Indexed))
        }

    for _ in range(3):
        for name in found:
            if name not in out and len(values(name)) == 1:
                out[name] = next(iter(values(name)))
    for _ in range(3):  # a name with two values after all: neither, nor what uses it
        wrong = {n for n in out if len(values(n)) != 1}
        wrong |= {n for n, v in out.items() if v.free_symbols & wrong}
        if not wrong:
            break
        for n in wrong:
            out.pop(n, None)
    return out


def _used_before(
    rows: list[Any],
    first: Mapping[sp.Basic, Any],
    scalar: Callable[[sp.Basic], sp.Basic],
    found: Mapping[sp.Basic, set[sp.Basic]],
) -> set[sp.Basic]:
    """blind67 (external57, a course page's geometric X, then "the failures before the r-th
    success are X = sum_{i=1}^r G_i" a section later): the names that rows of earlier blocks
    already use, before the row that defines them, with nothing of the value they are given
    (no sample, no letter: r and G_i are new). There the name meant another variable of the
    same letter, which the later value does not describe: put in, it worked out the geometric
    E[X] as a sum of r variables and refuted it. As for a name defined twice, which value is
    meant is not guessed. An earlier row that writes the value's sample or letters
    (``E[\\hat\\lambda] = E[\\bar X]`` before "$\\hat\\lambda = \\bar X$", ``\\sum_i (X_i - \\bar
    X)^2`` before ``\\bar X = \\frac1n \\sum_i X_i``) speaks of the same quantity, and a use
    in the defining row's own block is no earlier use."""
    out: set[sp.Basic] = set()
    for name, where in first.items():
        earlier: set[str] = set()
        used = False
        for pr in rows:
            if pr.row.line >= where.row.line or pr.row.block == where.row.block:
                continue
            if not getattr(pr, "ok", False):
                continue
            if any(_mentions(st, name, scalar) for st in pr.statements):
                used = True
                for st in pr.statements:
                    for side in st.sides:
                        if isinstance(side, sp.Basic):
                            earlier |= _letters(scalar(side))
        mine = {n for v in found.get(name, ()) for n in _letters(v)} - _letters(name)
        if used and mine and not mine & earlier:
            out.add(name)
    return out


def _letters(e: sp.Basic) -> set[str]:
    """The names ``e`` writes: its free symbols and the bases of its indexed terms."""
    out = {str(s) for s in e.free_symbols}
    out |= {str(a.base.label) for a in e.atoms(sp.Indexed)}
    return out


def _mentions(st: Any, name: sp.Basic, scalar: Callable[[sp.Basic], sp.Basic]) -> bool:
    """Does a statement write ``name`` on one of its sides?"""
    for side in st.sides:
        if isinstance(side, sp.Basic) and scalar(side).has(name):
            return True
    return False


def _undefined_means(
    found: dict[sp.Basic, set[sp.Basic]],
    means: Callable[[str], sp.Basic | None] | None,
    scalar: Callable[[sp.Basic], sp.Basic],
) -> None:
    """expect59: ``\\bar X`` in a statistic's value (``\\hat p = \\bar X``) when no row
    defines it: the value the reader gives the mean (``means``), so that the statistic is
    a function of the sample too. Nothing when the reader gives none."""
    if means is None:
        return
    named = {a for values in found.values() for v in values for a in v.free_symbols}
    for a in sorted(named, key=str):
        if not (isinstance(a, sp.Symbol) and a.name.startswith("bar_")) or a in found:
            continue
        value = means(a.name[len("bar_") :])
        if isinstance(value, sp.Expr):
            found[a] = {scalar(value)}


def _statistic_name(name: Any, parameters: set, is_sample: Callable[[sp.Basic], bool]) -> bool:
    """A name a statistic may have: a symbol (``\\bar y``), or the square of one
    (``S^2 = \\frac{1}{n-1} \\sum_i (X_i - \\bar X)^2``), neither a parameter nor a sample
    (``X^2 = X`` of a Bernoulli ``X`` says something of ``X``, it names nothing)."""
    if isinstance(name, sp.Pow) and name.exp == 2:
        name = name.base
    if isinstance(name, sp.Indexed) and _ACCENTED_NAME.match(str(name.base.label)):
        # EXPECT7: \bar{X}_n, read as an element of bar_X, with a plain index
        return all(isinstance(k, sp.Symbol) for k in name.indices) and not is_sample(name)
    return isinstance(name, sp.Symbol) and name not in parameters and not is_sample(name)


_ACCENTED_NAME = re.compile(r"^(?:bar|hat|tilde)_[A-Za-z]$")


def put_in(e: sp.Basic, stats: Mapping[sp.Basic, sp.Basic]) -> sp.Basic:
    """``e`` with the statistics replaced by their values (a few rounds: ``\\hat\\sigma^2``
    holds ``\\bar y``)."""
    for _ in range(3):
        if not stats or not any(e.has(name) for name in stats):
            break
        e = e.xreplace(dict(stats))
    return e


# ------------------------------------------------------------------ independence

_IID = re.compile(r"(?<![A-Za-z])i\.?\s?i\.?\s?d\b\.?", re.IGNORECASE)
_INDEPENDENT = re.compile(r"(?<![A-Za-z])independent(?:ly)?\b", re.IGNORECASE)
#: Words that make a sentence's "independent" or "i.i.d." no statement that the samples
#: are: denied ("not i.i.d.", "isn't"), of something else ("independent of the signal"),
#: or qualified by a dependence ("correlated", "covariance", "exchangeable", "drift").
_DOUBT = re.compile(
    r"\bnot\b|n't\b|\bnon-?\s?i|\bdependen|\bindependent\s+of\b|correlat|covarian"
    r"|exchangeab|\bdrift|\bjoint|\bshare",
    re.IGNORECASE,
)


def states_independence(pr: Any) -> bool:
    """The declaration row ``pr`` says its samples are independent: on the row itself
    (``\\overset{\\text{i.i.d.}}{\\sim}``, ``\\sim_{iid}``), or in the sentence before its
    block ("i.i.d.", "independent") when nothing there doubts it (:data:`_DOUBT`: "not
    i.i.d.", "independent of the signal", "each pair has correlation rho")."""
    row = pr.row
    written = " ".join(t for t in (row.text, getattr(row, "annotation", "")) if t)
    prose = getattr(row, "prose", "") or ""
    for said in (written, prose):
        if _DOUBT.search(said):
            return False
    if _IID.search(written):
        return True
    return _IID.search(prose) is not None or _INDEPENDENT.search(prose) is not None


# ------------------------------------------------------------------ values


def sample_moment(
    part: sp.Basic, law_of: Callable[[sp.Basic], Any], independent: Callable[[sp.Basic], bool]
) -> sp.Basic | None:
    """``E[part]`` for a product of samples the law gives a value under independence:
    a power of a sum of powers, ``(\\sum_k y_k^e)^r`` (the sum's moments from its
    cumulants, ``m`` times those of ``y^e``, ``m`` the number of terms: see
    ``._moments.sum_moment``), and a product of powers of samples at distinct whole
    indices, ``y_1^2 y_2^3`` (``E[y^2] E[y^3]``). ``law_of(base)``: the law of the samples
    ``base[k]`` (or None); ``independent(base)``: their independence is stated. None for
    anything else."""
    if isinstance(part, sp.Pow) and isinstance(part.base, sp.Sum):
        return _power_of_sum(part.base, part.exp, law_of, independent)
    powers = [f.as_base_exp() for f in sp.Mul.make_args(part)]
    if len(powers) < 2 or not all(isinstance(b, sp.Indexed) for b, _ in powers):
        return None
    bases = {b.base for b, _ in powers}
    indices = [b.indices for b, _ in powers]
    if len(bases) != 1 or any(len(i) != 1 or not i[0].is_Integer for i in indices):
        return None
    if len(set(indices)) != len(indices):
        return None  # y_1 y_1 is not two samples (sympy merges them; kept as a guard)
    (base,) = bases
    law = law_of(base)
    if law is None or not independent(base):
        return None
    values = [law.moment(int(e)) if e.is_Integer and e > 0 else None for _, e in powers]
    if any(v is None for v in values):
        return None
    with evaluating(True):
        return sp.Mul(*values)


def _power_of_sum(
    s: sp.Sum, r: sp.Basic, law_of: Callable[[sp.Basic], Any], independent: Callable
) -> sp.Basic | None:
    """``E[(\\sum_{k=lo}^{hi} y_k^e)^r]`` of independent samples ``y_k`` of one law."""
    if not (r.is_Integer and 2 <= r <= MAX_POWER) or len(s.limits) != 1:
        return None
    k, lo, hi = s.limits[0]
    sample, e = s.function.as_base_exp()
    if not (isinstance(sample, sp.Indexed) and sample.indices == (k,)):
        return None
    if not (e.is_Integer and e > 0):
        return None
    law = law_of(sample.base)
    if law is None or not independent(sample.base):
        return None
    return sum_moment(lambda j: law.moment(int(e) * j), hi - lo + 1, int(r))


__all__ = ["INDEX", "put_in", "sample_moment", "spread", "states_independence", "statistics"]
