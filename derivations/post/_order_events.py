"""Order relations inside a probability: ``P(X \\ge 2)``, ``\\Pr(-\\ln U \\le y)``,
``\\mathbb{P}(\\epsilon < -X\\beta \\mid X)`` (helper READ7).

Read as ``P(X = 0)`` is (``._lexer._events``): the probability of an event, an unknown
function of it that has no value the engine can compare, so a row of them is read but never
proved or refuted by what the event is worth. The relation keeps its direction: ``X > y``
is ``Gt(X, y)``.

Done on the raw tokens, before the lexer sees them: the relation sign is swapped for an
internal command (:data:`SIGNS`) the lexer turns into a ``LESS`` token, which the grammar
reads as an event inside a call's brackets only. Only for a probability head (``P``,
``\\Pr``, ``\\mathbb{P}``, ``\\Bbb{P}``, ``\\operatorname{P}``, ``\\mathrm{P}``) followed by
a bracket (``(``, ``\\left(``, ``\\big(``...) that holds exactly one order sign and no ``=``
at its own level: a chain (``P(a < X < b)``), two events (``P(X < a, Y > b)``) and every
other relation sign stay unread with the lexer's reason. PARSE15: the indicator's heads
too (``I(|x| \\le \\theta)``, ``\\mathbb{1}(x > 0)``), read as the indicator of the event
(._indicators); also in set braces (``\\mathbf{1}\\{\\theta \\ge x_{(n)}\\}``, ``1\\{x > 0\\}``).
External39: the condition after a bar (``|``, ``\\mid``, ``\\vert``) of a probability or an
expectation (``E``, ``\\mathrm{E}``, ``\\mathbb{E}``...) may hold one order sign in each of its
comma parts (``\\Pr(y > 0 | x)``, ``E(y | x, y > 0)``, ``P(X > 1 | X > 0, Y \\le 2)``): read
as events too, the probability keeping one event before the bar, the expectation none.
"""

from __future__ import annotations

from typing import Any

#: The internal commands, by the relation they stand for: (the LESS token's text).
SIGNS = {
    "\\@evlt": "<",
    "\\@evle": "<=",
    "\\@evgt": ">",
    "\\@evge": ">=",
}

_ORDER = {
    "<": "\\@evlt",
    "\\lt": "\\@evlt",
    "\\le": "\\@evle",
    "\\leq": "\\@evle",
    "\\leqslant": "\\@evle",
    ">": "\\@evgt",
    "\\gt": "\\@evgt",
    "\\ge": "\\@evge",
    "\\geq": "\\@evge",
    "\\geqslant": "\\@evge",
}

_FONTS = ("\\mathbb", "\\Bbb", "\\operatorname", "\\mathrm", "\\text")
_SIZES = ("\\left", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\Bigl", "\\biggl")
_OPEN = {"(": ")", "[": "]", "\\{": "\\}"}


def _head_end(raw: list, i: int) -> int | None:
    """The index after a probability head starting at ``raw[i]``, or None."""
    r = raw[i]
    if i and raw[i - 1].text in ("_", "^"):
        return None  # x_P(...), a script
    if r.text == "\\Pr":
        return i + 1
    if (
        r.kind == "letter"
        and r.text == "P"
        and i + 1 < len(raw)
        and raw[i + 1].kind == "letter"
        and raw[i + 1].text == "r"
        and not raw[i + 1].gap
        and not (i + 2 < len(raw) and raw[i + 2].kind == "letter" and not raw[i + 2].gap)
        and not (i and raw[i - 1].kind == "letter" and not r.gap)
    ):
        return i + 2  # Pr(X \le 2), \Pr with its backslash missing (._lexer reads it so)
    if r.kind == "letter" and r.text in ("P", "I"):
        # PARSE15: I(|x| \le \theta), the indicator of an order event (see ._indicators)
        if i and raw[i - 1].kind == "letter" and not r.gap and not _script_letter(raw, i - 1):
            return None  # a letter glued to a word
        return i + 1
    if r.kind == "num" and r.text == "1" and i + 1 < len(raw) and raw[i + 1].text == "\\{":
        return i + 1  # 1\\{\\theta \\ge x_{(n)}\\}, an indicator in set braces
    if (
        r.text in (*_FONTS, "\\mathbf", "\\mathds", "\\bm")
        and i + 3 < len(raw)
        and raw[i + 1].text == "{"
        and raw[i + 2].text in ("1", "I")
        and raw[i + 3].text == "}"
    ):
        return i + 4  # PARSE15: \mathbb{1}(x \le c), an indicator
    if (
        r.text in _FONTS
        and i + 3 < len(raw)
        and raw[i + 1].text == "{"
        and raw[i + 2].text == "P"
        and raw[i + 3].text == "}"
    ):
        return i + 4
    return None


def _script_letter(raw: list, j: int) -> bool:
    """Is ``raw[j]`` the whole argument of an unbraced script (``\\prod_{i=1}^nP(X_i \\le x)``,
    ``\\prod_iP(...)``)? TeX gives ``^`` and ``_`` one token, so the letter ends the script,
    not a word a ``P`` after it is glued to (held-out batch 56, imathworks line 27)."""
    return j >= 1 and raw[j - 1].text in ("_", "^")


#: What separates the event from its condition (``P(A | B)``) at a bracket's level.
_BARS = ("|", "\\mid", "\\vert")


def _brackets(raw: list) -> tuple[dict[int, int], dict[int, list[int]], set[int], dict]:
    """One pass: the partner of each opening bracket that closes with its own kind, the
    order signs at the top level of each bracket, the brackets with ``=`` at theirs, and
    the separators at the top level of each bracket (bars and commas, by position)."""
    partner: dict[int, int] = {}
    signs: dict[int, list[int]] = {}
    equals: set[int] = set()
    seps: dict[int, list[tuple[int, str]]] = {}
    stack: list[int] = []
    for k, r in enumerate(raw):
        t = r.text
        if t in ("(", "[", "{", "\\{"):
            stack.append(k)
        elif t in (")", "]", "}", "\\}"):
            if not stack:
                return partner, signs, equals, seps
            j = stack.pop()
            if _OPEN.get(raw[j].text) == t:
                partner[j] = k
        elif stack and t in _ORDER:
            signs.setdefault(stack[-1], []).append(k)
        elif stack and t == "=":
            equals.add(stack[-1])
        elif stack and (t in _BARS or t == ","):
            seps.setdefault(stack[-1], []).append((k, "bar" if t in _BARS else ","))
    return partner, signs, equals, seps


def _conditioned(signs: list[int], seps: list[tuple[int, str]], expectation: bool) -> bool:
    """Do the order signs of a bracket stand one in the event before its bar (none for an
    expectation) and at most one in each comma part of the condition after it
    (``P(X > 1 | X > 0, Y \\le 2)``, ``E(y | x, y > 0)``)? The first bar splits."""
    bar = next((k for k, kind in seps if kind == "bar"), None)
    if bar is None:
        return False
    before = [k for k in signs if k < bar]
    if len(before) != (0 if expectation else 1):
        return False
    cuts = [bar, *(k for k, kind in seps if k > bar)]
    parts = [
        sum(1 for k in signs if a < k < b) for a, b in zip(cuts, [*cuts[1:], 10**9], strict=True)
    ]
    return any(parts) and max(parts) <= 1


def order_events(raw: list) -> list:
    """``raw`` with the one order sign of each probability's bracket swapped for its
    internal command (see the module docstring)."""
    if not any(r.text in _ORDER for r in raw):
        return raw
    partner, signs, equals, seps = _brackets(raw)
    out = list(raw)
    for i in range(len(raw)):
        expectation = False
        j = _head_end(raw, i)
        if j is None:
            j = _expectation_end(raw, i)
            expectation = j is not None
        if j is None:
            continue
        if j < len(raw) and raw[j].text in _SIZES:
            j += 1
        if j not in partner or j in equals:
            continue
        here = signs.get(j, [])
        one = len(here) == 1 and not expectation
        # external39: the condition after the bar, P(y > 0 | x, u > c), E(y | x, y > 0)
        if not one and not (
            raw[i].text != "I" and _conditioned(here, seps.get(j, []), expectation)
        ):
            continue
        for k in here:
            out[k] = _as(raw[k], _ORDER[raw[k].text])
    return out


def _expectation_end(raw: list, i: int) -> int | None:
    """The index after an expectation's head at ``raw[i]`` (``E``, ``\\mathrm{E}``,
    ``\\mathbb{E}``, ...), or None: read only with a condition after a bar."""
    r = raw[i]
    if i and raw[i - 1].text in ("_", "^"):
        return None
    if r.kind == "letter" and r.text == "E":
        if i and raw[i - 1].kind == "letter" and not r.gap and not _script_letter(raw, i - 1):
            return None  # a letter glued to a word
        return i + 1
    if r.kind == "letter" and r.text == "p":
        # PARSE65: p(\\theta \\mid y \\ge 100), a density given an event (external45)
        if i and raw[i - 1].kind == "letter" and not r.gap:
            return None
        return i + 1
    if r.text in (*_FONTS, "\\mathbf") and i + 1 < len(raw):
        # \\mathbb{E}, and PARSE65 the variance: \\mathbb V, \\operatorname{Var} (external45)
        if raw[i + 1].kind == "letter" and raw[i + 1].text in ("E", "V"):
            return i + 2
        inner = raw[i + 2 : i + 5]
        for word in ("E", "V", "Var"):
            end = i + 2 + len(word)
            if raw[i + 1].text == "{" and _text(inner[: len(word)]) == word:
                if end < len(raw) and raw[end].text == "}":
                    return end + 1
    return None


def _text(raw: list) -> str:
    return "".join(r.text for r in raw)


def _as(r: Any, text: str) -> Any:
    return r.__class__("cmd", text, r.col, r.gap)


def _subscript_head(raw: list, i: int) -> int | None:
    """The index of the ``_`` after an indicator head at ``raw[i]`` (``1``, ``I``,
    ``\\mathbb{1}``, ``\\mathbf{I}``...), or None."""
    if i and raw[i - 1].text in ("_", "^"):
        return None  # x_1_{...}, 2^1: a script
    r = raw[i]
    j = None
    if r.kind == "num" and r.text == "1":
        if i and raw[i - 1].kind == "num" and not r.gap:
            return None
        j = i + 1
    elif r.kind == "letter" and r.text == "I":
        if i and raw[i - 1].kind == "letter" and not r.gap:
            return None  # a letter glued to a word
        j = i + 1
    elif (
        r.text in (*_FONTS, "\\mathbf", "\\mathds", "\\bm")
        and i + 3 < len(raw)
        and raw[i + 1].text == "{"
        and raw[i + 2].text in ("1", "I")
        and raw[i + 3].text == "}"
    ):
        j = i + 4
    if j is None or j + 1 >= len(raw) or raw[j].text != "_" or raw[j + 1].text != "{":
        return None
    return j


def _level(inner: list) -> tuple[list[int], int]:
    """The positions in ``inner`` of the tokens at its own level (outside every bracket and
    brace it opens), and the depth at its end (0 when its brackets pair up)."""
    depth, found = 0, []
    for k, r in enumerate(inner):
        if r.text in ("(", "[", "{", "\\{"):
            depth += 1
        elif r.text in (")", "]", "}", "\\}"):
            depth -= 1
        elif depth == 0:
            found.append(k)
    return found, depth


def _single_event(inner: list) -> bool:
    """``inner`` holds exactly one order sign at its own level, and no ``=`` or ``,`` there."""
    top, depth = _level(inner)
    texts = [inner[k].text for k in top]
    if any(t in ("=", ",", "\\ne", "\\neq", "\\in", "\\notin") for t in texts):
        return False
    return sum(1 for t in texts if t in _ORDER) == 1 and depth == 0


def _single_equation(inner: list) -> bool:
    """``inner`` holds exactly one ``=`` at its own level, something on each side, and no
    order sign or ``,`` there (``y_i = 1``): the event of ``1_{y_i=1}`` (held-out batch 37),
    as in ``1\\{y_i = 1\\}``."""
    top, depth = _level(inner)
    if any(inner[k].text in _ORDER or inner[k].text in (",", "\\ne", "\\neq", "\\in") for k in top):
        return False
    signs = [k for k in top if inner[k].text == "="]
    return len(signs) == 1 and 0 < signs[0] < len(inner) - 1 and depth == 0


def _partners(raw: list) -> dict[int, int]:
    """The partner of each opening bracket (``{`` too) that closes with its own kind."""
    pairs = {**_OPEN, "{": "}"}
    partner: dict[int, int] = {}
    stack: list[int] = []
    for k, r in enumerate(raw):
        if r.text in pairs:
            stack.append(k)
        elif r.text in (")", "]", "}", "\\}"):
            if not stack:
                break
            j = stack.pop()
            if pairs.get(raw[j].text) == r.text:
                partner[j] = k
    return partner


def subscript_indicators(raw: list) -> list:
    """``1_{\\theta \\le X_{(1)}}``, ``I_{(X_1 \\le 1)}``, ``\\mathbb{1}_{\\{x > 0\\}}``: an
    indicator whose event is its subscript is written as the bracket form
    ``\\mathbb{1}(...)`` (read by :func:`order_events` and ._indicators as an unknown
    function of the event). Only a subscript holding exactly one order sign (inside one pair
    of ``(...)`` or ``\\{...\\}`` or bare) and no ``=``, or exactly one ``=`` and no order
    sign (``1_{y_i=1}``): any other subscript is left alone."""
    if not any(r.text in _ORDER or r.text == "=" for r in raw):
        return raw
    partner = _partners(raw)
    out: list = []
    i = 0
    while i < len(raw):
        j = _subscript_head(raw, i)
        if j is None or (j + 1) not in partner:
            out.append(raw[i])
            i += 1
            continue
        close = partner[j + 1]
        inner = raw[j + 2 : close]
        if inner and inner[0].text in ("(", "\\{") and partner.get(j + 2) == close - 1:
            inner = inner[1:-1]
        if not (_single_event(inner) or _single_equation(inner)):
            out.append(raw[i])
            i += 1
            continue
        r = raw[i]
        out += [
            r.__class__("cmd", "\\mathbb", r.col, r.gap),
            r.__class__("punct", "{", r.col),
            r.__class__("num", "1", r.col),
            r.__class__("punct", "}", r.col),
            r.__class__("punct", "(", raw[j].col),
            *inner,
            r.__class__("punct", ")", raw[close].col),
        ]
        i = close + 1
    return out


#: The order signs that go one way, and the other (a chain's signs all go one way).
_LESS_SIGNS = frozenset(["<", "\\lt", "\\le", "\\leq", "\\leqslant"])
_MORE_SIGNS = frozenset([">", "\\gt", "\\ge", "\\geq", "\\geqslant"])
#: What ends a chain's reading at its own level: another relation, a list, a condition.
_NOT_IN_A_CHAIN = frozenset(["=", ",", "\\ne", "\\neq", "\\in", "\\notin", "|", "\\mid"])
#: At most this many relations in one chain (a hostile chain is left to the lexer's reason).
_CHAIN_LINKS = 8


def _chain(inner: list) -> list[list] | None:
    """The relations of the chain ``inner`` (``0 \\le x \\le \\theta``) as ``[a, sign, b]``
    token lists, when it holds two or more order signs at its own level, all one way, with
    something between each two, and nothing of :data:`_NOT_IN_A_CHAIN`; None otherwise."""
    top, depth = _level(inner)
    if any(inner[k].text in _NOT_IN_A_CHAIN for k in top):
        return None
    cuts = [k for k in top if inner[k].text in _ORDER]
    if depth or not 2 <= len(cuts) <= _CHAIN_LINKS:
        return None
    signs = {inner[k].text for k in cuts}
    if not (signs <= _LESS_SIGNS or signs <= _MORE_SIGNS):
        return None
    ends = [-1, *cuts, len(inner)]
    sides = [inner[a + 1 : b] for a, b in zip(ends, ends[1:], strict=False)]
    if any(not side for side in sides):
        return None
    return [[*sides[k], inner[cut], *sides[k + 1]] for k, cut in enumerate(cuts)]


def _indicator_bracket(raw: list, i: int, partner: dict[int, int]) -> tuple[int, int] | None:
    """``(first, last)``: the bracket holding the event of an indicator whose head starts at
    ``raw[i]`` (``I(...)``, ``I[...]``, ``\\mathbb{1}(...)``, ``1\\{...\\}``, or a subscript
    ``1_{...}``, ``\\mathbb{1}_{\\{...\\}}``), with ``last`` the token that closes it; None
    when ``raw[i]`` is no indicator's head (a probability's ``P`` is none)."""
    if raw[i].text in ("P", "\\Pr") or (i + 2 < len(raw) and raw[i + 2].text == "P"):
        return None
    under = _subscript_head(raw, i)
    if under is not None and under + 1 in partner:
        first, last = under + 1, partner[under + 1]
        if partner.get(first + 1) == last - 1 and raw[first + 1].text in ("(", "\\{"):
            first, last = first + 1, last - 1
        return first, last
    j = _head_end(raw, i)
    if j is None or j not in partner or raw[j].text not in _OPEN:
        return None
    return j, partner[j]


def chained_indicators(raw: list) -> list:
    """``I(0 \\le x \\le \\theta)`` as ``\\mathbb{1}(0 \\le x) \\mathbb{1}(x \\le \\theta)``:
    the indicator of a chain of order relations is the product of the indicators of its
    relations (external46, external49). In brackets when a power, a script or a slash
    binds to it. Every other indicator is left alone (see :func:`_chain`)."""
    if sum(1 for r in raw if r.text in _ORDER) < 2:
        return raw
    partner = _partners(raw)
    out: list = []
    i = 0
    while i < len(raw):
        found = _indicator_bracket(raw, i, partner)
        links = _chain(raw[found[0] + 1 : found[1]]) if found else None
        if found is None or links is None:
            out.append(raw[i])
            i += 1
            continue
        r, close = raw[i], _subscript_close(raw, i, found, partner)
        bound = (out and out[-1].text == "/") or (
            close + 1 < len(raw) and raw[close + 1].text in ("^", "_")
        )
        made = [r.__class__("punct", "(", r.col)] if bound else []
        for link in links:
            made += [
                r.__class__("cmd", "\\mathbb", r.col, r.gap),
                r.__class__("punct", "{", r.col),
                r.__class__("num", "1", r.col),
                r.__class__("punct", "}", r.col),
                r.__class__("punct", "(", link[0].col),
                *link,
                r.__class__("punct", ")", link[-1].col),
            ]
        if bound:
            made.append(r.__class__("punct", ")", raw[close].col))
        out += made
        i = close + 1
    return out


def _subscript_close(raw: list, i: int, found: tuple[int, int], partner: dict[int, int]) -> int:
    """The last token of the indicator at ``raw[i]`` whose event bracket is ``found``: the
    subscript's closing brace when the event is a subscript, else the bracket's own."""
    under = _subscript_head(raw, i)
    if under is not None and under + 1 in partner:
        return partner[under + 1]
    return found[1]


#: The font commands an indicator's 1 (or I) is written in.
_INDICATOR_FONTS = frozenset(["\\mathbb", "\\Bbb", "\\mathbf", "\\mathds", "\\bm"])


def braced_indicator_fonts(raw: list) -> list:
    """``\\mathbf1``, ``\\mathbb I``: the font command's one-token argument in braces, as TeX
    reads it (``\\mathbf{1}``), so the indicator's heads above see it (external49)."""
    out: list = []
    k = 0
    while k < len(raw):
        r = raw[k]
        out.append(r)
        k += 1
        if r.text in _INDICATOR_FONTS and k < len(raw) and raw[k].text in ("1", "I"):
            arg = raw[k]
            out += [r.__class__("punct", "{", arg.col), arg, r.__class__("punct", "}", arg.col)]
            k += 1
    return out
