"""Rendering checked derivations: LaTeX, Markdown, notebook and plain text.

The pipeline is derivation + report -> :mod:`._layout` (one layout;
expressions printed by :mod:`._printer`, which groups written trees with
:mod:`._shapes`; words typeset by :mod:`._words`) -> a format (:mod:`._latex`,
:mod:`._markdown`, :mod:`._display`). :mod:`._table` is the plain-text report.
:mod:`._cli` adds the ``latex`` and ``markdown`` subcommands; :mod:`._compile`
runs pdflatex and writes files atomically. See ``docs/rendering.md``.

Nothing here imports the data model or the engine: the data model imports this
package (for its display hooks), so objects are recognised by their attributes.
"""

from __future__ import annotations

from typing import Any

# Nothing here imports sympy at import time: the CLI imports this package to
# register its subcommands, and ``derivations --help`` must stay fast.


def latex_expr(expr: Any) -> str:
    """LaTeX of one written expression; see :func:`._printer.latex_expr`."""
    from ._printer import latex_expr as _latex_expr

    return _latex_expr(expr)


def repr_latex(obj: Any) -> str:
    """``$$``-delimited LaTeX of a Derivation, Step or Report, for notebooks."""
    from ._display import repr_latex as _repr_latex

    return _repr_latex(obj)


def text(obj: Any) -> str:
    """Readable plain text of a Derivation or Step, for ``__str__``."""
    from ._display import text as _text

    return _text(obj)


def report_text(report: Any) -> str:
    """The plain-text report of a check (for ``Report.__str__``)."""
    from ._table import report_text as _report_text

    return _report_text(report)


def _report_for(derivation: Any, report: Any | None, check: bool) -> Any | None:
    if report is not None:
        return report
    return derivation.check() if check else None


def derivation_latex(
    derivation: Any, report: Any | None = None, *, standalone: bool = False, check: bool = True
) -> str:
    """The derivation as LaTeX, one aligned row per step.

    Parameters
    ----------
    derivation : Derivation
    report : Report, optional
        Verdicts to show. When omitted the derivation is checked first,
        unless ``check`` is False.
    standalone : bool
        A complete document (title, assumptions in words, the steps, boxed
        results) instead of display blocks for pasting into a document.
    check : bool
        Check the derivation when no report is given. False renders the steps
        without verdicts.

    Returns
    -------
    str
    """
    from ._latex import latex_document, latex_fragment
    from ._layout import build_layout

    layout = build_layout(derivation, _report_for(derivation, report, check))
    return latex_document(layout) if standalone else latex_fragment(layout)


def derivation_markdown(derivation: Any, report: Any | None = None, *, check: bool = True) -> str:
    """The derivation as Markdown with kramdown ``$$`` aligned blocks.

    Parameters are those of :func:`derivation_latex`.
    """
    from ._layout import build_layout
    from ._markdown import markdown_document

    return markdown_document(build_layout(derivation, _report_for(derivation, report, check)))


__all__ = [
    "derivation_latex",
    "derivation_markdown",
    "latex_expr",
    "report_text",
    "repr_latex",
    "text",
]
