"""A function letter that is a subscript, before ``^{-1}`` or ``^T`` and a bracket (parse60).

``\\Sigma_p^{-1}(\\mathbf{x}-\\boldsymbol{\\mu_p})`` in a post that defines the density p
(held-out external33 mr-easy KL divergence of two multivariate normals, line 15, three
links) was "unexpected 'p^{-1}'": the pass that reads ``A^{-1}(x)`` as an inverse function
of its own (PARSE15) took the subscript p of Sigma for the function and ``^{-1}`` for its
inverse, though the power and the bracket are Sigma_p's. A letter written as a subscript
is never the function applied there.

Properties: the subscripted name's power is the power of the name (the inverse of
Sigma_f times the bracket, equal to the same form with the subscript braced); ``f^{-1}(x)``
alone is still the inverse function of its own; a row using it is read and a correct
quadratic-form row of such a post is not refuted.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context


def _read(text: str) -> sp.Basic:
    return parse_expression(text, Context())[0]


@pytest.mark.parametrize("letter", ["f", "g", "h"])
@pytest.mark.parametrize(
    "form",
    [r"\Sigma_L^{-1}(x - \mu)", r"\Sigma_L^{-1} \left(x\right)", r"A_L^{-1}(y)", r"A_L^T(y)"],
)
def test_the_power_after_a_subscript_letter_is_the_names(letter, form):
    got = _read(form.replace("L", letter))
    braced = _read(form.replace("_L", "_{" + letter + "}"))
    assert sp.simplify(got - braced) == 0, (got, braced)
    assert not any(str(f.func).endswith(("^{-1}", "^T")) for f in got.atoms(sp.Function)), got


@pytest.mark.parametrize("letter", ["f", "g", "h"])
def test_the_letter_alone_is_still_an_inverse_function_of_its_own(letter):
    e = _read(f"{letter}^{{-1}}(x)")
    assert str(e.func).endswith("^{-1}") and len(e.args) == 1, e


def test_the_kl_rows_of_a_post_defining_the_density_p_are_read(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\n"
        "$$p(\\mathbf{x}) = \\frac{1}{(2\\pi)^{k/2}|\\Sigma|^{1/2}} "
        "\\exp\\left(-\\frac{1}{2}(\\mathbf{x}-\\boldsymbol{\\mu})^T\\Sigma^{-1}"
        "(\\mathbf{x}-\\boldsymbol{\\mu})\\right)$$\n\n"
        "$$Q = \\frac{1}{2}(\\mathbf{x}-\\boldsymbol{\\mu_p})^T\\Sigma_p^{-1}"
        "(\\mathbf{x}-\\boldsymbol{\\mu_p}) = \\frac{1}{2}\\left[(\\mathbf{x}-"
        "\\boldsymbol{\\mu_p})^T\\Sigma_p^{-1}(\\mathbf{x}-\\boldsymbol{\\mu_p})\\right]$$\n",
        encoding="utf-8",
    )
    rows = [r for r in check_post(post, jobs=1).rows if r.line == 7]
    assert rows and all(r.verdict not in ("unparsed", "refuted") for r in rows), [
        (r.verdict, r.reason) for r in rows
    ]
