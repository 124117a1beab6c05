"""A moment identity weighed at a point mass (catch60).

``Var(Z) = E[Z^2] + (E[Z])^2``, ``\\sum E[(x_i - \\hat x_i)^2] = \\sum E[x_i^2 - 2\\hat x_i x_i^2 +
\\hat x_i^2]``: both sides expectations (variances, covariances) of the same letters and
nothing else, in a post that gives those letters no law. ``._rewrites._by_linearity`` writes
them by linearity and leaves a difference unchecked, since what the law makes of ``E[Z^2]``
and ``E[Z]`` is not known. One law is always allowed when the post states none: the point
mass, every random letter of the row equal to one constant ``c``. It is i.i.d., independent,
exchangeable, and its sample mean is the sample; under it ``E[g] = g(c)`` and every variance
and covariance is 0. An identity that holds for every law holds there, so a row that fails
there is false as written, for the law the counterexample names.

Only when nothing the post says could rule that law out: no law declared anywhere (in rows or
words), no family or moment named in the prose (zero mean, standardised, Gaussian, ...), no
letter of the row given a value, no conditional or subscripted expectation, and nothing
outside the expectations but numbers and counts (a parameter beside them, ``\\mu`` of
``E[(X - \\mu)^2]``, may be tied to the law). Nor when the row holds at the point mass 0,
as every identity of laws of mean zero and of 0/1 laws does in the limit (``E[X^2] = E[X]``
of an indicator the prose describes in its own words, ``Var(Z) = E[Z^2]`` of a centred Z:
the lead's probes found the first refuted). What is left: rows that fail for a variable
that is 0, as ``E[X + 1] = E[X]`` does.
"""

from __future__ import annotations

import re
from collections.abc import Container

import sympy as sp
from sympy.core.function import AppliedUndef

from ._relations import split_relations
from ._tosympy import Opaque, evaluating
from ._unstated_ranges import RangeSize

#: Words that name a law or fix a moment: a post that says one may mean a law under which
#: the point mass is not allowed (``E[Z^2] = Var(Z)`` of a zero-mean ``Z``).
LAW_WORDS = re.compile(
    r"\b(?:normal|normally|gaussian|poisson|exponential|exponentially|bernoulli|binomial|"
    r"gamma|beta|uniform|uniformly|laplace|geometric|weibull|pareto|rayleigh|cauchy|student|"
    r"chi|dirichlet|multinomial|logistic|lognormal|log-normal|distributed|density|pdf|pmf|"
    r"zero[- ]mean|mean (?:of )?(?:zero|0)|zero expectation|centred|centered|"
    r"standardi[sz]ed|unit variance|variance (?:of )?(?:one|1)|symmetric|degenerate|"
    r"non-?constant|continuous|dependent|dependence|correlated|correlation|covariance|"
    r"indicators?|binary|dummy|coins?|heads|tails|successe?s?|failures?|noise|error terms?|"
    r"residuals?|disturbances?)\b",
    re.IGNORECASE,
)

#: Words that claim a row for every law ("for any random variables"): then the point mass 0
#: is no reason to leave a row that fails at another point mass unrefuted.
ANY_LAW = re.compile(
    r"\b(?:for|of)\s+(?:any|all|every|arbitrary)\s+(?:two\s+|real\s+)?random\s+variables?\b",
    re.IGNORECASE,
)

#: A moment given a value in words ("mean one", "variance is four", "the expected value of
#: $X$ is $1$"): the math spans of the prose are ``MATH`` here (see :func:`restricts_the_law`).
_MOMENT_SAID = re.compile(
    r"\b(?:mean|expectation|expected value|variance|second moment|standard deviation)"
    r"(?:\s+of\s+MATH)?\s+(?:(?:is|equals?|equal to|of)\s+)?"
    r"(?:MATH|zero|one|two|three|four|five|six|seven|eight|nine|ten|a half|unity)\b",
    re.IGNORECASE,
)
#: The values a random letter takes, said in words.
_VALUES_SAID = re.compile(
    r"\b(?:values?\s+(?:in|on|from)|takes?\s+(?:the\s+|only\s+)?values?|taking\s+"
    r"(?:the\s+|only\s+)?values?|supported\s+(?:on|in)|almost\s+surely|a\.\s?s\.)",
    re.IGNORECASE,
)
#: A relation in the prose's math: ``$|X| = 1$``, ``$X^2 = 1$``, ``$X \in \{-1, 1\}$``.
_RELATION = re.compile(r"=|\\in\b|\\(?:le|ge|leq|geq)\b|<|>")
#: A capital Latin letter standing alone (a random variable), not a command's name.
_CAPITAL = re.compile(r"(?<![\\A-Za-z])[A-Z](?![A-Za-z])")


def restricts_the_law(prose: str) -> bool:
    """Does the prose restrict the law of its random letters: a moment given a value in words
    (``with mean one``), the values a letter takes (``with values in $\\{-1, 1\\}$``), or a
    relation of a capital letter in its math (``with $|X| = 1$``, ``$X^2 = 1$``)? Then the point
    mass need not be a law of the post's letters (adversarial33 4-7: "For any random variable
    $X$ with mean one" claims the row for laws of mean one only)."""
    text = prose[:200_000]
    spans = re.findall(r"\$([^$]*)\$", text)
    words = re.sub(r"\$[^$]*\$", " MATH ", text)
    if _MOMENT_SAID.search(words) or _VALUES_SAID.search(words):
        return True
    for span in spans:
        if not _RELATION.search(span) or _MOMENT_TEXT.search(span):
            continue
        if _CAPITAL.search(re.sub(r"\\[A-Za-z]+", " ", span)):
            return True
    return False


#: An expectation, variance or covariance as a post writes it.
_MOMENT_TEXT = re.compile(
    r"\\mathbb\s*\{\s*E\s*\}|\\(?:operatorname|text|mathrm)\s*\{\s*(?:E|(?i:var|cov))\s*\}"
    r"|\bE\s*[\[(]|\b(?i:var|cov)\b"
)
#: Pieces of a post that may hold one formula each.
_PIECES = re.compile(r"\$+|\\\\|\n|\\\[|\\\]")
#: Letters that count (a sample size), which a moment's value may hold: ``E[\\sum X_i] = n``.
_COUNT_LETTERS = re.compile(r"(?<![\\A-Za-z])[nNmMkK](?![A-Za-z])")


def states_a_moment(text: str) -> bool:
    """Does ``text`` (a post's rows and prose) give a moment a value: ``Var(X) = 1``, ``E[X] =
    \\mu``, ``\\mathbb{E}[Z^2] = \\sigma^2`` - a moment beside a side with no moment and no
    letter but Greek ones and counts? Such a value may rule the point mass out (a zero mean
    makes ``E[Z^2] = Var(Z)`` true). ``P_k = E[e_k e_k^T]`` names the moment instead."""
    for piece in _PIECES.split(text[:400_000]):
        if "=" not in piece or not _MOMENT_TEXT.search(piece):
            continue
        sides, _ = split_relations(piece)
        for a, b in zip(sides, sides[1:], strict=False):
            for one, other in ((a, b), (b, a)):
                if not _MOMENT_TEXT.search(one) or _MOMENT_TEXT.search(other) or not other.strip():
                    continue
                bare = _COUNT_LETTERS.sub(" ", re.sub(r"\\[A-Za-z]+", " ", other))
                if not re.search(r"[A-Za-z]", bare):
                    return True
    return False


#: The constant every random letter takes, and the counts tried.
_C = sp.Symbol("c", real=True)
_POINTS = ({"c": 2, "n": 3}, {"c": 3, "n": 2}, {"c": -1, "n": 4})
#: Bounds on what a hostile row may ask for.
_MAX_OPS = 24
_MAX_COUNT = 50

_OPS = {"E": 1, "Var": 1, "Cov": 2}


def _operator(f: sp.Basic) -> str | None:
    name = str(f.func)
    if not isinstance(f, Opaque) or name not in _OPS:
        return None
    return name


def _letters(e: sp.Basic) -> set:
    """The letters of ``e`` a sum or product does not bind: symbols, and indexed bases."""
    bound = {v for s in e.atoms(sp.Sum, sp.Product) for v in s.variables}
    out: set = {s for s in e.free_symbols if isinstance(s, sp.Symbol) and s not in bound}
    out |= {i.base.label for i in e.atoms(sp.Indexed)}
    out -= {i for i in e.atoms(sp.Indexed)}
    return {x for x in out if not (isinstance(x, sp.Symbol) and x in bound)}


#: Accents and subscripts of a letter's name as the reader writes them (``hat_x``, ``mu_ML``).
_ACCENT = re.compile(r"^(?:(?:hat|bar|tilde|check)_)+")
#: Latin letters that name a spread (``s``, ``S^2``, ``v``): 0 at a point mass, not ``c``.
_SPREADS = frozenset({"s", "S", "v", "V"})


def _may_be_constant(x: sp.Basic) -> bool:
    """May the letter ``x`` equal the point mass's ``c``? A Latin letter (a variable, a sample,
    an estimate ``\\hat x_i``) may; a spread (``s``) is 0 there. A Greek letter is a parameter
    (``\\sigma`` a standard deviation, 0 there), except an estimate of a mean (``\\hat\\mu``,
    ``\\mu_{ML}``), which is the sample's mean ``c``."""
    name = str(x)
    accent = _ACCENT.match(name) is not None
    base, _, sub = _ACCENT.sub("", name).partition("_")
    if len(base) == 1 and base.isascii() and base.isalpha():
        return base not in _SPREADS
    return base == "mu" and (accent or sub.upper() in ("ML", "MLE"))


def _counts(e: sp.Basic) -> set:
    return {s for s in e.free_symbols if isinstance(s, sp.Symbol) and s.is_integer}


def at_point_mass(
    prev: sp.Basic,
    written: sp.Basic,
    defined: Container,
    words: bool,
    declared: bool,
    universal: bool = False,
) -> tuple[sp.Basic, sp.Basic, dict] | None:
    """``prev`` and ``written`` with every random letter the constant ``c`` (see the module
    docstring), and a point where they differ; None when the reading does not apply or
    they agree at every point tried. ``words``: the prose names a law or a moment
    (:data:`LAW_WORDS`); ``declared``: the post declares a law; ``universal``: the prose
    claims its rows for any random variable (:data:`ANY_LAW`)."""
    if declared or words:
        return None  # a law stated, or a law or moment named in the prose
    sides = (prev, written)
    ops = [f for side in sides for f in side.atoms(AppliedUndef)]
    if not ops or len(ops) > _MAX_OPS:
        return None
    randoms: set = set()
    for f in ops:
        name = _operator(f)
        if name is None or len(f.args) != _OPS[name]:
            return None  # a function of the post, a conditional or a subscripted law
        for a in f.args:
            if a.atoms(AppliedUndef, sp.Integral, sp.Derivative, sp.Limit):
                return None
            randoms |= _letters(a) - _counts(a)
    if not randoms or any(x in defined or str(x) in defined for x in randoms):
        return None
    if not all(_may_be_constant(x) for x in randoms):
        return None
    outside = [side.xreplace({f: sp.Integer(0) for f in ops}) for side in sides]
    for side in outside:
        if _letters(side) - _counts(side):
            return None  # a parameter, or a random letter outside the expectations
    if not prev.atoms(AppliedUndef) or not written.atoms(AppliedUndef):
        return None  # both sides must be moments
    with evaluating(True):
        at = [_put_in(side, randoms) for side in sides]
        if any(a is None for a in at):
            return None
        counts = set().union(*(_counts(a) for a in at))
        sizes = {k for k in counts if isinstance(k, RangeSize)}
        counts -= sizes
        if len(counts) > 1 or (_letters(at[0]) | _letters(at[1])) - counts - sizes - {_C}:
            return None
        if sizes:
            at = _sized(at, sizes)
            if at is None:
                return None
        # A row that holds at the point mass 0 may hold for every law near it: every law of
        # mean zero (Var(Z) = E[Z^2] + E[Z]^2 of a centred Z, said in words the reader does
        # not read), and every 0/1 law with a small chance of 1 (E[X^2] = E[X] of an
        # indicator): not weighed (the lead's probes, test_post_laws_sample_mean).
        if not universal and _differ(at, counts, {"c": 0, "n": 2}) == 0:
            return None
        for point in _POINTS:
            differ = _differ(at, counts, point)
            if differ is None:
                return None
            if differ != 0:
                values = _values(at, counts, point)
                return at[0], at[1], {str(k): int(v) for k, v in values.items()}
    return None


def _values(at: list, counts: set, point: dict) -> dict:
    """``c``, the counts and the lengths of unstated ranges (``|i|``, 1) at ``point``."""
    values: dict = {_C: sp.Integer(point["c"])}
    values |= {k: sp.Integer(point["n"]) for k in counts}
    values |= {
        k: sp.Integer(1) for k in at[0].free_symbols | at[1].free_symbols if k.name.startswith("|")
    }
    return values


def _differ(at: list, counts: set, point: dict) -> sp.Basic | None:
    """The two sides' difference with ``c`` and the counts at ``point``; None when it is not
    a number."""
    values = _values(at, counts, point)
    try:
        left, right = (sp.nsimplify(a.xreplace(values).doit()) for a in at)
        differ = sp.simplify(left - right)
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return None
    if differ.free_symbols or not differ.is_number:
        return None
    return differ


def _sized(at: list, sizes: set) -> list | None:
    """A sum over a range the post never states (``1 .. |i|``, ._unstated_ranges) whose
    summands are constants at the point mass is ``|i|`` times its summand: the two sides then
    differ for every length of the range exactly when their difference is a power product of
    the lengths times a number that is not 0 at every ``c`` tried. The lengths are then plain
    counts (any length refutes alike); None when the difference is of another form."""
    out = []
    for side in at:
        summed = {}
        for s in side.atoms(sp.Sum):
            (idx, lo, hi), body = s.limits[0], s.function
            if len(s.limits) != 1 or lo != 1 or hi not in sizes or body.has(idx):
                return None
            summed[s] = hi * body
        out.append(side.xreplace(summed))
    if any(a.atoms(sp.Sum) for a in out):
        return None
    try:
        differ = sp.factor(sp.expand(out[0] - out[1]))
    except (TypeError, ValueError, ArithmeticError, RecursionError):
        return None
    factor, rest = differ.as_independent(*sizes, as_Add=False)
    if not all(
        isinstance(b, RangeSize) for b in sp.Mul.make_args(rest) for b in [b.as_base_exp()[0]]
    ):
        return None
    if factor.free_symbols - {_C}:
        return None
    plain = {k: sp.Symbol(k.name, integer=True, positive=True) for k in sizes}
    return [a.xreplace(plain) for a in out]


def _put_in(side: sp.Basic, randoms: set) -> sp.Basic | None:
    """``side`` at the point mass: ``E[g]`` is ``g(c)``, a variance or covariance 0."""
    for s in side.atoms(sp.Sum, sp.Product):
        for _, lo, hi in s.limits:
            for bound in (lo, hi):
                if bound.is_number and (not bound.is_finite or abs(bound) > _MAX_COUNT):
                    return None
    return _at(side, randoms)


def _at(e: sp.Basic, randoms: set) -> sp.Basic:
    """``e`` with its moments at the point mass, the innermost first."""
    if not e.args:
        return e
    if isinstance(e, AppliedUndef) and _operator(e) is not None:
        if _operator(e) != "E":
            return sp.Integer(0)
        return _constant(_at(e.args[0], randoms), randoms)
    if not e.atoms(AppliedUndef):
        return e
    return e.func(*(_at(a, randoms) for a in e.args))


def _constant(g: sp.Basic, randoms: set) -> sp.Basic:
    indexed = {i: _C for i in g.atoms(sp.Indexed) if i.base.label in randoms}
    plain = {s: _C for s in g.free_symbols if isinstance(s, sp.Symbol) and s in randoms}
    return g.xreplace(indexed).xreplace(plain)
