"""Notebook and console display: ``repr_latex`` and ``text``.

``repr_latex`` returns ``$$ ... $$`` displays only (Colab typesets LaTeX
output only between ``$$`` delimiters): one for a step, and for a derivation
or report one per block, title, note and result, separated by blank lines.
A single display holding a whole derivation would exceed MathJax's buffer
(:data:`MATHJAX_MAX_BUFFER`) and show an error instead of the steps.

Displaying a ``Derivation`` does not check it: a display hook should not run
the checker. Display its report (``derivation.check()``) to see verdicts.
"""

from __future__ import annotations

from typing import Any

import sympy as sp
from sympy.printing.str import StrPrinter

from .._text import escape_text
from ._latex import MARK_WORDS, aligned_rows, row_cells
from ._layout import Layout, build_layout, counterexample_items, step_row, step_rule_text

# The objects are recognised by what they have, not by class: the data model
# imports this package for its display hooks, so this package must not import
# the data model.


def _is_report(obj: Any) -> bool:
    return hasattr(obj, "derivation") and hasattr(obj, "steps")


def _is_derivation(obj: Any) -> bool:
    return hasattr(obj, "steps") and hasattr(obj, "assumptions")


def _is_step(obj: Any) -> bool:
    return hasattr(obj, "expr") and hasattr(obj, "relation") and hasattr(obj, "rules")


#: MathJax stops on a display whose TeX exceeds its buffer (``maxBuffer``,
#: 5 * 1024 characters by default, in MathJax 2 and 3 alike).
MATHJAX_MAX_BUFFER = 5 * 1024


def _layout_display(layout: Layout) -> str:
    displays = [r"\textbf{" + escape_text(layout.title) + "}"]
    for section in layout.sections:
        if section.title:
            displays.append(r"\textit{" + escape_text(section.title) + "}")
        for block in section.blocks:
            rows = aligned_rows(block, verdict_column=layout.checked)
            displays.append("\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}")
        for f in section.failures:
            words = MARK_WORDS.get(f.verdict, f.verdict)
            note = f"Note {f.number}. Step {f.index} ({f.rule}) is {words}"
            note += f": {f.reason}." if f.reason else "."
            lines = [r"\text{" + escape_text(note) + "}"]
            if f.counterexample:
                parts = []
                for name, value, is_math in counterexample_items(f.counterexample):
                    shown = value if is_math else r"\text{" + escape_text(value) + "}"
                    parts.append(f"{name} = {shown}")
                lines.append(r"\quad " + r",\ ".join(parts))
            displays.append("\\begin{array}{l}\n" + " \\\\\n".join(lines) + "\n\\end{array}")
    for _, eq in layout.results:
        displays.append(r"\boxed{" + eq + "}")
    return "\n\n".join(f"$${d}$$" for d in displays)


def repr_latex(obj: Any) -> str:
    """LaTeX for notebook display of a Derivation, a Step or a Report.

    Parameters
    ----------
    obj : Derivation, Step or Report

    Returns
    -------
    str
        ``$$``-delimited displays: one for a step; for a derivation or report
        one per block, title, note and result, separated by blank lines.

    Raises
    ------
    TypeError
        If ``obj`` is none of the three.
    """
    if _is_report(obj):
        return _layout_display(build_layout(obj.derivation, obj))
    if _is_derivation(obj):
        return _layout_display(build_layout(obj, None))
    if _is_step(obj):
        row = step_row(-1, obj)
        label = r"\text{" + escape_text(row.rule) + "}"
        cells = row_cells(row, bool(row.arrow))
        return f"$$\\begin{{aligned}}\n{cells} && {label}\n\\end{{aligned}}$$"
    raise TypeError(f"repr_latex needs a Derivation, Step or Report, got {type(obj).__name__}.")


class _WrittenStrPrinter(StrPrinter):
    """Plain text of a written (unevaluated) tree, factors in written order.

    sympy's str printer reorders the factors of an unevaluated product and can
    misplace a sign (``-1/2 * a * b**-1`` came out as ``1/(... * E**(a/b))``
    inside an exponent); this one prints what was written.
    """

    def _print_Mul(self, expr: sp.Mul) -> str:
        factors = list(expr.args)
        if len(factors) > 1 and factors[0] == sp.S.One:
            factors = factors[1:]  # Sum and Derivative store a body f as 1*f
        if len(factors) == 1:
            return self._print(factors[0])
        if factors[0] == sp.S.NegativeOne:
            rest = sp.Mul(*factors[1:], evaluate=False) if len(factors) > 2 else factors[1]
            inner = self._print(rest)
            return "-" + (f"({inner})" if isinstance(rest, sp.Add) else inner)
        out = ""
        for i, f in enumerate(factors):
            if i > 0 and isinstance(f, sp.Pow) and f.args[1] == sp.S.NegativeOne:
                # a*b**-1 reads as a/b
                base = f.args[0]
                tex = self._print(base)
                atomic = isinstance(base, (sp.Symbol, sp.Indexed)) or (
                    isinstance(base, sp.Integer) and base.is_positive
                )
                out += "/" + (tex if atomic else f"({tex})")
                continue
            tex = self._print(f)
            wrap = (
                isinstance(f, sp.Add)
                or (
                    i > 0
                    and (isinstance(f, sp.Mul) or (isinstance(f, sp.Number) and f.is_negative))
                )
                or (isinstance(f, sp.Rational) and not isinstance(f, sp.Integer) and i > 0)
            )
            out += ("*" if i > 0 else "") + (f"({tex})" if wrap else tex)
        return out


def _plain(expr: sp.Basic) -> str:
    return _WrittenStrPrinter({"order": "none"}).doprint(expr)


def _step_line(step: Any) -> str:
    arrow = {"<=>": "<=> ", "=>": "=> ", "=": "= ", "start": ""}[step.relation]
    body = (
        _plain(step.expr)
        if not isinstance(step.expr, sp.Equality)
        else (f"{_plain(step.expr.lhs)} = {_plain(step.expr.rhs)}")
    )
    return f"{arrow}{body}    [{step_rule_text(step)}]"


def text(obj: Any) -> str:
    """A readable plain-text form of a Derivation or a Step (for ``__str__``).

    Raises
    ------
    TypeError
        If ``obj`` is neither.
    """
    if _is_derivation(obj):
        lines = [f"{obj.title} ({obj.name})"]
        if obj.assumptions:
            lines.append("Assumptions:")
            for a in obj.assumptions:
                lines.append(f"  {_plain(a.symbol)}: {a.words}")
        for title, indices in obj.sections():
            if title:
                lines.append(title)
            width = len(str(len(obj.steps) - 1))
            for i in indices:
                lines.append(f"  [{i:>{width}}] {_step_line(obj.steps[i])}")
        if obj.results:
            lines.append("Results:")
            for eq in obj.results.values():
                lines.append(f"  {_plain(eq.lhs)} = {_plain(eq.rhs)}")
        return "\n".join(lines)
    if _is_step(obj):
        return _step_line(obj)
    raise TypeError(f"text needs a Derivation or a Step, got {type(obj).__name__}.")
