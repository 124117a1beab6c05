"""Markdown output in the style of the post: kramdown ``$$`` math.

Each chain is one ``$$\\begin{aligned} ... \\end{aligned}$$`` block (MathJax
and KaTeX both accept ``aligned``), each row followed by its rule and verdict.
A step that is not proved gets a quoted note with its counterexample right
after its block, so the output of a broken derivation shows where it breaks.
"""

from __future__ import annotations

from .._text import escape_markdown
from ._latex import MARK_WORDS, aligned_rows
from ._layout import Failure, Layout, counterexample_items


def _note(f: Failure) -> str:
    from ._words import prose_markdown

    words = MARK_WORDS.get(f.verdict, f.verdict)
    text = f"> **Note {f.number}.** Step {f.index} ({prose_markdown(f.rule)}) is **{words}**"
    text += f": {prose_markdown(f.reason)}." if f.reason else "."
    if f.open_conditions:
        text += " Open side conditions: " + ", ".join(f"`{c}`" for c in f.open_conditions) + "."
    if f.counterexample:
        parts = []
        for name, value, is_math in counterexample_items(f.counterexample):
            if is_math:
                parts.append(f"$${name} = {value}$$")
            else:
                parts.append(f"$${name}$$: {escape_markdown(value)}")
        text += " Counterexample: " + "; ".join(parts) + "."
    return text


def markdown_document(layout: Layout) -> str:
    """The whole derivation as Markdown."""
    from ._words import prose_markdown

    out = [f"## {prose_markdown(layout.title)}", ""]
    if layout.checked:
        counts = ", ".join(f"{c} {v}" for v, c in layout.counts)
        out += [
            f"Every step was checked by `derivations check {layout.name}` ({counts}); "
            "each row names the rule that justifies it and its verdict.",
            "",
        ]
    if layout.assumptions:
        out.append("We assume:")
        out.append("")
        for symbol, words in layout.assumptions:
            out.append(f"- $${symbol}$$: {prose_markdown(words)}")
        out.append("")
    for section in layout.sections:
        if section.title:
            out += [f"### {prose_markdown(section.title)}", ""]
        for block in section.blocks:
            rows = aligned_rows(block, verdict_column=layout.checked)
            out.append("$$\\begin{aligned}")
            out.append(" \\\\\n".join(rows))
            out.append("\\end{aligned}$$")
            out.append("")
            for r in block.rows:
                if r.note:
                    out += [f"_Step {r.index}:_ {prose_markdown(r.note)}.", ""]
            numbers = {r.failure for r in block.rows if r.failure is not None}
            for f in section.failures:
                if f.number in numbers:
                    out += [_note(f), ""]
    if layout.results:
        out += ["### Results", ""]
        for _, eq in layout.results:
            out += [f"$$\\boxed{{{eq}}}$$", ""]
    return "\n".join(out).rstrip("\n") + "\n"
