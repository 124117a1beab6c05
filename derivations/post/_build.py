"""From parsed rows to a :class:`~derivations.Derivation` the engine checks.

How a row is read (what it claims), in the order the rules are tried:

- ``A := B``: a definition; taken as given, nothing to check.
- ``&= R`` (empty left side): ``R`` rewrites the line above it. After an
  equation row it is the equation ``lhs_above = R``.
- ``Q = R`` where ``Q`` is a *named quantity* (``\\mathcal{LL}``) or its
  derivative (``\\frac{\\partial \\mathcal{LL}}{\\partial \\mu}``): the head of a
  chain about ``Q``. If ``Q`` already has a value (the last line of an earlier
  chain about it) the row *restates* that line; if only ``\\mathcal{LL}`` has a
  value, the row *differentiates* it; the first time a name appears, the row
  restates an earlier identical line when there is one, and is a definition
  otherwise.
- ``0 = R`` after a chain about a derivative: the derivative is *set to zero*;
  the chain is first summarised as the equation "first line = last line"
  (a step of its own, checked like any other).
- ``L = R`` after an equation: an equation step equivalent to it (``<=>``).
- ``L = R`` otherwise: a rewrite chain starting at ``L`` (an identity such as
  ``\\frac{\\partial}{\\partial x}(f + g) = ...``). A left side that is a new name
  (``\\theta_{MLE} = ...``, ``p(X|\\theta) = ...``) is a definition.

Rows that say something the engine cannot weigh (``argmax``, an unknown
density such as ``\\mathcal{N}(\\mathbf{X}|\\theta)``, a row with no relation, a
row continuing one that could not be read) are listed with the reason and
count against the result - they are never dropped.

Every unchecked-by-design step the builder adds (the left side of an identity,
the summary of a chain) is marked ``note="helper"`` and is not a row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from .._model import Assumption, Derivation, Step
from ._assume import describe
from ._canon_shape import same_shape
from ._parse import ParsedRow
from ._tosympy import ArgMax, Named, NormalPdf

#: Undefined functions that stand for "any function" in a general identity.
GENERIC_FUNCTIONS = frozenset("fgh")

DEFINITION = "definition"
UNRELATED = "unrelated"
UNPARSED = "unparsed"
STEP = "step"


@dataclasses.dataclass
class RowPlan:
    """What became of one row.

    Attributes
    ----------
    parsed : ParsedRow
    kind : {"step", "definition", "unrelated", "unparsed"}
    step : int or None
        Index of the derivation step that carries the row's claim.
    helpers : list of int
        Steps added for this row that are not claims of the post.
    reason : str
        Why a row is a definition, unrelated or unparsed.
    how : str
        How the row was related ("rewrites the line above", "restates line 175" ...).
    """

    parsed: ParsedRow
    kind: str
    step: int | None = None
    helpers: list[int] = dataclasses.field(default_factory=list)
    reason: str = ""
    how: str = ""

    @property
    def line(self) -> int:
        return self.parsed.row.line


@dataclasses.dataclass
class _Chain:
    key: Any  # name of the quantity the chain is about, or None
    start: int
    last: int


class _Builder:
    """Relates rows one at a time; keeps the state a reader keeps in mind."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.values: dict[Any, int] = {}  # quantity -> step holding its latest line
        self.value_line: dict[int, int] = {}  # step -> file line
        self.chain: _Chain | None = None
        self.seen: set[Any] = set()  # symbols and functions used so far
        self.prev_row_ok = False
        self.prev_block = -1

    # helpers -------------------------------------------------------------------
    def _add(self, step: Step, line: int) -> int:
        self.steps.append(step)
        i = len(self.steps) - 1
        self.value_line[i] = line
        return i

    def _last_is_equation(self) -> bool:
        return bool(self.steps) and self.steps[-1].is_equation

    def _mk(
        self,
        pr: ParsedRow,
        expr: sp.Basic,
        rule: str,
        relation: str,
        params: dict | None = None,
        note: str = "",
        lhs_latex: str | None = None,
    ) -> Step:
        return Step(
            expr=expr,
            rule=rule,
            relation=relation,
            params=params or {},
            rows=(f"{pr.row.label}@{pr.row.line}",),
            section=pr.row.section,
            note=note,
            lhs_latex=lhs_latex,
        )

    def _find_same(self, expr: sp.Basic) -> int | None:
        for j in range(len(self.steps) - 1, -1, -1):
            s = self.steps[j]
            if not s.is_equation and s.note != "helper-lhs-given" and same_shape(s.expr, expr):
                return j
        return None

    def _resolve(self, e: sp.Basic) -> tuple[sp.Basic | None, str]:
        """Replace named quantities by their latest line; ``None`` and a reason if one has none.

        The normal density ``\\mathcal{N}(x|\\mu,\\sigma^{2})`` is replaced by its formula
        (sympy's own ``exp``/``sqrt`` form), so that a row writing the formula out is checked
        against an independent statement of it rather than against itself.
        """
        pdfs = {f: f.doit() for f in e.atoms(NormalPdf)}
        if pdfs:
            e = e.xreplace(pdfs)
        names = [a for a in e.atoms(Named)]
        if not names:
            return e, ""
        mapping = {}
        for nm in names:
            if nm.name not in self.values:
                return None, f"{nm.name} is used before the post gives it a value"
            mapping[nm] = self.steps[self.values[nm.name]].expr
        with sp.evaluate(False):
            return e.xreplace(mapping), ""

    @staticmethod
    def _uncheckable(e: sp.Basic) -> str:
        if e.atoms(ArgMax):
            return (
                "argmax has no value the engine can compare: the row states which "
                "parameter maximises, it does not rewrite an expression"
            )
        bad = sorted(
            {str(f.func) for f in e.atoms(AppliedUndef) if str(f.func) not in GENERIC_FUNCTIONS}
        )
        if bad:
            return (
                f"{', '.join(bad)}(...) is not a function sympy knows here (only "
                "\\mathcal{N}(x | \\mu, \\sigma^{2}) is read as the normal density)"
            )
        return ""

    @staticmethod
    def _head_key(lhs: sp.Basic) -> Any:
        if isinstance(lhs, Named):
            return lhs.name
        if (
            isinstance(lhs, sp.Derivative)
            and isinstance(lhs.expr, Named)
            and len(lhs.variables) == 1
        ):
            return ("d", lhs.expr.name, lhs.variables[0])
        return None

    @staticmethod
    def _key_text(key: Any) -> str:
        if isinstance(key, tuple):
            return f"d{key[1]}/d{key[2]}"
        return str(key)

    def _is_fresh_name(self, lhs: sp.Basic) -> bool:
        if isinstance(lhs, sp.Symbol) and not isinstance(lhs, Named):
            return lhs not in self.seen
        if isinstance(lhs, AppliedUndef) and str(lhs.func) not in GENERIC_FUNCTIONS:
            return lhs.func not in self.seen
        return False

    def _remember(self, *exprs: sp.Basic | None) -> None:
        for e in exprs:
            if e is None:
                continue
            self.seen |= e.free_symbols
            self.seen |= {f.func for f in e.atoms(AppliedUndef)}

    # rows ----------------------------------------------------------------------
    def plan(self, pr: ParsedRow) -> RowPlan:
        new_block = pr.row.block != self.prev_block
        self.prev_block = pr.row.block
        if new_block:
            self.prev_row_ok = False
        if not pr.ok:
            return RowPlan(pr, UNPARSED, reason=pr.error)
        if not pr.relations:
            return RowPlan(
                pr,
                UNRELATED,
                reason="the row has no relation sign, so it claims nothing that can be checked",
            )
        if ":=" in pr.relations:
            self._remember(*pr.sides)
            return RowPlan(pr, DEFINITION, reason="':=' marks a definition; taken as given")
        if any(r not in ("=", "==") for r in pr.relations):
            return RowPlan(
                pr,
                UNRELATED,
                reason=f"relation(s) {', '.join(pr.relations)} inside one row are not supported",
            )
        if len(pr.sides) > 2:
            return RowPlan(pr, UNRELATED, reason="a row with more than one '=' is not supported")
        lhs, rhs = pr.sides
        why = self._uncheckable(rhs) or (self._uncheckable(lhs) if lhs is not None else "")
        if why:
            if lhs is not None and self._is_fresh_name(lhs) and pr.relations == ("=",):
                self._remember(lhs, rhs)
                return RowPlan(pr, DEFINITION, reason=f"{lhs} is a new name: the row defines it")
            self._remember(lhs, rhs)
            return RowPlan(pr, UNRELATED, reason=why)
        rhs_r, why = self._resolve(rhs)
        if rhs_r is None:
            return RowPlan(pr, UNRELATED, reason=why)
        if lhs is None:
            return self._continuation(pr, rhs_r)
        key = self._head_key(lhs)
        if key is not None:
            return self._head(pr, key, lhs, rhs_r)
        lhs_r, why = self._resolve(lhs)
        if lhs_r is None:
            return RowPlan(pr, UNRELATED, reason=why)
        if self._is_fresh_name(lhs):
            self._remember(lhs, rhs)
            return RowPlan(pr, DEFINITION, reason=f"{lhs} is a new name: the row defines it")
        self._remember(lhs, rhs)
        return self._equation(pr, lhs_r, rhs_r)

    def _continuation(self, pr: ParsedRow, rhs: sp.Basic) -> RowPlan:
        if not self.prev_row_ok or not self.steps:
            return RowPlan(
                pr,
                UNRELATED,
                reason="continues a row that could not be checked, so "
                "there is no line to compare it with",
            )
        self._remember(rhs)
        if self._last_is_equation():
            prev = self.steps[-1].expr
            eq = sp.Eq(prev.lhs, rhs, evaluate=False)
            i = self._add(self._mk(pr, eq, "auto", "<=>"), pr.row.line)
            return self._ok(pr, i, how="equation equivalent to the one above")
        i = self._add(self._mk(pr, rhs, "auto", "="), pr.row.line)
        if self.chain is not None:
            self.chain.last = i
            if self.chain.key is not None:
                self.values[self.chain.key] = i
        return self._ok(pr, i, how="rewrites the line above")

    def _ok(self, pr: ParsedRow, i: int, how: str, helpers: list[int] | None = None) -> RowPlan:
        self.prev_row_ok = True
        return RowPlan(pr, STEP, step=i, helpers=helpers or [], how=how)

    def _head(self, pr: ParsedRow, key: Any, lhs: sp.Basic, rhs: sp.Basic) -> RowPlan:
        name = self._key_text(key)
        latex = pr.lhs_latex or None  # renderers show the chain as "LL = ..."
        self._remember(rhs)
        if key in self.values:
            ref = self.values[key]
            target = self.steps[ref].expr
            rule, params = "restate", {"ref": ref}
            how = f"restates {name} as last written on line {self.value_line[ref]}"
        elif isinstance(key, tuple) and key[1] in self.values:
            ref = self.values[key[1]]
            with sp.evaluate(False):
                target = sp.Derivative(self.steps[ref].expr, key[2])
            rule, params = "differentiate", {"ref": ref, "wrt": key[2]}
            how = f"differentiates {key[1]} (line {self.value_line[ref]}) by {key[2]}"
        elif isinstance(key, tuple):
            return RowPlan(pr, UNRELATED, reason=f"{name}: {key[1]} has no value yet")
        else:
            ref = self._find_same(rhs)
            if ref is not None:
                step = self._mk(pr, rhs, "restate", "start", {"ref": ref}, lhs_latex=latex)
                how = f"names the line {self.value_line[ref]} as {name}"
            else:
                step = self._mk(pr, rhs, "definition", "start", lhs_latex=latex)
                how = f"defines {name}"
            i = self._add(step, pr.row.line)
            self.values[key] = i
            self.chain = _Chain(key, i, i)
            return self._ok(pr, i, how=how)
        helpers: list[int] = []
        if same_shape(target, rhs):
            i = self._add(self._mk(pr, rhs, rule, "start", params, lhs_latex=latex), pr.row.line)
            start = i
        else:
            # The row states Q = R with R in a new form: Q's line (restated or
            # differentiated, exactly) is a helper, and R is checked as a rewrite of it.
            h = self._add(
                self._mk(pr, target, rule, "start", params, note="helper", lhs_latex=latex),
                pr.row.line,
            )
            helpers.append(h)
            i = self._add(self._mk(pr, rhs, "auto", "="), pr.row.line)
            start = h
            how += ", rewritten"
        self.values[key] = i
        self.chain = _Chain(key, start, i)
        return self._ok(pr, i, how=how, helpers=helpers)

    def _equation(self, pr: ParsedRow, lhs: sp.Basic, rhs: sp.Basic) -> RowPlan:
        zero_side = lhs == 0 or rhs == 0
        chain = self.chain
        if (
            zero_side
            and not self._last_is_equation()
            and chain is not None
            and isinstance(chain.key, tuple)
            and chain.last == len(self.steps) - 1
        ):
            first, last = self.steps[chain.start].expr, self.steps[chain.last].expr
            link = Step(
                expr=sp.Eq(first, last, evaluate=False),
                rule="chain-result",
                relation="start",
                params={"start": chain.start, "end": chain.last},
                note="helper",
                rows=(f"{pr.row.label}@{pr.row.line}",),
                section=pr.row.section,
            )
            h = self._add(link, self.value_line[chain.last])
            eq = sp.Eq(lhs, rhs, evaluate=False)
            i = self._add(self._mk(pr, eq, "set-to-zero", "start", {"ref": h}), pr.row.line)
            self.chain = None
            return self._ok(
                pr,
                i,
                helpers=[h],
                how=f"sets {self._key_text(chain.key)} (line "
                f"{self.value_line[chain.last]}) to zero",
            )
        eq = sp.Eq(lhs, rhs, evaluate=False)
        if self._last_is_equation():
            i = self._add(self._mk(pr, eq, "auto", "<=>"), pr.row.line)
            self.chain = None
            return self._ok(pr, i, how="equation equivalent to the one above")
        # An identity: a rewrite chain that starts at the left side.
        ref = self._find_same(lhs)
        if ref is not None:
            start = self._mk(pr, lhs, "restate", "start", {"ref": ref}, note="helper")
        else:
            start = self._mk(pr, lhs, "definition", "start", note="helper-lhs-given")
        h = self._add(start, pr.row.line)
        i = self._add(self._mk(pr, rhs, "auto", "="), pr.row.line)
        self.chain = _Chain(None, h, i)
        return self._ok(pr, i, helpers=[h], how="left side rewritten into the right side")


def _assumptions(steps: Sequence[Step]) -> list[Assumption]:
    free: set[sp.Basic] = set()
    for s in steps:
        free |= {a for a in s.expr.free_symbols if isinstance(a, sp.Symbol)}
        free |= {i.base for i in s.expr.atoms(sp.Indexed)}
        for v in s.params.values():
            if isinstance(v, sp.Symbol):
                free.add(v)
    bases = {b for b in free if isinstance(b, sp.IndexedBase)}
    labels = {b.label for b in bases}
    out = [Assumption(sym, describe(sym)) for sym in sorted(free, key=str) if sym not in labels]
    return out


def build(
    rows: Sequence[ParsedRow], *, name: str, title: str, source: str
) -> tuple[Derivation | None, list[RowPlan]]:
    """Relate every row; return the derivation (``None`` if no row was related) and the plans."""
    b = _Builder()
    plans = [b.plan(pr) for pr in rows]
    if not b.steps:
        return None, plans
    d = Derivation(
        name=name, title=title, assumptions=_assumptions(b.steps), steps=b.steps, source=source
    )
    return d, plans


__all__ = ["RowPlan", "build", "DEFINITION", "UNRELATED", "UNPARSED", "STEP"]
