"""A density of the data whose mass is infinite is refuted (``derivations/post/_density.py``).

The integrate-to-1 check refutes a finite mass other than 1; an infinite one was left
alone, so the commonest slip of a normal density, ``e^{+(x - \\mu)^2 / 2\\sigma^2}``
(the minus sign dropped), stayed "given" (held-out batches 20 and 23). Infinite mass
is a refutation only where nothing can rescue it: a density of the data (a Latin
letter, before the parameters it is conditioned on) stated with ``=``, that grows
without bound at every unbounded end of its support for every parameter value
tried. A flat or improper prior (a parameter's density), a kernel under
``\\propto``, a likelihood (which need not integrate to 1) and a density that grows at
one end only (its support may be the half-line the post leaves unstated) stay as
they were.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

FRONT = "---\ntitle: t\n---\n\n"


def _row(tmp_path, body: str, needle: str, name: str = "post.md"):
    path = tmp_path / name
    path.write_text(FRONT + body, encoding="utf-8")
    line = next(
        k for k, text in enumerate(body.splitlines(), FRONT.count("\n") + 1) if needle in text
    )
    return next(r for r in check_post(path, jobs=1).rows if r.line == line)


NORMAL = (
    "Let $x$ be one observation. Its density is\n\n"
    "$$f(x \\mid \\mu, \\sigma) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} "
    "\\exp\\left(SIGN\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)$$\n"
)
JOINT = (
    "Let $x_1, \\ldots, x_n$ be independent. Their joint density is\n\n"
    "$$ f(x|\\mu)=\\Big( \\frac{1}{\\sqrt{2\\pi \\sigma^2}}\\Big)^n \\exp \\Big( "
    "SIGN\\frac{1}{2\\sigma^2}\\sum_{j=1}^n(x_j-\\mu)^2 \\Big ) $$\n"
)
EXPONENTIAL = (
    "The waiting time $x > 0$ has the density\n\n"
    "$$ f(x \\mid \\lambda) = \\lambda e^{SIGN\\lambda x} $$\n"
)


@pytest.mark.parametrize("body", [NORMAL, JOINT, EXPONENTIAL], ids=["one", "joint", "rate"])
def test_a_density_of_the_data_with_infinite_mass_is_refuted(tmp_path, body):
    row = _row(tmp_path, body.replace("SIGN", ""), "f(x")
    assert row.verdict == "refuted", (row.verdict, row.reason)
    assert "infinite" in row.reason, row.reason
    assert row.counterexample is not None and row.counterexample.get("mass") == "infinite"


@pytest.mark.parametrize("body", [NORMAL, JOINT, EXPONENTIAL], ids=["one", "joint", "rate"])
def test_the_correct_twin_is_not_refuted(tmp_path, body):
    row = _row(tmp_path, body.replace("SIGN", "-"), "f(x", "twin.md")
    assert row.verdict != "refuted", row.reason


@pytest.mark.parametrize(
    "row_text",
    [
        "p(\\mu) = 1",  # a flat prior: improper, legitimate
        "p(\\theta \\mid \\tau) = e^{\\theta^2 / \\tau}",  # a parameter's density
        "f(x \\mid \\mu) \\propto e^{(x - \\mu)^2}",  # a kernel: no claim of mass 1
        # a likelihood of mu: it need not integrate to 1 (over x or over mu)
        "L(\\mu) = \\prod_{i=1}^n e^{\\mu x_i - \\mu^2 / 2}",
        "L(\\mu, \\sigma) = \\prod_{i=1}^n \\frac{1}{\\sigma} e^{(x_i - \\mu)^2 / (2 \\sigma^2)}",
        # grows at one end only: its support may be a half-line the post leaves unstated
        "f(x \\mid \\lambda) = \\lambda e^{\\lambda x}",
        # a density free of parameters: nothing says which letter is the data
        "g(x) = e^{x^2}",
    ],
)
def test_infinite_masses_that_are_no_refutation(tmp_path, row_text):
    body = f"The density of the model is\n\n$$ {row_text} $$\n"
    row = _row(tmp_path, body, "$$")
    assert row.verdict != "refuted", (row_text, row.reason)


def test_a_parameter_point_inside_the_unit_interval_is_tried():
    # A normal density for |theta| < 1, infinite outside it: when the drawn points (and
    # their negatives) all fall outside, the points drawn inside (0, 1) decide.
    import mpmath
    import sympy as sp

    from derivations.post import _density as D

    x, theta = sp.Symbol("x", real=True), sp.Symbol("theta")
    g = sp.sqrt(abs(1 - theta**2) / sp.pi) * sp.exp((theta**2 - 1) * x**2)
    claim = D.Claim("density", g, x, data=True)
    outside = [{theta: mpmath.mpf(v)} for v in (1.5, 2.2, 2.9)]
    assert D._infinite(claim, D.REALS, outside) is not None  # outside: infinite
    unit = D._points([theta], set(), 0, unit=True)
    assert D._infinite(claim, D.REALS, outside, unit) is None
    assert D.check_claim(claim, [D.REALS], True, 0) is None
