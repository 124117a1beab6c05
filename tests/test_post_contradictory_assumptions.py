"""Assumptions that no value satisfies decide nothing.

With ``\\lambda > 1`` and ``\\lambda < 0`` both declared, every step about lambda holds
vacuously. The checker drew lambda = 1 (outside both) and refuted ``\\sqrt{\\lambda^2} =
-\\lambda`` there, and called the false ``\\log(\\lambda^2) = 5\\log\\lambda`` plausible (no point
of the domain to fail at). Each such step is now unchecked, naming the symbol and what is
assumed of it; a symbol whose assumptions agree is checked as before.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.assumptions import parse as parse_domain
from derivations.engine._domains import Domains
from derivations.post import check_post


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.mark.parametrize(
    "row",
    [
        r"\sqrt{\lambda^2} = -\lambda",
        r"\sqrt{\lambda^2} = \lambda",
        r"\log(\lambda^2) = 5\log\lambda",
        r"\log(\lambda^2) = 2\log\lambda",
        r"\frac{d}{d\lambda}\left(n\log\lambda - \lambda S\right) = \frac{n}{\lambda} + S",
    ],
)
def test_no_verdict_under_contradictory_assumptions(tmp_path, row):
    text = f"# C\n\nAssume $\\lambda > 1$ and $\\lambda < 0$.\n\n$${row}$$\n"
    got = _rows(tmp_path, text)[5]
    assert got.verdict not in ("proved", "refuted", "plausible"), (got.verdict, got.reason)


def test_agreeing_assumptions_still_decide(tmp_path):
    text = (
        "# C\n\nAssume $\\lambda > 1$ and $\\lambda < 5$.\n\n$$\\sqrt{\\lambda^2} = -\\lambda$$\n"
    )
    assert _rows(tmp_path, text)[5].verdict == "refuted"
    text = (
        "# C\n\nAssume $\\lambda > 1$ and $\\lambda < 5$.\n\n"
        "$$\\log(\\lambda^2) = 2\\log\\lambda$$\n"
    )
    assert _rows(tmp_path, text)[5].verdict == "proved"


def test_domains_name_the_contradiction():
    lam, mu = sp.symbols("lambda mu")
    doms = parse_domain(r"\lambda > 1", "a") + parse_domain(r"\lambda < 0", "b")
    declared = {}
    for d in doms:
        declared[lam] = declared[lam].merge(d) if lam in declared else d
    domains = Domains(declared)
    assert "lambda" in domains.contradicted({lam, mu})
    assert domains.contradicted({mu}) == ""
    fine = Domains({lam: parse_domain(r"0 < \lambda < 1", "c")[0]})
    assert fine.contradicted({lam}) == ""
