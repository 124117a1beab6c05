"""A slash written large (``\\big/``, ``\\Big/``, ``\\bigg/``, ``\\Bigg/``) before a product.

Held-out batch 30 (holooly's Roussas solution, whose LaTeX has no delimiters, so the row is
not read there yet): ``\\lambda=\\theta_{0}^{n}e^{-\\theta_{0}t}\\bigg/\\!\\left(\\frac{n}{t}
\\right)^{n}e^{-n}=\\left(\\frac{e\\theta_{0}}{n}\\right)^{n}t^{n}e^{-\\theta_{0}t}``, correct
(the author divides by the whole (n/t)^n e^{-n}). Put between dollars, the reader dropped the
size, read ``A \\bigg/ B C`` as (A/B) C and refuted the row. The size is the author's sign
that the slash spans more than one factor; how far, the text does not say.

Properties: a row with a sized slash followed by a product is neither proved nor refuted,
whichever extent makes it true (a side with a sized slash is not read at all); a plain slash
is read as before (``1/n \\sum x_i``, ``a/b``)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

_SIZES = ["\\big", "\\Big", "\\bigg", "\\Bigg"]

#: (a row true when the divisor is the whole product, the same row true when it is not)
_ROWS = [
    (
        r"\lambda = \theta^{n}e^{-\theta t}SIZE/\left(\frac{n}{t}\right)^{n}e^{-n} "
        r"= \left(\frac{e\theta}{n}\right)^{n}t^{n}e^{-\theta t}",
        r"\lambda = \theta^{n}e^{-\theta t}SIZE/\left(\frac{n}{t}\right)^{n}e^{-n} "
        r"= \theta^{n}e^{-\theta t} t^n n^{-n} e^{-n}",
    ),
    (r"q = a SIZE/ b c = \frac{a}{bc}", r"q = a SIZE/ b c = \frac{ac}{b}"),
    (
        r"r = (x + 1) SIZE/ 2 y = \frac{x + 1}{2 y}",
        r"r = (x + 1) SIZE/ 2 y = \frac{(x + 1) y}{2}",
    ),
]


@pytest.mark.parametrize("size", _SIZES)
@pytest.mark.parametrize(("whole", "part"), _ROWS)
def test_a_sized_slash_before_a_product_is_neither_proved_nor_refuted(tmp_path, size, whole, part):
    for row in (whole, part):
        rows = display_rows(tmp_path, row.replace("SIZE", size))
        assert rows[5].verdict not in ("proved", "refuted"), (row, rows[5].reason)


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"m = \frac{1}{n} \sum_{i=1}^n x_i = 1/n \sum_{i=1}^n x_i", "proved"),
        (r"\frac{a}{b} = a/b", "proved"),
        (r"\frac{a}{b} = a/b + 1", "refuted"),
    ],
)
def test_a_plain_slash_is_read_as_before(tmp_path, row, verdict):
    assert display_rows(tmp_path, row)[5].verdict == verdict
