"""The Fisher information of a declared one-parameter law (laws28).

"Let $X \\sim \\mathrm{Poisson}(\\lambda)$. The Fisher information is $I(\\lambda) =
\\lambda$": the reader took the row as a definition of ``I``, so a wrong information passed
as a premise and every bound after it was proved from it. A row that gives ``I(\\theta)``
(``\\mathcal{I}``, ``I_n``, ...) a value, in a post that speaks of the Fisher information,
with ``\\theta`` the one parameter of the declared law, is weighed against the law's
information :data:`FISHER` (closed forms; ``tests/test_post_laws28_declared_laws.py``
checks each against ``E[(d/d\\theta log f)^2]`` by numeric integration or summation):

- per observation, or for ``n`` observations (``n`` times it), under every convention of
  the law (:mod:`._law_table`: the rate or the scale, the geometric from 0 or from 1); where
  the sentence before the row or the name (``I_n``, ``I_1``) says which count it is of, only
  that count proves (:func:`count_named`, attack67), and words of both leave it unproved;
- proved (an engine step from the closed form) when it equals one of them, the convention
  and the count named; refuted when it equals none at a point of the parameter space for
  each; left as planned when its value holds anything but the parameter and ``n`` (the
  observed information holds the data; a known value put in), or the law has several
  parameters (which element of the matrix, or its inverse, is meant is not guessed).
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from typing import Any

import sympy as sp

from ._law_table import MAX_OPS, _value, conventions, describe
from ._parameter_space import sample_value

#: Family (of ``._parameter_space.FAMILIES``) -> the information of one observation about
#: its one parameter ``t``.
FISHER: dict[str, Callable[[sp.Basic], sp.Basic]] = {
    "Poisson": lambda t: 1 / t,
    "Bernoulli": lambda t: 1 / (t * (1 - t)),
    "exponential (rate)": lambda t: 1 / t**2,
    "exponential (scale)": lambda t: 1 / t**2,
    "geometric": lambda t: 1 / (t**2 * (1 - t)),
    "geometric (from 0)": lambda t: 1 / (t**2 * (1 - t)),
    "Rayleigh": lambda t: 4 / t**2,
    "Rayleigh (variance)": lambda t: 1 / t**2,
}

#: The name of an information: ``I``, ``\\mathcal{I}``, ``I_n``, ``\\mathcal{I}_1``, ``i``.
_NAME = re.compile(
    r"^(?:\\(?:mathcal|mathscr|mathbb|mathrm)\{I\}|I|i)(?:_\{?(?:n|1|X|x|\\theta|\\lambda)\}?)?$"
)
#: Words of a post that speak of the Fisher information.
WORDS = re.compile(
    r"Fisher|\bexpected\s+information\b|\binformation\s+(?:matrix|inequality|bound)\b|"
    r"Cram[eé]r",
    re.IGNORECASE,
)
#: Words of the sentence before the row that name the whole sample as what the information
#: is of ("of the whole sample", "in all $n$ observations") - or one observation.
_OF_N = re.compile(
    r"\b(?:whole|entire|full)\s+sample\b|\btotal\s+(?:Fisher\s+)?information\b|"
    r"\b(?:of|in|from)\s+(?:the|this|our|a|an)\s+(?:iid\s+|random\s+)?sample\b|"
    r"\b(?:of|in|from|by)\s+\$[^$]*X_\{?n\}?[^$]*\$|"
    r"\$\s*n\s*\$\s+(?:iid\s+|independent\s+)?(?:observations|draws|trials|variables)\b|"
    r"\b(?:all|the|these)\s+(?:iid\s+)?observations\b|\bsample\s+of\s+size\b",
    re.IGNORECASE,
)
_OF_ONE = re.compile(
    r"\b(?:one|a\s+single|single|each|per|an\s+individual)[\s-]+"
    r"(?:observation|draw|data\s+point)\b|"
    r"\b(?:of|in)\s+\$\s*X(?:_\{?1\}?)?\s*\$|\bunit\s+information\b",
    re.IGNORECASE,
)
#: The end of a sentence (outside math, roughly: a stop and a space).
_STOP = re.compile(r"[.!?]\s")


def count_named(prose: str) -> str | None:
    """The count the last sentence of ``prose`` names the information of: ``"n"`` (the whole
    sample), ``"one"`` (one observation), ``"both"`` (words of each: "of one observation is
    $1/\\lambda$, so that of the whole sample is" - which the row is of is not guessed, and
    neither count proves), None (neither: both counts prove). attack67, adversarial39 79:
    "The Fisher information of the whole sample is $$I(\\lambda) = 1/\\lambda$$" was proved
    as the information of one observation."""
    tail = _STOP.split(re.sub(r"i\.i\.d\.", "iid", prose[-400:]))[-1]
    many, one = _OF_N.search(tail) is not None, _OF_ONE.search(tail) is not None
    if many and one:
        return "both"
    return "n" if many else "one" if one else None


#: The information's name with a count as written at the start of the row (``I_n(``, ``I_1``).
_COUNTED_NAME = re.compile(
    r"^\s*(?:\\(?:mathcal|mathscr|mathbb|mathrm)\s*\{I\}|I)_\{?\s*(n|1)\s*\}?"
)


def _count_of_name(text: str) -> str | None:
    """``I_n`` names the sample's information, ``I_1`` one observation's (the reader reads
    both as ``I``: the count is taken from the row's text)."""
    m = _COUNTED_NAME.match(text)
    return None if m is None else {"n": "n", "1": "one"}[m.group(1)]


#: Points at which the row is compared with each candidate.
POINTS = 6
RTOL = 1e-10


def _param(lhs: Any, model: Any) -> sp.Symbol | None:
    """The law's one parameter when ``lhs`` is an information's name called at it."""
    func = getattr(lhs, "func", None)
    args = getattr(lhs, "args", ())
    if func is None or len(args) != 1 or _NAME.match(str(func)) is None:
        return None
    if len(model.args) != 1 or args[0] != model.args[0]:
        return None
    return args[0] if isinstance(args[0], sp.Symbol) else None


def fisher_name(lhs: Any, model: Any) -> bool:
    """Is ``lhs`` an information's name called at the one parameter of the law ``model``?"""
    return model is not None and bool(model.family) and _param(lhs, model) is not None


def _where(model: Any) -> str:
    if model.said:
        return model.where()
    return f"the law {model.family}({', '.join(map(str, model.args))}) of line {model.line}"


def fisher_weighed(
    lhs: Any, value: Any, model: Any, prose: str = "", text: str = ""
) -> tuple[str, Any, str] | None:
    """``("proved", claim, how)`` or ``("refuted", counterexample, reason)`` for the row
    ``lhs = value`` under the declared law ``model`` (see the module); None otherwise.
    ``prose``: the words before the row, ``text`` the row as written; where the words (or
    the name, ``I_n``) say which count the information is of, only that count proves, and a
    value equal to the other count's is left as planned (the words may be loose: it is not
    refuted either)."""
    if model is None or not model.family or value is None or not isinstance(value, sp.Expr):
        return None
    theta = _param(lhs, model)
    if theta is None:
        return None
    convs = [c for c in conventions(model.family, model.args) if c.family.name in FISHER]
    if not convs or len(convs) != len(conventions(model.family, model.args)):
        return None
    if value.atoms(sp.Indexed, sp.Sum, sp.Product, sp.Integral, sp.Derivative):
        return None
    if sp.count_ops(value) > MAX_OPS:
        return None
    others = value.free_symbols - {theta}
    if any(not isinstance(s, sp.Symbol) or s.name != "n" for s in others):
        return None
    n = next(iter(others), sp.Symbol("n", integer=True, positive=True))
    count = _count_of_name(text) or count_named(prose)
    candidates = []
    for c in convs:
        one = FISHER[c.family.name](theta)
        tag = describe(c, model.args)
        candidates.append((one, f"of one observation {tag}", count in (None, "one")))
        candidates.append((n * one, f"of {n} observations {tag}", count in (None, "n")))
    rng = random.Random(zlib.crc32(str(value).encode("utf-8")))
    role = convs[0].family.roles[0]
    points = []
    for _ in range(POINTS):
        env = {theta: sample_value(role, rng), n: sp.Integer(rng.randint(2, 9))}
        written = _value(value, env)
        if written is None:
            return None
        points.append((env, written))
    apart: dict[str, Any] = {}
    other_count = False  # equal to the information of the count the words do not name
    for claim, tag, named in candidates:
        differs = None
        for env, written in points:
            theirs = _value(claim, env)
            if theirs is None:
                return None
            if abs(written - theirs) > RTOL * (abs(written) + abs(theirs)):
                differs = (env, written, theirs)
                break
        if differs is None and not named:
            other_count = True
            continue
        if differs is None:
            how = f"the Fisher information {tag} of {_where(model)}"
            return "proved", claim, how
        env, written, theirs = differs
        apart[f"{theta} ({tag})"] = float(env[theta])
        if n in value.free_symbols or n in claim.free_symbols:
            apart[f"{n} ({tag})"] = int(env[n])
        apart[f"written ({tag})"] = float(written)
        apart[f"information ({tag})"] = float(theirs)
    if other_count:
        return None
    reason = (
        f"not the Fisher information of {_where(model)}, of one observation or of {n}, "
        "under any of its conventions"
    )
    return "refuted", apart, reason


__all__ = ["FISHER", "WORDS", "count_named", "fisher_name", "fisher_weighed"]
