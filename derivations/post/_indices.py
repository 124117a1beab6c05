"""Elements with two indices, which the sample reading (``x_i``) does not cover.

The reader makes ``x_i`` the element ``x[i]`` of a sample when ``i`` is a letter the
post's sums run over. Two forms with two indices were names of their own or unread;
as a name, ``\\sum_i z_{ij}`` is a constant summed ``n`` times:

- ``z_{ij}``, ``T_{k,i}``, ``\\gamma_{ij}`` (the lexer writes the subscript as the
  word ``ij``): ``z[i, j]`` when both letters are indices of the post (or ``i``, ``j``,
  ``k``, ``l``); one index beside another letter (``x_{ia}``) is refused, as which
  letters index is not clear;
- a superscript in parentheses after a subscripted name, ``\\gamma_{ij}^{(t)}``,
  ``x^{(i)}_j``: with ``(i)`` a letter the post sums over it is the sample, so
  ``x[i, j]`` (sample ``i``, feature ``j``); with another letter, ``(t)``, it labels
  the quantity (the value at iteration ``t``, not a power): ``gamma^(t)[i, j]``,
  another base than ``gamma``. Three indices are refused.

A Greek letter with one index that the post's sums run over (``\\pi_i`` beside
``\\sum_i``) is an element ``pi[i]`` too, and so is a letter with an index and a digit
(``x_{i1}``: ``x[i, 1]``): as names of their own they were constants to the sum over
``i``, and ``\\sum_i \\pi_i \\log \\pi_i = n \\pi_i \\log \\pi_i`` (false) was proved.
Two exceptions, both about values the post gives (see :func:`names_not_elements`):
a Greek name the post equates with a value (``\\log \\lambda_i = \\beta x_i``) stays
a name, because a name's value is put in where later rows write it and an element's
is not (read as elements, four correct rows were refuted); and one whose letter the
post equates at other indices only (``\\epsilon_1 = y_1 - \\theta y_0`` beside
``\\epsilon_i``) is refused: as a name it would be a constant, as an element its
relation to the other names would be lost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sympy as sp

from ._notation import GREEK, GREEK_SAME, UNICODE

if TYPE_CHECKING:
    from ._tosympy import Context

#: The longest name an element is made of (as for the samples ``x_i``).
_LONGEST = 12
#: Letters that index in a subscript of two even where no sum of the post runs over
#: them (``\\gamma_{ij}`` in a row that sums over ``i`` only, ``j`` free).
_INDEX_LIKE = frozenset("ijkl")


#: ``N_j = \\sum_i \\gamma_{ij}``: a letter with one index defined by a sum of an
#: element with two (the letter and index are groups 1 and 2).
_COUNT_DEFINED = re.compile(
    r"(?:^|[&,;$]|\\\\|\\q?quad\b|\\text\s*\{[^{}]*\})\s*([A-Za-z])\s*_\s*\{?\s*([a-z])\s*\}?\s*(?::=|=)"
    r"(?=\s*\\sum[^$\n,;]{0,300}?_\s*\{\s*[a-z]\s*,?\s*[a-z]\s*\})"
)


def defined_by_two_indices(texts: Iterable[str]) -> frozenset[str]:
    """Names ``N_j`` that a row or the prose defines by a sum of elements with two indices
    (``N_j = \\sum_{i=1}^n \\gamma_{ij}``, the effective count of an EM step).

    They are read as names, not as elements ``N[j]``: a name's definition is put in
    where a later row writes it (``\\frac{\\sum_i \\gamma_{ij} x_i}{N_j}`` against the
    sum written out), an element's is not, so that a correct row was refuted."""
    return frozenset(
        f"{m.group(1)}_{m.group(2)}" for text in texts for m in _COUNT_DEFINED.finditer(text)
    )


#: A Greek letter with one subscript (a letter or digit, ``N``) equated with a value at
#: the start of a statement: ``\\pi_i = ...``, ``\\log \\lambda_i = ...``,
#: ``\\ln(\\mu_i) := ...``, after ``&``, ``\\\\``, ``,``, ``\\quad``, ``\\implies``.
#: (``\\sum_i \\pi_i = 1`` is no value of ``\\pi_i``: the sum comes first.)
_GREEK_VALUE = re.compile(
    r"(?:^|[&,;$]|\\\\|\\q?quad\b|\\implies\b|\\Rightarrow\b|\\iff\b|\\text\s*\{[^{}]*\})\s*"
    r"(?:\\(?:log|ln)\b\s*(?:\\left\s*)?\(?\s*)?"
    r"\\(" + "|".join(sorted(GREEK, key=len, reverse=True)) + r")(?![A-Za-z])"
    r"\s*_\s*\{?\s*([A-Za-z0-9])\s*\}?\s*(?:\\right\s*)?\)?\s*(?::=|=(?!=))",
    re.MULTILINE,
)
#: Unicode Greek letters, as the TeX commands the pattern above looks for.
_UNICODE_GREEK = str.maketrans({c: tex + " " for c, tex in UNICODE.items() if tex[1:] in GREEK})


def names_not_elements(texts: Iterable[str], prose: str = "") -> frozenset[str]:
    """Subscripted names read as names, not elements: the counts of
    :func:`defined_by_two_indices` and the Greek names the post equates with a value
    (``\\log \\lambda_i = \\beta x_i`` -> ``lambda_i``; ``\\epsilon_1 = ...`` -> ``epsilon_1``).

    An inline formula the ``prose`` puts after "when" or "if" ("when $\\pi_i = 0$ the
    component drops out") is a case, not a value: as a name, ``\\pi_i`` would be a
    constant of ``\\sum_i \\pi_i`` and ``\\partial/\\partial \\pi_1`` of that sum 0."""
    texts = list(texts)
    cases = {m.group(1).strip() for m in _CASE.finditer(prose[:_PROSE_READ])}
    greek = {
        f"{GREEK_SAME.get(m.group(1), m.group(1))}_{m.group(2)}"
        for text in texts
        if text.strip() not in cases
        for m in _GREEK_VALUE.finditer(text.translate(_UNICODE_GREEK))
    }
    return defined_by_two_indices(texts) | greek


#: An inline formula after a word that makes it a case: "when $\\pi_i = 0$".
_CASE = re.compile(r"\b(?:[Ww]hen(?:ever)?|[Ii]f|[Uu]nless)\s+\$([^$]{1,200})\$")
#: How much of the prose is searched for cases (a hostile post may be megabytes long).
_PROSE_READ = 200_000


#: A name with a one-character subscript: a Greek command or a Latin letter (group 1),
#: the subscript (group 2 in braces, 3 without).
_ONE_SUBSCRIPT = re.compile(
    r"(?:\\(" + "|".join(sorted(GREEK, key=len, reverse=True)) + r")(?![A-Za-z])"
    r"|(?<![\\A-Za-z])([A-Za-z]))\s*_\s*(?:\{\s*([A-Za-z0-9])\s*\}|([A-Za-z0-9])(?![A-Za-z0-9]))"
)


def free_elements(texts: Iterable[str], summed: frozenset[str]) -> frozenset[str]:
    """Names with an index no sum binds that are elements of a name the post sums over:
    ``mu_j`` beside ``\\sum_i \\mu_i``, ``alpha_1`` beside ``\\sum_k \\alpha_k``.

    As names of their own they are constants to the sum, so that
    ``\\partial/\\partial \\mu_j \\sum_i (x_i - \\mu_i)^2`` was 0 (a false row proved) and
    ``\\partial/\\partial \\alpha_1 \\log\\Gamma(\\sum_k \\alpha_k)`` was 0 (a correct row
    refuted). Only letters that index by custom (``i``, ``j``, ``k``, ``l``: not the
    ``t`` of an iterate ``\\theta_t``) or that the post differentiates by as the index
    of such a Greek name (``\\partial \\beta_a`` beside ``\\sum_j \\beta_j x_{ij}``: then
    ``x_{ia}`` is ``x[i, a]`` too; a Latin ``\\partial x_m`` beside ``x_i`` is the Pareto
    scale, a name) and, for a Greek name, digits from 1 (``\\beta_0``
    beside ``\\sum_j \\beta_j x_j`` is an intercept: a Latin ``x_0`` is an element already).
    """
    subscripts: dict[tuple[str, bool], set[str]] = {}
    by: set[tuple[str, str]] = set()
    for text in texts:
        text = text.translate(_UNICODE_GREEK)
        for m in _ONE_SUBSCRIPT.finditer(text):
            greek = m.group(1) is not None
            name = GREEK_SAME.get(m.group(1), m.group(1)) if greek else m.group(2)
            sub = m.group(3) or m.group(4)
            subscripts.setdefault((name, greek), set()).add(sub)
            if greek and text[max(0, m.start() - 16) : m.start()].rstrip().endswith("\\partial"):
                by.add((name, sub))
    summed_names = {key for key, subs in subscripts.items() if subs & summed}
    letters = _INDEX_LIKE | {s for (name, s) in by for key in summed_names if key[0] == name}
    out = set()
    for name, greek in summed_names:
        for s in subscripts[(name, greek)] - summed:
            if s in letters or (greek and s.isdigit() and s != "0"):
                out.add(f"{name}_{s}")
    return frozenset(out)


#: A name with one index letter differentiated by: ``\\partial \\alpha_j``, ``\\partial x_i``,
#: ``\\mathrm{d}\\alpha_j``, ``d\\alpha_j`` (a Greek name after a bare d).
_BY_ELEMENT = re.compile(
    r"(?:\\partial\s*|\\mathrm\s*\{\s*d\s*\}\s*|(?<![\\A-Za-z])d\s*(?=\\))\\?([A-Za-z]+)"
    r"\s*_\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z])(?![A-Za-z]))"
)


def differentiated_elements(texts: Iterable[str]) -> frozenset[str]:
    """Names with one index letter the post differentiates by (``\\frac{\\mathrm{d}}{\\mathrm{d}
    \\alpha_j}``): variables of their own, which no definition replaces, so in a sum over that
    index they are no element of it (see ``._tosympy._named_by_index``; StatProofBook's
    Dirichlet MLE differentiates by "a particular parameter $\\alpha_j$" and sums
    ``\\sum_{j=1}^k \\alpha_j`` in the same rows)."""
    out: set[str] = set()
    budget = 200_000
    for text in texts:
        text = (text or "")[:budget]
        budget -= len(text)
        for m in _BY_ELEMENT.finditer(text):
            name = GREEK_SAME.get(m.group(1), m.group(1))
            if len(name) == 1 or name in GREEK:
                out.add(f"{name}_{m.group(2) or m.group(3)}")
        if budget <= 0:
            break
    return frozenset(out)


def free_letters(ctx: Context) -> frozenset[str]:
    """The letters of :func:`free_elements` (``j`` of ``mu_j``, ``a`` of ``beta_a``)."""
    return frozenset(sub for key in ctx.free_elements if (sub := key.rpartition("_")[2]).isalpha())


#: A Latin letter written with two indices: ``x_{i2}``, ``x_{2j}``, ``x_{ij}``, ``x_{i,j}``.
_TWO_INDICES = re.compile(
    r"(?<![A-Za-z\\])([A-Za-z])\s*_\s*\{\s*(?:[i-nt]\s*,?\s*[i-nt0-9]|[0-9]\s*,?\s*[i-nt])\s*\}"
)


def two_index_names(texts: Iterable[str]) -> frozenset[str]:
    """Letters the post writes with two indices somewhere (``x_{i2}``): in such a post
    ``x_{12}`` is row 1, column 2, never the twelfth element of a sample."""
    return frozenset(m.group(1) for text in texts for m in _TWO_INDICES.finditer(text))


def element(t: Any, sub: sp.Basic, ctx: Context, error: type[Exception]) -> sp.Basic | None:
    """The element written by the name token ``t`` with subscript ``sub``, or None when it
    is none of this module's forms (the caller reads it as before); ``error`` (with a
    message and a column) is raised for a form that is refused."""
    name = str(t)
    col = t.start_pos or 0
    feature = getattr(t, "feature", None)
    if feature is not None:
        return _labelled(name[: -len(feature) - 1], str(feature), sub, ctx, (error, col))
    if t.type not in ("LETTER", "GREEK") or len(name) > _LONGEST:
        return None
    if isinstance(sub, sp.Symbol) and f"{name}_{sub.name}" in ctx.count_names:
        return ctx.symbol(f"{name}_{sub.name}")
    free = _free_element(name, sub, ctx)
    if free is not None:
        return free
    if isinstance(sub, sp.Symbol) and _is_pair(sub.name):
        return _pair(name, sub.name, ctx, (error, col))
    if t.type == "GREEK" and isinstance(sub, sp.Symbol) and sub.name in ctx.summed_letters:
        return _greek(name, sub.name, ctx, (error, col))
    if isinstance(sub, sp.Mul) and t.type == "LETTER":
        return _with_a_digit(name, sub, ctx)
    if isinstance(sub, sp.Integer) and t.type == "LETTER" and name in ctx.two_index_names:
        return _two_digits(name, sub, ctx, (error, col))
    return None


def _free_element(name: str, sub: sp.Basic, ctx: Context) -> sp.Basic | None:
    """``mu_j``, ``alpha_1`` of :func:`free_elements`: the element ``mu[j]``, ``alpha[1]``."""
    if not isinstance(sub, (sp.Symbol, sp.Integer)):
        return None
    key = f"{name}_{sub.name if isinstance(sub, sp.Symbol) else sub}"
    if key not in ctx.free_elements or key in ctx.count_names:
        return None
    return ctx.sample(name)[ctx.index(sub.name) if isinstance(sub, sp.Symbol) else sub]


def _two_digits(name: str, sub: sp.Integer, ctx: Context, fail: tuple) -> sp.Basic:
    """``x_{12}`` where the post writes ``x`` with two indices: ``x[1, 2]``; more digits
    (``x_{123}``) cannot be split."""
    digits = str(sub)
    if len(digits) == 1:
        # PARSE65: I_1 beside I_{3j} (held-out external48 wudai, jiachen): one digit is one
        # index whatever the other elements have, the element I_1 as in any post
        return None
    if len(digits) != 2 or sub < 0:
        error, col = fail
        raise error(
            f"{name}_{{{digits}}}: the post writes {name} with two indices, and which digits "
            "are which index is not clear",
            col,
        )
    return ctx.sample(name)[sp.Integer(int(digits[0])), sp.Integer(int(digits[1]))]


def _greek(name: str, index: str, ctx: Context, fail: tuple) -> sp.Basic:
    """``\\pi_i`` with ``i`` a letter the post's sums run over: the element ``pi[i]``,
    unless the post equates other elements of ``\\pi`` (only) with values."""
    given = [n for n in ctx.count_names if n.partition("_")[0] == name]
    if given:
        error, col = fail
        raise error(
            f"{name}_{{{index}}}: the post gives {', '.join(sorted(given))} a value but not "
            f"{name}_{{{index}}}, so what it stands for in terms of the other names is not "
            "known (as a name of its own it would be a constant to a sum over "
            f"{index})",
            col,
        )
    return ctx.sample(name)[ctx.index(index)]


def _with_a_digit(name: str, sub: sp.Mul, ctx: Context) -> sp.Basic | None:
    """``x_{i1}`` (the lexer reads the subscript as ``i*1``): the element ``x[i, 1]`` when
    ``i`` is an index of the post; None for any other product (read as before)."""
    parts = sub.args
    if (
        len(parts) != 2
        or not isinstance(parts[0], sp.Symbol)
        or parts[0].name not in ctx.index_letters
        or not isinstance(parts[1], sp.Integer)
        or len(name) > _LONGEST
    ):
        return None
    return ctx.sample(name)[ctx.index(parts[0].name), parts[1]]


def _is_pair(word: str) -> bool:
    return len(word) == 2 and word.isascii() and word.isalpha()


def _pair(name: str, word: str, ctx: Context, fail: tuple) -> sp.Basic | None:
    """``z_{ij}``: ``z[i, j]`` when both letters are indices of the post."""
    known = [c in ctx.index_letters | _INDEX_LIKE | free_letters(ctx) for c in word]
    if all(known):
        return ctx.sample(name)[tuple(ctx.index(c) for c in word)]
    if word in GREEK:
        return None  # X_\nu: the Greek letter's name, not the letters n and u
    if any(known):
        error, col = fail
        index, other = (word[0], word[1]) if known[0] else (word[1], word[0])
        raise error(
            f"{name}_{{{word}}}: {index} is an index of the post's sums and {other} is not, "
            "so which letters index it is not clear",
            col,
        )
    return None


def _labelled(base: str, feature: str, sup: sp.Basic, ctx: Context, fail: tuple) -> sp.Basic | None:
    """``x_F^{(s)}``: sample ``s`` of ``x_F``, or ``x_F`` labelled ``(s)``."""
    error, col = fail
    known = [c in ctx.index_letters | _INDEX_LIKE for c in feature]
    if not all(known) or len(base) > _LONGEST:
        if any(known):
            raise error(
                f"{base}_{{{feature}}}^{{({sup})}}: not every letter of the subscript is an "
                "index of the post's sums, so which letters index it is not clear",
                col,
            )
        return None  # x_1^{(i)}, x_a^{(i)}: sample i of the name x_1 (as before)
    if not isinstance(sup, sp.Symbol):
        raise error(f"{base}_{{{feature}}}^{{({sup})}}: the superscript is not read", col)
    indices = tuple(ctx.index(c) for c in feature)
    if sup.name in (ctx.summed_letters or ctx.index_letters):
        if len(indices) > 1:
            raise error(
                f"{base}_{{{feature}}}^{{({sup})}}: an element with three indices is not read",
                col,
            )
        return ctx.sample(base)[(ctx.index(sup.name), *indices)]
    return ctx.sample(f"{base}^({sup.name})")[indices]
