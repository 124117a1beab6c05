"""The indicator of an event: ``I(y_i = 0)``, ``\\mathbb{I}(y = c_k)``, ``\\mathbf{1}(y = 1)``,
``1\\{y^{(i)} = 0\\}``.

Brackets around an equation are not an expression, so a row holding one after ``I``, a
blackboard or bold ``I`` (the lexer reads both as the letter) or a ``1`` (``\\mathbb{1}``,
``\\mathbf{1}`` or plain) was unparsed ("unexpected '='"). Such a bracket is the event of an
indicator; the reader makes it one function, named :data:`INDICATOR` whatever the spelling,
applied to the event (``Eq(y_i, 0)``) and compared as an unknown function of it: an identity
proved with it holds for the indicator (it holds for every function), and a row that needs
what an indicator is (``\\sum_i 1\\{y_i = 0\\} + \\sum_i 1\\{y_i = 1\\} = n`` for binary data)
is never refuted, only left unchecked. The name is not the letter ``I``, so a post's own
``I(\\theta)`` (a Fisher information) never lends it a value.

Only an equation at the top level of the bracket makes the event (as for ``P(X = x)``); the
letter or the one that is a subscript or a superscript (``x_I``, ``2^1``) is left alone.
"""

from __future__ import annotations

from lark import Token

from ._tokens import bracket_holds, tok

#: The one name of the indicator function, whatever the post's spelling.
INDICATOR = "\\mathbb{1}"


def indicators(tokens: list[Token]) -> list[Token]:
    """``I(...=...)``, ``1\\{...=...\\}``: the indicator function applied to an event."""
    out = list(tokens)
    for k, t in enumerate(out):
        if not ((t.type == "LETTER" and str(t) == "I") or (t.type == "NUM" and str(t) == "1")):
            continue
        if k and out[k - 1].type in ("SUB", "CARET"):
            continue  # x_I(...), 2^1(...): a script, not an indicator
        j = k + 1
        if j >= len(out) or out[j].type != "LPAR" or str(out[j]) not in ("(", "{"):
            continue
        if not (bracket_holds(out, j, "EQ") or bracket_holds(out, j, "LESS")):
            continue  # (PARSE15: an order event, I(|x| \le \theta), too)
        new = tok("FNAME", INDICATOR, t.start_pos or 0)
        new.primes = 0  # type: ignore[attr-defined]
        new.kind = "NAME"  # type: ignore[attr-defined]
        out[k] = new
    return out


def set_indicators(tokens: list[Token]) -> list[Token]:
    """PARSE15: ``1_{[0,1]}(x)``, ``\\mathbb{1}_{(0,1)}(\\vartheta)``: the indicator of a set
    applied to a point. Which set the subscript writes is not read (an interval, a set
    of values, a name): the whole is a function of its own named after the written set
    (``1_{[0,1]}``), which the reader gives no value (._tosympy.opaque), so a step
    through it is never proved nor refuted. A one that is a script (``2^1``) or not
    followed by a bracket (``1_n``, a vector of ones) is left alone."""
    out = list(tokens)
    k = 0
    while k < len(out) - 3:
        t = out[k]
        if not (
            t.type == "NUM"
            and str(t) == "1"
            and out[k + 1].type == "SUB"
            and out[k + 2].type == "LBRACE"
            and not (k and out[k - 1].type in ("SUB", "CARET"))
        ):
            k += 1
            continue
        depth, j = 0, k + 2
        while j < len(out):
            depth += {"LBRACE": 1, "RBRACE": -1}.get(out[j].type, 0)
            if depth == 0:
                break
            j += 1
        if j + 1 >= len(out) or out[j + 1].type != "LPAR" or str(out[j + 1]) != "(":
            k += 1
            continue
        name = "1_{" + " ".join(str(u) for u in out[k + 3 : j]) + "}"
        out[k : j + 1] = [tok("FUNC", name, t.start_pos or 0, payload=name)]
        k += 1
    return out


def subscripted_partials(tokens: list[Token]) -> list[Token]:
    """PARSE15: ``\\partial_j(mJ)``, ``\\partial_{jk}(mJ)``, ``\\partial_k \\partial_j(mJ)``: a
    partial sign with a subscript before a bracket (or another such sign). The subscript
    may be the variable (``\\partial_\\theta``) or the index of one (``\\partial_j`` for
    the j-th parameter): which is not guessed. The sign is read as a function of its own
    (``\\partial_{j}``) applied to what follows, which the reader gives no value
    (._tosympy.opaque): a step through it is never proved nor refuted."""
    out = list(tokens)
    k = 0
    while k < len(out) - 3:
        t = out[k]
        if not (t.type == "PARTIAL" and str(t) == "partial" and out[k + 1].type == "SUB"):
            k += 1
            continue
        j = k + 2
        if out[j].type == "LBRACE":
            depth = 0
            while j < len(out):
                depth += {"LBRACE": 1, "RBRACE": -1}.get(out[j].type, 0)
                if depth == 0:
                    break
                j += 1
            script = out[k + 3 : j]
        elif out[j].type in ("LETTER", "GREEK", "NUM"):
            script = [out[j]]
        else:
            k += 1
            continue
        after = out[j + 1] if j + 1 < len(out) else None
        if not script or after is None:
            k += 1
            continue
        if not ((after.type == "LPAR" and str(after) == "(") or after.type in ("PARTIAL", "FUNC")):
            k += 1
            continue
        name = "\\partial_{" + " ".join(str(u) for u in script) + "}"
        out[k : j + 1] = [tok("FUNC", name, t.start_pos or 0, payload=name)]
        k += 1
    return out
