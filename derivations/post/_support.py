"""Where one observation of a post's model lives: the supports the density check weighs.

A support is stated by the post, in any of the forms it writes one:

- a domain statement (``x > 0``, ``0 < x < \\theta``, ``x_i \\in \\{0, 1\\}``, "for
  $x \\ge 0$", "$x$ is a positive integer"), pieces stated apart put together
  (``x integer`` and ``x \\ge 1``);
- a list of whole numbers, as a row of its own or as the tail of the density's row
  (``x = 1, 2, \\ldots``; ``\\frac{...}{...},\\ x=1,2,\\cdots,\\ 0<\\theta<\\infty``);
- the declared distribution of the variable, for the families whose support does not
  depend on a convention (``X \\sim \\mathrm{Exp}(\\lambda)``: ``x > 0``).

What the density's formula implies (``x!``: whole numbers) and the candidates tried
when nothing is stated are :func:`derivations.post._density.support_of`'s business.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from fractions import Fraction
from typing import Any

import sympy as sp


@dataclasses.dataclass(frozen=True)
class Support:
    """Where one observation lives: an interval, or the integers between two bounds."""

    text: str
    discrete: bool
    lower: Any  # a number, -oo, or a sympy symbol
    upper: Any  # a number, oo, or a sympy symbol
    lower_strict: bool = False
    upper_strict: bool = False


REALS = Support("the reals", False, -sp.oo, sp.oo)
POSITIVE = Support("(0, oo)", False, 0, sp.oo)
COUNTS = Support("{0, 1, 2, ...}", True, 0, sp.oo)
POSITIVE_COUNTS = Support("{1, 2, 3, ...}", True, 1, sp.oo)
BINARY = Support("{0, 1}", True, 0, 1)
CANDIDATES = (REALS, POSITIVE, COUNTS, POSITIVE_COUNTS, BINARY)


# ------------------------------------------------------------------ stated in the post


def stated_support(domains: Iterable[Any], name: str) -> Support | None | bool:
    """The support the post states for ``name`` (its samples or the plain letter).

    Returns None when nothing is stated, False when what is stated cannot be used
    (two different statements, bounds that are not numbers or names).
    """
    found = [d for d in domains if getattr(d, "name", None) == name and not d.matrix]
    if not found:
        return None
    by_key: dict[Any, list[Any]] = {}
    for d in found:  # the samples x_i and a plain x apart
        by_key.setdefault(d.key, []).append(d)
    supports = {_from_domain(d) for group in by_key.values() for d in _pieced(group)}
    if len(supports) != 1 or None in supports:
        return False
    return supports.pop()


def _pieced(found: Sequence[Any]) -> list[Any]:
    """Statements that say one thing each (``x integer``, ``x \\ge 1``) as one domain.

    Pieces are put together only where they do not overlap: a bound stated by one and
    not by another, ``integer`` from any. Two different values for one bound (or two
    different sets) stay two statements, which :func:`stated_support` cannot use.
    """
    out = found[0]
    for d in found[1:]:
        merged: dict[str, Any] = {"integer": out.integer or d.integer}
        for end in ("lower", "upper"):
            mine, theirs = getattr(out, end), getattr(d, end)
            strict = f"{end}_strict"
            if theirs is None:
                continue
            if mine is None:
                merged[end], merged[strict] = theirs, getattr(d, strict)
            elif (mine, getattr(out, strict)) != (theirs, getattr(d, strict)):
                return list(found)
        if d.members is not None:
            if out.members is not None and set(out.members) != set(d.members):
                return list(found)
            merged["members"] = d.members
        merged["text"] = "; ".join(t for t in (out.text, d.text) if t)
        if d.excluded:
            merged["excluded"] = tuple(sorted(set(out.excluded) | set(d.excluded)))
        out = dataclasses.replace(out, **merged)
    return [out]


def _from_domain(d: Any) -> Support | None:
    def bound(v: Any, inf: Any) -> Any:
        if v is None:
            return inf
        if isinstance(v, Fraction):
            return sp.Rational(v.numerator, v.denominator)
        if isinstance(v, str) and re.fullmatch(r"[A-Za-z]\w*", v):
            return sp.Symbol(v, real=True)
        return False

    if d.excluded:
        return None
    if d.members is not None:
        ms = sorted(d.members)
        whole = [int(m) for m in ms if m.denominator == 1]
        if not ms or whole != list(range(whole[0], whole[-1] + 1)) or len(whole) != len(ms):
            return None
        return Support("{" + ", ".join(str(m) for m in ms) + "}", True, int(ms[0]), int(ms[-1]))
    lo, hi = bound(d.lower, -sp.oo), bound(d.upper, sp.oo)
    if lo is False or hi is False:
        return None
    if d.integer:
        if lo == -sp.oo:
            return None
        if lo.is_number and d.lower_strict:
            lo = sp.floor(lo) + 1
        if hi.is_number and hi != sp.oo and d.upper_strict:
            hi = sp.ceiling(hi) - 1
        return Support(f"the integers from {lo} to {hi}", True, lo, hi)
    return Support(f"({lo}, {hi})", False, lo, hi, d.lower_strict, d.upper_strict)


def stated_supports(rows: Sequence[Any]) -> Callable[[str], Support | None | bool]:
    """What the post states of each name's support: its rows, inline formulas and the
    sentences before its blocks (the forms of :mod:`._assume`), as a lookup by name."""
    from ._assume import read_prose
    from ._parse import row_domains

    # f(x) = 0, x < 0 beside f(x) = e^{-x}, x >= 0: the zero branch of a density written
    # over two rows says where it vanishes, not where the variable lives (read as a second
    # support, the two contradicted each other and the density went unweighed)
    domains = list(row_domains([pr for pr in rows if not _zero_branch(pr)]))
    for text in dict.fromkeys(pr.row.prose for pr in rows if pr.row.prose):
        try:
            domains += read_prose(text)
        except (ValueError, TypeError):
            continue
    for text in dict.fromkeys(pr.row.text for pr in rows):
        domains += listed_supports(text)
    domains += declared_supports(rows)
    return lambda name: stated_support(domains, name)


def _zero_branch(pr: Any) -> bool:
    """Is the row a value 0 with a condition beside it (``f(x) = 0, x < 0``)?"""
    statements = getattr(pr, "statements", ())
    if len(statements) < 2 or not statements[0].sides:
        return False
    return statements[0].relations == ("=",) and statements[0].sides[-1] == 0


#: distribution (as the reader names it) -> its support, in the assumption language
#: (``{x}`` the variable). Only families whose support
#: is the same in every common parameterisation and that a post does not go on to
#: truncate under the same name: a post that declares ``X \sim \mathrm{Poisson}``
#: often derives the zero-truncated or conditional pmf of X next, and the geometric
#: and negative binomial count from 0 or from 1 by convention, so counts are left to
#: the supports :func:`support_of` tries.
DECLARED_SUPPORTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("Exp", "Expo", "Exponential", "Rayleigh", "Gamma", "Gam", "Weibull"), ("{x} > 0",)
    ),
    **dict.fromkeys(("Beta", "Bet"), ("0 < {x} < 1",)),
    **dict.fromkeys(("Bern", "Bernoulli", "Ber"), ("{x} \\in \\{{0, 1\\}}",)),
}


def declared_supports(rows: Sequence[Any]) -> list[Any]:
    """The supports of the variables the post declares (``x_i \\sim \\mathrm{Exp}(\\lambda)``).

    A variable written as one capital letter (``X \\sim ...``) is the random variable
    whose values the post writes in the small letter (``f(x)``, ``P(X = x)``).
    """
    from sympy.core.function import AppliedUndef

    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain
    from ._parameter_space import tex_name

    out = []
    for pr, var, dist in law_statements(rows):
        if not isinstance(dist, AppliedUndef) or str(dist.func) not in DECLARED_SUPPORTS:
            continue
        names = [tex_name(var)] if isinstance(var, (sp.Symbol, sp.Indexed)) else []
        if isinstance(var, sp.Symbol) and re.fullmatch(r"[A-Z]", var.name):
            names.append(var.name.lower())
        if None in names:
            continue
        for name in names:
            try:
                pieces = [t.format(x=name) for t in DECLARED_SUPPORTS[str(dist.func)]]
                found = [d for t in pieces for d in parse_domain(t, f"line {pr.row.line}")]
            except (AssumptionError, ValueError):
                continue
            out += found
    return out


def law_statements(rows: Sequence[Any]) -> Iterator[tuple[Any, sp.Basic, sp.Basic]]:
    """``(row, variable, law)`` of each ``variable \\sim law`` the rows that were read state."""
    for pr in rows:
        if pr.ok:
            for st in pr.statements:
                if st.relations[:1] == ("~",) and len(st.sides) >= 2:
                    yield pr, st.sides[0], st.sides[1]


_DOTS = r"(?:\\[lc]?dots|\\dotsc|\.\.\.|…)"
_GAP = r"\s*,\s*(?:(?:\\[ ,;:!]|~)\s*)*"
#: ``x = 1, 2, \ldots`` or ``x_i = 0, 1, \ldots, m``: a name and the whole numbers it
#: runs over, in a row of its own or as a tail of a row (``..., x = 1, 2, \cdots, 0 < p``).
#: A last value counts only where a statement ends after it (``, 0 < \theta`` is the
#: next statement, not the last value of the list).
_LISTED = re.compile(
    r"(?<![\\A-Za-z0-9_{])(?P<name>[A-Za-z](?:_\{?[A-Za-z0-9]{1,3}\}?)?)\s*=\s*"
    r"(?P<first>-?\d+(?:" + _GAP + r"-?\d+){0,2})" + _GAP + _DOTS
)
#: What may follow the dots: a last value where a statement ends after it ...
_LAST = re.compile(
    _GAP + r"(?P<last>[A-Za-z]\w{0,2}|\d+)"
    r"(?=\s*(?:$|[,;.)}&]|\\[ ,;:!\\]|\\q?quad|\\text|\\mbox|\\right))"
)
#: ... or the end of the list: the end of the text, a break, or the next statement
#: (``, 0 < \theta``: a name or number and a relation). Anything else (``, m - 1``,
#: ``, 2m``) is a list this reading does not know the end of.
_OPEN_END = re.compile(
    r"\s*,?\s*(?:$|[;.)}&]|\\[;:!\\]|\\q?quad|\\text|\\mbox|\\right)"
    r"|" + _GAP + r"[-\w\\{}]{1,20}\s*(?:<|>|=|\\[lg]eq?\b|\\in\b|\\neq?\b)"
)


def listed_supports(text: str) -> list[Any]:
    """The domains of the lists ``NAME = 1, 2, \\ldots`` in a row's text.

    >>> [d.text for d in listed_supports(r"P(X = x) = c_x,\\ x=1,2,\\cdots,\\ 0<p<1")]
    ['x integer; x >= 1']
    >>> [(d.lower, d.upper) for d in listed_supports(r"x_i = 0, 1, \\ldots, m")]
    [(Fraction(0, 1), 'm')]
    """
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain
    from ._assume import open_support

    out = []
    for m in _LISTED.finditer(text[:20000]):
        first = open_support(re.sub(_GAP, ", ", m.group("first")) + r", \dots")
        if first is None:
            continue  # 1, 3, 5, ...: not consecutive whole numbers
        name = m.group("name")
        pieces = [f"{name} integer", f"{name} >= {first}"]
        rest = text[m.end() : m.end() + 200]
        last = _LAST.match(rest)
        if last:
            pieces.append(f"{name} <= {last.group('last')}")
        elif not _OPEN_END.match(rest):
            continue
        try:
            found = [d for piece in pieces for d in parse_domain(piece, "a list in the row")]
        except (AssumptionError, ValueError):
            continue
        out += _pieced(found) if found and len({d.key for d in found}) == 1 else []
    return out


__all__ = [
    "BINARY",
    "CANDIDATES",
    "COUNTS",
    "DECLARED_SUPPORTS",
    "POSITIVE",
    "POSITIVE_COUNTS",
    "REALS",
    "Support",
    "declared_supports",
    "listed_supports",
    "stated_support",
    "stated_supports",
]


#: ``X \\sim \\mathcal{N}(...)``, ``X_1, \\ldots, X_n \\sim \\text{Bernoulli}(p)``: a row that
#: declares a law (read or not: a list of samples on the left is not always read)
_DECLARES = re.compile(r"\\sim\s*(?:\\(?:math[a-z]*|text[a-z]*|operatorname)\s*\{\s*)?\\?[A-Za-z]")


def declaring_sections(rows: Sequence[Any]) -> set[str]:
    """The headings under which a row writes ``\\sim`` and a law (read or not)."""
    return {pr.row.section for pr in rows if _DECLARES.search(pr.row.text)}


class SectionSupports:
    """The supports a density row is weighed over, and the laws that hold, by the heading it
    stands under.

    external53 (CRLB exercises, lines 87 and 100): Exercise 1 states ``x \\in \\{0, 1\\}``
    with its Bernoulli pmf; Exercise 2 declares ``X_1, \\ldots, X_n \\sim \\mathcal{N}(\\mu,
    \\sigma^2)`` and writes the normal density ``f(x; \\mu)``, which was weighed over {0, 1}
    and refuted, and its Var(X) was worked out with the Bernoulli law. A heading that
    declares a law (a row under it writes ``\\sim`` and a law, read or not) opens a scope that
    runs to the next such heading: what is stated only before the scope (a support, a
    declared law) does not hold in it. A density there is weighed as one whose support is
    not stated (every candidate support is tried, so a density wrong over all of them is still
    refuted). A post with one heading, and rows before any heading that declares a law, keep
    the whole post's supports and laws.
    """

    def __init__(self, rows: Sequence[Any], whole: Callable[[str], Support | None | bool]):
        self._rows = list(rows)
        self._whole = whole
        self._order = list(dict.fromkeys(pr.row.section for pr in self._rows))
        declaring = declaring_sections(self._rows)
        self._declaring = declaring if len(self._order) > 1 else set()
        self._own: dict[str, Callable[[str], Any]] = {}

    def scope(self, section: str) -> list[str]:
        """The headings from the last one at or before ``section`` that declares a law, to
        ``section`` ([] when there is none: the whole post's statements hold)."""
        if section not in self._order:
            return []
        upto = self._order[: self._order.index(section) + 1]
        starts = [k for k, s in enumerate(upto) if s in self._declaring]
        return upto[starts[-1] :] if starts else []

    def holds(self, section: str, declared_in: set) -> bool:
        """Does a law declared under the headings ``declared_in`` hold under ``section``?"""
        scope = self.scope(section)
        return not scope or not declared_in or bool(declared_in & set(scope))

    def lookup(self, section: str) -> Callable[[str], Support | None | bool]:
        scope = self.scope(section)
        if not scope:
            return self._whole
        key = scope[0] + "\n" + section
        if key not in self._own:
            mine = [pr for pr in self._rows if pr.row.section in scope]
            self._own[key] = stated_supports(mine)
        return self._own[key]
