"""Meanings a post gives its letters in words, against the fixed ones of the reader.

The reader reads ``e`` as Euler's number, ``\\pi`` as the circle constant, ``\\log`` as the
natural logarithm and capital letters as commuting numbers. A post may say otherwise:
"Let $e = 2$ be the number of edges", "we take $\\pi = 1/4$", "$\\log$ is the logarithm to
base 2", "for square matrices $A$ and $B$". Reading such a post with the fixed meanings
proves false rows (``e^3 = 20.09``, ``(A + B)^2 = A^2 + 2AB + B^2``) and refutes correct
ones, so these functions find what the post says, for ``_parse.post_context`` to read
its rows with:

* ``stated_constants``: the number a post gives ``e``, ``\\pi``, ``i`` or ``I``; a letter
  given two different numbers has no one reading and becomes a name with no value, so
  a row using it stays unchecked;
* ``stated_log_base``: the base the prose gives ``\\log`` (10 or 2; two bases: none);
* ``declared_matrices``: names the prose calls matrices, and bold capitals;
* ``named_constants``: letters the prose calls a known constant (``$\\gamma$`` "is
  Euler's constant"), which are that number, not a free one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

import sympy as sp

#: Constants the reader fixes, by the name it gives their letter, with their usual value
#: (None: no real value, the imaginary unit); a statement of the usual value to two
#: digits (``e = 2.718``, ``\\pi = 3.14``) keeps the usual meaning.
_CONSTANTS = {"e": 2.718281828, "pi": 3.141592654, "i": None, "I": None}
_NUMBER = r"-?\d+(?:\.\d+)?(?:\s*/\s*\d+)?|-?\\[dt]?frac\s*\{\s*\d+\s*\}\s*\{\s*\d+\s*\}"
#: a whole piece of math that is ``letter = number`` (``$e = 2$``, ``$$\\pi = \\frac14$$``)
_STATED = re.compile(r"\s*(e|\\pi|i|I)\s*=\s*(" + _NUMBER + r")\s*[,.;]?\s*")
#: a piece of math that gives one of the letters some other value (``$$I = \\int ...$$``)
_ASSIGNED = re.compile(r"\s*(e|\\pi|i|I)\s*=(?!=)")
_MATH = re.compile(r"\$\$(.{1,200}?)\$\$|\$([^$]{1,200})\$", re.DOTALL)
#: the letter as an index: a subscript (``x_i``, ``a_{ij}``) or a sum's or product's index
_INDEX_USE = r"(?:_\s*\{?[^{}$=]{0,20}?|\\(?:sum|prod)\s*_\s*\{?\s*)"


def _usual(m: re.Match) -> bool:
    """Does a ``_STATED`` match give its letter the usual value, to two digits (``e = 2.718``,
    ``\\pi = 3.14``), or no real value at all (``i``)? Then the letter keeps its meaning."""
    return usual_value(m.group(1).lstrip("\\"), m.group(2))


def usual_value(name: str, number: str) -> bool:
    """Is ``number`` (a ``_NUMBER``'s text) the usual value of the constant ``name`` (``e``,
    ``pi``) to two digits, or is ``name`` one with no real value (``i``)?"""
    usual = _CONSTANTS[name]
    value = _value(number)
    return usual is None or value is sp.nan or abs(float(value) - usual) < 0.01


#: A number as the whole right side of a row (``2.718``, ``\\frac{1}{4}``, a full stop after).
NUMBER_SIDE = re.compile(r"\s*(" + _NUMBER + r")\s*[,.;]?\s*")


def _value(text: str) -> sp.Rational:
    """The number of a ``_NUMBER`` match, exactly (no text is evaluated)."""
    frac = re.fullmatch(r"(-?)\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}", text.strip())
    if frac is not None:
        num, den = int(frac.group(2)), int(frac.group(3))
        sign = -1 if frac.group(1) else 1
        return sp.Rational(sign * num, den) if den else sp.nan
    if "/" in text:
        num, den = text.split("/")
        return sp.Rational(Fraction(num.strip()), int(den)) if int(den) else sp.nan
    return sp.Rational(Fraction(text.strip()))


def _squeezed(math: str) -> str:
    """``math`` without its spaces and trailing punctuation, to compare a piece with a row."""
    return re.sub(r"\s+", "", math).rstrip(",.;")


def _math_pieces(text: str) -> list[str]:
    """The contents of every ``$...$`` and ``$$...$$`` of ``text``."""
    return [piece for piece, _ in _math_pieces_where(text)]


def _math_pieces_where(text: str) -> list[tuple[str, bool]]:
    """The contents of every ``$...$`` and ``$$...$$`` of ``text``, each with whether it is
    a display (``$$``)."""
    return [
        (m.group(1), True) if m.group(1) is not None else (m.group(2), False)
        for m in _MATH.finditer(text[:200_000])
    ]


def index_use(text: str, name: str) -> bool:
    """Does ``text`` use the letter ``name`` as an index (``x_i``, ``\\sum_{i}``)?"""
    return re.search(_INDEX_USE + name + r"(?![A-Za-z])", text) is not None


def stated_constants(text: str, rows: Iterable[str] = ()) -> dict[str, sp.Basic]:
    """Reader name of a constant's letter -> what the post says it is.

    A letter used as an index (``x_i``, ``\\sum_{i}``) is not stated by ``i = 1``, which
    gives where the index starts. Two different values, or a number and another
    expression (``$$I = \\int_0^1 f$$``): a name with no value of its own (no one
    reading is safe; the post's definitions may still give it one). ``rows``: the texts
    the reader takes as rows of the post; inline math that is one of them (``$\\pi =
    \\frac{3}{8}$`` alone on its line) is the post's math, as a display is.
    """
    from ._tosympy import Named

    found: dict[str, set[sp.Rational]] = {}
    other: set[str] = set()
    as_rows = {_squeezed(r) for r in rows}
    for piece, display in _math_pieces_where(text):
        m = _STATED.fullmatch(piece)
        display = display or _squeezed(piece) in as_rows
        if m is None or display:
            # A display row (``$$\\pi = 3$$``) is the post's math, not a sentence about the
            # letter: read into the row itself, its number made it ``3 = 3``, proved. There
            # the letter is a name the row gives a value, with none of its own (the row a
            # definition: a false claim about pi is not caught, a probability pi not refuted).
            assigned = _ASSIGNED.match(piece)
            if m is not None and not _usual(m):
                found.setdefault(m.group(1).lstrip("\\"), set())
            other |= {assigned.group(1).lstrip("\\")} if assigned else set()
            continue
        name = m.group(1).lstrip("\\")
        value = _value(m.group(2))
        usual = _CONSTANTS[name]
        if value is sp.nan or (usual is not None and abs(float(value) - usual) < 0.01):
            continue
        found.setdefault(name, set()).add(value)
    out: dict[str, sp.Basic] = {}
    for name, values in found.items():
        if index_use(text[:200_000], name):
            continue
        one = len(values) == 1 and name not in other
        out[name] = values.pop() if one else Named(name)  # no values: stated in a display
    return out


#: "$\\log$ denotes the base-10 logarithm", "$\\log$ is the logarithm to base 2", "all
#: logarithms in this post are base 10", "logs are taken to base 2", "we write $\\log$ for
#: $\\log_2$": a sentence that says which base the log is in.
_LOG_BASE = re.compile(
    r"\$\\log\$\s+(?:denotes|is|means|stands for|refers to)\b[^.\n]{0,40}?\bbase[- ]?(10|2)\b"
    r"|\blog(?:arithm)?s\s+(?:in this post\s+|here\s+|throughout\s+)?(?:are|will be)\s+"
    r"(?:taken\s+)?(?:in\s+|to\s+)?(?:the\s+)?base[- ]?(10|2)\b"
    r"|\bwrite\s+\$\\log\$\s+for\s+\$\\log_\{?(10|2)\}?\$",
    re.IGNORECASE,
)
#: words that make a sentence about a base something other than the post's convention
_NOT_THE_CONVENTION = re.compile(r"\bnatural\b|\bnot\b|\\ln\b|\bunlike\b", re.IGNORECASE)


#: ``stated_log_base`` of a post whose words name two bases: ``\\log`` has no one value
NO_ONE_BASE = 0


def stated_log_base(text: str) -> int | None:
    """The base the post's words give ``\\log``: None when they give none (the natural
    log), ``NO_ONE_BASE`` when they give two."""
    prose = _outside_displays(text)
    bases = {
        int(next(g for g in m.groups() if g))
        for m in _LOG_BASE.finditer(prose)
        if _NOT_THE_CONVENTION.search(_sentence_around(prose, m.start(), m.end())) is None
    }
    if len(bases) > 1:
        return NO_ONE_BASE
    return bases.pop() if bases else None


def _outside_displays(text: str) -> str:
    """The words of ``text`` (its first 200,000 characters) outside its ``$$`` displays."""
    return " ".join(text[:200_000].split("$$")[::2])


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (up to a full stop or a line break, at most 200 characters either
    side) holding ``text[start:end]``."""
    window = text[max(0, start - 200) : end + 200]
    left, right = start - max(0, start - 200), end - max(0, start - 200)
    head = max(window.rfind(c, 0, left) for c in ".\n") + 1
    tails = [k for k in (window.find(c, right) for c in ".\n") if k >= 0]
    return window[head : min(tails, default=len(window))]


#: a capital, bold or not, perhaps with a subscript (``$A_k$``, ``$A_{12}$``): the capital is
#: the matrix's name, as for a member of a space of matrices (:data:`_MEMBER_NAME`)
_ONE = (
    r"(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?([A-Z])\s*\}?"
    r"\s*(?:_\s*(?:\{[^{}$]{0,12}\}|[A-Za-z0-9]))?"
)
#: ATTACK60 (adversarial set 32, 16, 41, 42): or a list of them in one math span, commas
#: between and perhaps an ellipsis (``$A, B$``, ``$A_1, A_2$``, ``$B_1, \dots, B_n$``); one
#: name per span declared nothing, and ``AB = BA`` was proved. Only the first name is the
#: group; :func:`_names_in` reads them all.
_ONE_LATER = _ONE.replace("([A-Z])", "[A-Z]")
_NAME = r"\$\s*" + _ONE + r"(?:\s*,\s*(?:\\[lc]?dots\s*,\s*)?" + _ONE_LATER + r"){0,12}\s*\$"
_NAMES = _NAME + r"(?:\s*(?:,|and|,\s*and)\s*" + _NAME + r"){0,12}"
#: ATTACK60 (adversarial set 32, 43): a character of the words between the names and the
#: noun, which never name a size or a part of it: "$N$ and $M$ are the numbers of rows and
#: columns of the matrix" declares numbers, and ``(N + M)^2 = N^2 + 2NM + M^2`` was refuted.
_GAP = (
    r"(?:(?!\b(?:numbers?|sizes?|dimensions?|rows?|columns?|entr(?:y|ies)|elements?"
    r"|ranks?|orders?|traces?|determinants?|norms?|eigenvalues?)\b)[^.;\n$])"
)
#: "matrices $A$ and $B$", "matrix $M$", "$A$ and $B$ are ... matrices", "let $A$ be a
#: $3 \\times 3$ matrix" (a few words between the names and the noun; the math between is
#: no name, "$N, K$ be the sizes; $M$ is a matrix" declares M alone).
_DECLARED = re.compile(
    r"\b[Mm]atri(?:x|ces)\s+(" + _NAMES + r")"
    r"|(" + _NAMES + r")\s+(?:be|are|is|denotes?)\b" + _GAP + r"{0,40}"
    r"(?:(?!" + _NAME + r")\$[^$]{0,30}\$" + _GAP + r"{0,20})?"
    r"\bmatri(?:x|ces)\b"
)
_BOLD_CAPITAL = re.compile(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*([A-Z])\s*\}")
#: ATTACK37 (adversarial set 29, 38-39): lower-case letters declared matrices with nothing but
#: a noun phrase between ("Let $a$ and $b$ be $2 \\times 2$ matrices", "$u$, $v$ are square
#: matrices", "matrices $a$ and $b$"); read as numbers, ``ab = ba`` was proved. Stricter than
#: :data:`_DECLARED`: a lower-case letter only related to a matrix ("$p$ is the number of
#: columns of the matrix") is a number.
_LOWER = r"\$\s*([a-z])\s*\$"
_LOWERS = _LOWER + r"(?:\s*(?:,|and|,\s*and)\s*" + _LOWER + r"){0,12}"
_NOUN_WORDS = (
    r"(?:a|an|two|three|four|some|any|arbitrary|general|given|real|complex|square|symmetric"
    r"|invertible|nonsingular|non-singular|positive|semi-?definite|definite|diagonal|orthogonal"
    r"|random|conformable)"
)
_DECLARED_LOWER = re.compile(
    r"\b[Mm]atri(?:x|ces)\s+(" + _LOWERS + r")"
    r"|(" + _LOWERS + r")\s+(?:be|are|is|denotes?)\s+(?:(?:" + _NOUN_WORDS + r")\s+"
    r"|\$[^$]{0,30}\$\s*)*matri(?:x|ces)\b"
)


#: SOUNDB (adversarial set 15, pairs 64, 66): a capital set beside a noun phrase, with no
#: verb, in a sentence about matrices: "... matrices and $A$ a general one", "... matrix
#: and $I$ the identity".
_APPOSED = re.compile(
    r"(?:^|\band\s+|,\s*)" + _NAME + r"\s*,?\s+(?:a|an|the|any|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|ones|identity|matrix|matrices)\b"
)
_MATRIX_SENTENCE = re.compile(r"[^.\n]{0,400}\bmatri(?:x|ces)\b[^.\n]{0,400}")


#: ATTACK38 (adversarial set 30, 63-66): letters declared members of a space of matrices,
#: "$A, B \\in \\mathbb{R}^{n \\times n}$", "$M \\in \\mathbb{C}^{2\\times 2}$": the math says
#: "matrices" as the words do; and of a space of vectors, "$x, y \\in \\mathbb{R}^n$" (a
#: column, read so in a post that writes matrices: :func:`declared_vectors`). The names
#: before ``\\in`` are one or more letters (bold or not, with a subscript) separated by
#: commas; the reals (``\\mathbb{R}``, ``\\mathbb{R}^+``, ``\\mathbb{R}^1``) declare neither.
_MEMBER_OF_SPACE = re.compile(
    r"\$([^$]{1,2000}?)\\in(?![A-Za-z])\s*(?:\\mathbb\s*\{\s*[RC]\s*\}|\\R\b|\\C\b)"
    r"\s*\^\s*(?:\{([^{}$]{1,80})\}|([A-Za-z]|[2-9]))"
)
_MEMBER_NAME = re.compile(
    r"\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?\\?([A-Za-z]+)\s*\}?"
    r"\s*(?:_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+))?\s*"
)
#: the size of a space of vectors: a letter, a number from 2, a sum of them (``p + 1``)
_VECTOR_SIZE = re.compile(r"\s*(?:[A-Za-z]|[2-9]|\d\d+)(?:\s*[-+]\s*(?:[A-Za-z]|\d+))*\s*")


def _members_of_spaces(text: str, matrices: bool) -> set[str]:
    """Names the math declares members of a space of matrices (``matrices``) or of vectors
    (:data:`_MEMBER_OF_SPACE`); a declaration whose left side is not a list of names (``x + y
    \\in ...``) gives none."""
    out: set[str] = set()
    for k, m in enumerate(_MEMBER_OF_SPACE.finditer(text)):
        if k >= 200:
            break
        size = m.group(2) or m.group(3)
        if ("\\times" in size) != matrices:
            continue
        if not matrices and not _VECTOR_SIZE.fullmatch(size):
            continue
        names = [_MEMBER_NAME.fullmatch(p) for p in m.group(1).split(",")]
        if all(names):
            out.update(n.group(1) for n in names)
    return out


def declared_vectors(text: str, rows: str = "") -> frozenset[str]:
    """Letters the math declares members of a space of vectors (``$x, y \\in \\mathbb{R}^n$``):
    columns where the post writes matrices (``x^T y = y x^T`` read ``y`` as a number and was
    proved, ATTACK38); elsewhere the caller keeps them numbers. Not a letter the ``rows``
    write with a subscript (``y_i \\ge y_j``): they use its elements as numbers, which a
    column's elements are not (its comparisons crashed the reading of a Cox model post)."""
    names = _members_of_spaces(text[:200_000], matrices=False)
    return frozenset(n for n in names if not re.search(_subscripted(n), rows[:200_000]))


def _subscripted(name: str) -> str:
    """A pattern of ``name`` (a letter or a Greek name) written with a subscript."""
    head = r"\\" if len(name) > 1 else r"(?<![A-Za-z\\])"
    return head + re.escape(name) + r"(?![A-Za-z])\s*\}?\s*_"


#: ATTACK60 (adversarial set 32, 44-45): a capital, Latin or Greek, bold or not, perhaps with a
#: subscript, stated positive (semi)definite: ``$\\Sigma \\succ 0$``, ``$S \\succeq 0$``. Said
#: of matrices only (a number is ``> 0``); read as numbers, ``\\Sigma M = M \\Sigma`` was
#: proved and ``(S + S^T)^T = 2S`` refuted, ``^T`` a power.
_DEFINITE = re.compile(
    r"(?<![A-Za-z\\])(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?\\?([A-Z][a-z]*)\s*\}?"
    r"\s*(?:_\s*(?:\{[^{}$]{0,12}\}|[A-Za-z0-9]))?\s*\\succ(?:eq)?\s*0(?![\d.])"
)
_GREEK_CAPITALS = frozenset(
    ("Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega")
)


def declared_matrices(text: str) -> frozenset[str]:
    """Capital letters the post's words call matrices, lower-case ones a noun phrase calls
    so, letters declared members of a space of matrices, bold capitals (a matrix's usual
    typeface) and capitals stated positive definite: names that must not commute."""
    text = text[:200_000]
    out = set(_BOLD_CAPITAL.findall(text))
    if "\\succ" in text:
        out.update(n for n in _DEFINITE.findall(text) if len(n) == 1 or n in _GREEK_CAPITALS)
    if "\\times" in text:
        out |= _members_of_spaces(text, matrices=True)
    if "atri" not in text:
        # Both patterns below need "matrix"/"matrices" ("Matri..." too); without it their
        # scans are wasted, and _MATRIX_SENTENCE's costs 400 steps a character on a long line.
        return frozenset(out)
    for m in _DECLARED.finditer(text):
        out.update(_names_in(m.group(0)))
    for m in _DECLARED_LOWER.finditer(text):
        out.update(re.findall(_LOWER, m.group(0)))
    for k, m in enumerate(_MATRIX_SENTENCE.finditer(text)):  # SOUNDB
        if k >= 200:
            break
        out.update(n for a in _APPOSED.finditer(m.group(0)) for n in _names_in(a.group(0)))
    return frozenset(out)


def _names_in(said: str) -> set[str]:
    """The capitals named in the math spans of :data:`_NAME` in ``said``: every name of a
    list (``$A, B_1, \\dots, B_n$``), not its subscripts."""
    return {
        n.group(1)
        for span in re.finditer(_NAME, said)
        for n in re.finditer(_ONE, span.group(0)[1:-1])
    }


#: "$\\gamma$ is Euler's constant", "where $\\gamma \\approx 0.5772$ is the
#: Euler-Mascheroni constant", "Euler's constant $\\gamma$": the letter and the name in
#: one sentence, a few words apart.
_EULER = r"Euler(?:'s|\u2019s)?(?:[- \u2013]+Mascheroni)?(?:'s)?\s+constant"
_EULER_GAMMA = re.compile(
    r"\$\s*\\gamma\s*(?:\\approx\s*[\d.]+\s*)?\$[^.\n$]{0,40}?\b"
    + _EULER
    + r"|\b"
    + _EULER
    + r"\s*(?:,\s*)?\$\s*\\gamma\s*\$",
    re.IGNORECASE,
)


def named_constants(text: str) -> dict[str, sp.Basic]:
    """Reader name of a letter -> the constant the post's words say it is: ``gamma`` ->
    Euler's constant (read as a free number, ``\\psi(2) = 1 - \\gamma`` was refuted).
    A post that also calls the letter something else in words gets no reading here."""
    prose = _outside_displays(text)
    if _EULER_GAMMA.search(prose) is None:
        return {}
    if re.search(r"\$\s*\\gamma\s*\$\s+(?:is|be|denotes)\s+(?:a|the)\s+(?!Euler)", prose):
        return {}
    return {"gamma": sp.EulerGamma}
