"""Find the display math of a Markdown or LaTeX post and split it into rows.

Every row keeps the line number (1-based) of the file it starts on, so that a
verdict can point at the line an author has to edit.

Markdown (kramdown/MathJax style): a ``$$ ... $$`` pair is *display* math when
it stands alone - nothing but white space before the opening ``$$`` on its
line and nothing after the closing one - and *inline* math otherwise (kramdown
renders ``text $$x$$ text`` inline). ``\\[ ... \\]`` and ``\\begin{equation}``,
``align``, ``gather`` environments are display math as well; fenced code
blocks are skipped. A ``.tex`` file is read the same way after ``%`` comments
are blanked out (keeping line numbers).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from .._errors import PostError

_ENVS = ("align", "aligned", "equation", "gather", "eqnarray", "multline", "split")
_ENV_RE = "|".join(_ENVS)
_BEGIN_RE = re.compile(r"\\begin\{(" + _ENV_RE + r")\*?\}")
_END_RE = re.compile(r"\\end\{(" + _ENV_RE + r")\*?\}")
_DROP_RE = re.compile(r"\\(?:nonumber|notag)\b|\\label\{[^{}]*\}|\\tag\*?\{[^{}]*\}")
# Words inside math ("&& \text{by the chain rule}") annotate a row; they are not math.
_TEXT_RE = re.compile(r"\\(?:text|textrm|textit|textbf|mbox)\s*\{([^{}]*[ A-Za-z]{2,}[^{}]*)\}")


@dataclasses.dataclass(frozen=True)
class Block:
    """One display-math block: its LaTeX and the line it starts on.

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
    """

    text: str
    line: int
    section: str = ""
    column: int = 1
    prose: str = ""


@dataclasses.dataclass(frozen=True)
class Row:
    """One row of a display block (an ``align`` row, or the whole block).

    Attributes
    ----------
    text : str
        The row's LaTeX with alignment ``&``, ``\\nonumber`` and ``\\label``
        blanked out by spaces, so every offset still maps to the file
        (see :meth:`position`); newlines are kept.
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
    """

    text: str
    line: int
    block: int
    index: int
    section: str = ""
    column: int = 1
    prose: str = ""
    annotation: str = ""

    @property
    def display(self) -> str:
        """The row on one line, white space collapsed."""
        return " ".join(self.text.split())

    def position(self, offset: int) -> tuple[int, int]:
        """File (line, column), both 1-based, of ``self.text[offset]``."""
        before = self.text[:offset]
        nl = before.count("\n")
        if nl == 0:
            return self.line, self.column + offset
        return self.line + nl, offset - before.rfind("\n")

    @property
    def label(self) -> str:
        """``"B5.2"``: block 5, row 2 (both 1-based, as a reader counts)."""
        return f"B{self.block + 1}.{self.index + 1}"


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
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return "", text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            front = "\n".join(lines[1:i])
            return front, "\n" * (i + 1) + "\n".join(lines[i + 1 :])
    return "", text


def _blank_code_and_comments(text: str, tex: bool) -> str:
    """Replace fenced code (Markdown) or ``%`` comments (TeX) by spaces."""
    out = []
    in_fence = False
    for line in text.split("\n"):
        stripped = line.lstrip()
        if not tex and (stripped.startswith("```") or stripped.startswith("~~~")):
            in_fence = not in_fence
            out.append(" " * len(line))
            continue
        if in_fence:
            out.append(" " * len(line))
            continue
        if tex:
            # An unescaped % starts a comment that runs to the end of the line.
            m = re.search(r"(?<!\\)%", line)
            if m:
                line = line[: m.start()] + " " * (len(line) - m.start())
        out.append(line)
    return "\n".join(out)


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _headings(text: str, tex: bool) -> list[tuple[int, str]]:
    """(offset, title) of every heading, in order."""
    if tex:
        pat = re.compile(r"\\(?:sub)*section\*?\{([^{}]*)\}")
    else:
        pat = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.M)
    return [(m.start(), m.group(1).strip()) for m in pat.finditer(text)]


def _section_at(heads: list[tuple[int, str]], pos: int) -> str:
    title = ""
    for off, t in heads:
        if off > pos:
            break
        title = t
    return title


def find_blocks(text: str, *, tex: bool = False) -> list[Block]:
    """Every display-math block of a post, in file order.

    Parameters
    ----------
    text : str
        The file's contents (front matter may still be present; it is
        ignored because it holds no ``$$``).
    tex : bool
        Read as LaTeX source rather than Markdown.

    Returns
    -------
    list of Block
    """
    clean = _blank_code_and_comments(text, tex)
    heads = _headings(clean, tex)
    spans: list[tuple[int, int]] = []  # (start, end) of the math inside delimiters

    pos = 0
    while True:
        i = clean.find("$$", pos)
        if i < 0:
            break
        j = clean.find("$$", i + 2)
        if j < 0:
            break
        line_start = clean.rfind("\n", 0, i) + 1
        line_end = clean.find("\n", j + 2)
        line_end = len(clean) if line_end < 0 else line_end
        alone = not clean[line_start:i].strip() and not clean[j + 2 : line_end].strip()
        if alone or tex:
            spans.append((i + 2, j))
        pos = j + 2

    for m in re.finditer(r"\\\[(.*?)\\\]", clean, re.S):
        spans.append((m.start(1), m.end(1)))

    # Environments outside any $$/\[ span are display math of their own.
    for m in _BEGIN_RE.finditer(clean):
        if any(a <= m.start() < b for a, b in spans):
            continue
        end = re.compile(r"\\end\{" + m.group(1) + r"\*?\}").search(clean, m.end())
        if end is None:
            continue
        spans.append((m.start(), end.end()))

    spans.sort()
    blocks = []
    prev_end = 0
    for a, b in spans:
        body = text[a:b]
        col = a - (text.rfind("\n", 0, a) + 1) + 1
        before = clean[prev_end:a].rstrip(" \t\n$[")
        paragraphs = [q for q in re.split(r"\n\s*\n", before) if q.strip()]
        prose = paragraphs[-1].strip() if paragraphs else ""
        blocks.append(
            Block(
                text=body,
                line=_line_of(text, a),
                section=_section_at(heads, a),
                column=col,
                prose=prose,
            )
        )
        prev_end = b
    return blocks


def split_rows(block: Block, block_index: int) -> list[Row]:
    """Split a block into rows at top-level ``\\\\`` (outside braces).

    The ``\\begin``/``\\end`` lines of an environment are removed; empty rows
    (such as the one after a trailing ``\\\\``) are dropped.
    """
    text = _BEGIN_RE.sub(lambda m: " " * len(m.group(0)), block.text)
    text = _END_RE.sub(lambda m: " " * len(m.group(0)), text)
    pieces: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            if text[i + 1] == "\\" and depth == 0:
                pieces.append((start, i))
                i += 2
                # \\[2pt] spacing after a row break is not math.
                m = re.match(r"\s*\[[^\]]*\]", text[i:])
                if m:
                    i += m.end()
                start = i
                continue
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        i += 1
    pieces.append((start, len(text)))

    rows = []
    for a, b in pieces:
        raw = text[a:b]
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        body = _DROP_RE.sub(lambda m: " " * len(m.group(0)), raw[lead:].rstrip())
        notes = [m.group(1).strip() for m in _TEXT_RE.finditer(body)]
        body = _TEXT_RE.sub(lambda m: " " * len(m.group(0)), body)
        body = re.sub(r"(?<!\\)&", " ", body)
        if not body.strip():
            continue
        start = a + lead
        line = block.line + text.count("\n", 0, start)
        line_start = text.rfind("\n", 0, start) + 1
        column = start - line_start + 1 + (block.column - 1 if line == block.line else 0)
        rows.append(
            Row(
                body,
                line,
                block_index,
                len(rows),
                block.section,
                column,
                block.prose,
                "; ".join(notes),
            )
        )
    return rows


def extract_rows(text: str, *, tex: bool = False) -> list[Row]:
    """All display-math rows of a post, in file order, with line numbers.

    Examples
    --------
    >>> text = "Text\\n\\n$$\\\\begin{align}\\na &= b \\\\\\\\\\n&= c\\n\\\\end{align}$$\\n"
    >>> rows = extract_rows(text)
    >>> [(r.line, r.display) for r in rows]
    [(4, 'a = b'), (5, '= c')]
    """
    out: list[Row] = []
    for k, block in enumerate(find_blocks(text, tex=tex)):
        out.extend(split_rows(block, k))
    return out


def read_post_file(path: str | Path) -> tuple[str, list[Row]]:
    """A post file's front matter and display rows (``.tex``/``.latex`` read as LaTeX).

    Raises
    ------
    PostError
        When the file cannot be read as UTF-8 text.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PostError(f"{p}: cannot read the post: {exc}.") from None
    front, body = split_front_matter(text)
    return front, extract_rows(body, tex=p.suffix.lower() in (".tex", ".latex"))
