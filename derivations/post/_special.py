"""Standard special functions that posts use without defining them: one table.

A derivation of a gamma or beta MLE writes ``\\Gamma(\\alpha)``, ``B(\\alpha,
\\beta)`` and ``\\psi(\\alpha)``; a von Mises MLE writes ``I_0(\\kappa)``. The
authors take these as known. Each entry here says how the reader spells the
call (after the lexer: ``\\mathrm{B}`` and ``\\operatorname{B}`` are the letter
``B``), how many arguments it takes, the sympy function (whose derivatives
sympy knows, so ``d/d\\alpha \\log B(\\alpha, \\beta)`` is
``\\psi(\\alpha) - \\psi(\\alpha + \\beta)``) and a description for the note on
the row.

Where the table is used (see :meth:`._resolve.Names._special`):

- ``\\Gamma(x)`` is read as the gamma function wherever it is called, as the
  reader always has (:mod:`._lexer`, :mod:`._tosympy`);
- the other names are read as calls of the post's own function name (``B``,
  ``psi``, ``I_0``), so the post's own definition of the name wins: a row that
  gives it a value (``B(a, b) = a + b``) is what later rows are checked
  against, and the table is consulted only when no row gave it one;
- a post that gives the name a value as a plain symbol (``\\psi = 2``) does not
  get the table either: its ``\\psi(x + 1)`` stays unread;
- a post that defines a function of that letter in a row the reader cannot read
  (``I_0(\\kappa) = \\frac{1}{2\\pi} \\int_0^{2\\pi} e^{\\kappa \\cos x} dx``) gets
  the table only where it also uses a named density whose formula is built on the
  function (the von Mises density on ``I_0``): the row notes that the reading is
  assumed. Without such evidence the row is unchecked ("defined in a row the
  reader cannot read"), never refuted through a reading the post may not share.

The arity must match: ``B(x)`` (one argument) is no beta function, ``I_0(x, y)``
no Bessel function. Only an integer literal order is read (``I_0``, ``I_{1}``;
``I_n`` and ``I_\\nu`` are names of their own).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import sympy as sp


@dataclasses.dataclass(frozen=True)
class Special:
    """One standard function.

    Attributes
    ----------
    key : str
        A short name (``"beta"``).
    names : tuple of str
        The function's name as the reader spells the call (``"B"``; ``"psi"``;
        ``"I"`` for ``I_0``, ``I_1`` ... when ``ordered``).
    arity : int
        The number of arguments written in the brackets.
    function : callable
        The sympy function class (``sympy.beta``).
    description : str
        What it is, for the note on the row ("the beta function").
    ordered : bool
        Written with an integer order as a subscript (``I_0``), passed to
        ``function`` before the arguments.
    direct : bool
        Read as the function wherever it is called, never as a name of the post
        (``\\Gamma``, as the reader always has).
    assumable : tuple
        The orders (``None`` for a function without one) a named density of the
        reader's table is built on (the von Mises density on ``I_0``: ``(0,)``): where
        the post defines the name in a row the reader cannot read and uses that
        density, the reading is assumed (module docstring).
    """

    key: str
    names: tuple[str, ...]
    arity: int
    function: Callable[..., sp.Basic]
    description: str
    ordered: bool = False
    direct: bool = False
    assumable: tuple[int | None, ...] = ()
    #: Read only in a post whose words make the letter this function (``LexInfo.normal``:
    #: ``\\Phi`` and ``\\phi`` where the post speaks of the normal law); elsewhere the
    #: letter is the post's own.
    by_words: bool = False
    #: The sympy classes a reading through this entry holds, when ``function`` is no class
    #: itself (the normal cdf is built on erf).
    built_on: tuple[type, ...] = ()

    @property
    def classes(self) -> tuple[type, ...]:
        """The sympy classes whose presence shows a reading through this entry."""
        return (self.function,) if isinstance(self.function, type) else self.built_on

    def build(self, order: int | None, *args: sp.Basic) -> sp.Basic:
        if self.ordered:
            return self.function(sp.Integer(order), *args)
        return self.function(*args)


def _normal_cdf(x: sp.Basic) -> sp.Basic:
    """The standard normal cdf, through erf (whose derivative and values sympy knows)."""
    return (1 + sp.erf(x / sp.sqrt(2))) / 2


def _normal_pdf(x: sp.Basic) -> sp.Basic:
    """The standard normal density."""
    return sp.exp(-(x**2) / 2) / sp.sqrt(2 * sp.pi)


TABLE: tuple[Special, ...] = (
    Special("gamma", ("Gamma",), 1, sp.gamma, "the gamma function", direct=True),
    Special("beta", ("B",), 2, sp.beta, "the beta function Gamma(a) Gamma(b) / Gamma(a + b)"),
    # sympy writes digamma(x) as polygamma(0, x); the engine evaluates both.
    Special(
        "digamma",
        ("psi", "\\operatorname{digamma}"),
        1,
        sp.digamma,
        "the digamma function (the derivative of log Gamma)",
    ),
    # sign(x) = x/|x| for x != 0 (sympy's sign is 0 at 0); d/dmu |x - mu| = -sign(x - mu)
    # wherever the derivative exists, which is how Laplace posts use it.
    Special(
        "sign",
        ("\\mathrm{sign}", "\\mathrm{sgn}", "\\operatorname{sign}", "\\operatorname{sgn}", "sgn"),
        1,
        sp.sign,
        "the sign function (x/|x| for x != 0)",
    ),
    Special(
        "besseli",
        ("I",),
        1,
        sp.besseli,
        "the modified Bessel function of the first kind",
        ordered=True,
        assumable=(0,),  # the von Mises density (._tosympy.VonMisesPdf) is built on I_0
    ),
    # issue 12 (external39): probit, tobit and censored-normal posts write Phi(x'b) and
    # phi(z) for the standard normal's cdf and density and take them as known
    Special(
        "normal_cdf",
        ("Phi",),
        1,
        _normal_cdf,
        "the standard normal cdf (the post speaks of the normal law)",
        by_words=True,
        built_on=(sp.erf,),
    ),
    Special(
        "normal_pdf",
        ("phi",),
        1,
        _normal_pdf,
        "the standard normal density (the post speaks of the normal law)",
        by_words=True,
    ),
    # issue 12 (external41): the zeta (Zipf) distribution's normaliser, which the post's
    # words name the Riemann zeta function
    Special(
        "riemann_zeta",
        ("zeta",),
        1,
        sp.zeta,
        "the Riemann zeta function (the post's words name it)",
        by_words=True,
    ),
)
#: Names read as the function wherever they are called -> the entry (``Gamma``).
DIRECT = {name: e for e in TABLE if e.direct for name in e.names}

#: Commands and words (``\\digamma``, ``\\operatorname{digamma}``) the lexer reads as a
#: name of the table: the spelling -> the name the call gets.
WORDS = {
    "digamma": "\\operatorname{digamma}",
    # \operatorname{sgn} and {sign} name the table's sign function as \mathrm{...} does
    **{w: f"\\mathrm{{{w}}}" for w in ("sgn", "sign")},
}

_ORDERED = re.compile(r"^([A-Za-z]+)_\{?(\d{1,2})\}?$")


@dataclasses.dataclass(frozen=True)
class Found:
    """A call the table reads: the entry, the order (``I_0``: 0) and how it is written."""

    entry: Special
    order: int | None
    written: str

    def build(self, *args: sp.Basic) -> sp.Basic:
        return self.entry.build(self.order, *args)

    @property
    def assumable(self) -> bool:
        """Is a named density of the reader's table built on this function and order?"""
        return self.order in self.entry.assumable

    @property
    def letter(self) -> str:
        """The letter a post would define the function by (``I`` for ``I_0``)."""
        return self.written.split("_", 1)[0]

    def describe(self) -> str:
        if self.entry.ordered:
            return f"{self.entry.description} of order {self.order}"
        return self.entry.description


def ordered_name(letter: str) -> bool:
    """Is ``letter`` the name of a function written with an order (``I`` of ``I_0``)?"""
    return any(e.ordered and letter in e.names for e in TABLE)


def lookup(written: str, arity: int, words: frozenset[str] = frozenset()) -> Found | None:
    """The table's reading of a call ``written(...)`` with ``arity`` arguments, or None.
    An entry read only by the post's words (``Special.by_words``) is found only when
    ``written`` is one of ``words`` (``LexInfo.normal``).

    >>> lookup("B", 2).build(*sp.symbols("a b"))
    beta(a, b)
    >>> lookup("I_1", 1).build(sp.Symbol("k"))
    besseli(1, k)
    >>> lookup("B", 1) is None, lookup("I_n", 1) is None
    (True, True)
    """
    name, order = written, None
    m = _ORDERED.match(written)
    if m is not None:
        name, order = m.group(1), int(m.group(2))
    for entry in TABLE:
        if entry.ordered != (order is not None):
            continue
        if entry.by_words and written not in words:
            continue
        if name in entry.names and arity == entry.arity:
            return Found(entry, order, written)
    return None


def note(found: Found, shown: str, assumed: bool = False, whole: bool = False) -> str:
    """The note on a row that reads ``shown`` (``B(\\alpha, \\beta)``) through the table.

    ``assumed``: the post defines a function of that letter in a row of its own (the
    reading is assumed where that row cannot be read); ``whole``: the call is a side
    alone, which may be the post's own definition of the name."""
    if assumed:
        return (
            f"{shown} read as {found.describe()} where the post's own definition of "
            f"{found.written} cannot be read and the post uses a density built on that "
            "function (an assumed reading)"
        )
    if whole:
        return (
            f"{shown} read as {found.describe()} where the post gives {found.written} no "
            "value of its own"
        )
    return f"{shown} read as {found.describe()}, which the post does not define"
