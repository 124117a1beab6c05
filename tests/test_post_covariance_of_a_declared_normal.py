"""A matrix written as the covariance of a normal law is symmetric positive definite (batch 50).

Joram Soch's proof of the regression MLE with correlated errors (StatProofBook mlr-mle,
external50) declares ``\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 V)``, writes ``P = V^{-1}``,
and differentiates ``\\beta^T X^T P X \\beta`` as ``2 X^T P X \\beta`` (line 63). Only matrices
named Sigma or Lambda were known to be covariances, so V and P were general matrices and the
step was refuted; ``d LL/d sigma^2`` (line 85) was left unchecked for the same reason. A matrix
the post writes as the covariance argument of a normal law (times a scalar, or inverted) is a
covariance; a matrix equated with the inverse of one (a precision) is one too.

Properties: under such a declaration the derivative step is not refuted; a wrong step (the
factor 2 lost) is not proved; with the normal law's covariance written without V (so
nothing says V or P is a covariance) the step is not proved.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import edited_copy, rows_of

_POST = Path(__file__).parent / (
    "posts/incoming/external50/statproofbook-mlr-mle-matrix-normal-equations-sigma2.md"
)
_ROW = "&= \\frac{1}{2 \\sigma^2} \\left( 2 X^\\mathrm{T} P y - 2 X^\\mathrm{T} P X \\beta \\right) \\\\"
_LOST = (
    "&= \\frac{1}{2 \\sigma^2} \\left( 2 X^\\mathrm{T} P y - X^\\mathrm{T} P X \\beta \\right) \\\\"
)
_LAW = "\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 V)"


def test_the_derivative_of_the_quadratic_form_is_not_refuted():
    assert rows_of(_POST)[63].verdict != "refuted"


def test_a_lost_factor_is_not_proved(tmp_path):
    assert rows_of(edited_copy(tmp_path, _POST, _ROW, _LOST))[63].verdict != "proved"


def test_without_the_law_of_v_the_step_is_not_proved(tmp_path):
    copy = edited_copy(tmp_path, _POST, _LAW, "\\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 I_n)")
    assert rows_of(copy)[63].verdict != "proved"
