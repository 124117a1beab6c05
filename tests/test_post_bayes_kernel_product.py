"""The posterior's kernel after Bayes' rule: the product of the kernels stated before.

A post states the likelihood and the prior up to a factor (``L(\\theta) \\propto \\theta^k
(1-\\theta)^{n-k}``, ``\\pi(\\theta) \\propto \\theta^{a-1} (1-\\theta)^{b-1}``), applies Bayes'
rule (``\\pi(\\theta | y) \\propto L(\\theta) \\pi(\\theta)``, proved as the rule) and writes the
posterior's kernel. Each factor is a function of what the posterior is of, stated up to a
factor free of it, so their product is the posterior up to a factor free of it: the kernel
written next (in the row itself or in a later row of the same posterior) is checked against
that product. Without the kernels stated before, nothing is claimed.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = r"""The likelihood of $k$ successes in $n$ trials is

$$L(\theta) \propto \theta^{k} (1-\theta)^{n-k}$$

and the prior is

$$\pi(\theta) \propto \theta^{a-1} (1-\theta)^{b-1}$$

By Bayes' theorem

$$\pi(\theta \mid y) \propto L(\theta) \pi(\theta)$$

so the posterior is

$$\pi(\theta \mid y) \propto KERNEL$$
"""

_SAME_ROW = r"""The likelihood of $k$ successes in $n$ trials is

$$L(\theta) \propto \theta^{k} (1-\theta)^{n-k}$$

and the prior is

$$\pi(\theta) \propto \theta^{a-1} (1-\theta)^{b-1}$$

By Bayes' theorem

$$\pi(\theta \mid y) \propto L(\theta) \pi(\theta) \propto KERNEL$$
"""

_RIGHT = [
    r"\theta^{a+k-1} (1-\theta)^{b+n-k-1}",
    r"\theta^{k} (1-\theta)^{n-k} \theta^{a-1} (1-\theta)^{b-1}",
]
_WRONG = [
    r"\theta^{a+k} (1-\theta)^{b+n-k-1}",
    r"\theta^{a+k-1} (1-\theta)^{b+n-1}",
]


@pytest.mark.parametrize("post", [_POST, _SAME_ROW])
@pytest.mark.parametrize("kernel", _RIGHT)
def test_the_product_of_the_kernels_is_the_posterior_kernel(tmp_path, post, kernel):
    assert verdict_of_row(tmp_path, post.replace("KERNEL", kernel), kernel) == "proved"


@pytest.mark.parametrize("post", [_POST, _SAME_ROW])
@pytest.mark.parametrize("kernel", _WRONG)
def test_a_kernel_off_by_a_power_of_the_parameter_is_not_proved(tmp_path, post, kernel):
    assert verdict_of_row(tmp_path, post.replace("KERNEL", kernel), kernel) != "proved"


def test_without_the_prior_kernel_the_posterior_kernel_is_not_proved(tmp_path):
    kernel = _RIGHT[0]
    post = _POST.replace(r"$$\pi(\theta) \propto \theta^{a-1} (1-\theta)^{b-1}$$", "flat")
    assert verdict_of_row(tmp_path, post.replace("KERNEL", kernel), kernel) != "proved"


@pytest.mark.parametrize("post", [_POST, _SAME_ROW])
def test_a_right_posterior_after_a_wrong_likelihood_kernel_is_not_refuted(tmp_path, post):
    """The kernels stated before are not established: a disagreement with their product
    cannot say which row is wrong."""
    kernel = _RIGHT[0]
    post = post.replace(r"\theta^{k} (1-\theta)^{n-k}$$", r"\theta^{k+1} (1-\theta)^{n-k}$$")
    assert verdict_of_row(tmp_path, post.replace("KERNEL", kernel), kernel) == "unchecked"


def test_an_equality_after_the_rule_is_not_compared_with_the_kernels(tmp_path):
    """``= B(a, b)^{-1} ...``: L(theta) pi(theta) equals the prior's density with its
    constant, which no kernel stated up to a factor can refute."""
    value = r"\frac{\theta^{k} (1-\theta)^{n-k} \theta^{a-1} (1-\theta)^{b-1}}{B(a, b)}"
    post = _SAME_ROW.replace(r"\propto KERNEL", "= " + value)
    assert verdict_of_row(tmp_path, post, value) != "refuted"
