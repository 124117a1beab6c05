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
  ``\\frac{\\partial^2 X}{\\partial v^2}`` is the derivative of the chain
  ``\\frac{\\partial X}{\\partial v}``; a minus in front
  (``-\\frac{\\partial^2 X}{\\partial v^2}``, the observed information) makes
  the helper line minus that derivative (rule ``observed-information``).
- ``\\left. X \\right|_{v = \\hat v} = e``: the chain ``X`` (its last line) at
  the boxed result for ``v`` (rule ``evaluate-at``); the named rules turn the
  line with ``v`` replaced by the result into ``e``.
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
import re
from collections.abc import Sequence
from typing import Any

import sympy as sp

from .._errors import LoadError, UnknownRule
from .._forms import evaluated, rebuild, substituted
from .._model import Step
from ..post._tosympy import Named, NamedApplied
from ..rules import EQUATION, PSEUDO, REWRITE, START, TABLE
from ._rulespec import RuleCall
from ._rulespec import parse as parse_rulespec

_RESULT_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
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
        ``definition``, ``rewrite``, ``derivative``, ``evaluated``, ``equation``,
        ``restatement``.
    boxed : bool
        The row states a result.
    """

    line: int
    text: str
    rules: tuple[str, ...]
    steps: tuple[int, ...]
    kind: str
    boxed: bool = False


#: The highest derivative a row's left side may name (d^k X / dv^k).
MAX_ORDER = 4


def flat(e: sp.Basic) -> sp.Basic:
    """``e`` with every sum of sums as one sum, as written.

    The reader builds ``a - b - c`` as ``(a - b) - c``; an author means three
    terms, and a rule such as ``diff-sum-rule`` acts on the terms of one sum.
    Nothing else changes (no sorting, no arithmetic; products keep their
    grouping, ``-N(-\\lambda^{-2})`` stays two factors).
    """
    if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    args = [flat(a) for a in e.args]
    if isinstance(e, sp.Add):
        args = [b for a in args for b in (a.args if isinstance(a, sp.Add) else (a,))]
        if args == list(e.args):
            return e
    elif all(a is b for a, b in zip(args, e.args, strict=True)):
        return e
    return rebuild(e, args, evaluate=False)


def _name_key(e: Any) -> Any:
    """The key of a name a chain may carry (None when ``e`` is not a name).

    ``("name", X)``; ``("d", key, v)`` the derivative of chain ``key`` by ``v``
    (a k-th derivative nests k of them); ``("neg", key)`` minus a derivative;
    ``("at", key, v, value)`` chain ``key`` at ``v = value``.
    """
    if isinstance(e, Named):
        return ("name", e.name)
    if isinstance(e, NamedApplied) and all(isinstance(a, sp.Symbol) for a in e.args):
        return ("name", e.func.__name__)
    if isinstance(e, sp.Derivative) and len(e.variable_count) == 1:
        key = _name_key(e.expr)
        v, order = e.variable_count[0]
        if key is None or not (isinstance(order, (int, sp.Integer)) and 0 < order <= MAX_ORDER):
            return None
        for _ in range(int(order)):
            key = ("d", key, v)
        return key
    if isinstance(e, sp.Mul) and len(e.args) == 2 and e.args[0] == -1:
        inner = _name_key(e.args[1])
        return ("neg", inner) if inner is not None and inner[0] == "d" else None
    if isinstance(e, sp.Subs) and len(e.variables) == 1:
        inner = _name_key(e.expr)
        if inner is not None:
            return ("at", inner, e.variables[0], e.point[0])
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
        #: parameter -> the step of its boxed equation ``parameter = estimate``
        self.estimates: dict[sp.Basic, int] = {}
        self.objective: int | None = None
        self.differentiated: int | None = None  # the line the first derivative row names
        self.pending: list[tuple[str, sp.Basic, sp.Basic]] = []
        self.section = ""

    # -- helpers -----------------------------------------------------------------

    def _fail(self, line: int, message: str, kind: type = LoadError) -> None:
        raise kind(f"{self.where}:{line}: {message}")

    def _add(self, line: int, expr: sp.Basic, rule: Any, relation: str, **kw: Any) -> int:
        kw.setdefault("section", self.section)
        try:
            self.steps.append(Step(flat(expr), rule, relation, rows=(f"L{line}",), **kw))
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
        self,
        r: Any,
        parsed: Any,
        annotation: str | None,
        boxed: bool,
        continued: bool = False,
        result: str | None = None,
        note: str | None = None,
    ) -> None:
        """Add the steps of one row; ``continued``: the next row is a ``= ...`` row;
        ``result``: the key of the row's boxed result (its ``% result:`` mark);
        ``note``: a sentence for the row's own (last) step."""
        line = r.line
        if result is not None and not boxed:
            self._fail(
                line,
                "a '% result:' mark names the row's boxed result; box the closed form "
                "with \\boxed{...}.",
            )
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
        if note:
            self.steps[-1] = dataclasses.replace(self.steps[-1], note=note)
        if boxed:
            self._result(line, result)
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
        if key is not None and key[0] in ("d", "neg"):
            return self._derivative(line, key, lhs, rhs, lhs_text, names, params)
        if key is not None and key[0] == "at":
            return self._evaluate_at(line, key, rhs, lhs_text, names, params)
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
        negate = key[0] == "neg"
        d_key = key[1] if negate else key
        base = self.chains.get(d_key[1])
        if base is None:
            what = (
                "differentiates a derivative that no row above writes out; write the lower "
                "derivative's row first"
                if d_key[1][0] == "d"
                else "differentiates a name that no row above defines"
            )
            self._fail(line, f"{lhs_text} {what}.")
        if base.equation:
            self._fail(line, f"{lhs_text} differentiates an equation; name an expression.")
        wrt = d_key[2]
        # Minus a derivative (the observed information: minus the score's derivative).
        rule = "observed-information" if negate else "differentiate"
        ref = {"ref": base.last, "wrt": wrt}
        if names == (rule,):
            i = self._add(line, rhs, rule, "start", params=ref, lhs_latex=lhs_text)
            first = i
        else:
            self._only(
                line,
                names,
                (REWRITE, EQUATION, PSEUDO),
                "starts a chain; the rules of a "
                "derivative row turn d/dv (the named line) into the written one",
            )
            helper = sp.Derivative(self.steps[base.last].expr, wrt)
            if negate:
                helper = sp.Mul(-1, helper, evaluate=False)
            first = self._add(
                line,
                helper,
                rule,
                "start",
                params=ref,
                lhs_latex=lhs_text,
                note=f"helper: {'minus ' if negate else ''}the derivative of line "
                f"{self.steps[base.last].rows[0][1:]} with respect to {wrt}, as the row's "
                "left side says",
            )
            i = self._add(line, rhs, names or "auto", "=", params=params)
        if self.objective is None:
            self.objective, self.differentiated = base.first, base.last
        self.chains[key] = self.prev = _Chain(first, i, wrt=wrt, objective=base.first)
        return "derivative"

    def _evaluate_at(
        self, line: int, key: Any, rhs: Any, lhs_text: str, names: tuple, params: dict
    ) -> str:
        base = self.chains.get(key[1])
        if base is None or base.equation:
            self._fail(line, f"{lhs_text} evaluates a name that no row above defines.")
        v, value = key[2], key[3]
        at = self._estimate_of(v, value)
        if at is None:
            shown = sp.latex(v)
            self._fail(
                line,
                f"{lhs_text} needs a boxed result {shown} = ... on a row above "
                f"(the estimate it is evaluated at, written \\hat{{{shown}}}).",
            )
        ref = {"ref": base.last, "at": at}
        if names == ("evaluate-at",):
            first = i = self._add(line, rhs, "evaluate-at", "start", params=ref, lhs_latex=lhs_text)
        else:
            self._only(
                line,
                names,
                (REWRITE, EQUATION, PSEUDO),
                "starts a chain; the rules of an evaluated row turn the named line, "
                "with the estimate put in, into the written one",
            )
            first = self._add(
                line,
                substituted(self.steps[base.last].expr, v, self.steps[at].expr.rhs),
                "evaluate-at",
                "start",
                params=ref,
                lhs_latex=lhs_text,
                note=f"helper: line {self.steps[base.last].rows[0][1:]} at {v} = its estimate "
                f"(line {self.steps[at].rows[0][1:]}), as the row's left side says",
            )
            i = self._add(line, rhs, names or "auto", "=", params=params)
        self.chains[key] = self.prev = _Chain(first, i, objective=base.objective)
        return "evaluated"

    def _estimate_of(self, v: Any, value: Any) -> int | None:
        """The step of the boxed equation ``v = estimate`` that ``value`` (``\\hat v``) names."""
        at = self.estimates.get(v)
        if at is None:
            return None
        name = getattr(value, "name", None)
        ok = value == v or name == f"hat_{v.name}" or value == self.steps[at].expr.rhs
        return at if ok else None

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
                lhs_latex=self.steps[prev.first].lhs_latex,
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

    def _result(self, line: int, key: str | None = None) -> None:
        expr = self.steps[-1].expr
        symbol = None
        if key is not None:
            key, _, shown = (part.strip() for part in key.partition("="))
            symbol = self._result_symbol(line, shown) if shown else None
            if not _RESULT_KEY.match(key):
                self._fail(
                    line,
                    f"the result key {key!r} is not a name (letters, digits and '_', "
                    "such as information_lambda).",
                )
            if key in self.results:
                self._fail(line, f"the result {key!r} is stated twice.")
        if isinstance(expr, sp.Equality) and isinstance(expr.lhs, sp.Symbol):
            param = expr.lhs
            name = param.name[4:] if param.name.startswith("hat_") else param.name
            if name != param.name:
                # \hat\lambda = ...: the estimate of lambda, the symbol of the log-likelihood.
                found = [s for s in self._objective_symbols() if getattr(s, "name", None) == name]
                param = found[0] if found else param
            self.estimates[param] = len(self.steps) - 1
            self.pending.append((key or name, param, expr.rhs))
        elif key is not None and not isinstance(expr, sp.Equality):
            # A chain's line kept under the key (the observed information at the estimate).
            self.pending.append((key, symbol or sp.Symbol(key, real=True), expr))
        else:
            self._fail(
                line,
                "a boxed result must be an equation 'parameter = closed form', or a line "
                "with a '% result: KEY' mark.",
            )
        self.results[key or name] = None  # type: ignore[assignment]

    def _result_symbol(self, line: int, text: str) -> sp.Symbol:
        """The symbol a ``% result: KEY = SYMBOL`` mark names (LaTeX, such as ``I_{\\lambda}``)."""
        try:
            symbol = self.parse_latex(text)
        except ValueError as exc:
            self._fail(line, f"cannot read the result's symbol {text!r}: {exc}.")
        if not isinstance(symbol, sp.Symbol):
            self._fail(line, f"the result's symbol {text!r} is not a single name.")
        # Only a name: named by its LaTeX as written, so that it prints as written
        # (read back, I_{\\sigma^{2}} would be the symbol I_sigma2, printed I_{sigma2}).
        return sp.Symbol(" ".join(text.split()), real=True)

    def finish(self) -> None:
        """Evaluate the results (with sympy's evaluation on: call outside the reader's
        unevaluated context)."""
        for key, symbol, value in self.pending:
            self.results[key] = evaluated(sp.Eq(symbol, value, evaluate=False))
        self.pending.clear()

    def _objective_symbols(self) -> set:
        if self.objective is None:
            return set()
        return self.steps[self.objective].expr.free_symbols

    def log_likelihood(self) -> sp.Basic | None:
        """The line the first derivative row differentiates (the log-likelihood chain's
        last line, proved equal to its definition by the rows above), evaluated.

        The simplified form, not the definition: an estimator compiled from the
        results reads its sums from it (``log((1 - p)^(x_n - 1))`` does not split
        into ``(x_n - 1) log(1 - p)`` under sympy's flags alone, its rows do).
        """
        if self.differentiated is None:
            return None
        return evaluated(self.steps[self.differentiated].expr)
