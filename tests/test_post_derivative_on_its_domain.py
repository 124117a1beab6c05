"""A derivative row claims nothing where the function it differentiates is undefined.

``\\ell(\\theta) = -2n\\ln\\theta + \\sum_i \\ln x_i - \\frac{1}{\\theta}\\sum_i x_i``, reached
through a chain that gives neither ``theta`` nor the ``x_i`` a domain, then
``\\frac{d\\ell(\\theta)}{d\\theta} = -\\frac{2n}{\\theta} + \\frac{1}{\\theta^2}\\sum_i x_i``
(held-out external35, mlcourse's gamma quiz, lines 31 and 83) was only *plausible*: "open
side condition(s): theta > 0, x[i] > 0 (the lines are equal only where the previous line is
defined)". The previous line of that step is the derivative of ``\\ell`` - the left side the
row writes - and a derivative exists only where its function is defined: the written
equation says nothing at ``theta < 0``, so the condition is the row's own, not an open one.

A rewrite that cancels a singularity (``g(a) = \\ln a - \\ln a + a`` to ``a``, with nothing
declared of ``a``) is no derivative: its condition stays open. A wrong derivative is refuted
as before, and one that holds only on part of the function's domain stays unproved.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_CHAIN = (
    "# t\n\n"
    "$$L(\\theta) = \\frac{1}{\\theta^{2n}}\\left(\\prod_{i=1}^n x_i\\right) "
    "e^{-\\frac{1}{\\theta}\\sum_{i=1}^n x_i}$$\n\n"  # line 3
    "$$\\ell(\\theta) = \\ln L(\\theta) = \\ln\\left[\\frac{1}{\\theta^{2n}}"
    "\\left(\\prod_{i=1}^n x_i\\right) e^{-\\frac{1}{\\theta}\\sum_{i=1}^n x_i}\\right]$$\n\n"  # 5
    "$$\\ell(\\theta) = -2n\\ln(\\theta) + \\sum_{i=1}^n \\ln(x_i) "
    "- \\frac{1}{\\theta}\\sum_{i=1}^n x_i$$\n\n"  # line 7
    "$$\\frac{d\\ell(\\theta)}{d\\theta} = {derivative}$$\n"  # line 9
)

_RIGHT = "-\\frac{2n}{\\theta} + \\frac{1}{\\theta^2}\\sum_{i=1}^n x_i"
_WRONG = "-\\frac{2n}{\\theta} - \\frac{1}{\\theta^2}\\sum_{i=1}^n x_i"
# chains whose first side is the derivative (line 3), the cancelled log (line 5)
_WRITTEN = (
    "# t\n\n"
    "$$\\frac{d}{da}\\left(\\ln(a) + a\\right) = \\frac{1}{a} + 1$$\n\n"
    "$$\\frac{d}{da}\\left(\\ln(a) - \\ln(a) + a\\right) = 1$$\n\n"
    "$$\\frac{d}{da}\\left(\\ln(a) + a\\right) = \\frac{1}{a} - 1$$\n"
)


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    out = {}
    for name, text in {
        "right": _CHAIN.replace("{derivative}", _RIGHT),
        "wrong": _CHAIN.replace("{derivative}", _WRONG),
        "written": _WRITTEN,
    }.items():
        out[name] = rows_of_text(tmp_path_factory.mktemp(name), text)
    return out


def _open(row):
    links = [c for link in row.links for c in link.get("open_conditions") or ()]
    return [*(row.open_conditions or ()), *links]


def test_the_derivative_of_the_log_likelihood_is_proved(rows):
    row = rows["right"][9]
    assert row.how.startswith("differentiates as written"), row.how  # the step at issue
    assert row.verdict == "proved", row.reason
    assert not _open(row), _open(row)


def test_a_written_derivative_is_proved_on_its_function_s_domain(rows):
    for line in (3, 5):
        row = rows["written"][line]
        assert row.verdict == "proved", (line, row.reason)


@pytest.mark.parametrize("name, line", [("wrong", 9), ("written", 7)])
def test_a_wrong_derivative_is_still_refuted(rows, name, line):
    row = rows[name][line]
    assert row.verdict == "refuted", row.reason


def test_a_rewrite_that_cancels_a_singularity_keeps_its_condition_open(rows):
    """Line 7 restates ell as line 5's log split: log(prod x_i) -> sum log x_i needs the
    x_i positive where only their product is; no derivative, so the condition stays open."""
    row = rows["right"][7]
    assert row.verdict != "proved", row.reason
    assert any("previous line is defined" in c for c in _open(row)), _open(row)
