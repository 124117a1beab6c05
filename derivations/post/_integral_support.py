"""The limits of an integral written without them: where its variable lives.

In a derivation of a likelihood, ``\\int p(y \\mid \\theta) p(\\theta)\\,d\\theta`` is the
integral over the values of theta, never an antiderivative. The reader reads it so
only when the post says where the variable lives: a domain it states (``\\theta > 0``,
``0 < p < 1``, the front matter), the support of the law it declares for it
(``\\theta \\sim \\mathrm{Gamma}(\\alpha, \\beta)``: ``\\theta > 0``; a normal law: the
reals), or the parameter space of a law the variable is a parameter of
(``y \\sim \\mathrm{Bin}(n, p)``: ``0 < p < 1``). Otherwise the row stays unread with a
reason naming the support that is missing. A discrete support (an integral over counts
is a sum), two statements that disagree, or a declared law whose support the reader does
not know beside a stated domain (``\\mu \\sim \\mathcal{N}`` and ``\\mu > 0``: which one
the integral runs over is not said) leave it unread too.

The supports are known only once every row is read (a law is declared in a row), so the
rows whose integral needed one are read again with them (:func:`reread`); the integral's
limits are then looked up by :func:`._integrals.over_support`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import sympy as sp

from ._integrals import MISSING, UNNAMED
from ._notation import GREEK
from ._support import DECLARED_SUPPORTS, Support, law_statements, stated_support

#: Declared laws whose support is all the reals.
_REAL_LAWS = frozenset(
    ["Normal", "N", "\\mathcal{N}", "Gaussian", "Cauchy", "Laplace", "Logistic", "Gumbel"]
)


def support_lookup(parsed: Sequence[Any], domains: Sequence[Any]) -> Callable[[str], Any]:
    """name -> its :class:`Support`, None (nothing stated) or a reason it is not used."""
    laws = _declared_laws(parsed)
    written = _written_laws(parsed)
    for name, law in written:
        laws.setdefault(name.lstrip("\\"), []).append(law)
    domains = [*domains, *_law_domains(written)]

    def lookup(name: str) -> Support | str | None:
        stated = stated_support(domains, name)
        law = laws.get(name, [])
        unsaid = f"over which range of {name} an integral without limits runs is not said"
        if stated is False or len(set(law)) > 1:
            return f"the post gives {name} two different ranges: {unsaid}"
        if law and law[0] in _REAL_LAWS:
            if stated is None or (stated.lower, stated.upper) == (-sp.oo, sp.oo):
                return Support("the reals", False, -sp.oo, sp.oo)
            return f"{name} has a law on the reals and the range {stated.text}: {unsaid}"
        if law and law[0] not in DECLARED_SUPPORTS and stated is not None:
            return f"{name} has a law ({law[0]}) and the range {stated.text}: {unsaid}"
        if isinstance(stated, Support) and stated.discrete:
            return f"{name} takes whole values ({stated.text}): an integral over it is a sum"
        return stated

    return lookup


def _declared_laws(parsed: Sequence[Any]) -> dict[str, list[str]]:
    """name -> the laws the post declares for it (``X \\sim D``: for X and x)."""
    out: dict[str, list[str]] = {}
    for _pr, var, dist in law_statements(parsed):
        base = var.base.label if isinstance(var, sp.Indexed) else var
        if not isinstance(base, sp.Symbol):
            continue
        law = str(getattr(dist, "func", dist))
        names = {base.name}
        if re.fullmatch(r"[A-Z]", base.name):
            names.add(base.name.lower())
        for name in names:
            out.setdefault(name, []).append(law)
    return out


#: ``\\theta \\sim \\operatorname{Gamma}(``: a law written in a row the reader could not read
#: (``\\text{Prior: } \\hspace{1cm} \\theta \\sim ...``).
_WRITTEN_LAW = re.compile(
    r"(?<![\\A-Za-z])(\\[A-Za-z]+|[A-Za-z])\s*\\sim\s*"
    r"(?:\\(?:operatorname|mathrm|text|textrm|mathcal)\s*)?\{?\s*\\?([A-Za-z]+)\s*\}?\s*\("
)


def _written_laws(parsed: Sequence[Any]) -> list[tuple[str, str]]:
    """(TeX name, law) of the laws written in rows that could not be read."""
    out = []
    for pr in parsed:
        if pr.ok:
            continue
        for m in _WRITTEN_LAW.finditer(pr.row.text[:20000]):
            name = m.group(1)
            if len(name) == 1 or name[1:] in GREEK:
                out.append((name, m.group(2)))
    return out


def _law_domains(written: Sequence[tuple[str, str]]) -> list[Any]:
    """The domains the supports of written laws give (as :func:`declared_supports` does)."""
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain

    out = []
    for name, law in written:
        for text in DECLARED_SUPPORTS.get(law, ()):
            try:
                out += parse_domain(text.format(x=name), "a law written in a row")
            except (AssumptionError, ValueError):
                continue
    return out


def integration_letters(parsed: Sequence[Any]) -> frozenset[str]:
    """The letters the integrals of the rows read run over (written with their
    differential: an integral without one is not read yet)."""
    out: set[str] = set()
    for pr in parsed:
        for st in pr.statements if pr.ok else ():
            for side in st.sides:
                for i in side.atoms(sp.Integral) if isinstance(side, sp.Basic) else ():
                    out.update(str(lim[0]) for lim in i.limits)
    return frozenset(out)


def reread(
    rows: Sequence[Any],
    parsed: list,
    ctx: Any,
    domains: Sequence[Any],
    parse_row: Callable[[Any, Any], Any],
) -> list:
    """The rows whose integral needed its variable's support, then those whose integral
    needed its variable (no differential written), read again with what the whole post
    gives (``ctx.supports`` and ``ctx.integration_letters`` are set for every later
    reading)."""
    ctx.supports = support_lookup(parsed, domains)
    out = _again(rows, parsed, ctx, parse_row, MISSING)
    # the integrals over a support just read name their letters too
    ctx.integration_letters = integration_letters(out)
    return _again(rows, out, ctx, parse_row, UNNAMED)


def _again(rows: Sequence[Any], parsed: list, ctx: Any, parse_row: Callable, why: str) -> list:
    """The rows whose reason says ``why`` read again with what ``ctx`` knows now."""
    out = list(parsed)
    for k, pr in enumerate(parsed):
        if pr.error and why in pr.error:
            out[k] = parse_row(rows[k], ctx)
    return out


__all__ = ["integration_letters", "reread", "support_lookup"]
