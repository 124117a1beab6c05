"""A log-likelihood that is exactly the log of the likelihood above is proved, also when
some parameter points the comparison draws are outside the model's domain.

``\\ell(p) = \\sum_i \\log[\\binom{m}{x_i} p^{x_i} (1-p)^{m-x_i}]`` after ``L(p) = \\prod_i
...``: the two were compared at random parameter points, and the first point with
``p > 1`` (the log of a negative number) ended the comparison, so the definition stayed
"given" (corpus domains/binomial.md line 23 and its kin). A point where either side has
no real value now says nothing and the next is drawn; the engine still proves the step,
and a log-likelihood that is not the log of the likelihood is not proved.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import edited_copy, rows_of, verdict_of_row

POST = Path(__file__).resolve().parent / "posts" / "domains" / "binomial.md"
ROW = r"\ell(p) &= \sum_{i=1}^{n} \log \left[ \binom{m}{x_i} p^{x_i} (1 - p)^{m - x_i} \right] \\"


def test_the_log_of_the_likelihood_is_proved():
    rows = rows_of(POST)
    assert rows[23].verdict == "proved", (rows[23].verdict, rows[23].reason)


def test_a_log_likelihood_that_is_not_the_log_is_not_proved(tmp_path):
    wrong = ROW.replace("(1 - p)^{m - x_i}", "(1 - p)^{m + x_i}")
    rows = rows_of(edited_copy(tmp_path, POST, ROW, wrong))
    assert rows[23].verdict != "proved", (rows[23].verdict, rows[23].reason)


BERNOULLI = r"""Each $x_i$ is 0 or 1 with

$$f(x \mid p) = p^{x} (1-p)^{1-x}$$

The log-likelihood is

"""


def test_the_right_log_likelihood_of_a_probability_is_proved(tmp_path):
    row = r"$$\ell(p) = \sum_{i=1}^{n} \left[ x_i \log p + (1 - x_i) \log(1 - p) \right]$$"
    assert verdict_of_row(tmp_path, BERNOULLI + row + "\n", row) == "proved"


GEOMETRIC = Path(__file__).resolve().parent / "posts" / "domains" / "geometric-failures.md"


def test_a_model_written_pr_x_equals_k_is_the_model_of_the_x_i():
    # Pr(X = k) = (1 - p)^k p: the density of X, whose values are the samples x_i; the
    # likelihood and its log are the model's (they were given: k is not x)
    rows = rows_of(GEOMETRIC)
    assert rows[17].verdict == "proved", (rows[17].verdict, rows[17].reason)
    assert rows[25].verdict == "proved", (rows[25].verdict, rows[25].reason)


def test_a_likelihood_of_another_letter_than_the_variable_is_not_proved(tmp_path):
    # Pr(Y = k): the x_i are not the values of Y
    rows = rows_of(edited_copy(tmp_path, GEOMETRIC, r"\Pr(X = k)", r"\Pr(Y = k)"))
    assert rows[17].verdict != "proved", (rows[17].verdict, rows[17].reason)
