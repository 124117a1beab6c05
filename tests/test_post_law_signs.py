r"""The sign of a row decided by the parameter space of a law the post states.

``X_i \sim \mathrm{Exp}(\lambda)`` makes ``\lambda > 0`` a domain of the engine, but the sign of
a row (``\frac{d^2\ell}{d\lambda^2} = -\frac{n}{\lambda^2} < 0``, the second-order condition of
nearly every MLE post) is decided when the rows are related, from the symbols' flags only, and
stayed "unchecked: the sign is not decided". The law's positive parameters now decide it too -
only to prove; a sign they do not decide stays open.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

ELL = r"\ell(\lambda) = n \ln \lambda - \lambda \sum_{i=1}^n x_i"
SECOND = r"\frac{d^2\ell}{d\lambda^2} = -\frac{n}{\lambda^2} {rel} 0"


@pytest.mark.parametrize(
    "law", [r"X_i \sim \mathrm{Exp}(\lambda)", r"y_i \sim \text{Poisson}(\lambda)"]
)
def test_the_second_order_condition_is_proved_under_the_law(tmp_path, law):
    r = _rows(tmp_path, law, ELL, SECOND.replace("{rel}", "<"))[9]
    assert r.verdict == "proved", (r.verdict, r.reason)


@pytest.mark.parametrize("rel", [">", r"\ge"])
def test_the_wrong_sign_is_not_proved(tmp_path, rel):
    r = _rows(tmp_path, r"X_i \sim \mathrm{Exp}(\lambda)", ELL, SECOND.replace("{rel}", rel))[9]
    assert r.verdict != "proved", (r.verdict, r.reason)


def test_a_law_stated_after_the_row_does_not_decide_it(tmp_path):
    """A row whose sign needs lambda > 0 (-n/lambda^2 < 0 holds for every real lambda != 0,
    so it is decided without the law: see test_post_sign_where_defined)."""
    third = r"\frac{d^3\ell}{d\lambda^3} = \frac{2n}{\lambda^3} > 0"
    before = _rows(tmp_path, r"X_i \sim \mathrm{Exp}(\lambda)", ELL, third)[9]
    assert before.verdict == "proved", (before.verdict, before.reason)
    r = _rows(tmp_path, ELL, third, r"X_i \sim \mathrm{Exp}(\lambda)")[7]
    assert r.verdict != "proved", (r.verdict, r.reason)


def test_a_parameter_the_law_leaves_free_is_not_made_positive(tmp_path):
    """N(mu, sigma^2) makes sigma2 positive, not mu: -mu^3 < 0 stays open."""
    r = _rows(tmp_path, r"x_i \sim \mathcal{N}(\mu, \sigma^2)", r"-\mu^3 < 0")[7]
    assert r.verdict != "proved", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "law",
    [
        r"X_1, \ldots, X_n \sim \mathrm{Exp}(\lambda)",
        r"Y_1, Y_2, \dots, Y_n \sim \text{Poisson}(\lambda)",
        r"X \mid \lambda \sim \mathrm{Exp}(\lambda)",
    ],
)
def test_a_law_of_a_list_or_given_another_variable_also_decides_it(tmp_path, law):
    """Laws of a list of variables or given another one are kept as text (._law_subjects);
    their parameter space is read for the sign all the same."""
    r = _rows(tmp_path, law, ELL, SECOND.replace("{rel}", "<"))[9]
    assert r.verdict == "proved", (r.verdict, r.reason)
    wrong = _rows(tmp_path, law, ELL, SECOND.replace("{rel}", ">"))[9]
    assert wrong.verdict != "proved", (wrong.verdict, wrong.reason)
