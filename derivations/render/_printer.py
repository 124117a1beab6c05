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

from collections.abc import Mapping
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef
from sympy.core.relational import Relational
from sympy.printing.latex import LatexPrinter

from ._shapes import (
    SQUARED_SYMBOLS,
    flatten_add,
    flatten_mul,
    invert,
    is_negative_number,
    leads_negative,
    needs_base_parens,
    segments,
    self_delimiting,
    strip_unit_factor,
)

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
        body = strip_unit_factor(expr.function)
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
        body = strip_unit_factor(expr.expr)
        arg = self._print(body)
        if not self_delimiting(body):
            arg = rf"\left({arg}\right)"
        return rf"\frac{{{top}}}{{{' '.join(parts)}}} {arg}"

    # -- arithmetic ---------------------------------------------------------------------

    def _print_Add(self, expr: sp.Add, order: str | None = None) -> str:
        pieces: list[str] = []
        for i, term in enumerate(flatten_add(expr)):
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
            return self._fraction([], [invert(expr)])
        return self._power(base, exponent)

    # -- helpers ------------------------------------------------------------------------

    def _signed(self, term: sp.Basic) -> tuple[bool, str]:
        """Return (is negative, LaTeX of the term without its leading sign)."""
        if is_negative_number(term):
            return True, self._print(-term)
        if isinstance(term, sp.Mul):
            factors = flatten_mul(term)
            negative = False
            if factors and is_negative_number(factors[0]):
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
        groups = segments(factors)
        for i, seg in enumerate(groups):
            if seg.dens:
                pieces.append((self._fraction(seg.nums, seg.dens), None))
                continue
            for j, f in enumerate(seg.nums):
                first = i == 0 and j == 0
                last = i == len(groups) - 1 and j == len(seg.nums) - 1
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
        if is_negative_number(f) or (isinstance(f, sp.Mul) and leads_negative(f)):
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
        if needs_base_parens(base):
            base_tex = rf"\left({base_tex}\right)"
        return f"{base_tex}^{{{self._print(exponent)}}}"


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
                or is_negative_number(f)
                or isinstance(f, sp.Mul)
                and leads_negative(f)
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
