"""Links that relate equations: first-order conditions, equation steps, implications.

A mixin of :class:`._build._Builder`; see :mod:`._build` for what a row claims.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from . import _stated_results  # read8
from ._arith import identically_equal, node_count, proportional, satisfies
from ._foc_objective import another_objective
from ._inline_claims import states_a_claim
from ._matrices import as_matrix_types, has_engine_matrices, with_family_values
from ._parse import ParsedRow, parse_expression
from ._plans import (
    _FOC,
    _MATRIX_REASON,
    DEFINITION,
    STEP,
    UNCHECKED,
    UNRELATED,
    LinkPlan,
    _Cur,
    _fresh_reason,
    _has_estimate,
    _is_zero,
    _key_text,
    _latexish,
    _puts_in_data,
    _relation_reason,
    _symbols,
    _why,
    names_of,
)
from ._plus_minus import both_roots
from ._prose_foc import (
    derivative_of_above,
    derivative_set_to_zero,
    differentiated_formula,
    says_derivative_set_to_zero,
    says_it_solves,
)
from ._relations import EQUALITIES
from ._resolve import Value, as_scalars, estimate_of, is_matrix, uncheckable
from ._sign_letter import SOLVED_INTO_SIGN, PlusMinus
from ._tosympy import READING_ERRORS, Named, NamedApplied, evaluating


def _matrix_symbols(e: Any) -> set:
    return set(e.atoms(sp.MatrixSymbol)) if isinstance(e, sp.Basic) else set()


def _substituted(e: sp.Basic, mapping: dict) -> sp.Basic:
    """``e`` with the parameters of ``mapping`` at their values; a line already in the
    engine's matrix types gets the mapping in those types."""
    if not mapping:
        return e
    if has_engine_matrices(e):
        typed = {}
        for k, v in mapping.items():
            if isinstance(k, sp.MatrixSymbol):
                typed[k] = v
                continue
            pair = as_matrix_types(k, v)
            if pair is not None:
                typed[pair[0]] = pair[1]
        return e.xreplace(typed)
    return e.xreplace(mapping)


#: Other equations of a system a row is compared with (one engine step each).
_MOST_ALTERNATIVES = 4


class EquationLinks:
    """First-order conditions and equation steps (the half of the builder about equations)."""

    def _first_order(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic) -> None:
        """``\\frac{d\\ell}{d\\lambda} = 0``: the first-order condition, a premise."""
        self._remember(e0, e1)
        eq = sp.Eq(e0, e1, evaluate=False)
        target, why = self.names.resolve(eq)
        if target is None:
            self._link(pr, LinkPlan("=", UNRELATED, reason=why))
            self.cur = _Cur()
            return
        if _why(target):
            self._link(pr, LinkPlan("=", UNCHECKED, reason=_why(target)))
            self.cur = _Cur()
            return
        d = next(iter(eq.atoms(sp.Derivative)), None)
        if d is not None:
            self.param = self.names.plain(d.variables[0])
            self.variables.add(self.param)
            key = self.names.derivative_key(d)
            value, _ = self.names.resolve(d)
            if key is not None and key not in self.names.derivatives and value is not None:
                self.names.set_derivative(key, Value(-1, value, line=pr.row.line))
        if is_matrix(target):
            typed = as_matrix_types(target)
            scal = typed[0] if typed is not None else as_scalars(target)
            if scal is None:
                self._link(pr, LinkPlan("=", DEFINITION, reason=f"{_FOC}; taken as given"))
                self.cur = _Cur()
                return
            target = scal
        step = self._given(pr, target)
        self._premise(_Cur("eq", step, target, self._row_index, None, pr.row.line))
        if not eq.atoms(Named, NamedApplied) and not any(
            isinstance(x, sp.Symbol) and x in self.names.defined
            for d in eq.atoms(sp.Derivative)
            for x in d.expr.free_symbols
        ):
            # d/dv of a formula written out, set to zero: the formula itself is not checked,
            # so rows compared with this one cannot blame it.
            self._row.weak = True
        link = LinkPlan("=", DEFINITION, step=step, reason=f"{_FOC}; taken as given", how=_FOC)
        record = self._value_record(d)[0] if d is not None else None
        if record is not None:
            # the derivative's value comes from that row: if it is refuted, a disagreement
            # with this condition cannot say which row is wrong (_verdicts.second_look)
            link.value_row = record.row
        self._link(pr, link)

    def _vanishes_identically(self, e0: sp.Basic, e1: sp.Basic) -> bool:
        """``d/dv (formula) = 0`` where the formula, written out (no name with a value, no
        function the post names), does not depend on ``v``: the derivative is 0 for every
        value, so the row is an identity, not a first-order condition. False when in doubt
        (the derivative cannot be carried out, or is not plainly 0)."""
        d = e1 if _is_zero(e0) else e0
        if not isinstance(d, sp.Derivative) or is_matrix(d):
            return False
        if d.expr.atoms(Named, NamedApplied, AppliedUndef) or any(
            s in self.names.defined for s in d.expr.free_symbols
        ):
            return False
        value, _ = self.names.resolve(d.expr)
        if value is None or value != d.expr:
            # \partial L after L(\mu) = ...: the bare letter stands for the function the
            # post defined, whose value holds the variable (its derivative set to zero was
            # refuted as an identity)
            return False
        try:
            with evaluating(True):
                done = d.doit()
        except (*READING_ERRORS, ArithmeticError, NotImplementedError):
            return False
        return _is_zero(done)

    def _statistics_only(self, e0: sp.Basic, e1: sp.Basic) -> bool:
        """Are the only letters of ``e0 = e1`` that have a value statistics of the data (``\\bar
        x = \\frac{1}{n}\\sum_i x_i``)? A letter the prose sets to a number or another letter
        ("Suppose $x = 1$", "it is not true that $x = y$") makes a row an identity only under
        that value, which the post may take back (adversarial sets 12 and 13): no such row is
        read as an identity."""
        for sym in (e0.free_symbols | e1.free_symbols) if isinstance(e1, sp.Basic) else ():
            value, _ = self.names.resolve(sym)
            if value is None or value == sym:
                continue
            if not (value.has(sp.Sum) or value.atoms(sp.Indexed)):
                return False
        return True

    def _zero_equation(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> None:
        """``R = 0`` / ``0 = R``: an equation step, or the derivative above set to zero."""
        eq = sp.Eq(e0, e1, evaluate=False)
        second = None
        if self.cur.kind == "eq":
            if not self._another_condition(eq):
                self._equation(pr, eq, "<=>")
                return
            second = self.cur  # 0 = dRSS/d beta_1 after 0 = dRSS/d beta_0: the next condition
        resolved, why = self.names.resolve(eq)
        if resolved is None:
            self._remember(e0, e1)
            self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
            self.cur = _Cur()
            return
        if True:
            current = self.cur.key[1] if isinstance(self.cur.key, tuple) else None
            found = self._derivative_for(resolved, current)
            guessed = self.foc_guessed if found is not None else ""
            found = found or self._prose_foc(pr, resolved)
            if found is None and self._foc_of_above(pr, resolved, zero_row=True):
                return
            if (
                found is None
                and isinstance(resolved, sp.Equality)
                and not is_matrix(resolved)
                and self._statistics_only(e0, e1)
                and (identically_equal(resolved.lhs, resolved.rhs))
            ):
                # sum_i (x_i - \bar x) = 0 with \bar x the mean: an identity the post
                # states, not an equation to solve (it was "an equation that no row above
                # leads to", and the next row an equation step from an identity)
                self._identity(pr, e0, e1, rel)
                return
            if found is None and self._foc_of_above(pr, resolved, zero_row=True, unnamed=True):
                return  # unchecked60: R = 0 after the function, no variable named
            if found is None:
                self._remember(e0, e1)
                self._link(
                    pr,
                    LinkPlan(
                        rel,
                        UNRELATED,
                        reason="an equation that no row above leads to (no derivative to set "
                        "to zero, no equation to continue)",
                    ),
                )
                self._headless(pr, resolved)
                return
            derivative, line, text = found
        if self._untied(pr, rel, derivative) is not None:
            return
        foc = sp.Eq(derivative, 0, evaluate=False)
        if is_matrix(foc):
            typed = as_matrix_types(foc)
            foc = typed[0] if typed is not None else as_scalars(foc)
            if foc is None:
                self._link(pr, LinkPlan(rel, UNCHECKED, reason=_MATRIX_REASON))
                self.cur = _Cur()
                return
        h = self._given(pr, foc, note="helper-foc")
        self.cur = _Cur("eq", h, foc, self.cur.row, None, line)
        before = len(self._row.links)
        self._equation(pr, eq, "<=>", how=f"sets {text} (line {line}) to zero")
        for link in self._row.links[before:] if guessed else ():
            if link.kind == STEP and not link.disputed:
                link.disputed = guessed
        if second is not None and self.cur.kind == "eq" and self.cur.row == self._row_index:
            # 0 = dRSS/d beta_0, then 0 = dRSS/d beta_1 on the next row: the conditions
            # form a system, whose equations the rows after them may continue
            new = self.cur
            if second not in self.premises:
                self._premise(second)
            self._premise(new)

    def _another_condition(self, eq: sp.Basic) -> bool:
        """Is ``R = 0`` after an equation a multiple of a derivative the post computed other
        than the one that equation sets to zero (the next score equation of a block)?"""
        resolved, _ = self.names.resolve(eq)
        if resolved is None or not isinstance(resolved, sp.Equality) or is_matrix(resolved):
            return False
        found = self._derivative_for(resolved, proportional_only=True)
        if found is None:
            return False
        above = self._derivative_for(self.cur.expr, proportional_only=True)
        return above is not None and found[1] != above[1]

    def _foc_of_above(
        self, pr: ParsedRow, eq: sp.Basic, zero_row: bool, unnamed: bool = False
    ) -> bool:
        """The row as the derivative of the line above set to zero, when the prose says a
        derivative by one variable it names is set to zero and names no formula ("taking
        the derivative w.r.t $\\theta$ and setting it to 0"). An equation step from
        ``d(above)/dv = 0``; a failure is refuted only when the prose says the function
        is the line above ("derivative of the above"), else the author may differentiate
        another function (a log taken in the same breath): unchecked. False (nothing
        done) when the prose does not say so, or the line above has no value in ``v``.

        ``unnamed`` (unchecked60): the prose names no variable (or says nothing), and
        ``R = 0`` would otherwise be an equation no row leads to ("The first order
        derivative gives R = 0", "Derivative = 0: R = 0"): ``v`` is the one variable of
        the line above whose derivative ``R`` is a multiple of (:meth:`_unnamed_derivative`),
        and a failure is never refuted (nothing says the line above is the function)."""
        said = derivative_of_above(pr.row.prose, zero_row) if pr.row.index == 0 else None
        if not self.plans or not isinstance(eq, sp.Equality) or is_matrix(eq):
            return False
        if (said is None) != unnamed:
            return False
        if unnamed and not (zero_row and (_is_zero(eq.rhs) or _is_zero(eq.lhs))):
            return False
        above = self.plans[-1].parsed
        if not above.ok or not above.statements or above.statements[-1].sides[-1] is None:
            return False
        value, _ = self.names.resolve(above.statements[-1].sides[-1])
        if value is None or _why(value) or uncheckable(value) or is_matrix(value):
            return False
        if said is None:
            # unchecked60: no variable named ("The first order derivative gives R = 0",
            # "Derivative = 0: R = 0"): the one parameter of the line above whose
            # derivative R is a multiple of; never refuted (said[1] is False below). Only
            # when the line above defines the function: after a derivative row (refuted or
            # unchecked), 0 = R sets that row to zero, and R proportional to its derivative
            # by sigma^2 is no reading of it (jimmyhickey 7.19 line 53).
            links = self.plans[-1].links
            if not links or links[-1].kind != DEFINITION:
                return False
            found = self._unnamed_derivative(above, value, eq)
            if found is None:
                return False
            v, derivative = found
            said = ("", False)
        else:
            try:
                v, _ = parse_expression(said[0], self.ctx)
            except (ValueError, TypeError, RecursionError):
                return False
            v = self.names.plain(v) if isinstance(v, sp.Symbol) else v
            if not isinstance(v, sp.Symbol) or v not in _symbols(value) or v not in _symbols(eq):
                return False
            with evaluating(True):
                derivative = sp.diff(value, v)
            if _is_zero(derivative):
                return False
        if self._untied(pr, "=", derivative) is not None:
            return True
        line = above.row.line
        foc = sp.Eq(derivative, 0, evaluate=False)
        h = self._given(pr, foc, note="helper-foc")
        self.cur = _Cur("eq", h, foc, self.cur.row, None, line)
        text = f"the derivative by {_latexish(v)} of line {line}"
        link = self._equation(pr, eq, "<=>", how=f"sets {text} to zero")
        if not said[1] and link is not None and not link.disputed:
            link.disputed = (
                f"it is not {text} set to zero, but the prose does not say that line is "
                "the function it differentiates"
            )
        return True

    def _unnamed_derivative(self, above: Any, value: sp.Basic, eq: sp.Equality) -> tuple | None:
        """``(v, d value/dv)`` for the one variable ``v`` of ``value`` (the line above) and
        of the equation ``R = 0`` whose derivative ``R`` is a multiple of, by a factor free
        of the samples; None when none or more than one qualifies. The candidates are the
        post's parameters, else the one symbol of each argument of the function the line
        above defines (``l(p) = ...``, ``\\ell(\\sigma) = ...``). Only chooses what the
        engine then checks."""
        residual = eq.lhs if _is_zero(eq.rhs) else eq.rhs
        if _is_zero(residual) or node_count(value, 300) >= 300:
            return None
        shared = _symbols(value) & _symbols(residual)
        candidates = {s for s in shared if s in self.parameters}
        head = above.statements[-1].sides[0] if len(above.statements[-1].sides) > 1 else None
        if not candidates and _function_of_names(head):
            for a in head.args:
                # by name: the head may read a letter the value holds as a symbol as the
                # constant (f(\\pi) = \\pi^{s+1} ... with pi a probability)
                names = {str(s) for s in a.free_symbols} if a.free_symbols else {str(a)}
                syms = [s for s in shared if str(s) in names]
                if len(names) == 1 and len(syms) == 1:
                    candidates.add(syms[0])
        out = []
        for v in sorted(candidates, key=str):
            try:
                with evaluating(True):
                    derivative = sp.diff(value, v)
            except (*READING_ERRORS, ArithmeticError, NotImplementedError):
                continue
            if _is_zero(derivative) or derivative.has(sp.Derivative):
                continue
            if _multiple_of(residual, derivative, v):
                out.append((v, derivative))
        return out[0] if len(out) == 1 else None

    def _untied(self, pr: ParsedRow, rel: str, derivative: sp.Basic) -> LinkPlan | None:
        """The row left unchecked when the sentence leading into it names an objective (a
        penalised one, a posterior) whose derivative is not ``derivative``, the one the
        reader tied the row to (see ``._foc_objective``); None when it names none."""
        if pr.row.index != 0 or is_matrix(derivative):
            return None

        def read(text: str) -> sp.Basic | None:
            try:
                formula, _ = parse_expression(text, self.ctx)
            except (ValueError, TypeError, RecursionError):
                return None
            value, _ = self.names.resolve(formula)
            return None if value is None or is_matrix(value) or _why(value) else value

        by = set(self.variables) | set(self.parameters)
        text = another_objective(pr.row.prose, derivative, read, by)
        if text is None:
            return None
        self.cur = _Cur()
        why = (
            f"the prose sets the derivative of {_latexish(text)} to zero, which is not the "
            "derivative the post computed above (another objective: a penalty or a prior)"
        )
        return self._link(pr, LinkPlan(rel, UNCHECKED, reason=why))

    def _headless(self, pr: ParsedRow, eq: sp.Basic | None) -> None:
        """An equation no row leads to becomes the line the next rows continue.

        Its own claim is not checked (the rows it comes from are not in the post), but
        the rows after it are steps from it: compared with it as equations, never as
        identities at random values of its unknowns (a Lambert W chain whose derivative
        row was left out had its next rows refuted that way).
        """
        if eq is None or not isinstance(eq, sp.Equality) or _why(eq):
            self.cur = _Cur()
            return
        if is_matrix(eq):
            # external48 (an EM M-step, line 42): sum_i p_ij X_i (y_i - X_i^T beta_j) = 0,
            # then sum_i p_ij X_i y_i = sum_i p_ij X_i X_i^T beta_j was compared as an identity
            # of its two sides and refuted. A matrix equation is the line the next rows
            # continue as well, in the engine's matrix types as a first-order condition is
            # (or read as numbers); one that cannot be typed leaves nothing to continue.
            typed = as_matrix_types(eq)
            eq = typed[0] if typed is not None else as_scalars(eq)
            if not isinstance(eq, sp.Equality):
                self.cur = _Cur()
                return
        if _under_a_condition(pr):
            # |x| = x \text{ if } x > 0: an identity where the condition holds, not an
            # equation in x; |x|^3 = x^3 after it is no equivalent equation (adversarial
            # set 10, 17: "for every real x" it was proved so)
            self.cur = _Cur()
            return
        step = self._anchor(pr, eq)
        zero_side = eq.lhs == 0 or eq.rhs == 0
        claim = states_a_claim(pr.row.prose, pr.row.sentence, zero_side)
        self.cur = _Cur("eq", step, eq, self._row_index, None, pr.row.line, claim=claim)
        self.unused_equations.append((pr.row.line, frozenset(names_of(eq)), eq))

    def _prose_foc(self, pr: ParsedRow, eq: sp.Basic) -> tuple[sp.Basic, int, str] | None:
        """The derivative the prose right before the row says the row sets to zero.

        "maximize $E$ by taking the derivative": d/dv E, where v is the one parameter
        of the equation (its estimate, or a variable the post differentiates by) that
        E depends on. "Setting the derivative to zero:": the latest first derivative
        the post computed by the one such parameter with a derivative. ``None`` when
        the prose says neither, or the parameter is not unique (see ``._prose_foc``).
        """
        if pr.row.index != 0 or not isinstance(eq, sp.Equality) or is_matrix(eq):
            return None
        prose = pr.row.prose
        syms = _symbols(eq)
        unknowns = {self.names.plain(s) for s in syms if estimate_of(s) is not None}
        unknowns |= syms & self.variables
        unknowns = {u for u in unknowns if isinstance(u, sp.Symbol)}
        written = derivative_set_to_zero(prose)  # "take $\\frac{\\partial L}{\\partial a}$ ..."
        text = written or differentiated_formula(prose)
        if text is not None:
            try:
                formula, _ = parse_expression(text, self.ctx)
            except (ValueError, TypeError, RecursionError):
                return None
            value, _ = self.names.resolve(formula)
            if value is None or is_matrix(value) or _why(value):
                return None
            if written:
                with evaluating(True):
                    derivative = value.doit() if isinstance(value, sp.Derivative) else None
                if derivative is None or derivative.has(sp.Derivative):
                    return None
                return derivative, pr.row.line, f"{_latexish(text)}, which the prose sets"
            by = [u for u in unknowns if u in _symbols(value)]
            if len(by) != 1:
                return None
            with evaluating(True):
                derivative = sp.diff(value, by[0])
            return derivative, pr.row.line, f"the derivative of {_latexish(text)} the prose names"
        if not says_derivative_set_to_zero(prose):
            return None
        found = []
        for u in unknowns:
            value = next(iter(self._derivatives_by(u)), None)
            if value is not None and not is_matrix(value) and u in _symbols(value):
                found.append((u, value))
        if len(found) != 1:
            return None
        u, value = found[0]
        return value, pr.row.line, f"the derivative by {_latexish(u)} the prose names"

    def _variable(self, name: str) -> sp.Basic:
        if name.endswith("2") and name[:-1] in self.ctx.variance_names:
            return self.ctx.variance(name[:-1])
        if name.endswith("^-1"):
            return sp.Symbol(name, commutative=False)
        out = self.ctx.symbol(name)
        return out if isinstance(out, sp.Symbol) else None

    def _derivative_for(
        self, eq: sp.Basic, current: Any = None, proportional_only: bool = False
    ) -> tuple[sp.Basic, int, str] | None:
        """The derivative the post computed that an equation ``R = 0`` most likely sets to zero.

        A derivative that ``R`` is a multiple of (by a factor free of the samples and
        of the variable) wins; then first derivatives whose symbols match the
        equation's; the chain just computed breaks a tie.
        """
        residual = sp.Add(eq.lhs, -eq.rhs, evaluate=False) if isinstance(eq, sp.Equality) else eq
        # 0 = -2 sum (y_i - hat beta_0 - hat beta_1 x_i): the condition at the estimates is
        # the derivative by beta_0 (not the latest one, by beta_1) read at them
        residual = residual.xreplace(self._estimates(residual, residual))
        syms = _symbols(residual)
        best = None
        self.foc_guessed = ""
        tied = 0  # derivatives it may set to zero
        for key in reversed(self.names.derivative_order):
            v = self.names.derivatives[key]
            value, why = self.names.resolve(v.expr)
            if value is None:
                continue
            variable = self._variable(key[2])
            a, b = residual, value
            if is_matrix(a) or is_matrix(b):
                a, b = as_scalars(a), as_scalars(b)
                variable = as_scalars(variable) if variable is not None else None
                if a is None or b is None:
                    continue
            prop = proportional(a, b, variable)
            if proportional_only and not prop:
                continue
            tied += 1
            score = 2 * len(_symbols(value) & syms) - len(_symbols(value) ^ syms)
            score -= 3 * (len(key) - 3) - (1 if key == current else 0)
            score += 100 if prop else 0
            if best is None or score > best[0]:
                best = (score, value, v.line, _key_text(key), prop)
        if best is None:
            return None
        if not best[4] and tied > 1:
            # misread61: a multiple of none of them; the choice rests on its symbols and on
            # which came last, so a failing comparison through it is no refutation
            self.foc_guessed = (
                f"the row is a multiple of none of the {tied} derivatives the post computed, "
                f"and which it sets to zero ({best[3]} is taken) is not said"
            )
        return best[1], best[2], best[3]

    def _estimate_check(self, pr: ParsedRow, param: Any) -> list[int]:
        """Helper steps that confirm an estimate the prose states: a root of the post's
        own first derivative by ``param`` solves ``param = estimate`` (empty when the
        post has no such derivative). Made once per parameter."""
        done = self.estimate_checks.get(param)
        if done is not None:
            return done
        self.estimate_checks[param] = []
        for value in self._derivatives_by(param):
            if value is None or is_matrix(value) or param not in _symbols(value):
                continue
            self._given(pr, sp.Eq(value, 0, evaluate=False), note="helper-estimate")
            root = sp.Eq(param, self.names.estimates[param], evaluate=False)
            h = self._add(
                self._mk(pr, root, "auto", "=>", params={"unknown": param}, note="helper-estimate"),
                pr.row.line,
            )
            self.estimate_checks[param] = [h]
            break
        return self.estimate_checks[param]

    def _derivatives_by(self, param: Any) -> Iterator[sp.Basic]:
        """The values the post gave first derivatives by ``param``, latest first: the
        named ones (``d ell / d mu = ...``), then each derivative line a row computed
        (``d ln L / d mu = R``: a step from the derivative to ``R``)."""
        for key in reversed(self.names.derivative_order):
            if len(key) == 3 and self._variable(key[2]) == param:
                yield self.names.resolve(self.names.derivatives[key].expr)[0]
        for k in range(len(self.steps) - 1, 0, -1):
            start, value = self.steps[k - 1].expr, self.steps[k]
            if (
                value.relation == "="
                and isinstance(start, sp.Derivative)
                and tuple(start.variables) == (param,)
            ):
                yield value.expr

    def _equation(
        self, pr: ParsedRow, eq: sp.Basic, rel: str, how: str = "", said: bool = False
    ) -> LinkPlan:
        """An equation step from the current equation (``<=>``, or ``=>`` when implied).

        Only an equivalence the row states (``\\iff``, ``said``) is checked both ways. An
        equation written after another with no arrow is the next line of a derivation: it
        must follow from the one above (``=>``), and need not give it back. "Multiply both
        sides by mu^2" follows, and adds the root mu = 0; checked both ways it was refuted at
        that root, "the written line does not follow", which was untrue.
        """
        self._remember(eq)
        cur = self.cur
        if cur.kind != "eq":
            if _has_estimate(eq) and cur.kind in ("none", "expr") and not how:
                link = self._result_of_condition(pr, eq, rel)
                if link is not None:
                    return link
            if _has_estimate(eq) and cur.kind in ("none", "expr"):
                value, _ = self.names.resolve(eq)
                link = self._link(
                    pr,
                    LinkPlan(
                        rel,
                        UNCHECKED,
                        reason="states a result before (or without) the rows that derive it",
                        written=value if isinstance(value, sp.Equality) else None,
                        stated_result=True,
                    ),
                )
                _stated_results.remember(self._stated_names, value, pr.row.line)  # read8
                # The result is not checked, but its value is the line the next links
                # continue (p = A = B: A = B is algebra of its own, compared with A). An
                # expression, not an equation: the rows after it that are statements of
                # their own (ybar = ..., a definition) are not read as steps from it.
                self.cur = _Cur()
                if isinstance(value, sp.Equality) and not (
                    _why(value) or is_matrix(value) or uncheckable(value.rhs)
                ):
                    step = self._anchor(pr, value.rhs)
                    self.cur = _Cur("expr", step, value.rhs, self._row_index, None, pr.row.line)
                return link
            self.cur = _Cur()
            reason = (
                f"the row above {cur.unread}"
                if cur.kind == "unreadable"
                else "an equation that no row above leads to"
            )
            link = self._link(pr, LinkPlan(rel, UNRELATED, reason=reason))
            self._headless(pr, self.names.resolve(eq)[0])
            return link
        new, why = self.names.resolve(eq)
        if new is None:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNRELATED, reason=why))
        why = _why(new)
        if why:
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=why))
        solving, solves, conflict = (
            self._solved_equation(new, cur, pr) if not how else (None, False, "")
        )
        if conflict:
            # the estimate is what the post says it is: later rows read it so (as they
            # would after a refuted result)
            plain = self.names.plain(new.lhs) if isinstance(new, sp.Equality) else None
            if isinstance(plain, sp.Symbol) and plain is not new.lhs:
                self.names.estimates.setdefault(plain, new.rhs)
            self.cur = _Cur()
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=conflict))
        if solving is not None:
            # A result that solves an earlier equation of a system, not the one just above.
            cur = self.cur = solving
            how = (
                f"solves the equation of line {solving.line}"
                if solves
                else f"a result for the equation of line {solving.line}"
            )
        if not self._row.links and cur.row is not None and cur.row != self._row_index:
            self._row.continues = True
        prev = cur.expr
        mapping = self._estimates(prev, new)
        prev_m = _substituted(prev, mapping)
        new_m = _substituted(new, mapping)
        matrix = is_matrix(prev_m) or is_matrix(new_m) or has_engine_matrices(prev_m)
        typed = None
        if matrix:
            # Other parameters at their estimates first (in the reader's forms), then
            # both equations in the engine's matrix types: checked as matrices.
            solved_r = self._other_estimates(new_m)
            typed = as_matrix_types(
                *with_family_values(  # MATRIX5: S_i := ... put in for its value
                    (_substituted(prev_m, solved_r), _substituted(new_m, solved_r)),
                    getattr(self, "family_values", None) or {},
                )
            )
            if typed is None:
                prev_m, new_m = as_scalars(prev_m), as_scalars(new_m)
                if prev_m is None or new_m is None:
                    self.cur = _Cur()
                    return self._link(pr, LinkPlan(rel, UNCHECKED, reason=_MATRIX_REASON))
            else:
                prev_m, new_m = typed
                matrix = False  # checked as matrices, not read as 1x1 ones
        solved = self._other_estimates(new_m, scalars=matrix) if typed is None else {}
        if typed is not None and solved_r:
            solved = {k: v for k, v in solved_r.items()}
            at_typed = True
        else:
            at_typed = False
        target = new_m.lhs if isinstance(new_m, sp.Equality) else None
        if solving is not None:
            solved = {**self._other_estimates(prev_m, scalars=matrix, target=target), **solved}
        elif typed is None:
            # The equation above still has a parameter the written one has replaced by
            # its estimate (sigma^2 = S(mu)/n, then sigma^2 = S(x-bar)/n): at that value.
            gone = _symbols(prev_m) - _symbols(new_m)
            earlier = self._other_estimates(prev_m, scalars=matrix, target=target)
            solved = {**{v: e for v, e in earlier.items() if v in gone}, **solved}
        at_estimate: list[str] = []
        reading = {h: p for h, p in mapping.items() if p not in solved}
        if solved and reading:
            # an estimate written with another estimate in it (beta_0-hat = ybar - beta_1-hat
            # xbar), read the way this equation is read (beta_1-hat as beta_1), unless that
            # one is put in at its own estimate too
            solved = {k: v.xreplace(reading) for k, v in solved.items()}
        free = (prev_m, new_m)  # before the estimates are put in (catch59, below)
        if solved:
            # The joint stationary point: another parameter at the value already solved for.
            if not at_typed:
                prev_m, new_m = prev_m.xreplace(solved), new_m.xreplace(solved)
            at_estimate = sorted({str(k) for k in solved})
        extra = _symbols(new_m) - _symbols(prev_m)
        if extra and not how:
            found = self._derivative_for(new, proportional_only=True)
            if found is not None:
                # Not a step from the equation above, but another derivative set to zero.
                derivative, line, text = found
                foc = sp.Eq(derivative, 0, evaluate=False)
                if not is_matrix(foc):
                    h = self._given(pr, foc, note="helper-foc")
                    self.cur = _Cur("eq", h, foc, self.cur.row, None, line)
                    return self._equation(
                        pr, eq, rel, how=f"sets {text} (line {line}) to zero", said=said
                    )
            other = next(
                (
                    c
                    for c in reversed(cur.system)
                    if c is not cur and not is_matrix(c.expr) and extra <= _symbols(c.expr)
                ),
                None,
            )
            if other is not None:
                # "solve the first equation for alpha": a step from another equation of
                # the system given together, not from the one just above.
                self.cur = other
                return self._equation(
                    pr, eq, rel, how=f"from the equation of line {other.line}", said=said
                )
        data = _puts_in_data(prev_m, new_m)
        if data:
            self.cur = _Cur(
                "eq", self._anchor(pr, new_m), new_m, self._row_index, None, pr.row.line
            )
            return self._link(pr, LinkPlan(rel, UNCHECKED, reason=data))
        if extra:
            fresh = {s for s in extra if s in self.row_seen}
            self.cur = _Cur(
                "eq", self._anchor(pr, new_m), new_m, self._row_index, None, pr.row.line
            )
            if fresh:
                self.unsettled |= fresh
            if all(isinstance(s, PlusMinus) for s in extra):  # solved into its roots
                return self._link(pr, self._into_roots(pr, prev_m, new_m, rel, cur.line))
            if fresh:
                return self._link(pr, LinkPlan(rel, UNCHECKED, reason=_fresh_reason(fresh)))
            names = ", ".join(sorted(str(s) for s in extra))
            return self._link(
                pr,
                LinkPlan(
                    rel,
                    UNRELATED,
                    reason=f"the equation involves {names}, which the equation above "
                    f"(line {cur.line}) does not",
                ),
            )
        prev_step = cur.step
        if prev_step != len(self.steps) - 1 or prev_m is not prev:
            prev_step = self._anchor(pr, prev_m)
        params = {}
        unknown = (
            self._matrix_unknown(new_m, prev_m)
            if typed is not None
            else self._unknown(new_m, prev_m)
        )
        if unknown is not None:
            params["unknown"] = unknown
        checked = "=>" if rel == "<=>" and not said else rel
        i = self._add(self._mk(pr, new_m, "auto", checked, params=params), pr.row.line)
        converse = None
        if checked != rel:
            # the same comparison both ways: a row that follows but does not give the line
            # above back (it adds a root, mu^2 S = 0 after S = 0) is not proved
            self._anchor(pr, prev_m)
            converse = self._add(self._mk(pr, new_m, "auto", rel, params=params), pr.row.line)
        from_rows = tuple(sorted({self.names.estimate_rows.get(k, -1) for k in solved} - {-1}))
        proved_by = []
        if from_rows and at_estimate and not at_typed and free != (prev_m, new_m):
            # catch59: a row that follows with the other parameters free follows at their
            # estimates too (prove-only): so a right row stays proved when the estimate a
            # refuted row states is what fails (_verdicts.after_refuted_estimates)
            self._anchor(pr, free[0])
            j = self._add(self._mk(pr, free[1], "auto", checked, params=params), pr.row.line)
            proved_by.append((j, cur.line))
        suitable = self._after_a_claim(pr, cur, new_m, proved_by, params)
        result = isinstance(new, sp.Equality) and (
            estimate_of(new.lhs) is not None or new.lhs in self.variables
        )
        # A result (v = R) is compared with the equation it solves, at the other
        # parameters' estimates: the system is already used (see _solved_equation).
        plain_step = typed is None and solving is None and not at_estimate and not result
        # A relation written between two equations of this row (A \iff B) relates those
        # two: B is not checked against another equation of the system above (a slipped
        # A then left B proved from an older equation; bench_mutants, external35 line 26).
        plain_step = plain_step and cur.line != pr.row.line
        alternatives = self._other_equations(pr, cur, new_m, rel) if plain_step else []
        if isinstance(new, sp.Equality) and estimate_of(new.lhs) is not None:
            plain = self.names.plain(new.lhs)
            if plain is not new.lhs and not _symbols(new.rhs) & {plain, new.lhs}:
                self.names.estimates[plain] = new.rhs
                self.names.estimate_rows[plain] = self._row_index
        elif (
            isinstance(new_m, sp.Equality)
            and (new_m.lhs in self.variables or new_m.lhs in self.parameters)
            and new_m.lhs not in _symbols(new_m.rhs)
            and not is_matrix(new_m)
        ):
            # \mu = \bar{x}: the parameter solved for, written without a hat (gamma =
            # sqrt(ybar/vbar) by the method of moments: a parameter never differentiated).
            self.names.estimates[new_m.lhs] = new_m.rhs
            self.names.estimate_rows[new_m.lhs] = self._row_index
        text = how or (
            "implied by the equation above"
            if rel == "=>"
            else "equation equivalent to the one above"
            if said
            else "equation that follows from the one above"
        )
        readings = sorted({f"{_latexish(k)} as {_latexish(v)}" for k, v in mapping.items()})
        readings += [f"{name} at its estimate" for name in at_estimate]
        if readings:
            text += f" (reading {', '.join(readings)})"
        # An estimate read from the prose is not checked itself: a step that fails at it
        # may be the prose's mistake, not this row's (see LinkPlan.disputed).
        prose = [(k, self.prose_estimates[k]) for k in solved if k in self.prose_estimates]
        inherited = self.on_prose_estimate.get(prev_step)
        source = prose[0] if prose else inherited
        disputed, settles = "", []
        if source is not None:
            self.on_prose_estimate[i] = source
            settles = self._estimate_check(pr, source[0])
            disputed = (
                f"holds only if {_latexish(source[0])} is at the estimate the prose states on "
                f"line {source[1]}, which no row of the post confirms, so it cannot say which "
                "is wrong"
            )
        if solving is not None and not solves and not disputed:
            # a = (N sum xy - sum x sum y)/(N sum x^2 - (sum x)^2) after a = (sum xy - b sum
            # x)/sum x^2 (batch 31): the result eliminates b with another equation of the
            # post; compared with this one alone (b free) it fails, and proves nothing wrong
            gone = _symbols(prev_m) - _symbols(new_m) - set(solved)
            gone = {
                g
                for g in gone
                if (g in self.variables or g in self.parameters) and estimate_of(g) is None
            }
            if gone:
                names = ", ".join(sorted(_latexish(g) for g in gone))
                disputed = (
                    f"a result for the equation of line {solving.line}, which also has "
                    f"{names}: the row may eliminate {names} with another equation of the "
                    "post, so a difference is no refutation"
                )
        if not disputed and cur is self._listed_with and not result:
            # (a result after a comma, "... = 0, \quad \hat p = x/n", is still the row's
            # answer to the equation before it, and a wrong one is refuted)
            disputed = (
                f"listed after the equation before it in the row (line {cur.line}), with a "
                "comma, not an arrow: the row does not claim that it follows from that one"
            )
        if result and not disputed and len(cur.system) >= 2 and solving is None:
            # alpha-hat = ybar_1^2 / (ybar_2 - ybar_1^2) after ybar_1 = a b, ybar_2 = a (a + 1)
            # b^2: beta eliminated with the other equation. Compared with one equation
            # (beta free), it fails; the system as a whole is not checked.
            lines = ", ".join(str(c.line) for c in cur.system)
            disputed = (
                f"a result of the equations given together (lines {lines}): it may use "
                "the others, and the system as a whole is not checked"
            )
        free = sorted(
            (
                s
                for s in _symbols(new_m)
                if (s in self.variables or s in self.parameters) and str(s) not in at_estimate
            ),
            key=str,
        )
        if (
            not disputed
            and at_estimate
            and free
            and all(satisfies(prev_m, free[0], sp.Rational(k, 3)) for k in (7, 11))
        ):
            # (n - 1) sigma^2 = S after the mean's score equation at mu-hat, which holds
            # for any sigma^2 there: nothing follows from it; the row is an equation of its
            # own ("the unbiased estimator instead solves"), not a step from that one
            disputed = (
                f"the equation above (line {cur.line}) holds for any {_latexish(free[0])} at "
                f"{', '.join(at_estimate)}'s estimate, so this equation does not follow from "
                "it; it is an equation of its own"
            )
        if result and not disputed and self._same_result(cur.expr, new):
            gone = _symbols(prev_m) - _symbols(new_m) - set(solved)
            gone = {s for s in gone if s not in self.variables and estimate_of(s) is None}
            if gone:
                # theta = (N_1 + 1)/(N_1 + N_0 + 2) after theta = (N_1 + a - 1)/(N_1 + N_0
                # + a + b - 2), "taking a = b = 2" in prose: the result with values put in.
                names = ", ".join(sorted(_latexish(g) for g in gone))
                disputed = (
                    f"a result for the same parameter as line {cur.line} without {names}: it "
                    f"may be a special case with values for {names} the row does not state, "
                    "so a difference is no refutation"
                )
        # b = (sum y - a sum x)/N = ybar - a xbar with a read at its estimate (batch 31): the
        # chain's next links read a so too, as this link did, not as a letter drawn anew
        on = {**mapping, **solved} if at_estimate and not at_typed else mapping
        self.cur = _Cur(
            "eq",
            i,
            new_m,
            self._row_index,
            None,
            pr.row.line,
            reading=on,
            system=cur.system,
            claim=cur.claim,
        )
        self.equations.append(self.cur)
        return self._link(
            pr,
            LinkPlan(
                rel,
                STEP,
                disputed=disputed,
                settles=settles,
                alternatives=alternatives,
                converse=converse,
                step=i,
                how=text,
                matrix=matrix,
                compared=prev_step,
                written=new_m,
                step_relation=checked,
                estimate_rows=from_rows,
                proved_by=proved_by,
                params=params,
                suitable=suitable,
            ),
        )

    def _after_a_claim(
        self, pr: ParsedRow, cur: _Cur, new_m: sp.Basic, proved_by: list, params: dict
    ) -> str:
        """attack69: an equation a sentence states as a fact ("We note that $\\sqrt{x^2} =
        x$. Hence $$\\sqrt{x^2} = x$$") is a claim, not a condition the rows after it may
        assume: a display row that follows from it (or from a row that follows from it) is
        proved only as an identity of its own (prove-only, in ``proved_by``); that it follows
        is no proof (the reason returned, ``LinkPlan.suitable``). "" when the line above is
        no such claim, or this row is a sentence's too."""
        if not cur.claim or pr.row.sentence or not isinstance(new_m, sp.Equality):
            return ""
        self._anchor(pr, new_m.lhs)
        j = self._add(self._mk(pr, new_m.rhs, "auto", "=", params=dict(params)), pr.row.line)
        proved_by.append((j, "an identity of its own"))
        return (
            f"follows from the equation of line {cur.line}, which the post states as a fact and "
            "no row establishes: it holds where that one does, not shown for every value"
        )

    def _into_roots(
        self, pr: ParsedRow, prev_m: sp.Basic, new_m: sp.Basic, rel: str, line: int
    ) -> LinkPlan:
        """An equation solved into its two roots (``u = \\pm\\sqrt{c}`` after ``u^2 = c``):
        proved when the equation above implies ``(L - R_+)(L - R_-) = 0``, every root of it
        being one of the two (:func:`._plus_minus.both_roots`). Prove-only: a failure is
        the row's reading as one sign at a time, and no refutation."""
        roots = both_roots(new_m)
        if roots is None:
            return LinkPlan(rel, UNCHECKED, reason=SOLVED_INTO_SIGN)
        compared = self._anchor(pr, prev_m)
        i = self._add(self._mk(pr, roots, "auto", "=>"), pr.row.line)
        return LinkPlan(
            rel,
            STEP,
            step=i,
            how=f"its two roots together solve the equation of line {line} (the row read as "
            "the product of (L - R) over both signs of \\pm set to zero)",
            disputed=SOLVED_INTO_SIGN,
            compared=compared,
            written=roots,
            step_relation="=>",
        )

    def _result_of_condition(self, pr: ParsedRow, eq: sp.Basic, rel: str) -> LinkPlan | None:
        """``\\hat v = R`` with no equation just above: a root of the post's own condition.

        "Solving for theta, we get $\\hat\\theta = R$" in a sentence after the row
        ``g'(theta) = ... = 0``, or the estimate written straight after the row that
        computes ``d l / d theta``. The latest of the post's first-order conditions in
        ``v`` (an equation of its own that is not itself a result for ``v``) and its
        first derivatives by ``v`` (set to zero) is what the result solves. If ``R``
        is its root the row is proved. If not, the row is refuted only when the post
        says it solves that condition: the condition was the line the reader had in
        mind before the sentence, or the prose before the row says "set to zero" or
        "solve". Otherwise the failure is no refutation (``LinkPlan.disputed``): a
        maximum on the boundary is no root of the derivative, nor is another
        estimator's value. ``None`` when the post has no such condition.
        """
        if not isinstance(eq, sp.Equality) or is_matrix(eq) or estimate_of(eq.lhs) is None:
            return None
        v = self.names.plain(eq.lhs)
        if not isinstance(v, sp.Symbol) or v is eq.lhs or v in _symbols(eq.rhs):
            return None
        found = self._latest_condition(pr, v)
        if found is None:
            return None
        cond, text, evident = found
        untied = self._untied(pr, rel, cond.expr.lhs - cond.expr.rhs)
        if untied is not None:
            return untied
        if cond.row is not None:
            self._row.pred = cond.row
        self.cur = cond
        link = self._equation(pr, eq, rel, how=f"a root of {text}")
        evident = evident or says_it_solves(pr.row.prose)
        if link.kind == STEP and not evident and not link.disputed:
            link.disputed = (
                f"it is not a root of {text}, but the post does not say that it solves that "
                "equation (a maximum on the boundary, or another estimator, is no root)"
            )
        return link

    def _latest_condition(self, pr: ParsedRow, v: sp.Symbol) -> tuple[_Cur, str, bool] | None:
        """The latest equation in ``v`` the post gave (not a result for ``v``), or its
        latest first derivative by ``v`` set to zero (a helper), with a phrase for it
        and whether it is the line the reader had in mind just before this row."""
        before = getattr(self, "_cur_before", None)
        for c, helper in self._conditions_above(pr, v):
            if helper:
                self._as_helper(pr, c)
                return c, f"the derivative by {_latexish(v)} of line {c.line} set to zero", False
            e = c.expr
            if is_matrix(e):
                continue
            plain = e.xreplace(self._estimates(e, e))
            if v not in _symbols(plain):
                continue
            if plain.lhs == v and v not in _symbols(plain.rhs):
                continue  # a result for v itself (an earlier estimate), not its condition
            evident = before is not None and before.kind == "eq" and before.expr is c.expr
            return c, f"the equation of line {c.line}", evident
        return None

    def _conditions_above(self, pr: ParsedRow, v: sp.Symbol) -> Iterator[tuple[_Cur, bool]]:
        """Candidate conditions on ``v`` above ``pr``, latest line first, each with whether it
        is a helper: the post's equations and premises (any equation; the caller judges
        whether it is about ``v``), and the first derivatives by ``v`` the post computed,
        set to zero. On one line an equation comes before a derivative, and a later-given
        equation before an earlier one. A helper's step is given only when a caller takes
        it (:meth:`_as_helper`), so probing one adds nothing to the plan."""
        found: list[tuple[int, int, int, _Cur, bool]] = []
        for k, c in enumerate((*self.equations, *self.premises)):
            if isinstance(c.expr, sp.Equality) and self._above(c.line, c.row, pr):
                found.append((-c.line, 0, -k, c, False))
        for k, (value, line, row) in enumerate(self._derivatives_by_line(v)):
            if self._above(line, row, pr):
                foc = sp.Eq(value, 0, evaluate=False)
                found.append((-line, 1, k, _Cur("eq", None, foc, row, None, line), True))
        found.sort(key=lambda f: f[:3])
        for *_, c, helper in found:
            yield c, helper

    def _above(self, line: int, row: int | None, pr: ParsedRow) -> bool:
        """Is what file line ``line`` (plan row ``row``) gave above the row ``pr``? On the
        same line, an earlier row of it is: "differentiating, $\\ell'(p) = ...$. Setting
        this to zero gives $\\hat p = k/n$" is one paragraph, one file line."""
        if line != pr.row.line:
            return line < pr.row.line
        return row is not None and 0 <= row < self._row_index

    def _as_helper(self, pr: ParsedRow, c: _Cur) -> None:
        """Give a derivative's condition taken from :meth:`_conditions_above` its step."""
        c.step = self._given(pr, c.expr, note="helper-foc")

    def _derivatives_by_line(
        self, param: Any, chains: bool = True
    ) -> Iterator[tuple[sp.Basic, int, int | None]]:
        """Like :meth:`_derivatives_by`, with the line each value was given on and its row
        (``chains=False``: only the derivatives the post names, ``d\\ell/d\\theta = ...``)."""
        rows = {p.parsed.row.line: k for k, p in enumerate(self.plans)}
        for key in self.names.derivative_order:
            if len(key) == 3 and self._variable(key[2]) == param:
                d = self.names.derivatives[key]
                value = self.names.resolve(d.expr)[0]
                if value is not None and not is_matrix(value) and param in _symbols(value):
                    yield value, d.line, rows.get(d.line)
        if not chains:
            return
        for k in range(1, len(self.steps)):
            start, value = self.steps[k - 1].expr, self.steps[k]
            if (
                value.relation == "="
                and isinstance(start, sp.Derivative)
                and tuple(start.variables) == (param,)
                and not is_matrix(value.expr)
                and param in _symbols(value.expr)
            ):
                line = self.value_line.get(k, 0)
                yield value.expr, line, rows.get(line)

    def _same_result(self, prev: sp.Basic, new: sp.Basic) -> bool:
        """Are both ``v = R`` results for one parameter (or its estimate)?"""
        if not isinstance(prev, sp.Equality) or not isinstance(new, sp.Equality):
            return False
        a, b = self.names.plain(prev.lhs), self.names.plain(new.lhs)
        return isinstance(a, sp.Symbol) and a == b and a not in _symbols(prev.rhs)

    def _other_equations(
        self, pr: ParsedRow, cur: Any, new: sp.Basic, rel: str
    ) -> list[tuple[int, int]]:
        """Steps comparing ``new`` with each other equation of ``cur``'s system.

        "From the first equation" after two premises: the row continues the first,
        not the one above it. At most :data:`_MOST_ALTERNATIVES` (a step each).
        """
        out: list[tuple[int, int]] = []
        if len(cur.system) < 2:
            return out
        for c in [c for c in cur.system if c is not cur][-_MOST_ALTERNATIVES:]:
            if is_matrix(c.expr) or is_matrix(new):
                continue
            self._anchor(pr, c.expr)
            params = {}
            unknown = self._unknown(new, c.expr)
            if unknown is not None:
                params["unknown"] = unknown
            j = self._add(self._mk(pr, new, "auto", rel, params=params), pr.row.line)
            out.append((j, c.line))
        return out

    def _estimates(self, prev: sp.Basic, new: sp.Basic) -> dict:
        """Estimates in either equation read as the parameter they estimate."""
        out = {}
        for s in _symbols(prev) | _symbols(new):
            if isinstance(s, sp.Symbol) and estimate_of(s) is not None:
                plain = self.names.plain(s)
                if plain is not s and isinstance(plain, sp.Symbol):
                    out[s] = plain
        for m in _matrix_symbols(prev) | _matrix_symbols(new):
            # A line already in the engine's matrix types: its estimates by name.
            reader = sp.Symbol(m.name, commutative=False)
            if estimate_of(reader) is not None:
                plain = self.names.plain(reader)
                if isinstance(plain, sp.Symbol) and plain.name != m.name:
                    out[m] = sp.MatrixSymbol(plain.name, *m.shape)
        return out

    def _solved_equation(
        self, new: sp.Basic, cur: Any, pr: ParsedRow | None = None
    ) -> tuple[Any, bool, str]:
        """The earlier equation a result ``v = R`` solves, when it is not the one above.

        ``\\mu = \\bar x`` after the conditions on ``\\mu`` and on ``\\sigma^2`` solves the
        first; comparing it with the second would call a correct result wrong. Only
        a result (a parameter or its estimate alone on the left) is moved, and only
        to an equation it is seen to solve; otherwise it stays with the one above, or,
        when that one does not involve its parameter, goes to the last one that does
        (where a wrong result is refuted). Returns the equation, whether it solves it, and
        why it is judged by none (two conditions above disagree on it; "" otherwise).
        """
        if not isinstance(new, sp.Equality) or not isinstance(cur.expr, sp.Equality):
            return None, False, ""
        lhs = self.names.plain(new.lhs) if estimate_of(new.lhs) is not None else new.lhs
        if not isinstance(lhs, sp.Symbol) or is_matrix(new):
            return None, False, ""
        if not (lhs == self.param or lhs in self.variables or lhs in self.names.estimates):
            return None, False, ""
        value = new.rhs.xreplace(self._estimates(new.rhs, new.rhs))
        if lhs in _symbols(value):
            return None, False, ""

        others = {v: est for v, est in self.names.estimates.items() if v != lhs}
        value = value.xreplace(others)

        def solves(c: Any) -> bool | None:
            eq = c.expr.xreplace(self._estimates(c.expr, c.expr))
            eq = eq.xreplace(self._other_estimates(eq, target=lhs))
            eq = eq.xreplace(self._estimates(eq, eq))  # beta_0-hat = ybar - beta_1-hat xbar
            if lhs not in _symbols(eq):
                return False
            found = satisfies(eq, lhs, value)
            if found and satisfies(eq, lhs, value + sp.Rational(7, 3)) is not False:
                return None  # any value solves it: the equation does not decide this one
            return found

        here = solves(cur)
        if here is True:
            why = self._disagreeing_derivative(pr, lhs, value, cur, solves) if pr else ""
            return None, False, why
        earlier = [
            c for c in reversed(self.equations) if c.expr is not cur.expr and c.line < cur.line
        ]
        for c in earlier:
            if solves(c) is True:
                return c, True, ""
        if here is None and pr is not None:
            # The equation above holds for any value of lhs (the mean's score equation at
            # the mean's estimate, for sigma^2): it cannot judge the result; the latest
            # condition on lhs can (its derivative set to zero is not in self.equations).
            return (*self._deciding_condition(pr, lhs, solves), "")
        if lhs in _symbols(cur.expr):
            return None, False, ""
        # It solves none: compare it with the last equation about its parameter.
        for c in earlier:
            eq = c.expr.xreplace(self._estimates(c.expr, c.expr))
            if lhs in _symbols(eq.xreplace(self._other_estimates(eq, target=lhs))):
                return c, False, ""
        return None, False, ""

    def _disagreeing_derivative(
        self,
        pr: ParsedRow,
        v: sp.Symbol,
        value: sp.Basic,
        cur: Any,
        solves: Callable[[Any], bool | None],
    ) -> str:
        """Why a result that solves the equation above is not judged by it: the latest
        derivative by ``v`` set to zero, above that equation, decides ``v`` and the result
        does not solve it (the MLE's score equation, then "the unbiased estimator instead
        solves (n - 1) sigma^2 = S": which of the two the result is for, the rows do not
        say); "" when no such derivative disagrees."""
        if self._derived(cur) or self._same_result(cur.expr, sp.Eq(v, sp.Dummy())):
            # the rows above derive that equation (its steps were judged there), or it is
            # a result for v already ("maximised at theta = X_(n)"), which this one restates
            return ""
        named = self._derivatives_by_line(v, chains=False)
        if value.atoms(AppliedUndef):
            return ""  # W(...) of Lambert: no number to try
        for derivative, line, row in sorted(named, key=lambda d: -d[1]):
            if line >= cur.line:
                continue
            if self._names_apart(value, derivative):
                return ""  # the result holds a name the derivative cannot give a number to
            decided = solves(
                _Cur("eq", None, sp.Eq(derivative, 0, evaluate=False), row, None, line)
            )
            if decided is None:
                continue
            if decided:
                return ""
            return (
                f"it solves the equation of line {cur.line} but not the derivative by "
                f"{_latexish(v)} of line {line} set to zero: two conditions on "
                f"{_latexish(v)} above disagree, and which one this row solves is not said"
            )
        return ""

    def _names_apart(self, value: sp.Basic, other: sp.Basic) -> bool:
        """Does ``value`` hold a name ``other`` does not, which a row above brought in without
        a value the reader can use (``W`` of Lambert's function, see ``unsettled``)?"""
        return bool((_symbols(value) - _symbols(other)) & self.unsettled)

    def _derived(self, cur: Any) -> bool:
        """Was the equation ``cur`` reached by an equation step from the one before (not
        given: a premise, a derivative set to zero, an equation of its own)?"""
        if cur.row is None:
            return False
        plan = self._row if cur.row == self._row_index else None
        if plan is None and 0 <= cur.row < len(self.plans):
            plan = self.plans[cur.row]
        links = plan.links if plan is not None else []
        return any(
            link.kind == STEP and link.step_relation in ("<=>", "=>") and not link.disputed
            for link in links
        )

    def _deciding_condition(
        self, pr: ParsedRow, v: sp.Symbol, solves: Callable[[Any], bool | None]
    ) -> tuple[Any, bool]:
        """The latest equation or derivative by ``v`` set to zero, above ``pr``, that decides
        ``v`` (``solves`` is not None for it), and whether the result solves it."""
        for c, helper in self._conditions_above(pr, v):
            decided = solves(c)
            if decided is None:
                continue
            if helper:
                self._as_helper(pr, c)
            return c, decided
        return None, False

    def _other_estimates(self, eq: sp.Basic, scalars: bool = False, target: Any = None) -> dict:
        """Parameters other than the one an equation solves for, at the value found for them."""
        if not isinstance(eq, sp.Equality) or not self.names.estimates:
            return {}
        if target is not None:
            return {
                v: est
                for v, est in self.names.estimates.items()
                if v != target and v in _symbols(eq) and v not in _symbols(est)
            }
        lhs = eq.lhs
        parameter = isinstance(lhs, sp.Symbol) and (
            lhs == self.param or lhs in self.names.estimates or estimate_of(lhs) is not None
        )
        target = (
            lhs if parameter or (self.param is None and isinstance(lhs, sp.Symbol)) else self.param
        )
        if scalars and target is not None:
            target = as_scalars(target)
        out = {}
        for v, est in self.names.estimates.items():
            if scalars:
                v, est = as_scalars(v), as_scalars(est)
                if v is None or est is None:
                    continue
            if v != target and v in _symbols(eq) and v not in _symbols(est):
                out[v] = est
        return out

    def _matrix_unknown(self, new: sp.Basic, prev: sp.Basic) -> sp.Basic | None:
        """The vector or matrix an equation in the engine's types solves for: the one
        alone on the left (``mu = ...``), else the variable of the last derivative."""
        mats = {m.name: m for m in new.atoms(sp.MatrixSymbol) & prev.atoms(sp.MatrixSymbol)}
        if isinstance(new, sp.Equality) and isinstance(new.lhs, sp.MatrixSymbol):
            if new.lhs.name in mats and not new.rhs.has(new.lhs):
                return new.lhs
        if self.param is not None and str(self.param) in mats:
            return mats[str(self.param)]
        return None

    def _unknown(self, new: sp.Basic, prev: sp.Basic) -> sp.Symbol | None:
        syms = _symbols(new) & _symbols(prev)
        if isinstance(new, sp.Equality) and isinstance(new.lhs, sp.Symbol) and new.lhs in syms:
            if new.lhs not in _symbols(new.rhs) and not new.lhs.is_integer:
                return new.lhs
        if self.param is not None and self.param in syms:
            return self.param
        return None

    def _new_name_for_a_formula(self, sides: list) -> bool:
        """``SE(\\bar X) = \\sqrt{p(1-p)}``: a name the post has not used, given a formula
        that holds no named quantity (``\\ell = \\log L`` defines ``\\ell`` through ``L``)."""
        e0, e1 = sides
        if e1 is None or not self._is_fresh_name(e0) or estimate_of(e0) is not None:
            return False
        return not e1.atoms(Named, NamedApplied)

    def _implied(self, pr: ParsedRow, op: str, sides: list, rels: list[str]) -> None:
        """``\\Rightarrow \\hat p = R``: an equation implied by the one before."""
        if not rels or sides[0] is None:
            self._remember(*sides)
            self._link(
                pr, LinkPlan(op, UNCHECKED, reason="nothing after the implication sign to check")
            )
            return
        if rels[0] not in EQUALITIES:
            self._remember(*sides)
            self._link(pr, LinkPlan(op, UNCHECKED, reason=_relation_reason(rels[0])))
            # issue 12: ``=> w \leq R`` then ``= S`` says S = R: the next row goes on from
            # the last side, never from the line before the arrow (a wrong S equal to w
            # was proved), as after a ``\sim`` row (_rewrites._past_unchecked)
            self._past_unchecked(pr, sides[-1])
            return
        if self.cur.kind == "unreadable":
            # => 1/(1 + e^z) = e^{-z}/(1 + e^{-z}) after a row the reader could not read:
            # both sides are written, so the row is a claim of its own - proved if they
            # are equal as an identity. A failure is no refutation: the row may be an
            # equation that follows from the row above (see _Builder._resting).
            self._resting = (
                f"the row above (line {self.cur.line}) {self.cur.unread}, and the row may "
                "rest on it"
            )
            self.cur = _Cur()
            start = len(self._row.links)
            self._chain(pr, sides, rels)
            for link in self._row.links[start:]:
                if link.kind == STEP:
                    link.how = f"holds on its own ({link.how})" if link.how else "holds on its own"
            return
        if self.cur.kind != "eq" and len(sides) == 2 and self._new_name_for_a_formula(sides):
            # Var(X_1) = p(1-p) \implies SE(Xbar) = sqrt(p(1-p)): the consequence is given a
            # new name and a formula, which nothing on the row derives; not a definition
            self._remember(*sides)
            why = (
                f"a consequence under a new name, {_latexish(sides[0])}: its value is not "
                "derived from the line before the arrow, and the reader has no other to compare"
            )
            self._link(pr, LinkPlan(op, UNCHECKED, reason=why))
            return
        if self.cur.kind != "eq":
            # "f(x|mu) = ...", then "\implies l(x|mu) = ln f(x|mu) = R": after a line that
            # is not an equation the arrow only says the statement comes next, on the row
            # above or on this one (L = A \Rightarrow ln L = B); the chain after it claims
            # what it would claim alone (a slip in R hid behind the arrow).
            defined = _letter_defined(self.cur) if op == "<=>" else None
            start = len(self._row.links)
            self._chain(pr, sides, rels)
            if defined is not None and any(
                defined in getattr(s, "free_symbols", ()) for s in sides
            ):
                _one_way_only(self._row.links[start:], defined, self.cur.line)
            return
        if op == "<=>" or not self._row.links:
            self._row.continues = self._row.continues or not self._row.links
        self._equation(pr, sp.Eq(sides[0], sides[1], evaluate=False), op, said=op == "<=>")
        self._rest(pr, sides, rels, 1)


def _letter_defined(cur: _Cur) -> Any:
    """The plain letter the line ``cur`` defines (``a = b`` read as a's definition), or
    None."""
    key = cur.key if cur.kind == "expr" else None
    if isinstance(key, tuple) and len(key) == 2 and key[0] == "sym":
        return key[1]
    return None


def _one_way_only(links: list, letter: Any, line: int) -> None:
    """``a = b``, read as a's definition, then ``\\iff a^2 = b^2``: the chain after the arrow
    is checked with ``a`` put in, which shows that it follows from ``a = b``; the arrow says
    the converse as well, which that check never looks at (``a = -b``; adversarial set 24,
    03-false was proved). A proof of such a link is one way only: unchecked."""
    for link in links:
        if link.kind == STEP and not link.suitable:
            link.suitable = (
                f"stated as equivalent to line {line}, read as the definition of {letter}: "
                f"with {letter} put in it follows from that line, but the converse (that "
                f"{letter} has that value) is not checked"
            )


_ORDER_SIGNS = frozenset({"<", ">", "<=", ">=", "!=", "in"})


def _under_a_condition(pr: ParsedRow) -> bool:
    """Does the row state, beside its equation, a condition on its letters (``x > 0`` after
    ``\\quad`` or a condition box)?"""
    return any(
        st.relations and all(r in _ORDER_SIGNS for r in st.relations) for st in pr.statements[1:]
    )


def _multiple_of(residual: sp.Basic, derivative: sp.Basic, v: sp.Symbol) -> bool:
    """Is ``residual`` a multiple of ``derivative`` by a factor free of the samples and not
    zero: at a few points (:func:`._arith.proportional`), else, for small lines (a point
    may be a root of the derivative), exactly (their ratio, cancelled, holds no sample and
    no sum). A heuristic that chooses; the engine checks."""
    if proportional(residual, derivative, v):
        return True
    if node_count(residual, 80) >= 80 or node_count(derivative, 80) >= 80:
        return False
    try:
        with evaluating(True):
            ratio = sp.cancel(sp.together(residual / derivative))
    except (*READING_ERRORS, ArithmeticError, NotImplementedError):
        return False
    return (
        not _is_zero(ratio)
        and ratio.is_finite is not False
        and not ratio.atoms(sp.Indexed, sp.Sum, sp.Derivative)
    )


def _function_of_names(head: Any) -> bool:
    """Is ``head`` a function the post names, applied (``l(p)``, ``f(\\theta)``), not one
    of sympy's own (``\\log(x)``)?"""
    return isinstance(head, (NamedApplied, AppliedUndef)) or (
        isinstance(head, sp.core.function.Application)
        and not type(head).__module__.startswith("sympy.")
    )
