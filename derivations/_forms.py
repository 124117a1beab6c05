"""Written forms of sympy trees: as written but order-insensitive, and evaluated.

- :func:`shape` keeps a line as written but forgets the order of terms and
  factors: ``Add`` and ``Mul`` are re-evaluated (sorted, flattened, numbers
  combined, ``0 + a`` and ``1*a`` dropped) and integer powers distributed, while
  ``log``, ``exp``, fractional powers, ``Sum`` and ``Derivative`` stay
  untouched. Two lines with the same shape differ only by ordering and trivial
  arithmetic; the *rule* check compares shapes, so ``log(e)`` never silently
  becomes ``1``.
- :func:`evaluated` rebuilds a written tree with sympy's ordinary evaluation.
- :func:`substituted` replaces a symbol in a written tree, keeping it as written
  (a function of ``v`` evaluated at ``v = e``, before any simplification).

Also :func:`memoised`, the memo of pure functions of trees. Used by the rules, the
engine, the post reader and the bundled derivations; imports nothing of the package.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import sympy as sp
from sympy.core.parameters import global_parameters


def memoised(maxsize: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``functools.lru_cache`` for a pure function of sympy trees, keyed also by sympy's
    ``evaluate`` flag (as sympy's own caches are: it clears them when the flag changes).

    An exception (a step's time limit) is not cached: the next call computes again."""

    def wrap(f: Callable[..., Any]) -> Callable[..., Any]:
        @functools.lru_cache(maxsize=maxsize)
        def under(evaluate: bool, *args: Any, **kwargs: Any) -> Any:
            return f(*args, **kwargs)

        @functools.wraps(f)
        def call(*args: Any, **kwargs: Any) -> Any:
            return under(bool(global_parameters.evaluate), *args, **kwargs)

        call.cache_clear = under.cache_clear  # type: ignore[attr-defined]
        call.cache_info = under.cache_info  # type: ignore[attr-defined]
        return call

    return wrap


def rebuild(e: sp.Basic, args: list[sp.Basic], evaluate: bool) -> sp.Basic:
    if isinstance(e, (sp.Add, sp.Mul)):
        return e.func(*args, evaluate=evaluate)
    if isinstance(e, sp.Pow):
        return sp.Pow(*args, evaluate=evaluate)
    if isinstance(e, (sp.Function, sp.Equality)):
        return e.func(*args, evaluate=evaluate)
    # Sum, Derivative, Indexed, Tuple: constructors that do not evaluate.
    return e.func(*args)


def shape(e: sp.Basic) -> sp.Basic:
    """Order-insensitive form of ``e`` that keeps every written function call."""
    if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    args = [shape(a) for a in e.args]
    if isinstance(e, (sp.Add, sp.Mul)):
        return e.func(*args, evaluate=True)
    if isinstance(e, sp.Pow):
        base, exp = args
        # Integer powers distribute and cancel (x**2 * x**-1 -> x); fractional
        # powers and exponentials stay as written (sqrt, e^{u}).
        return sp.Pow(base, exp, evaluate=bool(exp.is_Integer) and base is not sp.E)
    return rebuild(e, args, evaluate=False)


def evaluated(e: sp.Basic) -> sp.Basic:
    """Rebuild ``e`` with sympy's ordinary evaluation (Sum/Derivative and equations stay).

    Under sympy's global ``evaluate(False)`` (the post reader builds rows so) an explicit
    ``evaluate=True`` is not enough: sympy 1.14 then rebuilds ``(1/2 * 0) * s`` as ``s``
    (``Mul(1/2, 0)`` comes back as the unevaluated ``1*0``, which the outer product reads
    as 1). The flag is switched on for the rebuild."""
    if sp.core.parameters.global_parameters.evaluate:
        return _evaluated(e)
    with sp.evaluate(True):
        return _evaluated(e)


def _evaluated(e: sp.Basic) -> sp.Basic:
    if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    args = [_evaluated(a) for a in e.args]
    # An equation keeps its two sides: evaluating it would ask sympy whether they
    # are equal (Eq(a, a) is True), which is the checker's question, not the
    # rebuild's - and with sums in it sympy spends 0.2 s deciding "don't know".
    return rebuild(e, args, evaluate=not isinstance(e, sp.Equality))


def substituted(e: sp.Basic, v: sp.Basic, value: sp.Basic) -> sp.Basic:
    """``e`` with ``v`` replaced by ``value``, every node rebuilt as written."""
    if e == v:
        return value
    if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    return rebuild(e, [substituted(a, v, value) for a in e.args], evaluate=False)


__all__ = ["evaluated", "rebuild", "shape", "substituted"]
