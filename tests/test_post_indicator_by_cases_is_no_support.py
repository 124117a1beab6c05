"""An indicator defined by cases states no support of its argument (batch 47).

jaketae's exponential-family post (external47) defines the indicator of the Bernoulli's
values, ``I(x) = \\begin{cases} 1 & x \\in \\{0, 1\\} \\\\ 0 & x \\not \\in \\{0, 1\\}
\\end{cases}`` (line 114). A density written by cases with 0 off its support is rewritten as
the density and its range (``f(x) = g(x), \\quad x \\ge 0``); the indicator was rewritten the
same way, so the post's x was taken to take the values 0 and 1 everywhere, and three integrals
over x (lines 28, 202, 208, the last two after line 114, one before it) stopped at "x takes whole
values ({0, 1}): an integral over it is a sum". A function named as an indicator (``I``,
``\\mathbb{1}``, ``\\mathbf{1}``) is defined on every x: its branch says where it is 1, not
where x lives. A density by cases (``f``, even one equal to 1 on its support) keeps its range.
"""

from __future__ import annotations

import pytest

from derivations.post._support_factors import rewrite
from tests._post_rows import first_verdicts

_CASES = r"\begin{cases} 1 & x \in \{0, 1\} \\ 0 & x \not \in \{0, 1\} \end{cases}"
_INTEGRAL = r"z(\theta) = \int h(x) \exp(\theta x) \, dx"


@pytest.mark.parametrize("name", ["I", r"\mathbb{1}", r"\mathbf{1}", r"\mathbb{I}"])
def test_an_indicator_by_cases_is_not_rewritten_as_a_range(name):
    row = f"{name}(x) = {_CASES}"
    assert rewrite(row) == row


@pytest.mark.parametrize(
    "row",
    [
        r"f(x) = \begin{cases} 1 & 0 < x < 1 \\ 0 & \text{otherwise} \end{cases}",
        r"f(x) = \begin{cases} \lambda e^{-\lambda x} & x \ge 0 \\ 0 & x < 0 \end{cases}",
    ],
)
def test_a_density_by_cases_keeps_its_range(row):
    assert ", \\quad " in rewrite(row)


def test_an_integral_after_the_indicator_reads_as_without_it(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(f"$$I(x) = {_CASES}$$\n\n$${_INTEGRAL}$$\n", "utf-8")
    alone = tmp_path / "alone.md"
    alone.write_text(f"$${_INTEGRAL}$$\n", "utf-8")
    assert first_verdicts(path)[3] == first_verdicts(alone)[1]
