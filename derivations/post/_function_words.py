"""NAMES9: a word written without a backslash before a bracket is a function.

Letter by letter, ``sigmoid(z)`` was the product s*i*g*m*o*i*d*z and ``tanh(z)`` was
t*a*n*h(z): batch 21 refuted the definition ``s=sigmoid(z) = \\frac{1}{1+\\exp(-z)}`` as an
identity of that product. Before ``(`` (or ``[``) a run of letters is read here as:

- a known elementary function (``tanh``, ``cos``, ``arctan``, ``sqrt``), alone or after
  one-letter factors (``xcos(t)``: x times cos t), as ``\\tanh`` is, with a slip;
- a lower-case word of four letters or more with a vowel, or one of a few known function
  words (``sgn``, ``erf``): the named function ``\\mathrm{word}``, which the post may define
  (``sigmoid(z) = ...``) or which stays an arbitrary function (see ._opaque);
- PARSE15: a capitalised word of four letters or more with a vowel (``Bernoulli(y; \\phi)``,
  ``Poisson(k; \\lambda)``): the named function or law ``\\mathrm{Word}``, as written so;
- anything else (``np(1-p)``, ``mI(...)``, short capitalised names such as ``Bin(n, p)``):
  letters, as before. Words beginning with log/ln (``logL(x)``, ``logit``) are left to the reader's
  rules for a missing ``\\log`` backslash, except the known words here.
"""

from __future__ import annotations

from ._notation import GREEK

#: elementary functions (the name :mod:`._tosympy` applies), longest first for suffixes
ELEMENTARY = {
    "arctan": "atan", "arcsin": "asin", "arccos": "acos", "tanh": "tanh", "sinh": "sinh",
    "cosh": "cosh", "trace": "tr", "sqrt": "sqrt", "sin": "sin", "cos": "cos", "tan": "tan",
}  # fmt: skip

#: function words shorter than four letters, or beginning with log, read as named functions
KNOWN_WORDS = frozenset("sgn erf erfc expit logit logistic logsumexp".split())

_VOWELS = frozenset("aeiou")
_GREEK = frozenset(GREEK)


def read_word(run: str, bracket: bool) -> tuple[str, str, str] | None:
    """How a run of letters before a bracket is read: ``(factors, kind, name)`` with kind
    ``"elementary"`` (name the sympy function) or ``"named"`` (``\\mathrm{name}``), the
    letters ``factors`` before it being one-letter factors; None: letters, as before."""
    if (
        not bracket
        or run in _GREEK
        or len(run) < 2
        or len(run) > 40
        or not run.isascii()
        or not run.isalpha()
    ):
        return None
    for word in ELEMENTARY:
        if run.endswith(word):
            factors = run[: len(run) - len(word)]
            if len(factors) <= 2:
                return factors, "elementary", ELEMENTARY[word]
            break
    if run in KNOWN_WORDS:
        return "", "named", run
    if run.startswith(("log", "ln", "exp")) or run.endswith(("log", "ln", "exp", "tr", "det")):
        return None  # logL(x), nlog(x), ndet(A): the reader's rules for a missing backslash
    if len(run) >= 4 and run.islower() and _VOWELS & set(run):
        return "", "named", run
    if len(run) >= 4 and run[0].isupper() and run[1:].islower() and _VOWELS & set(run.lower()):
        # PARSE15: Bernoulli(y; \phi), Poisson(k; \lambda), Like(c, \sigma): a capitalised
        # word of four letters or more before a bracket names a law or a function, as
        # \mathrm{Bernoulli} does (Bin(n, p), three letters, stays letters)
        return "", "named", run
    return None
