"""A free constant factor of a likelihood is no parameter of its mass.

Held-out batch 19 (imathworks normal LRT, line 24; ``repro18/``): ``L(\\mu,\\sigma) =
\\text{constant} \\cdot \\prod_{i=1}^n (\\sigma^{-1} e^{-\\frac12 ((x_i - \\mu)/\\sigma)^2})``
was refuted "the density does not integrate to 1": the mass check drew the factor
``constant`` (and ``c`` of ``c \\sigma^{-n} e^{...}``) at random like a parameter, so the
mass "depended on the parameters". A factor made only of symbols that appear nowhere else
in the row, and that the row's head does not name as its arguments, is a constant a
likelihood may leave unnamed: it is left out before the mass is weighed.

The properties: those rows are not refuted; a wrong per-observation factor is still
refuted with the constant in front; a symbol the head names (``f(x; \\theta) = \\theta
e^{-x}``) is still a parameter, and its wrong density still refuted.
"""

from __future__ import annotations

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"
FACTOR = (
    "\\left(\\sigma^{{{power}}} \\exp\\left(\\frac{{-1}}{{2}}"
    "\\left(\\frac{{x_i-\\mu}}{{\\sigma}}\\right)^2\\right)\\right)"
)


def _first(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return min(check_post(path, jobs=1, cache=False).rows, key=lambda r: r.line)


def _likelihood(constant, power):
    return (
        "The likelihood function is\n"
        f"$$ L(\\mu,\\sigma) = {constant} \\cdot\\prod_{{i=1}}^n {FACTOR.format(power=power)} $$\n"
    )


def test_a_named_constant_in_front_is_not_a_parameter(tmp_path):
    row = _first(tmp_path, _likelihood("\\text{constant}", "-1"))
    assert row.verdict != "refuted", row
    row = _first(tmp_path, _likelihood("c", "-1"))
    assert row.verdict != "refuted", row


def test_a_joint_form_with_c_in_front_is_not_refuted(tmp_path):
    text = (
        "The likelihood function is\n"
        "$$ L = c\\sigma^{-n}\\exp\\left(\\frac{-1}{2\\sigma^2}"
        "\\sum_{i=1}^n(x_i-\\mu)^2\\right) $$\n"
    )
    assert _first(tmp_path, text).verdict != "refuted"


def test_a_wrong_factor_is_still_refuted_with_a_constant_in_front(tmp_path):
    row = _first(tmp_path, _likelihood("\\text{constant}", "-2"))
    assert row.verdict == "refuted", row
    assert "integrate to 1" in row.reason


def test_a_symbol_the_head_names_is_still_a_parameter(tmp_path):
    text = (
        "Each observation has the density\n\n$$ f(x; \\theta) = \\theta e^{-x}, \\quad x > 0 $$\n"
    )
    row = _first(tmp_path, text)
    assert row.verdict == "refuted", row
