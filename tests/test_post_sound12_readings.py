"""Correct rows of adversarial set 12 refuted by a reading, each with the pair's case and a
twin pair of another shape (the wrong row must not be proved, the correct one not refuted):

- 10: ``\\text{ on }`` before a range is a condition word (``_extract._CONDITION_BOX``);
- 26: ``e = y - ax`` raised only to whole powers (``e^2``) is the post's quantity, not
  Euler's number (``_named_e``);
- 29: an indexed name a row defines by a formula (``e_i = y_i - b x_i``) is no constant of
  a derivative (``_resolve.FORMULA``);
- 69: ``M^{(0)}(0)`` is ``M(0)`` (``_derivative_orders``);
- 118: a matrix size the post states (``3 \\times 3``) is the size checked (``_stated_size``);
- 184: HTML character references in a Markdown post are decoded (``_entities``).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._entities import decode_entities

CASES = [
    # (post with ROW, wrong row, correct row)
    (
        "Let\n\n$$g(t) = 4t^3 \\text{ on } 0 < t < 1$$\n\n"
        "and $g(t) = 0$ elsewhere. Then\n\n$$ROW$$\n",
        "\\int_0^{2} g(t)\\,dt = 16",
        "\\int_0^{2} g(t)\\,dt = 1",
    ),
    (
        "Let\n\n$$h(s) = 3s^2 \\text{ on } [0, 1]$$\n\nand $h(s) = 0$ elsewhere. Then\n\n$$ROW$$\n",
        "\\int_0^{3} h(s)\\,ds = 27",
        "\\int_0^{3} h(s)\\,ds = 1",
    ),
    (
        "Let $a$ be a real parameter, $x, y$ fixed reals and the residual\n\n$$e = y - ax$$\n\n"
        "Then\n\n$$ROW$$\n",
        "\\frac{d}{da} e^2 = 2xe",
        "\\frac{d}{da} e^2 = -2xe",
    ),
    (
        "Let $w$ be a real weight, $u, v$ fixed reals and the error\n\n$$e = v - w^2 u$$\n\n"
        "Then\n\n$$ROW$$\n",
        "\\frac{d}{dw} e^{3} = 3e^2 \\cdot 2wu",
        "\\frac{d}{dw} e^{3} = -6wu e^2",
    ),
    (
        "Let $e_i = y_i - b x_i$ for $i = 1, \\dots, n$. Then\n\n$$ROW$$\n",
        "\\frac{\\partial}{\\partial b} \\sum_{i=1}^n e_i^2 = 2\\sum_{i=1}^n x_i e_i",
        "\\frac{\\partial}{\\partial b} \\sum_{i=1}^n e_i^2 = -2\\sum_{i=1}^n x_i e_i",
    ),
    (
        "Let\n\n$$r_k = z_k - c t_k$$\n\nThen\n\n$$ROW$$\n",
        "\\frac{d}{dc} \\sum_{k=1}^m r_k^2 = 0",
        "\\frac{d}{dc} \\sum_{k=1}^m r_k^2 = -2\\sum_{k=1}^m t_k r_k",
    ),
    ("Let\n\n$$M(t) = e^{3t}$$\n\nThen\n\n$$ROW$$\n", "M^{(0)}(0) = 0", "M^{(0)}(0) = 1"),
    ("Let\n\n$$K(s) = 5 + s^2$$\n\nThen\n\n$$ROW$$\n", "K^{(0)}(2) = 4", "K^{(0)}(2) = 9"),
    (
        "Let $A$ be a real $3 \\times 3$ matrix. Then\n\n$$ROW$$\n",
        "\\det(2A) = 2\\det A",
        "\\det(2A) = 8\\det A",
    ),
    (
        "Let $B$ be a real 2×2 matrix. Then\n\n$$ROW$$\n",
        "\\det(-B) = -\\det B",
        "\\det(-B) = \\det B",
    ),
    (
        "Let $A$ be a real $3 \\times 3$ matrix and $x \\in \\mathbb{R}^3$. Then\n\n$$ROW$$\n",
        "x^T A x = \\mathrm{tr}(A)x^T x",
        "x^T A x = x^T A^T x",
    ),
    ("Let $x &lt; 0$. Then\n\n$$ROW$$\n", "|x| = x", "|x| = -x"),
    ("Let $y &gt; 0$ and $z &lt; 0$. Then\n\n$$ROW$$\n", "|y z| = y z", "|y z| = -y z"),
]


@pytest.mark.parametrize(("post", "wrong", "right"), CASES)
def test_the_wrong_row_is_not_proved(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("post", "wrong", "right"), CASES)
def test_the_correct_row_is_not_refuted(tmp_path, post, wrong, right):
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_stated_size_proves_and_refutes_at_that_size(tmp_path):
    post = CASES[8][0]
    assert verdict_of_row(tmp_path, post.replace("ROW", CASES[8][2]), CASES[8][2]) == "proved"
    assert verdict_of_row(tmp_path, post.replace("ROW", CASES[8][1]), CASES[8][1]) == "refuted"


def test_entities_keep_their_columns():
    text = "Let $x &lt; 0$ &amp; $y &minus; 1 &#62; 0$ &bogus; &"
    out = decode_entities(text)
    assert len(out) == len(text)
    assert "x <" in out and "y -" in out and ">     0" in out and "&bogus;" in out
    assert decode_entities("&" * 10_000 + "lt;").endswith("<   ")
