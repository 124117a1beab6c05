r"""A function letter whose subscript is two letters the post's sums run over (``f_{ij}``,
``f_{i,j}``) is a family with one member per pair, as ``f_i`` is one per index (adversarial
set 31, pair 5).

The family reading kept a subscript of one small letter only; ``f_{ij}`` fell to the rule for
a parameter's name and was dropped, every member read as the one function f:
``\sum_{i=1}^n \sum_{j=1}^n f_{ij}(x) = n^2 f(x)`` was proved. Failed at bf263d2.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

PROSE = "Let $f_{ij}$ and $g_{ij}$ be functions, one for each pair of indices."


@pytest.mark.parametrize(
    "row",
    [
        r"\sum_{i=1}^n \sum_{j=1}^n f_{ij}(x) = n^2 f(x)",
        r"\sum_{i=1}^n \sum_{j=1}^n f_{i,j}(x) = n^2 f(x)",
        r"\sum_{i=1}^n \sum_{j=1}^n f_{ij}(x) = n \sum_{j=1}^n f_{jj}(x)",
        r"\sum_{i=1}^n \sum_{j=1}^n g_{ij}(x) = \sum_{i=1}^n \sum_{j=1}^n g_{ii}(x)",
    ],
)
def test_a_family_of_pairs_is_not_one_function(tmp_path, row):
    assert verdict_of_row(tmp_path, f"{PROSE}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\sum_{i=1}^n \sum_{j=1}^n f_{ij}(x) = \sum_{j=1}^n \sum_{i=1}^n f_{ij}(x)",
        r"\sum_{i=1}^n \sum_{j=1}^n 2 f_{ij}(x) = 2 \sum_{i=1}^n \sum_{j=1}^n f_{ij}(x)",
        r"\sum_{i=1}^n \sum_{j=1}^n f(x) = n^2 f(x)",
    ],
)
def test_identities_of_a_family_of_pairs_stay_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, f"{PROSE}\n\n$${row}$$\n", row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        # a subscript with one summed letter and one the sums do not run over: still one
        # member per i (the j a fixed index or a parameter), never the one f
        r"\sum_{i=1}^n f_{ij}(x) = n f(x)",
        r"\sum_{i=1}^n \sum_{k=1}^n f_{ij}(x) = n^2 f(x)",
        # a prime after the subscript: the family's derivative, not f's
        r"\sum_{i=1}^n f_i'(x) = n f'(x)",
        r"\sum_{i=1}^n g_i''(x) = n g''(x)",
    ],
)
def test_a_subscript_holding_a_summed_letter_is_a_family(tmp_path, row):
    prose = "Let $f_{ij}$, $f_i$ and $g_i$ be functions."
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) != "proved"


@pytest.mark.parametrize(
    "row",
    [
        r"\sum_{i=1}^n f_i'(x) = \sum_{k=1}^n f_k'(x)",
        r"\sum_{i=1}^n f_{ij}(x) = \sum_{k=1}^n f_{kj}(x)",
    ],
)
def test_identities_of_such_families_stay_proved(tmp_path, row):
    prose = "Let $f_{ij}$ and $f_i$ be functions."
    assert verdict_of_row(tmp_path, f"{prose}\n\n$${row}$$\n", row) == "proved"
