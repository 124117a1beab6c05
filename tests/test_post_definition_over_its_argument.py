"""A definition whose value sums over the defined function's own argument is no ground for a
refutation.

Found by the lead's series work on 2026-12-05 (evening), before the fix: once sums to
infinity had values, ``p(y, \\lambda) = \\sum_{y=0}^\\infty e^{-\\lambda}\\lambda^y / y!`` (an
author's slip for the Poisson mass function: the sum is 1, whatever y) refuted the next row,
``p(y, \\lambda) = \\frac{1}{y!}\\exp(y\\log\\lambda - \\lambda)``, which the truth table judges
correct (held-out external23, michael-geis line 26). A definition that sums over another
index still refutes a wrong restatement.
"""

from __future__ import annotations

from _post_rows import verdict_of_row

SLIP = "$$p(y,\\lambda) = \\sum_{y=0}^\\infty e^{-\\lambda}\\frac{\\lambda^y}{y!}.$$\n\n"
RESTATED = "$$p(y,\\lambda) = \\frac{1}{y!} \\exp \\left( y \\log \\lambda - \\lambda \\right).$$\n"


def test_a_restatement_after_a_definition_over_its_own_argument_is_not_refuted(tmp_path):
    assert verdict_of_row(tmp_path, SLIP + RESTATED, "\\frac{1}{y!}") != "refuted"


def test_a_definition_over_another_index_still_refutes(tmp_path):
    body = (
        "$$g(t,\\lambda) = \\sum_{k=0}^\\infty e^{-\\lambda}\\frac{(\\lambda t)^k}{k!}.$$\n\n"
        "$$g(t,\\lambda) = e^{\\lambda(t + 1)}.$$\n"
    )
    assert verdict_of_row(tmp_path, body, "e^{\\lambda(t + 1)}") == "refuted"
    right = body.replace("e^{\\lambda(t + 1)}", "e^{\\lambda(t - 1)}")
    assert verdict_of_row(tmp_path, right, "e^{\\lambda(t - 1)}") == "proved"
