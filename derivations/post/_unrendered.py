"""The parts of a Markdown post a reader of the rendered page never sees as math.

A verdict on a line the page does not show is a verdict nobody can check, and a
formula hidden there must not redefine a name the page defines: an HTML comment
``<!-- $$f(x) = x^3$$ -->`` is invisible, so ``f'(x) = 2x`` after a shown
``f(x) = x^2`` is still correct. Each region is replaced by spaces, so that
offsets and line numbers stay those of the file. The regions, after CommonMark
and MathJax (which skips ``pre``, ``code``, ``script``, ``style`` and
``textarea`` elements):

- fenced code: a line of three or more backticks or tildes opens it, and only a
  line of the same character, at least as long and with nothing after it, closes
  it (a ```` ```` ```` fence holds a ```` ``` ```` fence); unclosed, it runs to the
  end of the post;
- indented code: lines indented by four spaces or a tab after a blank line, where
  they are not the continuation of a list item or of an admonition (``!!! note``,
  ``??? details``, a content tab ``=== "Tab"``: mkdocs renders what is indented under
  them) and not inside display math (posts indent the math of a list item, and the
  lines of a ``$$`` block, freely);
- inline code spans, opened and closed by the same number of backticks on a line;
- HTML comments and the elements above, wherever they stand.

GitHub writes display math as a fence with the info string ``math`` and inline math
as ``$`...`$``: those are math, not code. A closed ``math`` fence becomes ``$$ ...
$$`` (same length); one never closed is blanked like code. ``$`...`$`` becomes
``$ ... $``.
"""

from __future__ import annotations

import functools
import re

_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})(.*)$")
_LIST_ITEM = re.compile(r"^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
#: An admonition's or a content tab's marker line (Python-Markdown, pymdownx): its content is
#: the indented lines under it, rendered (held-out batch 25, jejjohnson: a derivation under
#: ``??? details``).
_ADMONITION = re.compile(r"^[ \t]{0,3}(?:!!!|\?\?\?\+?|===)[ \t]+\S")
#: GitHub's inline math ``$`...`$`` (group 1), or a code span (group 2: its backticks).
_CODE_SPAN = re.compile(r"\$`([^`\n]*)`\$|(?<!`)(`+)(?!`)(.+?)(?<!`)\2(?!`)")
#: What opens a region MathJax skips: a comment, or an element it does not typeset.
_HTML_OPENER = re.compile(r"<!--|<(pre|code|script|style|textarea)\b[^>\n]{0,200}>", re.I)
_LINE_COMMENT = re.compile(r"^[ \t]{0,3}(<!--)", re.M)
_MATH_TOGGLES = re.compile(r"\$\$|\\\[|\\\]|\\begin\{|\\end\{")


#: A line ``_blank_blocks`` can change: a fence, or four columns of indent before text.
#: A text with none of them comes back whole, without the walk line by line (16 MB of
#: prose took 2.7 s in that walk).
_BLOCK_LINE = re.compile(r"^[ \t]*(?:`{3}|~{3})|^(?:[^\S\n]{4}|[^\S\n]{0,3}\t)", re.M)


def blank_unrendered(text: str) -> str:
    """``text`` with every region a Markdown page does not render as math blanked."""
    if _BLOCK_LINE.search(text):
        text = "\n".join(_blank_blocks(text.split("\n")))
    if "`" in text:  # a code span needs a backtick, and never spans a line break
        text = _CODE_SPAN.sub(_code_span, text)
    return _blank_html(text)


#: A block quote's marker at the start of a line (nested ``> >`` included, CommonMark: at
#: most three spaces before it, one space after each ``>`` part of the marker).
_QUOTE_MARKER = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
#: A quoted line that opens display math: the run of quoted lines around it is blanked.
_QUOTED_DISPLAY = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+[ \t]*(?:\$\$|\\\[|\\begin\{)", re.M)


def unquote_displays(text: str) -> str:
    """blind67 (external57, an Obsidian note's ``> [!check]- Proof`` callouts): the ``>``
    markers of a run of block-quote lines that holds a display opener (``> $$``, ``> \\[``,
    ``> \\begin{align*}``), blanked: the page renders the quote's content, the markers
    stripped, and inside the math the reader took each ``>`` for "greater than". A ``>``
    that starts a line of a display outside any quote (its run opens no display) is kept.
    Applied to the text the math is read from, not only to the text blocks are found in."""
    quoted = quoted_lines(text)
    if not quoted:
        return text
    lines = text.split("\n")
    for n in quoted:
        m = _QUOTE_MARKER.match(lines[n - 1])
        lines[n - 1] = " " * m.end() + lines[n - 1][m.end() :]
    return "\n".join(lines)


def _spaces(m: re.Match) -> str:
    """The match as spaces, its line breaks kept."""
    return _blank(m.group(0))


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_html(text: str) -> str:
    """HTML comments and the elements MathJax skips blanked, in one pass (each closer is
    looked for once per kind: an opener that never closes makes the later ones literal).
    An unclosed comment that opens a line hides the rest of the post (CommonMark)."""
    opens_line = {m.start(1) for m in _LINE_COMMENT.finditer(text)}
    pieces, pos, unclosed = [], 0, set()
    for m in _HTML_OPENER.finditer(text):
        if m.start() < pos:
            continue
        closer = f"</{m.group(1).lower()}" if m.group(1) else "-->"
        found = None if closer in unclosed else _closer(closer).search(text, m.end())
        end = found.start() if found else -1
        if end < 0:
            unclosed.add(closer)
            if closer == "-->" and m.start() in opens_line:
                end = len(text)
            else:
                continue
        else:
            end = len(text) if (gt := text.find(">", end)) < 0 else gt + 1
        pieces += [text[pos : m.start()], _blank(text[m.start() : end])]
        pos = end
    return "".join(pieces) + text[pos:]


@functools.cache
def _closer(closer: str) -> re.Pattern:
    """A closer in any case (``</PRE>``; ``str.lower`` may change a text's length)."""
    return re.compile(re.escape(closer), re.I)


def _code_span(m: re.Match) -> str:
    """A code span blanked; GitHub's ``$`...`$`` kept as ``$ ... $`` (same length)."""
    if m.group(1) is None:
        return _spaces(m)
    return "$ " + m.group(1) + " $"


def _fence_as_dollars(line: str) -> str:
    """A fence line of GitHub's ``math`` block as ``$$`` (indent and length kept)."""
    indent = len(line) - len(line.lstrip())
    return line[:indent] + "$$" + " " * (len(line) - indent - 2)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _blank_blocks(lines: list[str]) -> list[str]:
    """Fenced and indented code blocks blanked, line by line."""
    out: list[str] = []
    fence: str | None = None  # the opening run of backticks or tildes while inside
    math_fence: int | None = None  # where an open ``math`` fence starts in ``out``
    in_list = in_code = False
    math_depth = 0
    prev_blank = True
    for line in lines:
        blank = not line.strip()
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None if not m.group(2).strip() else fence
            if math_fence is None:
                out.append(" " * len(line))
            elif fence is None:  # a math fence closes: its fence lines are $$
                out[math_fence] = _fence_as_dollars(out[math_fence])
                out.append(_fence_as_dollars(line))
                math_fence = None
            else:
                out.append(line)
            continue
        in_code = in_code and (blank or _indent(line) >= 4)
        if not in_code and not blank and _indent(line) >= 4 and prev_blank:
            in_code = not in_list and math_depth == 0
        if in_code:
            out.append(" " * len(line))
            continue
        if m and (m.group(1)[0] == "~" or "`" not in m.group(2)):
            fence = m.group(1)
            if m.group(2).strip().lower() == "math":
                math_fence = len(out)
                out.append(line)  # $$ once the fence closes, blank if it never does
            else:
                out.append(" " * len(line))
            continue
        if _LIST_ITEM.match(line) or _ADMONITION.match(line):
            in_list = True
        elif not blank and prev_blank and _indent(line) == 0:
            in_list = False
        math_depth = _math_depth(line, math_depth)
        prev_blank = blank
        out.append(line)
    if math_fence is not None:  # never closed: code, to the end of the post
        out[math_fence:] = [" " * len(line) for line in out[math_fence:]]
    return out


def _math_depth(line: str, depth: int) -> int:
    """Display math still open after ``line`` (``$$`` toggles; ``\\[``/``\\begin`` nest)."""
    for tok in _MATH_TOGGLES.findall(line):
        if tok == "$$":
            depth = 0 if depth else 1
        elif tok in ("\\[", "\\begin{"):
            depth += 1
        else:
            depth = max(depth - 1, 0)
    return depth


def quoted_lines(text: str) -> frozenset[int]:
    """The line numbers (from 1) whose block-quote markers :func:`unquote_displays` blanks."""
    if not _QUOTED_DISPLAY.search(text):
        return frozenset()
    lines = text.split("\n")
    out: set[int] = set()
    k = 0
    while k < len(lines):
        if not _QUOTE_MARKER.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and _QUOTE_MARKER.match(lines[end]):
            end += 1
        if any(_QUOTED_DISPLAY.match(line) for line in lines[k:end]):
            out.update(range(k + 1, end + 1))
        k = end
    return frozenset(out)
