"""A relation whose last side is only an ellipsis (``... \\Leftrightarrow \\dots``).

The author stops: more follows, not written. The row claims what comes before the
last relation; the ellipsis side was read as terms standing for others and the row
was unparsed (held-out techqa-beta-theta-one line 35).
"""

from __future__ import annotations

import pytest

from derivations.post._extract import Row
from derivations.post._parse import parse_row
from tests._post_rows import verdict_of_row


def _row(text: str):
    return parse_row(Row(text=text, line=1, block=0, index=0))


@pytest.mark.parametrize(
    "tail", [r"\Leftrightarrow \dots", r"\iff \ldots", r"= \cdots", r"\implies ..."]
)
def test_the_row_claims_what_comes_before_the_ellipsis(tail):
    claim = r"\frac{d}{d\theta}(n \ln\theta) = \frac{n}{\theta}"
    with_tail = _row(f"{claim} {tail}")
    alone = _row(claim)
    assert with_tail.ok, with_tail.error
    assert with_tail.sides == alone.sides
    assert with_tail.relations == alone.relations


@pytest.mark.parametrize(
    "text",
    [
        r"a = b + \dots + c",  # dots among terms: as before
        r"x = 1, 2, \dots",  # a list of values: as before
    ],
)
def test_other_ellipses_keep_their_reading(text):
    before = _row(text)
    # an ellipsis that is not a whole last side is not cut away
    assert len(before.relations) == 1


_POST = r"""$$\ln L(\theta) = n\ln \theta + (\theta -1)\sum_{i=1}^n \ln y_i$$

$$\frac{\partial \ln(L(\theta))}{\partial \theta} = VALUE \Leftrightarrow \dots$$
"""


def test_the_derivative_before_the_ellipsis_is_checked(tmp_path):
    right = r"\frac{n}{\theta} + \sum_{i=1}^n \ln y_i"
    assert verdict_of_row(tmp_path, _POST.replace("VALUE", right), right) == "proved"
    wrong = r"\frac{n}{\theta} - \sum_{i=1}^n \ln y_i"
    assert verdict_of_row(tmp_path, _POST.replace("VALUE", wrong), wrong) == "refuted"
