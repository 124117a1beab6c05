"""A parameter written with a subscript (``\\sigma_p``, ``\\mu_0``, ``b_q``) gets the domain
its law or its written density implies, as the same letter without the subscript does.

Held-out batch 29 (``tests/posts/incoming/repro31/``, KennethWang1221's KL divergence of two
normals): ``P(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma_p} \\exp(...)`` implies ``\\sigma_p > 0`` as
the same density with ``\\sigma`` implies ``\\sigma > 0``, but the names of the assumption
language were made only for a Greek letter or one Latin letter alone, so ``\\sigma_p`` got no
domain; the engine drew it negative, where the "density" is negative and its second moment
``-\\sigma_p^2``, and refuted the correct ``\\int (x - \\mu_p)^2 P(x) dx = \\sigma_p^2``.

Properties: every name the parameter space writes for the assumption language is read back
as the same name (never as another name, never as a sample); a subscript that is an index
letter (``\\sigma_i``: a sample) gets no scalar name; a normal density or law with a
subscripted scale implies that scale positive; the correct moment rows are never refuted, a
false one never proved."""

from __future__ import annotations

import pytest
import sympy as sp

_NAMES = ["sigma_p", "sigma_q", "mu_0", "lambda_1", "b_q", "theta_a", "sigma_12", "tau_xy"]
_INDEXED = ["sigma_i", "x_n", "mu_j", "lambda_k"]


@pytest.mark.parametrize("name", ["sigma", "lambda", "x", *_NAMES, *_INDEXED])
def test_a_name_written_for_the_assumption_language_reads_back_as_itself(name):
    from derivations.assumptions import parse
    from derivations.post._parameter_space import tex_name

    tex = tex_name(sp.Symbol(name))
    if tex is None:
        return
    (d,) = parse(f"{tex} > 0", "test")
    assert (d.name, d.sample) == (name, False)


@pytest.mark.parametrize("name", _NAMES)
def test_a_subscripted_parameter_has_a_name_in_the_assumption_language(name):
    from derivations.post._parameter_space import tex_name

    assert tex_name(sp.Symbol(name)) is not None


@pytest.mark.parametrize("name", _INDEXED)
def test_a_subscript_that_is_an_index_letter_is_no_scalar_name(name):
    from derivations.post._parameter_space import tex_name

    assert tex_name(sp.Symbol(name)) is None


def _post(tmp_path, sub: str, rows: list[str], law: bool) -> list:
    """The density of P (and, as the KL note writes it, of Q beside it), then ``rows``."""
    from derivations.post import check_post

    s, m = rf"\sigma_{{{sub}}}", rf"\mu_{{{sub}}}"
    head = [rf"$$P(x) \sim N({m}, {s}^2)$$"] if law else []
    density = (
        rf"$$P(x) = \frac{{1}}{{\sqrt{{2\pi}}{s}}} "
        rf"\exp\left(-\frac{{(x - {m})^2}}{{2{s}^2}}\right), \quad "
        r"Q(x) = \frac{1}{\sqrt{2\pi}\tau} \exp\left(-\frac{(x - \nu)^2}{2\tau^2}\right)$$"
    )
    body = "\n\n".join([*head, density, *(r.format(s=s, m=m) for r in rows)])
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{body}\n", encoding="utf-8")
    return check_post(post, jobs=1).rows


_TRUE = r"$$\int_{{-\infty}}^{{\infty}}(x - {m})^2P(x)dx = {s}^2$$"
_FALSE = r"$$\int_{{-\infty}}^{{\infty}}(x - {m})^2P(x)dx = 2{s}^2$$"


@pytest.mark.parametrize("law", [False, True])
@pytest.mark.parametrize("sub", ["p", "q", "0", "a"])
def test_the_second_moment_of_a_written_normal_density_is_never_refuted(tmp_path, sub, law):
    rows = _post(tmp_path, sub, [_TRUE], law)
    assert "refuted" not in {r.verdict for r in rows[-1:]}


@pytest.mark.parametrize("law", [False, True])
@pytest.mark.parametrize("sub", ["p", "0"])
def test_a_false_moment_of_it_is_never_proved(tmp_path, sub, law):
    rows = _post(tmp_path, sub, [_FALSE], law)
    assert "proved" not in {r.verdict for r in rows[-1:]}


@pytest.mark.parametrize("sub", ["p", "1"])
def test_the_written_normal_density_implies_its_subscripted_scale_positive(sub):
    from derivations.assumptions import parse
    from derivations.post._parameter_space import implied_domains

    x, mu, s = sp.symbols(f"x mu_{sub} sigma_{sub}")
    g = sp.exp(-((x - mu) ** 2) / (2 * s**2)) / (sp.sqrt(2 * sp.pi) * s)

    class _Step:
        rule = "definition"
        lhs_latex = "P(x)"
        expr = g
        rows = ("r@7",)

    found = {d.name: d for d in implied_domains([_Step()], [])}
    assert f"sigma_{sub}" in found
    (want,) = parse(rf"\sigma_{{{sub}}} > 0", "test")
    d = found[f"sigma_{sub}"]
    assert (d.lower, d.lower_strict, d.sample) == (want.lower, want.lower_strict, False)
