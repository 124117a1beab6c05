"""Find the math of a Markdown or LaTeX post and split it into rows.

Every row keeps the line number (1-based) of the file it starts on, so that a
verdict can point at the line an author has to edit.

Display math: ``$$ ... $$`` standing alone on its lines, ``\\[ ... \\]`` (also
written ``\\\\[ ... \\\\]`` in Markdown), and ``equation``, ``align``,
``gather``, ``eqnarray``, ``multline`` environments (starred or not) wherever
they stand, and GitHub's fenced block with the info string ``math``; a display that is
``\\displaylines{...}`` gives a row per line. Rows are split at
``\\\\`` outside braces and outside inner environments (a ``pmatrix``'s ``\\\\`` belongs
to its matrix).

Inline math (``$...$``, ``\\(...\\)``, GitHub's ``$`...`$``) is prose, except where a
derivation is written inline: a formula with a relation sign counts as a row when

- the line holds nothing but inline math (a list bullet, a quote marker,
  punctuation and a few joining words such as "and" or "so" aside), or
- the post has no display math at all, or
- it is a claim its sentence asserts that stands on its own (a derivative evaluated,
  an identity, a moment: see :mod:`._inline_claims`), not a question, a quote, a
  condition, a definition or the reason given for the next display row (a fact after
  the post's last display equation is the reason of nothing); a rule worked out given as
  that reason (a moment, a sum, a derivative) is a row all the same, an *aside*: checked
  by itself, while the chain goes on past it.

In a post with no display math, a paragraph that is one inline formula with no relation
sign and no name alone ("Taking the log of both sides:" then "$n\\ln\\theta + ...$") is
a row too: such posts write their display rows that way.

Two Markdown dialects differ about ``$$`` inside a paragraph: kramdown (posts
that never use a single ``$``) renders it inline, MathJax on Stack Exchange
(posts that use ``$...$`` for inline math) renders it as display math. The
dialect is read from the post itself; a kramdown inline formula is a claim in its
sentence under the same rules as a ``$...$`` one. Other inline formulas of the form
``\\bar{y} = \\frac{1}{n} \\sum y_i`` are kept as *prose* rows: they are not
reported, but a name they define may be used by later rows.

Structure problems - an unclosed ``$$``, ``\\[`` or environment, a
``\\begin{align}`` closed by ``\\end{aligned}``, a front matter that never ends
- are :class:`Problem`\\ s with their line, never silently dropped.

``\\newcommand``/``\\renewcommand``/``\\DeclareMathOperator``/``\\def`` macros
defined in the post are expanded in the rows that follow (see :mod:`._macros`).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._errors import PostError
from ._and_branch import branch_after_and
from ._condition_boxes import forall_as_words, quantified_names, unread_words
from ._derivative_orders import as_primes
from ._entities import decode_entities
from ._inline_claims import (
    continues,
    is_bare_expression,
    is_hypothesis,
    is_moment,
    is_name,
    is_rule,
    is_self_contained,
    is_sentence_claim,
    is_worked_out,
    setting_in_words,
    states_a_premise,
    top_level,
)
from ._macros import BARE_HINTS, Macro, MacroError, bare_definitions, expand, find_definitions
from ._note_column import blank_note_column
from ._partial_value import only_elsewhere
from ._plain_math import plain_equation, plain_letters, standalone_names
from ._plain_unread import unread_equation
from ._relations import split_relations
from ._stated_rows import is_stated
from ._table_rows import (
    blank_leading_style,
    join_glued_formulas,
    join_left_sides,
    join_table_rows,
    opens_with_sign,
)
from ._unrendered import blank_unrendered, quoted_lines, unquote_displays
from ._wiki_math import wiki_math_as_tex

#: Environments whose rows are split at ``\\``.
CONTAINERS = (
    "align",
    "aligned",
    "alignat",
    "alignedat",
    "equation",
    "gather",
    "gathered",
    "eqnarray",
    "multline",
    "split",
    "flalign",
    "displaymath",
    "math",
)
#: Environments that open display math when they stand outside ``$$`` or ``\[``.
_DISPLAY_ENVS = (
    "align",
    "alignat",
    "equation",
    "gather",
    "eqnarray",
    "multline",
    "flalign",
    "displaymath",
    "aligned",
    "split",
)
_ENV_TOKEN = re.compile(r"\\(begin|end)\s*\{([A-Za-z]+\*?)\}")
_CONTAINER_RE = "|".join(CONTAINERS)
_BEGIN_RE = re.compile(
    r"\\begin\{(" + _CONTAINER_RE + r")\*?\}"
    # The opening's arguments are no math: alignat's column count, the [t]/[b]/[c]
    # position of aligned, gathered and split, and the column specification that
    # equation-editor exports put after aligned (\begin{aligned}{l}L(\beta) &= ...),
    # when the row's own first symbol follows it (``{c} = 1`` keeps its ``c``).
    r"(?:\s*\[[tbc]\])?"
    r"(?:(?<=alignat\})\s*\{\d+\}|(?<=alignat\*\})\s*\{\d+\}"
    r"|(?<=alignedat\})\s*\{\d+\}|\s*\{[lcr|]+\}(?=\s*[A-Za-z\\]))?"
)
_END_RE = re.compile(r"\\end\{(" + _CONTAINER_RE + r")\*?\}")
_DROP_RE = re.compile(
    r"\\(?:nonumber|notag)\b|\\label\s*\{[^{}]*\}|\\tag\*?\s*\{[^{}]*\}|\\eqref\s*\{[^{}]*\}"
    r"|\\ref\s*\{[^{}]*\}|:eq(?:label|ref):`[^`]*`"
    # bookdown's equation label inside the math, (\#eq:name) (external48, Eada's rows)
    r"|\(\\\#eq:[\w:.-]+\)"
    # words set between two rows of one alignment (amsmath, mathtools)
    r"|\\(?:short)?intertext\s*\{(?:[^{}]|\{[^{}]*\})*\}"
)
# Words inside math ("&& \text{by the chain rule}") annotate a row; they are not math.
#: A box of one word that opens a condition (``\\text{for } a = 2``, ``\\text{at}\\ x = 1``) is
#: words too, with no space before the word: read as math, ``\\mathrm{for} \\cdot a = 2`` was a
#: statement of its own and the row was checked without its condition (adversarial set 28, 56).
_CONDITION_WORD_BOX = r"\s*(?:if|for|when|whenever|where|at|on|provided|assuming|unless)\s*"
_TEXT_RE = re.compile(
    r"\\(?:text|textrm|textit|textbf|mbox|mathrm)\s*\{([^{}]*\s[^{}]*[A-Za-z]{2,}[^{}]*|"
    + _CONDITION_WORD_BOX
    + r")\}"
)
#: A box holding only a function's name with spaces (``\\text{ log}``, held-out batch 35):
#: the function, as ``\\text{log}`` is, not words that annotate the row.
_FUNCTION_BOX = re.compile(r"\s*(?:log|ln|exp)\s*")
#: Relation signs that make an inline formula a claim (a row) rather than a name.
#: An equals sign under a label (``\overset{\text{def}}{=}``, ``\stackrel{!}{=}``, the label
#: itself up to two levels of braces deep) is an equals sign.
_RELATION_HINT = re.compile(
    r"(?<![\\{_^])=|\\(?:overset|stackrel)\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}\s*\{=\}"
    r"|\\(?:approx|leq?|geq?|neq?|propto|iff|implies|Rightarrow|Leftrightarrow"
    r"|to|rightarrow|sim|in)\b|[<>≤≥≠]"
)
#: Spacing and operators that stand beside a sign without being a side of it.
_SPACING = re.compile(r"\\(?:times|cdot|quad|qquad|[,;:! ])|[{}\s]")


def _bare_sign(body: str) -> bool:
    """Is the inline formula a relation sign alone ("where $>$", "Posterior $\\propto$
    Likelihood"): a word of its sentence, claiming nothing?"""
    return not _SPACING.sub("", _RELATION_HINT.sub("", body))


#: Words that may join inline formulas on a line that is otherwise all math.
_JOINERS = frozenset(
    "and or so then thus hence therefore i.e. e.g. ie eg is are where with we get have gives "
    "if for which that this yields".split()
)
_MD_ESCAPES = re.compile(r"\\(\\[{}|,;!]|[_*])")
#: PARSE15: a pair of Markdown-escaped braces on one line of a display (ox-hugo writes
#: ``\exp \\{\eta(\theta) t(y)\\}`` for ``\exp \{...\}``), nothing between them that
#: a row break or an alignment would need
_ESCAPED_BRACES = re.compile(r"\\\\\{((?:(?!\\\\)[^\n&{}]|\{[^\n&{}]*\})*)\\\\\}")


def escaped_braces(body: str) -> str:
    r"""``body`` with each pair of Markdown-escaped braces ``\\{ ... \\}`` read as TeX's
    ``\{ ... \}`` (same length kept: the first backslash becomes a space). A line break
    ``\\`` before a group is not such a pair: the pair must close on the same line, with
    no ``\\``, ``&`` or unbalanced brace between.

    >>> escaped_braces(r"\exp \\{\eta(\theta) t(y)\\} \\ & = 1")
    '\\exp  \\{\\eta(\\theta) t(y) \\} \\\\ & = 1'
    """
    if "\\\\{" not in body:
        return body
    return _ESCAPED_BRACES.sub(lambda m: " \\{" + m.group(1) + " \\}", body)


_BULLET = re.compile(r"^\s*(?:>\s*)*(?:[-*+•]|\d+[.)])?\s*")


@dataclasses.dataclass(frozen=True)
class Problem:
    """Something wrong with the post's structure (not with a row's math).

    Attributes
    ----------
    line, column : int
        Where the problem is (1-based).
    message : str
        A sentence saying what is wrong.
    """

    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"

    def to_json(self) -> dict:
        return {"line": self.line, "column": self.column, "problem": self.message}


@dataclasses.dataclass(frozen=True)
class Block:
    """One math block: its LaTeX and the line it starts on.

    Attributes
    ----------
    text : str
        The math between the delimiters, newlines kept.
    line : int
        File line (1-based) of the first character of ``text``.
    section : str
        The Markdown heading (or LaTeX ``\\section``) the block sits under.
    column : int
        File column (1-based) of the first character of ``text``.
    prose : str
        The last paragraph of text before the block (where authors name the
        rule they are about to use).
    kind : {"display", "inline", "sentence", "aside", "stated", "prose"}
        Display math, an inline formula that counts as a row (on a line of its
        own, or in a sentence of a post with no display math), a claim of a
        sentence (an aside when it stands between two rows of a chain), a result a
        sentence states (``._stated_rows``: reported, never checked), or an
        inline formula read only for the names it defines.
    offset : int
        Offset of ``text`` in the file's body.
    """

    text: str
    line: int
    section: str = ""
    column: int = 1
    prose: str = ""
    kind: str = "display"
    offset: int = 0
    #: A plain-text equation (._plain_math): its LaTeX in ``text``; why it cannot be read, or ""
    plain: bool = False
    error: str = ""


@dataclasses.dataclass(frozen=True)
class Row:
    """One row of a math block (an ``align`` row, or the whole block).

    Attributes
    ----------
    text : str
        The row's LaTeX (macros expanded) with alignment ``&``, ``\\nonumber``
        and ``\\label`` blanked out by spaces; newlines are kept.
    line : int
        File line of the row's first non-blank character.
    block : int
        Index of the block in the file (0-based).
    index : int
        Position of the row inside its block (0-based).
    section : str
        Heading the block sits under.
    column : int
        File column of the row's first character.
    prose : str
        The paragraph before the row's block.
    annotation : str
        Words written inside the row (``\\text{by the chain rule}``), removed from its math.
    role : {"row", "prose", "macros"}
        ``"row"``: a row to check; ``"prose"``: an inline formula read only for
        the names it defines; ``"macros"``: a block that only defines macros.
    raw : str
        The row as written, before macros were expanded ("" when none were).
    origin : tuple of int
        For each character of ``text``, its offset in ``raw`` (empty when no
        macro was expanded).
    error : str
        Why the row cannot be read before parsing (a macro problem), or "".
    sentence : bool
        An inline formula inside a sentence (not on a line of its own): a claim of
        its own, not the next step of an equation chain.
    aside : bool
        A sentence row between a display row and the row that goes on from it (a rule
        worked out, stated as that row's reason): the chain goes on past it.
    stated : bool
        A result a sentence states that is no step of the chain (``._stated_rows``): read
        as the prose formula it was, reported, never proved nor refuted.
    plain : bool
        A plain-text equation (no TeX, ``._plain_math``), ``text`` its LaTeX.
    conditions : tuple of int
        ATTACK37: offsets in ``text`` of the ``\\quad`` a condition box (``\\text{ if }``,
        ``\\text{for }``, ``\\text{ and }`` after one) became: what follows it is what the
        row is stated under, not a consequence of what comes before (``._parse``).
    """

    text: str
    line: int
    block: int
    index: int
    section: str = ""
    column: int = 1
    prose: str = ""
    annotation: str = ""
    role: str = "row"
    raw: str = ""
    origin: tuple[int, ...] = ()
    error: str = ""
    sentence: bool = False
    aside: bool = False
    stated: bool = False
    plain: bool = False
    conditions: tuple[int, ...] = ()

    @property
    def display(self) -> str:
        """The row on one line, white space collapsed."""
        return " ".join((self.raw or self.text).split())

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column), both 1-based, of ``self.text[offset]``."""
        text = self.text
        if self.origin:
            offset = self.origin[min(max(offset, 0), len(self.origin) - 1)] if self.origin else 0
            text = self.raw
        offset = max(0, min(offset, len(text)))
        before = text[:offset]
        nl = before.count("\n")
        if nl == 0:
            return self.line, self.column + offset
        return self.line + nl, offset - before.rfind("\n")

    @property
    def label(self) -> str:
        """``"B5.2"``: block 5, row 2 (both 1-based, as a reader counts); a stated row
        (``S2.1``: the post's second) is numbered apart, so it shifts no display row's label."""
        if self.block >= STATED_BLOCKS:
            return f"S{self.block - STATED_BLOCKS + 1}.{self.index + 1}"
        return f"B{self.block + 1}.{self.index + 1}"


# --------------------------------------------------------------------------- text


def normalise(text: str) -> str:
    """Drop a UTF-8 byte-order mark and turn CRLF / CR line ends into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str, str]:
    """Split a leading ``---`` YAML front matter from the body.

    The body keeps blank lines in place of the front matter so that line
    numbers still match the file.

    Returns
    -------
    front : str
        The front matter without its ``---`` fences ("" when there is none).
    body : str
    """
    front, body, _ = _front_matter(text)
    return front, body


def _front_matter(text: str) -> tuple[str, str, Problem | None]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return "", text, None
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            front = "\n".join(lines[1:i])
            return front, "\n" * (i + 1) + "\n".join(lines[i + 1 :]), None
    return (
        "",
        text,
        Problem(1, 1, "the front matter opened by '---' on line 1 is never closed"),
    )


class _Lines:
    """Offset -> (line, column) in O(log n)."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos)

    def column(self, pos: int) -> int:
        return pos - self.starts[self.line(pos) - 1] + 1

    def span(self, a: int, b: int) -> tuple[int, int]:
        return self.starts[self.line(a) - 1], (
            self.starts[self.line(b)] - 1 if self.line(b) < len(self.starts) else -1
        )


def _blank_code_and_comments(text: str, tex: bool) -> str:
    """Replace what the page does not render as math (Markdown: see ._unrendered) or
    ``%`` comments (TeX) by spaces."""
    if not tex:
        return blank_unrendered(text)
    # An unescaped % starts a comment that runs to the end of the line.
    out = []
    for line in text.split("\n"):
        m = re.search(r"(?<!\\)%", line)
        if m:
            line = line[: m.start()] + " " * (len(line) - m.start())
        out.append(line)
    return "\n".join(out)


def _headings(text: str, tex: bool) -> list[tuple[int, str]]:
    """(offset, title) of every heading, in order."""
    if tex:
        pat = re.compile(r"\\(?:sub)*section\*?\{([^{}]*)\}")
    else:
        pat = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$|" + _RUN_IN_TITLE, re.M)
    # a heading of inline code only is blank once code is blanked: an empty title
    heads = [(m.start(), (m.group(1) or m.group(2) or "").strip()) for m in pat.finditer(text)]
    # Each heading opens a section of its own: a title met again ("# Problem 2 / ## (a)"
    # after "# Problem 1 / ## (a)") is told apart by its count, the title kept in front.
    # Known by the title alone, the two "(a)" were one section, and problem 2's own
    # log-likelihood was refuted against problem 1's (external48, Dai line 256).
    seen: dict[str, int] = {}
    for k, (at, title) in enumerate(heads):
        seen[title] = seen.get(title, 0) + 1
        if title and seen[title] > 1:
            heads[k] = (at, f"{title} [{seen[title]}]")
    return heads


#: A run-in title that opens a paragraph, in bold and ending with a full stop ("**Poisson
#: counts.** Each observation now has mass ..."): a section as a heading is, when it has
#: two words or more and no number ("**Step 2:**" and "**Note.**" are labels, not titles).
_RUN_IN_TITLE = r"^\*\*((?:[A-Za-z][A-Za-z'-]*[ ]+)+[A-Za-z][A-Za-z'-]*)\.\*\*"


# --------------------------------------------------------------------------- scanning


@dataclasses.dataclass
class _Span:
    start: int  # offset of the math text
    end: int
    kind: str  # "display" or "inline"
    opener: int  # offset of the opening delimiter
    closer_end: int  # offset after the closing delimiter


_BLANK_LINE = re.compile(r"[ \t]*(?:\n|$)")
_PROSE_LINE = re.compile(r"(?:\b[A-Za-z]{2,}\b[ ,.;:]+){5,}")


def _looks_unclosed(clean: str, a: int, b: int) -> bool:
    """A ``$$`` span that runs over a blank line into prose was never meant to close there."""
    inner = clean[a:b]
    if "\n" not in inner or not re.search(r"\n[ \t]*\n", inner):
        return False
    for line in inner.split("\n"):
        if "\\" not in line and _PROSE_LINE.search(line):
            return True
    return False


def _env_problems(text: str, base: int, lines: _Lines) -> list[Problem]:
    """Environments inside one math span that do not pair up."""
    out: list[Problem] = []
    stack: list[tuple[str, int]] = []
    for m in _ENV_TOKEN.finditer(text):
        kind, name = m.group(1), m.group(2)
        pos = base + m.start()
        if kind == "begin":
            stack.append((name, pos))
            continue
        if stack and stack[-1][0] == name:
            stack.pop()
            continue
        if stack:
            open_name, open_pos = stack.pop()
            out.append(
                Problem(
                    lines.line(open_pos),
                    lines.column(open_pos),
                    f"\\begin{{{open_name}}} (line {lines.line(open_pos)}) is closed by "
                    f"\\end{{{name}}} on line {lines.line(pos)}",
                )
            )
            out.append(
                Problem(
                    lines.line(pos),
                    lines.column(pos),
                    f"\\end{{{name}}} closes \\begin{{{open_name}}} of line {lines.line(open_pos)}",
                )
            )
        else:
            out.append(
                Problem(
                    lines.line(pos), lines.column(pos), f"\\end{{{name}}} has no \\begin{{{name}}}"
                )
            )
    for name, pos in stack:
        out.append(
            Problem(
                lines.line(pos),
                lines.column(pos),
                f"\\begin{{{name}}} on line {lines.line(pos)} is never closed",
            )
        )
    return out


def _find_env_end(clean: str, name: str, start: int) -> tuple[int, int, str] | None:
    """The ``\\end`` that closes the environment opened just before ``start``.

    Returns (start of \\end, end of \\end, the name it closes with), or None if unclosed.
    """
    depth = 1
    for m in _ENV_TOKEN.finditer(clean, start):
        if m.group(1) == "begin":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start(), m.end(), m.group(2)
    return None


def _unescaped(clean: str, i: int) -> bool:
    k = i - 1
    n = 0
    while k >= 0 and clean[k] == "\\":
        n += 1
        k -= 1
    return n % 2 == 0


def _scan(clean: str, tex: bool, lines: _Lines) -> tuple[list[_Span], list[Problem]]:
    """Every math span of a post, in order, and the structure problems met on the way."""
    spans: list[_Span] = []
    problems: list[Problem] = []
    mathjax = tex or _uses_single_dollars(clean)
    opener = re.compile(
        r"\$\$|\$|\\\\\[|\\\[|\\\\\(|\\\(|\\begin\s*\{("
        + "|".join(_DISPLAY_ENVS)
        + r")\*?\}"
        + (r"|\[tex\]" if not tex else "")
    )
    pos = 0
    n = len(clean)
    tex_close = -2  # the next "[/tex]" after the last [tex] met (-1: none; -2: not looked)
    while pos < n:
        m = opener.search(clean, pos)
        if m is None:
            break
        tok = m.group(0)
        i = m.start()
        if tok.startswith("$") and not _unescaped(clean, i):
            pos = i + 1
            continue
        if tok == "$$":
            j = clean.find("$$", i + 2)
            while j >= 0 and not _unescaped(clean, j):
                j = clean.find("$$", j + 2)
            if j < 0 or _looks_unclosed(clean, i + 2, j):
                problems.append(
                    Problem(
                        lines.line(i),
                        lines.column(i),
                        "this $$ is never closed (MathJax shows the rest as text)"
                        if j < 0
                        else "this $$ runs into the prose below: it is not closed on its lines",
                    )
                )
                nl = clean.find("\n", i)
                pos = n if nl < 0 else nl + 1
                if j < 0:
                    # Later single '$' would pair with nothing sensible either.
                    break
                continue
            alone = _alone(clean, i, j + 2)
            kind = "display" if (alone or mathjax) else "inline"
            spans.append(_Span(i + 2, j, kind, i, j + 2))
            problems += _env_problems(clean[i + 2 : j], i + 2, lines)
            pos = j + 2
            continue
        if tok == "$":
            j = i + 1
            end = -1
            while j < n:
                c = clean[j]
                if c == "\\":
                    j += 2
                    continue
                if c == "$":
                    end = j
                    break
                if c == "\n" and _BLANK_LINE.match(clean, j + 1):
                    break
                j += 1
            if end < 0 or end == i + 1:
                pos = i + 1
                continue
            spans.append(_Span(i + 1, end, "inline", i, end + 1))
            pos = end + 1
            continue
        if tok in ("\\[", "\\\\["):
            close = "\\]" if tok == "\\[" else "\\\\]"
            j = clean.find(close, m.end())
            nxt = clean.find(tok, m.end())
            if j < 0 or (0 <= nxt < j):
                problems.append(
                    Problem(
                        lines.line(i), lines.column(i), f"this {tok} is never closed by {close}"
                    )
                )
                pos = m.end()
                continue
            spans.append(_Span(m.end(), j, "display", i, j + len(close)))
            problems += _env_problems(clean[m.end() : j], m.end(), lines)
            pos = j + len(close)
            continue
        if tok in ("\\(", "\\\\("):
            close = "\\)" if tok == "\\(" else "\\\\)"
            j = clean.find(close, m.end())
            if j < 0:
                pos = m.end()
                continue
            spans.append(_Span(m.end(), j, "inline", i, j + len(close)))
            pos = j + len(close)
            continue
        if tok == "[tex]":
            # Brainly's markup, kept by the pages that mirror its answers (batch 27):
            # [tex] ... [/tex] is math, a display when it stands alone on its line. The next
            # closing tag is looked for once and kept (a post of unclosed tags costs one scan).
            if tex_close != -1 and tex_close < m.end():
                tex_close = clean.find("[/tex]", m.end())
            j = tex_close
            if j < 0 or clean.find("[tex]", m.end(), j) >= 0:
                pos = m.end()
                continue
            kind = "display" if _alone(clean, i, j + 6) else "inline"
            spans.append(_Span(m.end(), j, kind, i, j + 6))
            pos = j + 6
            continue
        # \begin{env} outside any other span: display math of its own.
        name = m.group(1)
        found = _find_env_end(clean, name, m.end())
        if found is None:
            problems.append(
                Problem(
                    lines.line(i),
                    lines.column(i),
                    f"\\begin{{{name}}} on line {lines.line(i)} is never closed",
                )
            )
            pos = m.end()
            continue
        e0, e1, closing = found
        if closing.rstrip("*") != name:
            problems += [
                Problem(
                    lines.line(i),
                    lines.column(i),
                    f"\\begin{{{name}}} (line {lines.line(i)}) is closed by "
                    f"\\end{{{closing}}} on line {lines.line(e0)}",
                ),
                Problem(
                    lines.line(e0),
                    lines.column(e0),
                    f"\\end{{{closing}}} closes \\begin{{{name}}} of line {lines.line(i)}",
                ),
            ]
        inner_problems = _env_problems(clean[m.end() : e0], m.end(), lines)
        problems += inner_problems
        spans.append(_Span(i, e1, "display", i, e1))
        pos = e1
    return spans, problems


def _uses_single_dollars(clean: str) -> bool:
    """MathJax dialect: the post writes inline math as ``$...$``."""
    # The lone $ first (its neighbours checked around it), so that the search jumps from one
    # $ to the next instead of trying a lookbehind at every character of the post.
    return _SINGLE_DOLLARS.search(clean) is not None


_SINGLE_DOLLARS = re.compile(r"\$(?<![$\\]\$)(?!\$)[^$\n]+?(?<![\\$])\$(?!\$)")


def _alone(clean: str, a: int, b: int) -> bool:
    line_start = clean.rfind("\n", 0, a) + 1
    line_end = clean.find("\n", b)
    line_end = len(clean) if line_end < 0 else line_end
    return not clean[line_start:a].strip() and not clean[b:line_end].strip()


def _line_facts(
    clean: str, lines: _Lines, spans: list[_Span], k: int, memo: dict
) -> tuple[bool, bool]:
    """Of the line(s) of inline span ``k``: is it only inline math, bullets, punctuation
    and joiners, and does it hold display math (a verdict points at a line, and that line's
    is the display row's: "$$...$$ where $a = b$ ...")? Worked out once per line
    (``memo``), so a line of many formulas costs no more than its length."""
    s = spans[k]
    start = lines.starts[lines.line(s.opener) - 1]
    last = lines.line(s.closer_end)
    end = lines.starts[last] - 1 if last < len(lines.starts) else len(clean)
    if (start, end) not in memo:
        lo, hi = k, k
        while lo > 0 and spans[lo - 1].closer_end > start:
            lo -= 1
        while hi + 1 < len(spans) and spans[hi + 1].opener < end:
            hi += 1
        pieces = []
        pos = start
        for t in spans[lo : hi + 1]:
            pieces.append(clean[pos : t.opener])
            pos = t.closer_end
        pieces.append(clean[pos:end])
        rest = _BULLET.sub("", " ".join(pieces), count=1)
        words = re.findall(r"[A-Za-z][A-Za-z.]*", rest)
        math_only = all(w.lower() in _JOINERS for w in words) and len(words) <= 3
        memo[(start, end)] = (math_only, any(t.kind == "display" for t in spans[lo : hi + 1]))
    return memo[(start, end)]


def _left_side_of_next(text: str, lines: _Lines, spans: list[_Span], k: int) -> bool:
    """Is inline span ``k`` the left side of a chain: the next span an inline formula on the
    next line that opens with a relation sign (``=...``)?"""
    if k + 1 >= len(spans) or spans[k + 1].kind != "inline":
        return False
    nxt = spans[k + 1]
    if lines.line(nxt.opener) != lines.line(spans[k].closer_end) + 1:
        return False
    return opens_with_sign(text, nxt.start, nxt.end)


def _is_paragraph(clean: str, s: _Span) -> bool:
    """Is span ``s`` a paragraph of its own: alone on its line, blank lines (or the text's
    ends) around it?"""
    start = clean.rfind("\n", 0, s.opener) + 1
    end = clean.find("\n", s.closer_end)
    end = len(clean) if end < 0 else end
    above = clean[clean.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    below_end = clean.find("\n", end + 1)
    below = clean[end + 1 : len(clean) if below_end < 0 else below_end]
    return not (clean[start : s.opener] + clean[s.closer_end : end] + above + below).strip()


def _display_rows(math: str) -> list[str]:
    """The rows of the display ``math``, environments and alignment marks blanked."""
    body = _END_RE.sub(_blank, _BEGIN_RE.sub(_blank, _unwrap(math, _LINES)))
    rows = [body[a:b] for a, b in _row_pieces(body) if body[a:b].strip()]
    return [_blank_alignment(r).strip() for r in rows]


def _ends_in_an_equation(math: str) -> bool:
    """Does the last row of the display ``math`` state an equation to go on solving
    (``n/\\theta = (\\sum x_i - n)/(1 - \\theta)``, ``q = \\bar v (1 + q)^2``) rather than
    give a name its value (``\\ell = -n \\log b - S/b``)?"""
    rows = _display_rows(math)
    if not rows:
        return False
    sides = rows[-1].split("=")
    if len(sides) < 2 or not sides[0].strip():
        return len(sides) >= 2  # "= ..." goes on with whatever came before
    lhs = sides[0].strip()
    if not is_name(lhs):
        return True
    return lhs in "=".join(sides[1:])


def _stands_on_its_own(math: str) -> bool:
    """Does the first row of the display ``math`` read nothing from the line above it? It
    does not when it writes an expression equal to another (``-S \\cdot (-1/b^2) =
    S/b^2``); it does when it continues (``= ...``, no relation sign), names a result or a
    quantity (``\\hat a = 2\\bar X``, ``\\ell(b) = ...``: the fact before it is what it
    solves or restates) or sets something to zero (the condition the reader solves)."""
    rows = _display_rows(math)
    if not rows:
        return False
    cuts = top_level(rows[0], "=")
    if not cuts:
        return False
    row = rows[0]
    bounds = zip([-1, *cuts], [*cuts, len(row)], strict=True)
    sides = [row[a + 1 : b].strip(" :") for a, b in bounds]
    if any(not side or side == "0" for side in sides):
        return False
    return not is_name(sides[0])


def _interrupts(
    clean: str, text: str, spans: list[_Span], k: int, bounds: list, solving: bool = True
) -> bool:
    """Would inline span ``k``, made a row, stand between a display row and the row that
    goes on from it? It does when the next span continues a chain (``$$= ...$$``), and
    when its sentence states the fact the display row after it uses ("Using $...$:",
    "Noting that $...$, one obtains $$...$$") and that row reads the line above it (a
    result, a name's value, a continuation): that is the row's reason, not a step."""
    before = next(
        (spans[j] for j in range(k - 1, max(-1, k - 20), -1) if spans[j].kind == "display"), None
    )
    after = next((t for t in spans[k + 1 :] if t.kind == "display"), None)
    if (
        solving  # (off: only a continuation or a premise of the next row counts)
        and before is not None
        and after is not None
        and _ends_in_an_equation(text[before.start : before.end])
        and not _moments_only(text, before, spans[k], after)
    ):
        # An equation being solved: a fact stated after it ("It is $\\sum x_i = n\\bar x$.
        # Thus we get $$...$$") is the reason of the next step, not a step. After the
        # post's last display there is no next step: the fact is a claim of its own.
        return True
    if k + 1 >= len(spans):
        return False
    if _continued(text, spans, k):
        return True
    s = spans[k]
    if not states_a_premise(clean, s.opener, s.closer_end, bounds):
        return False
    # The display the sentence leads into: the next one, with no sentence ending before it
    # ("Noting that $a$ and $b$, one obtains $$...$$").
    # (Looked for within 2000 characters, so a post of many formulas costs no more.)
    gap = list(clean[s.closer_end : s.closer_end + 2000])
    for j in range(k + 1, len(spans)):
        t = spans[j]
        if t.opener - s.closer_end >= len(gap):
            return False
        if t.kind == "display":
            leads = re.search(r"[.!?](?=\s)", "".join(gap[: t.opener - s.closer_end])) is None
            fact = text[s.start : s.end]
            return leads and not (is_rule(fact) and _stands_on_its_own(text[t.start : t.end]))
        for i in range(t.opener - s.closer_end, min(t.closer_end - s.closer_end, len(gap))):
            gap[i] = "X"
    return False


def _continued(text: str, spans: list[_Span], k: int) -> bool:
    """Does the span after span ``k`` start with a relation sign (``$$= ...$$``), going on
    from what came before it?"""
    return k + 1 < len(spans) and continues(text[spans[k + 1].start : spans[k + 1].end])


def _quoted_aside(text: str, lines: _Lines, spans: list[_Span], k: int, quoted: frozenset) -> bool:
    """blind67 (held-out external16, a Student-t note): is display span ``k`` a block quote's
    fact ("> Recognizing the Gamma Function", "> $$\\int_0^\\infty ... = \\Gamma(...)$$") set
    between a row and the unquoted row that goes on from it (``$$= ...$$``)? Then it is an
    aside, checked by itself while the chain goes on past it: read as a row, it became the
    line the next row was compared with, and that correct row was refuted."""
    if lines.line(spans[k].start) not in quoted or not _continued(text, spans, k):
        return False
    if lines.line(spans[k + 1].start) in quoted:
        return False
    before = [j for j in range(k) if spans[j].kind == "display"]
    if not before or lines.line(spans[before[-1]].start) in quoted:
        return False
    # a fact worked out (an integral's, a sum's value), one relation: a substitution
    # ("u = x^2, du = 2x dx") stays a row, for ._substitution to read
    body = text[spans[k].start : spans[k].end].strip()
    listed = re.search(r"(?<!\\),|\\quad", body) is not None  # "\," is a thin space
    return body.count("=") == 1 and not listed and _WORKED_FACT.match(body) is not None


#: The left side of a fact a quoted display works out: an integral, a sum, a product, a limit,
#: a derivative or an expectation.
_WORKED_FACT = re.compile(
    r"(?:\\begin\{[a-z]+\*?\}\s*)?\\(?:int|iint|sum|prod|lim|frac\s*\{\s*(?:d|\\partial)|mathbb\s*\{?E|operatorname\*?\{E)"
)


def _claim_kind(clean: str, text: str, spans: list[_Span], k: int, bounds: list) -> str:
    """What the sentence claim of inline span ``k`` becomes: a ``"sentence"`` row where it
    interrupts no chain; an ``"aside"`` where it stands between a display row and the row
    that goes on from it but is a rule worked out (a moment, a sum, a derivative: it holds
    whatever the post's quantities are, see ._inline_claims.is_worked_out) and the next span
    does not continue it - checked by itself, while the chain goes on past it, so the row after
    it reads the row before it as when the fact was prose; else ``"prose"`` (a relation
    among the quantities, ``1 + q = 1/\\bar y``, would be refuted as an identity)."""
    if not _interrupts(clean, text, spans, k, bounds):
        return "sentence"
    fact = spans[k]
    if is_worked_out(text[fact.start : fact.end]) and not _continued(text, spans, k):
        return "aside"
    return "prose"


def _moments_only(text: str, before: _Span, fact: _Span, after: _Span) -> bool:
    """Are the display before an inline fact, the fact and the next display's first row all
    moments worked out ("$$E[x^2] = ... = \\frac{a^2+a}{b^2}$$ and the second is $E[x]^2 =
    a^2/b^2$. Therefore $$\\text{Var}[x] = ...$$")? Then nothing is being solved: the next
    row restates a moment by its name and reads no line above it."""
    first = _display_rows(text[after.start : after.end])[:1]
    return (
        is_moment(_display_rows(text[before.start : before.end])[0])
        and is_moment(text[fact.start : fact.end])
        and bool(first)
        and is_moment(first[0])
    )


def _names_something(body: str) -> bool:
    """An inline formula of the prose that later rows may need: a definition (``=``), a
    macro, or a declared law ("Let $X \\sim \\mathrm{Bin}(n, p)$": the moments of ``X``)."""
    return (
        "=" in body or "\\newcommand" in body or re.search(r"\\sim(?![A-Za-z])", body) is not None
    )


def _hypothesis_only(clean: str, s: _Span, body: str, bounds: list) -> bool:
    """An inline formula whose only use would be a definition, in a conditional sentence
    ("If we had $a = 2b$", "When $\\theta = 1/2$"): a hypothesis, not the value of its
    name for the rows after it (a law or a macro in it is still kept)."""
    return (
        "\\newcommand" not in body
        and re.search(r"\\sim(?![A-Za-z])", body) is None
        and is_hypothesis(clean, s.opener, s.closer_end, bounds)
    )


def _in_heading(clean: str, head_pos: list[int], at: int) -> bool:
    """Is offset ``at`` on the line of a Markdown heading (``head_pos``: where they start)?"""
    h = bisect.bisect_right(head_pos, at) - 1
    if h < 0:
        return False
    end = clean.find("\n", head_pos[h])
    return at < (len(clean) if end < 0 else end)


def _prose_before(clean: str, start: int, end: int) -> str:
    """The paragraph of prose that leads into a block (between ``start``, the end of the
    row above, and ``end``). A short lead-in of its own ("This gives", "We get:") says
    nothing by itself: the paragraph above it, where the author says what is done ("First
    take $\\frac{\\partial L}{\\partial a}$ and set it to zero."), comes with it."""
    before = clean[start:end].rstrip(" \t\n$[(\\")
    # Only the tail matters; bounded so a megabyte of prose costs nothing.
    before = before[-4000:]
    paragraphs = [q.strip() for q in re.split(r"\n\s*\n", before) if q.strip()]
    if len(paragraphs) > 1 and _LEAD_IN.fullmatch(paragraphs[-1]):
        return paragraphs[-2] + "\n\n" + paragraphs[-1]
    return paragraphs[-1] if paragraphs else ""


#: Results a sentence states are rows (``._stated_rows``); off, they are prose as before.
#: On since INLINE9 (a truth line the author wrote had no row to point at): a stated row is
#: numbered apart (``S1.1``), so no display row's label shifts; a restatement of a value the
#: post derived is proved by that derivation (``._restated``), any other is given or unchecked.
STATED_ROWS = True

#: INLINE9: stated rows are numbered from here (``Row.label`` ``S1.1``), apart from the blocks.
STATED_BLOCKS = 1_000_000

#: A paragraph that only leads into the math after it: a few words, no math, no sentence end.
_LEAD_IN = re.compile(r"(?:[A-Za-z][A-Za-z',]*\s*){1,4}:?")


def find_blocks(text: str, *, tex: bool = False) -> list[Block]:
    """Every block of rows of a post (display math, and inline math that counts as rows),
    in file order (see :func:`scan_blocks`)."""
    return [b for b in scan_blocks(text, tex=tex)[0] if b.kind != "prose"]


def scan_blocks(text: str, *, tex: bool = False) -> tuple[list[Block], list[Problem]]:
    """Every math block of a post in file order, and the structure problems.

    Parameters
    ----------
    text : str
        The file's body (front matter blanked; it holds no math).
    tex : bool
        Read as LaTeX source rather than Markdown.

    Returns
    -------
    blocks : list of Block
        Display blocks, inline formulas that count as rows (``kind="inline"``),
        and inline formulas kept for the names they define (``kind="prose"``).
    problems : list of Problem
    """
    text = normalise(text)
    quoted = frozenset() if tex else quoted_lines(text)
    if quoted:
        text = unquote_displays(text)  # blind67: "> $$" in an Obsidian callout
    clean = _blank_code_and_comments(text, tex)
    lines = _Lines(clean)
    heads = _headings(clean, tex)
    head_pos = [h[0] for h in heads]
    spans, problems = _scan(clean, tex, lines)
    spans, text = join_table_rows(clean, text, spans)  # \(a\) \(=\) \(b\): one row
    spans, text = join_left_sides(clean, text, spans)  # $a$ $= b$: one row (batch 27)
    spans, text = join_glued_formulas(clean, text, spans)  # $a$=$b$-$c$: one row (batch 51)
    has_display = any(s.kind == "display" for s in spans)
    mathjax = _uses_single_dollars(clean)
    bounds = [(s.opener, s.closer_end) for s in spans]
    blocks: list[Block] = []
    line_memo: dict = {}
    prev_end = 0
    for k, s in enumerate(spans):
        kind = s.kind
        if kind == "display" and quoted and _quoted_aside(text, lines, spans, k, quoted):
            kind = "aside"
        # A math fence's body is read from ``clean``, where its fence lines are blank.
        body = (clean if text[s.opener] in "`~" else text)[s.start : s.end]
        if not body.strip():
            continue  # "$$ $$": nothing to read
        if kind == "inline":
            claim = _RELATION_HINT.search(body) is not None and not _bare_sign(body)
            if tex or _in_heading(clean, head_pos, s.opener):
                # "## The case $\sigma^2 = 1$": a title, never a row of the derivation
                kind = "prose"
            elif claim and _line_facts(clean, lines, spans, k, line_memo)[0]:
                kind = "inline"
            elif (
                claim
                and not has_display
                and _uses_single_dollars(clean)
                and not setting_in_words(clean[clean.rfind("\n", 0, s.opener) + 1 : s.opener], body)
            ):
                # (batch 51: "by taking $k=2$" sets k, a choice; prose reads it so)
                kind = "sentence"
            elif (
                not claim
                and not has_display
                and mathjax
                and _is_paragraph(clean, s)
                and is_bare_expression(body)
            ):
                # "Taking the natural log of both sides:" then "$n\\ln\\theta + ...$" on
                # its own: a post written with single dollars only sets its display rows so.
                kind = "inline"
            elif (
                not claim
                and mathjax
                and _line_facts(clean, lines, spans, k, line_memo)[0]
                and _left_side_of_next(text, lines, spans, k)
            ):
                # batch 51 (mjtsai): ">$\\Gamma(x)\\Gamma(y)$" then ">$=\\int ...$" on the
                # next line: the chain's first row, which the "=" row goes on from
                kind = "inline"
            elif (
                claim
                and is_self_contained(body)
                and is_sentence_claim(clean, s.opener, s.closer_end, body, bounds)
                and not _line_facts(clean, lines, spans, k, line_memo)[1]
            ):
                # A post with display math that also writes a step in a sentence: a claim
                # of its own when the sentence asserts it (see ._inline_claims). Whatever
                # the delimiters: kramdown's $$ inside a paragraph is inline math too.
                kind = _claim_kind(clean, text, spans, k, bounds)
            else:
                kind = "prose"
            if kind == "prose" and not _names_something(body):
                continue
            if (
                kind == "prose"
                and not _in_heading(clean, head_pos, s.opener)  # a title: kept as before
                and _hypothesis_only(clean, s, body, bounds)
            ):
                continue
            if kind == "prose" and only_elsewhere(clean, s.closer_end):
                continue  # sound12: "$g(t) = 0$ elsewhere" is no definition of g
            if (  # STATED (._stated_rows): a result its sentence asserts is a row
                STATED_ROWS
                and kind == "prose"
                and claim
                and not tex
                and not _in_heading(clean, head_pos, s.opener)
                and not _line_facts(clean, lines, spans, k, line_memo)[1]
                and is_stated(clean, s.opener, s.closer_end, body, bounds)
                and not _interrupts(clean, text, spans, k, bounds, solving=False)
            ):
                # (a premise of the next display row, or a fact a continuation goes on
                # past, stays that row's reason)
                kind = "stated"
        if kind == "display" and not tex:
            body = escaped_braces(body)  # PARSE15: \\{ ... \\} of a Markdown export
        if kind != "display" and not tex:
            if len(body) > 1 and body[0] == body[-1] == "`":
                body = " " + body[1:-1] + " "  # GitHub's $`...`$
            # Markdown escapes inside inline math: \\{ is \{, \_ is _ (same length kept).
            body = _MD_ESCAPES.sub(lambda m: " " + m.group(1), body)
        a = s.start
        h = bisect.bisect_right(head_pos, a) - 1
        blocks.append(
            Block(
                text=body,
                line=lines.line(a),
                section=heads[h][1] if h >= 0 else "",
                column=lines.column(a),
                prose=_prose_before(clean, prev_end, s.opener)
                if kind not in ("prose", "stated")
                else "",
                kind=kind,
                offset=a,
            )
        )
        if kind not in ("prose", "aside", "stated"):
            # (an aside leaves the prose of the display row after it as it was)
            prev_end = s.closer_end
    if PLAIN_ROWS and not tex:
        blocks = _with_plain_rows(clean, lines, spans, blocks, heads, head_pos)
    return blocks, problems


#: Plain-text equations are rows (``._plain_math``); off, they are prose as before.
PLAIN_ROWS = True


def _with_plain_rows(
    clean: str, lines: _Lines, spans: list[_Span], blocks: list[Block], heads: list, head_pos: list
) -> list[Block]:
    """``blocks`` and the plain-text equations of the post (a list item or an indented line
    outside math, code and headings that is entirely an equation), in file order. In a post
    with no TeX math they are its rows; beside TeX math they are stated rows (never checked,
    and defining nothing: ``._stated_rows``)."""
    found: list[Block] = []
    pos = 0
    k = 0
    names = None  # read8: M2X̄ is M2 times X̄ when both stand alone (worked out once needed)
    all_lines = clean.split("\n")
    for at, line in enumerate(all_lines):
        start, pos = pos, pos + len(line) + 1
        if "=" not in line or _in_heading(clean, head_pos, start):
            continue  # both readers need an '=' (plain_equation, unread_equation)
        while k < len(spans) and spans[k].closer_end <= start:
            k += 1
        if k < len(spans) and spans[k].opener < start + len(line):
            continue  # math on the line: the TeX reader's
        if names is None:
            names = standalone_names(clean)
        # (a paragraph of its own in a post with no TeX: read as a list item is, batch 30)
        alone = (
            not spans
            and (at == 0 or not all_lines[at - 1].strip())
            and (at + 1 == len(all_lines) or not all_lines[at + 1].strip())
        )
        line = plain_letters(line)  # 𝑝, 𝜃: the letters they dress (columns stay)
        latex, why = plain_equation(line, names, alone)
        unread = ""
        if latex is None and not why and not spans:  # INLINE9 (._plain_unread): no TeX at
            unread = unread_equation(line)  # all, an equation line not read: unparsed
        if latex is None and not why and not unread:
            continue
        h = bisect.bisect_right(head_pos, start) - 1
        lead = len(line) - len(line.lstrip(" \t-*+0123456789.)\u2022"))
        found.append(
            Block(
                text=latex or line[lead:].strip(),
                line=lines.line(start),
                section=heads[h][1] if h >= 0 else "",
                column=lead + 1,
                kind="inline" if not spans and not unread else "stated",
                offset=start + lead,
                plain=True,
                error=f"plain text (no TeX): {why or unread}" if why or unread else "",
            )
        )
    if not found:
        return blocks
    return sorted([*blocks, *found], key=lambda b: b.offset)


# --------------------------------------------------------------------------- rows


def _row_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the rows of a block: split at ``\\\\`` outside braces and inner envs."""
    pieces: list[tuple[int, int]] = []
    depth = 0  # braces
    envs: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n:
            if text[i + 1] == "\\":
                inner = [e for e in envs if e.rstrip("*") not in CONTAINERS]
                if depth == 0 and not inner:
                    pieces.append((start, i))
                    i += 2
                    # \\[2pt] spacing after a row break is not math.
                    m = re.match(r"\s*\[[^\]\n]*\]", text[i:])
                    if m:
                        i += m.end()
                    elif text.startswith(("\\\n", "\\\r"), i):
                        # A control space (kramdown's '\\\\\' row end: Markdown makes
                        # '\\\\' the row break, and the fifth '\' ends the line).
                        i += 1
                    start = i
                    continue
                i += 2
                continue
            if text.startswith("\\newline", i) and not text[i + 8 : i + 9].isalpha():
                # read8: MathJax breaks the row at \newline as at \\
                if depth == 0 and not [e for e in envs if e.rstrip("*") not in CONTAINERS]:
                    pieces.append((start, i))
                    start = i + 8
                i += 8
                continue
            m = _ENV_TOKEN.match(text, i)
            if m:
                if m.group(1) == "begin":
                    envs.append(m.group(2))
                elif envs:
                    envs.pop()
                i = m.end()
                continue
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(0, depth - 1)
        i += 1
    pieces.append((start, n))
    return pieces


def _join_continued(text: str, pieces: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    r"""Rows that only continue the one above (no relation sign, starting with ``&-``,
    ``&+``, ``&\times`` or ``&\cdot``, or after a row that ends with an operator,
    ``a + \\ b``) joined to it, the ``\\`` between them blanked: an equation split over
    rows (``a &= b \\ &- c``) is one row ``a = b - c``, reported at its first line. A row of
    dots between terms of a sum written over rows (``t_1 + \\ \vdots \\ t_N``) is the sum's
    ``+ \ldots +``.

    >>> t = "a &= b \\\\ &- c \\\\ &= d"
    >>> u, ps = _join_continued(t, _row_pieces(t))
    >>> [" ".join(u[x:y].replace("&", " ").split()) for x, y in ps]
    ['a = b - c', '= d']
    >>> t = "= t_1 + \\\\ t_2 + \\\\ \\vdots \\\\ t_N \\\\ = s"
    >>> u, ps = _join_continued(t, _row_pieces(t))
    >>> [" ".join(u[x:y].split()) for x, y in ps]
    ['= t_1 + t_2 + \\ldots + t_N', '= s']
    """
    out = list(text)
    kept: list[tuple[int, int]] = []
    for a, b in pieces:
        content = _blank_alignment(text[a:b]).strip()
        if not content:
            kept.append((a, b))
            continue
        before = next(
            (k for k in range(len(kept) - 1, -1, -1) if text[slice(*kept[k])].strip()), None
        )
        if before is None or split_relations(content)[1]:
            kept.append((a, b))
            continue
        pa, pb = kept[before]
        above = _blank_alignment("".join(out[pa:pb])).strip()
        after_dots = _AFTER_DOTS.search(above) is not None
        if not _OPEN_START.match(content) and not _OPEN_END.search(above) and not after_dots:
            kept.append((a, b))
            continue
        gap = [i for i in range(pb, a) if out[i] != "\n"]
        for i in gap:
            out[i] = " "
        if after_dots and gap:
            out[gap[0]] = "+"  # t_1 + \vdots \\ t_N: the + the dots stand between
        dots = _DOTS_ROW.fullmatch(content)
        if dots and above.endswith("+"):
            out[a + text[a:b].index(content) + 1] = "l"  # \vdots, \cdots: \ldots
        del kept[before:]
        kept.append((pa, b))
    return "".join(out), kept


#: A row that ends with an operator: the next row goes on with its operand.
_OPEN_END = re.compile(r"(?:[+-]|\\cdot|\\times)$")
#: A row that opens with an operator (``&- c``, ``&\times e^{a}``; not ``\cdots``), after
#: any spacing (``& \qquad + c``): it goes on with the row above, a further term or factor of
#: it, since no row starts with one.
_OPEN_START = re.compile(
    r"(?:\\q?quad(?![A-Za-z])|\\[,;:! ]|~|\\hspace\s*\{[^{}]*\}|\s)*"
    r"(?:[+-]|\\(?:cdot|times)(?![A-Za-z]))"
)
#: A row that is only dots (``\vdots``, ``\cdots``), and a row that ends with them after ``+``.
_DOTS_ROW = re.compile(r"\\[vc]dots")
_AFTER_DOTS = re.compile(r"\+\s*\\ldots$")


def _blank_alignment(body: str) -> str:
    """Alignment ``&`` is layout; inside an inner environment (a matrix) it separates cells."""
    if "&" not in body:
        return body
    out = list(body)
    depth = 0
    for m in re.finditer(r"\\(begin|end)\s*\{[A-Za-z]+\*?\}|(?<!\\)&", body):
        if m.group(1) == "begin":
            depth += 1
        elif m.group(1) == "end":
            depth = max(0, depth - 1)
        elif depth == 0:
            out[m.start()] = " "
    return "".join(out)


def _stray_envs(text: str) -> list[int]:
    """Offsets of row-container ``\\begin``/``\\end`` commands that do not pair up in a block."""
    stack: list[tuple[str, int]] = []
    stray: list[int] = []
    for m in _ENV_TOKEN.finditer(text):
        name = m.group(2).rstrip("*")
        if name not in CONTAINERS:
            continue
        if m.group(1) == "begin":
            stack.append((name, m.start()))
        elif stack:
            stack.pop()  # a pair, maybe mismatched (a problem of the post, not of the row)
        else:
            stray.append(m.start())
    return stray + [pos for _, pos in stack]


#: Wrappers that are presentation only: a box around a row's math (``\\bbox[5px,border:2px
#: solid red]{...}``, MathJax's framed box, with its options up to the first ``]``).
_BOX = re.compile(r"\\(?:boxed|fbox|bbox(?:\s*\[[^\]]*\])?)\s*\{")
#: ``\\displaylines{a \\\\ b}``: the lines of one display, each a row.
_LINES = re.compile(r"\\displaylines\s*\{")


def _unwrap(text: str, command: re.Pattern = _BOX) -> str:
    """``\\boxed{p = 1/4}``: the box is presentation; its relation belongs to the row. Every
    ``command{...}`` is blanked around its content (same length)."""
    while True:
        m = command.search(text)
        if m is None:
            return text
        depth = 1
        k = m.end()
        while k < len(text) and depth:
            if text[k] == "\\":
                k += 2
                continue
            depth += {"{": 1, "}": -1}.get(text[k], 0)
            k += 1
        if depth:
            return text
        text = (
            text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() : k - 1] + " " + text[k:]
        )


def _blank(m: re.Match) -> str:
    return _blank_span(m.group(0))


#: Math at the end of a text box (``\\text{if $x > 1$}``, ``\\mbox{$i = j$}``): the box's words,
#: then ``$``-delimited math (one level of braces in it), then only spaces before the ``}``.
_BOX_MATH = re.compile(
    r"(?P<open>\\(?:text|textrm|textnormal|mbox)\s*\{)(?P<words>[^{}$]*)(?<!\\)\$"
    r"(?P<math>(?:[^{}$]|\{[^{}$]*\})+)(?<!\\)\$(?P<close>\s*\})"
)


def math_in_text_boxes(row: str) -> str:
    """``row`` with the math that ends a text box taken out of it, in place: TeX sets
    ``\\text{if $x > 1$}`` as ``\\text{if } x > 1``, the words then the math, and so it is
    read (held-out batches 26 and 32: conditions of a definition by cases stopped the row at
    the ``$``). Only after the words of a condition (``if``, ``for``, ``when``...: read then
    as the row's condition); a box of other words is a note, its math included (``\\text{By
    $\\log E(X) \\ge E(\\log X)$}``). The text keeps its length and the math its offsets; a
    box with words after its math, or two pieces of math, is left as written.

    >>> math_in_text_boxes(r"1, & \\text{if $x > 1$}")
    '1, & \\\\text{if }x > 1  '
    """

    def moved(m: re.Match) -> str:
        if not _CONDITION_BOX.fullmatch(m.group("words")):
            return m.group(0)  # \text{By $\log E X \ge E \log X$}: a note, math and all
        head = m.group("open") + m.group("words") + "}"
        return head + m.group("math") + _blank_span("$" + m.group("close"))

    return _BOX_MATH.sub(moved, row)


#: Words in a text box that make the math after them a condition (``1 \\text{ if } x > 0``).
_CONDITION_BOX = re.compile(
    r"\s*[,;]?\s*(?:if|on|for(?:\s+all)?|when|whenever|provided(?:\s+that)?|assuming(?:\s+that)?"
    r"|as\s+long\s+as)\s*[,:]?\s*",
    re.I,
)
#: Words joining a second condition to one a condition box began (``\\text{ and }``).
_AND_BOX = re.compile(r"\s*(?:,|and|,\s*and)\s*", re.I)


def _blank_words(m: re.Match, body: str, after_condition: bool = False) -> str:
    """The text box ``m`` blanked, or, when its words introduce a condition that math
    follows (``\\text{ if }``, ``\\text{, for }``, or ``\\text{ and }`` after such a box),
    a ``\\quad`` that keeps the condition a statement of its own: blanked, the row
    ``|x|/x = 1 \\text{ if } x > 0`` read as ``|x|/x = 1 x > 0``, a product, and ``x < 0
    \\text{ and } y < 0`` as one condition ``x < 0 y < 0``."""
    joins = after_condition and _AND_BOX.fullmatch(m.group(1))
    if (_CONDITION_BOX.fullmatch(m.group(1)) or joins) and body[m.end() :].strip(" &\n"):
        return "\\quad".ljust(len(m.group(0)))
    return _blank(m)


#: An opening parenthesis just before a note's box, and its partner just after it.
_NOTE_OPEN = re.compile(r"(?:\\q?quad|\\[,;:! ]|~|,)\s*(?P<open>(?:\\left\s*)?\(\s*)$")
_NOTE_CLOSE = re.compile(r"^\s*(?:\\right\s*)?\)")


def _blank_note_brackets(body: str, start: int, end: int) -> str:
    """``body`` with the parentheses around the blanked box at ``start:end`` blanked too,
    when they held nothing else and follow a space or a comma (EXPECT53: ``\\quad
    (\\text{by independence})`` left ``( )`` behind, and the row was unparsed). A bracket
    with math in it stays, and so does a call's (``P(\\text{no heads})``: the probability
    of an event said in words, not a note)."""
    if body[start:end].strip():
        return body  # a condition box (kept as a separator), not blanked words
    before, after = _NOTE_OPEN.search(body[:start]), _NOTE_CLOSE.match(body[end:])
    if before is None or after is None or not body[: before.start()].strip(" &\n"):
        return body
    close, opened = end + after.end(), before.start("open")
    return body[:opened] + " " * (close - opened) + body[close:]


#: A display that is one ``cases`` or ``array`` around equations (a system, the
#: results): ``\left\{\begin{cases} ... \end{cases}\right.``.
_SYSTEM_RE = re.compile(
    r"^(\s*(?:\\left\s*\\\{\s*)?\\begin\{(cases|array)\}\s*(?:\{[lcr|]*\})?)"
    r"(.*)(\\end\{\2\}\s*(?:\\right\s*\.\s*)?)$",
    re.DOTALL,
)


def _unwrap_system(text: str) -> str:
    """A display that is one ``cases``/``array`` of equations: its rows are the display's
    rows (the wrapper blanked). Not when a row has a ``&`` column (``a = 1 & x > 0``:
    a value with its condition, which rows of their own would misread), unless every ``&``
    only aligns a relation sign (``p(\\theta|D) &=& ...``: an ``eqnarray`` written as an
    ``array``)."""
    m = _SYSTEM_RE.match(text)
    if m is None or "\\\\" not in m.group(3):
        return text
    inner = m.group(3)
    if "\\begin" in inner:
        return text  # another environment inside: leave the whole to the reader
    if "&" in inner and not _aligns_relations(inner):
        return text
    return _blank_span(m.group(1)) + inner + _blank_span(m.group(4))


#: A relation sign at the start (or the end) of an array cell.
_RELATION_CELL = r"(?:=|:=|\\(?:approx|equiv|propto|leq?|geq?|neq?)(?![A-Za-z])|[<>])"
_STARTS_WITH_RELATION = re.compile(r"^\s*" + _RELATION_CELL)
_ENDS_WITH_RELATION = re.compile(_RELATION_CELL + r"\s*$")


def _aligns_relations(inner: str) -> bool:
    """Does every top-level ``&`` of the array body ``inner`` stand beside a relation sign
    (``a &=& b``, ``&= c``), so that the columns are an alignment, not values and
    conditions (``1 & x > 0``) or a table?

    >>> _aligns_relations("p &=& q \\\\[2ex] &=& r"), _aligns_relations("1 & x > 0 \\\\ 0 & x < 0")
    (True, False)
    """
    for a, b in _row_pieces(inner):
        row = inner[a:b]
        for cut in top_level(row, "&"):
            left, right = row[:cut], row[cut + 1 :]
            if not (_ENDS_WITH_RELATION.search(left) or _STARTS_WITH_RELATION.match(right)):
                return False
    return True


def _blank_span(t: str) -> str:
    return re.sub(r"[^\n]", " ", t)


#: An unescaped ``%`` (after an even number of backslashes: ``\\\\%`` is a row break and
#: a comment) up to the end of its line.
_TEX_COMMENT = re.compile(r"(?<!\\)((?:\\\\)*)%[^\n]*")


def _blank_tex_comments(math: str) -> str:
    r"""A TeX comment inside math (``\\%``, a ``%`` line in an ``align*``) blanked by
    spaces: TeX ignores it, so it is no part of a row. ``\%`` is a percent sign.

    >>> _blank_tex_comments("a &= b \\\\% note")
    'a &= b \\\\      '
    >>> _blank_tex_comments("5\\% of c % d")
    '5\\% of c    '
    """
    if "%" not in math:
        return math
    return _TEX_COMMENT.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), math)


def split_rows(
    block: Block,
    block_index: int,
    macros: dict[str, Macro] | None = None,
) -> list[Row]:
    """Split a block into rows at top-level ``\\\\`` (outside braces and inner environments).

    The ``\\begin``/``\\end`` lines of a row container (``align``, ``aligned`` ...)
    are removed; empty rows (such as the one after a trailing ``\\\\``) are
    dropped. ``macros`` are expanded in each row.
    """
    math = _blank_tex_comments(block.text) if block.kind != "prose" else block.text
    stray = _stray_envs(math)
    text = _BEGIN_RE.sub(_blank, _unwrap(math, _LINES))
    # After the container's own \begin/\end are blanked: an ``array`` stack of equations
    # inside ``align`` (external48, Yuqian Liu's l(\theta) rows) is the display's rows, as
    # the same stack between ``$$`` is.
    text = _unwrap_system(_END_RE.sub(_blank, text))
    role = "prose" if block.kind == "prose" else "row"
    rows = []
    text, pieces = _join_continued(text, _row_pieces(text))
    for a, b in pieces:
        raw = text[a:b]
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        body = _unwrap(_DROP_RE.sub(_blank, raw[lead:].rstrip()))
        if role == "row":
            body = forall_as_words(math_in_text_boxes(body))
            body = blank_note_column(body)  # PARSE11: "&= x^2 && (2)": a tag, not a factor
        # Words after some math annotate the row; words that start it are its content.
        found = [
            m
            for m in _TEXT_RE.finditer(body)
            if body[: m.start()].strip(" &\n") and not _FUNCTION_BOX.fullmatch(m.group(1))
        ]
        notes = [" ".join(m.group(1).split()) for m in found]
        conditions = (k for k, m in enumerate(found) if _CONDITION_BOX.fullmatch(m.group(1)))
        first = next(conditions, len(found))  # the boxes after it may join a second condition
        known = [_CONDITION_BOX.fullmatch(m.group(1)) is not None for m in found]
        joins = [
            k > first and _AND_BOX.fullmatch(m.group(1)) is not None for k, m in enumerate(found)
        ]
        words_error = unread_words(found, body, known, joins)
        words_error = words_error or branch_after_and(found, body, joins)  # sound12
        conditions: list[int] = []  # where the condition boxes stood (Row.conditions)
        for k in reversed(range(len(found))):
            m = found[k]
            names = quantified_names(found, k, body)  # "for all x": the box and x left out
            if names > m.end():
                body = body[: m.start()] + _blank_span(body[m.start() : names]) + body[names:]
                continue
            blanked_box = _blank_words(m, body, k > first)
            if blanked_box.startswith("\\quad"):
                conditions.append(m.start())
            body = body[: m.start()] + blanked_box + body[m.end() :]
            body = _blank_note_brackets(body, m.start(), m.end())
        body = blank_leading_style(as_primes(_blank_alignment(body)))
        if not body.strip():
            continue
        # A blanked ``\label`` or ``\begin{split}`` line before the math is no part of
        # the row: the row starts (and is reported) where its math does.
        blanked = len(body) - len(body.lstrip())
        body = body[blanked:]
        start = a + lead + blanked
        bad = [p for p in stray if a <= p < b]
        line = block.line + text.count("\n", 0, start)
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start + 1 + (block.column - 1 if line == block.line else 0)
        expanded, origin, error = body, (), words_error or block.error
        if bad:
            env = _ENV_TOKEN.match(block.text, bad[0])
            error = (
                f"{env.group(0) if env else 'an environment'} does not pair up (see the problems)"
            )
        if macros and not error:
            try:
                out, where = expand(body, macros)
            except MacroError as exc:
                error = f"{exc} (column {column + exc.column})"
                out, where = body, list(range(len(body)))
            if out != body:
                expanded, origin = out, tuple(where)
        condition_at = _offsets_in(conditions, blanked, origin)
        rows.append(
            Row(
                expanded,
                line,
                block_index,
                len(rows),
                block.section,
                column,
                block.prose,
                "; ".join(notes),
                role,
                body if origin else "",
                origin,
                error,
                block.kind in ("sentence", "aside", "stated"),
                block.kind == "aside",
                block.kind == "stated",
                block.plain,
                condition_at,
            )
        )
    return rows


def _offsets_in(offsets: Sequence[int], shift: int, origin: Sequence[int]) -> tuple[int, ...]:
    """``offsets`` into a row's body before its leading blank (``shift`` characters) was cut,
    as offsets into the row's text: through ``origin`` where macros were expanded (an offset
    no character of the text comes from is dropped)."""
    moved = [k - shift for k in offsets if k >= shift]
    if not origin:
        return tuple(sorted(moved))
    where = {o: t for t, o in reversed(list(enumerate(origin)))}
    return tuple(sorted(where[k] for k in moved if k in where))


_SIGMA = re.compile(r"\\Sigma(?![A-Za-z])")
#: What follows a capital sigma used as a summation sign: limits with ``=``
#: (``\Sigma_{i=1}^n``), or an operand with a subscript - a bracket (``\Sigma(k_i - 1)``)
#: or a letter (``\Sigma k_i``, ``\Sigma x_i^2``).
_SUM_OPERAND = re.compile(r"\s*(?:_\{[^{}=]*=[^{}]*\}|(?:\\left)?[(\[][^()\[\]]*_|[A-Za-z]\s*_)")


def _sigma_is_a_sum_sign(blocks: Sequence[Any]) -> bool:
    """Does the post write ``\\Sigma`` only as a summation sign (``\\Sigma(k_i - 1)``)?

    A covariance ``\\Sigma`` appears otherwise somewhere (``\\Sigma^{-1}``, ``|\\Sigma|``,
    ``\\Sigma = ...``, ``\\Sigma_k``): then it stays a symbol. Read as a symbol, the
    post's ``\\Sigma(k_i - 1) = (\\Sigma k_i) - n`` was refuted.
    """
    seen = False
    for block in blocks:
        for m in _SIGMA.finditer(block.text):
            if not _SUM_OPERAND.match(block.text, m.end()):
                return False
            seen = True
    return seen


def extract(text: str, *, tex: bool = False) -> tuple[list[Row], list[Problem]]:
    """All rows of a post in file order (prose and macro rows included), and its problems.

    A block that only defines macros becomes one row with ``role="macros"``;
    the macros apply to the rows after it.
    """
    blocks, problems = scan_blocks(text, tex=tex)
    macros: dict[str, Macro] = {}
    if _sigma_is_a_sum_sign(blocks):
        macros["Sigma"] = Macro("Sigma", 0, "\\sum")
    out: list[Row] = []
    k = 0
    n_stated = 0
    # parse12: definitions on bare lines (a Pandoc preamble), for the blocks after them
    bare = (
        bare_definitions(_blank_code_and_comments(normalise(text), tex))
        if any(h in text for h in BARE_HINTS)
        else []
    )
    for block in blocks:
        while bare and bare[0][0] <= block.offset:
            mac = bare.pop(0)[1]
            macros[mac.name] = mac
        defs, rest = find_definitions(block.text)
        if defs:
            for _, _, mac in defs:
                macros[mac.name] = mac
            if not rest.strip():
                if block.kind != "prose":
                    names = ", ".join("\\" + mac.name for _, _, mac in defs)
                    lead = len(block.text) - len(block.text.lstrip())
                    out.append(
                        Row(
                            f"macros {names}",
                            block.line + block.text.count("\n", 0, lead),
                            k,
                            0,
                            block.section,
                            block.column,
                            block.prose,
                            role="macros",
                            raw=" ".join(block.text.split())[:200],
                        )
                    )
                    k += 1
                continue
            if block.kind == "prose":
                continue
            # external47: $$ \DeclareMathOperator{\P}{\mathbb{P}} \P(X=k) = ... $$, the row
            # after its own definition: read without it (blanked, offsets kept). Only an
            # operator's name: a \def or \newcommand inside a row stays in it (unparsed),
            # as the hostile cases junk-tex-def and junk-tex-newcommand require.
            if all(
                block.text[a:b].lstrip().startswith("\\DeclareMathOperator") for a, b, _ in defs
            ):
                block = dataclasses.replace(block, text=rest)
        if block.kind == "stated":  # INLINE9: a stated row takes no block number of the
            rows = split_rows(block, STATED_BLOCKS + n_stated, macros)  # display rows
            n_stated += bool(rows)
            out.extend(rows)
            continue
        rows = split_rows(block, k, macros)
        if rows:
            out.extend(rows)
            if block.kind != "prose":
                k += 1
    return _open_ends(out), problems


#: A row's last relation sign with nothing after it: ``... = -E_p(...) =``.
_TRAILING_EQUALS = re.compile(r"(?<![<>!\\:])=(?:\s|\\[ ,;:!]|\\q?quad\b)*$")


#: A relation sign in a row's text (a row holding none is an expression alone).
_ANY_RELATION = re.compile(
    r"[=<>]|\\(?:n?eq|le|ge|leq|geq|lt|gt|neq?|approx|propto|sim|simeq|cong|equiv|to|in|"
    r"notin|subset|subseteq|rightarrow|Rightarrow|implies|iff|Leftrightarrow|mapsto)(?![A-Za-z])"
)


def _top_level(text: str) -> str:
    """``text`` without what its brackets and braces hold (``\\sum_{i=1}^n``'s ``i=1``,
    ``P(X = 1)``'s event): the signs left are the row's own."""
    out, depth = [], 0
    for ch in text:
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _open_ends(rows: list[Row]) -> list[Row]:
    r"""Rows that end with '=' before a row that starts with '=' (a chain split over
    displays, ``$$I = A =$$ $$= B$$``): the trailing sign blanked, as the next row's
    leading one continues the chain. So too before a display row right after it (no
    prose between) that holds no relation sign at all (``$$J = \log P =$$`` then
    ``$$\sum_i ...$$``, batch 37's notebook): that row is read as going on from the
    line (a row without a sign is). A trailing '=' that nothing continues is kept (the
    row then says a side is missing)."""
    out = list(rows)
    for k, row in enumerate(out):
        if row.role != "row" or row.error:
            continue
        m = _TRAILING_EQUALS.search(row.text)
        if m is None:
            continue
        nxt = next((r for r in out[k + 1 :] if r.role == "row"), None)
        if nxt is None:
            continue
        bare = (
            k + 1 < len(out)
            and out[k + 1] is nxt
            and not (row.sentence or nxt.sentence or nxt.error or nxt.prose.strip())
            and _ANY_RELATION.search(_top_level(nxt.text)) is None
        )
        if not bare and not nxt.text.replace("&", " ").lstrip().startswith("="):
            continue
        if nxt.text.replace("&", " ").lstrip().startswith(("==", "=>")):
            continue
        text = row.text[: m.start()] + " " * (m.end() - m.start())
        out[k] = dataclasses.replace(row, text=text)
    return out


def extract_rows(text: str, *, tex: bool = False) -> list[Row]:
    """The rows of a post to check, in file order, with line numbers.

    Examples
    --------
    >>> text = "Text\\n\\n$$\\\\begin{align}\\na &= b \\\\\\\\\\n&= c\\n\\\\end{align}$$\\n"
    >>> rows = extract_rows(text)
    >>> [(r.line, r.display) for r in rows]
    [(4, 'a = b'), (5, '= c')]
    """
    return [r for r in extract(text, tex=tex)[0] if r.role == "row"]


def read_post_text(path: str | Path) -> str:
    """A post file's text: UTF-8 (or UTF-16 with its byte-order mark), line ends normalised.

    Raises
    ------
    PostError
        When the file cannot be read as text.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise PostError(f"{p}: cannot read the post: {exc}.") from None
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PostError(
            f"{p}: line {line}: cannot read the post as UTF-8 text ({exc.reason} at byte "
            f"{exc.start})."
        ) from None
    return normalise(text)


def read_post_file(path: str | Path) -> tuple[str, list[Row]]:
    """A post file's front matter and rows to check (``.tex``/``.latex`` read as LaTeX).

    Raises
    ------
    PostError
        When the file cannot be read as text.
    """
    post = read_post(path)
    return post.front, [r for r in post.rows if r.role == "row"]


@dataclasses.dataclass(frozen=True)
class Post:
    """A post as read: front matter, body (front matter blanked), rows and problems."""

    front: str
    body: str
    rows: list[Row]
    problems: list[Problem]


def read_post(path: str | Path) -> Post:
    """Front matter, body, every row (prose and macro rows included) and the structure problems."""
    p = Path(path)
    text = read_post_text(p)
    front, body, problem = _front_matter(text)
    if p.suffix.lower() not in (".tex", ".latex"):
        body = decode_entities(body)  # sound12: x &lt; 0 in a Markdown post is x < 0
        body = wiki_math_as_tex(body)  # posts59: [math] ... [/math] (ReliaWiki)
    rows, problems = extract(body, tex=p.suffix.lower() in (".tex", ".latex"))
    if problem is not None:
        problems.insert(0, problem)
    return Post(front, body, rows, problems)
