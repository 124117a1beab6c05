"""A result after a result for the same parameter that leaves out some of its symbols.

"MAP estimate: theta = (N_1 + a - 1)/(N_1 + N_0 + a + b - 2)", then, "taking a = b = 2"
in prose, "theta = (N_1 + 1)/(N_1 + N_0 + 2)": the second is the first with values put
in for a and b, which the row does not state. Compared with the first as an equation
step (a, b free) it fails, but that is no refutation (pml1-bernoulli-map-notebook line
31; repro4b special-case-after-prose-substitution). A result in the same symbols that
differs is still refuted.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

BODY = (
    "$$\\frac{d}{d\\theta}\\mathcal{L}(\\theta)=\\frac{-N_1}{\\theta}+\\frac{N_0}{1-\\theta}"
    "-\\frac{a-1}{\\theta}+\\frac{b-1}{1-\\theta}$$\n"  # 1
    "\n"
    "Setting it to zero and solving:\n"
    "$$\\hat{\\theta}=\\frac{N_1+a-1}{N_1+N_0+a+b-2}$$\n"  # 4
    "\n"
    "Add-one smoothing, taking $a=b=2$:\n"
    "$$\\hat{\\theta}=SECOND$$\n"  # 7
)


def _rows(tmp_path: Path, second: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(BODY.replace("SECOND", second), encoding="utf-8")
    return rows_of(p)


def test_a_special_case_with_values_given_in_prose_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, r"\frac{N_1+1}{N_1+N_0+2}")
    assert rows[4].verdict != "refuted", rows[4].reason
    assert rows[7].verdict != "refuted", (rows[7].verdict, rows[7].reason)


def test_a_different_result_in_the_same_symbols_is_refuted(tmp_path):
    rows = _rows(tmp_path, r"\frac{N_1+a}{N_1+N_0+a+b-2}")
    assert rows[7].verdict == "refuted", (rows[7].verdict, rows[7].reason)
