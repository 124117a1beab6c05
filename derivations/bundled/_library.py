"""What the library's derivations share: writing steps, references, confirmation.

Each derivation of the library (``exponential-mle``, ``poisson-mle`` ...)
is written out step by step in a module of its own; this module only holds
the plumbing they have in common:

- :class:`Writer` appends steps and remembers the current section;
- :func:`sample_sum` builds ``sum_{n=1}^{N} f`` with the summand as written;
- :func:`reference_log_likelihood` is ``sum_n log`` of a density that a
  module takes from ``sympy.stats`` (an independent source) and registers as
  the reference of its first line;
- :func:`information_steps` writes the observed information at the estimate:
  minus the derivative of the score, carried out, then evaluated at the
  estimate (the key ``information_<parameter>`` of ``results``);
- :func:`confirmer` makes a confirmation hook that runs
  :func:`~derivations.engine._confirm.confirm_maximum` on the parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import sympy as sp

from .._forms import evaluated, substituted
from .._model import Step
from ..symbols import N, n

LL = r"\mathcal{LL}"


def sample_sum(f: sp.Basic) -> sp.Sum:
    """``Sum(f, (n, 1, N))`` with ``f`` kept as written."""
    # Under evaluate(False) sympy's Sum stores its summand as 1*f; build it
    # with evaluation on (the summand itself stays as written).
    with sp.evaluate(True):
        return sp.Sum(f, (n, 1, N))


class Writer:
    """Appends steps; ``section`` applies to the steps added after it is set."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.section = ""

    def add(self, expr: sp.Basic, rule: Any, relation: str = "=", **kw: Any) -> int:
        kw.setdefault("section", self.section)
        self.steps.append(Step(expr, rule, relation, **kw))
        return len(self.steps) - 1

    def expr(self, i: int) -> sp.Basic:
        return self.steps[i].expr


def reference_log_likelihood(density: sp.Basic, sample: sp.Basic) -> sp.Sum:
    """``sum_n log density`` for a density at one sample ``x_n`` (from ``sympy.stats``)."""
    return sp.Sum(sp.log(density), (n, 1, N))


def information_key(parameter: str) -> str:
    """The ``results`` key of the observed information of ``parameter``."""
    return f"information_{parameter}"


def information_steps(
    w: Writer,
    score_end: int,
    wrt: sp.Symbol,
    estimate: int,
    rewrites: Sequence[tuple[sp.Basic, Any]],
    at_estimate: Sequence[tuple[sp.Basic, Any]],
    latex_name: str,
) -> int:
    """Write ``-d/dwrt`` of the score (step ``score_end``) and its value at the estimate.

    ``rewrites`` are the lines (and their rules) that carry the derivative
    out; the first is written after the start ``-d/dwrt (score)``.
    ``at_estimate`` are the lines after the substitution of step ``estimate``
    (an equation ``wrt = e``). Returns the index of the last step.
    """
    score = w.expr(score_end)
    with sp.evaluate(False):
        start = sp.Mul(-1, sp.Derivative(score, wrt))
    squared = rf"\left({latex_name}\right)^{{2}}" if "^" in latex_name else f"{latex_name}^{{2}}"
    d2 = rf"-\frac{{\partial^{{2}} {LL}}}{{\partial {squared}}}"
    w.add(
        start,
        "observed-information",
        "start",
        params={"ref": score_end, "wrt": wrt},
        lhs_latex=d2,
        note="the observed information: minus the second derivative of the log-likelihood",
    )
    last = None
    for expr, rule in rewrites:
        last = w.add(expr, rule)
    value = w.expr(estimate).rhs
    with sp.evaluate(False):
        first_at = substituted(w.expr(last), wrt, value)
    last = w.add(
        first_at,
        "evaluate-at",
        "start",
        params={"ref": last, "at": estimate},
        lhs_latex=rf"\left. {d2} \right|_{{{latex_name} = \hat{{{latex_name}}}}}",
    )
    for expr, rule in at_estimate:
        last = w.add(expr, rule)
    return last


def result_equation(symbol: sp.Basic, value: sp.Basic) -> sp.Equality:
    """``symbol = value`` with ``value`` evaluated (the form ``results`` holds)."""
    return sp.Eq(symbol, evaluated(value), evaluate=False)


def confirmer(*parameters: sp.Symbol) -> Callable[[Any], list[Any]]:
    """A confirmation hook: :func:`confirm_maximum` over ``parameters`` only.

    ``results`` also holds observed informations, which are not parameters.
    """

    def confirm(d: Any) -> list[Any]:
        from ..engine._confirm import confirm_maximum

        estimates = {k: v for k, v in d.results.items() if not k.startswith("information_")}
        return confirm_maximum(_with_results(d, estimates), parameters)

    # The confirmation cache keys on the hook's name.
    confirm.__qualname__ = f"confirmer({', '.join(map(str, parameters))})"
    return confirm


def _with_results(d: Any, results: dict[str, sp.Equality]) -> Any:
    import dataclasses

    return dataclasses.replace(d, results=results)


class Median(sp.Function):
    """``Median(x, N)``: a median of the samples ``x_1, ..., x_N`` (a result, not a step).

    A result that no stationary point gives (the Laplace location: the
    log-likelihood has no derivative in ``mu`` at the samples) is stated with
    this function; the derivation's confirmation hook checks it numerically.
    For an even ``N`` every point between the two middle samples is a maximum;
    the usual choice is their mean.
    """

    nargs = 2
    is_real = True

    def _latex(self, printer: Any) -> str:
        x, size = self.args
        name = printer._print(x.label if isinstance(x, sp.IndexedBase) else x)
        size = printer._print(size)
        return rf"\operatorname{{median}}\left({name}_{{1}}, \ldots, {name}_{{{size}}}\right)"

    # The project's printer (render/_printer.py) looks for this name.
    _derivations_latex = _latex
