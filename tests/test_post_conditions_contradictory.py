"""Two declarations that contradict each other state nothing the engine may use.

A post that argues by cases ("if x > 0 ... if x < 0 ...") has both hypotheses read as
declarations of x; merged, they leave x no value at all, and an empty domain makes every
sign question true at once (x > 0 and -x > 0), so any side condition would be discharged.
What must hold: an empty domain decides nothing (the sympy flags still count); a domain
that is a single point is not empty.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.assumptions import parse as parse_domain
from derivations.engine._domains import Domains

x = sp.Symbol("x")


def _merged(*statements: str) -> Domains:
    found = [d for text in statements for d in parse_domain(text, "test")]
    dom = found[0]
    for d in found[1:]:
        dom = dom.merge(d)
    return Domains({x: dom})


@pytest.mark.parametrize("pair", [("x > 0", "x < 0"), ("x > 2", "x < 1"), ("x > 1", "x <= 1")])
def test_an_empty_domain_decides_nothing(pair):
    domains = _merged(*pair)
    assert domains.is_positive(x) is None
    assert domains.is_positive(-x) is None
    assert domains.is_nonzero(x - 5) is None


def test_a_point_is_not_empty():
    domains = _merged("x >= 1", "x <= 1")
    assert domains.is_positive(x) is True
    assert domains.is_nonzero(x - 1) is False


def test_flags_still_count_under_an_empty_domain():
    y = sp.Symbol("y", positive=True)
    found = [d for t in ("y > 2", "y < 1") for d in parse_domain(t, "test")]
    domains = Domains({y: found[0].merge(found[1])})
    assert domains.is_positive(y) is True
    assert domains.is_positive(-y) is False
