"""Rows that hold up to a constant (``+ \\text{const}``, ``+ C``) or a factor (``\\propto``).

Such a row claims that the difference (the ratio) does not depend on the
parameters; ``derivations/post/_upto.py`` checks it through the derivatives by
every parameter. The posts in ``tests/posts/const`` are small adversarial
cases: a constant that hides a term in a parameter and a proportionality that
drops a factor in the parameter must be refuted with a counterexample, never
left unchecked and never proved.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post, parse_expression
from derivations.post._upto import additive_constants, drop_terms

POSTS = Path(__file__).resolve().parent / "posts" / "const"
EXTERNAL = Path(__file__).resolve().parent / "posts" / "external"


def _rows(path: Path) -> dict[int, object]:
    return {r.line: r for r in check_post(path, jobs=1).rows}


# --------------------------------------------------------------------------- posts


def test_constant_free_of_the_parameters_is_proved_and_differentiated_through():
    rows = _rows(POSTS / "gaussian-const.md")
    assert rows[11].verdict == "proved", rows[11].reason
    assert "up to an additive constant" in rows[11].how
    # The derivative of the row with the constant: the constant has derivative 0.
    assert rows[18].verdict == "proved", rows[18].reason


def test_constant_hiding_a_term_in_mu_is_refuted_with_a_counterexample():
    rows = _rows(POSTS / "gaussian-const-wrong.md")
    assert rows[10].verdict == "proved"
    assert rows[11].verdict == "refuted", rows[11].reason
    assert rows[11].counterexample is not None


def test_restatement_with_a_constant_hiding_a_term_is_refuted():
    # The value restated was derived by a checked row (line 8), not only defined.
    rows = _rows(POSTS / "restated-const-wrong.md")
    assert rows[15].verdict == "refuted", rows[15].reason
    assert rows[15].counterexample is not None


def test_proportional_to_is_checked_both_ways():
    right = _rows(POSTS / "poisson-propto.md")
    assert right[11].verdict == "proved", right[11].reason
    assert "up to a factor" in right[11].how
    assert right[24].verdict == "proved"
    wrong = _rows(POSTS / "poisson-propto-wrong.md")
    assert wrong[11].verdict == "refuted", wrong[11].reason
    assert wrong[11].counterexample is not None


def test_dropping_the_constant_of_the_line_above_is_never_proved():
    rows = _rows(POSTS / "dropped-const.md")
    assert rows[8].verdict == "proved", rows[8].reason
    assert rows[9].verdict == "unchecked"
    assert "suitable value of c" in rows[9].reason


def test_no_parameter_means_unchecked_with_a_reason():
    rows = _rows(POSTS / "no-parameter.md")
    assert rows[8].verdict == "unchecked"
    assert "names no parameter" in rows[8].reason


def test_disagreement_with_a_definition_is_not_blamed_on_the_row():
    # mse-gaussian-sigma2-partial: the question defines L with sigma where sigma^n is
    # meant (line 12, a definition: never checked); the answer's log L + C (line 24)
    # is right. The two disagree even up to a constant; neither is blamed.
    rows = _rows(EXTERNAL / "mse-gaussian-sigma2-partial.md")
    assert rows[24].verdict == "unchecked", rows[24].reason
    assert "line 12" in rows[24].reason or "timed out" in rows[24].reason
    assert rows[32].verdict == "proved" and rows[34].verdict == "proved"


_DROP_TEMPLATE = r"""---
title: "generated"
---

$$
\begin{{align}}
\ell(\mu, \sigma^2) &= -\frac{{n}}{{2}}\log\sigma^2 - \frac{{1}}{{2\sigma^2}}\sum_{{i=1}}^n (x_i-\mu)^2 + {term} \\
&= -\frac{{n}}{{2}}\log\sigma^2 - \frac{{1}}{{2\sigma^2}}\sum_{{i=1}}^n (x_i-\mu)^2 + \text{{const}}
\end{{align}}
$$
"""


@pytest.mark.parametrize(
    "term, verdict",
    [
        (r"\frac{n}{2}\log(2\pi)", "proved"),  # free of mu and sigma^2
        (r"\sum_{i=1}^n x_i^2", "proved"),  # depends on the data only
        (r"\mu", "refuted"),
        (r"\frac{3}{\sigma^2}", "refuted"),
        (r"\mu \sum_{i=1}^n x_i", "refuted"),
    ],
)
def test_a_dropped_term_is_a_constant_exactly_when_it_is_free_of_the_parameters(
    tmp_path, term, verdict
):
    post = tmp_path / "drop.md"
    post.write_text(_DROP_TEMPLATE.format(term=term), encoding="utf-8")
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    (last,) = [r for r in rows.values() if r.line == max(rows)]
    assert last.verdict == verdict, (term, last.verdict, last.reason)


# --------------------------------------------------------------------------- helpers


def _read(text: str) -> sp.Basic:
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        (r"a + \text{const}", {"const"}),
        (r"a - C", {"C"}),
        (r"a + 2 C", {"C"}),
        (r"a + C \exp(a)", set()),  # C also multiplies a term: not additive
        (r"C \exp(a)", set()),
        (r"a + \log C", set()),
    ],
)
def test_additive_constants(text, expected):
    e = _read(text)
    cands = {s for s in e.free_symbols if s.name in ("C", "const")}
    assert {s.name for s in additive_constants(e, cands)} == expected


def test_drop_terms_removes_only_the_constant():
    e = _read(r"a + b + \text{const}")
    const = next(s for s in e.free_symbols if s.name == "const")
    assert drop_terms(e, {const}).free_symbols == e.free_symbols - {const}


@pytest.mark.parametrize("row", [r"a + b = b + a", r"x + C = C + x", r"\log(a) + b = b + \log(a)"])
def test_names_on_both_sides_of_an_identity_are_no_added_constants(tmp_path, row):
    # A constant a row adds is one the line above does not have: in an identity whose
    # names are all new, none is a constant, and the identity is checked as such.
    path = tmp_path / "identity.md"
    path.write_text(f"$$\n{row}\n$$\n", encoding="utf-8")
    (r,) = _rows(path).values()
    assert r.verdict == "proved", r.reason
