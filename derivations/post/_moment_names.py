"""A quantity the model fixes, given a formula, is a claim about the model, not a definition.

In a post that speaks of moments, ``\\mu_1'`` (``\\mu'_1``, ``\\mu_2'``) is the model's raw
moment ``E[X^k]``: a row that gives it a formula (``\\mu_1' = \\int_\\theta^x u \\theta u^{-2}
du``) says what that moment is, and may say it wrongly (held-out external11: the asker
integrated to ``x`` instead of to infinity). Taken as a definition, the row was "given", and
with its rewrites right, proved. The reader does not work out the moment of a density given
in prose, so such a link is unchecked; the name keeps the formula for the rows after it, as a
definition's would (the moment equation ``m_1' = \\mu_1'`` that follows still reads it).

The same holds where the post gives the law without the word "moment" (a density its prose
calls one, a variable declared with ``\\sim``), and for two more quantities of a declared
variable: the probability of an event of it (``P(X > 1)``, ``Pr(X \\le 1)``; not the mass
``P(X = x)``, which a post may give anew for a truncated law) and its
generating functions (``M_X(t)``, ``G_X(s)``, ``\\phi_X(t)``). Under ``X \\sim Exp(2)``,
``P(X > 1) = \\int_1^\\infty e^{-x} dx = e^{-1}`` was proved (adversarial set 24). Without a
declared law, ``P(X = k) = p(1 - p)^k`` is how a post gives the law, and stays a definition.

In a post that speaks of a moment generating, probability generating or characteristic
function, the same holds of such a function's closed form whatever the law says
(``M_Y(t) = e^{\\lambda t}``, ``M(t)``, ``\\phi_X(t)``). Given as the expectation
(``M_Y(t) = E(e^{tY})``), worked out against the law, it is the definition.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

#: A primed mu with a whole-number order, as the reader names it (``mu_1'``, ``mu'_2``).
_NAME = re.compile(r"mu_?\{?\d+\}?'+|mu'+_?\{?\d+\}?")
#: The prose speaks of moments ("method of moments", "the first moment").
WORDS = re.compile(r"\bmoments?\b", re.IGNORECASE)
#: The probability of an event, as the reader names it (``P``, ``\Pr``, ``Pr``, ``\mathbb{P}``).
_PROBABILITY = re.compile(r"\\?(?:mathrm\{)?(?:P|Pr|mathbb\{P\})\}?")
#: A generating function with the variable in its subscript (``M_X``, ``G_{X}``, ``phi_X``).
_GENERATING = re.compile(r"\\?(?:M|G|K|phi|varphi|psi)_\{?([A-Z])\}?")


def _letters(e: Any) -> set[str]:
    """The leading letters of the names in ``e`` (``X`` of ``X``, ``X_1``, ``X[i]``)."""
    out = set()
    for s in getattr(e, "free_symbols", ()):
        m = re.match(r"[A-Za-z]", str(getattr(s, "base", s)))
        if m:
            out.add(m.group(0))
    return out


def _of_a_declared_law(text: str, name: Any, ctx: Any) -> str:
    """What ``name`` is of a variable whose law the post declares ("" when it is not)."""
    laws = getattr(ctx, "law_letters", frozenset())
    if not laws:
        return ""
    m = _GENERATING.fullmatch(text)
    if m and m.group(1) in laws:
        return f"the generating function of {m.group(1)}"
    if _PROBABILITY.fullmatch(text):
        # an inequality: ``P(X = x) = ...`` is the mass function, which the declared law's
        # check reads (laws28), and which a post may give anew (a truncated law)
        events = [
            a
            for a in getattr(name, "args", ())
            if isinstance(a, sp.core.relational.Relational) and not isinstance(a, sp.Eq)
        ]
        if events and any(_letters(a) & laws for a in events):
            return "the probability of an event of a variable"
    return ""


#: A generating function's name, as the reader names it: ``M`` alone or with the variable
#: (``M_Y``, ``M_{X}``), ``m_X``, ``K_X``, ``G_X``, ``phi_X``, ``varphi_X``, ``psi_X``.
_GENERATING_NAME = re.compile(
    r"M(?:_\{?[A-Z]\w{0,3}\}?)?|(?:[mKG]|phi|varphi|psi)_\{?[A-Z]\w{0,3}\}?"
)
#: The prose speaks of a generating function ("moment generating function", "m.g.f.",
#: "characteristic function", "probability generating function").
GENERATING_WORDS = re.compile(
    r"generating\s+functions?|\bm\.?g\.?f\b|\bp\.?g\.?f\b|characteristic\s+functions?",
    re.IGNORECASE,
)


#: A primed mu of a letter's order given a formula in the post's prose (``\mu'_k = ...``,
#: ``\mu_r' = ...``), the family's definition: group 1 is the formula.
_PRIMED_DEFINED = re.compile(
    r"\\mu\s*(?:_\s*\{?\s*[a-z]\s*\}?\s*'+|'+\s*_\s*\{?\s*[a-z]\s*\}?)\s*(?::=|=)\s*([^$\n]{1,120})"
)
#: The raw moment ``E[X^k]`` as written, once spaces and fonts are taken out.
_RAW_MOMENT = re.compile(r"^(?:E|Ex|\\E)(?:\[|\(|\\\{)[A-Z]\^\{?[a-z0-9]\}?(?:\]|\)|\\\})$")
#: An expectation or an integral as written (``\mathbb{E}[``, ``E(``, ``\int``).
_EXPECTATION = re.compile(
    r"(?:\\(?:mathbb|mathrm|operatorname)\s*\{\s*E\s*\}|\\E(?![A-Za-z])|(?<![A-Za-z\\])E)"
    r"\s*(?:\\left|\\[bB]ig)?\s*[\[\(|]|\\int(?![A-Za-z])"
)
#: "moment(s) of $...$": the variable a moment is of.
_MOMENT_OF = re.compile(r"\bmoments?\s+of\s+\$([^$]{1,60})\$", re.I)
#: The mean ``E[X]``, the first raw moment.
_MEAN = re.compile(r"^(?:E|Ex|\\E)(?:\[|\(|\\\{)[A-Z](?:\]|\)|\\\})$")
#: "moments about ..." a point other than the origin.
_ABOUT = re.compile(
    r"\bmoments?\s+(?:\S+\s+){0,2}?about\s+(?!the\s+origin\b|zero\b|0\b|\$\s*0\s*\$)", re.I
)


#: Fonts, sizes and spaces a formula may be written with (``\mathbb{E}\left[X^k\right]``).
_FONTS = re.compile(r"\\(?:mathbb|mathrm|mathbf|mathsf|operatorname|left|right|big|Big)|[\s{}]")
#: A prime written as a command (``^{\prime}``, ``^\prime``).
_PRIME = re.compile(r"\^\s*\{?\s*\\prime\s*\}?")
#: Words naming a central moment, and words naming a raw one.
_CENTRAL = re.compile(r"\bcentral\b|\babout\s+(?:the|its)\s+mean\b", re.I)
_RAW = re.compile(r"\braw\b|\bnon-?central\b|\babout\s+the\s+origin\b|\buncentred\b", re.I)
#: Kinds of moment other than the raw one (attack68): factorial, absolute, standardised,
#: cumulants. Not "sample": a method of moments sets mu'_k equal to the sample moment.
_OTHER_KIND = re.compile(
    r"\b(?:factorial|absolute|standardi[sz]ed|normali[sz]ed)\s+"
    r"(?:\S+\s+){0,1}?moments?\b|\bcumulants?\b",
    re.I,
)
#: A primed mu in the text (``\mu'``, ``\mu_k'``).
_PRIMED = re.compile(r"\\mu\s*(?:_\s*\{?\w\}?\s*)?'")


def primed_moments_redefined(text: str) -> bool:
    """Does ``text`` say its primed mu is something else than the raw moment ``E[X^k]``
    (attack67, adversarial39 72: "write $\\mu'_k = \\mathbb{E}[(X - 1)^k]$ for the moments
    about the point 1")? A formula for it that is not ``E[X^k]``, or moments "about" a
    point other than the origin."""
    text = _PRIME.sub("'", text[:200_000])  # \mu^{\prime}_k is \mu'_k
    for m in _PRIMED_DEFINED.finditer(text):
        value = re.split(r",|\\quad|\\text", m.group(1))[0]
        value = _FONTS.sub("", value).rstrip(".;")
        if not re.search(r"E|\\int|\\sum", value):
            continue  # a closed form (``k!/\lambda^k``), not what the name means
        if not _RAW_MOMENT.match(value.replace("\\[", "[")):
            return True
    if _ABOUT.search(text) is not None and _PRIMED.search(text) is not None:
        return True
    # "let $\mu'_k$ denote the $k$-th central moment" (probe 98): a sentence that names a
    # primed mu a moment of another kind, and no raw one; attack68 (adversarial40, 09): the
    # kinds named in words ("factorial", "absolute", ...), or a formula the sentence names it
    # by without "=" ("for the factorial moment $E[X(X-1)\cdots]$")
    return any(_clause_named_otherwise(c) for c in _primed_clauses(text))


#: A subscripted mu, primed or not (``\mu_k``, ``\mu'_k``, ``\mu_{k}'``): group 1 or 2 the prime.
_SUBSCRIPTED_MU = re.compile(r"\\mu(?![A-Za-z])\s*('?)\s*_\s*(?:\{[^}]{0,10}\}|\w)\s*('?)")


def _other_symbol(sentence: str) -> bool:
    """Does the sentence write another moment's symbol beside the primed mu (an unprimed
    ``\\mu_k``, ``\\kappa_k``, ``m_k``), which its words may name instead? A bare ``\\mu`` (the
    mean) is none."""
    sentence = _PRIME.sub("'", sentence)
    if any(not (m.group(1) or m.group(2)) for m in _SUBSCRIPTED_MU.finditer(sentence)):
        return True
    return re.search(r"\\kappa\s*_|(?<![\\\w])m_", sentence) is not None


#: A sentence that says what "it" (the quantity of the sentence before) is.
_PRONOUN = re.compile(r"\s*(?:It|This|That|These|They|Which|Here\s+it)\b")


def _primed_clauses(text: str) -> list[str]:
    """The stretches of prose that say what a primed mu is: each sentence writing one, with
    the next sentence when that begins with a pronoun ("It is the $k$-th inverse moment");
    where the sentence writes another moment's symbol too, only its clauses (split at
    ``;``, ``,`` and "and", "while", "whereas") that write the primed mu, unless it pairs
    the names "respectively" (attack69: "raw" anywhere in the sentence had kept the raw
    reading of "Unlike the raw moments, $\\mu'_k$ is the negative moment")."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    out = []
    for k, sentence in enumerate(sentences):
        if not _PRIMED.search(sentence):
            continue
        if k + 1 < len(sentences) and _PRONOUN.match(sentences[k + 1]):
            sentence = f"{sentence} {sentences[k + 1]}"
        if not _other_symbol(sentence) or re.search(r"respectively", sentence, re.I):
            out.append(sentence)
            continue
        clauses = re.split(r";|,|\s(?:and|while|whereas)\s", sentence)
        out.extend(c for c in clauses if _PRIMED.search(c))
    return out


def _clause_named_otherwise(clause: str) -> bool:
    """Does a clause that writes a primed mu name it a moment other than the raw one?"""
    if _CENTRAL.search(clause) and not _RAW.search(clause):
        return True
    return _named_otherwise(clause)


#: Words a raw moment is named with right before "moment(s)" (attack69): determiners,
#: ordinals ("$k$-th", "first", "higher-order"), and the words for the raw moment itself.
#: Any other word there ("negative", "inverse", "partial", "log-", "conditional") names a
#: moment of another kind: a list of those could never be complete.
_RAW_BEFORE = re.compile(
    r"(?:the|a|an|its|their|this|these|those|that|all|both|each|every|any|some|other|"
    r"further|remaining|next|corresponding|usual|two|three|four|several|first|second|third|"
    r"fourth|fifth|sixth|higher|lower|(?:higher|lower|first|second|third|fourth|\w)-order|"
    r"order|th|st|nd|rd|\w-?th|mathtoken|raw|ordinary|crude|population|theoretical|true|"
    r"non-?central|uncent(?:red|ered)|sample|empirical|model|distribution|distributional|"
    r"of|and|or|by|for|with|to|in|as|is|are|be|its|first-?order)",
    re.I,
)
#: What a raw moment may be "of": the variable (a letter in math), or its law in words.
_RAW_OF = re.compile(
    r"\s+of\s+(?:mathtoken\b|order\b|all\s+orders\b|(?:the|a|an|this|that|its|each)\s+"
    r"(?:\S+\s+){0,2}?(?:random\s+variables?|variables?|distributions?|populations?|laws?|"
    r"densit(?:y|ies)|models?|famil(?:y|ies))\b)",
    re.I,
)


def _unknown_moment_words(sentence: str) -> bool:
    """Does the sentence qualify a "moment" with a word no raw moment is named with, or
    speak of a "moment of" something other than a letter or the law ("of the reciprocal
    of $X$", "of order $k$ of $1/X$", "the $k$-th moment $\\mu'_k$ of $1/X$")? Math is one
    token (``$k$-th`` is an ordinal)."""
    maths = re.findall(r"\$([^$]{0,200})\$", sentence)
    plain = re.sub(r"\$[^$]{0,200}\$", " mathtoken ", sentence)
    for m in re.finditer(r"moments?\b", plain, re.I):
        before = re.findall(r"[A-Za-z][A-Za-z'-]*", plain[max(0, m.start() - 60) : m.start()])
        if before and not _RAW_BEFORE.fullmatch(before[-1].rstrip("-")):
            return True
        if not _of_what_is_raw(plain, maths, m.end())[0]:
            return True
    return False


def primed_moment_letters(text: str) -> frozenset[str]:
    """The letters the prose says its primed mu is a moment of ("let $\\mu'_k$ be the $k$-th
    moment of $Y$"): when they do not hold the variable of the declared law, the primed mu
    is no raw moment of it (attack69: ``Y = 1/X``)."""
    text = _PRIME.sub("'", text[:200_000])
    out = set()
    for clause in _primed_clauses(text):
        maths = re.findall(r"\$([^$]{0,200})\$", clause)
        plain = re.sub(r"\$[^$]{0,200}\$", " mathtoken ", clause)
        for m in re.finditer(r"moments?\b", plain, re.I):
            out.add(_of_what_is_raw(plain, maths, m.end())[1])
    return frozenset(out - {""})


def _of_what_is_raw(plain: str, maths: list[str], at: int) -> tuple[bool, str]:
    """After a "moment" at ``at`` of ``plain`` (math as "mathtoken", contents in ``maths``): is
    what it is "of" a letter or the law, or nothing said? The primed mu itself may stand
    between ("the moment $\\mu'_k$ of ..."), and "of order $k$" before it. Second: the
    letter it is of, its leading letter ("" when no letter is named)."""
    pos = at
    for _ in range(3):
        after = plain[pos : pos + 80]
        lead = re.match(r"\s+mathtoken\b", after)
        if lead:
            index = len(re.findall(r"\bmathtoken\b", plain[: pos + lead.end()])) - 1
            if 0 <= index < len(maths) and _PRIMED.search(_PRIME.sub("'", maths[index])):
                pos += lead.end()
                continue
        if not re.match(r"\s+of\b", after, re.I) or re.match(r"\s+of\s+moments?\b", after, re.I):
            return True, ""
        order = re.match(r"\s+of\s+order\s+mathtoken\b", after, re.I)
        if order:
            pos += order.end()
            continue
        letter = re.match(r"\s+of\s+mathtoken\b", after, re.I)
        if letter:
            index = len(re.findall(r"\bmathtoken\b", plain[: pos + letter.end()])) - 1
            formula = _FONTS.sub("", maths[index]) if 0 <= index < len(maths) else ""
            if re.fullmatch(r"[A-Z](?:_\w{1,3})?", formula) is None:
                return False, ""
            return True, formula[0]
        return _RAW_OF.match(after) is not None, ""
    return True, ""


def _named_otherwise(sentence: str) -> bool:
    """Does a sentence writing a primed mu name a moment other than ``E[X^k]``: a kind of
    moment in words, or an inline formula without ``=`` holding an expectation, a sum or an
    integral that is not the raw moment?"""
    if _OTHER_KIND.search(sentence) or _unknown_moment_words(sentence):
        return True
    # "the $k$-th moment of $X - 1$" (of $|X|$): a moment of another variable than the letter
    for formula in _MOMENT_OF.findall(sentence):
        if not re.fullmatch(r"[A-Z](?:_\{?\w{1,3}\}?)?", _FONTS.sub("", formula)):
            return True
    for formula in re.findall(r"\$([^$]{1,200})\$", sentence):
        # an expectation or an integral (a sum may be the sample moment it is set equal to;
        # the E of a law's name, \mathrm{Exp}, is none)
        if "=" in formula or not _EXPECTATION.search(formula):
            continue
        value = _FONTS.sub("", formula).rstrip(".;").replace("\\[", "[")
        if not (_RAW_MOMENT.match(value) or _MEAN.match(value)):
            return True
    return False


def raw_moment_order(name: Any) -> int | None:
    """The order ``k`` of a primed mu naming the raw moment ``E[X^k]`` (``mu_2'`` -> 2),
    None for any other name."""
    text = getattr(name, "name", None) or str(name)
    if not _NAME.fullmatch(text):
        return None
    digits = re.findall(r"\d+", text)
    return int(digits[0]) if len(digits) == 1 and 1 <= int(digits[0]) <= 8 else None


def moment_claim(name: Any, ctx: Any, value: Any = None) -> str:
    """Why the row's formula ``value`` for ``name`` is a claim to leave unchecked ("" when
    it is a definition like any other)."""
    if isinstance(name, AppliedUndef) and len(name.args) == 1:
        why = _generating_claim(str(name.func), ctx, value)
        if why:
            return why
    text = getattr(name, "name", None) or str(name)
    if _NAME.fullmatch(text):
        model = (
            getattr(ctx, "moment_words", False)
            or getattr(ctx, "called_densities", None)
            or getattr(ctx, "law_letters", None)
        )
        if not model:
            return ""
        if getattr(ctx, "primed_redefined", False):
            return (
                f"{text} names a moment the post defines in its own words (not the raw "
                "moment E[X^k]): its formula is a claim about the model, which the reader "
                "does not check; the rows after it read it as the name's value"
            )
        return (
            f"{text} names a raw moment of the model (the post speaks of moments or gives the "
            "law): its formula is a claim about the model, which the reader does not check; "
            "the rows after it read it as the name's value"
        )
    what = _of_a_declared_law(text, name, ctx)
    if not what or (what.startswith("the generating") and _definitional(value)):
        return ""
    return (
        f"{text} is {what} whose law the post declares: its formula is a claim about that "
        "law, which the reader does not check here; the rows after it read it as its value"
    )


def _generating_claim(text: str, ctx: Any, value: Any) -> str:
    """``M_Y(t) = e^{\\lambda t}`` in a post that speaks of a generating function: the
    formula says what the law's generating function is, and may say it wrongly (a given
    link, then right rewrites, made the row proved)."""
    if not getattr(ctx, "generating_words", False) or not _GENERATING_NAME.fullmatch(text):
        return ""
    if _definitional(value):
        return ""
    return (
        f"{text} names a generating function of the model (the post speaks of one): a "
        "closed form for it is a claim about the law, which this link does not check; "
        "the rows after it read it as the name's value"
    )


def _definitional(value: Any) -> bool:
    """Is ``value`` a generating function's definition, the expectation itself
    (``E(e^{tY})``, which the reader works out against the declared law)? A sum or an
    integral is not: its density may be another law's (``\\int_0^\\infty e^{tx} e^{-2x} dx``
    for ``X \\sim Exp(1)``, adversarial set 24). (None: no value known, not one.)"""
    if not isinstance(value, sp.Basic):
        return False
    return any(str(f.func) == "E" for f in value.atoms(AppliedUndef))
