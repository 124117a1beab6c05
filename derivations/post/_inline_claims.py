"""Which inline formulas in the sentences of a post with display math are claims to check.

Authors who write display math also write steps inside sentences: "**Second term:**
$\\frac{\\partial}{\\partial b}(-n\\log b) = -\\frac{n}{b}$", "Actually, $E(\\sum y_i) =
\\sum E(y_i) = n\\lambda$", "we can say that $X^T X + \\lambda \\beta = (X^T X + \\lambda I)
\\beta$". Such a formula is a claim of the author that stands on its own: a row
(``Row.sentence``), checked by itself rather than as the next step of the display chain.

Much inline math in sentences is no such claim, and a refutation of it would be false. A
formula is a sentence row only when all of these hold; anything else stays prose, read for
the names it defines as before:

- it is an equation whose every side is written (``=`` or ``:=`` outside braces), with no
  inequality, ``\\sim``, ``\\in``, ``\\to``, ``\\approx`` or arrow (conditions, domains and
  laws, which :mod:`._assume` and the prose rows read), no list or range (``i = 1, \\ldots,
  n``), no decimal data value, and it does not give a name a number (``$n = 4$``,
  ``$\\sigma^2 = 1$``: a setting) nor equate two letters (``$j = i$``);
- it stands on its own (:func:`is_self_contained`): an operator on its left side (a
  derivative, a log, an expectation, a sum) or a chain ``a = b = c``. A name on the left
  and one ``=`` (``$L(p) = ...$``, ``$\\hat p = r/n$``) is a definition or a result, which
  the prose harvest and the reader's prose estimates already read; as a row it became the
  line the next display row was read against (the model it restates, the equation it
  solves) and made correct rows refuted;
- a derivative with a transpose is left alone: the layout of a gradient (row or column)
  is a convention the reader does not know (``d/dx x^T x = 2x^T`` was refuted);
- its sentence is not a question (ends with ``?``, or opens like one: "Is it true that",
  "Why is"), does not quote someone else ("my professor wrote", "the book says"), does not
  call a formula wrong or deny it ("is wrong", "not", "no rule says", "instead of"), and is
  not conditional ("if", "when", "suppose", "assuming", "case", "otherwise"; "for", "with",
  "at", "given" just before the formula or just after it; a sentence opening with "For");
- it is not a result in the first person ("I get", "I got") in a paragraph that asks, nor
  in a sentence of such a paragraph that voices doubt ("it seems as though").

Where the row would sit in the chain is decided by the caller (:mod:`._extract`): a
formula followed by a display row that starts with a relation sign, or stated as the fact
the next display row uses ("Using $...$:", "Noting that $...$, one obtains $$...$$"),
stays prose, since the row after it goes on from the display row before it - unless the
fact is a rule worked out (:func:`is_rule`: a derivative, a log, a sum, an expectation)
and the row after it stands on its own (an expression equal to another, no name, result
or zero on a side), so that neither reads the other. Elsewhere such a rule worked out
(:func:`is_worked_out`) is an aside: a row checked by itself that the chain goes on past,
the row after it reading the row before it as when the fact was prose.

Sentences are read from the text with every math span masked, so a period inside math
ends nothing.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

#: Relations that make a formula a condition, a domain, a law or an uncheckable claim.
_NOT_AN_EQUATION = re.compile(
    r"\\(?:le|leq|ge|geq|ne|neq|lt|gt|leqslant|geqslant|sim|in|notin|to|rightarrow|mapsto"
    r"|approx|simeq|propto|Rightarrow|implies|iff|Leftrightarrow|Longrightarrow|ll|gg)"
    r"(?![A-Za-z])|[<>≤≥≠≈∈]"
)
#: A side that is only a name (``n``, ``\\sigma^2``, ``\\hat{\\theta}_{\\text{mle}}``): letters,
#: accents and indices, no operator and no function.
_NAME_SIDE = re.compile(r"^(?:\\[A-Za-z]+|[A-Za-z0-9{}_^' ])+$")
_OPERATOR = re.compile(r"\\(?:frac|dfrac|sum|prod|int|partial|log|ln|exp|sqrt|binom|operatorname)")
#: A number: what a setting gives its name.
_NUMBER = re.compile(r"^[-+]?\s*\d+(?:\.\d+)?$")
#: Spacing and style commands, which are no part of what a formula says.
_SPACING = re.compile(r"\\(?:[,;:! ]|(?:quad|qquad|displaystyle|textstyle)(?![A-Za-z]))")
#: Two bare letters equated (``j = i``): an index condition, not a claim.
_INDEX_PAIR = re.compile(r"^[A-Za-z]\s*=\s*[A-Za-z]$")
#: An enumeration or a data value: ``i = 1, \ldots, n``, ``\sum \log y_i = 3.115``.
_LIST_OR_DATA = re.compile(r"\\[lcv]?dots(?![A-Za-z])|\.\.\.|…|\d\.\d")
#: A question's opening words.
_QUESTION_START = re.compile(
    r"^\s*(?:is|are|was|were|does|do|did|can|could|should|would|will|why|how|what"
    r"|isn't|aren't|doesn't|shouldn't|am i)\b",
    re.I,
)
#: Words that report someone else's formula, or call a formula wrong.
_REPORTED = re.compile(
    r"\b(?:wrote|writes|written by|says|said|claims|claimed|states|stated|according|"
    r"professor|teacher|lecturer|instructor|textbook|book|answer key|manual|"
    r"supposed|is it true|is this true|not|no|never|cannot|wrong|incorrect|mistakes?|"
    r"mistaken|errors?|"
    r"erroneous|instead|rather than|false|typo|confus\w*|doubt)\b|n't\b",
    re.I,
)
#: Words just before a formula that make it a condition, a setting or an assumption.
_CONDITION = re.compile(
    r"\b(?:for|given|(?<!up )(?<!left )with|take|taking|say|set|setting|at)\s*$",
    re.I,
)
#: Words anywhere in the sentence that make what it says conditional ("in the present case"
#: is the post's own setting, not a hypothesis; "; while" after a clause contrasts).
_CONDITIONAL = re.compile(
    r"\b(?:if|iff|when|whenever|unless|suppose|supposing|assume|assuming|assumed|provided|"
    r"(?<!present )case|cases|otherwise|whether|(?<![;,]\s)while|until|hypothe\w*|let's say)\b",
    re.I,
)
#: "if and only if", "iff": the formula states an equivalence the post derives.
_EQUIVALENCE = re.compile(r"\bif\s+and\s+only\s+if\b|\biff\b", re.I)
#: "If we define $q = n/m_1 - 1$": a definition, however conditional its grammar.
_NAMING = re.compile(
    r"\b(?:if|when|suppose)\s+we\s+(?:now\s+)?(?:define|denote|write|call|introduce|abbreviate)\b",
    re.I,
)
#: Words that only join two formulas.
_JOIN = re.compile(r"[\s,;]*(?:(?:and|or)[\s,;]*)?", re.I)
#: A sentence that states the fact the next step uses: "Using $\\log(ab) = \\log a + \\log
#: b$:", "Noting that $1 + q = 1/\\bar y$, one obtains".
_PREMISE = re.compile(
    r"^\W*(?:using|use|since|noting|note that|notice that|because|recall(?:ing)?(?: that)?|as|by|"
    r"from|knowing(?: that)?|with the (?:identity|fact|rule)|applying)\b",
    re.I,
)
#: A result in the first person.
_FIRST_PERSON = re.compile(
    r"\b(?:i|i've|i'm)\s+(?:\w+\s+){0,2}?(?:get|got|gets|obtain|obtained|find|found|have|had|"
    r"arrive|arrived|end|ended|calculated|computed|derived|reach|reached|came|come)\b",
    re.I,
)
#: A sentence that voices doubt about what it reaches ("it seems as though the terms cancel
#: out", "it looks like"): in a paragraph that asks, the attempt the question is about.
_HEDGED = re.compile(r"\b(?:it|this|that)\s+(?:seems|looks|appears)\b", re.I)
_NOT_NEWLINE = re.compile(r"[^\n]")
_END = re.compile(r"[.!?](?=\s|$)")
_BLANK = re.compile(r"\n[ \t]*\n")
#: A line that starts a new sentence whatever came before: a list item, a quote, a label.
_LINE_START = re.compile(r"\n[ \t]*(?:>\s*)*(?:[-*+•]|\d+[.)])\s")


def outside_brackets(text: str) -> list[bool]:
    """For each offset of ``text`` (and one past its end): is it outside braces and brackets?
    One scan; an escaped character is skipped with its backslash (``\\{`` opens nothing, and
    the escaped character itself is never outside), and a stray closing bracket hides nothing
    after it."""
    out = [False] * (len(text) + 1)
    depth = 0
    i = 0
    while i < len(text):
        c = text[i]
        out[i] = depth == 0
        if c == "\\":
            i += 2
            continue
        if c in "{([":
            depth += 1
        elif c in "})]":
            depth = max(0, depth - 1)
        i += 1
    return out


def top_level(text: str, chars: str) -> list[int]:
    """Offsets of ``chars`` in ``text`` outside braces and brackets (not the ``=`` of
    ``\\sum_{i=1}`` nor the comma of ``f(p, x)``); an escaped character is skipped, and a
    stray closing bracket hides nothing after it."""
    outside = outside_brackets(text)
    return [i for i, c in enumerate(text) if outside[i] and c in chars and c not in "\\{([})]"]


#: Words that make the formula after them a setting of its letters (._at_a_setting).
SETTING_LEAD = re.compile(
    r"\b(?:if|suppose|supposing|when|whenever|assume|assuming|for|at|with|given|say|set|"
    r"setting|take|taking|let's say)\W*$",
    re.I,
)

#: A letter (Latin, or a Greek command), maybe with an index, given a number: ``k = 2``.
_LETTER_GIVEN_A_NUMBER = re.compile(
    r"\s*(?:[A-Za-z]|\\[A-Za-z]+)(?:_\{?[A-Za-z0-9]+\}?)?\s*=\s*[-+]?\d+(?:\.\d+)?\s*"
)


def setting_in_words(before: str, body: str) -> bool:
    """Is the inline formula ``body`` a letter given a number (``k=2``) right after words that
    make it a setting (``before``, the text of its line up to it, ends with "by taking",
    "set", "with", "for", ...)? Held-out batch 51 (mjtsai): "by taking $k=2$, we can obtain"
    in a post of inline math only was a claim refuted against an earlier "by taking $k=1$"."""
    return (
        _LETTER_GIVEN_A_NUMBER.fullmatch(body) is not None
        and SETTING_LEAD.search(before[-200:]) is not None
    )


def is_equation_claim(body: str) -> bool:
    """Is ``body`` an equation with every side written, and no condition, law, list,
    data value or setting?

    >>> is_equation_claim(r"\\frac{d}{db}b^{-1} = -b^{-2} = -\\frac{1}{b^2}")
    True
    >>> [is_equation_claim(t) for t in ("n = 4", "b > 0", "= 2b", r"\\sum_{i=1}^n x_i")]
    [False, False, False, False]
    >>> [is_equation_claim(t) for t in (r"i = 1, \\ldots, n", "j = i", r"\\sigma^2 = 1", "a =")]
    [False, False, False, False]
    """
    text = _SPACING.sub(" ", body).strip().rstrip(".,;:").strip()
    if top_level(text, ","):
        return False  # a list (``x = 1, 2, 3``) or two statements
    cuts = top_level(text, "=")
    if not cuts:
        return False
    sides = [text[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    # ``:=`` leaves its colon on the left side.
    if any(not side.strip(" :") for side in sides):
        return False
    if _NOT_AN_EQUATION.search(text) or _LIST_OR_DATA.search(text):
        return False
    *names, value = (side.strip(" :") for side in sides)
    if _NUMBER.match(value) and all(_NAME_SIDE.match(n) and not _OPERATOR.search(n) for n in names):
        return False  # a name given a value: n = 4, \hat\theta_{mle} = 1, a = b = 2
    return _INDEX_PAIR.match(text) is None


def is_bare_expression(body: str) -> bool:
    """Is ``body`` an expression an asker may write as a line of a chain with its relation
    sign left out (``n\\ln\\theta + S\\ln(1 - \\theta)``), rather than a name, a number,
    a list or a data value?

    >>> is_bare_expression(r"n\\ln(\\theta)+(n-\\sum k_i)\\ln(1-\\theta)")
    True
    >>> [is_bare_expression(t) for t in (r"\\theta", "L(p)", r"x_1, \\ldots, x_n", "0", "2.5")]
    [False, False, False, False, False]
    """
    text = _SPACING.sub(" ", body).strip().rstrip(".,;:").strip()
    if not text or top_level(text, ",=") or _LIST_OR_DATA.search(text) or _NUMBER.match(text):
        return False
    return _NOT_AN_EQUATION.search(text) is None and not is_name(text)


#: A left side that only names something: ``L(p)``, ``\\hat\\mu``, ``\\sigma'(z)``, ``X_{(1)}``,
#: ``P(K=k)``: a definition or a result, which the prose harvest and the reader's
#: prose estimates already read. A sentence row for it would be a new line in the middle
#: of the display chain (a reader of the rows after it would take it for their model).
_OPERATORS = (
    "(?:log|ln|lg|exp|sqrt|frac|dfrac|tfrac|sum|prod|int|iint|oint|partial|nabla|det|tr|lim"
    "|max|min|sup|inf|sin|cos|tan|arg|Pr|left|lvert|lVert|vert|Vert|binom|choose)"
)
_NAME_LHS = re.compile(
    r"^(?:\\(?:hat|bar|tilde|widehat|widetilde|overline|mathbf|boldsymbol|bm|mathcal|mathrm"
    r"|operatorname\*?)\s*)*\{?\s*(?:\\(?!" + _OPERATORS + r"(?![A-Za-z]))[A-Za-z]+|[A-Za-z])\s*\}?"
    r"(?:\s*(?:_|\^)\s*(?:\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|\\?[A-Za-z0-9]+))*'*"
    r"(?:\s*(?:\\left)?\s*[(\[][^()\[\]]*(?:\\right)?\s*[)\]])?$"
)
#: Names applied like functions that are operators: an expectation or a variance is a
#: claim about a law, not a definition.
_OPERATOR_NAME = re.compile(
    r"^(?:\\mathbb\s*\{?\s*E|\\operatorname\s*\{\s*(?:E|Var|var|Cov|cov)|\\mathrm\s*\{\s*(?:E|Var)"
    r"|\\text\s*\{\s*(?:E|Var)|E|Var|Cov)(?![A-Za-z])"
)


def is_self_contained(body: str) -> bool:
    """Is the equation ``body`` a claim that stands on its own - an operator on its left
    (a derivative, a log, an expectation, a sum) or a chain of equalities - rather than a
    definition or a result (a name on its left, one ``=``)?

    >>> [is_self_contained(t) for t in (r"\\frac{d}{db}b^{-1} = -b^{-2}", r"E(X) = \\frac{a}{2}",
    ...  r"X^T X + \\lambda \\beta = (X^T X + \\lambda I)\\beta", r"c(\\eta) = 1 = d")]
    [True, True, True, True]
    >>> [is_self_contained(t) for t in (r"L(p)=\\binom{n}{x}p^x", r"\\hat\\mu = \\bar x",
    ...  r"\\sigma'(z) = \\sigma(z)(1 - \\sigma(z))", r"P(K=k) = p^k", r"X_{(1)} = \\min_i X_i")]
    [False, False, False, False, False]
    >>> [is_self_contained(t) for t in (r"\\psi(1) = -\\gamma", r"\\psi'(2) = \\pi^2/6 - 1")]
    [True, True]
    """
    text = _SPACING.sub(" ", body).strip().rstrip(".,;:").strip()
    cuts = top_level(text, "=")
    if len(cuts) != 1:
        return len(cuts) > 1
    lhs = text[: cuts[0]].strip(" :")
    while lhs.startswith("{") and lhs.endswith("}") and _balanced(lhs[1:-1]):
        lhs = lhs[1:-1].strip()  # {\hat{P}} = R/n
    if _OPERATOR_NAME.match(lhs) or _AT_NUMBERS.search(lhs):
        return True
    return _NAME_LHS.match(lhs) is None


#: A function written at whole numbers (``\\psi(1)``, ``\\psi'(2)``, ``f(0, 1)``): the value
#: claimed there, which defines no function (a value at a number answers only a call at it).
_AT_NUMBERS = re.compile(r"(?:\\left)?\(\s*-?\d+(?:\s*,\s*-?\d+)*\s*(?:\\right)?\)$")


def is_name(lhs: str) -> bool:
    """Is ``lhs`` only a name, maybe applied (``\\ell``, ``L(p)``, ``\\hat\\mu``), and no
    expectation?

    >>> is_name(r"\\ell"), is_name(r"\\frac{n}{\\theta}"), is_name("E(X)")
    (True, False, False)
    """
    lhs = _SPACING.sub(" ", lhs).strip()
    while lhs.startswith("{") and lhs.endswith("}") and _balanced(lhs[1:-1]):
        lhs = lhs[1:-1].strip()
    return _OPERATOR_NAME.match(lhs) is None and _NAME_LHS.match(lhs) is not None


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"{": 1, "}": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


#: A derivative and a transpose in one formula: a gradient in a layout (row or column)
#: the reader does not know the post's convention for (``d/dx x^T x = 2x^T``).
_GRADIENT = re.compile(r"\\(?:partial|nabla)(?![A-Za-z])|\\frac\s*\{\s*d")
_TRANSPOSE = re.compile(
    r"\^\s*(?:\{\s*)?(?:T|t|\\top|\\intercal|\\mathrm\s*\{\s*T\s*\}|\\mathsf\s*\{\s*T\s*\})(?![A-Za-z])"
)


#: A left side that opens with an operator: a derivative, a log, an exponential, a sum or
#: product, an expectation or a variance.
_RULE_LHS = re.compile(
    r"^(?:\\(?:left|big|Big|bigg|Bigg)?\s*[(\[]\s*)?(?:\\(?:d|t)?frac\s*\{\s*(?:d|\\partial|\\mathrm\s*\{\s*d)"
    r"|\\(?:partial|nabla|log|ln|exp|sum|prod)(?![A-Za-z])|d\s*/\s*d)"
)


def is_rule(body: str) -> bool:
    """Is the equation ``body`` a rule that holds whatever the post's quantities are - a
    derivative, a log, a sum or an expectation worked out (``\\frac{d}{db}b^{-1} = -b^{-2}``)
    - rather than a relation among them (``1 + q = 1/\\bar y``, an equation in ``q``)?

    >>> is_rule(r"\\frac{d}{db}b^{-1} = -b^{-2}"), is_rule(r"\\sum_i (y_i - a)^2 = S")
    (True, True)
    >>> is_rule(r"1+q = 1/\\bar{y}"), is_rule(r"\\frac{1-\\bar y}{\\bar y} = \\alpha")
    (False, False)
    """
    text = _SPACING.sub(" ", body).strip()
    return _RULE_LHS.match(text) is not None or _OPERATOR_NAME.match(text) is not None


def is_worked_out(body: str) -> bool:
    """Is the equation ``body`` a rule worked out (:func:`is_rule`) to an expression, rather
    than a condition, a constraint or a name given (``\\sum_j \\pi_j = 1``, ``\\sum_i
    \\gamma_{ij} = N_j``, ``\\partial_\\theta \\log L = \\ell``, ``\\nabla \\ell = \\mathbf{0}``):
    no side after the first is a number, a zero vector or a name?

    >>> is_worked_out(r"E(X) = \\frac{a}{2}"), is_worked_out(r"\\sum_{i=1}^n x_i = n\\bar x")
    (True, True)
    >>> is_worked_out(r"\\sum_j \\pi_j = 1"), is_worked_out(r"\\sum_i \\gamma_{ij} = N_j")
    (False, False)
    """
    text = _SPACING.sub(" ", body).strip().rstrip(".,;:").strip()
    cuts = top_level(text, "=")
    if not cuts or not is_rule(text):
        return False
    sides = [text[a + 1 : b].strip(" :") for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return all(
        side and not _NUMBER.match(side) and not _ZERO.match(side) and not is_name(side)
        for side in sides
    )


#: A zero vector or matrix (``\\mathbf{0}``, ``\\boldsymbol 0``): a condition's right side.
_ZERO = re.compile(r"^\\(?:mathbf|boldsymbol|bm|vec|mathbb)\s*\{?\s*0\s*\}?$")


def is_moment(body: str) -> bool:
    """Does ``body`` open with an expectation or a variance (``E[x^2] = ...``,
    ``\\text{Var}[x] = ...``): a moment worked out, not an equation in the parameters?

    >>> is_moment(r"\\text{E}\\left[x\\right]^2 = a^2/b^2"), is_moment(r"\\frac{n}{\\theta} = S")
    (True, False)
    """
    return _OPERATOR_NAME.match(_SPACING.sub(" ", body).strip()) is not None


def has_gradient_layout(body: str) -> bool:
    """Does ``body`` differentiate and transpose (a gradient whose layout is a convention)?

    >>> has_gradient_layout(r"\\frac{\\partial}{\\partial x} x^Tx = 2x^T")
    True
    >>> has_gradient_layout("x^T x = 1")
    False
    """
    return _GRADIENT.search(body) is not None and _TRANSPOSE.search(body) is not None


#: A math span that continues the one before it: it starts with a relation sign.
_CONTINUES = re.compile(
    r"\s*(?:\\begin\s*\{[A-Za-z]+\*?\}(?:\s*\{[^{}]*\})?\s*)*&?\s*"
    r"(?:=|\\(?:approx|leq?|geq?|propto|implies|Rightarrow|iff|Leftrightarrow|equiv)(?![A-Za-z])|[<>])"
)


def continues(math: str) -> bool:
    """Does the math ``math`` start with a relation sign (``= ...``: the next step of a chain)?

    >>> continues(r"\\begin{aligned} &= -n\\log 2"), continues(r"\\ell = 1")
    (True, False)
    """
    return _CONTINUES.match(math) is not None


def _masked(text: str, lo: int, hi: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with every math span in it replaced by ``X`` of the same length
    (``spans`` in file order; only those near ``lo .. hi`` are visited)."""
    out = []
    pos = lo
    for k in range(max(0, bisect.bisect_left(spans, (lo, lo)) - 1), len(spans)):
        a, b = spans[k]
        if a >= hi:
            break
        if b <= pos:
            continue
        a, b = max(a, pos), min(b, hi)
        out += [text[pos:a], _NOT_NEWLINE.sub("X", text[a:b])]
        pos = b
    out.append(text[pos:hi])
    return "".join(out)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """Bounds of the paragraph (between blank lines) holding offset ``at``; at most 4000
    characters either way, so a megabyte without blank lines costs nothing."""
    lo = max(0, at - 4000)
    starts = [m.end() for m in _BLANK.finditer(text, lo, at)]
    start = starts[-1] if starts else lo
    m = _BLANK.search(text, at, min(len(text), at + 4000))
    end = m.start() if m else min(len(text), at + 4000)
    return start, end


def _sentence(
    text: str, opener: int, closer_end: int, spans: Sequence[tuple[int, int]]
) -> tuple[str, int, int, int]:
    """The paragraph of a formula (math masked), and in it the formula's sentence bounds
    and the formula's own offset."""
    p0, p1 = _paragraph(text, opener)
    para = _masked(text, p0, p1, spans)
    a, b = opener - p0, closer_end - p0
    s0 = 0
    for m in _END.finditer(para, 0, a):
        s0 = m.end()
    for m in _LINE_START.finditer(para, 0, a):
        s0 = max(s0, m.start() + 1)
    m = _END.search(para, b)
    s1 = m.end() if m else len(para)
    return para, s0, s1, a


def states_a_premise(
    text: str, opener: int, closer_end: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Does the formula's sentence open by stating a fact to use ("Using ...", "Since ...",
    "Noting that ...")? Before a display row it is that row's reason, not a step.

    >>> t = "Noting that $1+q = 1/y$, one obtains"
    >>> states_a_premise(t, 12, 26, [(12, 26)])
    True
    """
    para, s0, _, a = _sentence(text, opener, closer_end, spans)
    return _PREMISE.match(para[s0:a]) is not None


def is_hypothesis(
    text: str, opener: int, closer_end: int, spans: Sequence[tuple[int, int]]
) -> bool:
    """Does the formula's sentence make it a hypothesis ("If we had $a = 2b$", "When
    $\\theta = 1/2$", "Assume, for a contradiction, that $x = y + 1$")? Then it is no
    definition of its name either: the words before it are read as :func:`is_sentence_claim`
    reads them (:data:`_CONDITIONAL`), except "If we define" (:data:`_NAMING`).

    >>> t = "If we had $a = 2b$, then"
    >>> is_hypothesis(t, 10, 18, [(10, 18)])
    True
    """
    para, s0, s1, a = _sentence(text, opener, closer_end, spans)
    if para[s0:s1].rstrip(" \t\n*_)").endswith("?") or _QUESTION_START.match(para[s0:a]):
        return True  # sound12: "Is $\\lambda = 2$?" asks; it states nothing (set 12, pair 84)
    # The words since the formula before, past joins ("$x = y + 1$ and $x = y$"): "If we
    # flip $13$ coins ..., which has $n_H = 9$" states the example, not a hypothesis.
    leads = [w for w in re.split(r"X+", para[s0:a]) if not _JOIN.fullmatch(w)]
    words = leads[-1] if leads else ""
    if _EQUIVALENCE.search(words):
        return False  # "zero if and only if $\\pi_k = ...$": an equivalence, not a hypothesis
    return _CONDITIONAL.search(words) is not None and _NAMING.search(words) is None


#: blind67 (external57, postnetwork line 35): words right before a formula that name an
#: operation done to it ("This comes from derivative of $\\log x = 1/x$": the derivative of
#: log x is 1/x). Its relation is not asserted as written: no claim of its own.
_OPERATION_OF = re.compile(
    r"\b(?:(?:partial\s+)?derivatives?|integrals?|antiderivatives?|primitives?|gradients?"
    r"|differentials?|jacobians?|hessians?)\s+of\s*$",
    re.IGNORECASE,
)


def is_sentence_claim(
    text: str, opener: int, closer_end: int, body: str, spans: Sequence[tuple[int, int]]
) -> bool:
    """Is the inline formula ``body`` (delimiters at ``opener`` .. ``closer_end`` of ``text``)
    a claim of the post's author, to be checked as a row of its own?

    ``spans`` are the (opener, closer_end) of every math span of ``text``, masked when the
    sentence is read. See the module docstring for what counts.
    """
    if not is_equation_claim(body) or has_gradient_layout(body):
        return False
    # The sentence: from the end of the one before (or a list item's start) to its own end.
    para, s0, s1, a = _sentence(text, opener, closer_end, spans)
    b = a + closer_end - opener
    sentence = para[s0:s1]
    before = para[s0:a]
    if sentence.rstrip(" \t\n*_)").endswith("?") or _QUESTION_START.match(before):
        return False
    words = sentence.replace("X", " ")
    if _REPORTED.search(words) or _CONDITIONAL.search(words):
        return False
    if re.match(r"\W*for\b(?!\s+(?:example|instance)\b)", before, re.I):
        return False  # "For a symmetric matrix A we have $...$": a condition on the claim
    # The words since the last formula or punctuation mark before this one.
    lead = re.split(r"X+|[,;:()]", before)[-1]
    if _CONDITION.search(lead.rstrip()):
        return False
    if _OPERATION_OF.search(lead):
        return False  # blind67: "derivative of $\log x = 1/x$" - the formula is an object
    # "... $f = 0$ for $y < 0$": a condition after the formula.
    # (", with $g(x) = ...$": the punctuation before the word changes nothing)
    after = [w for w in para[b:s1].replace("X", " ").split() if w.strip(",;:")]
    if after and after[0].lower().strip(",;:") in ("for", "at", "with", "given", "on"):
        return False
    if _FIRST_PERSON.search(before) and "?" in para:
        return False
    if _HEDGED.search(words) and "?" in para:
        return False  # EXPECT5: "Recalling $E(X) = \\theta$ ... it seems as though ...?"
    return True


#: The words that end the prose before a display row stating a fact, not a condition: "We
#: note that", "Recall that", "It is well known that", "Clearly," (attack69).
_FACT_WORDS = re.compile(
    r"\b(?:(?:we\s+)?note|notice|recall|remember|observe|we\s+know|it\s+is\s+(?:well[\s-]+)?"
    r"known|it\s+is\s+clear|clearly|obviously|of\s+course)(?:\s+that)?\s*[:,]?\s*$",
    re.IGNORECASE,
)
#: Words of the same sentence that make the equation a condition after all (a first-order
#: condition: "Derivative = 0:", "Setting the score to zero").
_CONDITION_WORDS = re.compile(
    r"\b(?:set(?:ting)?|solv\w*|equat\w*|such\s+that|satisf\w*|at\s+which|where|if|when|"
    r"suppose|assum\w*|conditions?|roots?|zero|derivatives?|differentiat\w*|gradients?|"
    r"maxim\w*|minim\w*|optim\w*|stationary|critical|first[\s-]order|scores?)\b|=\s*0(?![\d.])",
    re.IGNORECASE,
)


def states_a_claim(prose: str, sentence: bool, zero_side: bool) -> bool:
    """Is an equation a claim the post makes, not a condition the rows after it may assume
    (attack69, ._equations: the rows after a claim are not proved only by following from
    it)? ``prose``: the text before it (its sentence's, for a formula inside a sentence).
    A formula inside a sentence is a claim of its own (see the module's note) unless its
    sentence makes it a condition ("Derivative = 0:", "Setting", "at which", "if") or a side
    is zero (``zero_side``, a first-order condition); a display row is one when the prose
    just before it presents it as a fact ("We note that", "Recall that", "Clearly,")."""
    tail = re.split(r"(?<=[.!?])\s+", prose[-400:].strip())[-1] if prose.strip() else ""
    if _CONDITION_WORDS.search(tail):
        return False
    if sentence:
        return not zero_side
    return bool(_FACT_WORDS.search(tail))
