"""A name a row the reader could not read defines is no constant of a derivative.

``h = \\| w x + b \\|^2`` (a norm: unread), then ``\\frac{\\partial}{\\partial b}(h + b^2) = 2b``:
read with ``h`` a constant, the derivative drops ``dh/db`` and the false row was proved
(adversarial8 pair 112). The unread row gives ``h`` a value that may hold any variable, so
a derivative of a value holding ``h`` is not known. A data statement is no such value:
``y_i = [y_{i1}, ..., y_{ip}] \\sim N(mu, Sigma)`` (unread: a column vector) says how the
data arise, and the likelihood's derivative by ``mu`` is still read with ``y_i`` the data
(the corpus's mvn-statproofbook-soch proves its rows so).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_DEFINED = r"""The regularised loss uses

$$NAME = \left\| w x + b \right\|^2$$

$$\frac{\partial}{\partial b} (NAME + b^2) = RIGHT$$
"""


@pytest.mark.parametrize("name", ["h", r"\hat{y}", "h_i"])
def test_the_derivative_of_a_name_an_unread_row_defines_is_not_proved(tmp_path, name):
    body = _DEFINED.replace("NAME", name).replace("RIGHT", "2 b")
    assert verdict_of_row(tmp_path, body, "2 b$$") != "proved"


def test_the_derivative_of_a_name_an_unread_row_defines_is_not_refuted_either(tmp_path):
    right = r"\frac{\partial h}{\partial b} + 2 b"
    body = _DEFINED.replace("NAME", "h").replace("RIGHT", right)
    assert verdict_of_row(tmp_path, body, "2 b$$") in ("unchecked", "unrelated", "plausible")


_DATA = r"""Let the data be

$$y_i = \left[ \begin{matrix} y_{i1} \\ \vdots \\ y_{ip} \end{matrix} \right]
\sim \mathcal{N}(\mu, 1), \quad i = 1, \ldots, n$$

The log-likelihood is

$$\ell(\mu) = -\frac{1}{2} \sum_{i=1}^{n} (y_i - \mu)^2$$

$$\frac{\partial \ell(\mu)}{\partial \mu} = RIGHT$$
"""


def test_a_data_statement_the_reader_could_not_read_leaves_the_data_data(tmp_path):
    body = _DATA.replace("RIGHT", r"\sum_{i=1}^{n} (y_i - \mu)")
    assert verdict_of_row(tmp_path, body, "(y_i - \\mu)$$") == "proved"


def test_a_wrong_derivative_after_an_unread_data_statement_is_not_proved(tmp_path):
    body = _DATA.replace("RIGHT", r"\sum_{i=1}^{n} (y_i + \mu)")
    assert verdict_of_row(tmp_path, body, "(y_i + \\mu)$$") != "proved"
