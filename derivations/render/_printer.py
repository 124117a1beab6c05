"""A LaTeX printer for derivation lines exactly as they were written.

Derivation steps are stored unevaluated, in the order the author typed the
terms and factors. sympy's stock printer is built for evaluated, canonical
trees: on a written tree it prints ``\\left(-1\\right) \\frac{1}{2}``,
``1 \\log{...}`` (the ``1*`` that ``Sum`` puts in front of its body) and
``\\left(\\sigma^{2}\\right)^{2}``. This printer keeps the written order and
prints products, quotients, powers, sums, derivatives and logarithms the way
they appear in a hand-written derivation; anything else falls back to
sympy's printer (with this class's rules applied to the sub-expressions).

Settings are fixed and passed on every call; no global printer state is read
or changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational
from sympy.printing.latex import LatexPrinter

#: Symbols that stand for the square of a Greek letter: ``sigma2`` is the
#: variance as one positive symbol. Its powers print as powers of the letter
#: (``sigma2**2`` is ``\sigma^{4}``), which is how a person writes them.
SQUARED_SYMBOLS: Mapping[str, str] = {"sigma2": r"\sigma"}

#: The settings every call uses. ``order='none'`` keeps written term order in
#: any node this printer hands back to sympy's own printing code.
FIXED_SETTINGS: Mapping[str, Any] = {
    "order": "none",
    "mul_symbol": None,
    "fold_short_frac": False,
    "ln_notation": False,
    "root_notation": True,
    "diff_operator": "d",
}


def _is_negative_number(expr: sp.Basic) -> bool:
    return isinstance(expr, sp.Number) and bool(expr.is_negative)


def _is_minus_one(expr: sp.Basic) -> bool:
    return expr == sp.S.NegativeOne


class WrittenLatexPrinter(LatexPrinter):
    """LaTeX printer for unevaluated, written expression trees.

    Use :func:`latex_expr` rather than instantiating this class; it passes the
    fixed settings.
    """

    printmethod = "_derivations_latex"

    # -- leaves ---------------------------------------------------------------

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        letter = SQUARED_SYMBOLS.get(expr.name)
        if letter is not None:
            return letter + "^{2}"
        return super()._print_Symbol(expr, style=style)

    def _print_Indexed(self, expr: sp.Indexed) -> str:
        # sympy wraps the base in braces ("{x}_{n}"); a plain "x_{n}" is what
        # people write and what the post uses.
        base = self._print(expr.base)
        indices = ", ".join(self._print(i) for i in expr.indices)
        return f"{base}_{{{indices}}}"

    def _print_Rational(self, expr: sp.Rational) -> str:
        if expr.q == 1:
            return str(expr.p)
        sign = "-" if expr.p < 0 else ""
        return rf"{sign}\frac{{{abs(expr.p)}}}{{{expr.q}}}"

    def _print_Exp1(self, expr: sp.Basic) -> str:
        return "e"

    def _print_Pi(self, expr: sp.Basic) -> str:
        return r"\pi"

    # -- functions --------------------------------------------------------------

    def _print_log(self, expr: sp.Basic, exp: str | None = None) -> str:
        head = r"\log" if exp is None else rf"\log^{{{exp}}}"
        return rf"{head}\left({self._print(expr.args[0])}\right)"

    def _print_exp(self, expr: sp.Basic, exp: str | None = None) -> str:
        tex = f"e^{{{self._print(expr.args[0])}}}"
        return tex if exp is None else rf"\left({tex}\right)^{{{exp}}}"

    def _print_Function(self, expr: sp.Basic, exp: str | None = None) -> str:
        if isinstance(expr, AppliedUndef):
            name = expr.func.__name__
            head = name if len(name) == 1 else rf"\operatorname{{{name}}}"
            args = ", ".join(self._print(a) for a in expr.args)
            tex = rf"{head}\left({args}\right)"
            return tex if exp is None else rf"{tex}^{{{exp}}}"
        return super()._print_Function(expr, exp)

    # -- relations ----------------------------------------------------------------

    def _print_Equality(self, expr: sp.Equality) -> str:
        return f"{self._print(expr.lhs)} = {self._print(expr.rhs)}"

    # -- sums and derivatives -------------------------------------------------------

    def _print_Sum(self, expr: sp.Sum) -> str:
        limits = []
        for limit in expr.limits:
            var, lower, upper = limit
            limits.append(
                rf"\sum\limits_{{{self._print(var)}={self._print(lower)}}}^{{{self._print(upper)}}}"
            )
        body = _strip_unit_factor(expr.function)
        tex = self._print(body)
        if isinstance(body, (sp.Add, Relational)):
            tex = rf"\left({tex}\right)"
        return " ".join(limits) + " " + tex

    def _print_Derivative(self, expr: sp.Derivative) -> str:
        order = 0
        parts = []
        for var, count in expr.variable_count:
            order += int(count)
            var_tex = self._print(var)
            if count != 1:
                if var.is_Symbol and var.name in SQUARED_SYMBOLS:
                    var_tex = rf"\left({var_tex}\right)"
                var_tex = f"{var_tex}^{{{count}}}"
            parts.append(rf"\partial {var_tex}")
        top = r"\partial" if order == 1 else rf"\partial^{{{order}}}"
        body = _strip_unit_factor(expr.expr)
        arg = self._print(body)
        if not _self_delimiting(body):
            arg = rf"\left({arg}\right)"
        return rf"\frac{{{top}}}{{{' '.join(parts)}}} {arg}"

    # -- arithmetic ---------------------------------------------------------------------

    def _print_Add(self, expr: sp.Add, order: str | None = None) -> str:
        pieces: list[str] = []
        for i, term in enumerate(_flatten_add(expr)):
            negative, body = self._signed(term)
            if i == 0:
                pieces.append(("- " if negative else "") + body)
            else:
                pieces.append(("- " if negative else "+ ") + body)
        return " ".join(pieces)

    def _print_Mul(self, expr: sp.Mul) -> str:
        negative, body = self._signed(expr)
        return ("- " if negative else "") + body

    def _print_Pow(self, expr: sp.Pow) -> str:
        base, exponent = expr.args
        if exponent.is_Rational and exponent.is_negative:
            return self._fraction([], [_invert(expr)])
        return self._power(base, exponent)

    # -- helpers ------------------------------------------------------------------------

    def _signed(self, term: sp.Basic) -> tuple[bool, str]:
        """Return (is negative, LaTeX of the term without its leading sign)."""
        if _is_negative_number(term):
            return True, self._print(-term)
        if isinstance(term, sp.Mul):
            factors = _flatten_mul(term)
            negative = False
            if factors and _is_negative_number(factors[0]):
                negative = True
                lead = -factors[0]
                factors = factors[1:] if lead == 1 else [lead, *factors[1:]]
            return negative, self._product(factors)
        return False, self._print(term)

    def _product(self, factors: list[sp.Basic]) -> str:
        """Print factors in written order; runs of ``a b / c`` become fractions."""
        if len(factors) > 1 and factors[0] == sp.S.One:
            # Sum and Derivative store a written body f as 1*f.
            factors = factors[1:]
        pieces: list[tuple[str, sp.Basic | None]] = []
        segments = _segments(factors)
        for i, seg in enumerate(segments):
            if seg.dens:
                pieces.append((self._fraction(seg.nums, seg.dens), None))
                continue
            for j, f in enumerate(seg.nums):
                first = i == 0 and j == 0
                last = i == len(segments) - 1 and j == len(seg.nums) - 1
                pieces.append((self._factor(f, first=first, last=last), f))
        return _join_factors(pieces)

    def _fraction(self, nums: list[sp.Basic], dens: list[sp.Basic]) -> str:
        top = "1"
        if nums:
            top = _join_factors(
                [(self._factor(f, first=k == 0, last=True), f) for k, f in enumerate(nums)]
            )
        bottom = _join_factors(
            [(self._factor(f, first=k == 0, last=True), f) for k, f in enumerate(dens)]
        )
        return rf"\frac{{{top}}}{{{bottom}}}"

    def _factor(self, f: sp.Basic, *, first: bool, last: bool) -> str:
        """One factor of a product, parenthesised when juxtaposition would misread."""
        tex = self._print(f)
        if isinstance(f, (sp.Add, Relational)):
            return rf"\left({tex}\right)"
        if _is_negative_number(f) or (isinstance(f, sp.Mul) and _leads_negative(f)):
            return tex if first else rf"\left({tex}\right)"
        if isinstance(f, sp.Sum) and not last:
            # A sum followed by more factors would swallow them into its body.
            return rf"\left({tex}\right)"
        return tex

    def _power(self, base: sp.Basic, exponent: sp.Basic) -> str:
        if base == sp.E:
            return f"e^{{{self._print(exponent)}}}"
        if exponent == sp.S.Half:
            return rf"\sqrt{{{self._print(base)}}}"
        if base.is_Symbol and base.name in SQUARED_SYMBOLS and exponent.is_Integer:
            return f"{SQUARED_SYMBOLS[base.name]}^{{{2 * int(exponent)}}}"
        base_tex = self._print(base)
        if _needs_base_parens(base):
            base_tex = rf"\left({base_tex}\right)"
        return f"{base_tex}^{{{self._print(exponent)}}}"


def _strip_unit_factor(expr: sp.Basic) -> sp.Basic:
    """Drop the ``1*`` that ``Sum`` and ``Derivative`` put around a written body."""
    if isinstance(expr, sp.Mul) and expr.args and expr.args[0] == sp.S.One:
        rest = expr.args[1:]
        if len(rest) == 1:
            return rest[0]
        return sp.Mul(*rest, evaluate=False)
    return expr


def _flatten_add(expr: sp.Add) -> list[sp.Basic]:
    out: list[sp.Basic] = []
    for term in expr.args:
        if isinstance(term, sp.Add):
            out.extend(_flatten_add(term))
        else:
            out.append(term)
    return out


def _flatten_mul(expr: sp.Mul) -> list[sp.Basic]:
    """Factors in written order. A nested product is spliced in only when it
    comes first (``(-N)/2``, ``(2 pi) sigma2``): later ones stay a unit so that
    ``2 (N/2)`` is not reprinted as ``2N/2``."""
    out: list[sp.Basic] = []
    for i, f in enumerate(expr.args):
        if isinstance(f, sp.Mul) and i == 0:
            out.extend(_flatten_mul(f))
        else:
            out.append(f)
    return out


def _leads_negative(expr: sp.Mul) -> bool:
    factors = _flatten_mul(expr)
    return bool(factors) and _is_negative_number(factors[0])


@dataclasses.dataclass
class _Segment:
    """Factors printed as one fraction (or side by side when ``dens`` is empty)."""

    nums: list[sp.Basic]
    dens: list[sp.Basic]
    closed: bool = False  # takes no further factors
    absorbs: bool = False  # a number's denominator: later denominators join it


def _segments(factors: list[sp.Basic]) -> list[_Segment]:
    """Group written factors into fractions.

    Written order decides: numerators followed by one denominator form a
    fraction (``N/2``, ``(x - mu)**2/sigma2``); a factor after that denominator
    starts a new fraction, so ``1/(2 s) * Sum`` prints as a fraction followed
    by the sum and ``(N/2) * (1/(2 pi s))`` as two fractions, as written. A
    number's denominator takes the denominators that follow it
    (``-1/2 * 1/sigma2`` is ``-1/(2 sigma^2)``) and a symbol right after a unit
    fraction (``1/2 * N`` is ``N/2``). Negative numbers, sums and
    derivatives are never put inside a fraction.
    """
    out: list[_Segment] = []
    for f in factors:
        cur = out[-1] if out and not out[-1].closed else None
        if _is_negative_number(f) or isinstance(f, (sp.Sum, sp.Derivative)):
            out.append(_Segment([f], [], closed=True))
        elif isinstance(f, sp.Rational) and not isinstance(f, sp.Integer):
            if cur is None or cur.dens:
                cur = _Segment([], [])
                out.append(cur)
            cur.nums.append(sp.Integer(f.p))
            cur.dens.append(sp.Integer(f.q))
            cur.absorbs = True
        elif isinstance(f, sp.Pow) and f.args[1].is_Rational and f.args[1].is_negative:
            if cur is None or (cur.dens and not cur.absorbs):
                cur = _Segment([], [])
                out.append(cur)
            cur.dens.append(_invert(f))
        elif (
            isinstance(f, (sp.Symbol, sp.Indexed))
            and cur is not None
            and cur.absorbs
            and cur.nums == [sp.S.One]
        ):
            # 1/2 * N reads as N/2, the way the post writes it. The fraction is
            # then complete: a later 1/(2 pi s) stays a fraction of its own.
            cur.nums = [f]
            cur.absorbs = False
        else:
            if cur is None or cur.dens:
                cur = _Segment([], [])
                out.append(cur)
            cur.nums.append(f)
    for seg in out:
        if seg.dens:
            # 1 * a / b: the 1 of a number's numerator is implicit.
            seg.nums = [g for g in seg.nums if g != sp.S.One] if len(seg.nums) > 1 else seg.nums
            if seg.nums == [sp.S.One]:
                seg.nums = []
    return out


def _invert(f: sp.Pow) -> sp.Basic:
    base, exponent = f.args
    if exponent == sp.S.NegativeOne:
        return base
    return sp.Pow(base, -exponent, evaluate=False)


def _self_delimiting(expr: sp.Basic) -> bool:
    """True when an operand reads as one unit without brackets: a symbol, a
    sample, a function call or a power (the post writes d/dmu (x_n - mu)^2)."""
    if isinstance(expr, (sp.Symbol, sp.Indexed, sp.Function)):
        return True
    if isinstance(expr, sp.Pow):
        exponent = expr.args[1]
        return not (exponent.is_Rational and exponent.is_negative)
    return False


def _needs_base_parens(base: sp.Basic) -> bool:
    if isinstance(base, (sp.Add, sp.Mul, sp.Pow, sp.Sum, sp.Derivative)):
        return True
    if isinstance(base, sp.Rational) and not isinstance(base, sp.Integer):
        return True
    if _is_negative_number(base):
        return True
    if base.is_Symbol and base.name in SQUARED_SYMBOLS:
        return True
    return False


def _join_factors(pieces: list[tuple[str, sp.Basic | None]]) -> str:
    """Join printed factors with a space, or ``\\cdot`` where a space misleads:
    before a number or a fraction, and after a derivative (whose operand would
    otherwise seem to continue)."""
    out = ""
    prev: sp.Basic | None = None
    for k, (tex, f) in enumerate(pieces):
        if k == 0:
            out = tex
        else:
            dot = (
                tex[:1].isdigit()
                or tex.startswith(r"\frac")
                or _is_negative_number(f)
                or isinstance(f, sp.Mul)
                and _leads_negative(f)
                or isinstance(prev, sp.Derivative)
                or prev == sp.S.One
            )
            out += (r" \cdot " if dot else " ") + tex
        prev = f
    return out


def latex_expr(expr: Any) -> str:
    """LaTeX for one written expression (or ``Eq``), with fixed settings.

    Parameters
    ----------
    expr : sympy.Basic
        An expression as written in a derivation step, usually unevaluated.

    Returns
    -------
    str
        Math-mode LaTeX without delimiters.

    Raises
    ------
    TypeError
        If ``expr`` is not a sympy object.

    Examples
    --------
    >>> import sympy as sp
    >>> from derivations.symbols import sigma2
    >>> latex_expr(sigma2**2)
    '\\\\sigma^{4}'
    """
    if not isinstance(expr, sp.Basic):
        raise TypeError(f"latex_expr needs a sympy expression, got {type(expr).__name__}.")
    return WrittenLatexPrinter(dict(FIXED_SETTINGS)).doprint(expr)
