"""A wide ``\\hspace{...}`` between two relations separates statements, as ``\\quad`` does
(batch 47).

A Cross Validated question (external47, stats-se beta, line 14) writes the beta density at
beta = 3 and its ranges on one row, ``f(x) = ... (1-x)^{3-1} \\hspace{0.5cm} \\alpha>0
\\hspace{0.5cm} x \\in (0,1)``. The space command was dropped as any spacing is, so the row
read ``f(x) = ... (1-x)^{3-1} \\alpha > 0 x \\in (0,1)``: the density took the parameter
alpha as one more factor, and the correct likelihood written out from it was refuted. A
space of half a quad or more written by hand is the author's separator, as ``\\quad`` and
two control spaces already are; a thin one (``\\hspace{1pt}``) is not.
"""

from __future__ import annotations

import pytest

from derivations.post._relations import statements
from tests._post_rows import first_verdicts

_DENSITY = r"f(x) = \frac{\Gamma(\alpha + 3)}{\Gamma(\alpha) \Gamma(3)} x^{\alpha -1} (1-x)^{3-1}"
_LIKELIHOOD = (
    r"L(\alpha) = \prod_{i=1}^{n} f(x_i) = \left(\frac{\Gamma(\alpha + 3)}{\Gamma(\alpha)"
    r" \Gamma(3)}\right)^n \prod_{i=1}^{n} x_i^{\alpha-1} \prod_{i=1}^{n} (1-x_i)^{%s}"
)


def _post(tmp_path, space: str, power: str = "2") -> dict[int, str]:
    path = tmp_path / "post.md"
    row = f"{_DENSITY} {space} \\alpha>0 {space} x \\in (0,1)"
    path.write_text(f"$${row}$$\n\n$${_LIKELIHOOD % power}$$\n", "utf-8")
    return first_verdicts(path)


@pytest.mark.parametrize("space", [r"\hspace{0.5cm}", r"\hspace{1em}", r"\hspace*{12pt}"])
def test_the_likelihood_of_a_density_set_off_by_a_wide_space_is_proved(tmp_path, space):
    got = _post(tmp_path, space)
    assert got[3] == "proved", got


@pytest.mark.parametrize("space", [r"\hspace{0.5cm}", r"\hspace{2em}", r"\hspace{20mu}"])
def test_a_wide_space_reads_as_a_quad_does(tmp_path, space):
    # property: the verdicts of a post do not change when its \quad becomes a wide \hspace
    quad = _post(tmp_path, r"\quad")
    assert _post(tmp_path, space) == quad, (space, quad)


def test_a_wrong_likelihood_after_a_wide_space_is_still_refuted(tmp_path):
    got = _post(tmp_path, r"\hspace{0.5cm}", power="3")
    assert got[3] == "refuted", got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (r"y = 2 x \hspace{1cm} x > 0", 2),
        (r"y = 2 x \hspace{0.5em} x > 0", 2),
        (r"y = 2 x \hspace{1pt} x > 0", 1),  # a thin space: no separator
        (r"y = 2 \hspace{1cm} x", 1),  # one relation: nothing to separate
    ],
)
def test_statements_split_at_a_wide_space_only(text, count):
    assert len(statements(text)) == count, [s.relations for s in statements(text)]
