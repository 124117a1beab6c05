"""Held-out batch 16, findings 3 and 4: a subscript on a function's name (`\\ell_\\phi`,
`\\ell_\\mu`, `\\ell_\\Sigma`: the terms of l in phi, in mu, in Sigma) names another function,
and `d\\ell_\\Sigma(\\theta)` is a differential, not d times l. Read as restatements of l, the
post's correct rows were refuted against l's other terms."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "For $0 < \\phi < 1$, real $\\mu$ and counts $n_1, n_0 > 0$ and a sum $s$,\n\n"
    "$$\\ell(\\theta) = n_1 \\log \\phi + n_0 \\log(1 - \\phi) - (s - \\mu)^2$$\n\n"
    "We isolate the terms in $\\phi$:\n\n"
    "$$\\ell_\\phi(\\theta) = PHI$$\n\n"
    "and the terms in $\\mu$:\n\n"
    "$$\\ell_\\mu(\\theta) = MU$$\n\n"
    "$$= -s^2 + 2 s \\mu - \\mu^2$$\n"
)
_PHI = "n_1 \\log \\phi + n_0 \\log(1 - \\phi)"
_MU = "-(s - \\mu)^2"


def _post(phi: str = _PHI, mu: str = _MU) -> str:
    return _POST.replace("PHI", phi).replace("MU", mu)


def test_the_terms_in_phi_are_not_refuted(tmp_path):
    assert verdict_of_row(tmp_path, _post(), _PHI) != "refuted"


def test_the_terms_in_mu_are_not_refuted(tmp_path):
    assert verdict_of_row(tmp_path, _post(), _MU) != "refuted"


def test_the_rewrite_of_the_terms_in_mu_is_proved(tmp_path):
    assert verdict_of_row(tmp_path, _post(), "= -s^2 + 2 s \\mu - \\mu^2") == "proved"


@pytest.mark.parametrize("wrong", ["= -s^2 - 2 s \\mu - \\mu^2", "= s^2 + 2 s \\mu - \\mu^2"])
def test_a_wrong_rewrite_of_the_terms_in_mu_is_not_proved(tmp_path, wrong):
    body = _post().replace("= -s^2 + 2 s \\mu - \\mu^2", wrong)
    assert verdict_of_row(tmp_path, body, wrong) != "proved"


def test_a_differential_of_a_named_function_is_not_refuted(tmp_path):
    body = (
        "In dimension $d$, for real $s$ and $\\sigma > 0$,\n\n"
        "$$\\ell(\\sigma) = -\\frac{d}{2} \\log \\sigma - \\frac{s}{2 \\sigma}$$\n\n"
        "Its differential:\n\n"
        "$$d \\ell(\\sigma) = -\\frac{d}{2 \\sigma} d\\sigma + \\frac{s}{2 \\sigma^2} d\\sigma$$\n"
    )
    assert verdict_of_row(tmp_path, body, "d \\ell(\\sigma) =") != "refuted"
