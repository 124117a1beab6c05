"""The engine's sign knowledge of a few written domain statements, for engine-level tests."""

from __future__ import annotations

import sympy as sp

from derivations.assumptions import parse as parse_domain
from derivations.engine._domains import Domains


def domains_of(*statements: str) -> Domains:
    """``Domains`` of statements such as ``"y_i > 0"``, ``"0 <= y <= n"`` (a sample's
    statement declares its IndexedBase; two statements of one name are merged)."""
    declared: dict = {}
    for text in statements:
        for d in parse_domain(text, "test"):
            sym = sp.IndexedBase(d.name) if d.sample else sp.Symbol(d.name)
            declared[sym] = declared[sym].merge(d) if sym in declared else d
    return Domains(declared)
