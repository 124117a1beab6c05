"""``\\mu^{(1)}``, ``x^{(2)}``, ``\\theta^{(0)}``: a whole number in brackets above a name labels
it (the first iterate, the second sample), as ``x^{(i)}`` already did with a letter; TeX
sets a power without the brackets. Read as powers, ``\\mu^{(2)} + 1`` and ``\\mu^{(1)}
\\mu^{(1)} + 1`` were one value (the second link of a chain proved), ``\\mu^{(1)} \\mu^{(1)} =
\\mu^2`` was proved, and Newton's step from ``\\theta^{(0)}`` put 1 for the starting value.

The label reads as ``x^{(i)}`` does, the element ``x_1`` (see the notation table): the sum
over the samples written out is then proved. A function's derivative of order k
(``f^{(2)}(x)``, ``M^{(4)}(0)``) is unchanged."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (r"b = \mu^{(2)} + 1", r"b = \mu^{(1)} \mu^{(1)} + 1"),
        (r"c = \mu^{(1)} \mu^{(1)} + 2", r"c = \mu^{2} + 2"),
        (r"d = x^{(1)} + x^{(2)}", r"d = x + x^2"),
        (r"e = \theta^{(0)} + 3", r"e = 4"),
        (r"g = w_j^{(1)} + 1", r"g = w_j + 1"),
    ],
)
def test_a_numbered_label_is_never_a_power(tmp_path, before, after):
    rows = display_rows(tmp_path, before, after)
    assert rows[7].verdict != "proved", rows[7].reason


def test_the_samples_written_out_are_the_sum(tmp_path):
    rows = display_rows(
        tmp_path,
        r"s = \sum_{i=1}^{3} x^{(i)}",
        r"s = x^{(1)} + x^{(2)} + x^{(3)}",
        r"s = x^{(1)} + x^{(2)} + x^{(2)}",
    )
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[9].verdict == "refuted", rows[9].reason


def test_a_functions_derivative_of_order_k_is_unchanged(tmp_path):
    rows = display_rows(tmp_path, r"g(t) = t^3", r"g^{(2)}(t) = 6t", r"g^{(2)}(t) = 3t")
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[9].verdict == "refuted", rows[9].reason


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (r"a = \mu^{(t+1)} + 1", r"a = \mu^{t} \mu + 1"),
        (r"a = \theta^{(k-1)} \theta", r"a = \theta^{k}"),
    ],
)
def test_the_next_iterate_is_never_a_power(tmp_path, before, after):
    rows = display_rows(tmp_path, before, after)
    assert rows[7].verdict != "proved", rows[7].reason


def test_e_with_brackets_above_keeps_its_power(tmp_path):
    rows = display_rows(tmp_path, r"a = e^{(t+1)}", r"a = e^{t} e", r"a = e^{(2)}", r"a = e^2")
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[11].verdict == "proved", rows[11].reason


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (r"b = a^{[2]} + 1", r"b = a^{[1]} a^{[1]} + 1"),  # a layer's activations
        (r"c = W^{[0]} + 3", r"c = 4"),
        (r"d = x^{\{1\}} + 2", r"d = x + 2"),
        (r"f = z^{[l+1]} + 2", r"f = z^{l} z + 2"),
        (r"g = x^{\langle 2 \rangle} + 2", r"g = x^2 + 2"),
    ],
)
def test_a_label_in_square_brackets_or_braces_is_never_a_power(tmp_path, before, after):
    rows = display_rows(tmp_path, before, after)
    assert rows[7].verdict != "proved", rows[7].reason


LINKS = r"\begin{aligned} g &= (X y + 1)^2 \\ &= (Y y)^2 + 2 Y y SIGN 1 \end{aligned}"


@pytest.mark.parametrize(
    ("labelled", "plain"),
    [
        (r"x^{(1)T}", r"x_1^T"),
        (r"x^{(2)\top}", r"x_2^T"),
        (r"w^{[1]T}", r"w_1^T"),
        (r"x^{(1)^T}", r"x_1^T"),
    ],
)
def test_a_label_then_a_transpose_is_the_labelled_names_transpose(tmp_path, labelled, plain):
    def verdicts(first):
        post = [LINKS.replace("X", first).replace("Y", plain).replace("SIGN", s) for s in "+-"]
        return [(r.verdict, r.reason) for _, r in sorted(display_rows(tmp_path, *post).items())]

    assert verdicts(labelled) == verdicts(plain)


@pytest.mark.parametrize("label", [r"x^{(i)2}", r"x^{(1)2}", r"\theta^{(t)-1}"])
def test_a_label_with_more_after_it_is_not_read(tmp_path, label):
    row = display_rows(tmp_path, f"a = {label} + 1")[5]
    assert row.verdict == "unparsed", (row.verdict, row.reason)
