r"""A function of named arguments differentiated by another variable: the chain rule (PARSE63).

Petersen's softmax post (held-out external51, read since its MathJax script blocks are) defines
``H(\mathbf y, \mathbf s) = -\sum_i y_i \log s_i`` and then writes the chain rule
``\nabla_{\mathbf x} H = \nabla_{\mathbf s} H \ \mathbf J_{\mathbf x}(\mathbf s)``: H depends on
x through s, the softmax of x, which the post defines in rows the reader does not read. Read
with s a constant of x, the left side was 0 and the correct row was refuted. A quantity the
post writes as a function of its arguments, differentiated by a variable that is none of them
and that its value does not hold, depends on it through them: its derivative is a value the
reader does not know, never 0. A derivative by one of the arguments is checked as before.
"""

from __future__ import annotations

from _post_rows import display_rows as _rows


def _verdicts(tmp_path, *displays):
    return [r.verdict for r in _rows(tmp_path, *displays).values()]


def test_the_chain_rule_through_an_argument_is_not_refuted(tmp_path):
    v = _verdicts(
        tmp_path,
        r"J_{x}(s) = \text{diag}(s) - s^2",
        r"H(y, s) = -y \log s",
        r"\nabla_{x} H = \nabla_{s} H \ J_{x}(s)",
    )
    assert v[1] == "given" and v[2] not in ("refuted", "proved"), v


def test_the_author_rows_are_not_refuted(tmp_path):
    v = _verdicts(
        tmp_path,
        r"\mathbf J_{\mathbf x}(\mathbf s) = \text{diag}(\mathbf s) - \mathbf s^\top \mathbf s",
        r"H(\mathbf y, \mathbf s) = -\sum_{i=1}^n y_i \log s_i",
        r"\nabla_{\mathbf s} H = -\frac{\mathbf y}{\mathbf s}",
        r"\nabla_{\mathbf x} H = \nabla_{\mathbf s} H \ \mathbf J_{\mathbf x}(\mathbf s)",
    )
    assert "refuted" not in v, v


def test_a_derivative_by_an_argument_is_still_checked(tmp_path):
    h = r"H(y, s) = -y \log s"
    assert _verdicts(tmp_path, h, r"\frac{\partial H}{\partial s} = -\frac{y}{s}")[1] == "proved"
    assert _verdicts(tmp_path, h, r"\frac{\partial H}{\partial s} = \frac{y}{s}")[1] == "refuted"


def test_a_function_of_the_variable_itself_is_still_checked(tmp_path):
    # f(x) = x^2 holds x: no chain through other arguments, d/dx is 2x
    assert _verdicts(tmp_path, r"f(x) = x^2", r"\frac{d f}{d x} = 3x")[1] == "refuted"
