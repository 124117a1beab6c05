"""``y = X\\beta + \\varepsilon`` with a random error is the model, not a value of y (batch 50).

Joram Soch's proof of the multiple regression MLE (StatProofBook mlr-mle, external50) opens
with ``y = X\\beta + \\varepsilon, \\; \\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 V)``. The reader
took the first equation for the definition of a new name y, so every later row that
differentiates the log-likelihood in beta differentiated y too: ``d LL/d beta = (1/(2 sigma^2))
d/d beta (2 beta^T X^T P y - ...)`` (line 62), the normal equations solved for beta-hat (line
76) and ``d LL/d sigma^2`` (line 85) were refuted. An equation whose right side holds a letter
the post declares random (``\\varepsilon \\sim ...``, in that row or another) says how the data
arise; y stays the data, and the row is a premise that gives y no value.

Properties: after such a model equation, a right derivative in beta of an expression in y is
not refuted (and a wrong one is not proved); an equation whose added letter is not declared
random still defines y (its value is then used, and the same derivative is refuted).
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_LL = "$$ \\mathrm{LL}(\\beta) = - \\frac{1}{2 \\sigma^2} (y - X\\beta)^2 $$\n\n"
_RIGHT = "\\frac{\\mathrm{d}\\mathrm{LL}(\\beta)}{\\mathrm{d}\\beta} = \\frac{1}{\\sigma^2} X (y - X\\beta)"
_WRONG = "\\frac{\\mathrm{d}\\mathrm{LL}(\\beta)}{\\mathrm{d}\\beta} = \\frac{1}{\\sigma^2} X (X\\beta - y)"
_MODELS = [
    "$$ y = X\\beta + \\varepsilon, \\; \\varepsilon \\sim \\mathcal{N}(0, \\sigma^2 V) \\; , $$\n\n",
    "$$ y = X\\beta + \\varepsilon $$\n\nwhere\n\n$$ \\varepsilon \\sim \\mathcal{N}(0, \\sigma^2) $$\n\n",
    "$$ y = X\\beta + \\epsilon, \\quad \\epsilon \\sim \\mathcal{N}(0, \\sigma^2 I_n) $$\n\n",
]


def _post(model: str, claim: str) -> str:
    return "The model is\n\n" + model + "The log-likelihood is\n\n" + _LL + f"so\n\n$$ {claim} $$\n"


@pytest.mark.parametrize("model", _MODELS)
def test_the_derivative_through_the_data_is_not_refuted(tmp_path, model):
    assert verdict_of_row(tmp_path, _post(model, _RIGHT), _RIGHT) != "refuted"


@pytest.mark.parametrize("model", _MODELS)
def test_a_wrong_derivative_is_not_proved(tmp_path, model):
    assert verdict_of_row(tmp_path, _post(model, _WRONG), _WRONG) != "proved"


def test_a_letter_not_declared_random_still_defines_y(tmp_path):
    model = "$$ y = X\\beta + c $$\n\n"
    assert verdict_of_row(tmp_path, _post(model, _RIGHT), _RIGHT) == "refuted"
