"""A kernel stated for a density without a value: ``\\pi(\\mu) \\propto e^{-M(\\mu - \\mu_0)^2/2}``.

``A \\propto B`` with ``A`` a call of a name without a value says what ``A`` is up to a
factor free of its variable: a premise, as ``A = B`` defines ``A``. Three cases:

- the row is the posterior of a parameter (``\\pi(\\lambda | x)``, what precedes the bar the
  parameter) and the post stated, on rows above, the likelihood of that parameter (a call
  with it after the bar, ``f(x | \\lambda)``, or a likelihood ``L(\\lambda | x)``) and its
  prior (a call of it alone, ``\\pi(\\lambda)``), as values or kernels: the kernel is
  derived, by Bayes' rule, and compared with the likelihood times the prior as a function of
  the parameter (the logs' derivatives, as every ``\\propto`` link). A proof only: which rows
  are the likelihood and the prior is read from their calls, and their kernels are premises,
  so a difference is no refutation;
- a posterior whose likelihood is stated but not its prior (or the other way round): the
  kernel is derived from what the post does not give; not checked;
- otherwise the kernel is taken as given (a prior, a model's density, a likelihood stated
  without a model), and the rest of the row - ``\\propto B'`` after it - is compared with it
  as a function of the call's variable (``._upto``).

A likelihood ``L(\\theta) \\propto ...`` after a model was stated is left unchecked: it is a
claim about the model, which the reader does not weigh up to a factor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sympy as sp

from ._density_laws import shown
from ._model_likelihood import likelihood_kind
from ._plans import DEFINITION, UNCHECKED, LinkPlan, _Cur, _relation_reason, _why
from ._resolve import is_matrix
from ._tosympy import NamedApplied, bar_of

if TYPE_CHECKING:
    from ._parse import ParsedRow

#: Calls with a kernel or a value looked at for a posterior's likelihood and prior (a bound
#: on the work hostile posts can ask).
MAX_SOURCES = 40


def _split(call: sp.Basic) -> tuple[frozenset, frozenset]:
    """``(of, given)``: the symbols of the arguments before the bar and after it."""
    k = bar_of(call) or len(call.args)
    of = frozenset(s for a in call.args[:k] for s in a.free_symbols)
    given = frozenset(s for a in call.args[k:] for s in a.free_symbols)
    return of, given


def _parameters_of(head: sp.Basic) -> frozenset:
    """What a posterior ``q(theta | x)`` is of: the plain letters before its bar."""
    k = bar_of(head)
    return frozenset(a for a in head.args[:k] if type(a) is sp.Symbol)


def _likelihood_of(call: sp.Basic, theta: frozenset, data: frozenset) -> bool:
    """Is ``call`` a density of the posterior's ``data`` given ``theta`` (``f(x | \\sigma^2,
    \\mu)`` for ``\\pi(\\sigma^2 | x, \\mu)``), or a likelihood of ``theta`` written at those
    data (``L(\\lambda | x)``)? Data written in the call and the posterior's alike: a
    likelihood of other data (``f(y | \\theta)`` beside ``\\pi(\\theta | x)``), or of data the
    call does not show (``L(\\theta)``), is not this posterior's."""
    if not bar_of(call):
        return False
    of, given = _split(call)
    if likelihood_kind(call) == "L":
        return theta <= of and bool(given) and given <= data
    return theta <= given and not (theta & of) and bool(of) and of <= data and data <= of | given


def _prior_of(call: sp.Basic, theta: frozenset, data: frozenset) -> bool:
    """Is ``call`` a density of ``theta`` alone (``\\pi(\\lambda)``, ``p(\\mu, \\tau)``), or
    given hyperparameters only (``p(\\theta | \\alpha)``, none of them data or ``theta``)?"""
    if likelihood_kind(call) == "L":
        return False
    k = bar_of(call) or len(call.args)
    of = call.args[:k]
    if {a for a in of if type(a) is sp.Symbol} != set(theta) or len(of) != len(theta):
        return False
    return not (_split(call)[1] & (data | theta))


class StatedKernels:
    """``A \\propto B`` with ``A`` a call without a value (a mixin of ``._build._Builder``)."""

    def _kernel_stated(self, pr: ParsedRow, head: Any, w: Any, rel: str) -> bool:
        """Read the row's first link as above; False when it is not of that form (the head
        is no call, the kernel cannot be compared)."""
        if not isinstance(head, NamedApplied) or w is None or _why(w) or is_matrix(w):
            return False
        theta = _parameters_of(head) if bar_of(head) else frozenset()
        sources = self._stated_densities(head)
        if theta:
            data = _split(head)[1]
            likelihoods = [v for c, v in sources if _likelihood_of(c, theta, data)]
            priors = [v for c, v in sources if _prior_of(c, theta, data)]
            if likelihoods or priors:
                return self._posterior_kernel(pr, head, w, rel, theta, likelihoods, priors)
        model = getattr(self, "model", None) or getattr(self, "said_model", None)
        if likelihood_kind(head) == "L" and model is not None:
            self._link(
                pr,
                LinkPlan(
                    rel,
                    UNCHECKED,
                    reason=(
                        f"{_relation_reason(rel)}: a likelihood up to a factor is a claim about "
                        f"the model ({model.where()}), which the reader does not weigh up to a "
                        "factor"
                    ),
                ),
            )
            self.cur = _Cur("expr", self._anchor(pr, w), w, self._row_index, None, pr.row.line)
            return True
        self._remember_kernel(head, w)
        step = self._given(pr, w)
        self.cur = _Cur("expr", step, w, self._row_index, None, pr.row.line)
        variables = ", ".join(str(a) for a in (theta or _plain_arguments(head)))
        of = f" as a function of {variables}" if variables else ""
        if theta:
            after = ", ".join(str(a) for a in head.args[bar_of(head) :])
            of += f" (or, as a likelihood, of {after})"
        how = f"states the kernel of {shown(head)}{of}, up to a factor free of it"
        reason = f"{how}: the post gives it no other value; taken as given"
        self._link(pr, LinkPlan(rel, DEFINITION, step=step, reason=reason, how=how))
        return True

    def _stated_densities(self, head: Any) -> list[tuple[Any, Any]]:
        """The calls the rows above gave a kernel or a value, with it (resolved), other than
        ``head``'s own, newest last."""
        out: dict[Any, Any] = {}
        for history in list(self.names.quantities.values())[-MAX_SOURCES:]:
            for v in history:
                call = getattr(v, "call", None)
                if call is None or call == head or not v.params:
                    continue
                value, _ = self.names.resolve(v.expr)
                if value is not None and not _why(value) and not is_matrix(value):
                    out[call] = value
        for key, kernel in list(self.kernels.items())[-MAX_SOURCES:]:
            call = key[0] if isinstance(key, tuple) else key
            if isinstance(call, NamedApplied) and call != head and kernel is not None:
                out[call] = kernel
        return list(out.items())

    def _remember_kernel(self, head: Any, w: Any) -> None:
        self.kernels[(head, "stated")] = w

    def _posterior_kernel(
        self,
        pr: ParsedRow,
        head: Any,
        w: Any,
        rel: str,
        theta: frozenset,
        likelihoods: list,
        priors: list,
    ) -> bool:
        """The kernel of a posterior compared with the likelihood times the prior."""
        names = ", ".join(sorted(str(t) for t in theta))
        self._remember_kernel(head, w)
        if len(likelihoods) != 1 or len(priors) != 1:
            missing = "likelihood" if not likelihoods else "prior" if not priors else ""
            why = (
                f"the posterior of {names} comes from its likelihood and its prior; the post "
                f"states no {missing} of {names} above it"
                if missing
                else f"the post states more than one likelihood or prior of {names}: which "
                "one this posterior comes from is not said"
            )
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=f"{_relation_reason(rel)} ({why})"))
            self.cur = _Cur("expr", self._anchor(pr, w), w, self._row_index, None, pr.row.line)
            return True
        product = sp.Mul(likelihoods[0], priors[0], evaluate=False)
        against = (
            f"by Bayes' rule, compared with the likelihood times the prior of {names} the post "
            "states above (premises, matched by their calls): a difference is no refutation"
        )
        link = self._up_to(
            pr, product, w, rel, set(), factor=True, against=against, over=sorted(theta, key=str)
        )
        link.how = f"Bayes' rule: the likelihood times the prior, {link.how}"
        return True


def _plain_arguments(head: Any) -> list:
    return [a for a in head.args if type(a) is sp.Symbol]


__all__ = ["StatedKernels"]
