"""A sum over a set the post names by a condition (helper READ7).

``I_0 = \\{i: y^{(i)} = 0\\}`` (a row or a sentence of the post), then
``\\sum_{i \\in I_0} x^{(i)}``: the sum over the indices the condition selects, read as
``\\sum_{i: y^{(i)} = 0} x^{(i)}`` is (``._sum_where``: every index, times the indicator of the
condition). Only a set defined once, by ``NAME = \\{i : condition\\}`` (or ``\\mid``), with
NAME a letter with at most a one-token subscript, and only a sum whose index is the
definition's letter; a set defined twice, by a list or otherwise, and any other ``\\in``
below a sum stay unread with the lexer's reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: ``I_0 = \{i: y_i = 0\}``: the name (a letter, an optional one-token subscript), the
#: index letter, the condition (no braces of its own beyond one level).
_DEFINITION = re.compile(
    r"(?<![\\A-Za-z])(?P<name>[A-Za-z](?:_\{?[A-Za-z0-9]\}?)?)\s*=\s*\\\{\s*"
    r"(?P<letter>[a-z])\s*(?::|\\mid(?![A-Za-z])|\\colon(?![A-Za-z]))\s*"
    # one way only to read each piece (a command whole, another escape, a character, a
    # group), and at most 200 of them: no backtracking blow-up on text without \}
    r"(?P<cond>(?:\\[A-Za-z]+(?![A-Za-z])|\\[^A-Za-z{}]|[^{}\\]|\{[^{}]{0,200}\}){1,200}?)"
    r"\s*\\\}"
)


def _key(name: str) -> str:
    return name.replace("{", "").replace("}", "").replace(" ", "")


def set_definitions(texts: Iterable[str]) -> tuple[tuple[str, str, str], ...]:
    """(name without braces, index letter, condition) of each set the texts define once."""
    found: dict[str, list[tuple[str, str]]] = {}
    for text in texts:
        for m in _DEFINITION.finditer(text[:20000]):
            found.setdefault(_key(m.group("name")), []).append((m.group("letter"), m.group("cond")))
    return tuple(
        (name, defs[0][0], defs[0][1]) for name, defs in found.items() if len(set(defs)) == 1
    )


def named_sets(raw: list, sets: tuple[tuple[str, str, str], ...], tokens_of) -> list:
    """``raw`` with ``\\sum_{i \\in NAME}`` (NAME a set of ``sets`` over i) written as
    ``\\sum_{i: condition}``; ``tokens_of`` makes raw tokens of the condition."""
    if not sets or not any(r.text == "\\in" for r in raw):
        return raw
    by_name = {name: (letter, cond) for name, letter, cond in sets}
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if r.text in ("\\sum", "\\prod") and i + 5 < len(raw) and raw[i + 1].text == "_":
            found = _over_a_set(raw, i + 2, by_name)
            if found is not None:
                letter_at, end, cond = found
                col = raw[letter_at + 1].col
                make = r.__class__
                conds = [make(t.kind, t.text, col, t.gap) for t in tokens_of(cond)]
                out += [r, raw[i + 1], raw[i + 2], raw[letter_at], make("punct", ":", col)]
                out += [*conds, raw[end]]
                i = end + 1
                continue
        out.append(r)
        i += 1
    return out


def _over_a_set(raw: list, at: int, by_name: dict) -> tuple[int, int, str] | None:
    """(the index of the letter, of the closing brace, the condition) for the subscript
    ``{i \\in NAME}`` at ``raw[at]``, or None."""
    if raw[at].text != "{":
        return None
    depth, end = 0, None
    for j in range(at + 1, min(len(raw), at + 10)):  # i \in I_{0}: a few tokens
        if raw[j].text == "{":
            depth += 1
        elif raw[j].text == "}":
            if depth == 0:
                end = j
                break
            depth -= 1
    if end is None:
        return None
    inner = raw[at + 1 : end]
    if len(inner) < 3 or inner[0].kind != "letter" or inner[1].text != "\\in":
        return None
    name = _key("".join(t.text for t in inner[2:]))
    if name not in by_name or by_name[name][0] != inner[0].text:
        return None
    return at + 1, end, by_name[name][1]
