"""Two spellings of the expectation other authors use: ``\\Bbb E[X]`` and ``\\langle x \\rangle``.

``\\Bbb`` is plain TeX's (and MathJax's) name for ``\\mathbb``: a techqa Weibull question writes
``\\Bbb E[X] = \\int_0^\\infty t f(t)\\,dt``, and the row was unparsed ("unsupported command").
Physicists write the mean as angle brackets (``\\langle v \\rangle``, ``\\langle x^2 \\rangle -
\\langle x \\rangle^2``): a Maxwell-speed blog and a KL-divergence question were unparsed. The
brackets hold one expression; ``\\langle a, b \\rangle`` (an inner product) and ``\\langle a | b
\\rangle`` (a bra-ket) are something else and stay unread.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression
from tests._post_rows import verdict_of_row


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("spelling", "plain"),
    [
        (r"\Bbb E[X]", r"\mathbb{E}[X]"),
        (r"\Bbb{E}[X^2]", r"\mathbb{E}[X^2]"),
        (r"\Bbb E[X]^2 + 1", r"\mathbb{E}[X]^2 + 1"),
        (r"\langle x \rangle", r"\mathbb{E}[x]"),
        (r"\langle x^2 \rangle - \langle x \rangle^2", r"\mathbb{E}[x^2] - \mathbb{E}[x]^2"),
        (r"\left\langle v \right\rangle", r"\mathbb{E}[v]"),
        (r"2 \langle x \rangle \mu_2", r"2 \mathbb{E}[x] \mu_2"),
    ],
)
def test_the_spelling_is_the_expectation(spelling, plain):
    assert _read(spelling) == _read(plain)


@pytest.mark.parametrize(
    "text",
    [
        r"\langle a | b \rangle",
        r"\langle x",
        r"x \rangle",
        r"\langle \langle x \rangle",
    ],
)
def test_angle_brackets_that_are_no_mean_stay_unread(text):
    with pytest.raises(ValueError):
        _read(text)


def test_a_pair_in_angle_brackets_is_no_mean():
    """PARSE13 (test_post_parse13_inner_products.py): <a, b> is an inner product, read as
    a whole (it stayed unread before); never the mean of anything."""
    e = _read(r"\langle a, b \rangle")
    assert not any(str(getattr(f, "func", "")) == "E" for f in e.atoms(object)), e


def test_a_mean_by_angle_brackets_is_proved_and_its_false_twin_is_not(tmp_path):
    body = "$$\\langle 2 x + 1 \\rangle = 2 \\langle x \\rangle + 1$$\n"
    assert verdict_of_row(tmp_path, body, "2 x + 1") == "proved"
    twin = "$$\\langle 2 x + 1 \\rangle = 2 \\langle x \\rangle + 2$$\n"
    assert verdict_of_row(tmp_path, twin, "2 x + 1") != "proved"


def test_a_bbb_expectation_is_proved_and_its_false_twin_is_not(tmp_path):
    body = "$$\\Bbb E[3X] = 3 \\Bbb E[X]$$\n"
    assert verdict_of_row(tmp_path, body, "3X") == "proved"
    twin = "$$\\Bbb E[3X] = 2 \\Bbb E[X]$$\n"
    assert verdict_of_row(tmp_path, twin, "3X") != "proved"
