"""Words that say the recorded data are not plain draws of the law a sentence declares
(helper SOUNDA; adversarial set 15, pairs 01-06).

"Lifetimes $X \\sim \\text{Exp}(\\theta)$ ... we record each lifetime in minutes, $x_i =
60 X_i$", "days with no event are never reported", "the instrument only records lifetimes
longer than $1$ hour", "each value is stored doubled", "$\\bar X$ denotes the sample
total": the likelihood of such data is not the product of the said law's density (nor,
for ``\\bar X``, a function of the sample mean), and the said law's support is not theirs.
:mod:`._said_model` weighed the likelihood against the said law anyway and refuted the
correct one; :mod:`._density` refuted it for a mass other than 1 over the law's support.

This module does not guess the transformed law: it says the data are changed
(:func:`data_not_plain`), so that the said model is not used and the likelihood is left
unchecked with that reason (:func:`unweighed_likelihood`).

Every search is bounded (:data:`MAX_PROSE` characters, sentence by sentence, no pattern
anchored at the end of a long run).
"""

from __future__ import annotations

import re

#: How much of the post's prose is searched (a bound on what hostile text can make this do).
MAX_PROSE = 200_000
#: Sentences longer than this are cut (a bound per sentence).
_MAX_SENTENCE = 2_000

#: A sentence, at most 2000 characters (a longer run is cut; no backtracking over it).
_SENTENCE = re.compile(r"[^.!?\n]{1,2000}[.!?\n]?")

#: Verbs by which data come to be recorded (or not).
_RECORD = (
    r"(?:(?:record|report|observ|stor|regist|detect|collect|retain|captur)\w{0,6}|"
    r"kept|keeps?|keeping|logged|logs)"
)
#: Recorded values left out: "never reported", "are not logged", "unrecorded" ("not
#: keep" is left out: "we do not keep the constant").
_NOT_RECORDED = re.compile(
    r"\b(?:never|not|no\s+longer|n't)\s+(?:be\s+|been\s+|being\s+|get\s+|gets\s+|got\s+)?"
    r"(?:(?:record|report|observ|regist|detect|collect)\w{0,6}|logged)\b"
    r"|\bun(?:reported|recorded|observed|logged|registered|detected|counted|seen)\b",
    re.IGNORECASE,
)
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
_RECORDING = re.compile(r"\b" + _RECORD + r"\b", re.IGNORECASE)
_DATA = re.compile(
    r"\b(?:values?|observations?|data|counts?|readings?|measurements?|lifetimes?)\b", re.I
)
#: A bound on the values: "above $1$", "longer than", "at least".
_BOUND = re.compile(
    r"\b(?:above|below|beyond|exceed\w*|great\w*\s+than|larger\s+than|longer\s+than|"
    r"shorter\s+than|smaller\s+than|more\s+than|less\s+than|at\s+least|at\s+most)\b",
    re.IGNORECASE,
)
#: Values thrown away: "values below the limit are discarded".
_DROPPED = re.compile(
    r"\b(?:discard|exclud|remov|drop|filter|omit|delet)\w*|\bthrown?\s+away",
    re.IGNORECASE,
)
#: Values changed on the way: "stored doubled", "converted to minutes".
_MULTIPLIED = re.compile(r"\b(?:doubled|tripled|quadrupled|halved)\b", re.IGNORECASE)
_SCALED = re.compile(
    r"\b(?:"
    r"(?:record|stor|report|logg|express|writ|enter|sav|convert)\w{0,4}\s+(?:\w+\s+){0,3}?"
    r"(?:in|to|into)\s+(?:minutes|seconds|hours|days|weeks|months|years|millimet\w*|"
    r"centimet\w*|met(?:er|re)s|grams|kilograms|pounds|ounces|inches|feet|miles|kilomet\w*|"
    r"cents|dollars|thousands|hundreds|percent|units\s+of))\b",
    re.IGNORECASE,
)
#: An inline formula that makes a recorded value of another letter's: ``$x_i = 60 X_i$``,
#: ``$y_i = X_i + 5$`` (the sides differ; ``$x_i = X_i$`` names the same value).
_RECORDED_AS = re.compile(
    r"\$\s*([A-Za-z])_\{?([a-z])\}?\s*=\s*([^$=]{1,200})\$",
)


def data_not_plain(prose: str) -> str:
    """What the words say that makes the recorded data other than plain draws of a law
    ("" when nothing): values scaled or shifted on the way, or left out by a bound."""
    text = prose[:MAX_PROSE]
    for m in _RECORDED_AS.finditer(text):
        letter, index, value = m.group(1), m.group(2), m.group(3)
        if not letter.islower() or re.search(
            r"\\(?:mathbb|operatorname|mathrm)|\bE\s*[\[(]", value
        ):
            continue  # a recorded value is a lower-case letter; E[e_k], a moment, is none
        other = re.search(r"([A-Z])_\{?" + index + r"\}?", value)
        if other is None:
            continue
        if value.strip() != other.group(0):
            return f"the recorded values are written {m.group(0).strip('$').strip()}"
    for s in _SENTENCE.finditer(text):
        sentence = s.group(0)[:_MAX_SENTENCE]
        m = _NOT_RECORDED.search(sentence) or _SCALED.search(sentence)
        if m is not None:
            return f'"{m.group(0)}"'
        m = _MULTIPLIED.search(sentence)
        if m is not None and (_DATA.search(sentence) or _RECORDING.search(sentence)):
            return f'"{m.group(0)}"'  # "each value is stored doubled", not "a doubled sign"
        bound = _BOUND.search(sentence)
        if bound is None:
            continue
        if _ONLY.search(sentence) and _RECORDING.search(sentence):
            return f'"only ... {bound.group(0)}"'
        dropped = _DROPPED.search(sentence)
        if dropped and (_RECORDING.search(sentence) or _DATA.search(sentence)):
            return f'"{dropped.group(0)} ... {bound.group(0)}"'
    return ""


#: ``\\bar X``, ``\\bar{x}``, ``\\overline{X}`` in the prose, with what follows it.
_BAR = re.compile(r"\\(?:bar|overline)\s*\{?\s*([A-Za-z])\s*\}?\s*\$?")
_MEANING = re.compile(
    r"\b(mean|average|total|sum|median|mode|midrange|maximum|minimum|geometric|harmonic"
    r"|weighted|trimmed)\b",
    re.IGNORECASE,
)


def mean_said_otherwise(prose: str, letter: str | None = None) -> bool:
    """Does the prose say ``\\bar X`` (of ``letter``, any letter when None) is the total
    or sum of the sample, or another statistic (its median, a weighted mean), not its mean?
    The first of "mean", "average", "total", "sum", "median", ... in the words right after
    it (the same sentence) decides."""
    text = prose[:MAX_PROSE]
    for m in _BAR.finditer(text):
        if letter is not None and m.group(1).lower() != letter.lower():
            continue
        after = text[m.end() : m.end() + 120]
        after = re.split(r"[.;\n]", after, maxsplit=1)[0]
        if re.search(r"\$", after[:2]):
            continue
        meaning = _MEANING.search(after)
        # not the mean: a total, or another statistic (adversarial set 23, 17: "let $\\bar
        # x$ here denote its median" made sum_i (x_i - \\bar x) = 0 proved)
        if meaning is not None and meaning.group(1).lower() not in ("mean", "average"):
            if re.match(r"\s*(?:is|be|denotes?|stands?|for|means|here|will|,)", after) or (
                re.match(r"\s*\w+\s+(?:for|denotes|stands|is|means)", after)
            ):
                return True
    return False


def bars_not_means(prose: str) -> frozenset[str]:
    """The letters (lower case) whose ``\\bar`` the prose says is no mean of the sample
    (:func:`mean_said_otherwise`): ``\\bar x`` is then not read as the sample mean by
    convention (adversarial set 23, 17)."""
    letters = {m.group(1).lower() for m in _BAR.finditer(prose[:MAX_PROSE])}
    return frozenset(x for x in sorted(letters)[:52] if mean_said_otherwise(prose, x))


#: ``\bar y_n``, ``\bar{y}_{n+1}``, ``\overline{x}_k``: a bar letter written with a subscript
_SUBSCRIPTED_BAR = re.compile(r"\\(?:bar|overline)\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*_")


def subscripted_bars(text: str) -> frozenset[str]:
    """The letters (lower case) whose ``\\bar`` the post also writes with a subscript
    (``\\bar y_n``, the mean of the first n): the post then means several sizes by the bar,
    and the bare ``\\bar y`` is not read as the mean over the sums' range by convention
    (held-out batch 45, BDA3 2.14: ``\\bar y`` restating ``\\bar y_n`` was refuted)."""
    found = _SUBSCRIPTED_BAR.findall(text[:MAX_PROSE])
    return frozenset(sorted({(a or b).lower() for a, b in found})[:52])


def changed(prose: str) -> str:
    """The words that change the data (see the module), "" when none."""
    found = data_not_plain(prose)
    if found:
        return found
    return '"\\bar X" is said to be the total' if mean_said_otherwise(prose) else ""


__all__ = [
    "bars_not_means",
    "subscripted_bars",
    "changed",
    "data_not_plain",
    "mean_said_otherwise",
]
