"""The plan of a row: its links, what each claims, and the line the next row continues.

Shared by the row builder (:mod:`._build`) and its two halves, :mod:`._rewrites`
(definitions, rewrites, restatements of named quantities) and :mod:`._equations`
(first-order conditions, equation steps, estimates), and by :mod:`._verdicts`.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING, Any

import sympy as sp

from .._forms import evaluated
from ._arith import identically_equal
from ._resolve import GENERIC_FUNCTIONS, estimate_of, quantity_name, uncheckable, undefined
from ._sign_letter import SOLVED_INTO_SIGN, PlusMinus
from ._tosympy import Named, NamedApplied

if TYPE_CHECKING:
    from ._parse import ParsedRow

DEFINITION = "definition"
UNRELATED = "unrelated"
UNPARSED = "unparsed"
UNCHECKED = "unchecked"
STEP = "step"
OWN = "own"  # a link the reader weighs itself (arithmetic, a sign)


@dataclasses.dataclass
class LinkPlan:
    """What became of one link of a row.

    Attributes
    ----------
    relation : str
        The relation as written (``"="``, ``"<=>"``, ``"<"`` ...).
    kind : {"step", "definition", "unrelated", "unchecked", "own"}
    step : int or None
        The step that carries the link's claim.
    helpers : list of int
        Steps added for the link that are not claims of the post.
    reason, how : str
    verdict : str
        For ``kind="own"``: the reader's verdict.
    counterexample : dict or None
        For ``kind="own"``: the values that disagree.
    matrix : bool
        The step reads vectors and matrices as numbers (1x1): it can refute, not prove.
    compared : int or None
        Step the claim is compared with (for a second look when that line is refuted).
    written : sympy expression or None
        The claim as compared (for that second look).
    """

    relation: str
    kind: str
    step: int | None = None
    helpers: list[int] = dataclasses.field(default_factory=list)
    reason: str = ""
    how: str = ""
    verdict: str = ""
    counterexample: dict | None = None
    matrix: bool = False
    #: why the lines have no matrix reading (a number added to a matrix), for the report
    shapes: str = ""
    compared: int | None = None
    written: Any = None
    step_relation: str = "="
    #: the letter a row gives only through its square (``T^2 = R``, its sign unsaid): a
    #: counterexample that draws it is no refutation (``._square_letters``)
    square_of: str = ""
    params: dict = dataclasses.field(default_factory=dict)
    #: A link of the reason after ``\\because``, not of the row's claim: only its
    #: refutation counts for the row.
    because: bool = False
    #: An identity that may be meant as a condition (an equation in a parameter):
    #: if it fails as an identity, it is not refuted but left unchecked.
    condition: str = ""
    #: Checked up to a constant or a factor (:mod:`._upto`): its step compares
    #: derivatives, so a second look cannot compare it with another line as written.
    upto: bool = False
    #: If the step holds: why the row is still only unchecked (it drops a constant
    #: the line above carries, so it holds only for a suitable value of it).
    suitable: str = ""
    #: If the step fails: why that is not a refutation (it disagrees with a
    #: definition, which is never checked itself).
    disputed: str = ""
    #: catch60 (._point_mass): the step's sums over ranges the post never states have
    #: summands free of their index, and it fails for every length of them: the rule that
    #: such ranges never refute (._unstated_ranges) does not apply to it.
    every_length: bool = False
    #: Prove-only (a row compared with the line before an unread row): if the step is
    #: not proved, the link is unrelated with this reason, whatever the engine found.
    fallback: str = ""
    #: Steps that settle a dispute: when all are proved (the prose's estimate is a
    #: root of the post's own derivative), a failing step is refuted after all.
    settles: list[int] = dataclasses.field(default_factory=list)
    #: The row compared with the other equations of a system given together:
    #: ``(step, line)`` of each. The row is proved if it follows from one of them;
    #: if it follows from none alone it is not refuted (the system as a whole might
    #: imply it, and that is not checked).
    alternatives: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    #: PROVE-ONLY alternatives (RELATE16, ._unread_equation): ``(step, line)`` of the row
    #: compared with an equation further up. The link is proved if one of them is proved;
    #: any other outcome of them (plausible, refuted) changes nothing. In place of the
    #: line, the words saying what the proof rests on (CASCADE62, ._rewrites._congruent).
    proved_by: list[tuple[int, int | str]] = dataclasses.field(default_factory=list)
    #: The same claim checked in another reading of the row: ``(step, what)`` of each
    #: (``f(y | lambda) \\propto ...`` in lambda, when the row was checked in y). The link
    #: is proved if one reading proves it, refuted only if every reading refutes it.
    readings: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    #: An equation step checked as following from the line above (``=>``): the same
    #: comparison both ways (``<=>``). If that is refuted the row follows but adds a root,
    #: and is unchecked rather than proved (see ``_verdicts``).
    converse: int | None = None
    #: The claim compared again with letters the line above holds and the written line
    #: drops put in at the values the post solved for them (``(step, what)``, see
    #: ``._solved_letters``): proved if that comparison is, refuted only if both are.
    substituted: list[tuple[int, str]] = dataclasses.field(default_factory=list)
    #: The row (index in the plans) that gave the value this link restates or
    #: differentiates: if that row is refuted, the comparison says nothing about this
    #: one (see ``_verdicts.after_refuted_values``); -1 when none.
    value_row: int = -1
    #: An OWN link that weighs two numbers itself (``._rewrites._own_arith``): refuted, it
    #: disagrees with the row above like a step, and is no refutation when that row is not
    #: established (``._verdicts.second_look``; catch64).
    arith: bool = False
    #: The variables the link differentiates that row's value by (``()``: compared with
    #: it as written): a mistake there that the derivative removes does not matter.
    value_by: tuple = ()
    #: The rows whose results gave the estimates the link puts in (``mu`` at ``\\hat\\mu``):
    #: if one is refuted, a difference there says nothing of this link (see
    #: ``_verdicts.after_refuted_estimates``; catch59).
    estimate_rows: tuple = ()
    #: A result stated before (or without) the rows that derive it (unchecked; ``written``
    #: is its equation): a later proved derivation of the same value proves it (see
    #: ``_verdicts.derived_later``).
    stated_result: bool = False


@dataclasses.dataclass
class RowPlan:
    """What became of one row.

    Attributes
    ----------
    parsed : ParsedRow
    kind : {"step", "definition", "unrelated", "unparsed", "unchecked"}
    links : list of LinkPlan
    reason, how : str
    pred : int or None
        Index (in the plans) of the row this row continues.
    continues : bool
        The row's first link is compared with ``pred`` directly (``&= R``, an equation step).
    """

    parsed: ParsedRow
    kind: str
    links: list[LinkPlan] = dataclasses.field(default_factory=list)
    reason: str = ""
    how: str = ""
    pred: int | None = None
    continues: bool = False
    weak: bool = False
    notes: list[str] = dataclasses.field(default_factory=list)
    #: rows (indices) whose values the reader put into this row's sides
    rests_on: tuple[int, ...] = ()

    @property
    def line(self) -> int:
        return self.parsed.row.line

    @property
    def step(self) -> int | None:
        for link in self.links:
            if link.step is not None and link.kind == STEP:
                return link.step
        return None

    @property
    def helpers(self) -> list[int]:
        return [h for link in self.links for h in link.helpers]


@dataclasses.dataclass
class _Cur:
    """The line the next row may continue."""

    kind: str = "none"  # "none", "unreadable", "expr", "eq"
    step: int | None = None
    expr: Any = None
    row: int | None = None
    key: Any = None  # the quantity a rewrite chain is about
    line: int = 0
    #: estimate -> the parameter it was read as (``\\hat\\beta_1`` as ``\\beta_1``) by the
    #: equation this line comes from; the links that rewrite it are read the same way
    reading: dict = dataclasses.field(default_factory=dict)
    #: For ``kind="unreadable"``: what became of that row, for the rows after it.
    unread: str = "could not be read"
    #: For ``kind="unreadable"``: ``(value, line, how)`` of the last line read in a chain
    #: of equalities the unread row is a link of (see ._unread_anchor); None if none.
    anchor: tuple | None = None
    #: For ``kind="unreadable"`` (and the lines of the rows after it that are compared with
    #: it, see ._unread_equation): the equation in mind before the unread row, which a
    #: later equation may follow from (RELATE16). None if there was none.
    eq_before: Any = None
    #: The equation of the row just above when that row was compared the same way (an
    #: equation in the parameters, as an identity that need not hold): a second equation
    #: the row may follow from (lead66, ._unread_equation._keep_as_equation).
    eq_last: Any = None
    #: For ``kind="eq"``: the equations given together as premises (both score
    #: equations set to zero, two moment equations) that this equation stands on; a
    #: row may continue any of them ("from the first equation").
    system: tuple = ()
    #: For ``kind="eq"``: the equation is a sentence's claim ("We note that $\\sqrt{x^2} =
    #: x$"), or a row that follows from one: no condition the rows after it may assume, so
    #: a row proved only as following from it is not proved (attack69, ._equations).
    claim: bool = False


_FOC = "sets the derivative to zero (the first-order condition)"
#: How a link reads that states, unchecked, the value of what the engine cannot evaluate
#: (._rewrites; ._verdicts lowers a proved row for it)
GIVES_A_VALUE = "gives the line above a value"
#: The line of a premise whose matrix algebra cannot be read as numbers (never compared).
_UNREAD = sp.Symbol("matrix_expression_not_read")
_MATRIX_REASON = (
    "matrix algebra: the row is read (vectors and matrices kept in order) but it cannot be "
    "reduced to numbers for a check"
)


def _why(e: sp.Basic) -> str:
    """Why a resolved expression cannot be compared ("" when it can)."""
    return uncheckable(e) or undefined(e)


def _relation_reason(rel: str) -> str:
    return {
        "propto": "'\\propto' (proportional to) holds up to a factor; it is not checked",
        "~=": "'\\approx' is checked only between numbers",
    }.get(rel, f"relation {rel!r} is not checked")


def _fresh_reason(fresh: set, only_in: dict | None = None) -> str:
    if any(isinstance(s, PlusMinus) for s in fresh):
        return SOLVED_INTO_SIGN
    names = ", ".join(sorted(_latexish(s) for s in fresh))
    inside = sorted({str(h) for s in fresh if only_in and s in only_in for h in only_in[s]})
    where = (
        f" (before, only inside the definition of {', '.join(inside)}, which gives it none)"
        if inside
        else ""
    )
    return (
        f"{names} appears here for the first time and the post gives it no value the reader "
        f"can use{where}, so the row holds only for a suitable value of it"
    )


def _latexish(s: Any) -> str:
    text = str(s)
    for acc in ("hat", "bar", "tilde"):
        if text.startswith(acc + "_"):
            return f"\\{acc}{{{text[len(acc) + 1 :]}}}"
    return text


def _show(e: sp.Basic) -> str:
    if isinstance(e, sp.Subs) and isinstance(e.expr, sp.Derivative) and len(e.point) == 1:
        # M'(0), read as the derivative at the point
        inner = e.expr.expr
        head = quantity_name(inner) or str(getattr(inner, "func", inner))
        return f"{head}{chr(39) * len(e.expr.variables)}({e.point[0]})"
    name = quantity_name(e)
    return name if name is not None else str(e)


def _head_text(e: sp.Basic) -> str:
    if isinstance(e, sp.Derivative):
        inner = _head_text(e.expr)
        v = ", ".join(str(x) for x in e.variables)
        return f"d{inner}/d{v}"
    if isinstance(e, sp.log) and isinstance(e.args[0], (Named, NamedApplied)):
        return "log " + _show(e.args[0])
    return _show(e)


def _key_text(key: tuple) -> str:
    wrapper, name, *variables = key
    inner = f"{wrapper} {name}".strip()
    return f"d{inner}/d{'d'.join(variables)}"


def _constant(e: Any) -> bool:
    return isinstance(e, sp.Basic) and not e.free_symbols and not e.atoms(sp.Indexed)


def _integrated_away(prev: sp.Basic, written: sp.Basic) -> bool:
    """Do the letters ``prev`` loses all occur inside one of its integrals? The normal
    density integrates to 1 whatever mu and sigma, ``\\int (x - \\theta)^2 ... dx`` shifts
    to ``\\int x^2 ... dx``: letters leave by integration, not as data put in."""
    gone = evaluated(prev).free_symbols - written.free_symbols
    integrals = prev.atoms(sp.Integral)
    inside = set().union(*(i.free_symbols for i in integrals)) if integrals else set()
    return bool(gone) and gone <= inside


def _puts_in_data(prev: sp.Basic, written: sp.Basic) -> str:
    r"""Why a rewrite is about the data rather than algebra ("" when it is algebra).

    ``\sum_{i=1}^5 \ln((1-p)^{x_i - 1} p) = 15 \ln(1-p) + 5 \ln p`` puts in
    sample values the post gives in its prose; ``H/(T+H) = 5/11`` puts in counts.
    Neither can be checked from the math alone.
    """
    bases_before = {i.base for i in prev.atoms(sp.Indexed)}
    bases_after = {i.base for i in written.atoms(sp.Indexed)}
    # d/dpi_1 sum_{i=1}^3 pi_i = 1: the elements of pi leave by calculus, not as data
    by = {
        v.base for d in prev.atoms(sp.Derivative) for v in d.variables if isinstance(v, sp.Indexed)
    }
    gone = bases_before - bases_after - by
    if gone:
        limits = [lim for s in prev.atoms(sp.Sum, sp.Product) for lim in s.limits]
        names = ", ".join(sorted(f"{b}_i" for b in gone))
        if limits and all(lim[1].is_Number and lim[2].is_Number for lim in limits):
            return f"the row puts in the values of {names} (data the math does not give)"
        if _has_decimal(written) and not _has_decimal(prev):
            # n/theta + sum_i ln y_i = 0 -> n/theta - 0.261 - 0.198 - ...: the logs of the
            # post's sample, as decimals (held-out external7 beta line 21)
            return f"the row puts in numbers for {names} (data the math does not give)"
    # M(0) = 1 after M(t) = e^{ta}: the value at the point is e^{0 a}, written unevaluated
    if _constant(written) and not _constant(evaluated(prev)) and not prev.atoms(sp.Derivative):
        if _integrated_away(prev, written) or identically_equal(prev, written):
            # sum_i (x_i - \bar x) = 0: the value for every sample, not numbers put in
            return ""
        return "the row puts in numbers for the symbols (data the math does not give)"
    return ""


def _is_zero(e: Any) -> bool:
    return isinstance(e, sp.Basic) and e.is_Number and e == 0


def names_of(e: Any) -> set[str]:
    """The names ``e`` is written in: its symbols and the letters of its samples (``X`` of
    ``X_i``)."""
    if not isinstance(e, sp.Basic):
        return set()
    out = {str(s) for s in e.free_symbols if isinstance(s, sp.Symbol)}
    return out | {str(i.base.label) for i in e.atoms(sp.Indexed)}


def _symbols(e: Any) -> frozenset:
    """The names a line uses: its symbols and sample bases (not the bases' labels)."""
    if not isinstance(e, sp.Basic):
        return frozenset()
    return _symbols_of(e)


@functools.lru_cache(maxsize=4096)
def _symbols_of(e: sp.Basic) -> frozenset:
    # Memoised: the builder asks this of the same lines many times per row.
    out = {s for s in e.free_symbols if isinstance(s, sp.Symbol) and not isinstance(s, Named)}
    out |= {i.base for i in e.atoms(sp.Indexed)}
    # d/dw_j: sympy leaves the variable's index j out of the derivative's free symbols
    out |= {s for d in e.atoms(sp.Derivative) for v in d.variables for s in _index_symbols(v)}
    return frozenset(out - {i.label for i in out if isinstance(i, sp.IndexedBase)})


def _index_symbols(v: sp.Basic) -> set:
    """The symbols of an element's indices (``j`` of ``w_j``); none for other variables."""
    if not isinstance(v, sp.Indexed):
        return set()
    return {s for x in v.indices for s in x.free_symbols if isinstance(s, sp.Symbol)}


def _has_estimate(e: Any) -> bool:
    return any(estimate_of(s) is not None for s in _symbols(e))


def _has_decimal(e: sp.Basic) -> bool:
    return any(
        isinstance(r, sp.Rational) and not r.is_Integer and _pow10(r.q)
        for r in e.atoms(sp.Rational)
    )


def _pow10(q: int) -> bool:
    while q % 10 == 0 and q > 1:
        q //= 10
    while q % 2 == 0 and q > 1:
        q //= 2
    while q % 5 == 0 and q > 1:
        q //= 5
    return q == 1


def _is_generic(e: sp.Basic) -> bool:
    from sympy.core.function import AppliedUndef

    return all(str(f.func) in GENERIC_FUNCTIONS for f in e.atoms(AppliedUndef))


def _definable(s: sp.Symbol) -> bool:
    return (
        s.name.startswith(("bar_", "tilde_")) or len(s.name) > 1 and not s.name.startswith("hat_")
    )


_ORDER = ("refuted", "rule-mismatch", "unparsed", "unrelated", "unchecked", "plausible")


def _summary(links: list[LinkPlan]) -> tuple[str, str, str]:
    """The row's kind, reason and how from its links."""
    if not links:
        return (
            UNRELATED,
            "the row has no relation sign, so it claims nothing that can be checked",
            "",
        )
    kinds = [link.kind for link in links]
    how = "; ".join(link.how for link in links if link.how)
    if any(k in (STEP, OWN) for k in kinds):
        reason = next((link.reason for link in links if link.kind in (UNRELATED, UNCHECKED)), "")
        return STEP, reason, how
    for k in (UNRELATED, UNCHECKED):
        if k in kinds:
            link = next(link for link in links if link.kind == k)
            return k, link.reason, how
    return DEFINITION, links[0].reason, how
