"""``\\log a b``: the log of the product, or the log of a times b?

A function takes the one factor after it (``\\log\\theta \\sum x_i`` is log theta times the sum),
so ``\\log a b = \\log a + \\log b`` (held-out batch 28, a Bernoulli answer's rules of logarithms;
``tests/posts/incoming/repro30/``) was read b log a and the product rule was refuted. With a
letter right after the log's letter nothing says which is meant: a row that fails through that
reading is no counterexample (never refuted); a false row is never proved; a row that holds
whichever way is still proved, and the reading of a log before a sum, a bracket or a number
is unchanged. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

# rows true when '\log a b' is the log of the product
_PRODUCT = [
    r"\log a b = \log a + \log b",
    r"\ln x y = \ln x + \ln y",
    r"\log p q - \log q = \log p",
    r"2 \log a b = 2\log a + 2\log b",
]
# rows false whichever way it is read
_FALSE = [
    r"\log a b = \log a - \log b",
    r"\ln x y = \ln x + 2\ln y",
]
# rows whose reading is not in doubt (proved before and after)
_CLEAR = [
    r"\log\theta \sum_{i=1}^n x_i = \sum_{i=1}^n x_i \log\theta",
    r"\log 2 x = \log 2 + \log x",
    r"n \log \theta - \log\theta = (n-1)\log\theta",
]


def _verdicts(tmp_path, row: str) -> set[str]:
    return {r.verdict for r in display_rows(tmp_path, row).values()}


@pytest.mark.parametrize("row", _PRODUCT)
def test_the_log_of_a_product_written_without_brackets_is_never_refuted(tmp_path, row):
    assert "refuted" not in _verdicts(tmp_path, row)


@pytest.mark.parametrize("row", _FALSE)
def test_a_false_row_so_written_is_never_proved(tmp_path, row):
    assert "proved" not in _verdicts(tmp_path, row)


@pytest.mark.parametrize("row", _CLEAR)
def test_a_log_whose_argument_is_clear_is_read_as_before(tmp_path, row):
    assert _verdicts(tmp_path, row) == {"proved"}


def test_the_sentence_of_the_batch_is_not_refuted(tmp_path):
    from _post_rows import verdict_of_row

    body = "\nSince $\\log a^x = x \\log a$ and $\\log a b = \\log a + \\log b$ we have\n"
    assert verdict_of_row(tmp_path, body, "\\log a b") != "refuted"


# '\log{a + b}': read as the log of the sum, but the page shows "log a + b"
_BRACED_TRUE_AS_SHOWN = [
    r"\log{a + \log b} = \log a + \log b",
    r"n\log{\theta+ n\log(1-\theta)} = n\log\theta + n^2\log(1-\theta)",
]


@pytest.mark.parametrize("row", _BRACED_TRUE_AS_SHOWN)
def test_a_log_of_braces_read_as_shown_is_never_refuted(tmp_path, row):
    assert "refuted" not in _verdicts(tmp_path, row)


def test_a_log_of_a_bracket_in_braces_is_read_as_before(tmp_path):
    assert _verdicts(tmp_path, r"\log{(a b)} = \log{(b a)}") == {"proved"}
