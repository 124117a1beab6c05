"""How a derivation's results become an estimator: which statistics, in which order.

A :class:`Plan` reads a :class:`~derivations.Derivation`'s ``results`` (closed forms
``Eq(parameter, form)`` and observed informations ``information_<parameter>``) and its
``log_likelihood``, and decides how to compute them:

- ``"sums"``: the closed forms and the log-likelihood, once its summands are expanded, use
  only parameter-free sample sums (Poisson, exponential, Bernoulli, gamma ...). The sums
  are the sufficient statistics: one pass over the data, merged across batches by
  addition, so ``partial_fit`` and dask work; everything else is a function of them.
- ``"moments"``: the Gaussian, whose variance sums ``(x_n - mu)^2``. Kept as count, mean
  and centred sum of squares (``_stats.SuffStats``), merged with Chan, Golub & LeVeque's
  formula, because expanding the square cancels catastrophically.
- ``"sequential"``: a parameter stays inside a sum in a way no expansion removes
  (``|x_n - mu|``): each closed form is evaluated on the data as written, in dependency
  order, and the statistics cannot be merged (no ``partial_fit``).

Parameters with no closed form among the results (the gamma's shape) are found by
solving the score equations numerically (``_solve``) on the profile log-likelihood.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from ._compile import CompiledExpr, compile_sample_expr
from ._families import Family, family_of
from ._sums import SumStatistics, linearise, param_free, prepare, sums_in

INFO_PREFIX = "information_"
SCORE_PREFIX = "score_"


@dataclasses.dataclass(frozen=True, eq=False)
class Plan:
    """The compiled pieces of one derivation (see the module docstring).

    Attributes
    ----------
    name : str
    family : Family
    params : tuple of sympy.Symbol
        Estimated parameters: closed-form ones in dependency order, then numeric ones.
    closed : dict
        Parameter -> closed form (the right-hand side of its result).
    numeric : tuple of sympy.Symbol
        Parameters without a closed form: solved from the score equations.
    known : tuple of sympy.Symbol
        Symbols the user supplies.
    info : dict
        Parameter (diagonal) or pair of parameters (off-diagonal) -> the derivation's
        observed information at the estimate, where it states it.
    ll : sympy.Expr
        The log-likelihood, ``factorial`` and ``binomial`` rewritten with ``loggamma``.
    kind : str
        ``"sums"``, ``"moments"`` or ``"sequential"``.
    stats : SumStatistics or None
        For ``"sums"``: the sufficient statistics.
    """

    name: str
    family: Family
    params: tuple[Any, ...]
    closed: dict[Any, Any]
    numeric: tuple[Any, ...]
    known: tuple[Any, ...]
    info: dict[Any, Any]
    ll: Any
    kind: str
    stats: SumStatistics | None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)

    @property
    def known_names(self) -> tuple[str, ...]:
        return tuple(k.name for k in self.known)

    @property
    def all_params(self) -> tuple[Any, ...]:
        return (*self.params, *self.known)

    @functools.cached_property
    def samples(self) -> tuple[str, ...]:
        """Sample bases other than ``x`` (``("y",)``: a regression's responses), sorted."""
        import sympy as sp

        from derivations.symbols import x

        bases = {i.base for i in self.ll.atoms(sp.Indexed)} - {x}
        return tuple(sorted(str(b.label) for b in bases))

    # ---------------------------------------------------------------- expressions

    def hessian(self) -> list[list[Any]]:
        """Second derivatives of the log-likelihood in the parameters (sympy, cached)."""
        return self._hessian

    @functools.cached_property
    def _hessian(self) -> list[list[Any]]:
        return _hessian(self.ll, self.params)

    def information_exprs(self) -> list[list[Any]]:
        """The observed-information matrix at the estimate, entry by entry.

        The diagonal entry of a parameter whose derivation states
        ``information_<parameter>`` is that derived expression, and the entry of a pair
        stated as ``information_<p>_<q>`` too; the other entries are ``-d^2 LL`` by
        sympy. All are evaluated at the estimates by the caller.
        """
        return _information(self.ll, self.params, self.info, self._hessian)

    @functools.cached_property
    def nonsmooth(self) -> tuple[str, ...]:
        """Parameters whose observed information involves a DiracDelta (a kink)."""
        import sympy as sp

        h = self.hessian()
        return tuple(
            p.name for i, p in enumerate(self.params) if any(e.has(sp.DiracDelta) for e in h[i])
        )

    @functools.cached_property
    def sum_outer(self) -> dict[str, CompiledExpr]:
        """For ``"sums"``: closed forms, LL and information compiled over the statistics."""
        assert self.stats is not None
        st = self.stats
        lin = linearise
        args = self.all_params
        out = {p.name: st.outer([lin(f)], args) for p, f in self.closed.items()}
        out["info"] = st.outer([lin(e) for row in self.information_exprs() for e in row], args)
        return out

    @functools.cached_property
    def data_ll(self) -> CompiledExpr:
        """The log-likelihood compiled on data (for ``log_likelihood(X)``)."""
        return compile_sample_expr(self.ll, self.all_params, self.samples)

    @functools.cached_property
    def data_info(self) -> CompiledExpr:
        """The information matrix entries compiled on data (``"sequential"``, ``"moments"``)."""
        return compile_sample_expr(
            tuple(prepare(e) for row in self.information_exprs() for e in row),
            self.all_params,
            self.samples,
        )

    @functools.cached_property
    def data_closed(self) -> dict[Any, CompiledExpr]:
        """Each closed form compiled on data, the other parameters as inputs."""
        return {
            p: compile_sample_expr(prepare(f), self.all_params, self.samples)
            for p, f in self.closed.items()
            if not is_median(f)
        }


def is_median(form: Any) -> bool:
    """Whether a closed form is ``Median(x, N)`` (a result no stationary point gives)."""
    return type(form).__name__ == "Median" and len(getattr(form, "args", ())) == 2


def _hessian(ll: Any, params: tuple[Any, ...]) -> list[list[Any]]:
    import sympy as sp

    return [[sp.diff(ll, a, b) for b in params] for a in params]


def _information(
    ll: Any, params: tuple[Any, ...], info: dict[Any, Any], hessian: Any = None
) -> list[list[Any]]:
    import sympy as sp

    out = [[-e for e in row] for row in (hessian or _hessian(ll, params))]
    for i, p in enumerate(params):
        if p in info:
            out[i][i] = info[p]
        for j, q in enumerate(params):
            if (p, q) in info:
                out[i][j] = out[j][i] = info[(p, q)]
    # A log-likelihood with a kink (|x_n - mu|) has no second derivative there: the
    # entry is a DiracDelta sum. Those entries are left out (0) and the parameters'
    # standard errors reported as NaN (see ``Plan.nonsmooth``).
    return [[sp.S.Zero if e.has(sp.DiracDelta) else e for e in row] for row in out]


def parametric_part(lin_ll: Any, params: tuple[Any, ...]) -> Any:
    """A linearised log-likelihood without its terms free of the parameters.

    ``- Sum(loggamma(x_n + 1))`` of the Poisson does not move the maximum or the
    information; leaving it out spares a pass of ``gammaln`` over the data when fitting.
    """
    import sympy as sp

    expanded = sp.expand(lin_ll, multinomial=False, power_exp=False, log=False)
    ps = set(params)
    return sp.Add(*[t for t in sp.Add.make_args(expanded) if t.free_symbols & ps])


def _order(closed: dict[Any, Any], params: list[Any]) -> list[Any]:
    """Closed-form parameters so that each comes after those its form uses."""
    done: list[Any] = []
    pending = [p for p in params if p in closed]
    while pending:
        ready = [p for p in pending if not (closed[p].free_symbols & (set(pending) - {p}))]
        if not ready:
            names = ", ".join(p.name for p in pending)
            raise ValueError(f"The closed forms of {names} depend on one another in a cycle.")
        done += ready
        pending = [p for p in pending if p not in ready]
    return done


def build_plan(derivation: Any, known_names: tuple[str, ...] = ()) -> Plan:
    """The :class:`Plan` of ``derivation``; ``known_names`` are symbols the user supplies.

    Raises
    ------
    ValueError
        If the derivation has no log-likelihood, a result is not an equation solved for a
        symbol, a known name is not a symbol of the log-likelihood, or a form does not
        compile (the compiler's message names the sub-expression).
    """
    import sympy as sp

    from derivations.symbols import N, n

    name = derivation.name
    family = family_of(name)
    if derivation.log_likelihood is None:
        raise ValueError(f"Derivation {name!r} states no log-likelihood to estimate from.")
    ll = prepare(derivation.log_likelihood)
    closed: dict[Any, Any] = {}
    info: dict[Any, Any] = {}
    for key, eq in derivation.results.items():
        if key.startswith(SCORE_PREFIX):
            # An equation the estimate solves (no closed form): the parameter is found by
            # maximising the profile log-likelihood, whose stationary point it states.
            continue
        if not (isinstance(eq, sp.Equality) and isinstance(eq.lhs, sp.Symbol)):
            raise ValueError(
                f"Result {key!r} of {name!r} is not an equation 'symbol = form': {eq}."
            )
        if key.startswith(INFO_PREFIX):
            info[key[len(INFO_PREFIX) :]] = eq.rhs
        else:
            closed[eq.lhs] = eq.rhs
    labels = {i.base.label for i in ll.atoms(sp.Indexed)}
    free = sorted(ll.free_symbols - {N, n} - labels, key=lambda s: s.name)
    free = [s for s in free if isinstance(s, sp.Symbol)]
    known_set = set(known_names) | set(family.known)
    unknown_known = sorted(set(known_names) - {s.name for s in free})
    if unknown_known:
        raise ValueError(
            f"known parameters {unknown_known} are not symbols of the {name!r} log-likelihood "
            f"(its symbols: {[s.name for s in free]})."
        )
    known = tuple(s for s in free if s.name in known_set)
    estimated = [s for s in free if s.name not in known_set]
    for p in closed:
        if p not in estimated:
            raise ValueError(
                f"Result for {p} of {name!r} is not a parameter of its log-likelihood."
            )
    order = _order(closed, estimated)
    numeric = tuple(p for p in estimated if p not in closed)
    params = (*order, *numeric)
    info_by_symbol = _information_entries(name, info, params)

    # Which evaluation strategy (module docstring): sums if every form is linear in
    # parameter-free sums once expanded.
    exprs = [linearise(closed[p]) for p in order] + [linearise(ll)]
    if param_free(sums_in(exprs), params):
        # The statistics: what the closed forms, the information and (for parameters
        # without a closed form) the parametric part of the log-likelihood need.
        needed = [linearise(closed[p]) for p in order]
        needed += [linearise(e) for row in _information(ll, params, info_by_symbol) for e in row]
        if numeric:
            needed.append(parametric_part(linearise(ll), params))
        kind, stats = "sums", SumStatistics.of(needed, known)
    elif _is_gaussian(closed):
        kind, stats = "moments", None
    else:
        kind, stats = "sequential", None
    return Plan(name, family, params, closed, numeric, known, info_by_symbol, ll, kind, stats)


def _information_entries(name: str, info: dict[str, Any], params: tuple[Any, ...]) -> dict:
    """``information_<p>`` -> key ``p`` (diagonal); ``information_<p>_<q>`` -> ``(p, q)``.

    An off-diagonal entry is stated once, under both names in the order of its key; it
    stands for both symmetric positions. A key that names no parameter (or pair) is an
    error: silently ignoring it would replace a derived entry by sympy's.
    """
    by_name = {p.name: p for p in params}
    pairs = {f"{a.name}_{b.name}": (a, b) for a in params for b in params if a != b}
    out: dict[Any, Any] = {}
    for key, form in info.items():
        if key in by_name:
            out[by_name[key]] = form
        elif key in pairs:
            out[pairs[key]] = form
        else:
            raise ValueError(
                f"Result {INFO_PREFIX}{key!r} of {name!r} names no estimated parameter "
                f"(nor a pair of them): the parameters are {sorted(by_name)}."
            )
    return out


def _is_gaussian(closed: dict[Any, Any]) -> bool:
    """Whether the forms are the Gaussian mean and centred mean square (``_stats``)."""
    from derivations.symbols import mu, sigma2

    from ._stats import GaussianForms

    if set(closed) != {mu, sigma2}:
        return False
    return GaussianForms.from_results({"mu": closed[mu], "sigma2": closed[sigma2]}).mergeable


__all__ = ["INFO_PREFIX", "SCORE_PREFIX", "Plan", "build_plan"]
