"""A vector written whole (theta^T theta) and through its elements (sum_j theta_j^2) in the rows
of one link: read as numbers (1x1 matrices), theta is not tied to its elements theta_j, so a
failing comparison is no counterexample. The correct theta^T theta after sum_j theta_j^2 was
refuted (held-out batch 26, xavier line 62; ``tests/posts/incoming/repro28/``). A false row is
never proved. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# (the function's argument, elements, the vector written whole, a false row)
_PAIRS = [
    ("\\theta", "\\sum_{j=1}^n \\theta_j^2", "\\theta^T \\theta", "\\theta^T \\theta + 1"),
    ("\\mathbf{x}", "\\sum_{i=1}^n x_i^2", "\\mathbf{x}^T\\mathbf{x}", "2\\mathbf{x}^T\\mathbf{x}"),
    ("w", "\\sum_{k=1}^p w_k^2", "w^\\top w", "w^\\top w + w^\\top w"),
    (
        "\\mathbf{x}, \\mathbf{y}",
        "\\sum_{i=1}^n x_i y_i",
        "\\mathbf{x}^T\\mathbf{y}",
        "\\mathbf{x}^T\\mathbf{x}",
    ),
]


def _post(arg: str, first: str, second: str) -> str:
    rows = f"g({arg}) &= {first} \\\\\n&= {second}"
    return f"The penalty is\n\n$$\\begin{{aligned}}\n{rows}\n\\end{{aligned}}$$\n"


@pytest.mark.parametrize(("arg", "elements", "whole", "false"), _PAIRS)
def test_a_vector_and_its_elements_are_not_a_counterexample(tmp_path, arg, elements, whole, false):
    assert verdict_of_row(tmp_path, _post(arg, elements, whole), f"&= {whole}") != "refuted"


@pytest.mark.parametrize(("arg", "elements", "whole", "false"), _PAIRS)
def test_a_false_row_about_a_vector_is_never_proved(tmp_path, arg, elements, whole, false):
    assert verdict_of_row(tmp_path, _post(arg, elements, false), f"&= {false}") != "proved"
    assert verdict_of_row(tmp_path, _post(arg, whole, false), f"&= {false}") != "proved"
