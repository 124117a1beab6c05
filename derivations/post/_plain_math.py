"""Plain-text equations (no TeX): a list item or an indented line that is one equation.

Some posts write their math with no TeX at all: ``α = (M2/X̄ - 1) / (1 - M2/X̄²)`` on an
indented line, ``- P(b | a) = 2/2 = 1.0`` as a bullet. :func:`plain_equation` decides whether a
line is *entirely* an equation and writes it in the reader's LaTeX, character by character (no
``eval``, ``sympify`` or ``parse_expr``; one pass over at most :data:`MAX_LINE` characters):

- names: one letter (Latin or Greek), maybe with a combining macron (``X̄`` is ``\\bar{X}``),
  digits (``M2`` is ``M_{2}``), superscript powers (``²``) and primes before a bracket
  (``L'(p)``, a derivative as in TeX); a word of two or more letters
  only as a function applied (``count(a, b)``, ``sqrt(x)``, ``log(x)``) or an all-capital
  label inside one (``START``);
- numbers, ``+ - * × · / ^ ( ) [ ] , |`` and ``=``;
- anything else (another word, ``:``, ``?``, ``=>``, ``<``, ``≈``, ``Σ[i=1 to n]``) makes the
  line prose, never a row.

Some equations cannot be read one way only; they are rows that say so (unparsed, with the
reason), never read by a guess:

- a Latin letter right after a name with an accent or digits (``X̄M2``, ``M2X̄``): two names
  multiplied, or one name? Two names multiplied when both are names the post also writes on
  their own (:func:`standalone_names`: ``M2`` and ``X̄`` in "M2 = ...", "(X̄)"), since then
  each part is a name of the post and the run is not one;
- a division whose divisor is a product written without a sign (``a / X̄²(1 - b)``): is the
  ``(1 - b)`` in the divisor or a factor of the quotient?
"""

from __future__ import annotations

import re

from ._notation import styled_letter

#: Longer lines are prose (and bound the work on a line).
MAX_LINE = 300

_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi",
    "χ": "chi", "ψ": "psi", "ω": "omega", "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta",
    "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega",
}  # fmt: skip
_SUPER = {"²": "2", "³": "3", "⁴": "4"}
_SUB = {"₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "ᵢ": "i", "ⱼ": "j", "ₙ": "n"}
_FUNCTIONS = {"sqrt": "\\sqrt", "log": "\\log", "ln": "\\ln", "exp": "\\exp"}
_MACRON = "\u0304"
_DIGITS = "0123456789"
_DIGIT1 = tuple(_DIGITS)
_PRODUCT = "*×·"
_SIGNS = {"*": " \\cdot ", "×": " \\cdot ", "·": " \\cdot ", "−": " - "}
#: A Markdown list item's marker ('•' too: a web page's list copied as text), or an indented
#: (code) line's indent.
_BULLET = re.compile(r"^(?:[ \t]{0,3}(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+|[ \t]{4,}|\t)")


class Ambiguous(ValueError):
    """An equation that can be read more than one way."""


def plain_equation(
    line: str, names: frozenset[str] = frozenset(), alone: bool = False
) -> tuple[str | None, str]:
    """Is ``line`` (a list item or an indented line, marker included) entirely an equation?

    ``alone``: the line is a paragraph of its own (blank lines around it) in a post with no
    TeX, where it is read as the same line written as a list item would be (held-out batch
    30: ``μ = (120 + 16)/21 = 6`` on a line of its own was unparsed).

    ``names``: the names the post writes on their own (:func:`standalone_names`), in the
    reader's LaTeX. Returns ``(latex, "")`` when it is, ``(None, reason)`` when it is an
    equation that cannot be read one way only, and ``(None, "")`` when it is prose (or not
    one equation).

    >>> plain_equation("    α = (M2/X̄ - 1) / (1 - M2/X̄²)")[0]
    '\\\\alpha = (M_{2}/\\\\bar{X} - 1)/(1 - M_{2}/\\\\bar{X}^{2})'
    >>> plain_equation("- P(b | a) = 2/2 = 1.0")[0]
    'P(b|a) = 2/2 = 1.0'
    >>> plain_equation("- count(a, b) = number of times b follows a")
    (None, '')
    >>> plain_equation("    αX̄² + X̄² = αM2 + M2X̄")[1][:20]
    'M2X̄: two names mult'
    """
    m = _BULLET.match(line)
    if (m is None and not alone) or len(line) > MAX_LINE:
        return None, ""
    body = line[m.end() if m is not None else 0 :].strip().rstrip(".").strip()
    if "=" not in body or "==" in body or "=>" in body or "<=" in body or ">=" in body:
        return None, ""
    try:
        out = _convert(body, names)
    except Ambiguous as exc:
        return None, str(exc)
    if out is None:
        return None, ""
    sides = out.split("=")
    if any(not re.search(r"[A-Za-z0-9]", s) for s in sides):
        return None, ""
    return out, ""


def plain_letters(line: str) -> str:
    """``line`` with Unicode's styled letters and digits as the plain ones they dress (``𝑝`` is
    p, ``𝜃`` is θ), character for character, so columns stay; a script capital (``𝓛``) stays,
    a name of its own that :func:`_convert` writes ``\\mathcal{L}``."""
    if line.isascii():
        return line
    out = []
    for c in line:
        tex = styled_letter(c)
        if tex is None or tex.startswith("\\mathcal"):
            out.append(c)
        elif tex.startswith("\\"):
            out.append(next((g for g, n in _GREEK.items() if n == tex[1:]), c))
        else:
            out.append(tex)
    return "".join(out)


def _calligraphic(c: str) -> str:
    """``\\mathcal{L}`` for a script or fraktur capital (``𝓛``), else ""."""
    tex = styled_letter(c) if not c.isascii() else None
    return tex if tex and tex.startswith("\\mathcal") else ""


def _convert(body: str, names: frozenset[str] = frozenset()) -> str | None:
    """``body`` in LaTeX, or None when some of it is prose; raises :class:`Ambiguous`."""
    out: list[str] = []
    closers: list[str] = []  # what each open bracket closes with
    at_slash = 0  # where it is written
    slash: int | None = None  # the depth of the last division whose divisor is being read
    done = False  # that divisor has been read whole: nothing may be juxtaposed to it
    call = False  # a function's name was just read: its '(' belongs to it
    latin = False  # the last token was a Latin letter with an accent or digits
    last = ""  # the name that token wrote

    def atom(at: int) -> None:
        # A new operand starts at ``at``: after a whole divisor, it is juxtaposed to it.
        if slash is not None and len(closers) == slash and done:
            raise _divisor(body, at_slash, at)

    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c in " \t":
            i += 1
            continue
        was_latin, latin = latin, False
        if c in _DIGITS:
            atom(i)
            j = i
            while j < n and (
                body[j] in _DIGITS or (body[j] == "." and body[j + 1 : j + 2] in _DIGIT1)
            ):
                j += 1
            out.append(body[i:j])
            i = j
            done = done or (slash is not None and len(closers) == slash)
        elif c in _GREEK or "A" <= c <= "Z" or "a" <= c <= "z" or _calligraphic(c):
            j = i + 1
            if c not in _GREEK and not _calligraphic(c):
                while j < n and ("A" <= body[j] <= "Z" or "a" <= body[j] <= "z"):
                    j += 1
            word = body[i:j]
            nxt = body[j:].lstrip()[:1]
            if len(word) > 1:
                if nxt == "(":
                    atom(i)
                    out.append(_FUNCTIONS.get(word, f"\\operatorname{{{word}}}"))
                    call = True
                elif word.isupper() and closers:
                    out.append(f"\\mathrm{{{word}}}")
                else:
                    return None  # a word: prose
                i = j
                continue
            joined = was_latin and c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            at = i
            atom(i)
            name = f"\\{_GREEK[c]}" if c in _GREEK else _calligraphic(c) or c
            i = j
            marked = False
            if i < n and body[i] == _MACRON:
                name, i, marked = f"\\bar{{{name}}}", i + 1, True
            k = i
            while k < n and body[k] in _DIGITS:
                k += 1
            if k > i:
                name, i, marked = f"{name}_{{{body[i:k]}}}", k, True
            elif i < n and body[i] in _SUB:
                name, i, marked = f"{name}_{{{_SUB[body[i]]}}}", i + 1, True
            k = i
            while k < n and body[k] == "'":
                k += 1
            if k > i and body[k : k + 1] == "(":
                name, i = name + body[i:k], k  # L'(p), f''(x): the derivative, as in TeX
            if joined and not (last in names and name in names):
                raise Ambiguous(
                    f"{body[max(0, at - 3) : at + 3].strip()}: two names multiplied, or one name?"
                    " (plain text writes no sign between them)"
                )
            if joined or (out and re.search(r"\\[A-Za-z]+$", out[-1])):
                name = f" {name}"  # αM2: \alpha M_{2}, never the command \alphaM
            out.append(name)
            latin, last = marked and not (c in _GREEK or _calligraphic(c)), name
            done = done or (slash is not None and len(closers) == slash)
        elif c in _SUPER:
            out.append("^{" + _SUPER[c] + "}")
            latin = was_latin
            i += 1
        elif c == "^":
            k = i + 1
            while k < n and body[k] == " ":
                k += 1
            if k < n and body[k] == "(":
                out.append("^{(")
                closers.append(")}")
                i = k + 1
            else:
                j = k
                while j < n and (body[j] in _DIGITS or "a" <= body[j].lower() <= "z"):
                    j += 1
                if j == k:
                    return None
                out.append("^{" + body[k:j] + "}")
                i = j
        elif c in "([":
            if call and c == "(":
                out[-1] += "{(" if out[-1] == "\\sqrt" else "("
                closers.append(")}" if out[-1] == "\\sqrt{(" else ")")
                call = False
            else:
                atom(i)
                out.append(c)
                closers.append(")" if c == "(" else "]")
            i += 1
        elif c in ")]":
            if not closers:
                return None
            out.append(closers.pop())
            if slash is not None:
                if len(closers) < slash:
                    slash = None
                elif len(closers) == slash:
                    done = True
            i += 1
        elif c in _PRODUCT or c in "+-=,|/" or c == "−":
            if c == "/":
                slash, done, at_slash = len(closers), False, i
            elif slash is not None and len(closers) <= slash:
                slash = None
            out.append(_SIGNS.get(c, f" {c} " if c in "=+-" else c))
            i += 1
        else:
            return None  # any other sign (':', '?', '≈', 'Σ', '<' ...): prose
    if closers:
        return None
    return re.sub(r"\s+", " ", "".join(out)).strip()


#: A name written on its own: a Latin letter with a macron or digits, no letter or digit on
#: either side (``M2`` in "M2 = ...", ``X̄`` in "(X̄)").
_STANDALONE = re.compile(r"(?<![A-Za-z0-9\u0304])([A-Za-z])(\u0304?)(\d{0,3})(?![A-Za-z0-9\u0304])")


def standalone_names(text: str) -> frozenset[str]:
    """The marked names (an accent or digits) ``text`` writes on their own, in the reader's
    LaTeX: ``M2`` is ``M_{2}``, ``X̄`` is ``\\bar{X}``. One pass of a bounded pattern."""
    found = set()
    for m in _STANDALONE.finditer(text):
        letter, macron, digits = m.groups()
        if not macron and not digits:
            continue
        name = f"\\bar{{{letter}}}" if macron else letter
        found.add(f"{name}_{{{digits}}}" if digits else name)
    return frozenset(found)


def _divisor(body: str, slash: int, i: int) -> Ambiguous:
    return Ambiguous(
        f"'{body[slash : i + 1].strip()}...': is what follows in the divisor or a factor of "
        "the quotient? (plain text writes no brackets around it)"
    )


__all__ = ["MAX_LINE", "plain_equation", "plain_letters", "standalone_names"]
