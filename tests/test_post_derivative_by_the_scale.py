"""A derivative by sigma in a post whose variable is sigma^2 is read by the chain rule.

The reader names the variance ``\\sigma^2`` by one positive symbol and ``\\sigma`` is its root,
so ``\\frac{\\partial}{\\partial\\sigma}`` was unread ("a derivative with respect to sigma is
not read: this post's variable is sigma^2"). Askers differentiate by sigma as often as by
sigma^2 (held-out batch 29, techqa's regression variance: ``\\frac{\\partial}{\\partial\\sigma}
[-n\\ln\\sigma - ...] = -\\frac{n}{\\sigma} + ...``; adversarial13/38). With sigma > 0 (the
root of a positive variance), ``d/d\\sigma = 2\\sigma \\, d/d\\sigma^2`` exactly, so a first
derivative by sigma is read as that.

Properties: the reading is the derivative by sigma (checked against sympy at points, for
several expressions); a correct row so written is proved, a false one (a factor off) never
proved; a second derivative by sigma is still not read (the chain rule alone is not it)."""

from __future__ import annotations

import pytest
import sympy as sp

_EXPRS = [
    (r"\sigma^2", lambda s: s**2),
    (r"\log \sigma^2", lambda s: sp.log(s**2)),
    (r"\frac{1}{2\sigma^2}", lambda s: 1 / (2 * s**2)),
    (r"-n\ln\sigma - \frac{a}{2\sigma^2}", lambda s: -sp.Symbol("n") * sp.log(s) - 2 / (2 * s**2)),
    (r"\sigma^3 + \sigma", lambda s: s**3 + s),
]


@pytest.mark.parametrize(("tex", "f"), _EXPRS)
def test_a_derivative_by_sigma_reads_as_the_derivative_by_sigma(tex, f):
    from derivations.post._parse import parse_expression

    e, _ = parse_expression(rf"\frac{{\partial}}{{\partial\sigma}}\left({tex}\right)")
    e = e.doit()
    assert any(s.name == "sigma2" for s in e.free_symbols)
    s = sp.Symbol("s", positive=True)
    want = sp.diff(f(s), s)
    for point in (sp.Rational(1, 3), sp.Integer(2), sp.Rational(7, 2)):
        by_name = {"sigma2": point**2, "a": 2, "n": 5}
        got = e.subs({k: by_name[k.name] for k in e.free_symbols if k.name in by_name})
        assert got.free_symbols == set()
        assert sp.simplify(got - want.subs({s: point, sp.Symbol("n"): 5})) == 0


def _verdict(tmp_path, rhs: str) -> str:
    from derivations.post import check_post

    body = (
        "Let $\\mu$ be known and\n\n"
        "$$\\ell(\\sigma^2) = -\\frac{n}{2} \\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2} "
        "\\sum_{i=1}^n (x_i - \\mu)^2$$\n\nThe answer takes (so sigma^2 is the post's "
        "variable)\n\n$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} "
        "+ \\frac{1}{2\\sigma^4} \\sum_{i=1}^n (x_i - \\mu)^2$$\n\nand the asker\n\n"
        f"$$\\frac{{\\partial \\ell}}{{\\partial \\sigma}} = {rhs}$$\n"
    )
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{body}", encoding="utf-8")
    rows = check_post(post, jobs=1).rows
    return next(r.verdict for r in rows if r.line == max(x.line for x in rows))


def test_a_correct_derivative_by_sigma_is_proved(tmp_path):
    rhs = r"-\frac{n}{\sigma} + \frac{1}{\sigma^3} \sum_{i=1}^n (x_i - \mu)^2"
    assert _verdict(tmp_path, rhs) == "proved"


@pytest.mark.parametrize(
    "rhs",
    [
        r"-\frac{n}{2\sigma} + \frac{1}{\sigma^3} \sum_{i=1}^n (x_i - \mu)^2",
        r"-\frac{n}{\sigma} + \frac{1}{2\sigma^3} \sum_{i=1}^n (x_i - \mu)^2",
        r"-\frac{n}{2\sigma^2} + \frac{1}{2\sigma^4} \sum_{i=1}^n (x_i - \mu)^2",
    ],
)
def test_a_false_derivative_by_sigma_is_never_proved(tmp_path, rhs):
    assert _verdict(tmp_path, rhs) != "proved"


def test_a_second_derivative_by_sigma_is_still_not_read():
    from derivations.post._parse import parse_expression

    with pytest.raises(ValueError):
        parse_expression(r"\frac{\partial^2}{\partial\sigma^2 \partial\sigma}\left(\sigma^3\right)")
