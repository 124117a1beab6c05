"""A thin, medium or control space between a definition and the support after it separates
them, as a ``\\quad`` or a comma does: ``P(X=x)=\\frac{e^{-\\lambda}\\lambda^x}{x!} \\:x\\geq
0,\\lambda>0`` (held-out external42, a Q&A's Poisson pmf) was read as the chain
``P = (pmf) x >= 0``, the pmf times x, and refuted as a density of total mass lambda; with
``x \\geq 0`` (the right support) a correct row was refuted. Only a single spacing command
after an ``=`` side and before one name that an inequality (or ``\\in``) follows is read so:
an inequality chain (``0 \\le p \\: x \\le 1``) and a product after spacing keep their reading
(``\\,`` was a separator already, through its comma).
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._relations import statements


@pytest.mark.parametrize("space", [r"\:", r"\ ", r"\,", r"\: ", r"\, "])
def test_a_spacing_before_the_support_separates_it(space):
    text = r"P(X=x)=\frac{e^{-\lambda}\lambda^x}{x!} " + space + r"x\geq 0,\lambda>0"
    assert [s.relations for s in statements(text)] == [("=",), (">=",), (">",)]


@pytest.mark.parametrize(
    "text",
    [
        r"0 \le p \: x \le 1",  # an inequality chain: no definition before the space
        r"y = a \: x",  # one relation: nothing to separate
        r"y = a \: b x \geq 0",  # more than one name after the space: a product
        r"y = a \ b x \geq 0",
        r"y = a \: x = b",  # an equation after the space, not a support
    ],
)
def test_other_spacings_keep_their_chain(text):
    assert len(statements(text)) == 1


@pytest.mark.parametrize("space", [r"\:", r"\ "])
def test_a_poisson_pmf_with_its_support_after_a_space_is_not_refuted(tmp_path, space):
    rows = display_rows(tmp_path, r"P(X=x)=\frac{e^{-\lambda}\lambda^x}{x!} " + space + r"x\geq 0")
    assert rows[5].verdict != "refuted", rows[5].reason
