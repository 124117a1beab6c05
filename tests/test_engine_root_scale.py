"""Roots of an equation are judged relative to the size of its lines.

A score equation multiplied by 1/Gamma(27) (about 1e-27) is below the absolute
tolerance of a root at every value: the point's own value of the unknown was taken
for a root, and the correct next equation refuted there. A likelihood of size 1e20
has a value of 1e-12 at a root found to 30 digits: that is no disagreement either.
A wrong equation is still refuted.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

POST = (
    Path(__file__).resolve().parent / "posts" / "incoming" / "root-scale" / "tiny-score-equation.md"
)
STEEP = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external3"
    / "mse-gamma-shape3-mome-mle-techqa.md"
)


def _rows(path: Path) -> dict:
    return rows_of(path)


def test_the_root_of_a_tiny_line_is_not_everywhere():
    row = _rows(POST)[8]
    assert row.verdict in ("proved", "plausible"), (row.verdict, row.reason)


def test_a_wrong_root_of_a_tiny_line_is_refuted(tmp_path):
    # the first equation's root is 2 S / 3n: the engine finds the disagreement (the row
    # is then unchecked only because the equation above is itself not established)
    p = tmp_path / POST.name
    text = POST.read_text(encoding="utf-8")
    wrong = text.replace(r"-3n + \frac{1}{\beta}\sum", r"-3n + \frac{2}{\beta}\sum", 1)
    p.write_text(wrong, "utf-8")
    row = _rows(p)[8]
    assert row.verdict == "unchecked" and "disagrees with line 6" in row.reason


def test_a_steep_likelihood_at_its_root_is_not_a_counterexample():
    # line 40: dL/dbeta = 0 (L about 1e20 near the root) <=> (1/b)(-3n + S/b) = 0
    assert _rows(STEEP)[40].verdict in ("proved", "plausible")
