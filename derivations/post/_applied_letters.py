"""A letter applied to a bracket of names: a function of them, or the letter times them?

The reader reads ``L(p)``, ``\\ell(\\theta)``, ``f(x;\\theta)`` as functions of the names in the
bracket (:func:`._passes.mark_applications`: the letters of likelihoods and densities, and a
letter the post defines as a function, on a row's start or in words). Any other letter before a
bracket is a factor: with no word about it, ``\\hat p_i = \\sigma(z_i) = \\frac{1}{1+e^{-z_i}}``
was sigma times z_i and refuted (issue 12, after pystatsml's logistic regression), as were
``\\phi(x)`` written out as the normal density and ``\\pi(\\theta)`` a prior. Nothing in such a
post says which of the two the letter is, so a comparison that fails through the product
reading is no counterexample: :func:`applied_doubt` names the doubt, and the row's failing
links are unchecked (``_build._no_refutation``); one that holds is still proved. The doubt is
about a letter some row of the post writes applied alone as a side of an equation
(:func:`sided_letters`): there the post gives the function a value of its own. A letter applied
only inside terms and never written alone (``\\phi(x_i)^T\\beta``, ``\\Phi(x)``) is a function of
the post since lead17 (:func:`._parse.only_applied_letters`): read as a factor, a correct step using
what the function is was refuted and a false one proved. What is left here is a letter the post
also writes alone, or with a power before its bracket.

Still a product, as before: a letter the post gives a value (``\\sigma = 2``), a bracket that
holds an expression (``a(b + c)``: no function of names), ``\\pi`` after a factor
(``2\\pi(x)``), ``e``, and the functions of the table of special functions, which the table
reads (``\\Gamma(x)``; ``\\psi(t)`` see ``._named_calls``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sympy as sp

from ._notation import GREEK
from ._parse import _ARG, greek_function_letter
from ._passes import FUNCTION_LETTERS

#: A letter, Latin or Greek, before a bracket of names (``\\sigma(z_i)``, ``\\pi(\\theta)``,
#: ``\\lambda \\left( t \\right)``); not inside a command's name (``\\log(x)``, ``\\exp(z)``),
#: nor a letter of a subscript or an exponent (``\\sum_i(x_i)``).
_APPLIED = re.compile(
    r"(?<![\\A-Za-z_^])(\\[A-Za-z]+|[A-Za-z])\s*(?:\\left\s*|\\[bB]ig\s*)?\(\s*"
    + _ARG
    + r"(?:\s*(?:,|;)\s*"
    + _ARG
    + r")*\s*(?:\\right\s*|\\[bB]ig\s*)?\)"
)

#: At most this much of a row is searched (hostile text costs nothing).
_LIMIT = 20_000


def _letter(written: str) -> str:
    """The reader's name of the letter ``written`` (``sigma``, ``phi``, ``x``), or "" when it
    is no letter the doubt is about."""
    if written.startswith("\\"):
        return greek_function_letter(written[1:])
    if written == "e" or written in FUNCTION_LETTERS:
        return ""  # Euler's number; the letters the reader applies already
    return written


def applied_letters(text: str, functions: frozenset[str]) -> list[tuple[str, str]]:
    """(letter, the call as written) of each letter ``text`` applies to a bracket of names
    that the reader reads as a product: not a function of the post (``functions``)."""
    out = []
    text = text[:_LIMIT]
    for m in _APPLIED.finditer(text):
        name = _letter(m.group(1))
        if not name or name in functions:
            continue
        if name == "pi":
            before = text[max(0, m.start() - 40) : m.start()].rstrip()
            if before and (before[-1].isalnum() or before[-1] in "}.)"):
                continue  # 2\pi(x), \sqrt{2\pi}(...): the number times the bracket
        out.append((name, " ".join(m.group(0).split())))
    return out


def applied_doubt(texts: Iterable[str], functions: frozenset[str], valued: set[str]) -> str:
    """Why a failing comparison of rows whose texts are ``texts`` is no counterexample: one of
    them applies a letter without a value (not in ``valued``) to a bracket of names, which the
    post may mean as a function (``""`` when none does)."""
    for text in texts:
        for name, call in applied_letters(text or "", functions):
            if name in valued:
                continue
            return (
                f"{call} is read as {name} times the bracket, but nothing in the post says "
                f"whether {name} is a number or a function applied to it (a sigmoid, a "
                "density, a prior), so a disagreement is no counterexample"
            )
    return ""


def _read_as_factor(parsed: Any) -> set[str]:
    """The letters the parsed row ``parsed`` holds as free symbols (``"pi"`` for the number):
    the letters it read as factors."""
    out: set[str] = set()
    for st in getattr(parsed, "statements", ()) or ():
        for side in getattr(st, "sides", ()) or ():
            if not isinstance(side, sp.Basic):
                continue
            names = {str(s) for s in side.free_symbols}
            # sigma is read through the variance's symbol (sigma2: sigma = sqrt(sigma2))
            out |= names | {n[:-1] for n in names if n.endswith("2") and n[:-1] in GREEK}
            if side.has(sp.pi):
                out.add("pi")
    return out


def row_doubt(builder: Any, pr: Any, plan: Any) -> str:
    """Why the failing links of ``plan`` (the row ``pr``) are no refutation: the row, the row
    it continues or a row whose value it uses applies a letter to a bracket of names, read as
    a product (:func:`applied_doubt`). ``builder`` is the row builder (``._build``)."""
    rows = [pr]
    for k in sorted({getattr(plan, "pred", None), *getattr(plan, "rests_on", ())} - {None}):
        if isinstance(k, int) and 0 <= k < len(builder.plans):
            rows.append(builder.plans[k].parsed)
    lex = getattr(builder.names.symbol, "lex", None)
    functions = frozenset(getattr(lex, "functions", frozenset()))
    sided = builder.__dict__.get("_sided_calls")
    if sided is None:
        every = getattr(builder, "_said_rows", ()) or ()
        sided = builder.__dict__["_sided_calls"] = sided_letters(
            getattr(getattr(r, "row", None), "text", "") or "" for r in every
        )
    if not sided:
        return ""
    valued = {str(s) for s in builder.names.defined}
    valued |= {n[:-1] for n in valued if n.endswith("2") and n[:-1] in GREEK}  # sigma2
    for parsed in rows:
        text = getattr(parsed.row, "text", "") or ""
        factors = _read_as_factor(parsed)
        if not factors:
            continue
        why = applied_doubt([text], functions, valued | (set(GREEK) | _LATIN) - (factors & sided))
        if why:
            return why
    return ""


#: Every Latin letter (a letter not read as a factor is no doubt of this module).
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


#: An equals sign between two sides (not of ``\\leq``, ``:=`` is one too).
_EQUALS = re.compile(r"(?<![<>!:])=(?!=)")


def sided_letters(texts: Iterable[str]) -> frozenset[str]:
    """The letters some row writes applied to a bracket of names alone as a side of an
    equation (``\\hat p_i = \\sigma(z_i) = ...``, ``d = \\phi(x) = ...``): a function the post
    gives a value of its own there (see ``._named_calls``), whose value the reader does not
    know. Inside a term (``\\phi(x_i)^T \\beta`` of a ridge loss) the letter may be any
    function, and a product is a fair instance of one: that reading refutes as before."""
    out = set()
    for text in texts:
        for side in _EQUALS.split(text[:_LIMIT]):
            side = side.strip(" \t\n&,.;")
            m = _APPLIED.fullmatch(side)
            if m is not None and (name := _letter(m.group(1))):
                out.add(name)
    return frozenset(out)
