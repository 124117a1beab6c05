"""Tables of the notation the reader knows: Greek letters, Unicode, commands, words.

Kept apart from the lexer's logic so that adding a spelling is one line in a
table, never another branch.
"""

from __future__ import annotations

import unicodedata

GREEK = frozenset(
    """alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu
    xi pi rho varrho sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda
    Xi Pi Sigma Upsilon Phi Psi Omega""".split()
)
#: Spellings of one letter that mean the same thing in a derivation.
GREEK_SAME = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varrho": "rho"}

#: Unicode characters authors type inside TeX, as the TeX they stand for.
UNICODE = {
    "α": r"\alpha", "β": r"\beta", "γ": r"\gamma", "δ": r"\delta", "ε": r"\epsilon",
    "ϵ": r"\epsilon", "ζ": r"\zeta", "η": r"\eta", "θ": r"\theta", "ϑ": r"\theta",
    "ι": r"\iota", "κ": r"\kappa", "λ": r"\lambda", "μ": r"\mu", "µ": r"\mu", "ν": r"\nu",
    "ξ": r"\xi", "π": r"\pi", "ρ": r"\rho", "σ": r"\sigma", "τ": r"\tau", "υ": r"\upsilon",
    "φ": r"\phi", "ϕ": r"\phi", "χ": r"\chi", "ψ": r"\psi", "ω": r"\omega", "Γ": r"\Gamma",
    "Δ": r"\Delta", "Θ": r"\Theta", "Λ": r"\Lambda", "Ξ": r"\Xi", "Π": r"\Pi", "Σ": r"\Sigma",
    "Φ": r"\Phi", "Ψ": r"\Psi", "Ω": r"\Omega", "−": "-", "–": "-", "·": r"\cdot",
    "⋅": r"\cdot", "×": r"\times", "…": r"\ldots", "⋯": r"\cdots", "∑": r"\sum", "∏": r"\prod",
    "√": r"\sqrt", "∞": r"\infty", "∂": r"\partial", "′": "'", "ℓ": r"\ell", "∇": r"\nabla",
    "’": "'",
    "≤": r"\le", "≥": r"\ge", "≠": r"\neq", "≈": r"\approx", "∼": r"\sim", "∈": r"\in",
    "→": r"\to", "⇒": r"\Rightarrow", "⇔": r"\iff", "±": r"\pm", "\u00a0": " ",
}  # fmt: skip

#: Commands that only change spacing, size or style.
IGNORED = frozenset(
    """limits nolimits displaystyle textstyle scriptstyle scriptscriptstyle quad qquad nonumber
    notag middle large Large LARGE huge Huge small footnotesize scriptsize tiny normalsize
    mathstrut strut bf rm it sf tt cal_ignored allowbreak nobreak space enspace thinspace
    medspace thickspace negthinspace negmedspace negthickspace""".split()
) | {"!", ",", ";", ":", " ", ">"}
#: Commands whose single argument is dropped with them (``\phantom{x}``, ``\hspace{1em}``;
#: MathJax's ``\require{cancel}`` loads an extension and shows nothing).
DROP_ARGUMENT = frozenset(
    "phantom hphantom vphantom hspace vspace color textcolor label tag require".split()
)
#: Of those, the colours: ``\color{c}{body}`` (MathJax's form) and ``\textcolor{c}{body}``
#: show ``body`` in colour, which changes nothing it says.
COLOURS = frozenset(("color", "textcolor"))
#: Commands whose argument is shown unchanged (``\boxed{x}`` is x).
TRANSPARENT = frozenset("boxed underline cancel bcancel xcancel".split())

SIZES = {
    "big": 1, "bigl": 1, "bigr": 1, "bigm": 1,
    "Big": 2, "Bigl": 2, "Bigr": 2, "Bigm": 2,
    "bigg": 3, "biggl": 3, "biggr": 3, "biggm": 3,
    "Bigg": 4, "Biggl": 4, "Biggr": 4, "Biggm": 4,
    "left": 9, "right": 9,
}  # fmt: skip

#: Commands that are one grammar token each.
SIMPLE = {
    "frac": "FRAC", "dfrac": "FRAC", "tfrac": "FRAC", "cfrac": "FRAC",
    "sqrt": "SQRT", "sum": "SUM", "prod": "PROD", "log": "LOG", "ln": "LN", "lg": "LOG",
    "exp": "EXP", "partial": "PARTIAL", "cdot": "MULOP", "times": "MULOP", "ast": "MULOP",
    "ldots": "DOTS", "cdots": "DOTS", "dots": "DOTS", "dotsb": "DOTS", "dotsc": "DOTS",
    "dotsm": "DOTS", "dotsi": "DOTS",
}  # fmt: skip

#: Operator-like functions written as commands or words: name -> what they are.
FUNCTIONS = {
    "det": "det", "tr": "tr", "Tr": "tr", "trace": "tr", "median": "median", "min": "min",
    "max": "max", "sup": "sup", "Var": "Var", "var": "Var", "Cov": "Cov", "cov": "Cov",
    "sin": "sin", "cos": "cos", "tan": "tan", "arctan": "atan", "arcsin": "asin", "arccos": "acos",
    "sinh": "sinh", "cosh": "cosh", "tanh": "tanh", "sec": "sec", "csc": "csc", "cot": "cot",
}  # fmt: skip

#: Named distributions: written as functions of a value and parameters.
DISTRIBUTIONS = frozenset(
    "Bin Binom Binomial Poiss Pois Poisson Normal Gamma Laplace Exp Expo Geom Geometric "
    "Bern Bernoulli Beta Bet Gam Unif Uniform Weibull Rayleigh Pareto BetBin BetaBin "
    "BetaBinomial NegBin NegBinom".split()
)

ACCENTS = {
    "hat": "hat", "widehat": "hat", "bar": "bar", "overline": "bar", "tilde": "tilde",
    "widetilde": "tilde", "check": "check", "dot": "dot", "ddot": "ddot", "vec": "vec",
    "overrightarrow": "vec",
}  # fmt: skip
#: Wrappers around math that change only its typeface; bold marks vectors and matrices.
BOLD = frozenset("mathbf boldsymbol bm pmb bold mathbfit".split())
#: ``\\Bbb`` is plain TeX's (and MathJax's) name for ``\\mathbb``.
TYPEFACE = frozenset("mathit mathnormal mathbb Bbb".split())
#: Wrappers around words (``\mathrm{LL}``, ``\text{MLE}``, ``\operatorname{tr}``).
WORDS = frozenset("mathrm text textrm textit textbf textsf mbox mathsf operatorname mathop".split())
CALLIGRAPHIC = frozenset("mathcal mathscr mathfrak cal".split())

#: Names of a quantity written in lower case (``\\operatorname{bias}``, ProofWiki): the
#: quantity the capitalised name is (``\\operatorname{Bias}``).
LOWER_CASE_NAMES = {"bias": "Bias", "mse": "MSE"}
#: Words that stand for a plain constant or a label, not for a named quantity.
PLAIN_WORDS = frozenset("const constant set iid MLE ML ml mle".split())
#: Words of plain letters (no backslash) read as the command they spell when a
#: bracket follows: ``ln(x)``, ``tr[AB]``.
LETTER_FUNCTIONS = ("log", "ln", "exp", "tr", "det")

#: Transpose spellings after ``^`` (``x^\top``, ``x^{\mathrm{T}}``).
TRANSPOSE_COMMANDS = frozenset("top intercal T".split())

MATRIX_ENVS = frozenset("matrix pmatrix bmatrix Bmatrix vmatrix Vmatrix smallmatrix array".split())


#: Script capitals Unicode keeps outside its Mathematical Alphanumeric Symbols (the block's
#: holes: ``ℒ`` for the missing MATHEMATICAL SCRIPT CAPITAL L). Fraktur's holes are left
#: out: ``ℑ`` and ``ℜ`` are the imaginary and real parts.
_SCRIPT_HOLES = frozenset("ℬℰℱℋℐℒℳℛ")


def styled_letter(ch: str) -> str | None:
    """The TeX a styled letter or digit of Unicode's Mathematical Alphanumeric Symbols stands
    for (None for any other character).

    Posts copied from pages that typeset math with these characters write ``𝓛(𝑝) = 𝑘·𝑙𝑛(𝑝)``
    (held-out external34). The style is typography, read as its TeX is: italic, bold, sans,
    monospace and double-struck letters and digits are the plain ones (``\\mathbf{x}`` and
    ``\\mathbb{E}`` are read as x and E), Greek ones (and ``𝜕``, ``𝛁``) the Greek letter; a
    script or fraktur capital is the calligraphic one, a name of its own (``𝓛`` is
    ``\\mathcal{L}``, never the L of a likelihood beside it).

    >>> styled_letter("𝑝"), styled_letter("𝜃"), styled_letter("𝓛"), styled_letter("p")
    ('p', '\\\\theta', '\\\\mathcal{L}', None)
    """
    if ch == "\u210e":  # ℎ, the italic h Unicode keeps outside the block
        return "h"
    base = unicodedata.normalize("NFKC", ch)
    if ch in _SCRIPT_HOLES:
        return f"\\mathcal{{{base}}}"
    if not "\U0001d400" <= ch <= "\U0001d7ff" or len(base) != 1 or base == ch:
        return None
    name = unicodedata.name(ch, "")
    if "SCRIPT" in name or "FRAKTUR" in name:
        return f"\\mathcal{{{base}}}" if base.isascii() and base.isalpha() else None
    if base.isascii() and base.isalnum():
        return base
    return UNICODE.get(base)
