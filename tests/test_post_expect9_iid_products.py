"""EXPECT9: moments of products of sums and single samples of an i.i.d. law.

``E[X_1 \\bar X] = \\sigma^2/n + \\mu^2``, ``E[\\sum_i X_i \\sum_j X_j^2]``,
``\\mathrm{Cov}(X_1, \\bar X) = \\sigma^2/n``: the expectation of a product of powers of
sums over the sample and of single samples at whole indices. Before, only a power of one
sum or a product of distinct single samples got a value, so these rows were "states a
moment ... which the reader cannot work out". Each product is valued by splitting its
factors over which of them fall on one sample (``._iid_moments``): that needs the law the
post declares, and independence the post states; without it nothing is valued.
"""

from __future__ import annotations

import itertools

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._iid_moments import MAX_SLOTS, iid_moment

_IID = (
    "Let the samples be i.i.d.:\n\n"
    "$$ X_i \\sim \\mathcal{N}(\\mu, \\sigma^2), \\quad i = 1, \\ldots, n $$\n\n"
    "and let $\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"
)
_NOT_SAID = (
    "Let the samples be:\n\n"
    "$$ X_i \\sim \\mathcal{N}(\\mu, \\sigma^2), \\quad i = 1, \\ldots, n $$\n\n"
    "and let $\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i$.\n\n"
)
_POISSON = (
    "Let $X_1, \\ldots, X_n$ be a random sample, independent draws:\n\n"
    "$$ X_i \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"
)


def _last(tmp_path, head: str, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + head + f"$$ {row} $$\n", encoding="utf-8")
    rows = {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}
    return rows[max(rows)]


CORRECT = [
    "\\mathbb{E}[X_1 \\bar X] = \\frac{\\sigma^2}{n} + \\mu^2",
    "\\mathrm{Cov}(X_1, \\bar X) = \\frac{\\sigma^2}{n}",
    "\\mathbb{E}\\left[\\sum_{i=1}^n X_i \\sum_{j=1}^n X_j^2\\right]"
    " = n(\\mu^3 + 3\\mu\\sigma^2) + n(n-1)\\mu(\\sigma^2 + \\mu^2)",
    "\\mathbb{E}[X_2^2 \\bar X] = \\frac{\\mu^3 + 3\\mu\\sigma^2}{n}"
    " + \\frac{n-1}{n}\\mu(\\sigma^2 + \\mu^2)",
    "\\mathbb{E}[(X_1 - \\bar X)^2] = \\frac{n-1}{n}\\sigma^2",
]

WRONG = [
    # n for n - 1 in the count of the other samples
    "\\mathbb{E}[X_1 \\bar X] = \\frac{\\sigma^2}{n - 1} + \\mu^2",
    # the 1/n dropped (X_1 is one of n terms of the mean)
    "\\mathrm{Cov}(X_1, \\bar X) = \\sigma^2",
    # the cross terms counted n^2 times, not n(n - 1)
    "\\mathbb{E}\\left[\\sum_{i=1}^n X_i \\sum_{j=1}^n X_j^2\\right]"
    " = n(\\mu^3 + 3\\mu\\sigma^2) + n^2\\mu(\\sigma^2 + \\mu^2)",
    # a missing square: sigma for sigma^2
    "\\mathbb{E}[(X_1 - \\bar X)^2] = \\frac{n-1}{n}\\sigma",
    # n - 1 for n (the unbiased divisor on the biased residual)
    "\\mathbb{E}[(X_1 - \\bar X)^2] = \\sigma^2",
]


@pytest.mark.parametrize("row", CORRECT)
def test_products_of_an_iid_sample_are_proved(tmp_path, row):
    assert _last(tmp_path, _IID, row)[0] == "proved"


@pytest.mark.parametrize("row", WRONG)
def test_wrong_twins_are_not_proved(tmp_path, row):
    verdict, _ = _last(tmp_path, _IID, row)
    assert verdict not in ("proved", "given", "plausible")


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[X_1 X_2] = \\mu^2",
        "\\mathbb{E}[X_1 \\bar X] = \\frac{\\sigma^2}{n} + \\mu^2",
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i \\sum_{j=1}^n X_j^2\\right]"
        " = n(\\mu^3 + 3\\mu\\sigma^2) + n(n-1)\\mu(\\sigma^2 + \\mu^2)",
    ],
)
def test_without_stated_independence_nothing_is_proved_nor_refuted(tmp_path, row):
    verdict, _ = _last(tmp_path, _NOT_SAID, row)
    assert verdict not in ("proved", "given", "plausible", "refuted")


def test_a_poisson_sample_times_its_sum(tmp_path):
    row = "\\mathbb{E}\\left[X_1 \\sum_{i=1}^n X_i\\right] = \\lambda + n\\lambda^2"
    assert _last(tmp_path, _POISSON, row)[0] == "proved"
    wrong = "\\mathbb{E}\\left[X_1 \\sum_{i=1}^n X_i\\right] = n\\lambda^2"
    assert _last(tmp_path, _POISSON, wrong)[0] not in ("proved", "given", "plausible")


# ---------------------------------------------------------------- the valuer itself


class _Law:
    """Raw moments m_k as symbols: any law."""

    def moment(self, k: int) -> sp.Expr:
        return sp.Symbol(f"m{k}")


_X = sp.IndexedBase("X")
_K = sp.Symbol("k", integer=True)


def _brute(part: sp.Expr, n: int) -> sp.Expr:
    """E[part] at a concrete n: the sums written out, the product expanded, and each
    monomial's samples grouped by index (independent samples of one law)."""
    with sp.evaluate(True):
        e = sp.expand(part.subs(sp.Symbol("n", integer=True), n).doit())
        total = sp.S.Zero
        for t in sp.Add.make_args(e):
            coeff, powers = sp.S.One, {}
            for f in sp.Mul.make_args(t):
                b, x = f.as_base_exp()
                if isinstance(b, sp.Indexed):
                    powers[b] = powers.get(b, 0) + int(x)
                else:
                    coeff *= f
            total += coeff * sp.Mul(*(sp.Symbol(f"m{p}") for p in powers.values()))
        return sp.expand(total)


_N = sp.Symbol("n", integer=True)
_S1 = sp.Sum(_X[_K], (_K, 1, _N))
_S2 = sp.Sum(_X[_K] ** 2, (_K, 1, _N))
_PRODUCTS = [
    _S1 * _X[1],
    _S1**2 * _X[2],
    _S1 * _S2,
    _S2 * _X[1] ** 2,
    _S1**2 * _S2,
    _X[1] * _X[2] ** 2 * _X[3],
    _S1**3 * _X[1],
    sp.Sum(_X[_K], (_K, 2, _N)) * _X[1],  # X_1 is no term of the sum
    sp.Sum(_X[_K] ** 2, (_K, 2, _N)) * _X[1] * _X[3],
    sp.Sum(_X[_K], (_K, 1, 3)) ** 2 * _X[4],  # a numeric range, X_4 outside it
]


@pytest.mark.parametrize("part", _PRODUCTS)
def test_the_valuer_agrees_with_the_written_out_sums(part):
    with sp.evaluate(True):
        value = iid_moment(part, lambda b: _Law(), lambda b: True)
    assert value is not None
    for n in (3, 4, 5):
        with sp.evaluate(True):
            assert sp.expand(value.subs(_N, n) - _brute(part, n)) == 0


def test_no_value_without_independence_or_beyond_the_bound():
    with sp.evaluate(True):
        assert iid_moment(_S1 * _X[1], lambda b: _Law(), lambda b: False) is None
        assert iid_moment(_S1 * _X[1], lambda b: None, lambda b: True) is None
        big = _S1 ** (MAX_SLOTS + 1)
        assert iid_moment(big, lambda b: _Law(), lambda b: True) is None
        i = sp.Symbol("i", integer=True)
        five = sp.Sum(_X[_K], (_K, 1, 5))  # X_i beside X_1..X_5: i may be 6
        assert iid_moment(five * _X[i], lambda b: _Law(), lambda b: True) is None
        other = sp.Sum(_X[_K], (_K, 1, sp.Symbol("m", integer=True)))
        assert iid_moment(_S1 * other, lambda b: _Law(), lambda b: True) is None


def test_every_partition_is_counted_once():
    # E[X_1 X_2 X_3 X_4] of four distinct samples: m1^4, whatever the order written
    parts = [_X[a] * _X[b] * _X[c] * _X[d] for a, b, c, d in itertools.permutations(range(1, 5))]
    with sp.evaluate(True):
        values = {iid_moment(p, lambda b: _Law(), lambda b: True) for p in parts}
    assert values == {sp.Symbol("m1") ** 4}


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[X_i \\bar X] = \\frac{\\sigma^2}{n} + \\mu^2",
        "\\mathbb{E}[(X_i - \\bar X)^2] = \\frac{n-1}{n}\\sigma^2",
    ],
)
def test_a_sample_at_the_index_letter_is_one_of_the_sample(tmp_path, row):
    assert _last(tmp_path, _IID, row)[0] == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[(X_i - \\bar X)^2] = \\sigma^2",  # the biased residual taken unbiased
        "\\mathbb{E}[X_i \\bar X] = \\mu^2",  # X_i's own term dropped
    ],
)
def test_index_letter_wrong_twins_are_not_proved(tmp_path, row):
    assert _last(tmp_path, _IID, row)[0] not in ("proved", "given", "plausible")


def test_two_index_letters_are_not_taken_for_two_samples():
    i, j = sp.symbols("i j", integer=True)
    with sp.evaluate(True):
        assert iid_moment(_X[i] * _X[j] * _S1, lambda b: _Law(), lambda b: True) is None
        assert iid_moment(_X[i] * _X[1] * _S1, lambda b: _Law(), lambda b: True) is None
        assert iid_moment(_X[i] * _X[j], lambda b: _Law(), lambda b: True) is None


@pytest.mark.parametrize("part", [_S1 * sp.IndexedBase("X")[sp.Symbol("i", integer=True)]])
def test_an_index_letter_agrees_with_every_index_of_the_sample(part):
    i = sp.Symbol("i", integer=True)
    parts = [part, _S2 * _X[i] ** 2, _S1**2 * _X[i]]
    for p in parts:
        with sp.evaluate(True):
            value = iid_moment(p, lambda b: _Law(), lambda b: True)
        assert value is not None
        for n in (3, 4):
            for c in range(1, n + 1):
                with sp.evaluate(True):
                    assert sp.expand(value.subs(_N, n) - _brute(p.subs(i, c), n)) == 0
