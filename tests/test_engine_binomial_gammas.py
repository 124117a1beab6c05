"""A binomial coefficient written with Gammas where its arguments keep the Gammas finite.

``C(n, y) = Gamma(n + 1) / (Gamma(y + 1) Gamma(n - y + 1))`` wherever ``n + 1``, ``y + 1``
and ``n - y + 1`` are positive (no Gamma meets a pole; it is then the definition of
the generalised coefficient). The beta-binomial log model evidence writes
``log C(n, y) = log Gamma(n + 1) - log Gamma(y + 1) - log Gamma(n - y + 1)``
(``0 <= y <= n``): the logs split once the Gammas are known positive, which the
domains show.

Wrong twins: a Gamma's argument off by one, and the same row where the domains do not
give the arguments' signs.
"""

from __future__ import annotations

import sympy as sp

from derivations._report import PASS
from derivations.engine._domains import Domains
from derivations.engine._symbolic_check import symbolic_check
from tests._domains import domains_of
from tests._post_rows import verdict_of_row

n, y, r, k = sp.symbols("n y r k")
G = sp.gamma


def _proved(prev, cur, domains) -> bool:
    return symbolic_check(prev, cur, "=", domains).status == PASS


RANGE = ("n > 0", "0 <= y <= n")


def test_log_of_a_binomial_is_a_sum_of_log_gammas():
    prev = sp.log(sp.binomial(n, y))
    cur = sp.log(G(n + 1)) - sp.log(G(y + 1)) - sp.log(G(n - y + 1))
    assert _proved(prev, cur, domains_of(*RANGE))


def test_a_binomial_is_a_gamma_ratio():
    prev = sp.binomial(r + y - 1, y)
    cur = G(r + y) / (G(r) * G(y + 1))
    assert _proved(prev, cur, domains_of("r > 0", "y >= 0"))


def test_wrong_twin_an_argument_off_by_one_is_not_proved():
    prev = sp.log(sp.binomial(n, y))
    cur = sp.log(G(n + 1)) - sp.log(G(y + 1)) - sp.log(G(n - y))
    assert not _proved(prev, cur, domains_of(*RANGE))
    assert not _proved(
        sp.binomial(r + y - 1, y), G(r + y + 1) / (G(r) * G(y + 1)), domains_of("r > 0", "y >= 0")
    )


def test_wrong_twin_without_the_signs_is_not_proved():
    prev = sp.log(sp.binomial(n, y))
    cur = sp.log(G(n + 1)) - sp.log(G(y + 1)) - sp.log(G(n - y + 1))
    assert not _proved(prev, cur, Domains())
    # y <= n alone does not keep Gamma(y + 1) away from its poles
    assert not _proved(prev, cur, domains_of("y <= n"))


def test_log_binomial_through_a_post(tmp_path):
    body = (
        "Let $n$ be a positive integer and $0 \\le y \\le n$.\n\n"
        "$$\\begin{aligned} L &= \\log {n \\choose y} \\\\\n"
        "&= \\log \\Gamma(n+1) - \\log \\Gamma(y+1) - \\log \\Gamma(n-y+1) \\end{aligned}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "&= \\log \\Gamma(n+1)") == "proved"
    wrong = body.replace("\\Gamma(n-y+1)", "\\Gamma(n-y+2)")
    assert verdict_of_row(tmp_path, wrong, "&= \\log \\Gamma(n+1)") != "proved"
