"""A declaration the reader cannot read still decides its variable's law (held-out batch 50).

Maja Pavlovic's proof of the log-normal variance (StatProofBook lognorm-var, external50)
declares ``X \\sim \\ln \\mathcal{N}(\\mu, \\sigma^2)``, states ``Var(X) = \\exp(2\\mu + 2\\sigma^2)
- \\exp(2\\mu + \\sigma^2)`` and ``E[X] = \\exp(\\mu + \\sigma^2/2)``, and later writes the density
of a normal law with the same letters, ``f_X(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma} \\exp[...]``, to
integrate it. The declaration's law side is not a law the reader reads (the log of a normal
law), so X was left undeclared, and a letter no row declares takes the law of a density the
post writes in it: X became normal, and the two correct moments (lines 21 and 40), the step
that completes the square (67) and the final substitution (102) were refuted.

A declaration whose law side is written with arguments (a law applied to its parameters,
inside a form the reader does not read as a law) decides X as an unknown law, as an unknown
name ``X \\sim p(x)`` already does: no density written elsewhere speaks for it.

Properties: under such a declaration, no moment of X is refuted from a density written in
its letter; the same density with no declaration, or with ``X \\sim \\mathcal{N}(\\mu,
\\sigma^2)`` declared, still refutes the log-normal mean (the rule is not a blanket silence);
a bare letter for the law (``X \\sim P``) still lets the written density speak.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_DENSITY = (
    "The density of a normal distribution is\n\n"
    "$$ f_X(x) = \\frac{1}{\\sqrt{2 \\pi} \\sigma} \\cdot \\exp \\left[ -\\frac{1}{2} "
    "\\left( \\frac{x-\\mu}{\\sigma} \\right)^2 \\right] $$\n"
)
_MEAN = "\\mathrm{E}[X] = \\exp \\left( \\mu + \\frac{1}{2} \\sigma^2 \\right)"
_VAR = "\\mathrm{Var}(X) = \\exp \\left(2\\mu +2\\sigma^2\\right) - \\exp \\left(2\\mu + \\sigma^2\\right)"
_UNREAD = [
    "X \\sim \\ln \\mathcal{N}(\\mu, \\sigma^2) .",
    "X \\sim \\log \\mathcal{N}(\\mu, \\sigma^2)",
    "X \\sim \\ln\\mathcal{N}\\left(\\mu, \\sigma^2\\right)",
]


def _post(declaration: str | None, claim: str) -> str:
    head = f"Let\n\n$$ {declaration} $$\n\n" if declaration else ""
    return head + f"Then\n\n$$ {claim} $$\n\n" + _DENSITY


@pytest.mark.parametrize("declaration", _UNREAD)
@pytest.mark.parametrize("claim", [_MEAN, _VAR])
def test_a_moment_under_an_unread_declaration_is_not_refuted(tmp_path, declaration, claim):
    assert verdict_of_row(tmp_path, _post(declaration, claim), claim) != "refuted"


def test_without_a_declaration_the_density_still_decides(tmp_path):
    assert verdict_of_row(tmp_path, _post(None, _MEAN), _MEAN) == "refuted"


def test_a_normal_declaration_still_refutes_the_log_normal_mean(tmp_path):
    declaration = "X \\sim \\mathcal{N}(\\mu, \\sigma^2)"
    assert verdict_of_row(tmp_path, _post(declaration, _MEAN), _MEAN) == "refuted"


def test_a_bare_letter_for_the_law_lets_the_density_speak(tmp_path):
    assert verdict_of_row(tmp_path, _post("X \\sim P", _MEAN), _MEAN) == "refuted"
