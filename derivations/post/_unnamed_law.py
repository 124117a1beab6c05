"""Samples the post calls i.i.d. without naming their law.

"We have $n$ $X_i$ random variables that are identically distributed and independent
from one another" names no family, so the ``X_i`` had no law and every moment of a sum
was a symbol of its own: ``E[\\sum_i X_i^2]`` was not ``n E[X^2]``, nor
``E[(\\sum_i X_i)^2]`` ``n E[X^2] + n(n-1) E[X]^2``. Identically distributed samples share
their moments, whatever they are; independent ones have products of moments for the
moments of products of distinct samples. :func:`unnamed_laws` gives such samples a law
whose moments are symbols (``E[X]``, ``E[X**2]``, the names :mod:`._expectation` gives the
moments of a bare ``X``): identities of moments follow from the words, and since no moment
has a value, a line is determined (a difference a refutation) only where the moments
cancel, which the words then do imply.

Only for one capital letter with an index in the rows (``X_i``), in a paragraph that
writes it and says "i.i.d." or "identically distributed", with nothing there that doubts
it (:data:`._samples._DOUBT`: "not", "dependent", "correlated", ...), and no paragraph
writing the samples denies it or names a dependence ("not independent", "correlated";
"not independent from itself" of one sample is no such remark); independent only when
that paragraph says "i.i.d." or "independent". A letter declared, given a density or a
law elsewhere, or conditioned, gets none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from typing import Any

import sympy as sp

#: "identically distributed", "identical distribution"
_IDENTICAL = re.compile(r"\bidentical(?:ly)?\s+distribut", re.IGNORECASE)

#: What any paragraph writing the samples may not say: a dependence, or a denial.
_DENIED = re.compile(
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}(?:i\.?\s?i\.?\s?d|independen|identical)"
    r"|\bdependen|correlat|covarian|exchangeab|\bnon-?\s?i",
    re.IGNORECASE,
)
#: "X_1 is not independent from itself": a remark on one sample, no doubt of the others.
_ITSELF = re.compile(r"(?:\bnot\s+)?independent\s+(?:from|of)\s+itself", re.IGNORECASE)

#: The name of this law's family (no family of :mod:`._parameter_space`).
FAMILY = "unnamed i.i.d."


def _samples(rows: Iterable[Any]) -> set[sp.IndexedBase]:
    found: set[sp.IndexedBase] = set()
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            for side in st.sides:
                if not isinstance(side, sp.Basic):
                    continue
                for a in side.atoms(sp.Indexed):
                    label = a.base.label
                    if (
                        len(a.indices) == 1
                        and isinstance(label, sp.Symbol)
                        and len(label.name) == 1
                        and label.name.isascii()
                        and label.name.isupper()
                    ):
                        found.add(a.base)
    return found


def unnamed_laws(
    rows: list[Any], taken: Container[str], make: Callable[..., Any]
) -> dict[sp.IndexedBase, Any]:
    """The samples -> their law (built by ``make(family, mean, variance, raw=...)``, a
    :class:`._expectation.Law`), for the one sample letter the prose calls i.i.d.; ``taken``:
    letters (either case) that have a law, a declaration, a density or a condition."""
    from ._samples import _DOUBT, _IID, _INDEPENDENT

    samples = _samples(rows)
    if len(samples) != 1:
        return {}
    (base,) = samples
    letter = base.label.name
    if letter in taken or letter.lower() in taken:
        return {}
    paragraphs = dict.fromkeys(getattr(pr.row, "prose", "") or "" for pr in rows)
    writes = re.compile(rf"(?<![A-Za-z\\]){letter}_")
    said = [_ITSELF.sub(" ", p) for p in paragraphs if writes.search(p)]
    if any(_DENIED.search(p) for p in said):
        return {}
    identical = [p for p in said if _IID.search(p) or _IDENTICAL.search(p)]
    if not identical or any(_DOUBT.search(p) for p in identical):
        return {}
    independent = any(_IID.search(p) or _INDEPENDENT.search(p) for p in identical)
    mean = sp.Symbol(f"E[{letter}]", real=True)

    def raw(k: int, *_: Any) -> sp.Expr:
        return mean if k == 1 else sp.Symbol(f"E[{letter}**{k}]", real=True)

    law = make(
        FAMILY,
        lambda *_: mean,
        lambda *_: raw(2) - mean**2,
        raw=raw,
    )
    return {base: (law, independent)}


def moment_names(rows: list[Any], base: sp.IndexedBase) -> tuple[dict, set[int]]:
    """A name -> the moment symbol of the samples ``base`` it is stated to be: ``E[X_i] =
    \\mu_X`` (a row, one relation) makes ``\\mu_X`` the mean ``E[X]`` of the i.i.d. ``X_i``,
    ``E[X_i^2] = m_2`` the symbol ``E[X**2]``. The rows that state it stay as they were (a
    moment of the distribution, taken as given); lines with expectations compare with the
    name written as that moment, so no moment gains a value. None for a name stated twice,
    or one that is also the left side of an equation (a definition of its own); with the
    lines of the rows that state such moments."""
    letter = base.label.name
    found: dict[sp.Symbol, set[sp.Symbol]] = {}
    lines: dict[sp.Symbol, set[int]] = {}
    defined: set[sp.Basic] = set()
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            if not st.relations or len(st.sides) < 2:
                continue
            defined.add(st.sides[0])
            if st.relations != ("=",):
                continue
            moment, name = st.sides
            if not (isinstance(name, sp.Symbol) and str(getattr(moment, "func", "")) == "E"):
                continue
            if len(moment.args) != 1 or name.name[:1].isupper():
                continue
            power, k = moment.args[0].as_base_exp()
            if not (
                isinstance(power, sp.Indexed)
                and power.base == base
                and k.is_Integer
                and 1 <= int(k) <= 4
            ):
                continue
            symbol = f"E[{letter}]" if k == 1 else f"E[{letter}**{int(k)}]"
            found.setdefault(name, set()).add(sp.Symbol(symbol, real=True))
            lines.setdefault(name, set()).add(pr.row.line)
    out = {name: next(iter(ms)) for name, ms in found.items() if len(ms) == 1}
    return (
        {n: m for n, m in out.items() if n not in defined},
        set().union(*(lines[n] for n in found)) if found else set(),
    )


def stated_moments(e: Any, laws: Any, line: int) -> Any:
    """``e`` (a line written by linearity, or one with no expectation) with the names of
    :func:`moment_names` written as their moments, except on a row that states one of
    them (``E[X_i] = \\mu`` does not prove itself)."""
    named = getattr(laws, "moment_names", {})
    if not named or not isinstance(e, sp.Basic) or line in getattr(laws, "moment_lines", ()):
        return e
    return e.xreplace(named)


__all__ = ["FAMILY", "moment_names", "stated_moments", "unnamed_laws"]
