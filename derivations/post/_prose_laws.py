"""Laws a post declares in a sentence rather than on a row.

"Let $Y_1, \\ldots, Y_n$ be a random sample from Poisson ($\\lambda$)", "Let \\( X_1, \\dots,
X_n \\) be a random sample from the Poisson distribution \\( P(\\theta) \\)", "$y_1, \\dots,
y_n$ i.i.d. random variables from $Exp(\\theta)$": the model of the post, which its rows
then use (``E(\\sum y_i) = n \\lambda``). :func:`stated_laws` reads such sentences from the
whole text of the post into plain tuples (letter, name of the law in
:data:`._expectation.LAWS`, names of its arguments, stated independent); the builder's
:func:`._expectation.declared_laws` turns them into laws with the rows' own symbols.

What is read, and only that: a sentence that names the variable (a listed sample
``X_1, ..., X_n`` or one letter, in math) and then, after "from", "as" or "follow(s)",
a family - by a word ("Poisson", "exponential", ...) and/or a formula's name
(``\\mathrm{Exp}``) - with its arguments in a formula right after it: ``P(\\theta)``,
``(\\lambda)``, ``\\mathcal{N}(\\mu, \\sigma^2)``. Each argument must be one name (a Latin
letter or a Greek name; ``\\sigma^2`` is the variance symbol) or a whole number; a word
and a formula naming two families, or a sentence that truncates, conditions, inflates or
mixes the law (the words of ``._parse``'s ``_CONDITIONING``), give nothing.
"""

from __future__ import annotations

import re

#: Words of a family -> its name in ``._expectation.LAWS``.
_WORDS = {
    "poisson": "Poisson",
    "exponential": "Exp",
    "bernoulli": "Bernoulli",
    "binomial": "Bin",
    "normal": "Normal",
    "gaussian": "Normal",
    "gamma": "Gamma",
    "beta": "Beta",
    "geometric": "Geom",
    "rayleigh": "Rayleigh",
    "laplace": "Laplace",
    "maxwell": "Maxwell",
    "uniform": "Uniform",
}

#: The math of a sentence, as ``$...$`` (``\\( ... \\)`` is rewritten so first).
_MATH = re.compile(r"\$([^$]{1,200})\$")
#: A sentence's end: a full stop, question or exclamation mark before a space, or a
#: blank line (a full stop inside math, ``1.5``, is not one).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\\$])|\n\s*\n")
#: The variable: a listed sample (``X_1, X_2, \\dots, X_n``, ``X_1…X_n``) or one letter.
_LISTED = re.compile(r"^\s*([A-Za-z])\s*_\s*\{?\s*1\s*\}?\s*(?:,|\\[lc]?dots|…|\.\.\.)")
_ONE = re.compile(r"^\s*([A-Za-z])\s*$")
#: The words that lead to the law: "from", "as", "follow(s)", "distributed".
_LEADS = re.compile(
    r"\b(?:from|as|follows?|following|distributed(?:\s+according\s+to)?)\s+"
    r"(?:(?:an?|the)\s+)?(?P<rest>.{0,120})",
    re.IGNORECASE | re.DOTALL,
)
#: The family's word, then optional words, then the first math: ``Poisson ($\\lambda$)``,
#: ``Poisson distribution $P(\\theta)$``; or the math alone: ``$Exp(\\theta)$``.
_FAMILY = re.compile(
    r"^(?:(?P<word>[A-Za-z]+)\s+(?:(?:distribution|density|law|population|model)\s+)?"
    r"(?:(?:with\s+)?(?:parameters?|mean|rate|scale)\s+)?)?(?P<open>\(?)\s*\$(?P<math>[^$]{1,120})\$"
)
#: A formula: an optional name, then its arguments in brackets.
_FORMULA = re.compile(
    r"^\s*(?P<name>\\(?:mathrm|text|operatorname|mathcal|textrm)\s*\{\s*\w+\s*\}|\\?[A-Za-z]+)?"
    r"\s*(?:\\left\s*)?\(\s*(?P<args>[^()]{1,80}?)\s*(?:\\right\s*)?\)\s*$"
)
_ARG = re.compile(
    r"^\s*(?:\\(?P<greek>[A-Za-z]+)|(?P<latin>[A-Za-z])|(?P<number>\d+))\s*(?P<square>\^\s*\{?\s*2\s*\}?)?\s*$"
)
_INDEPENDENT = re.compile(r"random\s+sample|\bi\.\s?i\.\s?d\b|\biid\b|\bindependent", re.IGNORECASE)
_DOUBT = re.compile(r"\bnot\b|\bnon-?independent|\bdependent\b|correlat", re.IGNORECASE)
#: Words that make the law another one (as ``._parse._CONDITIONING``, and the names of
#: altered laws: "zero-truncated", "zero-inflated", "shifted", "scaled").
_ALTERED = re.compile(
    r"truncat|condition(?:ed|al)\s+(?:on|upon)|restricted\s+to|given\s+that|provided\s+that"
    r"|with\s+probability|otherwise|mixture|inflated|shifted|scaled|folded|censored|"
    r"\bnon-?central|\bnegative\s+binomial|\binverse\b|\bhalf-|\blog-?|\bskew",
    re.IGNORECASE,
)
#: What a sentence declares: (letter, law name of the family's word or "", the formula's
#: name as written or "", argument names, stated independent).
Stated = tuple[str, str, str, tuple[str, ...], bool]

#: Upper bound on the text read (a bound on what a hostile post can make this do).
_MAX_TEXT = 200_000


def stated_laws(text: str) -> tuple[Stated, ...]:
    """``(letter, family word's law name or "", formula's name or "", argument names,
    independent)`` for each sentence of ``text`` that declares a law (see the module's
    docstring), in the order written. Which law a formula's name spells, and whether it
    agrees with the word, is left to :func:`._expectation.declared_laws`."""
    flat = re.sub(r"\\\((.{1,200}?)\\\)", r"$\1$", text[:_MAX_TEXT], flags=re.DOTALL)
    flat = re.sub(r"\$\$", "$", flat)
    out = []
    for sentence in _SENTENCE_END.split(flat):
        found = _sentence_law(sentence)
        if found is not None:
            out.append(found)
    return tuple(out)


def _sentence_law(sentence: str) -> Stated | None:
    if _ALTERED.search(_words(sentence)):
        return None
    spans = list(_MATH.finditer(sentence))
    if not spans:
        return None
    letter = _variable(spans[0].group(1))
    if letter is None:
        return None
    lead = _LEADS.search(sentence, spans[0].end())
    if lead is None:
        return None
    family = _FAMILY.match(lead.group("rest"))
    if family is None:
        return None
    formula = family.group("math")
    if family.group("open"):  # Poisson ($\lambda$): the brackets around the math
        formula = f"({formula})"
    read = _formula(formula)
    if read is None:
        return None
    name, args = read
    word = family.group("word")
    by_word = _WORDS.get(word.lower()) if word else None
    if word and by_word is None:
        return None  # a word that names no family here ("from a mixture $...$")
    if by_word is None and not name:
        return None
    independent = bool(_INDEPENDENT.search(sentence)) and not _DOUBT.search(_words(sentence))
    return letter, by_word or "", name, args, independent


def _words(sentence: str) -> str:
    """The sentence without its math (``\\log`` in a formula is no word "log")."""
    return _MATH.sub(" ", sentence)


def _variable(math: str) -> str | None:
    m = _LISTED.match(math) or _ONE.match(math)
    return m.group(1) if m else None


def _formula(math: str) -> tuple[str, tuple[str, ...]] | None:
    """``(name, argument names)`` of ``P(\\theta)``, ``(\\lambda)``, ``\\mathcal{N}(\\mu,
    \\sigma^2)``; None unless every argument is one name or a whole number."""
    m = _FORMULA.match(math)
    if m is None:
        return None
    args = []
    for part in m.group("args").split(","):
        a = _ARG.match(part)
        if a is None:
            return None
        name = a.group("greek") or a.group("latin") or a.group("number")
        if a.group("square"):
            if name != "sigma":
                return None  # only sigma^2 is a name of its own (the variance symbol)
            name = "sigma2"
        args.append(name)
    return (m.group("name") or ""), tuple(args)


__all__ = ["Stated", "stated_laws"]
