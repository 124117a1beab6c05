"""English words typed in math mode (``\\log L = constant + ...``), see FIX17.

Letter by letter, ``constant`` is the product c*o*n*s*t*a*n*t: six "new" symbols made the
row unchecked, or a side that continues it wrong. A run of letters that is one of a fixed
list of English words is read as follows:

- ``const``/``constant`` added to a side (after nothing, a sign or a relation, before
  nothing, a sign, a relation or the end of an aligned cell) is the arbitrary constant that
  ``\\text{const}`` is (the LETTER token :mod:`._lexer` makes of it; :mod:`._upto` drops it);
- any other use of those words, and every other word of the list, is not read: the row is
  unparsed with a reason naming the word and its column.

Only whole runs of letters are compared with the list, so products of letters (``np``,
``xy``, ``abc``) are read as before; the words are long enough (or, for ``const``, so
unlike a product) that no product a post writes spells one.
"""

from __future__ import annotations

#: Words that stand for an arbitrary additive constant.
CONSTANTS = frozenset({"const", "constant"})

#: English words (4 letters or more) that are no product of one-letter symbols.
WORDS = CONSTANTS | frozenset(
    """terms term constants where when with then else otherwise since because hence thus
    therefore given such that this these those from into each every only also true false
    equation function value values here using which some other const""".split()
)

#: Words that label a name above it (``\\theta^{MLE}``, ``\\mu^{new}``): an estimator's
#: abbreviation or an iteration's word, read as the same word in a text box (a name of its
#: own), never as a power of the product of its letters (see ._lexer's ``_caret``).
LABELS = frozenset(
    """MLE ML OLS LS LSE GLS WLS MAP EM MOM MM REML UMVUE MVUE BLUE MSE
    new old next prev init opt est""".split()
)

#: Tokens before an added word, and raw texts after one.
_BEFORE = frozenset({"PLUS", "MINUS", "EQ"})
_AFTER = frozenset({"", "+", "-", "=", "&", "\\\\", ",", ".", ";", "\\quad", "\\qquad"})


def math_word(run: str, before: str | None, after: str) -> str | None:
    """What a run of letters in math mode is: ``"constant"`` (read as ``\\text{const}``),
    ``"word"`` (not read) or None (letters, as before). ``before``: the type of the token
    before it (None at the start); ``after``: the raw text after it ("" at the end)."""
    low = run.lower()
    if low not in WORDS:
        return None
    if low in CONSTANTS and (before is None or before in _BEFORE) and after in _AFTER:
        return "constant"
    return "word"


def word_reason(run: str) -> str:
    return (
        f"the word '{run}' is written in math mode: it is not read as the product of the "
        "letters that spell it (write \\text{...} or a symbol)"
    )
