"""Expectations compared by linearity: ``E[a g(X) + b] = a E[g(X)] + b``.

``E_p[X^2 / p^2] = E_p[X^2] / p^2`` needs nothing of the distribution: the
expectation is linear, and ``1/p^2`` is a number. The reader keeps ``E[...]`` as a
function with no value (:class:`._tosympy.Opaque`), so such rows - the bulk of a
Fisher-information derivation - were "unrelated". Here each expectation is
written as a sum of constants times the expectations of the powers and products
of the random variables it holds (``E[X^2]``, ``E[X]``, ``E[X Y]``), each of those a
symbol of its own. Two lines equal as such sums are equal for every distribution
that has those moments.

Only a proof: the moments are not independent numbers (``E[X^2] >= E[X]^2``, and the
post may have said ``E[X] = p``), so two lines that differ as sums are not shown
different. The builder therefore compares them with a step whose failure is no
refutation (``LinkPlan.disputed``).

The random variables are the capital letters (``X``, ``Y``, ``X_i``) inside the
brackets, and the variables a post declares in either case (``y_i \\sim N(\\mu,
\\sigma^2)``) with the statistics it defines from them (``\\bar y``, put in by their
values: see ._samples); a lower-case Latin letter that is no constant of the post
(``E[x^2]``, ``E[\\sum_i y_i]``) is one too, with moments of its own that no law gives
values (:func:`_unknown_letter`: a data value is a random variable with one value, so
an identity of moments holds for it as well). Every other symbol there must be a
parameter of the post, a size (an integer symbol) or a number, else the expectation is
left as it was. Sums inside are split by linearity and their indices named alike
(:func:`._samples.spread`), so rewritings of the inside give the same moments.
An expectation inside another (``E[(X - E[X])^2]``) is a number there, and ``Cov(g, h)``
is ``E[g h] - E[g] E[h]``.

Moments of a declared distribution
----------------------------------
A post that declares ``X \\sim \\mathrm{Poisson}(\\lambda)`` gives ``E[X]``, ``E[X^2]``
and every ``E[X^k]`` up to :data:`._moments.MAX_MOMENT` values: :data:`LAWS` holds the mean,
the variance and the raw moments (:mod:`._moments`) of each named distribution in each of
its common conventions (the exponential by rate or by scale,
the gamma by shape and rate or shape and scale, the geometric counting trials from 1
or failures from 0). :func:`declared_laws` reads the declarations of a post's rows;
a distribution with more than one convention gets values only when the post's own
density row says which one it uses (``f(x) = \\lambda e^{-\\lambda x}``: the rate; see
:func:`._parameter_space.identify`). A variable no row declares takes the law of the one
density the post writes in its letter ("The density function is $f(y) = \\frac{1}{\\theta}
e^{-y/\\theta}$", then ``E[\\sum_i y_i] = n\\theta``); the same table gives the moments
(:data:`_FAMILY_LAWS`: each family :mod:`._parameter_space` identifies whose moments
are finite at every value of its parameters - not the Pareto).
A variable whose density the post writes in a form no family matches (``f_X(t) =
\\lambda \\alpha t^{\\alpha - 1} e^{-\\lambda t^\\alpha}``) has for moments, and for
``E[h(X)]`` of any function of it, the integrals against that density
(:mod:`._written_density`, :func:`_integrated`): values only where sympy closes them, and
none from a conditional density (a parameter the post makes random, :func:`_written_laws`
too). A law the post declares only in a sentence ("a random sample from Poisson
($\\lambda$)", read by :mod:`._prose_laws`) is used as a row's declaration would be
(:func:`_said_laws`). A distribution whose conventions all name the same law at the
written arguments (``Exp(1)``, ``Gamma(\\alpha, 1)``) needs no density to choose one.
Functions of a positive variable (``E[\\log W]``, ``E[Y^2 \\log Y]``, ``E[1/X]``) get
the derivatives of the family's ``E[X^s]`` (:func:`._moments.log_moment`), only where
that moment is shown finite.
:func:`by_linearity` with ``laws`` puts the values in; a moment of a variable with no
such declaration keeps its symbol, and :func:`determined` says whether a line has none
left (only then may two lines that differ be called different).

Inside the brackets
-------------------
- derivatives are taken (``E[d^2/dp^2 log(p^X (1-p)^{1-X})]``: the row's own function
  of ``X`` and ``p``), up to order :data:`MAX_ORDER`;
- with a law declared, the lower-case letter of a declared variable (``y_i`` of ``Y_i``,
  ``x`` of ``X``) is that variable, unless both cases appear;
- ``\\Pr(X = k)``, ``P(X = k)``: the mass of a declared discrete law at a whole ``k``;
- ``\\mathbb{E}(a X + b)^2`` is read by the parser as the square of the mean, but may be
  meant as the mean of the square: a compound expectation under a power gets no value.
- a subscript of random letters alone (``E_{D,\\varepsilon}[g]``, ``E_X[X^2]``) names what is
  averaged (expect68, :func:`_own_letters`): read as ``E[g]`` when every random quantity in
  ``g`` is one of them (:func:`_of_letters`), else no value (a conditional mean); never
  a letter the post conditions a mean on (``E[X^2 | X]`` is the same expression), and
  compared only beside means that all name their letters (expect69,
  :func:`subscripted_throughout`);
- a derivative of a log of a function of the variables (``\\partial^2_\\theta \\log g(X)``)
  only when ``g``'s score has mean 0 under the declared law, as a density's has (see
  :func:`_centred_scores`: the reader's ``x^2/2\\theta^2`` is ``(x^2/2) \\theta^2``).

Products and powers of samples (``E[(\\sum_i y_i)^3]``, ``E[y_1^2 y_2]``) get values only
when the declaration states the samples independent (:func:`._samples.sample_moment`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from ._event_sums import is_order_event, order_probability
from ._iid_moments import iid_moment, independence_said, number_moment
from ._mgf import generating_value
from ._moments import (
    MAX_LOG,
    MAX_MOMENT,
    from_factorial,
    laplace,
    log_moment,
    mellin_lower,
    normal,
    raw_moment,
    shifted,
    uniform,
)
from ._notation import GREEK as _GREEK
from ._prose_laws import MOMENTS_ONLY
from ._samples import _larger_than, put_in, sample_moment, spread
from ._tosympy import Opaque, bar_of, evaluating
from ._unnamed_law import FAMILY as UNNAMED
from ._unnamed_law import moment_names, unnamed_laws

#: Terms an expanded expectation may have (a bound on what hostile rows can ask).
MAX_TERMS = 64


def has_expectation(e: sp.Basic) -> bool:
    """``e`` holds an expectation ``E[...]``, a variance ``Var(...)`` (one argument) or a
    covariance ``Cov(..., ...)``."""
    return any(_operator(f) is not None for f in e.atoms(AppliedUndef))


#: How the reader names a probability: ``\\Pr(X = k)``, ``P(X = k)``, ``\\mathbb{P}(X = k)``
#: (a function of an event, ``X = k``, is its probability whatever its name).
_PROBABILITY = frozenset({"\\mathrm{Pr}", "Pr", "\\Pr", "P", "\\mathbb{P}", "\\mathrm{P}"})


#: How a post names the mass or density of a variable at a value (``P(x_i)``,
#: ``p(x \\mid \\lambda)``, ``f(x; \\theta)``) when it never defines the function.
_DENSITY = _PROBABILITY | {"p", "f"}


def operator_atoms(e: sp.Basic) -> set:
    """The expectations, variances, covariances, probabilities and densities ``e`` holds
    (the calls :func:`has_expectation` looks for)."""
    return {f for f in e.atoms(AppliedUndef) if _operator(f) is not None}


def _operator(f: sp.Basic) -> str | None:
    name = str(f.func)
    if not isinstance(f, Opaque) and name not in _DENSITY:
        return None  # E and Var only as the reader's operators, not a post's own functions
    if name == "E" or (name == "Cov" and len(f.args) == 2):
        return name
    if name == "Var" and len(f.args) in (1, 2):
        # EXPECT11: Var_\theta(X) and Var(X | \theta) - the second argument names the law
        # (only a constant of the post: see _unconditional), never a second variable
        return name
    if name in _PROBABILITY and len(f.args) == 1 and isinstance(f.args[0], sp.Eq):
        return "Pr"
    if name in _PROBABILITY and len(f.args) == 1 and is_order_event(f.args[0]):
        return "Pr"  # SOUNDA: P(X <= 1), summed over the law's masses (._event_sums)
    if name in _DENSITY and type(f).__name__ == name and f.args and _a_value(f.args[0]):
        return "density"  # a plain undefined function: not a name the post gave a value
    return None


def _a_value(a: sp.Basic) -> bool:
    """``x`` or ``x_i``: a lower-case letter, the value a random variable takes."""
    label = a.base.label if isinstance(a, sp.Indexed) and len(a.indices) == 1 else a
    return (
        isinstance(label, sp.Symbol)
        and len(label.name) == 1
        and label.name.isascii()
        and label.name.islower()
    )


def law_parameters(laws: Mapping[sp.Basic, Law]) -> set:
    """The symbols the declared laws are written in (``\\lambda`` of
    ``X \\sim Poisson(\\lambda)``): constants of their expectations."""
    return {a for law in laws.values() for arg in law.args for a in arg.free_symbols}


def of_a_declared_law(
    e: sp.Basic, laws: Mapping[sp.Basic, Law] | None, declared: Container = ()
) -> bool:
    """Is an expectation in ``e`` taken of a variable the post declares random?

    Its value is then a claim about that variable's law (``\\mathbb{E}[U^2]`` of
    ``U \\sim U(a, b)``), not a premise of the post, whether or not the reader can work
    it out. ``declared``: letters declared anywhere in the post (``Context.declared``: a
    declaration in a sentence, or one the reader refused to read as a law, declares too).
    Letters are compared without case: ``y_i \\sim N(...)`` declares ``Y`` in ``E[Y^2]``.
    """
    names_declared = {
        str(getattr(v, "label", v)).upper()
        for v, law in (laws or {}).items()
        if law.family != UNNAMED  # EXPECT7: E[X_i] = mu of i.i.d. samples, no family
    }
    names_declared |= {str(x).upper() for x in declared}
    if not names_declared:
        return False
    return any(letters & names_declared for letters in _expectation_letters(e))


def _expectation_letters(e: sp.Basic) -> Iterator[set[str]]:
    """For each expectation (variance, covariance) in ``e``, the letters, upper case, of the
    variables it is taken of: ``\\bar X``, ``\\hat Y``, ``X_1`` (a name of its own) are
    written in X, Y, X."""
    for f in e.atoms(AppliedUndef):
        if _operator(f) is None or not f.args:
            continue
        inside = sp.Tuple(*f.args[: 2 if _operator(f) == "Cov" else 1])
        names = {s.name for s in inside.free_symbols if isinstance(s, sp.Symbol)}
        names |= {str(i.base.label) for i in inside.atoms(sp.Indexed)}
        yield {re.sub(r"^(?:bar|hat|tilde)_", "", n).split("_")[0].upper() for n in names}


def redeclared(e: sp.Basic, laws: Any) -> str:
    """laws67: the letter (upper case) of a variable an expectation in ``e`` is taken of
    that the post declares with two different laws in one scope (``Laws.redeclared``), so
    that it has none; "" when there is none."""
    twice = getattr(laws, "redeclared", frozenset())
    if not twice:
        return ""
    for letters in _expectation_letters(e):
        for letter in sorted(letters & twice):
            return letter
    return ""


def by_linearity(
    e: sp.Basic,
    constants: Container,
    laws: Mapping[sp.Basic, Law] | None = None,
    *,
    squares_of_means: bool = False,
    kept: frozenset = frozenset(),
    own_subscripts: bool = False,
    conditioning: Container = frozenset(),
) -> sp.Basic | None:
    """``e`` with every ``E[...]`` written as a sum of constants times moments (symbols
    named ``E[X**2]``), and ``Var(g)`` as ``E[g^2] - E[g]^2``; None when an expectation is
    not of that form.

    ``laws`` (from :func:`declared_laws`): the moments ``E[X]``, ``E[X^2]`` of a
    variable with a declared law are its values, not symbols; so are ``E[X_i]`` of
    declared samples, summed over ``i`` (``E[\\sum_i X_i] = n E[X]``), and the mean of
    their sample mean ``\\bar X``.

    ``squares_of_means``: a power of an expectation is the power of its value, as written
    (EXPECT17: the text puts every such power on a bracket around the expectation, see
    :func:`._mean_of_square.bracketed_powers`); else a power of ``E(a X + b)`` is ambiguous.

    ``kept``: calls read as numbers (:func:`_fixed_calls`), left as they are.
    ``own_subscripts``: read a subscript that names the letters averaged over
    (:func:`_own_letters`); False (the default) gives the reading before expect68.
    ``conditioning``: names of letters the post conditions a mean on (expect69): a
    subscript holding one is no list of letters averaged over.
    """
    scalars = getattr(laws, "scalars", {})
    e = e.xreplace(scalars) if scalars else e
    found = [f for f in e.atoms(AppliedUndef) if _operator(f) is not None]
    if not found:
        return None
    if not squares_of_means and _ambiguous_power(e, getattr(laws, "statistics", {})):
        return None
    if any(not isinstance(v, sp.Symbol) for s in e.atoms(sp.Sum) for v in s.variables):
        return None  # an index a name's value was put in for (i of i(theta)): no sum to spread
    laws = laws if laws is not None else {}  # EXPECT7: no law, but statistics
    if laws:  # the parameters of a declared law are constants of its expectations
        named = law_parameters(laws)
        constants = _Both(constants, named)
    subscripts = {
        f: _own_letters(f, constants, laws, conditioning)
        for f in found
        if own_subscripts
        and _operator(f) in ("E", "Var")
        and f.args
        and not _unconditional(f, laws, constants)
    }
    means = [f for f in found if _operator(f) in ("E", "Var", "Cov")]
    if means and all(subscripts.get(f) for f in means) and not laws:
        kept = kept | _fixed_calls(found, constants, subscripts.values())
    out = {}
    bound = {v for s in e.atoms(sp.Integral, sp.Sum, sp.Product) for v in s.variables}
    for f in found:
        if number_moment(f, _operator(f)) is not None:  # EXPECT9: E_x[1] = 1, Var(5) = 0
            out[f] = number_moment(f, _operator(f))
            continue
        if not f.args:
            return None
        own = subscripts.get(f, frozenset())  # expect68: E_{D,\varepsilon}[...]
        if _operator(f) != "Cov" and not own and not _unconditional(f, laws, constants):
            return None
        if f in kept:
            continue  # f(x) at the fixed x beside E_D[...]: a number (._fixed_calls)
        if _operator(f) == "density":
            if _label(f.args[0]) in bound:
                return None  # p(x) under \\int ... dx: a function, maybe the post's own
            out[f] = _density_at(f, laws)
            if out[f] is None:
                return None
            continue
        inside = [
            _inside(a, constants, laws, squares_of_means, kept, own_subscripts, conditioning)
            for a in f.args[: 2 if _operator(f) == "Cov" else 1]
        ]
        if any(g is None for g in inside):
            return None
        if own and not _of_letters(inside[0], own, constants, laws):
            return None  # E_D[\hat f_D \varepsilon]: a mean given what it does not average
        g = inside[0]
        if _operator(f) == "Pr":
            value = _probability(g, laws)
        elif _operator(f) in ("Var", "Cov"):
            h = inside[-1]  # Var(g) = Cov(g, g) = E[g h] - E[g] E[h]
            product = g**2 if _operator(f) == "Var" else g * h
            both, mean, other = (_linear(x, constants, laws) for x in (product, g, h))
            value = None if None in (both, mean, other) else both - mean * other
        else:
            value = _linear(g, constants, laws)
        if value is None:
            return None
        out[f] = value
    named = getattr(laws, "moment_names", {})  # EXPECT7: mu_X of E[X_i] = mu_X, as E[X]
    return _with_values(e.xreplace(out), laws).xreplace(named)


def _inside(
    g: sp.Basic,
    constants: Container,
    laws: Mapping[sp.Basic, Law],
    squares: bool = False,
    kept: frozenset = frozenset(),
    own_subscripts: bool = False,
    conditioning: Container = frozenset(),
) -> sp.Basic | None:
    """The argument ``g`` of an expectation as its moments are taken of: declared letters
    as their variables, statistics put in, an expectation inside it (``E[(X - E[X])^2]``)
    by its own value - a number, a constant of the outer one. None when unreadable."""
    if has_expectation(g):
        g = by_linearity(
            g,
            constants,
            laws,
            squares_of_means=squares,
            kept=kept,
            own_subscripts=own_subscripts,
            conditioning=conditioning,
        )
        if g is None:
            return None
    g = _capitals(g, laws, constants)
    if g is None:
        return None
    g = put_in(g, getattr(laws, "statistics", {}))  # \bar y: its definition
    return _roots_squared(g)


def _with_values(written: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic:
    """``written`` with each moment symbol the laws give a value replaced by it."""
    values = {}
    for m in _symbols(written):
        law_value = _moment_value(m, laws)
        if law_value is not None:
            values[m] = law_value
    return written.xreplace(values) if values else written


def _roots_squared(g: sp.Basic) -> sp.Basic:
    """``g`` with each even power of a square root written as a power of its radicand
    (``(\\sqrt{V})^2 = V`` for every complex ``V``): the resolver gives ``S`` the root of
    the value a row gives ``S^2``, so ``E[S^2]`` reaches here as ``E[(\\sqrt{V})^2]``."""

    def even_power_of_root(e: sp.Basic) -> bool:
        return (
            isinstance(e, sp.Pow)
            and isinstance(e.base, sp.Pow)
            and e.base.exp == sp.S.Half
            and e.exp.is_Integer
            and int(e.exp) > 0
            and int(e.exp) % 2 == 0
        )

    def radicand(e: sp.Basic) -> sp.Basic:
        k = int(e.exp) // 2
        return e.base.base if k == 1 else sp.Pow(e.base.base, k)

    return g.replace(even_power_of_root, radicand)


def _unconditional(f: sp.Basic, laws: Mapping[sp.Basic, Law], constants: Container) -> bool:
    """``E[X; \\lambda]`` names the law's parameter after its argument; ``E[X_1 | \\bar X]``
    and ``E[X_1 | T]`` (the reader reads ``|`` and ``;`` alike) condition on a random
    quantity, whose value the moments table does not give. Only the first is read: every
    argument after the first must be a constant (a parameter), holding no random variable."""
    means = _sample_means(laws)
    # a letter after the argument that no declared law is written in names another measure
    # (``\mathbb{E}_{z \sim q}[z]``, ``\mathbb{E}_q[z]``), under which z's law says nothing
    named = law_parameters(laws) if laws else None
    own = {str(getattr(v, "label", v)).lower() for v in laws} if laws else set()
    for extra in f.args[1:]:
        for a in extra.atoms(sp.Symbol, sp.Indexed):
            if _random(a) or (isinstance(a, sp.Symbol) and a.name in means):
                return False
            if isinstance(a, sp.Symbol) and a not in constants:
                return False
        if named is not None and any(
            a not in named and a.name.lower() not in own for a in extra.atoms(sp.Symbol)
        ):
            return False  # (a density of the variable's value, E_{p(x)}[X], is its own law's)
    return True


def _own_letters(
    f: sp.Basic,
    constants: Container,
    laws: Mapping[sp.Basic, Law],
    conditioning: Container = frozenset(),
) -> frozenset:
    """expect68: ``E_{D,\\varepsilon}[g]``, ``\\mathbb{E}_X[X^2]``, ``Var_D(\\hat f_D)``: the
    subscript (the arguments after the first) names the random variables the mean is taken
    over - letters alone, each one :func:`_is_random` reads as random and none a constant of
    the post. Their set, or an empty one when the subscript is anything else (a measure
    ``z \\sim q``, a bar, a parameter beside a variable). Whether the argument is a function
    of them alone is :func:`_of_letters`'s question.

    expect69: ``E[X^2 | X]`` is read as ``E(X**2, X)`` too, the same expression: a letter
    of ``conditioning`` (one the post writes a mean conditioned on) is no such subscript."""
    own = set()
    for extra in f.args[1:]:
        if not isinstance(extra, (sp.Symbol, sp.Indexed)) or extra in constants:
            return frozenset()
        if str(_label(extra)) in conditioning:
            return frozenset()
        if not _is_random(extra, constants, laws):
            return frozenset()
        own.add(extra)
    return frozenset(own)


def subscripted_throughout(
    e: sp.Basic,
    constants: Container,
    laws: Mapping[sp.Basic, Law] | None,
    conditioning: Container = frozenset(),
) -> bool:
    """expect69: does every mean, variance and covariance of ``e`` (but a number's,
    ``E_x[1]``) name the letters it averages over (:func:`_own_letters`)? A link compared by
    that reading must hold no plain ``E[g]``: which letters a plain mean averages over is
    another reading (``\\mathrm{Var}[x - \\mu]`` below ``\\mathrm{Var}_x[x - \\mu]`` was
    proved, test_post_cascade62_congruence)."""
    laws = laws if laws is not None else {}
    scalars = getattr(laws, "scalars", {})
    e = e.xreplace(scalars) if scalars else e
    if laws:
        constants = _Both(constants, law_parameters(laws))
    for f in e.atoms(AppliedUndef):
        op = _operator(f)
        if op not in ("E", "Var", "Cov") or number_moment(f, op) is not None:
            continue
        if op == "Cov" or not _own_letters(f, constants, laws, conditioning):
            return False
    return True


def _of_letters(
    g: sp.Basic, own: frozenset, constants: Container, laws: Mapping[sp.Basic, Law]
) -> bool:
    """Is every random quantity in ``g`` one of the letters ``own`` a subscript names: the
    letter itself, an element of it (``X_i`` of ``X``), or a fitted quantity that carries it
    as its own subscript (``\\hat f_D`` of ``D``)? Then ``E_{own}[g]``, the mean over their
    joint law, is the mean over the joint law of everything (a marginal's mean), and reads
    as the unsubscripted ``E[g]``. Otherwise the mean is taken given the rest (``E_D[\\hat
    f_D \\varepsilon]`` is a function of the noise): no value, never the same moment as
    the mean of ``g`` under another subscript."""
    names = {s.name for s in own if isinstance(s, sp.Symbol)}
    for a in g.atoms(sp.Symbol, sp.Indexed):
        if not _is_random(a, constants, laws) or a in own:
            continue
        if isinstance(a, sp.Indexed) and a.base.label in own:
            continue
        parts = a.name.split("_") if isinstance(a, sp.Symbol) else []
        if len(parts) > 2 and _ACCENTED.fullmatch(a.name) and parts[-1] in names:
            continue
        return False
    return True


def _fixed_calls(
    found: Iterable[sp.Basic], constants: Container, subscripts: Iterable
) -> frozenset:
    """expect68: ``f(x)`` beside ``\\mathbb{E}_D[(f(x) - \\hat f_D(x))^2]``, with no law
    declared: a call the reader would take for a density at ``x`` (:data:`_DENSITY`), whose
    arguments are constants of the post, none of them a letter the subscripts average over
    (nor its value letter: ``x`` of ``E_X[\\log p(x)]`` is ``X``'s value, random there). The
    subscripts say what is averaged, so such a call is a number wherever it stands - inside
    those means too. Only for lines whose every expectation names its own letters (the
    caller): elsewhere a density at a letter may be at the variable's value."""
    averaged = {str(_label(a)).lower() for letters in subscripts for a in letters}
    fixed = set()
    for f in found:
        if _operator(f) != "density":
            continue
        letters = f.atoms(sp.Symbol, sp.Indexed)
        if f.atoms(AppliedUndef) != {f} or not letters:
            continue
        if any(a not in constants or str(_label(a)).lower() in averaged for a in letters):
            continue
        fixed.add(f)
    return frozenset(fixed)


def _is_random(a: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Law]) -> bool:
    """``a`` is a random variable inside an expectation (as :func:`_linear` reads it): a
    capital letter, a declared variable, a lower-case letter that is no constant, an
    estimator, or the sample mean of declared samples."""
    if _random(a) or _declared(a, laws) or _unknown_letter(a, constants):
        return True
    if _estimator(a, constants):
        return True
    return isinstance(a, sp.Symbol) and a.name in _sample_means(laws)


def _ambiguous_power(e: sp.Basic, stats: Mapping[sp.Basic, sp.Basic]) -> bool:
    """``E(a X + b)^2``: the reader takes the square of the expectation, but authors write
    ``\\mathbb{E}(...)^2`` for the expectation of the square too. Only the power of the mean
    of a variable alone (``E[X]^2``) is read as written, or of a statistic the post named
    (``E(\\bar y)^2``, which reaches here with ``\\bar y``'s value put in)."""
    named: set | None = None
    for pw in e.atoms(sp.Pow):
        base = pw.base
        if isinstance(base, Opaque) and _operator(base) == "E" and base.args:
            arg = base.args[0]
            if isinstance(arg, (sp.Symbol, sp.Indexed)):
                continue
            if named is None:  # compared as written out: the resolver rebuilt them
                named = {spread(v) for v in stats.values()} - {None}
            if not named or spread(arg) not in named:
                return True
    return False


class _Both:
    """Membership in either of two containers."""

    def __init__(self, first: Container, second: Container) -> None:
        self.first, self.second = first, second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def determined(e: sp.Basic) -> bool:
    """No moment of ``e`` (written by :func:`by_linearity`) is left without a value."""
    return not any(s.name.startswith("E[") for s in _symbols(e))


def _symbols(e: sp.Basic) -> set[sp.Symbol]:
    return {s for s in e.free_symbols if isinstance(s, sp.Symbol)}


def _random(s: sp.Basic) -> bool:
    if isinstance(s, sp.Indexed):
        s = s.base.label
    return isinstance(s, sp.Symbol) and len(s.name) == 1 and s.name.isupper()


def _sample_means(laws: Mapping[sp.Basic, Law]) -> set[str]:
    """``bar_X`` for the declared samples ``X_i``: the names of their sample means."""
    return {f"bar_{v}" for v in laws if isinstance(v, sp.IndexedBase)}


def _linear(
    arg: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Law] | None = None
) -> sp.Basic | None:
    laws = laws if laws is not None else {}  # an empty Laws keeps its fixed parameters

    def random(a: sp.Basic) -> bool:  # EXPECT6: \hat\Theta, \tilde\theta, \bar Y too
        return _is_random(a, constants, laws)

    written_random = any(random(a) for a in arg.atoms(sp.Symbol, sp.Indexed))
    if laws and not _centred_scores(arg, constants, laws, random):
        return None
    arg = _derivatives_taken(arg)
    if arg is None:
        return None
    atoms = arg.atoms(sp.Symbol, sp.Indexed)
    indexed_labels = {a.base.label for a in atoms if isinstance(a, sp.Indexed)}
    variables = {a for a in atoms if random(a)}
    # E[c] = c only for what a derivative left of a function of the random variables
    # (d^2/dmu^2 of -(X - mu)^2/(2 sigma^2)): a symbol written alone in E[...] may itself
    # be random (a parameter under its posterior), so it is not taken for a constant.
    if not written_random:
        return _law_constant(arg, laws)  # EXPECT17: E[-n/lambda^2] under X ~ Exp(lambda)
    if any(isinstance(a, sp.Indexed) and not random(a) for a in atoms):
        return None
    if any(random(a) for s in arg.atoms(sp.Sum) for a in _limit_atoms(s)):
        return None  # a sum of a random number of terms: n E[X] needs more (Wald)
    for s in atoms:
        if s in variables or s in indexed_labels or s in constants or s.is_integer:
            continue
        if _moment(s):
            continue  # E[X] inside E[(X - E[X])^2]: a number
        return None
    if not variables:
        with evaluating(True):
            return sp.expand(arg)
    # sums split, constants out of them, one index name (see ._samples): rewritings of
    # the inside that are identities give the same moments
    indices = {law.index for law in laws.values() if getattr(law, "index", None) is not None}
    index = next(iter(indices)) if len(indices) == 1 else None
    spread_out = arg
    if arg.has(sp.Sum):
        spread_out = spread(arg, index) if index is not None else spread(arg)
    if spread_out is None:
        return None
    arg = spread_out
    variables = {a for a in arg.atoms(sp.Symbol, sp.Indexed) if random(a)}
    with evaluating(True):
        expanded = sp.expand(arg)
        terms = sp.Add.make_args(expanded)
        if len(terms) > MAX_TERMS:
            return None
        total = sp.S.Zero
        for t in terms:
            coeff, part = t.as_independent(*variables, as_Add=False)
            if part == 1:
                total += coeff
                continue
            summed = _iid_sum(part, constants, laws) if laws else None
            if summed is None and laws:
                summed = _sample_value(part, laws)
            if summed is None and laws:
                summed = sample_moment(part, _identical(laws), lambda b: laws[b].independent)
            if summed is None and laws:  # EXPECT9: E[X_1 sum_k X_k], E[sum X_k sum X_k^2]
                summed = iid_moment(part, _identical(laws), lambda b: laws[b].independent)
            if summed is None and laws:
                summed = _log_power_value(part, laws)
            if summed is None and laws:
                summed = _integrated(part, laws, variables)
            if summed is None and laws:  # EXPECT5: E[e^{tX}], E[z^X] (entire MGFs only)
                summed = generating_value(part, laws, variables)
            if summed is not None:
                total += coeff * summed
                continue
            # E[X^2], E[X Y], E[log X]: each random part a moment of its own
            total += coeff * sp.Symbol(f"E[{sp.sstr(part)}]", real=True)
    return total


def _law_constant(arg: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic | None:
    """``arg`` itself when it is a number of the declared laws' expectations (EXPECT17):
    written only in their parameters the post never makes random (``Laws.fixed``), whole
    sizes (``n``) and numbers - no variable, no function the post names, nothing indexed,
    summed or integrated. None otherwise: ``E[1/\\lambda^2]`` where ``\\lambda`` has a
    prior is not ``1/\\lambda^2``."""
    fixed = getattr(laws, "fixed", frozenset())
    if not fixed or arg.atoms(sp.Indexed, AppliedUndef, sp.Derivative, sp.Integral, sp.Sum):
        return None
    declared = getattr(laws, "declared", frozenset())
    for s in arg.free_symbols:
        if s in laws or str(s) in declared or _random(s):
            return None  # N of N ~ Poisson(mu), a count that is random itself
        if s in fixed or (isinstance(s, sp.Symbol) and s.is_integer):
            continue
        return None
    with evaluating(True):
        return sp.expand(arg)


def _moment(s: sp.Basic) -> bool:
    """A moment symbol :func:`by_linearity` wrote (``E[X]``): a number."""
    return isinstance(s, sp.Symbol) and s.name.startswith("E[")


#: A Greek letter as the reader names it, with a short subscript (``epsilon_i``, ``xi_1``).
_GREEK_NAME = re.compile(r"([a-z]{2,10})(?:_[A-Za-z0-9]{1,3})?")


def _unknown_letter(a: sp.Basic, constants: Container) -> bool:
    """A lower-case Latin letter inside ``E[...]`` that is no constant of the post (``x`` of
    ``E[x^2]``, the samples ``x_i``), or a lower-case Greek one (``\\epsilon_i``, ``\\xi``:
    EXPECT11, noise no law has for parameter), taken as a random variable with moments of
    its own. A parameter of a declared law is a constant (``\\lambda`` of ``E[\\lambda X]``).

    Sound for the comparison by linearity whatever the letter is: a data value or a
    constant is a random variable with one value, so two lines equal as sums of moments
    are equal for it too; its moments keep their symbols (no law gives them values), so a
    difference is never called a refutation (:func:`determined`)."""
    if isinstance(a, sp.Indexed):
        a = a.base.label
    if not isinstance(a, sp.Symbol) or a.is_integer is True or a in constants:
        return False
    greek = _GREEK_NAME.fullmatch(a.name)
    if greek is not None and greek[1] in _GREEK and greek[1].islower() and greek[1] != "pi":
        return True
    return len(a.name) == 1 and a.name.isascii() and a.name.islower()


#: An accented letter, Latin or Greek, as the reader names it (``hat_Theta``,
#: ``tilde_theta``, ``bar_Y``), with a short subscript (``hat_theta_0``).
_ACCENTED = re.compile(
    r"(?:(?:hat|tilde|bar|check)_)+(?:[A-Za-z]|(?P<greek>[A-Za-z]{2,10}))(?:2(?<=sigma2))?"
    r"(?:_[A-Za-z0-9]{1,3})?"
)


def _estimator(a: sp.Basic, constants: Container) -> bool:
    """An accented letter inside ``E[...]`` that is no constant of the post (EXPECT6):
    ``\\hat\\Theta``, ``\\tilde\\theta``, ``\\bar Y``, ``\\bar X_n`` (read as an element of
    ``bar_X``) - an estimator, a random variable with moments of its own.

    Sound for the comparison by linearity whatever it stands for, as
    :func:`_unknown_letter`: a statistic the post defines reaches here with its value put
    in, and a quantity that is constant after all is a random variable with one value (an
    identity of moments holds for it too); its moments keep their symbols, so a difference
    is never called a refutation. A plain Greek letter that is no parameter is read by
    :func:`_unknown_letter`."""
    if isinstance(a, sp.Indexed):
        a = a.base.label
    if not isinstance(a, sp.Symbol) or a in constants or a.is_integer is True:
        return False
    m = _ACCENTED.fullmatch(a.name)
    if m is None:
        return False
    return m["greek"] is None or m["greek"] in _GREEK


def estimators_inside(e: sp.Basic, constants: Container) -> list[str]:
    """The names of the estimators (:func:`_estimator`) ``e`` takes expectations of
    (EXPECT6): ``E[\\hat\\lambda] = n\\lambda/(n - 1)`` states a moment of a statistic, a
    result the reader cannot work out, not a moment of the model to take as given. Also
    (lead18) the sums and products of several variables it takes moments of
    (``\\mathrm{Var}(\\sum_i X_i)``): a moment of one variable, or of a power of one, is
    the model's; of a sum or a product over a sample it is a statistic's. The variance
    symbol's estimate (``\\hat\\sigma^2``) is an estimator as a Greek letter's is."""
    inside: set = set()
    for f in e.atoms(AppliedUndef):
        if _operator(f) in ("E", "Var", "Cov"):
            for x in f.args:
                found = x.atoms(sp.Symbol, sp.Indexed)
                inside |= {_label(a) for a in found if _estimator(a, constants)}
                inside |= {_shown(s) for s in x.atoms(sp.Sum, sp.Product) if _over_a_sample(s)}
    return sorted(str(a) for a in inside)


def _shown(s: sp.Basic) -> str:
    """``the sum over i of X[i]`` for ``Sum(X[i], (i, 1, n))``."""
    kind = "sum" if isinstance(s, sp.Sum) else "product"
    return f"the {kind} over {s.limits[0][0]} of {s.function}"


def _over_a_sample(s: sp.Basic) -> bool:
    """Does the sum or product ``s`` run over elements of a sample (``\\sum_i X_i``)?"""
    (index, *_), *_ = s.limits
    return any(index in a.indices for a in s.function.atoms(sp.Indexed))


def _limit_atoms(s: sp.Sum) -> set:
    return {a for _, lo, hi in s.limits for a in (lo + hi).atoms(sp.Symbol, sp.Indexed)}


#: Highest order of a derivative taken inside an expectation (a bound on hostile rows).
MAX_ORDER = 4


def _derivatives_taken(arg: sp.Basic) -> sp.Basic | None:
    """``arg`` with its derivatives worked out: ``E[d/dp log(p^X (1-p)^{1-X})]`` is
    ``E[X/p - (1-X)/(1-p)]`` (the derivative is of the function of ``X`` and ``p`` that the
    row writes, whatever the law of ``X``). None when an order is not a small whole number."""
    found = arg.atoms(sp.Derivative)
    if not found:
        return arg
    for d in found:
        orders = [c for _, c in d.variable_count]
        # plain ints: rows are built with sympy's evaluation off, where 0 + 2 stays a sum
        if not all(c.is_Integer for c in orders) or sum(int(c) for c in orders) > MAX_ORDER:
            return None
    with evaluating(True):
        return arg.replace(lambda e: isinstance(e, sp.Derivative), _taken)


def _centred_scores(
    arg: sp.Basic,
    constants: Container,
    laws: Mapping[sp.Basic, Law],
    random: Callable[[sp.Basic], bool],
) -> bool:
    """Is every log a derivative inside ``arg`` is taken of (``\\partial^2_\\theta \\log
    g(x)``) a log density of its variables, as far as their laws tell? The score of a
    density has mean 0 (``E[\\partial_\\theta \\log f(X; \\theta)] = 0``, ``\\theta`` a
    parameter of ``X``'s law). A ``g`` whose score has another mean is not the density
    the row means - ``e^{-x^2/2\\theta^2}`` is read ``e^{-(x^2/2)\\theta^2}``, ``\\log
    p^X (1-p)^{1-X}`` as ``(\\log p^X) (1-p)^{1-X}`` - so the expectation gets no value
    rather than the value of a function the author did not write. A score whose mean the
    laws do not give leaves the question open (True: its moments keep their symbols)."""
    named = law_parameters(laws)
    for d in arg.atoms(sp.Derivative):
        logs = [
            g
            for g in d.expr.atoms(sp.log)
            if any(random(a) for a in g.atoms(sp.Symbol, sp.Indexed))
        ]
        if not logs:
            continue
        for v in {v for v in d.variables if v in named}:
            score = _derivatives_taken(sp.Derivative(d.expr, v))
            mean = _linear(score, constants, laws) if score is not None else None
            if mean is None:
                continue
            with evaluating(True):  # cheap: a zero not shown leaves the value out
                mean = sp.expand(sp.numer(sp.together(_with_values(mean, laws))))
            if determined(mean) and mean != 0:
                return False
    return True


def _taken(d: sp.Derivative) -> sp.Basic:
    """``d`` worked out; the derivative of a log is taken of its expanded form:
    ``log(ab) - log a - log b`` is a multiple of ``2 pi i`` that is constant where it is
    continuous, so both have the same derivative, and ``d/dp log(p^X (1-p)^{1-X})`` comes
    out as ``X/p - (1-X)/(1-p)``, not a quotient of powers sympy does not cancel."""
    expr = d.expr
    if isinstance(expr, sp.log):
        expr = sp.expand_log(expr, force=True)
    return sp.Derivative(expr, *d.variable_count).doit(deep=False)


def _capitals(g: sp.Basic, laws: Mapping[sp.Basic, Law], constants: Container) -> sp.Basic | None:
    """``g`` with the lower-case letters of declared variables written as those variables:
    inside ``E[...]``, ``y_i`` of declared ``Y_i`` (or ``x`` of a declared ``X``) is the random
    variable, the usual convention of a value and its variable. Unchanged without laws;
    None when a letter appears in both cases (which one is random is not guessed).

    A constant of the post stays itself, unless the post writes a density at it
    (``Laws.value_letters``): ``x`` of ``p(x)`` is a parameter of the post (an argument of a
    function), but in ``h(X) = -E[\\ln p(x)]`` it is the value of ``X``."""
    if not laws:
        return g
    values = getattr(laws, "value_letters", frozenset()) - {str(c) for c in law_parameters(laws)}
    swap: dict[sp.Basic, sp.Basic] = {}
    # free letters only: the x of a sum over the values (sum_x g(x) f(x)) is bound
    labels = {a.base.label for a in g.atoms(sp.Indexed)}  # x of x_1 is no letter of its own
    letters = {a for a in g.free_symbols if isinstance(a, sp.Symbol)} - labels
    for a in letters | g.atoms(sp.Indexed):
        if isinstance(a, sp.Indexed):
            label = a.base.label
            if not (isinstance(label, sp.Symbol) and len(label.name) == 1 and label.name.islower()):
                continue
            if _declared(a, laws):
                continue  # x_1 of samples whose density is written in x: declared as it is
            big = next(
                (v for v in laws if isinstance(v, sp.IndexedBase) and str(v) == label.name.upper()),
                None,
            )
            if big is None:  # x_i, the observations of a declared X: the samples X_i
                big = next(
                    (
                        sp.IndexedBase(v)
                        for v in laws
                        if isinstance(v, sp.Symbol) and v.name == label.name.upper()
                    ),
                    None,
                )
            if big is not None:
                swap[a] = big[a.indices]
        elif (
            len(a.name) == 1
            and a.name.islower()
            and (a not in constants or a.name in values)
            and a not in laws
        ):
            big = next(
                (v for v in laws if isinstance(v, sp.Symbol) and v.name == a.name.upper()), None
            )
            if big is not None:
                swap[a] = big
    if not swap:
        return g
    capitals = {str(_label(v)) for v in swap.values()}
    mine = {
        str(a.base.label) if isinstance(a, sp.Indexed) else a.name
        for a in g.atoms(sp.Symbol, sp.Indexed)
    }
    if mine & capitals:
        return None  # X and x both inside: not guessed which is the variable
    return g.xreplace(swap)


def _probability(event: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic | None:
    """``Pr(X = k)`` for a declared discrete ``X`` (or one of declared samples ``X_i``) and
    a whole number ``k``: the law's mass at ``k``; None otherwise."""
    if not isinstance(event, sp.Eq):
        return order_probability(event, laws, _probability)  # SOUNDA (._event_sums)
    var, k = event.lhs, event.rhs
    at = None
    if isinstance(var, sp.Indexed) and len(var.indices) == 1:
        var, at = var.base, var.indices[0]
    law = laws.get(var)
    if law is None or law.pmf is None or not isinstance(k, sp.Integer):
        return None
    if at is not None:
        law = law.of(at)  # Pr(Y_2 = 0) of Y_i ~ Poisson(lambda t_i): at t_2
        if law is None:
            return None
    if k < 0:
        return sp.S.Zero
    if k > MAX_VALUE:
        return None
    with evaluating(True):
        return law.pmf(k, *law.args)


def _density_at(f: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic | None:
    """``P(x_i)``, ``p(x_i \\mid \\lambda)`` of the value ``x_i`` of declared samples ``X_i``
    (or ``x`` of ``X``): the declared law's mass or density there, the formula
    :mod:`._parameter_space` holds for its family. None when the value's variable has no
    law with such a formula, when the function is conditioned on more than the law's
    parameters (``P(x_i \\mid z_i)``: another law), or when the post declares a parameter
    random (``\\lambda \\sim \\mathrm{Gamma}``: ``p(x_i)`` may be the marginal)."""
    from ._parameter_space import FAMILIES

    if len(f.args) > 1 and bar_of(f) != 1:
        # p(x, lambda) without a bar (or p(x, y | lambda)): a joint density of its arguments,
        # not the law of x given lambda
        return None
    value, *given = f.args
    law = _law_of_value(value, laws)
    family = next((fam for fam in FAMILIES if law is not None and fam.name == law.family), None)
    if family is None:
        return None
    parameters = law_parameters({value: law})
    if any(not g.free_symbols <= parameters for g in given):
        return None
    random = {str(_label(v)) for v in laws} | set(getattr(laws, "declared", ()))
    if any(str(p) in random for p in parameters):
        return None
    with evaluating(True):
        return family.density(value, *law.args)


def _law_of_value(value: sp.Basic, laws: Mapping[sp.Basic, Law]) -> Law | None:
    """The law of the variable whose value ``value`` is: ``x`` of ``X`` (or of ``x`` itself
    declared); ``x_1`` of a numbered ``X_1``, else of the samples ``X_i`` at ``1``, else of
    the letter ``X``. Letters are compared without case; two laws for one letter give none."""
    if isinstance(value, sp.Symbol):
        tiers = [[w for v, w in laws.items() if isinstance(v, sp.Symbol) and _same(v, value)]]
    else:
        label, (index,) = value.base.label, value.indices
        tiers = [
            [w for v, w in laws.items() if isinstance(v, sp.Indexed) and _same(v, value)],
            [
                w.of(index)
                for v, w in laws.items()
                if isinstance(v, sp.IndexedBase) and _same(v, label)
            ],
            [w for v, w in laws.items() if isinstance(v, sp.Symbol) and _same(v, label)],
        ]
    for found in tiers:
        if found:
            return found[0] if len(set(found)) == 1 else None
    return None


def _same(variable: sp.Basic, value: sp.Basic) -> bool:
    """``X_1`` and ``x_1``, ``X`` and ``x``: one letter in either case."""
    return str(variable).lower() == str(value)


#: Largest value ``k`` whose probability ``Pr(X = k)`` is written out (``k!`` is computed).
MAX_VALUE = 100


def _iid_sum(part: sp.Basic, constants: Container, laws: Mapping[sp.Basic, Law]) -> Any:
    """``E[\\sum_{i=a}^b g(X_i)]`` for declared samples ``X_i``: ``\\sum_i E[g(X_i)]``, each
    term the law's value; None unless ``part`` is such a sum with every moment known."""
    if not isinstance(part, sp.Sum) or len(part.limits) != 1:
        return None
    (i, lo, hi) = part.limits[0]
    body = part.function
    samples = {a for a in body.atoms(sp.Indexed) if _random(a) or _declared(a, laws)}
    if not samples or any(a.indices != (i,) or a.base not in laws for a in samples):
        return None
    if any(laws[a.base].named_at_index() for a in samples):
        return None  # t_i, one name, does not run with the sum's index: no value over it
    inner = _linear(body, constants, laws)
    if inner is None:
        return None
    values = {m: _moment_value(m, laws) for m in _symbols(inner) if m.name.startswith("E[")}
    if any(v is None for v in values.values()):
        return None
    value = inner.xreplace(values)
    if value.has(i):  # E[sum_i X_i] with X_i ~ Poisson(lambda t_i): sum_i lambda t_i
        return sp.Sum(value, (i, lo, hi))
    return value * (hi - lo + 1)


def _sample_value(part: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic | None:
    """``E[X_j]``, ``E[X_j^2]`` of declared samples, their law written at ``j``."""
    base, power = (part.base, part.exp) if isinstance(part, sp.Pow) else (part, 1)
    if not isinstance(base, sp.Indexed) or len(base.indices) != 1 or not _whole(power):
        return None
    law = laws.get(base.base)
    if law is None or law.index is None:
        return None
    at = law.of(base.indices[0])
    return None if at is None else at.moment(int(power))


def _log_power_value(part: sp.Basic, laws: Mapping[sp.Basic, Law]) -> sp.Basic | None:
    """``E[X^s (\\log X)^m]`` of one declared variable (``E[\\log W]``, ``E[Y^2 \\log Y]``,
    ``E[1/X]``, ``E[\\sqrt{X_i}]``): the law's value from its ``E[X^s]``
    (:func:`._moments.log_moment`), for a ``part`` that is a product of powers of the
    variable and of its log, a constant exponent ``s``. None for anything else, and for a
    whole power without a log (the raw moments' table answers those)."""
    read = _power_of_log(part, laws)
    if read is None:
        return None
    law, s, m = read
    return log_moment(law, s, m, getattr(laws, "lower_bounds", {}))


def unshown_bound(e: sp.Basic, laws: Mapping[sp.Basic, Law] | None) -> str | None:
    """moments66: ``"alpha > 1"`` when an expectation in ``e`` is a power of a declared
    variable (``E[1/X]``) whose law has it finite only above a bound of a parameter that
    the post's stated domains do not show (:func:`._moments.log_moment` gave no value);
    None otherwise. Only names the open condition of an unchecked row."""
    for f in e.atoms(AppliedUndef) if laws else ():
        if _operator(f) != "E" or len(f.args) != 1:
            continue
        part = f.args[0].xreplace(getattr(laws, "scalars", {}) or {})
        if part.has(sp.Sum, sp.Integral, sp.Derivative, sp.Product) or _larger_than(part, 40):
            continue
        with evaluating(True):
            part = part.doit()  # 1/(X**2)**1 as read: X**(-2)
        read = _power_of_log(part, laws)
        if read is None:
            continue
        law, power, m = read
        lower = mellin_lower(law)
        if lower is None or not lower.free_symbols or power.free_symbols:
            continue
        if log_moment(law, power, m, getattr(laws, "lower_bounds", {})) is None:
            with evaluating(True):
                return f"{sp.sstr(-lower)} > {sp.sstr(-power)}"
    return None


def _power_of_log(part: sp.Basic, laws: Mapping[sp.Basic, Law]) -> tuple | None:
    """``(law, s, m)`` of a ``part`` that is ``X^s (\\log X)^m`` of one declared variable
    (see :func:`_log_power_value`), else None."""
    var, s, m = None, sp.S.Zero, 0
    for factor in sp.Mul.make_args(part):
        base, exp = factor.as_base_exp()
        if isinstance(base, sp.log):
            if not (exp.is_Integer and 1 <= int(exp) <= MAX_LOG):
                return None
            base, m = base.args[0], m + int(exp)
        else:
            s += exp
        if var is not None and base != var:
            return None
        var = base
    if var is None or s.atoms(sp.Indexed) or s.has(var) or (m == 0 and _whole(s)):
        return None
    law = laws.get(var)
    if law is None and isinstance(var, sp.Indexed) and len(var.indices) == 1:
        law = laws[var.base].of(var.indices[0]) if var.base in laws else None
    if law is None or m > MAX_LOG:
        return None
    return law, s, m


def _integrated(part: sp.Basic, laws: Mapping[sp.Basic, Law], variables: set) -> sp.Basic | None:
    """``E[h(X)]`` of one variable whose law is a density the post writes out: the law's
    integral of ``h`` (:attr:`Law.expect`); None for anything else (a function of two
    random ``variables``, samples, a law with no density)."""
    found = part.free_symbols & variables
    if len(found) != 1 or part.atoms(sp.Indexed):
        return None
    (var,) = found
    if var not in laws:
        return None
    expect = laws[var].expect
    return None if expect is None else expect(part, var)


def _whole(power: sp.Basic) -> bool:
    """A power whose raw moment the table may give: a whole number from 1 to the bound."""
    power = sp.Integer(power) if isinstance(power, int) else power
    return bool(power.is_Integer) and 1 <= int(power) <= MAX_MOMENT


def _identical(laws: Mapping[sp.Basic, Law]) -> Callable[[sp.Basic], Law | None]:
    """The law of samples ``base[k]`` when it is the same for every ``k``, else None."""

    def law_of(base: sp.Basic) -> Law | None:
        law = laws.get(base)
        return None if law is None or law.varies() else law

    return law_of


# ------------------------------------------------------------------ declared laws


@dataclasses.dataclass(frozen=True)
class Law:
    """One convention of a named distribution: its mean, variance and raw moments in its
    arguments."""

    family: str  # the family's name in :data:`._parameter_space.FAMILIES`
    mean: Callable[..., sp.Expr]
    variance: Callable[..., sp.Expr]
    args: tuple[sp.Basic, ...] = ()
    #: ``pmf(k, *args)``: the mass at a whole number ``k >= 0`` (discrete families only)
    pmf: Callable[..., sp.Expr] | None = None
    #: the post states its samples ``X_i`` independent (``\\overset{iid}{\\sim}``)
    independent: bool = False
    #: the index of a declaration of samples (``i`` of ``X_i \\sim Poisson(\\lambda t_i)``)
    index: sp.Basic | None = None
    #: ``raw(k, *args)``: ``E[X^k]`` for a whole ``k >= 1`` (see :mod:`._moments`)
    raw: Callable[..., sp.Expr] | None = None
    #: ``expect(h, var)``: ``E[h]`` of any function ``h`` of ``var`` (a law given by a
    #: density the post writes out: :func:`._written_density.density_law`)
    expect: Callable[[sp.Expr, sp.Basic], sp.Expr | None] | None = None
    #: ``(obs, g, (lo, hi))``: the density ``g`` in ``obs`` the post writes out, on its
    #: support (EXPECT8: ``E[h(X)]`` as the integral, see ._expectation_lotus)
    density: tuple[sp.Symbol, sp.Expr, tuple[sp.Basic, sp.Basic]] | None = None

    def varies(self) -> bool:
        """The samples' law changes with their index (``\\lambda t_i``): not identical."""
        return bool(self.named_at_index()) or any(
            a.atoms(sp.Indexed) or (self.index is not None and a.has(self.index)) for a in self.args
        )

    def of(self, index: sp.Basic) -> Law | None:
        """The law of the sample at ``index`` (its arguments written at that index); None
        when an argument names the index in a name of its own (``t_i`` read as one name
        beside the element ``X_i``): its value at another index is not written."""
        if self.index is None or index == self.index:
            return self
        if self.named_at_index():
            return None
        return dataclasses.replace(
            self, args=tuple(a.xreplace({self.index: index}) for a in self.args), index=index
        )

    def named_at_index(self) -> bool:
        """Does an argument hold a name subscripted by the declaration's index (``t_i``)?"""
        if not isinstance(self.index, sp.Symbol):
            return False
        at = re.compile(rf".+_\{{?{re.escape(self.index.name)}\}}?")
        return any(at.fullmatch(s.name) for a in self.args for s in a.atoms(sp.Symbol))

    def moment(self, k: int) -> sp.Expr | None:
        """``E[X^k]``: the mean and variance as the table writes them for k = 1, 2, the
        family's raw moments (:func:`._moments.raw_moment`) up to their bound beyond."""
        with evaluating(True):
            m = self.mean(*self.args)
            if k == 1:
                return m
            if k == 2:
                v = None if m is None else self.variance(*self.args)
                if v is not None:
                    return v + m**2
                # no finite mean in the table (a heavy tail): the raw moments decide
        return raw_moment(self, k)


def _law(
    family: str,
    mean: Callable[..., sp.Expr],
    variance: Callable[..., sp.Expr],
    pmf: Callable[..., sp.Expr] | None = None,
    raw: Callable[..., sp.Expr] | None = None,
) -> Law:
    return Law(family, mean, variance, pmf=pmf, raw=raw)


def _falling(n: sp.Expr, j: int) -> sp.Expr:
    return sp.Mul(*(n - i for i in range(j)))


def _rising(a: sp.Expr, j: int) -> sp.Expr:
    return sp.Mul(*(a + i for i in range(j)))


_FROM_ZERO = from_factorial(lambda j, p: sp.factorial(j) * ((1 - p) / p) ** j)


_POISSON = (
    _law(
        "Poisson",
        lambda lam: lam,
        lambda lam: lam,
        lambda k, lam: lam**k * sp.exp(-lam) / sp.factorial(k),
        from_factorial(lambda j, lam: lam**j),
    ),
)
_BERNOULLI = (
    _law(
        "Bernoulli",
        lambda p: p,
        lambda p: p * (1 - p),
        lambda k, p: (1 - p, p)[int(k)] if k <= 1 else sp.S.Zero,
        lambda k, p: p,  # X^k = X
    ),
)
_BINOMIAL = (
    _law(
        "binomial",
        lambda n, p: n * p,
        lambda n, p: n * p * (1 - p),
        lambda k, n, p: sp.binomial(n, k) * p**k * (1 - p) ** (n - k),
        from_factorial(lambda j, n, p: _falling(n, j) * p**j),
    ),
)
_EXPONENTIAL = (
    _law(
        "exponential (rate)",
        lambda lam: 1 / lam,
        lambda lam: 1 / lam**2,
        raw=lambda k, lam: sp.factorial(k) / lam**k,
    ),
    _law(
        "exponential (scale)",
        lambda th: th,
        lambda th: th**2,
        raw=lambda k, th: sp.factorial(k) * th**k,
    ),
)
_GAMMA = (
    _law(
        "gamma (shape, rate)",
        lambda a, b: a / b,
        lambda a, b: a / b**2,
        raw=lambda k, a, b: _rising(a, k) / b**k,
    ),
    _law(
        "gamma (shape, scale)",
        lambda k, th: k * th,
        lambda k, th: k * th**2,
        raw=lambda m, k, th: _rising(k, m) * th**m,
    ),
)
_NORMAL = (
    _law(
        "normal", lambda mu, v: mu, lambda mu, v: v, raw=normal(lambda mu, v: mu, lambda mu, v: v)
    ),
)
_UNIFORM = (_law("uniform", lambda a, b: (a + b) / 2, lambda a, b: (b - a) ** 2 / 12, raw=uniform),)
#: No family, only the mean and variance the post states ("i.i.d. with mean $\mu$ and
#: variance $\sigma^2$"): moments beyond the second have no value.
_MOMENTS = (_law("mean and variance", lambda m, v: m, lambda m, v: v),)
_GEOMETRIC = (
    _law(
        "geometric",
        lambda p: 1 / p,
        lambda p: (1 - p) / p**2,
        lambda k, p: (1 - p) ** (k - 1) * p if k >= 1 else sp.S.Zero,
        shifted(_FROM_ZERO, 1),
    ),
    _law(
        "geometric (from 0)",
        lambda p: (1 - p) / p,
        lambda p: (1 - p) / p**2,
        lambda k, p: (1 - p) ** k * p,
        _FROM_ZERO,
    ),
)


def _rayleigh(k: int, s: sp.Expr) -> sp.Expr:
    return s**k * 2 ** sp.Rational(k, 2) * sp.gamma(1 + sp.Rational(k, 2))


_RAYLEIGH = (
    _law(
        "Rayleigh",
        lambda s: s * sp.sqrt(sp.pi / 2),
        lambda s: (4 - sp.pi) / 2 * s**2,
        raw=_rayleigh,
    ),
)
_MAXWELL = (
    _law(
        "Maxwell",
        lambda a: 2 * a * sp.sqrt(2 / sp.pi),
        lambda a: a**2 * (3 * sp.pi - 8) / sp.pi,
        raw=lambda k, a: (
            a**k * 2 ** (sp.Rational(k, 2) + 1) * sp.gamma(sp.Rational(k + 3, 2)) / sp.sqrt(sp.pi)
        ),
    ),
)
_LAPLACE = (_law("Laplace", lambda mu, b: mu, lambda mu, b: 2 * b**2, raw=laplace),)
_BETA = (
    _law(
        "beta",
        lambda a, b: a / (a + b),
        lambda a, b: a * b / ((a + b) ** 2 * (a + b + 1)),
        raw=lambda k, a, b: _rising(a, k) / _rising(a + b, k),
    ),
)
_BETA_BINOMIAL = (
    _law(
        "beta-binomial",
        lambda n, a, b: n * a / (a + b),
        lambda n, a, b: n * a * b * (a + b + n) / ((a + b) ** 2 * (a + b + 1)),
        lambda k, n, a, b: (
            sp.S.Zero
            if n.is_Integer and k > n
            else sp.binomial(n, k) * sp.beta(k + a, n - k + b) / sp.beta(a, b)
        ),
        from_factorial(lambda j, n, a, b: _falling(n, j) * _rising(a, j) / _rising(a + b, j)),
    ),
)
#: Conventions only a density the post writes selects (its declarations never name them):
#: ``N(mu, sigma)`` is refused (see :func:`_law_of`), but ``e^{-(x-mu)^2/(2 sigma^2)}`` with
#: ``sigma`` alone is the standard deviation's convention.
_WRITTEN_ONLY = (
    _law(
        "negative binomial (p counted)",
        lambda r, p: r * p / (1 - p),
        lambda r, p: r * p / (1 - p) ** 2,
        raw=from_factorial(lambda j, r, p: _rising(r, j) * (p / (1 - p)) ** j),
    ),
    _law(
        "negative binomial (p stopping)",
        lambda r, p: r * (1 - p) / p,
        lambda r, p: r * (1 - p) / p**2,
        raw=from_factorial(lambda j, r, p: _rising(r, j) * ((1 - p) / p) ** j),
    ),
    _law(
        "normal (sd)",
        lambda mu, s: mu,
        lambda mu, s: s**2,
        raw=normal(lambda mu, s: mu, lambda mu, s: s**2),
    ),
    _law(
        "Weibull",
        lambda k, lam: lam * sp.gamma(1 + 1 / k),
        lambda k, lam: lam**2 * (sp.gamma(1 + 2 / k) - sp.gamma(1 + 1 / k) ** 2),
        raw=lambda m, k, lam: lam**m * sp.gamma(1 + m / k),
    ),
    # lead5: k lam x^(k-1) e^(-lam x^k), the rate form (assume7's family): the scale
    # lam^(-1/k) in the moments of the Weibull above
    _law(
        "Weibull (rate)",
        lambda k, lam: lam ** (-1 / k) * sp.gamma(1 + 1 / k),
        lambda k, lam: lam ** (-2 / k) * (sp.gamma(1 + 2 / k) - sp.gamma(1 + 1 / k) ** 2),
        raw=lambda m, k, lam: lam ** (-m / k) * sp.gamma(1 + m / k),
    ),
    _law(
        "Rayleigh (variance)",
        lambda v: sp.sqrt(sp.pi * v / 2),
        lambda v: (4 - sp.pi) / 2 * v,
        raw=lambda k, v: _rayleigh(k, sp.sqrt(v)),
    ),
    _law(
        "log-normal",
        lambda mu, v: sp.exp(mu + v / 2),
        lambda mu, v: (sp.exp(v) - 1) * sp.exp(2 * mu + v),
        raw=lambda k, mu, v: sp.exp(k * mu + k**2 * v / 2),
    ),
    _law(
        "log-normal (sd)",
        lambda mu, s: sp.exp(mu + s**2 / 2),
        lambda mu, s: (sp.exp(s**2) - 1) * sp.exp(2 * mu + s**2),
        raw=lambda k, mu, s: sp.exp(k * mu + k**2 * s**2 / 2),
    ),
)

#: distribution (as the reader names it) -> (number of arguments, its conventions).
#: ``N(mu, v)`` is read with the variance second, as the reader reads ``\sigma^2``;
#: ``U(0, \theta)`` and ``U(\theta)`` (the ``(0, \theta)`` shorthand) are uniform.
LAWS: dict[str, tuple[int, tuple[Law, ...]]] = {
    **dict.fromkeys(("Poisson", "Pois", "Poiss", "Po"), (1, _POISSON)),
    **dict.fromkeys(("Bern", "Ber", "Bernoulli", "Be"), (1, _BERNOULLI)),
    **dict.fromkeys(("Bin", "Binom", "Binomial", "B"), (2, _BINOMIAL)),
    **dict.fromkeys(("Exp", "Expo", "Exponential"), (1, _EXPONENTIAL)),
    **dict.fromkeys(("Gamma", "Gam"), (2, _GAMMA)),
    **dict.fromkeys(("Normal", "\\mathcal{N}", "N"), (2, _NORMAL)),
    **dict.fromkeys(("U", "Unif", "Uniform"), (2, _UNIFORM)),
    **dict.fromkeys(("Geom", "Geo", "Geometric"), (1, _GEOMETRIC)),
    **dict.fromkeys(("Rayleigh", "Rayl"), (1, _RAYLEIGH)),
    **dict.fromkeys(("Laplace", "Lap"), (2, _LAPLACE)),
    "Maxwell": (1, _MAXWELL),
    MOMENTS_ONLY: (2, _MOMENTS),
    "Beta": (2, _BETA),
    **dict.fromkeys(
        ("\\mathcal{BB}", "BB", "BetaBin", "BetaBinom", "BetaBinomial"), (3, _BETA_BINOMIAL)
    ),
}


#: A family of :data:`._parameter_space.FAMILIES` -> its law: the moments of a density the
#: post writes out (one table of moments for declarations and densities alike).
_FAMILY_LAWS: dict[str, Law] = {
    law.family: law
    for name, (_, laws) in LAWS.items()
    if name != MOMENTS_ONLY  # two moments: no family, no density
    for law in laws
} | {law.family: law for law in _WRITTEN_ONLY}

#: Names that also name another family with as many arguments (``B(\\alpha, \\beta)`` is
#: often the beta distribution): read as the table says only when the first argument
#: is a whole number (``B(n, p)``) or a density of the variable says so.
_AMBIGUOUS = frozenset({"B"})


def _variable(v: sp.Basic) -> sp.Basic | None:
    """The random variable a declaration speaks of, a letter in either case: ``X``; the
    samples ``X_i`` or ``y_i`` (their base: every ``y_j`` has the law); or one numbered
    variable ``X_1`` (itself only: ``X_2`` may be another count with another law)."""
    if isinstance(v, sp.Indexed) and len(v.indices) == 1 and _letter_like(v.base.label):
        return v if v.indices[0].is_Integer else v.base
    return v if _letter_like(v) else None


def _unread_law(dist: Any) -> bool:
    """A law written with its arguments inside a form that is not itself a law (``\\ln
    \\mathcal{N}(\\mu, \\sigma^2)``, a power or a multiple of an applied name): the
    declaration names some law, not none. A bare letter (``X \\sim P``) is not one."""
    return not isinstance(dist, AppliedUndef) and bool(
        isinstance(dist, sp.Basic) and dist.atoms(AppliedUndef)
    )


def _letter_like(s: sp.Basic) -> bool:
    """One Latin letter (``X``, ``y``): what a declaration may call a random variable."""
    return isinstance(s, sp.Symbol) and len(s.name) == 1 and s.name.isalpha() and s.name.isascii()


def _letter(var: sp.Basic) -> str:
    """The capital letter of a declared variable (``X`` of ``X``, ``X_i``, ``X_1``)."""
    return str(var.base) if isinstance(var, sp.Indexed) else str(var)


class Laws(dict):
    """Random variable -> its :class:`Law` (a plain dict), with what else the post says of
    its samples: ``statistics``, name -> value of each statistic it defines from them
    (``\\bar y``; see :func:`._samples.statistics`)."""

    statistics: dict = {}
    #: plain letters the statistics' definitions write beside the samples (constants)
    statistic_constants: frozenset = frozenset()
    #: a declared variable the reader took for a vector -> the scalar of its name
    scalars: dict = {}
    #: the names of every variable a row declares (``\\lambda`` of ``\\lambda \\sim
    #: \\mathrm{Gamma}(a, b)`` too, which has no law here: it is a parameter of another)
    declared: frozenset = frozenset()
    #: lower-case letters a row writes a density or mass at (``x`` of ``p(x)``,
    #: ``f(x; \\theta)``): values of the variable in that letter (see :func:`_capitals`)
    value_letters: frozenset = frozenset()
    #: a name a row states a moment of unnamed i.i.d. samples to be (``\mu_X`` of
    #: ``E[X_i] = \mu_X``) -> that moment's symbol (see :mod:`._unnamed_law`)
    moment_names: dict = {}
    moment_lines: frozenset | set = frozenset()
    #: parameters of the declared named laws that the post never makes random (no law of
    #: their own, no prior or posterior in its words): numbers of every expectation, so
    #: ``E[-n/\\lambda^2] = -n/\\lambda^2`` (see :func:`_law_constant`)
    fixed: frozenset = frozenset()
    #: moments29: a variable declared with a law whose conventions the post leaves open
    #: (``X \\sim \\mathrm{Exp}(\\lambda)``, no density of ``x`` written) -> the law under
    #: each convention (see :func:`_law_conventions`, ._moment_conventions); never in the
    #: mapping itself
    conventions: dict = {}
    #: laws67: letters (upper case) declared with two different laws (so with none)
    redeclared: frozenset = frozenset()
    #: moments66: name -> (number, strict) of the lower bound the post's domains give a
    #: name (``Context.lower_bounds``): ``E[1/X]`` of a gamma whose shape the post says is
    #: above 1 is worked out (see ``._moments._in_space``)
    lower_bounds: Mapping = {}


def declared_laws(
    rows: Iterable[Any],
    conventions: Mapping[int, Any] | None = None,
    conditioned: Container = frozenset(),
    stated: Iterable[tuple[str, str, str, tuple[str, ...], bool]] = (),
    means: Callable[[str], sp.Basic | None] | None = None,
) -> Laws:
    """Random variable -> its :class:`Law`, from the rows' ``X \\sim D(...)`` statements.

    ``conventions``: line -> (family, observation letter, parameter names) of the post's
    own densities (:func:`density_families`). Only the densities written in the
    variable's own letter (``f(x)`` for ``X``) and in the parameters the law is written
    with speak for it (``f(t) = e^{-t/\\beta}/\\beta`` says nothing of
    ``T \\sim Exp(\\lambda)``'s ``\\lambda``, even with ``\\beta = 1/\\lambda`` said in
    prose): a distribution with more than one convention gets a law only when exactly
    one of its conventions is among them, and any law is refused when such a density is
    of another family (``X \\sim B(\\alpha, \\beta)`` next to a beta
    density: ``B`` is not the binomial there). A variable declared twice with different
    laws gets none; so does one whose letter is in ``conditioned`` (declared in a sentence
    that conditions or truncates it: the zero-truncated Poisson is not the Poisson). A
    variable may be a lower-case letter (``y_i \\sim N(\\mu, \\sigma^2)``), unless it is
    also an argument of a declared law (``p`` of ``X \\sim Bern(p)``). Samples are
    independent only where a declaration says so (:func:`._samples.states_independence`).
    A letter no row declares takes the law of its density, if the post writes exactly one
    (:func:`_written_laws`), or else the law a sentence of the post declares (``stated``,
    from :func:`._prose_laws.stated_laws`; see :func:`_said_laws`). ``means``: the reader's
    sample mean of a letter no row defines it for (see :func:`._samples.statistics`).
    """
    from ._samples import states_independence, statistics
    from ._written_density import density_letters

    rows = list(rows)
    found: dict[sp.Basic, set[Law | None]] = {}
    independent: set[sp.Basic] = set()
    declared: set[str] = set()
    written_parameters: set = set()  # EXPECT17: of every law a row writes, named or not
    pending: dict[sp.Basic, list[tuple[Law, ...]]] = {}  # moments29: conventions left open
    aliases: dict[str, set[tuple[str, bool]]] = {}  # laws67: letter -> the law's letter
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            if st.relations[:1] != ("~",) or len(st.sides) < 2:
                continue
            declared.add(str(_label(st.sides[0])))
            var, dist = _variable(st.sides[0]), _spelled(st.sides[1])
            if var is not None and _unread_law(dist):
                # external50 lognorm-var: X ~ ln N(mu, sigma^2) names a law the reader does
                # not read; it still decides X (an unknown law), so that no density written
                # later in X's letter (a normal f_X(x)) gives X its law
                found.setdefault(var, set()).add(None)
                continue
            if var is not None and _letter_like(dist):  # laws67: X_i ~ D, D said in words
                iid = states_independence(pr) or independence_said(pr, rows)
                aliases.setdefault(_letter(var).lower(), set()).add((dist.name.lower(), iid))
            if var is None or not isinstance(dist, AppliedUndef):
                continue
            written_parameters |= {a for arg in dist.args for a in arg.free_symbols}
            if _letter(var) in conditioned or _letter(var).swapcase() in conditioned:
                continue
            law = _law_of(dist, _own_families(conventions or {}, _letter(var), dist))
            if law is None:  # moments29: rate or scale, trials or failures left open
                read = _law_conventions(dist, _own_families(conventions or {}, _letter(var), dist))
                if read and not _family_written(read, conventions or {}):
                    pending.setdefault(var, []).append(_at_index(read, st.sides[0]))
            if law is not None and isinstance(var, sp.IndexedBase):
                # the index matters only to a law that varies with it (lambda t_i): X_i
                # and X_j ~ Poisson(lambda) are one declaration
                at = dataclasses.replace(law, index=st.sides[0].indices[0])
                law = at if at.varies() else law
            found.setdefault(var, set()).add(law)
            if isinstance(var, sp.IndexedBase) and states_independence(pr):
                independent.add(var)
            elif isinstance(var, sp.IndexedBase) and independence_said(pr, rows):  # EXPECT9
                independent.add(var)
    laws = {v: next(iter(ls)) for v, ls in found.items() if len(ls) == 1 and None not in ls}
    random = density_letters(rows) | {name.upper() for name in declared}
    written_laws = _written_laws(rows, conventions or {}, found, conditioned, random)
    said_open: dict[sp.Basic, tuple[Law, ...]] = {}
    said_twice: set[str] = set()
    said = _said_laws(
        rows, stated, conventions or {}, found, conditioned, said_open, aliases, said_twice
    )
    for v, law in said.items():  # a density of the letter decides; the words may add iid
        mine = written_laws.get(v)
        if mine is not None and (mine.family, mine.args) == (law.family, law.args):
            written_laws[v] = dataclasses.replace(
                mine, independent=mine.independent or law.independent
            )
    laws.update({v: law for v, law in said.items() if v not in written_laws})
    laws.update(written_laws)
    for v, law in _integrated_laws(rows, found, laws, conditioned, random).items():
        laws.setdefault(v, law)
    unnamed: dict = {}
    if not laws:  # EXPECT7: samples the prose calls i.i.d., of no named law
        # laws67: nor of a named law whose convention is left open ("$X_1, \\dots, X_n
        # \\sim \\mathrm{Gamma}(\\alpha, \\lambda)$ iid with rate $\\lambda$")
        named_open = {_letter(v) for v in [*pending, *said_open]}
        taken = _Both({_letter(v) for v in found} | declared | random | named_open, conditioned)
        unnamed = unnamed_laws(rows, taken, _law)
        for v, (law, iid) in unnamed.items():
            laws[v] = law
            independent |= {v} if iid else set()
    independent |= {v for v, law in [*written_laws.items(), *said.items()] if law.independent}
    named = law_parameters(laws)
    scalars = {
        v: _scalar(v)
        for v, law in laws.items()
        if v.is_commutative is False and all(a.is_commutative for a in law.args)
    }
    for v in list(scalars):  # the sample mean of scalar samples is a scalar
        if isinstance(v, sp.IndexedBase):
            mean = f"bar_{v.label.name}"
            scalars[sp.Symbol(mean, commutative=False)] = sp.Symbol(mean, real=True)
    out = Laws(
        (scalars.get(v, v), dataclasses.replace(law, independent=v in independent))
        for v, law in laws.items()
        if _letter(v).isupper() or _label(v) not in named
    )
    out.scalars = scalars
    out.declared = frozenset(declared)
    out.redeclared = frozenset(
        [_letter(v).upper() for v, ls in found.items() if len(ls - {None}) > 1]
        + [_letter(v).upper() for v, ls in pending.items() if len(set(ls)) > 1]
        + [letter.upper() for letter in said_twice]
    )
    # moments29: one declaration whose conventions are left open, no density of the letter
    # and no law from elsewhere (a density, a sentence) for it
    # laws67: the same declaration restated ("For $Y \\sim \\mathrm{Gamma}(n, \\lambda)$:" after
    # "where $Y \\sim \\mathrm{Gamma}(n, \\lambda)$") is one declaration; two that differ give none
    open_laws = {v: ls[0] for v, ls in pending.items() if len(set(ls)) == 1 and found[v] == {None}}
    open_laws.update({v: ls for v, ls in said_open.items() if v not in found})
    if open_laws:  # a formula in x and the law's arguments may be x's own density
        formulas = [side for side in _read_sides(rows) if not has_expectation(side)]
        open_laws = {
            v: ls for v, ls in open_laws.items() if not _formula_of(formulas, v, ls[0].args)
        }
    out.conventions = {
        scalars.get(v, v): tuple(
            dataclasses.replace(law, independent=v in independent or law.independent) for law in ls
        )
        for v, ls in open_laws.items()
        if v not in laws and (_letter(v).isupper() or _label(v) not in named)
    }
    out.fixed = _fixed_parameters(rows, out, declared, written_parameters)
    out.value_letters = frozenset(_density_arguments(rows))
    if not found and unnamed:
        out.moment_names, out.moment_lines = moment_names(rows, next(iter(unnamed)))
    if out:

        def scalar(e: sp.Basic) -> sp.Basic:
            return e.xreplace(scalars) if scalars else e

        out.statistics = statistics(rows, lambda a: _declared(scalar(a), out), named, scalar, means)
        out.statistic_constants = _statistic_constants(out.statistics, out)
    else:  # EXPECT7: no law, yet \bar X_n = (1/n) sum_i X_i is put in (an identity)
        out.statistics = statistics(rows, _capital_sample, set())
    return out


def _statistic_constants(stats: Mapping[sp.Basic, sp.Basic], laws: Laws) -> frozenset:
    """external36: the plain letters (``k``, ``c``) the definitions of the statistics write
    beside the declared samples (``\\hat\\theta = \\frac{k}{n} \\sum_i X_i``). A statistic is
    a function of the sample, so such a letter is a constant of the post, not a random
    variable of its own (which :func:`_unknown_letter` takes a bare lower-case letter for):
    ``E[\\hat\\theta] = k E[X]``. Only for a statistic that holds a declared sample, and only
    one-letter Latin names, never a declared variable or a summation index."""
    out: set = set()
    for value in stats.values():
        if not isinstance(value, sp.Basic):
            continue
        atoms = value.atoms(sp.Symbol, sp.Indexed)
        if not any(_declared(a, laws) for a in atoms):
            continue
        bound = {v for s in value.atoms(sp.Sum, sp.Product) for v in s.variables}
        for a in value.free_symbols:
            if (
                isinstance(a, sp.Symbol)
                and a not in bound
                and a.is_integer is not True
                and len(a.name) == 1
                and a.name.isascii()
                and a.name.isalpha()
                and not _declared(a, laws)
                and a.name.upper() not in {_letter(v).upper() for v in laws}
            ):
                out.add(a)
    return frozenset(out)


def _constant_sums(e: sp.Basic) -> sp.Basic:
    """``e`` with each sum of a term free of its index (``\\sum_{i=1}^n \\theta/2``) written
    as the term times the count of its range: nothing else is summed (a sum over a range
    hostile text makes long is never done term by term)."""
    found = {
        s: s.function * (s.limits[0][2] - s.limits[0][1] + 1)
        for s in e.atoms(sp.Sum)
        if len(s.limits) == 1
        and len(s.limits[0]) == 3
        and s.limits[0][0] not in s.function.free_symbols
    }
    return e.xreplace(found) if found else e


def constant_reading(
    prev: sp.Basic, written: sp.Basic, constants: Container, laws: Laws
) -> tuple[sp.Basic, sp.Basic] | None:
    """external36: the lines ``prev`` and ``written`` written by linearity with the letters
    of :func:`_statistic_constants` taken for constants, when that values every moment and
    makes the lines equal; None otherwise. Only to prove: the post may give such a letter a
    value where it is used ("the risk for $k = 2$"), so a difference is no refutation."""
    fixed = getattr(laws, "statistic_constants", frozenset())
    if not fixed:
        return None
    both = _Both(constants, fixed)
    lines = []
    for e in (prev, written):
        value = by_linearity(e, both, laws) if has_expectation(e) else e
        if value is None or not determined(value):
            return None
        lines.append(value)
    try:
        with evaluating(True):
            # (k/n) sum_i theta/2 against k theta/2: the sums of constants done first
            same = sp.cancel(sp.together(_constant_sums(lines[0] - lines[1]))) == 0
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return None
    return (lines[0], lines[1]) if same else None


#: Words that make a parameter random: a law put on it, a posterior, a mixture over it.
_RANDOM_PARAMETER = re.compile(
    r"\b(?:priors?|posteriors?|bayes\w*|hyper-?priors?|hierarchical|mixtures?|mixing|"
    r"random\s+effects?|conjugate|latent)\b",
    re.IGNORECASE,
)
#: Characters of the post's text looked at for those words (hostile text stays cheap).
_MAX_TEXT = 200_000


def _fixed_parameters(
    rows: list[Any], laws: Mapping[sp.Basic, Law], declared: set, written: set
) -> frozenset:
    """The parameters of ``laws``' named families, and of the laws the rows write
    (``written``: ``X_i \\sim \\mathrm{Exp}(\\lambda)`` names ``\\lambda`` whichever of its
    conventions is meant), that the post never makes random (EXPECT17).

    A parameter is a number of the expectations of its law only while nothing says
    otherwise: none is fixed when a row or a sentence speaks of a prior, a posterior, a
    mixture or a latent quantity, or writes a ``\\sim`` for a letter that is no variable
    with a law here; nor is a parameter some row declares (``\\lambda \\sim
    \\mathrm{Gamma}(a, b)``), nor one that is itself a declared variable."""
    named = [law for law in laws.values() if law.family != UNNAMED]
    params = {a for law in named for arg in law.args for a in arg.free_symbols} | set(written)
    if not params:
        return frozenset()
    texts = []
    for pr in rows:
        row = getattr(pr, "row", None)
        texts.append(str(getattr(row, "text", "") or ""))
        texts.append(str(getattr(row, "prose", "") or ""))
    text = "\n".join(texts)[:_MAX_TEXT]
    if _RANDOM_PARAMETER.search(text):
        return frozenset()
    variables = {_label(v) for v in laws}
    names = {str(_label(v)) for v in laws} | {str(x) for x in declared}
    out = set()
    for s in params:
        if not isinstance(s, sp.Symbol) or s in variables or s.name in names:
            continue
        written = "\\" + s.name if s.name in _GREEK else s.name
        if re.search(re.escape(written) + r"(?![A-Za-z])[^$\n]{0,40}?\\sim\b", text):
            continue  # \lambda \sim ..., \lambda | x \sim ...: a law of its own
        out.add(s)
    return frozenset(out)


def _capital_sample(a: sp.Basic) -> bool:
    """``X_i``: a capital letter with an index, a sample the post writes as random."""
    return isinstance(a, sp.Indexed) and _random(a)


def _density_arguments(rows: list[Any]) -> Iterator[str]:
    """The lower-case letters the rows write a density or mass at: ``x`` of ``p(x)``,
    ``f(x \\mid \\theta)``, ``P(x)`` (a function named as :data:`_DENSITY` names one)."""
    for pr in rows:
        for st in getattr(pr, "statements", ()) if getattr(pr, "ok", False) else ():
            for side in st.sides:
                if not isinstance(side, sp.Basic):
                    continue
                for f in side.atoms(sp.Function):
                    if str(f.func) in _DENSITY and f.args and _a_value(f.args[0]):
                        yield str(_label(f.args[0]))


def _written_laws(
    rows: list[Any],
    conventions: Mapping[int, tuple[str, str, tuple[sp.Symbol, ...]]],
    declared: Container,
    conditioned: Container,
    random: Container[str] = frozenset(),
) -> dict[sp.Basic, Law]:
    """The law of each variable that no row declares but whose letter has a density the
    post writes: "The density function is $f(y) = \\frac{1}{\\theta} e^{-y/\\theta}$"
    gives ``E[\\sum_i y_i]`` and ``E[Y^2]`` the exponential's moments by scale.

    The variables are those the rows write in that letter, either case (``Y``, ``y_i``,
    ``X_1``). None for a letter with two different densities (a
    prior and a likelihood, or two conventions), a letter some row declares with ``\\sim``
    (that declaration decides), or one ``conditioned`` (a truncated law is another one), or
    one whose density has a ``random`` letter for a parameter
    (:func:`._written_density.random_parameter`).
    Independent where the sentence before the density says so, as for a declaration."""
    from ._written_density import random_parameter

    by_letter: dict[str, set[tuple[str, tuple]]] = {}
    lines: dict[str, int] = {}
    for line, (family, obs, params) in conventions.items():
        by_letter.setdefault(obs, set()).add((family, params))
        lines.setdefault(obs, line)
    taken = {_letter(v).lower() for v in declared}
    out: dict[sp.Basic, Law] = {}
    for var in _letter_variables(rows):
        letter = _letter(var).lower()
        found = by_letter.get(letter, set())
        if len(found) != 1 or letter in taken:
            continue
        if letter in conditioned or letter.upper() in conditioned:
            continue
        ((family, params),) = found
        law = _FAMILY_LAWS.get(family)
        if law is None or random_parameter(params, random):
            continue
        row = next(pr for pr in rows if pr.row.line == lines[letter])
        out[var] = dataclasses.replace(
            law, args=params, independent=isinstance(var, sp.IndexedBase) and _iid(row)
        )
    return out


def _integrated_laws(
    rows: list[Any],
    declared: Container,
    have: Mapping,
    conditioned: Container,
    random: Container[str],
) -> dict[sp.Basic, Law]:
    """The law of each variable no row declares and no family gives, whose letter has a
    density the post writes out (:mod:`._written_density`: its moments are integrals).
    None for a letter declared, given a law, or ``conditioned``, as for
    :func:`_written_laws`. ``random``: the random letters, upper case (declared, or with a
    density), no parameters of a density."""
    from ._support import stated_supports
    from ._written_density import written_densities

    taken = {_letter(v).lower() for v in [*declared, *have]}
    variables = [
        v
        for v in _letter_variables(rows)
        if _letter(v).lower() not in taken
        and _letter(v).lower() not in conditioned
        and _letter(v).upper() not in conditioned
    ]
    if not variables:
        return {}
    densities = written_densities(rows, _lazy(lambda: stated_supports(rows)), random)
    out: dict[sp.Basic, Law] = {}
    for letter, (obs, g, bounds) in densities.items():
        mine = [v for v in variables if _letter(v).upper() == letter]
        law = _density_law(obs, g, bounds) if mine else None
        if law is not None:
            out.update(dict.fromkeys(mine, law))
    return out


def _density_law(obs: sp.Symbol, g: sp.Expr, bounds: tuple) -> Law | None:
    """The law of a variable with the density ``g`` the post writes out: its moments are
    the integrals of :func:`._written_density.density_integrals` (None: not a density)."""
    from ._written_density import density_integrals

    found = density_integrals(obs, g, bounds)
    if found is None:
        return None

    def variance(*_: sp.Basic) -> sp.Expr | None:
        m, m2 = found.raw(1), found.raw(2)
        return None if m is None or m2 is None else m2 - m**2

    return Law(
        "written density",
        lambda *_: found.raw(1),
        variance,
        args=found.parameters,
        raw=lambda k, *_: found.raw(k),
        expect=found.expect,
        density=(obs, g, tuple(bounds)),  # EXPECT8
    )


def _lazy(make: Callable[[], Callable[[str], Any]]) -> Callable[[str], Any]:
    """A lookup built on its first use (the post's stated supports, read only when a row
    defines a density)."""
    built: list[Callable[[str], Any]] = []

    def lookup(name: str) -> Any:
        if not built:
            built.append(make())
        return built[0](name)

    return lookup


def _own_families(conventions: Mapping[int, Any], letter: str, dist: sp.Basic) -> set[str]:
    """The families of the post's densities written in the variable's ``letter`` and in the
    parameters ``dist`` is written with: the conventions that may speak for its law."""
    written = {str(s) for a in dist.args for s in getattr(a, "free_symbols", ())}
    return {
        fam
        for fam, obs, params in conventions.values()
        if obs == letter.lower() and set(map(str, params)) <= written
    }


def _said_laws(
    rows: list[Any],
    stated: Iterable[tuple[str, str, str, tuple[str, ...], bool]],
    conventions: Mapping[int, Any],
    declared: Container,
    conditioned: Container,
    left_open: dict | None = None,
    aliases: Mapping[str, set[tuple[str, bool]]] | None = None,
    twice: set[str] | None = None,
) -> dict[sp.Basic, Law]:
    """The law of each variable a sentence of the post declares ("a random sample from
    Poisson ($\\lambda$)"), for the variables the rows write in that letter (either case).

    As a row's declaration would be read (:func:`_law_of`, with the post's densities for the
    convention), with the rows' own symbols for the arguments: none for an argument no row
    writes (or writes as two symbols), a letter two sentences give two laws, a letter a row
    declares with ``\\sim`` (the row decides) or one ``conditioned``. laws67: a letter a row
    declares with another letter's law (``X_i \\sim D``, ``aliases``: letter -> (the law's
    letter, said i.i.d.)) takes the law a sentence gives that letter ("a distribution $D$
    with mean $\\mu$ and variance $\\sigma^2$"); none when it is declared with two."""
    by_letter: dict[str, set] = {}
    for letter, word, written, args, independent in stated:
        name = _stated_name(word, written)
        if name is not None:
            by_letter.setdefault(letter.lower(), set()).add((name, args, independent))
    unnamed = by_letter.pop("", set())  # laws67: "the sample is iid exponential with ..."
    sample = one_sample(rows) if unnamed else None
    if sample is not None:  # the one sample the rows write; with several, none of them
        by_letter.setdefault(sample, set()).update(unnamed)
    for letter, targets in (aliases or {}).items():
        names = {name for name, _ in targets}
        if len(names) == 1 and letter not in names and next(iter(names)) in by_letter:
            iid = any(said_iid for _, said_iid in targets)
            by_letter.setdefault(letter, set()).update(
                (name, args, independent or iid)
                for name, args, independent in by_letter[next(iter(names))]
            )
    taken = {_letter(v).lower() for v in declared}
    symbols = _symbols_by_name(rows)
    written = {a.name for side in _read_sides(rows) for a in side.free_symbols if a.is_Symbol}
    variables = _letter_variables(rows)
    samples = {letter for letter, said in by_letter.items() if all(iid for *_, iid in said)}
    variables |= _samples_of_written_means(rows, variables, samples)
    out: dict[sp.Basic, Law] = {}
    for letter, said in by_letter.items():
        if len({(name, args) for name, args, _ in said}) > 1 and twice is not None:
            twice.add(letter)  # laws67: two laws said of the letter (``twice``)
        if len(said) != 1 or letter in taken or {letter, letter.upper()} & set(conditioned):
            continue
        ((name, names, independent),) = said
        args = [
            sp.Integer(int(a)) if a.isdigit() else symbols.get(a) or _unwritten(a, written)
            for a in names
        ]
        if any(a is None for a in args):
            continue
        dist = sp.Function(name)(*args)
        law = _law_of(dist, _own_families(conventions, letter, dist))
        if law is None:
            # moments29: "exponential with rate $\\lambda$": every convention, for the
            # words to choose among (left_open: variable -> its laws)
            read = _law_conventions(dist, _own_families(conventions, letter, dist))
            if read and left_open is not None and not _family_written(read, conventions):
                for var in variables:
                    if _letter(var).lower() == letter:
                        iid = independent and isinstance(var, sp.IndexedBase)
                        left_open[var] = tuple(
                            dataclasses.replace(one, independent=iid) for one in read
                        )
                for base in _members_of(variables, letter, independent):
                    left_open.setdefault(
                        base, tuple(dataclasses.replace(one, independent=True) for one in read)
                    )
            continue
        for var in variables:
            if _letter(var).lower() == letter:
                iid = independent and isinstance(var, sp.IndexedBase)
                out[var] = dataclasses.replace(law, independent=iid)
        for base in _members_of(variables, letter, independent):
            out.setdefault(base, dataclasses.replace(law, independent=True))
    return out


def one_sample(rows: Iterable[Any]) -> str | None:
    """The letter (lower case) of the one sample the rows write (``x`` of ``x_i``,
    ``X_1``); None when they write none or several."""
    letters = set()
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        for st in pr.statements:
            for side in st.sides:
                for a in getattr(side, "atoms", lambda *_: ())(sp.Indexed):
                    name = getattr(a.base.label, "name", "")
                    if len(name) == 1 and name.isalpha() and name.isascii():
                        letters.add(name.lower())
    return next(iter(letters)) if len(letters) == 1 else None


def _members_of(variables: Iterable[sp.Basic], letter: str, independent: bool) -> set[sp.Basic]:
    """moments63: the samples ``X_k`` (their base ``X``) of a sentence that says them i.i.d.
    ("$X_1, \\dots, X_n$ are iid $\\mathrm{Bernoulli}(p)$") where the rows write only
    numbered members (``E(X_1 X_2)``): each member has the law, and two members at distinct
    whole indices are two of the independent samples, so ``E(X_1 X_2) = E(X)^2``. Nothing
    when the sentence does not say independent (a law for each member says nothing of
    their joint law), or when a row writes the sample itself (``X_i``: its base is a
    variable already)."""
    if not independent:
        return set()
    written = {v for v in variables if isinstance(v, sp.IndexedBase)}
    return {
        v.base
        for v in variables
        if isinstance(v, sp.Indexed)
        and _letter(v).lower() == letter
        and v.indices[0].is_Integer
        and v.base not in written
    }


def _unwritten(name: str, written: Container) -> sp.Symbol | None:
    """moments29: the symbol of a law's argument that a sentence names and no row writes
    ("normal with mean $\\mu$ and variance $\\sigma^2$", then ``\\langle x^2 \\rangle =
    \\sigma^2``): a parameter the rows leave out is still one of the law (its moment
    holds it). None for a name some row writes (as two symbols: which is meant is not
    guessed) or that is not one Greek or Latin name."""
    if name in written or not re.fullmatch(r"[A-Za-z]+2?", name):
        return None
    if name == "sigma2":
        return sp.Symbol(name, positive=True)
    if len(name) > 1 and (name not in _GREEK or name == "pi"):
        return None
    return sp.Symbol(name, real=True)


def _stated_name(word: str, written: str) -> str | None:
    """The name of :data:`LAWS` a sentence gives its law: by the family's ``word`` (a name
    of :data:`LAWS`, or "") and the ``written`` name of its formula (``P`` of ``P(\\theta)``
    names nothing here; ``\\mathrm{Exp}`` does). None when the two name two families."""
    entry = LAWS.get(_family_name(re.sub(r"\s+", "", written))) if written else None
    if word and entry is not None and LAWS.get(word) is not entry:
        return None
    if word:
        return word
    return next((name for name, e in LAWS.items() if e is entry), None) if entry else None


def _symbols_by_name(rows: Iterable[Any]) -> dict[str, sp.Symbol]:
    """Name -> the one symbol of that name the rows write (names written as two symbols,
    with different assumptions, left out: which one a sentence means is not guessed)."""
    seen: dict[str, set] = {}
    for side in _read_sides(rows):
        for a in side.free_symbols:
            if isinstance(a, sp.Symbol):
                seen.setdefault(a.name, set()).add(a)
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1}


def _read_sides(rows: Iterable[Any]) -> Iterator[sp.Basic]:
    """Every side of every statement of the rows that were read."""
    for pr in rows:
        if getattr(pr, "ok", False):
            for st in pr.statements:
                yield from (side for side in st.sides if isinstance(side, sp.Basic))


def _iid(pr: Any) -> bool:
    from ._samples import states_independence

    return states_independence(pr)


def _samples_of_written_means(
    rows: Iterable[Any], variables: set[sp.Basic], letters: Container[str]
) -> set[sp.Basic]:
    """The samples ``X_i`` of a sentence's i.i.d. law whose mean ``\\bar X`` the rows
    write, where they write no samples of that letter (``X_1`` alone is one variable).
    external36: "a random sample $X_1, \\dots, X_n$ from a Bernoulli distribution", then
    only ``E[\\bar{X}] = p``: the law is the samples', and ``\\bar X`` their mean
    (:func:`_sample_means`). ``letters``: the lower-case letters a sentence declares i.i.d.
    samples of."""
    have = {_letter(v).lower() for v in variables if isinstance(v, sp.IndexedBase)}
    means = {
        a.name[len("bar_") :]
        for side in _read_sides(rows)
        for a in side.free_symbols
        if isinstance(a, sp.Symbol) and re.fullmatch(r"bar_[A-Za-z]", a.name)
    }
    return {
        sp.IndexedBase(m, real=True)
        for m in means
        if m.lower() in letters and m.lower() not in have
    }


def _letter_variables(rows: Iterable[Any]) -> set[sp.Basic]:
    """The one-letter variables the rows write (as :func:`_variable` names them: ``Y``, the
    samples ``y_i``, ``X_1``), free or bound: an expectation may hold them only once a
    name is put in (``E(j(\\theta))`` with ``j`` a function of the ``y_i``)."""
    out: set[sp.Basic] = set()
    for side in _read_sides(rows):
        found = (_variable(a) for a in side.atoms(sp.Symbol, sp.Indexed))
        out.update(v for v in found if v is not None)
    return out


def _scalar(v: sp.Basic) -> sp.Basic:
    """The scalar of the same name as ``v`` (read as a vector where the post also
    transposes it): a univariate law (``y_i \\sim N(\\mu, \\sigma^2)``) says its samples
    are numbers, the entries of the vector ``y``."""
    if isinstance(v, sp.IndexedBase):
        return sp.IndexedBase(v.label.name, real=True)
    if isinstance(v, sp.Indexed):
        return _scalar(v.base)[v.indices]
    return sp.Symbol(v.name, real=True)


def _label(var: sp.Basic) -> sp.Basic:
    if isinstance(var, sp.IndexedBase):
        return var.label
    return var.base.label if isinstance(var, sp.Indexed) else var


def _declared(a: sp.Basic, laws: Mapping[sp.Basic, Law]) -> bool:
    """``a`` is a declared variable: ``X``, ``y`` itself, a sample ``y_j`` of declared
    samples ``y_i``, or a declared numbered ``X_1``."""
    if a in laws:
        return True
    return isinstance(a, sp.Indexed) and a.base in laws


def _spelled(dist: Any) -> Any:
    """``Bin(n, p)`` written without ``\\mathrm`` is read as the product of the letters
    ``B i`` and a function ``n(n, p)``; on the right of ``\\sim`` the letters spell the
    law's name. The same distribution under its name (``Bin``), or ``dist`` unchanged when
    the letters spell no name of :data:`LAWS`."""
    if not isinstance(dist, sp.Mul):
        return dist
    parts: list[sp.Basic] = []

    def walk(e: sp.Basic) -> None:  # unevaluated products keep the written order
        if isinstance(e, sp.Mul):
            for a in e.args:
                walk(a)
        else:
            parts.append(e)

    walk(dist)
    *letters, last = parts
    if not isinstance(last, AppliedUndef) or len(str(last.func)) != 1:
        return dist
    if not all(isinstance(a, sp.Symbol) and len(a.name) == 1 for a in letters):
        return dist
    name = "".join(a.name for a in letters) + str(last.func)
    if len(name) < 2 or name not in LAWS:
        return dist
    return sp.Function(name)(*last.args)


def _law_of(dist: AppliedUndef, families: set[str]) -> Law | None:
    """The law ``dist`` names, given the ``families`` of the variable's own densities."""
    name = _family_name(str(dist.func))
    entry = LAWS.get(name)
    if entry is None:
        return None
    arity, laws = entry
    args = tuple(dist.args)
    if len(args) != arity or any(not isinstance(a, sp.Expr) for a in args):
        return None
    if laws is _NORMAL and not _is_variance(args[1]):
        # N(mu, sigma): the second argument may be the standard deviation - unless both
        # readings are one law (N(mu, 1))
        if not _one_law((*_NORMAL, _FAMILY_LAWS["normal (sd)"]), args):
            return None
    if families - {law.family for law in laws}:
        return None  # a density of the variable says it is of another family
    if name in _AMBIGUOUS and not (args[0].is_integer or families):
        return None  # B(alpha, beta) may be the beta distribution: B(n, p) needs a whole n
    if len(laws) > 1:
        used = [law for law in laws if law.family in families]
        if len(used) != 1 and not _one_law(laws, args):
            return None
        laws = tuple(used) or laws
    return dataclasses.replace(laws[0], args=args)


def _one_law(laws: tuple[Law, ...], args: tuple[sp.Basic, ...]) -> bool:
    """Do all the conventions name the same law at ``args``? ``Exp(1)`` is the same law
    by rate or by scale, ``Gamma(\\alpha, 1)`` by shape and rate or shape and scale: the
    conventions of one family agree on the mean and the variance only at one member
    (each family here is fixed by its first two moments)."""
    with evaluating(True):
        first = laws[0]
        for law in laws[1:]:
            for moment in ("mean", "variance"):
                a, b = getattr(first, moment)(*args), getattr(law, moment)(*args)
                if sp.simplify(a - b) != 0:
                    return False
    return True


def _law_conventions(dist: AppliedUndef, families: set[str]) -> tuple[Law, ...]:
    """moments29: every convention of the law ``dist`` names when :func:`_law_of` gives
    none only because the conventions differ at its arguments and no density of the
    variable chooses (``Exp(\\lambda)``: the rate or the scale; ``Geom(p)``: trials or
    failures; ``N(\\mu, \\sigma)``: the second argument a variance or a deviation). Empty
    otherwise, and whenever the variable has a density of its own."""
    if families:
        return ()
    name = _family_name(str(dist.func))
    entry = LAWS.get(name)
    if entry is None or name in _AMBIGUOUS:
        return ()
    arity, laws = entry
    args = tuple(dist.args)
    if len(args) != arity or any(not isinstance(a, sp.Expr) for a in args):
        return ()
    if laws is _NORMAL and not _is_variance(args[1]):
        laws = (*_NORMAL, _FAMILY_LAWS["normal (sd)"])
    if len(laws) < 2 or _one_law(laws, args):
        return ()
    return tuple(dataclasses.replace(law, args=args) for law in laws)


def _family_written(laws: tuple[Law, ...], conventions: Mapping[int, Any]) -> bool:
    """Does the post write a density of one of ``laws``' families for any variable
    (``f(y) = \\beta e^{-\\beta y}`` beside ``X \\sim \\mathrm{Exp}(\\theta)``)? Then
    which convention the post means for the other is left open, not weighed: its own
    density may speak for one, and no row of the other decides it."""
    families = {law.family for law in laws}
    return any(fam in families for fam, _, _ in conventions.values())


def _formula_of(formulas: list[sp.Basic], var: sp.Basic, args: tuple) -> bool:
    """Does a formula of the post (a side with no expectation) hold the variable's letter in
    lower case (``x``, ``x_i``) and an argument of its law (``\\lambda e^{-\\lambda x}``,
    called a weight, or ``n \\log \\lambda - \\lambda \\sum_i x_i``)? It may be the post's own
    density or likelihood of the variable, which would say the convention: the conventions
    are then not weighed (the readers of densities and likelihoods are ._law_table's)."""
    letter = _letter(var).lower()
    params = {a for arg in args for a in getattr(arg, "free_symbols", ())}
    if not params:
        return False
    for side in formulas:
        names = {s.name for s in side.free_symbols if isinstance(s, sp.Symbol)}
        names |= {str(i.base.label) for i in side.atoms(sp.Indexed)}
        if letter in names and side.free_symbols & params:
            return True
    return False


def _at_index(laws: tuple[Law, ...], written: sp.Basic) -> tuple[Law, ...]:
    """The laws of a declaration of samples ``X_i`` with its index where they vary with it
    (as :func:`declared_laws` does for one law)."""
    if not isinstance(written, sp.Indexed) or not written.indices:
        return laws
    out = []
    for law in laws:
        at = dataclasses.replace(law, index=written.indices[0])
        out.append(at if at.varies() else law)
    return tuple(out)


#: Upright wrappers the reader keeps in a function's name when the name is not one it
#: knows (``\\mathrm{Be}(p)`` is the function ``\\mathrm{Be}``); the family is the word.
_UPRIGHT = re.compile(r"\\(?:mathrm|operatorname|text|textrm|mathsf|textsf)\s*\{\s*(\w+)\s*\}")


def _family_name(name: str) -> str:
    """``Be`` of ``\\mathrm{Be}``; other names unchanged (``\\mathcal{N}`` is a name of
    :data:`LAWS` as written)."""
    m = _UPRIGHT.fullmatch(name.strip())
    return m.group(1) if m else name


def _is_variance(v: sp.Basic) -> bool:
    """``\\sigma^2`` (the variance symbol) or a square: the variance, not the deviation."""
    return str(v) == "sigma2" or (isinstance(v, sp.Pow) and v.exp == 2)


#: A moment symbol's inside: ``X``, ``X**3``, ``X[i]``, ``X[1]**2``, ``bar_X`` - one variable
#: (a sample's term or a sample mean) to a whole power, nothing else.
_ONE_VARIABLE = re.compile(
    r"(?P<var>(?:bar_)?[A-Za-z]\w*)(?:\[(?P<index>[^\[\]*]+)\])?(?:\*\*(?P<power>[1-9]))?"
)


def _moment_value(m: sp.Symbol, laws: Mapping[sp.Basic, Law]) -> sp.Expr | None:
    """The value of the moment symbol ``E[X]``, ``E[X**2]``, ``E[X[i]**2]`` under ``laws``.

    Only a moment of one variable: ``E[X[1]*X[2]]`` (two samples) or ``E[X*Y]`` has none
    here, whatever the laws (it needs their joint law, which no declaration states)."""
    name = m.name
    if not (name.startswith("E[") and name.endswith("]")):
        return None
    one = _ONE_VARIABLE.fullmatch(name[2:-1])
    if one is None:
        return None
    inner, index = one["var"], one["index"]
    power = int(one["power"] or 1)
    if inner.startswith("bar_"):  # the sample mean of declared samples: their mean
        if index is not None or power != 1:
            return None
        law = next(
            (w for v, w in laws.items() if isinstance(v, sp.IndexedBase) and f"bar_{v}" == inner),
            None,
        )
        return law.moment(1) if law is not None and not law.varies() else None
    for var, law in laws.items():
        if index is None:
            hit = isinstance(var, sp.Symbol) and str(var) == inner
        elif isinstance(var, sp.Indexed):  # one numbered variable X_1
            hit = str(var) == f"{inner}[{index}]"
        else:  # declared samples X_i: every X_j (written at j: see _sample_value)
            hit = isinstance(var, sp.IndexedBase) and str(var) == inner
            if hit and law.varies():
                return None
        if hit:
            return law.moment(power)
    return None


def density_families(rows: Iterable[Any]) -> dict[int, tuple[str, str, tuple[sp.Symbol, ...]]]:
    """Line -> (family, observation letter, parameters in the family's order) of each
    density the rows define (``f(x) = \\lambda e^{-\\lambda x}``: ``("exponential (rate)",
    "x", (lambda,))``), the conventions :func:`declared_laws` may use for the variable of
    that letter, and the law of a variable no row declares (:func:`_written_laws`)."""
    from ._announced_density import called_prose
    from ._density import density_claim
    from ._parameter_space import identify

    out: dict[int, tuple[str, str]] = {}
    before: str | None = None  # the letter the row just before declares (moments65)
    for pr in rows:
        declared, before = before, _declaring(pr)
        if not getattr(pr, "ok", False) or not pr.statements:
            continue
        st = pr.statements[0]
        prose = called_prose(pr)  # EXPECT5: an inline formula its sentence calls a density
        if not _LEADS_ON.match(getattr(pr.row, "prose", "") or ""):
            declared = None
        bare = _bare_density(st, prose)
        if bare is not None:
            out[pr.row.line] = bare
            continue
        if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) < 2:
            continue
        lhs, rhs = _observation_first(st.sides[0], st.sides[1])
        named = _named_density(lhs, rhs)
        if named is not None:
            out[pr.row.line] = named
            continue
        try:
            claim = density_claim(lhs, rhs, prose=prose, declared=declared)
        except (TypeError, ValueError, AttributeError):
            continue
        if claim is None or claim.kind != "density":
            continue
        with evaluating(True):
            hit = identify(claim.g, claim.obs)
        if hit is not None:
            letter = _event_variable(lhs) or claim.obs.name
            out[pr.row.line] = (hit[0].name, letter, tuple(hit[1]))
    return out


def _event_variable(lhs: sp.Basic) -> str | None:
    """moments65: the letter of ``X`` in ``P(X = k) = ...`` (lower case, as a density's
    observation letter is written): the mass function at an event is the law of the
    variable the event names, not of the value ``k`` (held-out external53, l2-3-3: the
    Poisson law went to ``k``, and ``E[X]`` had no value). None unless the first argument
    is such an event of one letter (``X``, ``X_i``, ``X_1``)."""
    first = lhs.args[0] if isinstance(lhs, AppliedUndef) and lhs.args else None
    if not isinstance(first, sp.Equality):
        return None
    var = _variable(first.lhs)
    return _letter(var).lower() if var is not None else None


#: moments65: the words between a declaration and the formula after it that make the formula
#: the declared variable's own ("For $X \\sim \\mathrm{Gamma}(\\alpha, \\lambda)$," then
#: ``f(x) = ...``): a comma, colon or full stop alone. Not nothing: an inline formula keeps
#: no words of its own ("Let $X \\sim \\text{Exp}(\\lambda)$ and take the weight $f(x) =
#: ...$", test_post_expect5_inline_density), so an empty text says nothing of what is between.
_LEADS_ON = re.compile(r"\s*[,:.]\s*$")


def _declaring(pr: Any) -> str | None:
    """moments65: the letter whose law the row declares, alone on it (``X \\sim
    \\mathrm{Gamma}(\\alpha, \\lambda)``: ``X``; ``X_i \\sim ...``: ``X``), or None."""
    if not getattr(pr, "ok", False) or len(pr.statements) != 1:
        return None
    st = pr.statements[0]
    if st.relations != ("~",) or len(st.sides) != 2:
        return None
    var = _variable(st.sides[0])
    return _letter(var) if var is not None else None


#: Words that call a formula a density: "has as a density function the following:".
_CALLED_DENSITY = re.compile(
    r"\b(?:density|densities|pdf|p\.d\.f|pmf|p\.m\.f|mass\s+function)\b", re.IGNORECASE
)


def _bare_density(st: Any, prose: str) -> tuple[str, str, tuple] | None:
    """``(family, observation letter, parameters)`` of a formula alone on its row (``\\frac{1}
    {\\Gamma(\\alpha)\\beta^\\alpha} x^{\\alpha-1} e^{-x/\\beta}``) in a paragraph that calls
    it a density: a family's density in exactly one lower-case letter. None otherwise."""
    from ._parameter_space import identify

    if st.relations or len(st.sides) != 1 or not _CALLED_DENSITY.search(prose or ""):
        return None
    g = st.sides[0]
    if not isinstance(g, sp.Expr):
        return None
    letters = [a for a in g.free_symbols if isinstance(a, sp.Symbol) and _a_value(a)]
    hits = []
    for obs in letters:
        with evaluating(True):
            hit = identify(g, obs)
        if hit is not None:
            hits.append((hit[0].name, obs.name, tuple(hit[1])))
    return hits[0] if len(hits) == 1 else None


def _named_density(lhs: sp.Basic, rhs: sp.Basic) -> tuple[str, str, tuple] | None:
    """``(family, observation letter, parameters)`` of ``\\text{Gamma}(x | a, b) = \\frac{b^a}
    {\\Gamma(a)} x^{a-1} e^{-bx}``: a density written under the name of its law (a name of
    :data:`LAWS`), the observation first. The formula decides the convention (rate or
    scale), and must be of a family that name names, in parameters the call writes: ``B(a,
    b) = \\Gamma(a)\\Gamma(b)/\\Gamma(a+b)`` (the beta function) or a Poisson name over a
    gamma formula declare nothing. None when the row is not of that form."""
    from ._parameter_space import identify

    if not isinstance(lhs, AppliedUndef) or len(lhs.args) < 2:
        return None
    entry = LAWS.get(_family_name(str(lhs.func)))
    obs, *rest = lhs.args
    if entry is None or not _letter_like(obs) or not isinstance(rhs, sp.Expr):
        return None
    if not rhs.has(obs) or any(a.has(obs) for a in rest):
        return None
    with evaluating(True):
        hit = identify(rhs, obs)
    if hit is None or hit[0].name not in {law.family for law in entry[1]}:
        return None
    written = set().union(*(a.free_symbols for a in rest))
    if not set(hit[1]) <= written:
        return None
    return hit[0].name, obs.name, tuple(hit[1])


def _observation_first(lhs: sp.Basic, rhs: sp.Basic) -> tuple[sp.Basic, sp.Basic]:
    """``f(\\sigma, y_i) = \\frac{y_i}{\\sigma^2} e^{...}`` as ``f(y, \\sigma) = ...``: the density
    of one sample written at its term, in any place among the arguments, is the density of
    the letter (the observation first, as :func:`._density.density_claim` reads it).
    Unchanged unless exactly one argument is such a sample term, found in ``rhs`` with no
    other term of its letter."""
    if not isinstance(lhs, AppliedUndef) or not isinstance(rhs, sp.Expr):
        return lhs, rhs
    terms = [
        a
        for a in lhs.args
        if isinstance(a, sp.Indexed) and len(a.indices) == 1 and _letter_like(a.base.label)
    ]
    if len(terms) != 1:
        return lhs, rhs
    (term,) = terms
    # compared by name: the sides may carry different assumptions on the letter
    written = {i for i in rhs.atoms(sp.Indexed) if str(i.base) == str(term.base)}
    if {str(i) for i in written} != {str(term)}:
        return lhs, rhs
    name = term.base.label.name
    without = rhs.xreplace(dict.fromkeys(written, sp.Dummy()))
    if any(getattr(s, "name", "") == name for s in without.free_symbols):
        return lhs, rhs  # y_i and a bare y in the formula: not one observation
    letter = sp.Symbol(name, real=True)
    rest = [a for a in lhs.args if a != term]
    return lhs.func(letter, *rest), rhs.xreplace(dict.fromkeys(written, letter))


__all__ = [
    "LAWS",
    "MAX_TERMS",
    "Law",
    "by_linearity",
    "declared_laws",
    "density_families",
    "determined",
    "has_expectation",
]
