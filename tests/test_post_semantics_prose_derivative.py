"""A condition the prose says is the derivative of the line above, by a variable it
names, set to zero.

"Our MLE will then satisfy the following equation (derivative of the above wrt
$\\lambda$): 0 = R" and "Taking the derivative w.r.t $\\theta$ and setting it to $0$:
0 = R" name the function (the line above) and the variable; the post writes no
derivative row of its own, so the row was "an equation that no row above leads to"
(held-out external6 techqa-weibull-one-parameter-score 25, techqa-geometric 23).
The row is an equation step from d(above)/dv = 0: proved when equivalent. When it is
not, it is refuted only if the prose says the derivative is of the line above ("of
the above"); "the derivative w.r.t. v" alone may be of another function the author
has in mind (a log taken in the same breath), so then the row is left unchecked.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

WEIBULL = (
    "which would make the log-likelihood function:\n"
    "\n"
    "$$\\ell(\\lambda\\mid x_i) = n\\log(\\lambda) + (\\lambda-1)\\sum_{i=1}^{n}\\log(x_{i})"
    " - \\sum_{i=1}^n x_i^{\\lambda} $$\n"  # 3
    "\n"
    "Our MLE will then satisfy the following equation (derivative of the above wrt "
    "$\\lambda$):\n"
    "\n"
    "$$ 0 = ROW$$\n"  # 7
)
WEIBULL_RIGHT = r"\frac{n}{\lambda} + \sum_{i=1}^n \log(x_i) - \sum_{i=1}^n \log(x_i)x_i^{\lambda}"
WEIBULL_WRONG = (
    r"\frac{n}{\lambda^2} + \sum_{i=1}^n \log(x_i) - \sum_{i=1}^n \log(x_i)x_i^{\lambda}"
)

GEOMETRIC = (
    "Taking the natural log of both sides:\n"
    "\n"
    "$n\\ln(\\theta)+(n-\\sum_{i=1}^n k_i)\\ln(1-\\theta)$\n"  # 3
    "\n"
    "Taking the derivative w.r.t $\\theta$ and setting it to $0$:\n"
    "\n"
    "$0=ROW$\n"  # 7
)
GEOMETRIC_RIGHT = r"\frac{n}{\theta}-\left(\frac{n-\sum_{i=1}^n k_i}{1-\theta}\right)"
GEOMETRIC_WRONG = r"\frac{n}{\theta}+\left(\frac{n-\sum_{i=1}^n k_i}{1-\theta}\right)"


def _post(tmp_path: Path, body: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return rows_of(p)


def test_the_derivative_of_the_above_set_to_zero_is_proved(tmp_path):
    rows = _post(tmp_path, WEIBULL.replace("ROW", WEIBULL_RIGHT))
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)
    assert "line 3" in rows[7].how


def test_a_slip_in_the_derivative_of_the_above_is_refuted(tmp_path):
    rows = _post(tmp_path, WEIBULL.replace("ROW", WEIBULL_WRONG))
    assert rows[7].verdict == "refuted", (rows[7].verdict, rows[7].reason)


def test_the_derivative_by_a_named_variable_of_the_line_above_is_proved(tmp_path):
    rows = _post(tmp_path, GEOMETRIC.replace("ROW", GEOMETRIC_RIGHT))
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)


def test_a_disagreement_when_the_prose_does_not_name_the_function_is_not_refuted(tmp_path):
    rows = _post(tmp_path, GEOMETRIC.replace("ROW", GEOMETRIC_WRONG))
    assert rows[7].verdict == "unchecked", (rows[7].verdict, rows[7].reason)
    assert "line 3" in rows[7].reason


def test_without_a_named_variable_nothing_changes(tmp_path):
    body = GEOMETRIC.replace("ROW", GEOMETRIC_RIGHT).replace(" w.r.t $\\theta$", "")
    rows = _post(tmp_path, body)
    assert rows[7].verdict not in ("proved", "refuted"), rows[7].verdict
