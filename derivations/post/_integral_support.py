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

from ._integrals import MISSING, UNNAMED, UNNAMED_END
from ._notation import GREEK
from ._support import (
    DECLARED_SUPPORTS,
    Support,
    declared_supports,
    law_statements,
    stated_support,
)

#: Declared laws whose support is all the reals.
_REAL_LAWS = frozenset(
    ["Normal", "N", "\\mathcal{N}", "Gaussian", "Cauchy", "Laplace", "Logistic", "Gumbel"]
)


def support_lookup(parsed: Sequence[Any], domains: Sequence[Any]) -> Callable[[str], Any]:
    """name -> its :class:`Support`, None (nothing stated) or a reason it is not used."""
    laws = _declared_laws(parsed)
    for name, law in _density_laws(parsed):
        laws.setdefault(name, []).append(law)
    written = _written_laws(parsed)
    for name, law in written:
        laws.setdefault(name.lstrip("\\"), []).append(law)
    domains = [*domains, *_law_domains(written)]

    def lookup(name: str) -> Support | str | None:
        stated = stated_support(domains, name)
        law = laws.get(name, [])
        unsaid = f"over which range of {name} an integral without limits runs is not said"
        if stated is False or len({_law_key(w) for w in law}) > 1:
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


#: A law's name in a font (``\\mathcal{L}``, ``\\operatorname{Gamma}``): the name inside.
_FONT = re.compile(r"\\(?:operatorname|mathrm|text|textrm|mathcal)\s*\{\s*\\?([A-Za-z]+)\s*\}")


def _law_key(law: str) -> str:
    """One key for one law however it is written: a row the reader reads names it as the
    reader does (``\\mathcal{L}``), a row it cannot read as the text's letters (``L``);
    counted as two laws they gave the variable two ranges."""
    m = _FONT.fullmatch(law)
    return (m.group(1) if m else law).lstrip("\\")


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


def _density_laws(parsed: Sequence[Any]) -> list[tuple[str, str]]:
    """(letter, law) of each row that gives a function of one letter a normal density at
    that letter: ``p(x) = \\mathcal{N}(x; \\mu_p, \\sigma_p^2)`` says x has a law on the reals,
    as ``x \\sim \\mathcal{N}(\\mu_p, \\sigma_p^2)`` does."""
    from ._tosympy import NormalPdf, Opaque

    out = []
    for pr in parsed:
        for st in pr.statements if pr.ok else ():
            if st.relations[:1] != ("=",) or len(st.sides) != 2:
                continue
            f, law = st.sides
            normal = isinstance(law, NormalPdf) or (
                isinstance(law, Opaque) and str(law.func) in _REAL_LAWS
            )
            if not normal or not law.args or not isinstance(law.args[0], sp.Symbol):
                continue
            if getattr(f, "args", None) == (law.args[0],) and not isinstance(f, sp.Symbol):
                out.append((law.args[0].name, "Normal"))
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


def differential_letters(text: str) -> set[str]:
    """The letters of the differentials of the integrals of a row's sides that can be read
    on their own (``\\int_0^t f \\, dx = F |_0^t``: ``x``)."""
    from ._lexer import tokenize
    from ._relations import split_relations

    out: set[str] = set()
    sides, _ = split_relations(text)
    for side in sides:
        if "\\int" not in side:
            continue
        try:
            tokens, _ = tokenize(side)
        except (ValueError, TypeError, IndexError, KeyError, AttributeError):
            continue  # LatexError is a ValueError
        for a, b in zip(tokens, tokens[1:], strict=False):
            if a.type == "DIFF" and b.type in ("LETTER", "GREEK"):
                out.add(str(b))
    return out


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
    whole = support_lookup(parsed, domains)
    scoped = _by_section(parsed, whole)
    ctx.supports = whole
    out = _again(rows, parsed, ctx, parse_row, MISSING, scoped)
    # the integrals over a support just read name their letters too
    ctx.integration_letters = integration_letters(out)
    out = _again(rows, out, ctx, parse_row, UNNAMED, scoped)
    # F |_0^t on the row of its own integral: that row was not read, its integral's letter
    # is taken from the side that holds it
    ends = [rows[k] for k, pr in enumerate(out) if pr.error and UNNAMED_END in pr.error]
    if ends:
        ctx.integration_letters = ctx.integration_letters | frozenset(
            letter for row in ends for letter in differential_letters(row.text)
        )
    return _again(rows, out, ctx, parse_row, UNNAMED_END, scoped)


def _again(
    rows: Sequence[Any],
    parsed: list,
    ctx: Any,
    parse_row: Callable,
    why: str,
    scoped: Callable[[str], Callable[[str], Any]],
) -> list:
    """The rows whose reason says ``why`` read again with what ``ctx`` knows now, each
    with the supports of its section (``ctx.supports`` is the whole post's after)."""
    whole = ctx.supports
    out = list(parsed)
    for k, pr in enumerate(parsed):
        if pr.error and why in pr.error:
            ctx.supports = scoped(rows[k].section)
            try:
                out[k] = parse_row(rows[k], ctx)
            finally:
                ctx.supports = whole
    return out


def _by_section(
    parsed: Sequence[Any], whole: Callable[[str], Any]
) -> Callable[[str], Callable[[str], Any]]:
    """section -> the support lookup of a row under that heading.

    A post with a section per law (``## Exponential``: ``X \\sim \\mathrm{Exp}``,
    ``## Normal``: ``X \\sim \\mathcal{N}``) gives x two ranges, and the whole post cannot
    say which one an integral without limits runs over. The section the row is in can:
    where the post's ranges of a name disagree, the range the row's own section gives is
    used. A section that states none, or two, leaves the row unread as before."""
    cache: dict[str, Callable[[str], Any]] = {}

    def scoped(section: str) -> Callable[[str], Any]:
        if section not in cache:
            cache[section] = _section_lookup([pr for pr in parsed if pr.row.section == section])
        own = cache[section]

        def lookup(name: str) -> Any:
            found = whole(name)
            if isinstance(found, str) and found.startswith(f"the post gives {name} two"):
                return own(name) or found
            return found

        return lookup

    return scoped


def _section_lookup(mine: Sequence[Any]) -> Callable[[str], Any]:
    """The support lookup of the rows of one section alone (their laws and ranges)."""
    from ._parse import row_domains  # _parse reads the rows this module reads again

    return support_lookup(mine, [*row_domains(mine), *declared_supports(mine)])


__all__ = ["integration_letters", "reread", "support_lookup"]
