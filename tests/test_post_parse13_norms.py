r"""A norm, ``\|X\beta - y\|_2^2``, ``\Vert \theta \Vert_1``, ``\lVert A \rVert_F``.

Ridge, lasso and Bregman posts write norms (held-out: 6 rows "a norm ||x|| is not read").
A norm is read as a whole: ``norm(x)`` (``norm_2``, ``norm_F`` with the subscript), a
function with no value the engine compares - so a row defining a name by one is taken as
given and a step through one is unchecked, never proved, never refuted (which norm and of
what shape of object is not read). The double bar of a divergence, ``KL(q \| p)``, stays
the separator of its two arguments. A double bar without its partner stays unparsed.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression

SPELLINGS = [
    r"\|x\|",
    r"\Vert x \Vert",
    r"\lVert x \rVert",
    r"\left\| x \right\|",
    r"\|X\beta - y\|_2^2",
    r"\|A\|_F^2",
    r"\Vert \theta \Vert_1",
    r"\frac{1}{2} \| X \beta - Y \|^2 + \frac{\lambda}{2} \| \beta \|^2",
]


@pytest.mark.parametrize("text", SPELLINGS)
def test_a_norm_is_read_as_a_function_with_no_value(text):
    e, _ = parse_expression(text)
    names = {str(f.func) for f in e.atoms() | set(e.atoms(object)) if hasattr(f, "func")}
    assert any(n.startswith("norm") for n in names), (text, e)


def test_the_subscript_names_the_norm():
    a, _ = parse_expression(r"\|x\|_1")
    b, _ = parse_expression(r"\|x\|_2")
    c, _ = parse_expression(r"\|x\|")
    assert len({a, b, c}) == 3


@pytest.mark.parametrize(
    "row",
    [
        r"f(\beta) = \frac12 \| X \beta - Y \|^2 + \frac{\lambda}{2} \| \beta \|^2",
        r"\psi(A) = \frac{1}{2}\|A\|_F^2",
        r"R(\theta) = S(\theta) + \lambda \Vert \theta \Vert_1",
    ],
)
def test_a_name_defined_by_a_norm_is_read(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "given", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"\|x\|^2 = x^T x",
        r"\|x\|^2 = x^T x + 1",
        r"\|2x\| = 2\|x\|",
        r"\|2x\| = 3\|x\|",
        r"\|x\| = -1",
        r"\|x\|_1 = \|x\|_2",
    ],
)
def test_a_step_through_a_norm_is_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("proved", "refuted", "unparsed"), (r.verdict, r.reason)


def test_a_divergence_keeps_its_separator():
    e, _ = parse_expression(r"KL(q \| p)")
    assert not any(str(getattr(f, "func", "")).startswith("norm") for f in e.atoms(object)), e


@pytest.mark.parametrize("row", [r"y = \|x", r"y = \|x\| \|", r"y = \| \|"])
def test_a_lone_double_bar_stays_unparsed(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", (r.verdict, r.reason)
    assert r.reason and "\n" not in r.reason
