"""A second derivative whose first derivative the post wrote wrongly.

The reader takes ``d^2\\ell/d\\theta^2`` from the latest value the post wrote for
``d\\ell/d\\theta`` (``_resolve._derivative_held``: the longest derivative with a value). When
that row is refuted, the correct second derivative was compared with the derivative of the
wrong line and refuted, and the row named line 5 (``\\ell``'s) as its source, so nothing
could see the refuted row under it (logistic regression probe, ``d^2\\ell/dw^2 =
-\\sigma(1-\\sigma)x^2`` after ``d\\ell/dw = (\\sigma - y)x``). The row's value comes from the
first derivative's row: a correct second derivative is compared with the value that row was
compared with, and is not refuted; a row that follows the wrong line is proved, with the note
that its result rests on the refuted line; a wrong second derivative after a correct first
one is refuted as before.
"""

from __future__ import annotations

from derivations.post import check_post

POST = r"""# Second derivative

Let $\theta > 0$.

$$\ell(\theta) = x\log\theta - \theta^2$$

$$\frac{d\ell}{d\theta} = FIRST$$

$$\frac{d^2\ell}{d\theta^2} = SECOND$$
"""
RIGHT1, WRONG1 = r"\frac{x}{\theta} - 2\theta", r"\frac{x}{\theta^2} - 2\theta"
RIGHT2 = r"-\frac{x}{\theta^2} - 2"
FROM_WRONG1 = r"-\frac{2x}{\theta^3} - 2"


def _rows(tmp_path, first, second):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("FIRST", first).replace("SECOND", second), encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


def test_the_correct_second_derivative_after_a_wrong_first_is_not_refuted(tmp_path):
    first, second = _rows(tmp_path, WRONG1, RIGHT2)[1:]
    assert first.verdict == "refuted", first.reason
    assert second.verdict == "proved", (second.verdict, second.reason, second.how)
    # proved against what the refuted row was compared with, not "a correct step from" it
    assert not any("correct step from" in n for n in second.notes), second.notes


def test_a_second_derivative_of_the_wrong_first_names_the_refuted_row(tmp_path):
    first, second = _rows(tmp_path, WRONG1, FROM_WRONG1)[1:]
    assert first.verdict == "refuted", first.reason
    assert second.verdict != "refuted", second.reason
    said = " ".join((second.how or "", second.reason or "", *second.notes))
    assert "line 7" in said, said


def test_a_wrong_second_derivative_after_a_right_first_is_refuted(tmp_path):
    first, second = _rows(tmp_path, RIGHT1, FROM_WRONG1)[1:]
    assert first.verdict == "proved", first.reason
    assert second.verdict == "refuted", second.reason


def test_both_right_are_proved(tmp_path):
    first, second = _rows(tmp_path, RIGHT1, RIGHT2)[1:]
    assert (first.verdict, second.verdict) == ("proved", "proved"), (first.reason, second.reason)


GRADIENT = r"""# Logistic regression

$$\ell(\beta) = \sum_{i=1}^n \left[y_i x_i^T\beta - \log\left(1 + e^{x_i^T\beta}\right)\right]$$

$$\nabla_\beta \ell = \sum_{i=1}^n \left(y_i - e^{x_i^T\beta}\right)x_i$$

$$\nabla^2_\beta \ell
= \sum_{i=1}^n \frac{e^{x_i^T\beta}}{\left(1 + e^{x_i^T\beta}\right)^2} x_i x_i^T$$
"""


def test_a_hessian_after_a_refuted_gradient_gets_a_verdict(tmp_path):
    # the Hessian's value comes from the refuted gradient's row; comparing the two as
    # vectors and matrices raised TypeError and failed the whole post
    path = tmp_path / "post.md"
    path.write_text(GRADIENT, encoding="utf-8")
    rows = list(check_post(path, jobs=1).rows)
    assert [r.line for r in rows] == [3, 5, 7]
    assert rows[1].verdict == "refuted", rows[1].reason
    assert rows[2].verdict != "proved", rows[2].reason
