"""A matrix equation no row leads to is the line the next rows continue (held-out batch 48).

Mengjiao Wu and Yaqi Dai's EM M-step (external48, lines 42-44) sets a vector to zero, ``\\sum_i
p_{ij} X_i (y_i - X_i^T \\beta_j) = 0`` (its derivative row is above, but not one the reader
relates), then writes ``\\sum_i p_{ij} X_i y_i = \\sum_i p_{ij} X_i X_i^T \\beta_j``. A scalar
equation no row leads to already becomes the line the next rows continue as equation steps;
a matrix one left nothing, and the next row was compared as an identity of its two sides at
random values and refuted. It is continued as the scalar one is, in the engine's matrix types.

Properties: the equation moved across, or scaled, is never refuted; a row that does not
follow from it (a factor or a sign changed) is never proved; the scalar twin is unchanged.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_EQ = "\\sum_{i=1}^np_{i}{\\boldsymbol X_i}(y_i-{\\boldsymbol X_i^T}\\beta)=0"
_HEAD = "Let it equal 0\n\n$$\\begin{split}" + _EQ + "\\\\\n\\\\\n{tail}\\\\\n\\end{split} $$\n"

_FOLLOWS = [
    "\\sum_{i=1}^np_{i}{\\boldsymbol X_i}y_i=\\sum_{i=1}^np_{i}{\\boldsymbol X_i}{\\boldsymbol X_i^T}\\beta",
    "2\\sum_{i=1}^np_{i}{\\boldsymbol X_i}y_i=2\\sum_{i=1}^np_{i}{\\boldsymbol X_i}{\\boldsymbol X_i^T}\\beta",
]
_DOES_NOT = [
    "\\sum_{i=1}^np_{i}{\\boldsymbol X_i}y_i=2\\sum_{i=1}^np_{i}{\\boldsymbol X_i}{\\boldsymbol X_i^T}\\beta",
    "\\sum_{i=1}^np_{i}{\\boldsymbol X_i}y_i=-\\sum_{i=1}^np_{i}{\\boldsymbol X_i}{\\boldsymbol X_i^T}\\beta",
]


@pytest.mark.parametrize("tail", _FOLLOWS)
def test_a_step_from_the_matrix_equation_is_not_refuted(tmp_path, tail):
    assert verdict_of_row(tmp_path, _HEAD.replace("{tail}", tail), tail) != "refuted"


def test_the_wu_dai_row_is_proved(tmp_path):
    tail = _FOLLOWS[0]
    assert verdict_of_row(tmp_path, _HEAD.replace("{tail}", tail), tail) == "proved"


@pytest.mark.parametrize("tail", _DOES_NOT)
def test_a_row_that_does_not_follow_is_not_proved(tmp_path, tail):
    assert verdict_of_row(tmp_path, _HEAD.replace("{tail}", tail), tail) != "proved"


def test_the_scalar_twin_is_proved(tmp_path):
    head = (
        "Let it equal 0\n\n$$\\begin{split}\\sum_{i=1}^np_{i}x_i(y_i-x_i\\beta)=0\\\\\n\\\\\n"
        "{tail}\\\\\n\\end{split} $$\n"
    )
    tail = "\\sum_{i=1}^np_{i}x_iy_i=\\sum_{i=1}^np_{i}x_i^2\\beta"
    assert verdict_of_row(tmp_path, head.replace("{tail}", tail), tail) == "proved"
