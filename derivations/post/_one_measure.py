"""Expectations of one measure compared as the functions they are taken of.

``-E_x[\\partial^2_\\lambda \\log f(x; \\lambda)] = -E_x[\\partial_\\lambda (x/\\lambda - 1)]
= E_x[x/\\lambda^2] = E_x[x]/\\lambda^2``: a Fisher-information chain whose expectations
:func:`._expectation.by_linearity` cannot write as moments (the density written inside,
no law declared, a subscript naming the variable) compares nothing, although each link
holds whatever the distribution is. The expectation is linear and ``E[c] = c``, so a line
``c_0 + sum_k c_k E[g_k]`` whose ``c_k`` and ``c_0`` are free of the random variable is
``E[c_0 + sum_k c_k g_k]``; two such lines of one measure are equal when
``c_0 + sum_k c_k g_k`` are equal as functions. Each line is therefore handed to the
engine with every ``E[g]`` replaced by ``g``.

Only a proof: two different functions may have the same mean, so the comparison is
never a refutation (the caller's step is disputed). Sound only where the replacement is:

- every expectation has the same arguments after the first (``E_x``, ``E[. ; \\theta]``,
  ``E[. | Y]``: one measure), none holds another (``E[(X - E[X])^2]``), and no other
  operator of :func:`._expectation.has_expectation` (``Var``, ``Cov``, ``Pr``) is present;
- each line is affine in its expectations (sums, and products with one factor holding
  them: ``E[x]^2`` or ``\\log E[x]`` is not ``E[x^2]`` or ``E[\\log x]``);
- the coefficients and the constant term hold no random symbol: the symbols after the
  first argument (the variable an ``E_x`` names), capital Latin letters (``X``, ``Y_i``),
  lower-case Latin letters that no declared law has as a parameter, and every symbol
  inside an expectation that is not a parameter of the post.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Sequence

import sympy as sp
from sympy.core.function import AppliedUndef

from ._expectation import has_expectation, operator_atoms
from ._notation import GREEK
from ._tosympy import Opaque, evaluating

#: A power after a closing bracket (``E_x[g]^2``, ``\\right)^2``): the reader takes the
#: power of a subscripted expectation's bracket inside it (``E_x[g^2]``), the author may
#: mean the square of the mean.
_POWER_OF_BRACKET = re.compile(r"(?:\]|\\right\s*\)|\\right\s*\\?\})\s*\^")


def under_one_measure(
    sides: Sequence[sp.Basic],
    parameters: Container,
    law_symbols: Container = (),
    texts: Iterable[str] = (),
) -> list[sp.Basic] | None:
    """``sides`` with every ``E[g]`` written ``g``, when each is affine in expectations of
    one measure with coefficients free of the random variable (see the module); None
    otherwise, or when no side holds an expectation. ``texts``: the rows the sides come
    from; an expectation of a power is not read where one of them raises a bracket to a
    power (which of the two the author means is not known)."""
    found = [_expectations(s) for s in sides]
    if any(f is None for f in found):
        return None
    means = set().union(*found)
    if not means or len({f.args[1:] for f in means}) != 1:
        return None
    if any(isinstance(f.args[0], sp.Pow) for f in means) and any(
        _POWER_OF_BRACKET.search(t) for t in texts
    ):
        return None
    random = _random_symbols(means, parameters, law_symbols)
    if not all(_affine(s, means, random) for s in sides):
        return None
    return [s.xreplace({f: f.args[0] for f in means}) for s in sides]


def _expectations(side: sp.Basic) -> set | None:
    """The ``E[...]`` of ``side``; None when it holds another operator, an opaque name,
    or an expectation inside an expectation."""
    means = {
        f for f in side.atoms(Opaque) if str(f.func) == "E" and f.args and not f.args[0].has(Opaque)
    }
    rest = side.xreplace({f: sp.Dummy() for f in means})
    if rest.atoms(Opaque) or has_expectation(rest):
        return None
    return means


def _random_symbols(means: set, parameters: Container, law_symbols: Container) -> set:
    """The symbols a coefficient must not hold (see the module)."""
    extras = set().union(*(sp.Tuple(*f.args[1:]).free_symbols for f in means))
    inside = set().union(*(f.args[0].free_symbols for f in means))

    named = _named_variable(means, parameters, law_symbols)

    def constant(s: sp.Basic) -> bool:
        if s in extras or not isinstance(s, sp.Symbol):
            return False
        if s in law_symbols:
            return True
        if named and _greek(s):
            return True  # EXPECT17: E_x[-1/sigma^2], sigma fixed by the measure over x
        latin = len(s.name) == 1 and s.name.isascii() and s.name.isalpha()
        return s in parameters and not latin

    return extras | {s for s in inside if not constant(s)}


#: Subscripts that name a law's parameter or a density rather than the variable (``E_p``).
_NOT_VARIABLES = frozenset("pqn")


def _named_variable(means: set, parameters: Container, law_symbols: Container) -> bool:
    """EXPECT17: the one subscript of the expectations (``E_x``) names the variable: a
    lower-case Latin letter, not ``p``, ``q`` or ``n`` and no parameter of the post or of a
    declared law. Under it every other letter is fixed; only the Greek ones are taken so
    (a Latin letter may be another variable of the same measure)."""
    extras = {f.args[1:] for f in means}
    if len(extras) != 1:
        return False
    (args,) = extras
    if len(args) != 1 or not isinstance(args[0], sp.Symbol):
        return False
    v = args[0]
    return (
        len(v.name) == 1
        and v.name.isascii()
        and v.name.islower()
        and v.name not in _NOT_VARIABLES
        and v not in parameters
        and v not in law_symbols
    )


def _greek(s: sp.Symbol) -> bool:
    """A Greek letter, alone, with a subscript or as the reader names its square
    (``sigma``, ``sigma_1``, ``mu_0``, ``sigma2``)."""
    letter = re.sub(r"\d+$", "", s.name.split("_")[0])
    return letter in GREEK and letter != "pi"


def _affine(e: sp.Basic, means: set, random: set) -> bool:
    """Is ``e`` a constant plus constants times members of ``means`` (constants: free of
    ``random``)?"""
    if e in means:
        return True
    if not any(e.has(f) for f in means):
        return not (_free(e) & random)
    if isinstance(e, sp.Add):
        return all(_affine(a, means, random) for a in e.args)
    if isinstance(e, sp.Mul):
        holding = [a for a in e.args if any(a.has(f) for f in means)]
        others = [a for a in e.args if a not in holding]
        return (
            len(holding) == 1
            and _affine(holding[0], means, random)
            and not any(_free(a) & random for a in others)
        )
    return False


def _free(e: sp.Basic) -> set:
    """Free symbols of ``e``, the labels of its indexed elements among them."""
    return set(e.free_symbols) | {a.base.label for a in e.atoms(sp.Indexed)}


#: Where an expectation's value may depend on a variable that runs (EXPECT53): not replaced.
_RUNNING = (sp.Sum, sp.Product, sp.Integral, sp.Derivative, sp.Limit, sp.Subs)


def as_quantities(sides: Sequence[sp.Basic]) -> list[sp.Basic] | None:
    """``sides`` with every expectation, variance, covariance or probability replaced by a
    symbol of its own, the same symbol for the same one (EXPECT53: whatever its value, the
    same expectation is the same number, so lines equal so are equal). None when there is
    none, or when one stands under a sum, a product, an integral, a derivative or a limit
    (``\\sum_i E[g(x_i)]``, ``\\partial_\\theta E[g]``: its value depends on the variable
    that runs there, which a symbol would hide)."""
    atoms = set().union(*(operator_atoms(s) for s in sides))
    if not atoms:
        return None
    names = {f: sp.Dummy(f"m{k}") for k, f in enumerate(sorted(atoms, key=sp.default_sort_key))}
    symbols = set(names.values())
    out = [s.xreplace(names) for s in sides]
    for s in out:
        if any(node.free_symbols & symbols for node in s.atoms(*_RUNNING)):
            return None
    return out


#: Largest line (tree nodes) :func:`same_quantities` expands: a bound on hostile rows.
_MAX_OPS = 300


def _larger_than(e: sp.Basic, bound: int) -> bool:
    """``e`` has more than ``bound`` nodes (counted only up to the bound)."""
    return any(k >= bound for k, _ in enumerate(sp.preorder_traversal(e)))


def same_quantities(first: sp.Basic, second: sp.Basic) -> list[sp.Basic] | None:
    """``first`` and ``second`` as :func:`as_quantities` writes them, when they are then
    equal as polynomials in those quantities (only then: two lines that differ so may
    still be equal, and other readings of them are tried as before); None otherwise."""
    if first is None or second is None:
        return None
    lines = as_quantities([first, second])
    if lines is None or any(_larger_than(x, _MAX_OPS) for x in lines):
        return None
    return lines if _expanded_equal(lines) else None


def _expanded_equal(lines: Sequence[sp.Basic]) -> bool | None:
    """Are the two ``lines`` equal as polynomials (their difference expands to 0)? None
    when sympy cannot say."""
    with evaluating(True):
        try:
            return sp.expand(lines[0] - lines[1]) == 0
        except (TypeError, ValueError, RecursionError):
            return None


#: Calls of one operator paired at most (CASCADE62): each pair is a step of the engine.
_MAX_PAIRS = 3


def _outer_calls(e: sp.Basic) -> set:
    """The calls with no value (:class:`Opaque`) of ``e`` that no other such call holds."""
    out: set = set()
    stack = [e]
    while stack:
        node = stack.pop()
        if isinstance(node, Opaque):
            out.add(node)
        elif isinstance(node, sp.Basic):
            stack.extend(node.args)
    return out


def congruent_calls(
    first: sp.Basic, second: sp.Basic, texts: Iterable[str] = ()
) -> tuple[list[tuple[sp.Basic, sp.Basic]], list[sp.Basic] | None] | None:
    """CASCADE62: ``first`` and ``second`` as one line up to the arguments of calls with no
    value (``Var_x[g]``, ``Cov(g, Y)``, ``E[g | Y]``, a density never written out), each call
    standing for one unknown number. Returns ``(pairs, lines)``: the pairs ``(g, h)`` of
    first arguments, and the two lines with each call written as a symbol (None when they
    are then equal as polynomials). The lines are equal when every pair is equal as
    functions of every variable and the two written lines are equal (congruence: an
    operator gives equal values at equal arguments). None when they are not of that form.

    Each call of one line is paired with the one call of the other line of the same
    operator and the same arguments after the first (subscript, conditioning, the second
    variable of a covariance): a call whose operator or later arguments differ is no pair.
    A call may stand under a sum, a product or an integral only over a variable it does
    not hold (its value is then the same at every term), and under no derivative or limit
    (the measure may depend on the variable unsaid: ``d/d\\mu E[X]`` is 1 for a mean
    ``\\mu``) unless the two lines are then the same tree. The first arguments must be
    expressions with no call of that kind in them (``Pr(X > 0)``: an event is not compared
    here), and no power where a row raises a bracket to a power (``Var(X)^2`` read as
    ``Var(X^2)``). Something differs: a pair, or the written lines."""
    if first is None or second is None:
        return None
    calls = [_outer_calls(first), _outer_calls(second)]
    if not calls[0] or not calls[1]:
        return None
    keyed: list[dict] = [{}, {}]
    for side, found in zip(keyed, calls, strict=True):
        for f in found:
            if not f.args:
                return None
            key = (f.func, f.args[1:])
            if key in side:
                return None  # two calls of one operator and measure: which pairs is unsaid
            side[key] = f
    if set(keyed[0]) != set(keyed[1]):
        return None
    names, held, pairs = {}, {}, []
    for k, key in enumerate(sorted(keyed[0], key=lambda t: sp.default_sort_key(keyed[0][t]))):
        a, b = keyed[0][key], keyed[1][key]
        m = sp.Dummy(f"c{k}")
        names[a] = names[b] = m
        held[m] = _free(a) | _free(b)
        if a != b:
            pairs.append((a.args[0], b.args[0]))
    if len(pairs) > _MAX_PAIRS:
        return None
    for g, h in pairs:
        for x in (g, h):
            if not isinstance(x, sp.Expr) or x.atoms(Opaque) or has_expectation(x):
                return None
            if _larger_than(x, _MAX_OPS):
                return None
    if any(isinstance(f.args[0], sp.Pow) for f in names) and any(
        _POWER_OF_BRACKET.search(t) for t in texts
    ):
        return None
    lines = [first.xreplace(names), second.xreplace(names)]
    if any(_larger_than(x, _MAX_OPS) or x.atoms(AppliedUndef) for x in lines):
        return None
    if lines[0] == lines[1]:
        return (pairs, None) if pairs else None
    if not all(_constant_where_running(x, held) for x in lines):
        return None
    same = _expanded_equal(lines)
    if same is None or (same and not pairs):
        return None
    return pairs, (None if same else lines)


#: Where a call's value may vary with a variable it does not write (CASCADE62).
_DIFFERENTIATING = (sp.Derivative, sp.Limit, sp.Subs)


def _constant_where_running(line: sp.Basic, held: dict) -> bool:
    """Does each call symbol of ``line`` (mapped to the letters its call holds, ``held``)
    stand under no derivative or limit, and under sums, products and integrals only over
    variables its call does not hold?"""
    for node in line.atoms(*_DIFFERENTIATING):
        if node.free_symbols & set(held) or any(node.has(m) for m in held):
            return False
    for node in line.atoms(sp.Sum, sp.Product, sp.Integral):
        bound = {lim[0] for lim in node.limits}
        for m, letters in held.items():
            if node.function.has(m) and (bound & letters or _labels(bound) & letters):
                return False
    return True


def _labels(symbols: set) -> set:
    """``symbols`` and, for an indexed element, its label (as ``_free`` gives them)."""
    return {getattr(s, "label", s) for s in symbols}
