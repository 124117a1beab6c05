r"""A subscript that lists several things: ``\hat{p}_{i,\mathrm{MAP}}``, ``g_{\nu, \tau^2}(x)``,
``I_{X_1, \ldots, X_n}(\theta)``, ``f_{(m, \Sigma)}(x)`` (PARSE15).

Such a subscript names an estimate (``p_{i,MAP}``), a function of the parameters it lists
(``g_{\nu,\tau^2}``, a Bayes estimator under the prior N(nu, tau^2)) or the sample a Fisher
information is of. The grammar reads no comma inside a subscript; the rows were unparsed
("unexpected ','"). Which entries the value depends on is not written, and a row may
differentiate by one of them, so the name is not a symbol of its own (its derivative by
``\nu`` would be 0): it is read as a function of its own of the listed entries, and of
the arguments of a call that follows (``g_{\nu,\tau^2}(x)`` is one function of
``\nu, \tau^2, x``), which the reader gives no value (:func:`._tosympy.opaque`). A row
defining it is read; a step through it is never proved nor refuted.

Only a subscript of a letter, Greek letter or name; the subscripts of sums, products,
limits and maxima are theirs. Pure token rewriting, linear in the row's length.

An expectation's subscript names what the mean is taken under (``E_q[X]`` is ``E(X, q)``,
see ``._tosympy.func_sub``); a list there (``\mathbb{E}_{D,\varepsilon}[...]``, the mean
over a training set and the noise; ``\mathbb{E}_{\alpha,\mu}[...]``; ``E_{Z|X,\theta^0}``,
read by ``._expectation_sim`` as its condition ``X,\theta^0``) names it by several entries:
``E(X, D, \varepsilon)``, the arguments in the order ``func_sub_args`` keeps (the call's,
then the subscript's). Only before a bracket, and not when every entry is a number or an
index letter (``E_{i,j}(x)``, ``E_{1,2}[x]``: an element of a family E, not guessed).
"""

from __future__ import annotations

from lark import Token

from ._tokens import tok

#: What may carry such a subscript.
_HEADS = frozenset({"LETTER", "GREEK", "NAME", "FNAME"})

#: Entries of a list that name an element of a family rather than a measure (``E_{i,j}``).
_INDEX_ENTRIES = frozenset("ijklmnt")


def _close(out: list[Token], j: int, open_: str, close: str) -> int | None:
    depth = 0
    for k in range(j, len(out)):
        depth += {open_: 1, close: -1}.get(out[k].type, 0)
        if depth == 0:
            return k
    return None


def _entries(inner: list[Token]) -> list[list[Token]] | None:
    """The top-level comma-separated entries of ``inner`` (an outer bracket round the
    whole list dropped: ``(m, \\Sigma)``); None when there is no top-level comma."""
    if (
        len(inner) > 2
        and inner[0].type == "LPAR"
        and _close(inner, 0, "LPAR", "RPAR") == len(inner) - 1
    ):
        inner = inner[1:-1]
    parts: list[list[Token]] = [[]]
    depth = 0
    for u in inner:
        if u.type in ("LPAR", "LBRACE"):
            depth += 1
        elif u.type in ("RPAR", "RBRACE"):
            depth -= 1
        if u.type == "COMMA" and depth == 0:
            parts.append([])
        else:
            parts[-1].append(u)
    if len(parts) < 2 or any(not p for p in parts):
        return None
    return parts


def _expectation_over_list(out: list[Token], k: int) -> int | None:
    """At ``out[k]`` (the ``_`` after an expectation ``E``): rewrite ``E_{a, b}[X]`` as
    ``E(X, a, b)`` in place and return the index after it, or None when it is not of that
    form (see the module docstring)."""
    end = _close(out, k + 1, "LBRACE", "RBRACE")
    parts = None if end is None else _entries(out[k + 2 : end])
    if end is None or parts is None or end + 1 >= len(out) or out[end + 1].type != "LPAR":
        return None
    if all(len(p) == 1 and (p[0].type == "NUM" or str(p[0]) in _INDEX_ENTRIES) for p in parts):
        return None
    close = _close(out, end + 1, "LPAR", "RPAR")
    if close is None or close == end + 2:
        return None
    inside = out[end + 2 : close]
    if _entries([tok("LPAR", "(", 0), *inside, tok("RPAR", ")", 0)]) is not None:
        return None  # E_{a,b}(X, Y): which argument is the mean's is not written
    col = out[k - 1].start_pos or 0
    new = [out[k - 1], tok("LPAR", "(", col), *inside]
    for part in parts:
        new += [tok("COMMA", ",", col), *part]
    new.append(tok("RPAR", ")", col))
    out[k - 1 : close + 1] = new
    return k - 1 + len(new)


def comma_subscripts(tokens: list[Token]) -> list[Token]:
    """Rewrite ``h_{a, b}`` as ``h_{,}(a, b)`` and ``h_{a, b}(x)`` as ``h_{,}()(a, b, x)``,
    calls of functions the reader gives no value, and ``E_{a, b}[X]`` as ``E(X, a, b)``
    (see the module docstring)."""
    out = list(tokens)
    k = 1
    while k < len(out) - 2:
        head = out[k - 1]
        if (
            head.type == "FUNC"
            and getattr(head, "payload", None) == "E"
            and out[k].type == "SUB"
            and out[k + 1].type == "LBRACE"
        ):
            after = _expectation_over_list(out, k)
            k = after if after is not None else k + 1
            continue
        if not (
            out[k].type == "SUB"
            and out[k + 1].type == "LBRACE"
            and head.type in _HEADS
            and not (k >= 2 and out[k - 2].type in ("SUB", "CARET"))
        ):
            k += 1
            continue
        end = _close(out, k + 1, "LBRACE", "RBRACE")
        parts = None if end is None else _entries(out[k + 2 : end])
        if end is None or parts is None:
            k += 1
            continue
        col = head.start_pos or 0
        call: list[list[Token]] = []
        stop = end
        if end + 1 < len(out) and out[end + 1].type == "LPAR" and str(out[end + 1]) == "(":
            close = _close(out, end + 1, "LPAR", "RPAR")
            if close is not None:
                args = _entries(
                    [tok("LPAR", "(", col), *out[end + 2 : close], tok("RPAR", ")", col)]
                )
                call = args if args is not None else [out[end + 2 : close]]
                stop = close
        name = f"{head}_{{{',' * (len(parts) - 1)}}}" + ("()" if call else "")
        new = [tok("FUNC", name, col, payload=name), tok("LPAR", "(", col)]
        for n, part in enumerate(parts + call):
            if n:
                new.append(tok("COMMA", ",", col))
            new += part
        new.append(tok("RPAR", ")", col))
        out[k - 1 : stop + 1] = new
        k += len(new) - 1
    return out
