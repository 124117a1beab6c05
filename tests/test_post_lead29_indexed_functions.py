"""A function letter with a sum's index as its subscript is a family, one per index.

The reader drops a function's subscript as the name of a parameter (``h_\\theta(x)`` is
``h`` at theta). Dropped when it is the index of a sum, ``\\sum_{i=1}^n \\log f_i(x)`` was
``n \\log f(x)`` and proved: false whenever the ``f_i`` differ (independent observations
with densities of their own). Found by parse58 on held-out material. ``f_i(x)`` is now the
family's member at ``i``: a function of ``x`` and of the index, bound by the sum.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\nLet the observations be independent, with densities $f_i$.\n\n"


def _rows(tmp_path, *rows: str):
    post = tmp_path / "post.md"
    post.write_text(HEAD + "".join(f"$${r}$$\n\n" for r in rows), encoding="utf-8")
    return check_post(post, jobs=1).rows


@pytest.mark.parametrize(
    "rows",
    [
        [r"\sum_{i=1}^n \log f_i(x) = n \log f(x)"],
        [r"\ell = \sum_{i=1}^n \log f_i(x_i)", r"\ell = \sum_{i=1}^n \log f(x_i)"],
        [r"L = \prod_{i=1}^n f_i(x_i)", r"L = \prod_{i=1}^n f(x_i)"],
        [r"\sum_{j=1}^{m} g_j(t) = m\, g(t)"],
    ],
)
def test_a_family_indexed_by_the_sum_is_not_one_function(tmp_path, rows):
    last = _rows(tmp_path, *rows)[-1]
    assert last.verdict != "proved", last.reason


@pytest.mark.parametrize(
    "rows",
    [
        [r"s = \sum_{i=1}^n f_i(x_i)", r"s = \sum_{k=1}^n f_k(x_k)"],
        [r"\sum_{i=1}^n 2 f_i(x_i) = 2 \sum_{i=1}^n f_i(x_i)"],
        [r"\sum_{i=1}^n (f_i(x_i) + 1) = \sum_{i=1}^n f_i(x_i) + n"],
    ],
)
def test_identities_of_the_family_still_hold(tmp_path, rows):
    last = _rows(tmp_path, *rows)[-1]
    assert last.verdict == "proved", last.reason


def test_a_parameter_subscript_still_names_the_function(tmp_path):
    # h_w(x): w is no index of a sum; h at the parameter w, as before
    rows = _rows(tmp_path, r"h_w(x) = w x", r"h_w(2) = 2 w")
    assert rows[-1].verdict == "proved", rows[-1].reason


@pytest.mark.parametrize(
    "rows",
    [
        [r"L(\theta) = \theta^2", r"\sum_{i=1}^n L_i(\theta) = n L(\theta)"],
        [r"\ell(\theta) = \theta^2", r"\sum_{i=1}^n \ell_i(\theta) = n\, \ell(\theta)"],
    ],
)
def test_a_defined_letter_with_the_sums_index_is_not_the_letter(tmp_path, rows):
    # L_i, the likelihood of observation i, is not the post's L: read as L (subscript
    # dropped), sum_i L_i(theta) = n L(theta) was proved
    last = _rows(tmp_path, *rows)[-1]
    assert last.verdict != "proved", last.reason
