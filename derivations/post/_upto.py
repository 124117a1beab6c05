"""Relations that hold up to a constant: ``A = B + \\text{const}`` and ``A \\propto B``.

Authors drop what does not depend on the parameters:

- ``\\ell(\\mu, \\sigma^2) = -\\frac{n}{2}\\log\\sigma^2 - \\frac{1}{2\\sigma^2}\\sum (x_i-\\mu)^2
  + \\text{const}`` claims that ``A - B`` does not depend on the parameters. On a
  connected domain that is the same as: for every parameter ``theta``,
  ``d/dtheta A = d/dtheta B``. The builder checks it as an ordinary ``=`` step
  between ``sum_k c_k d/dtheta_k`` of either side, with fresh real weights
  ``c_k`` (an identity in the ``c_k`` exactly when every partial derivative
  agrees), so a counterexample is one for some parameter;
- ``A \\propto B`` claims that ``A / B`` does not depend on the parameters
  (a factor, positive for likelihoods): checked as ``d/dtheta log A = d/dtheta
  log B``, which needs ``A, B > 0`` (the engine reports that condition open
  when it cannot show it).

An arbitrary constant is an additive term of the written side that is a name
appearing for the first time, or one of the words ``const``, ``constant``,
``C`` (``\\text{const}``, ``\\mathrm{const.}``, ``+ C``, ``+ c`` when new).

Which symbols are parameters (:func:`post_parameters`): the arguments of the
functions the post defines (``\\ell(\\mu, \\sigma^2)``, ``L(p)``), the variables
it differentiates by and the parameters its estimates estimate (``\\hat p``).
Data (indexed samples, the sample names), integers (the sample size ``n``)
and the constants themselves are not. Data-dependent constants are allowed:
``C`` may depend on ``x_i`` and ``n``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import sympy as sp
from sympy.core.function import AppliedUndef

from ._after_given import taken_reason
from ._model_likelihood import likelihood_kind
from ._plans import (
    _MATRIX_REASON,
    STEP,
    UNCHECKED,
    UNRELATED,
    LinkPlan,
    _Cur,
    _fresh_reason,
    _relation_reason,
    _symbols,
    _why,
)
from ._relations import split_relations
from ._resolve import Names, as_scalars, estimate_of, is_matrix
from ._said_readings import CONFLICT, conflict_reason, reading_said
from ._tosympy import Named, NamedApplied, bar_of, evaluating
from ._written import BAR, arguments, written_calls

if TYPE_CHECKING:
    from ._parse import ParsedRow

#: Names that stand for an arbitrary constant even when the post used them before.
CONSTANT_WORDS = frozenset({"const", "constant", "Const", "cst", "C"})

#: Relation signs that claim proportionality.
PROPORTIONAL = frozenset({"propto"})


def additive_constants(e: Any, candidates: Iterable[sp.Basic]) -> set[sp.Symbol]:
    """The ``candidates`` that are additive terms of ``e`` (``B + C``, ``B - \\text{const}``).

    A candidate counts only as a term of its own, alone or times a number, and
    only if it appears nowhere else in ``e``: ``C \\exp(...)`` or ``\\log C`` is
    not an additive constant.
    """
    if not isinstance(e, sp.Add):
        return set()
    cands = {c for c in candidates if isinstance(c, sp.Symbol)}
    out: set[sp.Symbol] = set()
    terms = addends(e)
    for term in terms:
        k = _lone_symbol(term)
        if k is not None and k in cands:
            out.add(k)
    for k in list(out):
        rest = [t for t in terms if _lone_symbol(t) != k]
        if any(t.has(k) for t in rest):
            out.discard(k)
    return out


def addends(e: sp.Basic) -> list[sp.Basic]:
    """The terms of a sum, through the nesting of unevaluated sums.

    ``C - a - b`` is read ``(C - a) - b``: ``C`` is a term of it as much as ``b`` is.
    """
    if not isinstance(e, sp.Add):
        return [e]
    return [t for a in e.args for t in addends(a)]


def _lone_symbol(term: sp.Basic) -> sp.Symbol | None:
    """``C``, ``-C``, ``2 C`` -> ``C``; anything else -> None."""
    if isinstance(term, sp.Symbol) and not isinstance(term, Named):
        return term
    if isinstance(term, sp.Mul):
        syms = [a for a in term.args if not a.is_Number]
        if len(syms) == 1 and isinstance(syms[0], sp.Symbol) and not isinstance(syms[0], Named):
            return syms[0]
    return None


def drop_terms(e: sp.Basic, constants: Iterable[sp.Symbol]) -> sp.Basic:
    """``e`` without its additive terms in ``constants`` (``B + C`` -> ``B``)."""
    ks = set(constants)
    if not ks or not isinstance(e, sp.Add):
        return e
    kept = [t for t in addends(e) if _lone_symbol(t) not in ks]
    if not kept:
        return sp.Integer(0)
    if len(kept) == 1:
        return kept[0]
    return sp.Add(*kept, evaluate=False)


def post_parameters(statements: Iterable[Any], ctx: Any) -> frozenset[sp.Symbol]:
    """The parameters of a post, from every statement it writes (see the module docstring).

    ``statements`` are :class:`~._parse.ParsedStatement` objects (display rows
    and inline formulas alike).
    """
    names = Names(symbol=ctx)
    data = set(getattr(ctx, "sample_names", {}) or {}) | set(getattr(ctx, "samples", {}) or {})
    found: set[sp.Symbol] = set()
    for st in statements:
        for side in st.sides:
            if not isinstance(side, sp.Basic):
                continue
            for d in side.atoms(sp.Derivative):
                found |= {names.plain(v) for v in d.variables if isinstance(v, sp.Symbol)}
            for f in side.atoms(NamedApplied):
                found |= {a for a in f.args if isinstance(a, sp.Symbol)}
            for s in side.free_symbols:
                if isinstance(s, sp.Symbol) and estimate_of(s) is not None:
                    found.add(names.plain(s))
    return frozenset(s for s in found if _could_be_parameter(s, data))


def solved_after_use(statements: Iterable[Any], ctx: Any) -> frozenset[sp.Symbol]:
    """Symbols a statement solves for (``s = expr``, ``s`` not in ``expr``) after an earlier
    statement used them: unknowns of the equations before (``1 - \\pi_K = c \\pi_K``, and
    so ``\\pi_K = 1/(1 + c)``), which hold at one value, not as identities."""
    data = set(getattr(ctx, "sample_names", {}) or {}) | set(getattr(ctx, "samples", {}) or {})
    used: set = set()
    found: set = set()
    for st in statements:
        sides = [side for side in st.sides if isinstance(side, sp.Basic)]
        if len(sides) == 2 and st.relations[:1] == ("=",):
            for s, value in (sides, sides[::-1]):
                if s in used and type(s) is sp.Symbol and s not in value.free_symbols:
                    found.add(s)
        for side in sides:
            used |= side.free_symbols
    return frozenset(s for s in found if _could_be_parameter(s, data))


def _could_be_parameter(s: Any, data: set) -> bool:
    return (
        isinstance(s, sp.Symbol)
        and not isinstance(s, Named)
        and estimate_of(s) is None
        and not s.is_integer
        and s.name not in data
        and s.name not in CONSTANT_WORDS
    )


def split_log(e: sp.Basic) -> sp.Basic | None:
    """A candidate for ``log e`` with logs of products over samples written as sums.

    ``log prod_i f_i -> sum_i log f_i``, then sympy's ``expand_log`` with
    ``force=True``: a candidate only, never trusted - the builder has the engine
    check ``log e`` equal to it under the post's domains. ``None`` if sympy fails.
    """
    try:
        with evaluating(True):
            out = sp.log(e)
            out = out.replace(
                lambda x: isinstance(x, sp.log) and isinstance(x.args[0], sp.Product),
                lambda x: sp.Sum(sp.log(x.args[0].function), *x.args[0].limits),
            )
            return sp.expand_log(out, force=True, deep=True)
    except (TypeError, ValueError, AttributeError, RecursionError):
        return None


def weights_for(params: list[sp.Symbol], taken: set) -> list[sp.Symbol]:
    """One real weight ``c_theta`` per parameter, named apart from every symbol in ``taken``."""
    names = {getattr(s, "name", str(s)) for s in taken}
    out = []
    for p in params:
        name = f"c_{p.name}"
        while name in names:
            name += "'"
        names.add(name)
        out.append(sp.Symbol(name, real=True))
    return out


def partials(e: sp.Basic, params: list[sp.Symbol], weights: list[sp.Symbol]) -> sp.Basic:
    """``sum_k c_k d/dtheta_k e`` (unevaluated); one parameter: ``d/dtheta e`` alone."""
    if len(params) == 1:
        return sp.Derivative(e, params[0], evaluate=False)
    terms = [
        sp.Mul(c, sp.Derivative(e, p, evaluate=False), evaluate=False)
        for c, p in zip(weights, params, strict=True)
    ]
    return sp.Add(*terms, evaluate=False)


def describe_check(params: list[sp.Symbol], constants: Iterable[sp.Basic], factor: bool) -> str:
    """The ``how`` of a link checked up to a constant."""
    by = ", ".join(f"d/d{p}" for p in params)
    if factor:
        return f"up to a factor: {by} of the logs of both sides compared"
    ks = ", ".join(sorted(str(k) for k in constants))
    what = f" ({ks} free of the parameters)" if ks else ""
    return f"up to an additive constant{what}: {by} of both sides compared"


def no_parameter_reason(factor: bool, constants: Iterable[sp.Basic] = ()) -> str:
    what = "a factor" if factor else "an additive constant"
    ks = ", ".join(sorted(str(k) for k in constants))
    first = f"{ks} appears here for the first time: the row " if ks else ""
    return (
        f"{first}holds only up to {what}, and the post names no parameter (no function of "
        "a parameter, no derivative, no estimate) it would be free of, so it is not checked"
    )


class UpToLinks:
    """Links that hold up to a constant (a mixin of :class:`._build._Builder`)."""

    #: The post's parameters (:func:`post_parameters`), set before the first row.
    parameters: frozenset = frozenset()

    def _arbitrary_constants(self, e: Any) -> set[sp.Symbol]:
        """The arbitrary constants ``e`` adds (see the module docstring)."""
        if not isinstance(e, sp.Add):
            return set()
        known = self.parameters | self.variables
        cands = set()
        for s in _symbols(e):
            if (
                not isinstance(s, sp.Symbol)
                or s in known
                or s in self.names.defined
                or estimate_of(s) is not None
                or s.is_integer
            ):
                continue
            new = (s not in self.seen or s in self.row_seen) and "_" not in s.name
            # (A new name with a subscript, epsilon_n, is a quantity per sample, not a constant.)
            if s in self.arbitrary or s.name in CONSTANT_WORDS or new:
                cands.add(s)
        return additive_constants(e, cands)

    def _log_of(self, pr: ParsedRow, e: sp.Basic, helpers: list[int]) -> sp.Basic:
        """``log e``, written as a sum when ``e`` is a product (a likelihood).

        The engine takes derivatives before it splits logarithms, and the
        derivative of a product over the samples is a sum of partial products it
        cannot bring to a normal form. So ``log e`` is offered in split form
        (:func:`split_log`), and a helper step asks the engine to show
        ``log e`` equals it - which needs ``e > 0``; the link is not proved, nor
        refuted, when the helper fails (the open condition is said).
        """
        whole = sp.log(e, evaluate=False)
        split = split_log(e)
        if split is None or split == whole:
            return whole
        self._anchor(pr, whole)
        helpers.append(self._add(self._mk(pr, split, "auto", "=", note="helper-log"), pr.row.line))
        return split

    def _proportional_chain(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        """``A \\propto B`` as a row's first link (``L(p) \\propto p^k (1-p)^{n-k}``)."""
        self._remember(e0)
        target, why = self.names.resolve(e0)
        why = why if target is None else _why(target)
        if (
            not why
            and isinstance(e0, NamedApplied)
            and isinstance(target, AppliedUndef)
            and str(target.func) == str(e0.func)
            and target.args == e0.args
            and not self.names.has_value(e0)
        ):
            # f(x | sigma^2) \propto ...: a generic letter (f, g, h) without a value is read,
            # but as an arbitrary function no kernel is comparable with it: a kernel stated
            why = f"{e0.func}(...) has no value"
        if why:
            self._remember(e1)
            w, _ = self.names.resolve(e1)
            if self._restated_kernel(pr, e0, w, rel):
                return
            if self._kernel_stated(pr, e0, w, rel):  # bayes28 (._stated_kernels)
                return
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=f"{_relation_reason(rel)} ({why})"))
            # A chain L \propto B = B' goes on from B.
            if w is not None and not _why(w):
                self.cur = _Cur("expr", self._anchor(pr, w), w, self._row_index, None, pr.row.line)
            else:
                self.cur = _Cur()
            return
        h = self._anchor(pr, target)
        self.cur = _Cur("expr", h, target, self._row_index, None, pr.row.line)
        self._proportional(pr, h, target, e1, rel)

    def _restated_kernel(self, pr: ParsedRow, head: sp.Basic, w: sp.Basic | None, rel: str) -> bool:
        """``A \\propto C`` with ``A`` a call without a value that an earlier row stated
        proportional to ``B`` (``\\pi(\\theta, \\sigma^2 | y) \\propto ...`` row after row):
        both rows claim a kernel of ``A``, so ``C / B`` must be free of ``A``'s arguments
        (all of them, before and after a bar: the most any such claim can mean). Compared
        by the logs' derivatives, a proof only (``B`` is not established). False when the
        row is not of that form; ``C`` becomes ``A``'s kernel for the rows after it."""
        if not isinstance(head, NamedApplied) or w is None or _why(w) or is_matrix(w):
            return False
        if _written_call(pr, head) is None:
            return False
        # p(theta | sigma^2, y) and p(theta, sigma^2 | y): one call to sympy, two functions
        key = (head, tuple(_before_the_bar(pr, head)))
        before = self.kernels.get(key)
        self.kernels[key] = w
        if before is None:
            return False
        arguments_ = {a for a in head.args if isinstance(a, sp.Symbol)}
        over = sorted(arguments_ & (_symbols(before) | _symbols(w)), key=str)
        if not over:
            return False
        against = (
            f"{head.func}(...) has no value: the kernel of it stated before is not established"
        )
        self._up_to(pr, before, w, rel, set(), factor=True, against=against, over=over)
        return True

    def _proportional(
        self, pr: ParsedRow, prev_step: int, prev: sp.Basic, written: sp.Basic, rel: str
    ) -> LinkPlan:
        """``prev \\propto written``: checked by the derivatives of the logs."""
        self._remember(written)
        w, why = self.names.resolve(written)
        if w is None:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
        why = _why(w) or _why(prev)
        if why:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=why))
        against = taken_reason(self, prev_step)  # REFUTE20: prev only taken as given
        # a product of kernels stated before (._bayes): not established either
        against = against or self.kernel_steps.get(prev_step, "")
        # Batch 27: letters the row brings in for the first time (exp(-A y^2/2 + B y), "where
        # A = tau" after it) hold for suitable values only, as on an '=' row: drawn freely
        # they are no counterexample. A check that holds whatever they are still proves.
        fresh = self._fresh_in(w, prev)
        if fresh:
            self.unsettled |= fresh
            against = against or _fresh_reason(fresh, getattr(self, "def_only", None))
        return self._up_to(pr, prev, w, rel, set(), factor=True, against=against)

    def _matrix_up_to(
        self, pr: ParsedRow, w: sp.Basic, rel: str, constants: set, how: str = ""
    ) -> LinkPlan:
        """``w`` claimed equal to the line above up to ``constants``, in vectors or matrices.

        Derivatives by a matrix are not offered to the engine (read 1x1 they could
        refute, never prove), so the link is unchecked; the row's constants are
        remembered and the line goes on from ``w`` as written.
        """
        key = self.cur.key
        step = self._anchor(pr, w)
        self.cur = _Cur("expr", step, w, self._row_index, key, pr.row.line)
        if key is not None:
            self._update_chain_value(w, step, pr)
        self.arbitrary |= constants
        ks = ", ".join(sorted(str(k) for k in constants))
        return self._link(
            pr,
            LinkPlan(
                rel,
                UNCHECKED,
                reason=f"equal up to the constant {ks} in vectors or matrices: {_MATRIX_REASON}",
                how=how,
            ),
        )

    def _up_to(
        self,
        pr: ParsedRow,
        prev: sp.Basic,
        w: sp.Basic,
        rel: str,
        constants: set,
        *,
        factor: bool = False,
        against: str = "",
        over: list | None = None,
    ) -> LinkPlan:
        """``w`` claimed equal to ``prev`` up to a constant (``factor``: up to a factor).

        ``constants`` are the arbitrary constants ``w`` adds. When only ``prev``
        has one, the row drops it: it holds at best for a suitable value of it.
        ``against`` names the definition ``prev`` is (a disagreement with a
        definition the post never checks cannot say which of the two is wrong).
        ``over``: the parameters the constant must be free of, when the caller knows them.
        """
        inherited = additive_constants(prev, self.arbitrary) if not factor else set()
        a, b = drop_terms(prev, inherited | constants), drop_terms(w, constants)
        matrix = is_matrix(a) or is_matrix(b)
        if matrix:
            a, b = as_scalars(a), as_scalars(b)
        key = self.cur.key if not factor else None
        # The next row continues the line as written (with its constant).
        step = self._anchor(pr, w)
        self.cur = _Cur("expr", step, w, self._row_index, key, pr.row.line)
        if key is not None:
            self._update_chain_value(w, step, pr)
        self.arbitrary |= constants
        if a is None or b is None:
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=_MATRIX_REASON))
        # a parameter the prose says is known is a constant the factor may hold
        known = getattr(self.ctx, "known", frozenset())
        names = {p.name for p in self.parameters | self.variables} - set(known)
        params = sorted(
            {s for s in _symbols(a) | _symbols(b) if isinstance(s, sp.Symbol) and s.name in names},
            key=str,
        )
        other: list = []
        if over is not None:
            params = over
        elif not factor:
            # log p(mu | x) = ... + C: C is free of mu (a posterior) or of x (a likelihood)
            params, other = self._either_side_of_the_bar(params)
        else:
            # a row "\\propto ..." with no head of its own is about its chain's head (batch 51)
            head_pr = _chain_head(self.plans, pr)
            other = _after_the_bar(head_pr, params, _symbols(a) | _symbols(b))
            params = _of_its_arguments(head_pr, params)
            # lead5: "as a likelihood, a function of $\\lambda$": only that reading counts
            head = pr.sides[0] if pr.sides else None  # SOUNDA: ._said_readings
            said, named = (
                reading_said(pr, params, other, likelihood_kind(head) == "L")
                if other
                else (None, [])
            )
            if said == CONFLICT:
                return self._link(pr, LinkPlan(rel, UNCHECKED, reason=conflict_reason()))
            if said == "after":
                params, other = named or other, []
            elif said == "before":
                params, other = named or params, []
        if not params:
            fresh = {k for k in constants if k in self.row_seen}
            return self._link(
                pr, LinkPlan(rel, UNCHECKED, reason=no_parameter_reason(factor, fresh))
            )
        weights = weights_for(params, _symbols(a) | _symbols(b) | self.seen)
        helpers: list[int] = []
        if factor:
            a, b = self._log_of(pr, a, helpers), self._log_of(pr, b, helpers)
        lhs, rhs = partials(a, params, weights), partials(b, params, weights)
        self._anchor(pr, lhs)
        i = self._add(self._mk(pr, rhs, "auto", "="), pr.row.line)
        link = LinkPlan(
            rel,
            STEP,
            step=i,
            how=describe_check(params, constants | inherited, factor),
            matrix=matrix,
            upto=True,
            helpers=helpers,
        )
        if inherited and not constants:
            ks = ", ".join(sorted(str(k) for k in inherited))
            link.suitable = (
                f"the line it is compared with holds only up to the constant {ks}, which this "
                f"row leaves out: it holds only for a suitable value of {ks}"
            )
        if other and other != params:
            # the likelihood reading of a conditional density: proportional in what follows
            # the bar (the row may mean either; it is refuted only if it fails in both)
            ws = weights_for(other, _symbols(a) | _symbols(b) | self.seen)
            self._anchor(pr, partials(a, other, ws))
            j = self._add(self._mk(pr, partials(b, other, ws), "auto", "="), pr.row.line)
            names = ", ".join(str(p) for p in other)
            link.readings.append((j, f"as a function of {names}, what follows the bar"))
            link.how += f" (or, as a likelihood, d/d{names})"
        if against:
            link.disputed = against
        return self._link(pr, link)

    def _either_side_of_the_bar(self, params: list) -> tuple[list, list]:
        """``params`` split at the bar of the conditional density the chain is about
        (``log p(mu | x) = ... + C``, its value given at a call with a bar): the ones that
        precede it, and the ones that follow it - the two constants the row may mean. A
        chain about anything else: ``params`` and nothing."""
        key = self.cur.key
        values = self.names.quantities.get(key) if isinstance(key, str) else None
        value = values[-1] if values else None
        call = value.call if value is not None else None
        first = self.names.definitions.get(key) if value is not None else None
        if call is None and first is not None and 0 <= first.row < len(self.plans):
            # log p(x | theta) = ...: the value of "log p" keeps no call; its row's head does
            sides = self.plans[first.row].parsed.sides
            head = sides[0] if sides else None
            call = head.args[0] if isinstance(head, sp.log) else head
        bar = bar_of(call) if isinstance(call, NamedApplied) else 0
        if not bar:
            return params, []
        names = [
            {s.name for a in part for s in a.free_symbols if isinstance(s, sp.Symbol)}
            for part in (call.args[:bar], call.args[bar:])
        ]
        before = [p for p in params if p.name in names[0]]
        after = [p for p in params if p.name in names[1] and p.name not in names[0]]
        return (before, after) if before and after else (params, [])


def _chain_head(plans: list, pr: ParsedRow) -> ParsedRow:
    """The row whose head a row is about: ``pr`` itself when it writes a left side; for a row
    that goes on from the one above (``&\\propto ...``, no left side), the first row of its
    run in the same block (held-out batch 51, Burrack's NIG post line 92: the chain's
    ``p(\\mu, \\sigma^2 \\mid y)`` is what the row is proportional as a function of)."""
    if pr.sides and pr.sides[0] is not None:
        return pr
    block = pr.row.block
    for plan in reversed(plans[-40:]):
        before = plan.parsed
        if before.row.block != block or before.row.line > pr.row.line:
            break
        if before.sides and before.sides[0] is not None:
            return before
    return pr


def _of_its_arguments(pr: ParsedRow, params: list) -> list:
    """The parameters a row ``f(x) \\propto ...`` is proportional in: the arguments of its
    head (``\\pi(\\mu) \\propto e^{-M(\\mu - \\mu_0)^2/2}`` drops a factor in ``\\mu_0``, a
    constant of ``\\pi`` as a function of ``\\mu``), and of a conditional density only what
    it is of (``p(\\mu | y) \\propto ...`` drops ``1/p(y)``, a factor in ``y``), when some
    are; else all of ``params``."""
    head = pr.sides[0] if pr.sides else None
    if not isinstance(head, NamedApplied):
        return params
    args = [a.name for a in head.args if isinstance(a, sp.Symbol)]
    for names in (_before_the_bar(pr, head), args):
        chosen = [p for p in params if p.name in names]
        if chosen:
            return chosen
    return params


def _after_the_bar(pr: ParsedRow, params: list, written: set) -> list:
    """The symbols of ``written`` (the row's) that follow the bar of the row's head
    (``lambda`` of ``f(y | \\lambda) \\propto ...``; ``sigma2`` of ``f(x | \\sigma)`` read as
    ``sqrt(sigma2)``, lead5), when some of ``params`` precede it; else empty."""
    head = pr.sides[0] if pr.sides else None
    if not isinstance(head, NamedApplied):
        return []
    before = _before_the_bar(pr, head)
    if not any(p.name in before for p in params):
        return []
    after = {s for a in head.args[len(before) :] for s in a.free_symbols}
    return sorted((s for s in written if s in after and isinstance(s, sp.Symbol)), key=str)


def _squared_name(name: str) -> str:
    """``sigma`` for the variance symbol ``sigma2`` (else ``name`` itself)."""
    return name[:-1] if name.endswith("2") and len(name) > 2 else name


#: Words of a paragraph that say which argument a ``\\propto`` row is a function of: "a
#: function of $\\lambda$", "the density of $y$", "a kernel in $\\theta$".
_SAID_OF = re.compile(
    r"\b(?:function|density|pmf|pdf|kernel|distribution|likelihood|posterior)\s+(?:of|in)\s+"
    r"\$\s*\(?\s*\\?([A-Za-z]+)\s*[$,)]",
    re.IGNORECASE,
)


def said_reading(pr: ParsedRow, before: list, after: list) -> str | None:
    """lead5: "before" or "after" when the paragraph before the row says which side of the
    bar the row is a function of; None when it does not, or names both (adversarial set 14:
    a kernel right only in the reading not meant). Said by naming arguments ("a function of
    $\\lambda$", "the density of $y$"), else by the one word "posterior" (a function of what
    precedes the bar) or "likelihood" (of what follows it, or precedes it in ``L(\\theta |
    x)``, the likelihood's own name)."""
    prose = (pr.row.prose or "")[-600:]
    said = {m.group(1) for m in _SAID_OF.finditer(prose)}
    sides = set()
    for name in said:
        for side, params in (("before", before), ("after", after)):
            if any(name in (p.name, _squared_name(p.name)) for p in params):
                sides.add(side)
    if said:
        return sides.pop() if len(sides) == 1 else None
    posterior = re.search(r"\bposterior", prose, re.IGNORECASE) is not None
    likelihood = re.search(r"\blikelihood", prose, re.IGNORECASE) is not None
    if posterior and not likelihood:
        return "before"
    if likelihood and not posterior:
        head = pr.sides[0] if pr.sides else None
        return "before" if likelihood_kind(head) == "L" else "after"
    return None


def _written_call(pr: ParsedRow, head: NamedApplied) -> str | None:
    """The arguments of ``head`` (the row's first side) as written (``\\theta \\mid y``
    of ``\\pi(\\theta \\mid y)``), or None when the row's first side is no one call of it."""
    texts, _ = split_relations(pr.row.text)
    name = str(head.func)
    for written in (name, "\\" + name):
        calls = written_calls(texts[0], written) if texts else []
        if len(calls) == 1:
            return calls[0]
    return None


def _before_the_bar(pr: ParsedRow, head: NamedApplied) -> list[str]:
    """The names of the arguments ``head`` (the row's first side) is written with before
    a bar (``p(\\mu | y)`` -> ``["mu"]``); empty when it is written without one."""
    call = _written_call(pr, head)
    parts = BAR.split(call) if call is not None else []
    if len(parts) != 2:
        return []
    count = len(arguments(parts[0]))
    return [a.name for a in head.args[:count] if isinstance(a, sp.Symbol)]


__all__ = [
    "UpToLinks",
    "CONSTANT_WORDS",
    "PROPORTIONAL",
    "additive_constants",
    "describe_check",
    "drop_terms",
    "no_parameter_reason",
    "partials",
    "post_parameters",
    "weights_for",
]
