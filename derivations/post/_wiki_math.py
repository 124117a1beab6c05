"""MediaWiki's math tags, ``[math] ... [/math]`` and ``<math> ... </math>``, as math.

A wiki writes its formulas between ``<math>`` tags, and copies of its pages show them
as ``[math] ... [/math]`` (ReliaWiki, external44). The reader's delimiters are TeX's
(``$``, ``\\(``, ``\\[``, environments), so a tagged formula was prose and never checked.
Each tag pair becomes ``\\( ... \\)`` padded to the tags' length, so that line and column
numbers stay those of the file. When the math inside is an environment
(``[math]\\begin{align} ... \\end{align}[/math]``) the tags are left as they are: the
environment is a display wherever it stands (blanked, the tags would indent it into a
Markdown code block). A tag left open is left as it is too.
"""

from __future__ import annotations

_PAIRS = (("[math]", "[/math]"), ("<math>", "</math>"))


def wiki_math_as_tex(text: str) -> str:
    """``text`` with each closed MediaWiki math tag pair written as TeX's ``\\( ... \\)``."""
    for open_, close in _PAIRS:
        if open_ in text:
            text = _replaced(text, open_, close)
    return text


def _replaced(text: str, open_: str, close: str) -> str:
    """The pairs ``open_ ... close`` of ``text`` as TeX math, in one pass (each tag is
    looked for once, so a hostile text costs time linear in its length)."""
    out, at = [], 0
    while (start := text.find(open_, at)) >= 0:
        end = text.find(close, start + len(open_))
        if end < 0:
            break
        inner = text[start + len(open_) : end]
        if inner.lstrip().startswith("\\begin"):
            left, right = open_, close
        else:
            left = "\\(" + " " * (len(open_) - 2)
            right = " " * (len(close) - 2) + "\\)"
        out += [text[at:start], left, inner, right]
        at = end + len(close)
    out.append(text[at:])
    return "".join(out)


__all__ = ["wiki_math_as_tex"]
