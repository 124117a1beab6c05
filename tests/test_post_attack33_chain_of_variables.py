"""A chain of a function's variables (a joint density's range ``0 < y < x``) bounds neither:
its last name is a variable of that function, not a constant the post assumes.

Adversarial set 25 (written blind against 00fa771), pair 06: "The joint density is $f(x, y) =
e^{-x}$ for $0 < y < x$", then "for every real number $x$", ``\\sqrt{x^2} = x`` was proved:
the chain's bound (``0 < a < b``: b > 0, ``assumptions.chain_bound``) made x positive in the
whole post.

Properties: a chain whose middle and last names are arguments of one function the post writes
gives the last no bound; a chain of constants (``0 < a < b``) and a density's range that ends
at a parameter (``0 < x < \\theta`` for ``f(x) = 1/\\theta``, or ``f(x; \\theta)``) still do.
"""

from __future__ import annotations

import pytest


def _verdict(tmp_path, prose: str, row: str) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n{prose}\n\n$${row}$$\n", encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows][-1]


@pytest.mark.parametrize(
    "density",
    [r"$f(x, y) = e^{-x}$", r"$f_{X,Y}(x, y) = 2$", r"$p(y, x) = e^{-x}$"],
)
def test_a_joint_range_does_not_bound_a_variable(tmp_path, density):
    prose = f"The joint density is {density} for $0 < y < x$. For every real number $x$,"
    assert _verdict(tmp_path, prose, r"\sqrt{x^2} = x") != "proved"
    assert _verdict(tmp_path, prose, r"\ln(x^2) = 2\ln x") != "proved"


def test_a_chain_of_constants_still_bounds(tmp_path):
    prose = r"Let $0 < a < b$. Then"
    assert _verdict(tmp_path, prose, r"\ln(b^2) = 2\ln b") == "proved"


@pytest.mark.parametrize(
    "density", [r"$f(x) = \frac{1}{\theta}$", r"$f(x; \theta) = \frac{1}{\theta}$"]
)
def test_a_range_to_a_parameter_still_bounds_it(tmp_path, density):
    prose = f"The density is {density} for $0 < x < \\theta$. Then"
    assert _verdict(tmp_path, prose, r"\ln(\theta^2) = 2\ln\theta") == "proved"
