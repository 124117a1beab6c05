"""x_0 beside the samples x_1..x_n is a constant (a Pareto's known scale), and a
likelihood shown wrong does not judge the rows after it.

A Pareto answer writes L = prod_i theta x_0^theta x^{-(1+theta)} (x for x_i): the slip
was not found because x_0 had no value in the check, so L was taken as given and the
correct row after it, theta^n x_0^{n theta} prod x_i^{-(1+theta)}, was refuted against
it (held-out external4 Pareto lines 21, 25).
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro4"
POST = REPRO / "known-constant-x0-hides-index-slip-next-row-refuted.md"


def test_the_slip_is_caught_and_the_correct_row_is_not_refuted():
    rows = {r.line: r for r in check_post(POST, jobs=1).rows}
    assert rows[6].verdict == "refuted", rows[6]
    assert "x_0" in rows[6].counterexample
    assert rows[8].verdict != "refuted", rows[8]


def test_without_the_slip_the_rows_agree(tmp_path):
    text = POST.read_text(encoding="utf-8").replace("x^{-(1+\\theta)}$", "x_i^{-(1+\\theta)}$")
    assert text != POST.read_text(encoding="utf-8")
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    assert rows[6].verdict == "given", rows[6]
    assert rows[8].verdict == "proved", rows[8]
