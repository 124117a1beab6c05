"""The ranges a law the post states gives its parameters and its data.

"Given a realization $x_1, \\dots, x_n$ of these (Poisson $(\\lambda)$ i.i.d. random
variables ...)": the post's model is Poisson, so ``\\lambda > 0`` (the family's parameter
space) and ``x \\ge 0`` (its data are counts), although no row says so. A derivation
under that model is claimed only there; ``\\log \\lambda^{\\sum x_i} = \\sum x_i \\log
\\lambda`` holds there and nowhere else needs saying.

Two sources, both already read by others:

* a law stated in a sentence (:func:`._prose_laws.stated_laws`): each parameter written
  as one name takes the family's parameter space (the one table of them,
  :data:`._parameter_space.POSITIVE_PARAMETERS` and ``PROBABILITY_PARAMETERS``), and the
  variable's small letter takes the family's support (:data:`_SUPPORTS`);
* a law stated on a row (``y_i \\sim \\mathrm{Poisson}(\\theta)``) of a count family:
  ``y_i \\ge 0``. Only the sign: :data:`._support.DECLARED_SUPPORTS` leaves counts out
  because a post may go on to a zero-truncated or shifted count, and every count, from 0
  or from 1, is non-negative.

Three more readings of what the rows themselves say:

* a density a row writes by name (``\\text{Cauchy}(x | \\mu, \\gamma)``, ``\\text{Poiss}(x
  | \\lambda)``): its parameters take the family's space (:func:`density_call_texts`);
* a law's positive parameter written as an expression in one name (``\\theta \\sim
  \\text{gamma}(r, \\frac{p}{1-p})``): the interval of the name where it is positive,
  ``0 < p < 1`` (:func:`law_expression_texts`);
* the upper letter of a sum over an index of the data (``\\sum_{j=1}^k \\log y_{ij}``) is a
  whole number of terms, at least 0 (:func:`count_limit_texts`): so two-index data
  ``y_{ij}`` summed to ``k`` can be drawn. A sum whose index indexes no data
  (``\\sum_{j=1}^m x_{1j}`` read as ``x_1 j``) gives nothing: the reading may be wrong.

What is never taken: a name the post already states a range of (its own words win), a
name two laws give different ranges, a law whose arguments are not plain names or whose
number of arguments (one name written twice counted once: "with parameter $\\theta$, and
$\\theta$ has a gamma prior" is a misread of the next clause) is not the family's, a word
and a formula naming two families, a parameter of no fixed sign (a normal or Cauchy
location, a uniform's ends) and any family not in the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ._parameter_space import POSITIVE_PARAMETERS, PROBABILITY_PARAMETERS

#: family (the law names of ``._prose_laws`` and the formula names of the rows) -> the
#: number of its parameters.
_ARITY: dict[str, int] = {
    **dict.fromkeys(("Poisson", "Poiss", "Pois", "Exp", "Expo", "Rayleigh", "Maxwell"), 1),
    **dict.fromkeys(("Bernoulli", "Bern", "Ber", "Geom", "Geo", "Geometric"), 1),
    **dict.fromkeys(("Normal", "\\mathcal{N}", "N", "Laplace", "Gamma", "Gam", "Beta"), 2),
    **dict.fromkeys(("Bet", "Weibull", "Pareto", "Bin", "Binom", "Binomial"), 2),
    "Cauchy": 2,
}

#: family -> what it says of one observation ``{x}`` (the assumption language). Counts
#: are said non-negative only (see the module).
_SUPPORTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("Poisson", "Poiss", "Pois", "Bin", "Binom", "Binomial"), ("{x} \\ge 0",)),
    **dict.fromkeys(("Geom", "Geo", "Geometric", "NegBin", "NegBinom"), ("{x} \\ge 0",)),
    **dict.fromkeys(
        ("Exp", "Expo", "Rayleigh", "Maxwell", "Gamma", "Gam", "Weibull"), ("{x} > 0",)
    ),
    **dict.fromkeys(("Beta", "Bet"), ("0 < {x} < 1",)),
    **dict.fromkeys(("Bernoulli", "Bern", "Ber"), ("{x} \\in \\{{0, 1\\}}",)),
}

#: The count families of a row's law (``y_i \\sim \\mathrm{Poisson}(\\theta)``).
_COUNTS = ("Poisson", "Poiss", "Pois", "Bin", "Binom", "Binomial", "Geom", "Geo", "Geometric")
_COUNTS += ("NegBin", "NegBinom")

#: A formula's name as written -> the bare name (``\\mathrm{Exp}`` -> ``Exp``).
_WRAPPED = re.compile(r"^\\(?:mathrm|text|operatorname|textrm)\s*\{\s*(\w+)\s*\}$")


def _bare(name: str) -> str:
    m = _WRAPPED.match(name.strip())
    return m.group(1) if m else name.strip()


def _tex(name: str) -> str | None:
    from . import _notation as T

    if name in T.GREEK:
        return "\\" + name
    if len(name) == 1 and name.isascii() and name.isalpha():
        return name
    return None  # sigma2 (positive already), numbers


def _family(word: str, formula: str) -> str | None:
    """The family a stated law names: the word's, unless the formula names another."""
    bare = _bare(formula) if formula else ""
    if word:
        if bare in _ARITY and bare != word and not _same(bare, word):
            return None
        return word if word in _ARITY else None
    return bare if bare in _ARITY else None


def _same(a: str, b: str) -> bool:
    groups = [set(_COUNTS[:3]), {"Exp", "Expo"}, {"Normal", "\\mathcal{N}", "N"}]
    groups += [{"Gamma", "Gam"}, {"Beta", "Bet"}, {"Bernoulli", "Bern", "Ber"}]
    groups += [{"Bin", "Binom", "Binomial"}, {"Geom", "Geo", "Geometric"}]
    return any(a in g and b in g for g in groups)


def _parameter_texts(family: str, args: Sequence[str]) -> list[str]:
    out: list[str] = []
    for k in POSITIVE_PARAMETERS.get(family, ()):
        tex = _tex(args[k]) if k < len(args) else None
        if tex is not None:
            out.append(f"{tex} > 0")
    k = PROBABILITY_PARAMETERS.get(family)
    if k is not None and k < len(args):
        tex = _tex(args[k])
        if tex is not None:
            out.append(f"0 < {tex} < 1")
    return out


def stated_law_texts(laws: Iterable[Any]) -> list[tuple[str, str]]:
    """``(statement, where)`` for the laws the post states in sentences (see the module)."""
    out: list[tuple[str, str]] = []
    for law in laws:
        if not isinstance(law, tuple) or len(law) != 5:
            continue
        letter, word, formula, args, _independent = law
        family = _family(word, formula)
        # "with parameter $\\theta$, and $\\theta$ has a gamma prior": the sentence reader
        # takes the next clause's subject as a second parameter; one name twice is one name
        args = tuple(dict.fromkeys(args))
        if family is None or len(args) != _ARITY[family]:
            continue
        if not letter or any(a.isdigit() for a in args) or letter.lower() in args:
            continue  # laws28: "the data are ..." names no letter
        where = f"the {family} law the post states (its parameter space and support)"
        texts = _parameter_texts(family, args)
        small = letter.lower()
        texts += [t.format(x=small) for t in _SUPPORTS.get(family, ())]
        if letter != small:  # REFUTE20: the rows may write the data X_i as the sentence does
            texts += [t.format(x=letter) for t in _SUPPORTS.get(family, ())]
        out += [(t, where) for t in texts]
    return out


def count_data_texts(rows: Sequence[Any]) -> list[tuple[str, str]]:
    """``(statement, where)``: ``y \\ge 0`` for data a row declares of a count family."""
    from sympy.core.function import AppliedUndef

    from ._parameter_space import tex_name
    from ._support import law_statements

    out: list[tuple[str, str]] = []
    for pr, var, dist in law_statements(rows):
        if not isinstance(dist, AppliedUndef) or str(dist.func) not in _COUNTS:
            continue
        name = tex_name(var)
        if name is None:
            continue
        where = f"line {pr.row.line} (data of a count law are non-negative)"
        out.append((f"{name} \\ge 0", where))
        if len(name) == 1 and name.isupper():
            out.append((f"{name.lower()} \\ge 0", where))
    return out


#: At most this many nodes of a row's sides are walked for sum limits.
_MAX_NODES = 20_000


#: Densities written by name that the reader turns into formulas (``._tosympy``) ->
#: (family of the tables, number of parameters); the observation comes first.
_DENSITY_CLASSES = {
    "NormalPdf": ("Normal", 2),
    "PoissonPmf": ("Poisson", 1),
    "BinomialPmf": ("Bin", 2),
    "GammaPdf": ("Gamma", 2),
    "BetaPdf": ("Beta", 2),
}


def _calls(side: Any, budget: list[int]) -> Iterable[Any]:
    import sympy as sp

    for node in sp.preorder_traversal(side):
        budget[0] -= 1
        if budget[0] < 0:
            return
        if isinstance(node, sp.Function) and not isinstance(node, sp.Sum):
            yield node


def density_call_texts(rows: Sequence[Any]) -> list[tuple[str, str]]:
    """``(statement, where)`` for the parameters of a density a row writes by name
    (``\\text{Cauchy}(x | \\mu, \\gamma)``, ``\\text{Poiss}(x | \\lambda)``): the family's
    parameter space. A call is read as a density only with one argument more than the
    family has parameters (the observation first); ``\\text{Cauchy}(\\mu, \\gamma)``, the
    law, has its parameters at their own places."""
    out: dict[str, str] = {}
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        budget = [_MAX_NODES]
        for st in pr.statements:
            for side in st.sides:
                for call in _calls(side, budget):
                    name = type(call).__name__
                    if name in _DENSITY_CLASSES:
                        family, arity = _DENSITY_CLASSES[name]
                    else:
                        family = _bare(str(call.func))
                        arity = _ARITY.get(family)
                        if arity is None:
                            continue
                    args = call.args
                    if len(args) == arity + 1:
                        params = args[1:]
                    elif len(args) == arity >= 2 and name not in _DENSITY_CLASSES:
                        params = args  # the law; one argument: Exp(x) may be e^x
                    else:
                        continue
                    names = [str(a) if getattr(a, "is_Symbol", False) else "" for a in params]
                    where = f"line {pr.row.line} (the parameters of the {family} it writes)"
                    for text in _parameter_texts(family, names):
                        out.setdefault(text, where)
    return list(out.items())


def count_limit_texts(rows: Sequence[Any]) -> list[tuple[str, str]]:
    """``(statement, where)``: ``k`` a non-negative integer where a row sums up to it.

    ``\\sum_{j=1}^k`` (or from 0) counts ``k`` terms: a sum whose upper limit is not a
    whole number is no sum a post writes, so the name is the number of terms, a whole
    number, and at least the lower limit less one (an empty sum at ``k = 0``; nothing
    more, though the post may mean ``k \\ge 1``). Only a plain name (one Latin or Greek
    letter) over a lower limit 0 or 1; ``n - 1``, ``\\infty`` or ``x_i`` give nothing.
    """
    import sympy as sp

    from ._parameter_space import tex_name

    out: dict[str, str] = {}
    for pr in rows:
        if not getattr(pr, "ok", False):
            continue
        budget = _MAX_NODES
        for st in pr.statements:
            for side in st.sides:
                if not isinstance(side, sp.Basic):
                    continue
                for node in sp.preorder_traversal(side):
                    budget -= 1
                    if budget < 0:
                        break
                    if not isinstance(node, (sp.Sum, sp.Product)):
                        continue
                    indexed = node.function.atoms(sp.Indexed)
                    for var, lo, hi in node.limits:
                        if lo not in (0, 1) or not isinstance(hi, sp.Symbol):
                            continue
                        # only a sum over an index of the data (y_{ij}, \\bar y_j): a letter
                        # summed for itself (x_{1j} misread as x_1 j) may be a misreading
                        if not any(var in i.indices for i in indexed):
                            continue
                        if hi.is_integer or hi.is_number:
                            continue  # already a count (a sample size)
                        tex = tex_name(hi)
                        if tex is not None:
                            out.setdefault(
                                f"{tex} nonnegative integer",
                                f"line {pr.row.line} (the upper limit of a sum is a count)",
                            )
    return list(out.items())


_LE = "\\le"
#: A parameter expression larger than this (in operations) is not solved for its name.
_MAX_SOLVE_OPS = 12
#: The families a row's law names in small letters (``\\text{gamma}(r, p/(1-p))``).
_SMALL = {k.lower(): k for k in ("Gamma", "Beta", "Poisson", "Weibull", "Pareto", "Cauchy")}


def _interval_text(expr: Any, lower: int, upper: int | None) -> str | None:
    """``0 < p < 1`` for ``p/(1 - p) > 0``: the range of the one name of ``expr`` where
    ``lower < expr (< upper)``, when it is one interval; None otherwise."""
    import sympy as sp

    from ._parameter_space import tex_name

    names = [s for s in expr.free_symbols if isinstance(s, sp.Symbol)]
    if len(names) != 1 or expr.free_symbols != set(names) or sp.count_ops(expr) > _MAX_SOLVE_OPS:
        return None
    (name,) = names
    tex = tex_name(name)
    if tex is None:
        return None
    real = sp.Dummy("r", real=True)
    e = expr.xreplace({name: real})
    cond = sp.And(e > lower, e < upper) if upper is not None else e > lower
    try:
        found = sp.solveset(cond, real, sp.S.Reals)
    except (NotImplementedError, ValueError, TypeError):
        return None
    if not isinstance(found, sp.Interval) or found.is_empty:
        return None
    parts = []
    if found.start.is_finite:
        if not found.start.is_Rational:
            return None
        parts.append(f"{found.start} {'<' if found.left_open else _LE} ")
    parts.append(tex)
    if found.end.is_finite:
        if not found.end.is_Rational:
            return None
        parts.append(f" {'<' if found.right_open else _LE} {found.end}")
    return "".join(parts) if len(parts) > 1 else None


def law_expression_texts(rows: Sequence[Any]) -> list[tuple[str, str]]:
    """``(statement, where)`` for a law a row states whose parameter is an expression in
    one name (``\\theta \\sim \\text{gamma}(r, \\frac{p}{1-p})``: the scale ``p/(1-p)`` is
    positive, so ``0 < p < 1``), and for a plain-name parameter of a family written in
    small letters (``r > 0``)."""
    from sympy.core.function import AppliedUndef

    from ._support import law_statements

    out: dict[str, str] = {}
    for pr, _var, dist in law_statements(rows):
        if not isinstance(dist, AppliedUndef):
            continue
        bare = _bare(str(dist.func))
        family = _SMALL.get(bare, bare) if bare not in POSITIVE_PARAMETERS else bare
        arity = _ARITY.get(family)
        if arity is None or len(dist.args) != arity:
            continue
        where = f"line {pr.row.line} (the parameters of the {family} law it states)"
        for k in POSITIVE_PARAMETERS.get(family, ()):
            arg = dist.args[k]
            if getattr(arg, "is_Symbol", False):
                text = f"{_tex(str(arg))} > 0" if _tex(str(arg)) else None
            else:
                text = _interval_text(arg, 0, None)
            if text:
                out.setdefault(text, where)
        k = PROBABILITY_PARAMETERS.get(family)
        if k is not None and not getattr(dist.args[k], "is_Symbol", False):
            text = _interval_text(dist.args[k], 0, 1)
            if text:
                out.setdefault(text, where)
    return list(out.items())


def law_domains(rows: Sequence[Any], laws: Iterable[Any], stated: Iterable[Any]) -> list[Any]:
    """The domains of :func:`stated_law_texts`, :func:`count_data_texts` and
    :func:`count_limit_texts`, for names ``stated`` (the domains the post states) says
    nothing of."""
    from .._errors import AssumptionError
    from ..assumptions import parse as parse_domain

    taken = {d.name for d in stated}
    found: dict[Any, list[Any]] = {}
    # count_limit_texts is not used: with k a count, misread two-index rows were refuted
    # (adversarial set 7, pairs 16 and 35: k > K drawn, bar x_i not read as its mean)
    texts = [*stated_law_texts(laws), *count_data_texts(rows)]
    texts += density_call_texts(rows) + law_expression_texts(rows)
    for text, where in texts:
        try:
            ds = parse_domain(text, where)
        except (AssumptionError, ValueError):
            continue
        for d in ds:
            if d.name not in taken:
                found.setdefault(d.key, []).append(d)
    out: list[Any] = []
    for ds in found.values():
        shapes = {(d.lower, d.lower_strict, d.upper, d.upper_strict, d.members) for d in ds}
        if len(shapes) == 1:  # two laws that disagree about a name imply nothing of it
            out.append(ds[0])
    return out


__all__ = [
    "count_data_texts",
    "count_limit_texts",
    "density_call_texts",
    "law_expression_texts",
    "law_domains",
    "stated_law_texts",
]
