"""``S_n^2 = R``: the square of a subscripted name with no value states it (held-out batch 59).

A Mathematics Stack Exchange answer on the variance of the sample variance (external59,
imathworks) writes ``\\mathbb{V}(S_n^2)=\\mathbb{E}(S_n^4)-\\sigma^4`` and then, after "let
$Z_i\\equiv X_i-\\mu$", "we can rewrite $S_n^2$ as" ``S_n^2=\\frac{n\\sum Z_i^2-(\\sum
Z_i)^2}{n(n-1)}``, a correct identity. The reader has no value for ``S_n`` (the post's
definition, ``\\frac{1}{n-1}\\sum(X_i-\\overline{X}_n)^2``, holds a mean it does not read)
and none for ``Z_i`` (defined in a sentence by ``\\equiv``). It compared the row as an
identity with ``S_n`` and ``Z`` drawn at random and refuted it, and the next row
(``S_n^4 = ...``) with it. Written ``S^2`` the same row is "an equation in S through its
square": a name, or the square of a name, stated equal to what does not hold it is a
definition or a condition, never an identity to refute (as ``Sigma = S/N`` already was).

Properties: the row with ``S_n`` gets no verdict ``refuted``, and neither ``proved``;
the same chain with a plain letter ``S`` is not refuted either; a power of a subscripted
name on both sides (``T_n^2 = T_n T_n + 1``) is still an identity, refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

POST = (
    "---\ntitle: t\n---\n\n"
    "Let $\\mu_k=\\mathbb{E}((X_i-\\mu)^k)$, and $Z_i\\equiv X_i-\\mu$ for all $i$. "
    "Thus $\\mathbb{E}(Z_i)=0$. Since"
    "$$ \\mathbb{V}(NAME^2)=\\mathbb{E}(NAME^4)-(\\mathbb{E}(NAME^2))^2"
    "=\\mathbb{E}(NAME^4)-\\sigma^4, $$"
    "we derive an expression. We can rewrite $NAME^2$ as\n"
    "$$ NAME^2=\\frac{n\\sum_{i=1}^n Z_i^2-(\\sum_{i=1}^nZ_i)^2}{n(n-1)}. $$\n"
    "Squaring leads to\n"
    "$$ NAME^4=\\frac{n^2(\\sum_{i=1}^nZ_i^2)^2-2n(\\sum_{i=1}^nZ_i^2)(\\sum_{i=1}^nZ_i)^2"
    "+(\\sum_{i=1}^nZ_i)^4}{n^2(n-1)^2} $$\n"
)


@pytest.mark.parametrize("name", ["S_n", "S", "T_{n}", "\\hat{s}_n"])
def test_a_name_stated_through_its_square_is_not_refuted(tmp_path, name):
    rows = rows_of_text(tmp_path, POST.replace("NAME", name))
    stated = [r for line in (6, 8) for r in [rows[line]]]
    for r in stated:
        assert r.verdict not in ("refuted", "proved"), (r.line, r.verdict, r.reason)


def test_a_power_of_a_subscripted_name_on_both_sides_is_still_checked(tmp_path):
    rows = rows_of_text(tmp_path, "---\ntitle: t\n---\n\n$$T_n^2 = T_n \\cdot T_n + 1$$\n")
    assert rows[5].verdict == "refuted", rows[5].reason
