"""Letters a post declares complex ("Let $z$ be a complex number", "$z \\in \\mathbb{C}$",
"$z_1, \\ldots, z_n$ be complex numbers") are not checked as real letters: over the reals
``|z|^2 = z^2``, ``(e^z)^{1/2} = e^{z/2}`` and ``|e^z| = e^z`` hold, and they were proved;
``|e^z| = e^u`` for ``z = u + iv`` and ``z_1 \\bar{z}_1 = |z_1|^2`` (a conjugate) were refuted
(adversarial set 16, pairs 02, 04, 05, 38). A row using such a letter is neither proved nor
refuted; the same rows for a letter the post calls real are checked as before."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (declaration, row): each row is false for some complex value of the letter, or true only
#: through a reading of the notation the engine does not have (a conjugate, u + iv).
_COMPLEX = [
    ("Let $z \\in \\mathbb{C}$.", "|z|^2 = z^2"),
    ("Let $z$ be a complex number.", "\\left(e^{z}\\right)^{1/2} = e^{z/2}"),
    ("Let $w$ be a complex number, $w = u + i v$ with $u, v$ real.", "|e^{w}| = e^{w}"),
    ("Let $w$ be a complex number, $w = u + i v$ with $u, v$ real.", "|e^{w}| = e^{u}"),
    (
        "Let $z_1, \\ldots, z_n$ be complex numbers and $\\bar{z}_1$ the complex conjugate of "
        "$z_1$.",
        "z_1 \\bar{z}_1 = |z_1|^2",
    ),
    ("Let $a$ and $b$ be nonzero complex numbers.", "\\log(a b) = \\log a + \\log b"),
    ("For complex $s$,", "\\sqrt{s^2} = |s|"),
    ("For every complex number $s$,", "\\sqrt{s^2} = |s|"),
    ("Let $t$ be a complex variable.", "|t|^2 = t^2"),
    ("Let $\\zeta \\in \\mathbb{C}$, $\\zeta \\ne 0$.", "|\\zeta|^2 = \\zeta^2"),
    ("Take $p, q \\in \\mathbb{C}$.", "|p q| = p q"),
]


@pytest.mark.parametrize(("saying", "row"), _COMPLEX)
def test_rows_with_a_complex_letter_are_neither_proved_nor_refuted(tmp_path, saying, row):
    body = f"{saying}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted", "plausible")


@pytest.mark.parametrize(("saying", "row"), _COMPLEX)
def test_a_complex_letter_stays_complex_rows_later(tmp_path, saying, row):
    """The declaration holds for the rows after it, not only the next one."""
    body = f"{saying}\n\n$$y = 2$$\n\nThen, further on,\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted", "plausible")


@pytest.mark.parametrize(
    ("saying", "row", "verdict"),
    [
        ("Let $z$ be a real number.", "|z|^2 = z^2", "proved"),
        ("Let $x$ be real; a more complex model comes later.", "|x|^2 = x^2", "proved"),
        ("Let $z$ be a real number.", "(z + 1)^2 = z^2 + 1", "refuted"),
        # a letter the words do not call complex, beside one they do
        ("Let $z$ be a complex number and $x$ a real one.", "(x + 1)^2 = x^2 + 2x + 1", "proved"),
    ],
)
def test_letters_not_declared_complex_are_still_checked(tmp_path, saying, row, verdict):
    body = f"{saying}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == verdict


@pytest.mark.parametrize(
    "saying",
    [
        "Let $z = x + i y$ with $x, y$ real.",
        "Write $z = x + y i$ for real $x$ and $y$.",
        "Put $z = x - i\\,y$, $x, y$ real.",
    ],
)
@pytest.mark.parametrize(
    "row",
    [
        "|z|^2 = x^2 + y^2",  # correct (refuted with i read as a real letter)
        "|z|^2 = z^2",  # false (proved with i real)
        "z^2 = x^2 + y^2",  # false
    ],
)
def test_a_letter_given_as_x_plus_iy_is_complex(tmp_path, saying, row):
    """ "$z = x + iy$" says ``i`` is the imaginary unit, without the words (pair 05's prose)."""
    body = f"{saying}\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted")


def test_a_sum_with_an_index_i_keeps_it(tmp_path):
    """``x_i`` beside ``$s = a + i b$``: ``i`` is an index, as before."""
    body = "Let $s = a + i b$ and $x_1, \\dots, x_3$ be data.\n\n$$\\sum_{i=1}^{3} i = 6$$\n"
    assert verdict_of_row(tmp_path, body, "\\sum_{i=1}^{3} i = 6") == "proved"
