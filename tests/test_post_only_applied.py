r"""A letter the post only ever writes before a bracket is a function, not a factor.

``\phi(x)``, ``\sigma(z)``, ``\Phi(x)`` in a post that never writes the letter alone: no author
means the letter times the bracket, yet with no row or sentence defining it the reader read the
product. Through that reading

- a correct step that uses what the function is (the Mills ratio's derivative, with
  ``\phi'(x) = -x\phi(x)`` of the normal density) was **refuted** at a "counterexample" where
  ``\phi`` is a number;
- a false step that holds for the product only (``\phi(x) + \phi(y) = \phi(x + y)``,
  ``\sigma(a)\sigma(b) = \sigma(ab)\sigma(1)``) was **proved**.

Such a letter is now one of the post's functions (``_parse.defined_functions``): an arbitrary
function, so a step is proved only when it holds for every function, and never refuted at a
point (an arbitrary function has no value to evaluate). A letter the post also writes alone
(``\lambda(1 - p)`` after ``\lambda = ...``, ``\mu(1 - \mu)``) stays a factor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import display_rows as _rows
from _post_rows import edited_copy, rows_of, verdict_of_row

from derivations.post._notation import GREEK
from derivations.post._parse import _NOT_GREEK_FUNCTIONS, only_applied_letters

MILLS = r"""
# Mills ratio

The hazard of the standard normal is $\lambda(x) = \phi(x)/(1-\Phi(x))$.

$$
\lambda'(x) = \frac{-x\phi(x)(1-\Phi(x)) + \phi(x)^2}{(1-\Phi(x))^2}
  = \lambda(x)\left(\lambda(x) - x\right)
$$
"""


def test_a_correct_step_through_the_normal_density_is_not_refuted(tmp_path):
    v = verdict_of_row(tmp_path, MILLS, r"\lambda'(x) =")
    assert v != "refuted", v


def test_the_same_step_with_the_prime_written_is_not_refuted(tmp_path):
    body = MILLS.replace(
        r"\lambda'(x) = \frac{-x",
        r"\lambda'(x) = \frac{\phi'(x)(1-\Phi(x)) + \phi(x)^2}{(1-\Phi(x))^2} = \frac{-x",
    )
    v = verdict_of_row(tmp_path, body, r"\lambda'(x) =")
    assert v != "refuted", v


@pytest.mark.parametrize(
    "row",
    [
        r"\phi(x) + \phi(y) = \phi(x + y)",
        r"\sigma(a)\,\sigma(b) = \sigma(a b)\,\sigma(1)",
        r"\Phi(x)\,\Phi(y) = \Phi(x y)\,\Phi(1)",
        r"\eta(t) + \eta(t) = \eta(2 t)",
    ],
)
def test_a_step_true_only_for_the_product_is_not_proved(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict != "proved", (r.verdict, r.reason)


LETTERS = sorted(
    n
    for n in GREEK
    if n not in _NOT_GREEK_FUNCTIONS and n not in ("pi", "Pi") and not n.startswith("var")
)


@pytest.mark.parametrize("name", LETTERS)
def test_additivity_is_never_proved_of_an_applied_letter(tmp_path, name):
    """Property, every Greek letter: ``X(a) + X(b) = X(a + b)`` is false of most functions."""
    r = _rows(tmp_path, rf"\{name}(a) + \{name}(b) = \{name}(a + b)")[5]
    assert r.verdict not in ("proved", "refuted"), (name, r.verdict, r.reason)


@pytest.mark.parametrize("name", LETTERS)
def test_a_step_true_of_every_function_is_still_proved(tmp_path, name):
    """Property, every Greek letter: ``2X(a) - X(a) = X(a)`` holds whatever X is."""
    r = _rows(tmp_path, rf"2\{name}(a) - \{name}(a) = \{name}(a)")[5]
    assert r.verdict == "proved", (name, r.verdict, r.reason)


@pytest.mark.parametrize(
    ("rows", "line", "verdict"),
    [
        # lambda written alone: a factor, the product is what the author means
        ((r"\lambda = 2", r"\lambda(1 - p) = \lambda - \lambda p"), 7, "proved"),
        # mu alone inside the bracket: the Bernoulli variance, a product
        ((r"V = \mu(1 - \mu)", r"V = \mu - \mu^2"), 7, "proved"),
    ],
)
def test_a_letter_also_written_alone_stays_a_factor(tmp_path, rows, line, verdict):
    r = _rows(tmp_path, *rows)[line]
    assert r.verdict == verdict, (r.verdict, r.reason)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ([r"\phi(x) + \Phi(x)"], {"phi", "Phi"}),
        ([r"\sigma(z_i)", r"\hat p = \sigma(w^T x)"], {"sigma"}),
        ([r"\phi'(x) = -x\phi(x)"], {"phi"}),
        # written alone somewhere: not only applied
        ([r"\sigma(z)", r"\sigma = 2"], set()),
        ([r"\lambda(1 - p)", r"e^{-\lambda}"], set()),
        # mu alone inside its own bracket: a factor (the Bernoulli variance)
        ([r"\mu(1 - \mu)"], set()),
        # a Greek letter before any bracket is a function; a Latin one only before names
        ([r"\eta(1 + t)"], {"eta"}),
        ([r"\sigma(w x)", r"1 - \sigma(w x)"], {"sigma"}),
        ([r"a(b + c)"], set()),
        # subscripted occurrences are other names; a power before the bracket is no call
        ([r"\phi_k(x) + \phi(y)"], {"phi"}),
        ([r"\phi^2(x)", r"\phi(y)"], set()),
        # the letters the reader applies already, the table's functions, pi
        ([r"f(x) + g(x) + \Gamma(a) + \psi(a) + \pi(\theta)"], set()),
        ([r"a(b) + c(d)"], {"a", "c"}),
        ([r"a(b) + a"], set()),
        # a letter in a run of letters is written alone (ab is a times b)
        ([r"N(\mu) + a(b) = N\mu + ab"], set()),
        ([r"c(a, b) + xc(y)"], {"c"}),
        ([r"c(a) + cx"], set()),
        ([r"e(x) + d(x) + i(x)"], set()),
    ],
)
def test_only_applied_letters(texts, expected):
    assert only_applied_letters(texts) == frozenset(expected)


def test_hostile_text_is_bounded():
    text = r"\phi(x)" * 200_000 + r"\phi"
    assert only_applied_letters([text]) <= {"phi"}


RIDGE = Path(__file__).parent / "posts" / "external" / "mse-ridge-derivative-arqmath-2012.md"


def test_the_ridge_condition_written_right_is_not_refuted(tmp_path):
    r"""The corpus post defines the ridge loss with a feature map ``\phi(x_i)^T \beta`` and
    writes its first-order condition in ``X``. Read as ``\phi`` times ``x_i``, the loss's
    derivative was compared with ``0^T = -2(y - X\beta)^T X + 2\lambda I`` and refuted it - and
    refuted the same row written right (``2\lambda\beta^T``) just as well: the loss in
    ``\phi(x_i)`` says nothing of ``X``. The author's slip on that line is no longer caught by
    that comparison (tests/test_corpus.py's MIN_MISTAKES_CAUGHT says so), and the correct row
    is not refuted."""
    copy = edited_copy(tmp_path, RIDGE, r"2 \lambda I\\", r"2 \lambda \beta^T\\")
    rows = rows_of(copy)
    assert rows[27].verdict != "refuted", (rows[27].verdict, rows[27].reason)


SIGMOID = r"""
# Logistic regression

We use the logistic function.

$$
\ell(w) = y \log \sigma(w x) + (1 - y)\log(1 - \sigma(w x))
$$

$$
\frac{\partial \ell}{\partial w}
  = \left(\frac{y}{\sigma(w x)} - \frac{1-y}{1-\sigma(w x)}\right)\sigma(w x)(1 - \sigma(w x))\, x
  = \left(y - \sigma(w x)\right) x
$$
"""


def test_a_sigmoid_applied_to_a_product_is_not_refuted(tmp_path):
    r"""``\sigma(w x)`` never defined and never written alone: read as sigma times w x (and
    sigma as the square root of a variance) the correct gradient was refuted."""
    v = verdict_of_row(tmp_path, SIGMOID, r"\frac{\partial \ell}{\partial w}")
    assert v != "refuted", v
