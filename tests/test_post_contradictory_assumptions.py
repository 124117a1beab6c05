"""Assumptions that no value satisfies decide nothing.

With ``\\lambda > 1`` and ``\\lambda < 0`` both declared (in real posts: cases, "if P > 0.5",
"if P < 0.5", read as two facts), no value satisfies them. The checker drew lambda = 1
(outside both) and refuted ``\\sqrt{\\lambda^2} = -\\lambda`` there, and called the false
``\\log(\\lambda^2) = 5\\log\\lambda`` plausible. Such a symbol is now drawn as if nothing were
assumed of it, and a counterexample is no refutation (unchecked, naming the symbol and what
is assumed of it); proofs, which use none of its facts, stand.
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
    "row, true",
    [
        (r"\sqrt{\lambda^2} = -\lambda", True),  # true for lambda < 0: refuted at lambda = 1
        (r"\sqrt{\lambda^2} = \lambda", True),
        (r"\log(\lambda^2) = 5\log\lambda", False),  # was plausible
        (r"\log(\lambda^2) = 2\log\lambda", True),
        (r"\frac{d}{d\lambda}\left(n\log\lambda - \lambda S\right) = \frac{n}{\lambda} + S", False),
    ],
)
def test_no_refutation_under_contradictory_assumptions(tmp_path, row, true):
    """No counterexample refutes (it may lie outside the case a row means), and a false row
    is never proved nor plausible; a proof that uses none of the facts stands."""
    text = f"# C\n\nAssume $\\lambda > 1$ and $\\lambda < 0$.\n\n$${row}$$\n"
    got = _rows(tmp_path, text)[5]
    assert got.verdict != "refuted", got.reason
    if not true:
        assert got.verdict not in ("proved", "plausible"), (got.verdict, got.reason)


def test_cases_read_as_two_facts_keep_their_proofs(tmp_path):
    """A post's cases ("if P > 0.5 ... if P < 0.5") are two contradictory facts: an identity
    in P is proved as before (held-out batch 25's logistic post lost 8 proofs when every
    step in P was left unchecked)."""
    text = (
        "# Cases\n\nWe predict 1 when $P > 0.5$ and 0 when $P < 0.5$.\n\n"
        "$$\\log(P^2) - \\log(P) = \\log P$$\n"
    )
    got = _rows(tmp_path, text)[5]
    assert got.verdict == "proved", got.reason


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
