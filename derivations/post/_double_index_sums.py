r"""A sum or product over two indices under one sign: ``\sum_{ij}``, ``\sum_{i,j}`` (external40).

``\sum_{ij} w_{ij} \ln(p_i + p_j)`` (a Bradley-Terry loss) and ``\sum_{ij} C_{ij} \log T_{ij}``
(a Markov chain's transition counts) are the double sum ``\sum_i \sum_j``. The grammar read the
subscript ``ij`` as one index and the rows were unparsed ("a sum written without its limits,
and the post never says what ij runs over"); ``\sum_{i,j}`` failed at the comma.

The subscript is written as two signs, ``\sum_{i}\sum_{j}``, which the reader reads already:
over ranges the post never states when it states none (``._unstated_ranges``: a step is proved
only where it holds for every range, and never refuted through the unstated sizes), and left
unparsed as before where the summand does not use the letters as the indices of its elements.
Only two different small Latin letters, side by side, with a comma or a space between them or
nothing, and no limits after the brace: ``\sum_{i=1}^{n}``, ``\sum_{i<j}``, ``\sum_{ij}^{n}``
(limits over a pair) and ``\sum_{ii}`` are left as they were. Pure raw-token rewriting, linear
in the row's length.
"""

from __future__ import annotations

_SIGNS = frozenset({"\\sum", "\\prod"})


def _pair_at(raw: list, at: int) -> tuple[str, str, int] | None:
    """(first letter, second letter, index of the closing brace) for the subscript ``{ij}``,
    ``{i,j}`` or ``{i j}`` opening at ``raw[at]``; None for any other subscript."""
    if at + 3 >= len(raw) or raw[at].text != "{":
        return None
    inner = raw[at + 1 : at + 5]
    if len(inner) >= 3 and inner[1].text == "," and inner[2].kind == "letter":
        close = at + 4
        first, second = inner[0], inner[2]
    elif inner[0].kind == "letter" and inner[1].kind == "letter":
        close = at + 3
        first, second = inner[0], inner[1]
    else:
        return None
    if close >= len(raw) or raw[close].text != "}":
        return None
    a, b = first.text, second.text
    if not (first.kind == second.kind == "letter" and a.islower() and b.islower() and a != b):
        return None
    if len(a) != 1 or len(b) != 1:
        return None
    if close + 1 < len(raw) and raw[close + 1].text == "^":
        return None  # limits over a pair: which ranges they give is not said
    return a, b, close


def double_index_sums(raw: list) -> list:
    """``raw`` with each ``\\sum_{ij}`` (``\\prod_{i,j}``) written ``\\sum_{i}\\sum_{j}``."""
    if not any(r.text in _SIGNS for r in raw):
        return raw
    out: list = []
    k = 0
    while k < len(raw):
        r = raw[k]
        pair = None
        if r.text in _SIGNS and k + 2 < len(raw) and raw[k + 1].text == "_":
            pair = _pair_at(raw, k + 2)
        if pair is None:
            out.append(r)
            k += 1
            continue
        a, b, close = pair
        make, under, open_, shut = r.__class__, raw[k + 1], raw[k + 2], raw[close]
        first = raw[k + 3]
        second = raw[close - 1]
        out += [r, under, open_, make(first.kind, a, first.col, first.gap), shut]
        out += [make(r.kind, r.text, second.col, False), under, open_]
        out += [make(second.kind, b, second.col, False), shut]
        k = close + 1
    return out
