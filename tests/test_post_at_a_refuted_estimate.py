"""A row compared at an estimate that a refuted row states (catch59, a breach found on main).

After ``\\partial \\ell / \\partial \\mu = 0``, the row ``\\hat\\mu = \\frac{1}{n-1} \\sum x_i``
is wrong and refuted. The next result, ``\\hat\\sigma^2 = \\frac{1}{n} \\sum (x_i - \\bar x)^2``,
is right, but it was compared with the variance's score equation with ``\\mu`` put in at that
wrong estimate, and refuted too. A difference at a refuted estimate says nothing of the later
row: which of the two is wrong is open, so the link is unchecked, naming the line. A later row
that fails at a right estimate is still refuted.
"""

from __future__ import annotations

from derivations.post import check_post

POST = r"""# Normal

The log-likelihood of $x_i \sim N(\mu, \sigma^2)$:

$$\ell(\mu, \sigma^2) = -\frac{n}{2}\log \sigma^2 - \frac{1}{2\sigma^2}\sum_{i=1}^{n}(x_i - \mu)^2$$

$$\frac{\partial \ell}{\partial \mu} = \frac{1}{\sigma^2}\sum_{i=1}^{n}(x_i - \mu) = 0$$

$$\hat\mu = MEAN$$

$$\frac{\partial \ell}{\partial \sigma^2} = -\frac{n}{2\sigma^2} + \frac{1}{2\sigma^4}\sum_{i=1}^{n}(x_i - \mu)^2 = 0$$

$$\hat\sigma^2 = \frac{1}{DIVISOR}\sum_{i=1}^{n}(x_i - \bar{x})^2$$
"""
RIGHT_MEAN, WRONG_MEAN = r"\frac{1}{n}\sum_{i=1}^{n} x_i", r"\frac{1}{n-1}\sum_{i=1}^{n} x_i"


def _rows(tmp_path, mean, divisor):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("MEAN", mean).replace("DIVISOR", divisor), encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def test_a_right_result_after_a_refuted_estimate_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, WRONG_MEAN, "n")
    assert rows[9].verdict == "refuted", rows[9].reason
    assert rows[13].verdict == "unchecked", rows[13].reason
    assert "line 9" in rows[13].reason


def test_a_wrong_result_at_a_right_estimate_is_still_refuted(tmp_path):
    rows = _rows(tmp_path, RIGHT_MEAN, "n - 1")
    assert rows[9].verdict == "proved", rows[9].reason
    assert rows[13].verdict == "refuted", rows[13].reason


def test_a_right_result_at_a_right_estimate_is_proved(tmp_path):
    rows = _rows(tmp_path, RIGHT_MEAN, "n")
    assert rows[13].verdict == "proved", rows[13].reason


PARETO = r"""# Pareto

$$\ell(\lambda, a) = n \log \lambda + n\lambda \log a - (\lambda+1) \sum_{i=1}^{n} \log x_i$$

$$\frac{\partial \ell}{\partial \lambda} = 0$$

$$\hat\lambda = \frac{n}{\sum_{i=1}^{n} \log x_i} - n \log a$$

$$\frac{\partial \ell}{\partial a} = 0$$

$$\frac{n \lambda}{a} = 0$$
"""


def test_a_row_that_holds_with_the_other_parameter_free_stays_proved(tmp_path):
    # techqa-pareto line 35: n lambda / a = 0 is the a-derivative set to zero for every
    # lambda, so also at the refuted estimate of lambda; it is proved, not left unchecked
    path = tmp_path / "post.md"
    path.write_text(PARETO, encoding="utf-8")
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    assert rows[7].verdict == "refuted", rows[7].reason
    assert rows[11].verdict == "proved", rows[11].reason
