"""A declaration ``X_i \\sim \\mathrm{Poisson}(\\lambda t_i)`` whose sample ``X_i`` the reader
takes as an element (the post sums over ``X_j``) while ``t_i`` stays one name: the law
varies with the index as written, so it has no value at another index (``t_j`` is not
written), and ``E[\\sum_j X_j]`` is never ``n`` times one sample's mean. At its own index
the law is the one written: ``E[X_i] = \\lambda t_i``."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

DECLARED = "$$\nX_i \\sim \\mathrm{Poisson}(\\lambda t_i)\n$$\n\n"


@pytest.mark.parametrize(
    "row",
    [
        "\\mathrm{E}\\left[ \\sum_{j=1}^{n} X_j \\right] = n \\lambda t_i",
        "\\mathrm{E}\\left[ \\sum_{j=1}^{n} X_j \\right] = n \\lambda t_j",
        "\\mathrm{E}\\left[ X_1 + X_2 \\right] = 2 \\lambda t_i",
        "\\mathrm{Var}\\left( \\sum_{k=1}^{n} X_k \\right) = n \\lambda t_i",
    ],
)
def test_n_times_one_sample_is_never_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, DECLARED + f"$$\n{row}\n$$\n", row) != "proved"


def test_the_law_at_its_own_index_is_the_one_written(tmp_path):
    rows = "$$\n\\mathrm{E}[X_i] = \\lambda t_i\n$$\n\n$$\n\\sum_{j=1}^{n} X_j = S\n$$\n"
    assert verdict_of_row(tmp_path, DECLARED + rows, "\\lambda t_i") == "proved"
