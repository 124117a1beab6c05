"""Build sympy objects from a parse tree - never from text.

Every node is constructed unevaluated (``sympy.evaluate(False)``) so that a
row is checked as written: ``log(1)``, ``log(e)``, ``Derivative`` and ``Sum``
stay until the engine evaluates them.

Symbol conventions follow :mod:`derivations.symbols`:

- ``x_{n}`` (or ``\\mathbf{x}_{n}``) is the sample ``x[n]``; ``N`` is the sample
  size and the summation index is the one the sum binds;
- ``\\sigma^{2}`` is the positive symbol ``sigma2``; ``\\sigma^{2k}`` is
  ``sigma2**k`` and a bare ``\\sigma`` is ``sqrt(sigma2)``;
- ``e`` and ``\\exp`` are Euler's number; ``\\log`` and ``\\ln`` are natural
  logarithms; ``\\pi`` is pi;
- ``\\mathcal{N}(x | \\mu, \\sigma^{2})`` is the Gaussian density (kept as the
  unevaluated function :class:`NormalPdf`); ``f(x)``, ``g(x)`` and ``p(X|\\theta)``
  are undefined functions;
- a named quantity (``\\mathcal{LL}``, ``\\ell``) is a :class:`Named` symbol that
  the row builder replaces by the value the post last gave it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import sympy as sp
from lark import Token, Transformer, Tree

from .. import symbols as S


class PostSyntaxError(ValueError):
    """A row uses notation that has no meaning here; ``column`` points into the side."""

    def __init__(self, message: str, column: int = 0) -> None:
        super().__init__(message)
        self.column = column


class Named(sp.Symbol):
    """A named quantity of the post (``\\mathcal{LL}``), replaced before checking."""


class NormalPdf(sp.Function):
    """The Gaussian density N(x | mu, var) as written; ``doit`` gives the formula."""

    nargs = 3

    def doit(self, **hints: Any) -> sp.Basic:
        x, m, v = (a.doit(**hints) if hints.get("deep", True) else a for a in self.args)
        return sp.exp(-((x - m) ** 2) / (2 * v)) / sp.sqrt(2 * sp.pi * v)

    def _eval_evalf(self, prec: int) -> sp.Basic:
        return self.doit()._eval_evalf(prec)


class ArgMax(sp.Function):
    """``argmax_v f``: parsed so it can be shown, but it has no checkable value."""

    nargs = 2


#: Letters that, as a subscript, index the samples (``x_i``) rather than name a symbol.
INDEX_LETTERS = frozenset("ijkmnt")

_SIGMA = sp.Pow(S.sigma2, sp.S.Half, evaluate=False)


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
    """

    symbols: Mapping[str, sp.Symbol] = dataclasses.field(default_factory=dict)
    samples: Mapping[str, sp.IndexedBase] = dataclasses.field(default_factory=dict)

    def symbol(self, name: str) -> sp.Basic:
        if name in self.symbols:
            return self.symbols[name]
        fixed = {
            "N": S.N,
            "n": S.n,
            "mu": S.mu,
            "pi": sp.pi,
            "e": sp.E,
            "sigma": _SIGMA,
            "infty": sp.oo,
        }
        if name in fixed:
            return fixed[name]
        return sp.Symbol(name, real=True)

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
        if name == "x":
            return S.x
        return sp.IndexedBase(name, real=True)


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


def _col(t: Any) -> int:
    return getattr(t, "start_pos", 0) or 0


class ToSympy(Transformer):
    """Tree -> sympy, bottom-up; call with a :class:`Context`."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(visit_tokens=False)
        self.ctx = ctx

    # arithmetic ------------------------------------------------------------
    def add(self, c: list) -> sp.Basic:
        left, right = c[0], c[2]
        if isinstance(left, sp.Add) and left.args[-1] == _DOTS:
            return _ellipsis_sum(_terms(left.args[0]), right)
        return sp.Add(left, right, evaluate=False)

    def sub(self, c: list) -> sp.Basic:
        return sp.Add(c[0], _neg(c[2]), evaluate=False)

    def neg(self, c: list) -> sp.Basic:
        return _neg(c[-1])

    def pos(self, c: list) -> sp.Basic:
        return c[-1]

    def mul(self, c: list) -> sp.Basic:
        a, b = c[0], c[-1]
        return sp.Mul(a, b, evaluate=False)

    def div(self, c: list) -> sp.Basic:
        return sp.Mul(c[0], sp.Pow(c[2], -1, evaluate=False), evaluate=False)

    def frac(self, c: list) -> sp.Basic:
        num, den = c[1], c[2]
        if isinstance(num, sp.Integer) and isinstance(den, sp.Integer) and den != 0:
            return sp.Rational(int(num), int(den))
        inv = sp.Pow(den, -1, evaluate=False)
        if num == 1:
            return inv
        return sp.Mul(num, inv, evaluate=False)

    def power(self, c: list) -> sp.Basic:
        base, exp = c[0], c[2]
        if base is _SIGMA or base == _SIGMA:
            # sigma^{2k} is (sigma^2)^k: the post's variable is sigma^2 itself.
            if isinstance(exp, sp.Integer) and int(exp) % 2 == 0:
                k = int(exp) // 2
                return S.sigma2 if k == 1 else sp.Pow(S.sigma2, k, evaluate=False)
        return sp.Pow(base, exp, evaluate=False)

    def factorial(self, c: list) -> sp.Basic:
        return sp.factorial(c[0], evaluate=False)

    def sqrt(self, c: list) -> sp.Basic:
        return sp.Pow(c[1], sp.S.Half, evaluate=False)

    def log(self, c: list) -> sp.Basic:
        return sp.log(c[1], evaluate=False)

    def log_base(self, c: list) -> sp.Basic:
        base, arg = c[2], c[3]
        if base == sp.E:
            return sp.log(arg, evaluate=False)
        return sp.Mul(
            sp.log(arg, evaluate=False),
            sp.Pow(sp.log(base, evaluate=False), -1, evaluate=False),
            evaluate=False,
        )

    def exp(self, c: list) -> sp.Basic:
        return sp.Pow(sp.E, c[-1], evaluate=False)

    # atoms -------------------------------------------------------------------
    def number(self, c: list) -> sp.Basic:
        text = str(c[0])
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
        if isinstance(sub, sp.Symbol) and sub.name in INDEX_LETTERS:
            sub = self.ctx.index(sub.name)
        if (
            t.type == "LETTER"
            and isinstance(sub, sp.Expr)
            and (sub.is_integer or sub.free_symbols & {S.n, S.N} or isinstance(sub, sp.Integer))
        ):
            return self.ctx.sample(name)[sub]
        if t.type == "NAME":
            return Named(f"{name}_{{{sub}}}")
        # theta_{MLE}, mu_{0}: a symbol of its own, named after the subscript.
        return sp.Symbol(f"{name}_{sub}", real=True)

    def apply(self, c: list) -> sp.Basic:
        name = str(c[0])
        args, bars = c[2]
        if name == r"\mathcal{N}":
            if bars == 1 and len(args) == 3 and S.sigma2 in args[2].free_symbols | {args[2]}:
                return NormalPdf(*args, evaluate=False)
            return sp.Function("Normal")(*args)
        if c[0].type == "FNAME" and name.startswith("\\"):
            # A named quantity with its conditioning written out: LL(X | mu, sigma^2).
            return Named(name)
        return sp.Function(name)(*args)

    def args(self, c: list) -> tuple[list[sp.Basic], int]:
        vals = [a for a in c if not isinstance(a, Token)]
        bars = sum(1 for a in c if isinstance(a, Token) and a.type == "BAR")
        return vals, bars

    def dots(self, c: list) -> sp.Basic:
        self.dots_col = _col(c[0])
        return _DOTS

    # operators -----------------------------------------------------------------
    def _wrt(self, v: sp.Basic, tok: Any) -> sp.Basic:
        if v is _SIGMA or v == _SIGMA:
            raise PostSyntaxError(
                "a derivative with respect to sigma is not supported; the variable here is sigma^2",
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

    def deriv_op(self, c: list) -> sp.Basic:
        return _derivative(c[7], self._variables(c[2], c[5], c[0]))

    def deriv_of(self, c: list) -> sp.Basic:
        return _derivative(c[3], self._variables(c[2], c[6], c[0]))

    def sum(self, c: list) -> sp.Basic:
        idx, lo, hi = c[1]
        if lo is None or hi is None:
            raise PostSyntaxError("a sum needs both bounds, as in \\sum_{n=1}^{N}", _col(c[0]))
        with sp.evaluate(True):  # else Sum stores its body as Mul(1, body)
            return sp.Sum(c[2], (idx, lo, hi))

    def prod(self, c: list) -> sp.Basic:
        idx, lo, hi = c[1]
        if lo is None or hi is None:
            raise PostSyntaxError("a product needs both bounds, as in \\prod_{n=1}^{N}", _col(c[0]))
        with sp.evaluate(True):
            return sp.Product(c[2], (idx, lo, hi))

    def limits(self, c: list) -> tuple[sp.Basic, sp.Basic | None, sp.Basic | None]:
        lower = next(a for a in c if isinstance(a, tuple))
        upper = [a for a in c if not isinstance(a, (tuple, Token))]
        idx, lo = lower
        return idx, lo, (upper[0] if upper else None)

    def lower(self, c: list) -> tuple[sp.Basic, sp.Basic | None]:
        letters = [a for a in c if isinstance(a, Token) and a.type == "LETTER"]
        idx = self.ctx.index(str(letters[0]))
        vals = [a for a in c if not isinstance(a, Token)]
        return idx, (vals[0] if vals else None)

    def argmax(self, c: list) -> sp.Basic:
        return ArgMax(c[3], c[2], evaluate=False)

    def __default__(self, data: str, children: list, meta: Any) -> Any:
        # Parenthesised and braced groups: the expression inside.
        vals = [ch for ch in children if not isinstance(ch, Token)]
        if len(vals) == 1:
            return vals[0]
        return Tree(data, children, meta)


_DOTS = sp.Symbol("\\ldots")
_ELLIPSIS = (
    "an ellipsis (\\ldots) stands for terms that are not written; only "
    "t(1) + t(2) + \\ldots + t(N) over a subscript is read (as a sum)"
)


def _terms(e: sp.Basic) -> list[sp.Basic]:
    """The terms of a left-nested sum in written order (the grammar builds them so)."""
    if isinstance(e, sp.Add) and len(e.args) == 2:
        return _terms(e.args[0]) + [e.args[1]]
    return [e]


def _at(template: sp.Basic, k: sp.Symbol, value: sp.Basic) -> sp.Basic:
    return template.replace(
        lambda a: isinstance(a, sp.Indexed) and a.indices == (k,), lambda a: a.base[value]
    )


def _ellipsis_sum(first: list[sp.Basic], last: sp.Basic) -> sp.Basic:
    """``t(1) + t(2) + \\ldots + t(M)`` as ``Sum(t(n), (n, 1, M))``, matched on subscripts."""
    k = S.n
    if len(first) < 2:
        raise PostSyntaxError(_ELLIPSIS)
    template = first[0].replace(
        lambda a: isinstance(a, sp.Indexed) and a.indices == (sp.Integer(1),), lambda a: a.base[k]
    )
    if template == first[0]:
        raise PostSyntaxError(_ELLIPSIS)
    for j, t in enumerate(first[1:], start=2):
        if _at(template, k, sp.Integer(j)) != t:
            raise PostSyntaxError(_ELLIPSIS)
    # The upper bound is the subscript of the last term where the template has n.
    uppers = {a.indices[0] for a in last.atoms(sp.Indexed)} - {k}
    for upper in uppers:
        if _at(template, k, upper) == last:
            with sp.evaluate(True):  # else Sum stores its body as Mul(1, body)
                return sp.Sum(template, (k, 1, upper))
    raise PostSyntaxError(_ELLIPSIS)


def to_sympy(tree: Tree, ctx: Context) -> sp.Basic:
    """The sympy expression of a parse tree, built unevaluated."""
    t = ToSympy(ctx)
    with sp.evaluate(False):
        out = t.transform(tree)
    if not isinstance(out, sp.Basic):
        raise PostSyntaxError(f"could not build an expression from {out!r}")
    if out.has(_DOTS):
        raise PostSyntaxError(_ELLIPSIS, getattr(t, "dots_col", 0))
    return out
