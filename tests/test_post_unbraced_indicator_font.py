r"""``\mathbf1_{-\theta<x<\theta}``: the indicator's 1 after its font command without braces
(external49, the symmetric uniform answer, lines 22 and 26; external30 and external44 write
``\mathbf1_{x_1,\ldots,x_n>0}``).

TeX takes the one token after ``\mathbf`` as its argument, so ``\mathbf1`` is ``\mathbf{1}``;
the reader read the braced form as an indicator of its subscript's event and stopped at the
unbraced one ("\mathbb needs an argument"). It now reads both the same.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

_PAIRS = [
    (r"\mathbf1_{x<\theta}", r"\mathbf{1}_{x<\theta}"),
    (r"\frac{1}{2\theta}\mathbf1_{x<\theta}", r"\frac{1}{2\theta}\mathbf{1}_{x<\theta}"),
    (r"\mathbb 1_{x > 0}", r"\mathbb{1}_{x > 0}"),
    (r"\mathbf1(x \le \theta)", r"\mathbf{1}(x \le \theta)"),
    (r"\mathbf1_{-\theta<x<\theta}", r"\mathbb{1}(-\theta<x) \mathbb{1}(x<\theta)"),
    (r"\mathbb{I}_{\{x \ge 0\}} e^{-x}", r"\mathbb I_{\{x \ge 0\}} e^{-x}"),
]


@pytest.mark.parametrize(("unbraced", "braced"), _PAIRS)
def test_an_unbraced_indicator_reads_as_the_braced_one(unbraced, braced):
    assert parse_expression(unbraced)[0] == parse_expression(braced)[0]


@pytest.mark.parametrize(
    "side",
    [
        r"\mathbf1_{x_1,\ldots,x_n>0}",  # several variables before one sign: not read
        r"\mathbf1_{x<}",  # a side missing
        r"\mathbf2_{x<1}",  # no indicator's digit
    ],
)
def test_other_subscripts_stay_unread_with_a_column(side):
    with pytest.raises(ValueError) as err:
        parse_expression(side)
    assert isinstance(getattr(err.value, "column", None), int)
