"""engine._sampling.bare_symbols: which symbols of a line need values."""

import sympy as sp

from derivations.engine._matrix_expr import ArgMax
from derivations.engine._sampling import bare_symbols

n, N = sp.symbols("n N", integer=True, positive=True)
s2 = sp.Symbol("sigma2", positive=True)
lam = sp.Symbol("lambda", positive=True)
x = sp.IndexedBase("x", real=True)
x_bare = sp.Symbol("x", real=True)


def test_a_symbol_that_cancels_under_evaluation_still_needs_a_value():
    # The adversarial twin sigma^2 sum x_n / sigma^2 = sum x_n was 'unchecked: no values
    # for sigma2' when the line was rebuilt (evaluated) to find its symbols.
    with sp.evaluate(False):
        line = s2 * sp.Sum(x[n], (n, 1, N)) / s2
    assert bare_symbols(line) == {s2, N}


def test_a_label_is_not_a_value_but_a_bare_letter_is():
    with sp.evaluate(False):
        samples = sp.Sum(x[n] * sp.log(lam), (n, 1, N))
        bare = sp.Sum(x_bare * sp.log(lam), (n, 1, N))
    assert bare_symbols(samples) == {lam, N}
    assert bare_symbols(bare) == {x_bare, lam, N}


def test_bound_variables_need_no_value():
    theta = sp.Symbol("theta")
    f = sp.Function("f")
    assert bare_symbols(ArgMax(sp.log(f(theta)), theta)) == set()
    assert bare_symbols(sp.Sum(n**2, (n, 1, N))) == {N}


def test_without_samples_it_is_sympys_free_symbols():
    a, b = sp.symbols("a b")
    e = sp.log(a * b) + sp.Derivative(sp.sin(a * b), a)
    assert bare_symbols(e) == e.free_symbols
