"""Vectors the post writes plainly, beside bold ones, are vectors (MATRIX5).

Real posts write the data bold and the mean plain: ``(\\mathbf{x}^{(i)} -
\\mu_{y^{(i)}})^T``, ``(x_i - m_k)^T \\Sigma_k^{-1} (x_i - m_k)``,
``\\gamma(z_{nk}) (x_n - \\mu_k)``. A vector minus a number has no meaning, so the
plain name added to a vector is a vector of the same size; read as a number it
tied the vector to ``1 x 1`` and the whole row fell back to the 1x1 reading
("matrix algebra: it holds for 1x1 matrices ..."). And a name written only in the
subscript of a transposed group (``y`` of ``\\mu_{y^{(i)}}``) is a label, not a
matrix: read as one, every row about ``\\phi`` and ``\\sum y^{(i)}`` was a matrix row.

Each case has its correct row (must not be refuted; proved where a sound
symbolic route exists, at least plausible) and a wrong twin (a factor 2 dropped,
a transpose swapped, ``\\Sigma`` for ``\\Sigma^{-1}``, a sign) that must not be
proved.
"""

# ruff: noqa: E501 - the posts are written as their authors wrote them, one row a line

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

HELD_OUT = Path(__file__).parent / "posts" / "incoming"
_MATRIX_NOTE = "matrix algebra: it holds for 1x1 matrices"


def _check(tmp_path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}


# -- y of mu_{y^{(i)}}: a label, not a matrix ---------------------------------------------

_GDA = r"""---
title: t
---

The model: $$ \mathcal{{l}}(\theta) = -\frac{{n}}{{2}} \log |\Sigma| - \sum_{{i = 1}}^n \frac{{1}}{{2}} (\mathbf{{x}}^{{(i)}} - \mu_{{y^{{(i)}}}})^T \Sigma^{{-1}} (\mathbf{{x}}^{{(i)}} - \mu_{{y^{{(i)}}}}) + \sum_{{i = 1}}^n y^{{(i)}} \log \phi + \sum_{{i = 1}}^n (1 - y^{{(i)}}) \log(1 - \phi) $$

The terms in phi:

$$
\begin{{align*}}
\mathcal{{l}}_\phi(\theta) &= \sum_{{i = 1}}^n y^{{(i)}} \log \phi + \sum_{{i = 1}}^n (1 - y^{{(i)}}) \log(1 - \phi) \\
&= \log \phi \sum_{{i=1}}^n y^{{(i)}} + \log(1 - \phi) \left( {count} \right)
\end{{align*}}
$$
"""


def test_a_label_in_the_subscript_of_a_transposed_group_is_a_number(tmp_path):
    rows = _check(tmp_path, _GDA.format(count=r"n - \sum_{i = 1}^n y^{(i)}"))
    r = rows[12]
    assert r.verdict == "proved", (r.verdict, r.reason)


def test_its_wrong_twin_is_refuted_not_proved(tmp_path):
    rows = _check(tmp_path, _GDA.format(count=r"n + \sum_{i = 1}^n y^{(i)}"))
    r = rows[12]
    assert r.verdict == "refuted", (r.verdict, r.reason)


# -- a plain mean added to a bold (or indexed) vector is a vector -------------------------

_MEAN = r"""---
title: t
---

Some terms have no dependence on $m_k \in \mathbb{{R}}^d$:

$$ A(m_k) := - \frac{{1}}{{2}} \sum_{{i = 1}}^{{N}} \left[ (x_i - m_k)^{{T}} \Sigma_k^{{-1}} (x_i - m_k) \right] T_{{k, i}} $$

Then:

$$ G = - \frac{{1}}{{2}} \sum_{{i = 1}}^{{N}} \left[ - 2 \Sigma_k^{{-1}} (x_i - m_k) \right] T_{{k, i}} = {right} $$
"""

MEAN_CORRECT = [
    r"\sum_{i = 1}^{N} \Sigma_k^{-1} (x_i - m_k) T_{k, i}",
    r"\Sigma_k^{-1} \sum_{i = 1}^{N} (x_i - m_k) T_{k, i}",
]
MEAN_WRONG = [
    r"\frac{1}{2} \sum_{i = 1}^{N} \Sigma_k^{-1} (x_i - m_k) T_{k, i}",  # a factor 2
    r"\sum_{i = 1}^{N} \Sigma_k (x_i - m_k) T_{k, i}",  # Sigma for its inverse
    r"\sum_{i = 1}^{N} \Sigma_k^{-1} (m_k - x_i) T_{k, i}",  # a sign
]


def _second_link(rows):
    r = rows[11]
    assert len(r.links) == 2, r.links
    return r.links[1]


@pytest.mark.parametrize("right", MEAN_CORRECT)
def test_a_plain_mean_minus_a_sample_is_a_vector(tmp_path, right):
    link = _second_link(_check(tmp_path, _MEAN.format(right=right)))
    assert link["verdict"] == "proved", link
    assert _MATRIX_NOTE not in link["reason"]


@pytest.mark.parametrize("right", MEAN_WRONG)
def test_the_wrong_twins_of_the_mean_row_are_not_proved(tmp_path, right):
    link = _second_link(_check(tmp_path, _MEAN.format(right=right)))
    assert link["verdict"] not in ("proved", "plausible"), link


def test_a_transposed_product_in_the_wrong_order_is_not_proved(tmp_path):
    # (x_i - m_k)^T Sigma^{-1} is a row; the column Sigma^{-1}(x_i - m_k) is not it.
    right = r"\sum_{i = 1}^{N} (x_i - m_k)^T \Sigma_k^{-1} T_{k, i}"
    link = _second_link(_check(tmp_path, _MEAN.format(right=right)))
    assert link["verdict"] not in ("proved", "plausible"), link


def test_the_loose_reading_needs_a_vector_in_the_sum():
    """Only a name added to a vector becomes one: a number added to a number stays."""
    import sympy as sp

    from derivations.post._matrices import _loose_vectors

    x = sp.IndexedBase("x", commutative=False)
    i = sp.Symbol("i")
    m, c = sp.Symbol("m_k"), sp.Symbol("c")
    y = sp.IndexedBase("y")
    loose = _loose_vectors((sp.Add(x[i], -m, evaluate=False) * sp.Add(y[i], -c),))
    assert sp.Symbol("m_k") in loose
    assert sp.Symbol("c") not in loose
    assert y[i] not in loose


# -- the held-out posts: these rows are checked as matrices now, none refuted ---------------

REAL = [
    ("external16/tohhongxiang-gda-mle-phi-mu-sigma-trace-notes.md", (80, 81, 88, 106, 125)),
]


@pytest.mark.parametrize(("post", "lines"), REAL)
def test_real_rows_are_no_longer_left_to_the_1x1_reading(post, lines):
    rows = {r.line: r for r in check_post(HELD_OUT / post).rows}
    for line in lines:
        r = rows[line]
        assert r.verdict != "refuted", (line, r.verdict, r.reason)
        assert _MATRIX_NOTE not in (r.reason or ""), (line, r.verdict, r.reason)


def test_the_real_gradient_row_of_the_mixture_mean_is_checked_as_matrices():
    """ahstat line 25, second link: -1/2 sum [-2 Sigma_k^{-1}(x_i - m_k)] T = sum Sigma_k^{-1}
    (x_i - m_k) T. (Its first link, the gradient of A(m_k), reads A(m_k) as a product.)"""
    rows = {r.line: r for r in check_post(HELD_OUT / "external6/ahstat-gmm-em-m-step-blog.md").rows}
    link = rows[25].links[1]
    assert link["verdict"] == "proved", link


# -- a name another row adds to a vector: a vector there too, a guessed shape -------------

_ELSEWHERE = r"""---
title: t
---

The gradient:

$$ g = \sum_{{n=1}}^N \gamma_n (\mathbf{{x}}_n - \mu_k)^T \Sigma^{{-1}} $$

Then:

$$ G = \sum_{{n=1}}^N \gamma_n \mu_k + \sum_{{n=1}}^N \gamma_n \mathbf{{x}}_n = {right} $$
"""


def _elsewhere(tmp_path, right: str):
    rows = _check(tmp_path, _ELSEWHERE.format(right=right))
    (link,) = [lk for lk in rows[11].links if lk["verdict"] != "given"][-1:]
    return link


def test_a_name_another_row_adds_to_a_vector_is_a_vector(tmp_path):
    link = _elsewhere(tmp_path, r"\mu_k \sum_{n=1}^N \gamma_n + \sum_{n=1}^N \gamma_n \mathbf{x}_n")
    assert link["verdict"] == "proved", link


@pytest.mark.parametrize(
    "right",
    [
        r"2 \mu_k \sum_{n=1}^N \gamma_n + \sum_{n=1}^N \gamma_n \mathbf{x}_n",  # a factor 2
        r"\mu_k \sum_{n=1}^N \gamma_n - \sum_{n=1}^N \gamma_n \mathbf{x}_n",  # a sign
    ],
)
def test_its_wrong_twins_are_not_proved_nor_refuted_on_a_guessed_shape(tmp_path, right):
    link = _elsewhere(tmp_path, right)
    assert link["verdict"] not in ("proved", "plausible", "refuted"), link
    assert "guessed shape" in link["reason"], link


def test_the_post_vectors_are_the_names_added_to_vectors():
    import sympy as sp

    from derivations.post._matrices import post_vectors

    class _Row:
        ok = True

        def __init__(self, *sides):
            self.sides = sides

    x = sp.IndexedBase("x", commutative=False)
    n = sp.Symbol("n")
    row = _Row(sp.Add(x[n], -sp.Symbol("mu_k"), evaluate=False), sp.Symbol("c") + 1)
    assert post_vectors([row]) == frozenset({"mu_k"})
