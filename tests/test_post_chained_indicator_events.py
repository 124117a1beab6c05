r"""An indicator of a chain of order relations: ``I(0 \leq x \leq \theta)``,
``I[\theta < x < \infty]``, ``\mathbb{1}_{-\theta < x < \theta}`` (external46, Jimmy Hickey's
ST702 answers 7.6-7.11, 7.9, 7.10, 7.49; external49, the symmetric uniform's
``\mathbf1_{-\theta<x<\theta}``).

The reader read the indicator of one order relation (``I(x \le \theta)``, PARSE15) and refused a
chain ("relation sign \leq inside an expression"). The indicator of ``a \le x \le b`` is the
indicator of both relations, the product ``1(a \le x) 1(x \le b)``: that is what the chain
means wherever it is written, so the chain is read as that product (in brackets when a power,
a script or a slash binds to it). A probability of a chain (``P(a < X < b)``) is no product
and stays unread, as do a chain with ``=`` or a comma in it and a relation with a side missing.
"""

from __future__ import annotations

import time

import pytest

from derivations.post._parse import parse_expression

_PAIRS = [
    (r"I(0 \leq x \leq \theta)", r"\mathbb{1}(0 \leq x) \mathbb{1}(x \leq \theta)"),
    (r"I[\theta < x < \infty]", r"\mathbb{1}(\theta < x) \mathbb{1}(x < \infty)"),
    (r"\mathbb{1}(a < x_i \le b)", r"\mathbb{1}(a < x_i) \mathbb{1}(x_i \le b)"),
    (r"1_{-\theta<x<\theta}", r"\mathbb{1}(-\theta<x) \mathbb{1}(x<\theta)"),
    (r"\mathbb{1}_{\{0 \le x \le 1\}}", r"\mathbb{1}(0 \le x) \mathbb{1}(x \le 1)"),
    (
        r"I(0 < \theta \leq x < \infty)",
        r"\mathbb{1}(0 < \theta) \mathbb{1}(\theta \leq x) \mathbb{1}(x < \infty)",
    ),
    (
        r"\prod_{i=1}^n \frac{1}{\theta} I(0 \leq x_i \leq \theta)",
        r"\prod_{i=1}^n \frac{1}{\theta} \mathbb{1}(0 \leq x_i) \mathbb{1}(x_i \leq \theta)",
    ),
    (r"e^{-x} I(0 \le x \le 1)^2", r"e^{-x} (\mathbb{1}(0 \le x) \mathbb{1}(x \le 1))^2"),
    (r"\frac{2}{3} / I(0 \le x \le 1)", r"\frac{2}{3} / (\mathbb{1}(0 \le x) \mathbb{1}(x \le 1))"),
]


@pytest.mark.parametrize(("chain", "product"), _PAIRS)
def test_a_chain_in_an_indicator_reads_as_the_product_of_its_relations(chain, product):
    assert parse_expression(chain)[0] == parse_expression(product)[0]


@pytest.mark.parametrize("lo", ["0", "a", r"\theta"])
@pytest.mark.parametrize("sign", [r"\le", "<", r"\leq"])
def test_reversed_and_flipped_chains_read_the_same_relations(lo, sign):
    # a > x > b is the chain b < x < a read from the other end: the same event
    flipped = {r"\le": r"\ge", "<": ">", r"\leq": r"\geq"}[sign]
    forward = parse_expression(rf"I({lo} {sign} x {sign} b)")[0]
    backward = parse_expression(rf"I(b {flipped} x {flipped} {lo})")[0]
    assert _events(forward) == _events(backward)
    assert len(_events(forward)) == 2


def _events(product):
    """The relations (each in sympy's canonical direction) the indicators of a product hold."""
    return {factor.args[0].canonical for factor in product.args}


@pytest.mark.parametrize(
    "unread",
    [
        r"P(a < X < b)",  # a probability of the chain: no product
        r"I(0 \le x = \theta)",  # an equation in the chain
        r"I(0 \le x, y \le 1)",  # two events
        r"I(0 \le \le 1)",  # a side missing
        r"I(\le x \le 1)",
        r"I(0 \le x \le)",
        r"I(0 \le x \le 1",  # never closed
    ],
)
def test_other_chains_stay_unread_with_a_column(unread):
    with pytest.raises(ValueError) as err:
        parse_expression(unread)
    assert isinstance(getattr(err.value, "column", None), int)


def test_a_long_hostile_chain_ends_in_bounded_time():
    chain = "I(" + r" \le ".join(f"x_{{{k}}}" for k in range(300)) + ")"
    start = time.perf_counter()
    try:
        parse_expression(chain)
    except ValueError as exc:
        assert isinstance(getattr(exc, "column", None), int)
    assert time.perf_counter() - start < 30
