"""What a case is, how its derivation is built, and the suite's own evaluator.

Only the public API of ``derivations`` is used here (``Assumption``,
``Derivation``, ``Step``), so that the engine's internals can move freely.

A case is one small derivation: zero or more premises (``prefix``), the
previous line (a ``definition``), and the line under test with its rule and
relation. Lines are written as zero-argument callables and built under
``sympy.evaluate(False)``, so what is written is what the checker sees.

The *witness* of a false claim is a point of the declared domain where the
step fails. :func:`witness_fails` re-evaluates both lines there with plain
sympy (sums written out, derivatives taken of the explicit expression) under
both conventions for a sum whose upper limit is below its lower one:

- ``"karr"``: sympy's convention, ``Sum(f, (n, a, b)) = -Sum(f, (n, b+1, a-1))``;
- ``"empty"``: a range with no integer in it sums to 0.

A false claim must fail under both, so that it stays false whichever
convention the checker documents.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import sympy as sp

from derivations import Assumption, Derivation, Step

HERE = Path(__file__).resolve().parent
POSTS = HERE / "posts"

FAMILIES = ("branch", "equations", "sums", "calculus", "numerics", "assumptions")
CONVENTIONS = ("karr", "empty")
PREC = 80


# --------------------------------------------------------------------------- the case


@dataclasses.dataclass(frozen=True)
class Witness:
    """A point where a false step fails.

    ``values`` maps a symbol to a number, an ``IndexedBase`` to ``{index: value}``.
    ``check``, when given, replaces the generic evaluation (a kink, a limit):
    it returns True when the claim demonstrably fails there.
    """

    values: Mapping[Any, Any] = dataclasses.field(default_factory=dict)
    check: Callable[[], bool] | None = None
    note: str = ""


@dataclasses.dataclass(frozen=True)
class Case:
    id: str
    family: str
    claim: str  # "false" or "true"
    twin: str
    symbols: tuple
    before: Callable[[], sp.Basic]
    after: Callable[[], sp.Basic]
    rule: str | tuple[str, ...] = "algebra"
    relation: str = "="
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    prefix: Callable[[], Sequence[sp.Basic]] | None = None
    conditions: tuple[str, ...] = ()
    witness: Witness | None = None
    expect_refuted: bool = False
    why: str = ""

    @property
    def step(self) -> int:
        """Index of the step under test."""
        return len(self.lines()) - 1

    def lines(self) -> list[sp.Basic]:
        with sp.evaluate(False):
            pre = list(self.prefix()) if self.prefix is not None else []
            return [*pre, self.before(), self.after()]

    def build(self) -> Derivation:
        *pre, before, after = self.lines()
        steps = [Step(e, "definition", "start") for e in pre]
        steps.append(Step(before, "definition", "start"))
        steps.append(Step(after, self.rule, self.relation, params=dict(self.params)))
        return Derivation(
            self.id,
            f"adversarial case {self.id}",
            [Assumption(s, words(s)) for s in self.symbols],
            steps,
        )


@dataclasses.dataclass(frozen=True)
class PostCase:
    """A small Markdown post; the row under test is the display row containing ``marker``."""

    id: str
    claim: str
    twin: str
    post: str  # file name under posts/
    marker: str
    conditions: tuple[str, ...] = ()
    why: str = ""
    family: str = "posts"

    @property
    def path(self) -> Path:
        return POSTS / self.post

    def line(self) -> int:
        hits = [
            k
            for k, text in enumerate(self.path.read_text().split("\n"), start=1)
            if self.marker in text
        ]
        if len(hits) != 1:
            raise ValueError(f"{self.post}: marker {self.marker!r} found on lines {hits}")
        return hits[0]


def words(s: sp.Basic) -> str:
    """A sentence for the Assumption: what sympy knows about ``s``."""
    probe = s[sp.Dummy("i", integer=True)] if isinstance(s, sp.IndexedBase) else s
    flags = [
        f
        for f in ("integer", "positive", "nonnegative", "negative", "nonzero", "real")
        if getattr(probe, f"is_{f}") is True
    ]
    return f"{s} is " + (", ".join(flags) if flags else "complex (nothing declared)")


def pair(
    family: str,
    stem: str,
    *,
    why: str,
    false: Mapping[str, Any],
    true: Mapping[str, Any],
    **common: Any,
) -> list[Case]:
    """A false claim and its true twin; keyword arguments shared by both go in ``common``."""
    fid, tid = f"{family}.{stem}.false", f"{family}.{stem}.true"
    f = Case(id=fid, family=family, claim="false", twin=tid, why=why, **{**common, **false})
    t = Case(id=tid, family=family, claim="true", twin=fid, why=why, **{**common, **true})
    return [f, t]


def all_cases() -> list[Case]:
    out: list[Case] = []
    for fam in FAMILIES:
        mod = importlib.import_module(f"{__package__}.cases_{fam}")
        out.extend(mod.CASES)
    return out


def post_cases() -> list[PostCase]:
    return list(importlib.import_module(f"{__package__}.cases_posts").CASES)


# --------------------------------------------------------------------------- evaluation


class Undefined(Exception):
    """The expression has no value at the point (0/0, log 0, a pole)."""


def _write_out(e: sp.Basic, convention: str) -> sp.Basic:
    """Every Sum and Product with integer limits written out term by term (unevaluated).

    A range with hi = lo - 1 is empty under both conventions (0 or 1); for
    hi < lo - 1 Karr's convention flips it (``-sum`` or ``1/prod`` over
    hi+1..lo-1) and the other one leaves it empty.
    """

    def one(s: sp.Basic) -> sp.Basic:
        (idx, lo, hi), *rest = s.limits
        if rest:
            raise ValueError("one index per Sum or Product in these cases")
        lo, hi = _eval(lo), _eval(hi)
        if not (lo.is_Integer and hi.is_Integer):
            return s
        lo, hi = int(lo), int(hi)
        body = s.function
        product = isinstance(s, sp.Product)
        op = sp.Mul if product else sp.Add
        with sp.evaluate(False):
            if hi >= lo:
                return op(*[body.xreplace({idx: sp.Integer(k)}) for k in range(lo, hi + 1)])
            if convention == "empty" or hi == lo - 1:
                return sp.Integer(1 if product else 0)
            flipped = op(*[body.xreplace({idx: sp.Integer(k)}) for k in range(hi + 1, lo)])
            return sp.Pow(flipped, -1) if product else sp.Mul(-1, flipped)

    return e.replace(lambda a: isinstance(a, (sp.Sum, sp.Product)), one)


def _eval(e: sp.Basic) -> sp.Basic:
    """Evaluate bottom-up, so that 0 * (1/0) is nan rather than cancelled away first."""
    if isinstance(e, sp.Indexed):  # sympy counts Indexed as an atom; its index is not
        with sp.evaluate(True):
            return e.func(e.base, *[_eval(i) for i in e.indices])
    if e.is_Atom:
        return e
    with sp.evaluate(True):
        out = e.func(*[_eval(a) for a in e.args])
    if out.is_number and out.has(sp.nan, sp.zoo, sp.oo, -sp.oo):
        # Natural domain: a pole or 0/0 anywhere makes the whole line undefined,
        # even if a later operation would turn it back into a number (1/(1/0)).
        raise Undefined(f"{e} is {out}")
    return out


def value_at(expr: sp.Basic, values: Mapping[Any, Any], convention: str) -> sp.Basic:
    """``expr`` at the point: integers first, sums written out, derivatives, then the rest.

    Substitution happens on the unevaluated tree and evaluation bottom-up, so
    ``x/x`` at ``x = 0`` is undefined, as written, instead of ``1``.
    """
    bound = {lim[0] for s in expr.atoms(sp.Sum, sp.Product) for lim in s.limits}
    ints = {
        k: sp.Integer(v)
        for k, v in values.items()
        if isinstance(k, sp.Symbol) and k.is_integer and k not in bound
    }
    rest: dict[sp.Basic, sp.Basic] = {}
    for k, v in values.items():
        if isinstance(k, sp.IndexedBase):
            rest.update({k[i]: _number(w) for i, w in v.items()})
        elif k not in ints:
            rest[k] = _number(v)
    with sp.evaluate(False):
        e = expr.xreplace(ints)
    e = _write_out(e, convention)
    # Indices such as x[K + 1] become x[2]; then derivatives of the explicit expression.
    e = e.replace(lambda a: isinstance(a, sp.Indexed), lambda a: _eval(a))
    with sp.evaluate(True):
        e = e.replace(lambda a: isinstance(a, sp.Derivative), lambda a: a.doit())
    with sp.evaluate(False):
        e = e.xreplace(rest)
    v = sp.N(_eval(e), PREC)
    if v.has(sp.nan, sp.zoo, sp.oo, -sp.oo) or not v.is_number:
        raise Undefined(str(v))
    return v


def _close(a: sp.Basic, b: sp.Basic, tol: str = "1e-50") -> bool:
    """Equal to ``tol`` relative; no float conversion (exp(10^4) must fit)."""
    gap = sp.N(sp.Abs(a - b), PREC)
    scale = sp.Max(1, sp.N(sp.Abs(a), PREC), sp.N(sp.Abs(b), PREC))
    return bool(gap <= sp.Float(tol, PREC) * scale)


def _tol(*exprs: sp.Basic) -> str:
    """Exact inputs are compared to 1e-50; a written float carries 15 digits only."""
    return "1e-14" if any(e.atoms(sp.Float) for e in exprs) else "1e-50"


def _holds(eq: sp.Basic, values, convention) -> bool:
    """Does the equation hold at the point? An undefined side means it does not."""
    try:
        a = value_at(eq.lhs, values, convention)
        b = value_at(eq.rhs, values, convention)
    except Undefined:
        return False
    return _close(a, b, _tol(eq.lhs, eq.rhs))


def _differ(a: sp.Basic, b: sp.Basic, values, convention) -> bool:
    """Do two expressions differ at the point? Undefined on one side only counts."""
    try:
        va = value_at(a, values, convention)
    except Undefined:
        va = None
    try:
        vb = value_at(b, values, convention)
    except Undefined:
        vb = None
    if va is None or vb is None:
        return (va is None) != (vb is None)
    return not _close(va, vb, _tol(a, b))


def witness_fails(case: Case, convention: str) -> bool:
    """True when the case's witness shows the step false under ``convention``."""
    w = case.witness
    assert w is not None
    if w.check is not None:
        return bool(w.check())
    *_, before, after = case.lines()
    if case.relation == "=":
        if isinstance(before, sp.Equality):
            return any(
                _differ(p, c, w.values, convention)
                for p, c in ((before.lhs, after.lhs), (before.rhs, after.rhs))
            )
        return _differ(before, after, w.values, convention)
    p, c = _holds(before, w.values, convention), _holds(after, w.values, convention)
    if case.relation == "=>":
        return p and not c
    return p != c  # "<=>"


def random_point(symbols: Sequence[Any], seed: int) -> dict[Any, Any]:
    """Exact values in the declared domain of each symbol (samples: indices 0..19)."""
    import random

    rng = random.Random(seed)

    def one(probe: sp.Basic) -> sp.Basic:
        if probe.is_integer:
            return sp.Integer(rng.randint(1, 7) if probe.is_positive else rng.randint(-6, 6))
        mag = sp.Rational(rng.randint(1, 1000), 100)
        if probe.is_positive:
            return mag
        if probe.is_negative:
            return -mag
        if probe.is_nonnegative:
            return mag if rng.random() < 0.9 else sp.Integer(0)
        sign = rng.choice((-1, 1))
        if probe.is_real:
            return sign * mag
        return sign * mag + sp.I * sp.Rational(rng.randint(-500, 500), 100)

    out: dict[Any, Any] = {}
    for s in symbols:
        if isinstance(s, sp.IndexedBase):
            probe = s[sp.Dummy("i", integer=True)]
            out[s] = {i: one(probe) for i in range(20)}
        else:
            out[s] = one(s)
    return out


def twin_fails_at(case: Case, values: Mapping[Any, Any]) -> list[str]:
    """Conventions under which the rewrite ``case`` fails at ``values`` (for true twins)."""
    *_, before, after = case.lines()
    return [conv for conv in CONVENTIONS if _differ(before, after, values, conv)]


# --------------------------------------------------------------------------- side conditions


def _number(v: Any) -> sp.Basic:
    """A witness value as a sympy number (ints exact, floats as floats, sympy as is)."""
    if isinstance(v, sp.Basic):
        return v
    if isinstance(v, bool):
        raise TypeError(f"not a number: {v!r}")
    if isinstance(v, int):
        return sp.Integer(v)
    if isinstance(v, float):
        return sp.Float(v)
    if isinstance(v, complex):
        return sp.Float(v.real) + sp.I * sp.Float(v.imag)
    raise TypeError(f"not a number: {v!r}")


_TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(\*\*|[-+*/()\[\],^]))")


def _read_arithmetic(text: str, names: Mapping[str, Any]) -> sp.Basic:
    """Arithmetic of numbers and known names (``N - 4``, ``x[n]**2``), read without eval.

    The checker prints conditions with sympy's plain printer; this reads back
    ``+ - * / ** ( )``, indexing ``x[n]`` and calls ``f(a, b)`` of known
    functions, and nothing else: an unknown name is an error.
    """
    tokens: list[str] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None or m.end() == pos:
            raise ValueError(f"cannot read {text!r} at {pos}")
        tokens.append(m.group(0).strip())
        pos = m.end()
    k = 0

    def peek() -> str | None:
        return tokens[k] if k < len(tokens) else None

    def take() -> str:
        nonlocal k
        k += 1
        return tokens[k - 1]

    def expr() -> sp.Basic:
        out = term()
        while peek() in ("+", "-"):
            out = out + term() if take() == "+" else out - term()
        return out

    def term() -> sp.Basic:
        out = unary()
        while peek() in ("*", "/"):
            out = out * unary() if take() == "*" else out / unary()
        return out

    def unary() -> sp.Basic:
        if peek() == "-":
            take()
            return -unary()
        if peek() == "+":
            take()
            return unary()
        return power()

    def power() -> sp.Basic:
        base = atom()
        if peek() in ("**", "^"):
            take()
            return base ** unary()
        return base

    def atom() -> sp.Basic:
        t = take()
        if t == "(":
            out = expr()
            if take() != ")":
                raise ValueError("unbalanced brackets")
            return out
        if t[0].isdigit():
            return sp.Rational(t) if "." not in t else sp.Float(t)
        if t not in names:
            raise ValueError(f"unknown name {t!r}")
        value = names[t]
        if peek() == "[":
            take()
            index = expr()
            if take() != "]":
                raise ValueError("unbalanced index")
            return value[index]
        if peek() == "(" and callable(value) and not isinstance(value, sp.Basic):
            take()
            args = [expr()]
            while peek() == ",":
                take()
                args.append(expr())
            if take() != ")":
                raise ValueError("unbalanced call")
            return value(*args)
        return value

    out = expr()
    if k != len(tokens):
        raise ValueError(f"unexpected {tokens[k]!r} in {text!r}")
    return out


def _parse_condition(text: str, names: Mapping[str, Any]) -> tuple[str, sp.Basic] | None:
    """``(kind, e)``: the condition read as ``e REL 0``, kind one of ne, gt, ge, eq, real.

    None when the text cannot be read. Read by :func:`_read_arithmetic`, never
    by sympy's ``parse_expr`` (which evaluates Python).
    """
    t = text.strip().replace("≠", "!=").replace("≥", ">=").replace("≤", "<=")
    names = {**names, "I": sp.I, "E": sp.E, "pi": sp.pi, "sqrt": sp.sqrt, "log": sp.log,
             "exp": sp.exp, "Abs": sp.Abs, "factorial": sp.factorial}  # fmt: skip
    try:
        m = re.fullmatch(r"(.+?)\s*(!=|>=|<=|==|>|<)\s*(.+)", t)
        if m:
            lhs = _read_arithmetic(m.group(1), names)
            rhs = _read_arithmetic(m.group(3), names)
            op = m.group(2)
        else:
            ne = re.fullmatch(r"Ne\((.+),\s*(.+)\)", t)
            real = re.fullmatch(r"(?:Contains\((.+),\s*Reals\)|(.+) is real)", t)
            if ne:
                lhs, rhs, op = (
                    _read_arithmetic(ne.group(1), names),
                    _read_arithmetic(ne.group(2), names),
                    "!=",
                )
            elif real:
                return "real", sp.expand(_read_arithmetic(real.group(1) or real.group(2), names))
            else:
                return None
    except (ValueError, TypeError, ZeroDivisionError):
        return None
    e = sp.expand(lhs - rhs)
    kind = {"!=": "ne", "==": "eq", ">": "gt", ">=": "ge", "<": "gt", "<=": "ge"}[op]
    if op in ("<", "<="):
        e = -e
    return kind, e


def _ratio(a: sp.Basic, b: sp.Basic) -> sp.Basic | None:
    if b == 0:
        return None
    r = sp.simplify(a / b)
    return r if r.is_number else None


def _implies(listed: tuple[str, sp.Basic], required: tuple[str, sp.Basic]) -> bool:
    lk, le = listed
    rk, re_ = required
    r = _ratio(le, re_)
    if r is None or r == 0:
        return False
    if rk == "ne":
        return lk in ("ne", "gt") and r.is_nonzero  # e > 0 (either sign of e) implies e != 0
    if rk in ("gt", "ge"):
        return (lk == rk or (rk == "ge" and lk == "gt")) and r.is_positive
    if rk == "real":
        return lk == "real" and r.is_nonzero
    return lk == rk and r.is_nonzero


def condition_listed(required: str, listed: Sequence[str], symbols: Sequence[Any]) -> bool:
    """Is the required condition (``"t != 0"``) among the listed ones, in any spelling?

    A listed condition that implies the required one counts (``t > 0`` for
    ``t != 0``); so does the same condition up to a non-zero factor
    (``4 - N != 0`` for ``N != 4``). Unreadable text is compared verbatim.
    """
    names: dict[str, Any] = {str(s): s for s in symbols}
    # Relations unevaluated: Ne(N, -4) must stay a condition, not become True.
    for name, rel in [
        ("Ne", sp.Ne),
        ("Unequality", sp.Ne),
        ("Eq", sp.Eq),
        ("Gt", sp.Gt),
        ("StrictGreaterThan", sp.Gt),
        ("Ge", sp.Ge),
        ("GreaterThan", sp.Ge),
        ("Lt", sp.Lt),
        ("StrictLessThan", sp.Lt),
        ("Le", sp.Le),
        ("LessThan", sp.Le),
        ("Contains", sp.Contains),
    ]:
        names[name] = lambda a, b, rel=rel: rel(a, b, evaluate=False)
    names.update({"Reals": sp.Reals, "pi": sp.pi})
    want = _parse_condition(required, names)
    squash = re.sub(r"\s+", "", required)
    for text in listed:
        if re.sub(r"\s+", "", text) == squash:
            return True
        got = _parse_condition(text, names)
        if want is not None and got is not None and _implies(got, want):
            return True
    return False
