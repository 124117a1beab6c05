"""``n_o`` in a post that writes ``n_0``: the letter o typed for the digit 0.

The zero-inflated Poisson notebook (held-out external9, line 41) writes ``(N-n_o)`` in one
score and ``n_0`` everywhere else; read as a name of its own, n_o made the correct second
derivative by \\pi (line 50, which writes n_0) refuted. A subscript o of a letter the post also
writes with the subscript 0 is read as 0, with a slip saying so; a post with no ``n_0``
keeps ``n_o`` as written.
"""

from __future__ import annotations

from derivations.post._extract import extract
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context

_POST = r"""The zeros are $n_0$ of the $N$ counts.

$$l = n_0 \log \pi + (N - n_{0}) \log(1 - \pi)$$

$$\frac{\partial l}{\partial \pi} = \frac{n_0}{\pi} - \frac{N - n_o}{1 - \pi}$$
"""


def _read(text: str, side: str):
    rows, _ = extract(text)
    return parse_expression(side, post_context(rows, Context()))


def test_o_beside_zero_is_zero_with_a_slip():
    got, slips = _read(_POST, r"N - n_o")
    assert got == _read(_POST, r"N - n_0")[0]
    assert any("n_o" in s.message and "n_0" in s.message for s in slips), slips
    assert _read(_POST, r"N - n_{o}")[0] == got


def test_o_without_zero_in_the_post_is_a_name():
    text = _POST.replace("n_0", "n_z").replace("n_{0}", "n_z")
    got, slips = _read(text, r"N - n_o")
    assert got != _read(text, r"N - n_0")[0]
    assert not slips


def test_o_of_another_letter_is_not_changed():
    # the post writes n_0, not m_0: m_o keeps its subscript letter
    got, _ = _read(_POST, r"m_o")
    assert got != _read(_POST, r"m_0")[0]
