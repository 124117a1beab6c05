"""A row ``\\propto ...`` that goes on from a chain about a conditional density
(``p(\\mu, \\sigma^2 \\mid y) = ... \\\\ \\propto ...``) is proportional in what the density is
of, as the same row written with the head (``p(\\mu, \\sigma^2 \\mid y) \\propto ...``) is.
Held-out batch 51, Burrack's Normal-inverse-gamma post line 92: the prior
``\\sigma^2 \\sim \\textrm{InvGamma}(\\sigma^2; a, b)`` made a and b parameters of the post, the
continuation row had no head of its own, and the factor ``b^a/\\Gamma(a)`` it drops was taken
as depending on the parameters: a correct row refuted. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_PRIOR = "$$\\sigma^2 \\sim \\textrm{InvGamma}(\\sigma^2 ; a, b)$$\n\n"
_HEAD = "p(\\mu, \\sigma^2 \\mid y)"
_FULL = (
    "\\frac{b^{a}}{\\Gamma(a)}(\\sigma^2)^{-(a+1)}\\exp \\left[ -b / \\sigma^2 \\right] "
    "\\frac{1}{\\sqrt{2 \\pi \\sigma^2}} \\exp \\left[-\\frac{1}{2\\sigma^2}(\\mu - y)^2 \\right]"
)
# (a kernel that drops only factors free of mu and sigma^2, one that drops a factor in sigma^2)
_KERNELS = [
    (
        "(\\sigma^2)^{-(a+1)}\\exp \\left[ -b / \\sigma^2 \\right] (\\sigma^2)^{-1/2} "
        "\\exp \\left[-\\frac{1}{2\\sigma^2}(\\mu - y)^2 \\right]",
        "(\\sigma^2)^{-(a+1)}\\exp \\left[ -b / \\sigma^2 \\right] "
        "\\exp \\left[-\\frac{1}{2\\sigma^2}(\\mu - y)^2 \\right]",
    ),
    (
        "b^a (\\sigma^2)^{-(a+3/2)} \\exp \\left[ -\\frac{b}{\\sigma^2} "
        "- \\frac{(\\mu - y)^2}{2\\sigma^2} \\right]",
        "b^a (\\sigma^2)^{-(a+1)} \\exp \\left[ -\\frac{b}{\\sigma^2} "
        "- \\frac{(\\mu - y)^2}{2\\sigma^2} \\right]",
    ),
]


def _chain(kernel: str) -> str:
    return (
        "---\ntitle: t\n---\n\n" + _PRIOR + "$$\n\\begin{align*}\n"
        f"{_HEAD} &= {_FULL} \\\\\n&\\propto {kernel}\n\\end{{align*}}\n$$\n"
    )


def _headed(kernel: str) -> str:
    return (
        "---\ntitle: t\n---\n\n" + _PRIOR + "$$\n\\begin{align*}\n"
        f"{_HEAD} &= {_FULL} \\\\\n{_HEAD} &\\propto {kernel}\n\\end{{align*}}\n$$\n"
    )


@pytest.mark.parametrize(("right", "wrong"), _KERNELS)
def test_a_continued_proportionality_is_read_in_the_heads_arguments(tmp_path, right, wrong):
    rows = rows_of_text(tmp_path, _chain(right))
    assert rows[10].verdict == "proved"


@pytest.mark.parametrize(("right", "wrong"), _KERNELS)
def test_continued_and_headed_rows_agree(tmp_path, right, wrong):
    for kernel in (right, wrong):
        a = rows_of_text(tmp_path, _chain(kernel))[10].verdict
        b = rows_of_text(tmp_path, _headed(kernel))[10].verdict
        assert a == b


@pytest.mark.parametrize(("right", "wrong"), _KERNELS)
def test_a_kernel_that_drops_a_factor_in_sigma2_is_never_proved(tmp_path, right, wrong):
    rows = rows_of_text(tmp_path, _chain(wrong))
    assert rows[10].verdict != "proved"
