"""Moments of the laws a post writes as conditional densities (helper moments61).

Written before the fix, against 0f54e7b, where each test below failed:

* Casella and Berger 7.9 as Jimmy Hickey writes it ("Let $X_1, \\dots, X_n$ be iid with
  pdf $f(x | \\theta) = \\frac{1}{\\theta}, \\ 0 \\leq x \\leq \\theta$", then ``E(X) =
  \\frac{1}{2}(\\theta - 0)``): the row was "a moment of a variable the post declares
  random, which the reader cannot work out", although ``f(x) = \\frac{1}{\\theta}`` with
  the same range proved it. A constant density was read only as a function of ``x``
  alone; ``f(x | \\theta)``, ``f(x \\mid a, b)``, ``f(x; \\theta)`` (the parameters after a
  bar or a semicolon) gave the variable no law.

Properties, not examples only: for every way of writing the parameters after a bar, the
uniform's own moments (worked out here by integrating, not copied) are proved, and a
slipped twin (a wrong constant, a dropped term) is never proved; with a comma alone
(``f(x, \\theta)``, which may be a joint density of two variables) nothing is proved or
refuted from the constant.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post

HELD_OUT = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external46"
    / "jimmyhickey-st702-7-9-uniform-mom-mle-means-variances-slipped-moments.md"
)


def _rows(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    p = tmp_path / "p.md"
    p.write_text(f"---\ntitle: t\n---\n{text}\n", encoding="utf-8")
    return {r.line: (r.verdict, r.reason or "") for r in check_post(p).rows}


def _post(head: str, bounds: str, claim: str) -> str:
    return (
        "Let $X_1, \\dots , X_n$ be iid with pdf\n\n"
        f"$$\n{head} = {bounds}\n$$\n\n"
        f"$$\nE({claim[0]}) = {claim[1]}\n$$\n"
    )


def test_the_held_out_row_is_proved():
    """Line 24 of the held-out post, as its author wrote it."""
    rows = {r.line: r for r in check_post(HELD_OUT).rows}
    assert rows[24].verdict == "proved", rows[24].reason
    assert rows[25].verdict == "proved", rows[25].reason


def test_the_real_rows_are_proved(tmp_path):
    text = (
        "**Let $X_1, \\dots , X_n$ be iid with pdf**\n\n"
        "$$\nf(x | \\theta) = \\frac{ 1 }{ \\theta }, \\ 0 \\leq x \\leq \\theta, \\ \\theta > 0.\n$$\n\n"
        "$$\n\t\\begin{align}\n\t\tE(X) & = \\frac{ 1 }{ 2 } (\\theta - 0) \\\\\n"
        "\t\t\t& = \\frac{ \\theta }{ 2 }\n\t\\end{align}\n$$\n"
    )
    rows = _rows(tmp_path, text)
    proved = [line for line, (v, _) in rows.items() if v == "proved"]
    assert len(proved) == 2, rows


#: how the head names the parameters, the parameters, the support's two ends
_HEADS = [
    ("f(x | \\theta)", ("theta",), ("0", "\\theta")),
    ("f(x \\mid \\theta)", ("theta",), ("0", "\\theta")),
    ("f(x; \\theta)", ("theta",), ("0", "\\theta")),
    ("f_X(x|\\theta)", ("theta",), ("0", "\\theta")),
    ("f(x \\mid a, b)", ("a", "b"), ("a", "b")),
    ("p(x \\mid \\alpha, \\beta)", ("alpha", "beta"), ("\\alpha", "\\beta")),
]

_LATEX = {"theta": "\\theta", "alpha": "\\alpha", "beta": "\\beta", "a": "a", "b": "b"}


def _moment(k: int, lo: sp.Expr, hi: sp.Expr) -> sp.Expr:
    x = sp.Symbol("x")
    return sp.factor(sp.integrate(x**k / (hi - lo), (x, lo, hi)))


@pytest.mark.parametrize(("head", "params", "ends"), _HEADS)
def test_uniform_moments_proved_and_slips_never_proved(tmp_path, head, params, ends):
    rng = random.Random(61)
    syms = {p: sp.Symbol(p, positive=True) for p in params}
    lo, hi = (sp.Integer(0) if e == "0" else syms[e.strip("\\")] for e in ends)
    density = "\\frac{1}{\\theta}" if hi - lo == syms.get("theta") else "\\frac{1}{b - a}"
    if "alpha" in params:
        density = "\\frac{1}{\\beta - \\alpha}"
    bounds = f"{density}, \\ {sp.latex(lo)} \\leq x \\leq {ends[1]}"
    names = {s: _LATEX[str(s)] for s in syms.values()}
    k = rng.choice([1, 2])
    value = _moment(k, lo, hi)
    moment = "X" if k == 1 else "X^2"
    good = sp.latex(value, symbol_names=names)
    rows = _rows(tmp_path, _post(head, bounds, (moment, good)))
    assert rows[max(rows)][0] == "proved", (head, good, rows)
    for slip in (value * sp.Rational(rng.choice([2, 3]), 4), value + hi / 3, value.subs(lo, 0) + 1):
        if sp.simplify(slip - value) == 0:
            continue
        bad = sp.latex(slip, symbol_names=names)
        rows = _rows(tmp_path, _post(head, bounds, (moment, bad)))
        assert rows[max(rows)][0] != "proved", (head, bad, rows)


def test_a_comma_alone_proves_and_refutes_nothing(tmp_path):
    """``f(x, y) = 1/y, 0 < x < y`` may be the joint density of two variables (it
    integrates to 1 over 0 < x < y < 1), whose marginal of x is no uniform law."""
    for claim in ("\\frac{y}{2}", "y"):
        text = (
            "Let $X$ and $Y$ have the density\n\n$$\nf(x, y) = \\frac{1}{y}, \\ 0 < x < y\n$$\n\n"
            f"$$\nE(X) = {claim}\n$$\n"
        )
        rows = _rows(tmp_path, text)
        assert rows[max(rows)][0] not in ("proved", "refuted"), (claim, rows)


def test_a_random_letter_after_the_bar_gives_no_law(tmp_path):
    """``f(x | y) = 1/y`` beside a density of ``y``: a conditional law, so ``E(X) = y/2``
    is ``E[X | Y = y]``, not ``E[X]``; neither proved nor refuted as ``E[X]``."""
    for claim in ("\\frac{y}{2}", "y"):
        text = (
            "Let $Y$ have the density $g(y) = 2y$, $0 < y < 1$, and given $Y = y$ let $X$"
            " have the density\n\n$$\nf(x | y) = \\frac{1}{y}, \\ 0 < x < y\n$$\n\n"
            f"$$\nE(X) = {claim}\n$$\n"
        )
        rows = _rows(tmp_path, text)
        assert rows[max(rows)][0] not in ("proved", "refuted"), (claim, rows)


_MOM = (
    "**Let $X_1, \\dots , X_n$ be iid with pdf**\n\n"
    "$$\nf(x | \\theta) = \\frac{ 1 }{ \\theta }, \\ 0 \\leq x \\leq \\theta, \\ \\theta > 0.\n$$\n\n"
    "_Method of Moments_\n\n"
    "$$\n\t\\begin{align}\n"
    "\t\t\\hat{\\theta} & = 2 \\overline{ X } \\\\ \\\\\n"
    "\t\tE(\\hat{\\theta}) & = E(2 \\overline{ X }) \\\\\n"
    "\t\t\t& = 2 E( \\frac{ 1 }{ n } \\sum X_i)\\\\\n"
    "\t\t\t& = {slip} \\\\\n"
    "\t\t\t& = \\theta\n"
    "\t\\end{align}\n$$\n"
)


def test_the_row_after_a_refuted_moment_follows_from_the_line_before(tmp_path):
    """Lines 27-30 of the held-out post: the author's slip ``\\frac{2}{n}(\\frac{1}{2}
    \\theta)^n`` (line 29) is refuted, and the correct ``= \\theta`` after it (line 30),
    compared with the slip, was refuted too; it follows from the line before the slip."""
    for slip in (
        "\\frac{ 2 }{ n }(\\frac{ 1 }{ 2 } \\theta)^n",
        "\\frac{ 2 }{ n }\\theta",
        "\\theta^2",
    ):
        rows = _rows(tmp_path, _MOM.replace("{slip}", slip))
        last, before = sorted(rows)[-1], sorted(rows)[-2]
        assert rows[before][0] == "refuted", (slip, rows)
        assert rows[last][0] == "proved", (slip, rows)
    rows = _rows(tmp_path, _MOM.replace("{slip}", "\\frac{ 2 }{ n }(\\frac{ 1 }{ 2 } n \\theta)"))
    assert all(v == "proved" for line, (v, _) in rows.items() if line > 14), rows


_MLE = (
    "\n_Maximum Likelihood_\n\n"
    "Notice that the likelihood is maximized at $X_{(n)} = \\theta$.\n\n"
    "$$\n\t\\begin{align}\n"
    "\t\tE(\\hat{\\theta}) & = \\frac{ n }{ \\theta^n } \\int_{0}^{\\theta} x \\cdot x^{n-1} dx \\\\\n"
    "\t\t\t&= \\frac{ n }{ \\theta^n } \\frac{ \\theta^{n+1} }{ n+1 }\n"
    "\t\\end{align}\n$$\n"
)


def test_an_estimator_defined_in_another_display_is_no_refutation(tmp_path):
    """Line 58 of the held-out post: the maximum-likelihood section's ``E(\\hat\\theta)`` is
    the mean of the maximum, not of the method-of-moments ``\\hat\\theta = 2\\bar X`` two
    displays above; comparing it with that definition refuted the correct row."""
    rows = _rows(tmp_path, _MOM.replace("{slip}", "\\theta") + _MLE)
    mle = [line for line in rows if line > 20]
    assert mle and all(rows[line][0] != "refuted" for line in mle), rows
    # in its own display the definition still decides: a wrong mean there is refuted
    same = _MOM.replace("{slip}", "\\frac{ n \\theta }{ n+1 }")
    rows = _rows(tmp_path, same)
    assert "refuted" in [v for v, _ in rows.values()], rows


def test_an_estimator_defined_above_still_decides_without_another_method(tmp_path):
    """repro59e (held-out): "The estimator is $\\hat{p} = \\bar{X}$" in a sentence, then
    displays of its moments; no other estimator is introduced between, so the definition is
    the estimator meant and a wrong variance is refuted (the rule above lost this catch)."""
    text = (
        "Consider a random sample $X_1, X_2, \\dots, X_n$ from a Bernoulli distribution with"
        " parameter $p$. The estimator is $\\hat{p} = \\bar{X}$.\n\n"
        "$$Var(\\hat{p}) = \\frac{p(1 - p)}{n}$$\n\n"
        "$$Var(\\hat{p}) = \\frac{p(1 - p)}{n^2}$$\n"
    )
    rows = _rows(tmp_path, text)
    assert [v for _, (v, _) in sorted(rows.items())][-2:] == ["proved", "refuted"], rows
    held_out = HELD_OUT.parent.parent / "repro59e" / "sample-mean-named-estimator-wrong.md"
    verdicts = {r.line: r.verdict for r in check_post(held_out).rows}
    assert verdicts[17] == "refuted", verdicts
