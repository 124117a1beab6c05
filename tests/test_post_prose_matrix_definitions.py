"""A matrix a sentence defines is that matrix for the rows after it.

"Let $S = \\sum_{i=1}^N (x_i - \\mu)(x_i - \\mu)^T$ be the scatter matrix" gave S no value (a
sentence's definition was read only for a commutative name), so S was a general matrix, and
the derivative of ``-\\frac{1}{2}\\operatorname{tr}(\\Sigma^{-1} S)`` by the symmetric Sigma was
unchecked (its antisymmetric part undetermined). Written as a display row, the same
definition proves it. A wrong derivative stays refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# MVN covariance

Let $x_1, \ldots, x_N \sim \mathcal{N}(\mu, \Sigma)$ be independent. DEFINITION

$$\ell(\Sigma) = -\frac{N}{2}\log|\Sigma|
- \frac{1}{2}\operatorname{tr}(\Sigma^{-1} S)$$

$$\frac{\partial \ell}{\partial \Sigma} = DERIVATIVE$$
"""

SENTENCES = [
    r"Let $S = \sum_{i=1}^N (x_i-\mu)(x_i-\mu)^T$ be the scatter matrix.",
    r"Here $S = \sum_{i=1}^N (x_i-\mu)(x_i-\mu)^T$.",
]
RIGHT = r"-\frac{N}{2}\Sigma^{-1} + \frac{1}{2}\Sigma^{-1} S \Sigma^{-1}"
WRONG = r"-\frac{N}{2}\Sigma^{-1} - \frac{1}{2}\Sigma^{-1} S \Sigma^{-1}"


def _derivative_row(tmp_path, sentence, derivative):
    text = POST.replace("DEFINITION", sentence).replace("DERIVATIVE", derivative)
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_derivative_through_a_sentence_defined_matrix_is_proved(tmp_path, sentence):
    row = _derivative_row(tmp_path, sentence, RIGHT)
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_wrong_derivative_stays_refuted(tmp_path, sentence):
    row = _derivative_row(tmp_path, sentence, WRONG)
    assert row.verdict == "refuted", row.reason


OLS = r"""# OLS

Let $y = X\beta + \varepsilon$ with $\varepsilon \sim \mathcal{N}(0, \sigma^2 I)$.

$$\mathrm{RSS}(\beta) = (y - X\beta)^T(y - X\beta)$$

$$\frac{\partial \mathrm{RSS}}{\partial \beta} = GRADIENT$$
"""


@pytest.mark.parametrize(
    "gradient, verdict",
    [(r"-2X^T(y - X\beta)", "proved"), (r"-X^T(y - X\beta)", "refuted")],
)
def test_a_model_equation_is_no_value_of_the_data(tmp_path, gradient, verdict):
    """ "Let $y = X\\beta + \\varepsilon$" says how the data arise: read as y's value (the
    first version of the change above did), RSS was e^T e and the right gradient refuted."""
    path = tmp_path / "post.md"
    path.write_text(OLS.replace("GRADIENT", gradient), encoding="utf-8")
    row = list(check_post(path, jobs=1).rows)[-1]
    assert row.verdict == verdict, row.reason


@pytest.mark.parametrize(
    "derivative, verdict",
    [(r"-2(y - a - bx)", "proved"), (r"-(y - a - bx)", "refuted")],
)
def test_a_scalar_model_equation_is_no_value_of_the_data(tmp_path, derivative, verdict):
    """The same for a scalar: "Let $y = a + bx + \\varepsilon$" gave y that value, and the
    right derivative of (y - a - bx)^2 was refuted (at 99179ea too)."""
    text = (
        "# LS\n\nLet $y = a + bx + \\varepsilon$.\n\n$$S(a) = (y - a - bx)^2$$\n\n"
        f"$$\\frac{{dS}}{{da}} = {derivative}$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    row = list(check_post(path, jobs=1).rows)[-1]
    assert row.verdict == verdict, row.reason
