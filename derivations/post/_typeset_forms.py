"""Two ways of typing notation the reader reads elsewhere, rewritten on the raw tokens.

- ``\\frac{\\partial^2}{\\partial^2 \\lambda}``: the order written on the partial sign below the
  line as well as above it, a common slip for ``\\partial \\lambda^2`` (the only meaning a
  denominator ``\\partial^n v`` can have under ``\\partial^n``). Read as that, with a slip in
  the report; only when the orders above and below are the same and one variable (a letter
  or a Greek letter, braced or not) follows: ``\\partial^3 / \\partial^2\\lambda``, two
  variables or none stay unread ("unexpected '^'"), and so does a variable the row names
  nowhere else (``-nE[\\frac{\\partial^2}{\\partial^2\\theta} \\ln f(y|\\lambda)]``, where the
  variable may be a slip too: read as written it refuted a correct row).
- ``{\\bf v}``: plain TeX's bold switch in a group, typography as ``\\mathbf{v}`` is. Only a
  group that holds the switch and one letter (or Greek letter); ``{\\bf vw}`` (one name or
  two?) and a switch inside a longer group stay unread.
"""

from __future__ import annotations

from typing import Any

from . import _notation as T
from ._tokens import LatexError, Slip


def _is_variable(r: Any) -> bool:
    return r.kind == "letter" or (r.kind == "cmd" and r.text[1:] in T.GREEK)


def _order_at(raw: list, i: int) -> tuple[str, int] | None:
    """(the order, the index after it) of the ``^n`` / ``^{n}`` at ``raw[i]``, or None."""
    if i + 1 >= len(raw) or raw[i].text != "^":
        return None
    if raw[i + 1].kind == "num":
        return raw[i + 1].text, i + 2
    if (
        i + 3 < len(raw)
        and raw[i + 1].text == "{"
        and raw[i + 2].kind == "num"
        and raw[i + 3].text == "}"
    ):
        return raw[i + 2].text, i + 4
    return None


def _group_end(raw: list, i: int) -> int | None:
    """The index of the ``}`` closing the ``{`` at ``raw[i]``, or None."""
    if i >= len(raw) or raw[i].text != "{":
        return None
    depth = 0
    for j in range(i, len(raw)):
        depth += {"{": 1, "}": -1}.get(raw[j].text, 0)
        if depth == 0:
            return j
    return None


def _is_sign(r: Any, sign: str) -> bool:
    return r.text == sign and (sign == "\\partial" or r.kind == "letter")


def slipped_orders(raw: list, slips: list[Slip]) -> list:
    """``\\frac{D^n ...}{D^n v}`` (D is ``\\partial`` or ``d``) as ``\\frac{D^n ...}{D v^n}``."""
    out = list(raw)
    for k in range(len(raw)):
        if raw[k].text != "\\frac":
            continue
        top_end = _group_end(raw, k + 1)
        if top_end is None or top_end < k + 3:
            continue
        sign = raw[k + 2].text
        if sign not in ("\\partial", "d") or not _is_sign(raw[k + 2], sign):
            continue
        above = _order_at(raw, k + 3)
        below_end = _group_end(raw, top_end + 1)
        if above is None or below_end is None:
            continue
        d = top_end + 2  # the sign below the line
        if not _is_sign(raw[d], sign):
            continue
        below = _order_at(raw, d + 1)
        if below is None or below[0] != above[0]:
            continue
        var = below[1]
        inner = raw[var:below_end]
        if len(inner) == 3 and inner[0].text == "{" and inner[2].text == "}":
            inner = inner[1:2]
        if len(inner) != 1 or not _is_variable(inner[0]):
            continue
        col = raw[d].col
        if not any(r.text == inner[0].text for r in raw[:d] + raw[below_end:]):
            # I = -E[\partial^2/\partial^2\theta \ln f(y|\lambda)]: a slip in the order and
            # a variable the row names nowhere else - is the variable a slip too?
            raise LatexError(
                f"{raw[d].text}^{above[0]} {inner[0].text} below the line, and the row names "
                f"{inner[0].text} nowhere else: the derivative's variable is not read",
                col,
            )
        new = [raw[d], inner[0], raw[d + 1].__class__("punct", "^", col)]
        new.append(raw[d + 1].__class__("num", above[0], col))
        out[d:below_end] = new + [None] * (below_end - d - len(new))
        slips.append(
            Slip(
                col,
                f"{raw[d].text}^{above[0]} {inner[0].text} below the line is read as "
                f"{raw[d].text} {inner[0].text}^{above[0]} (the order of the derivative)",
            )
        )
    return [r for r in out if r is not None]


def bold_groups(raw: list) -> list:
    """``{\\bf v}`` (one letter or Greek letter) as ``\\mathbf{v}``."""
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if (
            r.text == "{"
            and i + 3 < len(raw)
            and raw[i + 1].text == "\\bf"
            and _is_variable(raw[i + 2])
            and raw[i + 3].text == "}"
        ):
            out += [r.__class__("cmd", "\\mathbf", r.col, r.gap), r, raw[i + 2], raw[i + 3]]
            i += 4
            continue
        out.append(r)
        i += 1
    return out
