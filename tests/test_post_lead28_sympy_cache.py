"""Reading a post keeps sympy's caches: every switch of sympy's ``evaluate`` flag empties them.

The post reader plans its rows under ``evaluate(False)`` and switches to ``True`` where
sympy must evaluate; each switch there and back clears every cache sympy keeps. Building
the seed post switched 522 times (about 0.2 s of its 0.6 s build went to recomputing
what the caches had held): 224 from ``_split_ranges`` on rows with one sum or none,
184 from a held derivative counting its repeated variables. Neither needs the switch.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import sympy as sp
import sympy.core.parameters as parameters

from derivations.post._build import build
from derivations.post._resolve import held_derivative
from derivations.post._run import _parse_file

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "mle-gaussian-post.md"


@pytest.mark.skipif(not SEED.exists(), reason="the seed post is not next to the repository")
def test_building_the_seed_post_switches_sympys_flag_rarely(monkeypatch):
    calls = []
    real = parameters.clear_cache

    def counting():
        calls.append(1)
        real()

    monkeypatch.setattr(parameters, "clear_cache", counting)
    p, parsed, _problems, ctx, _domains, _conditions = _parse_file(SEED, (), False)
    _derivation, plans = build(parsed, name=p.stem, title=p.stem, source=str(p), ctx=ctx)
    assert len(plans) > 80
    assert len(calls) <= 150, len(calls)  # 522 before; 116 when written


@pytest.mark.parametrize(
    "variables",
    [list(v) for n in (1, 2, 3) for v in itertools.product(sp.symbols("x theta"), repeat=n)],
)
def test_a_held_derivative_is_what_the_evaluated_flag_built(variables):
    x, theta = sp.symbols("x theta")
    body = sp.Function("f")(x, theta) * theta
    with sp.evaluate(True):
        expected = sp.Derivative(body, *variables, evaluate=False)
    with sp.evaluate(False):
        got = held_derivative(body, variables)
    assert sp.srepr(got) == sp.srepr(expected)
    assert got.derivative_count == len(variables)
