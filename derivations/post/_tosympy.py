"""Build sympy objects from a parse tree - never from text.

Every node is constructed unevaluated (``sympy.evaluate(False)``) so that a
row is checked as written: ``log(1)``, ``log(e)``, ``Derivative`` and ``Sum``
stay until the engine evaluates them.

Symbol conventions follow :mod:`derivations.symbols`:

- ``x_{n}`` (or ``\\mathbf{x}_{n}``, ``x^{(n)}``) is the sample ``x[n]`` when
  ``n`` is an index of the post (a letter its sums run over); ``x_m`` with
  another letter is a name of its own; ``N`` is the sample size;
- ``\\sigma^{2}`` is the positive symbol ``sigma2``; ``\\sigma^{2k}`` is
  ``sigma2**k`` and a bare ``\\sigma`` is ``sqrt(sigma2)`` - unless the post
  differentiates by ``\\sigma`` itself, then ``\\sigma`` is the symbol; the same
  holds for any letter the post differentiates by as a square (``\\theta^2``);
- ``\\hat{\\lambda}``, ``\\bar{x}`` are symbols of their own (``hat_lambda``,
  ``bar_x``); a hat keeps what is assumed of the name under it;
- ``e`` and ``\\exp`` are Euler's number; ``\\log`` and ``\\ln`` are natural
  logarithms; ``\\pi`` is pi; ``\\Gamma(x)`` is the gamma function; ``B(a, b)``,
  ``\\psi(x)``, ``I_0(x)`` and the other names of :mod:`._special` are
  :class:`SpecialCall`\\ s, the table's functions unless the post defines the name;
- ``\\mathrm{vM}(y; \\mu, \\kappa)`` is the von Mises density;
- ``\\mathcal{N}(x | \\mu, \\sigma^{2})``, ``\\mathrm{Poiss}(y; \\lambda)`` and
  ``\\mathrm{Bin}(y; n, p)`` are densities (kept unevaluated, formula on ``doit``);
- a named quantity (``\\mathcal{LL}``, ``\\ell``) is a :class:`Named` symbol and
  an application such as ``L(p)``, ``\\ell(\\mu, \\sigma)``, ``p(y | \\lambda)`` a
  :func:`named_function` applied to its arguments; the row builder replaces
  both by the value the post gave them;
- vectors and matrices of a post with matrix algebra (transposes,
  determinants) are non-commutative symbols, so products keep their order.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import sympy as sp
from lark import Token, Tree
from lark.visitors import Transformer_NonRecursive
from sympy.core.function import AppliedUndef, UndefinedFunction

from .. import symbols as S
from . import _cases, _indices, _integrals, _special
from ._indicators import INDICATOR
from ._lexer import LexInfo
from ._pair_sums import PairSums
from ._reading_doubts import (
    OTHER_READING,
    braced_log,
    bridge_sum,
    juxtaposed_log,
    log_of_the_power,
    power_of_the_value,
    primed_factor,
    product_scope,
    slash_then_factor,
)
from ._sign_letter import SIGN
from ._sum_where import INDICATOR_FUNCTION, event_derivative
from ._unstated_ranges import counted_range, range_ends, unstated_range


@contextlib.contextmanager
def evaluating(flag: bool) -> Iterator[None]:
    """``sympy.evaluate(flag)``, but a no-op when ``flag`` is already in force.

    Every change of sympy's global ``evaluate`` flag clears all of sympy's caches
    (about 0.1 ms); reading a post changes it once, not once per sum.
    """
    from sympy.core.parameters import global_parameters

    if global_parameters.evaluate == flag:
        yield
        return
    with sp.evaluate(flag):
        yield


#: The letters and numbers of a name's subscript (``j`` and ``1`` of ``alpha_j + 1``).
_SUBSCRIPT_PARTS = re.compile(r"[A-Za-z]+|\d+")


def _named_by_index(body: sp.Basic, idx: sp.Basic, by: frozenset[str]) -> str:
    """A name of ``body`` subscripted by the bound index ``idx``, read as one symbol, that the
    post differentiates by (``by``: ``alpha_j`` in a sum over j beside ``\\partial \\alpha_j``):
    a quantity the same for every j, which the sum's author meant to depend on it
    (misread61: ``\\sum_{j=1}^k \\alpha_j`` became ``k \\alpha_j``). "" when none is. A name
    the post does not differentiate by may still get a value that depends on j (``\\alpha_i =
    1/(1 + e^{-w^T x_i})``, ``\\log \\lambda_i = \\beta x_i``), put in later."""
    index = getattr(idx, "name", None)
    if not isinstance(index, str) or not by:
        return ""
    for s in sorted(body.free_symbols, key=str):
        if not isinstance(s, sp.Symbol) or s == idx:
            continue
        head, sep, sub = s.name.rpartition("_")
        if sep and head and s.name in by and _SUBSCRIPT_PARTS.findall(sub) == [index]:
            return s.name
    return ""


def make_sum(cls: Any, body: sp.Basic, idx: sp.Basic, lo: sp.Basic, hi: sp.Basic) -> sp.Basic:
    """``Sum(body, (idx, lo, hi))`` (or a Product) as written: no ``Mul(1, body)``."""
    obj = sp.Expr.__new__(cls)
    obj._args = (body, sp.Tuple(idx, lo, hi))
    obj.is_commutative = body.is_commutative  # as AddWithLimits.__new__ sets it
    return obj


#: What reading a row may raise on text it does not expect; the builder lists the row
#: with the error instead of crashing (``_build``, ``_density``).
READING_ERRORS = (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError)


class PostSyntaxError(ValueError):
    """A row uses notation that has no meaning here; ``column`` points into the side."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


class Named(sp.Symbol):
    """A named quantity of the post (``\\mathcal{LL}``), replaced before checking."""


class Bound(sp.Symbol):
    """The variable of an integral: never the post's symbol of that name, so that
    putting a value in for the symbol (``\\mu`` at its estimate) leaves the integral's
    variable alone."""


#: Elementary functions read by name, as sympy's own (the engine evaluates them).
_ELEMENTARY = frozenset("sin cos tan asin acos atan sinh cosh tanh".split())
#: the reciprocal trigonometric functions, written in the ones of :data:`_ELEMENTARY`
_RECIPROCAL = {
    "sec": lambda a: sp.Pow(sp.cos(a, evaluate=False), -1, evaluate=False),
    "csc": lambda a: sp.Pow(sp.sin(a, evaluate=False), -1, evaluate=False),
    "cot": lambda a: sp.Mul(
        sp.cos(a, evaluate=False),
        sp.Pow(sp.sin(a, evaluate=False), -1, evaluate=False),
        evaluate=False,
    ),
}


class NamedApplied(AppliedUndef):
    """A named quantity applied to arguments (``L(p)``, ``p(y | \\lambda)``)."""

    data: bool = False

    def _eval_derivative(self, s: Any) -> Any:
        return event_derivative(self, s, super()._eval_derivative)  # READ6: 1\{y_i = 0\}


_FUNCTIONS: dict[str, Any] = {}

#: The reader's names of a mean, a variance and a covariance (``._expectation._operator``).
MEANS = frozenset({"E", "Var", "Cov"})


def condition_letters(e: sp.Basic) -> set[str]:
    """The letters of ``e``, an element ``x_i`` by its label ``x``: what
    :attr:`Context.conditioning` records of a mean's bar and what ``._restated_quantity``
    looks up there, one function so that the two agree."""
    return {
        str(a.base.label if isinstance(a, sp.Indexed) else a)
        for a in e.atoms(sp.Symbol, sp.Indexed)
    }


class _Args(tuple):
    """The arguments of a call as written: ``(values, separators)``, and ``bar``, how many
    values precede the first conditioning bar or semicolon (0 when there is none)."""

    bar: int = 0

    def __new__(cls, vals: list, seps: int, bar: int) -> _Args:
        out = super().__new__(cls, (vals, seps))
        out.bar = bar
        return out


#: What the name of a family of functions carries (``f_i(x)`` under a sum over i is
#: ``f_{\\cdot}(x, i)``, see ``ToSympy.apply``).
FAMILY_MARK = "_{\\cdot}"


def named_function(name: str, bar: int = 0) -> Any:
    """The function class of a named quantity (one class per name and place of its bar).

    ``bar``: how many arguments precede the conditioning bar (``|``, ``\\mid`` or ``;``) of
    the call, 0 when it is written without one. ``p(z | x)`` and ``p(z, x)`` are two
    functions - a conditional density and the joint one of the same letters - so they are
    two classes: sympy never takes one for the other (the class keyword makes them unequal),
    and a value given to one is not the other's (:meth:`._resolve.Names.value_of`). Both
    print as ``p``."""
    key = name if not bar else f"{name}|{bar}"
    f = _FUNCTIONS.get(key)
    if f is None:
        if bar:
            f = UndefinedFunction(name, bases=(NamedApplied,), bar=bar)
        else:
            f = UndefinedFunction(name, bases=(NamedApplied,))
        _FUNCTIONS[key] = f
    return f


def bar_of(e: Any) -> int:
    """How many arguments of the call ``e`` precede its conditioning bar (0: none)."""
    func = getattr(e, "func", None)
    return int(getattr(func, "bar", 0) or 0) if func is not None else 0


class SpecialCall(AppliedUndef):
    """A call of a name of the table of special functions (``B(\\alpha, \\beta)``,
    ``\\psi(x)``, ``I_0(\\kappa)``) inside a side. Resolving it gives the post's own
    value of the name if there is one, else the table's function (:mod:`._special`);
    it is not a named quantity of the post, so a row holding it is no restatement of
    one (``I_1(\\hat\\kappa)/I_0(\\hat\\kappa) = ...`` is an equation step)."""


def special_call(name: str) -> Any:
    key = "special:" + name
    f = _FUNCTIONS.get(key)
    if f is None:
        # special=True: sympy takes two undefined functions of one name for the same
        # (and its cache would hand back one for the other) unless their keywords differ
        f = UndefinedFunction(name, bases=(SpecialCall,), special=True)
        _FUNCTIONS[key] = f
    return f


class Opaque(AppliedUndef):
    """Notation that is read but has no value the engine can compare (median, E[...])."""

    def _eval_derivative(self, s: Any) -> Any:
        return event_derivative(self, s, super()._eval_derivative)  # READ6: see _sum_where


def _shifted_index(sub: Any, letters: frozenset) -> bool:
    """Is ``sub`` an index letter plus or minus a whole number (``t - 2``, ``i + 1``)?"""
    if not isinstance(sub, sp.Add) or len(sub.free_symbols) != 1:
        return False
    (s,) = sub.free_symbols
    if s.name not in letters:
        return False
    with evaluating(True):  # rows are built unevaluated: t - 2 is t + (-1)*2 there
        rest = sp.expand(sub - s)
    return rest.is_Integer


def opaque(name: str) -> Any:
    key = "opaque:" + name
    f = _FUNCTIONS.get(key)
    if f is None:
        f = UndefinedFunction(name, bases=(Opaque,))
        _FUNCTIONS[key] = f
    return f


class Density(sp.Function):
    """A density or mass function written by name; ``doit`` gives its formula."""

    def doit(self, **hints: Any) -> sp.Basic:
        # Under the reader's evaluation off, sympy 1.14's Sum(x[i], (i, 1, n)).doit()
        # recurses without end (Gam(lambda; a + sum x_i, b + n), adversarial set 4 pair 43).
        with evaluating(True):
            args = [a.doit(**hints) if hints.get("deep", True) else a for a in self.args]
            return self.formula(*args)

    def _eval_evalf(self, prec: int) -> sp.Basic:
        return self.doit()._eval_evalf(prec)


class NormalPdf(Density):
    """The Gaussian density N(x | mu, var) as written."""

    nargs = 3

    @staticmethod
    def formula(x: sp.Basic, m: sp.Basic, v: sp.Basic) -> sp.Basic:
        return sp.exp(-((x - m) ** 2) / (2 * v)) / sp.sqrt(2 * sp.pi * v)


class PoissonPmf(Density):
    """Poiss(y; lambda) = lambda^y e^-lambda / y!"""

    nargs = 2

    @staticmethod
    def formula(y: sp.Basic, lam: sp.Basic) -> sp.Basic:
        return lam**y * sp.exp(-lam) / sp.factorial(y)


class BinomialPmf(Density):
    """Bin(y; n, p) = C(n, y) p^y (1 - p)^(n - y)"""

    nargs = 3

    @staticmethod
    def formula(y: sp.Basic, n: sp.Basic, p: sp.Basic) -> sp.Basic:
        return sp.binomial(n, y) * p**y * (1 - p) ** (n - y)


class VonMisesPdf(Density):
    """vM(y; mu, kappa) = exp(kappa cos(y - mu)) / (2 pi I_0(kappa)), the von Mises density.

    Parameter space: mu real (an angle), kappa >= 0 (kappa = 0 is the uniform density
    on a period); y is an angle, the density has period 2 pi. The formula holds for
    every real kappa (I_0 is even and positive), so a row is never wrong only because
    a point has kappa < 0. I_0 is :func:`sympy.besseli` of order 0 (see ._special).
    """

    nargs = 3

    @staticmethod
    def formula(y: sp.Basic, mu: sp.Basic, kappa: sp.Basic) -> sp.Basic:
        return sp.exp(kappa * sp.cos(y - mu)) / (2 * sp.pi * sp.besseli(0, kappa))


class GammaPdf(Density):
    """Gam(x; a, b) = b^a x^(a-1) e^(-b x) / Gamma(a): shape a, rate b - the convention of
    the Book of Statistical Proofs and of Bishop's PRML, the texts that write ``Gam``."""

    nargs = 3

    @staticmethod
    def formula(x: sp.Basic, a: sp.Basic, b: sp.Basic) -> sp.Basic:
        return b**a * x ** (a - 1) * sp.exp(-b * x) / sp.gamma(a)


class BetaPdf(Density):
    """Bet(x; a, b) = x^(a-1) (1-x)^(b-1) Gamma(a + b) / (Gamma(a) Gamma(b))."""

    nargs = 3

    @staticmethod
    def formula(x: sp.Basic, a: sp.Basic, b: sp.Basic) -> sp.Basic:
        return sp.gamma(a + b) / (sp.gamma(a) * sp.gamma(b)) * x ** (a - 1) * (1 - x) ** (b - 1)


DENSITIES = (NormalPdf, PoissonPmf, BinomialPmf, VonMisesPdf, GammaPdf, BetaPdf)
#: Density names whose third argument some texts write as a rate, others as a scale:
#: read by name (as the rate) only when the post's prose never speaks of a scale.
RATE_OR_SCALE = frozenset({"\\mathrm{Gam}", "Gam"})
_DENSITY_NAMES = {
    "\\mathcal{N}": (NormalPdf, 3),
    "Normal": (NormalPdf, 3),
    "Poiss": (PoissonPmf, 2),
    "Pois": (PoissonPmf, 2),
    "Poisson": (PoissonPmf, 2),
    "Bin": (BinomialPmf, 3),
    "Binom": (BinomialPmf, 3),
    "Binomial": (BinomialPmf, 3),
    "\\mathrm{vM}": (VonMisesPdf, 3),
    "\\mathrm{VM}": (VonMisesPdf, 3),
    "\\mathrm{vonMises}": (VonMisesPdf, 3),
    # only the names of the texts whose convention GammaPdf follows (not Gamma(a, b),
    # which authors write with a scale as often as with a rate)
    "\\mathrm{Gam}": (GammaPdf, 3),
    "Gam": (GammaPdf, 3),
    "\\mathrm{Bet}": (BetaPdf, 3),
    "Bet": (BetaPdf, 3),
}


class ArgMax(sp.Function):
    """``argmax_v f``: parsed so it can be shown, but it has no checkable value.

    An arg min is the arg max of the negation (:func:`_maximised`): read as an arg max
    of ``f``, ``\\arg\\max L = \\arg\\min \\log L`` was proved by "the log moves no optimum"."""

    nargs = 2


def _maximised(token: Any, body: sp.Basic) -> sp.Basic:
    """What an optimisation token's arg max is taken of: ``body``, or ``-body`` for a
    minimum (``\\arg\\min``, ``argmin``, ``arg min``: the token's text or payload)."""
    name = str(getattr(token, "payload", None) or token)
    return sp.Mul(-1, body, evaluate=False) if name.endswith("min") else body


class Transposed(sp.Function):
    """``x^T``: the transpose of a vector or matrix (kept as written)."""

    nargs = 1


def _column(e: Any) -> bool:
    """A vector name the reader keeps in order (non-commutative) and that is lower-case,
    so a column (``x``, ``\\mathbf{x}_i``): never a matrix, a transpose or a number."""
    if isinstance(e, sp.Indexed):
        name = str(e.base.label)
    elif isinstance(e, sp.Symbol):
        name = e.name
    else:
        return False
    return e.is_commutative is False and name[:1].isalpha() and name[:1].islower()


#: Default letters that, as a subscript, index the samples (``x_i``).
INDEX_LETTERS = frozenset("ijkmnt")


@dataclasses.dataclass
class Context:
    """The symbols a post's rows are read with.

    Attributes
    ----------
    symbols : mapping of str to sympy.Symbol
        Declared names (``"lambda"``, ``"p"``) with their assumptions; names not
        listed become real symbols.
    samples : mapping of str to sympy.IndexedBase
        Letters that are sample vectors when subscripted (``"x"``).
    index_letters : frozenset of str
        Letters that index samples when written as a subscript (the letters
        the post's sums run over).
    variance_names : frozenset of str
        Letters read as their square (``"sigma"``: ``\\sigma^2`` is one symbol).
    matrix_names : frozenset of str
        Names of vectors and matrices (non-commutative symbols).
    lex : LexInfo
        What the lexer needs to know of the post (transposes).
    limits : dict
        Index letter -> (lower, upper) of the last sum written with limits;
        a sum written without them (``\\sum x_i``) runs over the same range.
    parse_tokens : callable, optional
        Parses a token list (a matrix cell) with the same context.
    """

    symbols: Mapping[str, sp.Symbol] = dataclasses.field(default_factory=dict)
    samples: Mapping[str, sp.IndexedBase] = dataclasses.field(default_factory=dict)
    index_letters: frozenset[str] = INDEX_LETTERS
    variance_names: frozenset[str] = frozenset({"sigma"})
    matrix_names: frozenset[str] = frozenset()
    #: MATRIX56 (``._parse.section_matrix_names``): rows (by place in the file) read with
    #: matrix names of their own, those of a section that writes no matrix notation
    section_matrix_names: dict[tuple, frozenset[str]] = dataclasses.field(default_factory=dict)
    lex: LexInfo = dataclasses.field(default_factory=LexInfo)
    limits: dict[str, tuple[sp.Basic, sp.Basic]] = dataclasses.field(default_factory=dict)
    #: Sample counts the prose states with their number ("a sample of $n = 3$
    #: observations"): the count's letter and its value (sound13).
    stated_counts: dict[str, int] = dataclasses.field(default_factory=dict)
    #: SOUNDA (``._said_counts``): the headings a count is said under; letters said twice
    count_sections: dict[str, frozenset] = dataclasses.field(default_factory=dict)
    unsure_counts: frozenset[str] = frozenset()
    parse_tokens: Callable[[list[Token]], sp.Basic] | None = None
    #: Index letters whose sums without limits never borrow a written range: the post lists
    #: the elements from another first index (``w_0, \\dots, w_K`` beside
    #: ``\\sum_{k=1}^{K}``, see ``._parse._listed_elsewhere``).
    listed_apart: frozenset[str] = frozenset()
    #: Index letters the post sums over two written ranges, or whose sample it sums over two
    #: (``\\sum_{i=1}^{n} X_i`` and ``\\sum_{i=2}^{n} X_i``): which range a sum or product
    #: without limits, or the sample's mean, runs over is not said (see
    #: ``._parse._ranges_in_doubt``); they borrow none. Grows when a row writes a second one.
    ranges_in_doubt: frozenset[str] = frozenset()
    #: expect59: letters of samples the post only lists, never writes with an index letter
    #: (``X_1, X_2, \\dots, X_n`` in a sentence, then ``X_1`` and ``\\bar X``), -> the size
    #: the list ends at: the range of the mean ``\\bar X`` (:meth:`mean`).
    listed_sizes: Mapping[str, sp.Basic] = dataclasses.field(default_factory=dict)
    #: The letters the post's sums and products run over (index_letters also has the
    #: letters of superscripts ``x^{(i)}``): ``\\gamma_{ij}^{(t)}`` with no sum over
    #: ``t`` is labelled by the iteration ``t``, not sample ``t``. Empty: index_letters.
    summed_letters: frozenset[str] = frozenset()
    #: ``N_j`` that the post defines by elements with two indices (``N_j = \\sum_i
    #: \\gamma_{ij}``): names, not elements (see _indices.defined_by_two_indices).
    count_names: frozenset[str] = frozenset()
    #: Letters the post writes with two indices (``x_{i2}``, ``x_{ij}``): ``x_{12}`` is then
    #: ``x[1, 2]``, not the twelfth element (see _indices.two_index_names).
    two_index_names: frozenset[str] = frozenset()
    #: ``mu_j``, ``alpha_1`` beside sums over ``mu_i``, ``alpha_k``: elements, not names of
    #: their own (see _indices.free_elements).
    free_elements: frozenset[str] = frozenset()
    #: misread61: names with an index letter the post differentiates by (``\\partial
    #: \\alpha_j``, see _indices.differentiated_elements): in a sum over j, a name of its own.
    differentiated_elements: frozenset[str] = frozenset()
    #: Sample names with the index letter they are written with (``{"x": "i"}``).
    sample_names: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: The bare names of functions the post writes with a subscript, -> the function:
    #: ``h_\\theta(x)`` is the function ``h``, and ``h_\\theta`` alone (``{"h_theta": "h"}``)
    #: names it without its argument (``\\frac{\\partial h_\\theta}{\\partial \\theta_0}``).
    function_names: Mapping[str, str] = dataclasses.field(default_factory=dict)
    #: Names of densities the post's prose leaves in doubt, read as no density at all:
    #: ``Gam(x; k, \\theta)`` in a post that speaks of a scale may mean the scale form.
    densities_in_doubt: frozenset[str] = frozenset()
    #: Letters of variables the post declares (``X \\sim D``) in a sentence that also
    #: conditions or truncates them ("conditioned on $X > 0$"): their law is not ``D``.
    conditioned: frozenset[str] = frozenset()
    #: Letters of variables the post declares with ``\\sim`` or describes as random in
    #: words, anywhere (rows or prose): a moment of one is a claim about its law.
    declared: frozenset[str] = frozenset()
    #: Letters of variables the post gives a law with ``\\sim`` (``X \\sim Exp(2)``, in a
    #: row or the prose): a probability or a generating function of one is a claim about
    #: that law (``._moment_names``), not a definition.
    law_letters: frozenset[str] = frozenset()
    #: Laws the prose declares in a sentence ("a random sample from Poisson ($\\lambda$)"):
    #: (letter, law name, argument names, independent), see ``._prose_laws``.
    stated_laws: tuple = ()
    #: laws67: the same, by the heading each is declared under (``._section_stated``)
    section_stated: tuple = ()
    #: lead67: the letters each heading's sentences name a family of, no law read from them
    section_unread: dict = dataclasses.field(default_factory=dict)
    #: ``sigma_p``, ``sigma_{MLE}``: the subscripted sigmas the post writes as a normal law's
    #: scale (``\\mathcal{N}(x; \\mu_p, \\sigma_p^2)``), read as standard deviations,
    #: positive; another (``\\sigma_{cov}``, a covariance) is a real letter. None: not
    #: known (a row read without its post), every such name is one.
    scale_names: frozenset[str] | None = None
    #: laws28: the post speaks of the Fisher information (``._law_fisher.WORDS``)
    fisher_words: bool = False
    #: The post's prose speaks of moments (``._moment_names``)
    moment_words: bool = False
    #: attack67: the post says its primed mu is not the raw moment (``._moment_names``)
    primed_redefined: bool = False
    #: attack69: the letters the prose says its primed mu is a moment of ("of $Y$")
    primed_of: frozenset = frozenset()
    #: The post's prose speaks of a generating or characteristic function (``._moment_names``)
    generating_words: bool = False
    #: laws28: the words of the post's prose (lower case, math left out) that tell the
    #: conventions of a law apart (``._law_table.ROLE_WORDS``)
    prose_words: frozenset = frozenset()
    #: catch60: the prose names a law or fixes a moment (._point_mass.LAW_WORDS)
    law_words: bool = False
    #: the prose claims its rows for any random variable (._point_mass.ANY_LAW)
    any_law: bool = False
    #: EXPECT17: capital letters the post gives a meaning of their own ("let $X$ be the
    #: total", ``X = \\sum_i X_i``): a bare ``X`` there is not one of the samples ``X_i``
    #: (``._generic_sample``).
    meant_letters: frozenset[str] = frozenset()
    #: The post's prose says its data are not plain draws (censored, truncated, a mixture,
    #: EM ...): a law said in words is no model to weigh its likelihood against (lead5,
    #: ``._said_model``).
    altered_data: bool = False
    #: SOUNDA (``._said_data``): the words that change the data ("recorded in minutes",
    #: "zeros never reported", "only above 1", "\\bar X the total"), "" when none.
    data_changed: str = ""
    #: letters whose bar the prose says is no mean ("$\\bar x$ here denotes the median")
    bars_not_means: frozenset[str] = frozenset()
    #: Inline formulas the words right before them call a density (EXPECT5, see
    #: ``._announced_density.called_densities``): "with density $f(x) = ...$".
    called_densities: frozenset[str] = frozenset()
    #: moments66: name -> (number, strict) of the lower bound each name's domain has, as the
    #: post states it and the engine draws inside it (``\\alpha > 1``): a moment finite only
    #: above a bound of the law's parameter (``E[1/X]`` of a gamma) is worked out where it
    #: holds (see ``._assume.lower_bounds``, ``._moments._in_space``).
    lower_bounds: Mapping[str, tuple[Any, bool]] = dataclasses.field(default_factory=dict)
    #: Names of parameters the prose says are known ("where the shape $\\alpha$ is known"):
    #: constants, not parameters a row may be free of only up to a factor.
    known: frozenset[str] = frozenset()
    #: Names of letters the prose calls constants ("$a \\in \\mathbb{R}$ a constant", see
    #: ``._said_constants``): constants inside an expectation compared by linearity.
    said_constants: frozenset[str] = frozenset()
    #: expect69: the letters a mean is written conditioned on (after the bar or semicolon
    #: of ``E[X^2 | X]``, ``\\mathrm{Var}(X \\mid Y)``, ``E_X[X | Y]``), filled while the rows
    #: are read. The reader puts a condition where it puts a subscript (``E(X**2, X)`` is
    #: also ``\\mathbb{E}_X[X^2]``), so a subscript of such a letter is not read as the
    #: letters averaged over (``._expectation._own_letters``).
    conditioning: set[str] = dataclasses.field(default_factory=set)
    #: expect69: the post writes a bar inside a subscript (``\\mathbb{E}_{Z|X}``, whose
    #: variable before the bar the lexer drops): no subscript names what a mean averages.
    barred_subscripts: bool = False
    #: The base the prose gives ``\\log`` ("log denotes the base-10 logarithm"); None:
    #: the natural logarithm; 0: two bases named, no value. ``\\ln`` is natural whatever
    #: the prose says.
    log_base: int | None = None
    #: name -> where it lives, for integrals written without limits (see
    #: :mod:`._integral_support`); None until every row of the post has been read.
    supports: Callable[[str], Any] | None = None
    #: The letters the post's integrals run over with their differential written, for
    #: an integral written without it (:mod:`._integral_support`); None until then.
    integration_letters: frozenset[str] | None = None
    #: BATCH28 (``._reading_doubts``): why a reading of what was parsed is in doubt (a sum read
    #: over terms its scope does not bracket, ``\\log a b``), one sentence per doubt, appended
    #: while parsing; ``._parse.parse_row`` keeps a row's own in ``ParsedRow.doubts``.
    doubts: list[str] = dataclasses.field(default_factory=list)
    #: Read the doubted constructs the other way (``a/b c`` as ``a/(b c)``, ``\\log a b`` as
    #: ``\\log(a b)``): the second reading a proof of such a row needs (``._reading_doubts``).
    other_reading: bool = False

    def mean(self, name: str) -> sp.Basic | None:
        """``\\bar{x}`` with no definition in the post: the sample mean of ``x_i`` over the
        range the post's sums run over (None when the post has no such range).

        ``\\overline{X}`` in a post whose samples are written ``x_i`` only (and no ``X_i``)
        is their mean: the capital is the random variable of which they are values.
        """
        if name.lower() in self.bars_not_means:
            return None  # the prose says it is another statistic (its median, a total)
        letter = self.sample_names.get(name)
        other = name.swapcase()
        if letter is None and len(name) == 1 and other in self.sample_names:
            name, letter = other, self.sample_names[other]
        if letter is None and name in self.listed_sizes:
            return self._listed_mean(name)
        if letter is None or letter not in self.limits or letter in self.ranges_in_doubt:
            return None
        lo, hi = self.limits[letter]
        idx = self.index(letter)
        total = make_sum(sp.Sum, self.sample(name)[idx], idx, lo, hi)
        count = sp.Add(hi, -lo, 1) if lo != 1 else hi
        return sp.Mul(sp.Pow(count, -1, evaluate=False), total, evaluate=False)

    def _listed_mean(self, name: str) -> sp.Basic | None:
        """expect59: ``\\bar X`` of a sample the post lists (``X_1, \\dots, X_n``) and writes
        with no index letter: the mean of ``X_1`` to ``X_n``, over an index letter the post
        gives no value (None when ``i``, ``j`` and ``k`` all have one)."""
        free = [c for c in "ijk" if c not in self.symbols]
        if not free:
            return None
        idx, hi = self.index(free[0]), self.listed_sizes[name]
        total = make_sum(sp.Sum, self.sample(name)[idx], idx, sp.Integer(1), hi)
        return sp.Mul(sp.Pow(hi, -1, evaluate=False), total, evaluate=False)

    def sum_of_squares(self, name: str) -> sp.Basic | None:
        """``y^T y`` for the sample vector y: the sum of the squared samples."""
        letter = self.sample_names.get(name)
        if letter is None or letter not in self.limits or letter in self.ranges_in_doubt:
            return None
        lo, hi = self.limits[letter]
        idx = self.index(letter)
        if self.sample(name)[idx].is_commutative is False:
            # samples that are vectors: x^T x is an inner product of one vector, never
            # the sum of the squared samples (bourretsicotte: d/dA x^T A x)
            return None
        square = sp.Pow(self.sample(name)[idx], 2, evaluate=False)
        return make_sum(sp.Sum, square, idx, lo, hi)

    def symbol(self, name: str) -> sp.Basic:
        accent, base = _split_accent(name)
        if base in self.variance_names:
            return sp.Pow(self.variance(name), sp.S.Half, evaluate=False)
        if name in self.symbols:
            return self.symbols[name]
        if base in self.matrix_names:
            return sp.Symbol(name, commutative=False)
        if name.endswith(("_{+}", "_{-}")) and _split_accent(name[:-4])[1] in self.matrix_names:
            return sp.Symbol(name, commutative=False)  # read8: \Sigma_+ of a matrix Sigma
        fixed = {
            "N": S.N,
            "n": S.n,
            "mu": S.mu,
            "pi": sp.pi,
            "e": sp.E,
            "infty": sp.oo,
            # Read as itself (the post differentiates by it): a standard deviation.
            "sigma": sp.Symbol("sigma", positive=True),
            str(SIGN): SIGN,  # the sign of \\pm (._plus_minus)
        }
        if name in fixed:
            return fixed[name]
        if accent:
            parent = self.symbol(base)
            if isinstance(parent, sp.Symbol):
                kw = {k: v for k, v in parent.assumptions0.items() if k in _INHERITED}
                return sp.Symbol(name, **(kw or {"real": True}))
        element = _element_of_a_sample(name, self.samples)
        if element is not None:
            return element
        if _NAMED_SD.fullmatch(base) and (self.scale_names is None or base in self.scale_names):
            # sigma_p, sigma_q, sigma_{MLE}: a standard deviation named by its subscript,
            # positive as sigma itself is (a density N(x; mu_p, sigma_p^2) is read only
            # with a variance that is one), when the post writes it as a normal law's scale
            # (scale_names). Not sigma_{xy}, a covariance of two letters, nor a sigma_{cov}
            # the post never gives a law: sqrt(sigma_cov^2) = sigma_cov was proved.
            return sp.Symbol(name, positive=True)
        return sp.Symbol(name, real=True)

    def variance(self, name: str) -> sp.Symbol:
        """The symbol of a letter read as its square: ``sigma2``, ``hat_sigma2``."""
        if name == "sigma":
            return S.sigma2
        if name + "2" in self.symbols:
            return self.symbols[name + "2"]
        return sp.Symbol(name + "2", positive=True)

    def index(self, name: str) -> sp.Symbol:
        """A summation index: ``n`` is ``derivations.symbols.n``, others positive integers."""
        if name in self.symbols:
            return self.symbols[name]
        if name == "n":
            return S.n
        return sp.Symbol(name, integer=True, positive=True)

    def sample(self, name: str) -> sp.IndexedBase:
        if name in self.samples:
            return self.samples[name]
        _, base = _split_accent(name)
        if base in self.matrix_names:
            return sp.IndexedBase(name, commutative=False)
        if name == "x":
            return S.x
        return sp.IndexedBase(name, real=True)


def _element_of_a_sample(name: str, samples: dict) -> sp.Symbol | None:
    """``sigma_m`` or ``sigma_1`` when the post states a domain of every ``sigma_i`` (the prose
    reads a letter subscript as an index): one element of that sample, with its flags, not a name
    read by convention (a standard deviation ``sigma_m``, positive, made "Let $\\sigma_m <
    0$" a statement of nothing the rows use and refuted a row true under it)."""
    head, sep, sub = name.partition("_")
    if not sep or not element_subscript(sub) or head not in samples:
        return None
    flags = {k: v for k, v in samples[head].assumptions0.items() if k in _INHERITED}
    return sp.Symbol(name, **(flags or {"real": True}))


def element_subscript(sub: str) -> bool:
    """Does ``sub`` index one element of a sample: a letter (``sigma_m``) or a numeral
    (``sigma_1``, ``sigma_12``; a statement of every sigma_i reached neither numeral)?"""
    return (len(sub) == 1 and sub.isalpha()) or (sub.isdigit() and len(sub) <= 6)


#: A standard deviation's name with a one-letter or word subscript (see Context.symbol).
_NAMED_SD = re.compile(r"sigma_(?:[A-Za-z]|[A-Za-z]{3,})")
_INHERITED = ("real", "positive", "nonnegative", "negative", "integer", "commutative", "nonzero")
_ACCENT_NAMES = ("hat", "bar", "tilde", "check", "dot", "ddot", "vec")


def _split_accent(name: str) -> tuple[str, str]:
    """``"hat_lambda"`` -> ``("hat", "lambda")``; ``"mu"`` -> ``("", "mu")``."""
    head, sep, rest = name.partition("_")
    if sep and head in _ACCENT_NAMES and rest:
        inner, base = _split_accent(rest)
        return head + ("_" + inner if inner else ""), base
    return "", name


def _derivative(body: sp.Basic, variables: list[sp.Basic]) -> sp.Basic:
    """``Derivative(body, *variables)`` with repeats counted as integers (``(mu, 2)``)."""
    groups: list[list] = []
    for v in variables:
        if groups and groups[-1][0] == v:
            groups[-1][1] += 1
        else:
            groups.append([v, 1])
    args = [v if k == 1 else sp.Tuple(v, sp.Integer(k)) for v, k in groups]
    return sp.Derivative(body, *args, evaluate=False)


def _mentions(e: sp.Basic, v: sp.Basic) -> bool:
    """Is ``e`` written in the variable ``v`` (for ``z_i``: in any element of ``z``, or ``z``)?"""
    if isinstance(v, sp.Tuple):
        v = v[0]
    if isinstance(v, sp.Indexed):
        name = v.base.label.name
        bare = e.xreplace({x: sp.Dummy() for x in e.atoms(sp.Indexed)}).free_symbols
        return any(x.base.label == v.base.label for x in e.atoms(sp.Indexed)) or any(
            s.name == name for s in bare if isinstance(s, sp.Symbol)
        )
    return bool(e.has(v))


class _NotWrittenIn(PostSyntaxError):
    """A derivative by an element of an expression not written in it (see
    :func:`_by_one_element`, :func:`_hidden_derivative`)."""


def _hidden_derivative(body: sp.Basic, variables: list[sp.Basic]) -> sp.Basic:
    """PARSE15: ``\\frac{\\partial p_i}{\\partial o_k}``, ``\\frac{d}{dw_1} \\ln(1 + e^{-z_i})``:
    the operand depends on the element through names the row does not expand (``p_i`` is a
    softmax of ``o``, ``z_i`` holds ``w_1``). Read as written the derivative would be 0,
    so it was unparsed; it is now a value with no number (:func:`opaque`) of the operand
    and the variables: the same derivative of the same operand is one value, and a step
    through it is never proved nor refuted by what it is."""
    by = ", ".join(_element_latex(v) if isinstance(v, sp.Indexed) else str(v) for v in variables)
    return opaque(f"d/d{by} (its dependence on {by} is not written)")(body, *variables)


def _by_one_element(body: sp.Basic, variables: list[sp.Basic], tok: Any) -> None:
    """Refuse the derivatives by one element of an indexed name that sympy would misread.

    ``d/dz_i f(z_i)`` is a plain partial derivative. Not so (each unparsed, with why):

    - a product over the elements (``d/dz_i prod_i f(z_i)``), or a sum whose elements of
      ``z`` are not written at its index itself (``sum_k w_{k+1}``, ``sum_k w_{2k}``).
      A sum ``sum_k g(w_k)`` is read: the engine takes ``d/dw_j`` term by term with
      the bound index renamed (``g'(w_j)``, see ``engine._normal``; sympy alone gives
      ``Sum(g'(w_k))``), a free ``j`` being in the range and a number shown in it;
    - another element with a symbolic index (``d/dz_j z_i^2``): ``z_i`` and ``z_j`` may be
      one element, which sympy answers with ``KroneckerDelta(i, j)``;
    - ``z`` itself beside ``z_i`` (a vector, or a name of its own);
    - an operand not written in ``z`` at all (``d/dw_1 ln(1 + e^{-z_i})``, ``dJ/dw_1``):
      read as it is written the derivative is 0, while the author differentiates through
      a dependence (``z_i`` in ``w_1``) the row does not show. A named quantity
      (``dQ/d\\lambda_j``, ``dLL(\\alpha)/d\\alpha_j``) is left to its value, which
      ``_resolve`` refuses to differentiate when it holds no element of ``z``.
    """
    for v in variables:
        _by_a_name_of_elements(body, v, tok)
        if not isinstance(v, sp.Indexed):
            continue
        label = v.base.label
        shown = _element_latex(v)
        same = [e for e in body.atoms(sp.Indexed) if e.base.label == label]
        if not same and _a_quantity(body):
            continue
        if not same and body.free_symbols:
            raise _NotWrittenIn(
                f"a derivative with respect to {shown} of an expression not written in "
                f"{label.name}: it may depend on {shown} through names the row does not "
                "expand, and read as written its derivative would be 0",
                _col(tok),
            )
        bare = body.xreplace({e: sp.Dummy() for e in body.atoms(sp.Indexed)}).free_symbols
        if any(s.name == label.name for s in bare if isinstance(s, sp.Symbol)):
            raise PostSyntaxError(
                f"a derivative with respect to {shown} of an expression that also has "
                f"{label.name} itself (the vector, or a name of its own) is not read",
                _col(tok),
            )
        for agg in body.atoms(sp.Sum, sp.Product):
            bound = {lim[0] for lim in agg.limits}
            for e in agg.function.atoms(sp.Indexed):
                by_its_index = isinstance(agg, sp.Sum) and all(
                    x in bound or not x.has(*bound) for x in e.indices
                )
                if e.base.label == label and any(e.has(b) for b in bound) and not by_its_index:
                    raise PostSyntaxError(
                        f"a derivative with respect to {shown} of a sum or product over the "
                        f"elements of {label.name} is not read (only the term with the same "
                        "index depends on it)",
                        _col(tok),
                    )
        for e in _unbound_elements(body, label):
            if e.indices != v.indices and not all(x.is_number for x in (*e.indices, *v.indices)):
                raise PostSyntaxError(
                    f"a derivative with respect to {shown} of an expression in "
                    f"{_element_latex(e)}: they may be the same element, or not",
                    _col(tok),
                )


def _by_a_name_of_elements(body: sp.Basic, v: sp.Basic, tok: Any) -> None:
    """Refuse ``d/d theta_t`` of an expression in elements ``theta_k`` when ``theta_t`` is
    a name of its own: it may be one of those elements (an element at a free index, read
    as a name), and read as a name its derivative of ``sum_k theta_k^2`` is 0. A numbered
    name below every range (``beta_0`` beside ``sum_{j=1}^p beta_j x_j``) is read."""
    if not isinstance(v, sp.Symbol):
        return
    numbered = numbered_siblings(body, v)
    if numbered:
        # d/dalpha (alpha_0 + alpha_1 x)^2: alpha may be the vector of alpha_0 and alpha_1,
        # and read as a name of its own every such derivative is 0
        raise PostSyntaxError(
            f"a derivative with respect to {v.name} of an expression in {numbered}, not in "
            f"{v.name} itself: {v.name} may be the vector of them, or a name of its own",
            _col(tok),
        )
    accent, plain = _split_accent(v.name)
    base, _, sub = plain.partition("_")
    if _subscript_kind(sub) is None:
        return
    label = f"{accent}_{base}" if accent else base  # hat_theta of hat_theta_j
    # w^T x_i holds w as a vector whose elements the engine differentiates by (x_ij), and
    # L(w), ell(beta) are functions of the vector, differentiated through their values
    held = body.atoms(Transposed) | body.atoms(NamedApplied)
    bare = body.xreplace({t: sp.Dummy() for t in held}).free_symbols
    if sub in _INDEX_SUBSCRIPTS and any(getattr(s, "name", "") == label for s in bare):
        # d/dtheta^{(j)} (theta^{(1)} + theta^{(2)})^2: theta^{(1)} reads as a power of theta,
        # and theta_j read as a name of its own made the derivative 0 (after adversarial
        # set 27)
        raise PostSyntaxError(
            f"a derivative with respect to {label}_{sub} of an expression in {label} itself: "
            f"{label} may be the vector {label}_{sub} is an element of",
            _col(tok),
        )
    for o_sub in _subscripts_of(body, accent, base):
        if _may_be_one_element(sub, o_sub):
            # d/dtheta_j of theta_0 + theta_1: j may be 0 or 1, and read as three names every
            # such derivative was 0 (a planted (...)^3 in CS229's gradient was proved; so
            # were d/dbeta_p of beta_1, d/dtheta_j of theta_{10}: adversarial set 27)
            raise PostSyntaxError(
                f"a derivative with respect to {label}_{sub} of an expression in "
                f"{label}_{o_sub}: {label}_{sub} may be that element, or not",
                _col(tok),
            )
    for agg in body.atoms(sp.Sum, sp.Product):
        for idx, lo, _hi in agg.limits:
            elements = [e for e in agg.function.atoms(sp.Indexed) if e.base.label.name == label]
            below = sub.isdigit() and lo.is_Integer and int(sub) < int(lo)
            if any(e.has(idx) for e in elements) and not below:
                raise PostSyntaxError(
                    f"a derivative with respect to {label}_{sub}, a name of its own, of a sum "
                    f"over the elements of {label}: {label}_{sub} may be one of them",
                    _col(tok),
                )


def numbered_siblings(e: sp.Basic, v: sp.Symbol) -> str:
    """The numbered names of ``v``'s letter that ``e`` holds when it does not hold ``v``
    itself (``alpha_0, alpha_1`` for ``alpha``), as text; "" otherwise. A derivative by
    ``v`` of such an expression is 0 only if ``v`` is a name of its own, not their vector."""
    if "_" in v.name or e.has(v):
        return ""
    names = {s.name for s in e.free_symbols if isinstance(s, sp.Symbol)}
    names |= {a.base.label.name + "_" + "".join(map(str, a.indices)) for a in e.atoms(sp.Indexed)}
    mine = sorted(n for n in names if n.partition("_")[0] == v.name and n.partition("_")[2])
    return ", ".join(mine)


#: Subscript letters that stand for an index, not a name (``\\theta_j``, ``\\beta_p``; but
#: ``\\sigma_x`` beside ``\\sigma_y`` are two names).
_INDEX_SUBSCRIPTS = frozenset("ijklmnpqrst")


def _subscript_kind(sub: str) -> str | None:
    """ "numeral" (``0``, ``10``), "letter" (``j``, ``p``, ``x``) or None (anything else)."""
    if sub.isdigit():
        return "numeral"
    return "letter" if len(sub) == 1 and sub.isalpha() else None


def _subscripts_of(body: sp.Basic, accent: str, base: str) -> set[str]:
    """The subscripts of the elements of ``base`` under ``accent`` (``"hat"``, or ``""``) that
    ``body`` holds outside any sum: names (``theta_10``, ``hat_theta_1``) and elements
    (``w_k``, ``w_{10}``), as written."""
    out = set()
    for other in body.free_symbols:
        o_accent, o_plain = _split_accent(getattr(other, "name", ""))
        o_base, _, o_sub = o_plain.partition("_")
        if (o_accent, o_base) == (accent, base):
            out.add(o_sub)
    label = f"{accent}_{base}" if accent else base
    for e in body.atoms(sp.Indexed):
        if e.base.label.name == label and len(e.indices) == 1:
            if isinstance(e.indices[0], (sp.Symbol, sp.Integer)) and e.free_symbols.isdisjoint(
                _bound_letters(body)
            ):
                out.add(str(e.indices[0]))
    return out


def _bound_letters(body: sp.Basic) -> set:
    """The letters sums, products and integrals in ``body`` bind."""
    return {lim[0] for agg in body.atoms(sp.Sum, sp.Product, sp.Integral) for lim in agg.limits}


def _may_be_one_element(sub: str, o_sub: str) -> bool:
    """May ``x_{sub}`` and ``x_{o_sub}`` be one element? A letter beside a numeral may be
    that numeral (``\\theta_j``, ``\\theta_{10}``); two index letters may be one index
    (``\\theta_k``, ``\\theta_j``); two numerals, or a letter that names (``\\sigma_x``,
    ``\\sigma_y``), are different elements."""
    kinds = {_subscript_kind(sub), _subscript_kind(o_sub)}
    if sub == o_sub or None in kinds or kinds == {"numeral"}:
        return False
    if kinds == {"numeral", "letter"}:
        return True
    return sub in _INDEX_SUBSCRIPTS and o_sub in _INDEX_SUBSCRIPTS


def _unbound_elements(e: sp.Basic, label: sp.Symbol, bound: frozenset = frozenset()) -> set:
    """The elements of ``label`` in ``e`` whose index no sum around them binds (``w_j`` of
    ``w_j + sum_k w_k``; ``w_k`` is one term of the sum, taken by ``engine._normal``)."""
    if isinstance(e, sp.Indexed):
        mine = e.base.label == label and not any(x.has(*bound) for x in e.indices if bound)
        return {e} if mine else set()
    if isinstance(e, sp.Sum):
        inner = bound | {lim[0] for lim in e.limits}
        return _unbound_elements(e.function, label, inner)
    return set().union(*(_unbound_elements(a, label, bound) for a in e.args))


def _a_quantity(body: sp.Basic) -> bool:
    """Is ``body`` a name or named quantity, or its log (``Q``, ``LL(\\alpha)``, ``\\log L``)?
    Its value is differentiated where the post gives one, and refused there when it
    holds no element of the variable (``_resolve._by_an_element``)."""
    head = body.args[0] if isinstance(body, sp.log) else body
    return isinstance(head, (sp.Symbol, NamedApplied))


def _element_latex(v: sp.Indexed) -> str:
    return f"{v.base.label.name}_{{{','.join(str(x) for x in v.indices)}}}"


def _not_by_a_function(
    body: sp.Basic, variables: list[sp.Basic], tok: Any, names: Mapping[str, str]
) -> list[sp.Basic]:
    """``variables``, a function's bare name read as the function where the body applies it.

    ``\\frac{\\partial}{\\partial h_\\theta} \\log h_\\theta(x_i)`` (the chain rule
    written with the inner function) is the derivative by the value ``h(x_i)``: the body
    with ``h(x_i)`` a variable of its own (:mod:`._resolve` takes it so). Read as a
    symbol, ``h_\\theta`` would not occur in the body and the derivative would be 0. A
    body that applies the function to more than one argument names no one variable.
    ``names`` maps the post's bare function names to their functions (``h_theta -> h``).
    """
    out = []
    for v in variables:
        if not isinstance(v, sp.Symbol):
            out.append(v)
            continue
        named = {str(f.func) for f in body.atoms(AppliedUndef)}
        fn = names.get(v.name, v.name if v.name in _GENERIC else None)
        applied = {f for f in body.atoms(AppliedUndef) if str(f.func) == fn}
        if len(applied) == 1:
            out.append(applied.pop())
            continue
        if applied:
            shown = ", ".join(sorted(str(a) for a in applied))
            raise PostSyntaxError(
                f"a derivative with respect to the function {v.name} of a line that applies "
                f"it to more than one argument ({shown}) is not read",
                _col(tok),
            )
        if v.name in named or v.name.partition("_")[0] in named:
            # p beside p(x | p), or h_k beside h(x) where the post never writes h_k(...):
            # not known to be the function.
            raise PostSyntaxError(
                f"a derivative with respect to the function {v.name} (the chain rule "
                "written with the inner function) is not read",
                _col(tok),
            )
        out.append(v)
    return out


#: Letters that are functions whatever their bracket holds (as in ``._passes``).
_GENERIC = frozenset("fgh")


def _neg(a: sp.Basic) -> sp.Basic:
    """``-a`` as a reader parses it: the sign belongs to the first factor of a product.

    ``- \\frac{1}{2\\sigma^{2}} \\cdot (x_n - \\mu)^{2}`` is the product of
    ``-1/(2 sigma^2)`` and ``(x_n - mu)^2``, so the product rule sees those two factors.
    """
    if isinstance(a, sp.Number):
        return -a
    if isinstance(a, sp.Mul) and a.args:
        return sp.Mul(_neg(a.args[0]), *a.args[1:], evaluate=False)
    return sp.Mul(sp.S.NegativeOne, a, evaluate=False)


def _lost_d(num: sp.Basic, den: sp.Basic, ctx: Any) -> sp.Basic | None:
    """``\\frac{d \\ln L(\\lambda)}{\\lambda}``: a derivative whose denominator lost its d.

    Read as ``d/d lambda`` only when nothing else is possible: the numerator is a lone
    ``d`` (or ``d^k``) times a function or log applied to the denominator's one name,
    and the post declares no ``d`` of its own. Read as written it is ``d`` times a
    quotient, a symbol the post never uses, and a correct derivative was refuted.
    """
    if not isinstance(num, sp.Mul) or not isinstance(den, sp.Symbol) or den.name == "d":
        return None
    if "d" in getattr(ctx, "symbols", {}):
        return None
    first, rest = num.args[0], num.args[1:]
    order = 1
    if isinstance(first, sp.Pow) and first.exp.is_Integer and 1 < int(first.exp) <= 3:
        first, order = first.base, int(first.exp)
    if not (isinstance(first, sp.Symbol) and first.name == "d") or len(rest) != 1:
        return None
    (body,) = rest
    if not isinstance(body, (sp.log, AppliedUndef)) or den not in body.free_symbols:
        return None
    if any(getattr(s, "name", "") == "d" for s in body.free_symbols):
        return None
    return sp.Derivative(body, (den, order), evaluate=False)


def _leading_product(e: sp.Basic, limits: sp.Tuple) -> bool:
    """Is ``e`` a product over the index of ``limits`` (whatever its own limits: ``\\prod_{i=1}^k
    \\times \\prod_{i=k+1}^n``), or a product written starting with one?"""
    if isinstance(e, sp.Mul) and e.args:
        e = e.args[0]
    return isinstance(e, sp.Product) and len(e.limits) == 1 and e.limits[0][0] == limits[0]


def _between(body: sp.Basic, var: sp.Symbol, lo: sp.Basic, hi: sp.Basic, col: int) -> sp.Basic:
    """``body`` at ``hi`` minus ``body`` at ``lo`` (an evaluation between two ends); at an
    infinite end, its limit there (put in, ``e^{-\\lambda \\infty}`` would say nothing)."""
    if not isinstance(body, sp.Basic):
        raise PostSyntaxError("an evaluation between two ends of a non-expression", col)

    from ..engine._domains import conditions

    def at(end: sp.Basic, side: str) -> sp.Basic:
        if not isinstance(end, sp.Basic) or end.has(sp.zoo, sp.nan):
            raise PostSyntaxError("an end of an evaluation is not a value", col)
        if end in (sp.oo, -sp.oo):
            return sp.Limit(body, var, end)  # F at an infinite end: its limit there
        if end.has(sp.oo, -sp.oo):
            raise PostSyntaxError("an end of an evaluation holds an infinity in a formula", col)
        with evaluating(True):
            undefined = any(c.xreplace({var: end}) == sp.false for c in conditions(body))
        if undefined:
            # [x log x - x]_0^1: F is undefined at the end; its value there is the limit
            # from inside the range
            return sp.Limit(body, var, end, side)
        return body.xreplace({var: end})

    return sp.Add(at(hi, "-"), sp.Mul(sp.Integer(-1), at(lo, "+")))


def _col(t: Any) -> int:
    return getattr(t, "start_pos", 0) or 0


def _log_in(base: sp.Basic, arg: sp.Basic) -> sp.Basic:
    """The logarithm of ``arg`` to ``base``, as natural logs (what the engine evaluates)."""
    if base == sp.E:
        return sp.log(arg, evaluate=False)
    return sp.Mul(
        sp.log(arg, evaluate=False),
        sp.Pow(sp.log(base, evaluate=False), -1, evaluate=False),
        evaluate=False,
    )


#: the largest n whose n!! is written out as its product (a longer product is left unread)
_DOUBLE_FACTORIAL_TERMS = 200


def _double_factorial(n: sp.Basic) -> sp.Basic:
    """``n!!``, the product n (n - 2) (n - 4) ... down to 1 or 2.

    A whole number is written out as that product (unevaluated, so the row stays an
    arithmetic claim the engine computes); otherwise sympy's ``factorial2``, which the
    numeric check has no value for, so a row using it is left unchecked, never judged
    by the single factorial.
    """
    if isinstance(n, sp.Integer) and 2 <= int(n) <= _DOUBLE_FACTORIAL_TERMS:
        return sp.Mul(*(sp.Integer(k) for k in range(int(n), 0, -2)), evaluate=False)
    if isinstance(n, sp.Integer) and 0 <= int(n) < 2:
        return sp.Integer(1)
    return sp.factorial2(n, evaluate=False)


def _variance_root(e: sp.Basic) -> sp.Symbol | None:
    """``sqrt(v)`` where ``v`` is a variance symbol: the symbol ``v``."""
    if (
        isinstance(e, sp.Pow)
        and e.exp == sp.S.Half
        and isinstance(e.base, sp.Symbol)
        and e.base.is_positive
        and e.base.name.endswith("2")
    ):
        return e.base
    return None


#: Terms and factors chained past this many are flattened (keeps trees shallow).
_FLAT = 24


class ToSympy(Transformer_NonRecursive):
    """Tree -> sympy, bottom-up; call with a :class:`Context`."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(visit_tokens=False)
        self.ctx = ctx
        # Derivatives written as an operator on an undelimited factor (d/dv a b), and
        # bracketed groups; kept alive so that ids stay unique.
        self.operators: dict[int, sp.Basic] = {}
        self.grouped: dict[int, sp.Basic] = {}
        #: d/dv (a): derivatives whose operand is a bracket (a factor after it is outside)
        self.bracketed: dict[int, sp.Basic] = {}
        # the groups written in ( ) and the fractions, for a \prod's scope
        self.parens: dict[int, sp.Basic] = {}
        self.fractions: dict[int, sp.Basic] = {}
        #: quotients written with a slash (``a/b``), for the doubt of ``a/b c``
        self.slashed: dict[int, sp.Basic] = {}
        # Products built here, for f(x_1) \cdots f(x_n): id -> (product, the entry of its
        # left factor or that factor, its right factor, whether dots are among its factors).
        self.chains: dict[int, tuple] = {}
        #: \sum_{k \ne j}: id of the limits -> (the limits, kept alive; the value left out)
        self.left_out: dict[int, tuple] = {}
        #: \sum_{j \ne i} whose terms use i, waiting for the \sum_i around it
        self.pairs = PairSums()
        #: ids of logs of one letter written without a bracket (\log a), for \log a b
        self.bare_logs: dict[int, sp.Basic] = {}
        #: ids of powers of a bracket ((x)^2), for \log(x)^2 and \exp(x)^2
        self.paren_powers: dict[int, sp.Basic] = {}
        #: ids of products read from dots (x_1 \cdots x_n), never a call's argument list
        self.dot_products: dict[int, sp.Basic] = {}

    # arithmetic ------------------------------------------------------------
    def add(self, c: list) -> sp.Basic:
        left, right = c[0], c[2]
        if isinstance(left, sp.Add) and left.args and _is_dots(left.args[-1]):
            # - t(1) - t(2) - \ldots - t(n) too (external38): each written term keeps its
            # sign, so the dots stand for the pattern of the signed terms
            return _ellipsis_sum(_terms(left), right)
        last = left.args[-1] if isinstance(left, sp.Add) and left.args else left
        if (
            isinstance(last, sp.Sum)
            and len(last.limits) == 1
            and last.limits[0][0] in getattr(right, "free_symbols", ())
        ):
            # \sum_{i=1}^n -\lambda_i + y_i \log \lambda_i: a term after the sum that
            # carries its index belongs to its body (read alone, i would be free there).
            idx, lo, hi = last.limits[0]
            body = sp.Add(last.function, right, evaluate=False)
            merged = make_sum(sp.Sum, body, idx, lo, hi)
            if last is left:
                return merged
            return sp.Add(*left.args[:-1], merged, evaluate=False)
        bridged = bridge_sum(left, right, self.grouped, self.ctx.doubts, make_sum)
        if bridged is not None:
            return bridged
        if isinstance(left, sp.Add) and len(left.args) >= _FLAT:
            return sp.Add(*left.args, right, evaluate=False)
        return sp.Add(left, right, evaluate=False)

    def sub(self, c: list) -> sp.Basic:
        return self.add([c[0], None, _neg(c[2])])

    def neg(self, c: list) -> sp.Basic:
        return _neg(c[-1])

    def pos(self, c: list) -> sp.Basic:
        return c[-1]

    def mul(self, c: list) -> sp.Basic:
        a, b = c[0], c[-1]
        primed_factor(a, b, self.ctx.doubts, id(b) in self.parens)  # x'\beta (batch 39)
        other = juxtaposed_log(a, b, self.bare_logs, self.ctx.doubts, id(b) in self.parens)
        slash = len(c) == 2 and id(a) in self.slashed and id(a) not in self.parens
        if slash:
            other = slash_then_factor(a, b, self.ctx.doubts)  # a/b c; not (a/b) c
        if other is not None and self.ctx.other_reading:
            return other
        if len(c) == 3 and str(c[1]) == "cdot" and _column(a) and _column(b):
            # x \cdot y of two column vectors: their inner product x^T y (MATRIX59); read
            # as the product x y its shapes never fit, and the row fell back to 1x1
            return sp.Mul(Transposed(a, evaluate=False), b, evaluate=False)
        if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase):
            if a.shape[1] != b.shape[0]:
                raise PostSyntaxError(f"matrices of shapes {a.shape} and {b.shape} do not multiply")
            with evaluating(True):
                out = a * b
            return out[0, 0] if out.shape == (1, 1) else out
        after_a_factor = self._operator_after_factors(a, b) if len(c) == 2 else None
        if after_a_factor is not None:
            return after_a_factor
        dotted = self._dotted_after_operator(a, b, b) if len(c) == 3 else None
        if dotted is not None and self.ctx.other_reading:
            return dotted
        if isinstance(a, sp.Derivative) and id(a) in self.operators and len(c) == 2:
            # \frac{d}{d\theta} \theta^9 (1-\theta)^4: the operator takes the product written
            # after it without a \cdot (with \cdot, only the first factor, as documented).
            if True:
                # d/dx 2 d/dx 2 x^3: an operator inside this one's product takes b first
                inner_op = self._operator_after_factors(a.expr, b)
                body = inner_op if inner_op is not None else sp.Mul(a.expr, b, evaluate=False)
                # \frac{d}{db} \log a b: the product is built here, so its doubt is asked
                # here too (the log of a times b, or of the product; adversarial set 26, 28)
                inner = juxtaposed_log(a.expr, b, self.bare_logs, self.ctx.doubts)
                if inner is not None and self.ctx.other_reading:
                    body = inner
                # the whole product is the operand: asked as any operand is (d/dtheta_j of
                # 1/(2m) sum (theta_0 + ...)^2 was read by its first factor only, 0)
                try:
                    _by_one_element(body, list(a.variables), None)
                    out = _derivative(body, list(a.variables))
                except _NotWrittenIn:
                    out = _hidden_derivative(body, list(a.variables))
                self.operators[id(out)] = out
                return out
        if isinstance(a, sp.Derivative) and id(a) in self.bracketed and len(c) == 2:
            self._bracket_then_factor(a, b)
        if isinstance(a, Transposed) and a.args[0] == b and isinstance(b, sp.Symbol):
            squares = self.ctx.sum_of_squares(b.name)
            if squares is not None:
                return squares
        entry = self.chains.get(id(a)) if isinstance(a, sp.Mul) else None
        last = entry[2] if entry is not None else None  # the factor written last
        if (
            isinstance(last, Transposed)
            and a.args[-1] == last
            and last.args[0] == b
            and isinstance(b, sp.Symbol)
        ):
            # tau y^T y: the factors before y^T times the sum of squares, as y^T y tau is
            squares = self.ctx.sum_of_squares(b.name)
            if squares is not None:
                return sp.Mul(*a.args[:-1], squares, evaluate=False)
        prev = self.chains.get(id(a))
        dotted = (prev is not None and prev[3]) or a is _DOTS
        if dotted:
            # f(x_1) f(x_2) \cdots f(x_n): a product over the index once its last term is in
            chain = [*self._factors(a), b]
            dots = next(k for k, f in enumerate(chain) if f is _DOTS)
            product = _ellipsis_product(chain[:dots], chain[dots + 1 :])
            if product is not None:
                self.dot_products[id(product)] = product
                return product
        if isinstance(a, sp.Mul) and len(a.args) >= _FLAT:
            out = sp.Mul(*a.args, b, evaluate=False)
        else:
            out = sp.Mul(a, b, evaluate=False)
        # the factors as written, linked to a's entry (out kept alive so ids stay unique);
        # only a product with dots among its factors ever lists them
        self.chains[id(out)] = (out, prev if prev is not None else a, b, dotted or b is _DOTS)
        if slash and not isinstance(b, (sp.Sum, sp.Product, sp.Integral)):
            # 1/2\pi v: v is written against the divisor too, and its doubt is no constant's
            # (adversarial set 23, 39: the doubt of pi alone left p(v) \propto 1/2\pi v refuted)
            self.slashed[id(out)] = out
        return out

    def _operator_after_factors(self, a: sp.Basic, b: sp.Basic) -> sp.Basic | None:
        """``3 \\frac{d}{dx} 2 x^3``: a product whose last written factor is a derivative
        operator (``3 \\cdot \\frac{d}{dx} 2``) times ``b``. The operator takes ``b`` too, as it
        does when it opens the product: built from the left, ``x^3`` multiplied ``3 \\frac{d}{dx}
        2`` from outside and the row read ``3 \\cdot 0 \\cdot x^3`` (adversarial set 27, 20:
        ``= 18 x^2`` refuted, ``+ 1 = 1`` proved). None for any other product, and for one
        in brackets or after a slash; an operator of a bracket (``\\frac{d}{dx} (x^2)``)
        followed by a factor in its variable is refused, as without the constant."""
        if not isinstance(a, sp.Mul) or id(a) in self.slashed or id(a) in self.grouped:
            return None
        last = a.args[-1]
        if isinstance(last, sp.Derivative) and id(last) in self.bracketed:
            self._bracket_then_factor(last, b)  # 1/2 d/dx (x^2) x: as unclear as without 1/2
            return None
        if not (isinstance(last, sp.Derivative) and id(last) in self.operators):
            return None
        taken = self.mul([last, b])  # the operator's own rule, its product's doubt asked there
        out = sp.Mul(*a.args[:-1], taken, evaluate=False)
        entry = self.chains.get(id(a))
        if entry is not None:
            self.chains[id(out)] = (out, entry[1], taken, entry[3])
        return out

    def _dotted_after_operator(self, a: sp.Basic, b: sp.Basic, factor: sp.Basic) -> sp.Basic | None:
        """``\\frac{d}{dx} x^2 \\cdot x`` (``factor`` is ``b``), ``\\frac{d}{dx} x^2 / x``
        (``factor`` is ``1/b``): the derivative of ``x^2`` times the factor, or of the whole
        product? Both are written so (a likelihood's ``\\frac{d}{d\\theta} \\theta^x \\cdot
        (1-\\theta)^{n-x}``): the doubt is recorded and the other reading, the derivative of
        the product, returned. None (one reading) when ``b`` does not hold the variable, or
        ``a`` does not end with a derivative operator (in brackets, after a slash)."""
        op = a
        if isinstance(a, sp.Mul) and id(a) not in self.slashed and id(a) not in self.grouped:
            op = a.args[-1]
        if not (isinstance(op, sp.Derivative) and id(op) in self.operators):
            return None
        if not any(_mentions(b, v) for v in op.variables):
            return None
        self.ctx.doubts.append(
            f"{sp.sstr(op)} {'/' if factor is not b else '*'} {sp.sstr(b)}: the derivative "
            f"{'divided by' if factor is not b else 'times'} {sp.sstr(b)}, or the derivative of "
            "the whole? The bracket is not written" + OTHER_READING
        )
        body = sp.Mul(op.expr, factor, evaluate=False)
        try:
            _by_one_element(body, list(op.variables), None)
            taken = _derivative(body, list(op.variables))
        except _NotWrittenIn:
            taken = _hidden_derivative(body, list(op.variables))
        return taken if op is a else sp.Mul(*a.args[:-1], taken, evaluate=False)

    @staticmethod
    def _bracket_then_factor(op: sp.Derivative, b: sp.Basic) -> None:
        """Refuse ``d/dz (1 - y) z``: d/dz [(1 - y) z] = 1 - y, or (d/dz (1 - y)) z = 0; the two
        readings differ exactly when the factor is written in the variable."""
        if any(_mentions(b, v) for v in op.variables):
            raise PostSyntaxError(
                "a derivative of a bracket followed by a factor in its variable: whether "
                "the derivative takes that factor too is unclear (bracket all it takes)"
            )

    def _factors(self, e: sp.Basic) -> list[sp.Basic]:
        """The factors of a product built by :meth:`mul`, in written order."""
        out: list[sp.Basic] = []
        entry = self.chains.get(id(e))
        while entry is not None:
            _, before, factor, _ = entry
            out.append(factor)
            if isinstance(before, tuple):
                entry = before
            else:
                out.append(before)
                entry = None
        return out[::-1]

    def div(self, c: list) -> sp.Basic:
        divided = self._dotted_after_operator(c[0], c[2], sp.Pow(c[2], -1, evaluate=False))
        if divided is not None and self.ctx.other_reading:
            return divided
        out = sp.Mul(c[0], sp.Pow(c[2], -1, evaluate=False), evaluate=False)
        self.slashed[id(out)] = out
        return out

    def frac(self, c: list) -> sp.Basic:
        num, den = c[1], c[2]
        if isinstance(num, sp.Integer) and isinstance(den, sp.Integer) and den != 0:
            return sp.Rational(int(num), int(den))
        lost = _lost_d(num, den, self.ctx)
        if lost is not None:
            return lost
        inv = sp.Pow(den, -1, evaluate=False)
        out = inv if num == 1 else sp.Mul(num, inv, evaluate=False)
        self.fractions[id(out)] = out  # for a \prod's scope
        return out

    def power(self, c: list) -> sp.Basic:
        base, exp = c[0], c[2]
        v = _variance_root(base)
        if v is not None and isinstance(exp, sp.Integer) and int(exp) % 2 == 0:
            # sigma^{2k} is (sigma^2)^k: the post's variable is sigma^2 itself.
            k = int(exp) // 2
            return v if k == 1 else sp.Pow(v, k, evaluate=False)
        out = sp.Pow(base, exp, evaluate=False)
        if id(base) in self.parens:
            self.paren_powers[id(out)] = out  # (x)^2, for \log(x)^2 (._reading_doubts)
        return out

    def factorial(self, c: list) -> sp.Basic:
        if str(c[1]) == "!!":
            return _double_factorial(c[0])
        return sp.factorial(c[0], evaluate=False)

    def transpose(self, c: list) -> sp.Basic:
        return Transposed(c[0], evaluate=False)

    def invtranspose(self, c: list) -> sp.Basic:
        return Transposed(sp.Pow(c[0], -1, evaluate=False), evaluate=False)

    def sqrt(self, c: list) -> sp.Basic:
        return sp.Pow(c[1], sp.S.Half, evaluate=False)

    def log(self, c: list) -> sp.Basic:
        out = self._log_as_written(c[0], c[1])
        arg = c[1]
        if isinstance(arg, sp.Pow) and id(arg) not in self.paren_powers:
            arg = arg.base  # misread61: \log x^2 y is as ambiguous as \log x y
        if id(c[1]) not in self.grouped and isinstance(
            arg, (sp.Symbol, sp.Indexed, sp.NumberSymbol, sp.Integer)
        ):
            self.bare_logs[id(out)] = out  # \log a, for \log a b (._reading_doubts)
        other = braced_log(out, c[1], self.grouped, self.parens, self.ctx.doubts)
        braced = id(c[1]) in self.grouped and id(c[1]) not in self.parens  # \log{(x)^2}
        # a letter's power (\log (1-p)^{n-x}) is the likelihood's log of the power: no doubt
        numeric = id(c[1]) in self.paren_powers and c[1].args[1].is_number
        if other is None and numeric and not braced:
            base, power = c[1].args
            other = power_of_the_value(
                "log",
                sp.Pow(self._log_as_written(c[0], base), power, evaluate=False),
                self.ctx.doubts,
            )
        elif other is None and id(c[1]) in self.paren_powers and not braced:
            log_of_the_power(self.ctx.doubts)  # ATTACK37: one reading, never refuted by it
        return other if other is not None and self.ctx.other_reading else out

    def _log_as_written(self, word: Token, arg: sp.Basic) -> sp.Basic:
        """``\\log`` in the base the prose gives it, else (and ``\\ln``) the natural log.

        ``\\lg`` is base 10 in some texts and base 2 in others: with no base in the prose
        it has no value (a row using it is not judged), never the natural log's.
        """
        if word.type == "LOG" and self.ctx.log_base:
            return _log_in(sp.Integer(self.ctx.log_base), arg)
        if word.type == "LOG" and self.ctx.log_base is not None:  # the prose names two
            return opaque("log")(arg)
        if str(word).strip().lstrip("\\") == "lg":
            return opaque("lg")(arg)
        return sp.log(arg, evaluate=False)

    def log_power(self, c: list) -> sp.Basic:
        """``\\log^2 y``: the square of the log (a whole power; ``\\log^{-1}`` is no power)."""
        n = c[2]
        if not (isinstance(n, sp.Integer) and n > 0):
            raise PostSyntaxError(
                f"\\log^{{{n}}}: a log raised to a power other than a positive whole number "
                "(\\log^{-1} is the inverse function) is not read",
                _col(c[0]),
            )
        return sp.Pow(self._log_as_written(c[0], c[3]), n, evaluate=False)

    def log_base(self, c: list) -> sp.Basic:
        return _log_in(c[2], c[3])

    def exp(self, c: list) -> sp.Basic:
        if len(c) == 2 and id(c[1]) in self.paren_powers:
            base, power = c[1].args
            value = sp.Pow(sp.Pow(sp.E, base, evaluate=False), power, evaluate=False)
            other = power_of_the_value("exp", value, self.ctx.doubts)
            if self.ctx.other_reading:
                return other
        return sp.Pow(sp.E, c[-1], evaluate=False)

    def binom(self, c: list) -> sp.Basic:
        return sp.binomial(c[1], c[2], evaluate=False)

    def multinom(self, c: list) -> sp.Basic:
        """``{n \\choose x_1, \\ldots, x_m}``: ``n!`` over the factorials of the counts listed
        (written out, or from ``x_1`` to ``x_m`` around an ellipsis)."""
        total, counts = c[1], [a for a in c[3:-1] if isinstance(a, sp.Basic)]
        if _DOTS in counts:
            if counts.index(_DOTS) != len(counts) - 2:
                raise PostSyntaxError(_ELLIPSIS)
            template, k, start, upper = _listed(counts[:-2], counts[-1], [total])
            if start != 1:  # \binom{n}{x_2, \ldots, x_m}: from where?
                raise PostSyntaxError(_ELLIPSIS)
            below = make_sum(sp.Product, sp.factorial(template, evaluate=False), k, start, upper)
        else:
            below = sp.Mul(*(sp.factorial(a, evaluate=False) for a in counts), evaluate=False)
        return sp.Mul(
            sp.factorial(total, evaluate=False), sp.Pow(below, -1, evaluate=False), evaluate=False
        )

    def absval(self, c: list) -> sp.Basic:
        inner = c[1]
        if not inner.is_commutative:
            return opaque("det")(inner)
        return sp.Abs(inner, evaluate=False)

    def func(self, c: list) -> sp.Basic:
        return self._function(c[0], c[-1])

    def func_prime(self, c: list) -> sp.Basic:
        primes = sum(1 for t in c if isinstance(t, Token) and t.type == "PRIME")
        body = self._function(c[0], c[-1])
        arg = c[-1]
        if not isinstance(arg, sp.Symbol):
            raise PostSyntaxError("a derivative (') of a function of an expression", _col(c[0]))
        return _derivative(body, [arg] * primes)

    def func_power(self, c: list) -> sp.Basic:
        """``\\sin^2 x``: the power of a trigonometric or hyperbolic function's value
        (parse12). Only a positive whole power: ``\\sin^{-1}`` is the inverse function."""
        name = getattr(c[0], "payload", None) or str(c[0])
        n = c[2]
        if name not in _ELEMENTARY and name not in _RECIPROCAL:
            raise PostSyntaxError(f"a power written on {c[0]} before its argument", _col(c[0]))
        if not (isinstance(n, sp.Integer) and n > 0):
            raise PostSyntaxError(
                f"\\{name}^{{{n}}}: a power other than a positive whole number on a function "
                "(\\sin^{-1} is the inverse function) is not read",
                _col(c[0]),
            )
        return sp.Pow(self._function(c[0], c[3]), n, evaluate=False)

    def func_args(self, c: list) -> sp.Basic:
        args, seps = c[2][0], c[2][1]
        name = getattr(c[0], "payload", None) or str(c[0])
        if seps:  # E[X^2 | X], Var(X | Y) (expect69)
            self._conditioned(name, args, getattr(c[2], "bar", 0))
        if len(args) == 1:
            return self._function(c[0], args[0])
        return opaque(name)(*[a for a in args if a is not _DOTS])

    def event(self, c: list) -> sp.Basic:
        return sp.Eq(c[0], c[2], evaluate=False)

    def event_less(self, c: list) -> sp.Basic:
        """``a < b``, ``a \\le b``: the event of an indicator (see ._sum_where), or of a
        probability, ``a > b`` too (see ._order_events)."""
        made = {"<=": sp.Le, ">": sp.Gt, ">=": sp.Ge}.get(str(c[1]), sp.Lt)
        if any(getattr(x, "is_commutative", True) is False for x in (c[0], c[2])):
            # x_j \geq x_i of a vector x (a column's elements are not numbers here): sympy
            # refuses such an order when it rebuilds the event, and the post's reading crashed
            # (ATTACK38); the row is not read
            raise PostSyntaxError(
                "an order between elements of a vector or matrix is not read", _col(c[1])
            )
        return made(c[0], c[2], evaluate=False)

    def func_sub(self, c: list) -> sp.Basic:
        name = c[0].payload
        return opaque(name)(c[-1], c[2])

    def func_sub_args(self, c: list) -> sp.Basic:
        """``E_{\\theta'}(W_i | X = x)`` (held-out batch 41): the arguments of the call, then
        the subscript, as ``func_sub`` keeps it for one argument."""
        args, seps = c[4][0], c[4][1]
        name = c[0].payload
        if seps:  # E_{\theta'}(W_i | X = x): conditioned on X (expect69)
            self._conditioned(name, args, getattr(c[4], "bar", 0))
        return opaque(name)(*[a for a in args if a is not _DOTS], c[2])

    def _conditioned(self, name: Any, args: list, bar: int) -> None:
        """Keep the letters a mean ``name`` is written conditioned on: its arguments after
        the bar (:attr:`Context.conditioning`)."""
        if str(name) not in MEANS:
            return
        for a in args[max(bar, 1) :]:
            if isinstance(a, sp.Basic):
                self.ctx.conditioning.update(condition_letters(a))

    def log_func_sub_args(self, c: list) -> sp.Basic:
        """``\\log \\mathbb{E}_q[...]`` (parse63): the log of the subscripted call as
        ``func_sub_args`` reads the call alone."""
        return self.log([c[0], self.func_sub_args(c[1:])])

    def _function(self, t: Token, arg: sp.Basic) -> sp.Basic:
        name = getattr(t, "payload", None) or str(t)
        special = _special.DIRECT.get(str(t))
        if special is not None and special.key == name:
            if str(t) in self.ctx.matrix_names:
                # misread61: \Gamma (a + b) of a matrix Gamma was the gamma function of a + b
                raise PostSyntaxError(
                    f"\\{t} is a matrix of the post: \\{t}(...) may be the matrix times the "
                    f"bracket or the {special.key} function, which is not said",
                    _col(t),
                )
            return special.function(arg, evaluate=False)
        if name in _ELEMENTARY:
            return getattr(sp, name)(arg, evaluate=False)
        if name in _RECIPROCAL:  # PARSE11: \sec x as 1/\cos x, which the engine evaluates
            return _RECIPROCAL[name](arg)
        if name == "sqrt" and str(t) == "sqrt":  # NAMES9: sqrt(x) without a backslash
            return sp.sqrt(arg, evaluate=False)
        return opaque(name)(arg)

    # atoms -------------------------------------------------------------------
    def number(self, c: list) -> sp.Basic:
        text = str(c[0])
        digits = len(text) - ("." in text)
        if digits > 300:
            # (before int(): a decimal of 5000 digits failed there with Python's own advice)
            raise PostSyntaxError(f"a number of {digits} digits (the limit is 300)", _col(c[0]))
        if "." in text:
            whole, frac = text.split(".")
            return sp.Rational(int(whole + frac), 10 ** len(frac))
        return sp.Integer(int(text))

    def symbol(self, c: list) -> sp.Basic:
        t: Token = c[0]
        if t.type == "NAME":
            return Named(str(t))
        return self.ctx.symbol(str(t))

    def subscripted(self, c: list) -> sp.Basic:
        t: Token = c[0]
        sub = c[2]
        name = str(t)
        ctx = self.ctx
        read = _indices.element(t, sub, ctx, PostSyntaxError)
        if read is not None:
            return read  # z_{ij}, \pi_j, \gamma_{ij}^{(t)}, x^{(i)}_j (see _indices)
        if isinstance(sub, sp.Symbol) and sub.name in ctx.index_letters:
            sub = ctx.index(sub.name)
            if t.type == "NAME" and name not in ctx.variance_names:
                # \text{elo}_i (external40): a word's elements at the index, as x_i's
                return ctx.sample(name)[sub]
        elif _shifted_index(sub, ctx.index_letters):
            # r_{t-2}, x_{i+1}: the sample a fixed number of places from the index.
            sub = sub.xreplace({s: ctx.index(s.name) for s in sub.free_symbols})
        if isinstance(sub, sp.Pow) and _variance_root(sub) is not None:
            sub = sp.Symbol(str(_variance_root(sub)))
        _, base = _split_accent(name)
        if (
            t.type == "LETTER"
            and base not in ctx.variance_names
            and isinstance(sub, sp.Expr)
            and (sub.is_integer or isinstance(sub, sp.Integer))
            and len(name) <= 12
        ):
            if isinstance(sub, sp.Integer) and name in ("I", "O"):
                return sp.Symbol(f"{name}_{sub}", commutative=name not in ctx.matrix_names)
            return ctx.sample(name)[sub]
        if isinstance(sub, sp.Expr) and sub.is_number and not sub.is_Atom:
            with evaluating(True):  # x_{1/2}: named x_1/2, not after the unevaluated 1/2**1
                sub = sub.doit()
        if t.type == "NAME":
            return Named(f"{name}_{{{sub}}}")
        # theta_{MLE}, mu_{0}, x_m: a symbol of its own, named after the subscript.
        return ctx.symbol(f"{name}_{sub}")

    def apply(self, c: list) -> sp.Basic:
        fname: Token = c[0]
        written = c[-2] if isinstance(c[-2], tuple) else c[2]
        args, seps = written[0], written[1]
        bar = getattr(written, "bar", 0)
        sub = c[2] if len(c) == 6 else None
        name = str(fname)
        if seps:  # E[X^2 | X] (expect69)
            self._conditioned(getattr(fname, "payload", None) or name, args, bar)
        small = isinstance(sub, sp.Symbol) and sub.name.isalpha() and sub.name.islower()
        if small and any(c in self.ctx.summed_letters for c in sub.name):
            # f_i(x), L_i(theta) with i a letter the post's sums run over (kept by
            # _passes._one_small_letter): the family's member at i, a function of x and of
            # the index, whatever letter the index is; f_{ij}(x) (f_{i,j}, one token "ij")
            # with i summed, a member at the pair, j an index too (dropped, sum_i sum_j
            # f_{ij}(x) = n^2 f(x) and sum_i f_{ij}(x) = n f(x) were proved, attack59)
            args = [*args, *(self.ctx.index(c) for c in sub.name)]
            name, sub = f"{name}{FAMILY_MARK}", None
        elif small and name not in self.ctx.lex.several_subscripts:
            sub = None  # h_w(x): h at the parameter w (the subscript a parameter's name)
        if sub is not None:
            name = f"{name}_{sub}"
        if any(id(a) in self.dot_products for a in args):
            # f(x_1 \dots x_n): the sample listed without commas (a joint density), or f at
            # the product? Read as the product, a correct row was refuted (external24)
            raise PostSyntaxError(
                f"{name}(x_1 \\dots x_n): the values listed without commas, or {name} at their "
                "product? Not read (write the commas)",
                _col(fname),
            )
        data = any(a is _DOTS for a in args)
        if data:
            listed = {a.base for a in args if isinstance(a, sp.Indexed)}
            kept = [a for a in args if a is not _DOTS and not isinstance(a, sp.Indexed)]
            if bar:
                # the bar after the list (p(x_1, ..., x_n | theta)) stands after its letter
                before = args[:bar]
                bar = sum(1 for a in before if any(a is k for k in kept))
                if seps and len(listed) == 1 and kept:
                    bar += any(a is _DOTS or isinstance(a, sp.Indexed) for a in before)
            if seps and len(listed) == 1 and kept:
                # p(x_1, ..., x_n | theta): the density of the sample given theta, read as
                # p(\mathbf{x} | theta) is (the sample's letter where the list stands), never
                # as p(theta) - the density of theta, a prior the same post writes p(theta)
                # (HELD24, repro24); p(theta | x_1, ..., x_n) likewise as p(theta | x)
                first = next(k for k, a in enumerate(args) if a not in kept)
                at = sum(1 for a in args[:first] if a in kept)
                kept.insert(at, self.ctx.symbol(str(listed.pop().label)))
            args = kept
        payload = getattr(fname, "payload", None)
        if isinstance(payload, _special.Found) and not getattr(fname, "whole", False) and not data:
            # B(alpha, beta) inside a side: the table's function unless the post defines B
            # (decided when names are resolved). A side that is the call alone
            # (B(a, b) = ...) may define the name: a named quantity as any other.
            return special_call(name)(*args)
        if payload == "dist" or name in _DENSITY_NAMES:
            cls, arity = _DENSITY_NAMES.get(name, (None, 0))
            if name in self.ctx.densities_in_doubt:
                cls = None
            if cls is not None and len(args) == arity and seps:
                if cls is NormalPdf and not _variance_like(args[2]):
                    return opaque(name)(*args)
                return cls(*args, evaluate=False)
            return opaque(name)(*args)
        if name.startswith("\\mathcal{N}"):
            return opaque("Normal")(*args)
        if name == INDICATOR and len(args) == 1:  # READ6: an unknown function of its event
            return INDICATOR_FUNCTION(*args)
        if any(isinstance(a, sp.Equality) and a.rhs.is_number for a in args):
            # P(X = 1) = p, P(X = 0) = 1 - p: values at single points, not one
            # function defined twice; read, with nothing to compare.
            return opaque(name)(*args)
        out = named_function(name, bar if 0 < bar < len(args) else 0)(*args)
        if data:
            out.data = True  # type: ignore[attr-defined]
        primes = getattr(fname, "primes", 0)
        if primes:
            if seps and len(args) == 2 and isinstance(args[1], sp.Symbol):
                # l'(x | mu), l''(x; mu): derivatives in the parameter after the bar (x is
                # the data; read by x, a correct l'' = -x/mu^2 was refuted). A density's
                # p'(x_i;\theta) is as often by x (external48, the Cauchy score): a doubt.
                self.ctx.doubts.append(
                    f"{name}{chr(39) * primes}({sp.sstr(args[0])}; {sp.sstr(args[1])}): by "
                    f"which argument the prime differentiates is not written; the reader "
                    f"takes {sp.sstr(args[1])}"
                )
                return _derivative(out, [args[1]] * primes)
            if len(args) == 1 and args[0].is_number:
                # M'(0): the derivative at a point, d/du M(u) at u = 0
                u = sp.Dummy("u")
                return sp.Subs(_derivative(named_function(name)(u), [u] * primes), u, args[0])
            if not args or not isinstance(args[0], sp.Symbol):
                raise PostSyntaxError("f'(...) needs a variable as its first argument", _col(fname))
            return _derivative(out, [args[0]] * primes)
        return out

    def args(self, c: list) -> tuple[list[sp.Basic], int]:
        vals = [a for a in c if not isinstance(a, (Token, Tree))]
        seps = sum(1 for a in c if isinstance(a, Token) and a.type in ("BAR", "SEMI"))
        bar = 0
        for a in c:
            if isinstance(a, Token) and a.type in ("BAR", "SEMI"):
                break
            if not isinstance(a, (Token, Tree)):
                bar += 1
        return _Args(vals, seps, bar if seps else 0)

    def dots(self, c: list) -> sp.Basic:
        self.dots_col = _col(c[0])
        return _DOTS

    def matrix(self, c: list) -> sp.Basic:
        t = c[0]
        cells = t.payload
        parse = self.ctx.parse_tokens
        if parse is None:
            raise PostSyntaxError("a matrix cannot be read here", _col(t))
        if str(t) == "cases":  # READ6: a piecewise value (see ._cases)
            try:
                return _cases.piecewise(cells, parse)
            except ValueError as exc:
                raise PostSyntaxError(str(exc), _col(t)) from None
        rows: list[list[sp.Basic]] = []
        first_error: Exception | None = None
        for row in cells.cells:
            vals = []
            for cell in row:
                if isinstance(cell, Exception) or not cell:
                    first_error = first_error or (
                        cell if isinstance(cell, Exception) else PostSyntaxError("an empty cell")
                    )
                    break
                try:
                    vals.append(parse(cell))
                except ValueError as exc:
                    first_error = first_error or exc
                    break
            rows.append(vals)
        widths = {len(r) for r in rows}
        if first_error is None and len(widths) == 1 and rows and rows[0]:
            return sp.ImmutableMatrix(rows)
        joined = cells.joined
        if not isinstance(joined, Exception) and joined:
            try:
                return parse(joined)
            except ValueError:
                pass
        why = str(first_error) if first_error else "rows of different lengths"
        raise PostSyntaxError(f"a matrix whose cells cannot be read: {why}", _col(t))

    def evalat(self, c: list) -> sp.Basic:
        body = c[1]
        var, value = c[5], c[7]
        if not isinstance(var, sp.Symbol):
            raise PostSyntaxError("\\right|_{v = a} needs a variable v", _col(c[0]))
        return sp.Subs(body, var, value)

    def evalrange(self, c: list) -> sp.Basic:
        """``F |_a^b``, ``\\left[ F \\right]_a^b``: ``F(b) - F(a)``, in the one letter of ``F``
        the post integrates over (its differential written somewhere): which letter the
        ends are values of is not written here."""
        body, lo, hi = c[1], c[4], c[6]
        unsaid = (
            "an evaluation between two ends (|_a^b) that names no variable: the post "
            "integrates over {said} elsewhere, so which letter takes the values a and b "
            "is not written (write |_{{x=a}}^{{x=b}})"
        )
        name = _integrals.integrated_letter(
            body, self.ctx, _integrals.UNNAMED_END, _col(c[0]), unsaid
        )
        var = next(s for s in body.free_symbols if getattr(s, "name", None) == name)
        return _between(body, var, lo, hi, _col(c[0]))

    def evalrange_named(self, c: list) -> sp.Basic:
        """``F |_{x=a}^{x=b}`` (or ``^{b}``): ``F(b) - F(a)``."""
        body, var, lo = c[1], c[5], c[7]
        if len(c) > 11:
            if c[11] != var:
                raise PostSyntaxError(
                    "an evaluation between two ends names two variables", _col(c[0])
                )
            hi = c[13]
        else:
            hi = c[10]
        if not isinstance(var, sp.Symbol):
            raise PostSyntaxError("|_{v = a}^{b} needs a variable v", _col(c[0]))
        letters = getattr(body, "free_symbols", ())
        same = [s for s in letters if getattr(s, "name", None) == var.name]
        return _between(body, same[0] if same else var, lo, hi, _col(c[0]))

    # operators -----------------------------------------------------------------
    def _wrt(self, v: sp.Basic, tok: Any) -> sp.Basic:
        root = _variance_root(v)
        if root is not None:
            raise PostSyntaxError(
                f"a derivative with respect to {str(root)[:-1]} is not read: this post's "
                f"variable is {str(root)[:-1]}^2",
                _col(tok),
            )
        if (
            isinstance(v, sp.Pow)
            and isinstance(v.base, sp.Symbol)
            and not v.base.is_commutative
            and v.exp == -1
        ):
            # d/d Sigma^{-1}: matrix calculus by the inverse, read as a variable of its own.
            return sp.Symbol(f"{v.base.name}^-1", commutative=False)
        if isinstance(v, sp.Indexed) and isinstance(v.base.label, sp.Symbol):
            # d/dz_i, d/dw_1: one element of an indexed name (checked against the
            # operand by _by_one_element once the operand is known)
            return v
        if isinstance(v, sp.Pow) and v.exp == 2 and isinstance(v.base, sp.Symbol):
            # FIX17 (._square_params): d/d theta^2 in a post that does not otherwise treat
            # theta^2 as its parameter: the second derivative by theta, or by theta^2?
            raise PostSyntaxError(
                f"a derivative by {v.base}^2 with no power on top: the second derivative by "
                f"{v.base} (the common shorthand) or the derivative by {v.base}^2 is not said",
                _col(tok),
            )
        if not isinstance(v, sp.Symbol) or isinstance(v, Named):
            raise PostSyntaxError(f"cannot differentiate with respect to {v}", _col(tok))
        return v

    def dorder(self, c: list) -> int:
        if len(c) == 1:
            return 1
        k = c[2]
        if not (isinstance(k, sp.Integer) and k > 0):
            raise PostSyntaxError(
                f"the order of a derivative must be a positive integer, not {k}", _col(c[0])
            )
        if k > 10:
            raise PostSyntaxError(f"a derivative of order {k} (the limit is 10)", _col(c[0]))
        return int(k)

    def dvars(self, c: list) -> list[sp.Basic]:
        return [v for v in c if not isinstance(v, Token)]

    def _variables(self, order: int, xs: list[sp.Basic], tok: Any) -> list[sp.Basic]:
        """Variables below the line: under ``\\partial^{2}``, ``\\partial \\mu^{2}`` is mu twice.

        Alone, ``\\partial \\sigma^{2}`` is one derivative by the variance symbol.
        """
        if len(xs) == order:
            return [self._wrt(v, tok) for v in xs]
        if len(xs) == 1 and isinstance(xs[0], sp.Pow) and xs[0].exp == order:
            return [self._wrt(xs[0].base, tok)] * order
        raise PostSyntaxError(
            f"a derivative of order {order} needs {order} variables below the line, got "
            f"{', '.join(map(str, xs))}",
            _col(tok),
        )

    def group(self, c: list) -> sp.Basic:
        # (a) and {a}: kept in mind, so d/dv (a) b differentiates a only.
        self.grouped[id(c[1])] = c[1]
        if getattr(c[0], "type", "") == "LPAR":
            self.parens[id(c[1])] = c[1]
        return c[1]

    def _by_the_root(self, order: int, xs: list[sp.Basic]) -> sp.Symbol | None:
        """The variance symbol ``v`` of a first derivative by its root (``\\partial\\sigma``
        where ``\\sigma^2`` is the positive symbol ``sigma2``), None otherwise.

        With ``\\sigma = \\sqrt{v}`` and ``v > 0``, ``d/d\\sigma = 2\\sigma\\, d/dv`` exactly
        (the chain rule), so the derivative is read as that (held-out batch 29: techqa's
        regression variance, ``\\frac{\\partial}{\\partial\\sigma}[-n\\ln\\sigma - ...]`` in a
        post that also differentiates by ``\\sigma^2``, was unread). A higher derivative by the
        root is not this (the chain rule adds terms): it stays unread."""
        if order != 1 or len(xs) != 1:
            return None
        return _variance_root(xs[0])

    def deriv_op(self, c: list) -> sp.Basic:
        root = self._by_the_root(c[2], c[5])
        if root is not None:
            inner = self._deriv_op([root], c)
            out = 2 * sp.sqrt(root) * inner
            for kept in (self.operators, self.bracketed):  # the product stands for it
                if kept.pop(id(inner), None) is not None:
                    kept[id(out)] = out
            return out
        return self._deriv_op(self._variables(c[2], c[5], c[0]), c)

    def _deriv_op(self, variables: list[sp.Basic], c: list) -> sp.Basic:
        try:
            _by_one_element(c[7], variables, c[0])
            out = _derivative(
                c[7], _not_by_a_function(c[7], variables, c[0], self.ctx.function_names)
            )
        except _NotWrittenIn:
            out = _hidden_derivative(c[7], variables)
        if id(c[7]) not in self.grouped:
            self.operators[id(out)] = out
        else:
            self.bracketed[id(out)] = out
        return out

    def deriv_of(self, c: list) -> sp.Basic:
        root = self._by_the_root(c[2], c[6])
        if root is not None:  # d/dsigma = 2 sigma d/dv
            return 2 * sp.sqrt(root) * self._deriv_of([root], c)
        return self._deriv_of(self._variables(c[2], c[6], c[0]), c)

    def _deriv_of(self, variables: list[sp.Basic], c: list) -> sp.Basic:
        try:
            _by_one_element(c[3], variables, c[0])
        except _NotWrittenIn:
            return _hidden_derivative(c[3], variables)
        return _derivative(c[3], _not_by_a_function(c[3], variables, c[0], self.ctx.function_names))

    def _bounds(self, c: list, what: str) -> tuple[sp.Basic, sp.Basic, sp.Basic, sp.Basic]:
        """(index, lower, upper, body) of a sum or product, limits read or inferred."""
        body = c[-1]
        if len(c) == 3:
            idx, lo, hi = c[1]
            if idx is None:
                # \sum_1^n X_i: the first value only; the index is the body's
                idx, body = self._implicit_index(body, c[0])
        else:
            idx, body = self._implicit_index(body, c[0])
            lo = hi = None
        if lo is None and hi is None:
            idx, lo, hi = self._counted(idx, body)
        apart = str(idx) in self.ctx.listed_apart  # (borrows no written range)
        apart = apart or str(idx) in self.ctx.ranges_in_doubt
        known = None if apart else self.ctx.limits.get(str(idx))
        if lo is not None and hi is not None:
            if known is not None and known != (lo, hi):
                # batch 25 (techqa 17): \sum_{i=2}^{n} after the sample's 1..n is no new range
                # of the sample; which one a sum without limits means is not said
                self.ctx.ranges_in_doubt = self.ctx.ranges_in_doubt | {str(idx)}
                self.ctx.limits.pop(str(idx), None)
            elif not apart:
                self.ctx.limits[str(idx)] = (lo, hi)
        elif known is not None:
            lo = known[0] if lo is None else lo
            hi = known[1] if hi is None else hi
        if (lo is None or hi is None) and not apart:
            over = self._range_of_its_sample(idx, body)
            if over is not None:
                lo = over[0] if lo is None else lo
                hi = over[1] if hi is None else hi
        if lo is None and hi is None:
            # a range the post never states: one of any length (see ._unstated_ranges)
            letters, defined = self.ctx.index_letters, self.ctx.lex.functions  # (READ7)
            lo, hi = unstated_range(idx, body, letters, defined) or (lo, hi)
        elif (lo is None or hi is None) and str(idx).islower() and isinstance(idx, sp.Symbol):
            # \sum_j^C: one end written, the other unknown (never refuted, see ._unstated_ranges)
            start, end = range_ends(idx.name)
            lo, hi = (start if lo is None else lo), (end if hi is None else hi)
        if lo is None or hi is None:
            raise PostSyntaxError(
                f"a {what} written without its limits, and the post never says what "
                f"{idx} runs over (write \\{what}_{{{idx}=1}}^{{n}})",
                _col(c[0]),
            )
        # The letter of the index, written bare in the body (\sum_{k=1}^N k), is the
        # index: a symbol read before the sum knew it was bound has the name only.
        same = {
            s: idx
            for s in body.free_symbols
            if isinstance(s, sp.Symbol) and s.name == getattr(idx, "name", None) and s != idx
        }
        if same:
            body = body.xreplace(same)
        own = _named_by_index(body, idx, self.ctx.differentiated_elements)
        if own:
            raise PostSyntaxError(
                f"{own} in a {what} over {idx} is read as one name, the same for every "
                f"{idx}, not as the element at {idx} (the post also writes it outside the "
                f"{what}, e.g. differentiates by it): which is meant is not said",
                _col(c[0]),
            )
        return idx, lo, hi, body

    def _counted(self, idx: sp.Basic, body: sp.Basic) -> tuple[sp.Basic, Any, Any]:
        """``\\sum_N x_n``: ``(n, 1, N)`` (see ``counted_range``), unless the post states
        another range for n or lists its elements from another first index; else no limits."""
        counted = counted_range(idx, body)
        if counted is None:
            return idx, None, None
        small, count = self.ctx.index(str(counted[0])), self.ctx.symbol(str(counted[1]))
        stated = self.ctx.limits.get(str(small))
        if (
            not isinstance(count, sp.Symbol)
            or str(small) in self.ctx.listed_apart
            or str(small) in self.ctx.ranges_in_doubt
            or stated not in (None, (1, count))
        ):
            return idx, None, None
        return small, sp.Integer(1), count

    def _range_of_its_sample(
        self, idx: sp.Basic, body: sp.Basic
    ) -> tuple[sp.Basic, sp.Basic] | None:
        """The range of the sample a sum without limits runs over by another letter.

        ``\\sum_j y_j^2`` in a post whose sample y is written ``y_i`` and summed
        ``\\sum_{i=1}^{N}``: j runs over the same N values. Only when every element the
        body takes at ``idx`` is of one sample whose index has a known range; anything
        else (``\\sum_j a_j`` with a not a sample, ``\\sum_j y_j z_j``) is None.
        """
        at = [a for a in body.atoms(sp.Indexed) if idx in a.indices]
        if not at or any(len(a.indices) != 1 for a in at):
            return None
        labels = {str(a.base.label) for a in at}
        if len(labels) != 1:
            return None  # y_j z_j: two samples, whose ranges the post may state apart
        letter = self.ctx.sample_names.get(labels.pop())
        return None if letter is None else self.ctx.limits.get(letter)

    def _implicit_index(self, body: sp.Basic, t: Any) -> tuple[sp.Basic, sp.Basic]:
        """The index of a sum or product written without one, and its body.

        ``\\sum x_i`` runs over i. ``\\prod{x!}`` (no index at all) in a post whose
        sample is x_i is the product of the x_i!: the bare letters of the post's
        samples, all with the same index letter, become the samples at that index.
        """
        found = {
            i
            for a in body.atoms(sp.Indexed)
            for i in a.indices
            if isinstance(i, sp.Symbol) and i.name in self.ctx.index_letters
        }
        samples = self.ctx.sample_names
        bare = {
            s
            for s in body.free_symbols
            if isinstance(s, sp.Symbol) and s.name in samples and not body.atoms(sp.Indexed)
        }
        letters = {samples[s.name] for s in bare}
        if not found and len(letters) == 1:
            idx = self.ctx.index(letters.pop())
            return idx, body.xreplace({s: self.ctx.sample(s.name)[idx] for s in bare})
        if len(found) != 1:
            raise PostSyntaxError(
                "a sum or product written without an index (\\sum x_i) over more or fewer "
                "than one index",
                _col(t),
            )
        return found.pop(), body

    def sum(self, c: list) -> sp.Basic:
        idx, lo, hi, body = self._bounds(c, "sum")
        self.pairs.enclosed(body, idx, lo, hi)
        whole = make_sum(sp.Sum, body, idx, lo, hi)
        left_out = self.left_out.get(id(c[1])) if len(c) == 3 else None
        if left_out is None:
            return whole
        value = left_out[1]
        names = {str(a) for a in value.free_symbols}
        pair = None
        if names & {str(a) for a in body.free_symbols} or str(idx) in names:
            pair = PostSyntaxError(
                f"a sum over {idx} \\ne {value} whose terms also use {value} (over pairs, or "
                f"over all {idx} but a fixed {value}?) is not read",
                _col(c[0]),
            )
            if str(idx) in names or not isinstance(value, sp.Symbol):
                raise pair
            # read for a fixed value only inside a sum over it, over the same range
            # (\sum_i \sum_{j \ne i}): see ._pair_sums
        elements = any(idx in a.indices for a in body.atoms(sp.Indexed))
        if elements and not names <= self.ctx.index_letters:
            # \theta_j elsewhere in the row is then a name of its own, not the term left out
            raise PostSyntaxError(
                f"a sum that leaves out {idx} = {value}, which is not an index of the post's "
                "sums, is not read",
                _col(c[0]),
            )
        with evaluating(True):
            outside = (
                (value - lo).is_negative
                or (hi - value).is_negative
                or (value.is_number and not value.is_integer)
            )
        if outside:
            raise PostSyntaxError(
                f"a sum from {lo} to {hi} that leaves out {idx} = {value}, which is not among "
                "them, is not read",
                _col(c[0]),
            )
        # every index but one: the whole sum less the term left out
        out = sp.Add(whole, _neg(body.xreplace({idx: value})), evaluate=False)
        if pair is not None:
            self.pairs.wait(out, value, lo, hi, pair)
        return out

    def prod(self, c: list) -> sp.Basic:
        if len(c) == 3 and id(c[1]) in self.left_out:
            raise PostSyntaxError("a product over every index but one is not read", _col(c[0]))
        idx, lo, hi, body = self._bounds(c, "prod")
        factors = self._factors(body) if id(body) in self.chains else [body]
        limits = sp.Tuple(idx, lo, hi)
        if any(self._divided_by_a_constant(f, idx) for f in factors):
            # \prod_i x_i / 2: the product of the quotients, or the quotient of the product?
            # (2^{-n} or 1/2: read either way a correct row could be refuted)
            raise PostSyntaxError(
                f"the scope of a \\prod is unclear: a slash by a divisor without {idx} (inside "
                "the product or after it?); bracket everything it multiplies",
                _col(c[0]),
            )
        for k, factor in enumerate(factors):
            if k and _leading_product(factor, limits):
                # \prod_i a_i \prod_i b_i: side by side, not nested (a product over i inside
                # a product over i would be (prod b)^n, which nobody means), also over other
                # limits (the uncensored points, then the censored ones).
                first = factors[0] if k == 1 else sp.Mul(*factors[:k], evaluate=False)
                return sp.Mul(make_sum(sp.Product, first, *limits), *factors[k:], evaluate=False)
        rest = factors[1:]
        # \prod_i \frac{\lambda^{y_i}}{y_i!} \cdot \frac{b^a}{\Gamma(a)}: a fraction without the
        # index after one with it delimits like a bracket (\frac{\lambda^x}{x_i!} e^{-\lambda}
        # stays one factor: the pmf)
        unindexed_fraction = any(
            id(f) in self.fractions and idx not in getattr(f, "free_symbols", ()) for f in rest
        )
        # \prod_i \exp[-\lambda x_i] \cdot \frac{b^a}{\Gamma(a)}: a call on the index closes
        # its factor as a fraction does (external47, StatProofBook's Poisson-exposure joint:
        # the prior was read inside the product, n times, and the correct row refuted)
        first = factors[0]
        closed = (
            id(first) in self.fractions
            or isinstance(first, sp.Function)
            or (isinstance(first, sp.Pow) and first.base == sp.E)  # \exp[...], e^{...}
        )
        bracketed = (
            len(factors) > 1
            and (id(factors[0]) in self.parens or (closed and unindexed_fraction))
            and idx in getattr(factors[0], "free_symbols", ())
        )
        if (
            bracketed
            and all(idx not in getattr(f, "free_symbols", ()) for f in rest)
            and getattr(hi, "free_symbols", set())
            and all(hi.free_symbols <= getattr(f, "free_symbols", set()) for f in rest)
        ):
            # \prod_i (x_i) \cdot \ln\theta^n, \prod_i (1/y_i!) \lambda^{n ybar} e^{-n lambda}:
            # every factor after the bracket already counts the n terms (it has n, not i), so
            # the product ends at the bracket. (One factor without n - a prior's b^a/Gamma(a)
            # after them - leaves the scope unclear.)
            return sp.Mul(make_sum(sp.Product, factors[0], *limits), *rest, evaluate=False)
        # \prod_i e^{-\lambda} \cdot \frac{b^a}{\Gamma(a)}: no factor carries the index and a
        # fraction follows the first one - is it one factor or n?
        unindexed = (
            len(factors) > 1
            and all(idx not in getattr(f, "free_symbols", ()) for f in factors)
            and unindexed_fraction
        )
        if unindexed or (
            bracketed and any(idx not in getattr(f, "free_symbols", ()) for f in rest)
        ):
            # \prod_i (1/y_i!) \lambda: does the product end at the bracket that carries its
            # index? \prod_i e^{-\lambda} \cdot b^a: is b^a one factor or n? Read either way
            # a correct row could be refuted. PARSE64: read with the product ending at its
            # first factor, as the authors of these rows mean (StatProofBook's Poisson-gamma
            # posteriors, external7 and external47: the prior after the likelihood), and
            # the doubt recorded with its other reading, every factor inside: a row is
            # proved only if it holds both ways, never refuted (._reading_doubts).
            product_scope(idx, self.ctx.doubts)
            if self.ctx.other_reading:
                return make_sum(sp.Product, body, idx, lo, hi)
            return sp.Mul(make_sum(sp.Product, factors[0], *limits), *rest, evaluate=False)
        return make_sum(sp.Product, body, idx, lo, hi)

    def _divided_by_a_constant(self, factor: sp.Basic, idx: sp.Symbol) -> bool:
        """Is ``factor`` a quotient written with a slash (``x_i / 2``, not ``\\frac``) whose
        divisor does not hold the index ``idx``?"""
        if id(factor) not in self.slashed or id(factor) in self.parens:
            return False
        args = getattr(factor, "args", ())
        divisor = args[-1].base if args and isinstance(args[-1], sp.Pow) else None
        return divisor is not None and idx not in getattr(divisor, "free_symbols", ())

    sum_bare = sum
    prod_bare = prod

    def integral(self, c: list) -> sp.Basic:
        """``\\int_a^b f\\,dx``: ``Integral(f, (x, a, b))``, its variable bound.

        The variable is a real :class:`Bound` symbol of the written name, whatever the
        post's symbol of that name assumes (a parameter declared positive is integrated over the
        limits written, not over its own domain); every symbol of that name in the
        integrand is it, as a sum's index is.
        """
        lo, hi, body, var = c[2], c[4], c[6], c[8]
        if not isinstance(var, sp.Symbol) or isinstance(var, Named):
            raise PostSyntaxError(
                f"an integral over {var} (not a plain variable) is not read", _col(c[7])
            )
        if getattr(var, "name", None) == _integrals.UNWRITTEN:
            var = _integrals.unwritten_variable(body, self.ctx, _col(c[0]))
        if getattr(lo, "name", None) == _integrals.SUPPORT:
            lo, hi = _integrals.over_support(var.name, self.ctx, _col(c[0]))
        bound = Bound(var.name, real=True)
        same = {
            s: bound
            for s in getattr(body, "free_symbols", ())
            if isinstance(s, sp.Symbol) and s.name == var.name
        }
        return make_sum(sp.Integral, body.xreplace(same) if same else body, bound, lo, hi)

    def limits(self, c: list) -> tuple[sp.Basic, sp.Basic | None, sp.Basic | None]:
        lower = next(a for a in c if isinstance(a, tuple))
        upper = [a for a in c if not isinstance(a, (tuple, Token))]
        idx, lo = lower
        out = idx, lo, (upper[0] if upper else None)
        if id(lower) in self.left_out:
            self.left_out[id(out)] = (out, self.left_out[id(lower)][1])
        return out

    def between(self, c: list) -> tuple[sp.Basic, sp.Basic, sp.Basic]:
        """``_{0 \\le k < n}``: the index and its first and last values (a strict sign
        leaves its bound out)."""
        lo, first, idx, second, hi = c[2], c[3], c[4], c[5], c[6]
        with evaluating(True):
            lo = lo + 1 if str(first) == "<" else lo
            hi = hi - 1 if str(second) == "<" else hi
        return self.ctx.index(str(idx)), lo, hi

    def lower_except(self, c: list) -> tuple[sp.Basic, sp.Basic | None]:
        """``{k=1, k \\ne 3}`` or ``{k \\ne j}``: the index, its first value if written, and
        (kept in ``left_out``, for the sum) the value it skips."""
        letters = [str(a) for a in c if isinstance(a, Token) and a.type == "LETTER"]
        if len(set(letters)) != 1:
            raise PostSyntaxError(
                "the condition below the sum is on another letter than its index", _col(c[0])
            )
        vals = [a for a in c if not isinstance(a, Token)]
        out = self.ctx.index(letters[0]), (vals[0] if len(vals) == 2 else None)
        self.left_out[id(out)] = (out, vals[-1])
        return out

    def lower(self, c: list) -> tuple[sp.Basic, sp.Basic | None]:
        letters = [a for a in c if isinstance(a, Token) and a.type == "LETTER"]
        idx = self.ctx.index(str(letters[0]))
        vals = [a for a in c if not isinstance(a, Token)]
        return idx, (vals[0] if vals else None)

    def lower_value(self, c: list) -> tuple[None, sp.Basic]:
        """``\\sum_1^n``: a lower limit with no index letter (the body says which)."""
        num = next(a for a in c if isinstance(a, Token) and a.type == "NUM")
        return None, self.number([num])

    def argmax(self, c: list) -> sp.Basic:
        return ArgMax(_maximised(c[0], c[3]), c[2], evaluate=False)

    def argmax_bare(self, c: list) -> sp.Basic:
        return ArgMax(_maximised(c[0], c[1]), sp.Symbol("?"), evaluate=False)

    def __default__(self, data: str, children: list, meta: Any) -> Any:
        # Parenthesised and braced groups: the expression inside.
        vals = [ch for ch in children if not isinstance(ch, Token)]
        if len(vals) == 1:
            return vals[0]
        return Tree(data, children, meta)


def _variance_like(v: sp.Basic) -> bool:
    return bool(v.free_symbols) and all(
        s.is_positive for s in v.free_symbols if isinstance(s, sp.Symbol)
    )


_DOTS = sp.Symbol("\\ldots")
_ELLIPSIS = (
    "an ellipsis (\\ldots) stands for terms that are not written; only "
    "t(1) + t(2) + \\ldots + t(N) over a subscript is read (as a sum)"
)


def _is_dots(t: sp.Basic) -> bool:
    """Is ``t`` the ellipsis, after a plus or a minus sign (``\\ldots``, ``-\\ldots``)?"""
    return t is _DOTS or t == _neg(_DOTS)


def _terms(e: sp.Basic) -> list[sp.Basic]:
    """The terms of a sum in written order (nested left by the grammar, or flat)."""
    if isinstance(e, sp.Add) and len(e.args) == 2:
        return _terms(e.args[0]) + [e.args[1]]
    if isinstance(e, sp.Add):
        return list(e.args)
    return [e]


def _at(template: sp.Basic, k: sp.Basic, value: sp.Basic) -> sp.Basic:
    """``template`` with its samples at index ``k`` (a letter or a number) taken at ``value``."""
    return template.replace(
        lambda a: isinstance(a, sp.Indexed) and a.indices == (k,), lambda a: a.base[value]
    )


def _ellipsis_index(exprs: list[sp.Basic]) -> sp.Symbol:
    """An index letter the terms do not use (``n``, unless they run to ``x_n``)."""
    used = {s.name for e in exprs for s in e.free_symbols}
    name = next((c for c in "nijkm" if c not in used), "")
    if not name:
        raise PostSyntaxError(_ELLIPSIS)
    return S.n if name == "n" else sp.Symbol(name, integer=True, positive=True)


def _ellipsis_product(before: list[sp.Basic], after: list[sp.Basic]) -> sp.Basic | None:
    """``c t(1) t(2) \\cdots t(M)`` (each term one or more factors) as ``c Product(t(k), ...)``.

    The factors after the dots are the last term; those before end with at least
    two terms of as many factors, at 1, 2, ...; None when they do not.
    """
    m = len(after)
    last = after[0] if m == 1 else sp.Mul(*after, evaluate=False)
    k = _ellipsis_index([*before, last])
    uppers = {a.indices[0] for a in last.atoms(sp.Indexed) if len(a.indices) == 1} - {k}
    for count in range(len(before) // m, 0, -1):
        cut = len(before) - count * m
        terms = [before[cut + j * m : cut + (j + 1) * m] for j in range(count)]
        terms = [t[0] if m == 1 else sp.Mul(*t, evaluate=False) for t in terms]
        template = _at(terms[0], sp.Integer(1), k)
        if template == terms[0] or any(
            _at(template, k, sp.Integer(j)) != t for j, t in enumerate(terms[1:], start=2)
        ):
            continue
        if count == 1 and not _only_at_one(terms[0]):
            continue  # one term: every element at index 1, as for a sum (_listed)
        for upper in uppers:
            if count == 1 and (upper.is_Integer or not _unit_step(upper)):
                continue  # f(t_1) \cdots f(t_{2n}): which step is not said
            if _at(template, k, upper) == last:
                product = make_sum(sp.Product, template, k, sp.Integer(1), upper)
                return sp.Mul(*before[:cut], product, evaluate=False) if cut else product
    return None


def _only_at_one(term: sp.Basic) -> bool:
    """external40: ``f^*(t_1) \\cdots f^*(t_n)``: the one term written before the dots has
    elements, every one of them at index 1 (no other subscript to tell the step by)."""
    elements = term.atoms(sp.Indexed)
    return bool(elements) and all(a.indices == (sp.Integer(1),) for a in elements)


def _ellipsis_sum(first: list[sp.Basic], last: sp.Basic) -> sp.Basic:
    """``t(s) + t(s+1) + \\ldots + t(M)`` as ``Sum(t(n), (n, s, M))``, matched on subscripts."""
    first = [t for t in first if not _is_dots(t)]
    if not first:
        raise PostSyntaxError(_ELLIPSIS)
    try:
        template, k, start, upper = _listed(first, last)
        return make_sum(sp.Sum, template, k, start, upper)
    except PostSyntaxError:
        pass
    # posts59: c + t(1) + \ldots + t(N), a constant or an intercept written before the
    # pattern (\log(n!/\ldots) + \log p_1^{x_1} + \cdots, \theta_0 + \theta_1 x_1 + \cdots)
    for cut in range(1, len(first)):
        lead = first[:cut]
        try:
            template, k, start, upper = _listed(first[cut:], last, lead)
        except PostSyntaxError:
            continue
        if _apart_from_pattern(lead, template, k, start):
            return sp.Add(*lead, make_sum(sp.Sum, template, k, start, upper), evaluate=False)
    raise PostSyntaxError(_ELLIPSIS)


def _apart_from_pattern(
    lead: list[sp.Basic], template: sp.Basic, k: sp.Symbol, start: sp.Basic
) -> bool:
    """Are the terms ``lead`` written before a pattern ``template`` (from index ``start``)
    apart from it? Their elements of the pattern's samples at a number may only sit just
    before its start (``\\theta_0`` before ``\\theta_1 x_1 + \\cdots``): ``x_1 + x_3 +
    \\ldots + x_n`` may step by two, which the one term after ``x_1`` does not say. Nor may
    one be the pattern's own term with the other sign (``x_1 - x_2 - \\ldots - x_n``: signs
    that do not follow one pattern stay unread)."""
    samples = {a.base for a in template.atoms(sp.Indexed) if k in a.indices}
    at = sp.Integer(int(start) - 1)  # no unevaluated 1 - 1 (evaluating(False))
    own = _at(template, k, at)
    for t in lead:
        elements = [  # a product over all of them (x_1! \cdots x_k!) is apart
            a for a in t.atoms(sp.Indexed) if a.base in samples and a.indices[0].is_Integer
        ]
        if elements and (
            any(a.indices != (at,) for a in elements) or own in (t, _neg(t)) or t == _neg(own)
        ):
            return False
    return True


def _unit_step(upper: sp.Basic) -> bool:
    """Is ``upper`` a letter, a letter plus a number or a number (``N``, ``n - 1``, ``5``)?
    After one written term, ``x_2 + \\ldots + x_N`` goes up by one; ``x_2 + \\ldots +
    x_{2N}`` may go up by two, which one term does not say."""
    if upper.is_Integer or upper.is_Symbol:
        return True
    return bool(
        upper.is_Add
        and len(upper.args) == 2
        and sum(1 for a in upper.args if a.is_Symbol) == 1
        and sum(1 for a in upper.args if a.is_Integer) == 1
    )


def _listed(
    first: list[sp.Basic], last: sp.Basic, around: list[sp.Basic] = ()
) -> tuple[sp.Basic, sp.Symbol, sp.Integer, sp.Basic]:
    """The term ``t(k)``, its index ``k``, the first index ``s`` and the last index ``M``
    of ``t(s), t(s+1), \\ldots, t(M)`` (``first`` the terms before the dots), matched on
    subscripts; ``k`` is a letter neither the terms nor the expressions ``around`` them use.

    PARSE11: the terms may start at any number (``x_0 + x_1 + \\cdots + x_n``), and one
    written term is enough when its subscript is its only number and the last index a
    letter (plus a number): ``x_2 + \\ldots + x_N``.
    """
    k = _ellipsis_index([*first, last, *around])
    starts = sorted(
        {
            a.indices[0]
            for a in first[0].atoms(sp.Indexed)
            if len(a.indices) == 1 and a.indices[0].is_Integer and a.indices[0] >= 0
        }
    )
    if len(first) == 1 and len(starts) != 1:
        raise PostSyntaxError(_ELLIPSIS)
    for start in starts:
        template = first[0].replace(
            lambda a, s=start: isinstance(a, sp.Indexed) and a.indices == (s,),
            lambda a: a.base[k],
        )
        if template == first[0]:
            continue
        at = [sp.Integer(int(start) + j) for j in range(len(first))]  # no unevaluated 1 + 1
        if any(_at(template, k, at[j]) != t for j, t in enumerate(first[1:], start=1)):
            continue
        # The upper bound is the subscript of the last term where the template has k.
        uppers = {a.indices[0] for a in last.atoms(sp.Indexed)} - {k}
        for upper in sorted(uppers, key=sp.default_sort_key):
            if _at(template, k, upper) != last:
                continue
            if upper.is_Integer and int(upper) <= int(at[-1]):
                continue
            if len(first) == 1 and not _unit_step(upper):
                continue
            return template, k, start, upper
    raise PostSyntaxError(_ELLIPSIS)


def to_sympy(tree: Tree, ctx: Context) -> sp.Basic:
    """The sympy expression of a parse tree, built unevaluated."""
    t = ToSympy(ctx)
    with evaluating(False):
        out = t.transform(tree)
    t.pairs.done()
    if not isinstance(out, sp.Basic):
        raise PostSyntaxError(f"could not build an expression from {out!r}")
    if out.has(_DOTS):
        raise PostSyntaxError(_ELLIPSIS, getattr(t, "dots_col", 0))
    return out
