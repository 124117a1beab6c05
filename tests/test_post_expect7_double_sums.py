"""Double sums inside expectations spread like single ones (``_samples.spread``).

``E[(\\sum_i X_i)(\\sum_i X_i)] = E[\\sum_i X_i^2 + \\sum_i \\sum_{j \\ne i} X_i X_j]``
(a sample-variance derivation) was "the expectations do not match term by term": the
reader writes the double sum as one ``Sum`` with two limits, which ``spread`` left as it
was, so its moment was a symbol of its own, not that of ``(\\sum_i X_i)^2``. A double
sum is two single sums, innermost first; a body that separates gives a product of sums.
"""

from __future__ import annotations

import itertools

import sympy as sp

from derivations.post import check_post
from derivations.post._samples import spread


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_HEAD = "Let $X_1, \\ldots, X_n$ be random variables with finite second moments.\n\n"


def _row(tmp_path, rhs: str):
    text = (
        _HEAD
        + "$$ \\mathbb{E}\\left[\\left(\\sum_{i}^n X_i\\right)"
        + "\\left(\\sum_{i}^n X_i\\right)\\right]"
        + f" = {rhs} $$\n"
    )
    rows = _verdicts(tmp_path, text)
    return rows[max(rows)]


def test_the_square_of_a_sum_split_off_the_diagonal_is_proved(tmp_path):
    rhs = "\\mathbb{E}\\left[\\sum_{i}^n X_i^2 + \\sum_{i}^n\\sum_{j\\ne i}^n X_i X_j\\right]"
    assert _row(tmp_path, rhs)[0] == "proved"


def test_the_full_double_sum_plus_the_diagonal_is_not_proved(tmp_path):
    # planted: j != i dropped, the diagonal counted twice
    rhs = "\\mathbb{E}\\left[\\sum_{i}^n X_i^2 + \\sum_{i}^n\\sum_{j}^n X_i X_j\\right]"
    assert _row(tmp_path, rhs)[0] not in ("proved", "given", "plausible")


def test_the_full_double_sum_alone_is_proved(tmp_path):
    rhs = "\\mathbb{E}\\left[\\sum_{i}^n\\sum_{j}^n X_i X_j\\right]"
    assert _row(tmp_path, rhs)[0] == "proved"


def test_a_product_of_dependent_means_is_not_proved(tmp_path):
    # nothing says the X_i are independent: E[X_i X_j] is no product of means
    rhs = "\\sum_{i}^n\\sum_{j}^n \\mathbb{E}[X_i] \\mathbb{E}[X_j]"
    verdict = _row(tmp_path, rhs)[0]
    assert verdict not in ("proved", "given", "plausible")
    assert verdict != "refuted"  # true for independent X_i: no refutation either


def _numeric(e, n_value):
    n = sp.Symbol("n", integer=True)
    values = {sp.IndexedBase("X")[m]: sp.Rational(m * m + 3, m + 2) for m in range(0, 8)}
    with sp.evaluate(True):
        return e.subs(n, n_value).doit().xreplace(values)


def test_spread_double_sums_are_the_same_numbers():
    i, j, n = (sp.Symbol(s, integer=True) for s in ("i", "j", "n"))
    x = sp.IndexedBase("X")
    cases = [
        sp.Sum(x[i] * x[j], (j, 1, n), (i, 1, n)),
        sp.Sum(x[j], (j, 1, i), (i, 1, n)),  # inner limit depends on the outer index
        sp.Sum(x[i] * x[j] - x[i] ** 2, (j, 1, n), (i, 1, n)),
        sp.Sum(x[i + j], (j, 1, 2), (i, 1, n)),  # no separation: the body keeps both
        sp.Sum(x[i] * sp.Sum(x[j] * x[i], (j, 1, n)), (i, 1, n)),
    ]
    for e, n_value in itertools.product(cases, (1, 2, 3)):
        out = spread(e, i)
        assert out is not None
        assert _numeric(out, n_value) == _numeric(e, n_value), (e, out)


def test_a_separable_double_sum_is_the_square_of_the_sum():
    i, j, n = (sp.Symbol(s, integer=True) for s in ("i", "j", "n"))
    x = sp.IndexedBase("X")
    assert spread(sp.Sum(x[i] * x[j], (j, 1, n), (i, 1, n))) == spread(sp.Sum(x[i], (i, 1, n)) ** 2)
