"""A stated maximum-likelihood estimate weighed against the model the post declares.

"Let $Y_1, \\dots, Y_n$ be a sample from Poisson($\\lambda$). The maximum likelihood
estimator is $\\hat\\lambda = \\frac{1}{n}\\sum_i y_i$" - a result stated before (or without)
the rows that derive it was left unchecked (:mod:`._equations`), though the post had said
all it takes to check it: the density of one observation (a row ``f(x; \\theta) = ...``, a
row ``x_i \\sim ...`` or a law in words, :class:`._model_likelihood.Model`) and the
estimate.

:func:`weigh` checks it when the words around the row call it a maximum-likelihood
estimate: the score ``sum_{i=1}^n d/d theta log f(x_i; theta)`` (``n`` a symbol) must
vanish at the stated value. The sums of the sample the score and the estimate hold are
split by linearity and each distinct one is read as a free symbol, so a score that cancels
to 0 as a rational function of them vanishes on every sample. Where the post states the
estimates of other parameters of the model too (``\\hat\\mu`` before ``\\hat\\sigma^2``),
they are put in, and their scores must vanish as well. The second derivative by the
parameter must be negative there at the data sets tried (a stationary point that is not a
maximum proves nothing).

This only proves. A score that does not vanish is no refutation (a maximum on the
boundary - the uniform's ``\\max_i x_i`` - or a constrained parameter has a nonzero score;
a post may call another convention the MLE): the row stays unchecked and says so. Nothing
is weighed when the model's density has more than one convention (``Exp(\\theta)``: rate
or scale), holds a case split, or the post's prose says its data are not plain draws
(censored, truncated, a mixture: :func:`._prose_laws.altered_data`).
"""

from __future__ import annotations

import random
import re
import zlib
from typing import Any

import mpmath
import sympy as sp

from .. import _budget
from ._arith import node_count
from ._model_likelihood import Model, _pull_exp, _real, with_sample_mean
from ._tosympy import READING_ERRORS, evaluating

#: Wall-clock seconds the check may take for one row.
TIME_LIMIT = 2.0
#: Nodes an estimate may have (anything larger is not weighed).
MAX_NODES = 200
#: Sample sizes and data sets the second derivative is evaluated at.
SIZES = (3, 5)

#: Laws said in words whose observations are counts (their data are drawn so).
_COUNT_LAWS = frozenset(
    ("Poisson", "Pois", "Poiss", "Bernoulli", "Bern", "Ber", "Bin", "Binom", "Binomial")
)
#: Words that call an estimate the maximum-likelihood one.
_MLE_WORDS = re.compile(r"maximum[- ]likelihood|\bML[E]?\b|\\text\{MLE\}|likelihood estimat", re.I)
#: An estimate's name that says so (``\hat\lambda_{MLE}``).
_MLE_NAME = re.compile(r"(?:^|_)(?:MLE|ML|mle)(?:$|_)")


#: Words that call an estimate the method-of-moments one.
_MOM_WORDS = re.compile(r"method[- ]of[- ]moments?|moments?[- ]estimat|\bMoM\b|\bMME\b", re.I)
_MOM_NAME = re.compile(r"(?:^|_)(?:MoM|MOM|MM|MME)(?:$|_)")


def _normal_moments(m: sp.Basic, v: sp.Basic) -> tuple:
    return m, v + m**2


#: A declared family's first two raw moments from its arguments (in the order the law is
#: written); only laws with one convention (``Exp`` has two: not here).
_MOMENTS = {
    **dict.fromkeys(("\\mathcal{N}", "Normal", "N"), _normal_moments),
    **dict.fromkeys(("Poisson", "Pois", "Poiss"), lambda m: (m, m + m**2)),
    **dict.fromkeys(("Bernoulli", "Bern", "Ber"), lambda p: (p, p)),
    **dict.fromkeys(
        ("Bin", "Binom", "Binomial"), lambda n, p: (n * p, n * p * (1 - p) + (n * p) ** 2)
    ),
    # laws of one convention in ._law_table.TABLE (uniform on [a, b], beta shapes, Laplace
    # location and scale)
    **dict.fromkeys(
        ("Uniform", "Unif", "U"), lambda a, b: ((a + b) / 2, (a**2 + a * b + b**2) / 3)
    ),
    **dict.fromkeys(
        ("Beta", "Bet"),
        lambda a, b: (a / (a + b), a * (a + 1) / ((a + b) * (a + b + 1))),
    ),
    **dict.fromkeys(("Laplace", "Lap"), lambda m, b: (m, m**2 + 2 * b**2)),
}


#: Words that put the parameter under a constraint or a hypothesis: the MLE there may be
#: on the boundary, and an inner stationary point is then not it. ADV17 (set 17, 35, 42,
#: 43): a parameter space said in words only ("known to be nonnegative", "at most one
#: half", "rates of one or more", "a whole number", "either one quarter or three
#: quarters") restricts it as the signs do.
_CONSTRAINED = re.compile(
    r"restrict|constrain|subject to|under (?:the )?(?:null|H_?\{?[01])|H_\{?0|\\le\b|\\ge\b"
    r"|\\leq|\\geq|\\in\b|[<>]"
    r"|\bat (?:most|least)\b|\b(?:no|not) (?:more|less|fewer|greater|larger|smaller|bigger)"
    r" than|\bor (?:more|less|fewer|greater|larger|smaller|above|below)\b|exceed"
    r"|\bnon-?(?:negative|positive)|\bpositive\b|\bintegers?\b|\bintegral\b|whole numbers?"
    r"|\bcapped|\bcap\b|\bbounded|\bbounds?\b|\beither\b|\bone of\b|possible values?"
    r"|parameter space|\bonly (?:values|rates|the values)|\brange of\b|\blies? (?:in|between)",
    re.I,
)

#: How much prose before a row the words of a constraint, a change of model or the moment
#: matched are looked for in (the prose since the previous row; ADV17: a constraint said
#: a paragraph's length before the row, set 17, 35).
WORDS_WINDOW = 2000


def constrained(prose: str) -> bool:
    """Do the words before the row put the parameter under a constraint?"""
    return bool(_CONSTRAINED.search(prose[-WORDS_WINDOW:] if prose else ""))


#: Words that change the model after it was declared (ADV17, set 17, 03 and 56: "each
#: $x_i$ is now Poisson with mean $2\\lambda$", "On reflection ... better described as ...
#: and we use that model from now on"): the declared model may no longer be the data's.
_MODEL_CHANGED = re.compile(
    r"from\s+(?:now|here)\s+on|henceforth|instead|on reflection|better\s+(?:described|"
    r"modell?ed|fit)|\bnow\s+(?:model|use|assume|take|treat|suppose|follow|has|have|is|are)\b"
    r"|\b(?:is|are)\s+now\b|revis|replac|switch|alternative"
    r"|\b(?:second|another|new|other|different|revised)\s+(?:model|experiment|study|setting"
    r"|law|distribution|family)",
    re.I,
)


def model_changed(prose: str) -> bool:
    """Do the words before the row change the model the post declared?"""
    return bool(_MODEL_CHANGED.search(prose[-WORDS_WINDOW:] if prose else ""))


#: Words that name a moment by its order (ADV17, set 17, 44: "matching the second moment"
#: is not the first-moment equation the estimate also solves).
_MOMENT_ORDER = re.compile(
    r"\b(second|third|fourth|fifth|higher)\b[^.$]{0,30}?\bmoments?\b|\bvariance\b|\bkurtosis\b"
    r"|\bskewness\b|E\s*[\[(]\s*X\s*\^\s*\{?\s*([2-9])|x_?\{?i\}?\s*\^\s*\{?\s*([2-9])"
    r"|\bsquares\b",
    re.I,
)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "higher": 9}


def moment_orders(prose: str) -> frozenset[int]:
    """The orders of the moments the words before the row name (``variance``, ``E[X^2]``,
    ``sum x_i^2``, a sum of squares: 2); a method-of-moments estimate that matches only the
    first ``k`` moments is not shown to be one that matches a higher one."""
    out = set()
    for m in _MOMENT_ORDER.finditer(prose[-WORDS_WINDOW:] if prose else ""):
        word, e, x = m.group(1), m.group(2), m.group(3)
        if word:
            out.add(_ORDINALS[word.lower()])
        elif e or x:
            out.add(int(e or x))
        else:
            out.add(2)
    return frozenset(out)


#: An estimate's label after the parameter's name (``theta_MM``, ``lambda_{MLE}``).
_LABEL = re.compile(r"_\{?(?:MLE|ML|mle|MoM|MOM|MM|MME)\}?$")


def without_label(param: sp.Symbol) -> sp.Symbol:
    """``theta_MM`` (of ``\\hat\\theta_{MM}``) as ``theta``, with the same assumptions."""
    name = _LABEL.sub("", param.name)
    return param if name == param.name else sp.Symbol(name, **param.assumptions0)


def model_parameter(model: Model, param: sp.Basic) -> sp.Basic:
    """The model's parameter an estimate's plain name stands for: ``theta_MM`` (of
    ``\\hat\\theta_{MM}``) is the model's ``theta``; ``param`` itself otherwise."""
    if not isinstance(param, sp.Symbol) or param in model.args:
        return param
    name = _LABEL.sub("", param.name)
    if name == param.name:
        return param
    return next((a for a in model.args if isinstance(a, sp.Symbol) and a.name == name), param)


def says_mom(prose: str, lhs: sp.Basic) -> bool:
    """Do the words before the row (or the estimate's name) call it a moment estimate?"""
    return _says(prose, lhs, _MOM_NAME, _MOM_WORDS)


def weigh_moments(
    model: Model | None,
    rhs: sp.Basic,
    param: sp.Basic,
    others: dict,
    orders: frozenset[int] = frozenset(),
) -> tuple[str, str] | None:
    """``("proved", how)`` when the declared family's first ``k`` raw moments at the stated
    estimate (and the ``others`` stated, ``k`` the number of estimates put in) are the
    sample's; ``("unchecked", why)`` when they are not; None when not weighed. ``orders``:
    the moments the words say are matched (:func:`moment_orders`); one above ``k`` is not
    matched by the first ``k``, so nothing is proved then."""
    if model is None or model.obs is None or model.others or model.family not in _MOMENTS:
        return None
    if param not in model.args or not isinstance(param, sp.Symbol):
        return None
    return _bounded(rhs, _weigh_moments, model, rhs, param, others, orders)


def _weigh_moments(
    model: Model, rhs: sp.Basic, param: sp.Symbol, others: dict, orders: frozenset[int]
) -> tuple[str, str] | None:
    moments = _MOMENTS[model.family](*model.args)
    rhs = with_sample_mean(rhs, model)
    frame = _frame(rhs, model)
    if frame is None:
        return None
    idx, size, base = frame
    for extra in ({}, others):
        point = {param: rhs}
        for p, v in extra.items():
            if p in model.args and p != param and isinstance(p, sp.Symbol):
                v = with_sample_mean(v, model)
                if _frame(v, model, frame) is None:
                    return None
                point[p] = v
        if len(point) > len(moments) or (extra and len(point) == 1):
            continue
        allowed = set(model.args) | {size, base.label, idx}
        if any(
            not {s for s in v.free_symbols if not isinstance(s, (sp.IndexedBase, sp.Indexed))}
            <= allowed
            for v in point.values()
        ):
            return None
        used = moments[: len(point)]
        if any(k > len(used) for k in orders):
            continue  # the words match a moment above the first len(used)
        if param not in sp.sympify(used[-1]).free_symbols:
            continue  # the moment put last does not hold the parameter: not its equation
        sample = [sp.Sum(base[idx] ** (k + 1), (idx, 1, size)) / size for k in range(len(used))]
        if all(
            _vanishes(sp.sympify(m).xreplace(point) - s, idx, size)
            for m, s in zip(used, sample, strict=True)
        ):
            names = ", ".join(str(p) for p in point)
            how = (
                f"the first {len(used)} moment(s) of {_model_name(model)} at the stated "
                f"estimate of {names} are the sample's"
            )
            return "proved", how
    second = sp.sympify(moments[1])
    if (param not in sp.sympify(moments[0]).free_symbols or orders == {2}) and (
        param in second.free_symbols
        and {s for s in rhs.free_symbols if not isinstance(s, (sp.IndexedBase, sp.Indexed))}
        <= set(model.args) | {size, base.label, idx}
    ):
        # one estimate whose mean is free of it (Laplace(0, b)), or the words name the
        # second moment: the second-moment equation alone is its method of moments
        sample = sp.Sum(base[idx] ** 2, (idx, 1, size)) / size
        if _vanishes(second.xreplace({param: rhs}) - sample, idx, size):
            how = (
                f"the second moment of {_model_name(model)} at the stated estimate of {param} "
                "is the sample's"
            )
            return "proved", how
    return (
        "unchecked",
        f"the moments of {_model_name(model)} at the stated estimate are not the sample's "
        "(another moment or convention?)",
    )


#: Words for another kind of estimator (the row may state it, not the MLE named before).
_OTHER_ESTIMATOR = re.compile(
    r"unbiased|bayes|posterior|\bMAP\b|a[- ]posteriori|shrink|ridge|lasso|penali[sz]|robust"
    r"|median|jackknife|bootstrap|least[- ]squares|\bOLS\b|corrected|adjusted",
    re.I,
)


def _last_sentence(prose: str) -> str:
    """The words of the sentence that leads into the row (after the last full stop)."""
    tail = prose[-300:] if prose else ""
    cut = max(tail.rfind(". "), tail.rfind(".\n"))
    return tail[cut + 1 :] if cut >= 0 else tail


def says_mle(prose: str, lhs: sp.Basic) -> bool:
    """Do the words before the row (or the estimate's name) call it the MLE? Only the
    sentence that leads into the row counts, and not when it names another kind of
    estimator too ("the MLE is biased; the unbiased estimator is ...")."""
    return _says(prose, lhs, _MLE_NAME, _MLE_WORDS)


def _says(prose: str, lhs: sp.Basic, name: re.Pattern, words: re.Pattern) -> bool:
    """Does the estimate's name (matched by ``name``) or the sentence leading into the row
    (matched by ``words``) call it that kind of estimate? Never when that sentence names
    another kind of estimator too."""
    sentence = _last_sentence(prose)
    if _OTHER_ESTIMATOR.search(sentence):
        return False
    if isinstance(lhs, sp.Symbol) and name.search(lhs.name):
        return True
    return bool(words.search(sentence))


def weigh(
    model: Model | None,
    lhs: sp.Basic,
    rhs: sp.Basic,
    param: sp.Basic,
    others: dict,
    seed_text: str,
) -> tuple[str, str] | None:
    """``("proved", how)`` when the score of ``model`` by ``param`` vanishes at ``rhs`` (with
    the other parameters at their stated estimates ``others``, whose scores vanish too) and
    the second derivative is negative there; ``("unchecked", why)`` when the score does not
    vanish; None when the model or the estimate is not one this weighs."""
    if model is None or model.g is None or model.obs is None or model.others:
        return None
    g = model.g
    if g.has(sp.Piecewise, sp.Heaviside, sp.Min, sp.Max, sp.Abs, sp.sign):
        return None
    params = g.free_symbols - {model.obs}
    if param not in params or not isinstance(param, sp.Symbol):
        return None
    return _bounded(rhs, _weigh, model, rhs, param, params, others, seed_text)


def _bounded(rhs: sp.Basic, work, *args) -> tuple[str, str] | None:
    """``work(*args)`` within :data:`TIME_LIMIT`; None for an estimate too large or of a kind
    not weighed (derivatives, integrals, products), and when the work fails or times out."""
    if node_count(rhs, MAX_NODES + 1) > MAX_NODES or rhs.has(
        sp.Derivative, sp.Integral, sp.Product
    ):
        return None
    try:
        with _budget.time_limit(TIME_LIMIT), evaluating(True):
            return work(*args)
    except (
        *READING_ERRORS,
        ArithmeticError,
        TypeError,
        ValueError,
        _budget.StepTimeout,
        RecursionError,
    ):
        return None


def _weigh(
    model: Model, rhs: sp.Basic, param: sp.Symbol, params: set, others: dict, seed_text: str
) -> tuple[str, str] | None:
    rhs = with_sample_mean(rhs, model)
    frame = _frame(rhs, model)
    if frame is None:
        return None
    idx, size, base = frame
    point = {param: rhs}
    for p, v in others.items():
        if p in params and p != param:
            v = with_sample_mean(v, model)
            if _frame(v, model, (idx, size, base)) is None:
                return None
            point[p] = v
    allowed = params | {size, base.label, idx}
    for v in point.values():
        own = {s for s in v.free_symbols if not isinstance(s, (sp.IndexedBase, sp.Indexed))}
        if not own <= allowed or any(a.base != base for a in v.atoms(sp.Indexed)):
            return None
    scores = {p: _score(model, p, idx, size, base) for p in point}
    if any(s is None for s in scores.values()):
        return None
    for score in scores.values():
        if not _vanishes(score.xreplace(point), idx, size):
            return (
                "unchecked",
                f"the score of {_model_name(model)} does not vanish at the stated estimate "
                "(a boundary maximum?)",
            )
    if not _concave_there(model, param, point, idx, size, base, seed_text):
        return None
    names = ", ".join(str(p) for p in point)
    how = (
        f"the score of {_model_name(model)} by {names} vanishes at the stated estimate "
        "(a maximum at the samples tried)"
    )
    return "proved", how


def _model_name(model: Model) -> str:
    return model.said if model.said else f"the density of line {model.line}"


def _frame(
    value: sp.Basic, model: Model, known: tuple | None = None
) -> tuple[Any, Any, sp.IndexedBase] | None:
    """The index, the size and the sample the estimate's sums run over (one of each, the
    sample of the model's letter), or ``known`` when it has none of its own."""
    bases = {a.base for a in value.atoms(sp.Indexed)}
    limits = {s.limits for s in value.atoms(sp.Sum)}
    if len(bases) > 1 or len(limits) > 1:
        return None
    if bases and next(iter(bases)).label.name.lower() not in (model.obs.name, model.variable):
        return None
    if not limits:
        return known if not bases else None
    ((idx, lo, size),) = next(iter(limits))
    if lo != 1 or not isinstance(size, sp.Symbol) or not bases:
        return None
    frame = (idx, size, next(iter(bases)))
    if known is not None and frame != known:
        return None
    return frame


def _score(model: Model, p: sp.Symbol, idx: Any, size: Any, base: sp.IndexedBase) -> Any:
    """``sum_{idx=1}^{size} d/dp log g(base[idx])``, its sums split by linearity."""
    real = {s: sp.Dummy(s.name, real=True) for s in model.g.free_symbols}
    back = {d: (base[idx] if s == model.obs else s) for s, d in real.items()}
    # log(a b) -> log a + log b, log(a^x) -> x log a whatever the signs: a branch of the
    # log changes it by a constant, which the derivative by p does not see
    log_g = sp.expand_log(_pull_exp(sp.log(model.g.xreplace(real))), force=True)
    one = sp.expand(sp.diff(log_g, real[p]))
    if one.has(sp.Derivative) or one.has(sp.Subs):
        return None
    return _split_sums(sp.Sum(one.xreplace(back), (idx, 1, size)))


def _split_sums(e: sp.Basic) -> sp.Basic:
    """Every sum written as a combination of sums of single terms, factors free of the
    index pulled out (``sum (x_i - m)^2 = sum x_i^2 - 2 m sum x_i + n m^2``)."""

    def split(s: sp.Sum) -> sp.Basic:
        ((i, lo, hi),) = s.limits
        out = []
        for term in sp.Add.make_args(sp.expand(s.function)):
            free, dep = term.as_independent(i, as_Add=False)
            out.append(free * (hi - lo + 1) if dep == 1 else free * sp.Sum(dep, (i, lo, hi)))
        return sp.Add(*out)

    return e.replace(lambda a: isinstance(a, sp.Sum) and len(a.limits) == 1, split)


def _vanishes(e: sp.Basic, idx: Any, size: Any) -> bool:
    """Is ``e`` 0 as a rational function of the sums it holds (each a free symbol)?"""
    e = _split_sums(e)
    sums = sorted(e.atoms(sp.Sum), key=sp.default_sort_key)
    free = {s: sp.Dummy(f"s{k}") for k, s in enumerate(sums)}
    e = e.xreplace(free)
    if e.atoms(sp.Indexed):
        return False  # a sample value outside a sum: not a function of the sums
    return sp.cancel(sp.together(sp.expand(e))) == 0


def _concave_there(
    model: Model,
    param: sp.Symbol,
    point: dict,
    idx: Any,
    size: Any,
    base: sp.IndexedBase,
    seed_text: str,
) -> bool:
    """Is the second derivative by ``param`` of the log-likelihood negative at ``point``,
    at every data set tried where it is a real number (and at least at one)?"""
    ll = sp.Sum(sp.log(model.g).xreplace({model.obs: base[idx]}), (idx, 1, size))
    second = sp.diff(ll, param, 2).xreplace(point)
    rng = random.Random(zlib.crc32(seed_text.encode("utf-8")))
    counts = (
        bool(model.obs.is_integer)
        or bool(model.g.atoms(sp.factorial, sp.binomial, sp.gamma))
        or model.said.split("(")[0] in _COUNT_LAWS
    )
    fixed = sorted(
        (s for s in second.free_symbols if isinstance(s, sp.Symbol) and s not in (size, idx)),
        key=str,
    )
    fixed = [s for s in fixed if s != base.label]
    seen = 0
    # counts: 0s and 1s first (in the support of every count law read here); larger counts
    # only when those give no real value (a law whose support starts at 1)
    pools = [(0, 1), (1, 2, 3, 4)] if counts else [None]
    for pool in pools:
        for n in SIZES:
            data = [rng.uniform(0.5, 3.0) if pool is None else rng.choice(pool) for _ in range(n)]
            if pool is not None:
                data[0], data[1] = pool[0], pool[-1]  # not all equal: an inner maximum
            env: dict[Any, Any] = {size: n}
            for k, v in enumerate(data, start=1):
                env[base[k]] = mpmath.mpf(v)
            for s in fixed:
                env[s] = mpmath.mpf(rng.uniform(0.2, 0.9))
            v = _real(second, env)
            if v is None:
                continue
            if v >= 0:
                return False
            seen += 1
        if seen:
            break
    return seen > 0


__all__ = [
    "WORDS_WINDOW",
    "constrained",
    "model_changed",
    "moment_orders",
    "says_mle",
    "says_mom",
    "weigh",
    "weigh_moments",
]
