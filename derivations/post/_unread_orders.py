"""Orders between letters the prose states but the assumption language does not read.

``Let $a > b$``: the engine's sampler does not follow an order between two letters, so a
counterexample outside it is no refutation (:mod:`._conditions`). Only orders the
assumption language reads became such conditions, and a chain (``$a < b < c$``,
``$a < 0 < b$``), a multiple (``$a > 2b$``) or an order in words ("$a$ is larger than
$b$") did not: correct rows were refuted at points the post excludes (adversarial set 9,
pairs 15, 16, 18, 19, 36). Here every formula of the prose that only orders (``<``, ``>``,
``\\le``, ``\\ge`` between sides), outside a case hypothesis, and every such sentence in
words, is a condition of the whole post; where it cannot be read it still names its
letters, and a counterexample in those letters that cannot be placed inside it is no
refutation either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from .._errors import AssumptionError
from ..assumptions import parse
from ._assume import _case_hypothesis, expand, prose_formulas
from ._notation import GREEK, GREEK_SAME
from ._parse import parse_expression
from ._relations import split_relations
from ._tosympy import evaluating

_ORDERS = {"<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge}
#: "$a$ is larger than $b$", "$x$ exceeds $y$", "$u$ is smaller than $v$".
_IN_WORDS = re.compile(
    r"\$([^$]{1,40})\$\s+(?:is\s+)?(?:(larger|greater|bigger|more)|(smaller|less|lower))"
    r"\s+than\s+\$([^$]{1,40})\$|\$([^$]{1,40})\$\s+exceeds\s+\$([^$]{1,40})\$",
    re.I,
)


def unread_orders(body: str, first_line: int = 1) -> list[tuple[str, int, sp.Basic | None]]:
    """``(text, line, relation)`` of each order the prose states between its letters (the
    relation None where the reader cannot parse a side)."""
    text, formulas = prose_formulas(body)
    out = []
    for formula, start, _, case in formulas:
        if case:
            continue
        if _SAMPLES.search(formula):
            if _orders_samples(formula):
                line = first_line + text.count("\n", 0, start)
                out.append((formula.strip(), line, _unread_samples(formula)))
            continue  # x_1, \\dots, x_n \\ge 0: the data's support, the sampler's business
        relation = order_relation(formula)
        if relation is None or not _between_letters(relation):
            # a bound on one letter (x > 0), which the sampler draws inside, or no order
            # the reader can parse (a list, a density with its range after a comma)
            continue
        if _of_a_statistic(relation):
            continue  # catch60: var(theta-hat) >= theta(1 - theta)/(nk), a claim, no range
        line = first_line + text.count("\n", 0, start)
        out.append((formula.strip(), line, relation))
    for formula, start, _, case in formulas:
        if not case and _unread_membership(formula, text):
            line = first_line + text.count("\n", 0, start)
            member = formula.split("\\in", 1)[0]
            out.append((formula.strip(), line, _unread(member)))
    for m in _IN_WORDS.finditer(text):
        if _case_hypothesis(text, m.start(), m.end()):
            continue
        big, small = (m.group(1), m.group(4)) if m.group(1) else (m.group(5), m.group(6))
        if m.group(3):
            big, small = small, big
        line = first_line + text.count("\n", 0, m.start())
        out.append((f"{big} > {small}", line, _chain([big, small], [">"])))
    return out


def placed_by_sampler_not(relation: sp.Basic | None, letters: frozenset[str]) -> bool:
    """Is a condition on ``letters`` an order between letters of the post (``a > b``), which
    the sampler does not follow, so that a counterexample it cannot be evaluated at (``b``
    not drawn) may lie outside it? So is one the reader cannot read at all; orders of
    samples (``x_i > \\mu``) are not."""
    if relation is None:
        return False  # (a domain the sampler follows, written in a form not parsed here)
    if relation.atoms(UNREAD):
        return True  # not read: nothing says where it holds
    return len(letters) > 1 and not relation.atoms(sp.Indexed)


#: A condition the reader cannot read, on its letters: never true or false at a point.
UNREAD = sp.Function("unread_condition")
_LETTER = re.compile(
    rf"\\({'|'.join(sorted(GREEK, key=len, reverse=True))})(?![A-Za-z])"
    r"|(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z])"
)


def _unread(text: str) -> sp.Basic | None:
    """The unread condition on the letters of ``text`` (None when it names none)."""
    return _unread_of({GREEK_SAME.get(a, a) or b for a, b in _LETTER.findall(text)})


def _unread_of(names: set[str]) -> sp.Basic | None:
    """The unread condition on ``names`` (None when there are none)."""
    return UNREAD(*[sp.Symbol(n) for n in sorted(names)]) if names else None


#: The reader's operators of a law: a side holding one is a moment of a statistic.
_MOMENTS = frozenset({"E", "Var", "Cov"})


def _of_a_statistic(relation: sp.Basic) -> bool:
    """Does ``relation`` bound an expectation, variance or covariance (the Cramer-Rao bound
    ``\\text{var}(\\hat\\theta) \\geq \\frac{\\theta(1-\\theta)}{nk}``)? That is a claim about a
    statistic's law at every value of the parameters, not a range of them (catch60: held-out
    mxb341 line 28 was left unchecked as if a point in theta, n, k lay outside it)."""
    return any(str(f.func) in _MOMENTS for f in relation.atoms(AppliedUndef))


def _between_letters(relation: sp.Basic) -> bool:
    """Does ``relation`` order letters among themselves or a formula of a letter (``a < b``,
    ``a > 2b``, ``-x > 0``, ``x^2 < 1``), rather than bound plain letters by numbers (``0 <
    p < 1``, which the assumption language reads and the sampler follows)? Orders of
    samples (``x_i > 0``) are the sampler's too."""
    if relation.atoms(sp.Indexed):
        return False
    parts = relation.args if isinstance(relation, sp.And) else (relation,)
    sides = [side for part in parts for side in part.args]
    if len({s for side in sides for s in side.free_symbols}) > 1:
        return True
    return any(not (isinstance(side, sp.Symbol) or side.is_number) for side in sides)


def order_relation(formula: str) -> sp.Basic | None:
    """The relation of a formula that only orders its sides (``a < b``, ``0 \\le k \\le
    m``), or None: another relation in it, or a side the reader does not parse."""
    sides, rels = split_relations(formula)
    if not rels or any(r not in _ORDERS for r in rels) or len(sides) < 2:
        return None
    return _chain(sides, rels)


def _chain(sides: Sequence[str], rels: Sequence[str]) -> sp.Basic | None:
    """``a < b < c`` as ``a < b & b < c`` (unevaluated), or None when a side is not read."""
    try:
        with evaluating(False):
            parsed = [parse_expression(s)[0] for s in sides]
    except (ValueError, TypeError, RecursionError):
        return None
    if any(not isinstance(p, sp.Expr) for p in parsed):
        return None
    pairs = zip(parsed[:-1], parsed[1:], rels, strict=True)
    parts = [_ORDERS[r](a, b, evaluate=False) for a, b, r in pairs]
    return parts[0] if len(parts) == 1 else sp.And(*parts, evaluate=False)


def _unread_membership(formula: str, text: str) -> bool:
    """Is ``formula`` a membership ``x \\in A`` the assumption language cannot read, in a set
    the post spells out (``]-\\infty, 0[``, ``\\mathbb{R}_{>1}``, ``S`` after ``S = \\{...\\}``)?
    A bare space the post never defines (``\\theta \\in \\Theta``) says nothing of it."""
    sides, rels = split_relations(formula)
    if not rels or rels[0] != "in" or (len(rels) > 1 and "\\{" not in sides[1]):
        return False  # (x \in \{t \mid t < 0\}: the other signs are the builder's)
    member, space = (part.strip() for part in formula.split("\\in", 1))
    if not _LETTERS.fullmatch(member) or _VECTORS.match(space):
        return False  # samples (x_i, \\mathbf{x}_1, \\dots), or a space of vectors (R^D)
    if _BARE_NAME.fullmatch(space):
        built = re.search(re.escape(space) + r"\s*:?=\s*\\\{\s*(\\?[A-Za-z]+)", text)
        if built is None or built.group(1) == member:
            return False  # a space never defined, or built on this very letter (read so)
    return not _read(formula)


def _unread_samples(formula: str) -> sp.Basic | None:
    """The unread condition on the samples an order among the data names (``x`` of
    ``x_1 \\le \\dots \\le x_n \\le \\theta``): a counterexample in the other letters
    alone (``d/d\\theta (-n \\ln \\theta)``) is not about the order."""
    letters = _SAMPLE_LETTER.findall(formula)  # X_i in prose, x_i in the rows: both
    return _unread_of({c for a in letters for c in (a.lower(), a.upper())})


def _orders_samples(formula: str) -> bool:
    """Does ``formula`` order samples among themselves or against a letter in a form the
    assumption language does not read (``x_1 \\le x_2 \\le \\dots \\le x_n``,
    ``\\theta \\ge \\max_i x_i``, ``x_{(1)} \\le x_{(n)}``)? The sampler draws the data
    unordered, so a counterexample there may lie outside the stated order (adversarial set
    10, pairs 86, 90, 171, 172). A bound by numbers (``x_1, \\dots, x_n \\ge 0``) is the
    data's support, which the sampler follows."""
    sides, rels = split_relations(formula)
    if not rels or any(r not in _ORDERS for r in rels):
        return False
    letters = [side for side in sides if not _NUMBER.fullmatch(side.strip())]
    return len(letters) > 1 and not _read(formula)


def _read(formula: str) -> bool:
    """Does the assumption language read ``formula`` (``a, b < 0``, ``x \\in (0, 1)``)?"""
    try:
        return bool([d for st in expand(formula) for d in parse(st, "prose")])
    except AssumptionError:
        return False


#: A side that is a number (``0``, ``-1.5``, ``\\infty``).
_NUMBER = re.compile(r"-?\s*(?:\d+(?:\.\d+)?|\\infty)")
#: The letter of a sample element (``x`` of ``x_1``, ``x_{(n)}``), not of ``\\max_i``.
_SAMPLE_LETTER = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*_")
#: Elements and lists of samples (``x_i``, ``\\dots``).
_SAMPLES = re.compile(r"_|\\[lc]?dots")
#: Plain letters, one or a list (``x``, ``\\alpha, \\beta``): not samples, not vectors.
_LETTERS = re.compile(r"\\?[A-Za-z]+(?:\s*,\s*\\?[A-Za-z]+)*")
#: ``\\mathbb{R}^D``, ``\\mathbb{R}^{n \\times p}``: a space of vectors or matrices.
_VECTORS = re.compile(
    r"\\mathbb\s*\{\s*[A-Z]\s*\}\s*\^\s*(?:\{[^}]*[A-Za-z0-9][^}]*\}|[A-Za-z0-9])"
)
#: A set written as one name (``S``, ``\\Theta``, ``\\mathcal{X}``).
_BARE_NAME = re.compile(r"\\?[A-Za-z]+|\\[A-Za-z]+\s*\{\s*[A-Za-z]\s*\}")
