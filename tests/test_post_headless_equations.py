"""Equations that no row leads to are premises the rows after them continue, never
identities to refute.

Two shapes from new posts (tests/posts/incoming/repro3): a chain of equations whose
derivative row is not in the excerpt (a Lambert W solution: the first rows were
"unrelated", and the rows after them were then compared as identities at random
theta and refuted), and a method-of-moments system written with sample moments
(y-bar_1 = alpha beta: refuted as an identity between data and parameters).
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

REPRO3 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro3"
CHAIN = REPRO3 / "equation-chain-without-head-refuted-as-identity.md"
MOMENTS = REPRO3 / "moment-system-in-align-checked-as-identity-refuted.md"


def _rows(path: Path) -> dict:
    return rows_of(path)


def test_no_row_of_a_headless_chain_is_refuted():
    rows = _rows(CHAIN)
    assert all(r.verdict != "refuted" for r in rows.values()), {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_the_rows_continue_the_equation_above():
    rows = _rows(CHAIN)
    # line 8 multiplies by theta (1 - e^theta): theta != 0 and e^theta != 1 stay open
    assert rows[8].verdict in ("proved", "plausible"), (rows[8].verdict, rows[8].reason)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


def test_a_wrong_step_of_a_headless_chain_is_not_proved(tmp_path):
    text = CHAIN.read_text(encoding="utf-8").replace(r"=-\bar x$", r"=\bar x$", 1)
    p = tmp_path / CHAIN.name
    p.write_text(text, encoding="utf-8")
    assert _rows(p)[10].verdict not in ("proved", "plausible")


def test_moment_equations_are_not_refuted_and_their_rewrite_is_proved():
    rows = _rows(MOMENTS)
    assert rows[10].verdict != "refuted", rows[10].reason
    assert rows[11].verdict != "refuted", rows[11].reason
