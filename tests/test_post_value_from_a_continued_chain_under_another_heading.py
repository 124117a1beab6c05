"""A name whose last value a continued chain gave, written again under another heading
(held-out batch 48).

Yaqi Dai's homework (external48, line 256) and Surya Teja Eada's (line 196) derive the
log-likelihood of one model in an ``align`` or ``split`` whose rows go on with ``&= ...``, then
write ``l(\\theta) = \\sum \\ln ((1 - \\cos(x_i - \\theta))/(2\\pi))`` for the next problem's model
under the next heading. A name defined under another heading is not compared with that
value (the section may define its own), but the rule looked at the row that gave the last
value only when that row wrote the name first: the value of ``&= -n\\ln\\pi - ...``, a row
continuing the definition, was taken as no definition, and the new model's likelihood was
refuted against the old one's. The rows continuing a definition are part of it.

Properties: under another heading the new value is never refuted, whatever the earlier
chain's length; under the same heading a value that contradicts the chain is still refuted,
and a restatement that agrees is still proved.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_CAUCHY = (
    "$$\\begin{split}L(\\theta) &= \\prod_{i = 1}^n p(x_i|\\theta)\\\\\n"
    "l(\\theta)&=\\sum_{i=1}^n\\ln\\frac{1}{\\pi[1+(\\theta-x_i)^2]}{more}\n"
    "\\end{split}$$\n\n"
)
_MORE = [
    "",
    "\\\\\n&=-n\\ln\\pi-\\sum_{i=1}^n\\ln[1+(\\theta-x_i)^2]",
    "\\\\\n&=-n\\ln\\pi-\\sum_{i=1}^n\\ln[1+(\\theta-x_i)^2]"
    "\\\\\n&=-\\sum_{i=1}^n\\ln[\\pi+\\pi(\\theta-x_i)^2]",
]
_CIRCULAR = "l(\\theta)&=\\sum_{i=1}^{n}\\ln\\frac{1-\\cos(x_i-\\theta)}{2\\pi}"


def _post(more: str, second_heading: str, row: str) -> str:
    head = "# Problem 1\n## (a)\n\n" + _CAUCHY.replace("{more}", more)
    return (
        head
        + second_heading
        + "$$\\begin{split}L(\\theta)&=\\prod_{i = 1}^n p(x_i|\\theta)\\\\\n"
        + row
        + "\n\\end{split} $$\n"
    )


@pytest.mark.parametrize("more", _MORE)
def test_another_heading_is_not_compared(tmp_path, more):
    body = _post(more, "# Problem 2\n## (b)\n\n", _CIRCULAR)
    assert verdict_of_row(tmp_path, body, _CIRCULAR) != "refuted"


@pytest.mark.parametrize("more", _MORE[1:])
def test_the_same_heading_still_compares(tmp_path, more):
    # no heading between: the circular l contradicts the Cauchy chain just above
    assert verdict_of_row(tmp_path, _post(more, "", _CIRCULAR), _CIRCULAR) == "refuted"
    same = "l(\\theta)&=-n\\ln\\pi-\\sum_{i=1}^n\\ln[1+(x_i-\\theta)^2]"
    assert verdict_of_row(tmp_path, _post(more, "", same), same) == "proved"


_EADA = (
    "# The Cauchy model\n\n"
    "\\begin{align}\n"
    "    p(x;\\theta) &= \\frac{1}{\\pi(1 + (x - \\theta)^2)} \\\\ \\\\\n"
    "    L(\\theta)   &= p(x_1;\\theta).p(x_2;\\theta)....p(x_n;\\theta) \\\\ \\\\\n"
    "                &= \\prod_{i = 1}^{n} \\frac{1}{\\pi(1 + (x_i - \\theta)^2)}\n"
    "\\end{align}\n\n"
    "# A circular model\n\n"
    "\\begin{align}\n"
    "    p(x; \\theta) = \\frac{1 - cos(x - \\theta)}{2\\pi}, 0  \\le x \\le 2\\pi\n"
    "    (\\#eq:density2)\n"
    "\\end{align}\n\n"
    "\\begin{align}\n"
    "   L(\\theta)   &= p(x_1;\\theta).p(x_2;\\theta)....p(x_n;\\theta) \\\\ \\\\\n"
    "   L(\\theta)   &= \\prod_{i=1}^{n} \\frac{1 - cos(x_i - \\theta)}{2\\pi} \\\\ \\\\\n"
    "\\end{align}\n"
)


def test_eada_second_model_likelihood_is_not_refuted(tmp_path):
    row = "\\prod_{i=1}^{n} \\frac{1 - cos(x_i - \\theta)}{2\\pi}"
    assert verdict_of_row(tmp_path, _EADA, row) != "refuted"
