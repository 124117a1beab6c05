"""Passes over the converted token list: word subscripts, bracket matching, d/dx, f(x).

Each pass takes and returns a list of tokens; :func:`derivations.post._lexer.tokenize`
runs them in order.
"""

from __future__ import annotations

from lark import Token

from ._tokens import LatexError, Slip
from ._tokens import tok as _tok

FUNCTION_LETTERS = frozenset("fgh")


def word_subscripts(tokens: list[Token]) -> list[Token]:
    """``\\theta_{MLE}``: a subscript that is a word names a symbol, it is not a product."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.type == "SUB" and k + 1 < len(tokens) and tokens[k + 1].type == "LBRACE":
            j = k + 2
            while j < len(tokens) and tokens[j].type == "LETTER":
                j += 1
            if j < len(tokens) and tokens[j].type == "RBRACE" and j - (k + 2) >= 2:
                word = "".join(str(u) for u in tokens[k + 2 : j])
                out.append(t)
                out.append(_tok("LETTER", word, tokens[k + 2].start_pos))
                k = j + 1
                continue
        out.append(t)
        k += 1
    return out


def match_delimiters(tokens: list[Token]) -> tuple[list[Token], list[Slip]]:
    """Pair brackets by kind and size; drop stray closers and report them."""
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[Token] = []
    keep: list[Token] = []
    slips: list[Slip] = []
    for t in tokens:
        if t.type == "LPAR":
            stack.append(t)
        elif t.type == "RPAR":
            want = pairs[t.value]
            sz = getattr(t, "size", 0)

            def fits(o: Token, want: str = want, sz: int = sz) -> bool:
                return o.value == want and getattr(o, "size", 0) == sz

            if stack and fits(stack[-1]):
                stack.pop()
            elif any(fits(o) for o in stack):
                inner = stack[-1]
                raise LatexError(
                    f"bracket {_show(inner)} is not closed before {_show(t)}", inner.start_pos
                )
            elif stack and sz == 0 and stack[-1].value == want:
                # A plain ")" closing a sized "\big(" is fine in TeX.
                stack.pop()
            else:
                slips.append(
                    Slip(
                        t.start_pos,
                        f"stray closing {_show(t)} has no matching opening bracket; ignored",
                    )
                )
                continue
        keep.append(t)
    if stack:
        o = stack[-1]
        raise LatexError(f"bracket {_show(o)} is never closed", o.start_pos)
    return keep, slips


_SIZE_NAMES = {1: "\\big", 2: "\\Big", 3: "\\bigg", 4: "\\Bigg", 9: "\\left/\\right"}


def _show(t: Token) -> str:
    return _SIZE_NAMES.get(getattr(t, "size", 0), "") + str(t.value)


def mark_applications(tokens: list[Token]) -> list[Token]:
    """Retype a name followed by ``(`` as ``FNAME`` when it applies to arguments."""
    out = list(tokens)
    for k, t in enumerate(out[:-1]):
        if out[k + 1].type != "LPAR":
            continue
        is_fn = t.type == "NAME" or (t.type == "LETTER" and t.value in FUNCTION_LETTERS)
        if not is_fn and t.type == "LETTER":
            depth = 0
            for u in out[k + 1 :]:
                if u.type == "LPAR":
                    depth += 1
                elif u.type == "RPAR":
                    depth -= 1
                    if depth == 0:
                        break
                elif u.type == "BAR" and depth == 1:
                    is_fn = True
                    break
        if is_fn:
            out[k] = _tok("FNAME", t.value, t.start_pos)
    return out


def derivative_d(tokens: list[Token]) -> list[Token]:
    """Read ``\\frac{d}{dx}`` and ``\\frac{d f}{d x}`` with an upright or plain d."""
    out = list(tokens)
    for k in range(len(out) - 5):
        if (
            out[k].type == "FRAC"
            and out[k + 1].type == "LBRACE"
            and out[k + 2].type == "LETTER"
            and out[k + 2].value == "d"
        ):
            # Find the denominator: it must start with d as well.
            depth = 0
            for j in range(k + 1, len(out)):
                if out[j].type == "LBRACE":
                    depth += 1
                elif out[j].type == "RBRACE":
                    depth -= 1
                    if depth == 0:
                        break
            if (
                j + 2 < len(out)
                and out[j + 1].type == "LBRACE"
                and out[j + 2].type == "LETTER"
                and out[j + 2].value == "d"
            ):
                out[k + 2] = _tok("PARTIAL", "d", out[k + 2].start_pos)
                out[j + 2] = _tok("PARTIAL", "d", out[j + 2].start_pos)
    return out
