"""A function or letter given a value of another shape: a vector after a number, or a
number after a vector.

Held-out batch 30 (``tests/posts/incoming/repro32/``, arqamrp's exponential-family notes):
the sentence ``h(x) = 1, t(x) = x, ...`` of the Bernoulli example, then the sentence
``t(x) = \\begin{bmatrix} x^2 \\\\ x \\end{bmatrix}, ...`` of the Gaussian one. The builder
asked whether the second sentence gives t another value by subtracting the two values, and
sympy raised a TypeError (a matrix minus a symbol): check-post crashed, the user got a
traceback instead of a report. The same question for display rows ("In the second model")
was answered by the error being caught as 'the reader could not relate this row', and the
function kept its old value: a later ``t(2) = 2`` was proved from ``t(x) = x``, though the
post's last word on t is the vector.

Properties: a value of another shape is another value (never an exception, and never taken
for a restatement), in either order and for either path (sentence or display); a row that
holds only for the old value is not proved after it; a vector restated as the same vector is
still a restatement; scalar redefinitions behave as before."""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import verdict_of_row

from derivations.post._redefined import gives_another_value

x, y = sp.symbols("x y")
t = sp.Function("t")

_SCALARS = [x, x**2 + 1, sp.exp(-x), sp.Integer(3) * x]
_VECTORS = [
    sp.ImmutableMatrix([x**2, x]),
    sp.ImmutableMatrix([[x, 1]]),
    sp.ImmutableMatrix([[x, 0], [0, x]]),
]


@pytest.mark.parametrize("scalar", _SCALARS)
@pytest.mark.parametrize("vector", _VECTORS)
def test_a_value_of_another_shape_is_another_value(scalar, vector):
    assert gives_another_value(t(x), scalar, vector) is True
    assert gives_another_value(t(x), vector, scalar) is True


@pytest.mark.parametrize("vector", _VECTORS)
def test_the_same_vector_is_a_restatement(vector):
    assert gives_another_value(t(x), vector, vector) is False
    assert gives_another_value(t(x), vector, sp.ImmutableMatrix(vector.tolist())) is False


def test_vectors_of_other_shapes_or_entries_are_other_values():
    a = sp.ImmutableMatrix([x**2, x])
    assert gives_another_value(t(x), a, sp.ImmutableMatrix([[x**2, x]])) is True
    assert gives_another_value(t(x), a, sp.ImmutableMatrix([x**2, 2 * x])) is True
    assert gives_another_value(t(x), a, sp.ImmutableMatrix([x**2, x, 1])) is True
    # the same entries written otherwise: a restatement
    assert gives_another_value(t(x), a, sp.ImmutableMatrix([x * x, x])) is False


_SENTENCE_POST = (
    "\nFor the Bernoulli, \\(t(x) = x\\).\n\n"
    "For the Gaussian, \\(t(x) = VALUE\\), and \\(a(\\eta) = \\eta^2\\).\n\n"
    "$$ROW$$\n"
)
_DISPLAY_POST = (
    "\nFor the Bernoulli,\n\n$$t(x) = x$$\n\nIn the second model, the Gaussian,\n\n"
    "$$t(x) = VALUE$$\n\nAt two,\n\n$$ROW$$\n"
)
_VECTOR = r"\begin{bmatrix} x^2 \\ x \end{bmatrix}"


@pytest.mark.parametrize("post", [_SENTENCE_POST, _DISPLAY_POST], ids=["sentence", "display"])
@pytest.mark.parametrize("row", ["t(2) = 2", "t(3) = 3", "t(x) + 1 = x + 1"])
def test_the_old_value_proves_nothing_after_a_vector(tmp_path, post, row):
    body = post.replace("VALUE", _VECTOR).replace("ROW", row)
    assert verdict_of_row(tmp_path, body, row) != "proved"


@pytest.mark.parametrize("post", [_SENTENCE_POST, _DISPLAY_POST], ids=["sentence", "display"])
def test_a_number_after_a_vector_does_not_crash(tmp_path, post):
    # (t(2) = 5 holds for neither value: never proved; the check runs to a verdict)
    body = (
        post.replace("t(x) = x", "t(x) = " + _VECTOR, 1)
        .replace("VALUE", "x")
        .replace("ROW", "t(2) = 5")
    )
    assert verdict_of_row(tmp_path, body, "t(2) = 5") != "proved"


def test_a_scalar_second_value_behaves_as_before(tmp_path):
    # (test_post_soundb_redefinitions: after a second scalar value no row is proved from the
    # first, and a row that holds for the second is not refuted)
    body = _DISPLAY_POST.replace("VALUE", "x^2").replace("ROW", "t(2) = 2")
    assert verdict_of_row(tmp_path, body, "t(2) = 2") != "proved"
    body = _DISPLAY_POST.replace("VALUE", "x^2").replace("ROW", "t(2) = 4")
    assert verdict_of_row(tmp_path, body, "t(2) = 4") != "refuted"
    body = _DISPLAY_POST.replace("VALUE", "x").replace("ROW", "t(2) = 2")
    assert verdict_of_row(tmp_path, body, "t(2) = 2") == "proved"
    body = _DISPLAY_POST.replace("VALUE", "x").replace("ROW", "t(2) = 3")
    assert verdict_of_row(tmp_path, body, "t(2) = 3") == "refuted"
