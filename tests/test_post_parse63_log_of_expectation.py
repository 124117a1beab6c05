r"""``\log \mathbb{E}_q[...]``: the log of an expectation with a subscript (PARSE63).

Variational posts write the evidence as ``\log \mathbb E_q \left[ \frac{p(x, z)}{q(z)} \right]``
and ``\log \mathbb{E}_{q(\theta)}[...]`` (held-out emptymalei and jliu678 ELBO posts, 5 rows);
``\log`` took only a factor without a subscripted call after it, and the rows were unparsed
("unexpected '_'") while ``\log \mathbb{E}[...]`` and ``\mathbb{E}_q[...]`` were read. The log
of the subscripted expectation is now read as the log of what ``\mathbb{E}_q[...]`` alone reads.
A power right after it (``\log \mathbb{E}_q[X]^2``) stays inside the log, as it was read
before and as ``\log \mathbb{E}[X]^2`` is.
"""

from __future__ import annotations

import pytest
import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import LatexError, parse_expression
from derivations.post._tosympy import PostSyntaxError

_CALLS = [
    r"\mathbb E_q \left[ \frac{p(x, z)}{q(z)} \right]",
    r"\mathbb{E}_{q(\theta)} \left[ \frac{p(x, \theta)}{q(\theta)} \right]",
    r"\mathbb{E}_q[X]",
    r"E_\theta(X_1 | T = t)",
    r"\mathbb{E}_{z \sim q}\left[ \log p(x, z) \right]",
]


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize("call", _CALLS)
@pytest.mark.parametrize("log", [r"\log", r"\ln"])
def test_the_log_of_a_subscripted_expectation_is_the_log_of_its_reading(log, call):
    inner = _read(call)
    assert inner.func.__name__ == "E"
    assert _read(f"{log} {call}") == sp.log(inner)


@pytest.mark.parametrize("call", _CALLS)
def test_it_is_one_factor_of_a_sum_or_product(call):
    inner = _read(call)
    assert sp.expand(_read(rf"\log {call} - \log 2") - (sp.log(inner) - sp.log(2))) == 0
    assert sp.expand(_read(rf"2 \log {call}") - 2 * sp.log(inner)) == 0


@pytest.mark.parametrize("call", _CALLS[2:4])
def test_a_power_after_it_stays_inside_the_log(call):
    # as before this change, and as \log \mathbb{E}[X]^2 is read
    assert _read(rf"\log {call}^2") == sp.log(_read(rf"{call}^2"))
    assert _read(r"\log \mathbb{E}[X]^2") == sp.log(_read(r"\mathbb{E}[X]^2"))


@pytest.mark.parametrize(
    "text", [r"\log \mathbb{E}_q", r"\log \mathbb{E}_q[X", r"\log \mathbb{E}_{q} + 1"]
)
def test_an_unfinished_call_is_still_refused(text):
    with pytest.raises((LatexError, PostSyntaxError)):
        _read(text)


def test_the_author_rows_are_read_and_none_refuted(tmp_path):
    # emptymalei's ELBO by Jensen (lines 44-49): an inequality, then rewrites of the bound
    rows = _rows(
        tmp_path,
        r"\log \mathbb E_q \left[ \frac{p(x, z)}{q(Z)} \right] \geq  \mathbb E_q \left[ "
        r"\log\left(\frac{p(x, z)}{q(Z)}\right) \right]",
        r"\begin{align}\log p(x) =& \log \mathbb E_q \left[ \frac{p(x, z)}{q(z)} \right] \\"
        r"\geq&  \mathbb E_q \left[ \log\left(\frac{p(x, z)}{q(z)}\right) \right] \\"
        r"=& \mathbb E_q \left[ \log p(x, z)- \log q(z) \right] \end{align}",
    )
    for r in rows.values():
        assert r.verdict not in ("unparsed", "refuted"), (r.line, r.verdict, r.reason)
