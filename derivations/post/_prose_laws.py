"""Laws a post declares in a sentence rather than on a row.

"Let $Y_1, \\ldots, Y_n$ be a random sample from Poisson ($\\lambda$)", "Let \\( X_1, \\dots,
X_n \\) be a random sample from the Poisson distribution \\( P(\\theta) \\)", "$y_1, \\dots,
y_n$ i.i.d. random variables from $Exp(\\theta)$": the model of the post, which its rows
then use (``E(\\sum y_i) = n \\lambda``). :func:`stated_laws` reads such sentences from the
whole text of the post into plain tuples (letter, name of the law in
:data:`._expectation.LAWS`, names of its arguments, stated independent); the builder's
:func:`._expectation.declared_laws` turns them into laws with the rows' own symbols.

What is read, and only that: a sentence that names the variable (a listed sample
``X_1, ..., X_n`` or one letter, in math) and then, after "from", "as", "follow(s)" or
"has a ... distribution", a family - by a word ("Poisson", "exponential", ...) and/or a
formula's name (``\\mathrm{Exp}``) - with its arguments in a formula right after it: ``P(\\theta)``,
``(\\lambda)``, ``\\mathcal{N}(\\mu, \\sigma^2)``. Each argument must be one name (a Latin
letter or a Greek name; ``\\sigma^2`` is the variance symbol) or a whole number; a word
and a formula naming two families, or a sentence that truncates, conditions, inflates or
mixes the law (the words of ``._parse``'s ``_CONDITIONING``), give nothing.

laws28 adds three forms: a declaration at the head of the sentence's first formula
(``Let $X \\sim \\mathrm{Poisson}(\\lambda)$``, ``$X_1, \\dots, X_n \\overset{iid}{\\sim}
\\mathrm{NB}(r, p)$``: the formula's name, as :mod:`._law_table` knows it); parameters named
by their roles, in the family's order ("a gamma distribution with rate $\\beta$ and shape
$\\alpha$" is ``Gamma(alpha, beta)``, :data:`_ROLES`; a role the family has no convention
for gives nothing); and "the data are iid exponential with rate $\\lambda$", whose letter is
"" (the one sample the rows write, :func:`._said_model.said_model`).
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
    "weibull": "Weibull",  # laws28: families of ._law_table only (no moments in LAWS)
    "pareto": "Pareto",
}
#: The words a post names a family by (``._announced_density``: "define the Negative
#: Binomial as follows:").
FAMILY_WORDS = frozenset(_WORDS)

#: The math of a sentence, as ``$...$`` (``\\( ... \\)`` is rewritten so first).
_MATH = re.compile(r"\$([^$]{1,200})\$")
#: A sentence's end: a full stop, question or exclamation mark before a space, or a
#: blank line (a full stop inside math, ``1.5``, is not one, nor that of "i.i.d."), or a
#: line that opens a list item.
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<![iI]\.[iI]\.[dD]\.)\s+(?=[A-Z\\$])|\n\s*\n"
    # external36: a line opening a list item ("2. **Recall ...**", "- $E[X_i] = ...$")
    r"|\n(?=[ \t]*(?:\d{1,3}[.)]|[-*+])[ \t])"
    # expect59: a line opening with a word that starts a statement ("Consider a random
    # sample ...") after a line with no full stop (a title: "Trying to prove ... $p$")
    r"|\n(?=[ \t]*(?:Let|Consider|Suppose|Assume|Given)\s)"
)
#: The variable: a listed sample (``X_1, X_2, \\dots, X_n``, ``X_1…X_n``) or one letter.
_LISTED = re.compile(r"^\s*([A-Za-z])\s*_\s*\{?\s*1\s*\}?\s*(?:,|\\[lc]?dots|…|\.\.\.)")
_ONE = re.compile(r"^\s*([A-Za-z])\s*$")
#: moments63: the sample by its index and the index's range (``X_i, \\ i = 1, \\dots , n``,
#: ``X_{i},\\; i=1,2,\\ldots,n``): the index named twice, the range from 1 to a count.
_INDEXED = re.compile(
    r"^\s*([A-Za-z])\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))\s*,\s*(?:\\[ ,;:!]|\\q?quad|~|\s)*"
    r"([a-z])\s*=\s*1\s*,\s*(?:2\s*,\s*)?(?:\\[lc]?dots|…|\.\.\.)\s*,?\s*(?:[A-Za-z]|\d+)\s*$"
)
#: The words that lead to the law: "from", "as", "follow(s)", "distributed".
_LEADS = re.compile(
    r"\b(?:from|as|follows?|following|distributed(?:\s+according\s+to|\s+as)?)\s+"
    r"(?:(?:an?|the)\s+)?(?P<rest>.{0,120})",
    re.IGNORECASE | re.DOTALL,
)
#: "be", "are", "is" right after the variable, then the family at once (optionally said
#: independent): "Let $X_1, \\dots, X_n$ be iid Poisson($\\lambda$)", "Let $X$ be
#: $\\text{Poisson}(\\lambda)$"; "be the number of Poisson arrivals" leads to no family.
_BE = re.compile(
    r"\s*(?:be|are|is)\s+(?:(?:iid|i\.\s?i\.\s?d\.?|independent(?:ly)?|identically"
    r"|distributed|and|,)\s*)*(?:an?\s+)?(?P<rest>.{0,120})",
    re.IGNORECASE | re.DOTALL,
)
#: REFUTE20: "Given $X_1, \\dots, X_n$, i.i.d. $\\text{Bernoulli}(p)$": the sample, a comma, then
#: i.i.d. and the family at once (no verb).
_IID_AFTER = re.compile(
    r"\s*,?\s*(?:iid|i\.\s?i\.\s?d\.?)\s*,?\s*(?P<rest>.{0,120})", re.IGNORECASE | re.DOTALL
)
#: Words that deny or condition a law said with "is" ("We do not assume that $X$ is ...",
#: "if $X$ is ...").
_DENIED = re.compile(r"\bnot\b|n't\b|\bif\b|\bwhether\b|\bunless\b|\bnor\b", re.IGNORECASE)
#: "has a/the <family> distribution": the law said as a property of the variable ("Now if
#: $X$ has the Beta distribution with parameters $\\alpha, \\beta$"); only before the word
#: "distribution", so "has finite variance" or "has mean $\\mu$" lead nowhere.
_HAS = re.compile(
    r"\bha(?:s|ve)\s+(?:an?|the)\s+(?P<rest>[A-Za-z]+\s+distribution\b.{0,120})",
    re.IGNORECASE | re.DOTALL,
)
#: "of" leads to the law only after a word for data drawn from it ("a realization
#: $x_1, \\dots, x_n$ of these (Poisson $(\\lambda)$ ...)", "a sample $x_1, ...$ of Poisson
#: counts"): "the number $X$ of Poisson arrivals" counts something else.
_OF = re.compile(
    r"\bof\s+(?:(?:these|those|an?|the)\s+)?\(?\s*(?P<rest>.{0,120})", re.IGNORECASE | re.DOTALL
)
_DRAWN = re.compile(
    r"\b(?:realizations?|realisations?|observations?|samples?|draws?)\b", re.IGNORECASE
)
#: The family's word, then optional words, then the first math: ``Poisson ($\\lambda$)``,
#: ``Poisson distribution $P(\\theta)$``; or the math alone: ``$Exp(\\theta)$``.
_FAMILY = re.compile(
    r"^(?:(?P<word>[A-Za-z]+)(?:\s+|(?=\(\s*\$)|(?=\$\s*\())(?:(?:distribution|distributed|density|law|population|model|"
    r"(?:random\s+)?variables?)\s+)?"
    r"(?:(?:with\s+)?(?:(?:an?|the)\s+)?(?:parameters?|mean|rate|scale|shape|location|"
    r"(?:success\s+)?probability|variance|standard\s+deviation)(?:\s+parameter)?\s+)?)?"
    r"(?P<open>\(?)\s*\$(?P<math>[^$]{1,120})\$"
)
#: A formula: an optional name, then its arguments in brackets.
_FORMULA = re.compile(
    r"^\s*(?P<name>\\(?:mathrm|text|operatorname|mathcal|textrm)\s*(?:\{\s*\w+\s*\}|[A-Za-z]\b)"
    r"|\\?[A-Za-z]+)?"
    r"\s*(?:\\left\s*)?\(\s*(?P<args>[^()]{1,80}?)\s*(?:\\right\s*)?\)\s*$"
)
_ARG = re.compile(
    r"^\s*(?:\\(?P<greek>[A-Za-z]+)|(?P<latin>[A-Za-z])|(?P<number>\d+))\s*(?P<square>\^\s*\{?\s*2\s*\}?)?\s*$"
)
#: The variable (or its density, sloppily: ``p(X \\mid \\mu)``) and ``\\sim`` before the
#: law's formula: ``X \\sim``, ``X_i \\sim``, ``p(X \\mid \\mu) \\sim``.
_SIM_HEAD = re.compile(
    r"^\s*(?:([A-Za-z])\s*(?:_\s*\{?\s*[a-z1]\s*\}?)?"
    r"|[pf]\s*\(\s*([A-Za-z])\s*(?:(?:\\mid|\||;)[^()]{0,40})?\))\s*\\sim\s*"
)
_INDEPENDENT = re.compile(r"random\s+sample|\bi\.\s?i\.\s?d\b|\biid\b|\bindependent", re.IGNORECASE)
_DOUBT = re.compile(r"\bnot\b|\bnon-?independent|\bdependent\b|correlat", re.IGNORECASE)
#: Words that make the law another one (as ``._parse._CONDITIONING``, and the names of
#: altered laws: "zero-truncated", "zero-inflated", "shifted", "scaled").
_ALTERED = re.compile(
    r"truncat|condition(?:ed|al)\s+(?:on|upon)|restricted\s+to|given\s+that|provided\s+that"
    r"|with\s+probability(?!\s+(?:density|mass|distribution)\b)|otherwise|mixture|inflated|shifted|scaled|folded|censored|"
    r"\bnon-?central|\bnegative\s+binomial|\binverse\b|\bhalf-|\blog-?|\bskew",
    re.IGNORECASE,
)
#: laws28: what a parameter written in a formula of its own is (its role): "with rate
#: $\\lambda$", "with shape $\\alpha$ and scale $\\theta$"; "parameter(s)" says no role.
_ROLE = (
    r"(?P<role>parameters?|mean|rate|scale|shape|location|(?:success\s+)?probability|"
    r"variance|standard\s+deviation)"
)
#: The words before parameters written in formulas of their own: "with parameter".
_NAMED_PARAMETERS = re.compile(r"\b" + _ROLE + r"(?:\s+parameter)?\s*$", re.IGNORECASE)
#: A further parameter: ", $\\sigma^2$", "and $\\sigma^2$", "and rate $\\beta$".
_MORE_PARAMETERS = re.compile(
    r"\s*(?:,\s*and|,|and)\s*(?:(?:an?|the)\s+)?(?:" + _ROLE + r"(?:\s+parameter)?\s*)?"
    r"\$([^$]{1,40})\$",
    re.IGNORECASE,
)
#: The roles a family's parameters may be named by in words, in the order of its
#: arguments (``._law_table.TABLE``): a role the family has no convention for (a gamma
#: "with mean $\\mu$") gives no law. Names of several roles rank them: "with rate
#: $\\beta$ and shape $\\alpha$" is ``Gamma(alpha, beta)``.
_ROLES: dict[str, dict[str, int]] = {
    "Exp": {"rate": 0, "scale": 0, "mean": 0},
    "Poisson": {"mean": 0, "rate": 0},
    "Gamma": {"shape": 0, "rate": 1, "scale": 1},
    "Normal": {"mean": 0, "location": 0, "variance": 1},
    "Geom": {"probability": 0, "success probability": 0},
    "Bernoulli": {"probability": 0, "success probability": 0},
    "Weibull": {"shape": 0, "scale": 1},
    "Pareto": {"shape": 0, "scale": 1},
    "Laplace": {"location": 0, "mean": 0, "scale": 1},
    "Rayleigh": {"scale": 0},
}
#: What follows a count of the sample ("$n$ i.i.d. realizations", "$n$ observations").
_COUNT_AFTER = re.compile(
    r"\s*(?:(?:i\.\s?i\.\s?d\.?|iid|independent|random)\s*)*"
    r"(?:observations?|realizations?|realisations?|samples?|draws?|trials?|data)\b",
    re.IGNORECASE,
)
#: What comes before a count of the sample ("of size $n$").
_COUNT_BEFORE = re.compile(r"\bsize\s*(?:of\s*)?$", re.IGNORECASE)
#: The name of a law stated by its mean and variance alone (``._expectation.LAWS``): no
#: formula a row writes spells it.
MOMENTS_ONLY = "mean-and-variance"
#: "with mean $\\mu$ and variance $\\sigma^2$" (not the sample's mean and variance).
_MEAN_AND_VARIANCE = re.compile(
    r"(?<!sample )(?<!empirical )\bmean\s+\$(?P<mean>[^$]{1,40})\$\s*(?:,\s*and|,|and)\s*"
    r"(?:(?:a|the|common)\s+)*variance\s+\$(?P<variance>[^$]{1,40})\$",
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
    flat = _flat(text)
    out = []
    read = [(st, _sentence_law(st) or _sentence_moments(st)) for st in _SENTENCE_END.split(flat)]
    # laws67: letters a sentence anywhere speaks of a law of, not read
    unread = {x for sentence, found in read if found is None for x in _unread_letter(sentence)}
    for sentence, found in read:
        if found is not None:
            out.append(found)
        out.extend(_named_law(sentence, out, unread))
    return tuple(out)


def _flat(text: str) -> str:
    """``text`` with its math written as ``$...$`` (``\\( ... \\)`` and ``$$`` too)."""
    flat = re.sub(r"\\\((.{1,200}?)\\\)", r"$\1$", text[:_MAX_TEXT], flags=re.DOTALL)
    return re.sub(r"\$\$", "$", flat)


def unread_declarations(text: str) -> dict[str, set[str]]:
    """lead67: ``{letter: families}`` for each sentence of ``text`` that names a family
    beside a letter ("Later let $X$ be Bernoulli with probability $p$") and from which no
    law was read: the families (``._expectation.LAWS`` names) it may declare the letter of."""
    out: dict[str, set[str]] = {}
    for sentence in _SENTENCE_END.split(_flat(text)):
        plain = _words(sentence)
        words = _FAMILY_WORD.findall(plain)
        if not words or _APPROXIMATE.search(plain):
            continue  # "if X is asymptotically Gaussian": a limit, not the law of X
        if _sentence_law(sentence) or _sentence_moments(sentence):
            continue
        letter = _first_letter(sentence)
        if letter:
            out.setdefault(letter, set()).update(_WORDS[w.lower()] for w in words)
    return out


#: Words of a law in the limit or an approximation, which declare no law of the letter.
_APPROXIMATE = re.compile(
    r"\b(?:asymptotic(?:ally)?|approximate(?:ly)?|approximation|approaches|converges?"
    r"|tends?|limit(?:ing)?)\b",
    re.IGNORECASE,
)
#: A family's word in a sentence's words.
_FAMILY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_WORDS)) + r")\b", re.IGNORECASE)

#: Words of a sentence that speaks of a law (its moments, its family).
_LAW_TALK = re.compile(r"\b(?:distribution|distributed|law|mean|variance)\b", re.IGNORECASE)


def _unread_letter(sentence: str) -> set[str]:
    """The letter of a sentence that speaks of a law of it and was not read ("a
    distribution $D$ with mean $\\nu$ and variance $\\tau^2$")."""
    letter = _first_letter(sentence)
    return {letter} if letter and _LAW_TALK.search(_words(sentence)) else set()


def _first_letter(sentence: str) -> str | None:
    """The variable the first formula of ``sentence`` names (counts skipped), or None."""
    spans = [m for m in _MATH.finditer(sentence) if not _counts(sentence, m)]
    return _variable(spans[0].group(1)) if spans else None


#: laws67: ``X_1, \\dots, X_n \\sim D`` with ``D`` one capital letter: the law a sentence
#: before has declared for the letter ``D`` ("a distribution $D$ with mean $\\mu$ and
#: variance $\\sigma^2$").
_LAW_LETTER = re.compile(r"^\s*(?P<law>[A-Z])\s*$")


def _named_law(sentence: str, before: list[Stated], unread: set[str]) -> list[Stated]:
    """The laws of variables declared ``\\sim D`` in ``sentence``, ``D`` a letter whose law
    ``before`` holds once (two laws, or none, or a sentence of its law not read
    (``unread``), for ``D``: nothing)."""
    if _ALTERED.search(_words(sentence)) or _INLINE_DENIED.search(_words(sentence)):
        return []
    out = []
    for span in _MATH.finditer(sentence):
        m = _INLINE_SIM.match(span.group(1))
        law = _LAW_LETTER.match(m.group("law")) if m else None
        if law is None:
            continue
        letter = m.group("subject").strip()[0]
        said = {st[1:] for st in before if st[0] == law.group("law")}
        if len(said) != 1 or letter == law.group("law") or law.group("law") in unread:
            continue
        word, written, args, independent = next(iter(said))
        iid = bool(_INDEPENDENT.search(sentence)) and not _DOUBT.search(_words(sentence))
        out.append((letter, word, written, args, independent or iid))
    return out[:1] if len(out) == 1 else []


def _sentence_law(sentence: str) -> Stated | None:
    if _ALTERED.search(_words(sentence)):
        return None
    spans = [m for m in _MATH.finditer(sentence) if not _counts(sentence, m)]
    if not spans:
        return None
    inline = _inline_law(sentence, spans[0])
    if inline is not None:
        return inline
    letter = _variable(spans[0].group(1))
    rest = None
    if letter is None:
        subject = _DATA_SUBJECT.match(sentence)  # laws28: "The data are iid exponential ..."
        if subject is None or _DENIED.search(_words(sentence)):
            return None
        letter, rest = "", subject.group("rest")
    else:
        lead = _lead(sentence, spans[0])
        if lead is None:
            return None
        rest = lead.group("rest")
    family = _FAMILY.match(rest)
    if family is None:
        return None
    formula = family.group("math")
    head = _SIM_HEAD.match(formula)  # lead5: "$X \\sim \\text{Exp}(\\theta)$" after the word
    if head is not None and (head.group(1) or head.group(2)).lower() == letter.lower():
        formula = formula[head.end() :]
    if family.group("open"):  # Poisson ($\lambda$): the brackets around the math
        formula = f"({formula})"
    word = family.group("word")
    read = _formula(formula)
    by_word = _WORDS.get(word.lower()) if word else None
    named = _NAMED_PARAMETERS.search(rest[: family.start("open")])
    if read is None and word and named:
        read = _parameters(formula, rest[family.end() :], named.group("role"), by_word)
    if read is None:
        return None
    name, args = read
    if word and by_word is None:
        return None  # a word that names no family here ("from a mixture $...$")
    if by_word is None and not name:
        return None
    independent = bool(_INDEPENDENT.search(sentence)) and not _DOUBT.search(_words(sentence))
    return letter, by_word or "", name, args, independent


#: laws28: the data named in words, no letter ("The data are iid exponential with rate
#: $\\lambda$", "Our observations were drawn from a Poisson distribution ..."): the law of the
#: one sample the rows write (:func:`._said_model.said_model` finds its letter).
_DATA_SUBJECT = re.compile(
    r"^\s*(?:(?:the|our|all|these|those)\s+)?(?:data(?:\s+points)?|observations|measurements"
    r"|samples?|draws)"  # laws67: "The sample is iid exponential with rate ..."
    r"\s+(?:are|were|is|was|come|came)\s+(?:(?:iid|i\.\s?i\.\s?d\.?|independent(?:ly)?|identically|"
    r"distributed|and|,|drawn|sampled|independently|from|an?|the)\s*)*(?P<rest>.{0,160})",
    re.IGNORECASE | re.DOTALL,
)
#: laws28: ``X \\sim``, ``X_i \\sim``, ``X_1, \\ldots, X_n \\overset{iid}{\\sim}`` at the start
#: of a sentence's first formula, the law's formula after it.
_INLINE_SIM = re.compile(
    r"^\s*(?P<subject>[A-Za-z](?:\s*_\s*(?:\{\s*[a-z1]\s*\}|[a-z1]))?"
    r"(?:\s*,\s*(?:[A-Za-z]\s*_\s*\{?\s*\w+\s*\}?|\\[lc]?dots|\.\.\.|…)\s*)*)\s*"
    r"(?:\\(?:overset|stackrel)\s*\{[^{}$]{0,40}(?:\{[^{}$]{0,20}\}[^{}$]{0,20})?\}\s*\{\s*\\sim\s*\}"
    r"|\\sim)\s*(?P<law>.{1,120})$",
    re.DOTALL,
)
#: Words that deny a law said inline ("We do not assume $X \\sim ...$").
_INLINE_DENIED = re.compile(r"\bnot\b|n't\b|\bwhether\b|\bunless\b|\bnor\b", re.IGNORECASE)


def _inline_law(sentence: str, first: re.Match[str]) -> Stated | None:
    """laws28: "Let $X \\sim \\mathrm{Poisson}(\\lambda)$ be ...", "Suppose $X_1, \\dots, X_n
    \\sim \\text{Exp}(\\theta)$ are iid": the sentence's first formula is the declaration."""
    m = _INLINE_SIM.match(first.group(1))
    if m is None or _INLINE_DENIED.search(_words(sentence)):
        return None
    letter = m.group("subject").strip()[0]
    read = _formula(m.group("law"))
    if read is None or not read[0]:
        return None
    name, args = read
    independent = bool(_INDEPENDENT.search(sentence)) and not _DOUBT.search(_words(sentence))
    return letter, "", name, args, independent


def _lead(sentence: str, variable: re.Match[str]) -> re.Match[str] | None:
    """The words that lead from the variable to its law: the first "from", "as", ... or
    "has a ... distribution" (:data:`_HAS`) after it, else "of" when a word for drawn data
    comes before that (see :data:`_OF`)."""
    found = [m for m in (rx.search(sentence, variable.end()) for rx in (_LEADS, _HAS)) if m]
    be = _BE.match(sentence, variable.end())  # EXPECT5: "$X_1, ..., X_n$ are iid N(...)"
    if be is not None and _FAMILY.match(be.group("rest")) and not _DENIED.search(_words(sentence)):
        found.append(be)
    iid = _IID_AFTER.match(sentence, variable.end())  # REFUTE20: "$X_1, ..., X_n$, i.i.d. ..."
    if (
        iid is not None
        and _FAMILY.match(iid.group("rest"))
        and not _DENIED.search(_words(sentence))
    ):
        found.append(iid)
    if found:
        return min(found, key=lambda m: m.start())
    lead = _OF.search(sentence, variable.end())
    if lead is None or not _DRAWN.search(_words(sentence[: lead.start()])):
        return None
    return lead


def _sentence_moments(sentence: str) -> Stated | None:
    """A variable stated by its mean and variance alone ("$X_1, \\dots, X_n$ i.i.d. with
    mean $\\mu$ and variance $\\sigma^2$"): the law :data:`MOMENTS_ONLY` of the two."""
    if _ALTERED.search(_words(sentence)):
        return None
    spans = [m for m in _MATH.finditer(sentence) if not _counts(sentence, m)]
    letter = _variable(spans[0].group(1)) if spans else None
    if letter is None:
        return None
    said = _MEAN_AND_VARIANCE.search(sentence, spans[0].end())
    if said is None:
        return None
    args = _names([said.group("mean"), said.group("variance")])
    if args is None:
        return None
    independent = bool(_INDEPENDENT.search(sentence)) and not _DOUBT.search(_words(sentence))
    return letter, MOMENTS_ONLY, "", args, independent


def _words(sentence: str) -> str:
    """The sentence without its math (``\\log`` in a formula is no word "log")."""
    return _MATH.sub(" ", sentence)


def _variable(math: str) -> str | None:
    m = _LISTED.match(math) or _ONE.match(math)
    if m is None:
        m = _INDEXED.match(math)
        if m is not None and (m.group(2) or m.group(3)) != m.group(4):
            return None  # X_i, j = 1, ..., n: the range of another index
    return m.group(1) if m else None


def _formula(math: str) -> tuple[str, tuple[str, ...]] | None:
    """``(name, argument names)`` of ``P(\\theta)``, ``(\\lambda)``, ``\\mathcal{N}(\\mu,
    \\sigma^2)``; None unless every argument is one name or a whole number."""
    m = _FORMULA.match(math)
    if m is None:
        return None
    args = _names(m.group("args").split(","))
    # lead5: ``\\mathcal N`` as ``\\mathcal{N}`` (one letter, its braces left out)
    name = re.sub(r"^(\\[a-z]+)\s*([A-Za-z])$", r"\1{\2}", m.group("name") or "")
    return None if args is None else (name, args)


def _parameters(
    first: str, after: str, role: str = "parameter", family: str | None = None
) -> tuple[str, tuple[str, ...]] | None:
    """``("", argument names)`` of the parameters a family's word names in formulas of
    their own: "with parameter $\\lambda$", "with parameters $\\mu$ and $\\sigma^2$",
    "with shape $\\alpha$ and rate $\\beta$" (laws28: the roles put them in the family's
    order, :data:`_ROLES`; a role the family has no convention for gives None)."""
    parts = [(p, role) for p in first.split(",")]
    more = _MORE_PARAMETERS.match(after)
    while more is not None:
        parts += [(p, more.group("role") or role) for p in more.group(2).split(",")]
        after = after[more.end() :]
        more = _MORE_PARAMETERS.match(after)
    roles = [re.sub(r"\s+", " ", r.lower()) for _, r in parts]
    if any(not r.startswith("parameter") for r in roles):
        ranks = _ROLES.get(family or "", {})
        if any(r not in ranks for r in roles):
            return None  # a role the family has no convention for, or an unknown family
        order = [ranks[r] for r in roles]
        if len(set(order)) != len(order):
            return None  # two parameters in one place ("with rate $a$ and scale $b$")
        parts = [p for _, p in sorted(zip(order, parts, strict=True))]
    # moments29: "with rate $\\lambda > 0$": the name, its sign said with it
    args = _names([_POSITIVE.sub("", p) for p, _ in parts])
    return None if args is None else ("", args)


#: A parameter's sign said in its formula ("$\\lambda > 0$", "$\\theta \\geq 0$").
_POSITIVE = re.compile(r"\s*(?:>|\\gt|\\geq?|\\geqslant)\s*0\s*$")


def _names(parts: list[str]) -> tuple[str, ...] | None:
    """The names of the arguments ``parts``; None unless every one is one name or a whole
    number (``\\sigma^2`` is the variance symbol ``sigma2``)."""
    args = []
    for part in parts:
        a = _ARG.match(part)
        if a is None:
            return None
        name = a.group("greek") or a.group("latin") or a.group("number")
        if a.group("square"):
            if name != "sigma":
                return None  # only sigma^2 is a name of its own (the variance symbol)
            name = "sigma2"
        args.append(name)
    return tuple(args)


def _counts(sentence: str, m: re.Match[str]) -> bool:
    """Is the formula ``m`` a count of the sample ("$n$ i.i.d. realizations", "$n$
    observations", "of size $n$"), not the variable the sentence declares?"""
    if not re.fullmatch(r"\s*(?:[A-Za-z]|\d+)\s*", m.group(1)):
        return False  # a listed sample, a formula: not a count
    return bool(
        _COUNT_AFTER.match(sentence, m.end()) or _COUNT_BEFORE.search(sentence[: m.start()])
    )


#: Words anywhere in the post that make its likelihood another than the plain product of
#: the declared law's density (a sentence far from the likelihood may say so).
_ALTERED_DATA = re.compile(
    r"censor|truncat|mixture|inflat|hurdle|latent|missing|incomplete|grouped|rounded|"
    r"\bEM\b|expectation.maximi[sz]ation",
    re.IGNORECASE,
)
#: How much of the post's prose is searched (a bound on what hostile text can make this do).
_MAX_ALTERED = 200_000


def altered_data(prose: str) -> bool:
    """Does the post's prose say its data are other than plain draws from a law?"""
    return _ALTERED_DATA.search(prose[:_MAX_ALTERED]) is not None


__all__ = ["MOMENTS_ONLY", "Stated", "altered_data", "stated_laws"]
