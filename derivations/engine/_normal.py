"""The symbolic check's normal form, and the sum and derivative passes it shares.

:func:`normal` is the equivalence pipeline of the *symbolic* check (one
``simplify`` call is not an equivalence checker, see NOTES.md): evaluate,
``doit`` (derivatives, sums of constants), split sums by linearity and pull
out factors free of the index, expand logarithms under the declared
assumptions (never ``force=True``), expand, and repeat once.
"""

from __future__ import annotations

import functools

import sympy as sp

from .._forms import evaluated


def _sum_limits(s: sp.Sum) -> tuple[sp.Symbol, sp.Basic, sp.Basic]:
    if len(s.limits) != 1:
        raise ValueError(f"Only single-index sums are supported, got {s}.")
    return s.limits[0]


def linearize_sums(e: sp.Basic) -> sp.Basic:
    """Split every sum by linearity and pull out factors free of its index.

    ``Sum(a*f(x_n) + c, (n, 1, N))`` becomes ``a*Sum(f(x_n)) + N*c``: after this
    every remaining ``Sum`` has a summand that is a single product of factors
    that all depend on the index, so equal sums look equal.
    """
    if e.is_Atom or isinstance(e, (sp.Indexed, sp.IndexedBase)):
        return e
    e = e.func(*[linearize_sums(a) for a in e.args]) if not isinstance(e, sp.Sum) else e
    if not isinstance(e, sp.Sum):
        return e
    idx, lo, hi = _sum_limits(e)
    body = sp.expand(linearize_sums(e.function))
    total = sp.S.Zero
    for term in sp.Add.make_args(body):
        coeff, dep = term.as_independent(idx, as_Add=False)
        if dep == 1:
            total += coeff * (hi - lo + 1)
        else:
            total += coeff * sp.Sum(dep, (idx, lo, hi))
    return total


def do_derivatives(e: sp.Basic) -> sp.Basic:
    """Carry out every ``Derivative`` (innermost first), leaving sums alone.

    ``doit()`` on the whole tree would also try to find closed forms of the
    symbolic sums (sympy's hypergeometric summation), which is slow and never
    what we want: sums are handled by :func:`linearize_sums`.
    """
    return e.replace(lambda a: isinstance(a, sp.Derivative), lambda a: a.doit(deep=False))


def expand_finite_sums(e: sp.Basic) -> sp.Basic:
    """Write every sum with numeric limits out term by term."""

    def write_out(s: sp.Sum) -> sp.Basic:
        body = s.function
        for idx, lo, hi in reversed(s.limits):
            if not (lo.is_Integer and hi.is_Integer):
                return s
            body = sp.Add(
                *[body.xreplace({idx: sp.Integer(k)}) for k in range(int(lo), int(hi) + 1)]
            )
        return body

    return e.replace(lambda a: isinstance(a, sp.Sum), write_out)


@functools.lru_cache(maxsize=4096)
def normal(e: sp.Basic) -> sp.Basic:
    """The symbolic check's canonical form of an expression (not an ``Eq``).

    Memoised: a line is usually both one step's written line and the next
    step's previous line.
    """
    e = do_derivatives(evaluated(e))
    for _ in range(2):
        e = linearize_sums(e)
        e = sp.expand_log(e, deep=True)
        e = sp.expand(e)
    return e


def is_zero(e: sp.Basic, *, thorough: bool = True) -> bool | None:
    """Decide whether ``e`` (already normalised) is identically zero.

    Returns True when proved zero, False when proved non-zero by sympy's
    assumptions, None when undecided. ``thorough=False`` skips the costly
    ``simplify`` fallback, for callers that expect a non-zero answer.
    """
    if e == 0:
        return True
    e2 = sp.cancel(sp.together(e))
    if e2 == 0:
        return True
    if not thorough:
        return False if e2.is_nonzero else None
    e3 = sp.simplify(e2)
    if e3 == 0:
        return True
    return False if e3.is_nonzero else None


def difference(a: sp.Basic, b: sp.Basic) -> sp.Basic:
    """Normalised ``a - b``; zero means proved equal."""
    return sp.expand(normal(a) - normal(b))
