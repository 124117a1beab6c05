r"""A log-likelihood, a joint density or a log density whose value the post's own rows imply.

The reader took every row that gives a likelihood's name a value as a definition
("given"). Many are not new: ``\ell(\lambda) = ...`` right after ``L(\lambda) = ...`` is
the log of that likelihood (held-out external13/filehippo, line 31; external16/zhjunqin,
line 67), and ``f(X; \theta) = e^{-n\theta} \theta^{\sum x_i}/\prod x_i!`` after "a random
sample from the Poisson distribution" is the joint density the law gives (external9/
statsclick, line 17). Such a row is proved when its value is *exactly* the log of the
likelihood above (or the product of the law's densities, or the log of the model's
density): a log that loses a term, keeps a constant the likelihood does not have, a
negated or scaled one, or a joint density with a factor dropped is never proved. A name the
prose calls something else (a negative log-likelihood, a loss, a posterior) is not weighed.
A likelihood with nothing above it stays a definition ("given").
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"


def _rows(tmp_path, text: str) -> dict:
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def _last(tmp_path, text: str):
    rows = _rows(tmp_path, text)
    return rows[max(rows)]


GROUPED = (
    "Of the $n$ counts, $n_1$ are at least 2, $n_2$ are 1 and the rest are 0, so the "
    "likelihood function is\n\n"
    "$$L(\\lambda) = (e^{-\\lambda})^{n - n_1 - n_2} (\\lambda e^{-\\lambda})^{n_2}"
    " \\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)^{n_1}$$\n\n"
    "The log-likelihood function simplifies to:\n\n"
)
TRINOMIAL = (
    "The likelihood of the three genotype counts is\n\n"
    "$$L(\\theta) = \\theta^{2n_1} (2 \\theta (1-\\theta))^{n_2} (1-\\theta)^{2n_3}$$\n\n"
    "and its log is\n\n"
)
CATEGORIES = (
    "The likelihood of the labels is\n\n"
    "$$L(\\theta) = \\prod_{k=1}^K \\theta_k^{t_k}$$\n\n"
    "Taking logs,\n\n"
)

#: (the rows above, the right log-likelihood, its wrong twins)
LOGS = [
    (
        GROUPED,
        "$$\\ell(\\lambda) = -(n - n_1 - n_2)\\lambda + n_2 (\\log \\lambda - \\lambda)"
        " + n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)$$\n",
        [
            # the log of lambda^{n_2} lost
            "$$\\ell(\\lambda) = -(n - n_1 - n_2)\\lambda - n_2 \\lambda"
            " + n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)$$\n",
            # one e^{-lambda} too few in the tail
            "$$\\ell(\\lambda) = -(n - n_1 - n_2)\\lambda + n_2 (\\log \\lambda - \\lambda)"
            " + n_1 \\log\\left(1 - e^{-\\lambda}\\right)$$\n",
        ],
    ),
    (
        TRINOMIAL,
        "$$\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log 2 + n_2 \\log \\theta"
        " + n_2 \\log (1-\\theta) + 2n_3 \\log (1-\\theta)$$\n",
        [
            # n_2 log theta lost
            "$$\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log 2"
            " + n_2 \\log (1-\\theta) + 2n_3 \\log (1-\\theta)$$\n",
            # log 2 dropped: equal only up to a constant, which '=' does not say
            "$$\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log \\theta"
            " + n_2 \\log (1-\\theta) + 2n_3 \\log (1-\\theta)$$\n",
        ],
    ),
    (
        CATEGORIES,
        "$$\\ln L(\\theta) = \\sum_{k=1}^K t_k \\ln \\theta_k$$\n",
        ["$$\\ln L(\\theta) = \\sum_{k=1}^K \\theta_k \\ln t_k$$\n"],
    ),
]


@pytest.mark.parametrize("above, right, wrongs", LOGS, ids=["grouped", "trinomial", "categories"])
def test_the_log_of_the_likelihood_above_is_proved(tmp_path, above, right, wrongs):
    row = _last(tmp_path, above + right)
    assert row.verdict == "proved", row


@pytest.mark.parametrize("above, wrong", [(above, w) for above, _, wrongs in LOGS for w in wrongs])
def test_a_wrong_twin_of_the_log_is_never_proved(tmp_path, above, wrong):
    row = _last(tmp_path, above + wrong)
    assert row.verdict not in ("proved", "plausible"), row


@pytest.mark.parametrize(
    "words, value",
    [
        # negated: a loss under the log-likelihood's letter
        (
            "The negative log-likelihood is\n\n",
            "$$\\ell(\\lambda) = (n - n_1 - n_2)\\lambda - n_2 (\\log \\lambda - \\lambda)"
            " - n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)$$\n",
        ),
        # the exact log, but the words call it a negative log-likelihood
        (
            "The negative log-likelihood is\n\n",
            "$$\\ell(\\lambda) = -(n - n_1 - n_2)\\lambda + n_2 (\\log \\lambda - \\lambda)"
            " + n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)$$\n",
        ),
        # the average log-likelihood
        (
            "The log-likelihood per count is\n\n",
            "$$\\ell(\\lambda) = \\frac{1}{n}\\left(-(n - n_1 - n_2)\\lambda + n_2 (\\log \\lambda"
            " - \\lambda) + n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)"
            "\\right)$$\n",
        ),
        # a log-posterior under a gamma prior
        (
            "With the prior the log-posterior is\n\n",
            "$$\\ell(\\lambda) = -(n - n_1 - n_2)\\lambda + n_2 (\\log \\lambda - \\lambda)"
            " + n_1 \\log\\left(1 - e^{-\\lambda} - \\lambda e^{-\\lambda}\\right)"
            " + (a - 1)\\log \\lambda - b \\lambda$$\n",
        ),
    ],
)
def test_another_quantity_under_the_name_is_not_proved(tmp_path, words, value):
    text = GROUPED.replace("The log-likelihood function simplifies to:\n\n", words) + value
    row = _last(tmp_path, text)
    assert row.verdict not in ("proved", "plausible"), row


def test_a_log_likelihood_with_no_likelihood_above_stays_a_definition(tmp_path):
    row = _last(
        tmp_path,
        "The log-likelihood is\n\n$$\\ell(\\lambda) = n_2 \\log \\lambda - n \\lambda$$\n",
    )
    assert row.verdict == "given", row


def test_the_first_likelihood_stays_a_definition(tmp_path):
    rows = _rows(tmp_path, GROUPED)
    assert rows[max(rows)].verdict == "given", rows[max(rows)]


def test_a_likelihood_redefined_in_between_is_the_one_used(tmp_path):
    # the log of the first likelihood, after a second one was written: not proved
    text = (
        TRINOMIAL.replace("and its log is\n\n", "")
        + "In the second model the likelihood is\n\n"
        + "$$L(\\theta) = \\theta^{n_1} (1-\\theta)^{n_2 + n_3}$$\n\n"
        + "and its log is\n\n"
        + "$$\\log L(\\theta) = 2n_1 \\log \\theta + n_2 \\log 2 + n_2 \\log \\theta"
        " + n_2 \\log (1-\\theta) + 2n_3 \\log (1-\\theta)$$\n"
    )
    row = _last(tmp_path, text)
    assert row.verdict not in ("proved", "plausible"), row


# ------------------------------------------------------------------ a parameter given a value

POISSON = (
    "The Poisson distribution models the counts:\n\n"
    "$$P(Y = y \\mid \\mu) = \\frac{\\mu^y e^{-\\mu}}{y!} \\quad \\text{for } y = 0, 1, 2,"
    " \\ldots$$\n\n"
    "With the log link,\n\n$$\\mu_i = e^{\\beta_0 + \\beta_1 x_i}$$\n\n"
    "Assuming independence, the total likelihood is the product:\n\n"
)


def test_the_likelihood_is_proved_as_written_when_its_parameter_has_a_value(tmp_path):
    # mu_i = e^{beta_0 + beta_1 x_i} put in, the value is no longer in the model's
    # parameter; as written it is the model's product at mu_i, whatever mu_i is
    right = (
        "$$L(\\boldsymbol{\\mu} \\mid \\mathbf{y}) = \\prod_{i=1}^{n}"
        " \\frac{\\mu_i^{y_i} e^{-\\mu_i}}{y_i!}$$\n"
    )
    assert _last(tmp_path, POISSON + right).verdict == "proved"


def test_its_wrong_twin_is_not_proved_when_its_parameter_has_a_value(tmp_path):
    wrong = (
        "$$L(\\boldsymbol{\\mu} \\mid \\mathbf{y}) = \\prod_{i=1}^{n}"
        " \\frac{\\mu_i^{y_i} e^{\\mu_i}}{y_i!}$$\n"
    )
    assert _last(tmp_path, POISSON + wrong).verdict not in ("proved", "plausible")


# ------------------------------------------------------------------ the joint density

SAMPLE = (
    "Let $X_1, X_2, \\dots, X_n$ be a random sample from the Poisson distribution"
    " $P(\\theta)$ with parameter $\\theta$.\n\n"
    "The joint density of the sample observations is\n\n"
)


def test_the_joint_density_of_a_sample_from_the_named_law_is_proved(tmp_path):
    row = _last(
        tmp_path,
        SAMPLE + "$$f(X; \\theta) = \\frac{\\exp(-n\\theta) \\theta^{\\sum_{i=1}^n x_i}}"
        "{\\prod_{i=1}^{n} (x_i!)}$$\n",
    )
    assert row.verdict == "proved", row


@pytest.mark.parametrize(
    "value",
    [
        # the factor n of the exponent dropped
        "\\frac{\\exp(-\\theta) \\theta^{\\sum_{i=1}^n x_i}}{\\prod_{i=1}^{n} (x_i!)}",
        # the factorials left out: a likelihood may, a joint density may not
        "\\exp(-n\\theta) \\theta^{\\sum_{i=1}^n x_i}",
    ],
)
def test_a_wrong_joint_density_is_never_proved(tmp_path, value):
    row = _last(tmp_path, SAMPLE + f"$$f(X; \\theta) = {value}$$\n")
    assert row.verdict not in ("proved", "plausible"), row


def test_a_posterior_under_the_density_letter_is_not_weighed_as_the_joint(tmp_path):
    text = SAMPLE.replace("The joint density of the sample observations is", "The posterior is")
    row = _last(
        tmp_path,
        text + "$$f(\\theta \\mid X) = \\frac{\\exp(-n\\theta) \\theta^{\\sum_{i=1}^n x_i}}"
        "{\\prod_{i=1}^{n} (x_i!)}$$\n",
    )
    assert row.verdict not in ("proved", "plausible"), row


# ------------------------------------------------------------------ the log of the density

LAW = (
    "Let\n\n$$X \\sim \\mathrm{Poisson}(\\lambda)$$\n\nwith one observation $x$. Its log-pmf is\n\n"
)
NORMAL_LAW = (
    "The observations are normal:\n\n$$x_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$$\n\n"
    "so the log density of one of them is\n\n"
)

#: (the rows above, the right log density, its wrong twins)
LOG_DENSITIES = [
    (
        LAW,
        "$$\\log p(x; \\lambda) = x \\log \\lambda - \\lambda - \\log x!$$\n",
        [
            # the constant -log x! dropped: a log density keeps it
            "$$\\log p(x; \\lambda) = x \\log \\lambda - \\lambda$$\n",
            "$$\\log p(x; \\lambda) = x \\log \\lambda + \\lambda - \\log x!$$\n",
        ],
    ),
    (
        NORMAL_LAW,
        "$$\\log f(x; \\mu, \\sigma^2) = -\\frac{1}{2} \\log(2 \\pi \\sigma^2)"
        " - \\frac{(x - \\mu)^2}{2 \\sigma^2}$$\n",
        [
            # the half of the log lost
            "$$\\log f(x; \\mu, \\sigma^2) = -\\log(2 \\pi \\sigma^2)"
            " - \\frac{(x - \\mu)^2}{2 \\sigma^2}$$\n",
            # the normalising constant dropped
            "$$\\log f(x; \\mu, \\sigma^2) = - \\frac{(x - \\mu)^2}{2 \\sigma^2}$$\n",
        ],
    ),
]


@pytest.mark.parametrize("above, right, wrongs", LOG_DENSITIES, ids=["poisson", "normal"])
def test_the_log_of_the_models_density_is_proved(tmp_path, above, right, wrongs):
    row = _last(tmp_path, above + right)
    assert row.verdict == "proved", row


@pytest.mark.parametrize(
    "above, wrong", [(above, w) for above, _, wrongs in LOG_DENSITIES for w in wrongs]
)
def test_a_wrong_log_density_is_never_proved(tmp_path, above, wrong):
    row = _last(tmp_path, above + wrong)
    assert row.verdict not in ("proved", "plausible"), row


def test_the_log_of_a_posterior_under_the_letter_is_not_weighed(tmp_path):
    row = _last(
        tmp_path,
        LAW.replace("Its log-pmf is", "The log posterior is")
        + "$$\\log p(\\lambda \\mid x) = x \\log \\lambda - \\lambda - \\log x!$$\n",
    )
    assert row.verdict not in ("proved", "plausible"), row


# ------------------------------------------------------------------ the i-th observation's density

BERNOULLI_I = (
    "Each observation has the mass function\n\n"
    "$$f(x_i \\mid \\theta) = \\theta^{x_i}(1-\\theta)^{1-x_i}$$\n\n"
    "so that the likelihood is\n\n"
)


@pytest.mark.parametrize(
    "row",
    [
        "$$L(\\theta) = \\prod_{i=1}^n \\theta^{x_i}(1-\\theta)^{1-x_i}$$\n",
        # the sample mean for (1/n) sum x_i
        "$$L(\\theta) = \\theta^{n\\bar{x}}(1 - \\theta)^{n - n\\bar{x}}$$\n",
        # the joint mass under the density's letter
        "$$f(x \\mid \\theta) = \\theta^{n\\bar{x}}(1 - \\theta)^{n - n\\bar{x}}$$\n",
    ],
)
def test_the_likelihood_of_the_ith_observations_density_is_proved(tmp_path, row):
    assert _last(tmp_path, BERNOULLI_I + row).verdict == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "$$L(\\theta) = \\prod_{i=1}^n \\theta^{x_i}(1-\\theta)^{x_i}$$\n",
        "$$L(\\theta) = \\theta^{n\\bar{x}}(1 - \\theta)^{n\\bar{x}}$$\n",
        "$$f(x \\mid \\theta) = \\theta^{\\bar{x}}(1 - \\theta)^{n - n\\bar{x}}$$\n",
    ],
)
def test_a_wrong_likelihood_of_the_ith_observations_density_is_not_proved(tmp_path, row):
    assert _last(tmp_path, BERNOULLI_I + row).verdict not in ("proved", "plausible")


# ------------------------------------------------------------------ the density of the declared law


@pytest.mark.parametrize(
    "law, right, wrongs",
    [
        (
            "$$X \\sim \\mathrm{Poisson}(\\lambda)$$",
            "$$p(x; \\lambda) = \\frac{\\lambda^x e^{-\\lambda}}{x!}$$",
            [
                "$$p(x; \\lambda) = \\frac{\\lambda^x e^{-\\lambda}}{x}$$",
                "$$p(x; \\lambda) = \\frac{\\lambda^x e^{\\lambda}}{x!}$$",
            ],
        ),
        (
            "$$X \\sim \\mathrm{Exp}(\\lambda)$$",
            "$$f(x; \\lambda) = \\lambda e^{-\\lambda x}$$",
            ["$$f(x; \\lambda) = e^{-\\lambda x}$$", "$$f(x; \\lambda) = \\lambda e^{-x}$$"],
        ),
        (
            "$$x_i \\sim \\mathcal{N}(\\mu, \\sigma^2)$$",
            "$$f(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2 \\pi \\sigma^2}}"
            " e^{-\\frac{(x - \\mu)^2}{2 \\sigma^2}}$$",
            [
                "$$f(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2 \\pi \\sigma^2}}"
                " e^{-\\frac{(x - \\mu)^2}{\\sigma^2}}$$",
                "$$f(x \\mid \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2 \\pi} \\sigma^2}"
                " e^{-\\frac{(x - \\mu)^2}{2 \\sigma^2}}$$",
            ],
        ),
    ],
    ids=["poisson", "exponential", "normal"],
)
def test_the_density_of_the_declared_law_is_proved_and_a_wrong_one_never(
    tmp_path, law, right, wrongs
):
    head = f"Let\n\n{law}\n\nso its density is\n\n"
    assert _last(tmp_path, head + right + "\n").verdict == "proved"
    for wrong in wrongs:
        assert _last(tmp_path, head + wrong + "\n").verdict not in ("proved", "plausible"), wrong


def test_a_density_of_another_letter_than_the_declared_one_is_not_weighed(tmp_path):
    text = (
        "Let\n\n$$X \\sim \\mathrm{Poisson}(\\lambda)$$\n\n"
        "and let the waiting time have density\n\n"
        "$$g(y; \\lambda) = \\frac{\\lambda^y e^{-\\lambda}}{y!}$$\n"
    )
    assert _last(tmp_path, text).verdict == "given"


def test_a_density_with_no_law_declared_stays_a_definition(tmp_path):
    text = "The waiting time has density\n\n$$f(x; \\lambda) = \\lambda e^{-\\lambda x}$$\n"
    assert _last(tmp_path, text).verdict == "given"


# ------------------------------------------------------------------ a model given up in words

TWO_MODELS = (
    "**Exponential waiting times.** Each observation has density\n\n"
    "$$f(x) = \\lambda e^{-\\lambda x}$$\n\n"
    "**Poisson counts.** Each observation now has mass $f(x) = \\lambda^x e^{-\\lambda}/x!$,"
    " whose log is\n\n"
)


@pytest.mark.parametrize(
    "row",
    [
        # the log of the first model's density, not of the mass the sentence gives
        "$$\\log f(x) = \\log\\lambda - \\lambda x$$\n",
        "$$L(\\lambda) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i}$$\n",
    ],
)
def test_the_model_a_sentence_replaces_is_not_proved_against(tmp_path, row):
    # adversarial set 4, post 81: the letter f is given another value in words
    assert _last(tmp_path, TWO_MODELS + row).verdict not in ("proved", "plausible")
