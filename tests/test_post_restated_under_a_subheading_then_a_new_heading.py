"""A name defined, restated under a subheading, then written under a new heading (held-out
batch 48).

Surya Teja Eada's homework (external48) defines the Cauchy density ``p(x;\\theta)`` under
"# Cauchy Distribution MLE Optimization" (line 15), restates it under the subheading "##
Mathematical Background" (line 26), and under "# Optimization MLE for a different probability
density function" writes the next problem's ``p(x; \\theta) = \\frac{1 - cos(x - \\theta)}{2\\pi}``
(line 188). A name written as a definition under another heading than the one that gave it
its value is not compared (the section may define its own); but the rule looked for the
definition under the restatement's heading only, found none, and the new density was refuted
against the Cauchy's. The restatements of a name are followed back to its definition across
headings; the last value's heading decides.

Properties: under the new heading the new value is not refuted, and a restatement there that
agrees is not refuted either; under the heading of the last value, a contradicting value is
never proved.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_CAUCHY = "\\frac{1}{\\pi(1 + (x - \\theta)^2)}"
_CIRCLE = "\\frac{1 - \\cos(x - \\theta)}{2\\pi}"
_RANGES = ", 0  \\le x \\le 2\\pi, -\\pi \\le \\theta \\le \\pi"  # as Eada writes it


def _body(second_heading: str, value: str) -> str:
    return (
        "# Cauchy Distribution\n\n"
        f"$$p(x;\\theta) = {_CAUCHY}$$\n\n"
        "## Mathematical Background\n\n"
        "\\begin{align}\n"
        f"    p(x;\\theta) &= {_CAUCHY} \\\\\n"
        "    L(\\theta) &= \\prod_{i = 1}^{n} p(x_i;\\theta)\n"
        "\\end{align}\n\n"
        f"{second_heading}"
        f"$$p(x; \\theta) = {value}$$\n"
    )


@pytest.mark.parametrize("ranges", ["", _RANGES])
def test_a_new_heading_does_not_compare(tmp_path, ranges):
    body = _body("# A different density\n\n", _CIRCLE + ranges)
    assert verdict_of_row(tmp_path, body, _CIRCLE) != "refuted"


def test_an_agreeing_restatement_under_the_new_heading_is_not_refuted(tmp_path):
    body = _body("# A different density\n\n", "\\frac{1}{\\pi + \\pi(x - \\theta)^2}")
    assert verdict_of_row(tmp_path, body, "\\frac{1}{\\pi + \\pi(x - \\theta)^2}") != "refuted"


@pytest.mark.parametrize("ranges", ["", _RANGES])
def test_the_heading_of_the_last_value_still_compares(tmp_path, ranges):
    body = _body("", _CIRCLE + ranges)  # still under "Mathematical Background"
    assert verdict_of_row(tmp_path, body, _CIRCLE) != "proved"
