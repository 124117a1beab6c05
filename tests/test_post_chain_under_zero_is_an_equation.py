"""The rows of a chain that starts ``0 =`` are equations (held-out batch 46).

Jimmy Hickey's 10.3 (external46, lines 82-85) sets the score to zero and goes on in the same
``align``: ``0 & = -\\frac{n}{2\\theta} + \\frac{\\sum x_i^2}{2\\theta^2} - \\frac{n}{2} \\\\ & =
-\\frac{1}{\\theta} + \\frac{\\sum x_i^2}{n\\theta^2} - 1``. Each row gives the zero a new right
side: the equation divided by n/2, not the same expression. It was compared with the line
above as an identity and refuted. The reader already reads ``D = 0 = R`` as R being zero too
(the same condition); a row that continues ``0 = A`` is read the same way, as the equation
``0 = B``: proved when it is the same condition, refuted when it is not.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_HEAD = (
    "$$\\ell(\\theta) = -\\frac{n}{2}\\log\\theta - \\frac{S}{2\\theta} - \\frac{n\\theta}{2}$$\n\n"
    "$$\\frac{\\partial \\ell}{\\partial \\theta} = -\\frac{n}{2\\theta} + "
    "\\frac{S}{2\\theta^2} - \\frac{n}{2}$$\n\n"
    "$$\\begin{align}\n0 & = -\\frac{n}{2\\theta} + \\frac{S}{2\\theta^2} - \\frac{n}{2} \\\\\n"
    " & = {tail}\n\\end{align}$$\n"
)


def _verdict(tmp_path, tail: str) -> str:
    return verdict_of_row(tmp_path, _HEAD.replace("{tail}", tail), tail)


@pytest.mark.parametrize(
    "tail",
    [
        "-\\frac{1}{\\theta} + \\frac{S}{n\\theta^2} - 1",  # divided by n/2
        "-\\frac{n}{\\theta} + \\frac{S}{\\theta^2} - n",  # times 2
        "-\\frac{n}{2\\theta} + \\frac{S}{2\\theta^2} - \\frac{n}{2}",  # the same side
    ],
)
def test_the_same_condition_is_proved(tmp_path, tail):
    assert _verdict(tmp_path, tail) == "proved"


@pytest.mark.parametrize(
    "tail",
    [
        "-\\frac{1}{\\theta} + \\frac{S}{\\theta^2} - 1",  # the n of S/n lost
        "\\frac{1}{\\theta} + \\frac{S}{n\\theta^2} - 1",  # a sign
    ],
)
def test_another_condition_is_refuted(tmp_path, tail):
    assert _verdict(tmp_path, tail) == "refuted"
