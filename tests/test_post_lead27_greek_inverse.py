"""``\\sigma^{-1}(p)`` after ``\\sigma(z) = \\frac{1}{1+e^{-z}}``: the inverse of the function the
post defines (the logit), or 1/sigma(p)? Neither is sigma^{-1} times p, which the reader read
for a Greek letter (a Latin one, ``g^{-1}(y)``, was already a function of its own): the
logit row was refuted. A Greek letter the post defines as a function now reads as a Latin
one does: ``\\sigma^{-1}`` is a function the reader gives no value, so the row is neither
proved nor refuted. ``\\Sigma^{-1}(x - \\mu)`` (no function Sigma) stays a product."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

SIGMOID = r"\sigma(z) = \frac{1}{1+e^{-z}}"


@pytest.mark.parametrize(
    "row", [r"\sigma^{-1}(p) = \log\frac{p}{1-p}", r"\sigma^{-1}(p) = \log\frac{1-p}{p}"]
)
def test_the_inverse_of_a_greek_function_is_never_refuted(tmp_path, row):
    verdict = display_rows(tmp_path, SIGMOID, row)[7]
    assert verdict.verdict not in ("refuted", "proved"), verdict.reason


def test_a_matrix_inverse_times_a_bracket_is_a_product(tmp_path):
    rows = display_rows(tmp_path, r"a = \lambda^{-1}(x + 1)", r"a = \frac{x + 1}{\lambda}")
    assert rows[7].verdict == "proved", rows[7].reason
