"""What a row the reader could not read still says about the chain it stands in.

``f = (a + b)^2 = <unread> = a^2 + 2ab + b^2``: the row after the unread one cannot
be compared with it. Comparing it with an older row as an identity refuted correct
rows once (the unread row may rewrite anything, give a name a value), so that is
never done. But when every link of the chain is an equality, the row's right side
equals the last line the reader did read: proving that is sound, and a failure
says nothing (the row stays unrelated, never refuted). The same holds for the last
side of the unread row itself when the reader can read it (``\\blorp{f} = (a + b)^2``
then ``&= a^2 + 2ab + b^2``): the next row continues that side, whatever stands before
it, so it is the first anchor tried.

This module reads the raw text of the unread row only to decide whether it is such
a link: it opens with ``=`` (it continues the chain) or has one ``=`` whose left side
may be readable (it starts one), and it holds no other relation sign anywhere
(``= B \\le C`` or ``\\propto B`` would leave the chain's sides unequal): not inside a
group (``\\stackrel{(i)}{\\le}``), not as a sign outside ASCII, nor in words.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import sympy as sp

from ._chain_commands import only_chain_commands
from ._parse import _without_reason, parse_expression
from ._plans import STEP, UNRELATED, _Cur, _symbols, _why
from ._relations import statements
from ._resolve import is_matrix, quantity_name, uncheckable, undefined
from ._tosympy import READING_ERRORS

#: Relation signs written as commands (a prefix of a longer command name is not one:
#: ``\\left`` is no ``\\le``). ``\\mid`` and ``\\in`` are left out: they are no link of
#: a chain of equalities, but a ``p(y \\mid x)`` or a range must not stop the reading.
_COMMANDS = (
    "le leq ge geq leqslant geqslant lt gt ne neq propto approx sim simeq equiv cong "
    "to rightarrow Rightarrow longrightarrow Longrightarrow implies iff Leftrightarrow "
    "Leftarrow leftarrow impliedby coloneqq eqqcolon triangleq doteq ll gg prec succ "
    "subset subseteq supset supseteq because therefore"
).split()
_RELATION = re.compile(r"\\(" + "|".join(_COMMANDS) + r")(?![A-Za-z])|[=<>]")
#: Words after the chain's first relation that open a clause of their own (``\\text{where}``,
#: ``\\quad for``): the '=' after them is the clause's, not the chain's.
_PROSE_AFTER = re.compile(
    r"\\(?:text[a-z]*|mbox|q?quad)(?![A-Za-z])"
    r"|(?<![\\A-Za-z])(?:for|where|with|when|and|if|given|since|so|then)(?![A-Za-z])"
)
#: Spacing at the end of a row (the ``\\quad`` left before a ``\\because`` cut off).
_TRAILING_SPACE = re.compile(r"(?:\s|\\q?quad(?![A-Za-z])|\\[,;:! ])*$")
#: Command names that may be, or build, a relation the list above does not hold
#: (``\\lesssim``, ``\\geqq``, ``\\xrightarrow``, ``\\stackrel``, ``\\overset``,
#: ``\\mathrel``, ``\\nleq``): an unread row holding one is no link of a chain of equalities.
_RELATION_LIKE = re.compile(
    r"\\(?:[A-Za-z]*(?:eq|sim|arrow|approx|rel|set|prec|succ|less|gtr|cong|equiv|prop|"
    r"mapsto|models|asymp|triangle[lr]|lhd|rhd)[A-Za-z]*|n?(?:le|ge|lt|gt|ll|gg|to|ne))"
    r"(?![A-Za-z])"
)
#: Groups whose inside is not the row's top level (``\\sum_{i=1}``, ``f(x=1)``).
_OPEN, _CLOSE = "{([", "})]"
#: Text that carries no relation of the chain (a tag, a label).
_NOISE = re.compile(r"\\(?:tag|label)\s*\{[^{}]*\}|\\nonumber|\\notag")
#: A law (``y_i = [y_{i1}, \\dots] \\sim \\mathcal{N}(\\mu, \\Sigma)``): the row says how the data
#: arise, it gives the name no value.
_LAW = re.compile(r"\\sim(?![A-Za-z])|\u223c")
#: Words in a row (``\\text{ is at most }``): they may state any relation.
_WORDS = re.compile(r"\\(?:text|mbox|textrm|textit|textbf)\s*\{[^{}]*[A-Za-z]{2}")


def _relations(text: str) -> tuple[list[tuple[int, str]], bool]:
    """``(position, sign)`` of each relation sign outside every brace and bracket, and
    whether a relation sign stands anywhere else - inside a group that is not a sub- or
    superscript (``\\stackrel{(i)}{\\le}``; ``\\sum_{i=1}`` is a range, no relation)."""
    depth = 0
    groups: list[bool] = []  # per open group: is it a sub- or superscript?
    out, inner = [], False
    previous = ""
    for m in re.finditer(r"\\[A-Za-z]+|\\.|.", text, re.S):
        tok = m.group()
        if tok in _OPEN or tok in ("\\{", "\\left"):
            depth += 1
            groups.append(previous in ("_", "^") or (bool(groups) and groups[-1]))
        elif tok in _CLOSE or tok in ("\\}", "\\right"):
            depth = max(depth - 1, 0)
            groups = groups[:-1]
        elif _RELATION.fullmatch(tok) or _RELATION_LIKE.fullmatch(tok):
            if depth == 0:
                out.append((m.start(), tok))
            elif not groups or not groups[-1]:
                inner = True
        if not tok.isspace():
            previous = tok
    return out, inner


def _chain_relations(text: str) -> list[tuple[int, str]] | None:
    """The top-level relation signs of an unread row (positions in ``text`` as written), or
    None when the row may hold another relation where they cannot be seen: inside a group,
    in words, or as a sign outside ASCII (``≤``, ``→``)."""
    if not text.isascii() or _WORDS.search(text) or not only_chain_commands(text):
        return None  # (only_chain_commands: SOUND, an allow-list, ._chain_commands)
    clean = _NOISE.sub(lambda m: " " * len(m.group()), text)
    found, inner = _relations(clean)
    return None if inner else found


def states_a_law(text: str) -> bool:
    """Does the unread row ``text`` say how its name is distributed (a data statement, not a
    definition: whatever the reader missed in it, the name is data, free of the parameters)?"""
    return _LAW.search(text) is not None


def continues_with_equality(text: str) -> bool:
    """Does the unread row ``text`` continue a chain with ``=`` and hold no other
    relation (``= \\blorp{a}``, not ``= B \\le C`` nor ``\\propto B``)?"""
    found = _chain_relations(text)
    return found == [(0, "=")] and text.startswith("=")


def last_side(text: str) -> str | None:
    """The last side of an unread row whose last relation is ``=`` (``\\blorp{f} = (a + b)^2``,
    ``\\text{by (2)} \\Rightarrow \\dfrac{df}{dz} = R \\quad \\because ...``): the side a
    next row ``&= C`` continues, whatever the relations before it. None otherwise (the
    reason after ``\\because`` is no side of the row)."""
    clean = _without_reason(text)
    found = statements(clean)
    if len(found) != 1 or not found[0].relations or found[0].relations[-1] != "=":
        return None  # a condition or a second statement after the chain: not its last side
    spans = found[0].spans
    chain = _TRAILING_SPACE.sub("", clean[spans[1][0] : spans[-1][1]])
    if _PROSE_AFTER.search(chain):
        return None  # "= (a + b)^2 \text{ where } a = c": the last '=' is the clause's
    a, b = spans[-1]
    if _chain_relations(clean[a:]) != []:
        return None  # a relation the scan cannot see in the last side (a group, words, ≤)
    return clean[a:b].strip() or None


def left_of_equality(text: str) -> str | None:
    """The left side, as written, of an unread row ``L = <unread>`` that starts a chain with
    its one relation, ``=``; None when the row has another relation or none, or opens with one."""
    found = _chain_relations(text)
    if found is None or len(found) != 1 or found[0][1] != "=":
        return None
    left = text[: found[0][0]].strip()
    return left or None


class UnreadAnchorLinks:
    """The builder's half about rows after an unread row (a mixin of ``_Builder``)."""

    def _unread_anchor(self, pr: Any) -> tuple | None:
        """``(value, line, how)`` the rows after the unread row ``pr`` may be proved equal to:
        the line above when ``pr`` continues its chain with ``=``, the anchor of an
        unread row above it, or the left side of ``pr`` when that alone is readable."""
        text = pr.row.text.strip()
        if re.search(r"[A-Za-z]{2}", pr.row.annotation):
            return None  # words taken out of the row (``\\text{ is at most }``) may relate
        cur = self.cur
        if continues_with_equality(text):
            if cur.kind == "unreadable":
                return cur.anchor
            if cur.kind != "expr" or not isinstance(cur.expr, sp.Basic):
                return None
            if isinstance(cur.expr, sp.Equality) or is_matrix(cur.expr):
                return None
            return cur.expr, cur.line, f"equals line {cur.line} (the row between could not be read)"
        line = pr.row.line
        right = last_side(text)
        value = self._side_value(right, pr) if right is not None else None
        if value is not None:
            return (
                value,
                line,
                f"equals the last side of line {line}, the rest of which could not be read",
            )
        left = left_of_equality(text)
        value = self._side_value(left, pr) if left is not None else None
        if value is None:
            return None
        return (
            value,
            line,
            f"equals the left side of line {line}, whose right side could not be read",
        )

    def _side_value(self, side: str, pr: Any) -> sp.Basic | None:
        """The value of one side of the unread row ``pr``, or None when it cannot be read,
        has no value to compare, or is a name the unread row may give a value."""
        try:
            # on a copy of the reading context: parsing learns the ranges of the side's
            # sums, and a side that is no row of the post must not teach later rows one
            ctx = dataclasses.replace(self.ctx, limits=dict(self.ctx.limits), parse_tokens=None)
            e, _ = parse_expression(side, ctx)
            if not isinstance(e, sp.Basic) or not self._valued_in_this_section(e, pr):
                return None  # under a new heading the unread row may give the name a value
            value, _ = self.names.resolve(e)
        except READING_ERRORS:
            return None
        if value is None or isinstance(value, sp.Equality) or is_matrix(value):
            return None
        if _why(value) or uncheckable(value) or undefined(value):
            return None
        return value

    def _valued_in_this_section(self, e: sp.Basic, pr: Any) -> bool:
        """Is ``e`` a formula, or a name whose value a row under ``pr``'s heading gave?
        (A name valued elsewhere, or by no row, may be what the unread row redefines.)"""
        if isinstance(e, sp.Symbol):
            record = self.names.defined.get(e) or self.names.defined.get(self.names.plain(e))
        elif quantity_name(e) is not None:
            record = self.names.value_of(e)[2]
        else:
            return True
        if record is None or not 0 <= record.row < len(self.plans):
            return False
        return self.plans[record.row].parsed.row.section == pr.row.section

    def _from_unread_anchor(self, pr: Any, unread: _Cur, right: Any, reason: str) -> bool:
        """``&= C`` after an unread row of a chain of equalities: ``C`` compared with the
        anchor, prove-only (``reason`` is the row's verdict unless it is proved). False
        (nothing done) when ``C`` brings symbols the anchor does not have: the unread row
        may have given them their values."""
        value, line, how = unread.anchor
        w, _ = self.names.resolve(right) if isinstance(right, sp.Basic) else (None, "")
        if w is None or is_matrix(w) or _symbols(w) - _symbols(value):
            return False
        h = self._anchor(pr, value)
        self.cur = _Cur("expr", h, value, self._row_index, None, pr.row.line)
        link = self._rewrite(pr, h, value, right, "=", how=how)
        if link.kind != STEP:
            link.kind, link.reason, link.verdict, link.counterexample = UNRELATED, reason, "", None
        link.fallback = reason
        return True
