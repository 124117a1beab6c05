"""Passes over the converted token list, run in order by :func:`run_passes`.

Each pass takes and returns a list of tokens:

1. :func:`match_delimiters` pairs brackets by kind and size (stray closers are
   dropped and reported as slips);
2. :func:`order_statistics` reads ``x_{(n)}`` as the n-th order statistic, a
   name of its own (not the sample ``x_n``);
3. :func:`zero_subscripts` reads ``0_p``, ``0_{pp}`` as zero;
4. :func:`word_subscripts` reads ``\\theta_{MLE}`` as one name;
5. :func:`derivative_d` reads ``\\frac{d}{dx}`` and ``\\frac{d f}{d x}``;
6. :func:`log_arguments` reads ``\\log 2b`` as ``\\log(2b)``;
   :func:`primes_after_subscripts` reads ``\\ell'_X(\\theta)`` as ``\\ell_X'(\\theta)``;
7. :func:`mark_applications` decides which ``name(...)`` are function applications;
8. :func:`resolve_bars` tells absolute-value bars from the ``|`` of ``p(x | \\theta)``.
"""

from __future__ import annotations

from lark import Token

from ._accented_calls import accented_call
from ._tokens import LatexError, Slip, Tok
from ._tokens import tok as _tok

#: Letters that apply to a bracket as functions (``f(x)``, ``L(\\lambda)``, ``p(x|\\theta)``)
#: when the bracket holds names, not an expression (``p(1 - p)`` multiplies).
FUNCTION_LETTERS = frozenset("fghFGHLlPpqI")
#: Letters that are functions whatever the bracket holds.
GENERIC_LETTERS = frozenset("fgh")


def run_passes(
    tokens: list[Token],
    functions: frozenset[str] = frozenset(),
    several: frozenset[str] = frozenset(),
) -> tuple[list[Token], list[Slip]]:
    """The passes in order; ``functions`` are letters the post defines as functions,
    ``several`` those it applies with two or more subscripts."""
    tokens, slips = match_delimiters(tokens)
    tokens = order_statistics(tokens)
    tokens = zero_subscripts(tokens)
    tokens = truncated_decimals(tokens)
    tokens = word_subscripts(tokens)
    tokens = upper_limits(tokens)
    tokens = derivative_d(tokens)
    tokens = slash_derivatives(tokens)
    tokens = matrix_operands(moment_operands(log_arguments(tokens)))
    tokens = primes_after_subscripts(tokens, functions)
    tokens = mark_applications(tokens, functions, several)
    tokens = primed_names(tokens)
    tokens = resolve_bars(tokens)
    tokens = [t for t in tokens if t.type != "EVALL" or _eval_closed(tokens, t)]
    return tokens, slips


def _copy(t: Token, kind: str, value: str | None = None) -> Token:
    new = _tok(kind, str(t) if value is None else value, t.start_pos or 0)
    for attr in ("size", "payload", "hint"):
        if hasattr(t, attr) and attr in getattr(t, "__dict__", {}):
            setattr(new, attr, getattr(t, attr))
    return new


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


def upper_limits(tokens: list[Token]) -> list[Token]:
    """``\\sum_{t=3}^{t=T}``: an upper limit written with the index is the limit ``T``.

    Only the index of the lower limit may be named there; another letter
    (``\\sum_{t=3}^{s=T}``) is refused rather than guessed.
    """
    drop: set[int] = set()
    for k, t in enumerate(tokens):
        if t.type not in ("SUM", "PROD"):
            continue
        scripts: dict[str, int] = {}  # "SUB"/"CARET" -> index of the script's first token
        j = k + 1
        while j + 1 < len(tokens) and tokens[j].type in ("SUB", "CARET") and len(scripts) < 2:
            if tokens[j].type in scripts:
                break
            scripts[tokens[j].type] = j + 1
            j = _after_script(tokens, j + 1)
        upper = scripts.get("CARET")
        if upper is None or not _names_a_letter(tokens, upper):
            continue
        lower = scripts.get("SUB")
        letter = tokens[upper + 1]
        if (
            lower is None
            or not _names_a_letter(tokens, lower)
            or str(tokens[lower + 1]) != str(letter)
        ):
            raise LatexError(
                f"an upper limit written '{letter} = ...' needs a lower limit "
                f"'{letter} = ...' over the same index",
                letter.start_pos or 0,
            )
        drop |= {upper + 1, upper + 2}  # the index and its '='
    return [t for k, t in enumerate(tokens) if k not in drop]


def _names_a_letter(tokens: list[Token], j: int) -> bool:
    """Is the script at ``tokens[j]`` a group that starts ``{t = ...``?"""
    return (
        j + 3 < len(tokens)
        and tokens[j].type == "LBRACE"
        and tokens[j + 1].type == "LETTER"
        and tokens[j + 2].type == "EQ"
    )


def order_statistics(tokens: list[Token]) -> list[Token]:
    """``X_{(n)}``: the n-th smallest observation, a name of its own."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        seq = tokens[k + 1 : k + 7]
        if (
            t.type in ("LETTER", "GREEK")
            and len(seq) == 6
            and [u.type for u in seq] == ["SUB", "LBRACE", "LPAR", seq[3].type, "RPAR", "RBRACE"]
            and seq[3].type in ("LETTER", "NUM")
        ):
            out.append(_tok(t.type, f"{t}_({seq[3]})", t.start_pos))
            k += 7
            continue
        out.append(t)
        k += 1
    return out


def truncated_decimals(tokens: list[Token]) -> list[Token]:
    """``-301029995.6\\ldots``: a decimal whose further digits are left out is that decimal."""
    out: list[Token] = []
    for t in tokens:
        if t.type == "DOTS" and out and out[-1].type == "NUM" and "." in str(out[-1]):
            out[-1].truncated = True  # type: ignore[attr-defined]
            continue
        out.append(t)
    return out


def zero_subscripts(tokens: list[Token]) -> list[Token]:
    """``0_p`` and ``0_{pp}`` (a zero vector or matrix) are zero."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if (
            t.type == "NUM"
            and str(t) == "0"
            and k + 1 < len(tokens)
            and tokens[k + 1].type == "SUB"
        ):
            out.append(t)
            j = k + 2
            if j < len(tokens) and tokens[j].type == "LBRACE":
                depth = 0
                while j < len(tokens):
                    if tokens[j].type == "LBRACE":
                        depth += 1
                    elif tokens[j].type == "RBRACE":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
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
            want = pairs.get(str(t.value), "(")
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
            elif stack and stack[-1].value in "([" and t.value in ")]" and stack[-1].value != want:
                # (a, b] and [a, b): an interval, or a bracket closed by the other kind.
                raise LatexError(
                    f"bracket {_show(stack[-1])} is closed by {_show(t)}", stack[-1].start_pos
                )
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


def _closing(tokens: list[Token], k: int) -> int:
    """Index of the RPAR that closes the LPAR at ``tokens[k]``."""
    depth = 0
    for j in range(k, len(tokens)):
        if tokens[j].type == "LPAR":
            depth += 1
        elif tokens[j].type == "RPAR":
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def _names_only(inner: list[Token]) -> bool:
    """Do the tokens list names (``\\lambda``, ``\\hat{p}``, ``x_i``, ``\\mu, \\sigma^2``)?"""
    if not inner:
        return False
    k = 0
    expect_name = True
    while k < len(inner):
        t = inner[k]
        if expect_name:
            if t.type not in ("LETTER", "GREEK", "NAME", "DOTS"):
                return False
            k += 1
            # A subscript or a power of 2 (\sigma^2) belongs to the name.
            while k + 1 < len(inner) and inner[k].type in ("SUB", "CARET"):
                if inner[k + 1].type == "LBRACE":
                    depth = 0
                    while k < len(inner):
                        if inner[k].type == "LBRACE":
                            depth += 1
                        elif inner[k].type == "RBRACE":
                            depth -= 1
                            if depth == 0:
                                break
                        k += 1
                    k += 1
                else:
                    k += 2
            expect_name = False
        else:
            if t.type not in ("COMMA", "BAR", "SEMI"):
                return False
            k += 1
            expect_name = True
    return True


def _numbers_only(inner: list[Token]) -> bool:
    """Do the tokens list numbers (``0``, ``2, 3``, ``-1``, ``0.5``, ``1/2``,
    ``\\frac{1}{2}``)? A letter the post defines as a function (``p(k) =
    \\mathrm{Poisson}(k \\mid \\lambda)``, ``M(t) = ...``) applied to them is the function
    at that point (``p(0)``, ``M(-1)``), not the letter times the number."""
    items: list[list[str]] = [[]]
    for t in inner:
        if t.type == "COMMA":
            items.append([])
        else:
            items[-1].append(t.type)
    return all(_a_number(kinds) for kinds in items)


def _a_number(kinds: list[str]) -> bool:
    if kinds[:1] == ["MINUS"]:
        kinds = kinds[1:]
    frac = ["FRAC", "LBRACE", "NUM", "RBRACE", "LBRACE", "NUM", "RBRACE"]
    return kinds in (["NUM"], ["NUM", "SLASH", "NUM"], frac)


def _labelled_value(name: str, functions: frozenset[str]) -> bool:
    """Is ``name`` a letter with a word above it (``beta^{ridge}``, from
    ``\\beta^{\\text{ridge}}``) whose letter is no function letter (``L^{Ridge}`` is one,
    and so is a letter the post defines as a function)? Such a name is a value: before a
    bracket that holds an expression it multiplies."""
    base, label, _ = name.partition("^{")
    if not label:
        return False
    return base not in FUNCTION_LETTERS and base not in functions and base not in ("ell",)


def primes_after_subscripts(
    tokens: list[Token], functions: frozenset[str] = frozenset()
) -> list[Token]:
    """``\\ell'_X(\\theta)``: primes written before a function's subscript, moved after it.

    TeX sets a prime and a subscript on the same letter in either order, and
    ``\\ell'_X(\\theta)`` is the derivative of ``\\ell_X`` at ``\\theta``, exactly what
    ``\\ell_X'(\\theta)`` writes (held-out external34: a question's score and second
    derivative were unparsed). Only for a name :func:`mark_applications` applies whatever
    its bracket holds (a named quantity, ``f``, ``g``, ``h``, a letter the post defines as a
    function) and only before a bracket: any other primed name stays what it was.
    """
    out = list(tokens)
    for k in range(len(out)):
        t = out[k]
        if not (t.type == "NAME" or (t.type == "LETTER" and str(t) in GENERIC_LETTERS | functions)):
            continue
        j = k + 1
        while j < len(out) and out[j].type == "PRIME":
            j += 1
        if j == k + 1 or j >= len(out) or out[j].type != "SUB":
            continue
        end = _after_script(out, j + 1)
        if end < len(out) and out[end].type == "LPAR":
            out[k + 1 : end] = out[j:end] + out[k + 1 : j]
    return out


def mark_applications(
    tokens: list[Token],
    functions: frozenset[str] = frozenset(),
    several: frozenset[str] = frozenset(),
) -> list[Token]:
    """Retype a name followed by ``(`` as ``FNAME`` when it applies to arguments.

    A named quantity (``\\ell``, ``\\mathcal{L}``, ``\\mathrm{LL}``) and ``f, g, h``
    always apply; ``L``, ``P``, ``p`` ... apply when the bracket lists names or
    holds a ``|``, ``;`` or ``,`` (``L(p)``, ``p(x|\\theta)``, ``f(x;\\lambda)``),
    and multiply otherwise (``p(1 - p)``). A letter of ``functions`` (one the post
    defines by a row ``J(\\theta) = ...``) applies when the bracket lists names only:
    ``J(\\theta)`` is the cost, ``J(1 - \\theta)`` still multiplies. A prime
    (``f'(p)``) is kept on the name. A subscript is dropped as the name of a parameter
    (``h_\\theta(x)`` is ``h``) unless it names a variable (``f_T``) or the letter is one of
    ``several``, which the post applies with two subscripts (``q_\\theta``, ``q_\\phi``).
    """
    out = list(tokens)
    for k, t in enumerate(out):
        primed = k + 1 < len(out) and out[k + 1].type == "PRIME"
        # \sigma^{-1}(p) after \sigma(z) = ...: a Greek letter the post defines as a function
        # reads as a Latin one below (the inverse, a function of its own)
        inverted = t.type == "GREEK" and str(t) in functions and k + 1 < len(out)
        inverted = inverted and out[k + 1].type in ("CARET", "TRANSPOSE")
        if t.type not in ("NAME", "LETTER") and not (t.type == "GREEK" and (primed or inverted)):
            continue
        if k >= 2 and out[k - 1].type == "SUB" and out[k - 2].type == "FNAME":
            continue  # f_X(x|\theta): X is the subscript of f, the bracket is f's (external34)
        subscript = k >= 1 and out[k - 1].type == "SUB"
        if subscript and k + 1 < len(out) and out[k + 1].type in ("CARET", "TRANSPOSE"):
            continue  # \Sigma_p^{-1}(x): the power is Sigma_p's, p no function (parse60)
        if (
            (t.type == "NAME" or str(t) in GENERIC_LETTERS or str(t) in functions)
            and [u.type for u in out[k + 1 : k + 7]]
            == ["CARET", "LBRACE", "MINUS", "NUM", "RBRACE", "LPAR"]
            and str(out[k + 4]) == "1"
        ):
            # A^{-1}(x) after A(kappa) = ...: the inverse function, or 1/A(x) (I^{-1}(theta)
            # in a Cramer-Rao bound)? Read as A^{-1} times x it was neither. PARSE15: read
            # as a function of its own, "A^{-1}", which the reader gives no value
            # (._tosympy.opaque): tied to neither A nor 1/A, a step through it is never
            # proved nor refuted.
            name = f"{t}^{{-1}}"
            out[k : k + 6] = [_tok("FUNC", name, t.start_pos or 0, payload=name)]
            continue
        if (t.type == "NAME" or str(t) in GENERIC_LETTERS or str(t) in functions) and [
            u.type for u in out[k + 1 : k + 3]
        ] == ["TRANSPOSE", "LPAR"]:
            # PARSE15: G^T(\vartheta) after G(\vartheta) = ...: the transpose of the value,
            # read (as A^{-1}(x) is) as a function of its own, "G^T", with no value
            name = f"{t}^T"
            out[k : k + 2] = [_tok("FUNC", name, t.start_pos or 0, payload=name)]
            continue
        if t.type == "GREEK" and not primed:
            continue  # \sigma^2(x): only the inverse and the transpose above
        if (
            t.type == "LETTER"
            and str(t) in GENERIC_LETTERS
            and k + 2 < len(out)
            and out[k + 1].type == "LETTER"
            and str(out[k + 1])[:1].isupper()
            and out[k + 2].type in ("SUB", "LPAR")
            and _after_script(out, k + 3) < len(out)
            and out[_after_script(out, k + 3) if out[k + 2].type == "SUB" else k + 2].type == "LPAR"
        ):
            raise LatexError(
                f"'{t} {out[k + 1]}...(': a function letter followed by a name - is it "
                f"{t}_{{{out[k + 1]}}}(...)? The row is not read rather than guessed",
                t.start_pos or 0,
            )
        j = k + 1
        scripted_call = k + 2 < len(out) and out[j].type == "SUB"
        divergence = _divergence_bracket(out, _after_script(out, j + 1) if scripted_call else j)
        if scripted_call and (
            t.type == "NAME" or str(t) in FUNCTION_LETTERS or str(t) in functions or divergence
        ):
            j = _after_script(out, j + 1)
        primes = 0
        while j < len(out) and out[j].type == "PRIME":
            primes += 1
            j += 1
        if j >= len(out) or out[j].type != "LPAR":
            continue
        close = _closing(out, j)
        inner = out[j + 1 : close]
        is_fn = t.type == "NAME" or (t.type == "LETTER" and str(t) in GENERIC_LETTERS)
        if is_fn and _labelled_value(str(t), functions) and not _names_only(inner):
            is_fn = False  # \beta^{\text{ridge}} (t + \lambda): the estimate times t + lambda
        if not is_fn and primes and t.type in ("LETTER", "GREEK") and _names_only(inner):
            is_fn = True  # \phi'(\alpha): a prime before a bracket marks a derivative
        if not is_fn and t.type == "LETTER" and str(t) in functions and _numbers_only(inner):
            is_fn = True  # p(0) of a post's p(k) = ..., M(0): the function at 0, not p times 0
        if not is_fn and t.type == "LETTER" and str(t) in FUNCTION_LETTERS:
            depth = 0
            for u in inner:
                if u.type == "LPAR":
                    depth += 1
                elif u.type == "RPAR":
                    depth -= 1
                elif depth == 0 and u.type in ("BAR", "SEMI") and getattr(u, "hint", "") != "r":
                    is_fn = True
                    break
            if not is_fn:
                is_fn = _names_only(inner)
        elif not is_fn and t.type == "LETTER" and str(t) in functions and _names_only(inner):
            is_fn = True
        elif (
            not is_fn
            and t.type == "LETTER"
            and str(t).partition("_")[0] in FUNCTION_LETTERS
            and str(t).partition("_")[2].startswith("(")
            and _names_only(inner)
        ):
            is_fn = True  # f_{(1)}(x): an order statistic's density, a function of its own
        elif not is_fn and t.type == "LETTER":
            depth = 0
            for u in inner:
                if u.type == "LPAR":
                    depth += 1
                elif u.type == "RPAR":
                    depth -= 1
                elif depth == 0 and u.type == "BAR" and getattr(u, "hint", "") in ("mid", "l"):
                    is_fn = True
                    break
        if not is_fn and t.type == "LETTER" and divergence:
            is_fn = True  # PARSE11: D(P || Q), D_{KL}(P \| Q): a divergence, not D times
        if not is_fn and t.type == "LETTER" and _one_bar(inner):
            # PARSE15: Q(\theta | \theta^{(t)}): one bar alone at the bracket's top level
            # pairs with nothing (no absolute value): the condition bar of a call
            is_fn = True
        if not is_fn and t.type == "LETTER" and accented_call(str(t), inner, FUNCTION_LETTERS):
            is_fn = True  # read8: \tilde f(y_i;\theta), see ._accented_calls
        scripted = k > 0 and out[k - 1].type in ("SUB", "CARET")  # I_p (...): I_p times
        if not is_fn and t.type == "LETTER" and str(t) in functions and not scripted:
            # M(2s), G(x + 1) after M(t) = ..., G(x) = ...: at the point in the bracket, or
            # times it? Read as the product, the bare letter stood for its value at a free
            # argument: correct rows were refuted and G(x + 1) = x^3 + x^2 proved
            raise LatexError(
                f"'{t}(...)' after the post defines {t} as a function: {t} at the point "
                f"in the bracket, or {t} times it? The row is not read rather than guessed",
                t.start_pos or 0,
            )
        if is_fn:
            new = _copy(t, "FNAME")
            new.primes = primes  # type: ignore[attr-defined]
            new.kind = t.type  # type: ignore[attr-defined]
            out[k] = new
            # D_{KL}(P \| Q): the subscript names the divergence (D_{KL} is not D_{JS})
            keep = (
                _names_a_variable(out, k + 1, j)
                or (divergence and t.type == "LETTER")
                or str(t) in several  # q_theta(z) beside q_phi(z): two functions
                # f_i(x), L_i(theta): ._tosympy.apply reads a sum's index as the family's
                # argument, and any other small letter as a parameter's name (dropped)
                or _one_small_letter(out, k + 1, j)
            )
            for p in range(k + 1, j):
                if keep and p < j - primes:
                    if out[p].type == "MULOP":
                        out[p] = _copy(out[p], "LETTER", "*")  # l_*, l_\ast: a mark of the name
                    continue  # f_T(t): the subscript stays part of the function's name
                out[p] = _tok("SKIP", "'", out[p].start_pos)
    return [t for t in out if t.type != "SKIP"]


def _one_bar(inner: list[Token]) -> bool:
    """Does ``inner`` hold exactly one bar at its top level (a plain ``|``, no sized
    one, no double bar), and none inside its brackets but in pairs?"""
    depth = 0
    top = []
    for u in inner:
        if u.type in ("LPAR", "LBRACE"):
            depth += 1
        elif u.type in ("RPAR", "RBRACE"):
            depth -= 1
        elif u.type == "BAR" and depth == 0:
            top.append(getattr(u, "hint", "plain"))
    return top == ["plain"]


def _one_small_letter(tokens: list[Token], j: int, end: int) -> bool:
    """Is ``tokens[j:end]`` a subscript of lower-case Latin letters (``f_i``, ``h_w``, and
    ``f_{ij}`` or ``f_{i,j}``, which the lexer makes one token ``ij``; at most three)?

    Kept for ``._tosympy.apply``, which knows the post's indices: ``f_i(x)`` under a sum
    over i is one function per i (dropped as a parameter's name, ``\\sum_i \\log f_i(x) =
    n \\log f(x)`` and ``\\sum_i L_i(\\theta) = n L(\\theta)`` were proved), ``f_{ij}`` under
    sums over i and j one per pair, ``h_w(x)`` is h at the parameter w, as before.
    """
    # f_i'(x): the primes after the subscript mark a derivative, no part of it
    script = [t for t in tokens[j + 1 : end] if t.type not in ("LBRACE", "RBRACE", "PRIME")]
    if j >= end or tokens[j].type != "SUB":
        return False
    if len(script) != 1 or script[0].type != "LETTER":
        return False
    letters = str(script[0])  # f_{ij} and f_{i,j} are one token, "ij"
    return 1 <= len(letters) <= 3 and letters.isalpha() and letters.islower()


def _names_a_variable(tokens: list[Token], j: int, end: int) -> bool:
    """Is ``tokens[j:end]`` a subscript naming a random variable (``_T``, ``_{X}``)?

    ``f_T(t)`` is the density of ``T``, a function of its own beside ``f``: read as
    ``f``, a row defining ``f_T`` would redefine ``f``. So do numbered and order
    statistics' subscripts (``f_1``, ``f_{(n)}``). A parameter subscript
    (``h_\\theta(x)``) still names the function ``h`` at that parameter.
    """
    if j >= end or tokens[j].type != "SUB":
        return False
    script = [t for t in tokens[j + 1 : end] if t.type not in ("LBRACE", "RBRACE", "PRIME")]
    if not script:
        return False
    first = script[0]
    if (
        first.type == "LETTER"
        and str(first)[:1].isupper()
        and (len(str(first)) == 1 or str(first)[1] == "_")
    ):
        return True  # f_T, f_{X_{(n)}}: the density of a random variable
    # f_1, f_2, f_{(1)}, f_{(n)}: numbered functions or an order statistic's density, each
    # of its own (read as f, f_1(x) + f_2(x) was 2 f(x)); l_*, l_{\ast}: a starred name
    # (the score l_*(theta) = dl/dtheta beside l(theta) was read as l, and refuted)
    return any(t.type in ("NUM", "LPAR", "MULOP") for t in script)


def primed_names(tokens: list[Token]) -> list[Token]:
    """``u'``, ``u^{\\prime}`` with no argument after it: a name of its own.

    The quotient rule's ``(u'v - uv')/v^2`` names the derivatives of ``u`` and
    ``v``; the reader knows nothing more of them. A prime on a function letter or a
    named quantity without its argument (``f'``, ``\\ell'``) would be the derivative
    of something the post defines, which the reader does not guess: refused.
    (``f'(x)`` is an application, read by :func:`mark_applications`.)
    """
    out: list[Token] = []
    for t in tokens:
        if t.type != "PRIME" or not out:
            out.append(t)
            continue
        prev = out[-1]
        if prev.type in ("LETTER", "GREEK") and not (
            prev.type == "LETTER" and str(prev).rstrip("'") in GENERIC_LETTERS
        ):
            out[-1] = _copy(prev, prev.type, f"{prev}'")
            continue
        if prev.type in ("LETTER", "NAME"):
            raise LatexError(
                f"{prev}' without its argument (the derivative of a function the post "
                f"defines) is not read; write {prev}'(x)",
                t.start_pos or 0,
            )
        out.append(t)
    return out


def _after_script(tokens: list[Token], j: int) -> int:
    """Index after the script (one token or a brace group) that starts at ``tokens[j]``."""
    if j < len(tokens) and tokens[j].type == "LBRACE":
        depth = 0
        for m in range(j, len(tokens)):
            if tokens[m].type == "LBRACE":
                depth += 1
            elif tokens[m].type == "RBRACE":
                depth -= 1
                if depth == 0:
                    return m + 1
        return len(tokens)
    return j + 1


#: The reader's operators whose brackets may hold a condition bar (``E[X | p]``).
_CONDITIONED = frozenset({"E", "Var", "Cov"})


def _divergence_bracket(out: list[Token], j: int) -> bool:
    """Does a bracket at ``out[j]`` hold one double bar (``\\|``, ``||``) at its top level
    and no other bar: ``(P \\| Q)``, the two arguments of a divergence?"""
    if j >= len(out) or out[j].type != "LPAR":
        return False
    depth = 0
    bars = []
    for u in out[j + 1 : _closing(out, j)]:
        depth += {"LPAR": 1, "RPAR": -1}.get(u.type, 0)
        if u.type == "BAR" and depth == 0:
            bars.append(getattr(u, "hint", ""))
    # PARSE15: bars inside a bracket of their own (KL(q(z) || p(z | x))) are that
    # bracket's; only the top level's count
    return len(bars) == 1 and bars[0] in _DOUBLE


#: the hints of a double bar (see ._lexer): ``\|``/``\Vert``/``\parallel`` and ``||``
_DOUBLE = frozenset({"parallel", "pair"})


def resolve_bars(tokens: list[Token]) -> list[Token]:
    """``|`` tokens: the condition bar of ``p(x | \\theta)``, or absolute-value pairs.

    Inside the brackets of a function application, one bar at the top level is
    the condition bar (``\\mid`` always is); other bars pair up left to right as
    ``|x|`` within the same bracket level.
    """
    out = list(tokens)
    # Bars that separate the arguments of an application.
    for k, t in enumerate(out):
        if t.type != "FNAME" and not (t.type == "FUNC" and t.value in _CONDITIONED):
            continue  # (E[X | p], Var(y | eta): the reader's operators take a condition too)
        o = k + 1
        if o < len(out) and out[o].type == "SUB":
            o = _after_script(out, o + 1)
        if o >= len(out) or out[o].type != "LPAR":
            continue
        close = _closing(out, o)
        depth = 0
        top = []
        for j in range(o + 1, close):
            u = out[j]
            if u.type == "LPAR":
                depth += 1
            elif u.type == "RPAR":
                depth -= 1
            elif depth == 0 and u.type == "BAR":
                top.append(j)
        plain = [j for j in top if getattr(out[j], "hint", "plain") not in ("left", "right")]
        double = [j for j in top if getattr(out[j], "hint", "") in _DOUBLE]
        if double:
            # PARSE11: KL(q \| p), D(P || Q): one double bar and no other bar is the
            # divergence's separator; beside other bars it may be a norm: left to the rest
            if len(top) == 1:
                out[double[0]] = _copy(out[double[0]], "CBAR")
            continue
        if len(plain) % 2 == 1:
            cond = next((j for j in plain if getattr(out[j], "hint", "") in ("mid", "l")), plain[0])
            out[cond] = _copy(out[cond], "CBAR")
    for k, t in enumerate(out):
        if t.type == "BAR" and getattr(t, "hint", "") == "mid":
            out[k] = _copy(t, "CBAR")
    # A double bar that separates nothing: \| is a norm (PARSE13: read as a whole, see
    # _norms), || two bars side by side.
    out = _norms(out)
    for k in range(len(out) - 1, -1, -1):
        hint = getattr(out[k], "hint", "") if out[k].type == "BAR" else ""
        if hint == "pair":
            one = _copy(out[k], "BAR")
            one.hint = "plain"  # type: ignore[attr-defined]
            two = _copy(one, "BAR")
            two.start_pos = (one.start_pos or 0) + 1  # the second bar's column
            out[k : k + 1] = [one, two]
    # The rest pair up as absolute values, per bracket level.
    stack: list[list[int]] = [[]]
    for k, t in enumerate(out):
        if t.type in ("LPAR", "LBRACE"):
            stack.append([])
        elif t.type in ("RPAR", "RBRACE"):
            _pair(out, stack.pop())
            if not stack:
                stack.append([])
        elif t.type == "BAR":
            stack[-1].append(k)
    for level in stack:
        _pair(out, level)
    return [_copy(t, "BAR") if t.type == "CBAR" else t for t in out]


def _norms(out: list[Token]) -> list[Token]:
    """PARSE13: ``\\|x\\|``, ``\\Vert x \\Vert_2^2``: the double bars left (a divergence's
    separator is a CBAR by now) pair up left to right within a bracket level, each pair a
    call of the function ``norm`` (``norm_2``, ``norm_F``: a one-character subscript
    after the closing bar names the norm), which the reader gives no value
    (:func:`._tosympy.opaque`): a step through it is never proved nor refuted."""
    levels: list[list[int]] = [[]]
    pairs: list[tuple[int, int]] = []
    # PARSE15: ||x||, two bars side by side at each end, is a norm too when its bracket
    # level holds no single bar (|a||b| is two absolute values side by side)
    doubled: list[list[int]] = [[]]
    single: list[bool] = [False]

    def settle() -> None:
        level = doubled.pop()
        if not single.pop() and len(level) % 2 == 0:
            pairs.extend(zip(level[::2], level[1::2], strict=True))

    for k, t in enumerate(out):
        if t.type in ("LPAR", "LBRACE"):
            levels.append([])
            doubled.append([])
            single.append(False)
        elif t.type in ("RPAR", "RBRACE"):
            if len(levels[-1]) % 2:
                break
            levels.pop()
            settle()
            if not levels:
                levels.append([])
                doubled.append([])
                single.append(False)
        elif t.type == "BAR" and getattr(t, "hint", "") == "parallel":
            levels[-1].append(k)
            if len(levels[-1]) == 2:
                pairs.append((levels[-1][0], k))
                levels[-1] = []
        elif t.type == "BAR" and getattr(t, "hint", "") == "pair":
            doubled[-1].append(k)
        elif t.type == "BAR":
            single[-1] = True
    while doubled:
        settle()
    lone = next((k for level in levels for k in level), None)
    if lone is None and not pairs:
        lone = next(
            (
                k
                for k, t in enumerate(out)
                if t.type == "BAR" and getattr(t, "hint", "") == "parallel"
            ),
            None,
        )
    if lone is not None:
        raise LatexError("a norm ||x|| without its closing bar", out[lone].start_pos or 0)
    opens: dict[int, str] = {}
    closes: dict[int, int] = {}
    for a, b in pairs:
        name, drop = "norm", 0
        if b + 2 < len(out) and out[b + 1].type == "SUB":
            script = out[b + 2]
            if script.type in ("NUM", "LETTER") and len(str(script)) == 1:
                name, drop = f"norm_{script}", 2
            elif (
                b + 4 < len(out)
                and script.type == "LBRACE"
                and out[b + 3].type in ("NUM", "LETTER")
                and len(str(out[b + 3])) == 1
                and out[b + 4].type == "RBRACE"
            ):
                name, drop = f"norm_{out[b + 3]}", 4
        opens[a], closes[b] = name, drop
    # one pass, so that a norm inside another (PARSE15: ||a \|b\| ||) keeps its places
    new: list[Token] = []
    k = 0
    while k < len(out):
        col = out[k].start_pos or 0
        if k in opens:  # braced, so that a power after it is the norm's (||x||^2)
            name = opens[k]
            new += [_tok("LBRACE", "{", col), _tok("FUNC", name, col, payload=name)]
            new.append(_tok("LPAR", "(", col))
        elif k in closes:
            new += [_tok("RPAR", ")", col), _tok("RBRACE", "}", col)]
            k += closes[k]
        else:
            new.append(out[k])
        k += 1
    return new


def _pair(out: list[Token], bars: list[int]) -> None:
    if len(bars) % 2 == 1:
        raise LatexError("a '|' without its partner", out[bars[-1]].start_pos or 0)
    for a, b in zip(bars[0::2], bars[1::2], strict=False):
        out[a] = _copy(out[a], "ABSL")
        out[b] = _copy(out[b], "ABSR")


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
            j = k + 1
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


_D_HEAD = ("LETTER", "PARTIAL")
_OPERAND = ("LETTER", "GREEK", "NAME", "FNAME")
#: Tokens after which a ``d`` would be a factor of a product, not a derivative.
_FACTOR_END = ("LETTER", "GREEK", "NUM", "NAME", "RPAR", "RBRACE", "RBRACK")


def _is_d(t: Token) -> bool:
    return t.type == "PARTIAL" or (t.type == "LETTER" and t.value == "d")


def _group_end(tokens: list[Token], k: int, open_: str, close: str) -> int:
    """Index after the group opening at ``k`` (``k`` itself when no group opens there)."""
    if k >= len(tokens) or tokens[k].type != open_:
        return k
    depth = 0
    for j in range(k, len(tokens)):
        if tokens[j].type == open_:
            depth += 1
        elif tokens[j].type == close:
            depth -= 1
            if depth == 0:
                return j + 1
    return k


def _scripts_end(tokens: list[Token], k: int) -> int:
    """Index after the subscripts and powers that follow a letter at ``k - 1``."""
    while k + 1 < len(tokens) and tokens[k].type in ("SUB", "CARET"):
        nxt = _group_end(tokens, k + 1, "LBRACE", "RBRACE")
        k = nxt if nxt > k + 1 else k + 2
    return k


def _operand_end(tokens: list[Token], k: int) -> int | None:
    r"""Index after ``\ell``, ``L(p)``, ``\log L``, ``\ell_i`` starting at ``k``; None if none."""
    if k < len(tokens) and tokens[k].type in ("LOG", "LN"):
        k += 1
    if k >= len(tokens) or tokens[k].type not in _OPERAND:
        return None
    j = _scripts_end(tokens, k + 1)
    return _group_end(tokens, j, "LPAR", "RPAR")


def slash_derivatives(tokens: list[Token]) -> list[Token]:
    r"""``\mathrm{d}\ell/\mathrm{d}\theta``, ``\partial L/\partial p``, ``d/dx``: derivatives.

    Rewritten as the ``\frac`` they abbreviate. Only a ``d`` that does not end
    a product (``a\,d\ell/d\theta`` stays a product) and a variable that is
    one letter with its scripts are read this way.
    """
    out = list(tokens)
    k = 0
    while k < len(out):
        if not _is_d(out[k]) or (k and out[k - 1].type in _FACTOR_END):
            k += 1
            continue
        operator = k + 1 < len(out) and out[k + 1].type == "SLASH"
        top_end = k + 1 if operator else _operand_end(out, k + 1)
        if top_end is None or top_end >= len(out) or out[top_end].type != "SLASH":
            k += 1
            continue
        d2 = top_end + 1
        if not (d2 + 1 < len(out) and _is_d(out[d2]) and out[d2 + 1].type in ("LETTER", "GREEK")):
            k += 1
            continue
        var_end = _scripts_end(out, d2 + 2)
        col = out[k].start_pos or 0
        kind = "partial" if out[k].type == "PARTIAL" and out[k].value != "d" else "d"
        rewritten = [
            _tok("FRAC", "frac", col),
            _tok("LBRACE", "{", col),
            _tok("PARTIAL", kind, col),
            *out[k + 1 : top_end],
            _tok("RBRACE", "}", col),
            _tok("LBRACE", "{", col),
            _tok("PARTIAL", kind, out[d2].start_pos or col),
            *out[d2 + 1 : var_end],
            _tok("RBRACE", "}", col),
        ]
        out[k:var_end] = rewritten
        k += len(rewritten)
    return out


_ATOMS = ("LETTER", "GREEK")


#: Functions whose argument written after a number is the whole product (``\\cos 2x`` is
#: cos(2x), the convention of every table of identities), as for a log.
_PRODUCT_ARGUMENT = frozenset("sin cos tan sinh cosh tanh sec csc cot exp Var Cov".split())
#: Moments whose bracketless operand must be one factor (``\\mathrm{Var} X Y``: Var(X) Y or
#: Var(XY)? see :func:`moment_operands`).
_MOMENTS = frozenset({"Var", "Cov"})
#: Tokens that may follow a moment's one-factor operand: a sign, a relation, the end.
_AFTER_OPERAND = frozenset("PLUS MINUS EQ NE LESS RPAR RBRACE COMMA SEMI BAR ABSR EVALR".split())


def _takes_product(t: Token) -> bool:
    if t.type in ("LOG", "LN", "EXP"):
        return True
    return t.type == "FUNC" and getattr(t, "payload", None) in _PRODUCT_ARGUMENT


def log_arguments(tokens: list[Token]) -> list[Token]:
    """``\\log 2b`` is ``\\log(2b)``: a number right after a log starts a product it takes
    whole; so after ``\\cos`` and the other trigonometric and hyperbolic functions and
    ``\\exp`` (parse12: ``\\cos 2x`` was cos(2) x, and the correct ``\\cos 2x = \\cos(2x)``
    was refuted), and after a whole power written on the function (``\\sin^2 2x``)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        out.append(t)
        if (
            _takes_product(t)
            and t.type != "EXP"
            and k + 4 < len(tokens)
            and tokens[k + 1].type == "CARET"
            and tokens[k + 2].type == "NUM"
            and tokens[k + 3].type == "NUM"
            and tokens[k + 4].type in _ATOMS
        ):
            out.extend(tokens[k + 1 : k + 3])  # the power, then the argument as below
            tokens = tokens[: k + 1] + tokens[k + 3 :]
        if (
            _takes_product(t)
            and k + 2 < len(tokens)
            and tokens[k + 1].type == "NUM"
            and tokens[k + 2].type in _ATOMS
        ):
            j = k + 2
            while j < len(tokens) and tokens[j].type in _ATOMS:
                j += 1
                # a power or subscript belongs to its letter
                while j + 1 < len(tokens) and tokens[j].type in ("CARET", "SUB"):
                    if tokens[j + 1].type == "LBRACE":
                        depth = 0
                        j += 1
                        while j < len(tokens):
                            if tokens[j].type == "LBRACE":
                                depth += 1
                            elif tokens[j].type == "RBRACE":
                                depth -= 1
                                if depth == 0:
                                    break
                            j += 1
                        j += 1
                    else:
                        j += 2
            if j < len(tokens) and tokens[j].type in ("LPAR", "FNAME", "LBRACE"):
                k += 1
                continue  # \log 2 \pi (x): ambiguous, left as written
            col = tokens[k + 1].start_pos
            out.append(Tok("LPAR", "(", start_pos=col, column=(col or 0) + 1))
            out.extend(tokens[k + 1 : j])
            out.append(Tok("RPAR", ")", start_pos=col, column=(col or 0) + 1))
            k = j
            continue
        k += 1
    return out


def moment_operands(tokens: list[Token]) -> list[Token]:
    """Refuse ``\\mathrm{Var} X Y``: a variance written without a bracket before more than
    one factor takes the first (Var(X) Y) or all (Var(XY)) - not written, and read one way a
    correct row of the other was refuted. One factor (``\\mathrm{Var} X + 1``) and a number
    with its letters (``\\mathrm{Var}\\, 2X``, bracketed by :func:`log_arguments`) are read."""
    for k, t in enumerate(tokens):
        if t.type != "FUNC" or getattr(t, "payload", None) not in _MOMENTS:
            continue
        j = k + 1
        if j >= len(tokens) or tokens[j].type == "LPAR":
            continue
        if tokens[j].type not in _ATOMS and tokens[j].type != "NAME":
            continue
        j += 1
        while j < len(tokens) and tokens[j].type in ("CARET", "SUB", "PRIME", "TRANSPOSE", "INVT"):
            scripted = tokens[j].type in ("CARET", "SUB")
            j = _after_script(tokens, j + 1) if scripted else j + 1
        if j < len(tokens) and tokens[j].type not in _AFTER_OPERAND:
            raise LatexError(
                f"\\{t.payload} without a bracket before a product: whether it takes the "
                "first factor or all of them is not written (bracket what it takes)",
                t.start_pos or 0,
            )
    return tokens


#: Operators of matrices that take the product written after them (``\\operatorname{tr} AB``).
_MATRIX_OPERATORS = frozenset({"tr", "det"})
#: Tokens that end such an operand at the top level: signs, relations, separators, closing
#: brackets, and another operator (``\\det A \\det B``).
_OPERAND_ENDS = frozenset(
    "PLUS MINUS EQ NE LESS COMMA SEMI RPAR RBRACE BAR ABSR EVALR FUNC LOG LN EXP SUM PROD".split()
)


def matrix_operands(tokens: list[Token]) -> list[Token]:
    """``\\operatorname{tr} AB``, ``\\det AB``: the trace (determinant) of the product written
    after the operator, as matrix algebra writes it (``\\operatorname{tr} \\Sigma^{-1} S``);
    the operand is bracketed up to a sign, a relation, a closing bracket or another
    operator. Read as tr(A) times B, the cyclic tr AB = tr BA was refuted."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        out.append(t)
        k += 1
        if t.type != "FUNC" or getattr(t, "payload", None) not in _MATRIX_OPERATORS:
            continue
        if k >= len(tokens) or tokens[k].type in ("LPAR", "CARET", "SUB", "PRIME"):
            continue
        j, depth = k, 0
        while j < len(tokens):
            kind = tokens[j].type
            if kind in ("CARET", "SUB") and j + 1 < len(tokens) and tokens[j + 1].type != "LBRACE":
                j += 3 if tokens[j + 1].type == "MINUS" else 2  # A^T, A^-1: the script is A's
                continue
            if kind in ("LPAR", "LBRACE"):
                depth += 1
            elif kind in ("RPAR", "RBRACE"):
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and kind in _OPERAND_ENDS:
                break
            j += 1
        if j - k < 2:
            continue  # one token: \\det A, as before
        col = tokens[k].start_pos
        out.append(Tok("LPAR", "(", start_pos=col, column=(col or 0) + 1))
        out.extend(tokens[k:j])
        out.append(Tok("RPAR", ")", start_pos=col, column=(col or 0) + 1))
        k = j
    return out


def _eval_closed(tokens: list[Token], t: Token) -> bool:
    k = tokens.index(t)
    return any(u.type == "EVALR" for u in tokens[k + 1 :])
