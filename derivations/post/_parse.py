"""Read one row: split it at its relations and build sympy for every side.

Nothing is evaluated as code: tokens from :mod:`._lexer`, a tree from the lark
grammar of :mod:`._grammar`, sympy objects from :mod:`._tosympy`.

:func:`post_context` first reads what the whole post says about its notation
(the letters its sums run over, the letters it differentiates by as squares,
its vectors and matrices); every row is then read with that context.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any

import sympy as sp
from lark.exceptions import UnexpectedInput, VisitError

from . import _special, _support_factors
from ._announced_density import called_densities
from ._counts import sample_count
from ._extract import Row
from ._grammar import parser
from ._imaginary import imaginary_unit
from ._indices import differentiated_elements, free_elements, names_not_elements, two_index_names
from ._law_fisher import WORDS as FISHER_WORDS
from ._law_subjects import CONDITIONAL, LISTED, conditional_subject, listed_subjects
from ._law_table import ROLE_WORDS
from ._lexer import LatexError, LexInfo, Slip, iterated_letters, tokenize
from ._macros import known_expanded
from ._meant_letters import meant_letters
from ._moment_names import GENERATING_WORDS, primed_moment_letters, primed_moments_redefined
from ._moment_names import WORDS as MOMENT_WORDS
from ._named_e import named_e
from ._named_sets import set_definitions
from ._notation import GREEK, GREEK_SAME
from ._parameter_space import distribution_statements
from ._passes import FUNCTION_LETTERS, GENERIC_LETTERS
from ._point_mass import ANY_LAW, LAW_WORDS, restricts_the_law, states_a_moment
from ._prose_laws import altered_data, stated_laws
from ._prose_meanings import (
    declared_matrices,
    declared_vectors,
    named_constants,
    stated_constants,
    stated_log_base,
)
from ._relations import CONNECTIVE, CONNECTIVE_ROW, Statement, statements
from ._said_constants import said_constants
from ._said_counts import scope_counts
from ._said_data import bars_not_means, changed, subscripted_bars
from ._said_samples import scope_samples
from ._section_stated import stated_by_section
from ._set_values import SET_RELATION, names_a_set, split_equals
from ._square_params import doubtful_squares
from ._stated_not_claimed import CLAIMS_NOTHING, claims_nothing
from ._tosympy import INDEX_LETTERS, RATE_OR_SCALE, Context, PostSyntaxError, to_sympy
from ._trace_args import trace_arguments
from ._tuples import pattern_matrix_side, tuple_side


@dataclasses.dataclass(frozen=True)
class ParsedStatement:
    """One statement of a row, read.

    Attributes
    ----------
    sides : tuple
        One sympy expression per side; ``None`` for a blank side (``&= b``) or
        for the distribution of a ``\\sim`` statement that could not be read.
    relations : tuple of str
        The relation between consecutive sides.
    texts : tuple of str
        Each side as written (white space collapsed).
    condition : str
        ATTACK37: ``"if"`` when the statement follows a condition word (``\\text{ if }``,
        ``\\text{for }``, ``, \\ for \\ ``): the row is stated under it; ``"since"`` when it
        follows a reason word (``\\text{since }``): the premise the row rests on. Either way
        it is no consequence of the statements before it (:func:`_condition_statements`).
    """

    sides: tuple[sp.Basic | None, ...]
    relations: tuple[str, ...]
    texts: tuple[str, ...] = ()
    condition: str = ""


@dataclasses.dataclass(frozen=True)
class ParsedRow:
    """A row with its sides as sympy (``None`` for an empty left side).

    Attributes
    ----------
    row : Row
    sides : tuple
        One sympy expression per side of the row's first statement; ``None``
        for the empty side of ``&= b``.
    relations : tuple of str
        The relation between consecutive sides of the first statement.
    slips : tuple of Slip
        Presentation slips (stray brackets) found while reading.
    error : str
        Why the row could not be read ("" when it was).
    lhs_latex : str
        The left side as written (white space collapsed; "" for ``&= b``).
    statements : tuple of ParsedStatement
        Every statement of the row (most rows have one).
    reasons : tuple of ParsedStatement
        The equations of a reason after ``\\because`` (``a = b \\because c = d``: ``c = d``),
        read when they can be; not claims of the row, but a false one is a slip in it.
    """

    row: Row
    sides: tuple[sp.Basic | None, ...] = ()
    relations: tuple[str, ...] = ()
    slips: tuple[Slip, ...] = ()
    error: str = ""
    lhs_latex: str = ""
    statements: tuple[ParsedStatement, ...] = ()
    reasons: tuple[ParsedStatement, ...] = ()
    #: BATCH28 (``._reading_doubts``): why the reading picked for the row is in doubt
    doubts: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.error


def parse_tokens(tokens: list, ctx: Context) -> sp.Basic:
    """Parse a token list (a side, or a matrix cell) into sympy."""
    if not tokens:
        raise PostSyntaxError("the expression is empty")
    try:
        tree = parser().parse(tokens)
    except UnexpectedInput as exc:
        tok = getattr(exc, "token", None)
        col = getattr(tok, "start_pos", None)
        if tok is not None and tok.type == "$END":
            last = tokens[-1]
            raise PostSyntaxError(
                "the expression ends too early (something is missing)",
                (last.start_pos or 0) + len(str(last)),
            ) from None
        what = f"{tok.value!r}" if tok is not None else "input"
        raise PostSyntaxError(f"unexpected {what}", col or 0) from None
    try:
        return to_sympy(tree, ctx)
    except VisitError as exc:
        inner = exc.orig_exc
        if isinstance(inner, ValueError):
            raise PostSyntaxError(str(inner), getattr(inner, "column", 0)) from None
        raise PostSyntaxError(f"could not build sympy: {type(inner).__name__}: {inner}") from None
    except RecursionError:
        raise PostSyntaxError("the expression nests too deeply to read (recursion limit)") from None


def parse_expression(text: str, ctx: Context | None = None) -> tuple[sp.Basic, list[Slip]]:
    """Parse one side (no relation sign) into an unevaluated sympy expression.

    Parameters
    ----------
    text : str
        LaTeX of an expression, e.g. ``r"\\frac{1}{N}\\sum_{n=1}^{N} x_{n}"``.
    ctx : Context, optional
        Symbol table; the default reads the post conventions of
        :mod:`derivations.symbols`.

    Raises
    ------
    ValueError
        (``LatexError`` or ``PostSyntaxError``) with a sentence and a column.

    Examples
    --------
    >>> e, _ = parse_expression(r"\\frac{1}{N}\\sum\\limits_{n=1}^{N} x_{n}")
    >>> e
    Sum(x[n], (n, 1, N))/N
    """
    ctx = ctx or Context()
    if ctx.parse_tokens is None:
        ctx = dataclasses.replace(ctx)
        ctx.parse_tokens = lambda toks: parse_tokens(toks, ctx)
    tokens, slips = tokenize(text, ctx.lex)
    return parse_tokens(tokens, ctx), slips


_RANGE = re.compile(r"^\s*-?\d+\s*,.*(?:\\[lc]?dots|\.\.\.|…)", re.S)
#: X = 1,2,3,... with the dots cut off as trailing punctuation: the numbers, then the dots.
_INTEGER_LIST = re.compile(r"\s*-?\d+\s*(?:,\s*-?\d+\s*)+")
_DOTS_AFTER = re.compile(r"\s*,?\s*(?:\.\.\.|\\[lc]?dots[bc]?|…)")
#: ``r, r+1, \\cdots``: a list that goes up by one from a letter, then an ellipsis (a range
#: from ``r``, as ``1, 2, \\cdots`` is from 1; blind69, external53 zhang line 19).
_LETTER_RANGE = re.compile(
    r"\s*(?P<a>(?:\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{\s*\w+\s*\}|\w))?)\s*,\s*"
    r"(?P=a)\s*\+\s*1\s*,\s*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*"
)
#: A side that is only an ellipsis: ``\\dots``, ``\\ldots``, ``\\cdots``, ``...``.
_ONLY_DOTS = re.compile(r"\s*(?:\.\.\.|\\[lc]?dots[bc]?|…)\s*")
#: Relations whose right side names a distribution or a set (not an expression).
_STATEMENT_RELATIONS = frozenset(["~", "in", "notin"])


#: expect69: a bar inside a subscript after a name (``\\mathbb{E}_{Z|X}``, ``E_{Z \\mid X}``,
#: ``\\hat{p}_{X|Y}``): the lexer drops the variable before the bar of a mean's subscript,
#: so what is left reads as a subscript of letters averaged over. Bounded: no nesting.
_BARRED_SUBSCRIPT = re.compile(r"[A-Za-z}]\s*_\s*\{[^{}$]{0,80}?(?:\||\\mid\b|\\vert\b)")


def parse_row(row: Row, ctx: Context | None = None) -> ParsedRow:
    """Parse every statement of a row; failures become ``ParsedRow.error``, not exceptions."""
    ctx = ctx or Context()
    scoped = ctx.section_matrix_names.get(row_key(row))
    if scoped is None:
        return _parse_row(row, ctx)
    kept = ctx.matrix_names
    ctx.matrix_names = scoped  # MATRIX56: a section about numbers (section_matrix_names)
    try:
        return _parse_row(row, ctx)
    finally:
        ctx.matrix_names = kept


def _parse_row(row: Row, ctx: Context) -> ParsedRow:
    """:func:`parse_row` with the row's matrix names in place."""
    if ctx.parse_tokens is None:
        ctx = dataclasses.replace(ctx)
        ctx.parse_tokens = lambda toks: parse_tokens(toks, ctx)
    if row.error:
        return ParsedRow(row, error=row.error)
    if (row.role == "prose" or row.stated) and ctx.lex.events:  # STATED: read as prose
        # "$P(K = k) = \binom{n}{k} ...$" in a sentence states a model. Read, its
        # names would count as used before the display rows that bring that model
        # in, and a row giving L a value in them (L(p) = C(n, k) p^k ...) would read
        # as a restatement of the L before it instead of a new model. Sentences keep
        # the reading they had before events were read (the display row reads it).
        ctx = dataclasses.replace(ctx, lex=dataclasses.replace(ctx.lex, events=False))
        ctx.parse_tokens = lambda toks: parse_tokens(toks, ctx)
    parsed: list[ParsedStatement] = []
    slips: list[Slip] = []
    start = len(ctx.doubts)
    row = _with_known_macros(row)
    given = row
    if CONNECTIVE_ROW.fullmatch(row.text):
        # "\\Downarrow" alone between two blocks: it leads on and claims nothing
        arrow = " ".join(row.text.replace("&", " ").replace("\\\\", " ").split())
        st = ParsedStatement((None, None), (CONNECTIVE,), (arrow, ""))
        return ParsedRow(given, st.sides, st.relations, statements=(st,))
    premise = _opens_with_because(row.text) or _reason_gives_a_value(row.text)
    if premise:
        return ParsedRow(given, error=premise)
    reasoned = _without_reason(row.text)
    if reasoned != row.text:
        row = dataclasses.replace(row, text=reasoned)
    supported = _support_factors.rewrite(row.text)
    if supported != row.text:
        # f(x) = g(x) I_{(0,\infty)}(x), or g by cases with 0 off the support: read as
        # f(x) = g(x), \quad 0 < x (see ._support_factors)
        row = dataclasses.replace(row, text=supported)
    stmts = statements(_THIN_SPACE.sub("  ", row.text))
    stmts = _condition_words(row.text, _listed_ranges(row.text, stmts))
    stmts = _leading_lists(row.text, stmts)
    under = _condition_statements(row, stmts)
    for k, st in enumerate(stmts):
        done, error = _statement(row, st, ctx, slips, several=len(stmts) > 1)
        if done is not None and k in under:
            done = dataclasses.replace(done, condition=under[k])
        if error:
            first = parsed[0] if parsed else None
            return ParsedRow(
                given,
                sides=first.sides if first else (),
                relations=first.relations if first else st.relations,
                slips=tuple(slips),
                error=error,
            )
        parsed.append(done)
    deep = _nested_too_deep(parsed)
    if deep:
        # "2 v v ... v" of 500 factors: a product nested 500 deep, which the readings
        # after parsing walk by recursion (check-post crashed in ._law_ranges)
        first = parsed[0]
        return ParsedRow(
            given, sides=first.sides, relations=first.relations, slips=tuple(slips), error=deep
        )
    first = parsed[0]
    lhs = first.texts[0] if first.relations else ""
    reasons = _reasons(row, given.text, ctx) if reasoned != given.text else ()
    return ParsedRow(
        given,
        first.sides,
        first.relations,
        tuple(slips),
        lhs_latex=lhs,
        statements=tuple(parsed),
        reasons=reasons,
        doubts=tuple(dict.fromkeys(ctx.doubts[start:])),
    )


def _nested_too_deep(parsed: list[ParsedStatement]) -> str:
    """Why the sides of ``parsed`` are nested too deep to read (deeper than
    ``Settings.max_depth``), "" when they are not; walked without recursion, at most
    ``Settings.max_nodes`` nodes (a larger side is refused later, by its size)."""
    from .._settings import DEFAULT

    stack = [(side, 0) for st in parsed for side in st.sides if isinstance(side, sp.Basic)]
    seen = 0
    while stack and seen < DEFAULT.max_nodes:
        node, depth = stack.pop()
        seen += 1
        if depth > DEFAULT.max_depth:
            return f"the expression is nested deeper than the limit of {DEFAULT.max_depth} levels"
        stack.extend((a, depth + 1) for a in node.args if isinstance(a, sp.Basic))
    return ""


def _with_known_macros(row: Row) -> Row:
    """The row with ProofWiki's macros expanded (:data:`._macros.KNOWN`), its columns
    still pointing into the text as written."""
    if row.role == "macros":
        return row  # "macros \Ex": the names a post defines, never expanded (blind67)
    found = known_expanded(row.text, row.origin)
    if found is None:
        return row
    text, origin = found
    return dataclasses.replace(row, text=text, origin=origin, raw=row.raw or row.text)


def _with_known_text(text: str) -> str:
    """``text`` (a post's prose) with the known macros expanded, as a row's are."""
    found = known_expanded(text, ())
    return text if found is None else found[0]


def _reasons(row: Row, text: str, ctx: Context) -> tuple[ParsedStatement, ...]:
    """The equations after ``\\because`` in ``text`` (offsets kept), or () when any part of
    the reason cannot be read (it is then left out, as before)."""
    m = _BECAUSE.search(text)
    if m is None:
        return ()
    reason = dataclasses.replace(row, text=_blank(text[: m.end()]) + text[m.end() :])
    out: list[ParsedStatement] = []
    for st in statements(_THIN_SPACE.sub("  ", reason.text)):
        if not st.relations or any(r not in ("=",) for r in st.relations):
            return ()
        try:
            done, error = _statement(reason, st, ctx, [], several=False)
        except (LatexError, PostSyntaxError, ValueError, TypeError, RecursionError):
            return ()
        if error:
            return ()
        out.append(done)
    return tuple(out)


#: A thin space ``\\,``: spacing, never the comma between two statements (``a = b, c = d``).
#: Blanked (offsets kept) before a row is cut into statements, so ``q \\propto a \\, b = c``
#: stays one chain; the sides are read from the row as written (the lexer drops it).
_THIN_SPACE = re.compile(r"(?<!\\)\\,")
_BECAUSE = re.compile(r"\\because(?![A-Za-z])")
_THEREFORE = re.compile(r"\\therefore(?![A-Za-z])")


def _opens_with_because(text: str) -> str:
    """Why a row that opens with ``\\because`` is not read ("" for any other row).

    ``\\because \\ln(1) = 0`` between two rows of a chain states a premise; the row
    after it (``&= ...``) continues the row before it. Read as an equation, the premise
    would become the line the next row is compared with.
    """
    m = _BECAUSE.search(text)
    if m is None or _SPACING.fullmatch(text, 0, m.start()) is None:
        return ""
    return (
        "a row opened by \\because states a premise inside a chain (the rows after it "
        "continue the row before it); it is not read"
    )


#: The name a reason gives a value: ``z = ...``, ``z_i = ...``, ``\\sigma(z) = ...``.
_REASON_NAME = re.compile(
    r"\s*([A-Za-z]|\\[A-Za-z]+)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?"
    r"(?:(?:\\left\s*)?\((?:[^()]|\([^()]*\))*\)\s*)?(?::=|=)"
)


def _reason_gives_a_value(text: str) -> str:
    r"""Why a row whose reason gives a value to a name the row uses is not read.

    ``\\frac{dz}{dw} = x \\because z = wx + b``: left out, the reason would take with it
    what makes z depend on w (read alone, dz/dw is 0); ``\\sigma(-z) = 1 - \\sigma(z)
    \\because \\sigma(z) = \\frac{1}{1 + e^{-z}}`` the same for sigma.
    """
    m = _BECAUSE.search(text)
    if m is None or not text[: m.start()].strip():
        return ""
    name = _REASON_NAME.match(text, m.end())
    if name is None:
        return ""
    letter = name.group(1)
    if letter.startswith("\\") and letter[1:] not in GREEK | {"ell"}:
        return ""  # \ln(1) = 0: a fact about a function of the table, not a name's value
    before = text[: m.start()]
    if letter.startswith("\\"):
        used = re.search(re.escape(letter) + r"(?![A-Za-z])", before)
    else:
        # a letter anywhere outside command names (dz in \frac{dz}{dw} is z): a word
        # that only contains it (ln) makes the row unparsed, the safe side
        used = re.search(letter, re.sub(r"\\[A-Za-z]+", " ", before))
    if used is None:
        return ""
    return (
        f"the reason after \\because gives {letter} a value, and the row uses {letter}: "
        "read without it the row would mean something else; it is not read"
    )


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _without_reason(text: str) -> str:
    r"""``text`` with a justification after its statement blanked out, and ``\therefore``
    read as ``\implies`` (offsets kept, so columns stay right).

    ``a = b \quad \because c = d``: the row claims a = b, for the reason c = d, which is
    not a claim of the row (it is the rule used, often in letters of its own).

    >>> _without_reason(r"a = b \quad \because c = d").rstrip()
    'a = b \\quad'
    >>> _without_reason(r"a = 0 \therefore b = 0")
    'a = 0 \\implies   b = 0'
    >>> _without_reason(r"a = b \quad(\because c = d)").rstrip()
    'a = b \\quad'
    """
    text = _THEREFORE.sub(lambda m: "\\implies" + " " * (len(m.group(0)) - 8), text)
    m = _BECAUSE.search(text)
    if m is None or not text[: m.start()].strip():
        return text
    start = m.start()
    before = text[:start].rstrip()
    if before.endswith("(") and before[:-1].strip() and text.rstrip().endswith(")"):
        start = len(before) - 1  # PARSE15: a = b \quad (\because c = d): the bracket too
    return text[:start] + _blank(text[start:])


#: TeX spacing (``\ ``, ``\quad``, ``~``) before a statement's first side, and an empty group
#: (``&{}= ...`` gives the relation its spacing and shows nothing).
_SPACING = re.compile(r"(?:\s|\\[ ,;:!]|\\q?quad\b|~|\{\s*\})*")
#: The rest of a list after its first number: ``2, \cdots,`` of ``x = 1, 2, \cdots, 0 < \theta``.
_LIST_REST = re.compile(r"\s*(?:-?\d+\s*,\s*)*(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*(?:,|$)")


_SPACE = r"(?:\s|\\[ ,;:!]|\\q?quad\b|~)"
#: A word that starts a condition after a formula (``, \ for \ x > x_0``): prose.
_CONDITION_WORD = re.compile(
    _SPACE + r"*(?:for|where|with|when|and|if)" + _SPACE + r"+(?=[A-Za-z\\])"
)
#: ``\&`` ('and') with the comma before it, ending a condition (``\theta > 1, \ \& \ x_0``).
_AMPERSAND_TAIL = re.compile(r"(?:\s*,)?" + _SPACE + r"*\\&")


def _condition_words(text: str, stmts: list[Statement]) -> list[Statement]:
    r"""Conditions after a formula with their words left out: ``, \ for \ x > x_0`` is the
    condition x > x_0 (``for`` was the product f*o*r), and ``\theta > 1, \ \& \ x_0``
    ("and x_0 is known", the rest outside the math) is theta > 1 (``\&`` was unparsed).
    """
    out = [stmts[0]] if stmts else []
    for st in stmts[1:]:
        spans = list(st.spans)
        a, b = spans[0]
        m = _CONDITION_WORD.match(text, a, b)
        if m is not None:
            spans[0] = (m.end(), b)
        a, b = spans[-1]
        amp = _AMPERSAND_TAIL.search(text, a, b)
        if amp is not None and text[a : amp.start()].strip():
            spans[-1] = (a, amp.start())
        out.append(Statement(tuple(spans), st.relations))
    return out


#: ATTACK37: a word before a statement that makes it the row's condition (``, \\ for \\ x^2 =
#: 4``) or the premise it rests on (``\\quad \\text{since } x^2 = 4``, a label the side
#: skips); "where" and "with" name values, "and" joins.
_CONDITION_ONLY = re.compile(r"\b(?:(for|if|when|whenever|provided)|since|because)\b")


def _condition_statements(row: Row, stmts: list[Statement]) -> dict[int, str]:
    """Indices of the statements of ``row`` that follow a condition word (``"if"``) or a
    reason word (``"since"``, ``ParsedStatement.condition``): a condition box
    the extractor turned into a ``\\quad`` (``Row.conditions``) or the word written in the
    math, between the statement before and the statement's first relation. ``x = 2 \\quad
    \\text{for } x^2 = 4`` claims that ``x^2 = 4`` gives ``x = 2``: checked as following from
    ``x = 2`` it was proved (adversarial set 29, 57). Statements after a condition's are
    conditions too (``\\text{ if } x = 1, y = 2``)."""
    out: dict[int, str] = {}
    for k in range(1, len(stmts)):
        a = stmts[k - 1].spans[-1][1]
        b = stmts[k].spans[0][1] if stmts[k].relations else stmts[k].spans[0][0]
        boxed = any(a <= at < b and row.text.startswith("\\quad", at) for at in row.conditions)
        worded = _CONDITION_ONLY.search(row.text, a, stmts[k].spans[0][0])
        if boxed or (worded and worded.group(1)):
            out[k] = "if"
        elif worded:
            out[k] = "since"
        elif k - 1 in out:
            out[k] = out[k - 1]
    return out


#: Relations of a condition (a list before one of them is a condition on each name).
_INEQUALITIES = frozenset(["<", ">", "<=", ">=", "!="])
#: One name: a letter or command with an optional subscript (\sigma_1, \hat\theta, b).
_ONE_NAME = re.compile(
    r"\s*(?:\\(?:hat|bar|tilde)\s*\{?\s*)?(?:\\[A-Za-z]+|[A-Za-z])\s*\}?"
    r"(?:\s*_\s*(?:\{[^{}]*\}|\\?[A-Za-z]+|\d))?(?:\s*\^\s*(?:\{[^{}]*\}|\w))?\s*"
)


def _top_commas(text: str, a: int, b: int) -> list[int]:
    """Offsets of the commas of ``text[a:b]`` outside braces and brackets."""
    out, depth, k = [], 0, a
    while k < b:
        c = text[k]
        if c == "\\":
            k += 2
            continue
        depth += 1 if c in "{([" else -1 if c in "})]" else 0
        if c == "," and depth == 0:
            out.append(k)
        k += 1
    return out


def _leading_lists(text: str, stmts: list[Statement]) -> list[Statement]:
    r"""A comma in the first side of an inequality: ``\alpha, \beta > 0`` is the condition
    on each name; ``g(x), \quad 0 < x`` (a formula, then a condition) the formula as a
    row without a relation and the condition on what follows the comma. Anything else
    is left as it is."""
    out: list[Statement] = []
    for st in stmts:
        if not st.relations or not set(st.relations) <= _INEQUALITIES:
            out.append(st)
            continue
        a, b = st.spans[0]
        commas = _top_commas(text, a, b)
        if not commas:
            out.append(st)
            continue
        bounds = [a, *[c + 1 for c in commas]]
        pieces = list(zip(bounds, [*commas, b], strict=True))
        if all(_ONE_NAME.fullmatch(text, x, y) for x, y in pieces):
            out += [Statement(((x, y), *st.spans[1:]), st.relations) for x, y in pieces]
        elif (
            len(pieces) == 2
            and not _ONE_NAME.fullmatch(text, *pieces[0])
            and not _SPACING.fullmatch(text, *pieces[1])
        ):
            out.append(Statement((pieces[0],), ()))
            out.append(Statement((pieces[1], *st.spans[1:]), st.relations))
        else:
            out.append(st)
    return out


def _listed_ranges(text: str, stmts: list[Statement]) -> list[Statement]:
    r"""Statements with a list ``x = 1, 2, \cdots`` that a later relation follows made whole.

    The split into statements cuts at the first comma between two relations, so
    ``..., x=1,2,\cdots, 0<\theta<\infty`` (a pmf's support and parameter range) came
    apart as ``x = 1`` and ``2, \cdots, 0 < \theta < \infty``; the list is one
    statement (a range), and what follows its last comma another.
    """
    out: list[Statement] = []
    k = 0
    while k < len(stmts):
        st = stmts[k]
        nxt = stmts[k + 1] if k + 1 < len(stmts) else None
        if (
            nxt is not None
            and st.relations == ("=",)
            and re.fullmatch(r"\s*-?\d+\s*", text[st.spans[1][0] : st.spans[1][1]])
        ):
            a, b = nxt.spans[0]
            m = _LIST_REST.match(text, a, b)
            if m is not None:
                end = m.end() - 1 if text[m.end() - 1] == "," else m.end()
                lead = _SPACING.match(text, st.spans[0][0]).end()  # "\ x": the x
                out.append(Statement(((lead, st.spans[0][1]), (st.spans[1][0], end)), ("=",)))
                if nxt.relations:
                    out.append(Statement(((m.end(), b), *nxt.spans[1:]), nxt.relations))
                k += 2
                continue
        out.append(st)
        k += 1
    return out


def _statement(
    row: Row, st: Statement, ctx: Context, slips: list[Slip], several: bool
) -> tuple[ParsedStatement | None, str]:
    sides: list[sp.Basic | None] = []
    texts: list[str] = []
    rels = st.relations
    spans = st.spans
    nothing = claims_nothing(row.text[spans[0][0] : spans[-1][1]])
    if nothing is None and not rels:
        nothing = _bare_list(row.text, *spans[0], ctx)
    if nothing is not None:  # PARSE57: H_0: pi = pi_0, f: R -> R, a list a, b, c
        return ParsedStatement((None, None), (CLAIMS_NOTHING,), nothing), ""
    if len(rels) >= 1 and rels[-1] in ("=>", "<=>") and not row.text[slice(*spans[-1])].strip():
        # "(T-2) phi_0 = R \longrightarrow" (the next row follows): the arrow leads on;
        # "g'(\mu) = 0 \Leftrightarrow" then "\hat\mu = ..." too (external41)
        rels, spans = rels[:-1], spans[:-1]
    elif len(rels) >= 2 and _ONLY_DOTS.fullmatch(row.text, *spans[-1]):
        # "... = A \Leftrightarrow \dots": the author stops; the row claims what comes
        # before the last relation, whose side is not written.
        rels, spans = rels[:-1], spans[:-1]
    rels, spans = _doubled_equals(row, rels, spans, slips)
    listed = rels == ("=",) and _INTEGER_LIST.fullmatch(row.text, *spans[1]) is not None
    if listed and _DOTS_AFTER.match(row.text, spans[1][1]) is None:
        listed = False  # x = 1, 2 (no dots): not a range
    listed = listed or (rels == ("=",) and _LETTER_RANGE.fullmatch(row.text, *spans[1]) is not None)
    if rels == ("=",) and (listed or _RANGE.match(row.text[spans[1][0] : spans[1][1]])):
        # i = 1, \ldots, n: the range of an index, not an equation.
        a, b = spans[0]
        text = " ".join(row.text[a:b].split())
        return ParsedStatement((None, None), ("range",), (text, "")), ""
    for k, (a, b) in enumerate(spans):
        text = row.text[a:b]
        if k == 0 and rels and _SPACING.fullmatch(text):
            text = ""  # '\ = \frac{n}{\theta^2}', '&{}= ...': only spacing before it
        texts.append(" ".join(text.split()))
        if not text.strip():
            if k == 0 and rels:
                sides.append(None)
                continue
            line, col = row.position(a)
            return None, f"side {k + 1} (line {line}, column {col}): a side of a relation is empty"
        try:
            expr, found = parse_expression(text, ctx)
        except (LatexError, PostSyntaxError) as exc:
            if k > 0 and rels[k - 1] in _STATEMENT_RELATIONS:
                sides.append(None)  # a distribution or a set: named, not computed
                continue
            law = _law_statement(row, rels, spans, ctx) if k == 0 else None
            if law is not None:
                return law, ""
            # (a display row's only: a value a sentence states would flow to the rows after)
            whole = rels and row.role == "row" and not row.stated
            pair = (_tuple(text, ctx) or pattern_matrix_side(text)) if whole else None
            if pair is not None:
                sides.append(pair)  # PARSE13 (._tuples): (mu, sigma^2)^T, read as a whole
                continue
            whole = split_equals(row.text[spans[0][0] : spans[-1][1]]) if rels else None
            if whole is not None and names_a_set(whole):
                # PARSE15 (._set_values): X = \{0, 1, 2, \ldots\}, a name stated to be a set
                lhs = " ".join(whole[0].split())
                return ParsedStatement((None, None), (SET_RELATION,), (lhs, "")), ""
            line, col = row.position(a + getattr(exc, "column", 0))
            where = f"side {k + 1}" if rels else "expression"
            return None, f"{where} (line {line}, column {col}): {exc}"
        sides.append(expr)
        for s in found:
            line, col = row.position(a + s.column)
            slips.append(Slip(a + s.column, f"line {line}, column {col}: {s.message}"))
    return ParsedStatement(tuple(sides), tuple(rels), tuple(texts)), ""


def _bare_list(text: str, a: int, b: int, ctx: Context) -> tuple[str, str] | None:
    """PARSE57: a row without a relation that lists expressions (``\\sum x_i,\\qquad
    \\sum y_i``): (the list, why it claims nothing), when every entry is an expression the
    reader reads; None otherwise (no top-level comma, or an entry it cannot read)."""
    commas = _top_commas(text, a, b)
    if not commas:
        return None
    bounds = [a, *[c + 1 for c in commas]]
    for x, y in zip(bounds, [*commas, b], strict=True):
        try:
            parse_expression(text[x:y], ctx)
        except (LatexError, PostSyntaxError, ValueError, TypeError, RecursionError):
            return None
    return " ".join(text[a:b].split()), (
        "a list of expressions with no relation sign between them: it claims nothing "
        "that can be checked"
    )


def _tuple(text: str, ctx: Context) -> sp.Basic | None:
    """The side ``text`` read as a tuple (:mod:`._tuples`), or None."""

    def parse(part: str) -> sp.Basic:
        return parse_expression(part, ctx)[0]

    try:
        return tuple_side(text, parse)
    except (LatexError, PostSyntaxError, ValueError, TypeError, RecursionError):
        return None


def _law_statement(
    row: Row, rels: tuple[str, ...], spans: tuple[tuple[int, int], ...], ctx: Context
) -> ParsedStatement | None:
    """``X \\mid \\theta \\sim D``, ``x \\mid y = 0 \\sim D`` (cut at its ``=``) or
    ``X_1, \\dots, X_n \\sim D``: a premise with a relation of its own (see
    :mod:`._law_subjects`), or None when the row is not that form."""
    if rels[:2] == ("=", "~") and len(rels) == 2:
        rels, spans = ("~",), ((spans[0][0], spans[1][1]), spans[2])
        forms = (conditional_subject,)
        if not row.text[slice(*spans[0])].split("=")[-1].strip():
            return None
    elif rels == ("~",):
        forms = (conditional_subject, listed_subjects)
    else:
        return None

    def parse(text: str) -> sp.Basic:
        e = parse_expression(text, ctx)[0]
        if isinstance(e, (sp.Add, sp.core.relational.Relational)) or not isinstance(e, sp.Basic):
            raise PostSyntaxError("not a variable")
        return e

    text = row.text[slice(*spans[0])]
    for form, rel in zip(forms, (CONDITIONAL, LISTED), strict=False):
        try:
            subject = form(text, parse)
        except (LatexError, PostSyntaxError, ValueError, TypeError, RecursionError):
            subject = None
        if subject is None:
            continue
        law_text = row.text[slice(*spans[1])]
        if not law_text.strip():
            return None
        # The law is kept as text only: read, its parameters would be taken as the
        # parameters of a law the post states (Sigma > 0 from N(mu_0, Sigma), a matrix)
        texts = (" ".join(text.split()), " ".join(law_text.split()))
        return ParsedStatement((subject, None), (rel,), texts)
    return None


def _doubled_equals(
    row: Row, rels: tuple[str, ...], spans: tuple[tuple[int, int], ...], slips: list[Slip]
) -> tuple[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """``& = = e^{t\\mu} ...``: an equals sign typed twice, nothing between, is one (the
    empty side between them was "a side of a relation is empty" and the row went unread).
    Only two equals signs: ``a \\le = b`` or ``a = \\le b`` say more than one thing."""
    k = 1
    while k < len(spans) - 1:
        if rels[k - 1] == rels[k] == "=" and not row.text[slice(*spans[k])].strip():
            line, col = row.position(spans[k][0])
            said = f"line {line}, column {col}: an equals sign written twice is read as one"
            slips.append(Slip(spans[k][0], said))
            rels = rels[:k] + rels[k + 1 :]
            spans = spans[:k] + spans[k + 1 :]
            continue
        k += 1
    return rels, spans


#: A bold or arrowed subject: a vector, whose law's parameters are matrices the reader holds
#: as numbers (``\\Sigma > 0`` would be a claim about a matrix).
_VECTOR_SUBJECT = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec|pmb)\b")


def _text_law_space(texts: Sequence[str], ctx: Context) -> list[str]:
    """The parameter-space statements of a law kept as text (``texts``: subject, law), or
    none for a vector's law or a law that does not parse."""
    if len(texts) < 2 or any(_VECTOR_SUBJECT.search(t) for t in texts[:2]):
        return []
    try:
        law = parse_expression(texts[1], ctx)[0]
    except (LatexError, PostSyntaxError, ValueError, TypeError, RecursionError):
        return []
    return distribution_statements([law])


# --------------------------------------------------------------------------- the post


_GREEK_RE = (
    r"(?:alpha|beta|gamma|delta|epsilon|theta|lambda|mu|nu|rho|sigma|tau|phi|psi|omega"
    r"|eta|xi|kappa)"
)
_SUM_INDEX = re.compile(
    r"\\(?:sum|prod)\s*(?:\\limits|\\nolimits)?\s*(?:\^\s*(?:\{[^{}]*\}|\S)\s*)?_\s*\{?\s*([a-z])\b"
)
_UPPER_INDEX = re.compile(r"\^\s*\{\s*\(\s*([a-z])\s*\)\s*\}")
_D = (
    r"(?:\\partial|\\mathrm\s*\{\s*d\s*\}|\\text\s*\{\s*d\s*\}|\\mathrm\s+d|\\nabla_"
    r"|(?<![A-Za-z\\])d)"
)
#: A derivative by a squared Greek letter (d\\sigma^2, \\nabla_{\\sigma^2}); under \\nabla_ only a
#: braced square: ``\\nabla_\\phi^2`` is the Hessian by phi, as it renders, not a variable phi^2.
_BY_SQUARE = re.compile(
    r"(?:(?!\\nabla_)"
    + _D
    + r"\s*\(?|\\nabla_\s*\{)\s*\\("
    + _GREEK_RE
    + r")\s*\)?\s*\^\s*\{?\s*2\s*\}?"
)
_BY_PLAIN = re.compile(_D + r"\s*\\(" + _GREEK_RE + r")(?!\s*\^|[A-Za-z])")
_SECOND_DERIVATIVE = re.compile(
    r"\\[dt]?frac\s*\{\s*" + _D + r"\s*\^\s*\{?\s*2\s*\}?[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
    r"\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
    # d^2/d\lambda^2, written with a slash (see _lexer._slash_orders)
    r"|" + _D + r"\s*\^\s*\{?\s*2\s*\}?\s*/\s*" + _D + r"\s*\\?[A-Za-z]+\s*\^\s*\{?\s*2\s*\}?"
)
#: The variable of a derivative's denominator (``{d\\theta}``, ``{\\partial p^2}``) ...
_BY_DENOMINATOR = re.compile(
    r"\}\s*\{\s*" + _D + r"\s*(\\[A-Za-z]+|[A-Za-z])\s*(?:\^\s*\{?\s*\d\s*\}?\s*)?\}"
)
#: ... and of a gradient's subscript (``\\nabla_\\theta``, ``\\nabla_{\\beta}``).
_BY_NABLA = re.compile(r"\\nabla\s*_\s*\{?\s*(\\[A-Za-z]+|[A-Za-z])\s*\}?")
_SIMPLE_LIMITS = re.compile(
    r"\\(?:sum|prod)\s*(?:\\limits)?\s*_\s*\{\s*([a-z])\s*=\s*(\d+)\s*\}\s*\^\s*\{?\s*([A-Za-z]|\d+)\s*\}?"
)
_MATRIX_HINTS = re.compile(
    r"\^\s*\{?\s*(?:\\top|\\intercal|\\mathrm\s*\{\s*T\s*\}|\\mathsf\s*\{\s*T\s*\}|-\s*\\top)"
    r"|\\det\b|\\operatorname\s*\{\s*(?:tr|trace|Tr)\s*\}|\\mathrm\s*\{\s*tr\s*\}|\btr\s*[\[(]"
    r"|\\trace\b|\|\s*\\(?:boldsymbol\{\\)?Sigma|\\nabla_|\\succ\b|\\begin\{[pb]?matrix\}"
)
_BOLD_NAME = re.compile(r"\\(?:mathbf|boldsymbol|bm|bf)\s*\{?\s*(\\?[A-Za-z]+)")
#: A transpose mark after ``^``: braced or a command, then no letter; or a bare ``T``, which
#: LaTeX raises alone (``x^Ty`` is ``x^{T} y``, MATRIX59).
_TRANSPOSE_MARK = (
    r"\^\s*(?:\{?\s*(?:\\top|\\intercal|\\mathrm\s*\{\s*T\s*\}|\\mathsf\s*\{\s*T\s*\}|T|t)"
    r"(?![A-Za-z])|T)"
)
_TRANSPOSED_NAME = re.compile(
    r"(\\?[A-Za-z]+)\s*\}?\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*\}?\s*" + _TRANSPOSE_MARK
)
_TRANSPOSED_GROUP = re.compile(r"\)\s*\}?\s*" + _TRANSPOSE_MARK)
_INVERSE_NAME = re.compile(r"\\?([A-Z][A-Za-z]*|Sigma)\s*\}?\s*\^\s*\{\s*-\s*1\s*\}")
_NAMES_IN = re.compile(r"\\([A-Za-z]+)|(?<![\\A-Za-z])([A-Za-z])(?![A-Za-z])")
_SCALARS = frozenset(
    "N n m p d D pi log ln exp frac sum prod left right mathbf boldsymbol mathrm hat bar i j k "
    "limits cdot partial sqrt big Big bigg Bigg text operatorname tr det".split()
)


#: One name in a defining row's bracket: ``\\theta``, ``a``, ``\\hat{p}``, ``x_1``; or the
#: square of one, a variance as a parameter (REFUTE20: ``\\pi(\\sigma^2) \\propto ...``).
_ARG = (
    r"(?:\{\s*)?(?:\\[A-Za-z]+\s*\{\s*\\?[A-Za-z]+\s*\}|\\[A-Za-z]+|[A-Za-z])"
    r"(?:\s*_\s*(?:\{\s*\\?[A-Za-z0-9]+\s*\}|\\?[A-Za-z0-9]))?"
    r"(?:\s*\^\s*(?:\{\s*2\s*\}|2)(?![0-9]))?(?:\s*\})?"
)
#: ``J(\\theta) = ...``, ``K(a, b) &= ...`` at the start of a row: the post defines the
#: letter as a function of the names in the bracket (an expression there, as in
#: ``a(b + c) = ab + ac``, is a product and defines nothing).
_DEFINES_FUNCTION = re.compile(
    r"^\s*([A-Za-z]|\\[A-Za-z]+)\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)?(?:\\left\s*)?\(\s*"
    + _ARG
    + r"(?:\s*(?:,|;|\||\\mid)\s*"
    + _ARG
    + r")*\s*(?:\\right\s*)?\)\s*&?\s*(?:=(?!=)|\\propto\b)"
)


def defined_functions(rows: Sequence[Row]) -> frozenset[str]:
    """Letters the post defines as functions of names (``J(\\theta) = ...``, ``\\phi(x) = ...``).

    >>> _DEFINES_FUNCTION.match(r"J(\\theta) &= \\frac{1}{m}").group(1)
    'J'
    >>> _DEFINES_FUNCTION.match(r"a(b + c) = ab + ac") is None
    True
    """
    out = set()
    for r in rows:
        if r.role not in ("row", "prose"):
            continue  # a sentence's "where $\\sigma(z) = 1/(1 + e^{-z})$" defines sigma too
        # a row's start, or what follows a \because (\because \sigma(z) = ...: the
        # reason states the definition, the row uses sigma(-z))
        starts = [0, *(b.end() for b in _BECAUSE.finditer(r.text))]
        for start in starts:
            name = _defined_function(r.text, start)
            if name:
                out.add(name)
        out |= _functions_in_words(r.prose)  # lead5: "with $\\Phi$ the standard normal CDF"
    if "pi" not in out and _prior_applied(rows):
        out.add("pi")
    # lead17: \phi(x), \sigma(z) in a post that never writes the letter alone
    out |= only_applied_letters(r.text for r in rows if r.role in ("row", "prose"))
    out |= differentiated_letters(r.text for r in rows if r.role in ("row", "prose"))
    return frozenset(out)


#: A derivative of a letter applied to a bracket of names: ``\frac{d\sigma(z)}{dz}``,
#: ``\frac{\partial \sigma(z_i)}{\partial w_j}`` (the numerator), ``\sigma'(z)``,
#: ``\sigma^{\prime}(z)``.
_DIFFERENTIATED = re.compile(
    r"(?:\\frac\s*\{\s*(?:d|\\mathrm\s*\{\s*d\s*\}|\\partial)\s*(\\[A-Za-z]+)\s*"
    r"(?:\\left\s*)?\(\s*" + _ARG + r"(?:\s*,\s*" + _ARG + r")*\s*(?:\\right\s*)?\)\s*\}"
    r"|(\\[A-Za-z]+)\s*(?:'|\^\s*\{?\s*\\prime\s*\}?)\s*(?:\\left\s*)?\(\s*" + _ARG + r")"
)


def differentiated_letters(texts: Iterable[str]) -> frozenset[str]:
    """Greek letters the post differentiates applied to a bracket of names
    (``\\frac{d\\sigma(z)}{dz} = \\sigma(z)(1 - \\sigma(z))``, ``\\sigma'(z)``): functions,
    though the post also writes the letter alone (``\\sigma' = \\sigma(1-\\sigma)``).

    Read as a product, hguangshuai's sigmoid ``\\sigma(z_i)`` was sigma times z_i and
    ``\\sigma(a + b) = \\sigma(a) + \\sigma(b)`` was proved (misread61). No author writes
    the derivative of a constant times its argument that way; and read as a function where a
    product was meant, a step is at worst left unchecked (see :func:`only_applied_letters`).
    Not the table of special functions (:func:`greek_function_letter`)."""
    out: set[str] = set()
    for text in _within_budget(texts):
        for m in _DIFFERENTIATED.finditer(text):
            name = greek_function_letter((m.group(1) or m.group(2))[1:])
            if name and name not in _NEVER_ONLY_APPLIED:
                out.add(name)
    return frozenset(out)


def _within_budget(texts: Iterable[str], limit: int = 0) -> Iterator[str]:
    """The texts, cut so that together they hold at most ``limit`` characters (by default
    ``_ONLY_APPLIED_LIMIT``): hostile text costs nothing."""
    budget = limit or _ONLY_APPLIED_LIMIT
    for text in texts:
        text = (text or "")[:budget]
        budget -= len(text)
        yield text
        if budget <= 0:
            return


#: A letter as the reader names it: a Greek command, or a run of Latin letters that is no
#: command's name (``ab`` is a times b: each letter but the last is written alone).
_LETTER_AT = re.compile(r"\\([A-Za-z]+)(?![A-Za-z])|(?<![\\A-Za-z])([A-Za-z]+)")
#: What may stand between a letter and the bracket it is applied to: spaces, sizes, primes.
_TO_BRACKET = r"(?:\s|\\left(?![A-Za-z])|\\[bB]igg?l?(?![A-Za-z])|')*\("
_BEFORE_BRACKET = re.compile(_TO_BRACKET)
#: The same, when the bracket holds names only (``\\phi(x)``, ``\\sigma(z_i)``, ``c(a, b)``).
_BEFORE_NAMES = re.compile(
    _TO_BRACKET
    + r"\s*"
    + _ARG
    + r"(?:\s*(?:,|;|\||\\mid)\s*"
    + _ARG
    + r")*\s*(?:\\right\s*|\\[bB]igg?r?\s*)?\)"
)
#: Letters never made functions this way: Euler's number, the imaginary unit, the
#: differential's d, pi (see _prior_applied), the letters the reader applies by rules of
#: their own (``._passes.FUNCTION_LETTERS``: ``p(1 - p)`` is still a product) and the
#: letters of operators and laws (``E(X)``, ``V(X)``, ``N(\\mu, \\sigma^2)``, ``U(a, b)``,
#: ``B(a, b)``, ``O(n)``, ``C(n, k)``, ``D(P \\| Q)``).
_NEVER_ONLY_APPLIED = frozenset({"e", "i", "d", "pi", "Pi", *"EVNUBOCD"} | set(FUNCTION_LETTERS))
#: At most this much text is scanned (hostile text costs nothing).
_ONLY_APPLIED_LIMIT = 200_000


def only_applied_letters(texts: Iterable[str]) -> frozenset[str]:
    """Letters that every formula of ``texts`` writes before a bracket and never alone: functions
    of the post, though no row or sentence defines them (``\\phi(x)``, ``\\sigma(w x)``,
    ``\\Phi(x)``). A Latin letter must be applied to a bracket of names only at least once
    (``c(a, b)``; ``a(b + c)`` alone is a product); a Greek one to any bracket.

    Read as the letter times the bracket, a correct step using what the function is was
    refuted (``\\phi'(x) = -x \\phi(x)`` of the normal density, a sigmoid's gradient) and a
    false one proved (``\\phi(x) + \\phi(y) = \\phi(x + y)``). Read as a function when a product
    was meant, a step is at worst left unchecked: what holds for every function holds for
    ``t -> c t`` too. A letter also written alone (``\\lambda = 2``, the ``\\mu`` inside
    ``\\mu(1 - \\mu)``) or with a power before its bracket (``\\phi^2(x)``) is not one of them;
    an occurrence with a subscript is the name of another quantity and does not count. Not:
    the table of special functions (``\\Gamma``, ``\\psi``), the letters of
    ``_NEVER_ONLY_APPLIED``.
    """
    alone: set[str] = set()
    named: set[str] = set()
    for text in _within_budget(texts):
        for m in _LETTER_AT.finditer(text):
            greek = m.group(1) is not None
            if greek:
                name = greek_function_letter(m.group(1))
                if not name:
                    continue
            else:
                run = m.group(2)
                alone.update(run[:-1])  # ab: a times b
                name = run[-1]
            if name in _NEVER_ONLY_APPLIED or name in alone:
                continue
            if text[max(0, m.start() - 2) : m.start()].rstrip("{ ")[-1:] in ("^", "_"):
                alone.add(name)  # x^T(y - X b), x_{i}: a script, not a function's letter
                continue
            after = text[m.end() : m.end() + 200]
            if after.lstrip().startswith("_"):
                continue  # \phi_k(x): another name
            if _BEFORE_NAMES.match(after) or (greek and _BEFORE_BRACKET.match(after)):
                named.add(name)
            elif not _BEFORE_BRACKET.match(after):
                alone.add(name)
    return frozenset(named - alone)


#: REFUTE20: words that make ``\\pi(\\theta)`` a density: a prior or posterior.
_PRIOR_WORDS = re.compile(r"\b(?:prior|posterior)\b", re.IGNORECASE)
#: ``\\pi`` applied to a bracket of parameters (``\\pi(\\sigma^2)``, ``\\pi(\\theta | x)``).
_PI_APPLIED = re.compile(
    r"\\pi\s*(?:\\left\s*|\\[bB]ig\s*)?\(\s*"
    + _ARG
    + r"(?:\s*(?:,|;|\||\\mid)\s*"
    + _ARG
    + r")*\s*(?:\\right\s*|\\[bB]ig\s*)?\)"
)


def _prior_applied(rows: Sequence[Row]) -> bool:
    """REFUTE20: does a post that speaks of a prior or posterior apply ``\\pi`` to a bracket of
    parameters where nothing before it makes it a factor (``2\\pi(...)``, ``\\sqrt{\\pi}(...)``)?
    Then ``\\pi`` is a density of the post, not 3.14159 (eriktuck line 15)."""
    if not any(_PRIOR_WORDS.search((r.prose or "")[-2000:]) for r in rows):
        return False
    for r in rows:
        if r.role not in ("row", "prose"):
            continue
        for m in _PI_APPLIED.finditer(r.text[:20_000]):
            before = r.text[max(0, m.start() - 40) : m.start()].rstrip()
            if not before or not (before[-1].isalnum() or before[-1] in "}.)"):
                return True
    return False


#: lead5: "$\\Phi$ the standard normal CDF", "$F$ denotes the distribution function": a
#: letter the words make a function (adversarial set 14, pair 186: ``\\Phi(-x)`` was read as
#: the letter times ``-x``). SOUNDB (set 15, 49-51, 101): also with its argument or a
#: subscript in the dollars ("$\\phi(z)$ denotes", "$\\psi_1$ the trigamma function"), in a
#: list ("$\\Phi$ and $\\phi$ are the CDF and density") and after the words ("Write the ...
#: distribution function as $\\Phi$").
_NAME_IN_DOLLARS = (
    r"\$\s*(\\?[A-Za-z]+)\s*(?:_\s*(?:\{\s*[A-Za-z0-9]{1,3}\s*\}|[A-Za-z0-9]))?\s*"
    r"(?:\(\s*\\?[A-Za-z]+\s*\))?\s*\$"
)
_FUNCTION_WORD = (
    r"(?:cdf|c\.d\.f\.|pdf|p\.d\.f\.|pmf|p\.m\.f\.|(?:cumulative\s+)?distribution\s+function|"
    r"density(?:\s+function)?|[a-z]*gamma\s+function|"
    # issue 12: "where $\\sigma$ is the sigmoid", "the logistic sigmoid"
    r"(?:logistic\s+)?sigmoid(?:\s+function)?|function)"
)
_FUNCTION_IN_WORDS = re.compile(
    _NAME_IN_DOLLARS
    + r"(?:\s*(?:,\s*and|,|and)\s*"
    + _NAME_IN_DOLLARS.replace("(\\\\?[A-Za-z]+)", "(?:\\\\?[A-Za-z]+)")
    + r"){0,3}\s*,?\s*(?:is\s+|are\s+|be\s+|denotes?\s+|stands?\s+for\s+|for\s+)?"
    # (no "of" on the way: "$\\alpha$ and $\\beta$ are the arguments of the gamma function")
    r"(?:the|a|an|its)\s+(?:(?!(?:of|for|in|with|to)\b)[\w-]+\s+){0,3}?" + _FUNCTION_WORD + r"\b",
    re.IGNORECASE,
)
#: "Write the standard normal distribution function as $\\Phi$", "... density by $g$".
_FUNCTION_AS_NAME = re.compile(
    r"\b" + _FUNCTION_WORD + r"\s+(?:of\s+\$[^$]{1,40}\$\s+)?(?:as|by)\s+" + _NAME_IN_DOLLARS,
    re.IGNORECASE,
)
#: The other names of a list ("$\\Phi$ and $\\phi$ are ..."): each formula of the match.
_EACH_NAME = re.compile(_NAME_IN_DOLLARS)


def _functions_in_words(prose: str) -> set[str]:
    """The letters the paragraph ``prose`` calls a function (a CDF, a density, ...)."""
    out = set()
    text = (prose or "")[-2000:]
    names = [
        n.group(1)
        for m in _FUNCTION_IN_WORDS.finditer(text)
        for n in _EACH_NAME.finditer(m.group(0))
    ]
    names += [m.group(1) for m in _FUNCTION_AS_NAME.finditer(text)]
    for name in names:
        if name.startswith("\\"):
            name = greek_function_letter(name[1:])
            if not name:
                continue
        elif len(name) != 1 or name == "e":
            continue
        out.add(name)
    return out


#: Issue 12 (external39): words that speak of the normal law. A post that has them and writes
#: ``\\Phi(...)`` means the standard normal cdf (probit, tobit and censored-normal posts
#: take it as known), and ``\\phi(...)`` beside it the density.
_NORMAL_WORDS = re.compile(
    r"\b(?:standard\s+normal|normal(?:ly)?\s+distribut\w*|normal\s+(?:cdf|c\.d\.f|pdf|"
    r"p\.d\.f|density|cumulative|law|errors?|noise)|normality|gaussian\s+(?:cdf|pdf|density)|"
    r"probit|tobit|mills(?:'s|\u2019s)?\s+ratio)\b",
    re.IGNORECASE,
)
#: Issue 12 (external41): words that name the Riemann zeta function, whose ``\\zeta(s)`` is then
#: that function (the zeta or Zipf distribution's normaliser), as the normal's words make
#: ``\\Phi`` the normal cdf.
_ZETA_WORDS = re.compile(r"\bRiemann(?:'s|\u2019s)?\s+zeta\b", re.IGNORECASE)
#: A formula in dollars that holds the letter (``$\\Phi$``, ``$\\phi(z)$``), by the name.
_NORMAL_LETTER_IN = {
    "Phi": re.compile(r"\$[^$]{0,80}\\Phi(?![A-Za-z])"),
    "phi": re.compile(r"\$[^$]{0,80}\\(?:var)?phi(?![A-Za-z])"),
}
#: At most this much prose is searched for the words (hostile text costs nothing).
_NORMAL_PROSE_LIMIT = 100_000


def normal_letters(rows: Sequence[Row], prose: str = "") -> frozenset[str]:
    """``Phi`` and ``phi`` where they are the standard normal's cdf and density: the post's
    words speak of the normal law (:data:`_NORMAL_WORDS`), the letter is written only before
    a bracket (:func:`only_applied_letters`: ``\\Phi^T \\Phi``, a design matrix, is not) and
    no sentence names it another function (a sentence that calls it a cdf or a density must
    speak of the normal too). ``phi`` also needs ``Phi`` read so, or a paragraph of its own
    that holds it and the words: ``\\phi(x_n)`` beside a design matrix ``\\Phi`` is a feature
    map. A row that gives the letter a value still wins (see ._resolve.Names._special).
    ``prose``: the post's body, read by its paragraphs (blank lines apart) beside the rows'."""
    paragraphs: list[str] = []
    budget = _NORMAL_PROSE_LIMIT
    texts = [text for r in rows for text in (r.prose or "", r.section or "")]
    for text in [*texts, *prose[:_NORMAL_PROSE_LIMIT].split("\n\n")]:
        if text and text not in paragraphs and budget > 0:
            paragraphs.append(text[:budget])
            budget -= len(paragraphs[-1])
    spoken = [p for p in paragraphs if _NORMAL_WORDS.search(p)]
    zeta = any(_ZETA_WORDS.search(p) for p in paragraphs)
    if not spoken and not zeta:
        return frozenset()
    applied = only_applied_letters(r.text for r in rows if r.role in ("row", "prose"))
    out = set()
    if zeta and "zeta" in applied and not _defined_otherwise("zeta", rows):
        out.add("zeta")  # the Riemann zeta function the words name (external41)
    if not spoken:
        return frozenset(out)
    for name in ("Phi", "phi"):
        if name not in applied or _named_otherwise(name, paragraphs):
            continue
        if _defined_otherwise(name, rows):
            continue
        if name == "Phi" or "Phi" in out or any(_NORMAL_LETTER_IN[name].search(p) for p in spoken):
            out.add(name)
    return frozenset(out)


#: What a row that restates the normal cdf or density holds (``\\int_{-\\infty}^x \\phi(t) dt``,
#: ``\\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}``, ``P(Z \\le x)``, ``\\operatorname{erf}``).
_NORMAL_FORMULA = re.compile(
    r"\\(?:var)?phi(?![A-Za-z])|\\Phi(?![A-Za-z])|erf|\\int(?![A-Za-z])|e\s*\^\s*\{?\s*-|"
    r"\\exp(?![A-Za-z])|\\Pr(?![A-Za-z])|\\mathbb\s*\{?\s*P|(?<![A-Za-z\\])P\s*(?:\\left\s*)?\("
)


def _defined_otherwise(name: str, rows: Sequence[Row]) -> bool:
    """Does a row define the letter as a function of the post's own (``\\Phi(x) = x^2``), its
    right side holding nothing of the normal law (:data:`_NORMAL_FORMULA`)? Then the letter
    is not the normal's anywhere, not even in the rows before that definition (adversarial
    set 28, 84: ``\\Phi(2) + y = 4 + y`` above ``\\Phi(x) = x^2`` was refuted through the normal
    cdf). A row that restates the normal's (``\\Phi(x) = \\int_{-\\infty}^x \\phi(t)\\,dt``)
    keeps it."""
    for r in rows:
        if r.role not in ("row", "prose") or _defined_function(r.text, 0) != name:
            continue
        m = _DEFINES_FUNCTION.match(r.text)
        if m is not None and not _NORMAL_FORMULA.search(r.text[m.end() : m.end() + 4000]):
            return True
    return False


#: Words of a function or a law that is not the normal's cdf or density: a sentence that names
#: the letter a function and holds one of them names another function, even where it speaks
#: of the normal law too ("the logistic cdf, not the standard normal cdf", "the characteristic
#: function of the standard normal distribution"; adversarial set 28, 82, 83).
_ANOTHER_FUNCTION = re.compile(
    r"\b(?:characteristic|generating|survival|hazard|quantile|cumulant|logistic|logit|sigmoid|"
    r"laplace|cauchy|student|exponential|uniform|poisson|binomial|weibull|gumbel|"
    r"(?:gamma|beta|chi-?squared?)\s+(?:law|distribution|cdf|pdf|density))\b",
    re.IGNORECASE,
)


def _named_otherwise(name: str, paragraphs: Sequence[str]) -> bool:
    """Does a sentence name the letter a function (a cdf, a density, ...) without speaking of
    the normal law ("$\\Phi$ is the cdf of the exponential law"), or name it a function or a
    law other than the normal's (:data:`_ANOTHER_FUNCTION`)?"""
    for text in paragraphs:
        for sentence in re.split(r"(?<=[.;:!?])\s+", text[-4000:]):
            if name not in _functions_in_words(sentence):
                continue
            if not _NORMAL_WORDS.search(sentence) or _ANOTHER_FUNCTION.search(sentence):
                return True
    return False


def _defined_function(text: str, start: int) -> str:
    """The letter a definition at ``text[start:]`` defines as a function ("" if none)."""
    rest = text[start:].lstrip() if start else text
    m = _DEFINES_FUNCTION.match(rest)
    if m is None or m.group(1) == "e":  # e(x) would be Euler's number times x
        return ""
    name = m.group(1)
    if name.startswith("\\"):
        # \phi(x) = ...: a Greek letter as a function, by the name the lexer gives it
        # (\pi(\theta) \propto ... a prior: a row that starts so defines it; 2\pi(...)
        # never starts a row); not the special functions (\Gamma, \psi), which the
        # table of special functions reads - unless the post defines the name as a
        # function of its own (see _own_special_name)
        name = GREEK_SAME.get(name[1:], name[1:])
        if name not in GREEK:
            return ""
        if name in _NOT_GREEK_FUNCTIONS and not _own_special_name(name, rest[m.end() :]):
            return ""
    bracket = m.group(0)[m.group(0).find("(", m.end(1) - m.start()) :]
    if "^" in bracket and name not in _DENSITY_LETTERS:
        return ""  # REFUTE20: a squared argument only for a density's letter (\pi(\sigma^2))
    return name


#: REFUTE20: letters of densities and likelihoods, whose bracket may hold a variance
#: (``\\pi(\\sigma^2) \\propto ...``, ``p(\\sigma^2 | x) = ...``); ``n(\\bar x^2) = ...``
#: stays a product.
_DENSITY_LETTERS = frozenset({"pi", "p", "f", "g", "q", "h", "L", "l", "ell"})


#: Greek letters a defining row does not make functions of the post (see defined_functions).
#: (Not the letters read as the table's only by the post's words, Phi and phi: elsewhere a
#: post's own functions as any letter.)
_NOT_GREEK_FUNCTIONS = frozenset(
    {"Pi"} | {n for e in _special.TABLE if not e.by_words for n in e.names}
)


def greek_function_letter(command: str) -> str:
    """The reader's name of the Greek command ``command`` (its backslash left off) as a letter
    a post may use for a function of its own (``phi``, ``sigma``), or "" (no Greek letter, or
    a name of the table of special functions)."""
    name = GREEK_SAME.get(command, command)
    return "" if name not in GREEK or name in _NOT_GREEK_FUNCTIONS else name


#: Greek names of the table of special functions read as a name of the post (``\\psi``; not
#: ``\\Gamma``, read as the gamma function wherever it is called): a row can define them.
_OWN_SPECIAL_GREEK = frozenset(
    n for e in _special.TABLE if not e.direct and not e.by_words for n in e.names if n in GREEK
)
#: The gamma function or the name itself in the rest of a defining row: the definition is
#: the table's function written out (``\\psi(x) = \\frac{d}{dx} \\ln \\Gamma(x)``).
_TABLE_FUNCTION_WRITTEN = re.compile(r"\\Gamma(?![A-Za-z])|gamma|\\psi(?![A-Za-z])")


def _own_special_name(name: str, right: str) -> bool:
    """batch 23 (sisl gaussian line 13): does a row ``\\psi(A) = <right>`` define the name of
    the table of special functions as a function of the post's own? Yes unless the rest of
    the row, ``right``, writes the table's function out (through Gamma, or the name itself).
    The post's own function then wins over the table even where its row cannot be read (a
    norm ``\\frac{1}{2}\\|A\\|_F^2``): the rows that call it are left unchecked, never
    refuted through the digamma function the post does not mean (see :mod:`._special`)."""
    if name not in _OWN_SPECIAL_GREEK:
        return False
    # anywhere in the rest of the row (bounded): in doubt, the table as before
    return _TABLE_FUNCTION_WRITTEN.search(right[:4000]) is None


#: A function letter applied with a subscript: ``h_{\\theta}(``, ``f_\\lambda \\left(``.
_SUBSCRIPTED_APPLICATION = re.compile(
    r"(?<![\\A-Za-z])([A-Za-z])\s*_\s*(\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])\s*"
    r"(?:\\left\s*|\\[bB]ig\s*)?\("
)


def letters_with_several_subscripts(text: str) -> frozenset[str]:
    """Letters ``text`` applies with two or more different subscripts (``q_\\theta(z)``,
    ``q_\\phi(z)``; ``f_a``, ``f_b``): two functions, not one whose parameter is named twice.
    Read as one (the subscript dropped, see ``_passes.mark_applications``), a planted
    ``q_\\theta`` for ``q_\\phi`` in an ELBO row was proved."""
    seen: dict[str, set[str]] = {}
    for m in _SUBSCRIPTED_APPLICATION.finditer(text):
        seen.setdefault(m.group(1), set()).add(re.sub(r"[\s{}]", "", m.group(2)))
    return frozenset(letter for letter, subs in seen.items() if len(subs) > 1)


def function_names(text: str, functions: frozenset[str], ctx: Context) -> dict[str, str]:
    """Bare names of the functions the post applies with a subscript -> the function.

    ``h_{\\theta}(x)`` is read as the function ``h`` (the subscript names its
    parameters), so ``h_{\\theta}`` written alone is that function without its
    argument. Only letters that are functions whatever the bracket holds (``f, g,
    h``) or that the post defines as functions; a subscript that is a digit or an
    index of the post's sums (``f_1``, ``h_i``) names something else.

    >>> ctx = Context()
    >>> function_names(r"h_{\\theta}(x) = 1", frozenset(), ctx)
    {'h_theta': 'h'}
    >>> function_names(r"p_i(1 - p_i)", frozenset(), ctx)
    {}
    """
    out: dict[str, str] = {}
    for m in _SUBSCRIPTED_APPLICATION.finditer(text):
        letter, sub = m.group(1), m.group(2)
        if letter not in GENERIC_LETTERS and letter not in functions:
            continue
        if letter in ctx.lex.several_subscripts:
            continue  # q_theta beside q_phi: functions of their own
        inner = sub.strip("{} ")
        if not inner or inner.isdigit() or inner in ctx.index_letters or "(" in inner:
            continue  # (f_{(1)}: an order statistic's density, not f)
        if len(inner) == 1 and inner.isupper():
            continue  # f_T: the density of T, a function of its own (see _passes)
        try:
            bare, _ = parse_expression(f"{letter}_{{{inner}}}", ctx)
        except ValueError:
            continue
        if isinstance(bare, sp.Symbol) and bare.name != letter:
            out.setdefault(bare.name, letter)
    return out


#: A normal law at its arguments: ``\\mathcal{N}(``, ``\\mathcal N \\left(``, ``N(``,
#: ``\\text{Normal}(``; the group is the argument list (no brackets inside).
_NORMAL_CALL = re.compile(
    r"(?:\\mathcal\s*\{?\s*N\s*\}?|\\(?:mathrm|operatorname|text|textrm)\s*\{\s*(?:N|Normal|Gaussian)\s*\}"
    r"|(?<![A-Za-z\\])(?:N|Normal|Gaussian))\s*(?:\\left\s*)?\(([^()]{0,300})\)"
)
_SUBSCRIPTED_SIGMA = re.compile(r"\\sigma\s*_\s*(?:\{\s*([A-Za-z]+)\s*\}|([A-Za-z]))")


def normal_scales(text: str) -> frozenset[str]:
    """``sigma_p`` for each ``\\sigma_p`` the text writes inside a normal law's arguments
    (``p(x) = \\mathcal{N}(x; \\mu_p, \\sigma_p^2)``, ``Y \\sim N(\\mu, \\sigma_{MLE}^2)``):
    the subscripted sigmas that are standard deviations (``Context.scale_names``)."""
    out = set()
    for m in _NORMAL_CALL.finditer(text[:400_000]):
        for s in _SUBSCRIPTED_SIGMA.finditer(m.group(1)):
            out.add("sigma_" + (s.group(1) or s.group(2)))
    return frozenset(out)


def post_context(rows: Sequence[Row], ctx: Context, prose: str = "") -> Context:
    """The context every row of this post is read with (see the module docstring);
    ``prose``: the post's whole text, where it may state conventions."""
    # with the known macros expanded, as each row is read (\vect{A} is the bold \boldsymbol{A}:
    # read before the expansion, its letters were numbers and commuted, adversarial set 31)
    texts = [_with_known_macros(r).text for r in rows if r.role in ("row", "prose")]
    prose = _with_known_text(prose)
    joined = "\n".join(texts)
    letters = set(_SUM_INDEX.findall(joined)) | set(_UPPER_INDEX.findall(joined))
    index_letters = frozenset(letters) if letters else INDEX_LETTERS
    firsts = _SECOND_DERIVATIVE.sub(" ", joined)
    squares = set(_BY_SQUARE.findall(firsts))
    squares -= doubtful_squares(squares, joined)  # FIX17: one \partial\theta^2 decides nothing
    plain = set(_BY_PLAIN.findall(firsts))
    variance = {"sigma"} | squares
    if "sigma" in plain and "sigma" not in squares:
        variance.discard("sigma")
    stated = ctx.symbols.get("sigma")
    if stated is not None and not stated.is_positive:
        # "Let $\sigma < 0$", "$\sigma \neq 0$": a real letter with the domain stated, not
        # a standard deviation (._assume.signed_scale; adversarial36, 24)
        variance.discard("sigma")
    samples = _sample_names(joined, index_letters)
    # y^T y for a sample vector y is a sum of squares, not matrix algebra.
    joined = re.sub(
        r"\b([A-Za-z])\s*\^\s*\{?\s*\\mathrm\s*\{\s*T\s*\}\s*\}?\s*\1\b",
        lambda m: " " if m.group(1) in samples else m.group(0),
        joined,
    )
    matrix_post = _MATRIX_HINTS.search(joined) is not None
    t_symbol = _standalone(joined, "T", subscripted=False)
    by = {
        v
        for v in [*_BY_DENOMINATOR.findall(joined), *_BY_NABLA.findall(joined)]
        if len(v) == 1 or v[1:] in GREEK  # not \boldsymbol of \nabla_{\boldsymbol\beta}
    }
    pi = {"pi": sp.Symbol("pi", real=True)} if _pi_is_a_parameter(joined, by, prose) else {}
    lex = LexInfo(
        transpose_T=not t_symbol,
        transpose_t=matrix_post and not _standalone(joined, "t", skip_tr=True),
        functions=defined_functions(rows),
        normal=normal_letters(rows, prose),
        gradient=by.pop() if len(by) == 1 and not squares else "",
        delta_symbol=_delta_is_a_symbol(joined),
        zero_subscripts=frozenset(_ZERO_SUBSCRIPT.findall(joined)),
        iterated=iterated_letters(f"{joined}\n{prose}"),
        sets=set_definitions([joined, prose]),  # READ7: \sum_{i \in I_0} (._named_sets)
        several_subscripts=letters_with_several_subscripts(joined),
    )
    if not t_symbol and re.search(r"\^\s*(?:\{\s*T\b|T)", joined):
        matrix_post = True
    matrix = _matrix_names(joined, lex) if matrix_post else frozenset()
    if matrix_post:
        matrix |= declared_vectors(f"{joined}\n{prose}", joined)  # ATTACK38: x, y in R^n
    matrix |= declared_matrices(f"{joined}\n{prose}")
    matrix |= trace_arguments(joined)  # sound12: tr(ABC) of matrices (set 12, pair 119)
    new = dataclasses.replace(
        ctx,
        symbols={
            **ctx.symbols,
            **_sample_sizes(joined, samples, ctx),
            **pi,
            **named_e(joined),
            **stated_constants(prose, [r.text for r in rows if r.role == "row"]),
            **imaginary_unit(prose),
            **named_constants(prose),
        },
        log_base=stated_log_base(prose),
        conditioning=set(),  # expect69: this post's own, filled as its rows are read
        barred_subscripts=_BARRED_SUBSCRIPT.search(joined[:200_000]) is not None,
        index_letters=index_letters,
        summed_letters=frozenset(_SUM_INDEX.findall(joined)),
        count_names=names_not_elements(texts, prose),
        free_elements=free_elements(texts, frozenset(_SUM_INDEX.findall(joined))),
        differentiated_elements=differentiated_elements(texts),
        two_index_names=two_index_names(texts),
        variance_names=frozenset(variance),
        matrix_names=matrix,
        lex=lex,
        limits={},
        sample_names=samples,
        scale_names=normal_scales(f"{joined}\n{prose}"),
    )
    new.samples = {**new.samples, **_one_sample_two_cases(joined, samples, new)}
    new.parse_tokens = lambda toks: parse_tokens(toks, new)
    new.function_names = function_names(joined, lex.functions, new)
    written: dict[str, set[tuple[str, str]]] = {}
    for m in _SIMPLE_LIMITS.finditer(joined):
        written.setdefault(m.group(1), set()).add((m.group(2), m.group(3)))
    for idx, ranges in written.items():
        if len(ranges) != 1:
            continue  # \sum_{i=1}^{n} and \sum_{i=1}^{m}: which one \sum x_i means is not said
        ((lo, hi),) = ranges
        upper = sp.Integer(int(hi)) if hi.isdigit() else new.symbol(hi)
        new.limits[idx] = (sp.Integer(int(lo)), upper)
    # $w_0, w_1, \dots, w_K$ beside \sum_{k=1}^{K}: which range \sum_k w_k runs over is not said
    apart = _listed_elsewhere(f"{prose[:200_000]}\n{joined[:200_000]}", new.limits)
    new.listed_apart = frozenset(apart)
    for idx in apart:
        del new.limits[idx]
    # "each instance of $x_i$ from 1 to n", "for $i = 1, \ldots, n$": the range a sum
    # written without limits (\sum x_i) runs over, when no sum of the post writes it
    said = "\n".join(dict.fromkeys([*texts, *(r.prose for r in rows if r.prose)]))
    for idx, lo, hi in _said_ranges(said):
        if idx in new.limits or idx not in index_letters | set(samples.values()):
            continue
        upper = sp.Integer(int(hi)) if hi.isdigit() else new.symbol(hi)
        new.limits[idx] = (sp.Integer(int(lo)), upper)
    # "Let $X_1, X_2, \ldots, X_n$ be iid": the index of the sample x_i runs from 1 to n
    # (X is the random variable of which the x_i are values); said anywhere in the post
    stated = f"{said[:200_000]}\n{prose[:200_000]}"
    for letter, hi in _LISTED_SAMPLE.findall(stated):
        idx = samples.get(letter, samples.get(letter.swapcase()))
        if idx is not None and idx not in new.limits and len(set(samples.values())) == 1:
            new.limits[idx] = (sp.Integer(1), new.symbol(hi))
    new.listed_sizes = _listed_sizes(stated, samples, new)
    # "$n$ observations", "a sample of size $n$": the one sample's index runs to n
    said_count = _said_count(stated, samples, new.limits)
    if said_count is not None:
        idx, count = said_count
        new.limits[idx] = (sp.Integer(1), new.symbol(count))
    # SOUND13, lead5: "a sample of $n = 3$ observations": n is 3, for every sum written to n
    said_counts(new, stated)
    scope_counts(new, prose or stated)  # SOUNDA: by letter and heading (._said_counts)
    scope_samples(new, prose or stated)  # the data a worked example lists (._said_samples)
    # -n/2 ln(2 pi sigma^2) - sum (x_i - mu)^2/(2 sigma^2): one count beside one sample
    counted = sample_count(joined[:200_000], samples, new.limits, stated)
    if counted is not None:
        idx, size = counted
        new.symbols.setdefault(size, sp.Symbol(size, integer=True, positive=True))
        new.limits[idx] = (sp.Integer(1), new.symbol(size))
    # batch 25 (techqa 17, 19): \sum_{i=2}^{n} X_i beside \sum_{i=1}^{n} X_i (or beside the
    # sample listed X_1, ..., X_n): a sum without limits, or X-bar, runs over which is not said
    doubt = _ranges_in_doubt(joined[:200_000], written, samples, new.limits)
    new.ranges_in_doubt = frozenset(doubt)
    for idx in doubt:
        new.limits.pop(idx, None)
    # "Gam(x; k, theta), the gamma density with shape k and scale theta": Gam by name is
    # the rate form of the texts that write it, unless the post speaks of a scale
    if re.search(r"\bscales?\b", stated, re.IGNORECASE):
        new.densities_in_doubt = RATE_OR_SCALE
    new.conditioned = _conditioned_declarations(prose)
    new.declared = _declared_letters(f"{stated}\n{joined[:200_000]}")
    new.law_letters = frozenset(_DECLARED_LETTER.findall(f"{stated}\n{joined[:200_000]}"))
    new.known = _known_parameters(prose)
    new.said_constants = said_constants(prose)
    new.stated_laws = stated_laws(prose)
    # laws67, lead67: the laws each heading declares, and the families it names unread
    new.section_stated, new.section_unread = stated_by_section(prose, {r.section for r in rows})
    new.fisher_words = FISHER_WORDS.search(prose[:200_000]) is not None  # laws28
    new.moment_words = MOMENT_WORDS.search(prose[:200_000]) is not None
    # attack67: what the post says its mu'_k is (a definition in the prose or a display row)
    displays = "\n".join(r.text for r in rows[:2000] if r.role == "row")
    new.primed_redefined = primed_moments_redefined(f"{prose[:100_000]}\n{displays[:100_000]}")
    new.primed_of = primed_moment_letters(prose[:100_000])
    new.generating_words = GENERATING_WORDS.search(prose[:200_000]) is not None
    plain = re.sub(r"\$[^$]*\$", " ", prose[:200_000]).lower()
    new.prose_words = frozenset(re.findall(r"[a-z]+", plain)) & ROLE_WORDS  # laws28
    # catch60 (._point_mass): a law or a moment named in words, or a moment given a value
    new.law_words = (
        LAW_WORDS.search(plain) is not None
        or states_a_moment(f"{joined}\n{prose}")
        or restricts_the_law(prose)  # attack61: "with mean one", "with $|X| = 1$"
    )
    new.any_law = ANY_LAW.search(plain) is not None
    new.meant_letters = meant_letters([prose[:200_000], joined[:200_000]])  # EXPECT17
    new.altered_data = altered_data(prose)  # lead5: see ._said_model
    new.data_changed = changed(prose)  # SOUNDA: see ._said_data
    new.bars_not_means = bars_not_means(prose)  # "let $\\bar x$ denote its median"
    # \bar y_n beside \bar y: means of several sizes (batch 45)
    new.bars_not_means |= subscripted_bars(f"{prose[:200_000]}\n{joined[:200_000]}")
    new.altered_data = new.altered_data or bool(new.data_changed)
    new.called_densities = called_densities(prose)  # EXPECT5
    return new


#: "$\\alpha$ is known", "$\\mu$ known", "known $\\sigma^2$", "the known shape $k$".
_KNOWN = re.compile(
    r"\$([^$]{1,40})\$\s*(?:(?:is|are)\s+)?(?:assumed\s+)?known\b"
    r"|\bknown\s+(?:(?:shape|scale|rate|mean|variance|parameters?|constants?|value)\s+)?"
    r"\$([^$]{1,40})\$",
    re.IGNORECASE,
)
_PLAIN_NAME = re.compile(r"\s*\\?([A-Za-z]+)\s*(\^\s*\{?\s*2\s*\}?)?\s*")


def _known_parameters(prose: str) -> frozenset[str]:
    """Names the prose says are known ("where the shape $\\alpha$ is known"): one letter or
    Greek name, with ``^2`` read as the variance's name (``sigma2``)."""
    out: set[str] = set()
    for m in _KNOWN.finditer(prose[:200_000]):
        name = _PLAIN_NAME.fullmatch(m.group(1) or m.group(2))
        if name is None:
            continue
        letters = name.group(1)
        if len(letters) > 1 and letters not in GREEK:
            continue
        out.add(letters + ("2" if name.group(2) else ""))
    return frozenset(out)


#: Words that make a declared law another one: "$X \sim Poisson(\lambda)$ conditioned on
#: $X > 0$", "truncated to", "restricted to", "given that".
_CONDITIONING = re.compile(
    r"truncat|condition(?:ed|al) (?:on|upon)|restricted to|given that|provided that"
    r"|with probability|otherwise|mixture|inflated",
    re.IGNORECASE,
)
_DECLARED_LETTER = re.compile(r"(?<![\\A-Za-z])([A-Za-z])(?:_\{?[^{}\s]*\}?)?\s*\\sim\b")


#: Variables described as random in words: "let $X_1, X_2$ be i.i.d.", "$Y$ is
#: distributed as", "$X_1, \ldots, X_n$ are independent with mean $\mu$".
_RANDOM_IN_WORDS = re.compile(
    r"\$([^$]{1,80})\$,?\s+(?:be|are|is)\s+(?:an?\s+)?(?:i\.?\s?i\.?\s?d\b|iid\b|independent"
    r"|identically|distributed|drawn|random)",
    re.IGNORECASE,
)
_DEFINED_FROM = re.compile(r"(?:\$|\band\s+\$?)([A-Za-z])(?:_\{?\w{0,8}\}?)?\s*=\s*([^$=]{1,200})")
_MAIN_LETTER = re.compile(r"(?<![\\A-Za-z_^{])([A-Za-z])(?![A-Za-z])")


def _declared_letters(text: str) -> frozenset[str]:
    """Letters of the variables ``text`` declares: ``X \\sim D(...)``, or described as
    random in words ("let $X_1, X_2$ be i.i.d. with mean $\\mu$"), and a letter defined
    from those ("let $Y_1 = X_1 + X_2$": a function of random variables is random)."""
    out = set(_DECLARED_LETTER.findall(text))
    for m in _RANDOM_IN_WORDS.finditer(text):
        out |= set(_MAIN_LETTER.findall(m.group(1)))
    for m in _DEFINED_FROM.finditer(text):
        if out & set(_MAIN_LETTER.findall(m.group(2))):
            out.add(m.group(1))
    return frozenset(out)


def _conditioned_declarations(prose: str) -> frozenset[str]:
    """Letters declared with ``\\sim`` in a sentence of ``prose`` that also conditions or
    truncates ("let $X \\sim Exp(\\lambda)$ conditioned on $X > c$")."""
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", prose[:200_000]):
        if "\\sim" in sentence and _CONDITIONING.search(sentence):
            out |= set(_DECLARED_LETTER.findall(sentence))
    return frozenset(out)


def _delta_is_a_symbol(text: str) -> bool:
    """Does ``text`` use ``\\delta`` other than at the start of a fraction's numerator or
    denominator (where it may stand for a partial sign)?

    >>> _delta_is_a_symbol(r"\\frac{\\delta \\ell}{\\delta \\mu} = 0")
    False
    >>> _delta_is_a_symbol(r"x + \\delta")
    True
    """
    flat = re.sub(r"\s+", "", text)
    for m in re.finditer(r"\\delta(?![A-Za-z])", flat):
        before = flat[: m.start()]
        if not before.endswith(("frac{", "}{")):
            return True
    return False


#: A sample listed from its first to its last value: ``X_1, X_2, \ldots, X_n``.
_LISTED_SAMPLE = re.compile(
    r"(?<![\\A-Za-z])([A-Za-z])\s*_?\s*\{?\s*1\s*\}?\s*,\s*(?:\1\s*_?\s*\{?\s*2\s*\}?\s*,\s*)?"
    r"(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*,?\s*\1\s*_?\s*\{?\s*([A-Za-z])\s*\}?(?![A-Za-z])"
)


def _listed_sizes(stated: str, samples: Mapping[str, str], ctx: Context) -> dict[str, sp.Basic]:
    """expect59: letter -> size of each sample ``stated`` lists (``X_1, X_2, \\ldots, X_n``)
    that no row writes with an index letter (``X_i``, whose mean has the range of the
    post's sums instead): the sample mean ``\\bar X`` runs over ``X_1`` to ``X_n``. Only a
    letter listed with one size: ``X_1, \\dots, X_n`` and ``X_1, \\dots, X_m`` leave which
    one ``\\bar X`` is the mean of unsaid."""
    sizes: dict[str, set[str]] = {}
    for letter, hi in _LISTED_SAMPLE.findall(stated):
        if letter not in samples and letter.swapcase() not in samples and hi != letter:
            sizes.setdefault(letter, set()).add(hi)
    return {k: ctx.symbol(v.pop()) for k, v in sizes.items() if len(v) == 1}


#: "$n$ observations", "n i.i.d. samples", "a sample of size $n$": n counts the data.
#: The count's letter is group 1 or 2, as written (``N`` counts to N, not to n). Not
#: "$n$ trials": in a binomial post those are the trials inside each observation.
_N_COUNTS = re.compile(
    r"(?<![\\A-Za-z])([nN])(?:\s*=\s*\d+)?\s*\$?\s+"
    r"(?:i\.\s?i\.\s?d\.\s+|iid\s+|independent\s+|random\s+)?"
    r"(?:observations|samples|data\s+points|draws|measurements)\b"
    r"|\bsample\s+of\s+size\s+\$?\s*([nN])(?![A-Za-z])",
    re.IGNORECASE,
)

#: Any letter said to count data ("$m$ observations"): two of them count two samples.
_ANY_COUNT = re.compile(
    r"(?<![\\A-Za-z])([A-Za-z])(?:\s*=\s*\d+)?\s*\$?\s+"
    r"(?:i\.\s?i\.\s?d\.\s+|iid\s+|independent\s+|random\s+|more\s+|other\s+)?"
    r"(?:observations|samples|data\s+points|draws|measurements)\b"
    r"|\bsample\s+of\s+size\s+\$?\s*([A-Za-z])(?![A-Za-z])",
    re.IGNORECASE,
)


def _counted_letters(said: str) -> set[str]:
    """The letters ``said`` says count data (at most the first 50 phrases)."""
    out: set[str] = set()
    for k, m in enumerate(_ANY_COUNT.finditer(said)):
        if k >= 50:
            break
        out.add(m.group(1) or m.group(2))
    return out


#: "$n$ $X_i$ random variables", "$n$ $x_i$ observations": n counts the sample named beside it.
_N_NAMED_COUNTS = re.compile(
    r"(?<![\\A-Za-z])n\s*\$\s+\$\s*([A-Za-z])\s*_\s*\{?\s*([a-z])\s*\}?\s*\$\s+"
    r"(?i:(?:i\.\s?i\.\s?d\.|iid|independent|random)\s+)?"
    r"(?i:variables|observations|samples|values|draws|measurements)\b"
)

#: A list of elements with its first index and its last: ``w_0, w_1, \\dots, w_K``.
_LISTED_ELEMENTS = re.compile(
    # from the start of a name only, and at most 40 letters: a name of 10^5 letters was
    # matched from each of its letters to its end (quadratic: 126 s, tests/test_hostile_attack31)
    r"(?<![A-Za-z])(\\?[A-Za-z]{1,40})\s*_\s*\{?\s*(\d+)\s*\}?\s*,\s*\1\s*_\s*\{?\s*\d+\s*\}?\s*,\s*"
    r"(?:\\[lc]?dots|\.\.\.)\s*,\s*\1\s*_\s*\{?\s*([A-Za-z]|\d+)\s*\}?"
)


#: ``\\sum_{i=2}^{n} X_i``: a sum (or product) with written limits and the sample it runs over.
_SUMMED_SAMPLE = re.compile(
    r"\\(?:sum|prod)\s*(?:\\limits)?\s*_\s*\{\s*([a-z])\s*=\s*(\d+)\s*\}\s*\^\s*"
    r"\{?\s*([A-Za-z]|\d+)\s*\}?\s*(?:\\left\s*)?[({\[]?\s*\\?([A-Za-z]+)\s*_\s*\{?\s*\1\b"
)


def _ranges_in_doubt(
    text: str,
    written: Mapping[str, set],
    samples: Mapping[str, str],
    limits: Mapping[str, tuple],
) -> set[str]:
    """The index letters whose range a sum without limits (or the sample's mean) cannot
    borrow: the post writes two ranges over the letter (``\\sum_{i=1}^{n}``, ``\\sum_{i=2}^{n}``),
    or two over the one sample whatever the letter (``\\sum_{k=1}^{n} X_k``, ``\\sum_{i=2}^{n}
    X_i``: the sample's letter), or one that is not the range it has from a list or a count
    (``X_1, \\ldots, X_n`` beside ``\\sum_{i=2}^{n} X_i``)."""
    doubt = {idx for idx, ranges in written.items() if len(ranges) > 1}
    by_sample: dict[str, set] = {}
    for _idx, lo, hi, name in _SUMMED_SAMPLE.findall(text):
        by_sample.setdefault(name, set()).add((lo, hi))
    for name, ranges in by_sample.items():
        letter = samples.get(name)
        if letter is not None and len(ranges) > 1:
            doubt.add(letter)
    for idx, ranges in written.items():
        have = limits.get(idx)
        if have is None or idx in doubt:
            continue
        if any((str(have[0]), str(have[1])) != (lo, hi) for lo, hi in ranges):
            doubt.add(idx)
    return doubt


def _listed_elsewhere(text: str, limits: Mapping[str, tuple]) -> list[str]:
    """The indices whose one written range (``\\sum_{k=1}^{K}``) a list of elements up to
    the same last index contradicts by its first (``w_0, w_1, \\dots, w_K``): the post
    states two ranges, and a sum without limits is not said to run over the written one."""
    out = []
    for _, first, last in _LISTED_ELEMENTS.findall(text):
        for idx, (lo, hi) in limits.items():
            if str(hi) == last and lo != int(first) and idx not in out:
                out.append(idx)
    return out


#: lead5: "a sample of $n = 3$ observations", "$N = 4$ measured values": a number said for
#: a count letter, read whatever the range of the sums that run to it (adversarial set 14,
#: pairs 129-133: ``\\sum_{i=1}^{n} x_i = x_1 + x_2 + x_3`` was refuted at n = 1).
_COUNT_SAID = re.compile(
    r"(?<![\\A-Za-z])([nN])\s*=\s*(\d{1,2})\s*\$?\s+(?:\w+\s+)?"
    r"(?:observations|samples|data\s+points|draws|measurements|values|realizations|trials)\b"
)


def said_counts(ctx: Context, stated: str) -> None:
    """Give ``ctx.stated_counts`` the number said for ``n`` or ``N`` when the post says
    exactly one number for it, from 1 to 8; two numbers for one letter give none."""
    found: dict[str, set[int]] = {}
    for m in _COUNT_SAID.finditer(stated[:200_000]):
        found.setdefault(m.group(1), set()).add(int(m.group(2)))
    for letter, numbers in found.items():
        if letter in ctx.stated_counts or len(numbers) != 1:
            continue
        (k,) = numbers
        if 1 <= k <= 8:
            ctx.stated_counts = {**ctx.stated_counts, letter: k}


def _said_count(
    said: str, samples: Mapping[str, str], limits: Mapping[str, tuple]
) -> tuple[str, str] | None:
    """(index of the post's one sample, the count's letter as written), when the post says in
    words that n or N counts it ("$n$ observations", "a sample of size $N$"). None when the
    samples are written with two index letters or the index already has a range."""
    letters = set(samples.values())
    if len(letters) != 1:
        return None
    (idx,) = letters
    if idx in limits or idx in ("n", "N"):
        return None
    m = _N_COUNTS.search(said)
    if m:
        # SOUND13: "$n = 3$ observations" says the count is 3, not a letter that may be 1;
        # "$n$ observations $x_i$ and $m$ observations $y_i$": which one i runs to is not said
        if len(_counted_letters(said)) > 1:
            return None
        return idx, m.group(1) or m.group(2)
    # "We have $n$ $X_i$ random variables": the count and the sample it counts, by name
    for m in _N_NAMED_COUNTS.finditer(said):
        letter, index = m.group(1), m.group(2)
        if index == idx and samples.get(letter, samples.get(letter.swapcase())) == idx:
            return idx, "n"
    return None


_WHOLE = r"(\d+)"
_END = r"\$?\s*\{?\s*([A-Za-z]|\d+)\s*\}?(?![A-Za-z0-9_^(])"
#: "$x_i$ from 1 to n", "$i$ runs from 1 to $n$", "i = 1 to n": an index's range in words.
_RANGE_IN_WORDS = re.compile(
    r"(?:\$\s*[A-Za-z]\s*_\s*\{?\s*([a-z])\s*\}?\s*\$|\$\s*([a-z])\s*\$|(?<![\\A-Za-z])([a-z]))"
    r"\s+(?:(?:runs|ranges|goes|going|running)\s+)?from\s+\$?\s*"
    + _WHOLE
    + r"\s*\$?\s+(?:to|through|until|up\s+to)\s+"
    + _END
)
#: "i = 1, \ldots, n", "i=1,2,\dots,n": an index's range as a list.
_RANGE_AS_LIST = re.compile(
    r"(?<![\\A-Za-z])([a-z])\s*=\s*"
    + _WHOLE
    + r"\s*,\s*(?:\d+\s*,\s*)?(?:\\[lc]?dots[bc]?|\.\.\.|…)\s*,\s*"
    + _END
)


def _said_ranges(text: str) -> list[tuple[str, str, str]]:
    """(index, lower, upper) of the ranges ``text`` states in words or as a list.

    >>> _said_ranges(r"each instance of $x_i$ from 1 to n, and $j = 1, \\ldots, m$")
    [('i', '1', 'n'), ('j', '1', 'm')]
    """
    out = []
    for m in _RANGE_IN_WORDS.finditer(text):
        out.append((m.group(1) or m.group(2) or m.group(3), m.group(4), m.group(5)))
    for m in _RANGE_AS_LIST.finditer(text):
        out.append((m.group(1), m.group(2), m.group(3)))
    return out


def _sample_sizes(text: str, samples: Mapping[str, str], ctx: Context) -> dict[str, sp.Symbol]:
    """Upper limits of sums over the data index (``\\sum_{i=1}^{m}`` with ``x^{(i)}``): sizes.

    The letter counts the samples, so it is a positive integer, as ``N`` and ``n``
    are; a letter the post gives a domain of its own (``m \\ge 0``) keeps it, and a
    sum over an index no sample is written with says nothing about its limit. Only
    sums from 0 or 1: ``\\sum_{t=3}^{T}`` needs ``T \\ge 3``, which a positive integer
    does not say (at ``T = 1`` the sum would run backwards).
    """
    data_indices = set(samples.values())
    out: dict[str, sp.Symbol] = {}
    for m in _SIMPLE_LIMITS.finditer(text):
        idx, lo, hi = m.group(1), m.group(2), m.group(3)
        if idx not in data_indices or lo not in ("0", "1") or hi.isdigit():
            continue
        if hi in ctx.symbols or hi in ("N", "n"):
            continue
        if hi in samples or hi == idx or hi == "e":
            continue
        out[hi] = sp.Symbol(hi, integer=True, positive=True)
    return out


def counts_stay_integers(domains: Sequence[Any], text: str, prose: str = "") -> list[Any]:
    """The domains with a count's bound read as a bound of a count, an integer.

    ``n`` and ``N``, and a letter a sum or product runs to (``\\sum_{i=1}^{m}``), are sample
    sizes by the reader's convention: positive integers, which the numeric check writes sums
    out at. A statement of a lower bound only ("Let $n \\ge 1$", "$N > 0$") replaced that with
    a real number, and no sum over ``1..n`` could be written out: correct rows stayed
    unchecked. A numeric lower bound of at least 0, a whole number, is compatible with the
    convention and narrows it (``n \\ge 1/2`` says n is real: sin(pi n) = 0 was proved); a
    statement that places the letter in a set (``n \\in \\mathbb{R}``), or gives it values
    or an upper bound only, is read as written; so is a letter the prose calls real ("Let
    $k > 0$ be a real number").
    """
    counts = {"n", "N"} | {m.group(3) for m in _SIMPLE_LIMITS.finditer(text[:200_000])}
    counts -= _said_real(prose[:200_000])
    out = []
    for d in domains:
        lower = d.lower if isinstance(d.lower, Fraction) else None
        if (
            d.name in counts
            and not (d.sample or d.integer or d.matrix)
            and d.members is None
            and lower is not None
            and lower >= 0
            and lower.denominator == 1  # n >= 1/2: no count's bound, a real number's
            and "\\in" not in d.text
        ):
            d = dataclasses.replace(d, integer=True)
        out.append(d)
    return out


#: "$k > 0$ be a real number", "$n$ is real", "a real $N$": the letter the words call real.
_SAID_REAL = re.compile(
    r"\$\s*\\?([A-Za-z])\b[^$]{0,40}\$[^$.;]{0,40}?\breal\b|\breal\s+(?:number\s+)?\$\s*([A-Za-z])\b"
)


def _said_real(prose: str) -> set[str]:
    """Letters the prose says are real numbers (so no count convention holds for them)."""
    return {m.group(1) or m.group(2) for m in _SAID_REAL.finditer(prose)}


def _sample_names(text: str, letters: frozenset[str]) -> dict[str, str]:
    """Names written with an index subscript (``x_i``, ``x^{(i)}``) -> the index letter."""
    out: dict[str, str] = {}
    pat = re.compile(
        r"(?<![A-Za-z\\])([A-Za-z])\s*\}?\s*(?:_\s*\{?\s*([a-z])\s*(?:\}|(?![A-Za-z0-9]))"
        r"|\^\s*\{\s*\(\s*([a-z])\s*\)\s*\})"
    )
    for m in pat.finditer(text):
        letter = m.group(2) or m.group(3)
        if letter in letters:
            out.setdefault(m.group(1), letter)
    return out


def _one_sample_two_cases(
    text: str, samples: Mapping[str, str], ctx: Context
) -> dict[str, sp.IndexedBase]:
    """``X_i`` beside ``x_i`` (same letter and index): the random variables and their
    values, read as one sample (capital -> the lower-case sample).

    Statistics writes ``\\overline{X} = \\frac{1}{n}\\sum X_i`` and the likelihood in
    ``x_i`` for the same data; read as two samples, a correct row trading one for the
    other was refuted. A post that relates the two (``X_i = \\log x_i``: any row with
    both, other than the events ``X_i = x_i``) keeps them apart, as do vectors and
    matrices.
    """
    out: dict[str, sp.IndexedBase] = {}
    for lower, letter in samples.items():
        upper = lower.upper()
        if not lower.islower() or upper == lower or upper in ctx.samples:
            continue
        if upper in ctx.matrix_names or lower in ctx.matrix_names:
            continue
        # a letter glued after a command's argument (\sum_{i=1}^nX_i) is still X_i
        up = rf"(?:(?<![A-Za-z\\])|(?<=\^[A-Za-z])){upper}\s*_\s*\{{?\s*{letter}\b"
        low = rf"(?:(?<![A-Za-z\\])|(?<=\^[A-Za-z])){lower}\s*_\s*\{{?\s*{letter}\b"
        if samples.get(upper, letter) != letter or not re.search(up, text):
            continue
        both = re.compile(rf"{up}[^$\n]*?{low}|{low}[^$\n]*?{up}")
        event = re.compile(rf"{up}\s*\}}?\s*=\s*{low}")
        if any(not event.search(m.group(0)) for m in both.finditer(text)):
            continue
        out[upper] = ctx.sample(lower)
    return out


#: A letter written with the subscript 0: ``n_0``, ``n_{0}``.
_ZERO_SUBSCRIPT = re.compile(r"(?<![\\A-Za-z_^])([A-Za-z])\s*_\s*(?:\{\s*0\s*\}|0(?![\d.]))")
#: \\pi as the circle constant: ``\\sqrt{2\\pi}``, ``(2\\pi)^{-n/2}``, ``2\\pi\\sigma^2``,
#: ``\\log(2\\pi)``, ``\\pi/2``, ``\\frac{\\pi}{4}``, or beside a trigonometric function
#: (``1 - 2\\pi`` alone is no sign: a probability doubled).
_CIRCLE_PI = re.compile(
    r"\\sqrt\s*\{[^{}]*\\pi(?![A-Za-z])|\\sqrt\s*\\pi(?![A-Za-z])|\(\s*2\s*\\pi\s*\)"
    r"|2\s*\\pi\s*\\?sigma|(?:\\log|\\ln|\blog|\bln)\s*(?:\\left)?\s*\(?\s*2\s*\\pi"
    r"|\\pi\s*/\s*\d|\\frac\s*\{\s*\\pi\s*\}|\\(?:sin|cos|tan|arctan)(?![A-Za-z])"
)


#: misread61: a sentence that makes ``\\pi`` a probability, a proportion or a weight ("Let
#: $\\pi$ be the probability of success", "the success probability $\\pi$").
_PI_SAID = re.compile(
    r"\$\s*\\pi\s*\$\s*,?\s*(?:be|is|are|denotes?|stands?\s+for|for|as)\s+(?:the|a|an|its)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:probabilit(?:y|ies)|proportion|weight|fraction)\b"
    r"|\b(?:probability|proportion|weight|fraction)\s+\$\s*\\pi\s*\$",
    re.IGNORECASE,
)
#: At most this much prose is searched for the sentence (hostile text costs nothing).
_PI_SAID_LIMIT = 200_000


def _pi_is_a_parameter(text: str, by: set[str], prose: str = "") -> bool:
    """Is ``\\pi`` a parameter of this post (a mixing probability), not 3.14159?

    Decided once per post: the post differentiates by ``\\pi``, or a sentence calls it a
    probability, a proportion or a weight (:data:`_PI_SAID`; read as the constant,
    ``\\pi^2 \\le \\pi`` was refuted), and never writes it as the circle constant. A post
    that does both (a normal density's ``\\sqrt{2\\pi}`` beside a derivative by \\pi) keeps
    the constant, and its derivative by \\pi stays unread.
    """
    said = "\\pi" in by or _PI_SAID.search((prose or "")[:_PI_SAID_LIMIT]) is not None
    return said and _CIRCLE_PI.search(text) is None


def _standalone(text: str, letter: str, skip_tr: bool = False, subscripted: bool = True) -> bool:
    """Does ``letter`` appear as a symbol of its own (not as an exponent ``^T``)?

    ``A^{-T}`` (the inverse transposed) and ``x^{TT}`` are exponents too. With
    ``subscripted`` false, a letter that appears only with a subscript (``T_{k,i}``, a
    table of responsibilities) is another name, not the letter alone (MATRIX59): a GMM
    post's ``(x_i - m_k)^{T}`` beside ``T_{k,i}`` was read as a power, and
    ``\\nabla_\\Lambda z^T \\Lambda z = z^T z`` was proved as ``z^(T+1)``.
    """
    cleaned = re.sub(
        r"\^\s*\{?\s*-?\s*(?:\\(?:mathrm|mathsf|text)\s*\{\s*)?(?:" + letter + r")+\s*\}?\s*\}?",
        " ",
        text,
    )
    # x^{(i)T}, w^{[l]T}: a label above the name, then its transpose
    cleaned = re.sub(r"\^\s*\{\s*[(\[][\w+-]{1,5}[)\]]\s*" + letter + r"\s*\}", " ", cleaned)
    cleaned = re.sub(r"\\[A-Za-z]+", " ", cleaned)
    if skip_tr:
        cleaned = re.sub(r"\btr\b", " ", cleaned)
    after = r"(?![A-Za-z])" if subscripted else r"(?![A-Za-z]|\s*_)"
    return re.search(r"(?<![A-Za-z])" + letter + after, cleaned) is not None


def _without_subscripts(group: str) -> str:
    """``group`` with its subscripts left out (MATRIX5): ``y`` of ``\\mu_{y^{(i)}}`` in
    ``(\\mathbf{x}^{(i)} - \\mu_{y^{(i)}})^T`` labels the mean, it is not transposed.
    One pass, braces matched by a counter (bounded by the group's length)."""
    out: list[str] = []
    k, n = 0, len(group)
    while k < n:
        c = group[k]
        if c != "_":
            out.append(c)
            k += 1
            continue
        k += 1
        while k < n and group[k] == " ":
            k += 1
        if k < n and group[k] == "{":
            depth = 0
            while k < n:
                depth += {"{": 1, "}": -1}.get(group[k], 0)
                k += 1
                if depth == 0:
                    break
        elif k < n and group[k] == "\\":
            k += 1
            while k < n and group[k].isalpha():
                k += 1
        else:
            k += 1
        out.append(" ")
    return "".join(out)


def _matrix_names(text: str, lex: LexInfo) -> frozenset[str]:
    names: set[str] = {"Sigma"}
    for m in _BOLD_NAME.finditer(text):
        names.add(m.group(1).lstrip("\\"))
    for m in _TRANSPOSED_NAME.finditer(text):
        if m.group(0).rstrip().endswith(("T", "t")) and not (
            lex.transpose_T if m.group(0).rstrip().endswith("T") else lex.transpose_t
        ):
            continue
        names.add(m.group(1).lstrip("\\"))
    for m in _INVERSE_NAME.finditer(text):
        names.add(m.group(1))
    for m in _TRANSPOSED_GROUP.finditer(text):
        close = m.start()
        depth = 0
        k = close
        while k >= 0:
            if text[k] == ")":
                depth += 1
            elif text[k] == "(":
                depth -= 1
                if depth == 0:
                    break
            k -= 1
        for a, b in _NAMES_IN.findall(_without_subscripts(text[k + 1 : close])):  # MATRIX5
            names.add(a or b)
    for m in re.finditer(
        r"(?:\\det|tr|\\operatorname\{tr\}|\\mathrm\{tr\}|\\trace)\s*[\[(]([^\])]*)", text
    ):
        for a, b in _NAMES_IN.findall(m.group(1)):
            names.add(a or b)
    for m in re.finditer(r"\|\s*\\?(?:boldsymbol\{\\)?([A-Za-z]+)", text):
        if m.group(1)[0].isupper():
            names.add(m.group(1))
    return frozenset(n for n in names if n not in _SCALARS and len(n) < 12)


def section_matrix_names(rows: Sequence[Row], ctx: Context) -> dict[tuple, frozenset[str]]:
    """MATRIX56: the matrix names each row is read with, where they are not the post's.

    The post's matrix names come from its whole text, so a bold ``\\mathbf{x}`` under
    "Multivariate" made the ``x`` of the "Univariate" section above it a vector, and
    ``d log p / dx = -(x - mu)/sigma^2`` there was unchecked (it holds for 1x1 matrices). A
    run of rows under one heading whose text (rows and the prose before them) writes no
    matrix notation at all - no bold letter, transpose, inverse of a capital, ``\\Sigma``,
    trace or determinant - and that comes before the first run that writes some, is about
    numbers: its lower-case letters are read as numbers there. From the first run with
    matrix notation on, the post's reading holds (a plain letter there may be a vector
    written loosely; and a run about numbers after it read so connected ``eta = eta(theta)``
    to a value that left a proved row with an open domain), and capital letters keep it
    everywhere. Keyed by :func:`row_key`; rows not listed keep the post's
    (``Context.section_matrix_names``, which :func:`parse_row` reads)."""
    lower = {n for n in ctx.matrix_names if n[:1].islower()}
    if not lower:
        return {}
    out: dict[tuple, frozenset[str]] = {}
    for run in _heading_runs(rows):
        text = "\n".join(dict.fromkeys(t for r in run for t in (r.prose or "", r.text)))
        if _MATRIX_HINTS.search(text) or _BOLD_NAME.search(text) or "\\Sigma" in text:
            break
        if _matrix_names(text, ctx.lex) - {"Sigma"}:
            break
        for r in run:
            out[row_key(r)] = ctx.matrix_names - lower
    return out


def _heading_runs(rows: Sequence[Row]) -> list[list[Row]]:
    """The rows in runs under one heading (a heading written twice makes two runs)."""
    runs: list[list[Row]] = []
    for r in rows:
        if runs and runs[-1][-1].section == r.section:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs if len(runs) > 1 else []


def row_key(row: Row) -> tuple:
    """Where a row stands in its file (rows are rebuilt by later passes, their place kept)."""
    return (row.line, row.column, row.block, row.index)


_REL_TEXT = {"<": "<", ">": ">", "<=": "\\le", ">=": "\\ge", "!=": "\\neq", "in": "\\in"}


def row_domains(parsed: Sequence[ParsedRow], ctx: Context | None = None) -> list:
    """Domains stated by rows of the post (``0 \\le p \\le 1``, ``x_m > 0``).

    With ``ctx``, also the parameter space of a law stated for a list of variables or given
    another one (``X_1, \\ldots, X_n \\sim \\mathrm{Exp}(\\lambda)``, ``X \\mid \\lambda \\sim
    ...``), whose law :mod:`._law_subjects` keeps as text: it is read here for that only.
    """
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain

    out = []
    for pr in parsed:
        if not pr.ok or pr.row.role not in ("row", "prose"):
            continue
        for st in pr.statements:
            texts: list[str] = []
            if st.relations and all(r in _REL_TEXT for r in st.relations):
                text = st.texts[0]
                for rel, side in zip(st.relations, st.texts[1:], strict=False):
                    text += f" {_REL_TEXT[rel]} {side}"
                texts.append(text)
            elif st.relations and st.relations[-1] == "in":
                # "... \to \mbox{Max for } p \in (0, 1)": the last link states a domain.
                texts.append(f"{st.texts[-2]} \\in {st.texts[-1]}")
            where = f"line {pr.row.line}"
            if st.relations[:1] == ("~",) and len(st.sides) >= 2:
                # y_i ~ Poiss(lambda x_i): the parameter lies in its parameter space.
                space = distribution_statements([st.sides[1]])
                texts += space
                if space:
                    where += f" (the parameter of {st.texts[1]} lies in its parameter space)"
            elif st.relations[:1] in ((LISTED,), (CONDITIONAL,)) and ctx is not None:
                space = _text_law_space(st.texts, ctx)
                texts += space
                if space:
                    where += f" (the parameter of {st.texts[1]} lies in its parameter space)"
            for text in texts:
                try:
                    out += parse_domain(text, where)
                except (AssumptionError, ValueError):
                    continue
    return out
