"""Turn one side of a row of LaTeX into a list of tokens for the grammar.

This is the normalisation layer: the notation posts really use is reduced to
a small token vocabulary here, before any parsing.

- Limits first: a side nested deeper than :data:`~._tokens.MAX_NESTING`
  brackets, or longer than :data:`~._tokens.MAX_TOKENS` tokens or
  :data:`~._tokens.MAX_OPERATORS` operators, is refused with a sentence naming
  the limit before anything recursive looks at it.
- Unicode that authors type inside TeX (``λ``, ``−``, ``≤``, the styled letters ``𝑝``,
  ``𝓛`` of :func:`._notation.styled_letter`) is read as the TeX it stands for; any other
  non-ASCII character is an error with its column.
- Presentation-only commands vanish: ``\\limits``, ``\\displaystyle``, spacing
  (``\\,``, ``\\quad``, ``~``), sizes (``\\Large``) and the size of a delimiter
  (``\\Big(`` is ``(``; a stray sized closer is reported, see :mod:`._passes`).
- ``\\mathbf{x}`` is ``x`` (bold is typography); ``\\mathcal{LL}``, ``\\ell``,
  ``\\mathrm{LL}`` and other names of several letters are *named quantities*;
  ``\\mathrm{d}`` is the letter d of a derivative; ``\\hat{\\mu}``, ``\\bar{x}``
  name symbols of their own; ``\\binom``/``\\choose``, ``\\over``, ``\\det``,
  ``\\operatorname{tr}``, transposes (``^\\top``, ``^\\mathrm{T}``), matrices
  (``pmatrix``) and ``\\nabla_\\Sigma`` become tokens of their own.
- Plain letters that spell a function before a bracket (``ln(x)``, ``tr[AB]``)
  or a Greek letter (``lambda``) are read as what they spell, with a slip.

Nothing here evaluates text: the output is a list of ``lark.Token``.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from lark import Token

from . import (
    _cases,
    _expectation_sim,
    _function_words,  # NAMES9
    _integrals,
    _math_words,
    _special,
    _sum_where,
)
from . import _notation as T
from ._comma_subscripts import comma_subscripts
from ._double_index_sums import double_index_sums
from ._indicators import indicators, set_indicators, subscripted_partials
from ._named_sets import named_sets
from ._order_events import SIGNS as EVENT_SIGNS
from ._order_events import (
    braced_indicator_fonts,
    chained_indicators,
    order_events,
    subscript_indicators,
)
from ._passes import FUNCTION_LETTERS, _after_script, run_passes
from ._sign_letter import SIGN
from ._tokens import (
    MAX_NESTING,
    MAX_OPERATORS,
    MAX_TOKENS,
    LatexError,
    Slip,
    bracket_holds,
    delim,
    tok,
)
from ._typeset_forms import (
    arrow_names,
    bold_groups,
    braced_expectations,
    decimal_commas,
    dot_arguments,
    fonted_bars,
    labelled_subscripts,
    operator_groups,
    period_products,
    primed_brackets,
    slipped_orders,
    thin_space_groups,
)

GREEK = T.GREEK  # re-exported for older imports

_TOKEN_RE = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<cmd>\\(?:[A-Za-z]+|.))
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<letter>[A-Za-z])
  | (?P<punct>[{}()\[\]^_+\-*/,|=!<>:;'.~&])
    """,
    re.X,
)
#: Commands that name a bracket character (``\lbrack`` is ``[``): read as the character.
_BRACKET_NAMES = {"\\lbrack": "[", "\\rbrack": "]"}
#: Capital Greek letters KaTeX and MathJax typeset with the Latin glyph (PARSE64: held-out
#: opensrdk's ``\log{\Beta(\alpha, \beta)}``): the page shows the letter, which is read.
_LATIN_GLYPHS = {"\\Beta": "B"}
#: Unicode superscript digits and minus, the power they show (``x²`` is ``x^{2}``).
_SUPERSCRIPTS = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8",
    "⁹": "9", "⁻": "-",
}  # fmt: skip
_RELATION_COMMANDS = frozenset(
    "le leq ge geq neq ne sim simeq approx propto in notin subset subseteq to rightarrow "
    "Rightarrow implies iff Leftrightarrow equiv coloneqq mapsto".split()
)
MAX_BIG_OPERATORS = 40
#: Tokens that end an operand: a sign after one of them is a binary plus or minus.
_OPERAND_END = frozenset(
    "NUM LETTER GREEK NAME RPAR RBRACE BANG TRANSPOSE INVT PRIME MATRIX DOTS".split()
)


@dataclasses.dataclass
class _Raw:
    kind: str  # "cmd", "num", "letter", "punct"
    text: str
    col: int
    gap: bool = False  # white space before it


@dataclasses.dataclass
class LexInfo:
    """What the lexer needs to know about the whole post.

    Attributes
    ----------
    transpose_T, transpose_t : bool
        Whether ``^T`` (``^t``) is a transpose in this post (it is a power when
        the post uses ``T`` (``t``) as a symbol of its own, as in ``(1-p)^T``).
    """

    transpose_T: bool = True
    transpose_t: bool = False
    #: Whether ``P(X = x)`` is read as a probability of an event (see :func:`_events`).
    events: bool = True
    #: Letters the post defines as functions by a row ``J(\\theta) = ...``: applied to
    #: names they are functions, like ``L`` (see :func:`._passes.mark_applications`).
    functions: frozenset[str] = frozenset()
    #: The one variable the post differentiates by (TeX, ``"\\theta"``), or "" when it
    #: differentiates by none or several: ``\nabla \ell`` alone is the derivative by it.
    gradient: str = ""
    #: Whether the post uses \\delta as a symbol of its own (outside derivative fractions):
    #: then \\frac{\\delta f}{\\delta x} is not read as a derivative.
    delta_symbol: bool = False
    #: Letters the post writes with the subscript 0 (``n_0``): their subscript o (``n_o``)
    #: is the digit mistyped (see :func:`_o_for_zero`).
    zero_subscripts: frozenset[str] = frozenset()
    #: Letters whose powers the post calls iterates (``g^2 = g \\circ g``): ``g^2(x)`` is
    #: not the square of the value (see :func:`iterated_letters`).
    iterated: frozenset[str] = frozenset()
    #: Sets the post defines by a condition, ``I_0 = \\{i: y_i = 0\\}`` (see ._named_sets).
    sets: tuple[tuple[str, str, str], ...] = ()
    #: Letters the post's words make the standard normal's cdf and density (``Phi``,
    #: ``phi``): read through the table of special functions (see ._parse.normal_letters).
    normal: frozenset[str] = frozenset()
    #: Function letters the post applies with two or more subscripts (``q_\\theta(z)`` and
    #: ``q_\\phi(z)``): each subscript names a function of its own, never dropped as a
    #: parameter's name (see ._parse.letters_with_several_subscripts).
    several_subscripts: frozenset[str] = frozenset()


def raw_tokens(text: str) -> list[_Raw]:
    """TeX tokens of ``text`` with their columns; Unicode math read as the TeX it stands for."""
    out: list[_Raw] = []
    pos = 0
    gap = False
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch in _SUPERSCRIPTS:
            # x², 2¹⁰, x⁻¹: the power the superscript shows, x^{2}, 2^{10}, x^{-1}
            end = pos
            while end < n and text[end] in _SUPERSCRIPTS:
                end += 1
            power = "".join(_SUPERSCRIPTS[c] for c in text[pos:end])
            out += [_Raw("punct", "^", pos, gap), _Raw("punct", "{", pos)]
            out += [_Raw(m.lastgroup or "", m.group(0), pos) for m in _TOKEN_RE.finditer(power)]
            out.append(_Raw("punct", "}", end - 1))
            gap = False
            pos = end
            continue
        rep = T.UNICODE.get(ch) or T.styled_letter(ch)
        if rep is not None:
            if rep == " ":
                gap = True
            else:
                # one token, or a styled capital's several (𝓛 is \mathcal{L})
                for m in _TOKEN_RE.finditer(rep):
                    out.append(_Raw(m.lastgroup or "cmd", m.group(0), pos, gap))
                    gap = False
            pos += 1
            continue
        if ch == "\\" and not text[pos + 1 :].strip():
            # 'x^2 \\ }' cut at the side's end: the control space whose space was stripped
            out.append(_Raw("cmd", "\\ ", pos, gap))
            gap = False
            pos = n
            continue
        if ch == "\\" and text.startswith(("\n", "\r"), pos + 1):
            # '\\' before the end of a line is TeX's control space, as '\\ ' is.
            out.append(_Raw("cmd", "\\ ", pos, gap))
            gap = False
            pos += 3 if text.startswith("\r\n", pos + 1) else 2
            continue
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            raise LatexError(f"unexpected character {ch!r} (U+{ord(ch):04X})", pos)
        kind = m.lastgroup
        if kind == "space" or m.group(0) == "~":
            gap = True
        elif m.group(0) in _BRACKET_NAMES:
            # E\lbrack X\rbrack: TeX's names of the bracket characters, the characters
            out.append(_Raw("punct", _BRACKET_NAMES[m.group(0)], pos, gap))
            gap = False
        elif m.group(0) in _LATIN_GLYPHS:
            out.append(_Raw("letter", _LATIN_GLYPHS[m.group(0)], pos, gap))
            gap = False
        else:
            out.append(_Raw(kind or "", m.group(0), pos, gap))
            gap = False
        pos = m.end()
    return _fold_dots(out)


def _fold_dots(raw: list[_Raw]) -> list[_Raw]:
    """``...``, ``…..``, ``. . .`` (an ellipsis typed as dots): one ``\\ldots``."""
    out: list[_Raw] = []
    k = 0
    while k < len(raw):
        j = k
        dots = 0
        while j < len(raw) and raw[j].text in (".", "\\ldots") and (j == k or not raw[j].gap):
            dots += 1 if raw[j].text == "." else 3
            j += 1
        if dots >= 2 and j - k >= 2 or (dots >= 3 and j - k == 1):
            out.append(_Raw("cmd", "\\ldots", raw[k].col, raw[k].gap))
            k = j
            continue
        # ". . ." (dots typed with spaces, r_3, r_4, . . . , r_T): three or more.
        j = k
        while j < len(raw) and raw[j].text == ".":
            j += 1
        if j - k >= 3:
            out.append(_Raw("cmd", "\\ldots", raw[k].col, raw[k].gap))
            k = j
            continue
        out.append(raw[k])
        k += 1
    return out


_OPEN = frozenset(["{", "(", "[", "\\begin"])
_CLOSE = frozenset(["}", ")", "]", "\\end"])
_OPS = frozenset(["+", "-", "*", "/", "!", "\\cdot", "\\times", "\\ast"])
_BIG = frozenset(
    ["\\sum", "\\prod", "\\int", "\\frac", "\\dfrac", "\\sqrt", "\\log", "\\ln", "\\exp"]
)


def check_limits(raw: list[_Raw]) -> None:
    """Refuse a side that is too deep or too long, before anything recursive reads it."""
    if len(raw) > MAX_TOKENS:
        raise LatexError(
            f"the expression has {len(raw)} tokens, more than the limit of {MAX_TOKENS}",
            raw[MAX_TOKENS].col,
        )
    depth = 0
    ops = 0
    big = 0
    for r in raw:
        if r.text in _OPEN:
            depth += 1
            if depth > MAX_NESTING:
                raise LatexError(
                    f"nesting deeper than the limit of {MAX_NESTING} brackets and groups", r.col
                )
        elif r.text in _CLOSE:
            depth -= 1
        elif r.text in _OPS:
            ops += 1
            if ops > MAX_OPERATORS:
                raise LatexError(
                    f"more operators than the limit of {MAX_OPERATORS} in one expression", r.col
                )
        elif r.text in _BIG:
            big += 1
            if big > MAX_BIG_OPERATORS:
                raise LatexError(
                    f"more sums, products, fractions and functions than the limit of "
                    f"{MAX_BIG_OPERATORS} in one expression",
                    r.col,
                )


def _text_of(raw: list[_Raw]) -> str:
    return "".join(r.text for r in raw)


#: Environments (matrices, cases, braced arrays) nested deeper than this are not read.
MAX_ENV_DEPTH = 6


def _primed(t: Token) -> bool:
    """A primed name (``K'``) or a prime: an empty group after it (``K'{}^\\top``) only lets
    TeX put a second script on it (``K'^\\top`` is a double superscript to TeX)."""
    return t.type == "PRIME" or (t.type in ("LETTER", "GREEK", "NAME") and str(t).endswith("'"))


class _Converter:
    """Raw TeX tokens to grammar tokens (before the passes of :mod:`._passes`)."""

    def __init__(self, info: LexInfo) -> None:
        self.info = info
        self.slips: list[Slip] = []
        #: converting the subscript group of a sum or product (\sum_{k \ne j})
        self.in_limits = False
        self.in_script = False  # inside a braced sub- or superscript (FIX17, _math_word)
        #: environments (matrices, cases) this converter's tokens sit inside
        self.env_depth = 0

    # -- groups and arguments ------------------------------------------------
    @staticmethod
    def group(raw: list[_Raw], i: int) -> tuple[list[_Raw], int]:
        """The raw tokens inside the ``{...}`` at ``raw[i]``, and the index after it."""
        if i >= len(raw) or raw[i].text != "{":
            col = raw[i].col if i < len(raw) else (raw[-1].col if raw else 0)
            raise LatexError("expected '{'", col)
        depth = 0
        for j in range(i, len(raw)):
            if raw[j].text == "{":
                depth += 1
            elif raw[j].text == "}":
                depth -= 1
                if depth == 0:
                    return raw[i + 1 : j], j + 1
        raise LatexError("unclosed '{'", raw[i].col)

    def arg(self, raw: list[_Raw], i: int, what: str) -> tuple[list[_Raw], int]:
        """A command's argument: a brace group or the single token that follows."""
        if i >= len(raw):
            raise LatexError(f"{what} needs an argument", raw[-1].col if raw else 0)
        if raw[i].text == "{":
            return self.group(raw, i)
        return [raw[i]], i + 1

    def _opaque_nabla(self, raw: list[_Raw], i: int, r: _Raw, out: list[Token]) -> int | None:
        """PARSE15: ``\\nabla J``, ``\\nabla^2 A(\\theta)`` where the variable is not said: the
        gradient (or Hessian) by the post's parameters, which ones not written. Read as a
        function of its own applied to what follows (``\\nabla``, ``\\nabla^{2}``), which the
        reader gives no value (._tosympy.opaque): a step through it is never proved nor
        refuted. The index after the next token, or None when no operand follows."""
        name, j = "\\nabla", i + 1
        if j < len(raw) and raw[j].text == "^":
            power, j = self.arg(raw, j + 1, "\\nabla^")
            if len(power) != 1 or not power[0].text.isdigit():
                return None
            name = f"\\nabla^{{{power[0].text}}}"
        if j >= len(raw) or not _operand_starts(raw, j):
            return None
        out.append(tok("FUNC", name, r.col, payload=name))
        return j

    # -- the walk ---------------------------------------------------------------
    def convert(self, raw: list[_Raw]) -> list[Token]:
        split = self._infix(raw)
        if split is not None:
            kind, left, right, col = split
            if _splits_a_bracket(left):
                raise LatexError(
                    f"\\{kind} takes the whole group it is in (TeX reads (n \\{kind} k) as "
                    f"{{(n}} \\{kind} {{k)}}), and here that group splits a bracket: write "
                    "\\binom{n}{k} (\\frac), or the bracket as \\left( ... \\right)",
                    col,
                )
            left, right = _unbraced(left), _unbraced(right)
            head = tok("FRAC" if kind == "over" else "BINOM", kind, col)
            return [
                head,
                tok("LBRACE", "{", col),
                *self.convert(left),
                tok("RBRACE", "}", col),
                tok("LBRACE", "{", col),
                *self.convert(right),
                tok("RBRACE", "}", col),
            ]
        out: list[Token] = []
        i = 0
        size = 0
        while i < len(raw):
            r = raw[i]
            if r.kind == "cmd":
                i, size = self._command(raw, i, out, size)
                continue
            if r.kind == "num":
                self._number(r, out)
            elif r.kind == "letter":
                i = self._letters(raw, i, out)
                size = 0
                continue
            else:
                i = self._punct(raw, i, out, size)
                size = 0
                continue
            size = 0
            i += 1
        return out

    @staticmethod
    def _infix(raw: list[_Raw]) -> tuple[str, list[_Raw], list[_Raw], int] | None:
        """``a \\over b`` / ``n \\choose k`` at the top level of a group."""
        depth = 0
        for k, r in enumerate(raw):
            # a \left ... \right pair is a group too: its \choose is its own (parse60)
            if r.text in ("{", "\\begin", "\\left"):
                depth += 1
            elif r.text in ("}", "\\end", "\\right"):
                depth -= 1
            elif depth == 0 and r.text in ("\\over", "\\choose", "\\atop"):
                if r.text == "\\atop":
                    raise LatexError("\\atop (a stacked pair) is not read", r.col)
                return r.text[1:], raw[:k], raw[k + 1 :], r.col
        return None

    def _number(self, r: _Raw, out: list[Token]) -> None:
        t = r.text
        prev = out[-1].type if out else ""
        if prev in ("FRAC", "CARET", "SUB", "BINOM") and len(t) > 1 and "." not in t:
            # TeX takes one character as an argument: \frac12 is 1/2, x^23 is x^2 * 3.
            take = 2 if prev in ("FRAC", "BINOM") else 1
            for k, ch in enumerate(t[:take]):
                out.append(tok("NUM", ch, r.col + k))
            if t[take:]:
                out.append(tok("NUM", t[take:], r.col + take))
        else:
            out.append(tok("NUM", t, r.col))

    def _letters(self, raw: list[_Raw], i: int, out: list[Token]) -> int:
        """Adjacent letters: a symbol each, unless they spell a function or a Greek letter."""
        j = i + 1
        while j < len(raw) and raw[j].kind == "letter" and not raw[j].gap:
            j += 1
        run = "".join(r.text for r in raw[i:j])
        nxt = raw[j].text if j < len(raw) else ""
        if nxt == "\\left" and j + 1 < len(raw):
            nxt = raw[j + 1].text
        if nxt[1:] in T.SIZES and nxt.startswith("\\") and j + 1 < len(raw):
            # Var \Big( ... \Big): the size names are kept without their backslash
            # (external46, 7.20 line 96 was read as V*a*r(...) and refuted)
            nxt = raw[j + 1].text
        bracket = nxt in ("(", "[")
        if nxt == "{" and j + 1 < len(raw) and raw[j + 1].text in ("(", "["):
            # exp{(-q/2)}: braces TeX does not show around the bracket (held-out batch 35)
            bracket = True
        if self._math_word(raw, i, j, run, out):  # FIX17: 'constant', 'terms' in math mode
            return j
        if run in ("Var", "Cov", "var", "cov") and bracket:
            # Var(X), Cov(X, Y), var(x) written upright without \mathrm: the operator,
            # never the product V*a*r(X) (a row with it was compared as that product)
            out.append(tok("FUNC", run.capitalize(), raw[i].col))
            return j
        if run in ("Ln", "LN", "Log", "LOG") and bracket:
            # Ln(a), Log(x): the natural log written with a capital (a textbook convention),
            # never the product L*n(a) (a correct Ln(a) = \ln a was refuted through it)
            self.slips.append(Slip(raw[i].col, f"the letters '{run}' are read as \\log"))
            out.append(tok("LN" if run.lower() == "ln" else "LOG", run.lower(), raw[i].col))
            return j
        opt = _spelled_arg_max(raw, i, j, run)
        if opt is not None:
            # argmin_\theta, arg max_\theta written upright without a backslash: the arg max,
            # never the product a*r*g*m*i*n (a correct argmin = ybar was refuted through it)
            end, kind, value = opt
            self.slips.append(
                Slip(
                    raw[i].col,
                    f"the letters '{run}' are read as \\{value} (a backslash is missing)",
                )
            )
            out.append(
                tok(
                    kind, value, raw[i].col, payload=T.FUNCTIONS[value] if kind == "FUNC" else value
                )
            )
            return end
        if run == "Pr" and bracket:
            # Pr(X = 0), Pr[X_1 = 1]: the probability \Pr (a backslash is missing), never
            # P times a function r (a Markov-chain question's rows were not read, external32)
            self.slips.append(
                Slip(raw[i].col, "the letters 'Pr' are read as \\Pr (a backslash is missing)")
            )
            out.append(tok("NAME", "\\mathrm{Pr}", raw[i].col))
            return j
        if bracket and len(run) >= 2 and run.isascii() and run.isalpha() and run.isupper():
            # PARSE11: KL(q|p), MSE(\theta), NLL(\theta): capitals before a bracket spell
            # the name of a function (\mathrm{KL}), never the product K*L(q, p) - a post's
            # correct definition NLL(\theta) = -\log L(\theta) was refuted through it
            col = raw[i].col
            self.slips.append(
                Slip(col, f"the letters '{run}' before a bracket are read as \\mathrm{{{run}}}")
            )
            if run in T.PLAIN_WORDS:  # MLE(\theta): a function, never the label MLE times
                out.append(tok("NAME", f"\\mathrm{{{run}}}", col))
            else:
                self._word(raw[i:j], _Raw("cmd", "\\mathrm", col), out)
            return j
        if len(run) >= 3 and run in T.GREEK:
            self.slips.append(
                Slip(
                    raw[i].col, f"the letters '{run}' are read as \\{run} (a backslash is missing)"
                )
            )
            out.append(tok("GREEK", T.GREEK_SAME.get(run, run), raw[i].col))
            return j
        if self._function_word(raw, i, j, run, bracket, out):  # NAMES9: sigmoid(z), tanh(z)
            return j
        if (
            run in _LOG_WORDS
            and j < len(raw)
            and raw[j].kind == "cmd"
            and (_operand_starts(raw, j) or raw[j].text in ("\\binom", "\\dbinom", "\\tbinom"))
        ):
            # ln\binom{n-1}{r-1}, ln\frac{a}{b}, ln\lambda: the log of the operand after
            # it (a backslash is missing), never l*n times it
            self.slips.append(
                Slip(
                    raw[i].col, f"the letters '{run}' are read as \\{run} (a backslash is missing)"
                )
            )
            out.append(tok(_LOG_WORDS[run], run, raw[i].col))
            return j
        if run in _LOG_WORDS and j < len(raw) and raw[j].text in ("|", "\\lvert", "\\vert"):
            # PARSE65: log|\sigma^2|, log \lvert x \rvert (held-out external48 wudai): the log
            # of the absolute value or determinant (a backslash is missing), never
            # l*o*g*|x|, which was read silently
            self.slips.append(
                Slip(
                    raw[i].col, f"the letters '{run}' are read as \\{run} (a backslash is missing)"
                )
            )
            out.append(tok(_LOG_WORDS[run], run, raw[i].col))
            return j
        if run == "log" and _program_base(raw, j):
            # log2(x), log10(x): the names programs give the logs to base 2 and 10 (a
            # backslash and an underscore missing), never l*o*g*2*x (a correct log2(x) =
            # ln x / ln 2 was refuted through it)
            self.slips.append(
                Slip(
                    raw[i].col,
                    f"the letters 'log{raw[j].text}' are read as \\log_{{{raw[j].text}}}",
                )
            )
            c = raw[j].col
            out += [tok("LOG", run, raw[i].col), tok("SUB", "_", c), tok("LBRACE", "{", c)]
            out += [tok("NUM", raw[j].text, c), tok("RBRACE", "}", c)]
            return j + 1
        if run == "lg" and bracket:
            # lg(x): \lg (a backslash is missing), never l times a function g (lg x =
            # log_10 x, true where lg is to base 10, was refuted through it)
            self.slips.append(
                Slip(raw[i].col, "the letters 'lg' are read as \\lg (a backslash is missing)")
            )
            out.append(tok("LOG", run, raw[i].col))
            return j
        if run == "log" and j < len(raw) and raw[j].text == "_":
            # log_{2}4, log_2 8: a logarithm to a base (a backslash is missing), never
            # l*o*g_2 times 4 (a blog's table of logs was "puts in numbers for the symbols")
            self.slips.append(
                Slip(raw[i].col, "the letters 'log' are read as \\log (a backslash is missing)")
            )
            out.append(tok("LOG", run, raw[i].col))
            return j
        if run in _LOG_WORDS and _spaced_operand(raw, j):
            # read8: log\ \theta, log\,x: the log of what follows the spacing (a backslash
            # is missing), never l*o*g*theta, which was read silently
            self.slips.append(
                Slip(
                    raw[i].col, f"the letters '{run}' are read as \\{run} (a backslash is missing)"
                )
            )
            out.append(tok(_LOG_WORDS[run], run, raw[i].col))
            return j
        if run in _LOG_WORDS and j < len(raw) and raw[j].gap and _names_next(raw[j]):
            # "\sum {log x_i}": the log of x_i (a backslash is missing), never l*o*g*x_i
            # (a beta-MLE homework; its rows were compared as that product once B(a, b)
            # could be read).
            self.slips.append(
                Slip(
                    raw[i].col, f"the letters '{run}' are read as \\{run} (a backslash is missing)"
                )
            )
            out.append(tok(_LOG_WORDS[run], run, raw[i].col))
            return j
        glued = next((w for w in ("log", "ln") if run.startswith(w) and len(run) > len(w)), "")
        if glued and run[len(glued) :] not in T.GREEK and not run.endswith(("log", "ln", "exp")):
            # lnL, lne^{...}, logL(\tau): the logarithm of one letter, its backslash and
            # a space missing - never the product l*n*L (a Cramer-Rao question's correct
            # row was refuted through it). Before several letters (lnxy) it is a guess.
            rest = raw[i + len(glued) : j]
            if len(rest) > 1:
                raise LatexError(
                    f"'{run}': {glued} without a backslash before the letters "
                    f"'{run[len(glued) :]}' - is it \\{glued} {run[len(glued) :]}? The row "
                    "is not read rather than guessed",
                    raw[i].col,
                )
            self.slips.append(
                Slip(
                    raw[i].col,
                    f"the letters '{glued}' are read as \\{glued} (a backslash is missing)",
                )
            )
            out.append(tok(glued.upper(), glued, raw[i].col))
            return self._letters(raw, i + len(glued), out)
        inside = _log_inside(run)
        if inside and not (bracket and run.endswith(inside[1])):
            # nlog\Gamma(3), 2nlog\beta, \frac{dlnL}{d\theta}: the letters before log/ln
            # are factors (n, d), the one after it (if any) its argument, as lnL is read;
            # letter by letter they were the product g*o*l*n, or 'unexpected n'.
            at, word = inside
            rest = run[at + len(word) :]
            if len(rest) > 1:
                raise LatexError(
                    f"'{run}': {word} without a backslash before the letters '{rest}' - is it "
                    f"{run[:at]} \\{word} {rest}? The row is not read rather than guessed",
                    raw[i].col,
                )
            if rest or _operand_starts(raw, j):
                for r in raw[i : i + at]:
                    out.append(tok("LETTER", r.text, r.col))
                col = raw[i + at].col
                self.slips.append(
                    Slip(col, f"the letters '{word}' are read as \\{word} (a backslash is missing)")
                )
                out.append(tok(word.upper(), word, col))
                return self._letters(raw, i + at + len(word), out) if rest else j
        if bracket:
            for word in T.LETTER_FUNCTIONS:
                if run.endswith(word):
                    for r in raw[i : j - len(word)]:
                        out.append(tok("LETTER", r.text, r.col))
                    col = raw[j - len(word)].col
                    if word in ("log", "ln", "exp"):
                        out.append(tok(word.upper(), word, col))
                    else:
                        out.append(tok("FUNC", word, col, payload=T.FUNCTIONS[word]))
                    return j
            if run.endswith("E") and (run == "E" or run[:-1].islower()):
                # E(X), and 2pE[X] (the expectation glued after the letters it multiplies;
                # capitals before it spell a word: SE(\hat\theta), MSE(...))
                for r in raw[i : j - 1]:
                    out.append(tok("LETTER", r.text, r.col))
                out.append(tok("FUNC", "E", raw[j - 1].col, payload="E"))
                return j
        if run.endswith("E") and (run == "E" or run[:-1].islower()) and nxt == "_":
            # E_{\lambda}[...], E_p(X), pE_p(X): an expectation with its subscript
            sub = self._expectation_subscript(raw, j)
            if sub is not None:
                for r in raw[i : j - 1]:
                    out.append(tok("LETTER", r.text, r.col))
                out.append(tok("FUNC", "E", raw[j - 1].col, payload="E"))
                self._subscript_group(sub[0], raw[j], out)
                return sub[1]
        for r in raw[i:j]:
            out.append(tok("LETTER", r.text, r.col))
        return j

    def _function_word(
        self, raw: list[_Raw], i: int, j: int, run: str, bracket: bool, out: list[Token]
    ) -> bool:
        """NAMES9: a word before a bracket is a function (see :mod:`._function_words`)."""
        read = _function_words.read_word(run, bracket)
        if read is None:
            return False
        factors, kind, name = read
        for r in raw[i : i + len(factors)]:
            out.append(tok("LETTER", r.text, r.col))
        col = raw[i + len(factors)].col
        word = run[len(factors) :]
        if kind == "elementary":
            self.slips.append(
                Slip(col, f"the letters '{word}' are read as \\{word} (a backslash is missing)")
            )
            out.append(tok("FUNC", word, col, payload=name))
        else:
            self.slips.append(
                Slip(col, f"the letters '{word}' before a bracket are read as \\mathrm{{{word}}}")
            )
            self._word(raw[i + len(factors) : j], _Raw("cmd", "\\mathrm", col), out)
        return True

    def _math_word(self, raw: list[_Raw], i: int, j: int, run: str, out: list[Token]) -> bool:
        """An English word typed in math mode (see :mod:`._math_words`): ``const`` added to
        a side is read as ``\\text{const}``; another word is not read. False: letters."""
        after = raw[j].text if j < len(raw) else ""
        if self.in_script or (out and out[-1].type in ("SUB", "CARET")):
            return False  # x_{const}, \mu_{terms}: a label in a script, read as before
        kind = _math_words.math_word(run, out[-1].type if out else None, after)
        if kind is None:
            return False
        if kind == "word":
            raise LatexError(_math_words.word_reason(run), raw[i].col)
        out.append(tok("LETTER", run.lower(), raw[i].col))
        return True

    def _expectation_subscript(self, raw: list[_Raw], j: int) -> tuple[list[_Raw], int] | None:
        """The subscript of an expectation ``E_p[X]``, ``E_\\theta(X)`` at ``raw[j]`` (its ``_``)
        and the index after it, or None when no bracket follows it.

        A square bracket always makes ``E_s[...]`` an expectation. Before a parenthesis a
        subscript that is a number or an index letter (``E_1(x)``, ``E_i(x)``) may be a
        term of a sequence or an exponential integral: not guessed.
        """
        if j + 1 >= len(raw) or raw[j].text != "_":
            return None
        script, end = self.arg(raw, j + 1, "E_")
        k = end
        while k < len(raw) and raw[k].text[1:] in T.SIZES:
            k += 1
        if k >= len(raw) or raw[k].text not in ("(", "["):
            return None
        word = _text_of(script).replace(" ", "")
        if raw[k].text == "(" and (not word or word.isdigit() or word in _INDEX_LIKE):
            return None
        return _expectation_sim.distribution_part(script), end  # READ6: E_{z \sim q}

    def _bracketless_expectation(self, raw: list[_Raw], j: int, r: _Raw, out: list[Token]) -> int:
        """``\\mathbb{E} X^2``, ``\\mathbb{E}_\\theta \\bar X_n``: the expectation (its
        subscript at ``raw[j]`` if any) of the one factor written after it, when a sign, a
        relation or the end follows that factor; the tokens are those of ``E[X^2]``. Before
        anything longer (``\\mathbb{E} X Y``, ``\\mathbb{E}_q \\log p``) which factors it
        takes is not written: LatexError. Returns the index after the operand."""
        k, script = j, None
        if k < len(raw) and raw[k].text == "_":
            script, k = self.arg(raw, k + 1, "E_")
        while k < len(raw) and raw[k].text in _SPACING_CMDS:
            k += 1
        power = _powered_call(raw, k) if script is None else None
        if power is not None:
            # \mathbb{E}^2(X): the square of the expectation, (\mathbb{E}(X))^2
            start, close = power
            out += [tok("LPAR", "(", r.col), tok("FUNC", "E", r.col, payload="E")]
            out += [*self.convert(raw[start : close + 1]), tok("RPAR", ")", raw[close].col)]
            out += [tok("CARET", "^", raw[k].col), tok("LBRACE", "{", raw[k].col)]
            out += [*self.convert(_script_body(raw[k + 1 : start])), tok("RBRACE", "}", raw[k].col)]
            return close + 1
        braces = _escaped_braces(raw, k)
        if braces is not None:
            # PARSE64: \mathbb{E}_z \{ l(\Psi) \} (external48 eadasandberg): the escaped
            # braces are the expectation's bracket, as [...] is
            start, inner_end, close = braces
            out.append(tok("FUNC", "E", r.col, payload="E"))
            if script is not None:
                self._subscript_group(_expectation_sim.distribution_part(script), raw[j], out)
            out.append(tok("LPAR", "[", raw[k].col))
            out.extend(self.convert(raw[start:inner_end]))
            out.append(tok("RPAR", "]", raw[close].col))
            return close + 1
        end = _lone_factor_end(raw, k)
        if end is None:
            raise LatexError(
                "an expectation without a bracket before more than one factor (or none): "
                "which factors it takes is not written (write \\mathbb{E}[...])",
                r.col,
            )
        out.append(tok("FUNC", "E", r.col, payload="E"))
        if script is not None:
            self._subscript_group(_expectation_sim.distribution_part(script), raw[j], out)
        out.append(tok("LPAR", "[", raw[k].col))
        out.extend(self.convert(raw[k:end]))
        out.append(tok("RPAR", "]", raw[end - 1].col))
        return end

    def _subscript_group(self, script: list[_Raw], r: _Raw, out: list[Token]) -> None:
        """``_{...}``: a braced subscript, so that no pass reads its letter as applied to
        the bracket after it (``E_p(X)`` is not ``E`` with a subscript density ``p(X)``)."""
        out += [tok("SUB", "_", r.col), tok("LBRACE", "{", r.col)]
        outer, self.in_script = self.in_script, True
        try:
            out += [*self.convert(script), tok("RBRACE", "}", r.col)]
        finally:
            self.in_script = outer

    def _script_side(self, raw: list[_Raw]) -> list[Token]:
        """One side of a condition below a sum, read as a script (see ._sum_where)."""
        outer, script = self.in_limits, self.in_script
        self.in_limits, self.in_script = False, True
        try:
            return self.convert(raw)
        finally:
            self.in_limits, self.in_script = outer, script

    def _punct(self, raw: list[_Raw], i: int, out: list[Token], size: int) -> int:
        r = raw[i]
        t = r.text
        if t == "^":
            return self._caret(raw, i, out)
        if t == "'":
            called = i + 1 < len(raw) and raw[i + 1].text in ("(", "\\left")
            if not called and _primed_name(out, 1, r.col):
                return i + 1  # m_1': a name of its own, as m_1^{'}
            out.append(tok("PRIME", "'", r.col))
            return i + 1
        if t == "_" and i + 2 < len(raw) and raw[i + 1].text == "{" and raw[i + 2].text == "}":
            return i + 3  # p_{}^{x}: an empty subscript, typeset as nothing
        labelled = _conditional_label(raw, i, out)
        if labelled:
            return labelled  # f_{X|Y}: one name, the law of X given Y
        signed = _sign_subscript(raw, i, out)  # read8: e_+, \Sigma_{-}
        if signed:
            base = out.pop()
            sign = raw[i + 1].text if raw[i + 1].text != "{" else raw[i + 2].text
            out.append(tok("LETTER", f"{base}_{{{sign}}}", base.start_pos or 0))
            return signed
        if t == "{":
            inner, j = self.group(raw, i)
            scripted = j < len(raw) and raw[j].text in ("^", "_")
            if not inner and (not scripted or (out and _primed(out[-1]))):
                # {}-{}: an empty group typed for spacing typesets as nothing; after a primed
                # name (K'{}^\top) the script sits on the name. Elsewhere it carries the
                # script ({}^{n}C_k, a{}^{n}C_k: a prescript) and is read as a group.
                return j
            switched = _colour_switch(inner)
            if switched is not None and _switch_place(raw, i, j):
                # x^2 {\color{red} - 2x\mu} + \mu^2: the switch colours the rest of its braces,
                # the body \color{c}{...} shows (a marked group; adversarial36, 07)
                self._marked(self.convert(switched), r, out)
                return j
            if _crosses(raw, i, j, _bracket_balance(inner)):
                # 2({x\beta-y)x}: the group crosses a parenthesis (TeX braces need not
                # nest with brackets). A bare group typesets as its contents, so it is
                # read as them; a command's argument or a scripted group is not guessed.
                before = raw[i - 1] if i else None
                bare, scripted = _group_place(raw, i, j)
                if not bare or scripted:
                    what = "a group with a script after it"
                    if before is not None and not bare:
                        what = f"the argument of {before.text}"
                    raise LatexError(
                        f"the braces opened here and closed at column {raw[j - 1].col} cross a "
                        f"parenthesis, and they are {what}: which part is grouped is not clear",
                        r.col,
                    )
                self.slips.append(
                    Slip(r.col, "braces that cross a parenthesis are read as the group's contents")
                )
                out.extend(self.convert(inner))
                return j
            split = self._infix(inner)
            if split is not None:
                # {N \choose n}, {a \over b}: one group, the binomial (or the fraction), so
                # that it stands as one argument of \frac or a script (external41)
                out += [tok("LBRACE", "{", r.col), *self.convert(inner)]
                out.append(tok("RBRACE", "}", raw[j - 1].col))
                return j
            pair = _index_pair(inner, out)
            if pair is not None:
                out += [tok("LBRACE", "{", r.col), pair, tok("RBRACE", "}", raw[j - 1].col)]
                return j
            where = _sum_where.conditional_limits(raw, i, j, out, self._script_side)  # READ6
            if where is not None:  # \sum_{i: y_i = 0}: over every i, an indicator factor
                out.extend(where)
                return j
            out.append(tok("LBRACE", "{", r.col))
            outer, self.in_limits = self.in_limits, _opens_limits(out)
            script = self.in_script  # FIX17: a word in a script is a label (see _math_word)
            self.in_script = script or (len(out) >= 2 and out[-2].type in ("SUB", "CARET"))
            try:
                below = self.convert(inner)
            finally:
                self.in_limits = outer
                self.in_script = script
            if _opens_limits(out) and _an_element(below):
                raise LatexError(_OVER_AN_ELEMENT, r.col)
            out.extend(below)
            out.append(tok("RBRACE", "}", raw[j - 1].col))
            return j
        if t == "_" and i + 2 < len(raw) and raw[i + 1].text[1:] in _WRAPPERS:
            # \ell_\mathbf{x}(\mu): the subscript is the command with its argument, as if
            # braced - never a subscript \mathbf and a letter x applied to (\mu)
            _, j = self.arg(raw, i + 2, raw[i + 1].text)
            out += [tok("SUB", "_", r.col), tok("LBRACE", "{", r.col)]
            out += [*self.convert(raw[i + 1 : j]), tok("RBRACE", "}", raw[j - 1].col)]
            return j
        if t == "*" and _trailing_star(raw, i, out):
            # PARSE11: y*, \theta* + 1: a star that multiplies nothing marks the name, y^*
            raw[i : i + 1] = [_Raw("punct", "^", r.col, r.gap), _Raw("punct", "*", r.col)]
            return i
        if t == "|" and i + 1 < len(raw) and raw[i + 1].text == "|" and not raw[i + 1].gap:
            # D(P||Q): the divergence bar, or two absolute values side by side (|a||b|);
            # ._passes.resolve_bars decides
            out.append(_bar(r.col, "pair", size))
            return i + 2
        if t == "|":
            if not _evaluation_bar(raw, i, out):
                out.append(_bar(r.col, "left" if size == 9 and _opening(out) else "plain", size))
            return i + 1
        if t == "]" and _range_follows(raw, i + 1) and _bracketed_evaluation(out, r.col):
            return i + 1  # [F]_0^t: F(t) - F(0)
        if t == "&":
            raise LatexError("an alignment '&' inside a row", r.col)
        if t == "!" and i + 1 < len(raw) and raw[i + 1].text == "!" and not raw[i + 1].gap:
            # n!! is the double factorial, one postfix sign; (n!)! is written with brackets
            out.append(tok("BANG", "!!", r.col))
            return i + 2
        if t == "_" and out and out[-1].type == "ARGMAX":
            region = self._region_below(raw, i, out)
            if region is not None:
                return region
        kind = {
            "}": "RBRACE",
            "(": "LPAR",
            ")": "RPAR",
            "[": "LPAR",
            "]": "RPAR",
            "_": "SUB",
            "+": "PLUS",
            "-": "MINUS",
            "*": "MULOP",
            "/": "SLASH",
            ",": "COMMA",
            ";": "SEMI",
            "=": "EQ",
            "!": "BANG",
        }.get(t)
        if kind is None:
            if t == "<" and self.in_limits:
                out.append(tok("LESS", "<", r.col))  # \sum_{0 \le k < n}: a range
                return i + 1
            if t in "<>:" and self.in_limits:
                raise LatexError(_CONDITION_BELOW.format(repr(t)), r.col)
            if t in "<>":
                raise LatexError(f"relation sign {t!r} inside an expression", r.col)
            raise LatexError(f"unsupported symbol {t!r} inside an expression", r.col)
        token = tok(kind, t, r.col)
        if kind in ("LPAR", "RPAR"):
            delim(token, size)
        out.append(token)
        return i + 1

    def _region_below(self, raw: list[_Raw], i: int, out: list[Token]) -> int | None:
        """``\\arg\\max_{\\theta \\in \\Theta}``, ``argmin_{\\beta \\in \\mathbb{R}^p}``: the
        variable the maximum runs over, and where (a region the reader does not use: an
        arg max has no value it checks). Read as ``_{\\theta}``; None when the subscript
        is not ``{variable \\in ...}``."""
        if i + 1 >= len(raw) or raw[i + 1].text != "{":
            return None
        inner, j = self.group(raw, i + 1)
        cut = next((k for k, r in enumerate(inner) if r.text == "\\in"), None)
        if not cut or any(r.text in ("{", "(", "[") for r in inner[:cut]):
            return None
        col = raw[i].col
        out += [tok("SUB", "_", col), tok("LBRACE", "{", col)]
        out += [*self.convert(inner[:cut]), tok("RBRACE", "}", col)]
        return j

    def _caret(self, raw: list[_Raw], i: int, out: list[Token]) -> int:
        """``^``: a power, or a transpose, a prime, or a sample index ``x^{(i)}``."""
        r = raw[i]
        if i + 1 >= len(raw):
            raise LatexError("'^' needs an exponent", r.col)
        nxt = raw[i + 1]
        if nxt.text == "{":
            inner, j = self.group(raw, i + 1)
        elif nxt.text in ("\\mathrm", "\\mathsf", "\\text", "\\rm") and i + 2 < len(raw):
            arg, j = self.arg(raw, i + 2, nxt.text)
            inner = [nxt, _Raw("punct", "{", nxt.col), *arg, _Raw("punct", "}", nxt.col)]
        else:
            inner, j = [nxt], i + 2
        word = _text_of(inner).replace(" ", "")
        if not word:
            return j  # x^{}: an empty superscript, typeset as nothing
        if word in ("'", "''", "\\prime", "\\prime\\prime"):
            primes = word.count("'") + word.count("prime")
            called = j < len(raw) and raw[j].text in ("(", "\\left")
            if not called and _primed_name(out, primes, r.col):
                # u_1^{'}: a primed subscripted name (the first raw moment); u^{'} is u'
                # as written without braces
                return j
            # f^{'}(x): the derivative of a function, primes in braces
            out.extend(tok("PRIME", "'", r.col) for _ in range(primes))
            return j
        if word in _math_words.LABELS:
            word = f"\\text{{{word}}}"  # \theta^{MLE}, \mu^{new}: the label a text box writes
        label = re.fullmatch(r"\\(?:text|mathrm|textrm|mathsf)\{([A-Za-z]{2,})\}", word)
        if label and _label_subscripted(out, label.group(1)):
            return j  # \mu_k^{\text{new}}: the name mu^{new}, subscripted k
        if label and out and out[-1].type in ("LETTER", "GREEK"):
            # L^{\text{Ridge}}: a word labelling the name (another function than L^{OLS}),
            # never a power of it
            base = out.pop()
            out.append(tok("NAME", f"{base}^{{{label.group(1)}}}", base.start_pos or 0))
            return j
        upright = re.fullmatch(r"-?\\(?:mathrm|mathsf|text|rm)\{?T\}?", word) is not None
        word = re.sub(r"\\(?:mathrm|mathsf|text|rm)\{?([A-Za-z]+)\}?", r"\1", word)
        if upright:
            word = word.replace("T", "\\T")  # an upright T is always a transpose
        info = self.info
        # \sum_{t=1}^{T}: the upper limit of a sum or product, never a transpose.
        plain_t = info.transpose_T and not _limit_follows(out)
        transposes = {"\\top", "\\intercal", "\\T", "T" if plain_t else "\\T"}
        if info.transpose_t:
            transposes.add("t")
        if word in transposes:
            out.append(tok("TRANSPOSE", "T", r.col))
            return j
        if word in ("TT", "\\top\\top") and info.transpose_T:
            out.append(tok("TRANSPOSE", "T", r.col))
            out.append(tok("TRANSPOSE", "T", r.col))
            return j
        if word.startswith("-") and word[1:] in transposes:
            out.append(tok("INVT", "-T", r.col))
            return j
        if word in ("\\prime", "'"):
            out.append(tok("PRIME", "'", r.col))
            return j
        if word in ("\\prime\\prime", "''"):
            out.append(tok("PRIME", "'", r.col))
            out.append(tok("PRIME", "'", r.col))
            return j
        then = _LABEL_THEN.fullmatch(word)
        transposed = False
        if then and (_subscript_ends(out) or _labelled_name(raw, j, out)):
            # x^{(i)T}, x^{(i)^T}: the labelled name's transpose; x^{(i)2}: its square, or the power
            # 2i - which is meant is not written
            if re.sub(r"^\^\{?(.*?)\}?$", r"\1", then.group(2)) not in transposes:
                raise LatexError(
                    f"^{{{then.group(1)}{then.group(2)}}}: a label above the name with "
                    f"{then.group(2)} after it is not read (a power of the labelled name, "
                    "or of the product?)",
                    r.col,
                )
            word, transposed = then.group(1), True
        other = _BRACKETED_LABEL.fullmatch(word)
        if other and (_subscript_ends(out) or _labelled_name(raw, j, out)):
            # a^{[2]}, W^{[l]}, x^{\{1\}}: a label in other brackets (a network's layer),
            # read as one in round brackets
            word = "(" + next(g for g in other.groups() if g is not None) + ")"
        step = re.fullmatch(r"\(([A-Za-z][+-]\d{1,3})\)", word)
        if step and (_subscript_ends(out) or _labelled_name(raw, j, out)):
            # \lambda_j^{(t+1)}: the value at the next iteration, a label (never a power)
            _feature_of_sample(out, r.col)
            out += [tok("SUB", "_", r.col), tok("LETTER", step.group(1), r.col)]
            out += [tok("TRANSPOSE", "T", r.col)] if transposed else []
            return j
        m = re.fullmatch(r"\(([A-Za-z])\)", word) or _numbered_label(word, raw, j, out)
        if m:
            # x^{(i)}: the i-th sample, written above the line; x^{(2)}, \mu^{(1)}: the
            # second sample, the first iterate, likewise (never a power: TeX sets one
            # without the brackets)
            _feature_of_sample(out, r.col)
            out += [
                tok("SUB", "_", r.col),
                tok("LBRACE", "{", r.col),
                tok("NUM" if m.group(1).isdigit() else "LETTER", m.group(1), r.col),
                tok("RBRACE", "}", r.col),
            ]
            out += [tok("TRANSPOSE", "T", r.col)] if transposed else []
            return j
        if word in ("*", "\\ast", "\\star"):
            if (
                out
                and out[-1].type in ("LETTER", "GREEK")
                and (len(out) < 2 or out[-2].type != "SUB")
            ):
                # read8: \alpha^* = \alpha + 0.5: a starred name is a name of its own (like
                # L^{Ridge}); a starred sample x_i^* (a bootstrap draw) stays unread
                base = out.pop()
                out.append(tok("NAME", f"{base}^{{*}}", base.start_pos or 0))
                return j
            if _subscript_ends(out):
                # PARSE58: x_i^* is x^*_i (TeX sets the two alike): the starred name's element
                at = -3 if out[-2].type == "SUB" else -5
                base = out[at]
                out[at] = tok("NAME", f"{base}^{{*}}", base.start_pos or 0)
                return j
            raise LatexError("a starred name (x^*) is not read", r.col)
        out.append(tok("CARET", "^", r.col))
        return i + 1

    # -- commands -----------------------------------------------------------------
    def _command(self, raw: list[_Raw], i: int, out: list[Token], size: int) -> tuple[int, int]:
        r = raw[i]
        name = r.text[1:]
        if name in _CAPITAL_SIGNS and _sigma_limits(raw, i, self.group):
            # PARSE11: \Sigma_{i=1}^{n} x_i: a lower limit with its '=' and an upper limit
            # make the capital sigma a sum sign, as \sum (no covariance has them); the
            # capital pi a product sign likewise (\Pi_{n=1}^N, held-out batch 35)
            name = _CAPITAL_SIGNS[name]
            r = raw[i] = _Raw("cmd", "\\" + name, r.col, r.gap)
        if name == "left":
            paired = _left_right_infix(raw, i, self._infix)
            if paired is not None:
                # \left( n \choose k \right): the pair is the group of its \choose (parse60)
                inner, close, after = paired
                out.append(tok("LPAR", raw[i + 1].text, r.col))
                out.extend(self.convert(inner))
                out.append(tok("RPAR", close.text, close.col))
                return after, 0
        if name in T.SIZES:
            if i + 1 < len(raw) and raw[i + 1].text == ".":
                if name == "left":
                    out.append(tok("EVALL", "left.", r.col))
                return i + 2, 0
            if name == "right" and i + 1 < len(raw) and raw[i + 1].text in ("|", "\\vert"):
                if i + 2 < len(raw) and raw[i + 2].text == "_" and _has_open_eval(out):
                    out.append(tok("EVALR", "right|", r.col))
                    return i + 2, 0
                if raw[i + 1].text == "|" and not _evaluation_bar(raw, i + 1, out):
                    # \right| closes: never the condition bar of f(\left|x\right|)
                    out.append(_bar(raw[i + 1].col, "right", 9))
                    return i + 2, 0
            return i + 1, T.SIZES[name]
        if name in T.IGNORED:
            return i + 1, size
        if name in T.DROP_ARGUMENT:
            if i + 1 < len(raw) and raw[i + 1].text == "{":
                _, j = self.group(raw, i + 1)
                if name in T.COLOURS and j < len(raw) and raw[j].text == "{":
                    # \color{c}{-2ab}: the body shown in colour, a marked group (batch 52)
                    body, j = self.group(raw, j)
                    self._marked(self.convert(body), r, out)
                    return j, 0
                return j, size
            return i + 1, size
        if name in T.TRANSPARENT:
            inner, j = self.arg(raw, i + 1, r.text)
            self._marked(self.convert(inner), r, out)
            return j, 0
        if name in ("{", "}", "lbrace", "rbrace"):
            kind = "LPAR" if name in ("{", "lbrace") else "RPAR"
            out.append(delim(tok(kind, "{" if kind == "LPAR" else "}", r.col), size))
            return i + 1, 0
        if name == "parallel":
            out.append(_bar(r.col, "parallel", size))
            return i + 1, 0
        if name == "mid" and i + 1 < len(raw) and raw[i + 1].text == "\\mid":
            # PARSE15: [p \mid\mid q], the double bar of a divergence written as two \mid
            out.append(_bar(r.col, "parallel", size))
            return i + 2, 0
        if (
            name == "vert"
            and i + 1 < len(raw)
            and raw[i + 1].text == "\\vert"
            and not raw[i + 1].gap
        ):
            # \vert\vert (y - X\beta) \vert\vert_2^2: the double bar, as || typed is read (a
            # norm, a divergence's bar, or |a||b|; ._passes.resolve_bars decides)
            out.append(_bar(r.col, "pair", size))
            return i + 2, 0
        if name in ("lvert", "rvert", "vert", "mid", "lVert", "rVert", "Vert", "|"):
            if name in ("lVert", "rVert", "Vert", "|"):
                # KL(q \| p): the divergence bar between two arguments; anywhere else a
                # norm, which ._passes.resolve_bars does not read
                out.append(_bar(r.col, "parallel", size))
                return i + 1, 0
            if name in ("vert", "rvert") and _evaluation_bar(raw, i, out):
                return i + 1, 0
            hint = {"lvert": "l", "rvert": "r", "mid": "mid"}.get(name, "plain")
            if size == 9:
                hint = "left" if _opening(out) else "right"
            out.append(_bar(r.col, hint, size))
            return i + 1, 0
        if name in T.BOLD or name in T.TYPEFACE or name in T.WORDS:
            if name == "operatorname" and i + 1 < len(raw) and raw[i + 1].text == "*":
                i += 1  # \operatorname*{argmax}: the star only sets the limits below
            inner, j = self.arg(raw, i + 1, r.text)
            sub = self._expectation_subscript(raw, j) if _text_of(inner).strip() == "E" else None
            if _text_of(inner).strip() == "E" and _bracket_at(raw, j, braces=True):
                # \mathrm{E}(X), \mathbb{E}[X]: the expectation, as E[X] is - never
                # the product of a letter E with X.
                out.append(tok("FUNC", "E", r.col, payload="E"))
            elif (
                name in ("mathbb", "Bbb") and _text_of(inner).strip() == "V" and _bracket_at(raw, j)
            ):
                # \mathbb{V}(X): the variance, as Var(X) is - never the product V*X
                # (the correct V(2X) = 4 V(X) was refuted at V = 0.03)
                out.append(tok("FUNC", "Var", r.col, payload="Var"))
            elif sub is not None:
                # \mathbb{E}_{p}(X): the expectation with its subscript, as E_p(X) is
                out.append(tok("FUNC", "E", r.col, payload="E"))
                self._subscript_group(sub[0], raw[j], out)
                return sub[1], 0
            elif _text_of(inner).strip() == "E" and name != "text" and j < len(raw):
                # \mathbb{E} X^2: the expectation of the one factor after it, never a letter E
                return self._bracketless_expectation(raw, j, r, out), 0
            elif name in T.WORDS:
                self._word(inner, r, out)
            else:
                out.extend(self.convert(inner))
            return j, 0
        if name in T.CALLIGRAPHIC:
            inner, j = self.arg(raw, i + 1, r.text)
            if _font_over_call(inner):
                # \mathcal{I(\theta)}: the font written over the call, \mathcal{I}(\theta)
                out.append(tok("NAME", f"\\mathcal{{{inner[0].text}}}", r.col))
                out.extend(self.convert(inner[1:]))
                return j, 0
            script: list[_Raw] = []
            if _font_over_subscript(inner):
                # \mathcal{a_i}: the font written over the subscript, \mathcal{a}_i (PARSE58)
                inner, script = inner[:1], inner[1:]
            word = _text_of(inner).replace(" ", "").lstrip("\\")
            if not re.fullmatch(r"[A-Za-z]+", word):
                raise LatexError(f"\\{name}{{{_text_of(inner)}}} is not a name", r.col)
            if word in T.DISTRIBUTIONS:
                out.append(tok("NAME", word, r.col, payload="dist"))
            else:
                out.append(tok("NAME", f"\\mathcal{{{word}}}", r.col))
            out.extend(self.convert(script) if script else [])
            return j, 0
        if name == "ell":
            out.append(tok("NAME", "\\ell", r.col))
            return i + 1, 0
        if name == "Pr":
            # \Pr(X = x): the probability of an event, a name as \mathrm{Pr} is
            out.append(tok("NAME", "\\mathrm{Pr}", r.col))
            return i + 1, 0
        if name in T.ACCENTS:
            inner, j = self.arg(raw, i + 1, r.text)
            self._accent(T.ACCENTS[name], inner, r, out)
            return j, 0
        if name in ("binom", "dbinom", "tbinom"):
            a, j = self.arg(raw, i + 1, r.text)
            b, j = self.arg(raw, j, r.text)
            out += [tok("BINOM", "binom", r.col), tok("LBRACE", "{", r.col)]
            out += [*self.convert(a), tok("RBRACE", "}", r.col), tok("LBRACE", "{", r.col)]
            out += [*self.convert(b), tok("RBRACE", "}", r.col)]
            return j, 0
        if name == "sqrt":
            j = i + 1
            if j < len(raw) and raw[j].text == "[":
                k = j
                while k < len(raw) and raw[k].text != "]":
                    k += 1
                if k >= len(raw):
                    raise LatexError("\\sqrt[ is never closed by ]", r.col)
                index = raw[j + 1 : k]
                body, j = self.arg(raw, k + 1, "\\sqrt")
                out += [tok("LPAR", "(", r.col), *self.convert(body), tok("RPAR", ")", r.col)]
                out += [tok("CARET", "^", r.col), tok("LBRACE", "{", r.col)]
                out += [
                    tok("FRAC", "frac", r.col),
                    tok("NUM", "1", r.col),
                    tok("LBRACE", "{", r.col),
                ]
                out += [*self.convert(index), tok("RBRACE", "}", r.col), tok("RBRACE", "}", r.col)]
                return j, 0
            if j < len(raw) and raw[j].text == "(":
                # \sqrt(2 \pi \sigma^2 t): TeX sets the radical over "(" alone, but the
                # author means the root of the bracket (external38); read as \sqrt{(...)}
                end = _closing_paren(raw, j)
                if end is None:
                    raise LatexError("\\sqrt( is never closed by )", r.col)
                out += [tok("SQRT", "sqrt", r.col), tok("LBRACE", "{", r.col)]
                out += [*self.convert(raw[j : end + 1]), tok("RBRACE", "}", r.col)]
                return end + 1, 0
            out.append(tok("SQRT", "sqrt", r.col))
            return i + 1, 0
        if name == "nabla":
            second = _second_nabla(raw, i, self.arg)
            if second is not None:
                # \nabla_\phi^2 l, \nabla^2_\phi l: the second derivative by phi
                var, j = second
                out += [tok("FRAC", "frac", r.col), tok("LBRACE", "{", r.col)]
                out += [tok("PARTIAL", "nabla", r.col), tok("CARET", "^", r.col)]
                out += [tok("NUM", "2", r.col), tok("RBRACE", "}", r.col)]
                out += [tok("LBRACE", "{", r.col), tok("PARTIAL", "nabla", r.col)]
                out += [tok("LBRACE", "{", r.col), *self.convert(var), tok("RBRACE", "}", r.col)]
                out += [tok("CARET", "^", r.col), tok("NUM", "2", r.col), tok("RBRACE", "}", r.col)]
                return j, 0
            if i + 1 < len(raw) and raw[i + 1].text == "_":
                var, j = self.arg(raw, i + 2, "\\nabla_")
                out += [tok("FRAC", "frac", r.col), tok("LBRACE", "{", r.col)]
                out += [tok("PARTIAL", "nabla", r.col), tok("RBRACE", "}", r.col)]
                out += [tok("LBRACE", "{", r.col), tok("PARTIAL", "nabla", r.col)]
                out += [*self.convert(var), tok("RBRACE", "}", r.col)]
                return j, 0
            var = _only_argument(raw, i + 1)
            starts = _operand_starts(raw, i + 1) or (
                i + 1 < len(raw) and raw[i + 1].text in ("\\log", "\\ln")
            )  # \nabla \log p(x | \theta) (external47, jaketae's Fisher score)
            logged = i + 1 < len(raw) and raw[i + 1].text in ("\\log", "\\ln")
            if var is None and logged:
                # \nabla \log p(x): by the argument, as \nabla f(\beta) is (attack61)
                var = _only_argument(raw, i + 2)
                guess = self.info.gradient
                if (
                    var is not None
                    and guess
                    and [t.text for t in var] != [t.text for t in raw_tokens(guess)]
                ):
                    raise LatexError(
                        "\\nabla \\log of a function of one argument, in a post that "
                        f"differentiates by {guess}: by which is in doubt (write the subscript)",
                        r.col,
                    )
            if var is None and self.info.gradient and starts:
                # \nabla \ell in a post that differentiates by theta only: by theta
                var = raw_tokens(self.info.gradient)
            if var is None:
                opaque = self._opaque_nabla(raw, i, r, out)
                if opaque is not None:
                    return opaque, 0
                raise LatexError(
                    "\\nabla needs the variable as a subscript (\\nabla_\\Sigma) unless it is "
                    "applied to a function of one named argument (\\nabla f(\\beta)) or the "
                    "post differentiates by one variable only",
                    r.col,
                )
            # \nabla f(\beta): the gradient with respect to the function's only argument
            out += [tok("FRAC", "frac", r.col), tok("LBRACE", "{", r.col)]
            out += [tok("PARTIAL", "nabla", r.col), tok("RBRACE", "}", r.col)]
            out += [tok("LBRACE", "{", r.col), tok("PARTIAL", "nabla", r.col)]
            out += [*self.convert(var), tok("RBRACE", "}", r.col)]
            return i + 1, 0
        if name in ("langle", "rangle"):
            return self._angle_mean(raw, i, out), 0
        if name in ("underset", "overset", "stackrel", "underbrace", "overbrace"):
            return self._stacked(raw, i, name, out), 0
        if name == "arg":
            k = _after_spacing(raw, i + 1)
            if k < len(raw) and raw[k].text in ("\\max", "\\min"):  # \arg\max, \arg\,\max
                out.append(tok("ARGMAX", "argmax", r.col, payload="arg" + raw[k].text[1:]))
                return k + 1, 0
        if name in ("argmax", "argmin"):
            out.append(tok("ARGMAX", name, r.col, payload=name))
            return i + 1, 0
        if name in T.FUNCTIONS:
            out.append(tok("FUNC", name, r.col, payload=T.FUNCTIONS[name]))
            return i + 1, 0
        if name in _COMMAND_FUNCTIONS and _next_is_call(raw, i + 1):
            # \Gamma(x): the gamma function wherever it is called (see ._special)
            out.append(tok("FUNC", name, r.col, payload=_COMMAND_FUNCTIONS[name]))
            return i + 1, 0
        if name in _special.WORDS:
            # \digamma(x): a name of the table of special functions (see ._special)
            out.append(tok("NAME", _special.WORDS[name], r.col))
            return i + 1, 0
        if name in T.SIMPLE:
            out.append(tok(T.SIMPLE[name], name, r.col))
            return i + 1, 0
        if name in T.GREEK:
            out.append(tok("GREEK", T.GREEK_SAME.get(name, name), r.col))
            return i + 1, 0
        if name == "infty":
            out.append(tok("GREEK", name, r.col))
            return i + 1, 0
        if name == "prime":
            out.append(tok("PRIME", "'", r.col))
            return i + 1, 0
        if name == "begin":
            return self._environment(raw, i, out), 0
        if name in ("int", "iint", "iiint", "oint", "intop"):
            return self._integral(raw, i, out), 0
        if name in ("vdots", "ddots"):
            raise LatexError(f"\\{name} (rows written as dots) is not read", r.col)
        if name in ("pm", "mp"):
            # a \pm b is a + s b, a \mp b is a - s b: s the sign letter (see ._sign_letter)
            out.append(
                tok("PLUS" if name == "pm" else "MINUS", "+" if name == "pm" else "-", r.col)
            )
            out.append(tok("LETTER", str(SIGN), r.col))
            out.append(tok("MULOP", "cdot", r.col))
            return i + 1, 0
        if name in ("ne", "neq") and self.in_limits:
            # \sum_{k \ne j}, \sum_{k=1, k \ne 3}^{5}: every index but one (see tosympy)
            if _subscripted_condition(out):
                raise LatexError(_DATA_CONDITION, r.col)
            out.append(tok("NE", "ne", r.col))
            return i + 1, 0
        if name in ("le", "leq") and self.in_limits:
            out.append(tok("LESS", "<=", r.col))
            return i + 1, 0
        if r.text in EVENT_SIGNS:  # inside a probability (see ._order_events)
            out.append(tok("LESS", EVENT_SIGNS[r.text], r.col))
            return i + 1, 0
        if name in _RELATION_COMMANDS:
            if self.in_limits:
                raise LatexError(_CONDITION_BELOW.format(f"\\{name}"), r.col)
            raise LatexError(f"relation sign \\{name} inside an expression", r.col)
        if name == "\\":
            raise LatexError("a line break \\\\ inside a row", r.col)
        raise LatexError(f"unsupported command {r.text}", r.col)

    def _angle_mean(self, raw: list[_Raw], i: int, out: list[Token]) -> int:
        """``\\langle x^2 \\rangle``: the physicists' mean, read as ``E(x^2)``.

        Only brackets around one expression: a pair (``\\langle a, b \\rangle``, an inner
        product) or a bra-ket (``\\langle a | b \\rangle``) means something else.
        """
        r = raw[i]
        close = _angle_close(raw, i)
        if r.text == "\\rangle" or close is None:
            raise LatexError("an angle bracket \\langle ... \\rangle without its partner", r.col)
        inner = raw[i + 1 : close]
        if inner and inner[-1].text == "\\right":
            inner = inner[:-1]
        if _at_top(inner, ("|", "\\vert", "\\mid", "\\middle")):
            raise LatexError("angle brackets around a bra-ket are not read", r.col)
        commas = _at_top(inner, (",",))
        if commas:
            # PARSE13: <a, b>, an inner product: a call of inner (two arguments in their
            # order), which has no value the engine compares (tests/..._inner_products.py)
            if len(commas) != 1 or not (
                _written(inner[: commas[0]]) and _written(inner[commas[0] + 1 :])
            ):
                raise LatexError(
                    "angle brackets around more than two arguments are not read", r.col
                )
            out += [tok("FUNC", "inner", r.col, payload="inner"), tok("LPAR", "(", r.col)]
            out += [*self.convert(inner), tok("RPAR", ")", raw[close].col)]
            return close + 1
        out.append(tok("FUNC", "E", r.col, payload="E"))
        end = close + 1
        if end + 1 < len(raw) and raw[end].text == "_":
            # \langle X \rangle_{p(x)}: the law the mean is taken under, as the subscript of
            # \mathbb{E}_{p(x)}[X] (StatProofBook's KL proofs, external47)
            script, after = self.arg(raw, end + 1, "\\rangle_")
            self._subscript_group(_expectation_sim.distribution_part(script), raw[end], out)
            end = after
        out += [tok("LPAR", "(", r.col), *self.convert(inner), tok("RPAR", ")", raw[close].col)]
        return end

    def _integral(self, raw: list[_Raw], i: int, out: list[Token]) -> int:
        """``\\int_a^b f\\,dx``: ``INT {a} {b} INTL f DIFF x INTR`` (see :mod:`._integrals`)."""
        parts = _integrals.split(raw, i, self.group)
        col = raw[i].col
        if parts.variable is None:  # no differential: a placeholder _tosympy fills in
            var = [tok("LETTER", _integrals.UNWRITTEN, col)]
        else:
            var = self.convert([parts.variable])
        if len(var) != 1 or var[0].type not in ("LETTER", "GREEK"):
            raise LatexError("the variable of an integral is not a letter", parts.variable.col)
        out += [tok("INT", "int", col), tok("SUB", "_", col), tok("LBRACE", "{", col)]
        # over the variable's support (no limits): a placeholder _tosympy fills in
        support = [tok("LETTER", _integrals.SUPPORT, col)]
        lower, upper = (
            (self.convert(parts.lower), self.convert(parts.upper))
            if parts.lower is not None
            else (support, support)
        )
        out += [*lower, tok("RBRACE", "}", col)]
        out += [tok("CARET", "^", col), tok("LBRACE", "{", col)]
        out += [*upper, tok("RBRACE", "}", col), tok("INTL", "(", col)]
        glued = parts.body[1:] and parts.body[-1].text == "." and not parts.body[-1].gap
        if glued:
            # \int x.(1 - x).dx: a full stop before the differential, as \cdot dx is
            self.slips.append(
                Slip(parts.body[-1].col, "a full stop before dx is read as a product")
            )
        body = self.convert(parts.body[:-1] if glued else parts.body)
        while len(body) > 1 and body[-1].type == "MULOP" and str(body[-1]) in _TIMES:
            body.pop()  # \int f(x) \cdot dx: f(x) times dx, the same integral
        out += [*body, tok("DIFF", "d", var[0].start_pos)]
        out += [*var, tok("INTR", ")", col)]
        return parts.end

    def _word(self, inner: list[_Raw], r: _Raw, out: list[Token]) -> None:
        """``\\mathrm{...}``, ``\\text{...}``, ``\\operatorname{...}``: a letter, a word or math."""
        text = _text_of(inner)
        if len(inner) == 1 and inner[0].kind == "label":
            # \mu_{t|t-1}, y_{1:t}: a subscript that labels a name (._typeset_forms)
            out.append(tok("NAME", f"\\mathrm{{{text}}}", r.col))
            return
        word = re.sub(r"\\[,;:! ]|\s|\.|-", "", text)
        if re.fullmatch(r"[A-Za-z]+", word):
            if len(word) == 1:
                out.append(tok("LETTER", word, r.col))
            elif word in ("log", "ln", "exp"):
                out.append(tok(word.upper(), word, r.col))
            elif word in ("argmax", "argmin"):
                out.append(tok("ARGMAX", word, r.col, payload=word))
            elif word in T.FUNCTIONS:
                out.append(tok("FUNC", word, r.col, payload=T.FUNCTIONS[word]))
            elif word in T.DISTRIBUTIONS:
                out.append(tok("NAME", word, r.col, payload="dist"))
            elif word in T.PLAIN_WORDS or word == "E":
                out.append(tok("LETTER", word, r.col))
            elif word in _special.WORDS:
                out.append(tok("NAME", _special.WORDS[word], r.col))
            elif word in T.LOWER_CASE_NAMES:
                out.append(tok("NAME", f"\\mathrm{{{T.LOWER_CASE_NAMES[word]}}}", r.col))
            elif r.text in ("\\operatorname", "\\mathop") and not word[0].isupper():
                # \operatorname{NLL}, {KL}, {Be}: an abbreviation or a capitalised name
                # names a quantity or a law (as \mathrm{Be} does); a lower-case operator
                # word the reader does not know (sympify, softmax) is not guessed.
                raise LatexError(f"unknown operator {r.text}{{{text}}}", r.col)
            else:
                out.append(tok("NAME", f"\\mathrm{{{word}}}", r.col))
            return
        out.extend(self.convert(inner))

    def _accent(self, kind: str, inner: list[_Raw], r: _Raw, out: list[Token]) -> None:
        """``\\hat{\\mu}``: a symbol of its own, named after what is under the accent."""
        toks = self.convert(inner)
        if not toks or toks[0].type not in ("LETTER", "GREEK", "NAME"):
            raise LatexError(f"\\{kind}{{{_text_of(inner)}}} is not over a name", r.col)
        rest = toks[1:]
        if rest and rest[0].type != "SUB" and not _variance_square(toks):
            raise LatexError(f"\\{kind}{{{_text_of(inner)}}} is over more than one name", r.col)
        first = toks[0]
        value = str(first)
        if first.type == "NAME":
            value = value.replace("\\mathcal{", "").replace("\\mathrm{", "").rstrip("}")
        kind_ = "GREEK" if first.type == "GREEK" or len(value) > 1 else "LETTER"
        out.append(tok(kind_, f"{kind}_{value}", r.col))
        out.extend(rest)

    @staticmethod
    def _marked(body: list[Token], r: _Raw, out: list[Token]) -> None:
        """A marked group (``\\cancel{...}``, ``\\underbrace{...}_{...}``, ``\\boxed{...}``).

        The mark changes nothing the text says. A group that starts with a sign
        after an operand is the terms it shows (``x \\cancel{- y}`` is ``x - y``,
        ``\\underbrace{-a}_{<0}\\underbrace{-b}_{<0}`` is ``-a - b``), not a factor
        (``x (-y)``); any other group is one factor, as braces are.
        """
        if body and body[0].type in ("PLUS", "MINUS") and out and out[-1].type in _OPERAND_END:
            out.extend(body)
            return
        out.append(tok("LBRACE", "{", r.col))
        out.extend(body)
        out.append(tok("RBRACE", "}", r.col))

    def _stacked(self, raw: list[_Raw], i: int, name: str, out: list[Token]) -> int:
        r = raw[i]
        if name in ("underbrace", "overbrace"):
            body, j = self.arg(raw, i + 1, r.text)
            self._marked(self.convert(body), r, out)
            if j + 1 == len(raw) and raw[j].text in ("_", "^"):
                return j + 1  # a label in words at the row's end, cut off as prose
            if j < len(raw) and raw[j].text in ("_", "^"):
                label, j = self.arg(raw, j + 1, r.text)
                if len(label) == 1 and label[0].text in _TEXT_LABELS and j < len(raw):
                    # ^\text{gamma prior}: the command's group is the label too, as in TeX
                    # (blind68; read as a factor, its letters were multiplied into the row)
                    _, j = self.arg(raw, j, label[0].text)
            return j
        top, j = self.arg(raw, i + 1, r.text)
        body, j = self.arg(raw, j, r.text)
        conv = self.convert(body)
        if name == "underset":
            head = self._optimisation(conv, out, r.col)
            if head is not None:
                # \underset{\theta \in \Theta}{\arg\max}: the region gives the variable
                cut = next((k for k, t in enumerate(top) if t.text == "\\in"), None)
                if cut and not any(t.text in ("{", "(", "[") for t in top[:cut]):
                    top = top[:cut]
                conv = head
            out.extend(conv)
            out += [tok("SUB", "_", r.col), tok("LBRACE", "{", r.col)]
            out += [*self.convert(top), tok("RBRACE", "}", r.col)]
        else:
            out.extend(conv)  # the decoration above is commentary
        return j

    def _optimisation(self, conv: list[Token], out: list[Token], col: int) -> list[Token] | None:
        """The operator an ``\\underset`` stacks its region under, as tokens (None when its
        body is no optimisation): an arg max or arg min, or ``max``/``min`` written without
        a backslash - after the letters ``arg`` (``arg \\space \\underset{\\theta}{max}``,
        which are taken from ``out``) an arg max, else the maximum itself."""
        if len(conv) == 1 and conv[0].type == "ARGMAX":
            return conv
        word = "".join(str(t) for t in conv)
        if [t.type for t in conv] != ["LETTER"] * 3 or word not in ("max", "min"):
            return None
        if [str(t) for t in out[-3:]] == ["a", "r", "g"] and all(
            t.type == "LETTER" for t in out[-3:]
        ):
            del out[-3:]
            return [tok("ARGMAX", "arg" + word, col, payload="arg" + word)]
        return self.convert([_Raw("cmd", "\\" + word, col)])

    def _environment(self, raw: list[_Raw], i: int, out: list[Token]) -> int:
        """``\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}``: one MATRIX token."""
        r = raw[i]
        env_raw, j = self.group(raw, i + 1)
        env = _text_of(env_raw).rstrip("*")
        k = _environment_end(raw, j)
        if k >= len(raw):
            raise LatexError(f"\\begin{{{env}}} is never closed in this row", r.col)
        _, after = self.group(raw, k + 1)
        if env not in T.MATRIX_ENVS and env != "cases":
            raise LatexError(f"environment {env} inside a row is not read", r.col)
        if self.env_depth >= MAX_ENV_DEPTH:
            # each level converts its cells and its whole body: 2^depth conversions
            # (braced arrays 60 deep never finished; hostile attack32)
            raise LatexError(
                f"environments nested deeper than {MAX_ENV_DEPTH} (\\begin{{{env}}}) are not read",
                r.col,
            )
        body = raw[j:k]
        if env == "array" and body and body[0].text == "{":
            _, b0 = self.group(body, 0)
            body = body[b0:]
        rows: list[list[list[_Raw]]] = [[[]]]
        nest = 0
        skip = 0
        for k, t in enumerate(body):
            if k < skip:
                continue  # the spacing argument of a row break, \\[6pt] (parse60)
            if t.text in ("{", "\\begin"):
                nest += 1
            elif t.text in ("}", "\\end"):
                nest -= 1
            if nest == 0 and t.text == "\\\\":
                rows.append([[]])
                skip = _row_spacing_end(body, k + 1)
                continue
            if nest == 0 and t.text == "&":
                rows[-1].append([])
                continue
            rows[-1][-1].append(t)
        if rows and all(not c for c in rows[-1]):
            rows.pop()
        if env == "cases":  # READ6: a piecewise value (see ._cases)
            try:
                cases = _cases.split_cases(rows, self._cell)
            except ValueError as exc:
                raise LatexError(str(exc), r.col) from None
            out.append(tok("MATRIX", env, r.col, payload=cases))
            return after
        cells: list[list[object]] = []
        for row in rows:
            cells.append([self._cell(c) for c in row])
        joined: list[_Raw] = [t for row in rows for c in row for t in c]
        out.append(tok("MATRIX", env, r.col, payload=MatrixCells(cells, self._cell(joined))))
        return after

    def _cell(self, raw: list[_Raw]) -> object:
        """A cell's tokens (after the passes), or the LatexError that stops it."""
        try:
            sub = _Converter(self.info)
            sub.env_depth = self.env_depth + 1
            toks, slips = run_passes(
                sub.convert(raw), self.info.functions, self.info.several_subscripts
            )
            return toks
        except LatexError as exc:
            return exc


#: Spacing commands, which typeset as space only.
_SPACING_CMDS = frozenset({"\\ ", "\\,", "\\;", "\\:", "\\>", "\\quad", "\\qquad", "\\space"})


#: Log words a missing backslash leaves as letters, with the token each is read as (``lg``:
#: ``\\lg``, base 2 or 10, a value only where the post names the base).
_LOG_WORDS = {"log": "LOG", "ln": "LN", "lg": "LOG"}


def _program_base(raw: list[_Raw], j: int) -> bool:
    """Is ``raw[j]`` the 2 or 10 of ``log2(`` or ``log10(``, glued to the letters before it?"""
    return (
        j + 1 < len(raw)
        and raw[j].kind == "num"
        and raw[j].text in ("2", "10")
        and not raw[j].gap
        and raw[j + 1].text == "("
    )


def _spaced_operand(raw: list[_Raw], j: int) -> bool:
    """Do spacing commands at ``raw[j]`` stand before an operand (a letter, a number or a
    command that starts one)?"""
    if j >= len(raw) or raw[j].text not in _SPACING_CMDS:
        return False
    k = j
    while k < len(raw) and raw[k].text in _SPACING_CMDS:
        k += 1
    if k >= len(raw):
        return False
    return raw[k].kind in ("letter", "num") or raw[k].text == "(" or _operand_starts(raw, k)


def _sign_subscript(raw: list[_Raw], i: int, out: list[Token]) -> int:
    """``e_+``, ``\\Sigma_{-}`` at ``raw[i]`` (its ``_``): a name whose subscript is a sign
    alone (the state after and before an update), read as a name of its own; the index after
    the subscript, or 0. Only on a bare letter (not ``x_i_+``), and a bare sign before a
    digit (``x_-1``: x_{-1} meant?) is not guessed."""
    if raw[i].text != "_" or not out or out[-1].type not in ("LETTER", "GREEK"):
        return 0
    if len(out) >= 2 and out[-2].type in ("SUB", "CARET"):
        return 0
    if i + 1 < len(raw) and raw[i + 1].text in ("+", "-"):
        after = raw[i + 2].text if i + 2 < len(raw) else ""
        return 0 if after[:1].isdigit() else i + 2
    if (
        i + 3 < len(raw)
        and raw[i + 1].text == "{"
        and raw[i + 2].text in ("+", "-")
        and raw[i + 3].text == "}"
    ):
        return i + 4
    return 0


#: What labels a name above it: a letter, a whole number, or a letter plus or minus one.
_LABEL = r"(?:[A-Za-z]|\d{1,3}|[A-Za-z][+-]\d{1,3})"

#: A label above a name in square brackets, braces or angle brackets (``[l]``, ``\{1\}``,
#: ``\langle 2 \rangle``): a letter, a whole number, or a letter plus or minus one.
_BRACKETED_LABEL = re.compile(rf"\[({_LABEL})\]|\\\{{({_LABEL})\\\}}|\\langle({_LABEL})\\rangle")


#: A label above a name with more after it (``(i)T``, ``[l]\\top``, ``(1)2``): the label,
#: then the rest.
_LABEL_THEN = re.compile(rf"(\({_LABEL}\)|\[{_LABEL}\])(.+)")


#: What may follow a lone factor that a bracketless expectation takes (``\\mathbb{E} X^2 =``).
_AFTER_LONE_FACTOR = frozenset(
    "= + - < > & , ) ] \\\\ \\} \\right \\le \\leq \\ge \\geq \\ne \\neq \\approx "
    "\\to \\quad \\qquad \\leqslant \\geqslant".split()
)


def _powered_call(raw: list[_Raw], k: int) -> tuple[int, int] | None:
    """``^2(X)``, ``^{2}[X]`` at ``raw[k]``: where the bracket after the power opens and
    closes, or None."""
    if k >= len(raw) or raw[k].text != "^":
        return None
    start = _script_end(raw, k + 1)
    if start is None or start >= len(raw) or raw[start].text not in ("(", "["):
        return None
    pair = {"(": ")", "[": "]"}[raw[start].text]
    depth = 0
    for j in range(start, len(raw)):
        depth += {raw[start].text: 1, pair: -1}.get(raw[j].text, 0)
        if depth == 0:
            return start, j
    return None


def _script_body(script: list[_Raw]) -> list[_Raw]:
    """A script's tokens without its braces (``{2}`` -> ``2``)."""
    if len(script) >= 2 and script[0].text == "{" and script[-1].text == "}":
        return script[1:-1]
    return script


def _escaped_braces(raw: list[_Raw], k: int) -> tuple[int, int, int] | None:
    """``(start, end, close)`` of ``\\{ ... \\}`` opening at ``raw[k]`` (after ``\\left`` or
    a size, ``\\big\\{``): the first token inside, the end of the inside (a ``\\right`` or
    size before the closing brace is not inside) and the index of the closing ``\\}``; None
    when no such pair opens there. One pass, bounded by the side's length."""
    j = k
    if j < len(raw) and (raw[j].text == "\\left" or raw[j].text[1:] in T.SIZES):
        j += 1
    if j >= len(raw) or raw[j].text != "\\{":
        return None
    depth = 0
    for m in range(j, len(raw)):
        t = raw[m].text
        depth += 1 if t == "\\{" else -1 if t == "\\}" else 0
        if depth == 0:
            inner_end = m
            if raw[m - 1].text == "\\right" or raw[m - 1].text[1:] in T.SIZES:
                inner_end = m - 1
            return (j + 1, inner_end, m) if inner_end > j + 1 else None
    return None


def _lone_factor_end(raw: list[_Raw], k: int) -> int | None:
    """The end of one factor starting at ``raw[k]`` - a letter (under accents or fonts) or
    a ``\\frac``, with its scripts and primes - when a sign, a relation or the end follows
    it (spacing skipped); None otherwise. PARSE64: also ``\\log`` or ``\\ln`` of such a
    factor (``\\mathbb{E}_q \\log\\frac{p}{q}``, external51 emptymalei)."""
    while k + 1 < len(raw) and raw[k].text in ("\\log", "\\ln"):
        if raw[k + 1].text in ("^", "_"):
            return None  # \log^2 x, \log_2 x: not one factor's log
        k += 1
    if k >= len(raw):
        return None
    first = raw[k]
    name = first.text[1:]
    if first.kind == "letter" or name in T.GREEK:
        end = k + 1
    elif (close := _norm_close(raw, k)) is not None:
        end = close + 1  # batch 49: \Vert \theta - X \Vert^2, one factor as a letter is
    elif name in _NAME_DRESS or name in ("frac", "dfrac", "tfrac"):
        end = k + 1
        for _ in range(2 if name.endswith("frac") else 1):
            if end >= len(raw):
                return None
            if raw[end].text == "{":
                _, end = _Converter.group(raw, end)
            elif name.endswith("frac") or raw[end].kind == "letter" or raw[end].text[1:] in T.GREEK:
                end += 1
            else:
                return None
    else:
        return None
    primed = False
    while end < len(raw) and raw[end].text in ("^", "_", "'"):
        if raw[end].text == "'":
            end, primed = end + 1, True
            continue
        after = _script_end(raw, end + 1)
        if after is None:
            return None
        end = after
    if primed and end < len(raw) and raw[end].text == "(":
        close = _closing_paren(raw, end)  # f''(X): a derivative called at its argument
        if close is None:
            return None
        end = close + 1
    rest = end
    while rest < len(raw) and raw[rest].text in _SPACING_CMDS:
        rest += 1
    return end if rest >= len(raw) or raw[rest].text in _AFTER_LONE_FACTOR else None


#: the double bars of a norm: opening, closing (``\Vert`` and ``\|`` are both)
_NORM_OPEN = frozenset({"\\Vert", "\\|", "\\lVert"})
_NORM_CLOSE = frozenset({"\\Vert", "\\|", "\\rVert"})


def _norm_close(raw: list[_Raw], k: int) -> int | None:
    """The index of the double bar closing a norm that opens at ``raw[k]`` (``\\Vert x
    \\Vert``, ``\\|x\\|``, ``\\lVert x \\rVert``, each bar after ``\\left``/``\\right`` or not),
    at the bracket level it opens on; None when ``raw[k]`` opens none or nothing closes it."""
    j = k + 1 if raw[k].text == "\\left" else k
    if j >= len(raw) or raw[j].text not in _NORM_OPEN:
        return None
    depth = 0
    for m in range(j + 1, len(raw)):
        t = raw[m].text
        if t in ("(", "[", "{", "\\{"):
            depth += 1
        elif t in (")", "]", "}", "\\}"):
            depth -= 1
            if depth < 0:
                return None
        elif t in _NORM_CLOSE and depth == 0:
            return m
    return None


def _numbered_label(word: str, raw: list[_Raw], j: int, out: list[Token]) -> re.Match | None:
    """``^{(2)}`` above a name that no bracket follows: a label (a sample, an iterate).

    Above ``e`` it may be a power written with brackets, and above a function's name
    applied to an argument (``f^{(2)}(x)``) it is the derivative's order: those are left to
    the readings they had."""
    m = re.fullmatch(r"\((\d{1,3})\)", word)
    if m is None or not out:
        return None
    return m if _labelled_name(raw, j, out) or _subscript_ends(out) else None


def _labelled_name(raw: list[_Raw], j: int, out: list[Token]) -> bool:
    """May a bracketed superscript after ``out`` (ending at ``raw[j]``) label a name?
    A letter other than ``e`` that no bracket follows (see :func:`_numbered_label`)."""
    if j < len(raw) and raw[j].text in ("(", "\\left"):
        return False
    return bool(out) and out[-1].type in ("LETTER", "GREEK") and str(out[-1]) != "e"


def _subscript_ends(out: list[Token]) -> bool:
    """Do the tokens end with a subscripted letter (``x_j``, ``\\gamma_{ij}``)?"""
    if len(out) >= 3 and out[-2].type == "SUB" and out[-3].type in ("LETTER", "GREEK"):
        return True
    return (
        len(out) >= 5
        and out[-1].type == "RBRACE"
        and out[-4].type == "SUB"
        and out[-5].type in ("LETTER", "GREEK")
    )


def _index_pair(inner: list[_Raw], out: list[Token]) -> Token | None:
    """``T_{k,i}``, ``z_{ij}``: two letters subscripted to a name are one word ``ki``
    (``_indices`` reads it as two indices when both are indices of the post's sums).

    The comma is typesetting only; numbers (``x_{1,2}``) are not joined (``12`` would
    be another number)."""
    if len(out) < 2 or out[-1].type != "SUB" or out[-2].type not in ("LETTER", "GREEK"):
        return None
    if len(inner) == 3 and inner[1].text == ",":
        letters = [inner[0], inner[2]]
    elif len(inner) == 2:
        letters = inner
    else:
        return None
    if not all(r.kind == "letter" for r in letters):
        return None
    return tok("LETTER", letters[0].text + letters[1].text, letters[0].col)


#: The bars that condition a law in a subscript (``f_{X|Y}``, ``Q_{Y \\mid X}``).
_BARS = ("|", "\\mid", "\\vert")
#: Font commands a random variable's letter may wear in such a subscript.
_FONTS = frozenset("\\underline \\mathbf \\boldsymbol \\bm \\mathrm \\mathit".split())


def _conditional_label(raw: list[_Raw], i: int, out: list[Token]) -> int | None:
    """``f_{X|Y}``, ``Q_{Y \\mid X}``, ``f_{\\underline{X}\\mid T}``: a name whose braced
    subscript is names with one conditioning bar between them labels a conditional law (the
    density of X given Y). The name token before the ``_`` becomes that whole name, written
    with ``|`` whichever bar the post uses; the index after the subscript. None when the
    subscript is anything else (a number, a sum, a relation: read as before)."""
    if not out or out[-1].type != "LETTER" or i + 1 >= len(raw) or raw[i + 1].text != "{":
        return None
    inner, j = _Converter.group(raw, i + 1)
    bars = [k for k, r in enumerate(inner) if r.text in _BARS]
    if len(bars) != 1 or bars[0] in (0, len(inner) - 1):
        return None
    for r in inner:
        name = r.text.lstrip("\\")
        if not (
            r.kind == "letter"
            or r.text in (*_BARS, "{", "}", ",")
            or (r.kind == "cmd" and (r.text in _FONTS or name in GREEK))
        ):
            return None
    label = "".join("|" if r.text in _BARS else r.text for r in inner)
    name = out[-1]
    out[-1] = tok(name.type, f"{name}_{{{label}}}", name.start_pos or 0)
    return j


def _label_subscripted(out: list[Token], label: str) -> bool:
    """``\\mu_k^{\\text{new}}``, ``x_{i}^\\text{old}``: a word above a subscripted name labels
    the name (``mu^{new}`` at k, another quantity than mu at k), never a power. The name
    token before the subscript takes the label; False when the tokens end otherwise."""
    if not _subscript_ends(out):
        return False
    k = len(out) - 3 if out[-2].type == "SUB" else len(out) - 5
    if out[-1].type == "RBRACE" and out[-3].type != "LBRACE":
        return False  # x_{i+1}^{\text{new}}: only one letter or number below is read
    name = out[k]
    out[k] = tok(name.type, f"{name}^{{{label}}}", name.start_pos or 0)
    return True


def _feature_of_sample(out: list[Token], col: int) -> None:
    """``x_{j}^{(i)}``: feature ``j`` of sample ``i`` is sample ``i`` of the name ``x_j``.

    The subscript written before the sample's superscript is folded into the name
    (a LETTER ``x_j`` that remembers ``feature = "j"``, see ``_tosympy``); a
    subscript other than one letter or number is refused rather than guessed.
    """
    if not out:
        return
    if out[-1].type == "RBRACE":
        depth, k = 0, len(out) - 1
        while k >= 0:
            depth += {"RBRACE": 1, "LBRACE": -1}.get(out[k].type, 0)
            if depth == 0:
                break
            k -= 1
        if k < 2 or out[k - 1].type != "SUB":
            return
        sub, start = out[k + 1 : -1], k - 1
    elif len(out) >= 3 and out[-2].type == "SUB":
        sub, start = out[-1:], len(out) - 2
    else:
        return
    name = out[start - 1] if start >= 1 else None
    if (
        name is None
        or name.type not in ("LETTER", "GREEK")
        or len(sub) != 1
        or sub[0].type not in ("LETTER", "NUM")
    ):
        raise LatexError(
            "a sample with two indices (a subscript and a superscript (i)) is not read", col
        )
    folded = tok(name.type, f"{name}_{sub[0]}", name.start_pos or 0)
    folded.feature = str(sub[0])  # type: ignore[attr-defined]
    del out[start - 1 :]
    out.append(folded)


@dataclasses.dataclass(frozen=True)
class MatrixCells:
    """A matrix as written: each cell's tokens (or why it cannot be read), and all cells
    joined in reading order (authors use a ``matrix`` to wrap a long sum over lines)."""

    cells: list[list[object]]
    joined: object


def _limit_follows(out: list[Token]) -> bool:
    """Does a ``^`` after ``out`` write the upper limit of a sum or product?

    ``\\sum^``, ``\\sum_t^`` and ``\\sum_{t=1}^``: the tokens end with the operator,
    or with its subscript (one token or a braced group).
    """
    ops = ("SUM", "PROD")
    if out and out[-1].type in ops:
        return True
    k = len(out) - 1
    if k >= 0 and out[k].type == "RBRACE":
        depth = 0
        while k >= 0:
            depth += {"RBRACE": 1, "LBRACE": -1}.get(out[k].type, 0)
            if depth == 0:
                break
            k -= 1
    return k >= 2 and out[k - 1].type == "SUB" and out[k - 2].type in ops


def _font_over_call(inner: list[_Raw]) -> bool:
    """Is a font's argument one letter and its bracketed argument (``I(\\theta)``)?"""
    return (
        len(inner) > 2
        and inner[0].kind == "letter"
        and inner[1].text == "("
        and _closing_paren(inner, 1) == len(inner) - 1
    )


def _font_over_subscript(inner: list[_Raw]) -> bool:
    """Is a font's argument one letter and its subscript (``a_i``, ``z_{ij}``), one letter or
    number or one braced group that ends the argument? Anything after the subscript (``a_i
    b``, ``a_i + 1``) is more than a name, and stays refused."""
    if len(inner) < 3 or inner[0].kind != "letter" or inner[1].text != "_":
        return False
    if len(inner) == 3:
        return inner[2].kind in ("letter", "num")
    if inner[2].text != "{" or inner[-1].text != "}":
        return False
    depth = 0
    for k in range(2, len(inner)):
        depth += {"{": 1, "}": -1}.get(inner[k].text, 0)
        if depth == 0:
            return k == len(inner) - 1
    return False


def _evaluation_bar(raw: list[_Raw], i: int, out: list[Token]) -> bool:
    """``M''(t)|_{t=0}``: the bar at ``raw[i]`` evaluates what precedes it in its bracket
    at a point, as ``\\left. M''(t) \\right|_{t=0}`` does; the tokens are then those of
    that form. False (nothing added) when no point ``_{v = a}`` follows, or the scope is
    not one term (see :func:`_evaluated_start`)."""
    if not (_point_follows(raw, i + 1) or _range_follows(raw, i + 1)) or _opening(out):
        return False
    if any(t.type in ("BAR", "ABSL") for t in out):
        return False  # |x - y|_2^2: the bar closes another, read as before
    start = _evaluated_start(out)
    if start is None:
        raise LatexError(
            "an evaluation bar (|_a^b or |_{v=a}) after a sum: whether it applies to all of "
            "it or to its last term is not written (bracket what it evaluates)",
            raw[i].col,
        )
    out.insert(start, tok("EVALL", "left.", raw[i].col))
    out.append(tok("EVALR", "right|", raw[i].col))
    return True


def _range_follows(raw: list[_Raw], j: int) -> bool:
    """Is ``raw[j:]`` a lower and an upper limit, ``_{a}^{b}`` or ``_a^b`` (an evaluation
    between two ends: ``F |_0^t`` is ``F(t) - F(0)``)?"""
    if j >= len(raw) or raw[j].text != "_":
        return False
    end = _script_end(raw, j + 1)
    if end is None or end >= len(raw) or raw[end].text != "^":
        return False
    # _0^\infty: the one command is the whole upper end, as ^{\infty} (parse60)
    return _script_end(raw, end + 1) is not None or (
        end + 1 < len(raw) and raw[end + 1].text == "\\infty"
    )


def _bracketed_evaluation(out: list[Token], col: int) -> bool:
    """``\\left[ F \\right]_0^t``, ``[F]_0^t``: the bracket that closes here evaluates what
    it holds between two ends. Its opening ``[`` becomes the start of an evaluation and the
    close its end (tokens as ``\\left. F \\right|`` has them). False (nothing changed) when
    the bracket opened with another sign or does not open in this expression."""
    depth = 0
    for k in range(len(out) - 1, -1, -1):
        kind = out[k].type
        if kind == "RPAR":
            depth += 1
        elif kind == "LPAR":
            if depth:
                depth -= 1
                continue
            if str(out[k]) != "[":
                return False
            out[k] = tok("EVALL", "left.", out[k].start_pos)
            out.append(tok("EVALR", "right|", col))
            return True
    return False


def _point_follows(raw: list[_Raw], j: int) -> bool:
    """Is ``raw[j:]`` a subscript ``_{v = a}`` with no superscript after it (``|_a^b`` names
    no variable)?"""
    if j + 1 >= len(raw) or raw[j].text != "_" or raw[j + 1].text != "{":
        return False
    depth, equals = 0, False
    for k in range(j + 1, len(raw)):
        depth += {"{": 1, "}": -1}.get(raw[k].text, 0)
        equals = equals or (depth == 1 and raw[k].text == "=")
        if depth == 0:
            return equals and not (k + 1 < len(raw) and raw[k + 1].text == "^")
    return False


def _evaluated_start(out: list[Token]) -> int | None:
    """Where the expression a bare evaluation bar applies to starts: after the bracket or
    brace that holds the bar. None when that expression is not one term (a sum before the
    bar: all of it, or its last term?) or holds a bar or a relation of its own."""
    depth, start = 0, 0
    for k in range(len(out) - 1, -1, -1):
        kind = out[k].type
        if kind in ("RPAR", "RBRACE"):
            depth += 1
        elif kind in ("LPAR", "LBRACE"):
            if depth == 0:
                start = k + 1
                break
            depth -= 1
    depth = 0
    for k in range(start, len(out)):
        kind = out[k].type
        depth += {"LPAR": 1, "LBRACE": 1, "RPAR": -1, "RBRACE": -1}.get(kind, 0)
        if kind in ("BAR", "EQ", "COMMA", "SEMI", "EVALL", "EVALR", "ABSL", "ABSR"):
            return None
        if depth == 0 and kind in ("PLUS", "MINUS") and k > start:
            return None
    return start if start < len(out) else None


def _angle_close(raw: list[_Raw], i: int) -> int | None:
    """Index of the ``\\rangle`` closing the ``\\langle`` at ``raw[i]``, or None."""
    depth = 0
    for k in range(i, len(raw)):
        depth += {"\\langle": 1, "\\rangle": -1}.get(raw[k].text, 0)
        if depth == 0:
            return k
    return None


#: Commands that only space or size what follows.
_SPACING = frozenset(
    ["\\,", "\\;", "\\:", "\\!", "\\ ", "\\quad", "\\qquad", "~", "\\left", "\\right"]
    + ["\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\bigr", "\\Bigl", "\\Bigr"]
)


def _written(raw: list[_Raw]) -> bool:
    """Does ``raw`` hold anything but spacing and sizes?"""
    return any(r.text not in _SPACING and r.text.strip() for r in raw)


def _at_top(raw: list[_Raw], signs: tuple[str, ...]) -> list[int]:
    """Positions in ``raw`` of ``signs`` standing outside every brace group and bracket."""
    depth, found = 0, []
    for k, r in enumerate(raw):
        if r.text in ("{", "(", "[", "\\langle"):
            depth += 1
        elif r.text in ("}", ")", "]", "\\rangle"):
            depth -= 1
        elif depth == 0 and r.text in signs:
            found.append(k)
    return found


#: Capital letters that are a big operator's sign when they carry its limits (``_sigma_limits``).
_CAPITAL_SIGNS = {"Sigma": "sum", "Pi": "prod"}


def _sigma_limits(raw: list[_Raw], i: int, group: Any) -> bool:
    """Does ``\\Sigma`` (or ``\\Pi``) at ``raw[i]`` carry a sum's limits, ``_{k = a}^{b}``
    (either order of the scripts), with something after them to sum?"""
    j = i + 1
    lower = upper = False
    for _ in range(2):
        if j + 1 >= len(raw) or raw[j].text not in ("_", "^"):
            return False
        if raw[j].text == "_":
            if raw[j + 1].text != "{":
                return False
            inner, j = group(raw, j + 1)
            eq = [k for k, u in enumerate(inner) if u.text == "="]
            lower = len(eq) == 1 and eq[0] == 1 and inner[0].kind == "letter"
        else:
            upper = True
            j = group(raw, j + 1)[1] if raw[j + 1].text == "{" else j + 2
    return lower and upper and j < len(raw)


#: what may follow a star that marks a name (``y* + 1``, ``f(\\theta*)``, ``y* = 3``)
_AFTER_STAR = frozenset("+ = ) ] , } < > \\le \\leq \\ge \\geq \\ne \\neq \\approx \\right".split())


def _trailing_star(raw: list[_Raw], i: int, out: list[Token]) -> bool:
    """Is the ``*`` at ``raw[i]`` written right after a letter and before nothing it could
    multiply (the end, a closing bracket, ``+``, a relation)? ``a * -b`` multiplies."""
    if raw[i].gap or not out or out[-1].type not in ("LETTER", "GREEK"):
        return False
    if len(out) > 1 and out[-2].type == "CARET":
        return False  # 2^n*: a star on an exponent is not guessed
    return i + 1 >= len(raw) or raw[i + 1].text in _AFTER_STAR


def _bar(col: int, hint: str, size: int) -> Token:
    t = tok("BAR", "|", col)
    t.hint = hint  # type: ignore[attr-defined]
    return delim(t, size)


def _opening(out: list[Token]) -> bool:
    """Is a sized bar here an opener (nothing or an operator before it)?"""
    if not out:
        return True
    return out[-1].type in ("PLUS", "MINUS", "MULOP", "SLASH", "LPAR", "LBRACE", "COMMA",
                            "SEMI", "EQ", "LOG", "LN", "EXP", "FUNC", "SUM", "PROD", "CARET",
                            "FRAC", "SQRT", "BAR")  # fmt: skip


def _bracket_at(raw: list[_Raw], j: int, braces: bool = False) -> bool:
    """Does an opening bracket ``(`` or ``[`` (after any ``\\left``, ``\\big``) start at ``j``?
    With ``braces``, ``\\{`` as well (``\\mathbb{E}\\{X\\}``)."""
    while j < len(raw) and raw[j].text[1:] in T.SIZES:
        j += 1
    return j < len(raw) and raw[j].text in (("(", "[", "\\{") if braces else ("(", "["))


#: Why a sum or product over the indices a condition selects is not read.
_CONDITION_BELOW = (
    "a sum or product over the indices a condition ({}) selects is not read: only every "
    "index but one (\\sum_{{k \\ne j}}, \\sum_{{k=1, k \\ne 3}}^{{5}}) and a range between "
    "two bounds (\\sum_{{0 \\le k < n}}) are"
)


#: Why ``\\sum_{y_i \\ne 0}`` is not read.
_DATA_CONDITION = (
    "a sum or product over the terms where an element satisfies a condition (y_i \\ne 0) "
    "is not read: the data decide which terms those are, so the row cannot be compared"
)


def _subscripted_condition(out: list[Token]) -> bool:
    """Does the condition being read in a sum's subscript start with an element
    (``\\sum_{y_i \\ne 0}``) rather than the index letter (``\\sum_{k \\ne j}``)?"""
    k = len(out) - 1
    while k >= 0 and out[k].type != "COMMA":
        if out[k].type == "SUB":
            return True
        k -= 1
    return False


#: Why ``\\sum_{y_i}`` is not read.
_OVER_AN_ELEMENT = (
    "a sum or product over the values an element takes (\\sum_{y_i}) is not read: write the "
    "index it runs over (\\sum_{i=1}^{n} y_i)"
)


def _an_element(below: list[Token]) -> bool:
    """Is the subscript of a sum only an element (``\\sum_{y_i}``), no index or range?"""
    kinds = [t.type for t in below]
    return (
        len(kinds) > 2 and kinds[:2] == ["LETTER", "SUB"] and not {"EQ", "NE", "LESS"} & set(kinds)
    )


def _opens_limits(out: list[Token]) -> bool:
    """Is the group about to be read the subscript of a sum or product (``\\sum_{``)?"""
    return len(out) >= 3 and out[-2].type == "SUB" and out[-3].type in ("SUM", "PROD")


def _has_open_eval(out: list[Token]) -> bool:
    return sum(1 for t in out if t.type == "EVALL") > sum(1 for t in out if t.type == "EVALR")


def _names_next(r: _Raw) -> bool:
    """Is ``r`` the start of a name (a letter or a Greek letter) an operator may apply to?"""
    return r.kind == "letter" or (r.kind == "cmd" and r.text[1:] in T.GREEK)


def _second_nabla(raw: list[_Raw], i: int, arg: Any) -> tuple[list[_Raw], int] | None:
    """``\\nabla_\\phi^2`` or ``\\nabla^2_\\phi`` at ``raw[i]``: (the variable, the index after
    the scripts) when the power is 2 and the variable is a plain name (no script of its own
    but an index: ``\\mu_0``, not ``\\sigma^2``); else None."""
    scripts: dict[str, list[_Raw]] = {}
    j = i + 1
    while j < len(raw) and raw[j].text in ("_", "^") and raw[j].text not in scripts:
        sign = raw[j].text
        scripts[sign], j = arg(raw, j + 1, "\\nabla" + sign)
    if set(scripts) != {"_", "^"} or _text_of(scripts["^"]).strip() != "2":
        return None
    var = scripts["_"]
    if any(r.text == "^" for r in var) or not var:
        return None
    return var, j


def _only_argument(raw: list[_Raw], k: int) -> list[_Raw] | None:
    """The argument of ``f(\\beta)`` at ``raw[k]`` when it is one name (a letter, a Greek
    letter, either in bold), else None. The function is a letter, ``\\ell``, a Greek
    letter or a calligraphic letter, with an optional subscript."""
    if k < len(raw) and raw[k].kind == "letter":
        k += 1
    elif k < len(raw) and (raw[k].text == "\\ell" or raw[k].text[1:] in T.GREEK):
        k += 1
    elif k + 1 < len(raw) and raw[k].text[1:] in T.CALLIGRAPHIC and raw[k + 1].text == "{":
        k = _Converter.group(raw, k + 1)[1]
    else:
        return None
    if k + 1 < len(raw) and raw[k].text == "_":
        k = _Converter.group(raw, k + 1)[1] if raw[k + 1].text == "{" else k + 2
    while k < len(raw) and raw[k].text[1:] in T.SIZES:
        k += 1
    if k >= len(raw) or raw[k].text != "(":
        return None
    end = k + 1
    while end < len(raw) and raw[end].text != ")":
        end += 1
    inner = [r for r in raw[k + 1 : end] if r.text[1:] not in T.SIZES]
    if end >= len(raw) or not inner:
        return None
    if inner[0].text[1:] in T.BOLD:
        inner = [t for t in inner[1:] if t.text not in ("{", "}")]
    if len(inner) == 1 and (inner[0].kind == "letter" or inner[0].text[1:] in T.GREEK):
        return inner
    return None


#: Commands of one argument that may stand unbraced as a subscript (``x_\mathbf{i}``).
_WRAPPERS = T.BOLD | T.TYPEFACE | T.WORDS | T.CALLIGRAPHIC | frozenset(T.ACCENTS)

_BRACKET_STEP = {"(": 1, "[": 1, ")": -1, "]": -1}


def _bracket_balance(raw: list[_Raw]) -> int:
    """Brackets ``(``/``[`` opened minus closed in ``raw`` (0 when they nest inside it)."""
    return sum(_BRACKET_STEP.get(r.text, 0) for r in raw)


def _group_place(raw: list[_Raw], i: int, j: int) -> tuple[bool, bool]:
    """(bare, scripted) of the brace group ``raw[i:j]``: bare when it is no command's argument
    or script (after a command, ``^``, ``_``, ``}`` or ``]``), scripted when a script, a prime
    or ``!`` follows it."""
    before = raw[i - 1] if i else None
    bare = before is None or (before.kind != "cmd" and before.text not in ("^", "_", "}", "]"))
    return bare, j < len(raw) and raw[j].text in ("^", "_", "'", "!")


def _group_end(raw: list[_Raw], k: int) -> int:
    """The index after the brace group opened at ``raw[k]`` (``len(raw) + 1``: not closed)."""
    depth = 0
    for m in range(k, len(raw)):
        depth += {"{": 1, "}": -1}.get(raw[m].text, 0)
        if depth == 0:
            return m + 1
    return len(raw) + 1


def _colour_switch(inner: list[_Raw]) -> list[_Raw] | None:
    """What the colour at the start of a group colours, when it colours the whole rest of it:
    the switch ``{\\color{red} - 2x}`` (``- 2x``) and a coloured body alone in its braces,
    ``{\\color{red}{-2x}}`` or ``{\\textcolor{red}{-2x}}`` (``-2x``); else None."""
    if len(inner) < 4 or inner[0].text not in ("\\color", "\\textcolor") or inner[1].text != "{":
        return None
    k = _group_end(inner, 1)
    rest = inner[k:]
    if rest and rest[0].text == "{":
        end = _group_end(inner, k)
        return inner[k + 1 : end - 1] if end == len(inner) and end - 1 > k + 1 else None
    return rest if rest and inner[0].text == "\\color" else None


def _switch_place(raw: list[_Raw], i: int, j: int) -> bool:
    """Is the group ``raw[i:j]`` a bare one, or (``a {\\color{b}-b} {\\color{g}+c}``) right
    after bare groups of colour switches? After any other ``}`` it may be an argument. Looks
    back over at most 64 groups (a hostile row may hold many)."""
    for _ in range(64):
        bare, scripted = _group_place(raw, i, j)
        if scripted or bare:
            return not scripted
        if not i or raw[i - 1].text != "}":
            return False
        m, depth = i - 1, 0
        while m >= 0:
            depth += {"}": 1, "{": -1}.get(raw[m].text, 0)
            if depth == 0:
                break
            m -= 1
        if m < 0 or _colour_switch(raw[m + 1 : i - 1]) is None:
            return False
        i, j = m, i
    return False


def _crosses(raw: list[_Raw], i: int, j: int, balance: int) -> bool:
    """Does the group ``raw[i:j]``, whose brackets do not balance, pair them with brackets
    outside it? A closer in it pairs with an opener left open before ``i``, an opener with
    a closer after ``j``; a bracket with no partner anywhere is a stray one (reported as a
    slip elsewhere), not a crossing.
    """
    depth = 0
    if balance < 0:
        for r in raw[:i]:
            depth = max(0, depth + _BRACKET_STEP.get(r.text, 0))
        return depth > 0
    if balance > 0:
        for r in raw[j:]:
            depth += _BRACKET_STEP.get(r.text, 0)
            if depth < 0:
                return True
    return False


#: Subscripts of a letter E that index a sequence rather than name a distribution.
_INDEX_LIKE = frozenset("ijklmnt")

#: Letters before a glued log or ln (``nlog``, ``2nklog``): more would be a word, not factors.
_MAX_GLUED_FACTORS = 2
#: Commands that start the operand of a glued log (``nlog\Gamma(3)``, ``nlog\left(``).
_OPERAND_COMMANDS = frozenset("left frac dfrac tfrac sqrt ell mathrm text operatorname".split())


def _log_inside(run: str) -> tuple[int, str] | None:
    """Where ``log`` or ``ln`` sits after one or two letters of ``run`` (``nlog``: 1, log).

    >>> _log_inside("nlog"), _log_inside("dlnL"), _log_inside("lnL")
    ((1, 'log'), (1, 'ln'), None)
    """
    for at in range(1, _MAX_GLUED_FACTORS + 1):
        for word in ("log", "ln"):
            if run.startswith(word, at):
                return at, word
    return None


def _operand_starts(raw: list[_Raw], j: int) -> bool:
    """Does an operand a log may apply to start at ``raw[j]`` (a name, number or group)?"""
    if j >= len(raw):
        return False
    r = raw[j]
    if r.kind in ("letter", "num") or r.text in ("{", "("):
        return True
    name = r.text[1:]
    return r.kind == "cmd" and (
        name in T.GREEK
        or name in _OPERAND_COMMANDS
        or name in T.SIZES
        or name in T.ACCENTS
        or name in T.BOLD
        or name in T.CALLIGRAPHIC
    )


def _next_is_call(raw: list[_Raw], i: int) -> bool:
    """Is there an argument in parentheses at ``raw[i]`` (after an optional prime)?"""
    while i < len(raw) and raw[i].text in ("'", "^", "{", "}", "\\prime"):
        i += 1
    while i < len(raw) and raw[i].text in T.SIZES:
        i += 1
    return i < len(raw) and raw[i].text in ("(", "\\left")


def _pi_as_product(tokens: list[Token], slips: list[Slip]) -> list[Token]:
    """``\\pi^{N}_{j=1}``: pi never runs over an index; the author meant ``\\prod``."""
    for k, t in enumerate(tokens):
        if t.type != "GREEK" or t.value != "pi":
            continue
        j = k + 1
        while j + 1 < len(tokens) and tokens[j].type in ("SUB", "CARET"):
            end = _after_script(tokens, j + 1)
            if tokens[j].type == "SUB" and any(u.type == "EQ" for u in tokens[j + 1 : end]):
                tokens[k] = tok("PROD", "prod", t.start_pos or 0)
                slips.append(
                    Slip(
                        t.start_pos or 0,
                        "\\pi with an index range (j=1...) is read as \\prod, the product sign",
                    )
                )
                break
            j = end
    return tokens


_FRACTIONS = ("\\frac", "\\dfrac", "\\tfrac")


def _braced_fractions(raw: list[_Raw]) -> list[_Raw]:
    """``\\frac d {dt}``, ``\\frac \\partial {\\partial x}``: TeX takes one token as an
    argument of a fraction; a letter or a Greek or partial sign so taken is given its
    braces, so that a derivative written so is read as one. Without them d/dt (t^2) was
    read as the product of a letter d with t^2/t, and the correct d/dt (t^2) = 2t was
    refuted. Digits are left to the reader of ``\\frac12``."""
    wrapped: set[int] = set()
    for k, r in enumerate(raw):
        if r.text not in _FRACTIONS:
            continue
        j = k + 1
        for _ in range(2):
            if j >= len(raw):
                break
            if raw[j].text == "{":
                try:
                    _, j = _Converter.group(raw, j)
                except LatexError:
                    break
            elif (
                raw[j].kind == "letter" or raw[j].text[1:] in T.GREEK or raw[j].text == "\\partial"
            ):
                wrapped.add(j)
                j += 1
            else:
                break
    if not wrapped:
        return raw
    out: list[_Raw] = []
    for k, r in enumerate(raw):
        if k in wrapped:
            out += [_Raw("punct", "{", r.col, r.gap), dataclasses.replace(r, gap=False)]
            out.append(_Raw("punct", "}", r.col))
        else:
            out.append(r)
    return out


def _delta_as_partial(raw: list[_Raw], slips: list[Slip]) -> list[_Raw]:
    """``\\frac{\\delta \\ell}{\\partial \\beta}``, ``\\frac{\\delta \\ell}{\\delta \\mu}``: a delta
    typed for the partial sign of a derivative (only called when the post uses no delta of
    its own). The numerator must start with delta and the denominator with delta or
    partial followed by a variable; every delta before a variable of the denominator is
    read as partial too. ``\\frac{\\delta}{2}`` and ``\\frac{\\delta x}{\\delta}`` are no
    derivatives and stay as written."""
    if not any(r.text == "\\delta" for r in raw):
        return raw
    out = list(raw)
    for k, r in enumerate(raw):
        if r.text not in ("\\frac", "\\dfrac", "\\tfrac") or k + 1 >= len(raw):
            continue
        if raw[k + 1].text != "{" or k + 2 >= len(raw) or raw[k + 2].text != "\\delta":
            continue
        try:
            num, j = _Converter.group(raw, k + 1)
            den, _ = _Converter.group(raw, j)
        except LatexError:
            continue
        if len(den) < 2 or den[0].text not in ("\\delta", "\\partial"):
            continue
        if den[1].text in ("^", "_"):
            continue
        signs = [j + 1 + m for m, d in enumerate(den[:-1]) if d.text == "\\delta"]
        for at in [k + 2, *signs]:
            out[at] = _Raw("cmd", "\\partial", raw[at].col, raw[at].gap)
        slips.append(Slip(raw[k + 2].col, "\\delta in a derivative is read as \\partial"))
    return out


def _lone_partial(raw: list[_Raw], slips: list[Slip]) -> list[_Raw]:
    """``\\frac{\\partial}{o_k}``: the partial sign left out of the denominator of a
    derivative (parse12). A numerator that is only ``\\partial`` over a single variable (a
    letter or a Greek letter, with an optional subscript of letters and digits) has no
    other meaning: the denominator is read as ``\\partial o_k``, and a slip says so.
    ``\\frac{\\partial}{2}``, ``\\frac{\\partial}{x^2}`` and ``\\frac{\\partial}{x y}`` stay
    as written."""
    if not any(r.text == "\\partial" for r in raw):
        return raw
    out: list[_Raw] = []
    k = 0
    while k < len(raw):
        r = raw[k]
        den = None
        if (
            r.text in ("\\frac", "\\dfrac", "\\tfrac")
            and k + 4 < len(raw)
            and raw[k + 1].text == "{"
            and raw[k + 2].text == "\\partial"
            and raw[k + 3].text == "}"
            and raw[k + 4].text == "{"
        ):
            try:
                den, _ = _Converter.group(raw, k + 4)
            except LatexError:
                den = None
        if den is None or not _single_variable(den):
            out.append(r)
            k += 1
            continue
        out.extend(raw[k : k + 5])
        out.append(_Raw("cmd", "\\partial", den[0].col, raw[k + 5].gap))
        slips.append(
            Slip(den[0].col, "a \\partial missing before the variable of a derivative is read")
        )
        k += 5
    return out


def _single_variable(den: list[_Raw]) -> bool:
    """Is ``den`` one letter or Greek letter with an optional subscript of letters and
    digits (``x``, ``o_k``, ``\\theta_{j}``)?"""
    if not den:
        return False
    head = den[0]
    if not (
        (head.kind == "letter" and len(head.text) == 1 and head.text != "d")
        or (head.kind == "cmd" and head.text[1:] in T.GREEK)
    ):
        return False
    rest = den[1:]
    if not rest:
        return True
    if rest[0].text != "_" or len(rest) < 2:
        return False
    sub = rest[2:-1] if rest[1].text == "{" and rest[-1].text == "}" else rest[1:]
    if rest[1].text != "{" and len(sub) != 1:
        return False
    return bool(sub) and all(t.kind in ("letter", "num") for t in sub)


#: Sizes written before a slash: ``A \\bigg/ B C``.
_SIZES = frozenset(["\\big", "\\Big", "\\bigg", "\\Bigg", "\\bigl", "\\Bigl", "\\biggl"])


def _sized_slash(raw: list[_Raw]) -> None:
    """A slash written large (``\\bigg/``) is the author's sign that it divides by more than
    the factor after it, and how far is not written: ``A \\bigg/ B C`` read as (A/B) C refuted
    a correct row (held-out batch 30, holooly's ``\\bigg/\\!\\left(\\frac{n}{t}\\right)^{n}
    e^{-n}``). Such a side is not read. One pass over the tokens."""
    for k, r in enumerate(raw):
        if r.text not in _SIZES:
            continue
        j = k + 1
        while j < len(raw) and raw[j].text in _SPACING:
            j += 1
        if j < len(raw) and raw[j].text == "/":
            raise LatexError(
                f"a slash written large ({r.text}/): how far its divisor goes is not written "
                "(A/(B C) or (A/B) C), so the side is not read",
                r.col,
            )


def _braced_array_cases(raw: list[_Raw]) -> list[_Raw]:
    """``\\left\\{ \\begin{array}{lr} v & c \\\\ ... \\end{array} \\right.``: the array of two
    columns in a left brace is a definition by cases, written as ``\\begin{cases}`` (READ6)
    before amsmath's ``cases`` (external32); closed by ``\\right\\}`` too (external39). Any
    other array is left as it is."""
    if not any(r.text == "\\left" for r in raw):
        return raw
    out: list[_Raw] = []
    i = 0
    while i < len(raw):
        spec = _array_in_brace(raw, i)
        if spec is None:
            out.append(raw[i])
            i += 1
            continue
        body_start, end = spec
        k = _environment_end(raw, body_start)
        # \end {array} \right .
        closing = [t.text for t in raw[k : k + 10]]
        # \right. (its dot cut as the row's last punctuation when the row ends there), or
        # \right\} closing the brace as a pair (external39)
        if closing[:9] != ["\\end", "{", "a", "r", "r", "a", "y", "}", "\\right"] or (
            closing[9:] not in (["."], ["\\}"]) and k + 9 != len(raw)
        ):
            out.append(raw[i])
            i += 1
            continue
        col = raw[i].col
        out += [_Raw("cmd", "\\begin", col), *_raw_word("{cases}", col)]
        out += raw[body_start:k]
        out += [_Raw("cmd", "\\end", raw[k].col), *_raw_word("{cases}", raw[k].col)]
        i = min(k + 10, len(raw))
    return out


def _after_spacing(raw: list[_Raw], k: int) -> int:
    """The first position from ``k`` that is not a spacing command."""
    while k < len(raw) and raw[k].text in _SPACING_CMDS | {"~"}:
        k += 1
    return k


def _spelled_arg_max(raw: list[_Raw], i: int, j: int, run: str) -> tuple[int, str, str] | None:
    """The letters ``raw[i:j]`` (``run``) spelling an optimisation without its backslash:
    ``argmax``/``argmin``, ``arg max`` (or ``arg \\max``) with space between, and ``max``,
    ``min`` before a subscript or a bracket. (end, token kind, value) or None."""
    if run in ("argmax", "argmin"):
        return j, "ARGMAX", run
    if run == "arg":
        k = _after_spacing(raw, j)
        if k < len(raw) and raw[k].text in ("\\max", "\\min"):
            return k + 1, "ARGMAX", "arg" + raw[k].text[1:]
        end = k
        while end < len(raw) and raw[end].kind == "letter" and not (end > k and raw[end].gap):
            end += 1
        if "".join(r.text for r in raw[k:end]) in ("max", "min"):
            return end, "ARGMAX", "arg" + "".join(r.text for r in raw[k:end])
        return None
    if run in ("max", "min") and j < len(raw) and raw[j].text in ("_", "("):
        return j, "FUNC", run
    return None


def _environment_end(raw: list[_Raw], k: int) -> int:
    """Where the ``\\end`` that closes the environment whose body starts at ``k`` stands
    (environments nested in it closed first); ``len(raw)`` when it is never closed."""
    depth = 1
    while k < len(raw):
        if raw[k].text == "\\begin":
            depth += 1
        elif raw[k].text == "\\end":
            depth -= 1
            if depth == 0:
                return k
        k += 1
    return k


def _raw_word(text: str, col: int) -> list[_Raw]:
    """``{cases}`` as raw tokens: the braces and the letters."""
    return [_Raw("punct" if ch in "{}" else "letter", ch, col) for ch in text]


def _array_in_brace(raw: list[_Raw], i: int) -> tuple[int, int] | None:
    """At ``\\left\\{ \\begin{array}{xy}`` (two column letters): the index after the column
    specification and of the brace; else None."""
    head = [t.text for t in raw[i : i + 10]]
    if head[:10] != ["\\left", "\\{", "\\begin", "{", "a", "r", "r", "a", "y", "}"]:
        return None
    k = i + 10
    if k >= len(raw) or raw[k].text != "{":
        return None
    letters: list[str] = []
    k += 1
    while k < len(raw) and raw[k].text != "}":
        if raw[k].text != "|":
            letters.append(raw[k].text)
        k += 1
    if k >= len(raw) or len(letters) != 2 or not all(c in ("l", "c", "r") for c in letters):
        return None
    return k + 1, i


def _variance_square(toks: list[Token]) -> bool:
    """``\\sigma^2`` or ``\\sigma^{2}`` under an accent (EXPECT53: ``\\hat{\\sigma^2}``): the
    variance, whose estimate the reader names as it names ``\\hat\\sigma^2``'s."""
    kinds = [(t.type, str(t)) for t in toks]
    square = [("CARET", "^"), ("NUM", "2")]
    braced = [("CARET", "^"), ("LBRACE", "{"), ("NUM", "2"), ("RBRACE", "}")]
    return kinds[:1] == [("GREEK", "sigma")] and kinds[1:] in (square, braced)


def tokenize(text: str, info: LexInfo | None = None) -> tuple[list[Token], list[Slip]]:
    """Tokens of one expression (one side of a relation) and the slips found.

    Raises
    ------
    LatexError
        For a command or symbol outside the supported notation, brackets that
        do not pair up, or a side past one of the limits.
    """
    raw = raw_tokens(text)
    check_limits(raw)
    _program_numbers(raw)
    _sized_slash(raw)
    raw = _braced_array_cases(raw)  # \left\{ \begin{array}{lr} ... \right.: cases
    raw = _subscript_first(_braced_fractions(raw))
    raw = _slash_orders(raw)
    conv = _Converter(info or LexInfo())
    # {\bf v}, \partial^2/\partial^2\lambda (see ._typeset_forms)
    raw = decimal_commas(dot_arguments(arrow_names(thin_space_groups(raw))))
    raw = labelled_subscripts(fonted_bars(raw))  # \mu_{t|t-1}, y_{1:t}: a label of the name
    raw = braced_expectations(raw)  # {{\rm E}_\theta}\{...\}: braces that group nothing
    raw = primed_brackets(raw)  # [...]^{'}_\theta: the derivative by theta
    raw = named_sets(raw, conv.info.sets, raw_tokens)  # \sum_{i \in I_0} (._named_sets)
    raw = double_index_sums(raw)  # \sum_{ij}: \sum_{i}\sum_{j} (._double_index_sums)
    raw = slipped_orders(bold_groups(operator_groups(raw)), conv.slips)
    raw = period_products(raw, conv.slips)  # \lambda.n, \frac{1}{\pi^n}. \prod_i: the one reading
    if conv.info.events:
        # 1_{x \le c}: the bracket form \mathbb{1}(x \le c); P(X \ge 2) (see ._order_events)
        # I(0 \le x \le \theta): the product of the indicators of its relations
        raw = chained_indicators(braced_indicator_fonts(raw))  # \mathbf1_{...} too
        raw = order_events(subscript_indicators(raw))
    raw = _signed_exponent(_call_label(_leading_label(raw)), conv.slips)
    if conv.info.zero_subscripts:
        raw = _o_for_zero(raw, conv.info.zero_subscripts, conv.slips)
    if not conv.info.delta_symbol:
        raw = _delta_as_partial(raw, conv.slips)
    raw = _lone_partial(raw, conv.slips)
    tokens = _listed_dots(_pi_as_product(conv.convert(raw), conv.slips))
    # 1_{[0,1]}(x), \partial_j(mJ): see ._indicators
    tokens = comma_subscripts(subscripted_partials(set_indicators(tokens)))  # h_{a,b}
    tokens = _powers_of_values(tokens)
    tokens = _signed_terms(_derivative_arguments(tokens, conv.info), conv.slips)
    tokens = _bare_function_words(tokens)
    if conv.info.events:
        tokens = _events(indicators(tokens))  # (I(y = 0), 1\{y = 0\}: see ._indicators)
    tokens = _calls(tokens)
    tokens = _powers_before_calls(tokens, conv.info)
    tokens = _special_calls(tokens, conv.info, conv.slips)
    # \phi(x_i - \mu) in a post that defines \phi(x) = ...: a call of that function
    greek = conv.info.functions
    tokens = _applied(tokens, "", lambda t: t.type == "GREEK" and str(t) in greek)
    tokens, slips = run_passes(tokens, conv.info.functions, conv.info.several_subscripts)
    return tokens, conv.slips + slips


def _signed_terms(tokens: list[Token], slips: list[Slip]) -> list[Token]:
    """PARSE15: ``1 + \\log \\sigma^2 + - \\mu^2``: a sign right after ``+`` between two
    operands is the sign of the term (``a + -b`` is ``a - b``), which the grammar did not
    read ("unexpected '-'"). Only ``+ -`` after an operand; a slip names it."""
    out: list[Token] = []
    for k, t in enumerate(tokens):
        if (
            t.type == "PLUS"
            and out
            and out[-1].type in _OPERAND_END
            and k + 1 < len(tokens)
            and tokens[k + 1].type == "MINUS"
        ):
            slips.append(Slip(t.start_pos or 0, "'+ -' is read as '-' (the sign of the term)"))
            continue
        out.append(t)
    return out


#: Multiplication signs a differential may follow (``\int f(x) \cdot \mathrm{d}x``).
_TIMES = ("cdot", "times", "*")


def _o_for_zero(raw: list[_Raw], letters: frozenset[str], slips: list[Slip]) -> list[_Raw]:
    """``n_o`` (or ``n_{o}``) in a post that writes ``n_0``: the letter o typed for the digit.

    Only for a letter of ``letters`` (the post writes it with the subscript 0) not itself a
    subscript; the reading is reported as a slip.
    """
    out = list(raw)
    for k in range(len(raw) - 2):
        base, under = raw[k], raw[k + 1]
        if base.kind != "letter" or base.text not in letters or under.text != "_":
            continue
        if k and raw[k - 1].text in ("_", "^"):
            continue
        at = k + 2
        if raw[at].text == "{" and at + 2 < len(raw) and raw[at + 2].text == "}":
            at += 1
        if raw[at].text != "o" or (at == k + 2 and _glued_letter(raw, at)):
            continue
        out[at] = _Raw("num", "0", raw[at].col, raw[at].gap)
        slips.append(
            Slip(
                raw[at].col,
                f"{base.text}_o is read as {base.text}_0 (the post writes {base.text}_0)",
            )
        )
    return out


def _glued_letter(raw: list[_Raw], at: int) -> bool:
    """Is the letter at ``raw[at]`` followed by another letter with no space between?"""
    nxt = raw[at + 1] if at + 1 < len(raw) else None
    return nxt is not None and nxt.kind == "letter" and not nxt.gap


def _splits_a_bracket(left: list[_Raw]) -> bool:
    """Does the part before a top-level ``\\choose`` (``\\over``) open a bracket it does not
    close (``(n \\choose k)``, ``\\Big( n \\choose 2 \\Big)``)?"""
    depth, brackets = 0, 0
    for r in left:
        if r.text in ("{", "\\begin"):
            depth += 1
        elif r.text in ("}", "\\end"):
            depth -= 1
        elif depth == 0 and r.text in ("(", "["):
            brackets += 1
        elif depth == 0 and r.text in (")", "]"):
            brackets -= 1
    return brackets > 0


def _left_right_infix(raw: list[_Raw], i: int, infix: Any) -> tuple[list[_Raw], _Raw, int] | None:
    """``\\left( n \\choose k \\right)`` at ``raw[i]``: the pair's contents, its closing
    bracket and the index after it, when the contents hold a ``\\choose`` or ``\\over`` of
    their own (``infix``); None otherwise (the pair reads as before)."""
    if i + 1 >= len(raw) or raw[i + 1].text not in ("(", "["):
        return None
    depth, m = 0, i
    for m in range(i, len(raw)):
        depth += {"\\left": 1, "\\right": -1}.get(raw[m].text, 0)
        if depth == 0:
            break
    if depth or m + 1 >= len(raw) or raw[m + 1].text not in (")", "]"):
        return None
    inner = raw[i + 2 : m]
    return (inner, raw[m + 1], m + 2) if infix(inner) is not None else None


#: A TeX dimension: the spacing argument of a row break (``\\\\[6pt]``, ``[.5em]``).
_DIMENSION = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:pt|em|ex|mm|cm|in|bp|pc|dd|cc|sp|mu)")


def _row_spacing_end(body: list[_Raw], k: int) -> int:
    """The index after the spacing argument that starts at ``body[k]`` (``[6pt]``: extra
    space below the row, no content), or ``k`` when none does: a bracket that is no TeX
    dimension is left to the row (parse60)."""
    if k >= len(body) or body[k].text != "[":
        return k
    for j in range(k + 1, min(len(body), k + 8)):
        if body[j].text == "]":
            inner = "".join(r.text for r in body[k + 1 : j])
            return j + 1 if _DIMENSION.fullmatch(inner) else k
    return k


def _script_end(raw: list[_Raw], j: int) -> int | None:
    """Index after the script that starts at ``raw[j]`` (a brace group or one letter, digit
    or Greek letter), or None for anything longer (a command with arguments)."""
    if j >= len(raw):
        return None
    if raw[j].text == "{":
        depth = 0
        for k in range(j, len(raw)):
            depth += {"{": 1, "}": -1}.get(raw[k].text, 0)
            if depth == 0:
                return k + 1
        return None
    if raw[j].kind in ("letter", "num") or raw[j].text[1:] in T.GREEK:
        return j + 1
    return None


_LABELS = ("\\text", "\\textbf", "\\textit", "\\textrm", "\\mathrm", "\\mathbf")
#: One-argument commands of text a brace's label may be written with, unbraced
#: (``\\overbrace{...}^\\text{likelihood}``).
_TEXT_LABELS = frozenset(
    (*_LABELS, "\\mbox", "\\textsf", "\\texttt", "\\mathit", "\\mathsf", "\\operatorname")
)


def _leading_label(raw: list[_Raw]) -> list[_Raw]:
    """``\\text{posterior} : p(\\beta|y)``, ``\\text{Step 1:}\\ a``: words and a colon that
    open a side name what follows; they are left out. Only words (letters, numbers) in
    one upright group right at the start, the colon after them or ending them, and
    something after it."""
    if len(raw) < 2 or raw[0].text not in _LABELS or raw[1].text != "{":
        return raw
    try:
        inner, j = _Converter.group(raw, 1)
    except LatexError:
        return raw
    if inner and inner[-1].text == ":":
        inner, rest = inner[:-1], raw[j:]
    elif j < len(raw) and raw[j].text in (":", "\\colon"):
        rest = raw[j + 1 :]
    else:
        return raw
    words = inner and all(r.kind in ("letter", "num") for r in inner)
    while rest and rest[0].text in ("\\ ", "\\,", "\\;", "\\quad", "\\qquad"):
        rest = rest[1:]
    return rest if words and rest else raw


def _call_label(raw: list[_Raw]) -> list[_Raw]:
    """``\\eta(p):\\theta``, ``\\eta^{-1}(\\theta):p`` (BATCH28, an Obsidian note's aligned
    rows): a name with its bracket and a colon open a side and name what follows, as a word
    does (:func:`_leading_label`); they are left out. Only a letter (Latin or a Greek
    command) with scripts, one bracket right after, a single colon, and something after it."""
    if not raw or not (raw[0].kind == "letter" or raw[0].text.lstrip("\\") in T.GREEK):
        return raw
    k = 1
    while k + 1 < len(raw) and raw[k].text in ("^", "_"):
        if raw[k + 1].text == "{":
            try:
                _, k = _Converter.group(raw, k + 1)
            except LatexError:
                return raw
        else:
            k += 2
    if k < len(raw) and raw[k].text == "\\left":
        k += 1
    if k >= len(raw) or raw[k].text != "(":
        return raw
    depth = 0
    for j in range(k, min(len(raw), k + 200)):
        depth += {"(": 1, ")": -1}.get(raw[j].text, 0)
        if depth == 0:
            break
    else:
        return raw
    j += 1
    while j < len(raw) and raw[j].text in ("\\ ", "\\,", "\\;"):
        j += 1
    if j >= len(raw) or raw[j].text not in (":", "\\colon"):
        return raw
    if j + 1 < len(raw) and raw[j + 1].text == ":":
        return raw
    rest = raw[j + 1 :]
    while rest and rest[0].text in ("\\ ", "\\,", "\\;", "\\quad", "\\qquad"):
        rest = rest[1:]
    return rest or raw


def _signed_exponent(raw: list[_Raw], slips: list[Slip]) -> list[_Raw]:
    """``e^-(x w + b)`` as ``e^{-(x w + b)}``: a minus sign alone above e or a number, then
    a bracket on the line. The rendered page shows the bracket as the signed exponent (a
    lone minus is no exponent); only a bracket right after the sign is taken, with a slip.
    """
    out = list(raw)
    k = 0
    while k + 2 < len(out):
        if out[k].text != "^" or out[k + 1].text != "-" or not _exponential_base(out, k):
            k += 1
            continue
        opens = k + 2
        while opens < len(out) and out[opens].text[1:] in T.SIZES:
            opens += 1
        close = _closing_paren(out, opens)
        if close is None:
            k += 1
            continue
        col = out[k].col
        out[close + 1 : close + 1] = [_Raw("punct", "}", out[close].col)]
        out[k + 1 : k + 1] = [_Raw("punct", "{", col)]
        slips.append(Slip(col, "^-( ... ) is read as the exponent -( ... ): write ^{-( ... )}"))
        k = close + 2
    return out


def _exponential_base(raw: list[_Raw], k: int) -> bool:
    """Is the base of the ``^`` at ``raw[k]`` the letter e or a number? ``f^-(x)`` may be
    the negative part of f at x, so only a base that is no function is read so."""
    return k > 0 and (raw[k - 1].text == "e" or raw[k - 1].kind == "num")


def _closing_paren(raw: list[_Raw], j: int) -> int | None:
    """Index of the ``)`` that closes the ``(`` at ``raw[j]`` (None if there is none)."""
    if j >= len(raw) or raw[j].text != "(":
        return None
    depth = 0
    for k in range(j, len(raw)):
        depth += {"(": 1, ")": -1}.get(raw[k].text, 0)
        if depth == 0:
            return k
    return None


def _slash_orders(raw: list[_Raw]) -> list[_Raw]:
    """``d^2/d\\lambda^2``, ``\\partial^2/\\partial x^2``: a derivative of higher order written
    with a slash, as the ``\\frac`` it abbreviates (the first order, ``d/dx``, is read by
    :func:`._passes.slash_derivatives`). Read as a product (``d^2/d * \\lambda^2``) it was
    a silent misreading. A ``d`` that ends a product (``a\\,d^2/...``) is left alone.

    Raises
    ------
    LatexError
        When the orders above and below differ (``d^2/dx^3``).
    """
    out: list[_Raw] = []
    i = 0
    while i < len(raw):
        found = _slash_order_at(raw, i, out[-1] if out else None)
        if found is None:
            out.append(raw[i])
            i += 1
            continue
        top, below, i = found
        col = raw[i - 1].col
        brace = [_Raw("punct", "{", col), _Raw("punct", "}", col)]
        out += [_Raw("cmd", "\\frac", top[0].col), brace[0], *top, brace[1]]
        out += [brace[0], *below, brace[1]]
    return out


def _slash_order_at(
    raw: list[_Raw], i: int, before: _Raw | None
) -> tuple[list[_Raw], list[_Raw], int] | None:
    """``D^n / D v^n`` at ``raw[i]`` (D is ``d`` or ``\\partial``): (the part above the slash,
    the part below, the index after it), or None."""
    d = raw[i]
    if not (d.text == "\\partial" or (d.kind == "letter" and d.text == "d")):
        return None
    if (
        d.text == "d"
        and before is not None
        and (before.kind in ("letter", "num") or before.text in (")", "]", "}", "'", "!"))
    ):
        return None
    if i + 1 >= len(raw) or raw[i + 1].text != "^":
        return None
    order = _script_end(raw, i + 2)
    if order is None or order >= len(raw) or raw[order].text != "/":
        return None
    k = order + 1
    if not (k + 1 < len(raw) and raw[k].text == d.text):
        return None
    var = raw[k + 1]
    if not (var.kind == "letter" or var.text[1:] in T.GREEK):
        return None
    if not (k + 2 < len(raw) and raw[k + 2].text == "^"):
        return None
    end = _script_end(raw, k + 3)
    if end is None:
        return None
    above, below = raw[i + 2 : order], raw[k + 3 : end]
    if [r.text for r in above if r.text not in "{}"] != [
        r.text for r in below if r.text not in "{}"
    ]:
        raise LatexError(
            "a derivative written with a slash has one order above and another below", d.col
        )
    return raw[i:order], raw[k:end], end


def _program_numbers(raw: list[_Raw]) -> None:
    """Refuse ``1e-3``, ``2.5e3``, ``1E+3``: a number, ``e`` and a whole number written
    together is how programs write 0.001, 2500, 1000, and letter by letter it is
    ``1 \\cdot e - 3`` (Euler's number). Which is meant is not clear from the text.
    ``2e - 1`` (spaced), ``3e^{-x}`` and ``10e`` are not such numbers."""
    for k in range(len(raw) - 2):
        if raw[k].kind != "num" or raw[k + 1].text not in ("e", "E") or raw[k + 1].gap:
            continue
        j = k + 2
        if raw[j].text in ("+", "-") and j + 1 < len(raw) and not raw[j].gap:
            j += 1
        if raw[j].kind == "num" and not raw[j].gap and raw[j].text.isdigit():
            written = "".join(r.text for r in raw[k : j + 1])
            raise LatexError(
                f"{written} may be the number programs write so or {raw[k].text} times e "
                "(Euler's number) and more: which is meant is not clear (write 10^{...})",
                raw[k].col,
            )


def _subscript_first(raw: list[_Raw]) -> list[_Raw]:
    """``\\eta^2_1`` as ``\\eta_1^2``: TeX sets a letter's two scripts the same in either
    order, and the grammar reads the subscript first.

    Braces around a single name are dropped before its script (``{\\hat\\beta}_\\tau`` is
    set as ``\\hat\\beta_\\tau``), except ``{\\bf v}``, which :func:`bold_groups` reads.
    Only a single name with one script of each kind: a letter, a Greek letter, or one of them
    under fonts and accents or in braces (``\\mathbf{v}^T_1``, ``{\\hat\\beta}^2_k``, see
    :func:`_named_unit_start`). A sum's limits (``\\sum^{n}_{i=1}``) are the sum's own, and
    a name with a script before them (``x_i^2_1``) is not TeX.
    """
    if not any(r.text in ("^", "_") for r in raw):
        return raw
    out: list[_Raw] = []
    i = 0
    while i < len(raw):
        r = raw[i]
        start = _named_unit_start(out) if r.text in ("^", "_") else None
        if start is not None and start and out[start - 1].text in ("^", "_"):
            start = None  # x_{y}^2: the group is a script itself
        if start is not None and out[start].text == "{" and out[start + 1].text != "\\bf":
            del out[-1], out[start]  # {\hat\beta}_k: braces around one name set it alone
        if r.text == "^" and start is not None:
            sup = _script_end(raw, i + 1)
            if sup is not None and sup < len(raw) and raw[sup].text == "_":
                sub = _script_end(raw, sup + 1)
                if sub is not None and (sub >= len(raw) or raw[sub].text not in ("^", "_")):
                    out.extend(raw[sup:sub])
                    out.extend(raw[i:sup])
                    i = sub
                    continue
        out.append(r)
        i += 1
    return out


#: Commands that dress one name without making it another quantity's: fonts and accents.
_NAME_DRESS = T.BOLD | T.TYPEFACE | T.CALLIGRAPHIC | frozenset(T.ACCENTS) | {"bf"}


def _named_unit_start(out: list[_Raw]) -> int | None:
    """Where the single name that ``out`` ends with starts, or None when it ends otherwise.

    A single name is a letter or a Greek letter, possibly under fonts and accents, possibly
    in braces: ``x``, ``\\beta``, ``\\mathbf{v}``, ``{\\hat{\\beta}}``, ``{\\bf v}``. A
    group of anything else (``{x + y}``, ``{x y}``) is not one name, and a group that is a
    command's other argument (``\\frac{a}{x}``) is not checked as one."""
    if not out:
        return None
    last = out[-1]
    if last.kind == "letter" or last.text[1:] in T.GREEK:
        k = len(out) - 1
        while k and out[k - 1].text[1:] in T.ACCENTS:
            k -= 1  # \hat\beta: the accent takes the letter after it
        return k
    if last.text != "}":
        return None
    depth, k = 0, len(out) - 1
    while k >= 0:
        depth += {"}": 1, "{": -1}.get(out[k].text, 0)
        if depth == 0:
            break
        k -= 1
    if k < 0 or k + 1 == len(out) - 1:
        return None
    inner = [r for r in out[k + 1 : -1] if r.text not in "{}"]
    dress = [r for r in inner if r.kind == "cmd" and r.text[1:] in _NAME_DRESS]
    names = [r for r in inner if r not in dress]
    if len(names) != 1 or not (names[0].kind == "letter" or names[0].text[1:] in T.GREEK):
        return None
    before = out[k - 1] if k else None
    if before is not None and before.kind == "cmd":
        return k - 1 if before.text[1:] in _NAME_DRESS else None
    if before is not None and before.text in ("}", "]"):
        return None  # \frac{a}{x}, \sqrt[n]{x}: an argument, not a group of its own
    return k


#: Tokens no function applies to: after a function word they say it has no argument.
_NO_ARGUMENT = frozenset("RPAR RBRACE PLUS MINUS EQ COMMA SEMI MULOP SLASH".split())


def _bare_function_words(tokens: list[Token]) -> list[Token]:
    r"""``\lvert x_i - \text{median} \rvert``: a function word (``FUNC``) with nothing to
    apply to - the end, a closing bracket, an operator, or a bar that closes an absolute
    value - is a named quantity. No such row could be read before (a function needs its
    argument); ``\det A``, ``\det |A|`` and ``\text{median}(x)`` are unchanged.
    """
    out = list(tokens)
    for k, t in enumerate(out):
        if t.type != "FUNC" or getattr(t, "payload", None) == "E":
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        closing_bar = (
            nxt is not None
            and nxt.type == "BAR"
            and sum(1 for u in out[:k] if u.type == "BAR") % 2 == 1
        )
        if nxt is None or nxt.type in _NO_ARGUMENT or closing_bar:
            out[k] = tok("NAME", f"\\mathrm{{{t}}}", t.start_pos or 0)
    return out


def _derivative_arguments(tokens: list[Token], info: LexInfo) -> list[Token]:
    r"""``\frac{\partial \ell}{\partial \mu}(\mu, \lambda)``: the bracket after a derivative of
    a function holds the function's arguments, ``\frac{\partial \ell(\mu, \lambda)}{\partial \mu}``.

    Only a bracket of names after the derivative of a function name (``\ell``, ``L``,
    ``f``, a letter the post defines as a function). When the names do not hold the
    variable (``\frac{d\ell}{d\theta}(\hat\theta)``, the derivative at a point) the row
    is not read: as a product it would be wrong.
    """
    out = list(tokens)
    k = 0
    while k < len(out):
        spans = _fraction_at(out, k)
        if spans is None:
            k += 1
            continue
        (num_a, num_b), (den_a, den_b) = spans
        close = _group_close(out, den_b + 1, "LPAR", "RPAR")
        if close is None or not _listed_names(out[den_b + 2 : close]):
            k += 1
            continue
        op = num_a + 1
        if op < num_b and out[op].type == "CARET":
            op = _after_script(out, op + 1)
        operand = out[op:num_b]
        if not operand or not _function_name(operand, info):
            k += 1
            continue
        inner = out[den_b + 2 : close]
        names = {str(t) for t in inner if t.type in ("LETTER", "GREEK", "NAME")}
        variables = {
            str(out[j + 1])
            for j in range(den_a, den_b - 1)
            if _d_sign(out[j]) and out[j + 1].type in ("LETTER", "GREEK", "NAME")
        }
        if not variables or not variables <= names:
            raise LatexError(
                f"a derivative by {', '.join(sorted(variables)) or 'its variable'} followed by "
                f"({_shown(inner)}): the derivative at a point is not read (write the "
                "function's arguments in the numerator, or the point in a \\Big|_{...})",
                out[den_b + 1].start_pos or 0,
            )
        bracket = out[den_b + 1 : close + 1]
        del out[den_b + 1 : close + 1]
        out[num_b:num_b] = bracket  # into the numerator, after the function's name
        k = close + 1
    return out


def _fraction_at(out: list[Token], k: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    r"""(first, last) indices inside the two groups of ``\frac{d ...}{d ...}`` at ``k``."""
    if out[k].type != "FRAC" or k + 1 >= len(out) or out[k + 1].type != "LBRACE":
        return None
    num_b = _group_close(out, k + 1, "LBRACE", "RBRACE")
    if num_b is None or num_b + 1 >= len(out) or out[num_b + 1].type != "LBRACE":
        return None
    den_b = _group_close(out, num_b + 1, "LBRACE", "RBRACE")
    if den_b is None:
        return None
    head, den_head = out[k + 2], out[num_b + 2]
    if not all(_d_sign(t) for t in (head, den_head)):
        return None
    return (k + 2, num_b), (num_b + 2, den_b)


def _d_sign(t: Token) -> bool:
    """``\\partial``, or a d (plain or upright) as a derivative writes it."""
    return t.type == "PARTIAL" or (t.type == "LETTER" and str(t) == "d")


def _group_close(out: list[Token], j: int, open_: str, close: str) -> int | None:
    """Index of the token closing the group opened at ``j`` (None when none opens there)."""
    if j >= len(out) or out[j].type != open_:
        return None
    depth = 0
    for m in range(j, len(out)):
        depth += {open_: 1, close: -1}.get(out[m].type, 0)
        if depth == 0:
            return m
    return None


def _listed_names(inner: list[Token]) -> bool:
    r"""Names separated by commas, semicolons or bars (``\mu, \lambda``, ``x; \theta``)."""
    expect = True
    for t in inner:
        if expect and t.type in ("LETTER", "GREEK", "NAME"):
            expect = False
        elif not expect and t.type in ("COMMA", "SEMI", "BAR"):
            expect = True
        else:
            return False
    return bool(inner) and not expect


def _function_name(operand: list[Token], info: LexInfo) -> bool:
    r"""Is ``operand`` one name that applies to arguments (``\ell``, ``L``, ``f_\theta``)?"""
    t = operand[0]
    end = _after_script(operand, 2) if len(operand) > 2 and operand[1].type == "SUB" else 1
    if end != len(operand):
        return False
    return t.type == "NAME" or (
        t.type in ("LETTER", "GREEK") and (str(t) in FUNCTION_LETTERS or str(t) in info.functions)
    )


def _primed_name(out: list[Token], primes: int, col: int) -> bool:
    """``u_1'``, ``u_1^{'}``, ``X_{i}^{'}``: a subscripted name the tokens end with, primed,
    becomes one name (the first raw moment). False (nothing changed) when they end otherwise."""
    named = _name_before(out)
    if named is None or named[1] not in (3, 5):
        return False
    if named[1] == 5 and out[-2].type == "LETTER":
        # X_{i}^{'}: read as X_i^{'} and X_i' are, the primed index (external39)
        inner = out[-2]
        out[-4:] = [out[-4], tok("LETTER", str(inner) + "'" * primes, inner.start_pos or 0)]
        return True
    del out[-named[1] :]
    out.append(tok("NAME", named[0] + "'" * primes, col))
    return True


def _name_before(out: list[Token]) -> tuple[str, int] | None:
    """The name the tokens end with (``u``, ``u_1``, ``\\mu_{2}``) and how many tokens
    it takes, or None."""
    if out and out[-1].type in ("LETTER", "GREEK"):
        return str(out[-1]), 1
    if len(out) >= 3 and out[-2].type == "SUB" and out[-3].type in ("LETTER", "GREEK"):
        if out[-1].type in ("LETTER", "NUM"):
            return f"{out[-3]}_{out[-1]}", 3
    if (
        len(out) >= 5
        and [t.type for t in out[-4:]] == ["SUB", "LBRACE", out[-2].type, "RBRACE"]
        and out[-2].type in ("LETTER", "NUM")
        and out[-5].type in ("LETTER", "GREEK")
    ):
        return f"{out[-5]}_{out[-2]}", 5  # X_{i}^{'}: the name X_i primed (external39)
    return None


#: The reader's moment operators, whose subscript names a law (``E_\\theta``, ``Var_p``).
_MOMENTS = frozenset({"E", "Var", "Cov"})


def _powers_of_values(tokens: list[Token]) -> list[Token]:
    """``\\sin(x)^2``, ``\\Gamma(3)^n``, ``E_\\theta[X]^2``: the power of the function's
    value, (sin x)^2.

    The grammar gives a function the factor after it, and ``(x)^2`` is one: sin(x^2)
    and Gamma(3^n) (a gamma post's 1/Gamma(3)^n became 1/Gamma(3^n), about 1e-470 at
    n = 5). Braces around the call make the power apply to its value. Not for
    ``\\log``: ``\\log(1-p)^{n-x}`` is written for log((1-p)^{n-x}) (the beta homework,
    binomial posts), and is read so.
    """
    out = list(tokens)
    k = 0
    while k < len(out) - 1:
        o = k + 1
        if out[k].type == "FUNC" and out[o].type == "SUB" and out[k].value in _MOMENTS:
            # EXPECT11: E_\theta[X]^2, Var_{p}(X)^2 - the subscript names the law (not
            # \max_i(x_i)^2, which may be the maximum of the squares)
            o = _after_script(out, o + 1)
        if out[k].type == "FUNC" and o < len(out) and out[o].type == "LPAR":
            depth, j = 0, o
            while j < len(out):
                depth += {"LPAR": 1, "RPAR": -1}.get(out[j].type, 0)
                if depth == 0:
                    break
                j += 1
            if j + 1 < len(out) and out[j + 1].type == "CARET":
                col = out[k].start_pos or 0
                out[k : j + 1] = [tok("LBRACE", "{", col), *out[k : j + 1], tok("RBRACE", "}", col)]
                k += 1
        k += 1
    return out


#: ``g \\circ g``: a letter composed with itself.
_COMPOSED = re.compile(r"\\?([A-Za-z]+)\s*\\circ\s*\\?\1(?![A-Za-z])")
#: ``$f^2$ for the second iterate``, ``\\psi^2 the composition``: a power called an iterate.
_ITERATE = re.compile(
    r"\\?([A-Za-z]+)\s*\^\s*\{?\s*\d+\s*\}?[^.;]{0,60}?\b(?:iterat|compos)", re.IGNORECASE
)


def iterated_letters(text: str) -> frozenset[str]:
    """Letters the post composes with themselves or whose powers it calls iterates: for
    them ``g^2(x)`` is ``g(g(x))``, not ``g(x)^2`` (adversarial set 7, pairs 118 and 119:
    the square was proved where the prose wrote ``g^2 = g \\circ g``). Each pattern runs
    only where its word is in the text: run over every letter of a 16 MB post they took 3 s."""
    out = frozenset(_COMPOSED.findall(text)) if "\\circ" in text else frozenset()
    lowered = text.lower()
    if "iterat" in lowered or "compos" in lowered:
        out |= frozenset(_ITERATE.findall(text))
    return out


def _powers_before_calls(tokens: list[Token], info: LexInfo) -> list[Token]:
    """``\\psi^2(\\alpha)``: the square of the value, ``\\psi(\\alpha)^2``, as ``\\sin^2 x``
    is (sin x)^2, for a letter of the table of special functions or one the post defines
    as a function. Read as psi^2 times alpha, the correct trigamma row psi'(a) = G''/G -
    psi^2(a) was refuted (held-out batch 11). Only a whole-number power (``^{-1}`` may be
    the inverse function) and not ``\\psi^2(1 - \\psi)``, a product."""
    out = list(tokens)
    k = 0
    while k + 3 < len(out):
        t = out[k]
        name = str(t)
        if (
            t.type not in ("GREEK", "LETTER", "NAME")
            or out[k + 1].type != "CARET"
            or not (name in info.functions or _special.lookup(name, 1) is not None)
        ):
            k += 1
            continue
        if name in info.iterated:
            raise LatexError(
                f"{name}^n(...) where the post calls the power of {name} an iterate "
                "(a composition): not read as the power of its value",
                t.start_pos or 0,
            )
        if out[k + 2].type == "NUM":
            power = out[k + 2 : k + 3]
        elif [u.type for u in out[k + 2 : k + 5]] == ["LBRACE", "NUM", "RBRACE"]:
            power = out[k + 2 : k + 5]
        else:
            k += 1
            continue
        j = k + 2 + len(power)
        if j >= len(out) or out[j].type != "LPAR" or str(out[j]) != "(" or "." in str(power):
            k += 1
            continue
        depth, close = 0, j
        while close < len(out):
            depth += {"LPAR": 1, "RPAR": -1}.get(out[close].type, 0)
            if depth == 0:
                break
            close += 1
        inner = out[j + 1 : close]
        if close >= len(out) or any(str(u) == name for u in inner):
            k += 1
            continue
        col = t.start_pos or 0
        call = [tok("LBRACE", "{", col), t, *out[j : close + 1], tok("RBRACE", "}", col)]
        out[k : close + 1] = [*call, out[k + 1], *power]
        k = close + 1
    return out


def _listed_dots(tokens: list[Token]) -> list[Token]:
    """``x_1, ...x_n`` inside brackets: the comma after the dots is missing, not a product.

    ``L(\\beta | x_1,...x_n)`` lists the data; read as ``\\ldots * x_n`` the row was
    unparsed ("an ellipsis stands for terms that are not written").
    """
    out: list[Token] = []
    depth = 0
    for k, t in enumerate(tokens):
        depth += {"LPAR": 1, "RPAR": -1}.get(t.type, 0)
        out.append(t)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            t.type == "DOTS"
            and depth > 0
            and k > 0
            and tokens[k - 1].type == "COMMA"
            and nxt is not None
            and nxt.type in ("LETTER", "GREEK", "NAME", "NUM")
        ):
            out.append(tok("COMMA", ",", t.start_pos or 0))
    return out


#: Commands that are a function of the table of special functions when called (``\\Gamma(x)``).
_COMMAND_FUNCTIONS = {name: e.key for name, e in _special.DIRECT.items()}


def _special_calls(tokens: list[Token], info: LexInfo, slips: list[Slip]) -> list[Token]:
    """``\\psi(x)``, ``I_0(\\kappa)``, ``B(\\alpha, \\beta)``: calls of names of the table of
    special functions (:mod:`._special`), each with a note on the row.

    The call keeps the post's own name (``psi``, ``I_0``, ``B``): what it stands for
    is decided where names are resolved, and a post's own definition of the name
    wins there. Here only the notation is read: ``\\psi`` before a bracket holding
    one argument (not ``\\psi(1 - \\psi)``, a product) is a call, and ``I_0(``
    with an integer order keeps its order in the name (``I_0`` and ``I_1`` are two
    functions, where another ``I_k(`` is the function ``I``). ``\\psi x`` and
    ``\\psi = 2`` are not calls and stay the letter.
    """
    out = list(tokens)
    k = 0
    noted: set[str] = set()  # one note per name and side
    while k < len(out):
        t = out[k]
        start = k
        name = str(t)
        j = k + 1
        if t.type == "LETTER" and _special.ordered_name(name) and k + 2 < len(out):
            # I_0( / I_{1}(: the order is part of the name
            if out[j].type == "SUB" and out[j + 1].type == "NUM":
                order, j = str(out[j + 1]), j + 2
            elif (
                out[j].type == "SUB"
                and k + 4 < len(out)
                and [u.type for u in out[j + 1 : j + 4]] == ["LBRACE", "NUM", "RBRACE"]
            ):
                order, j = str(out[j + 2]), j + 4
            else:
                k += 1
                continue
            if not order.isdigit():
                k += 1
                continue
            name = f"{name}_{order}"
        elif t.type not in ("GREEK", "NAME", "FNAME"):
            k += 1
            continue
        if j >= len(out) or out[j].type != "LPAR" or str(out[j]) != "(":
            k += 1
            continue
        arity, inner = _arguments(out, j)
        found = _special.lookup(name, arity, info.normal)
        if found is None or (t.type == "GREEK" and any(str(u) == name for u in inner)):
            k += 1
            continue
        # The side is the call alone (B(a, b) = ...): it may be the post's definition.
        whole = start == 0 and j + len(inner) + 2 == len(out)
        # psi(1) = -gamma: the function's value at a number, not a definition of psi
        whole = whole and any(u.type in ("LETTER", "GREEK", "NAME") for u in inner)
        # a letter the words name the normal's (Phi, phi) is read so by those words
        defined = found.letter in info.functions and not found.entry.by_words
        if (not defined or found.assumable) and name not in noted:
            noted.add(name)
            shown = f"{found.written}({_shown(inner)})"
            slips.append(
                Slip(t.start_pos or 0, _special.note(found, shown, assumed=defined, whole=whole))
            )
        new = tok("FNAME", name, t.start_pos or 0, payload=found)
        new.primes = 0  # type: ignore[attr-defined]
        new.kind = "LETTER" if t.type in ("LETTER", "FNAME") else t.type  # type: ignore[attr-defined]
        new.whole = whole  # type: ignore[attr-defined]
        out[start:j] = [new]
        k = start + 1
    return out


def _arguments(tokens: list[Token], j: int) -> tuple[int, list[Token]]:
    """The number of arguments in the bracket opening at ``tokens[j]``, and its tokens."""
    depth = braces = 0
    count = 1
    for m in range(j, len(tokens)):
        u = tokens[m]
        if u.type == "LPAR":
            depth += 1
        elif u.type == "RPAR":
            depth -= 1
            if depth == 0:
                inner = tokens[j + 1 : m]
                return (count if inner else 0), inner
        elif u.type in ("LBRACE", "RBRACE"):
            braces += 1 if u.type == "LBRACE" else -1
        elif u.type in ("COMMA", "SEMI", "BAR") and depth == 1 and braces == 0:
            count += 1
    return -1, []


def _shown(inner: list[Token]) -> str:
    """The tokens of an argument list as short text for a note (``alpha, beta``)."""
    text = "".join(", " if u.type == "COMMA" else str(u) for u in inner)
    return text if len(text) <= 40 else text[:37] + "..."


#: Letters that name a probability or a density when an event follows (``P(X = x)``).
_PROBABILITY_LETTERS = frozenset("PpfLqg")


def _events(tokens: list[Token]) -> list[Token]:
    """``P(X = x)``, ``P(X_i = x_i \\mid p)``, ``\\Pr(X = k)``: a probability of an event.

    A letter of :data:`_PROBABILITY_LETTERS` (or a name) followed, after an optional
    subscript, by brackets holding ``=`` at their top level is a function applied to
    an event. Brackets around an equation are not an expression otherwise, so this
    only reads rows that could not be read before; it never changes a reading.
    """
    tokens = _applied(
        tokens,
        "EQ",
        lambda t: t.type == "NAME" or (t.type == "LETTER" and str(t) in _PROBABILITY_LETTERS),
    )
    # P(X \ge 2), \Pr(U \le u): the heads ._order_events reads (no other LESS in a bracket)
    return _applied(tokens, "LESS", lambda t: str(t) in ("P", "Pr", "\\mathrm{Pr}"))


def _calls(tokens: list[Token]) -> list[Token]:
    """``B(\\alpha, \\beta)``, ``\\ell(\\mu, \\lambda)``: a letter applied to several arguments.

    A letter or name followed, after an optional subscript, by brackets holding a comma
    at their top level is a function of those arguments. Brackets holding a comma are
    not an expression otherwise (a row with them was unparsed: "unexpected ','"), so
    this too only reads rows that could not be read before.
    """
    return _applied(tokens, "COMMA", lambda t: True)


def _applied(tokens: list[Token], inside: str, letter: Any) -> list[Token]:
    """Turn ``LETTER (... inside ...)`` into a function application (``FNAME``); with
    ``inside`` empty, whatever the bracket holds."""
    out = list(tokens)
    for k, t in enumerate(out):
        if t.type not in ("LETTER", "NAME", "GREEK") or not letter(t):
            continue
        if k and out[k - 1].type in ("SUB", "CARET"):
            continue  # p_X(x, \theta): X is the subscript of the function p, not one itself
        j = k + 1
        if j < len(out) and out[j].type == "SUB":
            j = _after_script(out, j + 1)
        if j >= len(out) or out[j].type != "LPAR" or str(out[j]) != "(":
            continue
        if not inside or bracket_holds(out, j, inside):
            new = tok("FNAME", str(t), t.start_pos or 0)
            if "payload" in getattr(t, "__dict__", {}):
                new.payload = t.payload  # type: ignore[attr-defined]
            new.primes = 0  # type: ignore[attr-defined]
            new.kind = t.type  # type: ignore[attr-defined]
            out[k] = new
    return out


def _unbraced(raw: list[_Raw]) -> list[_Raw]:
    """``raw`` without one pair of braces around all of it: ``{{n} \\choose {x_1, x_2}}``
    has the same sides as ``{n \\choose x_1, x_2}``, and a list of counts below the line
    reads as a list only outside the group."""
    if len(raw) < 2 or raw[0].text != "{" or raw[-1].text != "}":
        return raw
    depth = 0
    for k, r in enumerate(raw):
        depth += {"{": 1, "}": -1}.get(r.text, 0)
        if depth == 0 and k < len(raw) - 1:
            return raw  # {a} + {b}: the first group closes before the end
    return raw[1:-1]
