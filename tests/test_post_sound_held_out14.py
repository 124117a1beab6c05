"""Held-out batch 14's refuted correct rows, reduced in repro13 (tests/posts/incoming/repro13/
README.md): each cause again on variants of our own (other letters, other functions),
each with a false twin that must not be proved.

That no correct row of a reproducer is refuted is checked with every held-out post in
tests/test_corpus.py (check_held_out_shard)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# -- a call of a letter the post gives no value, as the middle side of a chain: the post
# names its function there (psi(Y) = e^Y), whatever the table of special functions says

_INVERSE = "$$Y = \\ln Z$$\n\n$$Z = \\psi(Y) = RHS$$\n"


@pytest.mark.parametrize(
    ("body", "right", "wrong"),
    [
        (_INVERSE, "e^Y", "e^{2Y}"),
        (_INVERSE.replace("Z", "T"), "\\exp(Y)", "\\exp(Y) + 1"),
    ],
)
def test_a_call_named_in_a_chain_is_the_posts_own_function(tmp_path, body, right, wrong):
    row = "= " + right
    assert verdict_of_row(tmp_path, body.replace("RHS", right), row) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("RHS", wrong), "= " + wrong) != "proved"


def test_a_value_named_through_such_a_call_is_checked_later(tmp_path):
    """W = B(a, b) = a + b defines W through B, the post's own B: W = c after c = a + b
    holds, W = c after c = a + 2b does not (the beta function would refute the first)."""
    body = "$$W = B(a, b) = a + b$$\n\n$$c = RHS$$\n\n$$W = c$$\n"
    assert verdict_of_row(tmp_path, body.replace("RHS", "a + b"), "W = c") == "proved"
    assert verdict_of_row(tmp_path, body.replace("RHS", "a + 2 b"), "W = c") == "refuted"


def test_a_side_read_through_the_table_alone_is_never_refuted(tmp_path):
    """``v = \\psi(t)``: the table's digamma may not be the post's psi (the post gives it no
    value), so a row compared through that reading is not refuted; one that calls psi
    inside a side is read through the table as before."""
    body = "$$v = \\psi(t)$$\n\n$$v = e^t$$\n"
    assert verdict_of_row(tmp_path, body, "v = e^t") != "refuted"
    body = "$$v = \\psi(t) + 1$$\n\n$$v = e^t$$\n"
    assert verdict_of_row(tmp_path, body, "v = e^t") == "refuted"


# -- the mass of a pmf with binomials, weighed only where the binomials are in range


_HYPER = "$$P(X = x) = RHS,$$\n\nfor $x = 0, 1, \\ldots, n$.\n"


@pytest.mark.parametrize(
    "pmf",
    [
        "\\frac{\\binom{m}{x} \\binom{N-m}{n-x}}{\\binom{N}{n}}",
        "\\frac{\\binom{K}{x} \\binom{M-K}{n-x}}{\\binom{M}{n}}",
        "\\binom{r}{x} \\binom{s - r}{n - x} \\Big/ \\binom{s}{n}",
    ],
)
def test_a_hypergeometric_pmf_is_not_refuted_outside_its_parameter_space(tmp_path, pmf):
    assert verdict_of_row(tmp_path, _HYPER.replace("RHS", pmf), "P(X = x)") != "refuted"


def test_a_wrong_pmf_with_binomials_is_not_proved(tmp_path):
    wrong = "\\frac{\\binom{m}{x} \\binom{N-m}{n-x}}{\\binom{N}{m}}"
    assert verdict_of_row(tmp_path, _HYPER.replace("RHS", wrong), "P(X = x)") == "refuted"
