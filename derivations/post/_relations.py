"""Split a row of LaTeX at its relation signs (``=``, ``:=``, ``\\iff``, ``\\le`` ...).

Only signs outside braces and brackets count, so the ``=`` of ``\\sum_{n=1}^{N}``
and of ``P(X = x)`` stays in its expression. ``\\overset{!}{=}`` and
``\\stackrel{\\text{set}}{=}`` are the sign underneath, marked as *setting* a
quantity (to zero, usually); ``\\overset{\\eqref{..}}{=}`` is a plain ``=``.

A row may hold several statements, separated at the top level by ``\\quad``,
a comma or a semicolon with a relation on both sides
(``y_i = \\beta_0 + \\varepsilon_i, \\; \\varepsilon_i \\sim \\mathcal{N}(0, \\sigma^2)``);
:func:`statements` splits them. Trailing punctuation (``\\; .``) and equation
tags written by hand (``(*)``) are not math and are left out.
"""

from __future__ import annotations

import dataclasses
import re

#: Relation spellings, longest first, and the relation each one states.
RELATION_SIGNS: tuple[tuple[str, str], ...] = (
    (r"\Longleftrightarrow", "<=>"),
    (r"\Leftrightarrow", "<=>"),
    (r"\iff", "<=>"),
    (r"\Longrightarrow", "=>"),
    (r"\Rightarrow", "=>"),
    (r"\implies", "=>"),
    (r"\longrightarrow", "=>"),
    (r"\rightarrow", "=>"),
    (r"\to", "=>"),
    (r"\coloneqq", ":="),
    (r"\eqqcolon", ":="),
    (r"\triangleq", ":="),
    (r"\stackrel{\text{def}}{=}", ":="),
    (":=", ":="),
    ("==", "=="),
    (r"\equiv", "=="),
    (r"\approx", "~="),
    (r"\simeq", "~="),
    (r"\propto", "propto"),
    (r"\leqslant", "<="),
    (r"\geqslant", ">="),
    (r"\leq", "<="),
    (r"\geq", ">="),
    (r"\le", "<="),
    (r"\ge", ">="),
    (r"\neq", "!="),
    (r"\ne", "!="),
    (r"\sim", "~"),
    (r"\notin", "notin"),
    (r"\in", "in"),
    ("≤", "<="),
    ("≥", ">="),
    ("≠", "!="),
    ("≈", "~="),
    ("∼", "~"),
    ("∈", "in"),
    ("⇒", "=>"),
    ("→", "=>"),
    ("⇔", "<=>"),
    ("<", "<"),
    (">", ">"),
    ("=", "="),
)
#: A row that is an arrow alone (``\\Downarrow`` between two aligned blocks, KaTeX's ``\\dArr``,
#: a display holding ``\\Leftrightarrow``, ``\\therefore``): it leads from the rows above to
#: the rows below and claims nothing of its own (held-out batches 7 and 38).
CONNECTIVE_ROW = re.compile(
    r"(?:\s|\\[ ,;:!]|\\q?quad\b|&|\{\s*\})*"
    r"\\(?:Longrightarrow|Rightarrow|implies|Longleftrightarrow|Leftrightarrow|iff|Downarrow"
    r"|dArr|therefore)(?![A-Za-z])"
    r"(?:\s|\\[ ,;:!]|\\q?quad\b|&|\{\s*\}|\\\\)*"
)
#: The relation of a row that is an arrow alone (see :data:`CONNECTIVE_ROW`).
CONNECTIVE = "connective"

#: Relations between two expressions (the others join whole statements).
EQUALITIES = frozenset(["=", "==", ":=", "=set", "~="])
IMPLICATIONS = frozenset(["=>", "<=>"])
INEQUALITIES = frozenset(["<", ">", "<=", ">=", "!="])
_CMD_END = re.compile(r"[A-Za-z]")
_STACKED = re.compile(r"\\(?:overset|stackrel|underset)\s*\{")
_SETTING = re.compile(r"^\s*(?:!|\\text\{\s*set\s*\}|\\mathrm\{\s*set\s*\}|set|\\star|\*)\s*$")
_PROSE_TAIL = re.compile(r",\s*(?:[A-Za-z]{3,}\s*)+$")
_TRAILING = re.compile(
    r"(?:\s|\\[,;:! ]|\\quad|\\qquad|~)*"
    r"(?:\((?:\*+|\\ast(?:\s*\\ast)*)\)|[.,;]"
    # an equation number after a wide space (``. \quad (1)``): a label, as ``(*)`` is
    r"|(?<=quad)\s*\(\s*(?:\d{1,2}(?:\.\d{1,2})?|[A-Za-z]\d{0,2}|[ivx]{1,4})\s*\))"
    r"(?:\s|\\[,;:! ]|\\quad|\\qquad|~)*$"
)


@dataclasses.dataclass(frozen=True)
class Statement:
    """One statement of a row: its sides (offsets into the row) and the relations between them.

    Attributes
    ----------
    spans : tuple of (int, int)
        ``len(relations) + 1`` (start, end) offsets; a side may be blank (``&= b``).
    relations : tuple of str
        Normalised relation names (see :data:`RELATION_SIGNS`; ``"=set"`` for a
        ``\\overset{!}{=}``).
    """

    spans: tuple[tuple[int, int], ...]
    relations: tuple[str, ...]


def split_relations(text: str) -> tuple[list[str], list[str]]:
    """Sides (stripped) and relation signs of a row; see :func:`relation_spans`."""
    spans, rels = relation_spans(text)
    return [text[a:b].strip() for a, b in spans], rels


def relation_spans(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Sides and relation signs of a row, outside any braces and brackets.

    Returns
    -------
    spans : list of (int, int)
        ``len(relations) + 1`` (start, end) offsets of the sides in ``text``; a
        side may be blank (``&= b``).
    relations : list of str
        Normalised relation names: ``"="``, ``":="``, ``"=="``, ``"<=>"``, ``"=>"`` ...

    Examples
    --------
    >>> split_relations(r"\\sum_{n=1}^{N} a = b")
    (['\\\\sum_{n=1}^{N} a', 'b'], ['='])
    >>> split_relations("= c")
    (['', 'c'], ['='])
    """
    end = _content_end(text)
    sides: list[tuple[int, int]] = []
    rels: list[str] = []
    start = 0
    for a, b, rel in _signs(text, 0, end):
        sides.append((_past_label(text, start, a), a))
        rels.append(rel)
        start = b
    sides.append((_past_label(text, start, end), end))
    return sides, rels


#: Words that open a side as prose: "\text{Let } u = ...", "\text{where } T = ...".
_CONNECTIVES = frozenset(
    "let where since so thus hence then and because therefore implies gives note now with "
    "i.e. e.g. if when assuming suppose".split()
)
#: PROVE56: words that open a condition when they are the whole label, as "if" does
#: (``\quad\text{for }x>0``, a box the extractor does not take for words: one word, no
#: space before it; read as math, ``\mathrm{for} x > 0`` was a product with a name). Not
#: with more words: "for large n" changes what the side claims.
_CONDITION_WORDS = frozenset(["for", "whenever", "provided"])
#: First words of a label that gives the reason for a side, not a change of its claim.
_REASONS = frozenset(
    "by using from base based since substituting plugging applying recall recalling "
    "differentiating taking setting solving rearranging simplifying expanding combining "
    "noting multiplying dividing factoring cancelling canceling as".split()
)
_PROSE = re.compile(r"\s*[A-Za-z][A-Za-z0-9 (),.:;-]*")
_LABEL = re.compile(r"\s*\\(?:text|textrm|textnormal|mbox)\s*\{([^{}]*)\}")


def _past_label(text: str, start: int, end: int) -> int:
    """Where a side starts once a prose label at its start is skipped (``start`` if none).

    A label is ``\\text{...}`` that starts with a connective ("Let ", "where") or a reason
    ("by (2), ", "using the chain rule, "), or words that are the whole side before an arrow
    ("Base on (3), (4)" =>): prose, never a factor of the side (read as math it was the
    product B a s e o n (3)). Other words stay, and the side is not read: "the negative of",
    "up to a constant," change what the side claims. ``\\text{Var}`` and single words stay.
    """
    m = _LABEL.match(text, start, end)
    if m is None:
        return start
    if not _PROSE.fullmatch(m.group(1)):
        return start  # quotes, underscores, operators: not a label of prose
    words = m.group(1).split()
    if not words:
        return start
    first = words[0].lower().rstrip(":,")
    alone = not text[m.end() : end].strip()  # the label is the whole side (before an arrow)
    if first in _CONDITION_WORDS and len(words) == 1:
        return m.end()
    if first in _CONNECTIVES or first in _REASONS or (alone and len(words) >= 2):
        return m.end()
    return start


#: A tag before a statement's equation, set off by a wide space: ``(B1)\\qquad``,
#: ``\\text{(A)}\\;\\;``, ``(\\star)\\quad``, ``(ii)\\qquad`` (batch 31). One letter and digits,
#: a number, a roman numeral or a star: never a parenthesised factor of the side.
_TAG = re.compile(
    r"\s*(?:(?:\\q?quad\b|\\[;,:])\s*)*"
    r"(?:\\text\s*\{\s*)?\(\s*(?:[A-Za-z]\d{0,2}|\d{1,2}|[ivx]{1,4}|\\star|\\ast|\*)\s*\)"
    r"(?:\s*\})?\s*(?:\\q?quad\b|\\;\s*\\;)(?:\s*(?:\\q?quad\b|\\;))*"
)


def _past_tag(text: str, start: int, end: int, rel: str = "") -> int:
    """Where a statement's first side starts once a tag before it is skipped (and, before a
    ``~``, a capital letter naming the law: ``P: \\; X \\sim \\mathcal{N}(\\mu_1, \\Sigma_1)``)."""
    m = _TAG.match(text, start, end)
    if m is None and rel == "~":
        m = _LAW_LABEL.match(text, start, end)
    return m.end() if m is not None and text[m.end() : end].strip() else start


#: external47 (StatProofBook's KL proofs): ``P: \\; X \\sim ...``, ``Q:\\quad Y \\sim ...``, a
#: capital letter and a colon naming the law stated after it. Only before ``~`` (``H_0: \\mu =
#: 0`` is a hypothesis, ``f: A \\to B`` a map: read elsewhere).
_LAW_LABEL = re.compile(r"\s*[A-Z]\s*:(?:\s|\\[;,:! ]|\\q?quad\b)*")


def content_end(text: str) -> int:
    """Offset where ``text``'s math ends: trailing punctuation and hand-written tags
    (``\\quad (3)``, ``(*)``) and a prose tail cut (see :func:`_content_end`)."""
    return _content_end(text)


def _content_end(text: str) -> int:
    """Offset where the row's math ends: trailing punctuation and hand-written tags cut."""
    end = len(text.rstrip())
    # ", scale": words of prose after the math.
    m = _PROSE_TAIL.search(text, 0, end)
    if m is not None:
        end = m.start()
    while True:
        m = _TRAILING.search(text, 0, end)
        if m is None or m.start() == m.end():
            return end
        # A comma or period that ends the row is punctuation; so is "(*)".
        end = m.start()
        if end == 0:
            return 0


def _group_end(text: str, i: int) -> int:
    depth = 1
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(text)


#: Arrows typed as characters (``=> a = b``, ``a <=> b``): read as \\Rightarrow and \\iff,
#: never as '=' then '>' (a side of the relation came out empty).
_ASCII_ARROWS = (("<=>", "<=>"), ("==>", "=>"), ("=>", "=>"))


#: A star over a sign is a footnote mark as often as a "set" mark (gundersen's
#: ``\\stackrel{\\star}{=}`` points to the gamma integral it uses).
_STAR = re.compile(r"^\s*(?:\\star|\*)\s*$")
_ZERO_SIDE = re.compile(r"\s*0\s*(?:$|[.,;\\&])")


def _sets_to_zero(top: str, text: str, end: int) -> bool:
    """A stacked star sets an expression to zero only where zero follows the sign."""
    return not _STAR.match(top) or _ZERO_SIDE.match(text, end) is not None


#: The characters a sign can start with: any other character is no sign, without trying
#: each sign there (a row of 20,000 terms spent 2 s in those tries).
#: ``: =`` with space (or TeX's spacing) between the colon and the equals sign.
_SPACED_DEFINE = re.compile(r":(?:\s|\\[,;! ])+=(?!=)")
_SIGN_STARTS = frozenset("\\" + "".join(s[0] for s, _ in (*_ASCII_ARROWS, *RELATION_SIGNS)))


def _sign_at(text: str, i: int) -> tuple[int, str] | None:
    """The relation sign that starts at ``text[i]``: (its end, its relation), or None."""
    if i >= len(text) or text[i] not in _SIGN_STARTS:
        return None
    m = _STACKED.match(text, i)
    if m:
        top_end = _group_end(text, m.end())
        top = text[m.end() : top_end - 1]
        j = top_end
        while j < len(text) and text[j] in " \t\n":
            j += 1
        if j < len(text) and text[j] == "{":
            below_end = _group_end(text, j + 1)
            below = text[j + 1 : below_end - 1].strip()
            inner = _sign_at(below, 0) if below else None
            if inner is not None and inner[0] == len(below):
                rel = inner[1]
                if rel == "=" and _SETTING.match(top) and _sets_to_zero(top, text, below_end):
                    rel = "=set"
                if rel == "=" and "def" in top:
                    rel = ":="
                return below_end, rel
        return None
    for sign, rel in _ASCII_ARROWS:
        if text.startswith(sign, i):
            return i + len(sign), rel
    spaced = _SPACED_DEFINE.match(text, i)
    if spaced:
        return spaced.end(), ":="  # "S(t) : = ...": a colon and an equals sign apart
    for sign, rel in RELATION_SIGNS:
        if text.startswith(sign, i):
            end = i + len(sign)
            if sign.startswith("\\") and end < len(text) and _CMD_END.match(text[end]):
                continue  # a longer command that merely starts the same way
            if sign in ("<", ">") and text.startswith(("<=", ">="), i):
                return end + 1, rel + "="
            return end, rel
    return None


def _paired_set_braces(text: str, start: int, end: int) -> dict[int, int]:
    """Offsets of the ``\\{`` and ``\\}`` in ``text[start:end]`` that pair with each other,
    each mapped to +1 (opening) or -1 (closing). An unpaired one (``\\left\\{`` of cases
    closed by ``\\right.``) is left out: it opens nothing."""
    out: dict[int, int] = {}
    stack: list[int] = []
    i = text.find("\\", start, end)
    while 0 <= i < end - 1:
        nxt = text[i + 1]
        if nxt == "{":
            stack.append(i)
        elif nxt == "}" and stack:
            out[stack.pop()] = 1
            out[i] = -1
        i = text.find("\\", i + 2, end)
    return out


def _command_at(text: str, i: int, name: str) -> bool:
    """Is ``\\name`` (and not a longer command) at ``text[i]``?"""
    j = i + 1 + len(name)
    return text.startswith(name, i + 1) and not (j < len(text) and text[j].isalpha())


#: A bracket sizer (``\\left``, ``\\right``, ``\\bigl``, ``\\Bigg``) or a literal brace
#: ``\\{``/``\\}``: skipped, its bracket counted on its own. The whole command name must be
#: a sizer: ``\\rightarrow`` starts like ``\\right`` and is a relation.
_SIZER = re.compile(r"\\[{}]|\\(?:left|right|[bB]igg?[lrm]?)(?![A-Za-z])")


def _signs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, relation) of every top-level sign in ``text[start:end]``."""
    out: list[tuple[int, int, str]] = []
    depth = 0
    i = start
    braces = _paired_set_braces(text, start, end)
    while i < end:
        c = text[i]
        if c in "{([":
            depth += 1
            i += 1
            continue
        if c in "})]":
            depth = max(0, depth - 1)
            i += 1
            continue
        if i in braces:
            # \mathbf{1}\{\theta \ge x_{(n)}\}: a sign inside paired set braces is the
            # set's (an event, a condition), never a relation of the row
            depth += braces[i]
            i += 2
            continue
        if c == "\\" and _command_at(text, i, "begin"):
            # a sign inside an environment (a case's condition x > 0) is the environment's
            depth, i = depth + 1, i + len("\\begin")
            continue
        if c == "\\" and _command_at(text, i, "end"):
            depth, i = max(0, depth - 1), i + len("\\end")
            continue
        sizer = _SIZER.match(text, i) if c == "\\" else None
        if sizer is not None:
            # \left( and \big( are counted by their bracket; \{ \} are literal braces.
            # (\rightarrow is no sizer: a relation, found below.)
            i = sizer.end()
            continue
        if depth == 0:
            found = _sign_at(text, i)
            if found is not None:
                out.append((i, found[0], found[1]))
                i = found[0]
                continue
        if c == "\\":
            i += 2
            continue
        i += 1
    return out


#: ``\\quad``, a comma, a semicolon (a written one before a quad too, ``...;\\quad x\\ge0``,
#: held-out batch 56; the spacing ``\\;`` is none), ``\\;,``, or two control spaces or
#: more (``\\ \\ \\ ``, a wide space typed by hand: a density then its support,
#: ``x=0,1,2...``; held-out batch 12), or an explicit ``\\hspace{...}`` (a separator only
#: when wide, see :func:`_wide_hspace`)
_SEPARATOR = re.compile(
    r"(?<!\\);\s*\\q?quad\b|\\q?quad\b|,|;(?!\s*\\)|\\;\s*,|(?:\\ \s*){2,}"
    r"|\\hspace\*?\s*\{\s*(?P<len>\d+(?:\.\d*)?|\.\d+)\s*(?P<unit>[a-z]{2})\s*\}"
)
#: Half a quad (1em) in each TeX unit: an ``\\hspace`` this wide or wider is a separator.
_HALF_QUAD = {"em": 0.5, "ex": 1.2, "pt": 5.0, "bp": 5.0, "pc": 0.42, "mm": 1.8, "cm": 0.18}
_HALF_QUAD |= {"in": 0.07, "mu": 9.0, "px": 7.0}


def _wide_hspace(m: re.Match) -> bool:
    """external47 (Cross Validated, a beta density at beta = 3): ``... (1-x)^{3-1}
    \\hspace{0.5cm} \\alpha>0 \\hspace{0.5cm} x \\in (0,1)``. The space command is dropped as
    spacing, so the row ran on into ``(1-x)^{3-1} \\alpha > 0``: alpha a factor of the
    density. Half a quad or more written by hand sets statements apart as ``\\quad`` does; a
    thin space (``\\hspace{1pt}``) or an unknown unit does not."""
    least = _HALF_QUAD.get(m.group("unit"))
    return least is not None and float(m.group("len")) >= least


def statements(text: str) -> list[Statement]:
    """The statements of a row: split at top-level ``\\quad``, ``,`` or ``;`` between relations.

    Examples
    --------
    >>> [s.relations for s in statements(r"y = a x, \\; x \\sim N(0, 1)")]
    [('=',), ('~',)]
    """
    end = _content_end(text)
    signs = _signs(text, 0, end)
    if not signs:
        return [Statement(((0, end),), ())]
    cuts: list[tuple[int, int]] = []
    lead = _semicolon_before(text, signs[0][0])
    if lead is not None:
        cuts.append(lead)  # "\lambda e^{-\lambda x} ; x \ge 0": an expression, then its condition
    for (_, a1, rel1), (b0, _, rel2) in zip(signs, signs[1:], strict=False):
        cut = _separator_between(text, a1, b0)
        if cut is None and rel1 == "=" and rel2 in _SUPPORT_RELATIONS:
            cut = _spacing_before_support(text, a1, b0)
        if cut is not None:
            cuts.append(cut)
    out: list[Statement] = []
    start = 0
    bounds = cuts + [(end, end)]
    for cut_a, cut_b in bounds:
        spans: list[tuple[int, int]] = []
        rels: list[str] = []
        side_start = start
        for a, b, rel in signs:
            if start <= a < cut_a:
                if side_start == start:
                    side_start = _past_tag(text, side_start, a, rel)
                spans.append((_past_label(text, side_start, a), a))
                rels.append(rel)
                side_start = b
        spans.append((_past_label(text, side_start, cut_a), cut_a))
        out.append(Statement(tuple(spans), tuple(rels)))
        start = cut_b
    return out


_SPACING = re.compile(r"\\(?:[;,:!> ]|q?quad\b)")


def _written(part: str) -> bool:
    """Is something written in ``part`` besides spacing? The ``;`` of a ``\\;`` just after a
    relation (``b \\;=\\; c``, ``\\;\\;\\Longleftrightarrow\\;\\;``) has only that spacing and
    its own backslash before it: no statement ends there (batch 31)."""
    return bool(_SPACING.sub("", part).replace("\\", "").strip())


#: ``\\;-\\;``, ``\\; \\cdot \\;``: an operator with a thick space on both sides
_SPACED_OPERATOR = re.compile(
    r"\\;(?:\s*\\;)*\s*(?:[-+*/<>]|\\(?:cdot|times|pm|mp|div)\b)\s*\\;(?:\s*\\;)*"
)


def _at_an_operator(text: str, a: int, i: int, b: int) -> bool:
    """Is the ``\\;`` whose ``;`` is at ``i`` one of the two thick spaces around an operator
    (``y \\;-\\; a``, ``1 \\;+\\; 2t``)? A statement opening with a minus sign after a
    lone ``\\;`` (``x = 1 \\; -y = 2``) is still a statement of its own."""
    return any(m.start() <= i < m.end() for m in _SPACED_OPERATOR.finditer(text, a, b))


def _semicolon_before(text: str, b: int) -> tuple[int, int] | None:
    """A top-level ``;`` (not the spacing ``\\;``) before the first relation at ``b``, with
    something written on both sides: ``\\lambda e^{-\\lambda x} ; x \\ge 0`` states an
    expression and then its condition, two statements (held-out external34), as a comma or a
    semicolon between two relations makes them."""
    depth = 0
    for i in range(b):
        c = text[i]
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth = max(0, depth - 1)
        elif c == ";" and depth == 0 and (i == 0 or text[i - 1] != "\\"):
            if _written(text[:i]) and _written(text[i + 1 : b]):
                return (i, i + 1)
    return None


#: The relations of a support written after a definition: ``x \\geq 0``, ``x \\in A``.
_SUPPORT_RELATIONS = INEQUALITIES | {"in"}
#: One spacing command, then one name (a letter or a Greek command, an optional subscript)
#: up to the relation: ``\\:x``, ``\\ x_i``, ``\\, \\theta``.
_SPACED_NAME = re.compile(r"\\[:, ]\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?\w+\}?)?\s*$")


def _spacing_before_support(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The one spacing command (``\\:``, ``\\ ``, ``\\,``) between a definition's side and the
    name its support bounds: ``P(X=x)=\\frac{e^{-\\lambda}\\lambda^x}{x!} \\:x\\geq 0``
    (held-out external42) states the pmf, then the support, as a ``\\quad`` would; read as a
    chain the pmf was multiplied by x and refuted as a density. The caller asks it only between an
    ``=`` and an inequality or ``\\in``; the spacing must be at the top level with something
    written before it, and only one name after it (``a \\: b x \\geq 0`` stays a product)."""
    m = _SPACED_NAME.search(text, a, b)
    if m is None or not _written(text[a : m.start()]):
        return None
    depth = 0
    for c in text[a : m.start()]:
        depth += 1 if c in "{([" else -1 if c in "})]" else 0
    return (m.start(), m.start() + 2) if depth == 0 else None


def _separator_between(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A top-level separator between offsets ``a`` and ``b`` (after a side, before a side)."""
    depth = 0
    last: tuple[int, int] | None = None
    i = a
    while i < b:
        c = text[i]
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _SEPARATOR.match(text, i)
            if m and m.group("unit") is not None and not _wide_hspace(m):
                m = None
            if m and _written(text[a:i]) and _written(text[m.end() : b]):
                if not (c == ";" and text[i - 1] == "\\" and _at_an_operator(text, a, i, b)):
                    return (i, m.end())
        i += 1
    return last
