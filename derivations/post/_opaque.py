"""OPAQUE8: functions a post never defines, checked as arbitrary functions.

``\\log \\prod_i P(x_i|\\theta) = \\sum_i \\log P(x_i|\\theta)`` holds whatever ``P`` is (given
``P > 0``, which taking the log says): a row whose two lines use only such functions was
unchecked ("P(...) is not defined in the post"). Here each undefined function of a link is
an *arbitrary* function (an :class:`OpaqueCall`): the same name at the same arguments is the
same value, nothing else is known. The engine proves such a link symbolically or not at all
(its numeric check skips arbitrary functions, the one documented skip of a proof), so a link
that holds only for special functions (``\\log \\sum P = \\sum \\log P``,
``\\sum P^2 = (\\sum P)^2``) stays unchecked, never proved, and nothing is refuted.

What an arbitrary function may be assumed to be comes from the post:

- a probability or density by its name (``P``, ``p``, ``\\Pr``, ``q``, ``\\pi``; ``L`` and
  ``\\mathcal{L}`` when the prose speaks of a likelihood and of no loss) is ``>= 0``, and
  a call of it ``> 0`` where the link itself takes its log (``\\log P(x_i)``,
  ``\\log \\prod_i P(x_i)``; not ``\\log \\sum_c P(x, c)``), which the verdict names;
- ``\\int_{-\\infty}^{\\infty} P(x) dx`` is 1 when the post states a law for ``P(x)``;
- any other name (``\\mathrm{count}``, ``N``, ``G``) is an arbitrary real.

The reader keeps the place of a call's bar (``P(c|x)`` and ``P(c, x)`` are two functions,
``._tosympy.named_function``), so a name is read as arbitrary functions, one per place of its
bar, whenever the post writes it as a call. A name the text never writes as a call is left
alone.

CONGR29: a probability the post writes with a bar somewhere is one law's conditionals and
marginals: each call ``P(A | B)`` of plain letters is read as ``J(A, B) / J(B)``, ``J`` the joint
probability of a set of letters (an arbitrary positive function of the set). The product rule,
Bayes' rule and the chain rule are then identities, under a log as well
(``\\log P(x, y) = \\log P(x | y) + \\log P(y)``), and a link that holds for some laws only
(``P(x | y) = P(y | x)``) stays unchecked: it is still proved symbolically or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import sympy as sp
from sympy.core.function import AppliedUndef, UndefinedFunction

from ._opaque_call import OpaqueCall
from ._resolve import GENERIC_FUNCTIONS
from ._tosympy import NamedApplied, bar_of, named_function

#: names of probabilities and densities (as the reader prints the function's name)
_PROBABILITY = frozenset({"P", "p", "Pr", "\\Pr", "\\mathrm{Pr}", "\\operatorname{Pr}", "q", "pi"})
_PROBABILITY_PREFIXES = ("p_", "q_", "pi_", "P_")
_LIKELIHOOD = frozenset({"L", "\\mathcal{L}"})
#: probabilities that need not integrate to 1 (a prior may be improper, a likelihood is
#: no density of its argument)
_NOT_NORMALISED = frozenset({"pi", "L", "\\mathcal{L}", "Pr", "\\Pr", "\\mathrm{Pr}"})
#: the separators of a conditional call
_GIVEN = re.compile(r"\||\\mid\b|\\vert\b|;")
_STYLE = re.compile(r"\\(?:boldsymbol|mathbf|bm|vec|mathrm|operatorname|textrm|text|mathit)\b")
#: calls looked at per name, and characters per call (hostile text stays cheap)
_MAX_CALLS = 400
_MAX_CALL = 300
_CLASSES: dict[tuple[str, str], Any] = {}


def _text_names(name: str) -> list[str]:
    """How a function's printed name may be written in the post (``pi`` -> ``\\pi``,
    ``Q_i`` -> ``Q_{i}``, ``\\mathrm{Pr}`` -> ``\\Pr``)."""
    out = [name]
    if re.fullmatch(r"[A-Za-z]{2,}", name):
        out += ["\\" + name, f"\\mathrm{{{name}}}", f"\\operatorname{{{name}}}"]
    m = re.fullmatch(r"([A-Za-z]+)_(\w+)", name)
    if m:
        head, sub = m.groups()
        heads = [head] + (["\\" + head] if len(head) > 1 else [])
        subs = [sub, "{" + sub + "}", "\\" + sub, "{\\" + sub + "}"]
        out += [f"{h}_{s}" for h in heads for s in subs]
    if name in ("\\mathrm{Pr}", "\\Pr", "Pr"):
        out += ["\\Pr", "\\mathrm{Pr}", "\\operatorname{Pr}", "Pr"]
    return list(dict.fromkeys(out))


def _calls(texts: Iterable[str], name: str) -> list[str] | None:
    """The argument texts of every call of ``name`` in ``texts``; None when there are too
    many or one is not closed within bounds (then the name is left alone). A subscript the
    reader leaves out of the name is allowed (``q_{\\phi}(z)`` is read as ``q(z)``)."""
    heads = "|".join(re.escape(t) for t in sorted(_text_names(name), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\\\w])(?:{heads})(?![A-Za-z])(?:_(?:\{{[^{{}}]{{0,40}}\}}|\\[A-Za-z]+|[A-Za-z0-9]))?"
        r"\s*(?:\\left\s*|\\[bB]igg?l?\s*)?\("
    )
    out: list[str] = []
    for text in texts:
        for m in pattern.finditer(text):
            depth, start = 1, m.end()
            for k in range(start, min(len(text), start + _MAX_CALL)):
                depth += {"(": 1, ")": -1}.get(text[k], 0)
                if depth == 0:
                    out.append(re.sub(r"\\right\s*$|\\[bB]igg?r?\s*$", "", text[start:k]))
                    break
            else:
                return None
            if len(out) > _MAX_CALLS:
                return None
    return out


def _key(args: str) -> tuple[tuple[str, ...], int | None] | None:
    """``c, x_i | \\theta`` -> ``(("c", "x_i", "theta"), 2)``: the arguments as written
    (spacing, braces and type styles dropped) and how many come before the bar."""
    parts = _GIVEN.split(args)
    if len(parts) > 2:
        return None
    pieces = [_split(p) for p in parts]
    if any(not p for p in pieces):
        return None
    flat = tuple(a for p in pieces for a in p)
    return flat, (len(pieces[0]) if len(parts) == 2 else None)


def _split(text: str) -> list[str]:
    out, depth, start = [], 0, 0
    for k, c in enumerate(text):
        depth += 1 if c in "({[" else -1 if c in ")}]" else 0
        if c == "," and depth == 0:
            out.append(text[start:k])
            start = k + 1
    out.append(text[start:])
    cleaned = [re.sub(r"\\[,;:! ]|\s+|[{}]|\\left|\\right", "", _STYLE.sub("", a)) for a in out]
    return [a for a in cleaned if a] if all(cleaned) else []


def bars_agree(texts: Iterable[str], name: str) -> bool:
    """Is ``name`` written as a call in the post, every call closed within bounds? (The
    reader keeps the place of a call's bar, ``._tosympy.named_function``: ``P(x_i|\\theta)``
    and ``P(x_i, \\theta)`` are two functions, so a name whose calls put the bar in
    different places is read as arbitrary functions too, one per place of the bar.)"""
    calls = _calls(texts, name)
    return bool(calls)


def _is_law(name: str) -> bool:
    """CONGR29: a name whose calls with a bar are conditional probabilities (not a
    likelihood ``L(\\theta | x)``, which is no law of ``theta``, nor a prior ``\\pi``, which
    may be improper)."""
    return (name in _PROBABILITY and name != "pi") or name.startswith(("p_", "q_", "P_"))


def _is_probability(name: str, prose: str) -> bool:
    if name in _PROBABILITY or name.startswith(_PROBABILITY_PREFIXES):
        return True
    low = prose.lower()
    return name in _LIKELIHOOD and "likelihood" in low and "loss" not in low


class OpaqueNames:
    """The post's undefined functions that may be read as arbitrary functions."""

    def __init__(self, texts: Iterable[str], prose: Iterable[str]) -> None:
        self.texts = tuple(texts)
        self.prose_texts = tuple(prose)
        self.prose = " ".join(self.prose_texts)
        self._seen: dict[str, Any] = {}
        self._conditional: dict[str, bool] = {}

    def function(self, name: str, logged: bool, bar: int = 0) -> Any:
        """The arbitrary function read for a call of ``name`` (``logged``: whose log the
        link takes; ``bar``: how many arguments precede the call's bar, so that the call
        written back, :func:`as_named`, is the one the post wrote), or None when the name is
        left alone."""
        if name not in self._seen:
            self._seen[name] = bars_agree((*self.texts, *self.prose_texts), name)
        if not self._seen[name]:
            return None
        if _is_probability(name, self.prose):
            kind = "positive" if logged else "nonnegative"
        else:
            kind = "real"
        key = (name, kind, bar)
        f = _CLASSES.get(key)
        if f is None:
            # the keyword keeps sympy from taking this class for the reader's P (same name)
            marks = {kind: True, **({"bar": bar} if bar else {})}
            f = UndefinedFunction(name, bases=(OpaqueCall,), opaque8=True, **marks)
            _CLASSES[key] = f
        return f

    def conditional(self, name: str) -> bool:
        """CONGR29: is ``name`` a probability the post writes with a conditioning bar
        somewhere (``P(x_i | \\theta)``, ``p(y; \\theta)``)? Then its calls are one law's
        marginals and conditionals (see :meth:`as_joints`)."""
        if name not in self._conditional:
            calls = _calls((*self.texts, *self.prose_texts), name) or []
            self._conditional[name] = _is_law(name) and any(_GIVEN.search(c) for c in calls)
        return self._conditional[name]

    def as_joints(self, call: sp.Basic) -> sp.Basic | None:
        """CONGR29: the call ``P(A | B)`` of a conditional probability read as
        ``J(A, B) / J(B)`` (``J`` of no letter is 1), ``J`` the joint probability of a set of
        letters - an arbitrary positive function of the set (its arguments in one order,
        the joint of ``x, c`` is the joint of ``c, x``). Every law a post writes between
        conditionals and joints of one letter (the product rule, Bayes' rule, the chain
        rule) is then an identity in ``J``, and a link proved in ``J`` holds for every law
        (a parameter after the bar is a letter like any other: a family of laws is the
        conditional of a joint with any positive prior). None when the name is no
        conditional probability of the post or an argument is no plain letter (a sample
        ``x_i`` is one), or a letter is written twice."""
        name = str(call.func)
        if not self.conditional(name):
            return None
        args = call.args
        if not args or len(set(args)) != len(args):
            return None
        if not all(type(a) in (sp.Symbol, sp.Dummy) or isinstance(a, sp.Indexed) for a in args):
            return None
        k = bar_of(call) or len(args)
        every, given = _sorted(args), _sorted(args[k:])
        j = _joint(name)
        out = j(*every)
        return out / j(*given) if given else out

    def normalised(self, e: sp.Basic) -> sp.Basic:
        """``e`` with ``\\int_{-\\infty}^{\\infty} P(x) dx`` read as 1 when the post states a law
        for ``P(x)`` (``P(x) \\sim \\mathcal{N}(...)``): a density of ``x`` integrates to 1
        over the line. Not an integral over part of the line, of a power of ``P``, of a call
        with more arguments (``p(y|\\theta)`` by ``\\theta``), nor of a prior ``\\pi``."""
        sub = {}
        for i in e.atoms(sp.Integral):
            if len(i.limits) != 1 or len(i.limits[0]) != 3:
                continue
            v, lo, hi = i.limits[0]
            factors = _factors(i.function)
            calls = [f for f in factors if isinstance(f, OpaqueCall)]
            if len(calls) != 1 or (lo, hi) != (-sp.oo, sp.oo):
                continue
            (f,) = calls
            rest = [g for g in factors if g is not f]
            if f.args != (v,) or not f.is_nonnegative or str(f.func) in _NOT_NORMALISED:
                continue
            if any(v in g.free_symbols for g in rest) or not self._law_stated(str(f.func), str(v)):
                continue
            sub[i] = sp.Mul(*rest) if rest else sp.Integer(1)
        return e.xreplace(sub) if sub else e

    def _law_stated(self, name: str, letter: str) -> bool:
        heads = "|".join(re.escape(t) for t in sorted(_text_names(name), key=len, reverse=True))
        pattern = re.compile(
            rf"(?<![\\\w])(?:{heads})\s*\(\s*{re.escape(letter)}\s*\)\s*\\sim(?![A-Za-z])"
        )
        return any(pattern.search(t) for t in (*self.texts, self.prose))


def as_arbitrary(
    prev: sp.Basic, written: sp.Basic, names: OpaqueNames | None, undefined: Any
) -> tuple[sp.Basic, sp.Basic, str] | None:
    """``prev`` and ``written`` with their undefined functions read as arbitrary ones, and
    what was assumed of them (for the verdict), or None. Only when both lines hold one (a
    row writing a formula for the line above gives it a value, as before), ``written``
    brings in no function ``prev`` lacks, and nothing else keeps them from a comparison
    (``undefined`` of each is then empty). A probability's call is ``> 0`` where the link
    takes its log (``\\log P(x_i)``, ``\\log \\prod_i P(x_i)``), else ``>= 0``."""
    if names is None:
        return None
    prev, written = as_named(prev), as_named(written)
    calls = {f for e in (prev, written) for f in e.atoms(AppliedUndef) if _is_named(f)}
    mine = {str(f.func) for f in written.atoms(AppliedUndef) if _is_named(f)}
    theirs = {str(f.func) for f in prev.atoms(AppliedUndef) if _is_named(f)}
    if not mine or not (mine <= theirs or theirs):
        return None
    logged_prev, logged_written = _logged(prev), _logged(written)
    if logged_prev is None or logged_written is None:
        return None
    logged = logged_prev | logged_written
    sub = {}
    joint = set()
    for f in calls:
        g = names.function(str(f.func), f in logged, bar_of(f))
        if g is None:
            return None
        ratio = names.as_joints(f)  # CONGR29: P(A | B) = P(A, B) / P(B)
        if ratio is not None:
            sub[f] = ratio
            if bar_of(f):
                joint.add(str(f.func))
        else:
            sub[f] = g(*f.args)
    a, b = prev.xreplace(sub), written.xreplace(sub)
    if undefined(a) or undefined(b):
        return None
    note = arbitrary_note(sp.Add(a, b, evaluate=False))
    for name in sorted(joint):
        note += f"; {name}(A | B) read as {name}(A, B) / {name}(B)"
    na, nb = names.normalised(a), names.normalised(b)
    if na is not a or nb is not b:
        note += "; the integral of a density over the line read as 1 (the post states its law)"
    return na, nb, note


def _sorted(args: Iterable[sp.Basic]) -> tuple:
    """Letters in one order (the joint of a set of letters is one value)."""
    return tuple(sorted(args, key=sp.default_sort_key))


def _joint(name: str) -> Any:
    """CONGR29: the joint probability of a set of letters under ``name``: an arbitrary
    positive function (a probability is positive where the post uses it)."""
    key = (name, "joint", 0)
    f = _CLASSES.get(key)
    if f is None:
        f = UndefinedFunction(name, bases=(OpaqueCall,), opaque8=True, positive=True, joint=True)
        _CLASSES[key] = f
    return f


def _logged(e: sp.Basic) -> set | None:
    """The calls whose log ``e`` takes: factors of a log's argument, through products,
    powers and ``\\prod`` (not through sums: ``\\log \\sum_c P(x, c)`` says the sum is
    positive, not each term). CONGR29: and the factors it divides by (``q(z) / q(z)``: a
    probability the post divides by is positive where it uses it). None past a bound on
    the walk."""
    out: set = set()
    todo = [a.args[0] for a in e.atoms(sp.log)]
    todo += [a.base for a in e.atoms(sp.Pow) if a.exp.is_negative]
    seen = 0
    while todo:
        seen += 1
        if seen > 2000:
            return None
        a = todo.pop()
        if isinstance(a, sp.Mul):
            todo.extend(a.args)
        elif isinstance(a, sp.Pow):
            todo.append(a.base)
        elif isinstance(a, sp.Product):
            todo.append(a.function)
        elif isinstance(a, AppliedUndef):
            out.add(a)
    return out


def _factors(e: sp.Basic) -> list:
    """The factors of a product the reader built unevaluated (``1*(a*P(x))`` -> ``a, P(x)``),
    ones dropped; a bounded walk."""
    out, todo = [], [e]
    while todo and len(out) < 50:
        a = todo.pop()
        if isinstance(a, sp.Mul):
            todo.extend(a.args)
        elif a != 1:
            out.append(a)
    return out if not todo else [e]


def as_named(e: Any) -> Any:
    """``e`` with every arbitrary function read back as the post's own call (the next row
    and every other reading see the calls as written)."""
    if not isinstance(e, sp.Basic) or not e.atoms(OpaqueCall):
        return e
    return e.xreplace(
        {f: named_function(str(f.func), bar_of(f))(*f.args) for f in e.atoms(OpaqueCall)}
    )


def arbitrary_note(e: sp.Basic) -> str:
    """What a link read with arbitrary functions assumed of them, for its verdict."""
    kinds: dict[str, set[str]] = {}
    for f in e.atoms(OpaqueCall):
        if getattr(f.func, "joint", False):
            kinds.setdefault("> 0 (a joint probability the post uses)", set()).add(str(f.func))
        elif f.is_positive:
            kinds.setdefault("> 0 (its log is taken, or divided by)", set()).add(str(f))
        elif f.is_nonnegative:
            kinds.setdefault(">= 0 (a probability)", set()).add(str(f.func))
        else:
            kinds.setdefault("any real", set()).add(str(f.func))
    parts = [f"{', '.join(sorted(v)[:4])} {k}" for k, v in sorted(kinds.items())]
    return "undefined functions read as arbitrary functions: " + "; ".join(parts)


def _is_named(f: Any) -> bool:
    return isinstance(f, NamedApplied) and str(f.func) not in GENERIC_FUNCTIONS
