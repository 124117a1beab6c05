"""A likelihood under its own name (``L(\\theta)``) is the posterior's only when the post does
not say it is the likelihood of other data: "Write $L(\\theta) = p(y \\mid \\theta)$ for the
likelihood of the second lab's data" and then ``p(\\theta \\mid x) \\propto L(\\theta)
p(\\theta)`` was proved as Bayes' rule (adversarial set 17, pair 07). Bayes' rule holds for
the likelihood of the data the posterior is given, whatever else the post names ``L``."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._bayes import likelihood_given_other_data

_POST = "Let $p(\\theta)$ be a prior. {saying}\n\nBy Bayes' rule,\n\n$${row}$$\n"


@pytest.mark.parametrize(
    "saying",
    [
        "Write $L(\\theta) = p(y \\mid \\theta)$ for the likelihood of the second data set.",
        "Let $L(\\theta) := \\prod_{i=1}^{n} f(y_i \\mid \\theta)$.",
        "Here $L(\\theta) = p(\\mathbf{y} \\mid \\theta)$ is the likelihood of $\\mathbf{y}$.",
        # one observation of the data, not the data the posterior is given
        "Let $L(\\theta) = p(x_1 \\mid \\theta)$ be the likelihood of the first observation.",
    ],
)
def test_a_likelihood_of_other_data_is_not_the_posteriors(tmp_path, saying):
    row = "p(\\theta \\mid x) \\propto L(\\theta)\\, p(\\theta)"
    body = _POST.format(saying=saying, row=row)
    assert verdict_of_row(tmp_path, body, row) != "proved"


@pytest.mark.parametrize(
    "saying",
    [
        "",
        "Write $L(\\theta) = p(x \\mid \\theta)$ for the likelihood of the data.",
        "Let $L(\\theta) = \\prod_{i=1}^{n} f(x_i \\mid \\theta)$.",
        "Let $L(\\theta) = \\theta^{s}(1 - \\theta)^{n - s}$.",
    ],
)
def test_the_likelihood_of_the_posteriors_data_is_still_bayes_rule(tmp_path, saying):
    row = "p(\\theta \\mid x) \\propto L(\\theta)\\, p(\\theta)"
    body = _POST.format(saying=saying, row=row)
    assert verdict_of_row(tmp_path, body, row) == "proved"


def test_which_data_a_definition_conditions():
    """The property, on the text: a definition given other data says so; one given the
    posterior's data, or with no conditional, does not."""
    texts = ["$L(\\theta) = p(y \\mid \\theta)$"]
    assert likelihood_given_other_data(texts, "L", "\\theta", ["x"])
    assert not likelihood_given_other_data(texts, "L", "\\theta", ["y"])
    assert not likelihood_given_other_data(texts, "L", "\\mu", ["x"])  # another call
    first = ["$L(\\theta) = p(x_1 \\mid \\theta)$"]
    assert likelihood_given_other_data(first, "L", "\\theta", ["x"])
    product = ["$L(\\theta) = \\prod_{i=1}^{n} f(x_i \\mid \\theta)$"]
    assert not likelihood_given_other_data(product, "L", "\\theta", ["x"])
    assert not likelihood_given_other_data(["$L(\\theta) = e^{-\\theta}$"], "L", "\\theta", ["x"])
    # a long hostile text without the letter costs one membership test
    assert not likelihood_given_other_data(["x" * 1_000_000], "L", "\\theta", ["x"])
