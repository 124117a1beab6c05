"""``+ C`` after a conditional density: a constant in what precedes the bar, or in what follows.

``_upto`` checks ``A = B + C`` by comparing the derivatives of both sides by the post's
parameters, and every argument of a function is one. After ``\\log p(\\mu \\mid x)`` (a
posterior) the constant is free of ``mu`` but holds ``x`` and ``mu_0``; after ``\\log p(x \\mid
\\theta)`` (a log-likelihood) it is free of ``theta`` but holds ``-\\log x!``. Both correct rows
were refuted (probe posts of this session): the derivative by ``x`` was compared too. For a
chain about a conditional density the constant is read both ways, as ``\\propto`` rows are:
free of what precedes the bar, or of what follows it. Proved only if both readings hold,
refuted only if both fail, else unchecked, saying the post does not say which it means.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POSTERIOR = r"""# Normal-normal posterior

With prior $\mu \sim N(\mu_0, \tau^2)$ and one observation $x \mid \mu \sim N(\mu, \sigma^2)$,

$$\log p(\mu \mid x) = -\frac{(x - \mu)^2}{2\sigma^2} - \frac{(\mu - \mu_0)^2}{2\tau^2} + C$$

$$= -\frac{1}{2}\left(\frac{1}{\sigma^2} + \frac{1}{\tau^2}\right)\mu^2
SIGN \left(\frac{x}{\sigma^2} + \frac{\mu_0}{\tau^2}\right)\mu + C'$$
"""

LIKELIHOOD = r"""# Poisson

$$\log p(x \mid \theta) = x\log\theta - \theta - \log x!$$

$$= x\log\theta SIGN \theta + C$$
"""


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


@pytest.mark.parametrize("post, right, wrong", [(POSTERIOR, "+", "-"), (LIKELIHOOD, "-", "+")])
def test_a_constant_in_the_other_arguments_is_not_refuted(tmp_path, post, right, wrong):
    row = _last(tmp_path, post.replace("SIGN", right))
    assert row.verdict != "refuted", (row.reason, row.counterexample)


@pytest.mark.parametrize("post, right, wrong", [(POSTERIOR, "+", "-"), (LIKELIHOOD, "-", "+")])
def test_a_row_wrong_in_both_readings_is_refuted(tmp_path, post, right, wrong):
    row = _last(tmp_path, post.replace("SIGN", wrong))
    assert row.verdict == "refuted", row.reason


def test_without_a_bar_the_constant_is_free_of_every_argument(tmp_path):
    text = (
        "# Poisson\n\n$$\\ell(\\theta) = x\\log\\theta - \\theta - \\log x!$$\n\n"
        "$$= x\\log\\theta - \\theta + C$$\n"
    )
    assert _last(tmp_path, text).verdict == "proved"
