"""A derivative the row writes of a name (``\\partial h_t / \\partial \\alpha``) says the name
depends on the variable: it is never read as 0.

Found by planting slips in held-out external38 (Engle's ARCH(1) question): the score
``\\partial l_t/\\partial\\alpha = \\frac{1}{2h_t}\\frac{\\partial h_t}{\\partial\\alpha}
(y_t^2/h_t - 1)`` was proved with its ``- 1`` turned into ``+ 1``. ``h_t`` (an element,
written with an index) had no value, and its derivative by alpha was read as 0, as was the
left side's, so the row read 0 = 0 whatever its bracket held. A plain name without a value
(``h``) was already kept unevaluated ("h has no value in the post"); an element was not.

The same row after ``h_t = \\alpha_0 + \\alpha_1 y_{t-1}^2``: alpha is then the vector of
alpha_0 and alpha_1 (or a name of its own), and read as a name of its own every derivative by it
is 0 again.

Properties: the row with the slip is never proved, the row as written is never refuted; a
derivative by mu of an expression in mu and mu_0 (a name beside a prior's constant) is read.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

LOGLIK = r"$$ l_t = -\frac{1}{2}\log h_t - \frac{y_t^2}{2h_t} $$"


def _score(sign: str) -> str:
    return (
        r"\frac{\partial l_t}{\partial \alpha} = \frac{1}{2h_t}"
        rf"\frac{{\partial h_t}}{{\partial \alpha}}\left(\frac{{y_t^2}}{{h_t}} {sign} 1\right)"
    )


def _post(prose: str, row: str) -> str:
    return f"{prose}\n\nThe log-likelihood of one observation is\n\n{LOGLIK}\n\nso\n\n$${row}$$\n"


@pytest.mark.parametrize(
    "prose",
    [
        "Let the variance be $h_t > 0$.",
        "Then",
        r"Let $h_t = \alpha_0 + \alpha_1 y_{t-1}^2 > 0$.",
        r"The variance is $h_t = \alpha_0 + \alpha_1 y_{t-1}^2$ with "
        r"$\alpha = (\alpha_0, \alpha_1)$.",
    ],
)
def test_the_slipped_score_is_not_proved(tmp_path, prose):
    # nor plausible: no condition on h_t makes it hold
    verdict = verdict_of_row(tmp_path, _post(prose, _score("+")), _score("+"))
    assert verdict not in ("proved", "plausible")


@pytest.mark.parametrize(
    "prose",
    ["Let the variance be $h_t > 0$.", r"Let $h_t = \alpha_0 + \alpha_1 y_{t-1}^2$."],
)
def test_the_score_as_written_is_not_refuted(tmp_path, prose):
    assert verdict_of_row(tmp_path, _post(prose, _score("-")), _score("-")) != "refuted"


def test_a_derivative_by_a_vector_of_numbered_names_is_not_zero(tmp_path):
    row = r"\frac{\partial}{\partial \alpha} \left(\alpha_0 + \alpha_1 x\right)^2 = 0"
    assert verdict_of_row(tmp_path, f"Then\n\n$${row}$$\n", row) != "proved"


def test_a_name_beside_a_prior_constant_is_read(tmp_path):
    row = r"\frac{\partial}{\partial \mu} \left(\mu - \mu_0\right)^2 = 2(\mu - \mu_0)"
    assert verdict_of_row(tmp_path, f"Then\n\n$${row}$$\n", row) == "proved"
    wrong = r"\frac{\partial}{\partial \mu} \left(\mu - \mu_0\right)^2 = 2(\mu + \mu_0)"
    assert verdict_of_row(tmp_path, f"Then\n\n$${wrong}$$\n", wrong) == "refuted"
