r"""``\mathcal{a_i}``: a calligraphic font written over a subscripted letter (PARSE58).

Authors put the subscript inside the font's braces (``\frac{\partial\mathcal{a_i}}{\partial
z_i}``, held-out hack-notes softmax Jacobian, lines 95, 111, 141, 147); it shows the letter in
the font with its subscript, as ``\mathcal{a}_i`` does. The reader refused it ("\mathcal{a_i}
is not a name"). Read as the subscripted name, the two spellings are one expression, a name of
its own (never the plain ``a_i``); a font over anything but one letter and its subscript is
still refused, as a font over a call with more after it is (PARSE4).
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of

from derivations.post._lexer import LatexError
from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("inside", "outside"),
    [
        (r"\mathcal{a_i} + 1", r"\mathcal{a}_i + 1"),
        (r"\mathcal{z_{i}} x", r"\mathcal{z}_{i} x"),
        (r"\frac{1}{\mathcal{L_n}}", r"\frac{1}{\mathcal{L}_n}"),
    ],
)
def test_the_font_over_the_subscript_is_the_subscripted_name(inside, outside):
    assert _read(inside) == _read(outside)


def test_it_is_not_the_plain_name():
    assert _read(r"\mathcal{a_i}") != _read(r"a_i")


@pytest.mark.parametrize("text", [r"\mathcal{a_i + 1}", r"\mathcal{ab_i}", r"\mathcal{a_i b}"])
def test_more_than_a_subscripted_letter_stays_refused(text):
    with pytest.raises(LatexError):
        _read(text)


_SOFTMAX = r"""---
title: t
---
The softmax $a_i = \frac{e^{z_i}}{\sum_{j=1}^h e^{z_j}}$.

\begin{equation}
\begin{split}
\frac{\partial\mathcal{a_i}}{\partial z_i} & = \frac{\partial}{\partial z_i}
\left[\frac{e^{z_i}}{\sum_{j=1}^h e^{z_j}}\right]\\
& = \frac{e^{z_i}}{\sum_{j=1}^h e^{z_j}}\cdot
\frac{\left[\sum_{j=1}^h e^{z_j}\right]-e^{z_i}}{\sum_{j=1}^h e^{z_j}}\\
\end{split}
\end{equation}

$$\frac{\partial\mathcal{z_i}}{\partial w_j} = \frac{\partial}{\partial w_j} [w^T x]$$
"""


def test_the_rows_are_read_and_none_is_refused(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(_SOFTMAX, encoding="utf-8")
    rows = rows_of(post)
    for line in (8, 15):
        assert rows[line].verdict != "unparsed", rows[line]
    assert not [r for r in rows.values() if r.verdict == "refuted"], rows
