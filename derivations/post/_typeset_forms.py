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

from collections import Counter
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
    counts: Counter | None = None
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
        if counts is None:
            counts = Counter(r.text for r in raw)  # (once: a row of many slips stays linear)
        if counts[inner[0].text] < 2:
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


#: Font switches in braces read as the font command of their one letter: ``{\\bf v}``
#: (any letter) and the upright d of a differential, ``{\\rm d}x`` (external48).
_UPRIGHT_SWITCHES = ("\\rm", "\\mathrm")


def bold_groups(raw: list) -> list:
    """``{\\bf v}`` (one letter or Greek letter) as ``\\mathbf{v}``; ``{\\rm d}`` and
    ``{\\mathrm d}`` as ``\\mathrm{d}``, the upright d of a differential or a derivative
    (``\\int f\\,{\\rm d}x``, ``\\frac{{\\rm d}}{{\\rm d}\\theta}``). Another upright
    letter in braces is left as it is."""
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if r.text == "{" and i + 3 < len(raw) and raw[i + 3].text == "}":
            font, letter = raw[i + 1].text, raw[i + 2]
            if font == "\\bf" and _is_variable(letter):
                out += [r.__class__("cmd", "\\mathbf", r.col, r.gap), r, letter, raw[i + 3]]
                i += 4
                continue
            if font in _UPRIGHT_SWITCHES and letter.text == "d":
                out += [r.__class__("cmd", "\\mathrm", r.col, r.gap), r, letter, raw[i + 3]]
                i += 4
                continue
        end = _upright_word_end(raw, i)
        if end is not None:
            # parse63: {\rm E}[X], {\rm Var}(X), {\mathrm E}: \mathrm{E}, \mathrm{Var} (a
            # group of the letters, read before as a product: E X, V a r X)
            out += [r.__class__("cmd", "\\mathrm", r.col, r.gap), r, *raw[i + 2 : end + 1]]
            i = end + 1
            continue
        out.append(r)
        i += 1
    return out


def _upright_word_end(raw: list, i: int) -> int | None:
    """The index of the ``}`` closing ``{\\rm WORD}`` (letters) or ``{\\mathrm L}`` (one
    letter, all ``\\mathrm`` takes) at ``raw[i]``, or None (another group)."""
    if raw[i].text != "{" or i + 1 >= len(raw) or raw[i + 1].text not in _UPRIGHT_SWITCHES:
        return None
    most = 1 if raw[i + 1].text == "\\mathrm" else _MAX_WORD
    j = i + 2
    while j < len(raw) and j - i - 2 < most and raw[j].kind == "letter":
        j += 1
    if j == i + 2 or j >= len(raw) or raw[j].text != "}":
        return None
    return j


#: The longest word a ``{\\rm ...}`` group is read as (``Var``, ``Cov``, ``Uniform``).
_MAX_WORD = 12


#: Big operators whose sign TeX sets alone in braces with its limits (``{\\sum_{i=1}^n}``).
_BIG_OPERATORS = ("\\sum", "\\prod")


def _limit_end(raw: list, i: int) -> int | None:
    """The index after the limit (``_{...}``, ``^n``) starting at ``raw[i]`` (``_`` or
    ``^``), or None."""
    if i + 1 >= len(raw):
        return None
    if raw[i + 1].text == "{":
        end = _group_end(raw, i + 1)
        return None if end is None else end + 1
    return i + 2 if raw[i + 1].text not in ("}", "_", "^") else None


def operator_groups(raw: list) -> list:
    """``{\\sum_{i=1}^n}(Y_i - a)^2`` as ``\\sum_{i=1}^n (Y_i - a)^2``: a sum or product
    sign with its limits (and ``\\limits``) alone in braces is the sign, summing what
    follows, as TeX sets it (held-out batch 35: the group was read as an operator with
    nothing to sum). A group holding a summand too is left as it is."""
    if not any(r.text in _BIG_OPERATORS for r in raw):
        return raw
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if r.text == "{" and i + 1 < len(raw) and raw[i + 1].text in _BIG_OPERATORS:
            j = i + 2
            if j < len(raw) and raw[j].text in ("\\limits", "\\nolimits"):
                j += 1
            while j is not None and j < len(raw) and raw[j].text in ("_", "^"):
                j = _limit_end(raw, j)
            if j is not None and j > i + 2 and j < len(raw) and raw[j].text == "}":
                out += raw[i + 1 : j]
                i = j + 1
                continue
        out.append(r)
        i += 1
    return out


#: Arrows that label a pair below a name (``\theta_{a \rightarrow b}``).
_ARROWS = ("\\rightarrow", "\\to", "\\longrightarrow")


def arrow_names(raw: list) -> list:
    """``x_{a \\rightarrow b}`` (one letter each side) as the name ``x_{\\text{atob}}``: the
    parameter of the pair a -> b, a name of its own as ``x_{ab}`` is (so a sum over a or
    b of it is not read). A path (``a \\to b \\to c``) or anything else beside the arrow
    stays unread."""
    if not any(r.text in _ARROWS for r in raw):
        return raw
    out: list = []
    i = 0
    while i < len(raw):
        seg = raw[i : i + 6]
        if (
            len(seg) == 6
            and i
            and (
                _is_variable(raw[i - 1])  # a name's subscript: never \\lim_{x \\to a}
                or (  # PARSE15: \\theta^*_{a \\to b}, a starred name's
                    i >= 3
                    and raw[i - 1].text == "*"
                    and raw[i - 2].text == "^"
                    and _is_variable(raw[i - 3])
                )
            )
            and seg[0].text == "_"
            and seg[1].text == "{"
            and seg[2].kind == "letter"
            and seg[3].text in _ARROWS
            and seg[4].kind == "letter"
            and seg[5].text == "}"
        ):
            make, col = seg[0].__class__, seg[3].col
            label = [make("letter", seg[2].text, seg[2].col)]
            label += [make("letter", "t", col), make("letter", "o", col)]
            label += [make("letter", seg[4].text, seg[4].col)]
            out += [seg[0], seg[1], make("cmd", "\\text", col), make("punct", "{", col)]
            out += [*label, make("punct", "}", col), seg[5]]
            i += 6
            continue
        out.append(raw[i])
        i += 1
    return out


#: The signs a labelled subscript writes between its two sides (``t|t-1``, ``1:t``).
_LABEL_SIGNS = ("|", "\\mid", ":")


def _label_side(seg: list) -> bool:
    """Is ``seg`` one side of a label: a letter or a number, perhaps plus or minus a letter or
    a number (``t``, ``1``, ``t-1``, ``t+1``)?"""
    atoms = [r.kind in ("letter", "num") for r in seg[::2]]
    signs = [r.text in ("+", "-") for r in seg[1::2]]
    return len(seg) in (1, 3) and all(atoms) and all(signs)


def labelled_subscripts(raw: list) -> list:
    """PARSE65: ``\\mu_{t|t-1}``, ``\\Sigma_{t|t-1}``, ``y_{1:t}``, ``O_{t+1:T}``, ``F_{Y|X}``
    (held-out external54 Kalman filter, external51 Baum-Welch): a subscript of two sides
    around one bar, ``\\mid`` or colon labels the name (the mean at t given the data to t-1;
    the data y_1 to y_t), one name wherever the post writes it - never a bar or a colon
    inside an expression. Read as the label box ``\\text{t|t-1}`` (one token, see
    ``_lexer._word``). Only on a letter or a Greek letter, not the expectation's E (its
    subscript is a measure), and only sides ``_label_side`` accepts: a set-builder subscript
    (``i:C_i=1``), a comma or a third side is read as before."""
    if not any(r.text in _LABEL_SIGNS for r in raw):
        return raw
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if r.text == "_" and i and _is_variable(raw[i - 1]) and raw[i - 1].text != "E":
            if i + 1 < len(raw) and raw[i + 1].text == "{":
                end = next(
                    (j for j in range(i + 2, min(len(raw), i + 10)) if raw[j].text == "}"), 0
                )
                inner = raw[i + 2 : end]
                at = [k for k, t in enumerate(inner) if t.text in _LABEL_SIGNS]
                if (
                    end
                    and len(at) == 1
                    and _label_side(inner[: at[0]])
                    and _label_side(inner[at[0] + 1 :])
                ):
                    text = "".join("|" if t.text == "\\mid" else t.text for t in inner)
                    make, col = r.__class__, raw[i + 2].col
                    out += [r, raw[i + 1], make("cmd", "\\text", col), make("punct", "{", col)]
                    out += [make("label", text, col), make("punct", "}", col), raw[end]]
                    i = end + 1
                    continue
        out.append(r)
        i += 1
    return out


#: What may open an expectation's bracket after its head (``E_\\theta[``, ``\\{``, ``\\left(``).
_EXPECTATION_BRACKETS = ("(", "[", "\\{", "\\left", "\\big", "\\Big", "\\bigg", "\\Bigg")


def _expectation_head(raw: list, k: int) -> int:
    """The index after ``{\\rm E}`` or ``\\mathrm{E}`` (``\\mathbb``, ``\\operatorname``) at
    ``raw[k]``, or 0."""
    seg = [r.text for r in raw[k : k + 4]]
    if seg == ["{", "\\rm", "E", "}"]:
        return k + 4
    fonts = ("\\mathrm", "\\mathbb", "\\operatorname", "\\textrm", "\\text")
    return k + 4 if seg[1:] == ["{", "E", "}"] and seg[0] in fonts else 0


def braced_expectations(raw: list) -> list:
    """PARSE65: ``{{\\rm E}_\\theta}\\{ l''(\\theta) \\}`` (held-out external48 yuqianliu): braces
    around an expectation's head and its subscript, with its bracket after them, group
    nothing - read as ``{\\rm E}_\\theta \\{...\\}`` (the bracket the expectation takes).
    Only when the braces hold the head, ``_`` and a one-token or braced subscript, and
    are no command's argument or script (``\\frac{...}{...}``, ``x^{...}``)."""
    if not any(r.text == "E" for r in raw):
        return raw
    drop: set[int] = set()
    for i in range(len(raw) - 6):
        if raw[i].text != "{" or (
            i and (raw[i - 1].text in ("}", "^", "_") or _command(raw[i - 1]))
        ):
            continue
        j = _expectation_head(raw, i + 1)
        if not j or j + 1 >= len(raw) or raw[j].text != "_":
            continue
        end = j + 2
        if raw[j + 1].text == "{":
            end = next((m + 1 for m in range(j + 2, min(len(raw), j + 8)) if raw[m].text == "}"), 0)
            if not end or any(r.text == "{" for r in raw[j + 2 : end]):
                continue
        if (
            end + 1 < len(raw)
            and raw[end].text == "}"
            and raw[end + 1].text in _EXPECTATION_BRACKETS
        ):
            drop |= {i, end}
    return [r for k, r in enumerate(raw) if k not in drop] if drop else raw


def _command(r: Any) -> bool:
    """A command that takes the group after it as its argument (``\\frac``, ``\\sqrt``...)."""
    return r.kind == "cmd" and r.text[1:] not in T.GREEK and r.text not in ("\\cdot", "\\times")


def _prime_below(raw: list, k: int) -> tuple[list, int] | None:
    """At ``raw[k]``, after a closing bracket: ``^{'}_v``, ``^'_v`` or ``'_v`` with one
    variable v below (a letter or a Greek letter, perhaps braced): (v's tokens, the index
    after them), or None."""
    texts = [r.text for r in raw[k : k + 5]]
    for prime in (["^", "{", "'", "}"], ["^", "'"], ["'"]):
        if texts[: len(prime)] == prime:
            j = k + len(prime)
            break
    else:
        return None
    if j + 1 >= len(raw) or raw[j].text != "_":
        return None
    if _is_variable(raw[j + 1]):
        return [raw[j + 1]], j + 2
    braced = j + 3 < len(raw) and raw[j + 1].text == "{" and raw[j + 3].text == "}"
    return ([raw[j + 2]], j + 4) if braced and _is_variable(raw[j + 2]) else None


def primed_brackets(raw: list) -> list:
    """PARSE65: ``[\\sum_i \\ln(1 + (\\theta - x_i)^2)]^{'}_\\theta`` (held-out external48
    huiqiongliao): a bracket primed with the variable written below the prime is the
    derivative of what it holds by that variable, ``\\frac{d}{d\\theta}[...]``. A prime with
    no variable below (``(...)'``: a derivative, or a transpose?) is read as before."""
    if not any(r.text == "'" for r in raw):
        return raw
    out, limit = list(raw), len(raw)  # edits right to left, none inside another
    for k in range(len(raw) - 1, 0, -1):
        if raw[k - 1].text not in (")", "]"):
            continue
        below = _prime_below(raw, k)
        if below is None:
            continue
        var, end = below
        depth, opener = 0, None
        for m in range(k - 1, -1, -1):
            depth += {")": 1, "]": 1, "(": -1, "[": -1}.get(raw[m].text, 0)
            if depth == 0:
                opener = m
                break
        if opener is None or end > limit:
            continue
        if opener and raw[opener - 1].text[1:] in T.SIZES:
            opener -= 1  # \\left( ... \\right)'_x, \\Big[ ... \\Big]'_x
        make, col = raw[k].__class__, raw[k].col
        head = [make("cmd", "\\frac", col), make("punct", "{", col), make("letter", "d", col)]
        head += [make("punct", "}", col), make("punct", "{", col), make("letter", "d", col)]
        head += [*var, make("punct", "}", col)]
        out[opener:end] = head + out[opener:k]
        limit = opener
    return out


#: Fonts a bar typed at the start of their group is taken out of (``\\mathbf{|x}``).
_BAR_FONTS = frozenset(["\\mathbf", "\\boldsymbol", "\\bm", "\\mathrm", "\\mathit"])


def fonted_bars(raw: list) -> list:
    """PARSE65: ``\\mathrm{E}(y^\\star \\mathbf{|x}, y^\\star > 0)`` (held-out external39
    munk-nielsen): a bar typed as the first thing in a font's group is the conditional bar
    before the name the font sets, ``| \\mathbf{x}`` - a font does not set a bar. Only a
    group with one bar, and a name after it (``\\mathbf{|x|}`` is left alone)."""
    if not any(r.text == "|" for r in raw):
        return raw
    out: list = []
    i = 0
    while i < len(raw):
        r = raw[i]
        if r.text in _BAR_FONTS and i + 3 < len(raw) and raw[i + 1].text == "{":
            if raw[i + 2].text == "|" and raw[i + 3].text not in ("|", "}"):
                end = next((j for j in range(i + 3, len(raw)) if raw[j].text in ("{", "}")), 0)
                bars = sum(1 for t in raw[i + 3 : end] if t.text == "|")
                if end and raw[end].text == "}" and not bars:
                    out += [raw[i + 2], r, raw[i + 1]]
                    i += 3
                    continue
        out.append(r)
        i += 1
    return out


def dot_arguments(raw: list) -> list:
    """``f(a, \\cdot)``: a dot standing for an argument (summed over, or any) is a
    placeholder of its own, ``\\mathrm{dot}``, never a product sign. Only a dot alone
    between a bracket or a comma and a comma or a bracket."""
    out = list(raw)
    for k in range(1, len(raw) - 1):
        if (
            raw[k].text == "\\cdot"
            and raw[k - 1].text in ("(", ",")
            and raw[k + 1].text in (",", ")")
        ):
            make, col = raw[k].__class__, raw[k].col
            out[k] = [
                make("cmd", "\\mathrm", col, raw[k].gap),
                make("punct", "{", col),
                *(make("letter", c, col) for c in "dot"),
                make("punct", "}", col),
            ]
    return [t for r in out for t in (r if isinstance(r, list) else [r])]


def decimal_commas(raw: list) -> list:
    """``\\frac{5}{13,5}``: a part of a fraction that is two numbers joined by a comma with no
    space, the second not of three digits (``13,500`` may group thousands), is one number
    written with a decimal comma. A part of a fraction holds no list, so there is no other
    reading; every other comma is left to the lexer."""
    if not any(r.text == "," for r in raw):
        return raw
    out = list(raw)
    for at in range(len(raw) - 4):
        part = raw[at : at + 5]
        if (
            len(part) == 5
            and part[0].text == "{"
            and part[1].kind == "num"
            and part[2].text == ","
            and part[3].kind == "num"
            and part[4].text == "}"
            and not part[2].gap
            and not part[3].gap
            and "." not in part[1].text + part[3].text
            and len(part[3].text) != 3
            and _a_fraction_part(raw, at)
        ):
            num = part[1].__class__("num", f"{part[1].text}.{part[3].text}", part[1].col)
            out[at + 1 : at + 4] = [num, None, None]
    return [r for r in out if r is not None]


def thin_space_groups(raw: list) -> list:
    """``1\\,000`` and ``3.141\\,59``: digits grouped by thin spaces (the SI style) are one
    number. Read as a product, ``1\\,000 + 1 = 1001`` was refuted (1 times 000). A group
    after the first is of three digits in the whole part (``12\\,345``) and of one to three
    after the point (``3.141\\,59``); a first group of more than three digits before a
    point, or a space around the thin space, is left to the lexer (a product)."""
    if not any(r.text == "\\," for r in raw):
        return raw
    out: list = []
    k = 0
    while k < len(raw):
        r = raw[k]
        if r.kind == "num" and not (out and out[-1].kind == "num"):
            text, j = r.text, k + 1
            whole, point, frac = r.text.partition(".")
            # (the first group: at most three digits before the point, a multiple of three
            # after it; the groups after it three digits, the last after a point 1 to 3)
            ok = len(frac) % 3 == 0 if point else len(whole) <= 3
            while (
                ok
                and j + 1 < len(raw)
                and raw[j].text == "\\,"
                and not raw[j].gap
                and raw[j + 1].kind == "num"
                and not raw[j + 1].gap
                and "." not in raw[j + 1].text
                and (len(raw[j + 1].text) == 3 or (point and len(raw[j + 1].text) < 3))
            ):
                text, j = text + raw[j + 1].text, j + 2
                ok = len(raw[j - 1].text) == 3
            if j > k + 1:
                out.append(r.__class__("num", text, r.col, r.gap))
                k = j
                continue
        out.append(r)
        k += 1
    return out


def _a_fraction_part(raw: list, at: int) -> bool:
    """Is the group at ``raw[at]`` the first or the second argument of a ``\\frac``?"""
    if at and raw[at - 1].text in ("\\frac", "\\dfrac", "\\tfrac"):
        return True
    if at == 0 or raw[at - 1].text != "}":
        return False
    depth = 0  # the group before: its opening brace, then \frac before it
    for j in range(at - 1, -1, -1):
        depth += {"}": 1, "{": -1}.get(raw[j].text, 0)
        if depth == 0:
            return j > 0 and raw[j - 1].text in ("\\frac", "\\dfrac", "\\tfrac")
    return False


#: What a period read as a product dot may be followed by, even after a space when a bracket
#: or brace closes before it: a bracket or a big operator's command.
_AFTER_PERIOD = frozenset(
    ["(", "\\left", "\\frac", "\\dfrac", "\\tfrac", "\\prod", "\\sum", "\\int"]
)
#: ... and what it may be followed by with no space between: also these factors' commands.
_AFTER_GLUED_PERIOD = _AFTER_PERIOD | frozenset(
    ["[", "\\sqrt", "\\log", "\\ln", "\\exp", "\\sin", "\\cos"]
)
#: Size commands that open a bracket after a glued period (``x.\\Big(``, ``x.\\bigl[``).
_SIZES_BEFORE_A_BRACKET = frozenset(
    ["\\left", "\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\Bigl", "\\biggl", "\\Biggl"]
)


def _in_word_boxes(raw: list) -> set[int]:
    """The positions inside the braces of a word box (``\\text{s.t.}``, ``\\mathrm{e.g.}``)."""
    inside: set[int] = set()
    k = 0
    while k < len(raw) - 1:
        if raw[k].kind == "cmd" and raw[k].text[1:] in T.WORDS and raw[k + 1].text == "{":
            depth, m = 0, k + 1
            while m < len(raw):
                depth += {"{": 1, "}": -1}.get(raw[m].text, 0)
                if depth == 0:
                    break
                m += 1
            inside.update(range(k + 2, m))
            k = m
        k += 1
    return inside


def period_products(raw: list, slips: list[Slip]) -> list:
    """The one reading of a period typed for the product dot (PARSE64, PARSE65): read as
    ``\\cdot``, with a slip.

    The period is glued to the end of a factor (a closing bracket or brace, a letter, a Greek
    letter, ``\\ell`` or a one-digit power: ``(a + b)^2.c``) and followed, with no space, by
    a letter, a bracket or a command that opens a factor (``\\lambda.n``, ``n.\\int``,
    ``\\frac{1}{\\pi^n}.\\prod_i``, ``x.\\log y``, ``\\frac{1}{2\\pi}.\\Big(``: external9,
    external48 suryaeada). After a closing bracket or brace a space may follow it
    (``\\frac{n}{\\pi}. \\frac{\\pi}{2}``), but not before a letter. Not before a digit
    (``.2``: a decimal point?), a sign (``\\sigma^2.-2xy``: times -2xy, or minus 2xy?) or a
    closing bracket, nor after a space, another period (``s.t.``), a number that is not a
    power (``2.(w_0 + ...)``, held-out mirjalil: read, its correct row was refuted through
    dJ(w)/dw_0 taken as 0) or an ellipsis (``1,\\dots.6``)."""
    out = list(raw)
    boxed = _in_word_boxes(raw)
    for k in range(1, len(raw) - 1):
        r, before, after = raw[k], raw[k - 1], raw[k + 1]
        if r.text != "." or r.kind != "punct" or r.gap or k in boxed:
            continue  # \\text{s.t.}: a box's words (its periods dropped), never math
        if k >= 2 and raw[k - 2].text == ".":
            continue  # e.g.: an abbreviation with periods
        bracket = before.text in ("}", ")", "]")
        power = before.kind == "num" and len(before.text) == 1 and k >= 2 and raw[k - 2].text == "^"
        end_of_factor = (
            bracket
            or power
            or before.kind == "letter"
            or (before.kind == "cmd" and (before.text[1:] in T.GREEK or before.text == "\\ell"))
        )
        nxt = raw[k + 2].text if k + 2 < len(raw) else ""
        spaced = after.text in _AFTER_PERIOD or (after.text[1:] in T.SIZES and nxt == "(")
        glued = (
            after.text in _AFTER_GLUED_PERIOD
            or (after.text in _SIZES_BEFORE_A_BRACKET and nxt in ("(", "["))
            or after.kind == "letter"
            or (after.kind == "cmd" and after.text[1:] in T.GREEK)
        )
        if not end_of_factor or not (bracket and spaced if after.gap else glued or spaced):
            continue  # ``a. \\int ...``: a letter, a full stop and a space may end a sentence
        out[k] = r.__class__("cmd", "\\cdot", r.col, r.gap)
        slips.append(Slip(r.col, "a period between two factors is read as a product dot (\\cdot)"))
    return out
