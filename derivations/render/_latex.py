"""LaTeX output: an aligned-rows fragment and a standalone document.

Two layouts, for two kinds of reader:

- The fragment (also used by Markdown and notebooks) is ``aligned`` blocks
  with the rule in a third column, ``lhs &= rhs && \\text{rule}``. ``aligned``
  is what KaTeX and MathJax accept (``align`` is not), and it nests in any
  display in a LaTeX document.
- The standalone document uses ``align*`` with each rule as a ``\\tag*``.
  TeX itself then decides where a label fits: beside the row when there is
  room, on its own line below when there is not. A column of labels cannot do
  that (its position is set by the widest row of the block), and the post's
  rows are wide enough that a label column runs off an A4 page.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._rows import SOUND_VERDICTS, Block, Failure, Layout, Row, counterexample_items

#: What a not-proved step's mark says, by verdict.
MARK_WORDS = {
    "refuted": "refuted",
    "rule-mismatch": "rule does not match",
    "plausible": "not proved",
    "unchecked": "unchecked",
}

_TEXT_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "#": r"\#",
    "%": r"\%",
    "_": r"\_",
    # \^{} and \~{} would pull in a TS1 font that pdflatex then has to build
    # with METAFONT; the OT1 accent glyphs look the same and need nothing.
    "^": r"{\char94}",
    "~": r"{\char126}",
}


def escape_text(text: str) -> str:
    """Escape plain text for LaTeX text mode (inside ``\\text{}`` or a paragraph).

    Characters outside ASCII are replaced by ``?`` so that pdflatex without
    extra font packages never stops on them.
    """
    out = []
    for ch in text:
        if ch in _TEXT_ESCAPES:
            out.append(_TEXT_ESCAPES[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(_ASCII_FALLBACK.get(ch, "?"))
    return "".join(out)


_ASCII_FALLBACK = {
    "\u2013": "--",
    "\u2014": "---",
    "\u2018": "`",
    "\u2019": "'",
    "\u201c": "``",
    "\u201d": "''",
    "\u00b7": r"\textperiodcentered{}",
    "\u2026": r"\ldots{}",
}


def mark_text(row: Row) -> str:
    """Plain words for a row's mark (``refuted, note 1``), or '' when sound."""
    if row.verdict is None or row.verdict in SOUND_VERDICTS:
        return ""
    words = MARK_WORDS.get(row.verdict, row.verdict)
    return f"{words}, note {row.failure}" if row.failure is not None else words


def row_cells(row: Row, with_arrows: bool, gap: str = "") -> str:
    """The math cells of a row: ``lhs &= rhs``, after ``arrow & &`` in blocks with arrows."""
    if row.relation == "start" and not row.lhs:
        # A chain that starts from a bare expression (no named quantity, not an
        # equation) has nothing left of its "=": keep it on the alignment point.
        body = r"&\hphantom{{}={}} " + row.rhs
    else:
        body = f"{row.lhs} &= {row.rhs}"
    if with_arrows:
        return f"{row.arrow} & {gap} & {body}".strip().replace("  ", " ")
    return body


def aligned_rows(block: Block, *, verdict_column: bool = False) -> list[str]:
    """Rows of an ``aligned`` environment: ``lhs &= rhs && \\text{rule}``.

    With ``verdict_column`` every row also gets its verdict in a column of its
    own, ``&& \\text{proved}`` (Markdown and notebooks show every verdict);
    without it only a step that is not proved is marked, after its rule (a
    paper shows only what needs attention).
    """
    arrows = block.has_arrows
    out = []
    for row in block.rows:
        label = r"\text{" + escape_text(row.rule) + "}"
        mark = mark_text(row)
        boxed = r"\boxed{\text{" + escape_text(mark) + "}}" if mark else ""
        if verdict_column and row.verdict is not None:
            label += " && " + (boxed or r"\text{" + escape_text(row.verdict) + "}")
        elif boxed:
            label += r"\quad" + boxed
        out.append(f"{row_cells(row, arrows)} && {label}")
    return out


def _aligned(block: Block) -> str:
    rows = aligned_rows(block)
    return "\\begin{aligned}\n" + " \\\\\n".join(rows) + "\n\\end{aligned}"


def _failure_paragraph(f: Failure) -> str:
    """A note for a step that is not proved, with its counterexample."""
    from ._prose import prose_latex

    words = MARK_WORDS.get(f.verdict, f.verdict)
    text = (
        rf"\noindent\textbf{{Note {f.number}.}} Step {f.index} ({prose_latex(f.rule)}) "
        rf"is \textbf{{{escape_text(words)}}}"
    )
    text += f": {prose_latex(f.reason)}." if f.reason else "."
    if f.open_conditions:
        text += (
            " Open side conditions: "
            + ", ".join(r"\texttt{" + escape_text(c) + "}" for c in f.open_conditions)
            + "."
        )
    if f.counterexample:
        parts = []
        for name, value, is_math in counterexample_items(f.counterexample):
            if is_math:
                parts.append(f"${name} = {value}$")
            else:
                parts.append(f"${name}$: " + escape_text(value))
        text += " Counterexample: " + "; ".join(parts) + "."
    return text


def _block_failures(block: Block, failures: Iterable[Failure]) -> list[Failure]:
    numbers = {r.failure for r in block.rows if r.failure is not None}
    return [f for f in failures if f.number in numbers]


def latex_fragment(layout: Layout) -> str:
    """Display blocks for pasting into a LaTeX document (needs amsmath)."""
    lines = [
        f"% {escape_text(layout.title)}: generated by `derivations latex {layout.name}`.",
        "% Needs \\usepackage{amsmath}. Edit the derivation, not this file.",
    ]
    for section in layout.sections:
        lines.append("")
        if section.title:
            lines.append(f"% --- {escape_text(section.title)} ---")
        for block in section.blocks:
            lines.append("\\[")
            lines.append(_aligned(block))
            lines.append("\\]")
            for f in _block_failures(block, section.failures):
                lines.append(_failure_paragraph(f))
                lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# -- the standalone document -------------------------------------------------------

_PREAMBLE = r"""\documentclass[11pt]{article}
\usepackage[a4paper,margin=2.2cm]{geometry}
\usepackage{amsmath}
\usepackage{amssymb}
\usepackage{xcolor}
% Long derivations: let a display break across pages between rows.
\allowdisplaybreaks
% The kernel's text bullet comes from a TS1 font that pdflatex would have to
% build with METAFONT as a bitmap; the math bullet is a Type 1 font.
\renewcommand{\labelitemi}{$\bullet$}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.5\baselineskip}
"""


def _tag(row: Row) -> str:
    from ._prose import prose_latex

    label = r"\footnotesize\itshape " + prose_latex(row.rule)
    mark = mark_text(row)
    if mark:
        label += r"\ \ \upshape\textcolor{red}{\fbox{\bfseries " + escape_text(mark) + "}}"
    return r"\tag*{" + label + "}"


def _alignat_star(block: Block) -> str:
    # alignat puts no stretchable space between column pairs (align* spreads
    # them across the line, which set the arrows far from their equations).
    arrows = block.has_arrows
    rows = []
    for row in block.rows:
        cells = row_cells(row, arrows, gap=r"\qquad")
        rows.append(f"{cells} {_tag(row)}")
    pairs = 2 if arrows else 1
    return f"\\begin{{alignat*}}{{{pairs}}}\n" + " \\\\\n".join(rows) + "\n\\end{alignat*}"


def _summary(layout: Layout) -> str:
    if not layout.checked:
        return "These steps were rendered without checking them."
    total = sum(c for _, c in layout.counts)
    counts = ", ".join(f"{c} {escape_text(v)}" for v, c in layout.counts)
    return (
        f"Each of the {total} steps below was checked by \\texttt{{derivations}} "
        f"({counts}). A step that is not proved is marked in red beside its rule and "
        "explained in a numbered note; the label beside each row is the rule that "
        "justifies it."
    )


def latex_document(layout: Layout) -> str:
    """A complete document that compiles with ``pdflatex -halt-on-error``."""
    from ._prose import prose_latex

    out = [_PREAMBLE]
    out.append(r"\begin{document}")
    # A plain title block: \maketitle would add a date (not reproducible byte
    # for byte) or, with \date{}, a large empty gap.
    out.append(r"\begin{center}")
    out.append(r"{\LARGE " + prose_latex(layout.title) + r"\par}")
    out.append(r"\end{center}")
    out.append("")
    out.append(_summary(layout))
    out.append("")
    if layout.assumptions:
        out.append(r"\section*{Assumptions}")
        out.append(r"\begin{itemize}")
        for symbol, words in layout.assumptions:
            out.append(rf"\item ${symbol}$: {prose_latex(words)}")
        out.append(r"\end{itemize}")
        out.append("")
    for section in layout.sections:
        if section.title:
            out.append(r"\section*{" + prose_latex(section.title) + "}")
        for block in section.blocks:
            out.append(_alignat_star(block))
            notes = [r for r in block.rows if r.note]
            if notes:
                out.append(
                    r"{\small "
                    + " ".join(rf"\emph{{Step {r.index}:}} {prose_latex(r.note)}." for r in notes)
                    + "}"
                )
                out.append("")
            for f in _block_failures(block, section.failures):
                out.append(_failure_paragraph(f))
                out.append("")
        out.append("")
    if layout.results:
        out.append(r"\section*{Results}")
        for _, eq in layout.results:
            out.append(r"\[")
            out.append(r"\boxed{" + eq + "}")
            out.append(r"\]")
        out.append("")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"
