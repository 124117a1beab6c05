r"""An inner product, ``\langle A, B \rangle``, ``\Big\langle \frac{1}{q}, p - q \Big\rangle``.

Bregman-divergence and least-squares posts write inner products (held-out: 7 rows "angle
brackets around a pair or a bra-ket (an inner product) are not read"). A pair in angle
brackets is read as a whole: ``inner(a, b)``, a function with no value the engine compares
(which space, which product is not read), its two arguments in the order written. A row
defining a name by one is taken as given, a step through one is unchecked - never proved,
never refuted. One expression in angle brackets stays the physicists' mean (``E``); a
bra-ket (``\langle a | b \rangle``) or more than two arguments stay unparsed.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def _inner_calls(e):
    return [f for f in e.atoms(object) if str(getattr(f, "func", "")) == "inner"]


@pytest.mark.parametrize(
    "text",
    [
        r"\langle a, b \rangle",
        r"\langle B, A \rangle + 1",
        r"\Big\langle \frac{1}{q}, p - q \Big\rangle",
        r"\left\langle x, y \right\rangle",
        r"\frac{1}{2} \langle A - B, A - B \rangle",
    ],
)
def test_a_pair_in_angle_brackets_is_an_inner_product(text):
    e, _ = parse_expression(text)
    assert len(_inner_calls(e)) == 1, e


def test_the_order_of_the_arguments_is_kept():
    a, _ = parse_expression(r"\langle a, b \rangle")
    b, _ = parse_expression(r"\langle b, a \rangle")
    assert a != b


def test_one_expression_stays_a_mean():
    e, _ = parse_expression(r"\langle x^2 \rangle")
    assert not _inner_calls(e)
    assert any(str(getattr(f, "func", "")) == "E" for f in e.atoms(object)), e


@pytest.mark.parametrize(
    "row",
    [
        r"\langle A - B, A - B \rangle = \langle A, A \rangle - 2\langle B, A \rangle"
        r" + \langle B, B \rangle",
        r"\langle A - B, A - B \rangle = \langle A, A \rangle - \langle B, A \rangle"
        r" + \langle B, B \rangle",
        r"\langle a, b \rangle = \langle b, a \rangle",
        r"\langle a, b \rangle = -1",
    ],
)
def test_a_step_through_an_inner_product_is_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("proved", "refuted", "unparsed"), (r.verdict, r.reason)


def test_a_name_defined_by_an_inner_product_is_read(tmp_path):
    r = _rows(
        tmp_path, r"d(p, q) = -1 - \log p + \log q + \Big\langle \frac{1}{q}, p - q \Big\rangle"
    )[5]
    assert r.verdict == "given", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"y = \langle a | b \rangle",
        r"y = \langle a, b, c \rangle",
        r"y = \langle a, \rangle",
        r"y = \langle , b \rangle",
        r"y = \langle a, b",
    ],
)
def test_bra_kets_and_other_lists_stay_unparsed(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", (r.verdict, r.reason)
    assert r.reason and "\n" not in r.reason
