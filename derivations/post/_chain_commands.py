"""Which commands a row of a chain of equalities may hold: an allow-list.

An unread row that only continues a chain with ``=`` lets the row after it be proved equal
to the last line read (:mod:`._unread_anchor`). That is sound only if the unread row holds
no other relation. A list of relation commands always misses one (``\\lll``,
``\\rightharpoonup``, ``\\leadsto``: adversarial set 9, pairs 50-52, each let a false row be
proved), and so does a list of word commands (``\\textsf{ is at most }``, ``\\hbox``,
``\\textnormal``, ``\\operatorname{at\\,most}``: pairs 45, 47-49). Here the test is the
other way round: every command must be one the reader knows as notation (a letter, an
operator, a bracket, an accent, a typeface, spacing), and every word inside a typeface or
operator name must be an operator the reader knows (``\\operatorname{Var}``,
``\\mathrm{d}``). Anything else may state a relation, so the row anchors nothing.
"""

from __future__ import annotations

import re

from ._notation import (
    ACCENTS,
    BOLD,
    CALLIGRAPHIC,
    DISTRIBUTIONS,
    DROP_ARGUMENT,
    FUNCTIONS,
    GREEK,
    IGNORED,
    PLAIN_WORDS,
    SIMPLE,
    SIZES,
    TRANSPARENT,
    TRANSPOSE_COMMANDS,
    TYPEFACE,
)

#: Commands of notation beside the reader's tables: symbols, operators, brackets.
_MORE = frozenset(
    """int iint iiint oint infty pm mp prime ell nabla binom dbinom tbinom choose lim sup inf
    arg Pr vert Vert lvert rvert lVert rVert langle rangle lfloor rfloor lceil rceil mid in
    circ star odot otimes oplus hbar imath jmath overbrace underbrace lbrace rbrace lbrack
    rbrack sgn mathrm operatorname mathop mathsf""".split()
)
_KNOWN = (
    GREEK
    | IGNORED
    | frozenset(SIZES)
    | frozenset(SIMPLE)
    | frozenset(FUNCTIONS)
    | frozenset(ACCENTS)
    | BOLD
    | TYPEFACE
    | CALLIGRAPHIC
    | TRANSPARENT
    | DROP_ARGUMENT
    | TRANSPOSE_COMMANDS
    | _MORE
)
#: Words an operator name or a typeface may spell (``\\operatorname{Var}``, ``\\mathrm{d}x``).
_OPERATOR_WORDS = (
    frozenset(FUNCTIONS)
    | DISTRIBUTIONS
    | PLAIN_WORDS
    | frozenset(
        """E Var Cov Corr Cor argmax argmin arg max min KL diag sign sgn Pr erf erfc logit
        exp log ln Bias MSE SE se sd Std iid MAP OLS""".split()
    )
)
#: Punctuation in a text box (``\\text{,}``, ``\\mbox{.}``): the end of a sentence, no relation.
_PUNCTUATION = re.compile(r"\\(?:text|mbox|textrm|textnormal)\s*\{[\s,.;:]*\}")
_WRAPPED = re.compile(
    r"\\(?:mathrm|operatorname|mathop|mathsf|mathit|mathbf|boldsymbol|bm|mathbb)\s*\{([^{}]*)\}"
)


def only_chain_commands(text: str) -> bool:
    """Does ``text`` hold only commands of notation, and only operator words inside
    typefaces (``\\operatorname{Var}``, not ``\\operatorname{at\\,most}``)? A text box
    of punctuation only ends the sentence."""
    text = _PUNCTUATION.sub(" ", text)
    for m in re.finditer(r"\\([A-Za-z]+)", text):
        if m.group(1) not in _KNOWN:
            return False
    for m in _WRAPPED.finditer(text):
        inside = re.sub(r"\\[A-Za-z]+|\\.", " ", m.group(1))
        for word in re.findall(r"[A-Za-z]{2,}", inside):
            if word not in _OPERATOR_WORDS:
                return False
    return True
