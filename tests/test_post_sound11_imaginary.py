"""A post that says ``i`` is the imaginary unit (in words, by ``i^2 = -1``, by ``\\mathrm{i}``
or ``e^{i\\theta}``) does not have its rows with ``i`` checked as if ``i`` were a real letter:
that proved ``\\log(e^{i\\theta}) = i\\theta`` and refuted Euler's formula (adversarial set
11, pairs 73, 180, 182). A post with ``i`` as an index keeps it."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_SAYING = [
    "Here $i$ denotes the imaginary unit and $t$ is real.",
    "Take $t$ real, with $i^2 = -1$.",
    "Take $t$ real.",
]


@pytest.mark.parametrize("saying", _SAYING)
@pytest.mark.parametrize(
    "row",
    [
        "\\log(e^{2it}) = 2it",
        "e^{it} = \\cos t - i \\sin t",
        "e^{it} = \\cos t + i \\sin t",
        "(e^{it})^2 = e^{2it}",
        "i^2 t = t",
    ],
)
def test_rows_with_the_imaginary_unit_are_not_read_as_real(tmp_path, saying, row):
    body = f"{saying}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted")


def test_an_upright_i_is_the_imaginary_unit(tmp_path):
    row = "\\log(e^{\\mathrm{i} t}) = \\mathrm{i} t"
    assert verdict_of_row(tmp_path, f"Take $t$ real.\n\n$${row}$$\n", row) != "proved"


def test_an_index_i_is_still_an_index(tmp_path):
    row = "\\sum_{i=1}^{3} i = 6"
    body = f"Sum the first three integers:\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"
