"""Checking keeps sympy's caches: switching sympy's global ``evaluate`` flag empties them.

sympy clears every cache when ``sympy.evaluate`` changes the flag; rules that
built their output inside ``with sympy.evaluate(False)`` did that twice per
application, and the engine spent 40% of its time on the bundled post
recomputing what the caches had held. Rules now pass ``evaluate=False`` to the
constructor instead (``rules._registry.ev``).
"""

from __future__ import annotations

import sympy as sp
import sympy.core.parameters as parameters

from derivations.bundled import build
from derivations.engine import check
from derivations.rules._registry import ev


def test_checking_the_bundled_derivation_never_empties_sympys_caches(monkeypatch):
    d = build("gaussian-mle")
    calls = []
    real = parameters.clear_cache

    def counting():
        calls.append(1)
        real()

    monkeypatch.setattr(parameters, "clear_cache", counting)
    report = check(d, jobs=1)
    assert all(s.verdict in ("proved", "given") for s in report.steps)
    assert calls == []


def test_ev_builds_what_the_global_flag_built():
    x, y = sp.symbols("x y", positive=True)
    for fn, args in [
        (sp.Mul, (2, x, x)),
        (sp.Add, (x, x, -x)),
        (sp.Pow, (x, 1)),
        (sp.log, (sp.E,)),
        (sp.Eq, (x + y, x + y)),
        (sp.exp, (sp.log(x),)),
    ]:
        with sp.evaluate(False):
            expected = fn(*args)
        assert sp.srepr(ev(fn, *args)) == sp.srepr(expected)
