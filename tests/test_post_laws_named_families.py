"""``\\mathrm{BetBin}(n, \\alpha, \\beta)`` and ``\\mathrm{NegBin}(r, p)`` name laws whose
parameters have a sign: the beta-binomial's shapes are positive, the negative binomial's
r is positive and its p a probability. Read as unknown names (a named quantity of the
post), a step dividing by alpha in the Book of Statistical Proofs' beta-binomial moments
(held-out batch 10, lines 58 and 72) kept "alpha != 0" open.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._parameter_space import distribution_statements
from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context

HELD_OUT = Path(__file__).parent / "posts" / "incoming" / "external10"


@pytest.mark.parametrize(
    ("law", "statements"),
    [
        ("\\mathrm{BetBin}(n, \\alpha, \\beta)", ["\\alpha > 0", "\\beta > 0"]),
        ("\\mathrm{BetaBin}(n, a, b)", ["a > 0", "b > 0"]),
        ("\\mathrm{NegBin}(r, p)", ["r > 0", "0 < p < 1"]),
        ("\\mathrm{BetBin}(n, 1 - \\alpha, \\beta)", ["\\beta > 0"]),
        ("\\mathrm{Foo}(n, \\alpha, \\beta)", []),
    ],
)
def test_a_named_family_states_its_parameters_signs(law, statements):
    expr, _ = parse_expression(law, Context())
    assert distribution_statements([expr]) == statements


def test_the_beta_binomial_steps_that_divide_by_alpha_are_proved():
    post = HELD_OUT / "statproofbook-betabinomial-mome.md"
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[58].verdict == "proved", rows[58].reason
    assert rows[72].verdict == "proved", rows[72].reason
