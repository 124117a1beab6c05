"""A letter restated through the letter a row defines from it keeps its value.

Held-out external52 (gmjw's normal-normal marginal, lines 160, 185 and 238) writes
``D = \\frac{1}{\\sqrt{a}} \\iff a = \\frac{1}{D^2}``. The second half was taken as ``a``'s
new value, so every later row that put ``a`` in had ``1/D^2`` with ``D`` free and drawn at
random: two correct rows were refuted, and here a wrong one was taken as given."""

import pytest

from derivations.post import check_post

POST = """---
title: t
---

Let $\\sigma > 0$ and $\\tau > 0$. Relabel:

$$ a = \\frac{\\sigma^2 + \\tau^2}{\\tau^2 \\sigma^2} $$

If we let

$$ D = \\frac{1}{\\sqrt{a}} \\iff a = \\frac{1}{D^2} $$

then, with $F$ the exponent,

$$ F = a \\left( c - b^2 \\right) $$

and, putting $a$ in,

$$ F = RESULT \\left( c - b^2 \\right) $$
"""


def _verdict(tmp_path, result):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("RESULT", result))
    (row,) = [r for r in check_post(path, jobs=1).rows if r.line == 19]
    return row.verdict


def test_the_letters_own_value_is_put_in(tmp_path):
    assert _verdict(tmp_path, "\\frac{\\sigma^2 + \\tau^2}{\\tau^2 \\sigma^2}") == "proved"


@pytest.mark.parametrize(
    "wrong",
    ["\\frac{\\sigma^2 + \\tau^2}{\\sigma^2}", "\\frac{\\tau^2 \\sigma^2}{\\sigma^2 + \\tau^2}"],
)
def test_a_wrong_value_is_refuted(tmp_path, wrong):
    assert _verdict(tmp_path, wrong) == "refuted"
