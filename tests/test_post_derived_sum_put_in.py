"""A sum a row drops, put in at the value the post derived for it (held-out batch 35).

A quiz page derives ``sum x_i = 2n theta`` from the score, writes the second derivative
``2n/theta^2 - (2/theta^3) sum x_i`` and then, "At the critical point: ... substituting",
the same derivative with ``2n theta`` for the sum. Compared with the row above at a sum
drawn freely it fails; with the derived value put in it holds. As for a letter the post
solved for (``._solved_letters``), the link is proved when it follows with the value put
in and refuted only when it fails both ways; only a value a checked step derived, under
the same heading, is put in.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POISSON = r"""
$$\ell(\lambda) = \sum_{i=1}^n x_i \ln \lambda - n\lambda$$

$$\frac{d\ell(\lambda)}{d\lambda} = \frac{1}{\lambda}\sum_{i=1}^n x_i - n = 0$$

DERIVED

$$\frac{d^2\ell(\lambda)}{d\lambda^2} = -\frac{1}{\lambda^2}\sum_{i=1}^n x_i$$

At the critical point, substituting:

$$\frac{d^2\ell(\lambda)}{d\lambda^2} = AT_THE_POINT$$
"""

_GAMMA = r"""
$$\ell(\theta) = -2n\ln(\theta) + \sum_{i=1}^n \ln(x_i) - \frac{1}{\theta}\sum_{i=1}^n x_i$$

$$\frac{d\ell(\theta)}{d\theta} = -\frac{2n}{\theta} + \frac{1}{\theta^2}\sum_{i=1}^n x_i = 0$$

DERIVED

$$\frac{d^2\ell(\theta)}{d\theta^2} = \frac{2n}{\theta^2} - \frac{2}{\theta^3}\sum_{i=1}^n x_i$$

At the critical point: $\sum_{i=1}^n x_i = 2n\theta$, substituting:

$$\frac{d^2\ell(\theta)}{d\theta^2} = AT_THE_POINT$$
"""

_POISSON_SUM = r"$$\sum_{i=1}^n x_i = n\lambda$$"
_GAMMA_SUM = r"$$\sum_{i=1}^n x_i = 2n\theta$$"


@pytest.mark.parametrize(
    ("post", "derived", "value"),
    [
        (_POISSON, _POISSON_SUM, r"-\frac{n\lambda}{\lambda^2} = -\frac{n}{\lambda}"),
        (_POISSON, _POISSON_SUM, r"-\frac{n}{\lambda}"),
        (
            _GAMMA,
            _GAMMA_SUM,
            r"\frac{2n}{\theta^2} - \frac{2}{\theta^3}(2n\theta) = -\frac{2n}{\theta^2}",
        ),
        (_GAMMA, _GAMMA_SUM, r"\frac{2n}{\theta^2} - \frac{4n}{\theta^2}"),
    ],
)
def test_the_derivative_at_the_derived_sum_is_proved(tmp_path, post, derived, value):
    body = post.replace("DERIVED", derived).replace("AT_THE_POINT", value)
    assert verdict_of_row(tmp_path, body, value) == "proved"


@pytest.mark.parametrize("value", [r"-\frac{2n}{\lambda}", r"\frac{n}{\lambda}"])
def test_a_wrong_value_at_the_point_is_still_refuted(tmp_path, value):
    body = _POISSON.replace("DERIVED", _POISSON_SUM).replace("AT_THE_POINT", value)
    assert verdict_of_row(tmp_path, body, value) == "refuted"


def test_a_wrong_value_after_the_points_sentence_is_not_proved(tmp_path):
    # the sentence stating the point makes the row a value at it, left open before as now
    value = r"-\frac{4n}{\theta^2}"
    body = _GAMMA.replace("DERIVED", _GAMMA_SUM).replace("AT_THE_POINT", value)
    assert verdict_of_row(tmp_path, body, value) != "proved"


@pytest.mark.parametrize(
    ("post", "said", "value"),
    [
        (_POISSON, r"Suppose $\sum_{i=1}^n x_i = n\lambda$.", r"-\frac{n}{\lambda}"),
        (_GAMMA, r"Suppose $\sum_{i=1}^n x_i = 2n\theta$.", r"-\frac{2n}{\theta^2}"),
    ],
)
def test_a_value_only_said_is_not_put_in(tmp_path, post, said, value):
    # the sum's value said in a sentence is a hypothesis, not a derived value: never proved
    body = post.replace("DERIVED", said).replace("AT_THE_POINT", value)
    assert verdict_of_row(tmp_path, body, value) != "proved"


def test_a_value_derived_under_another_heading_is_not_put_in(tmp_path):
    body = _POISSON.replace("DERIVED", _POISSON_SUM).replace("AT_THE_POINT", r"-\frac{n}{\lambda}")
    body = body.replace("At the critical point, substituting:", "## Another part\n\nThen")
    assert verdict_of_row(tmp_path, body, r"-\frac{n}{\lambda}") != "proved"
