"""A Greek letter the post defines as a function (``\\phi(x) = ...``) is that function.

``defined_functions`` saw Latin letters only: with ``\\phi(x) = e^{-x^2/2}/\\sqrt{2\\pi}``
defined, ``\\phi(x_i - \\mu)`` was the product phi*(x_i - mu) with phi a free symbol,
and the defining row itself and a correct log-likelihood were refuted.
"""

from __future__ import annotations

from derivations.post._extract import Row
from derivations.post._lexer import LexInfo, tokenize
from derivations.post._parse import defined_functions
from tests._post_rows import rows_of

# The density's argument is z: with x (the samples' letter) the resolver does not
# rebind it, and the same post with a Latin f is refuted too (reported, not this file's)
PHI = r"""$$\phi(z) = \frac{1}{\sqrt{2\pi}} e^{-z^2/2}$$

$$\ell(\mu) = \sum_{i=1}^n \log \phi(x_i - \mu)$$

$$\ell(\mu) = -\frac{n}{2}\log(2\pi) - \frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2$$
"""


def _row(text: str) -> Row:
    return Row(text=text, line=1, block=0, index=0)


def test_greek_letters_defined_as_functions_are_listed():
    assert defined_functions([_row(r"\phi(x) = e^{-x}")]) == {"phi"}
    assert defined_functions([_row(r"\varphi(x) = e^{-x}")]) == {"phi"}
    assert defined_functions([_row(r"\eta(t, s) &= t s")]) == {"eta"}
    # Gamma is read by the special functions' table wherever it is called; psi too, unless
    # the post defines it as a function of its own (batch 23: psi(A) = ||A||^2/2), not the
    # table's function written out through Gamma
    assert defined_functions([_row(r"\Gamma(x) = x")]) == frozenset()
    assert defined_functions([_row(r"\psi(x) = x")]) == {"psi"}
    assert defined_functions([_row(r"\psi(x) = \frac{d}{dx} \ln \Gamma(x)")]) == frozenset()
    # a row that starts with pi applied to a name defines it (a prior, pi(theta) \propto
    # ...: read as the constant, a correct prior was refuted); 2\pi(x - y) stays the constant
    assert defined_functions([_row(r"\pi(\theta) \propto \theta^a")]) == {"pi"}
    assert defined_functions([_row(r"2\pi(x - y) = 2\pi x - 2\pi y")]) == frozenset()
    # a product with an expression in the bracket defines nothing
    assert defined_functions([_row(r"\lambda(1 - p) = \lambda - \lambda p")]) == frozenset()


def test_a_defined_greek_letter_applies_to_a_bracket():
    info = LexInfo(functions=frozenset({"phi"}))
    toks, _ = tokenize(r"\phi(x_i - \mu)", info)
    assert toks[0].type == "FNAME" and str(toks[0]) == "phi"
    # without the definition it stays the letter times the bracket
    toks, _ = tokenize(r"\phi(x_i - \mu)", LexInfo())
    assert toks[0].type == "GREEK"


def test_a_post_with_a_greek_density_is_not_refuted(tmp_path):
    p = tmp_path / "phi.md"
    p.write_text(PHI, encoding="utf-8")
    rows = rows_of(p)
    assert [r.verdict for r in rows.values()].count("refuted") == 0, {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }
    assert rows[1].verdict == "given", (rows[1].verdict, rows[1].reason)
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)
