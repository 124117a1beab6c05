"""What the names of a post stand for: named quantities, definitions, estimates.

A post gives names values as it goes: ``L(p) = \\prod ...`` defines the
likelihood, ``\\ell = \\log L`` the log-likelihood, ``\\bar{y} = \\frac{1}{n}
\\sum y_i`` the sample mean; a later ``\\frac{d\\ell}{dp}`` or ``\\log L(\\hat p)``
means those values. :class:`Names` keeps them and :meth:`Names.resolve`
replaces every name in an expression by the value the post last gave it:

- a named quantity applied to arguments (``L(\\hat p)``) takes the value with
  its parameters replaced - by the estimate (``p -> \\hat p``), by a sample
  (``f(x) -> f(x_i)``), an index (``p(y_i) -> p(y_j)``), another letter or a formula
  (``q(\\lambda)``, ``f(1/x)``: the value there, all arguments put in at once); the
  letter of the data is a label (``\\ell(x)`` and ``\\ell(\\lambda)`` are the same
  log-likelihood), and a call at another number of arguments, or that may mean two
  things (``f(x^2)`` beside ``f(x)``), is read at no value (:meth:`Names.unmatched`);
- the derivative of a named quantity is the last value the post wrote for that
  derivative, else the derivative of the quantity's value (evaluated at an
  estimate when the quantity is written at one: ``d LL(\\hat\\lambda)/d\\lambda``);
- densities written by name (``\\mathcal{N}(x | \\mu, \\sigma^2)``) become their formula.

Estimates (``\\hat{p}``, ``p_{MLE}``, ``\\hat{p}_{MLE}``) are recognised by
:func:`estimate_of`; equation steps read them as the parameter they estimate.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Container, Iterable
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef

from .. import symbols as S
from . import _special
from ._indicators import INDICATOR
from ._matrices import as_reader_types
from ._named_calls import table_reading
from ._opaque_call import OpaqueCall  # OPAQUE8: an undefined function read as an arbitrary one
from ._sign_letter import SIGN
from ._tosympy import (
    DENSITIES,
    FAMILY_MARK,
    ArgMax,
    Bound,
    Density,
    Named,
    NamedApplied,
    Opaque,
    SpecialCall,
    Transposed,
    _variance_root,
    bar_of,
    evaluating,
    make_sum,
    named_function,
    numbered_siblings,
    opaque,
)

#: Functions of matrices that the 1x1 reading turns into numbers (det x = x, tr x = x).
MATRIX_FUNCTIONS = frozenset(["det", "tr"])
#: Undefined functions that stand for "any function" in a general identity.
#: READ6: the indicator, an unknown function of its event; and f_i(x) under a sum over i, a
#: family of unknown functions, one per index (._tosympy.apply).
GENERIC_FUNCTIONS = frozenset("fgh") | {INDICATOR} | {f"{c}{FAMILY_MARK}" for c in "fgh"}
_ESTIMATE_SUFFIXES = ("_MLE", "_ML", "_mle", "_ml", "_hat")
#: A subscript naming the method that gives an estimate, braced or in an upright font:
#: theta_{MLE}, theta_\mathrm{map}, a_\text{MoM}, p_{\mathrm{MAP}}.
_METHOD_SUBSCRIPT = re.compile(
    r"_\{?(?:\\(?:mathrm|text|textrm|rm|operatorname)\{)?"
    r"(?:MLE|ML|mle|ml|MAP|map|MoM|MOM|mom)\}{0,2}$"
)


#: A letter with an accent (``\hat y``, ``\tilde x``, ``\bar u``): a quantity of its own,
#: not the letter it is written on.
_ACCENTED = re.compile(r"(?:hat|tilde|bar|check)_")
#: In :attr:`Names.through`: the name may depend on any symbol (its row was not read).
ANY = "*"
#: In :attr:`Names.through`: an indexed name a row defines by a formula (``e_i = y_i - b
#: x_i``): a derivative of a value holding it must not read it as a constant (sound12).
FORMULA = "=*"


def estimate_of(sym: sp.Basic) -> str | None:
    """The parameter an estimate names: ``hat_p``, ``p_MLE``, ``hat_p_MLE`` -> ``"p"``."""
    if not isinstance(sym, sp.Symbol):
        return None
    name = sym.name
    hatted = False
    while name.startswith(("hat_", "tilde_")):
        name = name.split("_", 1)[1]
        hatted = True
    suffixed = False
    for suf in _ESTIMATE_SUFFIXES:
        if name.endswith(suf) and len(name) > len(suf):
            name = name[: -len(suf)]
            suffixed = True
            break
    else:
        method = _METHOD_SUBSCRIPT.search(name)
        if method is not None and method.start() > 0:
            name = name[: method.start()]
            suffixed = True
    if not (hatted or suffixed):
        return None
    return name


#: A starred name (``\\lambda^*``, ``\\theta^{\\star}``, read as ``lambda^{*}``): its letter.
_STARRED = re.compile(r"^(?P<base>[A-Za-z]+)\^\{\*\}$")


def starred_letter(e: sp.Basic, letters: Iterable[sp.Basic]) -> sp.Symbol | None:
    """The letter among ``letters`` that a starred name stands on (``\\lambda^*`` ->
    ``lambda``), or None. "Solving for $\\lambda$: $\\lambda^* = R$" names the root of the
    equation in ``lambda`` with a star, as ``\\hat\\lambda`` does (catch59); whether a row
    is such a result is the caller's to decide."""
    m = _STARRED.match(e.name) if isinstance(e, Named) else None
    if m is None:
        return None
    return next(
        (s for s in letters if isinstance(s, sp.Symbol) and s.name == m.group("base")), None
    )


def quantity_name(e: sp.Basic) -> str | None:
    """The name of a named quantity (``Named`` or an application of one)."""
    if isinstance(e, Named):
        return e.name
    if isinstance(e, NamedApplied):
        return str(e.func)
    return None


@dataclasses.dataclass
class Value:
    """A value the post gave a name: the step holding it and the parameters it is written in."""

    step: int
    expr: sp.Basic
    params: tuple[sp.Basic, ...] = ()
    line: int = 0
    row: int = -1
    #: how many of ``params`` precede the conditioning bar of the call the value was given
    #: at (``p(z | x) = ...``: 1), 0 without one: a value of the conditional density is not
    #: the joint's of the same letters, nor one of ``p(a | b, c)`` of ``p(a, b | c)``
    bar: int = 0
    #: the call the value was given at (``p(x | theta)``), None for a name written bare
    call: Any = None
    #: the heading a sentence gave the value under (None: not a sentence's, or not known);
    #: a row restating the name under another heading is not compared with it
    section: str | None = None


@dataclasses.dataclass
class Names:
    """Named quantities, derivatives of them and defined symbols, with their latest values."""

    quantities: dict[str, list[Value]] = dataclasses.field(default_factory=dict)
    derivatives: dict[tuple, Value] = dataclasses.field(default_factory=dict)
    defined: dict[sp.Symbol, Value] = dataclasses.field(default_factory=dict)
    #: letter -> the value of its square a row gave, the letter's sign unsaid (``T^2 = R``:
    #: an equation in T, ``._rewrites``): every even power of the letter is a power of
    #: ``R`` whichever root the post means (external49's LRT question, line 20)
    squares: dict[sp.Symbol, Value] = dataclasses.field(default_factory=dict)
    derivative_order: list[tuple] = dataclasses.field(default_factory=list)
    #: the arguments of a derivative key written at data (``"h(x[i])" -> (x[i],)``)
    key_args: dict = dataclasses.field(default_factory=dict)
    #: parameter -> the value the post solved it for (``\\hat\\mu = \\bar{x}``)
    estimates: dict = dataclasses.field(default_factory=dict)
    #: parameter -> the row (index in the plans) whose result gave that estimate (catch59)
    estimate_rows: dict = dataclasses.field(default_factory=dict)
    #: name -> the value its definition gave it (before any rewrite)
    definitions: dict = dataclasses.field(default_factory=dict)
    #: (name, arguments) -> the value of the joint density the post writes under the letter
    #: of a conditional one (``p(y, \\mu) = p(y | \\mu) p(\\mu)``; the reader reads both
    #: as ``p(y, mu)``, so the joint is kept apart from the letter's values)
    joints: dict = dataclasses.field(default_factory=dict)
    #: name -> the symbol the post reads it as (the parameter an estimate estimates)
    symbol: Any = None
    #: leave applications without a value in place (a row may define them) instead of failing
    lenient: bool = True
    #: the variables the post differentiates by (never read as a named quantity)
    variables: set = dataclasses.field(default_factory=set)
    #: the post's parameters (``post_parameters``): constants of a derivative they are
    #: not taken by, never names without a value
    parameters: frozenset = frozenset()
    #: the symbols the declared laws are written in (``p`` of ``theta ~ gamma(r, p/(1-p))``):
    #: each is that symbol, never a quantity of its letter written bare (``p(y)``)
    law_symbols: frozenset = frozenset()
    #: name -> {symbol name: line} of the rows above that equate the name, written alone,
    #: with an expression in those symbols (``z_i = y_i w x_i``): a value holding the name
    #: may depend on them through it, whether or not the reader took the row as its value;
    #: ``ANY`` for a name a row the reader could not read defines (``hat-y = g(xw + b)``)
    through: dict = dataclasses.field(default_factory=dict)
    #: name -> line of a row that gave the name (or its log) another value under another
    #: heading, not compared: until a row gives it a value again it has none, and is not
    #: read as a declared law's density either (held-out batch 45)
    ended: dict = dataclasses.field(default_factory=dict)
    #: the values being resolved right now (ids of their records): a name is never
    #: resolved inside its own value
    _inside: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    #: the variables of the derivatives being resolved right now: inside d/dv, v is the
    #: variable, never the value a row gave it (beta = (X^T X + lambda I)^{-1} X^T Y)
    _held: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    #: the table's readings of a call written alone as a side (``v = \\psi(t)``), which may
    #: be the post naming a function of its own: a row compared through one is never
    #: refuted (``._build``, ``._named_calls``)
    guessed: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    #: the calls the post writes alone as a side of a row (the builder adds them)
    whole_sides: set = dataclasses.field(default_factory=set, repr=False, compare=False)
    #: the rows (indices in the plans) whose values were put in, in order: a row resting on a
    #: value a refuted row gave is noted so (``._verdicts``)
    used_rows: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    #: the values a sentence gave (``Value.section`` known) that were put in, with their names,
    #: in order: one given under another heading than the row's may be another function
    #: there (``._build``)
    used_said: list = dataclasses.field(default_factory=list, repr=False, compare=False)
    _through_call: bool = dataclasses.field(default=False, repr=False, compare=False)

    # -- recording ---------------------------------------------------------------
    def set_quantity(self, head: sp.Basic, value: Value) -> None:
        name = quantity_name(head)
        if name is None:
            return
        self.definitions.setdefault(name, value)
        params = tuple(head.args) if isinstance(head, NamedApplied) else ()
        value.params = params or value.params
        if params:
            value.bar = bar_of(head)
            value.call = head
        history = self.quantities.setdefault(name, [])
        if not history:
            # Derivatives written while the name had no value (part (i)'s d ln L/d lambda,
            # then part (iii)'s ln L = ...) are not derivatives of this value.
            self._forget_derivatives([name.removeprefix("log ")])
        # A value with the same kind of parameters replaces the previous one.
        for k, old in enumerate(history):
            if _same_kinds(old.params, value.params) and old.bar == value.bar:
                history[k] = value
                return
        history.append(value)

    def redefine(self, head: sp.Basic, value: Value) -> list[str]:
        """``L(p) = ...`` for a new model: ``L`` starts over, and so does every quantity
        defined through it (``\\ell = \\log L`` goes back to its definition); derivatives
        computed from the old values are forgotten. Returns the names reset."""
        name = quantity_name(head)
        if name is None:
            return []
        value.params = tuple(head.args) if isinstance(head, NamedApplied) else ()
        value.bar = bar_of(head) if value.params else 0
        value.call = head if value.params else None
        self.quantities[name] = [value]
        self.definitions[name] = value
        self.joints = {k: v for k, v in self.joints.items() if k[0] != name}
        reset = [name]
        for other, first in self.definitions.items():
            if other == name:
                continue
            mentioned = {quantity_name(a) for a in first.expr.atoms(Named, NamedApplied)}
            mentioned |= {s.name for s in first.expr.free_symbols if isinstance(s, sp.Symbol)}
            if name in mentioned:
                self.quantities[other] = [first]
                reset.append(other)
        self._forget_derivatives(reset)
        for key in [k for k in self.quantities if k.startswith("log ") and k[4:] in reset]:
            del self.quantities[key]
        # A new model: what was solved for the old one no longer holds.
        self.estimates.clear()
        return reset

    def forget(self, name: str) -> None:
        """``name`` has no value from here on, nor have the derivatives computed from the
        value it had (a row about them is compared with nothing)."""
        self.quantities.pop(name, None)
        self._forget_derivatives([name])

    def _forget_derivatives(self, names: list[str]) -> None:
        """Drop the derivatives of these quantities (at any arguments: ``h(x[i])``)."""
        for key in list(self.derivatives):
            if key[1].partition("(")[0] in names:
                del self.derivatives[key]
                self.derivative_order.remove(key)

    def update_quantity(self, name: str, value: Value) -> None:
        """A rewrite of the latest value of ``name`` (the chain goes on)."""
        history = self.quantities.get(name)
        if not history:
            return
        value.params = history[-1].params
        value.bar = history[-1].bar
        value.call = history[-1].call
        history[-1] = value

    def set_derivative(self, key: tuple, value: Value) -> None:
        self.derivatives[key] = value
        if key in self.derivative_order:
            self.derivative_order.remove(key)
        self.derivative_order.append(key)

    def define(self, sym: sp.Symbol, value: Value) -> None:
        if sym in self.parameters and value.expr.has(SIGN):
            # theta = (-1 \pm \sqrt{1 + 4W})/2: the roots of an equation in the parameter,
            # not its value; put in for theta later, it turned the log-likelihood's rows
            # into lines of the sign (external46 jimmyhickey 10.3, line 62)
            return
        self.defined[sym] = value

    def give_square(self, sym: sp.Symbol, value: Value) -> None:
        """``sym^2 = value`` with ``sym``'s sign not said (see ``squares``)."""
        self.squares[sym] = value

    # -- looking up --------------------------------------------------------------
    def has_value(self, e: sp.Basic) -> bool:
        """Has the quantity a value for these arguments (``p(y_i | ...)``, ``p(y | ...)``)?"""
        name = quantity_name(e)
        if name is None or name not in self.quantities:
            return False
        if isinstance(e, NamedApplied):
            return self.value_of(e)[0] is not None or bool(self.unmatched(e))
        return True

    def unmatched(self, app: sp.Basic) -> str:
        """Why a call of a quantity with a value is read at none (``""`` when it is read, or
        when it has another number of arguments: another function under the letter): an
        argument may mean two things (:func:`_ambiguous`)."""
        name = quantity_name(app)
        if not isinstance(app, NamedApplied) or self.value_of(app)[0] is not None:
            return ""
        for v in self.quantities.get(name or "", []):
            if len(v.params) != len(app.args) or v.bar != bar_of(app):
                continue
            if why := _off_its_point(v, app.args, frozenset(self.defined)):
                return f"{app}: {why} (line {v.line}); not compared"
            for p, a in zip(v.params, app.args, strict=True):
                if why := _ambiguous(p, a, v.expr):
                    return (
                        f"{app} is written at {a} where the value of {name} (line {v.line}) "
                        f"is written at {p}: {why}, which the call does not say; not compared"
                    )
        return ""

    def value_of(self, app: sp.Basic) -> tuple[sp.Basic | None, dict, Value | None]:
        """The value of a named quantity as written here, the substitution used, and its record."""
        name = quantity_name(app)
        history = self.quantities.get(name or "")
        if not history:
            return None, {}, None
        args = tuple(app.args) if isinstance(app, NamedApplied) else ()
        # h_theta(x) beside h_theta(x_i) = ...: a function of a value, read at x. Not
        # p(y | mu) beside p(y_i | mu) = ...: there the bare letter is all the data.
        at_letter = name in self._functions_of_a_value()
        # p(x) beside p(x | mu) and p(mu): the letters of the arguments tell the densities apart
        letters = {q for v in history for q in v.params}
        best: tuple[int, int] | None = None
        for k, v in enumerate(history):
            if args and len(v.params) == len(args) and v.bar != bar_of(app):
                # p(z | x) beside p(z, x) = ... (or p(a, b | c) beside p(a | b, c) = ...): a
                # conditional density and a joint one of the same letters, two functions
                continue
            score = _match_score(v, args, at_letter, letters)
            if score is None or _off_its_point(v, args, frozenset(self.defined)):
                continue
            if best is None or (score, k) >= best:
                best = (score, k)
        if best is None:
            return None, {}, None
        v = history[best[1]]
        sub = _substitution(v, args, self.plain, at_letter, frozenset(self.defined))
        expr = v.expr
        if any(_binds(expr, p) for p in sub):
            expr = worked_out(expr, tuple(p for p in sub if _binds(expr, p)))
        return (expr.xreplace(sub) if sub else expr), sub, v

    def derivative_key(self, d: sp.Derivative) -> tuple | None:
        """``(quantity, variable, ...)`` of the derivative of a named quantity (or its log)."""
        inner = d.expr
        wrapper = ""
        if isinstance(inner, sp.log):
            wrapper, inner = "log", inner.args[0]
        name = quantity_name(inner)
        if (
            name is None
            and isinstance(inner, sp.Symbol)
            and (inner in self.defined or inner.name in self.quantities)
        ):
            name = inner.name
        if name is None:
            return None
        if isinstance(inner, NamedApplied) and self._data_arguments(inner):
            # dh(x)/dtheta and dh(x_i)/dtheta are two values (of one function at two
            # points): a value written for one is the other's only once x -> x_i is put in.
            name = f"{name}({', '.join(map(str, inner.args))})"
            self.key_args[name] = tuple(inner.args)
        variables = self.derivative_variables(d)
        return (wrapper, name, *[str(v) for v in variables])

    def derivative_variables(self, d: sp.Derivative) -> list:
        """The variables ``d`` is taken by. An estimate's letter stands for its parameter
        (``d ell / d hat-mu`` of a log-likelihood in ``mu``: the derivative at the estimate),
        unless the expression holds that letter itself: in a loss ``L(y, hat-y)`` the two
        letters are two variables, and the derivative by ``hat-y`` is not the one by ``y``."""
        out = []
        written = None
        for v in d.variables:
            p = self.plain(v)
            if p != v:
                if written is None:
                    written = self._letters_of(d.expr)
                if v in written:
                    p = v
            out.append(p)
        return out

    def _letters_of(self, e: sp.Basic) -> set:
        """The symbols of ``e`` and of the value a row gave its head (one level: ``L`` in
        ``dL/d hat-y`` with ``L(y, hat-y) = ...``)."""
        out = set(e.free_symbols)
        value, _name, _record = self._head_value(e)
        if value is None and e in self.defined:
            value = self.defined[e].expr  # L = (mu - hat-mu)^2, a symbol defined bare
        if value is not None:
            out |= value.free_symbols
        return out

    def _head_value(self, e: sp.Basic) -> tuple[sp.Basic | None, str | None, Value | None]:
        """The value of the quantity ``e`` (or its log) names, with its name and record:
        ``L(p)`` through :meth:`value_of`, ``J`` written bare through its latest value."""
        head = e.args[0] if isinstance(e, sp.log) and e.args else e
        if isinstance(head, (Named, NamedApplied)):
            value, _, record = self.value_of(head)
            return value, quantity_name(head), record
        if isinstance(head, sp.Symbol) and self.quantities.get(head.name):
            record = self.quantities[head.name][-1]
            return record.expr, head.name, record
        return None, None, None

    def _data_arguments(self, app: sp.Basic) -> bool:
        """Does a quantity apply to samples (``h(x_i)``) or to their bare letter (``h(x)``)?"""
        samples = getattr(self.symbol, "sample_names", {}) or {}
        return any(
            isinstance(a, sp.Indexed) or (isinstance(a, sp.Symbol) and a.name in samples)
            for a in app.args
        )

    def _functions_of_a_value(self) -> set:
        """Functions whose bare sample letter is a value of their variable (``h_\\theta(x)``,
        the post writes them with a parameter subscript), not all the data (``p(y | \\mu)``)."""
        return set(getattr(self.symbol, "function_names", {}).values())

    def _written_at_other_data(self, key: tuple) -> sp.Basic | None:
        """The value the post wrote for the same derivative at other samples (``dh(x)/d
        theta`` for ``dh(x_i)/dtheta``), moved to this key's: ``None`` when there is none
        or when it cannot be moved safely."""
        args = self.key_args.get(key[1])
        if args is None:
            return None
        base = key[1].partition("(")[0]
        for other in reversed(self.derivative_order):
            if other == key or other[0] != key[0] or other[2:] != key[2:]:
                continue
            there = self.key_args.get(other[1])
            if there is None or other[1].partition("(")[0] != base:
                continue
            value = self.derivatives[other].expr
            sub = _rebind(value, there, args, base in self._functions_of_a_value())
            if sub is not None:
                return value.xreplace(sub)
        return None

    # -- resolution ----------------------------------------------------------------
    def resolve(self, e: sp.Basic, *, depth: int = 0) -> tuple[sp.Basic | None, str]:
        """Replace names by their values; ``None`` and a reason when one has none."""
        if depth > 8:
            return None, "names defined in terms of each other more than 8 deep"
        if not isinstance(e, sp.Basic) or e.is_Atom and not isinstance(e, sp.Symbol):
            return e, ""
        try:
            return self._resolve(e, depth)
        except _Unresolved as exc:
            return None, str(exc)

    def resolve_holding(self, e: sp.Basic, held: set) -> tuple[sp.Basic | None, str]:
        """:meth:`resolve` with the letters ``held`` kept as letters: the arguments of the
        function a row defines (``f_X(x) = ...``) are its own variables, not the value a
        sentence gave the letter (``inflection points at $x = \\mu - \\sigma$``; held-out
        batch 55, blind65)."""
        self._held.append(set(held))
        try:
            return self.resolve(e)
        finally:
            self._held.pop()

    def _resolve(self, e: sp.Basic, depth: int) -> tuple[sp.Basic, str]:
        with evaluating(False):
            out = self._walk(e, depth)
        return out, ""

    def _walk(self, e: sp.Basic, depth: int) -> sp.Basic:
        inner, self._through_call = self._through_call, False
        if depth > 12:
            raise _Unresolved("names defined in terms of each other more than 12 deep")
        if isinstance(e, DENSITIES):
            return self._walk(e.doit(), depth)
        if isinstance(e, sp.Derivative):
            return self._derivative(e, depth)
        if isinstance(e, sp.log) and quantity_name(e.args[0]) is not None:
            # log L: the value the post last wrote for log L, if it wrote one.
            logged = self.quantities.get("log " + quantity_name(e.args[0]))
            if logged:
                return self._walk(logged[-1].expr, depth + 1)
        if isinstance(e, SpecialCall):
            # B(alpha, beta): the post's own B if it gave B a value, else the table's
            self._through_call = True
            return self._walk(named_function(str(e.func))(*e.args), depth)
        if isinstance(e, (Named, NamedApplied)):
            self._not_joint_and_conditional(e)
            value, _, record = self.value_of(e)
            if record is not None and not isinstance(e, NamedApplied):
                _no_bare_function(e, record)
            if record is not None and id(record) in self._inside:
                # L(b; Y_1..Y_N) = prod_n L(b; Y_n): inside its own value a name applied to
                # other arguments is another function (one observation's likelihood), not
                # the definition again; a name written bare inside its own value has none.
                if not isinstance(e, NamedApplied):
                    raise _Unresolved(f"{_show(e)} is defined in terms of itself")
                value = None
            if value is None:
                if record is None and (why := self.unmatched(e)):
                    raise _Unresolved(why)
                if (line := self.ended.get(quantity_name(e) or "")) is not None:
                    raise _Unresolved(
                        f"{_show(e)} was given another value under another heading (line "
                        f"{line}), which the reader did not compare: it has no value here"
                    )
                if isinstance(e, NamedApplied) and str(e.func) in GENERIC_FUNCTIONS:
                    # f(x | theta) and f(x, theta) stay two functions (the bar's keyword)
                    bar = {"bar": bar_of(e)} if bar_of(e) else {}
                    return sp.Function(str(e.func), **bar)(*[self._walk(a, depth) for a in e.args])
                special = self._special(e, depth) if isinstance(e, NamedApplied) else None
                if special is not None and not inner and e in self.whole_sides:
                    self.guessed.append(table_reading(e))
                if special is not None:
                    return special
                if isinstance(e, NamedApplied) and self.lenient:
                    return e.func(*[self._walk(a, depth) for a in e.args])
                raise _Unresolved(f"{_show(e)} is used before the post gives it a value")
            self._inside.append(id(record))
            self.used_rows.append(record.row)
            if record.section is not None:
                self.used_said.append((e, record))
            try:
                return self._walk(value, depth + 1)
            finally:
                self._inside.pop()
        if (square := self._even_power(e)) is not None:
            return self._walk(square, depth + 1)
        if isinstance(e, Bound):
            return e  # an integral's variable: never a value the post gave its letter
        if isinstance(e, sp.Symbol):
            v = self.defined.get(e)
            # A variable the post differentiates by (now, or since) is the variable, not
            # the value an earlier row gave it: that row stated a result.
            held = e in self.variables or any(e in h for h in self._held)
            if v is not None and depth < 8 and not held:
                self.used_rows.append(v.row)
                return self._walk(v.expr, depth + 1)
            # nor read as the mean of its sample when held: d g(xbar)/d xbar after xbar =
            # (1/n) sum X_i is taken by xbar (held-out batch 45; read as the mean, the value
            # held no xbar and its derivative was 0)
            if e.name.startswith("bar_") and self.symbol is not None and not held:
                mean = self.symbol.mean(e.name[4:])
                if mean is not None:
                    return mean
            if (
                e.name in self.quantities
                and e not in self.variables
                and e.is_commutative
                and not self._own_symbol(e)
            ):
                # L written bare after L(x_1, ..., x_n) was defined: the same quantity.
                return self._walk(Named(e.name), depth + 1)
            return e
        if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)) or not e.args:
            return e
        if isinstance(e, (sp.Sum, sp.Product)) and len(e.args) == 2:
            return self._walk_sum(e, depth)
        args = [self._walk(a, depth) for a in e.args]
        if all(a is b for a, b in zip(args, e.args, strict=False)):
            return e
        if isinstance(e, (sp.Sum, sp.Product)) and len(args) == 2:
            idx, lo, hi = args[1]
            return make_sum(e.func, args[0], idx, lo, hi)
        return e.func(*args, evaluate=False) if _takes_evaluate(e) else e.func(*args)

    def _walk_sum(self, e: sp.Basic, depth: int) -> sp.Basic:
        """A sum or product: its body and limits walked as any other arguments, except a
        limit that is a bare letter the post only defines as a function (``h_w(x) =
        \\sigma(w^T x + b)``, then ``\\sum_{j=1}^h``): a limit counts terms, and the value of
        a function there is no count, so the letter stays a letter (the number of terms
        the author means; hack-notes' softmax, held-out external39). As the letter a sum
        from 0 or 1 runs to (``_parse._sum_sizes``), the upper one is then a positive integer,
        so that the numeric check can write the sum out."""
        body, (idx, lo, hi) = e.args
        bounds = [b if self._function_letter(b) else self._walk(b, depth) for b in (lo, hi)]
        if bounds[1] is hi and self._function_letter(hi) and lo in (sp.S.Zero, sp.S.One):
            bounds[1] = sp.Symbol(hi.name, integer=True, positive=True)
        args = [self._walk(body, depth), sp.Tuple(self._walk(idx, depth), *bounds)]
        if all(a is b for a, b in zip(args, e.args, strict=False)) and bounds == [lo, hi]:
            return e
        return make_sum(e.func, args[0], args[1][0], *bounds)

    def _function_letter(self, b: sp.Basic) -> bool:
        """Is ``b`` a bare letter that only names a function of the post (no value of its
        own: the post writes it applied to arguments, ``h(x) = ...``)?"""
        return (
            isinstance(b, sp.Symbol)
            and not isinstance(b, Named)
            and b not in self.defined
            and b.name in self.quantities
            and any(v.params for v in self.quantities[b.name])
        )

    def _even_power(self, e: sp.Basic) -> sp.Basic | None:
        """``T^{2k}`` as ``R^k`` when a row gave ``T^2 = R`` only (``squares``), or None.
        Not for a letter with a value of its own, nor for the variable of a derivative
        being read (d/dT: T is the variable there, as for ``defined``)."""
        if not isinstance(e, sp.Pow) or not isinstance(e.base, sp.Symbol):
            return None
        v = self.squares.get(e.base)
        if v is None or e.base in self.defined or not (e.exp.is_Integer and e.exp.is_even):
            return None
        if e.base in self.variables or any(e.base in h for h in self._held):
            return None
        self.used_rows.append(v.row)
        return sp.Pow(v.expr, e.exp // 2)

    def _not_joint_and_conditional(self, e: sp.Basic) -> None:
        """Raise for ``p(y, p)`` integrated over one of its arguments when the post wrote a
        joint density and a conditional one under that letter with as many arguments
        (``p(y, p) = p(y | p) p(p)``): the reader keeps the arguments, not the bar, so
        which of the two the integral means is not known (``\\int p(y, p)\\,dp``, a
        marginal, had read the likelihood). Elsewhere the row's own reading of the joint
        (``_rewrites``) tells them apart."""
        if not isinstance(e, NamedApplied) or not any(isinstance(a, Bound) for a in e.args):
            return
        head = str(e.func)
        for name, args in self.joints:
            if name == head and len(args) == len(e.args):
                raise _Unresolved(
                    f"{_show(e)} is the letter of a joint and of a conditional density of "
                    "the post alike: which one is meant here is not said"
                )

    def _special(self, e: NamedApplied, depth: int) -> sp.Basic | None:
        """A call the post gives no value, read through the table of special functions
        (``B(\\alpha, \\beta)`` -> ``beta(alpha, beta)``); None when the table has no such
        name and arity. Raises when the post's own use of the name rules the table out
        (see :mod:`._special`): a value given to the plain name (``\\psi = 2``), or a
        function of that letter defined in a row the reader cannot read or use here."""
        lex = getattr(self.symbol, "lex", None)
        found = _special.lookup(str(e.func), len(e.args), getattr(lex, "normal", frozenset()))
        if found is None:
            return None
        for s in self.defined:
            if isinstance(s, sp.Symbol) and s.name in (found.written, found.letter):
                raise _Unresolved(
                    f"{found.written} is given a value in the post, so {found.written}(...) "
                    f"is not read as {found.describe()}"
                )
        if (
            found.letter in getattr(lex, "functions", ())
            and not found.entry.by_words  # the words that name it the normal's are the evidence
            and not (found.assumable and self._density_built_on(found))
        ):
            raise _Unresolved(
                f"{found.written}(...) is defined by the post itself, in a row the reader "
                f"cannot read (or cannot use here); it is not assumed to be {found.describe()}"
            )
        return found.build(*[self._walk(a, depth) for a in e.args])

    def _density_built_on(self, found: _special.Found) -> bool:
        """Does a value the post gave hold a named density whose formula has the function
        of ``found``, of the same order (the von Mises density, on ``I_0`` - not ``I_1``)?"""
        fn = found.entry.function
        values = [*self.definitions.values(), *(v for h in self.quantities.values() for v in h)]
        for v in values:
            for d in v.expr.atoms(Density):
                with evaluating(True):
                    uses = d.doit().atoms(fn)
                if any(not found.entry.ordered or f.args[0] == found.order for f in uses):
                    return True
        return False

    def _derivative(self, d: sp.Derivative, depth: int) -> sp.Basic:
        if any(not c.is_Integer and c.is_number for _, c in d.variable_count):
            # d/dtheta of d/dtheta merged unevaluated: (theta, 1 + 1) is (theta, 2)
            with evaluating(True):
                counts = [(v, c.func(*c.args) if c.is_number else c) for v, c in d.variable_count]
            if all(c.is_Integer for _, c in counts):
                d = sp.Derivative(d.expr, *counts, evaluate=False)
        # _wrt_variables: d^n/dx^n with a symbolic n has no list of n variables
        self._held.append({*d._wrt_variables, *self.derivative_variables(d)})
        try:
            return self._derivative_held(d, depth)
        finally:
            self._held.pop()

    def _derivative_held(self, d: sp.Derivative, depth: int) -> sp.Basic:
        if any(isinstance(v, AppliedUndef) for v in d.variables):
            return self._walk(by_inner_function(d), depth + 1)
        key = self.derivative_key(d)
        inner = d.expr.args[0] if isinstance(d.expr, sp.log) else d.expr
        at = self.estimate_points(inner)
        variables = self.derivative_variables(d)
        if key is not None:
            # The longest derivative the post wrote a value for: d2l/dv2 from dl/dv.
            for k in range(len(variables), 0, -1):
                v = self.derivatives.get(key[:2] + key[2 : 2 + k])
                moved = None
                if v is None:
                    moved = self._written_at_other_data(key[:2] + key[2 : 2 + k])
                    if moved is None:
                        continue
                value = v.expr if v is not None else moved
                if v is not None:
                    self.used_rows.append(v.row)  # the row the value rests on
                if k < len(variables):
                    value = self._differentiate(value, variables[k:])
                value = value.xreplace(at) if at else value
                return self._walk(value, depth + 1)
        hidden = self._hidden_dependence(d.expr, variables, at)
        if hidden is not None:
            return hidden
        # d/dv of the value; by an estimate's parameter and evaluated at the estimate.
        body = self._walk(d.expr, depth)
        _by_an_element(d.expr, body, variables)
        held = held_derivative(body, variables)
        lone = _name_without_value(held, {*self.variables, *self.parameters})
        if lone is not None:
            # d ln L / d theta with L never given a value: read as a constant, L would
            # have derivative 0, and a correct row would be refuted. Kept unevaluated:
            # a row may give it a value; compared, it has none (see `undefined`).
            return held
        if at:
            body = body.xreplace({v: k for k, v in at.items()})
            body = _derivative(body, variables).xreplace(at)
            return body
        return self._differentiate(body, variables)

    def _differentiate(self, value: sp.Basic, variables: list) -> sp.Basic:
        """``d value / d variables``, unless ``value`` holds an estimate of a variable and
        not the variable (``l'(theta)`` written in ``hat-theta`` only): there the author's
        hat stands for the variable, and read literally the derivative would be 0; or an
        accented name without a value that a row writes in terms of a variable
        (:meth:`_through`)."""
        for other, line in self._through(value, variables):
            # d/dw (y - hat-y)^2 after hat-y = w x + b (line 5), hat-y kept as a letter: read
            # as a constant of w, the derivative would lose what hat-y brings; so would
            # d/db (h + b^2) after h = ||w x + b||^2, a row the reader could not read (any
            # name such a row defines). Not a plain letter a formula equates with the
            # variable: "if $x_i = \mu$" is a case.
            tied = self.through.get(other, {})
            if not _ACCENTED.match(other) and ANY not in tied and FORMULA not in tied:
                continue
            by = ", ".join(str(v) for v in variables)
            how = (
                f"a row the reader could not read (line {line}) defines, so it may hold {by}"
                if ANY in self.through.get(other, {})
                else f"line {line} writes in terms of {by}"
            )
            raise _Unresolved(
                f"the value differentiated holds {other}, which {how}: it is no constant "
                "of the derivative"
            )
        letters = value.free_symbols
        for v in variables:
            if v in letters:
                continue
            hats = [s for s in letters if estimate_of(s) is not None and self.plain(s) == v]
            if hats:
                raise _Unresolved(
                    f"the value differentiated by {v} is written in {hats[0]} and not in {v}: "
                    f"read literally its derivative is 0, read as {v} it is not what was written"
                )
        return _derivative(value, variables)

    def _hidden_dependence(
        self, e: sp.Basic, variables: list, at: dict | None = None
    ) -> sp.Basic | None:
        r"""``dJ/dw`` of ``J(w) = sum_i ln(1 + e^{-z_i})``: J is written as a function of w
        but its value does not hold w (it depends on w through z_i, defined elsewhere or
        not at all). Its derivative is not 0: a value with no number (an opaque name).

        ``at``: the variables the quantity is written at an estimate of (RELATE16:
        ``d LL(\hat\mu, \kappa) / d\mu``, the derivative by mu taken at muhat). Its value
        there holds muhat for mu, which is no hidden dependence: the caller differentiates
        by mu and puts muhat back (see ``_derivative_held``)."""
        head = e.args[0] if isinstance(e, sp.log) and e.args else e
        value, name, record = self._head_value(e)
        if value is None or record is None:
            return None
        declared = set(head.args) if isinstance(head, NamedApplied) else set()
        declared |= set(record.params)
        # held through its estimate: the value at muhat holds muhat, and the quantity's
        # own value (at mu) holds mu (Q(mu) = muhat^2 holds no mu: no derivative there)
        own = record.expr.free_symbols
        held = value.free_symbols | {
            v for v, hat in (at or {}).items() if hat in value.free_symbols and v in own
        }
        missing = [v for v in variables if v in declared and v not in held]
        if missing:
            by = ", ".join(str(v) for v in missing)
            return opaque(f"d{name}/d{by} (its value does not hold {by})")(*missing)
        # J(w) = lambda w^2/2 + sum log(1 + e^{-z_i}) after z_i = y_i w x_i: J holds w, but
        # also through z_i, which has no value here; read with z_i constant, the data term
        # of dJ/dw would be lost
        # (by an element w_j: names tied to w)
        labels = [v.base.label if isinstance(v, sp.Indexed) else v for v in variables]
        for other, line in self._through(value, labels):
            by = ", ".join(str(v) for v in variables)
            why = f"d{name}/d{by} (it depends on {by} through {other}, line {line})"
            return opaque(why)(*variables)
        return None

    def _through(self, value: sp.Basic, variables: list) -> list[tuple[str, int]]:
        """Names of ``value`` without a value of their own that a row above equated with an
        expression in one of ``variables`` (see :attr:`through`), with that row's line."""
        wanted = {str(v) for v in variables}
        names = {s.name for s in value.free_symbols if isinstance(s, sp.Symbol)}
        names |= {str(a.base.label) for a in value.atoms(sp.Indexed)}
        out = []
        for n in sorted(names - wanted):
            if self.quantities.get(n) or any(d.name == n for d in self.defined):
                continue
            hits = [line for v, line in self.through.get(n, {}).items() if v in wanted or v == ANY]
            if hits:
                out.append((n, min(hits)))
        return out

    def _own_symbol(self, e: sp.Symbol) -> bool:
        """Is ``e`` a symbol the quantity of the same name is written in (``p`` in ``p(y | p)``),
        or one a declared law is written in?"""
        if e in self.law_symbols:
            return True
        for history in self.quantities.values():
            for v in history:
                if e in v.expr.free_symbols or any(e in a.free_symbols for a in v.params):
                    return True
        return False

    def plain(self, v: sp.Basic) -> sp.Basic:
        """The parameter an estimate stands for (``\\hat{p}`` -> ``p``); other symbols unchanged."""
        base = estimate_of(v)
        if base is None or not isinstance(v, sp.Symbol) or self.symbol is None:
            return v
        if base.endswith("2") and v.name.endswith("2"):
            return self.symbol.variance(base[:-1])
        out = self.symbol.symbol(base)
        return out if isinstance(out, sp.Symbol) else v

    def estimate_points(self, inner: sp.Basic) -> dict:
        """``LL(\\hat\\lambda)``: the parameters a quantity is written at -> their estimates."""
        if not isinstance(inner, NamedApplied):
            return {}
        out = {}
        for a in inner.args:
            if isinstance(a, sp.Symbol) and estimate_of(a) is not None:
                out[self.plain(a)] = a
            elif isinstance(a, sp.Pow) and a.exp == sp.S.Half and estimate_of(a.base):
                out[self.plain(a.base)] = a.base
        return out


class _Unresolved(ValueError):
    pass


def by_inner_function(d: sp.Derivative) -> sp.Basic:
    """``d/dh(x_i) B``: ``B`` with ``h(x_i)`` a variable ``u`` of its own, differentiated
    by ``u``, and ``h(x_i)`` put back for ``u`` - the partial derivative by the inner
    function of the chain rule (``\\frac{\\partial}{\\partial h_\\theta}
    \\log h_\\theta(x_i) = 1/h_\\theta(x_i)``).

    Read only where that derivative is unambiguous: by one application, of a line that
    applies the function to nothing else, names no other quantity (whose value could
    hide the function) and has no sum over the application's index.

    >>> from sympy import Function, Symbol, log
    >>> x = Symbol("x")
    >>> h = Function("h")
    >>> by_inner_function(sp.Derivative(log(1 - h(x)), h(x)))
    -1/(1 - h(x))
    """
    apps = set(d.variables)
    if len(apps) != 1 or not isinstance(next(iter(apps)), AppliedUndef):
        raise _Unresolved(
            "a derivative by a function's value and by something else at once is not read"
        )
    app = next(iter(apps))
    body = d.expr
    shown = str(app)
    if any(f != app and f.func == app.func for f in body.atoms(AppliedUndef)):
        raise _Unresolved(
            f"a derivative by {shown} of a line that applies {app.func} to other arguments "
            "is not read"
        )
    if any(f.func != app.func for f in body.atoms(NamedApplied)) or body.atoms(Named):
        raise _Unresolved(
            f"a derivative by {shown} of a line that names other quantities (whose values "
            f"may hold {app.func}) is not read"
        )
    bound = {lim[0] for s in body.atoms(sp.Sum, sp.Product) for lim in s.limits}
    if bound & app.free_symbols or any(
        app in v.atoms(AppliedUndef) for v in body.atoms(sp.Derivative)
    ):
        raise _Unresolved(
            f"a derivative by {shown} of a line that sums over its index, or differentiates "
            "it, is not read"
        )
    u = sp.Dummy("u")
    with evaluating(True):
        out = sp.diff(body.xreplace({app: u}), u, len(d.variables))
    return out.xreplace({u: app})


def _takes_evaluate(e: sp.Basic) -> bool:
    return isinstance(
        e, (sp.Add, sp.Mul, sp.Pow, sp.Function, sp.Equality, sp.Abs)
    ) and not isinstance(e, AppliedUndef)


def _derivative(body: sp.Basic, variables: list[sp.Basic]) -> sp.Basic:
    groups: list[list] = []
    for v in variables:
        if groups and groups[-1][0] == v:
            groups[-1][1] += 1
        else:
            groups.append([v, 1])
    args = [v if k == 1 else sp.Tuple(v, sp.Integer(k)) for v, k in groups]
    return sp.Derivative(body, *args, evaluate=False)


def _kind(e: sp.Basic) -> str:
    return "indexed" if isinstance(e, sp.Indexed) else "other"


def _same_kinds(a: Iterable[sp.Basic], b: Iterable[sp.Basic]) -> bool:
    a, b = list(a), list(b)
    return len(a) == len(b) and all(_kind(x) == _kind(y) for x, y in zip(a, b, strict=False))


def _match_score(
    v: Value, args: tuple, at_letter: bool = False, letters: Iterable = ()
) -> int | None:
    """How well a call's arguments fit a value's parameters (higher is better, None: not at all)."""
    params = v.params
    if not params or not args:
        return 0
    if len(params) != len(args) and not _only_data_beyond(v, args):
        # f(x) beside f(x, y) = x + y (a marginal), g(x_1, x_2) beside g(x) = 2x (a joint):
        # another function under the same letter, never the value with arguments left out
        return None
    score = 0
    for p, a in zip(params, args, strict=False):
        if _another_event(p, a):
            return None
        if p == a:
            score += 2
        elif isinstance(p, sp.Basic) and not p.free_symbols:
            # f(1) = 2, psi(1) = -gamma: a value at that point, never at f(3) or psi(2)
            return None
        elif isinstance(p, sp.Indexed) and isinstance(a, sp.Indexed) and p.base == a.base:
            score += 2
        elif isinstance(p, sp.Indexed) and isinstance(a, sp.Indexed):
            # L_i(sigma | Y_i) beside L_i(sigma | Z_i) = ... (batch 38): another letter's
            # samples, so another density of other data or the function at another variable,
            # whose later rows may have rewritten the value with facts about Z_i alone; the
            # substitution puts nothing in for it. Only a function of a value is read there.
            if not (at_letter and _at_its_letter(v.expr, p, a)):
                return None
            score += 1
        elif isinstance(p, sp.Indexed) != isinstance(a, sp.Indexed):
            if isinstance(p, sp.Symbol) and isinstance(a, sp.Indexed):
                if str(a.base) != p.name or _uses_base(v.expr, p.name):
                    return None
                score += 1
            elif at_letter and _at_its_letter(v.expr, p, a):
                score += 1
            else:
                return None
        elif _ambiguous(p, a, v.expr) or _at_another_formula(p, a):
            return None
        elif _other_name(p, a) and (a in params or a in letters):
            # p(mu) beside p(y | mu) = ...: the one letter for two densities, told apart by
            # their arguments (mu is the second one's too, in another place, or another
            # value's of the name); the value written at y is not p's value at mu.
            # (l(mu, tau) beside l(mu, sigma^2) may be the same quantity in another
            # parametrisation: left to the comparison.)
            return None
        else:
            score += 1
    return score + (len(params) == len(args))


def _another_event(p: sp.Basic, a: sp.Basic) -> bool:
    """Is the call's argument ``a`` an event of another kind than the parameter ``p``, or of
    another variable (``P(X \\geq 2)`` beside ``P(X = k) = \\lambda^k e^{-\\lambda}/k!``)?
    The value written for ``X = k`` says nothing of ``X \\geq 2``: read at it, ``k`` was
    left free and the tail probability became the mass at ``k``."""
    if not isinstance(p, sp.Rel) and not isinstance(a, sp.Rel):
        return False
    if type(p) is not type(a):
        return True
    # X = k beside X_i = x_i: the variable's samples, in its letter (as before)
    return p.lhs != a.lhs and (_event_letter(p.lhs) or 1) != (_event_letter(a.lhs) or 2)


def _event_letter(v: sp.Basic) -> str:
    """The letter of an event's variable (``X`` of ``X`` and ``X_i``), "" for any other."""
    if isinstance(v, sp.Indexed):
        v = v.base.label
    return v.name if isinstance(v, sp.Symbol) else ""


def _only_data_beyond(v: Value, args: tuple) -> bool:
    """Are the parameters or arguments a call has beyond the other's the data the value is
    written in (``l(\\mu, \\Sigma | x^{(i)})`` beside ``l(\\mu, \\Sigma) = ... \\sum_i
    ... x^{(i)} ...``, ``L(\\theta)`` beside ``L(\\theta; x_1, ..., x_n)``), or arguments
    the value is written in (``f(x_k; \\mu, b)`` beside ``f(x) = e^{-|x - \\mu|/b}/2b``)?
    Then the call is the same quantity with its data or parameters shown or left out (never
    a variable left out: ``f(x)`` beside ``f(x, y) = x + y`` is a marginal)."""
    n = min(len(v.params), len(args))
    if any(_letter(p) != _letter(a) for p, a in zip(v.params[:n], args[:n], strict=True)):
        return False  # p(x | mu) beside p(mu): not p(mu) with x put in and mu shown
    shown = [a for a in args[n:] if a not in v.expr.free_symbols]  # f(x; mu, b) of f(x) = ...
    return all(_uses_base(v.expr, _letter(e)) for e in (*v.params[n:], *shown))


def _letter(e: sp.Basic) -> str:
    """The letter of a sample (``x`` of ``x_i``) or of a symbol; "" for anything else."""
    if isinstance(e, sp.Indexed):
        return str(e.base)
    return e.name if isinstance(e, sp.Symbol) else ""


def _other_name(p: sp.Basic, a: sp.Basic) -> bool:
    """Is the argument ``a`` another symbol than the parameter ``p``, not ``p`` spelled
    another way (``\\sigma`` for ``\\sigma^2``, ``\\hat\\mu`` for ``\\mu``)?"""
    if not (isinstance(p, sp.Symbol) and isinstance(a, sp.Symbol)) or p == a:
        return False

    def stem(s: sp.Symbol) -> str:
        name = estimate_of(s) or s.name
        return name[:-1] if name.endswith("2") and len(name) > 1 else name

    return stem(p) != stem(a)


def _uses_base(expr: sp.Basic, name: str) -> bool:
    return any(str(i.base) == name for i in expr.atoms(sp.Indexed))


def _substitution(
    v: Value, args: tuple, plain: Any = None, at_letter: bool = False, kept: frozenset = frozenset()
) -> dict:
    """Parameter -> argument replacements for a call (see the module docstring); the
    letters ``kept`` are left as written (:func:`other_letters`)."""
    sub: dict = {}
    for p, a in zip(v.params, args, strict=False):
        if p == a:
            continue
        if _bound_of_its_letter(p, a):
            sub[p] = a
        elif isinstance(a, sp.Symbol) and estimate_of(a) is not None and plain and plain(a) == p:
            sub[p] = a
        elif isinstance(p, sp.Symbol) and isinstance(a, sp.Indexed) and str(a.base) == p.name:
            sub[p] = a
        elif isinstance(p, sp.Indexed) and isinstance(a, sp.Indexed) and p.base == a.base:
            sub.update(dict(zip(p.indices, a.indices, strict=False)))
        elif at_letter and _at_its_letter(v.expr, p, a):
            sub[p] = a
        elif isinstance(p, sp.Symbol) and isinstance(a, sp.Basic) and a.is_number:
            # g(3) beside g(x) = x^2: the definition at that number (read at x, the
            # row was compared with x^2)
            sub[p] = a
        elif _at_a_formula(p, a) or a not in kept and _at_another_letter(p, a, v.expr):
            # f_T(t) = 1/t^2 read at f_T(u_i - x_i - tau), f(x) = x + 1 at f(1/x), q(x) at
            # q(lambda): the definition at that argument, never its value at t.
            sub[p] = a
        elif (moved := _from_a_formula(p, a)) is not None:
            # sigma(-z) = 1/(1 + e^z) read at sigma(z): the value at -z, never at z.
            sub.update(moved)
        elif isinstance(p, sp.Symbol) and _from_a_formula(a, p) is not None:
            # sigma(z) = 1/(1 + e^{-z}) read at sigma(-z): the value at -z (xreplace puts
            # -z for z everywhere at once), never the value at z.
            sub[p] = a
    return sub


def _off_its_point(v: Value, args: tuple, kept: frozenset) -> str:
    """Why the value ``v``, written at a point named by a letter, says nothing of the call
    at ``args`` (``""``: it may). A value that does not hold its parameter is the value at
    that point when the parameter is an estimate (``L(\\hat\\theta) = 5``: the maximum,
    not ``L(\\theta)``), a letter the post gives a value, or the value is a bare number
    (``f(a) = 2`` is not ``f(b) = 2``); a value at a number is :func:`_match_score`'s. So
    is a value written at a formula (``g(a + 1) = 5``, ``f(a^2) = 9``) that does not hold
    its letters, or whose letters are estimates or have a value: :func:`_off_its_formula`."""
    for p, a in zip(v.params, args, strict=False):
        if _off_its_formula(p, a, v.expr, kept):
            return f"the value written at the point {p} is not a value at {a}"
        if not isinstance(p, sp.Symbol) or p in v.expr.free_symbols or _same_point(p, a):
            continue
        if estimate_of(p) is not None or p in kept or not v.expr.free_symbols:
            return f"the value written at the point {p} is not a value at {a}"
    return ""


def _off_its_formula(p: sp.Basic, a: sp.Basic, expr: sp.Basic, kept: frozenset) -> bool:
    """Is the value ``expr`` written at the formula ``p`` (``a + 1``, ``2a``, ``a^2``) the
    value at that point only, so not at the call's other argument ``a``? It is when it
    does not hold the formula's letters (``g(a + 1) = 5``: read at ``a`` it would be 5
    too) or a letter of it is an estimate or has a value in the post (``a = 2``: the
    formula is a number, ``f(2a) = 4a`` is ``f(4) = 8``). Any formula counts, as in
    :func:`_at_a_formula` (a value written at ``\\sum_i a_i`` was read at ``\\Gamma(a)``)."""
    if isinstance(p, (sp.Symbol, sp.Indexed)) or not isinstance(p, sp.Expr):
        return False
    letters = p.free_symbols
    if not letters or p == a:
        return False
    return (
        not letters & expr.free_symbols
        or bool(letters & kept)
        or any(estimate_of(s) is not None for s in letters if isinstance(s, sp.Symbol))
    )


def _same_point(p: sp.Symbol, a: sp.Basic) -> bool:
    """Is the call's argument ``a`` the point ``p`` itself (or an integral's variable, a
    sum's index, of that letter: :func:`_bound_of_its_letter`)?"""
    return p == a or _bound_of_its_letter(p, a)


def _bound_of_its_letter(p: sp.Basic, a: sp.Basic) -> bool:
    """Is ``a`` the variable of an integral, sum or product written in the letter of the
    parameter ``p`` (``g(t)`` in ``\\int_0^1 g(t)\\,dt`` beside ``g(t) = t^2 + 1``)? The
    reader gives that variable its own symbol (:class:`Bound`, an integer index), so the
    call is the definition with ``p`` replaced by it: kept as ``p``, the integrand would
    be a constant of the integral (``\\int_0^1 g(t)\\,dt = t^2 + 1`` proved)."""
    return (
        isinstance(p, sp.Symbol)
        and isinstance(a, sp.Symbol)
        and not isinstance(a, Named)
        and a.name == p.name
        and a.is_commutative
    )


def _from_a_formula(p: sp.Basic, a: sp.Basic) -> dict | None:
    """``{s: (a - beta)/alpha}`` for a parameter ``p = alpha s + beta`` written as a formula
    of one letter ``s`` (``-z``, ``2z``, ``z + 1``; numbers ``alpha != 0``, ``beta``) and a
    scalar argument ``a``: the value written at ``p`` read at ``a``. ``None`` for any other
    parameter (a letter, ``\\sigma^2``, a formula of several letters)."""
    if isinstance(p, (sp.Symbol, sp.Indexed)) or not isinstance(p, (sp.Add, sp.Mul)):
        return None
    letters = p.free_symbols
    if len(letters) != 1 or p.atoms(sp.Indexed) or not a.is_commutative:
        return None
    (s,) = letters
    if not isinstance(s, sp.Symbol):
        return None
    with evaluating(True):  # the reader resolves names unevaluated
        alpha, beta = p.diff(s), p.subs(s, 0)
        if not (alpha.is_number and beta.is_number) or alpha == 0 or p.diff(s, 2) != 0:
            return None
        return {s: (a - beta) / alpha}


def _at_another_formula(p: sp.Basic, a: sp.Basic) -> bool:
    """Is the value written at the formula ``p`` (``f(\\log a) = a``) asked at another
    argument ``a`` that no move of one letter reads it at (:func:`_from_a_formula`: ``f(2a)``
    at ``2b``)? Nothing put in for the formula gives the value at ``a``: read unsubstituted,
    ``f(\\log b)`` was ``a`` and ``f(\\log b) = b`` defined ``b`` as ``a`` (lead18). Not the
    root of a variance symbol (``\\ell(\\mu, \\sigma)`` beside ``\\ell(\\mu, \\sigma^2)``:
    one quantity spelled two ways)."""
    if isinstance(p, (sp.Symbol, sp.Indexed)) or not isinstance(p, sp.Expr):
        return False
    if not p.free_symbols or p == a or _variance_root(p) is not None or respells(a, p):
        return False  # respells: l(mu, sigma^2) read at l(mu, sigma), as written
    return _from_a_formula(p, a) is None


def _at_a_formula(p: sp.Basic, a: sp.Basic) -> bool:
    """Is ``a`` a formula (not a name) a function defined at the letter ``p`` is applied to?

    A formula of ``p`` itself too (``f(x^2)``, ``g(1/x)``, ``g(t + s)``: xreplace puts it
    in for ``p`` everywhere at once). Not the square of ``p`` (:func:`respells`: which
    call is not matched at all), nor the root of a variance symbol (``\\ell(\\mu,
    \\sigma)`` beside ``\\ell(\\mu, \\sigma^2)``: the reader writes ``\\sigma`` as
    ``sqrt(sigma2)``, the same quantity spelled two ways), nor vectors or matrices (only
    scalar formulas are substituted).

    Any formula counts, not only sums, products and powers: a call at ``\\log a``, ``e^a``,
    ``|b|``, ``\\Gamma(a)`` or ``\\sum_i a_i`` was left unsubstituted, so it read as the
    value at ``p`` and ``f(\\Gamma(a)) = f(\\sin b)`` was proved (lead18)."""
    return (
        isinstance(p, sp.Symbol)
        and isinstance(a, sp.Expr)
        and not isinstance(a, (sp.Symbol, sp.Indexed))
        and bool(a.free_symbols)
        and a.is_commutative
        and not a.is_number
        and not respells(p, a)
        and _variance_root(a) != p
    )


def _ambiguous(p: sp.Basic, a: sp.Basic, expr: sp.Basic) -> str:
    """Why the value ``expr`` written at ``p`` cannot be read at the argument ``a`` (``""``:
    it can). ``f(x^2)`` beside ``f(x) = ...`` may be the value at the square or ``f``
    spelled another way (``L(\\mu, \\sigma^2)`` beside ``L(\\mu, \\sigma)``), and each
    reading proves rows the other refutes; ``\\psi(a + 1)`` of ``\\psi(x) = d \\log
    \\Gamma(x)/dx`` has no value by putting ``a + 1`` in for ``x``."""
    if respells(p, a):
        return "the value at the square or the same quantity spelled another way"
    if _at_a_formula(p, a) and _binds(worked_out(expr, (p,)), p):
        return f"a formula cannot be put in for {p}, a variable of a derivative, sum or integral"
    return ""


#: Limits of :func:`worked_out`: the derivative's order and the size of what it differentiates.
_WORK_ORDER, _WORK_OPS = 3, 120


@functools.lru_cache(maxsize=1024)
def worked_out(expr: sp.Basic, params: tuple) -> sp.Basic:
    """``expr`` with its derivatives by ``params`` worked out (``d \\log \\Gamma(x)/dx`` ->
    ``polygamma(0, x)``), so that a formula can be put in for the parameter afterwards
    (``\\psi(\\sum_j \\alpha_j)``); ``expr`` itself when one is of an undefined function, of
    order over :data:`_WORK_ORDER` or of more than :data:`_WORK_OPS` operations (bounded work
    on hostile text), or when the result still binds a parameter."""
    derivs = [d for d in expr.atoms(sp.Derivative) if set(d.variables) & set(params)]
    if not derivs:
        return expr
    sub = {}
    for d in derivs:
        if (
            len(d.variables) > _WORK_ORDER
            or d.expr.atoms(AppliedUndef)
            or sp.count_ops(d.expr) > _WORK_OPS
        ):
            return expr
        try:
            with evaluating(True):
                sub[d] = d.doit()
        except (ValueError, TypeError, NotImplementedError, RecursionError):
            return expr
    out = expr.xreplace(sub)
    return expr if any(_binds(out, p) for p in params) else out


def _no_bare_function(e: sp.Basic, record: Value) -> None:
    """Raise when a name written without arguments (``\\psi^{-1}``) has a value that is a
    function of a variable it binds (``\\psi(x) = d \\log \\Gamma(x)/dx``): no value at
    any point of the post is meant, unlike ``L`` for ``L(\\theta)``."""
    bound = [p for p in record.params if _binds(record.expr, p)]
    if bound:
        raise _Unresolved(
            f"{_show(e)} is written without its argument, and its value (line {record.line}) "
            f"is a function of {bound[0]}: which value is meant is not said"
        )


def _binds(expr: sp.Basic, p: sp.Basic) -> bool:
    """Is ``p`` a variable ``expr`` differentiates, integrates or sums by (``\\psi(x) = d
    \\log \\Gamma(x)/dx``)? A formula cannot be put in for it there (``d/d(\\sum_j
    \\alpha_j)`` is no derivative), so a call at a formula is not read through that value."""
    bound = (sp.Derivative, sp.Integral, sp.Sum, sp.Product)
    return any(p in e.variables for e in expr.atoms(*bound))


def respells(p: sp.Basic, a: sp.Basic) -> bool:
    """Is the argument ``a`` the square of the parameter ``p`` (``L(\\mu, \\sigma^2)``
    beside ``L(\\mu, \\sigma) = ...``)? Posts write that for the same quantity spelled
    two ways as often as for the value at the square (``f(x^2)`` of ``f(x) = x + 1``);
    nothing in the call tells which."""
    return isinstance(p, sp.Symbol) and isinstance(a, sp.Pow) and a.base == p and a.exp == 2


def other_letters(v: Value, args: tuple, kept: frozenset) -> list:
    """The arguments of a call of ``v`` read at another letter than its parameter (see
    :func:`_at_another_letter`): ``f(y)`` beside ``f(x) = ...`` is the value at ``y``, or
    another function under the same letter (the density of ``Y = X^2``, a marginal). Not
    the letters ``kept``, those the post gives a value (``\\ell(\\mu, \\tau)`` beside
    ``\\ell(\\mu, \\sigma^2)`` with ``\\tau = 1/\\sigma^2``: the same quantity in another
    parametrisation, compared as written)."""
    pairs = zip(v.params, args, strict=False)
    return [a for p, a in pairs if a not in kept and _at_another_letter(p, a, v.expr)]


def _at_another_letter(p: sp.Basic, a: sp.Basic, expr: sp.Basic) -> bool:
    """Is ``a`` another letter a function defined at the letter ``p`` is read at (``q(x) =
    x e^{-x}`` at ``q(\\lambda)``)? Not a respelling of ``p`` (``\\sigma2``, an estimate:
    :func:`_other_name`), and neither is the letter of the samples the value is written
    in (``\\ell(x)`` beside ``\\ell(\\lambda) = \\sum \\log f(x_i; \\lambda)`` and the
    other way round: the same log-likelihood, labelled by its data or its parameter)."""
    return (
        isinstance(p, sp.Symbol)
        and isinstance(a, sp.Symbol)
        and a.is_commutative
        and _other_name(p, a)
        and not _uses_base(expr, a.name)
        and not _uses_base(expr, p.name)
    )


def _rebind(expr: sp.Basic, params: tuple, args: tuple, at_letter: bool = False) -> dict | None:
    """Replacements that move a value written at ``params`` to ``args`` (``x_i -> x_j``;
    with ``at_letter``, of a function of a value, also ``x -> x_i`` and ``x_i -> x``);
    ``None`` when a pair cannot be moved safely."""
    if len(params) != len(args):
        return None
    sub: dict = {}
    for p, a in zip(params, args, strict=True):
        if p == a:
            continue
        if isinstance(p, sp.Indexed) and isinstance(a, sp.Indexed) and p.base == a.base:
            new = set(a.free_symbols) - {a, a.base.label}
            if new & expr.free_symbols:
                return None  # the new index already means something in the value
            sub.update(dict(zip(p.indices, a.indices, strict=False)))
        elif not at_letter:
            return None
        elif isinstance(p, sp.Symbol) and isinstance(a, sp.Indexed) and str(a.base) == p.name:
            if _uses_base(expr, p.name):
                return None  # x beside samples x_j in the value: x -> x_i would touch them
            sub[p] = a
        elif _at_its_letter(expr, p, a):
            sub[p] = a
        else:
            return None
    return sub


def _at_its_letter(expr: sp.Basic, p: sp.Basic, a: sp.Basic) -> bool:
    """Is ``a`` the bare letter of the sample parameter ``p`` (``x`` for ``x_i``), at which
    the value ``expr`` of ``h(x_i)`` can be read? ``h(x_i) = 1/(1 + e^{-\\theta x_i})``
    defines the function ``h``, and ``h(x)`` is its value at ``x``: only when ``x_i`` is
    the one thing of ``expr`` that depends on ``i`` and ``expr`` writes no plain ``x`` of
    its own (``h(x_i) = x_i + y_i`` is no function of ``x_i`` alone)."""
    if not (isinstance(p, sp.Indexed) and isinstance(a, sp.Symbol) and str(p.base) == a.name):
        return False
    index = set(p.free_symbols) - {p, p.base.label}
    others = [i for i in expr.atoms(sp.Indexed) if i != p]
    if any(index & (set(i.free_symbols) - {i, i.base.label}) for i in others):
        return False
    rest = expr.xreplace({p: sp.Dummy()}).free_symbols
    # The letter written bare in the value too (or a sample x_j of it), or the index.
    return a not in rest and not index & rest


def _show(e: sp.Basic) -> str:
    name = quantity_name(e) or str(e)
    return name


def _by_an_element(written: sp.Basic, value: sp.Basic, variables: list) -> None:
    """Raise when ``dQ/dw_j`` would be read as 0 for want of the dependence: the value of
    the name or named quantity ``Q`` holds no element of ``w`` (nor an unknown function, whose
    derivative stays open). The reader lets such derivatives through to be decided
    here (see ``_tosympy._by_one_element``)."""
    head = written.args[0] if isinstance(written, sp.log) else written
    if not isinstance(head, (sp.Symbol, NamedApplied)) or value.atoms(AppliedUndef):
        return
    for v in variables:
        numbered = numbered_siblings(value, v) if isinstance(v, sp.Symbol) else ""
        if numbered:
            raise _Unresolved(
                f"the value differentiated by {v} holds {numbered}, not {v}: {v} may be "
                "the vector of them (read as a name of its own, the derivative is 0)"
            )
        if not isinstance(v, sp.Indexed):
            continue
        label = v.base.label
        if any(e.base.label == label for e in value.atoms(sp.Indexed)):
            continue
        raise _Unresolved(
            f"the value differentiated by {v} holds no element of {label}: read literally its "
            "derivative is 0, and it may depend on it through names it does not expand"
        )


#: The reader's own symbols of a model (the sizes ``N``, ``n``, the normal's ``mu`` and
#: ``sigma2`` that ``\\sigma^2`` is read as): parameters, never names without a value.
_MODEL_SYMBOLS = frozenset({S.N, S.n, S.mu, S.sigma2})


def _name_without_value(d: sp.Derivative, known: Container = ()) -> sp.Symbol | sp.Indexed | None:
    """The name or element a derivative is taken of (``d L / d theta``, ``d ln L / d theta``,
    ``d h_t / d alpha``, ``d h_t^2 / d alpha``, ``d (log h_t + y_t^2 / h_t) / d alpha``), when
    neither it nor any other name the operand is built of (:func:`_names_under`) is the
    variable, an element of the variable's name or in ``known`` (the post's parameters,
    constants of a derivative they are not taken by): quantities the post never gave a value.
    A term written out (``-N/2 log 2 pi``) is a constant, not a name."""
    names = _names_under(d.expr)
    if not names or any(e in known or e in _MODEL_SYMBOLS for e in names):
        return None
    for e in names:
        if isinstance(e, sp.Indexed):
            # d h_t / d alpha: an element has no value either (Engle's ARCH score with a
            # planted slip was proved as 0 = 0); by another element of its own name, see
            # _by_one_element
            if any(_mentions_label(v, e.base.label) for v in d.variables):
                return None
        elif e in d.variables or not e.is_commutative or _same_letter(e, d.variables):
            return None
    return names[0]


def _same_letter(name: sp.Symbol, variables: Iterable) -> bool:
    """Is ``name`` another element of a variable's letter (``theta_10`` by ``theta_12``,
    ``hat_theta_2`` by ``theta_1``, the estimate's variable)? The elements of one vector are
    constants of each other; whether they may be one element is decided where the derivative
    is read (``_tosympy._by_one_element``)."""
    letter = _letter_of(name.name)
    return any(
        isinstance(v, sp.Symbol) and v != name and _letter_of(v.name) == letter for v in variables
    )


def _letter_of(name: str) -> str:
    """The letter of a name without its accents and subscript (``hat_theta_2`` -> theta)."""
    while name.startswith(("hat_", "bar_", "tilde_", "check_", "dot_")):
        name = name.partition("_")[2]
    return name.partition("_")[0]


def _names_under(e: sp.Basic) -> list[sp.Basic]:
    """The names and elements ``e`` is built of, when it is built of them alone by sums,
    products, logs, exps, number powers and number factors (``h_t^2``, ``1/h_t``,
    ``e^{h_t}``, ``2 h_t``, ``h_t^1`` of ``h^{(1)}_t``, ``h_t + h_{t-1}``, ``log h_t +
    y_t^2/h_t``); [] otherwise. Its derivative by a variable none of them is is 0 only if they
    are constants, which names the post never gave a value are not (adversarial set 28:
    ``d h_t^2 / d alpha = 0`` was proved). A term with anything else in it (``n/2 log 2 pi``,
    a sum, a function) is returned as []: read as before."""
    out: list[sp.Basic] = []
    todo = [e]
    while todo:
        if len(out) + len(todo) > 50:
            return []  # a long expression: read as before (bounded work)
        e = todo.pop()
        if isinstance(e, (sp.Symbol, sp.Indexed)):
            out.append(e)
        elif isinstance(e, (sp.log, sp.exp)) and len(e.args) == 1:
            todo.append(e.args[0])
        elif isinstance(e, sp.Pow) and e.exp.is_Number:
            todo.append(e.base)
        elif isinstance(e, sp.Pow) and e.base == sp.E:  # e^{h_t}, held unevaluated
            todo.append(e.exp)
        elif isinstance(e, (sp.Add, sp.Mul)):
            todo.extend(a for a in e.args if not a.is_Number)
        else:
            return []
    return out


def _mentions_label(v: sp.Basic, label: sp.Symbol) -> bool:
    """Is the variable ``v`` an element of ``label`` or ``label`` itself?"""
    v = v[0] if isinstance(v, sp.Tuple) else v
    return v == label or (isinstance(v, sp.Indexed) and v.base.label == label)


#: The words of :func:`uncheckable` and :func:`undefined` for an operator's value (``E[X]``,
#: ``Var``, ``argmax``) and a derivative of a name the post gives no value: a row that states
#: one states a claim, not a definition (``_verdicts.combine``).
NO_VALUE = "has no value the engine can compare"
NO_DERIVATIVE = "so its derivative by"


def uncheckable(e: sp.Basic) -> str:
    """Why an expression has no value the engine can compare ("" if it has one)."""
    if e.atoms(ArgMax):
        return (
            f"argmax {NO_VALUE}: the row states which "
            "parameter maximises, it does not rewrite an expression"
        )
    opaque = sorted({str(f.func) for f in e.atoms(Opaque) if str(f.func) not in MATRIX_FUNCTIONS})
    if opaque:
        return f"{', '.join(opaque)}(...) {NO_VALUE}"
    bad = sorted(
        {
            str(f.func)
            for f in e.atoms(AppliedUndef)
            if str(f.func) not in GENERIC_FUNCTIONS
            and not isinstance(f, (Opaque, NamedApplied, SpecialCall, OpaqueCall))  # OPAQUE8
        }
    )
    if bad:
        return f"{', '.join(bad)}(...) is not defined in the post"
    return ""


def undefined(e: sp.Basic) -> str:
    """Named functions left in a resolved expression (``p(x_i | \\lambda)`` never defined),
    and derivatives of a name that has no value (``d ln L / d theta``, L never given one)."""
    for d in e.atoms(sp.Derivative):
        s = _name_without_value(d)
        if isinstance(s, sp.Indexed):
            s = f"{s.base.label}_{''.join(map(str, s.indices))}"
        if s is not None:
            by = ", ".join(dict.fromkeys(str(v) for v in d.variables))
            return f"{s} has no value in the post, {NO_DERIVATIVE} {by} is not known"
    bad = sorted(
        {str(f.func) for f in e.atoms(NamedApplied) if str(f.func) not in GENERIC_FUNCTIONS}
    )
    if bad:
        return f"{', '.join(bad)}(...) is not defined in the post"
    return ""


def is_matrix(e: sp.Basic) -> bool:
    """Does the expression hold vectors or matrices (non-commutative symbols, transposes)?"""
    try:
        return _is_matrix_cached(e)
    except TypeError:  # an unhashable (mutable) matrix
        return _is_matrix(e)


@functools.lru_cache(maxsize=4096)
def _is_matrix_cached(e: sp.Basic) -> bool:
    return _is_matrix(e)


def _is_matrix(e: sp.Basic) -> bool:
    if e.atoms(Transposed) or e.atoms(sp.MatrixBase):
        return True
    return any(not s.is_commutative for s in e.free_symbols) or any(
        not i.base.is_commutative for i in e.atoms(sp.Indexed)
    )


def _by_inverse(e: sp.Basic) -> sp.Basic | None:
    """d/d(X^-1) f written with X: for 1x1 matrices it is -X^2 d/dX f (the chain rule)."""
    found = [
        d
        for d in e.atoms(sp.Derivative)
        if any(isinstance(v, sp.Symbol) and v.name.endswith("^-1") for v in d.variables)
    ]
    if not found:
        return e
    sub = {}
    for d in found:
        if len(d.variables) != 1:
            return None
        p = d.variables[0]
        base = sp.Symbol(p.name[: -len("^-1")], commutative=False)
        if p in d.expr.free_symbols:
            return None
        sub[d] = sp.Mul(-1, sp.Pow(base, 2), sp.Derivative(d.expr, base), evaluate=False)
    with evaluating(False):
        return e.xreplace(sub)


def as_scalars(e: sp.Basic) -> sp.Basic | None:
    """The expression with every vector and matrix read as a 1x1 matrix (a number).

    A matrix identity that fails for 1x1 matrices fails; one that holds may still
    fail for larger ones. ``None`` when the reading is not possible (a derivative
    by an inverse, a matrix literal).
    """
    if e.atoms(sp.MatrixBase):
        return None
    e = _by_inverse(as_reader_types(e))
    if e is None or any(s.name.endswith("^-1") for s in e.atoms(sp.Symbol)):
        return None
    sub: dict = {}
    for s in e.free_symbols:
        if isinstance(s, sp.Symbol) and not s.is_commutative:
            positive = s.name.lstrip("hat_").startswith(("Sigma", "S", "A", "I"))
            sub[s] = sp.Symbol(s.name, positive=True) if positive else sp.Symbol(s.name, real=True)
    for i in e.atoms(sp.Indexed):
        if not i.base.is_commutative:
            sub[i.base] = sp.IndexedBase(str(i.base), real=True)
    with evaluating(False):
        out = e.xreplace(sub) if sub else e
        out = out.replace(lambda a: isinstance(a, Transposed), lambda a: a.args[0])
        out = out.replace(
            lambda a: isinstance(a, Opaque) and str(a.func) in ("det", "tr") and len(a.args) == 1,
            lambda a: a.args[0],
        )
    for s in list(out.free_symbols):
        if isinstance(s, sp.Symbol) and s.name.startswith("I_"):
            out = out.xreplace({s: sp.Integer(1)})
    return out


def held_derivative(body: sp.Basic, variables: list) -> sp.Derivative:
    """``d body / d variables``, held. CONGR29: d^2/dtheta^2 counts 2, not the
    unevaluated 1 + 1 sympy adds up under ``evaluate(False)``; so repeats are counted
    here, which spares the switch to ``evaluate(True)`` (each switch clears all of
    sympy's caches: it was 184 of the 518 clears in building the bundled post)."""
    counted = [(v, len(list(run))) for v, run in itertools.groupby(variables)]
    return sp.Derivative(body, *counted, evaluate=False)
