"""Links that compare a row with a line: definitions, rewrites, restatements, chains.

A mixin of :class:`._build._Builder`; see :mod:`._build` for what a row claims.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import sympy as sp

from ._after_bound import continue_from_bound
from ._after_given import mark_taken, named_constants_of, taken_reason, unsettled_reason
from ._arith import (
    approx_check,
    claims_exact,
    constant,
    node_count,
    number_places,
    rounding_places,
    satisfies,
    sign_check,
)
from ._at_a_setting import at_a_setting, symbolic_setting, value_at_a_setting
from ._definition_only import new_here as definition_only_new
from ._density_range import zero_off
from ._event_links import probability_line
from ._expectation import (
    _estimator,
    by_linearity,
    constant_reading,
    determined,
    estimators_inside,
    has_expectation,
    law_parameters,
    of_a_declared_law,
    redeclared,
    subscripted_throughout,
    unshown_bound,
)
from ._expectation_lotus import agree_at_points, integral_variable, lotus, one_integrand
from ._free_index import index_instances
from ._general import parameter_naming
from ._generic_sample import generic_reading
from ._head_subscripts import defined_names, differential, head_subscript
from ._inner_atoms import ENTRY_UNREAD, entry_derivatives, inner_product_reading  # MATRIX8
from ._law_means import zero_mean
from ._law_subjects import CONDITIONAL, LISTED
from ._matrices import (
    as_matrix_types,
    bars_of_a_sum,
    family_value,
    has_engine_matrices,
    matrix_reading_in_post,
    transposed_gradient,
)
from ._mean_of_square import bracketed_powers, mean_of_square, square_reading
from ._meant_letters import meant_letters
from ._moment_conventions import readings as convention_readings
from ._moment_names import moment_claim
from ._one_measure import congruent_calls, same_quantities, under_one_measure
from ._opaque import as_arbitrary, as_named  # OPAQUE8
from ._parameter_space import positive_names
from ._parse import ParsedRow, parse_expression
from ._plans import (
    _FOC,
    _MATRIX_REASON,
    DEFINITION,
    GIVES_A_VALUE,
    OWN,
    STEP,
    UNCHECKED,
    UNPARSED,
    UNRELATED,
    LinkPlan,
    _Cur,
    _fresh_reason,
    _has_decimal,
    _head_text,
    _is_zero,
    _latexish,
    _puts_in_data,
    _relation_reason,
    _show,
    _symbols,
    _why,
)
from ._point_mass import at_point_mass
from ._redefined import second_value, second_value_reason
from ._redefining import defines_anew
from ._relations import EQUALITIES, INEQUALITIES, split_relations
from ._resolve import (
    FORMULA,
    Value,
    _name_without_value,
    as_scalars,
    estimate_of,
    is_matrix,
    other_letters,
    quantity_name,
    uncheckable,
    undefined,
)
from ._said_samples import put_in
from ._slips import find_slip, index_slip
from ._stale_values import end_letters_of_another_heading, end_old_values, unread_reason
from ._stated_size import (
    at_stated_size,
    guessed_size,
    stated_not_square,
    stated_structure,
)
from ._successive_derivatives import derivative_of_row_above
from ._support_factors import zero_outside
from ._template_numbers import at_numbers
from ._tosympy import (
    READING_ERRORS,
    Named,
    NamedApplied,
    Opaque,
    _variance_root,
    bar_of,
    evaluating,
)
from ._trailing_range import trailing_range
from ._unnamed_law import stated_moments
from ._upto import CONSTANT_WORDS, PROPORTIONAL, _could_be_parameter, additive_constants
from ._vector_elements import vector_and_its_elements
from ._written import BAR as _BAR
from ._written import bare as _bare
from ._written import written_calls as _written_calls
from ._written import written_head as _written_head

#: A label that opens a part of an exercise: "(d)", "**(b)**", "Part (c).", "(ii)".
_PART_LABEL = re.compile(
    r"\s*(?:\*\*|__)?\s*(?:part\s+)?\((?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)",
    re.IGNORECASE,
)


#: issue 12: the paragraph before a display opens a list item ("- Next, take", "2. In the
#: second case") or an example ("**Example 2.** Take", "Example 2: take"): a part of its own.
_NEW_PART = re.compile(
    r"\s*(?:[-*+]|\d{1,2}[.)])\s+\S"
    r"|\s*(?:\*\*|__)?\s*(?:example|case|exercise|problem)\s+\d{1,2}\b",
    re.IGNORECASE,
)

#: moments61: words that introduce an estimator of a method of its own, between the row that
#: defines an estimator and a row that takes its moments (``\\hat\\theta`` of the method of
#: moments, then "_Maximum Likelihood_" and the maximum, also written ``\\hat\\theta``).
_ESTIMATION_METHOD = re.compile(
    r"\bmaximum[- ]likelihood\b|\bMLEs?\b|\bmethods? of moments\b|\bMoM\b|\bMMEs?\b"
    r"|\bUMVUEs?\b|\bBayes(?:ian)? estimat|\bposterior mean\b|\bmaximi[sz]ed at\b"
    r"|\bleast[- ]squares\b",
    re.IGNORECASE,
)
#: Upper bound on the characters of a paragraph searched for those words.
_MAX_PARAGRAPH = 20_000


def _in_bold_label(prose: str) -> bool:
    """Does the row sit inside a bold label, its paragraph opening in bold that is not closed
    before the row ("**For $p_0$ ($\\alpha=1, \\beta=2$):**")? Batch 31: such a label gives
    the letters the values of its own case, as "**Example 2.**" does (``_NEW_PART``)."""
    para = prose.rsplit("\n\n", 1)[-1].lstrip()
    for mark in ("**", "__"):
        if para.startswith(mark) and para.count(mark) % 2 == 1:
            return True
    return False


def _called_at_a_formula(e: sp.Basic) -> bool:
    """Is ``e`` a named quantity called at an argument that is neither a name nor a number
    (``f(\\log a)``, ``f(\\sum_i a_i)``)?"""
    return isinstance(e, NamedApplied) and any(
        not isinstance(a, (sp.Symbol, sp.Indexed))
        and bool(getattr(a, "free_symbols", ()))
        and _variance_root(a) is None  # l(mu, sigma): the variance symbol's root, a name
        for a in e.args
    )


def _at_a_statistic(e0: sp.Basic, e1: sp.Basic, constants: Any) -> list[str]:
    """The estimates (``\\hat\\theta``, ``\\bar X``) a name is applied to in ``e0 = e1`` when
    ``e1`` holds none of the arguments' letters: the row states a quantity at a statistic,
    never defines the function (external46). Empty otherwise."""
    if not isinstance(e0, NamedApplied) or not isinstance(e1, sp.Basic) or not e0.args:
        return []
    letters = set().union(*(getattr(a, "free_symbols", set()) for a in e0.args))
    if not letters or letters & e1.free_symbols:
        return []
    if not all(_estimator(x, constants) for x in letters):
        return []
    return sorted(_latexish(x) for x in letters)


def _takes_the_positive_root(base: sp.Symbol) -> bool:
    """Does ``base^2 = R`` give ``base`` the value ``sqrt(R)``? When ``base`` is known not to
    be negative, or names a standard deviation (``\\sigma_N``, ``\\hat\\sigma``: a scale, the
    positive root by what the letter means; so does ``s``, the sample's); any other name
    has two roots."""
    name = base.name.lstrip("\\")
    return (
        bool(base.is_nonnegative)
        or name.startswith(("sigma", "hat_sigma"))
        or name in ("s", "hat_s")
        or name.startswith(("s_", "hat_s_"))
    )


def _letter_of(e0: sp.Basic) -> sp.Symbol | None:
    """The letter a row ``e0 = R`` gives a value: ``e0`` itself, or the base of its square
    (``s^2 = R`` gives ``s`` the root of ``R``, see ``_definition``). external36: the
    Bessel post's ``s^2`` of another estimator under another heading was compared with the
    first section's ``s^2`` and refuted, where a plain letter is left unchecked. ``None``
    for anything else (a named quantity, a function)."""
    if isinstance(e0, sp.Pow) and e0.exp == 2:
        e0 = e0.base
    if isinstance(e0, sp.Symbol) and not isinstance(e0, Named):
        return e0
    return None


def _moment_under_derivative(e: sp.Basic) -> str:
    """A moment of ``e`` (written by linearity, ``E[X]``) without a value that stands
    under a derivative by a letter ("" when none does): the derivative takes it for a
    constant, which it is only when its law does not hold that letter."""
    for d in e.atoms(sp.Derivative):
        for s in sorted(_symbols(d.expr), key=str):
            if s.name.startswith("E[") and s not in d.variables:
                return s.name
    return ""


def _solves_for_nothing(rel: str, cur: _Cur) -> bool:
    """``... = 0`` after a line with no letter left (``\\int_0^1 2x dx = 1 - 0 = 0``): no
    first-order condition, for there is nothing to solve; the zero is a claim about a
    number, compared as any link is (adversarial set 24, 34-false: proved before)."""
    if rel == "=set" or cur.kind != "expr" or not isinstance(cur.expr, sp.Basic):
        return False
    return not is_matrix(cur.expr) and not cur.expr.free_symbols


#: A derivative written in a row (``\partial``, ``\frac{d``, ``\nabla``, a prime on a call or
#: a second prime, ``\dot``); ``X'`` alone marks a copy as often (adversarial34, probing)
_DERIVATIVE_WRITTEN = re.compile(
    r"\\partial|\\frac\s*\{\s*(?:\\mathrm\{d\}|d)|\\nabla|(?:\\prime\s*\}?|')\s*(?:\(|\\left\(|')"
    r"|\\dot\b|\\operatorname\{d"
)
#: Words that name an optimum's condition or a derivative: they say the zero alone.
_OPTIMUM_NAMED = re.compile(
    r"\b(?:deriv\w*|differentiat\w*|gradient|first[- ]order|maximi[sz]\w*|minimi[sz]\w*|"
    r"stationary|critical|(?:normal|score|likelihood|estimating) equations?)\b",
    re.IGNORECASE,
)
#: A verb that sets, equates or solves, and in the same sentence after it what it sets is
#: set to zero ("setting the score to zero", "solving $U(\lambda) = 0$"): alone the verb
#: may set a law or a letter ("We set $X \sim ...$", "Setting $Y = X - \mu$", adversarial34)
_SET_TO_ZERO_SAID = re.compile(
    r"\b(?:set|sets|setting|equat\w*|solv\w*)\b(?:"
    r"[^.;!?]*?\b(?:to|equal(?:s)?(?:\s+to)?)\s+(?:zero\b|\$\s*0\s*\$|0(?!\.?\d))"
    r"|(?:\s+\w+){0,3}\s*\$[^$]*=\s*0\s*\$)",
    re.IGNORECASE,
)
_ZERO_UNSAID = (
    "the chain ends in '= 0' with no derivative, score or words that set it to zero: a "
    "condition set or a claim, the reader cannot tell which; as a claim it does not hold, "
    "which refutes no condition"
)


#: An integral against a density whose integrand holds a derivative the reader cannot
#: evaluate at sample points (``._expectation_lotus.agree_at_points``).
_UNEVALUATED_INTEGRAND = (
    "the integrand holds a derivative the reader cannot evaluate at sample points, so it "
    "is not compared with the function against the density"
)


class RewriteLinks:
    """Definitions, rewrites and restatements (the half of the builder about expressions)."""

    def _definition(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        self._remember(e0)
        unread = unread_reason(self.unread_redefined, e0)  # STALE (._stale_values)
        self._renamed(e0)  # the subscript its value is given under
        drawn = _at_a_statistic(e0, e1, self.names.parameters)
        if drawn:
            # V(\hat\theta) = n theta^2/(n+1) - ...: a quantity at an estimate, stated -
            # no function's definition (its value does not hold the argument); a moment of
            # a statistic as E[\hat\theta] = ... is (external46, 7.9 line 64)
            self._remember(e1)
            self.cur = _Cur()
            reason = (
                f"states {_show(e0)} at {', '.join(drawn)}, a statistic, which the reader "
                "cannot work out from what the post says of it; not checked"
            )
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=reason))
            return
        if isinstance(e0, sp.log) and isinstance(e0.args[0], (Named, NamedApplied)):
            # \log L(p) = R with L never written: R is the value of "log L".
            e0 = Named(f"log {quantity_name(e0.args[0])}")
        if (
            isinstance(e0, sp.Pow)
            and isinstance(e0.base, sp.Symbol)
            and e0.exp == 2
            and not _takes_the_positive_root(e0.base)
        ):
            # mu^2 = 4: an equation in mu with two solutions, whichever the rows after it
            # pick (mu = -2 is one); an equation step from here, never mu's value
            self._remember(e0, e1)
            eq = sp.Eq(e0, e1, evaluate=False)
            step = self._given(pr, eq, note="helper-anchor")
            target, _ = self.names.resolve(e1)
            if target is not None and not target.has(e0.base):
                # whichever root: T^2 (and T^4 ...) is R in the rows after it (batch 49)
                square = Value(step, target, line=pr.row.line, row=self._row_index)
                self.names.give_square(e0.base, square)
            how = f"an equation in {_show(e0.base)} through its square"
            plan = LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
            plan.square_of = e0.base.name
            self._link(pr, plan)
            self.cur = _Cur("eq", step, eq, self._row_index, None, pr.row.line)
            return
        if isinstance(e0, sp.Pow) and isinstance(e0.base, sp.Symbol) and e0.exp == 2:
            # sigma_N^2 = R defines sigma_N as the root of R (a scale, so the positive
            # one): later rows writing sigma_N^2 get R back.
            base = e0.base
            target, _ = self.names.resolve(e1)
            step = self._given(pr, target if target is not None else e1, lhs=self._lhs_text)
            root = sp.sqrt(e1)
            self.names.define(base, Value(step, root, line=pr.row.line, row=self._row_index))
            self._remember(e1)
            how = f"defines {_show(base)} (its square)"
            self._link(
                pr, LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
            )
            if target is not None and not uncheckable(target):
                self.cur = _Cur("expr", step, target, self._row_index, None, pr.row.line)
            else:
                self.cur = _Cur("none", row=self._row_index)
            return
        if isinstance(e0, (Named, NamedApplied, sp.Symbol)) and not e1.has(e0):
            target, why = self.names.resolve(e1)
            at = value_at_a_setting(self, pr, e0, target)  # SETTING (._at_a_setting)
            if at:
                step = self._given(pr, target, lhs=self._lhs_text)
                self._remember(e1)
                how = f"evaluates {_show(e0)} at a setting"
                self._link(pr, LinkPlan(rel, DEFINITION, step=step, reason=at, how=how))
                self.cur = _Cur("expr", step, target, self._row_index, None, pr.row.line)
                return
            step = self._given(pr, target if target is not None else e1, lhs=self._lhs_text)
            value = Value(step, _zero_off(pr, e0, e1), line=pr.row.line, row=self._row_index)
            other = _another_call(self.names, e0, pr.row.text) or unread
            # held-out external11: mu_1' = ...; M_Y(t) = e^{lambda t} (an MGF's closed form)
            other = other or moment_claim(e0, self.ctx, e1)
            if isinstance(e0, (Named, NamedApplied)):
                end_old_values(self.names, e0)  # STALE: its log's value was the old one's
                self.names.set_quantity(e0, value)
            else:
                self.names.define(e0, value)
            self._remember(e1)
            if target is not None:  # REFUTE20: "+ const" named in a definition, dropped later
                self.arbitrary |= named_constants_of(self, target, CONSTANT_WORDS)
            how = f"defines {_show(e0)}"
            if other:
                self._link(pr, LinkPlan(rel, UNCHECKED, step=step, reason=other, how=how))
            else:
                self._link(
                    pr,
                    LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how),
                )
            linear = target is not None and self._expectations_compared(pr, target, named=True)
            if target is not None and (not uncheckable(target) or linear):
                # (a value with expectations: the next links compare them by linearity)
                # the chain goes on updating the name (l := ln L = ... = n ln theta + ...:
                # later rows use its last value, as for a named quantity)
                key = (
                    ("sym", e0)
                    if isinstance(e0, sp.Symbol) and not isinstance(e0, Named)
                    else quantity_name(e0)
                )
                self.cur = _Cur("expr", step, target, self._row_index, key, pr.row.line)
                self._slip(pr, target)
            else:
                self.cur = _Cur("none", row=self._row_index)
            return
        self._remember(e1)
        if (family := family_value(e0, e1)) is not None:  # MATRIX5: S_i := (x_i - mu)(...)^T
            self.family_values = {**getattr(self, "family_values", {}), family[0]: family[1:]}
        self.unread_defined |= defined_names(e0)
        # (n + 1) ybar_{n+1} := sum y_i: every ybar_k is tied to the sample (batch 45)
        self.equation_unknowns |= _indexed_subject(e0, self.names, self.parameters | self.variables)
        self._link(pr, LinkPlan(rel, DEFINITION, reason="':=' marks a definition; taken as given"))
        self.cur = _Cur("none", row=self._row_index)

    def _head(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        """``Q = R`` where ``Q`` is (a derivative of) a named quantity with a value."""
        if self._in_the_equation_above(pr, e0):
            self._equation(pr, sp.Eq(e0, e1, evaluate=False), "<=>")
            return
        target, why = self.names.resolve(e0)
        if target is None:
            self._remember(e0, e1)
            self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
            self.cur = _Cur()
            return
        name = _head_text(e0)
        self._remember(e0)
        w, _ = self.names.resolve(e1)
        other = self._other_density(e0, pr)
        if other and self._product_rule(e0, e1, pr):
            self._joint_defined(pr, e0, e1, rel)
            return
        joint = self.names.joints.get(_joint_key(e0)) if other else None
        if joint is not None and self._joint_restated(pr, e0, e1, rel, joint):
            return
        if other:
            # p(y, mu) after p(y | mu) = ...: the one letter for a joint and a conditional
            # density (the reader keeps the arguments, not the bar); not a restatement.
            self._remember(e1)
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=other))
            self.cur = _Cur()
            return
        if w is not None and differential(self._lhs_text, e0):
            # d l(theta) = ...: the differential of l, which the reader does not compute;
            # later rows of the chain rewrite the value written here.
            self._remember(e1)
            step = self._given(pr, w)
            self.cur = _Cur("expr", step, w, self._row_index, None, pr.row.line)
            why = "a differential (d before a name) is not read; later rows continue from it"
            self._link(pr, LinkPlan(rel, UNCHECKED, step=step, reason=why))
            return
        if defines_anew(pr.row.prose, e0, target, w):  # SOUND13 (._redefining)
            self._remember(e1)
            step = self._given(pr, w)
            end_old_values(self.names, e0)
            self.names.redefine(e0, Value(step, e1, line=pr.row.line, row=self._row_index))
            how = f"defines {_show(e0)} anew"
            why = f"{how} (the sentence before it introduces a definition); taken as given"
            self.cur = _Cur("expr", step, w, self._row_index, quantity_name(e0), pr.row.line)
            self._link(pr, LinkPlan(rel, DEFINITION, step=step, reason=why, how=how))
            return
        renamed = self._renamed(e0)
        refuted = isinstance(e0, (Named, NamedApplied)) and self._refuted_definition(e0)
        if (refuted or renamed) and w is not None:
            # After a definition the reader refuted (a likelihood written with x for x_i,
            # then correctly), the row is not compared with it - a correct row would be
            # refuted - nor weighed as a definition of its own: its value is the one later
            # rows continue from. Likewise under another subscript (l_phi after l).
            record = self.names.value_of(e0)[2] if refuted else None  # the refuted row's
            self._remember(e1)
            step = self._given(pr, w)
            self.names.redefine(e0, Value(step, e1, line=pr.row.line, row=self._row_index))
            where = f"line {record.line}" if getattr(record, "line", 0) else "an earlier line"
            why = renamed or (
                f"restates {_show(e0)}, whose value the reader refuted on {where}: "
                "not compared with it; later rows continue from this one"
            )
            self.cur = _Cur("expr", step, w, self._row_index, quantity_name(e0), pr.row.line)
            how = f"restates {_show(e0)} after its refuted value"
            if renamed:
                how = f"names another function by the letter of {_show(e0)}"
            self._link(pr, LinkPlan(rel, UNCHECKED, step=step, reason=why, how=how))
            return
        if (
            isinstance(e0, (Named, NamedApplied))
            and w is not None
            and not _called_at_a_formula(e0)
            and (
                (_symbols(w) - _symbols(target) - self._arbitrary_constants(w))
                & self.row_seen_after(e1)
                or _scaled_by_new_letters(target, w, self._arbitrary_constants(w))
            )
        ):
            # A value in new symbols (L(p) = C(n, k) p^k ... after a Bernoulli L): a new model.
            # Not a call at a formula (f(\Gamma(a)) = f(\sin b) after f(x) = x^2 + 1): the
            # value at a point, compared with the definition (lead18).
            self._remember(e1)
            step = self._given(pr, w)
            reset = self.names.redefine(e0, Value(step, e1, line=pr.row.line, row=self._row_index))
            self.equations.clear()  # a new model: its equations start over
            how = f"defines {_show(e0)} anew"
            if len(reset) > 1:
                how += f" (and {', '.join(reset[1:])} with it)"
            self.cur = _Cur("expr", step, w, self._row_index, quantity_name(e0), pr.row.line)
            self._link(
                pr, LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
            )
            return
        unknowns = self._unknowns(e0, target, w)
        if unknowns:
            # ybar = alpha/gamma after ybar = (1/n) sum y_i: a moment equation, the value
            # from the data equated with an expression in parameters without a value.
            self._remember(e1)
            eq = sp.Eq(target, w, evaluate=False)
            step = self._given(pr, eq)
            self._premise(_Cur("eq", step, eq, self._row_index, None, pr.row.line))
            names = ", ".join(sorted(_latexish(u) for u in unknowns))
            how = f"an equation in {names} (not a restatement of {name})"
            reason = (
                f"equates {name} with an expression in {names}, which its value does not "
                "have and the post gives no value: an equation to solve for them (a premise); "
                "taken as given"
            )
            self._link(pr, LinkPlan(rel, DEFINITION, step=step, reason=reason, how=how))
            self.equation_unknowns |= unknowns
            return
        fixed = self._normalising_constant(e0, target, w)
        if fixed is not None:
            # int_0^inf g(x) dx = 1 with g(x) = C (...): the condition that fixes C, which no
            # row gives a value (external48, Eada-Sandberg line 198), not a restatement of
            # the integral at a C drawn at random; the rows after it are equation steps.
            self._remember(e1)
            eq = sp.Eq(target, w, evaluate=False)
            step = self._given(pr, eq)
            self._premise(_Cur("eq", step, eq, self._row_index, None, pr.row.line))
            shown = _latexish(fixed)
            how = f"the condition that fixes {shown} (not a restatement of {name})"
            reason = (
                f"equates {name} with a value that does not hold {shown}, a constant factor of "
                f"it that no row gives a value: the equation that fixes {shown} (a premise); "
                "taken as given"
            )
            self._link(pr, LinkPlan(rel, DEFINITION, step=step, reason=reason, how=how))
            self.equation_unknowns |= {fixed}
            return
        if (
            w is not None
            and self._defined_under_another_heading(e0, pr)
            and satisfies(sp.Eq(target, w, evaluate=False), sp.Dummy(), sp.S.Zero) is not True
        ):
            # f(x) = 1 for the Bernoulli, then f(x) = 1/sqrt(2 pi) under "Gaussian": the
            # section defines its own f, or restates the old one wrongly (a slip a heading
            # must not hide). Values the points cannot tell apart (binomial coefficients
            # the reader's arithmetic does not evaluate) are not assumed equal: comparing
            # them refuted part (d)'s own likelihood (held-out batch 17, line 111).
            # Not compared, and f has no value after it: a row that uses f
            # is checked against neither.
            self._remember(e1)
            end_old_values(self.names, e0)  # SOUNDB: nor its log's (set 14, pair 58)
            end_letters_of_another_heading(self, e1, pr.row.section)  # catch65
            self.names.forget(quantity_name(e0) or "")
            if isinstance(e0, sp.log) and (inner := quantity_name(e0.args[0])):
                # another log f is another f: the values of f and of its log end, and the
                # derivatives of either (a log's are kept under f, batch 45)
                self.names.forget(inner)
                self.names.forget(f"log {inner}")
                self.names.ended[inner] = pr.row.line
            if (letter := _letter_of(e0)) is not None:
                self.names.defined.pop(letter, None)  # issue 12: a letter of another example
            self.cur = _Cur()
            reason = (
                f"{name} was given another value under another heading or part (or law); "
                "this one may "
                f"define its own {name} or restate that one wrongly, so the row is not "
                f"compared, and {name} has no value after it"
            )
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=reason))
            return
        if second_value(pr, e0, target, w):  # SOUNDB (._redefined): set 14, 50/56
            self._remember(e1)
            end_old_values(self.names, e0)
            self.names.forget(quantity_name(e0) or "")
            self.cur = _Cur()
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=second_value_reason(name)))
            return
        other = _another_call_in_log(self.names, self.plans, e0)
        if other:
            # batch 51 (Huy Nguyen line 56): ln p(y, z) after log p(x; mu, Sigma) = ...: the
            # log of another density under the letter (or a slip), as for the call itself
            self._remember(e1)
            step = self._given(pr, w if w is not None else e1, lhs=self._lhs_text)
            self.cur = _Cur()
            self._link(pr, LinkPlan(rel, UNCHECKED, step=step, reason=other))
            return
        at = self._at_estimates(target, w) if w is not None else {}
        if at:
            target = target.xreplace(at)
            name += " at " + ", ".join(
                _latexish(k.name if estimate_of(k) is not None else f"hat_{k}") for k in at
            )
        written = e1
        slip = self._plain_for_estimate(target, w) if w is not None else {}
        if slip:
            # d LL(\hat\mu, ...)/d\Sigma written with \mu inside: \mu is \hat\mu there.
            written = e1.xreplace(slip)
            name += (
                " (reading "
                + ", ".join(f"{_latexish(k)} as {_latexish(v)}" for k, v in slip.items())
                + ")"
            )
        h = self._anchor(pr, target)
        # SETTING; lead18: f(\sum_i a_i) = ... is f's value at that point, never f's value
        key = (
            None
            if at_a_setting(self, e0, target) or _called_at_a_formula(e0)
            else self._head_key(e0)
        )
        self.cur = _Cur("expr", h, target, self._row_index, key, pr.row.line, slip)
        record, by = self._value_record(e0)
        line = record.line if record is not None else 0
        where = f" (line {line})" if line else ""
        if isinstance(e0, sp.Derivative):
            how = f"differentiates as written: {name}{where}"
        else:
            how = f"restates {name} as last written{where}"
        against = ""
        if line and self._defined_there(e0):
            against = (
                f"disagrees, even up to a constant, with the definition of {name} on line "
                f"{line}; a definition is taken as given and never checked, so it cannot say "
                "which of the two rows is wrong"
            )
        another = self._another_function(e0)  # before the rewrite updates the value
        raw = self.names.value_of(e0)[0]  # its letters as written, before a setting
        link = self._rewrite(pr, h, target, written, rel, how=how, against=against)
        if record is not None and link.kind == STEP:
            link.value_row, link.value_by = record.row, by
        if line and link.kind == STEP and not link.disputed:
            link.disputed = _sums_over_its_argument(e0, target, name, line)
        if line and link.kind == STEP and not link.disputed:  # external50 lognorm-var 82
            link.disputed = symbolic_setting(pr.row.prose or "", raw if raw is not None else target)
        if w is not None and link.kind == STEP and not link.disputed:
            link.disputed = self._unread_between(pr, line, target, w)
        if w is not None and link.kind == STEP and not link.disputed:
            # letters the post sets to numbers, and the data after the head's bar (L(tau | y))
            numbered = set(getattr(self.ctx, "numbered_letters", frozenset()))
            if isinstance(e0, NamedApplied) and bar_of(e0):
                numbered |= {
                    re.sub(r"^(?:vec|bar|hat|tilde|bold)_", "", str(s))  # vec_y: the data y
                    for a in e0.args[bar_of(e0) :]
                    for s in a.free_symbols
                }
            kept = getattr(e0, "free_symbols", frozenset())
            link.disputed = at_numbers(target, w, self.names.defined, name, numbered, kept)
        if link.kind == STEP and not link.disputed:
            link.disputed = another
        if link.kind == STEP and not link.disputed and record is not None:
            link.disputed = self._up_to_a_factor_there(record.row, name)

    def _up_to_a_factor_there(self, row: int, name: str) -> str:
        """Why a restatement of ``name`` that fails is no refutation: the row that gave its
        value also states it ``\\propto`` a kernel (``f(y|\\lambda) = \\frac{...}{y!}
        \\propto e^{-\\lambda}\\lambda^y``), and the post may go on with the kernel
        (its log-likelihood drops the factor). Empty otherwise."""
        if not 0 <= row < len(self.plans):
            return ""
        plan = self.plans[row]
        if not any(pl.upto and pl.relation in PROPORTIONAL for pl in plan.links):
            return ""
        return (
            f"line {plan.line} states {name} only up to a factor (\\propto): this row may "
            "restate it without that factor, so a disagreement is no counterexample"
        )

    def _renamed(self, e0: sp.Basic) -> str:
        """Why the head ``e0`` is no restatement of its name's value: it writes the name
        under another subscript than the row that gave the value (``\\ell_\\mu`` after
        ``\\ell_\\phi``; see ``_head_subscripts``). Empty otherwise; notes the subscript."""
        sub = head_subscript(self._lhs_text)
        if not isinstance(e0, (Named, NamedApplied)) or sub is None:
            return ""
        name = quantity_name(e0)
        before = self.head_subscripts.get(name, sub)
        self.head_subscripts[name] = sub
        if before == sub:
            return ""
        return (
            f"writes {_show(e0)} under another subscript than the row that gave its value: "
            "another function by the letter (a part of it), not compared; later rows "
            "continue from this one"
        )

    def _another_function(self, e0: sp.Basic) -> str:
        """Why a head ``f(y)`` read as the value of ``f(x) = ...`` at ``y`` is no refutation
        when it differs: the post may name another function by the letter (``f_\\theta(y)``
        for the density of ``Y = X^2`` beside ``f_\\theta(x)``). Empty otherwise."""
        if not isinstance(e0, NamedApplied):
            return ""
        record = self.names.value_of(e0)[2]
        kept = frozenset(self.names.defined)
        letters = other_letters(record, tuple(e0.args), kept) if record is not None else []
        if not letters:
            return ""
        at = ", ".join(_latexish(a) for a in letters)
        return (
            f"{_latexish(e0)} is read as the value of line {record.line} at {at}; the post "
            f"may name another function by the letter there (the density of another "
            "variable, a marginal), so a difference is no refutation"
        )

    def _in_the_equation_above(self, pr: ParsedRow, e0: sp.Basic) -> bool:
        """Is the head ``f(a)`` of a row a call the equation it continues in the same display
        holds (``0 = \\psi(\\sum_j \\alpha_j) - \\psi(\\alpha_j) + \\log \\bar y_j`` above
        ``\\psi(\\alpha_j) = ...``)? Then the row is the next step of that equation (terms
        moved across), not a restatement of the definition of ``f``."""
        cur = self.cur
        if cur.kind != "eq" or not isinstance(e0, NamedApplied) or cur.row is None:
            return False
        if not 0 <= cur.row < len(self.plans) or self.plans[cur.row].parsed.row.block != (
            pr.row.block
        ):
            return False
        target, _ = self.names.resolve(e0)
        return target is not None and not _is_zero(target) and self.cur.expr.has(target)

    def _unread_between(self, pr: ParsedRow, line: int, target: sp.Basic, w: sp.Basic) -> str:
        """Why a restatement ``w`` of a value ``target`` (given on ``line``) that fails is
        no refutation: it uses symbols the value does not have, and a row between the
        two could not be read - it may give them values (``p_i = 1/(1 + e^{-z_i})`` on a
        ``\\because`` row the reader could not parse). Empty when that is not so."""
        new = _symbols(w) - _symbols(target)
        if not line or not new:
            return ""
        unread = [
            p.parsed.row.line
            for p in self.plans
            if line < p.parsed.row.line < pr.row.line and p.kind == UNPARSED
        ]
        if not unread:
            return ""
        names = ", ".join(sorted(_latexish(s) for s in new))
        return (
            f"it is written in {names}, which the value of line {line} does not have, and "
            f"line {unread[-1]} between them could not be read (it may give {names} a "
            "value), so a difference is no refutation"
        )

    def _unknowns(self, e0: sp.Basic, target: sp.Basic, w: sp.Basic | None) -> set:
        """Parameters ``w`` has that the value of the name ``e0`` does not, none of them
        given a value by the post (``alpha, gamma`` in ``ybar = alpha/gamma``)."""
        if not isinstance(e0, sp.Symbol) or isinstance(e0, (Named, NamedApplied)) or w is None:
            return set()
        if e0 not in self.names.defined or is_matrix(target) or is_matrix(w):
            return set()
        return {
            s
            for s in _symbols(w) - _symbols(target)
            if type(s) is sp.Symbol
            and not s.is_integer
            and s not in self.names.defined
            and s not in self.names.estimates
            and estimate_of(s) is None
            and s not in self.arbitrary
        }

    def _normalising_constant(
        self, e0: sp.Basic, target: sp.Basic, w: sp.Basic | None
    ) -> sp.Symbol | None:
        """The letter ``C`` when ``e0`` integrates a function whose value ``target`` is ``C``
        times something free of it, ``C`` a plain letter no row gives a value (not a
        variable the post differentiates by, nor an estimate), and the written side ``w``
        does not hold ``C``: ``\\int_0^\\infty g(x) dx = 1`` after ``g(x) = C (...)`` is
        the equation that fixes C. None otherwise."""
        if w is None or not isinstance(e0, sp.Integral) or is_matrix(target) or is_matrix(w):
            return None
        kept = _symbols(w)
        for s in sorted(_symbols(target) - kept, key=str):
            if (
                type(s) is not sp.Symbol
                or s.is_integer
                or s in self.names.defined
                or s in self.names.estimates
                or estimate_of(s) is not None
                or s in self.variables
            ):
                continue
            if _constant_factor(target, s):
                return s
        return None

    def _value_record(self, e0: sp.Basic) -> tuple[Value | None, tuple]:
        r"""The record of the value a head refers to (its line and row; None if unknown),
        and the variables the head differentiates that value by (``dl/d\mu`` with l's
        value: ``(mu,)``; a derivative with a value of its own: ``()``)."""
        by: tuple = ()
        if isinstance(e0, sp.Derivative):
            key = self.names.derivative_key(e0)
            if key is not None:
                # as the resolver takes it: the longest derivative the post wrote a value
                # for (d2l/dv2 from the row of dl/dv, by v once more)
                variables = self.names.derivative_variables(e0)
                for k in range(len(variables), 0, -1):
                    record = self.names.derivatives.get(key[:2] + key[2 : 2 + k])
                    if record is not None:
                        return record, tuple(variables[k:])
            by = tuple(e0.variables)
            e0 = e0.expr
        if isinstance(e0, sp.log):
            e0 = e0.args[0]
            logged = self.names.quantities.get(f"log {quantity_name(e0)}")
            if logged:
                return logged[-1], by
        name = quantity_name(e0)
        if name and self.names.quantities.get(name):
            return self.names.quantities[name][-1], by
        if isinstance(e0, sp.Symbol) and e0 in self.names.defined:
            return self.names.defined[e0], by
        return None, by

    def _other_density(self, e0: sp.Basic, pr: ParsedRow) -> str:
        """Why ``e0`` (``p(y, \\mu)``) is not the quantity whose value it would restate, when
        one of the two is written with a bar and the other without (``p(y | \\mu)``);
        "" otherwise."""
        if not isinstance(e0, NamedApplied):
            return ""
        record = self.names.value_of(e0)[2]
        if record is None or not 0 <= record.row < len(self.plans):
            return ""
        name = str(e0.func)
        there = None
        k, block = record.row, self.plans[record.row].parsed.row.block
        while there is None and k >= 0 and self.plans[k].parsed.row.block == block:
            # the head of the chain the value ends (p(y|mu) = ... = ... on line 59)
            there = _written_head(self.plans[k].parsed.row.text, name)
            k -= 1
        here = _written_head(pr.row.text, name)
        if there is None or here is None:
            return ""
        dropped = [a for a in record.params if a not in e0.args]
        if (
            set(e0.args) < set(record.params)
            and _BAR.search(there) is not None
            and _BAR.search(here) is None
            and self._parameters_in(dropped)
        ):
            # p(x) after p(x | mu): the marginal density of x, not the conditional one with
            # its condition left out (L(theta) beside L(theta | x) drops only data)
            gone = ", ".join(str(a) for a in dropped)
            return (
                f"{here.strip()} leaves out {gone}, which line {record.line} writes {name} "
                "with after a bar: a marginal and a conditional density under one letter, not "
                "one quantity; the row is not compared with that value"
            )
        if set(e0.args) < set(record.params) and _variables_left_out(dropped, record, there):
            # p(x) after p(x, y) = 4xy: the marginal density of x, not the joint one
            gone = ", ".join(str(a) for a in dropped)
            return (
                f"{here.strip()} leaves out {gone}, a variable of {there.strip()} (line "
                f"{record.line}): a marginal and a joint density under one letter, not one "
                "quantity; the row is not compared with that value"
            )
        if len(e0.args) < 2 or tuple(e0.args) != tuple(record.params):
            return ""  # L(theta) beside L(theta | x): a shorthand, not another density
        if (_BAR.search(there) is None) == (_BAR.search(here) is None):
            return ""
        return (
            f"{here.strip()} and {there.strip()} (line {record.line}) write {name} with "
            "and without a bar: a joint and a conditional density under one letter, "
            "not one quantity; the row is not compared with that value"
        )

    def _product_rule(self, e0: sp.Basic, e1: sp.Basic, pr: ParsedRow) -> bool:
        """Is the row ``p(y, \\mu) = p(y | \\mu)\\, p(\\mu)`` (or ``p(\\mu | y)\\, p(y)``):
        the joint written without a bar, equal to the conditional times the marginal of
        what the conditional is given - as written, since the reader drops the bar?"""
        name = str(e0.func)
        here = _written_head(pr.row.text, name)
        if here is None or _BAR.search(here) is not None:
            return False
        factors = sp.Mul.make_args(e1)
        if len(factors) != 2 or not all(
            isinstance(f, NamedApplied) and str(f.func) == str(e0.func) for f in factors
        ):
            return False
        joint = set(e0.args)
        sets = sorted((set(f.args) for f in factors), key=len)
        if not (sets[1] == joint and sets[0] and sets[0] < joint):
            return False
        sides, _ = split_relations(pr.row.text)
        calls = _written_calls(sides[1], name) if len(sides) > 1 else []
        given = [c for c in calls if _BAR.search(c)]
        if len(calls) != 2 or len(given) != 1:
            return False
        (marginal,) = [c for c in calls if c is not given[0]]
        parts = _BAR.split(given[0])
        return len(parts) == 2 and _bare(parts[1]) == _bare(marginal)

    def _joint_defined(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        """``p(y, \\mu) = p(y | \\mu)\\, p(\\mu)``: the joint density defined by the product
        rule (a law of probability; proved as an instance of it). Its value is the product of
        the values the post gave the two; when one has none, the next row gives the joint its
        value."""
        self._remember(e1)
        key = _joint_key(e0)
        w, _ = self.names.resolve(e1)
        value = w if w is not None else e1
        step = self._given(pr, value)
        if not _why(value):
            self.names.joints[key] = Value(step, value, line=pr.row.line, row=self._row_index)
        self.cur = _Cur("expr", step, value, self._row_index, ("joint", key), pr.row.line)
        how = f"defines the joint density {_written_head(pr.row.text, key[0])}"
        # A law, true whatever the two densities are (see ._product_rule for what is
        # matched): the row is proved as an instance of it, not taken on trust.
        reason = f"{how} as the conditional times the marginal: the product rule of probability"
        self._link(pr, LinkPlan(rel, OWN, step=step, verdict="proved", reason=reason, how=how))

    def _joint_restated(
        self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str, joint: Value
    ) -> bool:
        """``p(y, \\mu) = R`` after the post defined that joint density: ``R`` is compared
        with the joint's last value (never with the conditional's under the same letter).
        False when that value cannot be compared."""
        target, _ = self.names.resolve(joint.expr)
        if target is None or _why(target):
            return False
        self._remember(e1)
        key = _joint_key(e0)
        h = self._anchor(pr, target)
        self.cur = _Cur("expr", h, target, self._row_index, ("joint", key), pr.row.line)
        here = _written_head(pr.row.text, key[0]) or key[0]
        how = f"restates the joint density {here.strip()} as last written (line {joint.line})"
        self._rewrite(pr, h, target, e1, rel, how=how)
        return True

    def _parameters_in(self, args: list) -> bool:
        """Does one of ``args`` hold a parameter of the post (or a variable it differentiates
        by)?"""
        wanted = set(self.names.parameters) | set(self.names.variables)
        return any(getattr(a, "free_symbols", set()) & wanted for a in args)

    def _defined_under_another_heading(self, e0: sp.Basic, pr: ParsedRow) -> bool:
        """Was the quantity ``e0`` defined (given its first value, not rewritten) under
        another heading than this row's, which writes it as a definition ``f(x) = ...``?

        issue 12: a list item or an example ("- Next, take", "**Example 2.**") whose first
        display defines the name opens a part of its own, as a heading does: the value of
        another example is not this one's (a letter's too: ``\\mu = 3\\theta`` in the second
        bullet was refuted against ``\\mu = 2\\theta`` of the first)."""
        record = self.names.value_of(e0)[2]
        if record is None and isinstance(e0, sp.log):
            # \log f(x; \theta) = ... under "Part (b)" after part (a)'s: the value of a log
            # is kept under its own name (held-out batch 45)
            record = self._value_record(e0)[0]
        letter_of = _letter_of(e0)
        if record is None and letter_of is not None:
            record = self.names.defined.get(letter_of)
        # the statement that writes e0 first: a row may define several letters (``\\alpha=1,
        # \\beta=2``), and the second is given a value as the first is (batch 31)
        st = next(
            (s for s in pr.statements if s.sides and s.sides[0] is e0),
            pr.statements[0] if pr.statements else None,
        )
        one_value = bool(st) and st.sides[0] is e0 and len(st.sides) == 2
        # a letter given a value by a chain's first link (``\alpha = \frac{0.45}{0.55}\beta
        # = \frac{9}{11}\beta``): the chain writes it as a definition too (batch 29)
        letter = letter_of is not None
        # a chain ``L = prod ... = (1/2)^n e^{...}`` defines the name and rewrites it at once
        # (held-out batch 35, a quiz's third part): its first link is the definition
        chain = bool(st) and len(st.sides) > 2 and all(r == "=" for r in st.relations)
        opens = (
            bool(st)
            and st.sides[0] is e0
            and len(st.sides) >= 2
            and st.relations[0] in ("=", ":=")
            and (one_value or letter or chain)
        )
        if opens and record is not None and _in_bold_label(pr.row.prose):
            # "**For $p_0$ ($\\alpha=1, \\beta=2$):**": a bold label gives the letters its
            # case's values, whatever gave them the last ones (a definition, a sentence, a
            # row restating them)
            return True
        if record is not None and record.row < 0 and record.line:
            # a value a sentence states ("Here $T_1(x) = x$"): another model stated since
            # then (lead18: "If $X \sim \mathcal{N}(\mu, \sigma^2)$" after the binomial
            # example, in one list) tells that this row gives the name its own value; so
            # does a heading between (batch 29: "Take $\alpha = \beta$ in this example.",
            # then alpha's own value under the next heading was refuted against beta)
            if one_value and self._new_law_between(record.line, pr.row.line):
                return True
            return opens and record.section is not None and record.section != pr.row.section
        if record is None or not 0 <= record.row < len(self.plans):
            return False
        # the last value given under another heading than this row's: its restatements
        # are followed back to the definition across headings too (external48, Eada 188)
        across = self.plans[record.row].parsed.row.section != pr.row.section
        there = self._part_definition(e0, record, across) or self.plans[record.row]
        # a row whose first link defined the letter, whatever became of its other links
        # (a sentence row "$\alpha = \beta$ ..." of a single-dollar post), or the name
        # (``\ell = \ln L = ...``, held-out batch 35); or gave it its first value unchecked
        # (part (a)'s log f after a definition of f the reader could not read, batch 45)
        if not (_defines_first(there) or _first_value_unchecked(there)):
            return False
        if (
            there.parsed.row.section == pr.row.section
            and not _PART_LABEL.match(pr.row.prose)
            and not _NEW_PART.match(pr.row.prose)
        ):
            # a part of an exercise ("(d) The model is now binomial. So the likelihood
            # is") opens a section of its own, as a heading does. (A law unlike the one in
            # force is not enough for a display's definition: astralord's wrong normal
            # density after "If X ~ N" became a fresh definition, and the right one after it
            # was refuted against it; compared with the binomial's, both stay open.)
            return False
        return opens

    def _square_under_new_heading(self, pr: ParsedRow, e0: sp.Basic) -> bool:
        """Is ``e0`` the square of a letter that a row defined through its square (``s^2 =
        R`` gives ``s`` the root of ``R``), written again as a definition under another
        heading? Such a row is a restatement of the letter, weighed by ``_head`` as a plain
        letter's is: under another heading it may define the section's own ``s``, so it is
        not compared (the Bessel post's ``s^2`` with 1/n after the sample variance's)."""
        if not (isinstance(e0, sp.Pow) and e0.exp == 2):
            return False
        letter = _letter_of(e0)
        if letter is None or letter not in self.names.defined:
            return False
        return self._defined_under_another_heading(e0, pr)

    def _part_definition(self, e0: sp.Basic, record: Any, across: bool = False) -> Any:
        """The plan of the row that defined ``e0`` when its latest value ``record`` is a
        restatement of it written under the same heading (None otherwise).

        Held-out batch 35: "L = prod ..." then "L = theta^{-2n} ..." under "Step 1", then
        Step 2's own "L = prod ..." was compared with the restatement and refuted; the
        restatement is the old part's value as much as its definition is. The rows are
        followed back through the row each continues, each writing ``e0`` first, all under
        the definition's heading; anything else is no such chain."""
        name = quantity_name(e0)
        row = record.row
        section = self.plans[row].parsed.row.section
        # external48 (Eada line 188): p defined under one heading, restated under a
        # subheading, then written anew under a third heading; the chain is followed back
        # across headings when the row asking is under neither (``across``)
        restated_across = across
        seen: set[int] = set()
        while name and 0 <= row < len(self.plans) and row not in seen:
            seen.add(row)
            plan = self.plans[row]
            first = plan.parsed.statements[0].sides[:1] if plan.parsed.statements else []
            # a row continuing the chain (``&= -n\ln\pi - ...`` in a split) writes no
            # first side: it goes on with the name of the row it continues (external48,
            # Dai line 256 and Eada line 196: a new model's likelihood under the next
            # heading was refuted against the value such a row gave)
            continued = bool(first) and first[0] is None and plan.pred is not None
            if not (first and (continued or quantity_name(first[0]) == name)):
                return None
            if plan.parsed.row.section != section and not restated_across:
                return None
            if _defines_first(plan):
                return plan if row != record.row else None
            if plan.pred is None:
                return None
            row = plan.pred
        return None

    def _new_law_between(self, first: int, last: int) -> bool:
        """Does a row between file lines ``first`` and ``last`` (both excluded) state a law
        other than the one in force at ``first``, the last stated up to it (``X \\sim
        \\mathcal{N}(\\mu, \\sigma^2)`` after ``X \\sim \\operatorname{Bin}(n,
        \\vartheta)``)? Laws are compared as written (spaces aside); the same law stated
        again is no new one, and with no law in force at ``first`` nothing is new."""
        in_force = ""
        between: set[str] = set()
        for above in getattr(self, "_said_rows", ()) or ():
            line = above.row.line
            if not above.ok or line >= last:
                continue
            for st in above.statements:
                if st.relations[:1] in (("~",), (LISTED,), (CONDITIONAL,)) and len(st.texts) > 1:
                    law = "".join(st.texts[1].split())
                    if line <= first:
                        in_force = law
                    else:
                        between.add(law)
        return bool(in_force) and bool(between - {in_force})

    def _refuted_definition(self, e0: sp.Basic) -> bool:
        """Was the value of the quantity ``e0`` given by a row the reader refuted itself?"""
        record = self.names.value_of(e0)[2]
        if record is None or not 0 <= record.row < len(self.plans):
            return False
        plan = self.plans[record.row]
        return any(link.kind == OWN and link.verdict == "refuted" for link in plan.links)

    def _defined_there(self, e0: sp.Basic) -> bool:
        """Is the value a head ``Q`` restates the one a definition gave (not a checked row)?"""
        if isinstance(e0, sp.Derivative):
            return False
        record = None
        if isinstance(e0, sp.log) and isinstance(e0.args[0], (Named, NamedApplied)):
            logged = self.names.quantities.get(f"log {quantity_name(e0.args[0])}")
            record = logged[-1] if logged else None
            e0 = e0.args[0]
        if record is None and isinstance(e0, (Named, NamedApplied)):
            record = self.names.value_of(e0)[2]
        if record is None and isinstance(e0, sp.Symbol):
            record = self.names.defined.get(e0)
        if record is None:
            return False
        return record.row < 0 or (
            record.row < len(self.plans) and self.plans[record.row].kind == DEFINITION
        )

    def _plain_for_estimate(self, target: sp.Basic, written: sp.Basic) -> dict:
        """Parameters the row writes plain where its head puts the estimate -> the estimate."""
        out = {}
        for s in _symbols(target):
            if estimate_of(s) is None:
                continue
            plain = self.names.plain(s)
            if plain is s or plain in _symbols(target):
                continue
            if plain in _symbols(written) and s not in _symbols(written):
                out[plain] = s
        return out

    def _fixed_here(self, pr: ParsedRow) -> set:
        """The estimates an equation heading this row fixes (``12.2 = 4.8 e^{-0.6\\hat\\lambda}
        /(1 - e^{-0.6\\hat\\lambda}) = 17 e^{-0.6\\hat\\lambda}``): the links after it hold at
        the equation's root, not as identities in them."""
        links = self._row.links
        if not links or links[0].relation != "<=>" or len(pr.sides) < 2:
            return set()
        head = _symbols(pr.sides[0]) | _symbols(pr.sides[1])
        return {s for s in head if isinstance(s, sp.Symbol) and estimate_of(s) is not None}

    def row_seen_after(self, e: sp.Basic) -> set:
        """Symbols of ``e`` that this row uses for the first time in the post."""
        return {s for s in _symbols(e) if s not in self.seen or s in self.row_seen}

    def _at_estimates(self, target: sp.Basic, written: sp.Basic) -> dict:
        """Parameters the row writes as their estimate (``\\bar{x}`` for ``\\mu``): -> estimate."""
        out = {}
        hats = {s: self.names.plain(s) for s in _symbols(target) if estimate_of(s) is not None}
        for v, est in self.names.estimates.items():
            if not (_symbols(est) and _symbols(est) <= _symbols(written)):
                continue
            if v in _symbols(target) and v not in _symbols(written):
                out[v] = est
            # d^2 LL(\hat\lambda)/d\lambda^2 = -\sum y_i / \bar{y}^2: the estimate the head
            # is written at, replaced by the value the post solved it for.
            for h, plain in hats.items():
                # (Not when the row writes the plain parameter: that is \hat\mu written as \mu.)
                if plain == v and h != v and not {h, v} & _symbols(written):
                    out[h] = est
        return out

    def _estimates_put_in(self, prev: sp.Basic, written: sp.Basic) -> dict:
        """Estimates of the line above (``\\hat\\lambda``) that the row replaces by the value
        the post solved for: the row no longer writes the estimate but writes every
        name of its value. -> ``{hat_lambda: ybar/xbar}``."""
        out = {}
        if prev is None or written is None:
            return out
        now = _symbols(written)
        for s in _symbols(prev):
            if estimate_of(s) is None or s in now:
                continue
            est = self.names.estimates.get(self.names.plain(s))
            if est is None or not _symbols(est) or not _symbols(est) <= now or s in _symbols(est):
                continue
            out[s] = est
        return out

    def _head_key(self, e0: sp.Basic) -> Any:
        """The quantity a row ``Q = R`` gives a new value to (its chain goes on updating it)."""
        if isinstance(e0, sp.Derivative):
            key = self.names.derivative_key(e0)
            if key is not None:
                self.param = self.names.plain(e0.variables[0])
                self.variables.add(self.param)
                return ("d", key)
            return None
        if isinstance(e0, NamedApplied) and any(not a.free_symbols for a in e0.args):
            return None  # g(1) = 1 after g(x) = x^2: g's value at a point, not g's new value
        if isinstance(e0, (Named, NamedApplied)):
            return quantity_name(e0)
        if isinstance(e0, sp.log) and isinstance(e0.args[0], (Named, NamedApplied)):
            return "log " + quantity_name(e0.args[0])
        if isinstance(e0, sp.Symbol) and e0 in self.names.defined:
            return ("sym", e0)
        return None

    def _rewrite(
        self,
        pr: ParsedRow,
        prev_step: int,
        prev: sp.Basic,
        written: sp.Basic,
        rel: str,
        how: str = "rewrites the line above",
        against: str = "",
        equation: bool = False,
    ) -> LinkPlan:
        """``written`` claimed equal to ``prev`` (step ``prev_step``).

        ``against``: why a disagreement up to a constant is not a refutation
        (``prev`` is a definition, see :meth:`_up_to`). ``equation``: the row is an
        equation in the post's parameters, compared as an identity that need not hold (a
        number on its right, ``e^{-u^2/2} = 1/2``, is no data put in)."""
        taken = taken_reason(self, prev_step)  # REFUTE20: prev only taken as given
        against = against or taken
        self._remember(written)
        if written is None:
            return self._link(pr, LinkPlan(rel, UNRELATED, reason="a side is missing"))
        reading = self.cur.reading
        if reading:
            written = written.xreplace(reading)
        w, why = self.names.resolve(written)
        if w is None:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
        repeated = self._slip_repeated(prev_step, w)
        if repeated is not None:
            prev_step, prev, line = repeated
            how += f" (as line {line} writes it: the row repeats its slip)"
        if rel in ("=", "==") and (has_expectation(w) or has_expectation(prev)):
            linear = self._by_linearity(pr, prev, w, rel)
            if linear is not None:
                self._congruent_too(pr, prev, w, linear)
                return linear
        arbitrary = as_arbitrary(prev, w, getattr(self, "opaque_names", None), _why)  # OPAQUE8
        posted = w  # the line as the post writes it, which the next link continues
        if arbitrary is not None:
            prev, w, note = arbitrary
            prev_step = self._anchor(pr, prev)
            how += f" ({note})"
        else:
            prev = as_named(prev)
        why = _why(w)
        if why and _why(prev) and arbitrary is None:
            congruent = self._congruent(pr, prev, w, rel)  # CASCADE62: Var_x[g] = Var_x[h]
            if congruent is not None:
                return congruent
        if why and _why(prev):
            # An undefined name on the left, a formula on the right: the row defines it.
            step = self._anchor(pr, w)
            self.cur = _Cur("expr", step, w, self._row_index, self.cur.key, pr.row.line)
            return self._link(
                pr,
                LinkPlan(rel, UNCHECKED, step=None, reason=f"{why}; the row cannot be compared"),
            )
        if why:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=why))
        at = self._estimates_put_in(prev, w)
        if at:
            # = -n ybar / (ybar/xbar)^2 after -n ybar / hat_lambda^2: the estimate's value,
            # which the post solved for, put in (a head row does the same, _at_estimates).
            prev = prev.xreplace(at)
            prev_step = self._anchor(pr, prev)
            how += " (" + ", ".join(f"{_latexish(k)} at its value" for k in at) + ")"
        if _why(prev) and not _why(w) and not _of_a_name_without_value(prev):
            # d/dmu of a line with -n ln I_0(kappa): the undefined function does not
            # depend on mu, so it leaves with the derivative and the row can be compared
            # (a sign error there was "given", and the post passed). Not d log L/d theta
            # with L never given a value: L is no constant, its derivative is not 0.
            done = _derivatives_done(prev)
            if done is not None and not _why(done):
                prev = done
                prev_step = self._anchor(pr, prev)
        if _why(prev):
            step = self._given(pr, w)
            mark_taken(self, step, written)  # REFUTE20 (._after_given)
            self.cur = _Cur("expr", step, w, self._row_index, self.cur.key, pr.row.line)
            if self.cur.key is not None:
                # L = prod_n L(b; Y_n) = prod_n (density): L's value from here on.
                self._update_chain_value(written, step, pr)
            return self._link(
                pr,
                LinkPlan(
                    rel,
                    DEFINITION,
                    step=step,
                    reason=f"{_why(prev)}: this row gives it a value; taken as given",
                    how=GIVES_A_VALUE,
                ),
            )
        # A constant this row adds is not in the line above (a + b = b + a adds none).
        constants = self._arbitrary_constants(w) - _symbols(prev)
        # Vectors and matrices are compared as written, in the engine's matrix types:
        # derivatives by a matrix are not offered to the engine here (read 1x1 they
        # could refute, never prove).
        if (
            (constants or additive_constants(prev, self.arbitrary))
            and not (self._fresh_in(w, prev) - constants)
            and not (is_matrix(prev) or is_matrix(w))
        ):
            # B + const, or a line above that carries one: equal up to a constant.
            return self._up_to(pr, prev, w, rel, constants, against=against)
        if constants and not (self._fresh_in(w, prev) - constants):
            # Vectors or matrices with an added constant (l = C - m/2 log|Sigma| - ...):
            # the row claims equality up to C only; compared as an equation, read 1x1, C
            # takes any value and the row would be refuted where it holds.
            typed_link = self._typed_up_to(pr, prev, w, rel, constants, how)
            if typed_link is not None:
                return typed_link
            return self._matrix_up_to(pr, w, rel, constants, how)
        dropped = {k for k in additive_constants(prev, self.arbitrary) if not w.has(k)}
        if dropped and not self._fresh_in(w, prev) and (is_matrix(prev) or is_matrix(w)):
            # REFUTE20: the line above carries a constant this row drops, in vectors or
            # matrices: read 1x1 the constant would be drawn and the row refuted.
            return self._matrix_up_to(pr, w, rel, dropped, how)
        fresh = self._fresh_in(w, prev)
        if fresh and isinstance(written, sp.Symbol) and written in fresh and rel in ("=", "=="):
            # "= \bar{x}": the row names the line above.
            self.names.define(
                written, Value(prev_step, prev, line=pr.row.line, row=self._row_index)
            )
            return self._link(
                pr,
                LinkPlan(
                    rel,
                    DEFINITION,
                    reason=f"names the line as {_latexish(written)}; taken as given",
                    how=f"defines {_latexish(written)}",
                ),
            )
        if fresh:
            line = posted if arbitrary is not None else w  # as written (CONGR29's joints are not)
            step = self._anchor(pr, line)
            key = self.cur.key
            self.cur = _Cur("expr", step, line, self._row_index, key, pr.row.line)
            if key is not None:
                self._update_chain_value(written, step, pr)
            found = None
            if rel in ("=", "=="):
                # x_i free where the line above bound i: refuted where no value of i fits;
                # p(mu | x) = ... = alpha exp(...): alpha must be free of mu. Either way a
                # line that must be 0, and the row holds at best for a suitable value.
                found = None if is_matrix(prev) or is_matrix(w) else index_instances(prev, w, fresh)
                found = found or self._constant_factor(prev, w, fresh)
            if found is not None:
                probe, how = found
                self._anchor(pr, probe)
                i = self._add(self._mk(pr, sp.Integer(0), "auto", "="), pr.row.line)
                # external53 (Obsidian note, line 54): an index drawn beside a sum whose
                # reach is not clear is no counterexample, as in a rewrite (line 1369)
                return self._link(
                    pr,
                    LinkPlan(
                        rel,
                        STEP,
                        step=i,
                        how=how,
                        suitable=_fresh_reason(fresh, self.def_only),
                        disputed=_reach_unclear(prev, w),
                    ),
                )
            self.unsettled |= fresh
            link = LinkPlan(rel, UNCHECKED, reason=_fresh_reason(fresh, self.def_only))
            if rel in ("=", "=="):
                # 1/tau_1^2 = 1/sigma^2 + 1/tau^2 as a post's first row: tau_1, with no value,
                # is related to the new letters, not free in the rows after it
                self.equation_unknowns |= _related_here(
                    pr, _symbols(prev) - fresh, self.names, self.parameters | self.variables
                )
                self._for_every_value(pr, prev, w, line, fresh, link)
            return self._link(pr, link)
        data = "" if equation and constant(w) else _puts_in_data(prev, w)
        listed = put_in(self.ctx, prev, pr.row.line) if data else None
        if listed is not None:
            return self._with_listed_data(pr, listed, w, rel, prev_step, data)
        if data:
            step = self._anchor(pr, w)
            key = self.cur.key
            self.cur = _Cur("expr", step, w, self._row_index, key, pr.row.line)
            if key is not None:
                self._update_chain_value(written, step, pr)
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=data))
        if rel == "~=" or (_has_decimal(w) and constant(prev) and constant(w)):
            return self._own_arith(pr, prev, w, rel, prev_step)
        if _rounds_exact_value(pr.row.text, prev, w):
            # 3.14 = pi: the decimal on the left is the rounding (compared exactly, refuted)
            return self._own_arith(pr, prev, w, rel, prev_step)
        if _has_decimal(prev) and constant(prev) and constant(w) and w.is_Integer:
            # 5/0.623 = 8: a whole number after a computation in decimals, rounded to units
            # or not? Equal once rounded is no proof, and no refutation either.
            link = self._own_arith(pr, prev, w, rel, prev_step)
            if link.verdict == "proved" and link.reason:
                link.verdict = "unchecked"
                link.reason += ", written as a whole number: rounded, not exact"
            return link
        through = self._put_through_an_equation(prev, w) if rel in ("=", "==") else None
        if through is not None:
            # Y_i^2 = (X_i - X_{i-1})^2 after X_i - X_{i-1} = Y_i (batch 38): compared with the
            # line above once the post's own equation is put in
            put, line = through
            prev = prev.xreplace(put)
            prev_step = self._anchor(pr, prev)
            how = (
                f"{how}; puts in the equation of line {line}"
                if how
                else (f"puts in the equation of line {line}")
            )
        if prev_step != len(self.steps) - 1:
            prev_step = self._anchor(pr, prev)
        link = LinkPlan(rel, STEP, how=how, compared=prev_step, written=w)
        if at:
            # J = r / hat_lambda^2 at the value a refuted row states: a failure there cannot
            # say which row is wrong (_verdicts.after_refuted_estimates; lead's probe p7)
            rows = {self.names.estimate_rows.get(self.names.plain(s), -1) for s in at}
            link.estimate_rows = tuple(sorted(rows - {-1}))
        traded = self._traded(prev, w, pr)
        link.disputed = traded or self._integrand_through(prev, w) or taken
        link.disputed = link.disputed or unsettled_reason(self, prev, w)  # REFUTE20
        link.disputed = link.disputed or self._held_with_value(prev, w)
        link.disputed = link.disputed or self._formula_kept(prev, w)  # batch 25
        link.disputed = link.disputed or self._inner_value(prev, w)
        link.disputed = link.disputed or _reach_unclear(prev, w)  # external48, Eada 197
        if rel in ("=", "=="):  # batch 26: "The derivatives ... as follows:" &= f \\ &= f'
            link.disputed = link.disputed or derivative_of_row_above(prev, w, pr.row.prose)
        unknowns = (_symbols(prev) | _symbols(w)) & (self.equation_unknowns | self._fixed_here(pr))
        if unknowns:
            # Rows after ybar = alpha/gamma may use it (alpha/gamma -> ybar): at random
            # alpha, gamma such a row fails, so a failure is no refutation.
            link.condition = ", ".join(sorted(_latexish(u) for u in unknowns))
        if (traded or link.disputed) and rel in ("=", "=="):
            # 1/tau_1^2 = 1/sigma^2 + 1/tau^2: the row relates tau_1 to the others, and a
            # later row at a tau_1 drawn apart from them is no counterexample - whatever
            # kept the link from being checked (batch 45: its other letters new above)
            self.equation_unknowns |= _related_here(
                pr, _symbols(prev) - _symbols(w), self.names, self.parameters | self.variables
            )
        if is_matrix(prev) or is_matrix(w):
            by_entry = bool(entry_derivatives(prev, w))  # MATRIX8: d/dw_j of w^T x_i
            typed, link.shapes, guessed = (
                (None, "", "")
                if by_entry
                else matrix_reading_in_post(  # MATRIX5
                    (prev, w),
                    getattr(self, "vector_names", frozenset()),
                    getattr(self, "family_values", None),
                )
            )
            link.disputed = link.disputed or guessed
            flipped = None
            if typed is None and not by_entry:  # MATRIX5: (grad_Sigma f)^T = M as M^T
                flipped = transposed_gradient(
                    (prev, w),
                    getattr(self, "vector_names", frozenset()),
                    getattr(self, "family_values", None),
                )
                typed = flipped[0] if flipped is not None else None
            inner = None
            if typed is None:  # MATRIX8: w^T x_i as numbers, d/dw_j of them computed
                inner = inner_product_reading(prev, w)
            if inner is not None:
                (a, b), link.disputed = inner[0], link.disputed or inner[1]
            elif by_entry:
                self.cur = _Cur()
                return self._link(pr, LinkPlan(rel, UNCHECKED, reason=ENTRY_UNREAD))
            elif typed is not None:
                # Checked as matrices of any size (the engine's matrix types).
                a, b = typed
                # sound12: at the size the post states (3 x 3), or no refutation at another
                sized = at_stated_size(self.paragraphs, a, b)
                if sized is not None:
                    a, b = sized
                else:
                    link.disputed = link.disputed or guessed_size(self.paragraphs, a, b)
                # sound13: a stated 5 x 2 matrix read square: a proof there is no proof
                link.suitable = link.suitable or stated_not_square(self.paragraphs, a, b)
                link.disputed = link.disputed or stated_structure(self.paragraphs, a, b)
            else:
                a, b = as_scalars(prev), as_scalars(w)
                if a is None or b is None or has_engine_matrices(prev):
                    self.cur = _Cur()
                    return self._link(pr, LinkPlan(rel, UNCHECKED, reason=_MATRIX_REASON))
                link.matrix = True
                # batch 26: sum_j theta_j^2 = theta^T theta; as numbers theta is not theta_j's
                link.disputed = link.disputed or vector_and_its_elements(prev, w)
                link.disputed = link.disputed or bars_of_a_sum(prev, w)  # matrix59
            if prev_step == len(self.steps) - 1 and a != prev:
                prev_step = self._anchor(pr, a)
            # read 1x1, the line is still continued as written: the next link may have
            # a matrix reading (its transposes and order are not lost)
            held = w if link.matrix or inner is not None else b
            if flipped is not None:
                held = flipped[1]  # the next row continues M, not M^T
            w = b
        else:
            held = w
        if arbitrary is not None and held is w:
            # CONGR29's joints (P(A | B) as J(A, B) / J(B)) are no calls of the post: the
            # next link reads the line as written (p(x_i | lambda), a declared law's mass)
            held = posted
        held = as_named(held)  # OPAQUE8: the next row reads the post's own calls
        i = self._add(self._mk(pr, w, "auto", "="), pr.row.line)
        link.step = i
        self.cur = _Cur("expr", i, held, self._row_index, self.cur.key, pr.row.line, reading)
        self._slip(pr, w)
        if self.cur.key is not None and link.kind == STEP:
            self._update_chain_value(written, i, pr)
        return self._link(pr, link)

    def _typed_up_to(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str, constants: set, how: str
    ) -> LinkPlan | None:
        """``w`` equal to ``prev`` up to ``constants``, in the engine's matrix types.

        Without the constants, the difference of the two lines must not depend on the
        matrix parameters: the step claims that the difference at the parameters
        equals the difference at a second, independent point (``Sigma'``, ``mu'``,
        drawn like the first; an SPD covariance stays SPD). A term that depends on the
        data only may sit in the constant, so only the post's parameters move. None
        when the lines have no matrix reading or no parameter to move.
        """
        from ._upto import additive_constants, drop_terms

        inherited = additive_constants(prev, self.arbitrary)
        a, b = drop_terms(prev, inherited | constants), drop_terms(w, constants)
        typed = as_matrix_types(a, b)
        if typed is None:
            return None
        a, b = typed
        names = {str(getattr(p, "name", p)) for p in self.parameters | self.variables}
        mats = {m for e in (a, b) for m in e.atoms(sp.MatrixSymbol) if m.name in names}
        if not mats:
            return None
        moved = {m: sp.MatrixSymbol(m.name + "'", *m.shape) for m in mats}
        diff = sp.Add(a, sp.Mul(-1, b, evaluate=False), evaluate=False)
        key = self.cur.key
        step = self._anchor(pr, w)  # the next row continues the line as written
        self.cur = _Cur("expr", step, w, self._row_index, key, pr.row.line)
        if key is not None:
            self._update_chain_value(w, step, pr)
        self.arbitrary |= constants
        self._anchor(pr, diff)
        i = self._add(self._mk(pr, diff.xreplace(moved), "auto", "="), pr.row.line)
        ks = ", ".join(sorted(str(k) for k in constants | inherited))
        ps = ", ".join(sorted(str(m) for m in mats))
        return self._link(
            pr,
            LinkPlan(
                rel,
                STEP,
                step=i,
                how=f"equal up to {ks}: the difference of the lines, without {ks}, is the "
                f"same at a second value of {ps}",
                upto=True,
            ),
        )

    def _slip(self, pr: ParsedRow, w: sp.Basic) -> None:
        """A slip that changes the meaning (\\sqrt{2\\pi\\sigma}): noted; the next row is
        compared with what the author meant."""
        note = index_slip(w, self.ctx.sample_names)
        if note and note not in self._row.notes:
            self._row.notes.append(note)
        slip = find_slip(w)
        if slip is None:
            return
        self._row.notes.append(slip.note)
        written = (self.cur.step, self.cur.expr, pr.row.line)
        step = self._anchor(pr, slip.meant)
        self.cur = dataclasses.replace(self.cur, step=step, expr=slip.meant)
        # the line as written, for a next row that repeats the slip (._slip_repeated)
        self.slipped_lines = {**getattr(self, "slipped_lines", {}), step: written}

    def _slip_repeated(self, prev_step: int, w: sp.Basic) -> tuple | None:
        """``(step, value, line)`` of the line above as written when it carried a slip that
        ``w`` repeats (``(2\\pi\\sigma)^{n/2}`` after ``\\sqrt{2\\pi\\sigma}``): the row follows
        the author's own reading, and is compared with it (external46, 7.19 line 50). None
        when the line above had no slip or the row writes the meant constant."""
        written = getattr(self, "slipped_lines", {}).get(prev_step)
        if written is None or written[0] is None or find_slip(w) is None:
            return None
        return written

    def _update_chain_value(self, written: sp.Basic, step: int, pr: ParsedRow) -> None:
        key = self.cur.key
        value = Value(step, written, line=pr.row.line, row=self._row_index)
        if isinstance(key, tuple) and key[0] == "d":
            self.names.set_derivative(key[1], value)
        elif isinstance(key, tuple) and key[0] == "sym":
            if not self._circular(key[1], written):
                self.names.define(key[1], value)
        elif isinstance(key, tuple) and key[0] == "joint":
            self.names.joints[key[1]] = value
        elif isinstance(key, tuple) and key[0] == "call":
            # a density a law of probability defined (._build._densities_related): the call's
            # own record, by its arguments and bar
            self.names.set_quantity(key[1], value)
        elif isinstance(key, str):
            if self.names.quantities.get(key):
                self.names.update_quantity(key, value)
            else:
                self.names.set_quantity(Named(key), value)

    def _circular(self, letter: sp.Basic, written: sp.Basic) -> bool:
        r"""Does ``written`` hold a letter whose own value holds ``letter``? ``D = 1/\sqrt{a}
        \iff a = 1/D^2``: the second half restates ``a`` by the letter the row defines from
        it, and taken as a's value it would leave ``D`` free (held-out external52 gmjw lines
        185 and 238 were refuted with D drawn at random). ``a`` keeps the value it had."""
        for s in getattr(written, "free_symbols", ()):
            if s == letter:
                continue
            value = self.names.defined.get(s)
            if value is not None and letter in getattr(value.expr, "free_symbols", ()):
                return True
        return False

    def _identity(
        self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str, equation: bool = False
    ) -> None:
        """``L = R``: a rewrite chain that starts at the left side (``equation``: see
        :meth:`_rewrite`)."""
        self._remember(e0)
        lhs, why = self.names.resolve(e0)
        if lhs is None:
            self._remember(e1)
            self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
            self.cur = _Cur()
            return
        h = self._anchor(pr, lhs)
        self.cur = _Cur("expr", h, lhs, self._row_index, None, pr.row.line)
        link = self._rewrite(
            pr, h, lhs, e1, rel, how="left side rewritten into the right side", equation=equation
        )
        w = self.cur.expr if self.cur.kind == "expr" else None
        if (
            link.kind == UNCHECKED
            and rel == "="
            and w is not None
            and self.cur.row == self._row_index
            and self._fresh_in(w, lhs)
            and not (is_matrix(lhs) or is_matrix(w))
        ):
            # An equation in a symbol it introduces (alpha, first seen here): the rows
            # after it that rearrange it are equation steps from it, never identities
            # (checked at random alpha they would fail).
            eq = sp.Eq(lhs, w, evaluate=False)
            step = self._given(pr, eq, note="helper-anchor")
            self.cur = _Cur("eq", step, eq, self._row_index, None, pr.row.line)

    def _inequality(self, pr: ParsedRow, e0: sp.Basic, rel: str, e1: sp.Basic) -> None:
        self._remember(e0, e1)
        # every relation compares the difference of the sides with 0 (a != b as well: read
        # as a != 0, x + 1 != 1 + x was proved)
        a, why = self.names.resolve(sp.Add(e0, -e1))
        if a is None:
            self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
            continue_from_bound(self, pr, e1)
            return
        verdict, reason = sign_check(a, rel)
        self._link(
            pr, LinkPlan(rel, OWN, verdict=verdict, reason=reason, how="the sign of the difference")
        )
        continue_from_bound(self, pr, e1)  # SOUND: ``A <= D`` then ``= C`` says C = D

    def _with_listed_data(
        self, pr: ParsedRow, listed: tuple, w: sp.Basic, rel: str, prev_step: int, data: str
    ) -> LinkPlan:
        """A row that puts in the data the prose lists (._said_samples): the line above at
        those numbers, compared as written - as numbers to the decimals written, or as an
        identity in the symbols left. A list in words may be another sample's: a row that
        does not agree with it is unchecked, never refuted."""
        put, how, sure = listed
        doubt = "" if sure else f"{data}; the numbers the prose lists may be another sample's"
        if constant(put) and constant(w):
            link = self._own_arith(pr, put, w, rel, prev_step)
            link.how = f"{how}; {link.how}"
            if doubt and link.verdict == "refuted":
                link.verdict, link.reason, link.counterexample = "unchecked", doubt, None
            return link
        if _has_decimal(w) or rel not in ("=", "==") or _symbols(put) - _symbols(w):
            # the row puts in more than the listed data (a value for hat-lambda too)
            step = self._anchor(pr, w)
            self.cur = _Cur("expr", step, w, self._row_index, None, pr.row.line)
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=data))
        anchor = self._anchor(pr, put)
        i = self._add(self._mk(pr, w, "auto", "="), pr.row.line)
        link = LinkPlan(rel, STEP, how=how, compared=anchor, step=i, written=w)
        link.disputed = doubt
        self.cur = _Cur("expr", i, w, self._row_index, None, pr.row.line)
        return self._link(pr, link)

    def _own_arith(
        self, pr: ParsedRow, prev: sp.Basic, written: sp.Basic, rel: str, prev_step: int
    ) -> LinkPlan:
        places = rounding_places(pr.row.text, prev, written, rel == "~=")
        exact = claims_exact(pr.row.text, prev, written, rel == "~=")
        verdict, reason, ce = approx_check(prev, written, rel == "~=", places, exact)
        step = self._anchor(pr, written)
        self.cur = _Cur("expr", step, written, self._row_index, None, pr.row.line)
        how = f"compared to the {places} decimal(s) written" if places > 0 else "arithmetic"
        if places < 0:
            how = f"compared to the figures written (a unit of 1e{-places})"
        if exact:
            how = "arithmetic (no decimal written: equal to the digits evaluated)"
        link = LinkPlan(rel, OWN, verdict=verdict, reason=reason, how=how, counterexample=ce)
        link.arith = True
        return self._link(pr, link)

    def _held_with_value(self, prev: sp.Basic, w: sp.Basic) -> str:
        """Why a failing link is no refutation when it holds a variable the post
        differentiates by (kept free, not replaced by its value) and the letters of the
        value the post gave it (``\\eta = \\log\\lambda``, then ``e^\\eta = \\lambda``):
        the link may use that value. "" otherwise."""
        letters = _symbols(prev) | _symbols(w)
        for v in sorted(letters & set(self.variables), key=str):
            value = self.names.defined.get(v)
            if value is None or not isinstance(value.expr, sp.Basic):
                continue
            # a reparametrisation: the value is in another parameter (log lambda), not a
            # statistic of the data (theta = (1/n) sum x_i, a result stated before)
            data = value.expr.atoms(sp.Indexed) or any(
                not s.is_commutative for s in value.expr.free_symbols
            )  # samples, or the data matrices X, Y of beta = (X^T X)^{-1} X^T Y
            if not data and (_symbols(value.expr) - {v}) & letters:
                line = f" (line {value.line})" if value.line else ""
                return (
                    f"{_latexish(v)} is a variable here, and the post gives it a value{line} "
                    f"in letters this link holds: the link may use that value, so a difference "
                    f"at a {_latexish(v)} apart from them is no refutation"
                )
        return ""

    def _traded(self, prev: sp.Basic, w: sp.Basic, pr: ParsedRow) -> str:
        """Why a failure of ``prev = w`` is no refutation, when ``w`` trades every plain
        symbol of ``prev`` that has no value in the post for other symbols ("" if not).

        ``sigma^2 + mu^2 = alpha^2 beta^2 + alpha beta^2`` puts in a distribution's mean
        and variance that the post never writes: it holds under relations the post does
        not state, not as an identity. A row that trades a letter for itself (``sigma``
        for ``sigma^2``) is compared as before; so is one that keeps symbols, unless what
        it brings in is no symbol the rows of its display wrote before it (nor new to the
        post): a symbol of another display, which the prose may define after the row.
        """

        through = self._traded_through_an_equation(prev, w)
        if through:
            return through

        def plain(e: sp.Basic) -> set:
            return {s for s in _symbols(e) if isinstance(s, sp.Symbol) and s.is_commutative}

        before, after = plain(prev), plain(w)
        gone = {s for s in before - after if s not in self.names.defined}
        new = after - before
        if not gone or not new or gone != before - after:
            return ""
        if before & after and (new & self.row_seen or new & self._block_symbols(pr)):
            # (P(Y=y) = binom(y+a-1, y) p^y (1-p)^a after a value in a, b, y, "where
            # p := 1/(1+b)" after the display, imathworks: a refutation of a correct row)
            return ""
        letters = {s.name.rstrip("0123456789")[:5] for s in gone}
        if any(s.name.rstrip("0123456789")[:5] in letters for s in new):
            return ""
        names = ", ".join(sorted(_latexish(s) for s in gone))
        by = ", ".join(sorted(_latexish(s) for s in new))
        return (
            f"the row writes {names} in terms of {by}, through relations the post does not "
            "state; it is not an identity, so a difference is no refutation"
        )

    def _relating_equation(self, prev: sp.Basic, w: sp.Basic) -> tuple | None:
        """``(gone, new, line, equation)``: the letters of samples only ``prev`` holds and
        only ``w`` holds, and the last equation no row led to that relates both (None when
        there is none): what the two readings below of such a link start from."""
        gone = _sample_letters(prev) - _sample_letters(w)
        new = _sample_letters(w) - _sample_letters(prev)
        if not gone or not new:
            return None
        for line, names, eq in reversed(self.unused_equations):
            if gone & names and new & names:
                return gone, new, line, eq
        return None

    def _put_through_an_equation(self, prev: sp.Basic, w: sp.Basic) -> tuple[dict, int] | None:
        """``(Y_i -> X_i - X_{i-1}, line)`` when ``w`` writes the samples of a letter of
        ``prev`` in those of another, an equation no row led to gives that sample alone on
        one side (``X_i-X_{i-1} = Y_i``), and with it put in the two lines agree at the
        points tried: the link is then compared through the post's own equation (batch 38).
        None otherwise (:meth:`_traded_through_an_equation` then says why a failure is no
        refutation)."""

        found = self._relating_equation(prev, w)
        if found is None:
            return None
        gone, _new, line, eq = found
        sides = (eq.lhs, eq.rhs)
        put = {
            side: other
            for side, other in (sides, sides[::-1])
            if isinstance(side, sp.Indexed) and str(side.base.label) in gone
        }
        if not put or _sample_letters(sp.Add(*put.values(), evaluate=False)) & gone:
            return None
        through = sp.Eq(prev.xreplace(put), w, evaluate=False)
        if satisfies(through, sp.Dummy(), sp.S.Zero) is True:
            return put, line
        return None

    def _traded_through_an_equation(self, prev: sp.Basic, w: sp.Basic) -> str:
        """Why a failure of ``prev = w`` is no refutation when ``w`` writes the samples of one
        letter of ``prev`` (``Y_i``) in those of another (``X_i - X_{i-1}``) that an equation
        no row led to relates to it (``X_i-X_{i-1} = Y_i``, held-out batch 38): the reader
        keeps such an equation as the line the next rows continue, not as a value of ``Y_i``,
        so at random ``X`` and ``Y`` the link fails where the post says it holds ("" if not).
        When the equation gives the sample alone on one side and the link fails even with it
        put in, the failure stands: the post's own equation does not make the row hold."""

        found = self._relating_equation(prev, w)
        if found is None:
            return ""
        gone, new, line, eq = found
        sides = (eq.lhs, eq.rhs)
        put = {
            side: other
            for side, other in (sides, sides[::-1])
            if isinstance(side, sp.Indexed) and str(side.base.label) in gone | new
        }
        through = sp.Eq(prev.xreplace(put), w.xreplace(put), evaluate=False)
        if put and satisfies(through, sp.Dummy(), sp.S.Zero) is False:
            return ""
        return (
            f"the row writes {', '.join(sorted(gone))} in terms of "
            f"{', '.join(sorted(new))}, which the equation of line {line} relates; no "
            "row led to that equation, so the reader does not put it in: a difference "
            "is no refutation"
        )

    def _inner_value(self, prev: sp.Basic, w: sp.Basic) -> str:
        """Why a failure is no refutation when ``w`` brings in elements (``a_i``) the post
        differentiates by (``\\frac{\\partial}{\\partial a_i}``, a chain rule's inner value)
        and never gives a value the reader has: the author means them as a function of the
        other letters (the softmax ``a_i`` of the ``z_j``), which, drawn at random, they
        are not ("" if no such element; hack-notes' softmax Jacobian, held-out external39:
        ``... = a_i (1 - a_i)`` once its sums could be written out)."""
        inner = getattr(self, "element_variables", {})
        before = {str(a.base.label) for a in prev.atoms(sp.Indexed)}
        for a in sorted(w.atoms(sp.Indexed), key=str):
            label = str(a.base.label)
            if label in before or label not in inner or label in self.names.quantities:
                continue
            if any(str(s) == label for s in self.names.defined):
                continue
            return (
                f"holds {_latexish(a)}, which the post differentiates by (line {inner[label]}) "
                "and gives no value the reader has: it may stand for a function of the "
                "other letters, so a difference is no refutation"
            )
        return ""

    def _formula_kept(self, prev: sp.Basic, w: sp.Basic) -> str:
        """Why a failure is no refutation when one side holds an element the post writes as a
        formula (``$\\hat{p}_i = \\frac{1}{1 + e^{-z_i}}$`` in a sentence, ``e_i = y_i - b
        x_i``) that the reader kept as a letter and the other side does not hold: drawn at
        random, the element would make a row written in it differ from one written in its
        formula ("" if no such element; held-out batch 25, pystatsml line 116)."""

        def held(e: sp.Basic) -> set:
            out = {str(a.base.label) for a in e.atoms(sp.Indexed)}
            return out | {s.name for s in e.free_symbols if isinstance(s, sp.Symbol)}

        through = getattr(self.names, "through", {})
        for name in sorted(held(prev) ^ held(w)):
            line = through.get(name, {}).get(FORMULA)
            if line is not None:
                return (
                    f"holds {_latexish(sp.Symbol(name))}, which line {line} writes as a formula "
                    "the reader does not put in (it is kept as a letter): a difference is no "
                    "refutation"
                )
        return ""

    def _integrand_through(self, prev: sp.Basic, w: sp.Basic) -> str:
        """Why a failure is no refutation when an integral over ``s`` holds a free letter
        ``t`` that the post relates to ``s`` ("change the variable to $s = c t^\\beta$",
        then ``\\int t^{k-\\beta} e^{-s} ds``) and the other side does not hold: the
        author integrates t as a function of s, which read as a constant it is not ("" if
        no such letter)."""
        for side, other in ((prev, w), (w, prev)):
            for integral in side.atoms(sp.Integral):
                variables = set(integral.variables)
                bound = {v.name for v in variables}
                free = integral.function.free_symbols - variables - other.free_symbols
                for t in sorted(free, key=str):
                    name = getattr(t, "name", "")
                    tied = bound & set(self.names.through.get(name, {}))
                    tied |= {b for b in bound if name in self.names.through.get(b, {})}
                    if tied:
                        return (
                            f"the integral over {min(tied)} holds {_latexish(t)}, which the post "
                            f"relates to {min(tied)}: read as a constant it is not what is "
                            "integrated, so a difference is no refutation"
                        )
        return ""

    def _block_symbols(self, pr: ParsedRow) -> set:
        """Symbols the rows of ``pr``'s display wrote before it."""
        out: set = set()
        for plan in reversed(self.plans):
            if plan.parsed.row.block != pr.row.block:
                break
            for st in plan.parsed.statements:
                out |= {
                    s for side in st.sides if isinstance(side, sp.Basic) for s in _symbols(side)
                }
        return out

    def _keep_in_system(self, pr: ParsedRow, old: _Cur, eq: sp.Basic) -> None:
        """``eq`` (a member of ``old``'s system rewritten) becomes the current line in
        ``old``'s place."""
        step = self._anchor(pr, eq)
        new = _Cur("eq", step, eq, self._row_index, None, pr.row.line)
        new.system = tuple(new if m is old else m for m in old.system)
        if new not in new.system:
            new.system = (*new.system, new)
        if self._last_premise is old:
            self._last_premise = new
        self.cur = new

    def _by_linearity(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str
    ) -> LinkPlan | None:
        """``E_p[X^2/p^2] = E_p[X^2]/p^2``: both lines with their expectations written by
        linearity (see ._expectation), compared by a step that proves or leaves the row
        unchecked, never refutes it. None when a line is not of that form."""
        params, laws = self._linearity_constants(prev, w), getattr(self, "laws", {})
        lp = by_linearity(prev, params, laws) if has_expectation(prev) else prev
        lw = by_linearity(w, params, laws) if has_expectation(w) else w
        squared = ""
        if (lp is None or lw is None) and self._bracketed_powers():
            # EXPECT17: (E[g])^2 written with its own bracket: the square of the mean
            lp = by_linearity(prev, params, laws, squares_of_means=True) if lp is None else lp
            lw = by_linearity(w, params, laws, squares_of_means=True) if lw is None else lw
        if lp is None or lw is None:
            read = square_reading(prev, w, lp, lw, params, laws)  # EXPECT9: E(g)^2
            if read is None:
                plan = (
                    self._under_one_measure(pr, prev, w, rel)
                    or self._as_quantities(pr, prev, w, rel)
                    or self._congruent(pr, prev, w, rel)
                )
                if plan is not None:
                    return plan
                # expect68: E_{D,\varepsilon}[g], a subscript naming the letters averaged
                # (expect69: on both lines, every mean; none conditioned by the post)
                own = self._own_subscripts()
                if not own or not all(
                    subscripted_throughout(x, params, laws, own["conditioning"]) for x in (prev, w)
                ):
                    return None
                lp = by_linearity(prev, params, laws, **own) if lp is None else lp
                lw = by_linearity(w, params, laws, **own) if lw is None else lw
                if lp is None or lw is None:
                    return None
            else:
                lp, lw, squared = read
        lw = stated_moments(lw, laws, pr.row.line)  # EXPECT7: n mu of E[X_i] = mu
        if _why(lp) or _why(lw) or is_matrix(lp) or is_matrix(lw):
            return None
        generic = generic_reading(prev, w, lp, lw, params, laws, self._meant_letters())
        if generic is not None:  # EXPECT17: E[X^2] of samples X_i ~ L, only to prove
            lp, lw, note = generic
            squared += note
        elif laws and not (determined(lp) and determined(lw)):
            fixed = constant_reading(prev, w, params, laws)  # external36: k of k/n sum X_i
            if fixed is not None:
                lp, lw = fixed
        varying = _moment_under_derivative(lp) or _moment_under_derivative(lw)
        if varying:
            # d/dmu (mu E[X]) = E[X]: linearity takes E[X] for a constant of mu, yet the law
            # may make it mu (adversarial35, 09: X ~ N(mu, 1), its law not read)
            return self._moment_unchecked(
                pr,
                rel,
                f"{varying} stands under a derivative by a letter its law may hold, and the "
                "reader has no value for it",
            )
        moments = {s for s in _symbols(lp) if s.name.startswith("E[")}
        if moments and not squared and not (determined(lp) and determined(lw)):
            plan = self._under_conventions(pr, prev, w, rel)  # moments29: rate or scale
            if plan is not None:
                return plan
        if not moments and has_expectation(prev) and w.atoms(sp.Integral):
            # E(e^{tX}) = \int e^{tx} f(x) dx with the mean known too: the integral compared
            # with the mean's closed value costs the engine a quadrature at every sample
            # point (over 3 s for the normal's MGF); integrands that agree are the definition
            lotus_link = self._by_lotus(pr, prev, w, rel, agreeing=True)
            if lotus_link is not None:
                return lotus_link
        if moments and not any(s.name.startswith("E[") for s in _symbols(lw)):
            lotus_link = self._by_lotus(pr, prev, w, rel)  # EXPECT8: E[h(X)] = int h f dx
            if lotus_link is not None:
                return lotus_link
            drawn = estimators_inside(prev, params)  # EXPECT6: E[hat lambda] = ...
            if drawn:
                return self._moment_unchecked(
                    pr,
                    rel,
                    f"states a moment of {', '.join(drawn)}, a statistic, which the reader "
                    "cannot work out from what the post says of it",
                )
            if of_a_declared_law(prev, laws, self.ctx.declared):
                # E[U^2] = (a + b)^2/4 after U ~ U(a, b): a claim about the declared law
                # that the reader cannot work out, not a premise to take
                bound = unshown_bound(prev, laws)  # moments66: E[1/X] needs alpha > 1
                twice = "" if bound else redeclared(prev, laws)  # laws67
                return self._moment_unchecked(
                    pr,
                    rel,
                    f"states a moment that the declared law makes finite only for {bound}, "
                    "which the post does not state"
                    if bound
                    else f"states a moment of {twice}, which the post declares with two "
                    "different laws where the row stands, so the reader takes neither"
                    if twice
                    else "states a moment of a variable the post declares random, which the "
                    "reader cannot work out from what the post says of it",
                )
            # E(X) = alpha/gamma: the distribution's moment stated, not derived here
            step = self._given(pr, lw)
            # V(X) + E(X)^2 = sigma^2 + mu^2: a letter new here (mu) is as new as in any chain
            # link, so the next link may give it its value (external46, 7.8 line 20)
            known = law_parameters(laws)
            self.unsettled |= {x for x in self._fresh_in(lw, lp) if x not in known}
            self.cur = _Cur("expr", step, w, self._row_index, self.cur.key, pr.row.line)
            how = "states a moment of the distribution"
            return self._link(
                pr, LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
            )
        # E_p(X^2) = 0^2 p_X(0) + ...: a name the written side brings in without a value
        # (p_X(0) read as a product) makes the row hold for a suitable value of it
        known = law_parameters(laws)
        # expect59: the size of a sample the prose lists (X_1, \\dots, X_n) is said there
        known |= set(getattr(self.ctx, "listed_sizes", {}).values())
        # a letter a moment was named by above (E(Y) = \\lambda) has no value here either,
        # unless a row gave it one since (adversarial set 23, 47: Var(Y) = \\lambda refuted)
        named = {x for x in self.moment_named & _symbols(lw) if x not in self.names.defined}
        fresh_symbols = {
            x
            for x in self._fresh_in(lw, lp) | named
            # a parameter of the post counts too when this row first writes it (batch 31:
            # E(y) = \\lambda after Y ~ Poisson(10), lambda the log-likelihood's argument)
            if not x.name.startswith("E[") and x not in known
        }
        fresh = sorted(str(x) for x in fresh_symbols)
        disputed = ""
        if fresh:
            self.moment_named |= fresh_symbols
            disputed = (
                f"{', '.join(fresh)} appears here without a value the reader can use, so a "
                "difference is no refutation"
            )
        elif not (laws and determined(lp) and determined(lw)):
            disputed = (
                "the expectations, written by linearity, do not match term by term; "
                "what the distribution gives them is not checked"
            )
        elsewhere = self._estimator_elsewhere(pr, prev, w)
        if elsewhere and not disputed:
            disputed = elsewhere
        how = "by linearity of expectation" + squared
        point = None if fresh or laws else self._at_point_mass(prev, w)
        every_length = False
        if point is not None:
            # catch60 (._point_mass): no law stated, and the row fails for a constant
            lp, lw, at = point
            how = f"{how}, at the point mass c = {at['c']} (every random letter that constant)"
            disputed = ""
            every_length = any(k.startswith("|") for k in at)
        anchor = self._anchor(pr, lp)
        i = self._add(self._mk(pr, lw, "auto", "="), pr.row.line)
        self.cur = _Cur("expr", i, w, self._row_index, self.cur.key, pr.row.line)
        # without either, the moments all have values from a declared law: a difference is real
        # (moments61: and the row after a refuted one is compared with the values of the line
        # before it, ``anchor``, not with the slip: see ._verdicts)
        return self._link(
            pr,
            LinkPlan(
                rel,
                STEP,
                step=i,
                how=how,
                disputed=disputed,
                every_length=every_length,
                compared=None if disputed else anchor,
                written=None if disputed else lw,
            ),
        )

    def _own_subscripts(self) -> dict:
        """The keywords of :func:`by_linearity` for expect68's reading of a subscript as the
        letters averaged over, with the letters this post conditions a mean on (expect69);
        empty when the post writes a bar inside a subscript (``E_{Z|X}``: read as ``E_X``)."""
        if getattr(self.ctx, "barred_subscripts", False):
            return {}
        return {"own_subscripts": True, "conditioning": getattr(self.ctx, "conditioning", set())}

    def _linearity_constants(self, *lines: sp.Basic) -> Any:
        """The constants of expectations compared by linearity: the post's parameters, and
        the letters of ``lines`` its prose calls constants ("$a$ a constant",
        ._said_constants): a number inside ``E[...]``, not random."""
        params = self.names.parameters
        said = getattr(self.ctx, "said_constants", frozenset())
        if said:
            written = set().union(*(x.free_symbols for x in lines if isinstance(x, sp.Basic)))
            params = params | {s for s in written if getattr(s, "name", None) in said}
        return params

    def _moment_unchecked(self, pr: ParsedRow, rel: str, why: str) -> LinkPlan:
        """A link of moments the reader cannot work out: unchecked, saying ``why``; nothing
        to go on from."""
        self.cur = _Cur()
        return self._link(pr, LinkPlan(rel, UNCHECKED, reason=f"{why}; not checked"))

    def _estimator_elsewhere(self, pr: ParsedRow, *lines: sp.Basic) -> str:
        """moments61: why a difference is no refutation when an estimator (``\\hat\\theta``,
        ``\\tilde\\theta``) in ``lines`` takes its value from a definition in another display
        ("" when none does). A post that derives two estimators of one parameter often names
        both ``\\hat\\theta`` (the method of moments' ``2\\bar X``, then the maximum
        likelihood's ``X_{(n)}``, said only in words): which one the row means is not read."""
        stats = getattr(getattr(self, "laws", None), "statistics", None) or {}
        names = {
            a
            for e in lines
            for a in getattr(e, "free_symbols", ())
            if a in stats and str(a).startswith(("hat_", "tilde_"))
        }
        for name in sorted(names, key=str):
            where = [
                other.row
                for other in getattr(self, "_said_rows", ())
                if getattr(other, "ok", False)
                and any(
                    st.relations[:1] in (("=",), (":=",)) and tuple(st.sides[:1]) == (name,)
                    for st in other.statements
                )
            ]
            if where and all(
                row.block != pr.row.block and self._another_method_between(row, pr.row)
                for row in where
            ):
                return (
                    f"{name} takes its value from line {where[0].line}, in another display; "
                    "the estimator meant here may be another one, so a difference is no "
                    "refutation"
                )
        return ""

    def _another_method_between(self, early: Any, later: Any) -> bool:
        """Does a paragraph after the row ``early`` and up to ``later``'s block name an
        estimation method (maximum likelihood, the method of moments, ...)? Then an estimator
        defined at ``early`` may not be the one ``later`` means (moments61)."""
        said = dict.fromkeys(
            other.row.prose
            for other in getattr(self, "_said_rows", ())
            if early.line < other.row.line <= later.line and other.row.prose
        )
        return any(_ESTIMATION_METHOD.search(p[:_MAX_PARAGRAPH]) for p in said)

    def _at_point_mass(self, prev: sp.Basic, w: sp.Basic) -> tuple | None:
        """catch60: both lines at the point mass, when the post allows it and they differ
        there (._point_mass); None otherwise."""
        ctx = self.ctx
        declared = bool(getattr(ctx, "declared", None)) or bool(getattr(ctx, "stated_laws", None))
        words = bool(getattr(ctx, "law_words", True))
        universal = bool(getattr(ctx, "any_law", False))
        return at_point_mass(prev, w, self.names.defined, words, declared, universal)

    def _under_conventions(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str
    ) -> LinkPlan | None:
        """moments29: ``E[X] = 1/\\lambda`` after ``X \\sim \\mathrm{Exp}(\\lambda)``, a law
        whose convention the post leaves open: compared under each (._moment_conventions).
        Proved under one the words do not speak against (the verdict names it), refuted
        only when every convention differs, else unchecked; None when the row speaks of
        no such law."""
        laws = getattr(self, "laws", {})
        words = getattr(self.ctx, "prose_words", frozenset())
        found = convention_readings(
            prev, w, self.names.parameters, laws, words, by_linearity, determined, has_expectation
        )
        if found is None:
            return None
        if found.verdict == "unchecked":
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=found.reason))
        self._anchor(pr, found.prev)
        i = self._add(self._mk(pr, found.written, "auto", "="), pr.row.line)
        self.cur = _Cur("expr", i, w, self._row_index, self.cur.key, pr.row.line)
        disputed = ""
        if found.verdict == "proved":
            disputed = (
                "the row is compared under the convention named; a difference there is no "
                "refutation"
            )
        return self._link(pr, LinkPlan(rel, STEP, step=i, how=found.how, disputed=disputed))

    def _by_lotus(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str, agreeing: bool = False
    ) -> LinkPlan | None:
        """EXPECT8: ``E[h(X)] = \\int h(x) f(x) dx`` written out, compared as the integral
        against the law's density (see ._expectation_lotus); a step that proves or leaves
        the row unchecked. None when the row writes no such integral, or (``agreeing``)
        when its integrand is not the function times the density at two sample points."""
        var = integral_variable(w) if not has_expectation(w) else None
        laws = getattr(self, "laws", {})
        written = lotus(prev, self.names.parameters, laws, var) if var is not None else None
        if written is None or _why(written):
            return None
        # one range on both sides: the integrands compared, not the integrals evaluated
        mine, theirs = one_integrand(written, var), one_integrand(w, var)
        if mine is not None and theirs is not None and mine[1] == theirs[1]:
            written, compared = mine[0], theirs[0]
            agree = agree_at_points(written, compared) if agreeing else True
            if agree is None:
                self.cur = _Cur()
                return self._link(pr, LinkPlan(rel, UNCHECKED, reason=_UNEVALUATED_INTEGRAND))
            if not agree:
                return None
        elif agreeing:
            return None
        else:
            compared = w
        self._anchor(pr, written)
        i = self._add(self._mk(pr, compared, "auto", "="), pr.row.line)
        self.cur = _Cur("expr", i, w, self._row_index, self.cur.key, pr.row.line)
        disputed = (
            "the integral written is not shown to be that of the function against the "
            "density of the variable; a difference is no refutation"
        )
        how = "the mean of a function of the variable, as the integral against its density"
        plan = self._link(pr, LinkPlan(rel, STEP, step=i, how=how, disputed=disputed))
        if compared is not w:
            # the step compared integrands; the next link continues the integral written
            # (E(1/X) = \int_\theta^\infty \theta x^{-3} dx = 1/(2\theta): the integrand is not
            # 1/(2 theta), and a correct held-out row was refuted so, external11 techqa line 40)
            j = self._anchor(pr, w)
            self.cur = _Cur("expr", j, w, self._row_index, self.cur.key, pr.row.line)
        return plan

    def _constant_factor(
        self, prev: sp.Basic, w: sp.Basic, fresh: set
    ) -> tuple[sp.Basic, str] | None:
        """``(probe, how)`` for ``Q(v, ...) = R = alpha E`` with alpha new and a plain factor
        of the row: ``d/dv (R / E)`` must be 0, alpha being a constant of the function of
        v (the first argument of the quantity). None when the row is not of that form."""
        if len(fresh) != 1 or is_matrix(prev) or is_matrix(w) or self.cur.key is None:
            return None
        (alpha,) = fresh
        rest, factor = w.as_independent(alpha, as_Add=False)
        if factor != alpha or rest == 0:
            return None
        history = self.names.quantities.get(self.cur.key)
        params = history[-1].params if history else ()
        v = params[0] if params else None
        if not isinstance(v, sp.Symbol) or v not in _symbols(prev) or v not in _symbols(rest):
            return None
        probe = sp.Derivative(sp.Mul(prev, sp.Pow(rest, -1)), v)
        how = (
            f"{_latexish(alpha)} must be a constant of the function of {_latexish(v)}: "
            f"the line above over the rest of the row has derivative 0 by {_latexish(v)}"
        )
        return probe, how

    def _bracketed_powers(self) -> bool:
        """EXPECT17: no row of the post puts a power on an expectation's own bracket
        (._mean_of_square.bracketed_powers), worked out once. The whole post, not the
        rows of one link: a name's value put in a line comes from another row."""
        found = getattr(self, "_bracketed", None)
        if found is None:
            rows = getattr(self, "_said_rows", ())
            found = self._bracketed = bracketed_powers([pr.row.text for pr in rows])
        return found

    def _meant_letters(self) -> frozenset[str]:
        """The capital letters the post gives a meaning of their own (EXPECT17, see
        ._generic_sample), worked out once."""
        meant = getattr(self, "_meant", None)
        if meant is None:
            rows = getattr(self, "_said_rows", ())
            texts = [pr.row.text for pr in rows] + list(getattr(self, "paragraphs", ()))
            said = getattr(self.ctx, "meant_letters", frozenset())  # the whole prose
            meant = self._meant = meant_letters(texts) | said
        return meant

    def _under_one_measure(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str
    ) -> LinkPlan | None:
        """``E_x[f] = c E_x[g]``, both lines with expectations that are no sums of moments:
        compared as the functions under the one expectation (see ._one_measure), by a
        step that proves or leaves the row unchecked. None when not of that form."""
        if not (has_expectation(prev) and has_expectation(w)) or is_matrix(prev) or is_matrix(w):
            return None
        laws = getattr(self, "laws", {})
        texts = self._texts_since(pr, self.cur.line)
        inside = under_one_measure([prev, w], self.names.parameters, law_parameters(laws), texts)
        if inside is None:
            return None
        note = ""
        if any(_why(x) for x in inside):
            # EXPECT53: E_{z ~ q}[log (q(z) / p(z))], q and p never written out: the
            # functions under the one measure compared as arbitrary ones (OPAQUE8)
            arbitrary = as_arbitrary(*inside, getattr(self, "opaque_names", None), _why)
            if arbitrary is None:
                return None
            inside, note = list(arbitrary[:2]), f" ({arbitrary[2]})"
        self._anchor(pr, inside[0])
        i = self._add(self._mk(pr, inside[1], "auto", "="), pr.row.line)
        self.cur = _Cur("expr", i, w, self._row_index, self.cur.key, pr.row.line)
        disputed = (
            "the functions under the expectation differ; two functions may have the same "
            "mean, which is not checked"
        )
        how = "the same expectation of equal functions (linearity of expectation)" + note
        return self._link(pr, LinkPlan(rel, STEP, step=i, how=how, disputed=disputed))

    def _as_quantities(
        self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str
    ) -> LinkPlan | None:
        """``E[S] = E[g]`` with ``S``'s value ``g`` put in, expectations neither written by
        linearity nor of one measure: proved when the lines are equal with each expectation
        a quantity of its own (EXPECT53, see ._one_measure.same_quantities). None when they
        are not (the row is then read as before) or hold anything else without a value."""
        if is_matrix(prev) or is_matrix(w):
            return None
        lines = same_quantities(prev, w)
        if lines is None or any(_why(x) for x in lines):
            return None
        self._anchor(pr, lines[0])
        i = self._add(self._mk(pr, lines[1], "auto", "="), pr.row.line)
        self.cur = _Cur("expr", i, w, self._row_index, self.cur.key, pr.row.line)
        disputed = (
            "the lines differ with each expectation taken as a quantity of its own; what "
            "the expectations are is not checked"
        )
        how = "the same expectations on both sides (each taken as a quantity of its own)"
        return self._link(pr, LinkPlan(rel, STEP, step=i, how=how, disputed=disputed))

    def _congruent(self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, rel: str) -> LinkPlan | None:
        """CASCADE62: ``Var_x[g] = Var_x[h]`` (an operator with no value, the same subscript
        and conditioning, the rest of the lines the same): proved when ``g`` and ``h`` are
        proved equal as functions (see ._one_measure.congruent_calls), never refuted
        (different arguments may give the same value). None when not of that form."""
        if rel not in ("=", "==") or is_matrix(prev) or is_matrix(w):
            return None
        above = self.plans[-1].parsed.row.line if self.plans else pr.row.line
        found = congruent_calls(prev, w, self._texts_since(pr, above))
        if found is None:
            return None
        pairs, lines = found
        steps = []
        for g, h in [tuple(lines)] if lines else []:  # the lines, each call a number
            self._anchor(pr, g)
            steps.append(self._add(self._mk(pr, h, "auto", "="), pr.row.line))
        for g, h in pairs:
            self._anchor(pr, g)
            steps.append(self._add(self._mk(pr, h, "auto", "="), pr.row.line))
        self.cur = _Cur("expr", steps[0], w, self._row_index, self.cur.key, pr.row.line)
        ops = ", ".join(sorted({str(f.func) for f in w.atoms(Opaque)}))
        disputed = (
            f"the arguments of {ops} differ as functions; different arguments may give the "
            "same value, which is not checked"
        )
        how = f"the same {ops}: {_CONGRUENT}" + (
            "; the lines compared with each call as one unknown number" if lines else ""
        )
        plan = LinkPlan(rel, STEP, step=steps[0], helpers=steps[1:], how=how, disputed=disputed)
        return self._link(pr, plan)

    def _congruent_too(self, pr: ParsedRow, prev: sp.Basic, w: sp.Basic, link: LinkPlan) -> None:
        """CASCADE62: a link compared another way (by linearity, its moments not matching
        term by term: ``Cov((X+1)^2, Y) = Cov(X^2 + 2X + 1, Y)``) is also proved when its
        lines are one operator of arguments equal as functions (._one_measure.congruent_calls,
        one pair only): prove-only, any other outcome of it changes nothing."""
        if link.kind not in (STEP, UNCHECKED) or link.how.endswith(_CONGRUENT):
            return
        if is_matrix(prev) or is_matrix(w):
            return
        above = self.plans[-1].parsed.row.line if self.plans else pr.row.line
        found = congruent_calls(prev, w, self._texts_since(pr, above))
        if found is None or found[1] is not None or len(found[0]) != 1:
            return
        (g, h), cur = found[0][0], self.cur
        self._anchor(pr, g)
        j = self._add(self._mk(pr, h, "auto", "="), pr.row.line)
        link.proved_by.append((j, _CONGRUENCE))
        self.cur = cur

    def _for_every_value(
        self,
        pr: ParsedRow,
        prev: sp.Basic,
        w: sp.Basic,
        line: sp.Basic,
        fresh: set,
        link: LinkPlan,
    ) -> None:
        """Prove-only: ``prev = w``, where ``w`` brings in ``fresh`` symbols the post gives no
        value, may hold for every value of them, and a proof (the engine's identity, in
        symbols free of any value) says so: ``\\sum (y_i - \\bar y)^2 = \\sum ((\\hat y_i -
        \\bar y) + (y_i - \\hat y_i))^2`` (held-out external42). The unchecked ``link`` gets
        the step in ``proved_by`` (as RELATE16's): proved if the engine proves it, unchanged
        otherwise, never refuted; the row still continues as before (``line`` anchored last).
        Not for ``= M_2`` (only new letters: an equation naming the line) nor for matrices."""
        if is_matrix(prev) or is_matrix(w) or _symbols(w) <= fresh:
            return
        self._anchor(pr, prev)
        j = self._add(self._mk(pr, w, "auto", "="), pr.row.line)
        link.proved_by.append((j, 0))
        self.cur = dataclasses.replace(self.cur, step=self._anchor(pr, line))

    def _fresh_in(self, w: sp.Basic, prev: sp.Basic) -> set:
        new = _symbols(w) - _symbols(prev)
        entries = entry_derivatives(prev)  # MATRIX8: j of d/dw_j, brought down as x_ij
        # matrix59: a line above held in the engine's matrix types names x as a MatrixSymbol
        typed = (
            {str(m.name) for m in prev.atoms(sp.MatrixSymbol)}
            if isinstance(prev, sp.Basic)
            else set()
        )
        return {
            s
            for s in new
            if (s in self.row_seen or definition_only_new(self, s, prev))
            and s not in self.names.defined
            and str(s) not in entries
            and str(s) not in typed
        }

    # -- later links of a chain, continuations, implications ---------------------

    def _rest(self, pr: ParsedRow, sides: list, rels: list[str], start: int) -> None:
        """Links after the first: ``a = b = c`` claims ``b = c`` as well."""
        self.row_unsettled = self._new_in_definition(sides, start)
        try:
            self._rest_links(pr, sides, rels, start)
        finally:
            self.row_unsettled = frozenset()

    def _rest_links(self, pr: ParsedRow, sides: list, rels: list[str], start: int) -> None:
        for k in range(start, len(rels)):
            rel = rels[k]
            left, right = sides[k], sides[k + 1]
            row, named = getattr(self, "_named_here", (None, ()))
            if row == self._row_index and any(left is c and right is v for c, v in named):
                # SOUND (._named_calls): X = psi(Y) = e^Y, the link that names psi
                how = f"defines {left.func}"
                self._link(pr, LinkPlan(rel, DEFINITION, reason=f"{how}; taken as given", how=how))
                continue
            if self.cur.kind in ("none", "unreadable") and not self._anchor_side(pr, left, right):
                self._remember(right)
                why = "the link before it could not be checked"
                if self._from_arbitrary_side(pr, left, rel, right, why):
                    continue  # RELATE16 (._arbitrary_anchor): proved, or as before
                self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
                continue
            self._next_link(pr, rel, left, right)

    def _new_in_definition(self, sides: list, start: int) -> frozenset:
        """REFUTE20 for a definition's value: ``\\mathrm{FWHM}(X) = \\Delta x = x_2 - x_1``
        defines FWHM by Delta x, Delta a letter the post writes here for the first time; the
        definition gives Delta no value, and the next link may be what gives it one, so it
        is no number to draw there (held-out batch 55, blind65). Only the letters first seen
        in this row, only after a first link the reader took as a definition, and only for
        the row's own later links (``builder.row_unsettled``): a model written as a chain
        (``Y_n = \\beta_0 + \\beta_1 x_n + \\epsilon_n = ...``) leaves its letters free in
        the rows after it, where a wrong row is still refuted."""
        links = self._row.links
        if start < 1 or len(links) != 1 or links[0].kind != DEFINITION:
            return frozenset()
        value = sides[1] if len(sides) > 1 else None
        if not isinstance(value, sp.Basic):
            return frozenset()
        fresh = {s for s in _symbols(value) if s in self.row_seen} - _symbols(sides[0])
        return frozenset(fresh - set(getattr(self.names, "defined", ()) or ()))

    def _anchor_side(self, pr: ParsedRow, side: sp.Basic | None, then: sp.Basic | None) -> bool:
        """``side``, a side the author wrote, as the line the next link continues when the
        link that ended at it compares nothing (``pi(theta) propto f pi(theta) propto A =
        B``, the prior never given: ``A = B`` is a claim of its own). False when the side
        has no value to compare (a name without one, E(...) not written by linearity)."""
        if side is None or is_matrix(side):
            return False
        r, _ = self.names.resolve(side)
        if r is None or undefined(r) or is_matrix(r):
            return False
        if uncheckable(r) and not self._expectations_compared(pr, r, then):
            return False
        step = self._anchor(pr, r)
        self.cur = _Cur("expr", step, r, self._row_index, None, pr.row.line)
        return True

    def _expectations_compared(
        self, pr: ParsedRow, r: sp.Basic, then: sp.Basic | None = None, named: bool = False
    ) -> bool:
        """Can a line ``r`` with expectations be compared with the next one, ``then``: by
        linearity (._expectation), or as functions under one measure (._one_measure) when
        ``then`` holds an expectation too or ``r`` is the value of a name (``named``: the
        name's chain goes on). ``<v> = \\int v f(v) dv`` is no step between two means."""
        if not has_expectation(r):
            return False
        params, laws = self._linearity_constants(r), getattr(self, "laws", {})
        if by_linearity(r, params, laws, **self._own_subscripts()) is not None:
            return True  # (expect68: a subscripted mean is offered; _by_linearity decides)
        if self._bracketed_powers() and (  # EXPECT17: (E[g])^2, the square of the mean
            by_linearity(r, params, laws, squares_of_means=True) is not None
        ):
            return True
        if laws and mean_of_square(r) is not None and isinstance(then, sp.Basic):
            # EXPECT9: E(g)^2, only when the next line equals it read as the mean of g^2
            w, _ = self.names.resolve(then)
            lw = by_linearity(w, params, laws) if w is not None and has_expectation(w) else w
            return square_reading(r, w, None, lw, params, laws) is not None
        lines = [r] if named else [r, then]
        if not all(isinstance(x, sp.Basic) and has_expectation(x) for x in lines):
            return False
        if not named and self._same_quantities(r, then):
            return True  # EXPECT53: E[S] = E[g], g the value of S
        above = self.plans[-1].parsed.row.line if self.plans else pr.row.line
        texts = self._texts_since(pr, above)
        return under_one_measure(lines, params, law_parameters(laws), texts) is not None

    def _same_quantities(self, r: sp.Basic | None, then: Any) -> bool:
        """Are ``r`` and the next line ``then`` equal with each expectation a quantity of
        its own (._one_measure.same_quantities)?"""
        w, _ = self.names.resolve(then) if isinstance(then, sp.Basic) else (None, "")
        if r is None or w is None or is_matrix(r) or is_matrix(w):
            return False
        lines = same_quantities(r, w)
        return lines is not None and not any(_why(x) for x in lines)

    def _texts_since(self, pr: ParsedRow, line: int) -> list[str]:
        """The texts of the rows from file line ``line`` to the row ``pr``, this one too."""
        above = [p.parsed.row.text for p in self.plans if line <= p.parsed.row.line]
        return [*above, pr.row.text]

    def _next_link(self, pr: ParsedRow, rel: str, left: sp.Basic | None, right: sp.Basic) -> None:
        cur = self.cur
        if right is None:
            self._link(pr, LinkPlan(rel, UNCHECKED, reason="the right side names a distribution"))
            return
        if (
            rel in EQUALITIES
            and (_is_zero(right) or rel == "=set")
            and not self._zero_mean(rel, cur)
            and not _solves_for_nothing(rel, cur)
        ):
            self._remember(right)
            if cur.kind == "expr":
                foc = sp.Eq(cur.expr, right if not _is_zero(right) else 0, evaluate=False)
                step = self._given(pr, foc)
                self._premise(_Cur("eq", step, foc, self._row_index, None, pr.row.line))
                if rel != "=set" and not self._zero_is_set(pr, cur):
                    # Var(X) = E[X^2] - E[X]^2 = 0: no derivative, score or words that set
                    # it to zero - the zero may be a claim or a condition: compared as a
                    # claim, a proof only (an identity holds either way); the rows after it
                    # still solve the equation
                    premise, self.cur = self.cur, cur
                    link = self._rewrite(pr, cur.step, cur.expr, right, rel)
                    if link is not None and link.kind == STEP:
                        link.disputed = link.disputed or _ZERO_UNSAID
                    elif link is not None and link.kind == DEFINITION:
                        # "states a moment; taken as given": a zero the words do not set is
                        # no more given than it was before it was compared
                        link.kind, link.reason = UNCHECKED, _ZERO_UNSAID
                    elif link is not None and link.kind == OWN and link.verdict != "proved":
                        # the reader's own weighing (arithmetic, a sign): no refutation either
                        link.verdict, link.reason, link.counterexample = (
                            UNCHECKED,
                            _ZERO_UNSAID,
                            None,
                        )
                    self.cur = premise
                    return
                self._link(
                    pr,
                    LinkPlan(
                        rel, DEFINITION, step=step, reason=f"{_FOC}; taken as given", how=_FOC
                    ),
                )
                return
            if cur.kind == "eq":
                self._equation(pr, sp.Eq(cur.expr.rhs, right, evaluate=False), "<=>")
                return
        if rel in INEQUALITIES:
            base = cur.expr.rhs if cur.kind == "eq" else cur.expr
            self._inequality_of(pr, base, rel, right)
            return
        if rel in PROPORTIONAL and cur.kind == "expr":
            self._proportional(pr, cur.step, cur.expr, right, rel)
            return
        if rel not in EQUALITIES:
            self._remember(right)
            self._link(pr, LinkPlan(rel, UNCHECKED, reason=_relation_reason(rel)))
            self._past_unchecked(pr, right)
            return
        if cur.kind == "eq":
            if left is not None and _is_zero(left) and _is_zero(cur.expr.rhs):
                # D = 0 = R: R is zero too, the same condition.
                self._equation(pr, sp.Eq(0, right, evaluate=False), "<=>")
                return
            if left is None and _is_zero(cur.expr.lhs) and cur.row != self._row_index:
                # 0 = A, then a row "= B": B is zero too, as in D = 0 = R - the equation
                # with a new right side (divided by n/2), never B = A (external46, 10.3
                # line 83 was refuted as an identity)
                self._equation(pr, sp.Eq(0, right, evaluate=False), "<=>")
                return
            # lhs = a = b: b rewrites a (read as a was: an estimate as its parameter).
            a = cur.expr.rhs
            step = self._anchor(pr, a)
            self.cur = _Cur("expr", step, a, self._row_index, None, pr.row.line, cur.reading)
            self._rewrite(pr, step, a, right, rel)
            if cur.system and self.cur.kind == "expr":
                # ... and the equation lhs = b stays a member of its system (ybar_2 = a^2 b^2
                # + a b^2 = a (a + 1) b^2 beside ybar_1 = a b): the rows after it solve it.
                self._keep_in_system(pr, cur, sp.Eq(cur.expr.lhs, self.cur.expr, evaluate=False))
            return
        if _zero_then_equation(cur, left, right):
            # FIX17: S(theta) = 0 = d log L / d theta, the score equation as a chain: the
            # side after the zero is set to zero (a condition), never 0 rewritten into it.
            foc = sp.Eq(0, right, evaluate=False)
            step = self._given(pr, foc)
            self._premise(_Cur("eq", step, foc, self._row_index, None, pr.row.line))
            self._link(
                pr, LinkPlan(rel, DEFINITION, step=step, reason=f"{_FOC}; taken as given", how=_FOC)
            )
            self._anchor_side(pr, right, None)  # the rows after it rewrite the derivative
            return
        self._rewrite(pr, cur.step, cur.expr, right, rel)

    def _zero_is_set(self, pr: ParsedRow, cur: _Cur) -> bool:
        """Does ``... = 0`` at the end of the chain ``cur`` set a derivative (or a score, a
        gradient) to zero? Yes when the rows of the chain write a derivative, or the words
        before them name an optimum's condition or a derivative ("first-order", "the score
        equation", "gradient") or set something to zero ("setting the score to zero",
        "solving $U = 0$"); a verb alone may set a law or a letter (adversarial34, 5-8).
        Never when the line set to zero holds the data alone (``\\sum_i x_i = 0`` after the
        data term's derivative): no parameter or estimate is left to solve for, so words
        about a derivative that vanishes are about another one (adversarial35, 08)."""
        if not self._holds_an_unknown(cur.expr, estimates=True):
            return False
        if isinstance(cur.expr, sp.Basic) and cur.expr.atoms(sp.Derivative):
            return True
        if isinstance(cur.key, sp.Basic) and cur.key.atoms(sp.Derivative):
            return True
        rows = [p.parsed.row for p in self.plans if cur.line <= p.parsed.row.line]
        rows.append(pr.row)
        if any(_DERIVATIVE_WRITTEN.search(r.text) for r in rows):
            return True
        words = [(r.prose or "")[-400:] for r in rows]
        if any(_SET_TO_ZERO_SAID.search(w) for w in words):
            return True
        # a moment (E, Var, Cov) is no objective's derivative, nor is an expression in the
        # data alone: words naming an optimum or a derivative of something else ("minimises
        # the squared error; its variance is") do not set it to zero (adversarial34, probing)
        moment = any(isinstance(x, sp.Basic) and has_expectation(x) for x in (cur.expr, cur.key))
        return (
            not moment
            and self._holds_an_unknown(cur.expr)
            and any(_OPTIMUM_NAMED.search(w) for w in words)
        )

    def _holds_an_unknown(self, e: Any, *, estimates: bool = False) -> bool:
        """Does ``e`` (its names put in) hold a symbol that may be a parameter - not the
        data (a sample, its size, a statistic of it) alone? ``estimates``: an estimate
        (``\\hat\\lambda``) counts too, as a first-order condition at it solves for it."""
        value, _ = self.names.resolve(e) if isinstance(e, sp.Basic) else (None, "")
        if not isinstance(value, sp.Basic):
            return True
        data = set(getattr(self.ctx, "sample_names", {}) or {})
        data |= set(getattr(self.ctx, "samples", {}) or {})
        if estimates:  # n \bar x, its value the mean of x_1, ..., x_n the prose lists
            data |= set(getattr(self.ctx, "listed_sizes", {}) or {})
        return any(
            _could_be_parameter(s, data) or (estimates and estimate_of(s) is not None)
            for s in value.free_symbols
        )

    def _past_unchecked(self, pr: ParsedRow, right: Any) -> None:
        """After a link whose relation the reader does not check (``\\sim R``: "equal up to a
        factor not depending on x"), the next row (``= S``) goes on from R, never from the
        line before it: compared with that line, ``S`` differs by what the unchecked link
        dropped (held-out batch 25, Kalman line 41). R unread: nothing to go on from."""
        value = self.names.resolve(right)[0] if isinstance(right, sp.Expr) else None
        if value is None or not isinstance(value, sp.Expr) or _why(value):
            self.cur = _Cur(
                "unreadable",
                row=self._row_index,
                line=pr.row.line,
                unread="relates by a sign the reader does not check",
            )
            return
        step = self._anchor(pr, value)
        self.cur = _Cur("expr", step, value, self._row_index, None, pr.row.line)

    def _zero_mean(self, rel: str, cur: _Cur) -> bool:
        """EXPECT5: ``E[1/\\lambda - X] = 0`` under a declared law that makes the line 0
        identically is an identity to compare, not a first-order condition (._law_means)."""
        if rel == "=set" or cur.kind != "expr":
            return False
        laws = getattr(self, "laws", {})
        if probability_line(cur.expr, self.names.parameters, laws):
            return True  # SOUNDA: P(X = 0) = 0 is a claim (._event_sums)
        return zero_mean(cur.expr, self.names.parameters, laws)

    def _inequality_of(self, pr: ParsedRow, base: sp.Basic, rel: str, right: sp.Basic) -> None:
        self._remember(right)
        r, why = self.names.resolve(right)
        if r is None:
            self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
            continue_from_bound(self, pr, right)
            return
        diff = sp.Add(base, -r)
        verdict, reason = sign_check(diff, rel)
        how = "the sign of the line above"
        if verdict == "unchecked" and (positive := self._law_positive(diff, pr.row.line)):
            # -n/lambda^2 < 0 after X_i ~ Exp(lambda): the law's parameter space gives the
            # sign the symbols' flags do not (the domain reaches the engine, not this check)
            again, _ = sign_check(diff.xreplace(positive), rel)
            if again == "proved":
                verdict, reason = again, ""
                names = ", ".join(sorted(str(k) for k in positive))
                how += f" ({names} > 0: a parameter of the law the post states)"
        self._link(pr, LinkPlan(rel, OWN, verdict=verdict, reason=reason, how=how))
        continue_from_bound(self, pr, right)  # SOUND: ``<= D`` then ``= C`` says C = D

    def _law_positive(self, e: sp.Basic, line: int) -> dict:
        """The names of ``e`` a law the post states up to file line ``line`` makes positive
        (``lambda`` of ``X_i \\sim \\mathrm{Exp}(\\lambda)``), each mapped to a positive symbol
        of its name."""
        laws = []
        for above in getattr(self, "_said_rows", ()) or ():
            if not above.ok or above.row.line > line:
                continue
            for st in above.statements:
                if st.relations[:1] == ("~",) and len(st.sides) >= 2:
                    laws.append(st.sides[1])
                elif st.relations[:1] in ((LISTED,), (CONDITIONAL,)) and len(st.texts) >= 2:
                    # X_1, ..., X_n ~ Exp(lambda): the law is kept as text (._law_subjects);
                    # read here only for its parameters' space
                    try:
                        laws.append(parse_expression(st.texts[1], self.ctx)[0])
                    except READING_ERRORS:
                        continue
        out = {}
        for law in [*laws, *getattr(self, "laws", {}).values()]:
            for name in positive_names(law):
                if isinstance(name, sp.Symbol) and name in e.free_symbols:
                    out[name] = sp.Symbol(name.name, positive=True)
        out.update(self._density_positive(e, out))
        return out

    def _density_positive(self, e: sp.Basic, known: dict) -> dict:
        """The names of ``e`` a density the post writes as a formula makes positive
        (``f(x; \\lambda) = \\lambda e^{-\\lambda x}``: the rate; see
        ._parameter_space.implied_domains, which gives the engine the same domains), for
        names whose sign nothing else says."""
        from ._parameter_space import implied_domains

        loose = {
            str(s): s
            for s in e.free_symbols
            if isinstance(s, sp.Symbol)
            and s not in known
            and s.is_positive is None
            and s.is_negative is None
        }
        if not loose:
            return {}
        out = {}
        for d in implied_domains(self.steps, ()):
            s = loose.get(d.name)
            if s is not None and not d.sample and d.lower is not None and d.upper is None:
                if d.lower > 0 or (d.lower == 0 and d.lower_strict):
                    out[s] = sp.Symbol(s.name, positive=True)
        return out

    def _side_above(self, pr: ParsedRow) -> sp.Basic | None:
        """The last side of the row just above in the same block, or in the display before
        for the first row of a display (None if there is none)."""
        if not self.plans:
            return None
        above = self.plans[-1].parsed
        if not above.statements:
            return None
        if above.row.block != pr.row.block and pr.row.index != 0:
            return None
        # "$$I = A = B =$$" then "$$= C$$": a display that opens with a relation sign goes
        # on from the last row of the display before it.
        return above.statements[-1].sides[-1]

    def _continuation(self, pr: ParsedRow, r1: str, sides: list, rels: list[str]) -> None:
        """``&= R`` (the row starts with a relation): it continues the row above."""
        # an expression alone right above: the left side
        left = self.left_side_line(pr, sides[1] if len(sides) > 1 else None)
        if left is not None:
            self.cur = left
        cur = self.cur
        if r1 == ":=" and sides[1] is not None:
            # batch 51 (Huy Nguyen line 91): "&\\triangleq \\prod ...", "&:= ...": the author
            # defines what the line above writes as this; a definition, never compared with it
            # batch 52 (Shu line 82): letters it brings in (sigma_N, mu_N) are defined by
            # matching it with the line above; the rows after it relate them to the rest, so
            # a failure at a random value of them refutes nothing (the links of this row
            # rewrite the definition itself, and are compared as identities in them)
            matched = {
                s
                for s in self._fresh(sides[1])
                if isinstance(s, sp.Symbol) and s not in self.parameters | self.variables
            }
            self._remember(*sides)
            r, _ = self.names.resolve(sides[1])
            step = self._given(pr, r if r is not None else sides[1])
            how = "defines the line above as this (a definition sign)"
            self._link(
                pr, LinkPlan(r1, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
            )
            if r is not None and not uncheckable(r):
                self.cur = _Cur("expr", step, r, self._row_index, None, pr.row.line)
            else:
                self.cur = _Cur()
            if len(rels) > 1:
                self._rest(pr, sides, rels, 1)
            self.equation_unknowns |= matched
            return
        if cur.kind == "unreadable":
            self._remember(*sides)
            reason = f"the row above {cur.unread}, so there is no line to compare it with"
            if (
                cur.anchor is not None
                and r1 == "="
                and self._from_unread_anchor(pr, cur, sides[1], reason)
            ):
                # a chain of equalities: the row may be proved equal to the last line read
                self._rest(pr, sides, rels, 1)
                return
            self._link(pr, LinkPlan(r1, UNRELATED, reason=reason))
            if len(rels) > 1:
                # "&= A = B": A = B is a claim of the row itself, compared side to side.
                self.cur = _Cur()
                self._rest(pr, sides, rels, 1)
                if self.cur.kind != "none":
                    return
            r, _ = self.names.resolve(sides[-1]) if sides[-1] is not None else (None, "")
            if r is not None and r1 in EQUALITIES and not uncheckable(r):
                step = self._anchor(pr, r)
                self.cur = _Cur("expr", step, r, self._row_index, None, pr.row.line)
                self._slip(pr, r)
            return
        if cur.kind == "none":
            self._remember(*sides)
            above = self._side_above(pr)
            naming = (
                parameter_naming(above, sides[1])
                if above is not None and sides[1] is not None and r1 in EQUALITIES
                else ""
            )
            if naming:
                # N(X|theta) = N(X|mu, Sigma) below a definition of p(X|theta).
                self._link(pr, LinkPlan(r1, DEFINITION, reason=naming))
                return
            if above is not None and self._anchor_side(pr, above, sides[1]):
                # The row above compared nothing, but its last side is written out: this
                # row's claim is that side rel this one. A disagreement cannot say which of
                # the two rows is wrong (the row above is not established): ._verdicts'
                # second look needs to know the row it was compared with.
                self._row.continues = True
                self._row.pred = len(self.plans) - 1
                self._next_link(pr, r1, None, sides[1])
                self._rest(pr, sides, rels, 1)
                return
            why = (
                "continues a row that could not be checked, so there is no line to compare it with"
            )
            if above is not None and self._from_arbitrary_side(pr, above, r1, sides[1], why):
                # RELATE16 (._arbitrary_anchor): its side holds functions without a value
                self._row.continues = True
                self._row.pred = len(self.plans) - 1
                self._rest(pr, sides, rels, 1)
                return
            self._link(pr, LinkPlan(r1, UNRELATED, reason=why))
            # "= A = B" after "I = E(...) =": A = B is still a claim of the row itself.
            self._rest(pr, sides, rels, 1)
            return
        self._row.continues = True
        self._next_link(pr, r1, None, sides[1])
        self._rest(pr, sides, rels, 1)


#: CASCADE62: what a link proved by congruence rests on.
_CONGRUENCE = (
    "one operator, with the same subscript and conditioning, of arguments proved equal as "
    "functions of every variable (congruence)"
)
#: ... and how such a link is compared (whatever the engine then finds).
_CONGRUENT = (
    "one operator, with the same subscript and conditioning, of arguments compared as "
    "functions of every variable (congruence)"
)


def _derivatives_done(e: sp.Basic) -> sp.Basic | None:
    """``e`` with its derivatives carried out, or None (none, or sympy cannot)."""
    if not e.has(sp.Derivative) or is_matrix(e):
        return None
    from ..engine._normal import do_derivatives

    try:
        with evaluating(True):
            return do_derivatives(e)
    except (TypeError, ValueError, NotImplementedError):
        return None


#: A bar (or the semicolon some write for it) in a call's arguments: ``p(y | \\mu)``,
#: ``p(y \\mid \\mu)``, ``f(x; \\theta)``.


def _variables_left_out(dropped: list, record: Any, there: str) -> bool:
    """Are the arguments a call leaves out variables of the density it would restate -
    written before any bar in its head (``y`` of ``p(x, y)``, not the ``x`` of
    ``L(\\theta \\mid x)``) and in its value (``4xy``)?"""
    inner = there[there.index("(") + 1 : -1]
    before = _BAR.split(inner)[0].count(",") + 1
    params = list(record.params)
    return bool(dropped) and all(
        isinstance(a, sp.Symbol) and a in record.expr.free_symbols and params.index(a) < before
        for a in dropped
    )


def _joint_key(e: sp.Basic) -> tuple:
    """The key of a joint density in ``Names.joints``: its letter and its arguments."""
    return (str(e.func), tuple(e.args))


def _of_a_name_without_value(e: sp.Basic) -> bool:
    """Does ``e`` hold the derivative of a name the post never gave a value (``d log L/d
    theta``; see ``undefined``)?"""
    return any(_name_without_value(d) is not None for d in e.atoms(sp.Derivative))


def _another_call(names: Any, e0: sp.Basic, text: str) -> str:
    """Why a row ``f(args) = ...`` (written ``text``) that gives a quantity with a value
    its first value at these arguments is no plain definition: ``f`` has a value at another
    number of arguments (``f(x)`` beside ``f(x, y) = x + y``: a marginal, a joint, a prior,
    or a slip), or at the same letters in another order without a bar (``d(b, a)`` beside
    ``d(a, b)``: the value with the arguments exchanged, or another function). The row may
    be either, so it is not checked; later rows read the call as it. ``""`` otherwise, and
    for ``p(\\theta | x)`` beside ``p(x | \\theta)``: a posterior, defined (and weighed as a
    density) as written."""
    if not isinstance(e0, NamedApplied):
        return ""
    name = quantity_name(e0) or ""
    values = [v for v in names.quantities.get(name, []) if v.params]
    same = [v for v in values if len(v.params) == len(e0.args)]
    for v in same:
        swapped = set(v.params) == set(e0.args) and tuple(v.params) != tuple(e0.args)
        if swapped and _BAR.search(_written_head(text, name) or "|") is None:
            return (
                f"{e0} writes the arguments of {name}{tuple(v.params)} (line {v.line}) in "
                "another order: its value there with them exchanged, or another function "
                "under the letter, which the reader cannot tell: not checked"
            )
    if values and not same:
        v = values[-1]
        return (
            f"{name} has a value at {len(v.params)} argument(s) {tuple(v.params)} (line "
            f"{v.line}); {e0} at {len(e0.args)} is another function under the letter or a "
            "slip, which the reader cannot tell: not checked, and later rows read it as this "
            "value"
        )
    return ""


def _another_call_in_log(names: Any, plans: list, e0: sp.Basic) -> str:
    """Why ``\\log f(args)`` (``e0``) is not compared with the value of ``\\log f``: the call
    ``f(args)`` has another number of arguments, or another bar, than every call the log's
    values were written at (the row of a value kept without its arguments tells it; the
    letter's own values when the log has none): the log of another density under the
    letter, as :func:`_another_call` says of the call. ``""`` when it has not, or ``e0`` is
    no log of a call."""
    if not (isinstance(e0, sp.log) and isinstance(e0.args[0], NamedApplied)):
        return ""
    call = e0.args[0]
    name = quantity_name(call) or ""
    shapes: list[tuple[int, int, int]] = []  # (number of arguments, bar, line)
    for v in names.quantities.get(f"log {name}", []):
        if v.params:
            shapes.append((len(v.params), v.bar, v.line))
            continue
        sides = plans[v.row].parsed.sides if 0 <= v.row < len(plans) else ()
        head = sides[0] if sides else None
        if isinstance(head, sp.log) and isinstance(head.args[0], NamedApplied):
            shapes.append((len(head.args[0].args), bar_of(head.args[0]), v.line))
    if not names.quantities.get(f"log {name}"):
        shapes = [
            (len(v.params), v.bar, v.line) for v in names.quantities.get(name, []) if v.params
        ]
    if not shapes or any(n == len(call.args) and bar == bar_of(call) for n, bar, _ in shapes):
        return ""
    n, _, line = shapes[-1]
    return (
        f"log {name} has a value at {n} argument(s) (line {line}); {e0} at {len(call.args)} is "
        "the log of another function under the letter or a slip, which the reader cannot "
        "tell: not checked"
    )


def _zero_off(pr: ParsedRow, e0: sp.Basic, e1: sp.Basic) -> sp.Basic:
    """The value a row gives the call ``e0``: ``e1``, or ``e1`` on the range a definition by
    cases or with an indicator factor writes and 0 beyond it (``._support_factors``)."""
    if not isinstance(e0, NamedApplied):
        return e1
    if (support := zero_outside(pr.row.text)) is not None:
        return zero_off(support, e0, e1)
    if (beside := trailing_range(pr.row.text)) is not None:
        return zero_off(beside, e0, e1, zero=False)  # f(x) = g(x), \quad x \ge 0
    return e1


def _zero_then_equation(cur: Any, left: sp.Basic | None, right: sp.Basic) -> bool:
    """``A = 0 = B`` (FIX17): the link ``0 = B`` after a side that is the written zero."""
    return (
        cur.kind == "expr"
        and left is not None
        and _is_zero(left)
        and _is_zero(cur.expr)
        and not _is_zero(right)
    )


def _related_here(pr: ParsedRow, letters: set, names: Any, params: Any = frozenset()) -> set:
    """The ``letters`` of a relation the row states between its own sides (``1/\\tau_1^2 =
    1/\\sigma^2 + 1/\\tau^2``) that have no value: unknowns of the post's equations from now
    on. Only letters of the row's own first side - a row continuing a line above does not
    make that line's letters unknowns - nor a side that names a quantity (``L(\\theta)``),
    nor the post's parameters and variables; and only one letter, the relation's subject."""
    own = pr.sides[0] if pr.sides else None
    if not isinstance(own, sp.Basic) or isinstance(own, (sp.Symbol, sp.Indexed)):
        return set()  # l = ...: the row names l, the letters of its value stay free
    if own.atoms(Named, NamedApplied, sp.Derivative):
        return set()  # L(theta) = ...: a quantity's value, its arguments stay parameters
    found = {s for s in letters & _symbols(own) if s not in names.defined and s not in params}
    # one letter the relation defines implicitly; E|X - mu| = theta relates several (and
    # reads E as a letter): none is the subject, and mu stays free for the rows after it
    return found if len(found) == 1 else set()


def _indexed_subject(own: sp.Basic, names: Any, params: Any = frozenset()) -> set:
    """The letter of the one indexed family a defining side holds (``(n + 1)\\bar y_{n+1}``
    -> ``bar_y``), when the side is no plain name and the family has no value: the relation
    gives every member of the family (its index runs with ``n``), so a row that draws them
    apart from the rest is no counterexample. Empty for anything else."""
    if not isinstance(own, sp.Basic) or isinstance(own, (sp.Symbol, sp.Indexed)):
        return set()
    if own.atoms(Named, NamedApplied, sp.Derivative):
        return set()
    bases = {i.base for i in own.atoms(sp.Indexed)}  # as `_symbols` names a family
    if len(bases) != 1:
        return set()
    found = {b for b in bases if b not in names.defined and b not in params}
    return found


def _sample_letters(e: sp.Basic) -> set[str]:
    """The letters of the samples ``e`` holds (``Y`` of ``Y_i``, ``X`` of ``X_{i-1}``)."""
    return {str(i.base.label) for i in e.atoms(sp.Indexed)}


def _sums_over_its_argument(head: sp.Basic, value: sp.Basic, name: str, line: int) -> str:
    """Why a disagreement with ``value``, the value of ``head`` from line ``line``, is no
    refutation when that value sums (or integrates) over one of ``head``'s own arguments:
    ``p(y, lambda) = sum_{y=0}^oo e^{-lambda} lambda^y / y!`` does not depend on ``y`` at all
    - a slip for the mass function, and the row that restates ``p`` rightly was refuted by it
    (held-out external23, michael-geis line 26). Empty otherwise."""
    args = getattr(head, "args", ())
    if not args or not isinstance(value, sp.Basic):
        return ""
    # the argument itself, not an element of the data it indexes (L(theta | x_i) =
    # prod_i f(x_i; theta) runs over the sample, as it should)
    own = {a for a in args if isinstance(a, sp.Symbol)}
    bound = {
        lim[0]
        for s in value.atoms(sp.Sum, sp.Product, sp.Integral)
        for lim in s.limits
        if isinstance(lim[0], sp.Symbol)
    }
    # by name: the index of a sum is a symbol of its own (an integer), the argument another
    free = {str(v) for v in value.free_symbols}
    shadowed = sorted({str(v) for v in own} & {str(v) for v in bound} - free)
    if not shadowed:
        return ""
    letters = ", ".join(_latexish(sp.Symbol(v)) for v in shadowed)
    return (
        f"the value of {name} on line {line} sums or integrates over {letters}, an argument "
        f"of {name} itself, so it does not depend on {letters}: it may be a slip, and a "
        "disagreement with it cannot say which row is wrong"
    )


#: the nodes two values may hold together for their ratio to be worked out (bounds the
#: cost a hostile row can make)
_MAX_RATIO_NODES = 160


def _scaled_by_new_letters(old: sp.Basic, new: sp.Basic, arbitrary: set) -> bool:
    """Is ``new`` the value ``old`` times a factor in letters ``old`` does not hold (``I(\\theta)
    = \\frac{1}{\\theta(1-\\theta)}``, then "For n observations" ``\\frac{n}{\\theta(1-\\theta)}``)?
    The same name given to the sample's quantity after one observation's (held-out batch 45):
    a new value, not a restatement, whether or not the post used the letter before."""
    fresh = _symbols(new) - _symbols(old) - set(arbitrary)
    if not fresh or not isinstance(old, sp.Expr) or not isinstance(new, sp.Expr):
        return False
    if node_count(old, _MAX_RATIO_NODES) + node_count(new, _MAX_RATIO_NODES) >= _MAX_RATIO_NODES:
        return False
    try:
        with sp.evaluate(True):
            ratio = sp.cancel(sp.together(new / old))
    except (TypeError, ValueError, ArithmeticError, RecursionError, AttributeError):
        return False
    letters = ratio.free_symbols
    return bool(letters) and letters <= fresh


def _first_value_unchecked(plan: Any) -> bool:
    """Did the row of ``plan`` give a name its value without checking it (its first link
    unchecked, the value kept for the rows after it: ``\\log f = ...`` after a definition
    of ``f`` the reader could not read)? Such a row is where that value starts, as a
    definition is, not a rewrite of an earlier one."""
    return plan.kind == UNCHECKED and bool(plan.links) and plan.links[0].kind == UNCHECKED


def _reach_unclear(*exprs: Any) -> str:
    """Why a disagreement is no refutation when a line holds a sum or product whose body
    does not hold its index, beside that index used outside it as a sample's
    (``\\prod_{i=1}^n 1 - \\cos(x_i - \\theta)``, its factor's brackets left out: the
    product's reach is not clear, and read literally ``i`` is drawn as a number); "" else."""
    for e in exprs:
        if not isinstance(e, sp.Basic):
            continue
        free = e.free_symbols
        outside = {i for a in e.atoms(sp.Indexed) for i in a.indices if i in free}
        for op in e.atoms(sp.Sum, sp.Product):
            for v, *_ in op.limits:
                if v in outside and not op.function.has(v):
                    kind = "product" if isinstance(op, sp.Product) else "sum"
                    return (
                        f"a {kind} over {v} whose body does not hold {v} stands beside {v} "
                        f"used outside it: how far the {kind} reaches is not clear (brackets "
                        "left out?), so a disagreement is no refutation"
                    )
    return ""


def _constant_factor(e: sp.Basic, s: sp.Symbol) -> bool:
    """Is ``e`` (under integrals over limits free of ``s``) ``s`` times a factor free of it?"""
    while isinstance(e, sp.Integral):
        if any(a.has(s) for lim in e.limits for a in lim[1:]):
            return False
        e = e.function

    def factors(f: sp.Basic) -> list:  # the reader keeps products unevaluated: flattened
        return [g for a in f.args for g in factors(a)] if isinstance(f, sp.Mul) else [f]

    parts = factors(e)
    held = [f for f in parts if f.has(s)]
    return held == [s] and all(f != 0 for f in parts)


def _defines_first(plan: Any) -> bool:
    """Did the row of ``plan`` define a name: as a whole, or by its first link (a chain
    ``\\ell = \\ln L = ...`` whose later links are steps)?"""
    return plan.kind == DEFINITION or (bool(plan.links) and plan.links[0].kind == DEFINITION)


def _rounds_exact_value(text: str, prev: sp.Basic, w: sp.Basic) -> bool:
    """``3.14 = \\pi``, ``0.3 = \\frac{1}{3}``: a decimal written alone before an exact value
    (no decimals of its own): a rounding, compared to the decimal's digits, not exactly."""
    return (
        _has_decimal(prev)
        and constant(w)
        and not _has_decimal(w)
        and not w.is_Integer
        and (number_places(text, prev) or 0) > 0
    )
