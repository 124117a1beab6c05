"""From parsed rows to a :class:`~derivations.Derivation` the engine checks.

Each row is a chain of *links* (``a = b = c`` has two; ``A = 0 \\Rightarrow
\\hat p = R`` has an equation and an implied equation). Every link is related
to the line it actually continues:

- a **definition**: ``A := B``, or a new name on the left (``L(p) = \\prod ...``,
  ``\\bar{y} = \\frac{1}{n} \\sum y_i``) - taken as given; later rows that use the
  name are checked against this value (see :mod:`._resolve`);
- a **rewrite** ``= R`` of the line above (the row's own left side, or the row
  above for ``&= R``); a left side that names a quantity with a value
  (``\\ell(\\lambda)``, ``\\log L(p)``, ``\\frac{d\\ell}{d\\lambda}``) is compared
  through that value - the derivative of it when the head is a derivative;
- **setting a derivative to zero**: ``\\frac{\\partial \\ell}{\\partial\\lambda} = 0``,
  ``R = 0``, ``0 = R``, ``R \\overset{!}{=} 0``: the first-order condition is
  the premise; a row ``R = 0`` is checked as equivalent to it;
- an **equation step** (``<=>``) after an equation, or an implied one after
  ``\\Rightarrow``/``\\implies``/``\\to``; estimates (``\\hat p``, ``p_{MLE}``) are
  read as the parameter they solve for, so a final result such as
  ``\\hat{\\mu} = \\frac{1}{N} \\sum x_n`` is checked against the solution;
- **statements** that are premises: ``y_i \\sim \\mathcal{N}(\\mu, \\sigma^2)``,
  ``x_m > 0``, ``i = 1, \\ldots, n``.

A row whose predecessor could not be read is ``unrelated`` ("the row above
could not be read"), never compared with an older row; one that states both sides
after an implication sign (``\\Rightarrow a = b``) is checked on its own: proved if
its sides are equal as an identity, else unchecked (it may rest on the row it
cannot see). A row opened by ``\\because`` that could not be read is a premise
inside a chain: the row after it continues the row before it, and a failure there
is no refutation (it may use the premise). A link that introduces a
symbol for the first time (``+ C``, an undefined ``\\bar{x}``) is *unchecked*:
it holds for a suitable value of that symbol, which the post does not give.
Rows with vectors and matrices are checked as 1x1 matrices: a counterexample
there refutes them, agreement leaves them unchecked. Constants compared with a
rounded decimal (``= 2.954``, ``\\approx -301029995.6\\ldots``) are compared to
the digits written (:mod:`._arith`).

Every step the builder adds that is not a claim of the post (the resolved left
side of a row, a re-anchoring copy of a line) is marked ``note="helper..."``.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Iterator, Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from .. import _budget
from .._model import Assumption, Derivation, Step
from .._settings import DEFAULT
from . import _stated_results  # read8
from ._announced_density import calling
from ._applied_letters import row_doubt
from ._arbitrary_anchor import ArbitraryAnchorLinks
from ._arith import satisfies
from ._assume import describe
from ._at_a_setting import setting_statement
from ._bayes import BayesLinks
from ._because_rules import readable_rule  # read8
from ._canon_shape import same_shape
from ._count_scope import enter_row, unsure_count
from ._definition_only import track as track_definition_only
from ._density import density_links, stated_supports
from ._density_laws import density_law, law_name, same_letter_calls, shown
from ._density_range import ranged_value, settle_ranges
from ._equations import EquationLinks
from ._event_links import law_event
from ._expectation import (
    LAWS,
    by_linearity,
    declared_laws,
    density_families,
    has_expectation,
    law_parameters,
)
from ._general import argmax_identity, data_set_density, is_goal, parameter_naming
from ._head_subscripts import defined_names, through_unread_definition
from ._imaginary import imaginary_unit_reason
from ._indicators import INDICATOR
from ._integrals import open_range_why
from ._law_fisher import fisher_name, fisher_weighed
from ._law_means import names_resolved
from ._law_subjects import CONDITIONAL, LAW_RELATIONS
from ._law_table import table_name
from ._limit_arrows import REASON as limit_reason
from ._limit_arrows import states_a_limit
from ._log_sentence import takes_only_the_log
from ._matrices import as_matrix_number, has_engine_matrices, matrix_assumptions, post_vectors
from ._model_likelihood import (
    declared_density,
    declared_density_refuted,
    density_value,
    exact_likelihood,
    likelihood_kind,
    likelihood_links,
    model_of,
    named_density,
    names_a_family,
)
from ._moment_names import raw_moment_order
from ._named_calls import middle_calls, whole_side_calls
from ._newton_step import newton_links
from ._opaque import OpaqueNames  # OPAQUE8
from ._parse import (
    _BECAUSE,
    ParsedRow,
    ParsedStatement,
    _opens_with_because,
    parse_expression,
    parse_row,
)
from ._plans import (
    _MATRIX_REASON,
    _UNREAD,
    DEFINITION,
    OWN,
    STEP,
    UNCHECKED,
    UNPARSED,
    UNRELATED,
    LinkPlan,
    RowPlan,
    _constant,
    _Cur,
    _definable,
    _has_estimate,
    _is_zero,
    _latexish,
    _relation_reason,
    _summary,
    _symbols,
    _why,
)
from ._plus_minus import plus_minus_reason
from ._premise_scope import premise_ended
from ._prose_squares import root_of_square
from ._reading_doubts import CONSTANT_FACTOR, reading_doubt
from ._redefined import gives_another_value
from ._redefining import ends_letter_value
from ._relations import CONNECTIVE, EQUALITIES, IMPLICATIONS, INEQUALITIES
from ._released import release_general
from ._resolve import (
    ANY,
    FORMULA,
    Names,
    Value,
    as_scalars,
    estimate_of,
    is_matrix,
    quantity_name,
    starred_letter,
    uncheckable,
    undefined,
)
from ._restated_quantity import RestatedQuantityLinks
from ._rewrites import RewriteLinks
from ._said_data_links import likelihood_row, said_law_changed, unweighed_likelihood
from ._said_equal import said_an_equation, said_equal
from ._said_model import said_model
from ._section_stated import ScopedLaws
from ._set_values import SET_RELATION
from ._setting_doubt import dispute_after_doubt, dispute_stated_values
from ._sign_letter import SIGN, sign_domain, sign_words
from ._solved_letters import put_in_solved
from ._split_ranges import split_range_reason
from ._stale_values import end_old_values, end_unread_definition, end_unrelated_values
from ._stated_estimate import (
    WORDS_WINDOW,
    constrained,
    model_changed,
    model_parameter,
    moment_orders,
    says_mle,
    says_mom,
    weigh,
    weigh_moments,
    without_label,
)
from ._stated_kernels import StatedKernels
from ._stated_not_claimed import CLAIMS_NOTHING
from ._stated_rows import stated_plan
from ._substitution import differential_link, past_substitution, states_a_substitution
from ._support import SectionSupports, declaring_sections, law_statements
from ._tosympy import (
    READING_ERRORS,
    ArgMax,
    Context,
    Named,
    NamedApplied,
    Transposed,
    bar_of,
    evaluating,
    named_function,
    opaque,
)
from ._tuples import has_pattern_matrix, has_tuple
from ._unread_anchor import UnreadAnchorLinks, states_a_law
from ._unread_equation import UnreadEquationLinks, equation_before
from ._unstated_ranges import never_refuted_why
from ._upto import PROPORTIONAL, UpToLinks, post_parameters, solved_after_use
from ._worded_functions import unread_worded_call
from ._worded_redefinition import end_worded_values

#: The short left side a row opens with before ``=`` or ``:=`` (a name it defines), read
#: from rows the reader could not read as a whole.
_OPENING_NAME = re.compile(r"\s*&?\s*([^=<>&]{1,40}?)\s*&?\s*:?=(?!=)")


def _groups(st: ParsedStatement) -> list[tuple[str | None, list, list[str]]]:
    """Split a statement at implications: ``[(op before, sides, relations), ...]``."""
    out: list[tuple[str | None, list, list[str]]] = []
    sides = list(st.sides)
    rels = list(st.relations)
    op: str | None = None
    cur_sides = [sides[0]]
    cur_rels: list[str] = []
    for k, rel in enumerate(rels):
        if rel in IMPLICATIONS:
            out.append((op, cur_sides, cur_rels))
            op = rel
            cur_sides = [sides[k + 1]]
            cur_rels = []
        else:
            cur_rels.append(rel)
            cur_sides.append(sides[k + 1])
    out.append((op, cur_sides, cur_rels))
    return out


def _constrained(e0: sp.Basic, e1: sp.Basic, candidates: set) -> set:
    """The symbols of ``candidates`` that ``e0 = e1`` constrains (left in ``e0 - e1``).

    ``a(b + c) = a b + c`` is no equation in ``b`` (``b`` cancels): a wrong identity.
    """
    if not candidates:
        return set()
    with evaluating(True):
        left = sp.expand(e0 - e1).free_symbols
    return {p for p in candidates if p in left}


_BARE_NOTHING = "the row has no relation sign, so it claims nothing that can be checked"
_BARE_HOW = "read as continuing the line above (the row has no relation sign)"
_BARE_LEFT_HOW = (
    "read as continuing the left side of the equation above, set to zero (the row has no "
    "relation sign)"
)
_BARE_LOG_HOW = (
    "read as the log of the line above, as the sentence before it says (the row has no "
    "relation sign)"
)
_BARE_DISPUTED = (
    "the row has no relation sign: read as continuing the line above it does not follow, "
    "but it may be a new expression rather than the next step, so it is not refuted"
)


def _density_head(pr: ParsedRow) -> Any:
    """The call a model row gives its density at (``p(x | \\theta)`` of ``p(x \\mid \\theta) =
    ...``), or None when its first side is no call."""
    sides = pr.statements[0].sides if pr.ok and pr.statements else ()
    head = sides[0] if sides else None
    return head if isinstance(head, NamedApplied) else None


def _other_bar(pr: ParsedRow, model_call: Any) -> bool:
    """Does the row's first side call the model's density letter at as many arguments with
    its bar elsewhere (``log p(x, theta)`` after ``p(x | theta) = ...``): another function?"""
    if model_call is None or not pr.ok or not pr.statements:
        return False
    side = pr.statements[0].sides[0] if pr.statements[0].sides else None
    if not isinstance(side, sp.Basic):
        return False
    name, arity, bar = str(model_call.func), len(model_call.args), bar_of(model_call)
    return any(
        str(f.func) == name and len(f.args) == arity and bar_of(f) != bar
        for f in side.atoms(NamedApplied)
    )


def _add_model_step(plan: RowPlan, i: int, h: int, value: Any, how: str, equal: str) -> None:
    """Add to ``plan`` the step ``i`` comparing the written ``value`` with the model's (step
    ``h``), found ``equal`` at every point tried: a failure of the engine's proof is then no
    refutation of a definition (it stays unchecked with the reason). The row stays a
    definition if it was planned as one."""
    disputed = f"the engine did not confirm it, but {equal} at every point tried"
    plan.links.append(
        LinkPlan("=", STEP, step=i, how=how, compared=h, written=value, disputed=disputed)
    )
    kind = plan.kind
    plan.kind, plan.reason, plan.how = _summary(plan.links)
    plan.kind = DEFINITION if kind == DEFINITION else plan.kind


class _Builder(
    RewriteLinks,
    EquationLinks,
    UpToLinks,
    UnreadAnchorLinks,
    BayesLinks,
    ArbitraryAnchorLinks,
    RestatedQuantityLinks,
    UnreadEquationLinks,
    StatedKernels,
):
    """Relates rows one at a time; keeps the state a reader keeps in mind."""

    def __init__(self, ctx: Context | None = None) -> None:
        self.ctx = ctx or Context()
        self.steps: list[Step] = []
        self.value_line: dict[int, int] = {}
        self.names = Names(symbol=self.ctx)
        for letter, k in getattr(self.ctx, "stated_counts", {}).items():  # SOUND13: n = 3
            self.names.define(self.ctx.symbol(letter), Value(-1, sp.Integer(k)))
        self.seen: set[Any] = set()
        self.cur = _Cur()
        self.param: sp.Symbol | None = None  # the variable of the last derivative
        self.variables: set[Any] = set()  # every variable the post differentiates by
        #: label -> first line of the elements the post differentiates by (``a`` of
        #: ``\\partial / \\partial a_i``: a chain rule's inner value, see ``_rewrites``)
        self.element_variables: dict[str, int] = {}
        self.names.variables = self.variables
        self.plans: list[RowPlan] = []
        self.section = ""
        self._lhs_text: str | None = None  # the left side of the statement being read
        self._arrow_after = False  # the group being read has an arrow after it (A = B \iff)
        self.row_seen: set[Any] = set()  # symbols first seen in the current row
        self.moment_named: set[Any] = set()  # letters a moment was named by (._rewrites)
        self.def_only: dict[Any, frozenset] = {}  # seen only in the values of these names
        #: symbols a row brought in with no value the reader can use (it held only for a
        #: suitable value of them): a result holding one cannot be judged by a derivative
        self.unsettled: set[Any] = set()
        #: letters first seen in a definition's value, unsettled for the rest of its row only
        self.row_unsettled: frozenset = frozenset()
        #: (line, letters, equation) of each equation no row leads to (``X_i - X_{i-1} =
        #: Y_i``): a later row may trade one of its letters for another through it
        #: (``_rewrites._traded_through_an_equation``)
        self.unused_equations: list[tuple[int, frozenset, Any]] = []
        self.equations: list[_Cur] = []  # every equation a link ended on, in order
        self._last_premise: _Cur | None = None  # the last equation given as a premise
        self.premises: list[_Cur] = []  # every equation given as a premise, in order
        #: the line the reader had in mind before this row (a sentence or a heading resets it)
        self._cur_before: _Cur | None = None
        #: lines of unread ``\\because`` premises since the row the next row continues
        self._unread_premises: list[int] = []
        #: (row index, parsed row, expression) of a row without a relation sign that neither
        #: continued the line above nor became the line: the left side of a row right after
        #: it that opens with a relation sign (._rewrites._continuation, left_side_line)
        self._bare_left: tuple | None = None
        #: why a failing link of the row being planned is no refutation ("" if it is one)
        self._resting = ""
        #: The equation an earlier statement of this row left current (``(A) ..., (B)
        #: ...``): the next statement is listed with it, not claimed to follow from it.
        self._listed_with: Any = None
        self._stated_names: dict = {}  # read8: names with a stated result (._stated_results)
        self.arbitrary: set[Any] = set()  # arbitrary constants (``+ C``) read so far
        #: a quantity with no value -> the value a row last gave it (._restated_quantity)
        self.quantity_values: dict[Any, Any] = {}
        self.kernels: dict[Any, Any] = {}  # a call without a value -> its last kernel (_upto)
        self.kernel_steps: dict[int, str] = {}  # a step that is a product of kernels (_bayes)
        #: unknowns of the equations the post sets out to solve (``ybar = alpha/gamma``)
        self.equation_unknowns: set[Any] = set()
        #: name -> the subscript of the head that gave its value (see ._head_subscripts)
        self.head_subscripts: dict[str, str] = {}
        #: names a ':=' defines without a value the reader takes (``S_i := ...``)
        self.unread_defined: set[str] = set()
        #: name -> the line of an unread row that defined it anew (._stale_values)
        self.unread_redefined: dict[str, int] = {}
        #: letters a setting row gave a number ("If $\\theta_1 = 0.1$", ._at_a_setting)
        self.setting_letters: set = set()
        #: the line of the substitution display the chain went on past (._substitution)
        self._substituted = 0
        self.parameters: frozenset = frozenset()  # the post's parameters (see ._upto)
        self.solved: frozenset = frozenset()  # unknowns a later row solves for (see ._upto)
        #: the paragraphs before the blocks, where a prose definition states its range
        self.paragraphs: tuple[str, ...] = ()
        #: parameter -> line of the prose formula that states its estimate (unchecked)
        self.prose_estimates: dict[Any, int] = {}
        #: steps whose lines hold an estimate taken from the prose
        self.on_prose_estimate: dict[int, tuple[Any, int]] = {}
        self.estimate_checks: dict[Any, list[int]] = {}  # parameter -> its helper steps
        self.supports: Any = lambda name: None  # name -> the support the post states
        self.sectioned: Any = SectionSupports([], self.supports)  # the same, by heading
        self.laws: dict = {}  # random variable -> its declared law (see ._expectation)
        self.all_laws: dict = {}  # the same for the whole post (._section_laws)
        self.declined: dict = {}  # blind67: letter -> line of a sentence's value not taken
        self.law_sections: dict = {}  # variable -> the headings that declare its law
        self._laws_by_section: dict = {}
        self.recurrence_rows: set[int] = set()  # plans of rows read as recurrences
        self.model: Any = None  # the density of one observation the post stated last
        self.said_model: Any = None  # the model a sentence declares (._said_model)
        self._stated_estimates: dict = {}  # estimate11: parameter -> stated estimate
        self._mle_said = ""  # estimate11: "mle" or "moments": what the last estimate was called
        self.stated_only: set = set()  # symbols first written in a distribution statement
        #: letters some row declares random (``\\varepsilon`` of ``\\varepsilon \\sim N``)
        self.random_letters: frozenset = frozenset()
        #: the value of the likelihood the post defined last, and its line
        self.likelihood: tuple[Any, int] | None = None
        #: the name that likelihood was given (``L``): its value ends with the name's
        self.likelihood_name: str | None = None

    # -- steps -----------------------------------------------------------------
    def _add(self, step: Step, line: int) -> int:
        if is_matrix(step.expr) and not has_engine_matrices(step.expr):
            # Steps reach the engine as numbers: vectors and matrices read as 1x1 matrices.
            scalar = as_scalars(step.expr)
            step = dataclasses.replace(step, expr=scalar if scalar is not None else _UNREAD)
        self.steps.append(step)
        i = len(self.steps) - 1
        self.value_line[i] = line
        return i

    def _mk(self, pr: ParsedRow, expr: sp.Basic, rule: str, relation: str, **kw: Any) -> Step:
        return Step(
            expr=expr,
            rule=rule,
            relation=relation,
            params=kw.pop("params", None) or {},
            rows=(f"{pr.row.label}@{pr.row.line}",),
            section=pr.row.section,
            **kw,
        )

    def _given(self, pr: ParsedRow, expr: sp.Basic, note: str = "", lhs: str | None = None) -> int:
        step = self._mk(pr, expr, "definition", "start", note=note, lhs_latex=lhs)
        if note == "helper-prose":
            # A name the prose defines: not a row of the post.
            step = dataclasses.replace(step, rows=())
        return self._add(step, pr.row.line)

    def _anchor(self, pr: ParsedRow, expr: sp.Basic) -> int:
        """A copy of a line as the start of a new chain (a helper, given)."""
        return self._given(pr, expr, note="helper-anchor")

    def _premise(self, cur: _Cur) -> _Cur:
        """``cur``, an equation given as a premise, becomes the current line.

        Premises on consecutive rows (both score equations set to zero, two moment
        equations) form a system: the rows after them may continue any of its
        equations, and the equations derived from them carry the system along.
        """
        last = self._last_premise
        joined = last is not None and last.row is not None and cur.row == last.row + 1
        cur.system = (*last.system, cur) if joined else (cur,)
        self._last_premise = self.cur = cur
        self.premises.append(cur)
        return cur

    def _remember(self, *exprs: Any) -> None:
        for e in exprs:
            if isinstance(e, sp.Basic):
                new = _symbols(e) - self.seen
                self.row_seen |= new
                self.seen |= new

    def _fresh(self, e: sp.Basic) -> set:
        """Symbols of ``e`` the post has not used before this row (and does not define)."""
        return {s for s in _symbols(e) if s not in self.seen and s not in self.names.defined}

    def _unnamed_before(self, e: sp.Basic) -> bool:
        """Is ``e`` a symbol the post has not used before, or a named quantity it has given no
        value (``p(x|\\lambda)`` in "Each sample has density $p(x|\\lambda) = ...$")?"""
        name = quantity_name(e)
        if name is None:
            return (
                bool(getattr(e, "is_Symbol", False)) and e not in self.seen and bool(self._fresh(e))
            )
        return not self.names.quantities.get(name)

    # -- rows ------------------------------------------------------------------
    def plan(self, pr: ParsedRow) -> RowPlan | None:
        # DEFONLY (._definition_only): symbols seen only inside another name's value
        seen, defined = set(self.seen), set(self.names.defined)
        # SOUNDB (._worded_redefinition): "$g(x)$ stands for $x^4$ from here on"
        end_worded_values(self, pr, lambda t: parse_expression(t, self.ctx))
        plan = self._plan(pr)
        track_definition_only(self, pr, plan, seen, defined)
        dispute_after_doubt(self, plan)  # SOUNDB (._setting_doubt)
        dispute_stated_values(self, pr, plan, lambda t: parse_expression(t, self.ctx))
        return plan

    def _plan(self, pr: ParsedRow) -> RowPlan | None:
        row = pr.row
        if row.stated:  # STATED (._stated_rows): read as prose, reported, never checked
            plan = stated_plan(self, pr, RowPlan, LinkPlan, (DEFINITION, UNCHECKED, UNPARSED))
            if plan is not None:
                self.plans.append(plan)
            return plan
        self._note_through(pr)
        if row.role == "prose":
            if "\\sim" in row.text:
                self.model = None  # "now let $x_i \\sim Exp(\\lambda)$": another model
            self._harvest(pr)
            return None
        idx = len(self.plans)
        self.row_seen = set()
        # SOUND13 (._released): "for any integer $n$" ends the setting n = 2
        release_general(self, pr, lambda t: parse_expression(t, self.ctx))
        pr = unread_worded_call(self, pr)  # SOUNDB (._worded_functions): psi_1(x + 1)
        if row.role == "row" and pr.ok and self.ctx.function_names:
            pr = self._bare_functions(pr)
        premise_line = 0  # read8: a \\because rule checked by itself (._because_rules)
        if not pr.ok and self._premise_in_chain(pr):
            rule = readable_rule(
                pr, lambda t: parse_row(dataclasses.replace(pr.row, text=t), self.ctx)
            )
            if rule is not None:
                pr, row, premise_line = rule, rule.row, row.line
        if row.role == "macros":
            plan = RowPlan(pr, DEFINITION, reason=f"defines {row.text}; taken as given")
            plan.links = [LinkPlan(":=", DEFINITION, reason=plan.reason)]
        elif not pr.ok and self._premise_in_chain(pr):
            # \\because ln(1) = 0 between two rows of a chain (not read): the row after it
            # continues the row before it, which stays the line in mind.
            plan = RowPlan(pr, UNPARSED, reason=pr.error)
            self._unread_premises.append(row.line)
            self._harvest(self._premise_read(pr), premise=True)
        elif not pr.ok:
            plan = RowPlan(pr, UNPARSED, reason=pr.error)
            # STALE (._stale_values): "f(y; lambda) = <unread>" ends f's old value
            end_unread_definition(self, pr, lambda t: parse_expression(t, self.ctx))
            anchor = self._unread_anchor(pr)
            eq_before = equation_before(self.cur)  # RELATE16 (._unread_equation)
            self.cur = _Cur(
                "unreadable", row=idx, line=row.line, anchor=anchor, eq_before=eq_before
            )
            self._unread_premises = []
        elif over := over_limit(pr):
            # Measured before any step holds it: sympy would evaluate it (for a cache
            # key, an ordering of terms) where nothing can interrupt it.
            plan = RowPlan(pr, UNCHECKED, reason=over)
            plan.links = [LinkPlan("", UNCHECKED, reason=over)]
            runs = within_limits(pr)
            if runs:
                # a = b = c with only a over the limit: b = c is still a claim of the
                # row, checked on its own (never compared with the row above).
                self.section = row.section
                self._row, self._row_index, self.cur = plan, idx, _Cur()
                plan.kind = STEP
                try:
                    for sides, rels in runs:
                        self.cur = _Cur()
                        self._chain(pr, sides, rels)
                except (ValueError, TypeError, AttributeError, IndexError, KeyError) as exc:
                    plan.links = [LinkPlan("", UNCHECKED, reason=f"{over} ({type(exc).__name__})")]
                plan.kind, plan.reason, plan.how = _summary(plan.links)
            self.cur = _Cur("unreadable", row=idx, line=row.line, unread="is over a limit")
        else:
            enter_row(self, row)  # SOUNDA: a count said under a heading (._said_counts)
            before = self.cur
            # A condition under another heading is not the one a result there solves.
            self._cur_before = before if row.section == self.section else None
            if row.section != self.section and self.cur.kind == "eq":
                # An equation chain does not run on under a new heading.
                self.cur = _Cur()
            if self.cur.kind == "eq" and premise_ended(self.plans, self.cur.row, row):
                self.cur = _Cur()  # SOUND, ._premise_scope: a premise ends with its display
            if (
                self.cur.kind == "eq"
                and self.cur.row in self.recurrence_rows
                and self.plans[self.cur.row].parsed.row.block != row.block
            ):
                self.cur = _Cur()  # RECURRENCE (._recurrence): so does a recurrence
            starts_with_relation = bool(pr.statements) and pr.statements[0].sides[:1] == (None,)
            # An aside (._extract) is checked by itself: the chain goes on past it.
            chain = self.cur if row.aside else None
            if premise_line:
                self.cur = _Cur()  # read8: the rule is compared with nothing above it
            # SUBST (._substitution): so it does past a display that only states a
            # substitution; the row after it is compared with the line before, not refuted
            substituted, self._substituted = self._substituted, 0
            sub = states_a_substitution(pr, self._is_fresh_name)
            if sub:
                chain, self._substituted = dataclasses.replace(self.cur, key=None), row.line
            if row.sentence and not starts_with_relation and self.cur.kind == "eq":
                # A formula inside a sentence is a claim of its own, not the next step.
                self.cur = _Cur()
            self.section = row.section
            self.laws = self._section_laws(row.section)
            plan = RowPlan(pr, STEP, pred=self.cur.row)
            self._row = plan
            self._row_index = idx
            self._resting = ""
            guessed = len(self.names.guessed)
            used = len(self.names.used_rows)
            said = len(self.names.used_said)
            for st in pr.statements:
                self.names.whole_sides |= whole_side_calls(st.sides)
            if self._unread_premises and self.cur.kind in ("expr", "eq"):
                lines = ", ".join(map(str, self._unread_premises))
                self._resting = (
                    f"the row may use the premise stated between it and the line it continues "
                    f"(line {lines}, opened by \\because), which could not be read"
                )
                # Rows resting on the premise are no value of the quantity the chain is
                # about: a later restatement of it is compared with its value before them.
                self.cur = dataclasses.replace(self.cur, key=None)
            self._unread_premises = []
            try:
                # Relating a row is bounded like checking a step: definitions put into
                # one another can grow without end (a post solving for alpha and beta in
                # turn nested each into the other until check-post never finished).
                with _budget.time_limit(DEFAULT.step_seconds):
                    self._note_variables(pr)
                    first_step, first_link = len(self.steps), len(plan.links)
                    under = []  # the equations the row is stated under (ATTACK37)
                    for k, st in enumerate(pr.statements):
                        # "(A) ..., (B) ...": a comma lists; only an arrow claims a step
                        listed = k and self.cur.kind == "eq" and self.cur.row == idx
                        self._listed_with = self.cur if listed else None
                        differ = differential_link(self.names, st) if sub else None  # SUBST
                        if _equation_condition(st):
                            if st.condition == "if":  # a premise (since) restricts nothing
                                under.append(" = ".join(t.strip() for t in st.texts))
                            self._link(pr, LinkPlan("", DEFINITION, reason=_UNDER_CONDITION))
                        elif differ is not None:
                            self._link(pr, differ)
                        elif not setting_statement(self, pr, st):  # SETTING (._at_a_setting)
                            self._statement(pr, st)
                    self._listed_with = None
                    if under:
                        why = f"stated under the condition {'; '.join(under)}, not put in"
                        _no_refutation(plan.links, why)
                    put_in_solved(self, pr, plan.links[first_link:], first_step)  # repro36
                    self._reasons(pr)
            except _budget.StepTimeout:
                seconds = f"{DEFAULT.step_seconds:g}"
                why = _budget.post_budget_spent() or (
                    f"timed out after {seconds} s while relating the row (the limit per row)"
                )
                plan.links = [LinkPlan("", UNCHECKED, reason=why)]
                self.cur = _Cur()
                end_unrelated_values(self, pr)
            except READING_ERRORS as exc:
                # Never a crash: the row is listed with what went wrong.
                plan.links = [
                    LinkPlan(
                        "",
                        UNCHECKED,
                        reason=f"the reader could not relate this row ({type(exc).__name__}: "
                        f"{' '.join(str(exc).split())[:200]})",
                    )
                ]
                self.cur = _Cur()
                end_unrelated_values(self, pr)
            if chain is not None:
                self.cur = chain
            if self._resting:
                _no_refutation(plan.links, self._resting)
            if unsure := unsure_count(self, pr):
                _no_refutation(plan.links, unsure)  # SOUNDA (._said_counts)
            if substituted and starts_with_relation:
                past_substitution(plan.links, substituted, before.line)  # SUBST
            if len(self.names.guessed) > guessed:
                _no_refutation(plan.links, self.names.guessed[-1])  # SOUND, ._named_calls
            if elsewhere := _said_under_another_heading(self.names.used_said[said:], row):
                _no_refutation(plan.links, elsewhere)  # a sentence's value of another part
            if declined := self._declined_in(pr):
                _no_refutation(plan.links, declined)  # blind67: a value said, not taken
            plan.rests_on = tuple(sorted({r for r in self.names.used_rows[used:] if 0 <= r < idx}))
            if applied := row_doubt(self, pr, plan):
                _no_refutation(plan.links, applied)  # issue 12 (._applied_letters): sigma(z)
            if doubt := reading_doubt(self, pr, plan):
                # BATCH28 (._reading_doubts): \log a b; a constant factor's doubt (tau/2 pi)
                # leaves a link up to a factor alone
                _no_refutation(
                    [
                        link
                        for link in plan.links
                        if not (doubt.endswith(CONSTANT_FACTOR) and link.relation in PROPORTIONAL)
                    ],
                    doubt,
                )
            plan.kind, plan.reason, plan.how = _summary(plan.links)
            # A density or likelihood the row defines must integrate to 1 (._density). A
            # definition refuted so stays a definition: rows that disagree with it cannot
            # say which of the two is wrong.
            unread = before.kind == "unreadable" and before.row is not None
            weighed = density_links(
                pr,
                plan.links,
                head_text=self.plans[before.row].parsed.row.text if unread else "",
                sample_names=self.ctx.sample_names,
                defined=lambda s: s in self.names.defined,
                stated=self.sectioned.lookup(pr.row.section),
            )
            if self.ctx.data_changed and likelihood_row(pr, plan.links):
                weighed = []  # SOUNDA: not over the said law's support (._said_data)
            # catch59 (._newton_step): Newton's update with a step the other way
            weighed += newton_links(pr, plan.links, self.paragraphs)
            if weighed:
                kind = plan.kind
                plan.links += weighed
                plan.kind, plan.reason, plan.how = _summary(plan.links)
                plan.kind = DEFINITION if kind == DEFINITION else plan.kind
        self._weigh_by_model(pr, plan)
        self._over_unstated_ranges(pr, plan)
        self.plans.append(plan)
        if premise_line:
            self._unread_premises.append(premise_line)  # read8: the next row rests on it
        return plan

    def _over_unstated_ranges(self, pr: ParsedRow, plan: RowPlan) -> None:
        """A row with a sum or an integral over a range the post never states, or compared
        with one, is never refuted: it was read over a range of any length
        (._unstated_ranges) or of unknown ends (._integrals.open_range)."""
        sides = [s for st in pr.statements for s in st.sides] if pr.ok else []
        compared = [*sides, *self._compared(plan.links)]
        why = never_refuted_why(compared) or open_range_why(compared)
        # read8: a step whose one line holds a name with a stated result (._stated_results)
        guarded = _stated_results.guarded(self._stated_names, plan.links, self.steps, pr.row.line)
        for link, reason in guarded:
            _no_refutation([link], reason)
        if why or guarded:
            kind = plan.kind
            if why:
                _no_refutation([link for link in plan.links if not link.every_length], why)
            plan.kind, plan.reason, plan.how = _summary(plan.links)
            plan.kind = DEFINITION if kind == DEFINITION else plan.kind

    def _compared(self, links: list[LinkPlan]) -> Iterator[sp.Basic]:
        """The lines the steps of ``links`` compare (each step and the one before it)."""
        for link in links:
            for i in [link.step, *link.helpers] if link.step is not None else link.helpers:
                yield from (self.steps[j].expr for j in (i - 1, i) if j >= 0)

    def _premise_in_chain(self, pr: ParsedRow) -> bool:
        """Is the unread row a ``\\because`` premise between two rows of a chain (the line
        in mind is kept for the row after it)? Only right after a row that left one."""
        return bool(_opens_with_because(pr.row.text)) and self.cur.kind in ("expr", "eq")

    def _rearranged(self, e0: sp.Basic, e1: sp.Basic) -> bool:
        """``\\psi(\\alpha_j) = \\psi(\\sum_j \\alpha_j) + \\log \\bar y_j`` with the first-order
        condition in mind: a right side that applies the left side's function again makes
        the row that equation rearranged, not a restatement of the function's value
        (compared with the definition of psi at alpha_j, the correct row was refuted).
        Not offered as an equation step either: the engine proved the rearrangement with
        the sign of log ybar_j flipped equivalent (no root found, "proved symbolically")."""
        return (
            self.cur.kind == "eq"
            and isinstance(e0, AppliedUndef)
            and any(str(f.func) == str(e0.func) for f in e1.atoms(AppliedUndef))
        )

    def _premise_read(self, pr: ParsedRow) -> ParsedRow:
        """The equations of a ``\\because`` premise inside a chain, read without the word:
        not a step of the chain, but a name it gives a value (``\\because \\sigma(z) =
        \\frac{1}{1 + e^{-z}}``) has that value in the rows after it, as after a sentence's
        inline formula (see :meth:`_harvest`)."""
        text = _BECAUSE.sub(lambda m: " " * len(m.group()), pr.row.text, count=1)
        return parse_row(dataclasses.replace(pr.row, text=text), self.ctx)

    def _weigh_by_model(self, pr: ParsedRow, plan: RowPlan) -> None:
        """A row that states the model becomes the model; a likelihood defined after it
        is weighed against it (see ._model_likelihood)."""
        if "\\sim" in pr.row.prose:
            self.model = None  # "now let $x_i \\sim Exp(\\lambda)$": the model may be another
        model = model_of(pr, plan.links)
        if model is not None:
            self._prove_declared_density(pr, plan, model)  # defs17
            self.model = model
            self.model_call = _density_head(pr)
            return
        if any(link.reason.startswith("a distribution statement") for link in plan.links):
            self.model = None  # "now let X_i ~ Exp(lambda)": the density above is not it
            return
        if self.model is None and self.said_model is not None:  # lead5: a model said in words
            self.model = self.said_model
        if self._weigh_fisher(pr, plan):  # laws28 (._law_fisher)
            return
        self._weigh_stated_estimate(pr, plan)  # estimate11 (._stated_estimate)
        if self.model is None and getattr(self, "said_changed", ""):  # SOUNDA (._said_data)
            unweighed = unweighed_likelihood(pr, plan.links, self.said_changed)
            if unweighed is not None:
                plan.links = unweighed
                plan.kind, plan.reason, plan.how = _summary(plan.links)
                return
        links = likelihood_links(pr, plan.links, self.model, self.names.resolve)
        if links is not None:
            links = self._weighed_across_headings(pr, links)
            kind = plan.kind
            plan.links = links
            plan.kind, plan.reason, plan.how = _summary(plan.links)
            plan.kind = DEFINITION if kind == DEFINITION else plan.kind
            return
        try:
            self._prove_likelihood(pr, plan)
        except READING_ERRORS:
            return  # nothing proved: the row stays as planned

    def _weighed_across_headings(self, pr: ParsedRow, links: list) -> list:
        """``links`` with a refutation by a density stated under another heading made
        unchecked: the model may be another there (problem 10.3's likelihood weighed against
        problem 10.1's density, external46), as a stated estimate is weighed only under its
        own heading (:meth:`_estimate_model`). A model said in words is the post's."""
        model = self.model
        if model is None or model.said or self._same_section(model.line, pr):
            return links
        why = (
            f"does not fit {model.where()}, which is stated under another heading: the model "
            "here may be another, so the disagreement is no refutation"
        )
        return [
            dataclasses.replace(link, kind=UNCHECKED, verdict="", reason=why)
            if link.kind == OWN and link.verdict == "refuted" and link.how.startswith("weighed")
            else link
            for link in links
        ]

    def _weigh_stated_estimate(self, pr: ParsedRow, plan: RowPlan) -> None:
        """A stated result that the words call the MLE (or a method-of-moments estimate),
        weighed against the model: its stated-result link proved when the model's score
        vanishes there (its moments are the sample's), or unchecked saying that it does
        not (see ._stated_estimate)."""
        said_mle, self._mle_said = self._mle_said, ""
        for j, link in enumerate(plan.links):
            eq = link.written
            if not link.stated_result or not isinstance(eq, sp.Equality):
                continue
            param = self.names.plain(eq.lhs)
            if param is eq.lhs or not isinstance(param, sp.Symbol):
                continue
            others = dict(self._stated_estimates)
            self._stated_estimates.setdefault(param, eq.rhs)
            prose = f"{pr.row.prose}\n{pr.row.annotation}"
            mle = says_mle(prose, eq.lhs)
            moments = says_mom(prose, eq.lhs) and not mle
            if not (mle or moments) and len(prose.strip()) < 40:
                # "the MLEs are $\\hat\\mu = ...$ and $\\hat\\sigma^2 = ...$": the words
                # before the first row of a run of stated estimates say it of the run
                mle, moments = said_mle == "mle", said_mle == "moments"
            if not (mle or moments):
                continue
            self._mle_said = "mle" if mle else "moments"
            model = self._estimate_model(pr)
            before = self._words_before(pr, prose) if model is not None else ""
            if model is None or model_changed(before) or (not moments and constrained(before)):
                # a constraint moves a maximum to the boundary; a moment equation's solution
                # is the method-of-moments estimate whatever the parameter space says
                continue
            param = model_parameter(model, param)  # \hat\theta_{MM}: theta
            if moments:
                found = weigh_moments(model, eq.rhs, param, others, moment_orders(before))
            else:
                found = weigh(model, eq.lhs, eq.rhs, param, {}, pr.row.text)
                if found is not None and found[0] != "proved" and others:
                    found = weigh(model, eq.lhs, eq.rhs, param, others, pr.row.text) or found
            if found is None:
                continue
            verdict, why = found
            if verdict == "proved":
                plan.links[j] = dataclasses.replace(
                    link, kind=OWN, verdict="proved", reason=why, how=why
                )
            else:
                plan.links[j] = dataclasses.replace(link, reason=why)
            plan.kind, plan.reason, plan.how = _summary(plan.links)

    def _words_before(self, pr: ParsedRow, prose: str) -> str:
        """The last :data:`WORDS_WINDOW` characters of the post before the row: its own prose
        and, before it, the rows and prose of the rows above (ADV17: a constraint or the
        moment matched said before an inline formula, which is a row of its own)."""
        parts, size = [prose], len(prose)
        for plan in reversed(self.plans):
            if size >= WORDS_WINDOW:
                break
            row = plan.parsed.row
            if row.line >= pr.row.line:
                continue
            parts += [row.text, row.prose]
            size += len(row.text) + len(row.prose)
        return "\n".join(reversed(parts))[-WORDS_WINDOW:]

    def _estimate_model(self, pr: ParsedRow) -> Any:
        """The model a stated estimate on ``pr`` is of: the density (or law) stated under
        the row's heading, or one law said in words; None when the data are not plain
        draws (censored, a mixture) or no model is known."""
        if self.ctx.altered_data:
            return None
        model = self.model
        if model is not None and not model.said and not self._same_section(model.line, pr):
            return None  # the density of another heading's model (adversarial set 7, 123)
        if model is None and self.said_model is None:
            # "a sample from Poisson($\\lambda$)" and only the estimates name lambda
            model = said_model(
                getattr(self, "_said_rows", ()),
                self.ctx.stated_laws,
                False,
                {s.name: s for s in self._estimated()},
            )
        return model

    def _same_section(self, line: int, pr: ParsedRow) -> bool:
        """Is the row at ``line`` (a model's) under the same heading as ``pr``?"""
        for plan in self.plans:
            if plan.parsed.row.line == line:
                return plan.parsed.row.section == pr.row.section
        return False

    def _estimated(self) -> set:
        """The parameters the post's estimates name (``\\hat\\sigma^2`` -> ``sigma2``)."""
        out = set()
        for pr in getattr(self, "_said_rows", ()):
            if not getattr(pr, "ok", False):
                continue
            for st in pr.statements:
                for side in st.sides:
                    for s in getattr(side, "free_symbols", ()):
                        if isinstance(s, sp.Symbol) and estimate_of(s) is not None:
                            plain = self.names.plain(s)
                            if isinstance(plain, sp.Symbol):
                                out.add(plain)
                                out.add(without_label(plain))  # theta_MM: theta
        return out

    def _prove_likelihood(self, pr: ParsedRow, plan: RowPlan) -> None:
        """A likelihood defined as exactly the model's product (or a log-likelihood as
        exactly the log of the likelihood above) is a claim: an engine step from that
        product to the written value, so the definition is proved, not only given."""
        model = self.model
        if model is not None and _other_bar(pr, getattr(self, "model_call", None)):
            # log p(x, theta) after the model p(x | theta) = ...: the joint density of the
            # same letters, another function than the model's (the bar is part of the name)
            model = None
        exact = exact_likelihood(
            pr,
            plan.links,
            model,
            self.names.resolve,
            self._current_likelihood(),
            getattr(self.ctx, "prose_words", frozenset()),
        )
        if exact is None:
            first = plan.links[0] if plan.links else None
            sides = pr.statements[0].sides if pr.ok and pr.statements else ()
            value = sides[1] if len(sides) >= 2 else None
            if value is not None and value.atoms(AppliedUndef) and sides[-1] is not None:
                value = sides[-1]  # defs17: L = prod p(y_i) = prod theta_k^{t_k}: the formula
            if (
                first is not None
                and first.kind == DEFINITION
                and first.how.startswith("defines")
                and value is not None
                and likelihood_kind(sides[0]) == "L"
            ):
                resolved, _ = self.names.resolve(value)
                if resolved is not None and not is_matrix(resolved):
                    self.likelihood = (resolved, pr.row.line)
                    self.likelihood_name = quantity_name(sides[0])
            return
        claim, value, how = exact
        h = self._given(pr, claim, note="helper-model")
        i = self._add(self._mk(pr, value, "auto", "="), pr.row.line)
        if self._kind_of(claim) == "L":
            self.likelihood = (value, pr.row.line)
            self.likelihood_name = quantity_name(pr.statements[0].sides[0])
        _add_model_step(plan, i, h, value, how, "the written likelihood equals the model's")

    def _current_likelihood(self) -> tuple[Any, int] | None:
        """The likelihood defined last, while its name still has a value: after ``L`` is
        given another value under another heading, a second value the words set apart, or
        an unread redefinition, the name has none, and the log of the old ``L`` is not the
        log of the likelihood the post now means (lead's probe of 2026-12-07: an
        exponential ``L``, then a Poisson ``L``, and the exponential's log proved)."""
        if self.likelihood is None or self.likelihood_name is None:
            return self.likelihood
        return self.likelihood if self.names.quantities.get(self.likelihood_name) else None

    def _prove_declared_density(self, pr: ParsedRow, plan: RowPlan, model: Any) -> None:
        r"""defs17: a density row after the law it follows was declared (``X \sim
        \mathrm{Exp}(\lambda)``, then ``f(x; \lambda) = \lambda e^{-\lambda x}``) is a claim:
        an engine step from the law's density to the written value, when they are equal at
        every point tried (._model_likelihood.declared_density); else it stays as planned."""
        law = self.model if self.model is not None else self.said_model
        if law is None and model.g is not None and len(pr.statements[0].sides) >= 2:
            self._named_density(pr, plan, model)  # laws28: "the density of a Weibull ... is"
            return
        if law is None or model.g is None or len(pr.statements[0].sides) < 2:
            return
        lhs, written = pr.statements[0].sides[:2]
        if lhs is not None and written is not None:
            written = density_value(lhs, written)  # laws28: f(x_i | mu, b) in the letter x
        value = self._density_resolved(lhs, written) if written is not None else None
        words = getattr(self.ctx, "prose_words", frozenset())
        found = declared_density(model, law, value, words) if value is not None else None
        if found is None:
            if value is not None:
                self._refute_declared_density(pr, plan, model, law, value)
            return
        claim, how = found
        h = self._given(pr, claim, note="helper-model")
        i = self._add(self._mk(pr, value, "auto", "="), pr.row.line)
        _add_model_step(plan, i, h, value, how, "the written density equals the law's")

    def _density_resolved(self, lhs: Any, written: sp.Basic) -> sp.Basic | None:
        """The value of a density row, its names resolved but the letters of the head's
        arguments kept (``f_X(x) = ...``: x is the density's variable, not the value a
        sentence gave x; held-out batch 55, blind65)."""
        args = getattr(lhs, "args", ()) if isinstance(lhs, sp.Basic) else ()
        held = {s for a in args if isinstance(a, sp.Basic) for s in a.atoms(sp.Symbol)}
        return self.names.resolve_holding(written, held)[0]

    def _weigh_fisher(self, pr: ParsedRow, plan: RowPlan) -> bool:
        """laws28: a row giving ``I(\\theta)`` a value, in a post that speaks of the Fisher
        information, weighed against the declared law's information (._law_fisher): an
        engine step from the law's when it equals it (of one observation or of ``n``, the
        convention named), refuted when it equals none. True when the row was weighed."""
        if not getattr(self.ctx, "fisher_words", False) or not pr.ok or not pr.statements:
            return False
        if not plan.links or plan.links[0].kind != DEFINITION:
            return False
        st = pr.statements[0]
        if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) < 2 or st.sides[1] is None:
            return False
        if not fisher_name(st.sides[0], self.model):
            return False  # cheap: no information's name at the law's parameter
        try:
            value = self.names.resolve(st.sides[1])[0]
            with _budget.time_limit(2.0), evaluating(True):
                prose, text = pr.row.prose or "", pr.row.text
                found = fisher_weighed(st.sides[0], value, self.model, prose, text)
        except (*READING_ERRORS, ArithmeticError, RecursionError, _budget.StepTimeout):
            return False
        if found is None:
            return False
        verdict, what, how = found
        if verdict == "proved":
            h = self._given(pr, what, note="helper-model")
            i = self._add(self._mk(pr, value, "auto", "="), pr.row.line)
            _add_model_step(plan, i, h, value, how, "the written information equals the law's")
            return True
        refuting = LinkPlan(
            st.relations[0], OWN, verdict="refuted", reason=how, how=how, counterexample=what
        )
        kind = plan.kind
        plan.links = [*plan.links, refuting]
        plan.kind, plan.reason, plan.how = _summary(plan.links)
        plan.kind = DEFINITION if kind == DEFINITION else plan.kind
        return True

    def _named_density(self, pr: ParsedRow, plan: RowPlan, model: Any) -> None:
        """laws28: a density row its sentence calls a named family's, no law declared
        (._model_likelihood.named_density): proved by an engine step from the family's
        density in the order and convention it fits, or refuted when it fits none."""
        prose = f"{pr.row.prose}\n{pr.row.annotation}"
        if not names_a_family(prose):
            return  # cheap: no family named before the row
        lhs, written = pr.statements[0].sides[:2]
        try:
            if lhs is not None and written is not None:
                written = density_value(lhs, written)
            value = self._density_resolved(lhs, written) if written is not None else None
        except (*READING_ERRORS, ArithmeticError, RecursionError, TypeError, ValueError):
            return
        if value is None:
            return
        found = named_density(model, value, prose, getattr(self.ctx, "prose_words", frozenset()))
        if found is None:
            return
        verdict, what, how = found
        if verdict == "proved":
            h = self._given(pr, what, note="helper-model")
            i = self._add(self._mk(pr, value, "auto", "="), pr.row.line)
            _add_model_step(plan, i, h, value, how, "the written density equals the law's")
            return
        _add_refutation(
            plan, pr, f"not the density of {how} under any of its conventions", how, what
        )

    def _refute_declared_density(
        self, pr: ParsedRow, plan: RowPlan, model: Any, law: Any, value: Any
    ) -> None:
        """laws28: a density row that is the declared law's density under none of the
        law's conventions (._model_likelihood.declared_density_refuted) is refuted, with a
        point of each convention where the two differ; the row keeps its definition (the
        rows after it are weighed against what it wrote)."""
        found = declared_density_refuted(model, law, value, f"{pr.row.prose}\n{pr.row.annotation}")
        if found is None:
            return
        counterexample, said = found
        where = law.where() if law.said else f"the law {said} of line {law.line}"
        why = (
            f"not the density of {where} under any of its conventions: the two differ "
            "at a point of each convention's parameter space and support"
        )
        _add_refutation(plan, pr, why, where, counterexample)

    @staticmethod
    def _kind_of(claim: sp.Basic) -> str:
        return "L" if isinstance(claim, sp.Product) else "log"

    def _estimating_equation(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> bool:
        """``\\bar y_1 = \\alpha \\beta``: a quantity of the data (a sample mean, a sum over
        the samples), free of the parameters, equated with an expression in them - a
        moment equation, the premise the method of moments solves. Given, and the next
        rows continue from it (equations given together form a system); it used to be
        checked as an identity in the parameters and left "not an identity"."""
        v0, _ = self.names.resolve(e0)
        v1, _ = self.names.resolve(e1)
        if v0 is None or v1 is None or is_matrix(v0) or is_matrix(v1) or _why(v0) or _why(v1):
            return False
        params = set(self.parameters) | set(self.variables)
        s0, s1 = _symbols(v0), _symbols(v1)
        if _is_data(v0, s0, params) and s1 & params:
            data, model = v0, v1
        elif _is_data(v1, s1, params) and s0 & params:
            data, model = v1, v0
        else:
            return False
        if self.cur.kind == "eq":
            # The data of the estimating equation above, rearranged, is a step from it; a
            # sum or a mean it does not hold is another equation of the system, given like
            # the first (batch 43: the second normal equation, whose sum of y_i shares a
            # sample with the first's sum of x_i y_i, was refuted as a step from it).
            new = _data_quantities(data) - _data_quantities(self.cur.expr)
            side = _data_side(self.cur.expr, params)
            # A parameter alone against the data (sigma = sqrt(sum (x_i - m)^2 / n) after
            # m = sum x_i / n) is the system solved for it, a result, not another equation:
            # given, it left sigma without its value and two rows using it were refuted.
            solved = isinstance(model, sp.Symbol) or (
                isinstance(model, sp.Pow) and isinstance(model.base, sp.Symbol)
            )
            another = side is not None and _only_data(side) and _sums_and_means(new)
            another = another and not solved
            if _data_atoms(data) & _data_atoms(self.cur.expr) and not another:
                return False  # the data of the equation above rearranged: a step from it
        if _has_estimate(e0) or _has_estimate(e1):
            return False  # an estimate solved for: a result, checked as one
        self._remember(e0, e1)
        eq = sp.Eq(data, model, evaluate=False)
        step = self._given(pr, eq)
        self._premise(_Cur("eq", step, eq, self._row_index, None, pr.row.line))
        how = "an estimating equation (a quantity of the data equated with the model's)"
        link = LinkPlan(rel, DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
        self._link(pr, link)
        return True

    def _restated_by_expectation(
        self, pr: ParsedRow, e0: sp.Basic, sides: list, rels: list
    ) -> bool:
        """``I_X(p) = E_p[(\\partial_p \\log f(X))^2]`` where ``I_X(p)`` has a definition:
        compared with that definition by linearity of expectation (see ._expectation). The
        value last written may be a wrong result of the post, and the letter may name
        another quantity (``i_y`` beside ``i``): a difference is no refutation. False when
        the row is not of that form."""
        name = quantity_name(e0) if isinstance(e0, (Named, NamedApplied)) else None
        first = self.names.definitions.get(name) if name else None
        if first is None or sides[1] is None or not has_expectation(sides[1]):
            return False
        if isinstance(e0, NamedApplied) and tuple(e0.args) != tuple(first.params):
            return False
        prev, _ = self.names.resolve(first.expr)
        w, _ = self.names.resolve(sides[1])
        own = self._own_subscripts()  # expect68: E_D[...] too (_by_linearity decides)
        if (
            prev is None
            or w is None
            or by_linearity(w, self.names.parameters, self.laws, **own) is None
        ):
            return False
        self._remember(e0)
        link = self._by_linearity(pr, prev, w, rels[0])
        if link is None:
            return False
        if link.kind == STEP and not link.disputed:
            link.disputed = (
                f"compared with the definition of {name} on line {first.line}; the row may "
                "restate another quantity of that name, so a difference is no refutation"
            )
        self._rest(pr, sides, rels, 1)
        return True

    def _expectation_chain(self, pr: ParsedRow, sides: list, rels: list[str]) -> bool:
        """``E[(X - p)^2] = E[X^2] - 2p E[X] + p^2 = ...``: a chain that starts with an
        expression holding expectations, each link compared by linearity (see
        ._expectation) or as the functions under one measure (._one_measure); False when
        the first side is not such an expression."""
        e0 = sides[0]
        if rels[0] not in EQUALITIES or sides[1] is None or not has_expectation(e0):
            return False
        event = law_event(e0, self.names.parameters, self.laws)  # SOUNDA (._event_sums)
        v0, _ = self.names.resolve(e0)
        valued = v0 != e0  # EXPECT53: E[log q(z)], q never given a value, is no head
        if self._is_head(e0) and valued and not event and not names_resolved(e0, v0):
            if not self._same_quantities(v0, sides[1]):  # EXPECT53: E[S] = E[g], S := g
                return False  # EXPECT5: E[d/dlambda log f(X)] with f defined is no head
        if v0 is None or not self._expectations_compared(pr, v0, sides[1]):
            return False
        self._remember(e0)
        step = self._anchor(pr, v0)
        self.cur = _Cur("expr", step, v0, self._row_index, None, pr.row.line)
        self._rest(pr, sides, rels, 0)
        return True

    def _raw_moment(self, pr: ParsedRow, e0: sp.Basic, sides: list, rels: list[str]) -> bool:
        """catch66: ``\\mu_2' = \\alpha(\\alpha - 1)\\beta^2`` in a post that gives the law of
        one variable ``X`` (declared, or a density its words name): the row says what
        ``E[X^2]`` is, and is compared as ``E[X^2] = ...`` is (:meth:`_expectation_chain`,
        under each convention the law leaves open: refuted only when every one differs).
        The name keeps the row's last value for the rows after it. False (the row is a
        claim left unchecked, ._moment_names) when the name is no fresh raw moment, the
        post gives no law or laws of several variables, or the chain cannot be compared."""
        k = raw_moment_order(e0)
        if k is None or not self._is_fresh_name(e0) or sides[1].has(e0):
            return False
        if getattr(self.ctx, "primed_redefined", False):
            return False  # attack67: the post's mu'_k is another moment (about a point)
        letters = {str(v) for v in getattr(self, "laws", {}) if isinstance(v, sp.Symbol)}
        letters = {t.upper() for t in letters if len(t) == 1 and t.isalpha()}  # x's law: X's
        letters |= set(getattr(self.ctx, "law_letters", frozenset()))
        if len(letters) != 1:
            return False
        variable = sp.Symbol(letters.pop(), real=True)
        named = getattr(self.ctx, "primed_of", frozenset())
        if named and str(variable) not in named:
            return False  # attack69: "the $k$-th moment of $Y$" for Y = 1/X is no E[X^k]
        moment = opaque("E")(variable**k if k > 1 else variable)
        if not self._expectation_chain(pr, [moment, *sides[1:]], rels):
            return False
        if self.cur.kind == "expr" and self.cur.step is not None and isinstance(e0, Named):
            value = Value(self.cur.step, self.cur.expr, line=pr.row.line, row=self._row_index)
            self.names.set_quantity(e0, value)
        return True

    def _note_variables(self, pr: ParsedRow) -> None:
        """The symbols this row differentiates by are variables from now on (before any
        side is resolved): ``beta = (X^T X + lambda I)^{-1} X^T Y`` stated earlier is then
        a result, and ``beta`` on the right of ``dL/d beta = ...`` stays the variable."""
        for st in pr.statements:
            for side in st.sides:
                if isinstance(side, sp.Basic):
                    for d in side.atoms(sp.Derivative):
                        plain = (self.names.plain(v) for v in d.variables)
                        self.variables.update(v for v in plain if isinstance(v, sp.Symbol))
                        for v in d.variables:
                            if isinstance(v, sp.Indexed):
                                label = str(v.base.label)
                                self.element_variables.setdefault(label, pr.row.line)

    def _bare_functions(self, pr: ParsedRow) -> ParsedRow:
        """``h_\\theta`` without its argument, where the post defines ``h_\\theta(x_i)``: the
        function at the argument the row writes it at.

        ``\\frac{\\partial h_\\theta}{\\partial \\theta_0}`` is the derivative of the
        definition, never of a symbol of its own (that would be 0). The argument is the
        one the row applies the function to (``h_\\theta(x_i)`` beside it), else the
        definition's (``x_i``), or its bare letter where the row writes ``x`` and no
        ``x_i``. A row that leaves it open (``h(x_i)`` and ``h(x_j)``, or both ``x`` and
        ``x_i``) is not read: the error says why.
        """
        names = self.ctx.function_names
        sides = [e for st in pr.statements for e in st.sides if isinstance(e, sp.Basic)]
        found = {
            s
            for e in sides
            for s in e.atoms(sp.Symbol)
            if s.name in names and s not in self.names.defined
        }
        sub: dict = {}
        for bare in sorted(found, key=str):
            fn = names[bare.name]
            record = self.names.definitions.get(fn)
            if record is None:
                continue  # the post never gives the function a value: a name as any other
            args = _argument_here(sides, fn, record.params)
            if isinstance(args, str):
                why = f"{bare.name} is written without its argument, and {args}"
                return dataclasses.replace(pr, error=why)
            sub[bare] = named_function(fn, record.bar if len(args) == len(record.params) else 0)(
                *args
            )
        if not sub:
            return pr
        statements = tuple(
            dataclasses.replace(
                st, sides=tuple(e.xreplace(sub) if isinstance(e, sp.Basic) else e for e in st.sides)
            )
            for st in pr.statements
        )
        first = statements[0].sides if statements else pr.sides
        return dataclasses.replace(pr, sides=first, statements=statements)

    def _valued_under_another_heading(self, head: sp.Basic, pr: ParsedRow) -> bool:
        """Was the value ``head`` has now given on a display row under another heading?"""
        record = self.names.value_of(head)[2]
        if record is None or not 0 <= record.row < len(self.plans):
            return False
        return self.plans[record.row].parsed.row.section != pr.row.section

    def _reasons(self, pr: ParsedRow) -> None:
        """``a = b \\because c = d``: the reason ``c = d`` checked as a claim of its own (an
        identity: ``d/d\\lambda \\log \\lambda = 1/\\lambda``), its links marked so that only a
        refutation counts for the row (see ``_verdicts.combine``). It neither continues
        nor is continued by the row's chain, and defines nothing."""
        saved = self.cur
        for st in pr.reasons:
            first = st.sides[0] if st.sides else None
            if first is None or self._is_head(first) or self._is_fresh_name(first):
                continue  # z = wx + b: a value, not a fact to check
            if any(_symbols(side) - self.seen for side in st.sides if side is not None):
                continue  # \sigma(z) = ... in letters of its own: a definition, not a fact
            start = len(self._row.links)
            self.cur = _Cur()
            numbers = all(side is not None and _constant(side) for side in st.sides)
            try:
                if numbers and set(st.relations) == {"="}:
                    # \because \ln 2 = 0: numbers, a fact of arithmetic; read by _chain, a
                    # zero side would make it an equation to solve and leave it unchecked
                    self._identity(pr, st.sides[0], st.sides[1], "=")
                    self._rest(pr, list(st.sides), list(st.relations), 1)
                else:
                    self._chain(pr, list(st.sides), list(st.relations))
            except READING_ERRORS:
                del self._row.links[start:]
            for link in self._row.links[start:]:
                link.because = True
        self.cur = saved

    def _note_through(self, pr: ParsedRow) -> None:
        """``z_i = y_i w x_i`` (a row or a formula of the prose): whatever the row is taken
        for, a value holding ``z_i`` may depend on ``w`` through it (see ``Names.through``)."""
        if not pr.ok and pr.row.role == "row":
            # (not a formula of the prose: "$y = \\{y_1, \\dots, y_n\\}$" names the data; nor
            # a law: "y_i = [...] \\sim N(mu, Sigma)" says how the data arise)
            name = self._defined_unread(pr)
            if name is not None and not states_a_law(pr.row.text):
                self.names.through.setdefault(name, {}).setdefault(ANY, pr.row.line)
        if not pr.ok:
            return
        for st in pr.statements:
            if not st.relations or st.relations[0] not in ("=", ":=") or len(st.sides) < 2:
                continue
            for lone, other in ((st.sides[0], st.sides[1]), (st.sides[1], st.sides[0])):
                if isinstance(lone, sp.Indexed):
                    name = str(lone.base.label)
                elif isinstance(lone, sp.Symbol):
                    name = lone.name
                else:
                    continue
                if not isinstance(other, sp.Basic) or other.is_number or _noise(other):
                    continue  # y = beta_0 + beta_1 x + epsilon: how the data arise; data
                known = self.names.through.setdefault(name, {})
                if lone is st.sides[0] and isinstance(lone, sp.Indexed) and other.args:
                    known.setdefault(FORMULA, pr.row.line)  # sound12: e_i = y_i - b x_i
                for s in other.free_symbols:
                    if isinstance(s, sp.Symbol) and s.name != name:
                        known.setdefault(s.name, pr.row.line)

    def _defined_unread(self, pr: ParsedRow) -> str | None:
        """The name a row the reader could not read opens with (``\\hat{y} = g(xw + b)`` with
        ``e^-(...)`` unreadable): whatever it was set to, it may hold any variable."""
        m = _OPENING_NAME.match(pr.row.text)
        if m is None:
            return None
        try:
            lone, _ = parse_expression(m.group(1), self.ctx)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError):
            return None
        if isinstance(lone, sp.Indexed):
            return str(lone.base.label)
        return lone.name if isinstance(lone, sp.Symbol) else None

    def _harvest(self, pr: ParsedRow, premise: bool = False) -> None:
        """Inline formulas in the prose: learn the names they define (``\\bar{y} = ...``).
        A ``\\because`` premise (``premise``) is read for its names too, but restates: it
        never takes a value away (``._redefined`` is about sentences)."""
        if not pr.ok or over_limit(pr):
            return
        for st in pr.statements:
            if st.relations[:1] not in (("=",), (":=",)) or len(st.sides) < 2:
                continue
            if states_a_limit(pr.row.text, st.relations, st.sides):
                continue  # "in the limit $\alpha = \beta \to 0$": no value (._limit_arrows)
            lhs, rhs = st.sides[0], self._value_side(st)
            if lhs is None or rhs is None:
                continue
            root = root_of_square(lhs, rhs)
            if root is not None and estimate_of(root[0]) is None and self._is_fresh_name(lhs):
                lhs, rhs = root  # v^2 = R defines v (._prose_squares)
            if (
                isinstance(lhs, sp.Symbol)
                and not isinstance(lhs, Named)
                and estimate_of(lhs) is None
            ):
                formula = bool(rhs.free_symbols) or len(lhs.name) > 1
                if (
                    not premise
                    and rhs.is_number
                    and self.cur.kind == "eq"
                    and lhs in getattr(self.cur.expr, "free_symbols", ())
                ):
                    # "Later we take $c = 5$" after the equation c^2 = 4: the rows after
                    # the sentence are about c = 5, no longer steps from that equation
                    self.cur = _Cur()
                if not premise and ends_letter_value(self.names, lhs, rhs):
                    pass  # SOUND13 (._redefining): "later we take $c = 5$" ends c = 2
                elif (
                    lhs not in self.names.defined
                    and formula
                    and lhs not in rhs.free_symbols
                    and lhs not in self.variables
                    and (lhs.is_commutative or _computed_matrix(rhs))
                    # "Let $y = a + bx + \\varepsilon$": how the data arise, not y's value
                    # (read as its value, S(a) = (y - a - bx)^2 was epsilon^2, and the right
                    # derivative -2(y - a - bx) was refuted)
                    and not _noise(rhs)
                    and not (lhs in self.seen and not _definable(lhs))
                ):
                    value = Value(-1, rhs, line=pr.row.line, section=pr.row.section)
                    self.names.define(lhs, value)
                elif (
                    not premise
                    and lhs in self.seen
                    and not _definable(lhs)
                    and rhs.free_symbols
                    and not isinstance(rhs, sp.Symbol)  # "taking $a = b = 2$": a setting
                    and lhs not in rhs.free_symbols
                    and lhs not in self.names.defined
                ):
                    # blind67 (external57 line 79): "Let ... and $q = 1-p$" after q^x p: the
                    # value is not taken (q was seen), yet q is no free letter either
                    self.declined.setdefault(lhs, pr.row.line)
            elif isinstance(lhs, NamedApplied) and not self.names.has_value(lhs):
                rhs = ranged_value(self.paragraphs, pr.row.text, lhs, rhs)  # "for $x \\ge 0$"
                value = Value(-1, rhs, line=pr.row.line, section=pr.row.section)
                self.names.set_quantity(lhs, value)
            elif isinstance(lhs, NamedApplied) and (
                self._valued_under_another_heading(lhs, pr)
                # "From here on, let $K(x) = 3x$ instead": not the display value any more
                or (not premise and gives_another_value(lhs, self.names.value_of(lhs)[0], rhs))
            ):
                # "**Poisson counts.** Each observation now has mass $f(x) = ...$": the
                # sentence may give f its own value there, or restate it wrongly; either
                # way the rows after it are not compared with the old one
                end_old_values(self.names, lhs)  # SOUND13: and its log's, derivatives'
                self.names.forget(quantity_name(lhs))
                # defs17: nor are they weighed against the model stated before (a density
                # of f's), nor a law said in words (which of the two is meant is unknown)
                self.model = self.said_model = None
            elif isinstance(lhs, sp.Symbol) and estimate_of(lhs) is not None:
                # "setting it to zero gives $\hat\mu = \bar x$": the value later rows
                # use for mu (``\bar x`` for ``\hat\mu``), as a display row's would be.
                plain = self.names.plain(lhs)
                value, _ = self.names.resolve(rhs)  # \bar x read as the display rows read it
                if value is not None and plain is not lhs and not _symbols(value) & {plain, lhs}:
                    if plain not in self.names.estimates:
                        self.names.estimates[plain] = value
                        self.prose_estimates[plain] = pr.row.line
            self._remember(lhs, rhs)

    def _value_side(self, st: ParsedStatement) -> sp.Basic | None:
        """The value ``lhs = R`` gives ``lhs``: in ``\\sigma(z) = p = \\frac{1}{1 + e^{-z}}``
        the formula at the end, the names between (symbols without a value) being other
        names for it; else the side after the first sign."""
        sides = st.sides
        last = sides[-1]
        if (
            len(sides) > 2
            and set(st.relations) == {"="}
            and last is not None
            and last.free_symbols
            and all(self._alias(s) for s in sides[1:-1])
        ):
            return last
        return sides[1]

    def _alias(self, e: sp.Basic | None) -> bool:
        """Is ``e`` a bare name without a value (``p`` in ``\\sigma(z) = p = ...``)?"""
        return (
            isinstance(e, (sp.Symbol, sp.Indexed))
            and not isinstance(e, Named)
            and e not in self.names.defined
            and not self.names.has_value(e)
        )

    def _statement(self, pr: ParsedRow, st: ParsedStatement) -> None:
        self._lhs_text = st.texts[0] if st.texts and st.texts[0] else None
        if st.relations == ("range",):
            self._link(
                pr, LinkPlan("=", DEFINITION, reason="the range of an index; taken as given")
            )
            return
        if st.relations == (CONNECTIVE,):  # an arrow alone: "\\Downarrow" between two blocks
            reason = (
                f"the row is an arrow alone ({st.texts[0]}): it leads from the rows above to the"
                " rows below and claims nothing of its own"
            )
            self._link(pr, LinkPlan("", UNRELATED, reason=reason))
            return
        if st.relations == (CLAIMS_NOTHING,):  # PARSE57: H_0: pi = pi_0, f: R -> R
            self._link(pr, LinkPlan("", UNRELATED, reason=st.texts[1]))
            return
        if st.relations == (SET_RELATION,):  # PARSE15 (._set_values): X = \{0, 1, \ldots\}
            reason = (
                "states a set (its elements are not read, the name gets no value); taken as given"
            )
            self._link(pr, LinkPlan("=", DEFINITION, reason=reason))
            return
        if st.relations[:1] in (("=",), (":=",)) and states_a_limit(
            pr.row.text, st.relations, st.sides
        ):
            # "$\alpha = \beta \to 0$": a limit, no definition of alpha (._limit_arrows)
            self._remember(*(e for e in st.sides if e is not None))
            reason = limit_reason.format(
                target=_latexish(st.sides[-1]), name=_latexish(st.sides[0])
            )
            self._link(pr, LinkPlan(st.relations[0], UNCHECKED, reason=reason))
            self.cur = _Cur()
            return
        case = ""
        groups = list(_groups(st))
        for k, (op, sides, rels) in enumerate(groups):
            # attack61: an equation an arrow leads on from (A = B \iff C = D) is an equation
            self._arrow_after = k + 1 < len(groups) and groups[k + 1][0] in ("<=>", "=>")
            if op == "=>" and case:
                # "if p = 1/2 => Var(X) = n/4", "substituting lambda = 2 => P(X = 0) = e^{-2}":
                # what follows the arrow holds at that value, which the lines it would be
                # compared with (the law, the rows above) do not have
                self._remember(*sides)
                why = f"holds at {case}, stated before the arrow; the reader does not put it in"
                self._link(pr, LinkPlan(op, UNCHECKED, reason=why))
                continue
            if op is not None:
                self._implied(pr, op, sides, rels)
                continue
            case = _special_case(sides, rels)
            if sides[0] is None:
                if rels:
                    self._continuation(pr, rels[0], sides, rels)
                continue
            if not rels:
                if sides[0] is None or k > 0:
                    continue
                if is_goal(tuple(sides)):
                    reason = "states the goal (the argmax the post sets out to find); a premise"
                    self._link(pr, LinkPlan("", DEFINITION, reason=reason))
                    continue
                if self._bare_continuation(pr, sides[0]):
                    continue
                self._link(pr, LinkPlan("", UNRELATED, reason=self._bare_reason(pr)))
                kept = self.cur
                self._bare_line(pr, sides[0])
                if self.cur is kept and not pr.row.sentence:
                    self._bare_left = (self._row_index, pr, sides[0])
                continue
            before = len(self._row.links)
            self._chain(pr, sides, rels)
            if k == 0 and st is pr.statements[0]:
                self._goes_on_from_a_bare_row(pr, sides, rels, self._row.links[before:])

    def _goes_on_from_a_bare_row(
        self, pr: ParsedRow, sides: list, rels: list, links: list[LinkPlan]
    ) -> None:
        """``E`` alone on a display row (no relation sign), then ``A = B`` on the next: the
        post offers ``A`` as ``E`` rewritten ("distributing terms gives us", batch 37's
        notebook, line 62). Checking ``A = B`` as an identity says nothing of that step, so
        the row is not proved when ``A`` differs from ``E`` at a point, or when the two
        cannot be compared; it stays proved when they agree (a point check chooses, the
        engine still checks ``A = B``)."""
        first = next((link for link in links if link.kind == STEP), None)
        above = self.plans[-1].parsed if self.plans else None
        if first is None or first.suitable or above is None or not rels:
            return
        if _RELATES_TO_A_LINE.search(first.how or ""):
            return  # already a step from a line (its derivative set to zero, batch 35)
        e0 = sides[0]
        if pr.row.sentence or rels[0] not in EQUALITIES or not isinstance(e0, sp.Basic):
            return
        if not isinstance(e0, (sp.Add, sp.Mul, sp.Pow)) or e0.atoms(sp.Derivative):
            return  # a name, a call or a derivative: the row states its value, not a step
        bare = _bare_expression(above)
        if bare is None or bare.atoms(sp.Derivative):
            return
        agree = _agree_at_a_point(self._resolved(bare), self._resolved(e0))
        line = above.row.line
        if agree is True:
            return
        first.suitable = (
            f"its left side is offered as the expression of line {line} (a row without a "
            "relation sign) rewritten, and "
            + (
                "the two differ: read as a step from that line it does not follow"
                if agree is False
                else "the two could not be compared"
            )
            + "; its own equation is not enough for the row"
        )

    def _resolved(self, e: sp.Basic) -> sp.Basic:
        """``e`` with the names the post gave values put in (``e`` itself when a name has
        none)."""
        value, _ = self.names.resolve(e)
        return value if isinstance(value, sp.Basic) and not isinstance(value, sp.Equality) else e

    def _bare_continuation(self, pr: ParsedRow, e: Any) -> bool:
        """A display row without a relation sign, read as ``= e`` after the line above.

        Askers drop the equals sign ("on further solving" and the next line alone).
        Compared with the line above it is proved when equal; when not, it may be a
        new expression (the log of the line above), so the failure is no refutation
        (``LinkPlan.disputed``). Only plain comparisons count: whatever else the
        continuation makes of it (a definition, an unchecked link) the row claims
        nothing, as before; the line it wrote is still the one the next row continues.
        """
        if pr.row.sentence or isinstance(e, (sp.Symbol, Named)):
            return False
        if e.atoms(sp.Derivative, Named, NamedApplied):
            return False  # a name written alone (a heading's dJ/dtheta_0): a label, not a line
        kept = self.cur
        left = self._left_of_zero()
        if self.cur.kind != "expr" and left is None:
            return False
        if left is not None:
            # "A = 0" (the '= 0' ahead of its time) and then A rewritten, alone on its row
            step = self._anchor(pr, left)
            self.cur = _Cur("expr", step, left, kept.row, None, kept.line)
        logged = self._log_of_the_line(pr, e) if left is None else None
        if logged is not None:
            # "Taking the natural log of both sides:" then the log-likelihood alone
            step = self._anchor(pr, logged)
            self.cur = _Cur("expr", step, logged, kept.row, None, kept.line)
        before = len(self._row.links)
        # Whether the row continues the line or starts a new one is not known: it does
        # not become the value of the quantity the chain is about (cur.key).
        self.cur = dataclasses.replace(self.cur, key=None)
        self._next_link(pr, "=", None, e)
        added = self._row.links[before:]
        if len(added) == 1 and added[0].kind == STEP:
            link = added[0]
            link.disputed = _BARE_DISPUTED
            how = _BARE_LEFT_HOW if left is not None else _BARE_LOG_HOW if logged else _BARE_HOW
            said = said_equal(pr.row.prose) if left is None and logged is None else ""
            if said and self.plans and "propto" in self.plans[-1].parsed.relations:
                # a line of proportionality rewritten is no equality (attack61: after
                # p(mu | x) \propto ..., "simplifies to" drops a factor free of mu)
                said = ""
            if said and pr.row.index == 0:
                # catch60 (._said_equal): "Simplifies to:" - the words say it is the next step,
                # so it continues the row above as "= R" does: after a refuted row it gets the
                # second look (compared with the line that row was compared with)
                link.disputed = ""
                self._row.continues = True
                how = f"read as the line above rewritten, as the sentence before it says ({said})"
            link.how = "; ".join(h for h in (link.how, how) if h)
            return True
        if left is not None:
            del self._row.links[before:]
            self.cur = kept
            return False
        above = self.plans[-1].parsed.row.line if self.plans else None
        why = next((link.reason for link in added if link.reason), "")
        reason = _BARE_NOTHING
        if above is not None:
            # say which line it was read against and what stopped the comparison
            reason = (
                f"the row has no relation sign, and read as continuing the line above (line "
                f"{above}) it cannot be compared" + (f" ({why})" if why else "") + ", so it "
                "claims nothing that can be checked"
            )
        self._row.links[before:] = [LinkPlan("", UNRELATED, reason=reason)]
        return True

    def _log_of_the_line(self, pr: ParsedRow, e: sp.Basic) -> sp.Basic | None:
        """The log of the line above, when a bare row ``e`` is that line's log: the sentence
        leading into the row speaks of the log, the row holds logs and the line none
        (``L(theta) = theta^n ...``, "taking the log:", ``n ln theta + ...``). None otherwise."""
        cur = self.cur
        if cur.kind != "expr" or pr.row.index != 0 or not takes_only_the_log(pr.row.prose):
            return None
        if not isinstance(cur.expr, sp.Basic) or is_matrix(cur.expr) or cur.expr.has(sp.log):
            return None
        return sp.log(cur.expr, evaluate=False) if e.has(sp.log) else None

    def _left_of_zero(self) -> sp.Basic | None:
        """The left side of the current line when it is an equation ``A = 0`` with ``A`` an
        expression that can be compared; None otherwise."""
        eq = self.cur.expr if self.cur.kind == "eq" else None
        if not isinstance(eq, sp.Equality) or not _is_zero(eq.rhs) or _is_zero(eq.lhs):
            return None
        if is_matrix(eq.lhs) or _why(eq.lhs):
            return None
        return eq.lhs

    def _bare_line(self, pr: ParsedRow, e: Any) -> None:
        """A bare row that claims nothing is still the line the next bare row continues
        (``A`` alone after ``A = 0``, then ``B`` alone: ``B`` is compared with ``A``), when
        it is an expression that can be compared and there was no line to continue (an
        equation above stays the line later equation steps continue), or when it opens a
        display after an equation and holds expectations written by linearity (EXPECT53:
        ``&E[...] \\\\ &= ...`` after ``\\bar X = ...`` above: the rows after it go on from
        it, not from the equation)."""
        opens = pr.row.index == 0 and self.cur.kind == "eq"
        if pr.row.sentence or (self.cur.kind != "none" and not opens) or e is None:
            return
        if isinstance(e, (sp.Symbol, Named)) or e.atoms(sp.Derivative, Named, NamedApplied):
            return
        value, _ = self.names.resolve(e)
        if value is None or isinstance(value, sp.Equality) or is_matrix(value):
            return
        if opens and not self._expectations_compared(pr, value):
            return  # only a line of expectations compared by linearity: never a refutation
        if _why(value) and not opens:
            return
        step = self._anchor(pr, value)
        self.cur = _Cur("expr", step, value, self._row_index, None, pr.row.line)

    def left_side_line(self, pr: ParsedRow, then: Any = None) -> _Cur | None:
        """The line a row opening with a relation sign (``= R``) goes on from when the row
        right before it is an expression alone that was not made the line (``._bare_line``:
        a derivative or a function's value written alone, ``\\frac{\\partial^2}{\\partial
        \\theta^2} \\log f(x;\\theta)`` then ``= 2 \\frac{...}{...}``, held-out batch 54): that
        expression, the left side of the chain, when it has a value to compare; a line that
        could not be read otherwise. Never the line before it: the "=" row was compared with
        f's definition above the expression and a correct row was refuted. None when the row
        before is not such an expression."""
        bare, self._bare_left = self._bare_left, None
        if bare is None or bare[0] != self._row_index - 1 or pr.row.sentence:
            return None
        _, left_pr, e = bare
        value, _ = self.names.resolve(e) if isinstance(e, sp.Basic) else (None, "")
        if (
            isinstance(value, sp.Basic)
            and not isinstance(value, sp.Equality)
            and not is_matrix(value)
            and not undefined(value)
            and (not uncheckable(value) or self._expectations_compared(pr, value, then))
        ):
            # expectations the next line can be compared with (by linearity, under one
            # measure) are a line too, as a side the author wrote is (._anchor_side)
            step = self._anchor(left_pr, value)
            return _Cur("expr", step, value, bare[0], None, left_pr.row.line)
        return _Cur()  # no line: the "=" row starts its own chain, compared with nothing above

    def _bare_reason(self, pr: ParsedRow) -> str:
        """Why a row without a relation sign is not read as continuing the line above."""
        above = self.plans[-1].parsed if self.plans else None
        if pr.row.sentence or above is None or self.cur.kind == "expr":
            return _BARE_NOTHING
        line = above.row.line
        if self.cur.kind == "unreadable":
            why = f"the line above (line {line}) could not be read"
        elif self.plans[-1].links and all(not link.relation for link in self.plans[-1].links):
            why = f"the line above (line {line}) has none either"
        elif self.cur.kind == "eq":
            why = f"the line above (line {line}) is an equation, not an expression to go on with"
        else:
            side = above.statements[-1].sides[-1] if above.ok and above.statements else None
            value, unresolved = self.names.resolve(side) if side is not None else (None, "")
            lacking = unresolved if value is None else uncheckable(value)
            why = f"the line above (line {line}) ends in nothing it can continue" + (
                f" ({lacking})" if lacking else ""
            )
        return (
            f"the row has no relation sign and {why}, so it claims nothing that can be "
            "checked (what the prose says it is, is not read)"
        )

    def _link(self, pr: ParsedRow, link: LinkPlan) -> LinkPlan:
        if link.kind == STEP and not link.disputed:
            above = self.plans[-1].parsed if self.plans else None
            link.disputed = (
                through_unread_definition(pr, above, self.unread_defined)
                or split_range_reason(pr)
                or self._imaginary_unit(link)
                or self._plus_minus(link)
            )
        self._row.links.append(link)
        return link

    def _plus_minus(self, link: LinkPlan) -> str:
        """A link through a row with ``\\pm`` that fails with one sign shared is no
        refutation where the row may stand for a set of values (._plus_minus)."""
        if link.step is None or link.compared is None:
            return ""
        if not 0 <= link.step < len(self.steps) or not 0 <= link.compared < len(self.steps):
            return ""
        step, before = self.steps[link.step], self.steps[link.compared]
        return plus_minus_reason(before.expr, step.expr, step.relation)

    def _imaginary_unit(self, link: LinkPlan) -> str:
        """blind65 (._imaginary.imaginary_unit_reason): a link that fails with i a real
        number but holds with i the imaginary unit is no refutation."""
        if link.step is None or link.compared is None:
            return ""
        if not 0 <= link.step < len(self.steps) or not 0 <= link.compared < len(self.steps):
            return ""
        return imaginary_unit_reason(self.steps[link.compared].expr, self.steps[link.step].expr)

    def _through_tuple(self, pr: ParsedRow, sides: list, rels: list[str]) -> None:
        """PARSE13 (._tuples): a chain with a tuple in it. ``name = (a, b)`` is taken as given
        and anything else is unchecked; no value is taken from it, no name is remembered
        (the row has the effect it had unread, so no step after it reads differently)."""
        e0 = sides[0]
        named = isinstance(e0, (sp.Symbol, AppliedUndef)) and not has_tuple(e0)
        what = "a tuple"
        if any(has_pattern_matrix(e) for e in sides):
            # PARSE57: the entries its dots stand for are not written
            what = "a matrix written by its pattern (its dots stand for entries not written)"
        if named and len(rels) == 1 and rels[0] in EQUALITIES:
            why = f"defines {what}, read as a whole (no value is taken from it); taken as given"
            self._link(pr, LinkPlan(rels[0], DEFINITION, reason=why))
            # D = (x_1, \dots, x_n): the name is no free number either; a step through it
            # is no refutation, as through a ':=' the reader takes no value from (external47,
            # jaketae: s(D)/n = (1/n) \sum s(x_i) was refuted with D sampled)
            self.unread_defined |= defined_names(e0)
            return
        why = f"{what} is read as a whole: it has no value the engine can compare; not checked"
        self._link(pr, LinkPlan(rels[0], UNCHECKED, reason=why))

    # -- the first link of a chain ----------------------------------------------
    def _chain(self, pr: ParsedRow, sides: list, rels: list[str]) -> None:
        # X = psi(Y) = e^Y names psi (SOUND, ._named_calls): the link psi(Y) = e^Y defines it
        self._named_here = (self._row_index, middle_calls(sides, rels, self.names))
        for call, value in self._named_here[1]:
            self.names.set_quantity(call, Value(-1, value, line=pr.row.line, row=self._row_index))
        e0 = sides[0]
        r1 = rels[0]
        if any(has_tuple(e) for e in sides):
            self._through_tuple(pr, sides, rels)
            return
        if r1 == "range":
            self._link(
                pr, LinkPlan("=", DEFINITION, reason="the range of an index; taken as given")
            )
            return
        if r1 in LAW_RELATIONS:
            # PARSE13 (._law_subjects): X | theta ~ D, X_1, ..., X_n ~ D: a premise read
            # for what it is and nothing more; its names stay unseen, as when it was unread
            # (seen, mu_0 in x | y = 0 ~ N(mu_0, Sigma) would no longer be a name the
            # estimate mu_0 = ... defines)
            what = (
                "a distribution given other variables (not the variable's law)"
                if r1 == CONDITIONAL
                else "a distribution statement of several variables"
            )
            self._link(
                pr,
                LinkPlan(
                    "~", DEFINITION, reason=f"{what} (a premise of the model); taken as given"
                ),
            )
            return
        if r1 in ("~", "in", "notin"):
            what = "a distribution statement" if r1 == "~" else "a domain statement"
            if r1 == "~":
                written = {x for e in sides if e is not None for x in _symbols(e)}
                self.stated_only |= written - self.seen
            self._remember(*sides)
            self._link(
                pr,
                LinkPlan(r1, DEFINITION, reason=f"{what} (a premise of the model); taken as given"),
            )
            return
        if r1 in INEQUALITIES and self._domain_statement(sides, rels):
            self._remember(*sides)
            self._link(pr, LinkPlan(r1, DEFINITION, reason="a domain statement; taken as given"))
            return
        if r1 == ":=" or ":=" in rels:
            self._definition(pr, e0, sides[1], ":=")
            if isinstance(e0, (sp.Symbol, NamedApplied)) and ":=" not in rels[1:]:
                self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and len(sides) == 2 and self._model_equation(pr, e0, sides[1], r1):
            return
        if r1 in EQUALITIES and len(sides) == 2 and self._recurrence(pr, e0, sides[1], r1):
            return
        if r1 in EQUALITIES and sides[1] is not None and self._general(pr, e0, sides[1], r1):
            self._after_general(pr, sides, rels)
            return
        if r1 in EQUALITIES and sides[1] is not None and self._named_by_log(pr, e0, sides[1]):
            self._rest(pr, sides, rels, 1)
            return
        why = uncheckable(e0) or uncheckable(sides[1]) if sides[1] is not None else ""
        if (
            r1 in EQUALITIES
            and sides[1] is not None
            and self._densities_related(pr, e0, sides[1], r1)
        ):
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and sides[1] is not None and self._starred_result(pr, e0, sides[1]):
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and sides[1] is not None and self._raw_moment(pr, e0, sides, rels):
            return
        if (
            r1 in EQUALITIES
            and sides[1] is not None
            and not sides[1].has(e0)
            and (
                self._is_fresh_name(e0) or (estimate_of(e0) is not None and sides[1].atoms(ArgMax))
            )
            and not self._in_terms_of_itself(e0, sides[1])
        ):
            # A new name, or an estimate defined as a maximiser: the row defines it.
            self._definition(pr, e0, sides[1], r1)
            self._rest(pr, sides, rels, 1)
            return
        if why and self._expectation_chain(pr, sides, rels):
            return
        if why and r1 in EQUALITIES and self._restated_by_expectation(pr, e0, sides, rels):
            return  # hook of ._expectation (EXPECT): I(p) = E_p[...] after I's definition
        if why and r1 in EQUALITIES and self._restated_quantity(pr, e0, sides, rels, why):
            return  # prove57 (._restated_quantity): P(Y = 1 | D) = R2 after P(Y = 1 | D) = R1
        if why:
            self._note_quantity_value(pr, e0, sides, rels)
            self._remember(*sides)
            self._link(pr, LinkPlan(r1, UNCHECKED if "argmax" in why else UNRELATED, reason=why))
            self.cur = _Cur()
            if len(rels) > 1:
                # Var(hat lambda) >= 1/(n I(lambda)) = lambda/n: Var has no value, but the
                # links after it are claims of their own (each from the side it starts at)
                self._rest(pr, sides, rels, 1)
            return
        if r1 in PROPORTIONAL and self._bayes_chain(pr, sides, rels):
            return  # hook of ._bayes: p(mu | y) \propto p(y | mu) p(mu)
        if r1 in PROPORTIONAL and sides[1] is not None:
            self._proportional_chain(pr, e0, sides[1], r1)
            self._rest(pr, sides, rels, 1)
            return
        if r1 not in EQUALITIES and r1 not in INEQUALITIES:
            self._remember(*sides)
            self._link(pr, LinkPlan(r1, UNCHECKED, reason=_relation_reason(r1)))
            # a row after it goes on from its right side, never from the line before it
            # (see ._rewrites.RewriteLinks._past_unchecked)
            self._past_unchecked(pr, sides[1] if len(sides) == 2 else None)
            return
        e1 = sides[1]
        zero = _is_zero(e1) or _is_zero(e0) or r1 == "=set"
        head = self._is_head(e0) or (isinstance(e0, sp.Symbol) and e0 in self.names.defined)
        # external36: ``s^2 = R`` under another heading than the ``s^2 = R'`` that gave ``s``
        # its value is weighed as a letter's restatement is (``._rewrites``), not compared
        head = head or (r1 in EQUALITIES and not zero and self._square_under_new_heading(pr, e0))
        if r1 in EQUALITIES and head and not zero and self._rearranged(e0, e1):
            self._remember(*sides)
            name = str(e0.func)
            why = (
                f"{name} on both sides with the equation of line {self.cur.line} in mind: the "
                f"row rearranges that equation, it does not restate {name}'s value, and "
                f"equations in {name} at two arguments are not checked"
            )
            self._link(pr, LinkPlan(r1, UNCHECKED, reason=why))
            self.cur = _Cur()
            return
        if r1 in EQUALITIES and head and not zero:
            self._head(pr, e0, e1, r1)
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and zero:
            if self._vanishes_identically(e0, e1):
                # d/db (-n log 2) = 0: no condition on b but an identity, checked from the
                # derivative's side (0 = d/db ... too)
                self._identity(pr, *((e1, e0) if _is_zero(e0) else (e0, e1)), r1)
            elif head or self._is_head(e1) or e0.atoms(sp.Derivative) or e1.atoms(sp.Derivative):
                self._first_order(pr, e0, e1)
            else:
                self._zero_equation(pr, e0, e1, r1)
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and estimate_of(e0) is not None and _constant(e1):
            # \hat{\mu} = (66.75 + ...)/10: the estimate computed from the data.
            self._remember(e0, e1)
            step = self._given(pr, e1)
            self.cur = _Cur("expr", step, e1, self._row_index, None, pr.row.line)
            self._link(
                pr,
                LinkPlan(
                    r1,
                    DEFINITION,
                    step=step,
                    reason=f"{_latexish(e0)} computed from the data; taken as given",
                    how="puts in the data",
                ),
            )
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and (e0.atoms(sp.Derivative) or e1.atoms(sp.Derivative)):
            # d/dx (...) = ...: a computation, checked as an identity.
            self._identity(pr, e0, e1, r1)
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and self._estimating_equation(pr, e0, e1, r1):
            self._rest(pr, sides, rels, 1)
            return
        related = self.cur.kind == "eq" and (_symbols(e0) | _symbols(e1)) & _symbols(self.cur.expr)
        if r1 in EQUALITIES and (related or _has_estimate(e0) or _has_estimate(e1)):
            self._equation(pr, sp.Eq(e0, e1, evaluate=False), "<=>")
            self._rest(pr, sides, rels, 1)
            return
        if r1 in INEQUALITIES:
            self._inequality(pr, e0, r1, e1)
            self._rest(pr, sides, rels, 1)
            return
        # The post's parameters too (a derivative by phi_0 named only in the prose: "take
        # dL/dphi_0 and set it to zero" then (T-2) phi_0 = sum (r_t - phi_2 r_{t-2})).
        written = _symbols(e0) | _symbols(e1)
        params = (written & self.variables) | _constrained(
            e0, e1, written & (self.parameters | self.solved)
        )
        if params and self._sets_a_derivative_to_zero(pr, e0, e1):
            # "Setting l'(theta) = 0:" then sum x_i / theta = (n - sum x_i)/(1 - theta).
            self._rest(pr, sides, rels, 1)
            return

        if params and not (e0.atoms(sp.Derivative) or e1.atoms(sp.Derivative)):
            # An equation in a parameter the post differentiates by may be a condition
            # (n/lambda = sum x_i holds at one lambda) or an identity: checked as an
            # identity, and if it fails it is not refuted (see LinkPlan.condition).
            before = self.cur
            self._identity(pr, e0, e1, r1, equation=True)
            if self._row.links and self._row.links[-1].kind == STEP:
                names = ", ".join(sorted(_latexish(v) for v in params))
                self._row.links[-1].condition = names
                self._from_equation_before(pr, before, e0, e1, r1)  # RELATE16
                self._keep_as_equation(pr, e0, e1, r1)
            else:
                self._roots_from_equation_before(pr, before, e0, e1, r1)
            self._rest(pr, sides, rels, 1)
            return
        if r1 in EQUALITIES and self._in_terms_of_itself(e0, e1):
            # beta = alpha/ybar - alpha where ybar = alpha/(alpha + beta): an equation in
            # beta. Once the names are resolved it may hold identically (proved); if not, it
            # is a condition on beta, not refuted (see LinkPlan.condition).
            self._identity(pr, e0, e1, r1)
            if self._row.links and self._row.links[-1].kind == STEP:
                self._row.links[-1].condition = _latexish(e0)
            self._rest(pr, sides, rels, 1)
            return
        if (
            self._arrow_after
            or isinstance(e0, (sp.Symbol, sp.Indexed))
            or isinstance(e1, (sp.Symbol, sp.Indexed))
            or self._states_a_power_of_a_name(e0, e1)
        ):
            # attack61: "A = B \iff C = D" calls A = B an equation (one equivalent to another,
            # or implying it), not an identity to refute where it fails.
            # "Sigma = S/N" is a definition or a condition, never an identity; so is
            # "y-bar_1 = alpha beta" (a sample moment equated with the model's).
            self._equation(pr, sp.Eq(e0, e1, evaluate=False), "<=>")
            self._rest(pr, sides, rels, 1)
            return
        unread = self._unread_just_above(pr)
        self._identity(pr, e0, e1, r1)
        if unread and len(rels) == 1:
            self._equation_after_unread(pr, e0, e1, unread)
        if pr.row.index == 0 and said_an_equation(pr.row.prose):
            # attack61: "The equation to solve is": an identity where it holds, a condition on
            # its letters where it fails (never refuted), as an equation in a parameter is
            link = self._row.links[-1] if self._row.links else None
            if link is not None and link.kind == STEP and not link.condition:
                link.condition = ", ".join(
                    sorted(_latexish(v) for v in _symbols(e0) | _symbols(e1))
                )
        self._rest(pr, sides, rels, 1)

    def _declined_in(self, pr: ParsedRow) -> str:
        """Why a row that uses a letter a sentence gave a value the reader did not take (it had
        seen the letter before: ``self.declined``) is not refuted; "" when it uses none."""
        if not self.declined:
            return ""
        used: set = set()
        for st in pr.statements:
            for side in st.sides:
                if isinstance(side, sp.Basic):
                    used |= side.free_symbols
        for s, line in self.declined.items():
            if s in used and line < pr.row.line:
                return (
                    f"{_latexish(s)} is given a value in a sentence (line {line}) after rows had "
                    "used it; the reader did not take it, so a difference is no refutation"
                )
        return ""

    def _section_laws(self, section: str) -> dict:
        """external53 (CRLB exercises, line 100): the laws that hold under ``section``
        (``SectionSupports.holds``): Exercise 1's ``X \\sim Bernoulli(p)`` does not under
        Exercise 2, which declares ``X_1, \\ldots, X_n \\sim \\mathcal{N}``. A law no row
        declares (a density's, one said in words) still holds everywhere. laws67: a variable
        the whole post gives no law (declared with two) takes the one its heading's scope
        declares (``._section_stated.ScopedLaws``)."""
        laws = self.all_laws
        if section not in self._laws_by_section:
            here = laws
            if laws and self.sectioned.scope(section):
                here = copy.copy(laws)  # a Laws keeps what the post says of its samples
                for v in list(here):
                    if not self.sectioned.holds(section, self.law_sections.get(v, set())):
                        del here[v]
            scoped = getattr(self, "scoped_laws", None)
            if scoped is not None:
                # lead67: a sentence there that names the letter another family, unread
                here = scoped.contradicted(section, scoped.added(section, laws, here))
            self._laws_by_section[section] = here
        return self._laws_by_section[section]

    def _unread_just_above(self, pr: ParsedRow) -> str:
        """Why the row may be an equation that follows from the row right above it, which
        the reader could not read (same heading, no prose between); "" when it is not."""
        unread = self.cur
        if unread.kind != "unreadable" or unread.row is None or pr.row.sentence:
            return ""
        above = self.plans[unread.row].parsed.row
        if above.section != pr.row.section or pr.row.prose.strip() and pr.row.block != above.block:
            return ""
        return (
            f"the line above (line {above.line}) could not be read: the row may be an equation "
            "that follows from it, so as an identity it can only be proved, never refuted"
        )

    def _equation_after_unread(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, why: str) -> None:
        """external53 (Obsidian note, lines 31-33): ``A = B`` right after an unread row was
        checked as an identity and refuted, and so was the row rearranging it; both are
        equations from the unread row. The identity is prove-only (``LinkPlan.fallback``)
        and the rows after it are equation steps from ``A = B``."""
        link = self._row.links[-1] if self._row.links else None
        if link is None or link.kind != STEP:
            return
        link.fallback = link.fallback or why
        eq, _ = self.names.resolve(sp.Eq(e0, e1, evaluate=False))
        if isinstance(eq, sp.Equality) and not is_matrix(eq.lhs):
            step = self._given(pr, eq, note="helper-anchor")
            self.cur = _Cur("eq", step, eq, self._row_index, None, pr.row.line)

    def _sets_a_derivative_to_zero(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic) -> bool:
        """``A = B`` whose ``A - B`` is a multiple of a derivative the post computed (by a
        factor free of the samples and the variable): that derivative set to zero with
        terms moved across, an equation step from ``D = 0``. Such a row is never an
        identity (the derivative is not zero everywhere), so it is not checked as one."""
        if e0.atoms(sp.Derivative) or e1.atoms(sp.Derivative):
            return False
        eq = sp.Eq(e0, e1, evaluate=False)
        resolved, _ = self.names.resolve(eq)
        if resolved is None or not isinstance(resolved, sp.Equality) or is_matrix(resolved):
            return False
        found = self._derivative_for(resolved, proportional_only=True)
        if found is None:
            # Not a multiple of one, but the prose says the row sets a derivative to zero.
            found = self._prose_foc(pr, resolved)
        if found is None:
            return False
        derivative, line, text = found
        if is_matrix(derivative) or _is_zero(derivative):
            return False
        if self._untied(pr, "=", derivative) is not None:
            return True
        foc = sp.Eq(derivative, 0, evaluate=False)
        h = self._given(pr, foc, note="helper-foc")
        self.cur = _Cur("eq", h, foc, self.cur.row, None, line)
        self._equation(pr, eq, "<=>", how=f"sets {text} (line {line}) to zero")
        return True

    def _after_general(self, pr: ParsedRow, sides: list, rels: list[str]) -> None:
        """The links after a general first link (``argmax L = argmax log L = argmin L``): each
        is a claim of the row too, read by the general rules or as any link; the row was
        judged by its first link alone, and that chain was proved."""
        for k in range(1, len(rels)):
            left, right = sides[k], sides[k + 1]
            if rels[k] not in EQUALITIES or left is None or right is None:
                self._rest(pr, sides, rels, k)
                return
            if not self._general(pr, left, right, rels[k]):
                self._rest(pr, sides, rels, k)
                return

    def _general(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> bool:
        """The general rows of :mod:`._general` (argmax, a data set's density, naming)."""
        claim = argmax_identity(e0, e1)
        if claim is not None:
            self._remember(e0, e1)
            step = self._mk(pr, claim, "identity", "start", params={"rule": "argmax-log"})
            i = self._add(step, pr.row.line)
            how = "argmax unchanged by the logarithm (log is increasing; f > 0)"
            self._link(pr, LinkPlan(rel, STEP, step=i, how=how, written=claim))
            self.cur = _Cur()
            return True
        pair = data_set_density(e0, e1)
        if pair is not None:
            self._remember(e0, e1)
            prev, written = pair
            h = self._anchor(pr, prev)
            i = self._add(self._mk(pr, written, "auto", "="), pr.row.line)
            how = (
                "reads the density of the data set as the product of the points' densities "
                "(the samples i.i.d., a premise)"
            )
            self._link(pr, LinkPlan(rel, STEP, step=i, how=how, compared=h, written=written))
            self.cur = _Cur()
            return True
        reason = parameter_naming(e0, e1)
        if reason:
            self._remember(e0, e1)
            self._link(pr, LinkPlan(rel, DEFINITION, reason=reason))
            self.cur = _Cur()
            return True
        return False

    def _domain_statement(self, sides: list, rels: list[str]) -> bool:
        """``x_m > 0``, ``0 \\le p \\le 1``: a statement about the domain, not a computed claim."""
        if not all(r in INEQUALITIES for r in rels):
            return False
        for s in sides:
            if s is None:
                return False
            if s.atoms(sp.Derivative, sp.Sum, sp.Product, Named, NamedApplied):
                return False
        return any(isinstance(s, (sp.Symbol, sp.Indexed)) for s in sides)

    def _named_by_log(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic) -> bool:
        r"""``\ln L = R`` with ``L`` first written here: ``L`` is ``e^R``.

        A post that names its likelihood only by its log gives ``L`` no value of its
        own, and ``d ln L / d theta`` would be the derivative of a constant. Giving
        ``L`` the value ``e^R`` (a positive likelihood) makes its derivatives those of
        ``R``. The link is a definition (taken as given, never "proved": it is its own
        source); the rest of the row continues from ``R``.
        """
        if not (isinstance(e0, sp.log) and isinstance(e0.args[0], sp.Symbol)):
            return False
        s = e0.args[0]
        if (
            # (first written in this row, or only in a distribution statement, is first
            # written: y_i ~ Poisson(lambda_i), log(lambda_i) = beta^T x_i, the link function
            # of a regression)
            (s in self.seen and s not in self.row_seen and s not in self.stated_only)
            or s in self.names.defined
            or s in self.variables
            or not s.is_commutative
            or estimate_of(s) is not None
            or e1.has(s)
        ):
            return False
        if is_matrix(e1):
            # log(lambda_i) = beta^T x_i: a number (a 1 x 1 product), read as such
            typed = as_matrix_number(e1)
            scalar = typed if typed is not None else as_scalars(e1)
            if scalar is None or (is_matrix(scalar) and not has_engine_matrices(scalar)):
                return False
            self._remember(e1)
            e1 = scalar
        value, _ = self.names.resolve(e1)
        if value is None or uncheckable(value) or undefined(value):
            return False
        self._remember(e0, e1)
        step = self._given(pr, value)
        self.names.define(s, Value(step, sp.exp(e1), line=pr.row.line, row=self._row_index))
        self.cur = _Cur("expr", step, value, self._row_index, None, pr.row.line)
        how = f"defines {s} by its log ({s} = e^R)"
        link = LinkPlan("=", DEFINITION, step=step, reason=f"{how}; taken as given", how=how)
        self._link(pr, link)
        return True

    def _densities_related(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic, rel: str) -> bool:
        """``p(z | x) = p(z, x) / p(x)``, ``p(z, x) = p(z | x) p(x)``: a density without a
        value written through the densities of the same letters under its letter (see
        ._density_laws). Proved as an instance of a law of probability when it is one, else
        not checked (``p(z | x) = p(z, x)`` defines nothing: it claims a relation the post's
        densities may not have). False when the row is not of that form."""
        if not isinstance(e0, NamedApplied) or self.names.has_value(e0):
            return False
        others = same_letter_calls(e0, e1)
        if not others:
            return False
        if density_law(e0, e1):
            # a law whatever the densities are; e0's value from here on is e1's (the values
            # the post gave the densities of e1 put in, when it gave them)
            self._remember(e0, e1)
            law = law_name(e0, e1)
            w, _ = self.names.resolve(e1)
            value = w if w is not None and not _why(w) else e1
            step = self._given(pr, value)
            # the value resolved now: a density of e1 may be given another value later
            self.names.set_quantity(e0, Value(step, value, line=pr.row.line, row=self._row_index))
            key = ("call", e0)  # the chain's later links give e0 its value
            self.cur = _Cur("expr", step, value, self._row_index, key, pr.row.line)
            how = f"{law}: the densities under the letter {e0.func} related"
            reason = f"{how} (where the densities it divides by are positive)"
            self._link(pr, LinkPlan(rel, OWN, step=step, verdict="proved", reason=reason, how=how))
            return True
        self._remember(e0, e1)
        through = ", ".join(shown(f) for f in others[:3])
        reason = (
            f"{shown(e0)} is written through {through}: under one letter, a conditional "
            "density and a joint one (or the bar elsewhere) are different functions; the row "
            "is no law of probability the reader knows and no definition, so it is not checked"
        )
        self.cur = _Cur()
        self._link(pr, LinkPlan(rel, UNCHECKED, reason=reason))
        return True

    def _starred_result(self, pr: ParsedRow, e0: sp.Basic, e1: sp.Basic) -> bool:
        """ "Solving for $\\lambda$: $\\lambda^* = R$" after the equation in ``lambda``: the
        root, checked as ``\\hat\\lambda = R`` is (an equation step), and ``\\lambda^*``'s
        value for the rows after it (catch59; held-out external9 techqa-pareto line 27).
        Not a starred name the post gave a value, nor a number (a true value fixed for a
        simulation), nor a value holding the letter itself (a shifted parameter)."""
        if self.cur.kind != "eq" or not self._is_fresh_name(e0) or not e1.free_symbols:
            return False
        letter = starred_letter(e0, _symbols(self.cur.expr))
        if letter is None or letter in _symbols(e1) or e1.has(e0):
            return False
        hat = sp.Symbol(f"hat_{letter.name}", real=True)
        if estimate_of(hat) is None or self.names.plain(hat) != letter:
            return False
        self._equation(pr, sp.Eq(hat, e1, evaluate=False), "<=>")
        value = Value(len(self.steps) - 1, e1, line=pr.row.line, row=self._row_index)
        self.names.set_quantity(e0, value)
        self._remember(e0)
        return True

    def _model_equation(self, pr: ParsedRow, e0: sp.Basic, e1: Any, rel: str) -> bool:
        """``y = X\\beta + \\varepsilon`` where a row declares ``\\varepsilon`` random: how the
        data arise, a premise of the model, not a value of the new name y (external50
        mlr-mle: read as y's value, d LL/d beta differentiated the data y and three correct
        rows were refuted). y stays the data; the row gives nothing a value."""
        if not isinstance(e0, sp.Symbol) or e1 is None or not isinstance(e1, sp.Add):
            return False
        if e0 in self.random_letters or e1.has(e0) or not self._is_fresh_name(e0):
            return False
        if not any(t in self.random_letters for t in e1.args):
            return False
        self._remember(e0, e1)
        why = (
            "the model equation: the data written with a random error the post declares "
            "(a premise of the model, not a value of the data); taken as given"
        )
        self._link(pr, LinkPlan(rel, DEFINITION, reason=why))
        return True

    def _recurrence(self, pr: ParsedRow, e0: sp.Basic, e1: Any, rel: str) -> bool:
        """``x_t = \\alpha x_{t-1} + w_t``: the term written by the same sequence at another
        index, how the sequence arises (a premise of the model), not a value of ``x_t``
        (external53, AR(1) notes: read as x_t's value, the operator form ``x_t = (1 -
        \\alpha B)^{-1} w_t`` was compared with it, x_{t-1} and B independent numbers, and
        refuted). Taken as given; it gives nothing a value and no row continues it."""
        term = _sequence_term(e0)
        if term is None or not isinstance(e1, sp.Basic) or e1.has(e0):
            return False
        atoms = e1.atoms(sp.Indexed) | e1.free_symbols
        # the same sequence at a shift of the same index (x_{t-1} beside x_t; not mu_0 beside
        # mu_n, a prior's mean in a posterior's)
        shifted = re.compile(re.escape(term[1]) + r"[+-]\d+")
        if not re.fullmatch(r"[A-Za-z]", term[1]) or not any(
            (t := _sequence_term(a)) and t[0] == term[0] and shifted.fullmatch(t[1]) for a in atoms
        ):
            return False
        self._remember(e0, e1)
        why = (
            f"a recurrence: {_latexish(e0)} written by the same sequence at another index "
            "(how the sequence arises, a premise of the model, not a value of the term); "
            "taken as given"
        )
        self._link(pr, LinkPlan(rel, DEFINITION, reason=why))
        # an implication in the same display solves it (external10 ircairns line 17:
        # "Y_N = theta Y_{N-1} + eps_N => eps_N = Y_N - theta Y_{N-1}"); a later display
        # starts afresh (._build.plan: RECURRENCE)
        eq = sp.Eq(e0, e1, evaluate=False)
        step = self._given(pr, eq, note="helper-anchor")
        self.cur = _Cur("eq", step, eq, self._row_index, None, pr.row.line)
        self.recurrence_rows.add(self._row_index)
        return True

    def _is_fresh_name(self, e: sp.Basic) -> bool:
        """A name the post has not given a value yet (so the row defines it)."""
        if isinstance(e, sp.Pow) and e.exp == 2 and isinstance(e.base, sp.Symbol):
            # \sigma_N^2 = R: a new name written squared (a posterior variance)
            # (a parameter of the model squared, gamma^2 = ybar/vbar, is an equation in it)
            return (
                e.base.is_commutative
                and e.base not in self.parameters
                and self._is_fresh_name(e.base)
            )
        if isinstance(e, (Named, NamedApplied)):
            if law_event(e, self.names.parameters, self.laws):
                return False  # SOUNDA: P(X <= 1) of a declared X has a value (._event_sums)
            return not self.names.has_value(e)
        if isinstance(e, sp.log) and isinstance(e.args[0], (Named, NamedApplied)):
            # \log L(\mu, \sigma^2) = ... in a post that never writes L itself.
            name = quantity_name(e.args[0])
            return not self.names.has_value(e.args[0]) and not self.names.quantities.get(
                f"log {name}"
            )
        if isinstance(e, sp.Symbol):
            if estimate_of(e) is not None or e in self.names.defined:
                return False
            if not e.is_commutative:
                return e not in self.seen and e not in self.variables
            if e not in self.seen:
                return True
            # A name used before but never given a value, and not a parameter the post
            # solves for: "H = k", "n = H + T" say what the name stands for.
            return e not in self.variables and self.cur.kind != "eq"
        return False

    def _states_a_power_of_a_name(self, e0: sp.Basic, e1: sp.Basic) -> bool:
        """``S_n^2 = R``: a power of a name with no value (a letter, or a letter with a
        subscript) stated equal to what does not hold the name. Like ``Sigma = S/N`` it is
        a definition or a condition, never an identity: compared as one, the name is drawn
        at random against ``R`` and the row refuted (held-out external59, imathworks line
        29: ``S_n^2 = (n sum Z_i^2 - (sum Z_i)^2)/(n(n - 1))`` after ``V(S_n^2)``). A name
        with a value (``S_i := ...``) is put in and compared as before."""
        if not (isinstance(e0, sp.Pow) and e0.exp.is_Integer and e0.exp > 1):
            return False
        base = e0.base
        if not isinstance(base, (sp.Symbol, sp.Indexed)) or e1.has(base):
            return False
        value, _ = self.names.resolve(base)
        other, _ = self.names.resolve(e1)
        return value == base and other is not None and not other.has(base)

    def _in_terms_of_itself(self, e0: sp.Basic, e1: sp.Basic) -> bool:
        """``beta = R`` where ``R``, its names resolved, still has ``beta``: an equation in
        ``beta`` (solved for it), never a definition of a new ``beta``."""
        if not isinstance(e0, sp.Symbol) or e0 in self.names.defined or e0 not in self.seen:
            return False
        value, _ = self.names.resolve(e1)
        return value is not None and e0 in _symbols(value)

    def _is_head(self, e: sp.Basic) -> bool:
        """Does ``e`` involve a named quantity (or its derivative) whose value the post gave?"""
        if e is None:
            return False
        return bool(e.atoms(Named, NamedApplied))

    # -- kinds of links ---------------------------------------------------------


#: A link's ``how`` that names the line it goes from ("sets the derivative by a of line 15
#: to zero", "rewrites the line above"): the row is checked as a step, not as its own equation.
_RELATES_TO_A_LINE = re.compile(r"\bline\b")


def _bare_expression(pr: ParsedRow) -> sp.Basic | None:
    """The expression of a display row that has one side and no relation sign (not a
    sentence's inline math), when arithmetic builds it (a sum, a product, a power: a
    result the rows above led to); None for any other row."""
    if pr.row.sentence or not pr.ok or len(pr.statements) != 1:
        return None
    st = pr.statements[0]
    if st.relations or len(st.sides) != 1 or not isinstance(st.sides[0], sp.Basic):
        return None
    e = st.sides[0]
    if not isinstance(e, (sp.Add, sp.Mul, sp.Pow)) or is_matrix(e):
        return None  # a quantity shown alone (log P(X | theta), a call): a name, no result
    return e


def _agree_at_a_point(a: sp.Basic, b: sp.Basic) -> bool | None:
    """Do ``a`` and ``b`` take one value at a random point (every call of a function the
    post leaves undefined read as a letter of its own, the same call the same letter)?
    None when they cannot be evaluated there. Only chooses whether a row is proved: it
    never refutes."""
    calls: dict[sp.Basic, sp.Dummy] = {}
    for f in sorted((a.atoms(AppliedUndef) | b.atoms(AppliedUndef)), key=sp.default_sort_key):
        calls[f] = sp.Dummy(f"call{len(calls)}")
    a, b = a.xreplace(calls), b.xreplace(calls)
    return satisfies(sp.Eq(a, b, evaluate=False), sp.Dummy(), sp.S.Zero)


def _argument_here(sides: list, fn: str, params: tuple) -> tuple | str:
    """The arguments a bare function name stands at in a row (see
    :meth:`_Builder._bare_functions`), or why the row leaves them open."""
    applied = {f.args for e in sides for f in e.atoms(NamedApplied) if str(f.func) == fn}
    if len(applied) == 1:
        return applied.pop()
    if applied:
        return f"the row applies {fn} to more than one argument"
    if not params:
        return f"the post defines {fn} without naming its argument"
    args = []
    for p in params:
        if not isinstance(p, sp.Indexed):
            args.append(p)
            continue
        letter = str(p.base.label)
        bare = {s for e in sides for s in _plain_letters(e) if s.name == letter}
        samples = {i for e in sides for i in e.atoms(sp.Indexed) if i.base == p.base}
        if bare and not samples and len(bare) == 1:
            args.append(bare.pop())  # \frac{\partial h}{\partial \theta_1} = ... x: h(x)
        elif not bare and len(samples) <= 1:
            args.append(samples.pop() if samples else p)
        else:
            return f"the row writes both {letter} and samples of it"
    return tuple(args)


def _plain_letters(e: sp.Basic) -> set:
    """The symbols a line writes as themselves (``x``), not as the label of a sample
    (``x`` of ``x_i``, which sympy counts among ``x_i``'s free symbols)."""
    if isinstance(e, sp.Indexed):
        return set().union(*(_plain_letters(i) for i in e.indices))
    if isinstance(e, sp.Symbol):
        return {e}
    return set().union(set(), *(_plain_letters(a) for a in e.args))


def over_limit(pr: ParsedRow) -> str:
    """Why the row is past a limit of :mod:`derivations._budget` ("" when it is not).

    Every side of every statement is measured as written (unevaluated), so a
    ``\\mu^{10^{10^{10}}}`` or ``\\frac{1}{10^{10^{10}}}`` is caught whatever the
    row turns out to claim: a definition or an unrelated row would otherwise carry
    it into a later step's cache key or comparison.
    """
    for st in pr.statements:
        for side in st.sides:
            if side is None:
                continue
            try:
                _budget.check(side)
            except _budget.OverBudget as exc:
                return f"not checked: over a limit ({exc})"
            except RecursionError:
                return "not checked: the row nests deeper than the limit the checker can follow"
    return ""


def within_limits(pr: ParsedRow) -> list[tuple[list, list[str]]]:
    """The runs of a row's chains that are within the limits, when some side is not.

    ``a = b \\approx c`` with ``a`` over a limit gives ``[([b, c], [approx])]``: each
    run of two or more consecutive sides within the limits, with the relations
    between them. Only statements whose relations are all equalities are split (an
    implication or inequality past a skipped side would change what is claimed).
    """
    runs: list[tuple[list, list[str]]] = []
    for st in pr.statements:
        sides, rels = list(st.sides), list(st.relations)
        if any(s is None for s in sides) or not rels:
            continue
        if any(r not in EQUALITIES or r in (":=", "=set") for r in rels):
            continue
        ok = []
        for side in sides:
            try:
                _budget.check(side)
                ok.append(True)
            except (_budget.OverBudget, RecursionError):
                ok.append(False)
        if all(ok):
            continue
        start = None
        for k in range(len(sides) + 1):
            if k < len(sides) and ok[k]:
                start = k if start is None else start
                continue
            if start is not None and k - start >= 2:
                runs.append((sides[start:k], rels[start : k - 1]))
            start = None
    return runs


def _assumptions(steps: Sequence[Step], covariances: frozenset = frozenset()) -> list[Assumption]:
    free: set[sp.Basic] = set()
    for s in steps:
        free |= {a for a in s.expr.free_symbols if isinstance(a, sp.Symbol)}
        free |= {i.base for i in s.expr.atoms(sp.Indexed)}
        for v in s.params.values():
            if isinstance(v, sp.Symbol):
                free.add(v)
    bases = {b for b in free if isinstance(b, sp.IndexedBase)}
    labels = {b.label for b in bases}
    out = [
        Assumption(sym, sign_words(), domain=sign_domain())
        if sym == SIGN
        else Assumption(sym, describe(sym))
        for sym in sorted(free, key=str)
        if sym not in labels
    ]
    return out + matrix_assumptions(steps, covariances)


def _law_covariances(rows: Sequence[ParsedRow]) -> frozenset:
    """Names of the matrices a post writes as the covariance of a normal law
    (``V`` of ``\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 V)``, ``P`` of ``N(0, P^{-1})``),
    and of those it equates with the inverse of one (``P = V^{-1}``, ``\\sigma^2 V = (\\tau
    P)^{-1}``): covariances and precisions, symmetric positive definite (external50 mlr-mle,
    where ``2 X^T P X \\beta`` as the derivative of ``\\beta^T X^T P X \\beta`` was refuted).
    Only capital Latin letters (the matrices of the post's notation) are taken."""

    def capitals(e: Any) -> set:
        return {
            x.name
            for x in getattr(e, "free_symbols", ())
            if isinstance(x, sp.Symbol) and len(x.name) == 1 and x.name.isupper()
        }

    statements = [st for pr in rows if pr.ok for st in pr.statements if len(st.sides) == 2]
    out: set = set()
    for st in statements:
        law = st.sides[1]
        if st.relations[:1] == ("~",) and isinstance(law, AppliedUndef) and len(law.args) == 2:
            if table_name(str(law.func)) in ("Normal", "\\mathcal{N}", "N"):
                out |= capitals(law.args[1])
    for _ in range(2):  # P = V^{-1}; sigma^2 V = (tau P)^{-1}
        for st in statements:
            if st.relations[:1] != ("=",):
                continue
            for a, b in (st.sides, st.sides[::-1]):
                inverse = isinstance(b, sp.Pow) and b.exp == -1
                if inverse and capitals(a) and capitals(a) <= out:
                    out |= capitals(b)
    return frozenset(out)


def _stated_law_symbols(rows: Sequence[ParsedRow]) -> frozenset:
    """Symbols a distribution statement writes its law in (``p`` of ``\\theta \\sim
    \\text{gamma}(r, p/(1-p))``), whether or not the reader knows the law."""
    return frozenset(
        s
        for pr in rows
        if pr.ok
        for st in pr.statements
        if st.relations[:1] == ("~",) and len(st.sides) == 2 and isinstance(st.sides[1], sp.Basic)
        for s in st.sides[1].free_symbols
        if isinstance(s, sp.Symbol)
    )


def _declared_random(rows: Sequence[ParsedRow]) -> frozenset:
    """The plain letters a distribution statement declares (``\\varepsilon`` of
    ``\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2)``), whether or not the reader knows the law."""
    return frozenset(
        st.sides[0]
        for pr in rows
        if pr.ok
        for st in pr.statements
        if st.relations[:1] == ("~",) and len(st.sides) == 2 and isinstance(st.sides[0], sp.Symbol)
    )


def _sequence_term(e: Any) -> tuple[str, str] | None:
    """``(letter, index)`` of a sequence's term: ``x[t - 1]`` read as indexed, or the symbol
    ``x_t - 1`` the reader names a subscripted letter by; None for anything else."""
    if isinstance(e, sp.Indexed):
        return str(e.base), ",".join(str(i) for i in e.indices).replace(" ", "")
    if isinstance(e, sp.Symbol) and not isinstance(e, Named):
        letter, sep, index = e.name.partition("_")
        if sep and letter and index:
            return letter, index.replace(" ", "").strip("{}")
    return None


def build(
    rows: Sequence[ParsedRow],
    *,
    name: str,
    title: str,
    source: str,
    ctx: Context | None = None,
) -> tuple[Derivation | None, list[RowPlan]]:
    """Relate every row; return the derivation (``None`` if no row was related) and the plans.

    Rows read only for the names they define (inline formulas in the prose) get no plan.
    """
    b = _Builder(ctx)
    b.parameters = post_parameters((st for pr in rows if pr.ok for st in pr.statements), b.ctx)
    b.names.parameters = b.parameters
    b.solved = solved_after_use((st for pr in rows if pr.ok for st in pr.statements), b.ctx)
    b.supports = stated_supports(rows)
    b.sectioned = SectionSupports(rows, b.supports)  # external53: each heading's own law
    b.vector_names = post_vectors(rows)  # MATRIX5: mu_k of x_n - mu_k, in rows that write it alone
    b.paragraphs = tuple(dict.fromkeys(pr.row.prose for pr in rows if pr.row.prose))
    b.opaque_names = OpaqueNames(  # OPAQUE8: undefined functions read as arbitrary ones
        [pr.row.text for pr in rows], [pr.row.prose for pr in rows if pr.row.prose]
    )
    with calling(b.ctx.called_densities):  # EXPECT5: "with density $f(x) = ...$" inline
        families = density_families(rows)
        laws = declared_laws(rows, families, b.ctx.conditioned, b.ctx.stated_laws, b.ctx.mean)
    b.laws = _without_numbers(laws, rows)
    b.laws.lower_bounds = b.ctx.lower_bounds  # moments66: alpha > 1 of E[1/X], stated
    b.all_laws = b.laws  # external53: each heading's own laws (._section_laws)
    b.law_sections = {}
    for pr, var, _ in law_statements(rows):
        b.law_sections.setdefault(var, set()).add(pr.row.section)
    b.scoped_laws = _scoped_laws(rows, b.ctx)  # laws67: each heading's own law, said or written
    b.said_model = said_model(rows, b.ctx.stated_laws, b.ctx.altered_data)  # lead5
    b._said_rows = rows  # estimate11: a model said of a parameter only its estimate names
    b.said_changed = said_law_changed(rows, b.ctx)  # SOUNDA (._said_data)
    b.names.law_symbols = frozenset(law_parameters(b.laws)) | _stated_law_symbols(rows)
    b.random_letters = _declared_random(rows)
    with evaluating(False):  # rows are built as written; one change of sympy's flag
        plans = [p for p in (b.plan(pr) for pr in rows) if p is not None]
    if not b.steps:
        return None, plans
    _unread_matrices_unchecked(plans, b.steps)
    settle_ranges(plans, b.steps)  # a value the prose defines on a range (_density_range)
    d = Derivation(
        name=name,
        title=title,
        assumptions=_assumptions(b.steps, _law_covariances(rows)),
        steps=b.steps,
        source=source,
        # A post's definitions say what its quantities are: their natural domains
        # (log(lambda) -> lambda > 0) hold for the rest of the post.
        infer_domains=True,
    )
    return d, plans


def _scoped_laws(rows: Sequence[ParsedRow], ctx: Context) -> ScopedLaws:
    """laws67: the laws each heading's scope declares, worked out as the whole post's are
    (``build``), from the scope's rows and sentences only; a parameter given a number
    anywhere in the post still takes its law away."""

    def compute(mine: list, said: tuple) -> Any:
        with calling(ctx.called_densities):
            laws = declared_laws(mine, density_families(mine), ctx.conditioned, said, ctx.mean)
        return _without_numbers(laws, rows)

    # the families a sentence names, as the laws write them ("Exp": "exponential (rate)")
    unread = {
        title: {
            letter: {w.family for name in names for w in LAWS.get(name, (0, ()))[1]}
            | {name.lower() for name in names}  # Weibull, Pareto: no moments in LAWS
            for letter, names in named.items()
        }
        for title, named in ctx.section_unread.items()
    }
    return ScopedLaws(rows, ctx.section_stated, declaring_sections(rows), compute, unread)


def _unread_matrices_unchecked(plans: list[RowPlan], steps: list[Step]) -> None:
    """A link whose line, or the line it is compared with, holds the placeholder of a matrix
    expression that cannot be reduced to numbers is unchecked, not compared: two placeholders
    are not equal values, nor a placeholder and a number different ones (adversarial set 8:
    det A = tr A proved, det Sigma = sigma^4 refuted of a written matrix)."""
    for plan in plans:
        for link in plan.links:
            if link.kind == STEP and link.step is not None and _holds_unread(steps, link.step):
                link.kind = UNCHECKED
                link.reason = _MATRIX_REASON


def _holds_unread(steps: list[Step], i: int) -> bool:
    """Does step ``i``, or the step it follows (unless it starts a chain), hold the placeholder?"""
    compared = [i] if steps[i].relation == "start" or i == 0 else [i - 1, i]
    return any(_UNREAD in steps[k].expr.free_symbols for k in compared)


__all__ = [
    "RowPlan",
    "LinkPlan",
    "build",
    "DEFINITION",
    "UNRELATED",
    "UNPARSED",
    "UNCHECKED",
    "STEP",
    "OWN",
    "same_shape",
    "ArgMax",
]


def _is_data(value: sp.Basic, symbols: set, params: set) -> bool:
    """A quantity of the data: free of the parameters, and a sample mean (``\\bar y``,
    ``\\bar y_1``) or written in the samples (``\\frac{1}{n} \\sum y_i^2``)."""
    if symbols & params:
        return False
    if any(str(f.func) == INDICATOR for f in value.atoms(AppliedUndef)):
        return False  # READ6: a count by an indicator (sum_i 1{y_i = 0}) is left unchecked
    if value.atoms(sp.Indexed):
        return True
    return any(isinstance(s, sp.Symbol) and s.name.startswith("bar_") for s in symbols)


def _add_refutation(
    plan: RowPlan, pr: ParsedRow, why: str, where: str, counterexample: Any
) -> None:
    """laws28: a link refuting the row's density against ``where`` (a law, a named family),
    added after the row's own links; the row keeps its definition."""
    refuting = LinkPlan(
        pr.statements[0].relations[0],
        OWN,
        verdict="refuted",
        reason=why,
        how=f"weighed against {where}",
        counterexample=counterexample,
    )
    kind = plan.kind
    plan.links = [*plan.links, refuting]
    plan.kind, plan.reason, plan.how = _summary(plan.links)
    plan.kind = DEFINITION if kind == DEFINITION else plan.kind


def _computed_matrix(e: sp.Basic) -> bool:
    """A matrix a sentence computes from the data, which is then the value of its name
    ("Let $S = \\sum_i (x_i - \\mu)(x_i - \\mu)^T$ be the scatter matrix", $S = X^T X$): a sum
    or a transpose in it, and no noise term. "Let $y = X\\beta + \\varepsilon$" says how the
    data arise; read as y's value it made RSS(beta) = e^T e and refuted a correct gradient."""
    return (
        e.is_commutative is False and bool(e.atoms(sp.Sum) or e.atoms(Transposed)) and not _noise(e)
    )


def _noise(e: sp.Basic) -> bool:
    """Does ``e`` hold a noise term (``\\varepsilon``, ``\\epsilon_i``), as a model equation
    does?"""
    names = {str(a.base.label) for a in e.atoms(sp.Indexed)}
    names |= {s.name for s in e.free_symbols if isinstance(s, sp.Symbol)}
    return any(n.startswith(("epsilon", "varepsilon")) for n in names)


def _without_numbers(laws: dict, rows: Sequence[ParsedRow]) -> dict:
    """The declared laws none of whose parameters the post gives a number (``\\lambda = 2``
    on a row or in a sentence): the rows would read the name at that number and the law at
    any value, and a claim for every rate would be compared at one."""
    numbered = set()
    for pr in rows:
        if not pr.ok:
            continue
        for st in pr.statements:
            for k, rel in enumerate(st.relations):
                a, b = st.sides[k], st.sides[k + 1]
                if rel in EQUALITIES and isinstance(a, sp.Symbol) and _is_number(b):
                    numbered.add(a)
                if rel in EQUALITIES and isinstance(b, sp.Symbol) and _is_number(a):
                    numbered.add(b)
    for v in [v for v, law in laws.items() if any(a.free_symbols & numbered for a in law.args)]:
        del laws[v]  # the same mapping, with what it says of the samples kept
    open_laws = getattr(laws, "conventions", None)
    if open_laws:  # moments29: the same for laws whose conventions are left open
        laws.conventions = {
            v: ls
            for v, ls in open_laws.items()
            if not any(a.free_symbols & numbered for a in ls[0].args)
        }
    if getattr(laws, "fixed", None):  # EXPECT17: a parameter given a number is not one
        laws.fixed = frozenset(laws.fixed) - numbered
    return laws


def _is_number(e: Any) -> bool:
    return isinstance(e, sp.Basic) and e.is_number


def _special_case(sides: list, rels: list[str]) -> str:
    """``p = 1/2`` (a symbol given a number), as written, or ""."""
    if len(rels) != 1 or rels[0] not in EQUALITIES or not isinstance(sides[0], sp.Symbol):
        return ""
    value = sides[1]
    if not isinstance(value, sp.Basic) or not value.is_number:
        return ""
    return f"{sides[0]} = {value}"


def _data_side(eq: sp.Basic, params: set) -> sp.Basic | None:
    """The side of ``eq`` that is a quantity of the data (see :func:`_is_data`) when the
    other holds a parameter: the equation is an estimating equation; None otherwise."""
    if not isinstance(eq, sp.Equality) or is_matrix(eq):
        return None
    for data, model in ((eq.lhs, eq.rhs), (eq.rhs, eq.lhs)):
        if _is_data(data, _symbols(data), params) and _symbols(model) & params:
            return data
    return None


def _data_quantities(e: sp.Basic) -> set:
    """The quantities of the data ``e`` is written in: each sum whole (``\\sum x_i y_i`` and
    ``\\sum y_i`` are two, though they share a sample), and the samples and names outside
    the sums (see :func:`_data_atoms`)."""
    sums = e.atoms(sp.Sum)
    outside = e.xreplace({t: sp.Integer(1) for t in sums}) if sums else e
    return set(sums) | _data_atoms(outside)


def _sums_and_means(quantities: set) -> set:
    """The sums and sample means (``bar_y``, ``bar_y[2]``) among data quantities: what an
    equation of a system equates with the model's, unlike a size (``n``) or a sample."""

    def mean(q: sp.Basic) -> bool:
        name = q.base.label if isinstance(q, sp.Indexed) else q
        return isinstance(name, sp.Symbol) and name.name.startswith("bar_")

    return {q for q in quantities if isinstance(q, sp.Sum) or mean(q)}


def _only_data(e: sp.Basic) -> bool:
    """Is ``e`` written in the data alone: sums, samples, means and the sizes the sums run
    to? A letter besides (``\\bar y - a \\bar x``, ``a`` solved for but not a parameter
    of the reader's) makes the row after it a step that may put that letter's value in."""
    sizes = {lim for t in e.atoms(sp.Sum) for *_, lim in t.limits}
    return all(
        not isinstance(q, sp.Symbol) or q in sizes or q.name.startswith("bar_")
        for q in _data_quantities(e)
    )


def _data_atoms(e: sp.Basic) -> set:
    """The samples and names of ``e``: ``bar_y[1]`` and ``bar_y[2]`` are two quantities."""
    indexed = e.atoms(sp.Indexed)
    labels = {a.base.label for a in indexed}
    return indexed | {s for s in e.atoms(sp.Symbol) if s not in labels}


#: ATTACK37: why an equation after a condition word is given (:func:`_equation_condition`).
_UNDER_CONDITION = (
    "the condition the row is stated under (it follows a condition word); taken as given, "
    "never checked as following from the statement before it"
)


def _equation_condition(st: ParsedStatement) -> bool:
    """Is ``st`` an equation after a condition word (``x = 2 \\quad \\text{for } x^2 =
    4``) or a reason word (``\\text{since }``, ``._parse._condition_statements``)? It is
    what the row holds under, or rests on: checked as following from ``x = 2`` it was proved
    (adversarial set 29, 57), the wrong direction. A condition's row is not refuted without
    it; a reason's is (the reason is a fact, ``d/d\\lambda \\log\\lambda = 1/\\lambda``, no
    restriction: adversarial set 5, 75). A condition of order signs (``x > 0``) is a domain,
    read as before."""
    return bool(st.condition) and any(r in EQUALITIES for r in st.relations)


def _said_under_another_heading(used: list, row: Any) -> str:
    """Why a row's failure is no refutation when it was compared through a value a sentence
    gave under another heading than the row's ("" when none was): notes on several families
    give each its own ``B(y)`` in words, and the later section's ``B(y)`` is its own (held-out
    external16 felixclark line 264 was refuted through the Poisson section's)."""
    for name, value in used:
        if value.section != row.section:
            return (
                f"it puts in the value a sentence gave {_latexish(name)} under another heading "
                f"(line {value.line}), which may mean another function here"
            )
    return ""


def _no_refutation(links: list[LinkPlan], why: str) -> None:
    """A row that may rest on a line the reader could not read: each link that fails is
    unchecked with ``why``, never refuted; one that holds is still proved."""
    for link in links:
        if link.kind == STEP and not link.disputed:
            link.disputed = why
        elif link.kind == OWN and link.verdict == "refuted":
            link.kind, link.verdict, link.counterexample = UNCHECKED, "", None
            link.reason = f"{link.reason}; but {why}"
