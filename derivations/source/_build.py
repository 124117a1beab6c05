"""Turn the rows of a derivation file into steps, each with the rule its author named.

A row is one of:

- ``X = e`` where ``X`` is a name (``\\mathcal{LL}``, ``\\ell(\\lambda)``, or a
  letter followed by ``= ...`` rows): starts
  the chain ``X``; a premise (rule ``definition``) unless it names a start rule.
  If ``X`` was defined before, the row continues ``X``'s chain from its last line.
- ``= e`` (left side blank): the next line of the chain above; the named rules
  must turn the previous line into ``e``.
- ``\\frac{\\partial X}{\\partial v} = e``: the derivative of the chain ``X``
  (its last line) with respect to ``v``; the named rules must turn
  ``d/dv (last line of X)`` into ``e``. Later ``= ...`` rows continue it.
- ``a = b`` (``a`` not a name): an equation; a premise, or ``set-to-zero``
  (``0 = e`` where ``e`` is the last line of the derivative chain above), or an
  identity checked by its one named rule.
- ``\\iff a = b`` / ``\\implies a = b``: the next equation, equivalent to or
  implied by the one above.

A row may need a helper step that the row's own text states (the derivative
of the named chain, a restatement of a chain's last line, the equation
"derivative = its simplified form" that ``set-to-zero`` refers to). Helper
steps are checked like any other; a row is proved when all its steps are.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Sequence
from typing import Any

import sympy as sp

from .._errors import LoadError, UnknownRule
from .._forms import evaluated
from .._model import Step
from ..post._tosympy import Named, NamedApplied
from ..rules import EQUATION, PSEUDO, REWRITE, START, TABLE
from ._rulespec import RuleCall
from ._rulespec import parse as parse_rulespec

FORMS = (
    "'NAME = expression', '= expression' (the next line), "
    "'\\frac{\\partial NAME}{\\partial v} = expression', 'a = b' (an equation), "
    "'\\iff a = b' or '\\implies a = b'"
)


@dataclasses.dataclass
class _Chain:
    first: int
    last: int
    equation: bool = False
    wrt: sp.Basic | None = None
    objective: int | None = None  # the step whose line was differentiated


@dataclasses.dataclass(frozen=True)
class SourceRow:
    """What became of one row of a derivation file.

    Attributes
    ----------
    line : int
        File line (1-based) of the row.
    text : str
        The row as written, on one line.
    rules : tuple of str
        The rules the row names (empty when it names none).
    steps : tuple of int
        The steps that check the row (a helper step first, when there is one).
    kind : str
        ``definition``, ``rewrite``, ``derivative``, ``equation``, ``restatement``.
    boxed : bool
        The row states a result.
    """

    line: int
    text: str
    rules: tuple[str, ...]
    steps: tuple[int, ...]
    kind: str
    boxed: bool = False


def _name_key(e: Any) -> Any:
    """The key of a name a chain may carry (None when ``e`` is not a name)."""
    if isinstance(e, Named):
        return ("name", e.name)
    if isinstance(e, NamedApplied) and all(isinstance(a, sp.Symbol) for a in e.args):
        return ("name", e.func.__name__)
    if isinstance(e, sp.Derivative) and len(e.variables) == 1:
        inner = _name_key(e.expr)
        if inner is not None and e.variable_count[0][1] == 1:
            return ("d", inner, e.variables[0])
    return None


class Builder:
    """Rows -> steps, with the chains of names and the results."""

    def __init__(self, where: str, parse_latex: Any) -> None:
        self.where = where
        self.parse_latex = parse_latex
        self.steps: list[Step] = []
        self.rows: list[SourceRow] = []
        self.chains: dict[Any, _Chain] = {}
        self.prev: _Chain | None = None
        self.results: dict[str, sp.Equality] = {}
        self.objective: int | None = None
        self.section = ""

    # -- helpers -----------------------------------------------------------------

    def _fail(self, line: int, message: str, kind: type = LoadError) -> None:
        raise kind(f"{self.where}:{line}: {message}")

    def _add(self, line: int, expr: sp.Basic, rule: Any, relation: str, **kw: Any) -> int:
        kw.setdefault("section", self.section)
        try:
            self.steps.append(Step(expr, rule, relation, rows=(f"L{line}",), **kw))
        except (TypeError, ValueError) as exc:
            self._fail(line, str(exc))
        return len(self.steps) - 1

    def _rules(self, line: int, annotation: str | None) -> tuple[tuple[str, ...], dict]:
        """The named rules and their parameters (read as LaTeX); () when none is named."""
        if annotation is None:
            return (), {}
        if not annotation.strip():
            self._fail(line, "the rule annotation is empty; name a rule (see 'derivations rules').")
        try:
            calls = parse_rulespec(annotation)
        except ValueError as exc:
            self._fail(line, f"{exc}.")
        names = []
        params: dict[str, Any] = {}
        for call in calls:
            rule = TABLE.get(call.name)
            if rule is None:
                close = difflib.get_close_matches(call.name, list(TABLE), n=1)
                hint = f"; did you mean {close[0]!r}?" if close else "; see 'derivations rules'."
                self._fail(line, f"unknown rule {call.name!r}{hint}", UnknownRule)
            names.append(call.name)
            for key, value in self._params(line, call, rule).items():
                if key in params and params[key] != value:
                    self._fail(
                        line,
                        f"the parameter {key!r} is given twice with different values; "
                        "split the row in two.",
                    )
                params[key] = value
        for name in names:
            missing = [k for k in TABLE[name].required if k not in params]
            if missing and TABLE[name].kind != START:
                self._fail(
                    line,
                    f"rule {name!r} needs the parameter {missing[0]!r}: "
                    f"write {name}({missing[0].upper()}).",
                )
        return tuple(names), params

    def _params(self, line: int, call: RuleCall, rule: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if call.args:
            if len(rule.required) != 1 or len(call.args) != 1:
                what = (
                    "takes no parameter"
                    if not rule.required
                    else f"takes the parameters {', '.join(rule.required)} by name"
                    if len(rule.required) > 1
                    else "takes one parameter"
                )
                self._fail(line, f"rule {call.name!r} {what}.")
            out[rule.required[0]] = call.args[0]
        out.update(call.kwargs)
        for key, text in list(out.items()):
            try:
                out[key] = self.parse_latex(text)
            except ValueError as exc:
                self._fail(
                    line, f"cannot read the parameter {text!r} of rule {call.name!r}: {exc}."
                )
        return out

    def _only(self, line: int, names: Sequence[str], kinds: tuple[str, ...], what: str) -> None:
        for name in names:
            if TABLE[name].kind not in kinds:
                self._fail(line, f"rule {name!r} {what}.")

    # -- rows --------------------------------------------------------------------

    def row(
        self, r: Any, parsed: Any, annotation: str | None, boxed: bool, continued: bool = False
    ) -> None:
        """Add the steps of one row; ``continued``: the next row is a ``= ...`` row."""
        line = r.line
        if parsed.error:
            self._fail(line, f"cannot read this row: {parsed.error}.")
        if len(parsed.statements) != 1:
            self._fail(line, "a row states one relation chain; put each statement on its own row.")
        self.section = r.section
        sides, rels = parsed.sides, parsed.relations
        texts = parsed.statements[0].texts
        names, params = self._rules(line, annotation)
        n0 = len(self.steps)
        if rels == ("=",) and sides[0] is None:
            kind = self._next_line(line, sides[1], names, params)
        elif len(rels) == 2 and rels[0] in ("<=>", "=>") and rels[1] == "=" and sides[0] is None:
            kind = self._next_equation(
                line, rels[0], sp.Eq(sides[1], sides[2], evaluate=False), names, params
            )
        elif rels in (("=",), (":=",)) and sides[0] is not None:
            kind = self._start(
                line, sides[0], sides[1], texts[0], names, params, continued and not boxed
            )
        else:
            shown = " and ".join(rels) if rels else "no relation"
            self._fail(line, f"a derivation row is one of {FORMS}; this row has {shown}.")
        if boxed:
            self._result(line)
        self.rows.append(
            SourceRow(line, r.display, names, tuple(range(n0, len(self.steps))), kind, boxed)
        )

    def _next_line(self, line: int, expr: sp.Basic, names: tuple, params: dict) -> str:
        prev = self.prev
        if prev is None:
            self._fail(
                line,
                "'= ...' continues the expression of the row above, but there is none; "
                "start with 'NAME = expression'.",
            )
        if prev.equation:
            self._fail(
                line,
                "'= ...' continues an expression, but the row above is an equation; "
                "write '\\iff a = b' or '\\implies a = b'.",
            )
        self._only(
            line,
            names,
            (REWRITE, EQUATION, PSEUDO),
            "starts a chain; a '= ...' row needs a rewrite rule",
        )
        prev.last = self._add(line, expr, names or "auto", "=", params=params)
        return "rewrite"

    def _next_equation(
        self, line: int, relation: str, eq: sp.Basic, names: tuple, params: dict
    ) -> str:
        prev = self.prev
        if prev is None or not prev.equation:
            self._fail(
                line,
                "'\\iff' and '\\implies' relate an equation to the equation of the row "
                "above, but the row above is not an equation.",
            )
        self._only(
            line,
            names,
            (REWRITE, EQUATION, PSEUDO),
            "starts a chain; an equation row needs a rule that acts on an equation",
        )
        prev.last = self._add(line, eq, names or "auto", relation, params=params)
        return "equation"

    def _start(
        self,
        line: int,
        lhs: sp.Basic,
        rhs: sp.Basic,
        lhs_text: str,
        names: tuple,
        params: dict,
        continued: bool = False,
    ) -> str:
        key = _name_key(lhs)
        if key is None and continued and isinstance(lhs, sp.Symbol):
            key = ("name", lhs.name)  # "f = e" followed by "= ..." rows: the chain f
        if key is not None and key in self.chains:
            c = self.chains[key]
            if c.equation:
                self._fail(line, f"{lhs_text} names an equation, not an expression.")
            self._only(
                line,
                names,
                (REWRITE, EQUATION, PSEUDO),
                "starts a chain; a restated name continues its chain with a rewrite rule",
            )
            self._add(
                line,
                self.steps[c.last].expr,
                "restate",
                "start",
                params={"ref": c.last},
                lhs_latex=lhs_text,
                note=f"helper: the last line of the chain this row restates (line "
                f"{self.steps[c.last].rows[0][1:]})",
            )
            c.last = self._add(line, rhs, names or "auto", "=", params=params)
            self.prev = c
            return "restatement"
        if key is not None and key[0] == "d":
            return self._derivative(line, key, lhs, rhs, lhs_text, names, params)
        if key is not None:
            self._only(
                line,
                names,
                (START,),
                "does not start a chain; a new name is a definition (no rule) or a reference rule",
            )
            self._no_required(line, names)
            i = self._add(
                line, rhs, names or "definition", "start", params=params, lhs_latex=lhs_text
            )
            self.chains[key] = self.prev = _Chain(i, i)
            return "definition"
        return self._equation_start(line, sp.Eq(lhs, rhs, evaluate=False), names, params)

    def _no_required(self, line: int, names: Sequence[str]) -> None:
        for name in names:
            if TABLE[name].required:
                self._fail(line, f"rule {name!r} cannot start this row.")
        if len(names) > 1:
            self._fail(line, "a row that starts a chain names one rule.")

    def _derivative(
        self, line: int, key: Any, lhs: Any, rhs: Any, lhs_text: str, names: tuple, params: dict
    ) -> str:
        base = self.chains.get(key[1])
        if base is None:
            self._fail(line, f"{lhs_text} differentiates a name that no row above defines.")
        if base.equation:
            self._fail(line, f"{lhs_text} differentiates an equation; name an expression.")
        wrt = key[2]
        if names == ("differentiate",):
            i = self._add(
                line,
                rhs,
                "differentiate",
                "start",
                params={"ref": base.last, "wrt": wrt},
                lhs_latex=lhs_text,
            )
            first = i
        else:
            self._only(
                line,
                names,
                (REWRITE, EQUATION, PSEUDO),
                "starts a chain; the rules of a "
                "derivative row turn d/dv (the named line) into the written one",
            )
            first = self._add(
                line,
                sp.Derivative(self.steps[base.last].expr, wrt),
                "differentiate",
                "start",
                params={"ref": base.last, "wrt": wrt},
                lhs_latex=lhs_text,
                note=f"helper: the derivative of line {self.steps[base.last].rows[0][1:]} "
                f"with respect to {wrt}, as the row's left side says",
            )
            i = self._add(line, rhs, names or "auto", "=", params=params)
        if self.objective is None:
            self.objective = base.first
        self.chains[key] = self.prev = _Chain(first, i, wrt=wrt, objective=base.first)
        return "derivative"

    def _equation_start(self, line: int, eq: sp.Basic, names: tuple, params: dict) -> str:
        if names == ("set-to-zero",):
            prev = self.prev
            if prev is None or prev.equation:
                self._fail(line, "set-to-zero needs the derivative chain on the rows above.")
            h = self._add(
                line,
                sp.Eq(self.steps[prev.first].expr, self.steps[prev.last].expr, evaluate=False),
                "chain-result",
                "start",
                params={"start": prev.first, "end": prev.last},
                note="helper: the chain above as one equation",
            )
            extra = {"unknown": prev.wrt} if prev.wrt is not None else {}
            i = self._add(line, eq, "set-to-zero", "start", params={"ref": h, **extra, **params})
        elif len(names) == 1 and TABLE[names[0]].kind in (REWRITE,):
            i = self._add(line, eq, "identity", "start", params={"rule": names[0], **params})
        else:
            self._only(
                line,
                names,
                (START,),
                "does not start an equation; name one rewrite rule "
                "(an identity), set-to-zero, or none (a premise)",
            )
            self._no_required(line, names)
            i = self._add(line, eq, names or "definition", "start", params=params)
        self.prev = _Chain(i, i, equation=True)
        return "equation"

    def _result(self, line: int) -> None:
        expr = self.steps[-1].expr
        if not (isinstance(expr, sp.Equality) and isinstance(expr.lhs, sp.Symbol)):
            self._fail(line, "a boxed result must be an equation 'parameter = closed form'.")
        param = expr.lhs
        name = param.name[4:] if param.name.startswith("hat_") else param.name
        if name != param.name:
            # \hat\lambda = ...: the estimate of lambda, the symbol of the log-likelihood.
            found = [s for s in self._objective_symbols() if getattr(s, "name", None) == name]
            param = found[0] if found else param
        self.results[name] = evaluated(sp.Eq(param, expr.rhs, evaluate=False))

    def _objective_symbols(self) -> set:
        if self.objective is None:
            return set()
        return self.steps[self.objective].expr.free_symbols

    def log_likelihood(self) -> sp.Basic | None:
        """The differentiated chain's first line (its definition), evaluated."""
        return None if self.objective is None else evaluated(self.steps[self.objective].expr)
